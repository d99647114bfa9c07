"""Which files a run lints: the paths given, and the Markdown and text files below directories.

Walking a directory honours ``.gitignore`` files (the ones inside it and those above it up to
the repository root) and the configuration's ``include`` / ``exclude`` globs, as black does.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from linter.config import Config

LINTED_SUFFIXES = frozenset(
    {".md", ".markdown", ".mdown", ".mkd", ".mdx", ".txt", ".text", ".rst", ".rest", ".html", ".htm", ".docx"}
)
SKIPPED_DIRS = frozenset({".git", "node_modules", "__pycache__", "venv", ".venv"})


class MissingPath(Exception):
    pass


def iter_files(
    paths: list[Path],
    *,
    settings: Callable[[Path], Config] | None = None,
    gitignore: bool = True,
    force_exclude: bool = False,
) -> Iterator[Path]:
    """Files named on the command line are linted whatever their suffix (unless
    ``force_exclude`` and the configuration excludes them); directories are walked for Markdown
    and text files (or those ``include`` names), skipping hidden folders, ``.git``,
    ``node_modules``, what ``exclude`` names and what ``.gitignore`` ignores. ``settings`` gives
    the configuration for a file or folder (default: none). Each file is yielded once."""
    settings = settings or (lambda _: Config())
    seen: set[str] = set()  # absolute paths: no system call per file, unlike resolve()
    for path in paths:
        if path.is_file():
            # --force-exclude (pre-commit, the Action): the configuration's globs decide for
            # named files too, ``include`` as well as ``exclude``.
            if force_exclude and (settings(path).excluded(path) or settings(path).included(path) is False):
                continue
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield path
        elif path.is_dir():
            for found in _walk(path, settings, _GitIgnores() if gitignore else None):
                key = os.path.abspath(found)
                if key not in seen:
                    seen.add(key)
                    yield found
        else:
            raise MissingPath(str(path))


def _wanted(path: Path, config: Config) -> bool:
    included = config.included(path)
    if included is None:
        included = path.suffix.lower() in LINTED_SUFFIXES
    return included and not config.excluded(path)


def _walk(root: Path, settings: Callable[[Path], Config], ignores: _GitIgnores | None) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        config = settings(here)
        kept = []
        for d in sorted(dirnames):
            if d in SKIPPED_DIRS or d.startswith("."):
                continue
            sub = here / d
            if config.excluded(sub, is_dir=True) or (ignores and ignores.ignored(sub, is_dir=True)):
                continue
            kept.append(d)
        dirnames[:] = kept
        for name in sorted(filenames):
            path = here / name
            if _wanted(path, config) and not (ignores and ignores.ignored(path, is_dir=False)):
                yield path


class _GitIgnores:
    """The ``.gitignore`` files that apply to a path, each read once."""

    def __init__(self) -> None:
        self._specs: dict[Path, object | None] = {}
        self._chains: dict[Path, list[tuple[Path, object]]] = {}

    def _chain(self, folder: Path) -> list[tuple[Path, object]]:
        """The folders from ``folder`` up to the repository root that have a ``.gitignore``,
        deepest first; found once per folder, not once per file."""
        chain = self._chains.get(folder)
        if chain is None:
            chain = []
            for here in (folder, *folder.parents):
                spec = self._spec(here)
                if spec is not None:
                    chain.append((here, spec))
                if (here / ".git").exists():
                    break
            self._chains[folder] = chain
        return chain

    def _spec(self, folder: Path):
        if folder not in self._specs:
            file = folder / ".gitignore"
            spec = None
            if file.is_file():
                import pathspec

                try:
                    lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
                except OSError:
                    lines = []
                spec = pathspec.GitIgnoreSpec.from_lines(lines)
            self._specs[folder] = spec
        return self._specs[folder]

    def ignored(self, path: Path, *, is_dir: bool) -> bool:
        """What the deepest ``.gitignore`` with an opinion says (a later ``!pattern`` in a
        deeper file re-includes), up to the folder holding ``.git``."""
        path = Path(os.path.abspath(path))
        for folder, spec in self._chain(path.parent):
            rel = path.relative_to(folder).as_posix() + ("/" if is_dir else "")
            verdict = spec.check_file(rel).include  # type: ignore[attr-defined]
            if verdict is not None:
                return verdict
        return False
