"""Bytes to text, refusing what is not text with a reason a person can act on."""

from __future__ import annotations

import codecs
from dataclasses import dataclass


class DecodeError(Exception):
    """The file is not text openwash can read; the message says why."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # utf-8 | utf-8-sig | utf-16-le | utf-16-be
    bom: bytes


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"skipped: not valid {encoding.upper()} (byte {exc.start + len(bom)})"
                ) from None
    if b"\x00" in data[:8192]:
        raise DecodeError("skipped: binary file (contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", b"")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"skipped: not valid UTF-8 (byte {exc.start})") from None


def check_text(data: bytes) -> None:
    """Raise :class:`DecodeError` when ``data`` is not text openwash could read."""
    if data.isascii() and b"\x00" not in data[:8192]:
        return
    decode(data)


def encode(text: str, decoded: Decoded) -> bytes:
    """The inverse of :func:`decode`: same encoding, same byte-order mark."""
    return decoded.bom + text.encode(decoded.encoding)
