"""Read a document's bytes without hanging on what is not a file.

A named pipe with a linted suffix blocks ``open()`` until someone writes to it, and a symlink
to ``/dev/zero`` never ends; neither is a document. So a file found by walking a folder is read
only when it is a regular file. A path named on the command line may be a pipe or a device
(``<(generate docs)``, ``/dev/stdin``, ``/dev/null``): it is read, up to :data:`SPECIAL_LIMIT`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

SPECIAL_LIMIT = 64 * 1024 * 1024  # bytes read from a pipe or a device named on the command line


class NotRegularFile(OSError):
    """Not a regular file (a pipe, a device, a socket): no document, only noted."""


class Unbounded(OSError):
    """A pipe or device named to be read that gave more than :data:`SPECIAL_LIMIT` (a symlink to
    ``/dev/zero``): asked for but not checked, so the run exits 2."""


def read_bytes(path: Path | str, *, special: bool = False) -> bytes:
    """The bytes of ``path``. ``special``: the path was named explicitly, so a pipe or device is
    read (up to :data:`SPECIAL_LIMIT`, past it :class:`Unbounded`); otherwise it raises
    :class:`NotRegularFile`. Other failures raise :class:`OSError` (permissions, a symlink loop)."""
    # O_NONBLOCK: opening a pipe that has no writer returns at once instead of blocking.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        status = os.fstat(fd)
    except BaseException:
        os.close(fd)
        raise
    if stat.S_ISREG(status.st_mode):
        try:
            return _whole(fd, status.st_size)
        finally:
            os.close(fd)
    with os.fdopen(fd, "rb") as handle:
        mode = status.st_mode
        if not special:
            raise NotRegularFile(f"skipped: not a regular file ({_kind(mode)})")
        os.set_blocking(fd, True)
        data = handle.read(SPECIAL_LIMIT + 1)
        if len(data) > SPECIAL_LIMIT:
            raise Unbounded(f"skipped: a {_kind(mode)} that gave more than {SPECIAL_LIMIT // 2**20} MiB")
        return data


def _whole(fd: int, size: int) -> bytes:
    """A regular file's bytes, without a file object (a docs tree's thousands of small files read
    a third faster). Read on to the end, however the file changed since ``fstat`` gave ``size``."""
    data = os.read(fd, size + 1)
    more = os.read(fd, 1 << 16) if data else b""
    if not more:
        return data
    parts = [data, more]
    while more:
        more = os.read(fd, 1 << 20)
        parts.append(more)
    return b"".join(parts)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISDIR(mode):
        return "directory"
    return "special file"


def reason(exc: OSError) -> str:
    """A one-line notice for a file that could not be read."""
    if isinstance(exc, (NotRegularFile, Unbounded)):
        return str(exc)
    return f"cannot read: {exc.strerror or exc}"
