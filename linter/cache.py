"""What runs keep for each other in the user's cache folder (``$XDG_CACHE_HOME/openwash``, else
``~/.cache/openwash``): things built from the vocabulary, each file named for a hash of everything
it was built from. A changed input gives a new name, so an entry is never stale; a missing,
unreadable or corrupt entry is rebuilt by the caller, and a cache that cannot be written (a
read-only home) only costs that rebuild on every run.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path


def folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "openwash"


def digest(version: str, files: Iterable[Path]) -> str:
    """A hash of ``version`` (how the entry is built) and each file's name and bytes. Raises
    :class:`OSError` when a file cannot be read: then there is nothing to key an entry by."""
    hashed = hashlib.sha256(version.encode())
    for path in files:
        data = path.read_bytes()
        hashed.update(f"{path}\0{len(data)}\0".encode())
        hashed.update(data)
    return hashed.hexdigest()[:32]


def read(name: str) -> bytes | None:
    """The entry ``name``, or None when there is none or it cannot be read."""
    try:
        return (folder() / name).read_bytes()
    except OSError:
        return None


def write(name: str, data: bytes) -> None:
    """Store ``data`` as ``name``, atomically: a concurrent run reads the old entry, the new one
    or none, never half a file. Failures are ignored (the entry is rebuilt next time)."""
    path = folder() / name
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
