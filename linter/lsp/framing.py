"""LSP base protocol framing that survives a malformed message.

pygls's reader wants exactly ``Content-Length: N\\r\\n`` and a ``\\r\\n`` line: one header in
another shape (a lowercase name, LF-only line ends, a length that is not a number, a body without
a header) and it waits for a line that never comes, so the editor sees a hung server it will not
restart. :class:`Framer` reads the same frames but resynchronises on the next header instead.

It accepts what a lenient HTTP reader accepts (header names in any case, LF line ends). A body
ends at its declared length, or earlier where the next header starts: a raw line break cannot
occur inside a JSON string and ``Content-Length`` is not JSON outside one, so a header inside a
declared body proves the length wrong. A body whose bytes so far already form a whole JSON object
is complete too (nothing but whitespace may follow a JSON value), so a length that is too long
does not leave the server waiting for bytes the client will never send.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

# Where a header block starts: the Content-Length field, in any case, wherever it is (after a
# body whose length was wrong there is no line break before it).
_LENGTH_FIELD = re.compile(rb"content-length[ \t]*:[ \t]*([^\r\n]*?)[ \t]*\r?\n", re.IGNORECASE)
# The rest of the block: more header fields (Content-Type), then an empty line.
_MORE_FIELDS = re.compile(rb"(?:[!-9;-~]+[ \t]*:[^\r\n]*\r?\n)*")
_EMPTY_LINE = re.compile(rb"\r?\n")
MAX_BODY = 256 * 1024 * 1024  # far above any document the server lints (see server.MAX_CHARS)
_AGAIN = object()  # what _next returns after skipping something: look again
_KEEP = 64  # bytes kept from discarded junk: a header may be arriving across two reads


@dataclass
class Framer:
    """Bytes in (:meth:`feed`), frame bodies and framing problems out (:meth:`frames`)."""

    buffer: bytearray = field(default_factory=bytearray)
    problems: list[str] = field(default_factory=list)  # taken by the caller, who reports them
    _scanned: int = 0  # how much of a pending body was already searched for the next header

    def feed(self, data: bytes) -> None:
        self.buffer += data

    def frames(self) -> list[bytes]:
        """Every body complete so far, in order; problems found on the way go to ``problems``."""
        out = []
        while (body := self._next()) is not None:
            if isinstance(body, bytes):
                out.append(body)
        return out

    def _next(self) -> bytes | object | None:
        """The next body; None when more bytes are needed, _AGAIN after skipping something."""
        buf = self.buffer
        found = _LENGTH_FIELD.search(buf)
        if found is None:
            if len(buf) > _KEEP:
                self._discard(len(buf) - _KEEP)
            return None
        if found.start():
            self._discard(found.start())
            return _AGAIN
        fields_end = _MORE_FIELDS.match(buf, found.end()).end()
        empty = _EMPTY_LINE.match(buf, fields_end)
        if empty is None:
            if b"\n" in buf[fields_end:] or len(buf) - fields_end > 8192:
                # A line that is neither a header field nor empty: not a header block after all.
                self._drop(found.end(), "a header block that does not end in an empty line")
                return _AGAIN
            return None  # the rest of the header is still on its way
        value = found.group(1)
        start = empty.end()
        if not value.isdigit() or int(value) > MAX_BODY:
            shown = value[:40].decode("ascii", "replace")
            self._drop(start, f"a message with an invalid Content-Length '{shown}'")
            return _AGAIN
        end = start + int(value)
        # A header inside the declared body: the length was wrong, the body ends there.
        scan_from = max(start, start + self._scanned - _KEEP)
        header = _LENGTH_FIELD.search(buf, scan_from, min(end, len(buf)))
        if header is not None:
            self._scanned = 0
            body = bytes(buf[start : header.start()])
            del buf[: header.start()]
            self.problems.append(f"a message shorter than its Content-Length {int(value)}")
            return body
        if len(buf) >= end:
            self._scanned = 0
            body = bytes(buf[start:end])
            del buf[:end]
            return body
        self._scanned = len(buf) - start
        partial = bytes(buf[start:]).rstrip()
        if partial.endswith(b"}") and _whole_object(partial):
            self._scanned = 0
            del buf[: start + len(partial)]
            self.problems.append(f"a message shorter than its Content-Length {int(value)}")
            return partial
        return None

    def _discard(self, count: int) -> None:
        junk = bytes(self.buffer[:count])
        del self.buffer[:count]
        if junk.strip():
            self.problems.append(f"{len(junk)} bytes outside any message")

    def _drop(self, end: int, what: str) -> None:
        del self.buffer[:end]
        self.problems.append(f"skipped {what}")


def _whole_object(data: bytes) -> bool:
    try:
        return isinstance(json.loads(data), dict)
    except ValueError:
        return False
