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
    """Not a regular file (a pipe, a device, a socket), or a device that does not end."""


def read_bytes(path: Path | str, *, special: bool = False) -> bytes:
    """The bytes of ``path``. ``special``: the path was named explicitly, so a pipe or device is
    read (up to :data:`SPECIAL_LIMIT`); otherwise it raises :class:`NotRegularFile`. Other
    failures raise :class:`OSError` (permissions, a symlink loop)."""
    # O_NONBLOCK: opening a pipe that has no writer returns at once instead of blocking.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        regular = stat.S_ISREG(mode)
        if not regular and not special:
            raise NotRegularFile(f"skipped: not a regular file ({_kind(mode)})")
        os.set_blocking(fd, True)
        if regular:
            return handle.read()
        data = handle.read(SPECIAL_LIMIT + 1)
        if len(data) > SPECIAL_LIMIT:
            raise NotRegularFile(f"skipped: a {_kind(mode)} that gave more than {SPECIAL_LIMIT // 2**20} MiB")
        return data


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
    if isinstance(exc, NotRegularFile):
        return str(exc)
    return f"cannot read: {exc.strerror or exc}"
