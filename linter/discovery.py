"""Which files a run lints: the paths given, and the Markdown and text files below directories."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

LINTED_SUFFIXES = frozenset({".md", ".markdown", ".txt"})
SKIPPED_DIRS = frozenset({".git", "node_modules", "__pycache__", "venv", ".venv"})


class MissingPath(Exception):
    pass


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """Files named on the command line are linted whatever their suffix; directories are walked
    for Markdown and text files, skipping hidden folders, ``.git`` and ``node_modules``."""
    for path in paths:
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from _walk(path)
        else:
            raise MissingPath(str(path))


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS and not d.startswith("."))
        for name in sorted(filenames):
            if Path(name).suffix.lower() in LINTED_SUFFIXES:
                yield Path(dirpath, name)
