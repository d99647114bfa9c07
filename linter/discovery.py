"""Which files a run lints: the paths given, and the Markdown and text files below directories.

Walking a directory honours ``.gitignore`` files (the ones inside it and those above it up to
the repository root) and the configuration's ``include`` / ``exclude`` globs, as black does.
"""

from __future__ import annotations

import errno
import itertools
import os
import stat
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
    on_error: Callable[[Path, OSError], None] | None = None,
) -> Iterator[Path]:
    """Files named on the command line are linted whatever their suffix (unless
    ``force_exclude`` and the configuration excludes them); directories are walked for Markdown
    and text files (or those ``include`` names), skipping hidden folders, ``.git``,
    ``node_modules``, what ``exclude`` names and what ``.gitignore`` ignores. ``settings`` gives
    the configuration for a file or folder (default: none). Each file is yielded once. A path
    named here that is neither a folder nor a regular file (a pipe, ``/dev/stdin``) is yielded
    too; ``on_error`` hears of a folder that cannot be listed (else it is passed over)."""
    settings = settings or (lambda _: Config())
    seen: set[str] = set()  # absolute paths: no system call per file, unlike resolve()
    real = _RealPaths()
    for path in paths:
        is_dir = _is_dir(path)
        if is_dir:
            for found in _walk(path, settings, _GitIgnores() if gitignore else None, on_error):
                key = os.path.abspath(found)
                if key not in seen:
                    seen.add(key)
                    yield found
        elif is_dir is False or os.path.lexists(path):  # a broken link or a loop: reading says what is wrong
            # --force-exclude (pre-commit, the Action): the configuration's globs decide for
            # named files too, ``include`` as well as ``exclude``.
            if force_exclude and (settings(path).excluded(path) or settings(path).included(path) is False):
                continue
            # One path named alone cannot repeat: no real path to resolve (a system call a folder
            # level; the CLI names each of thousands of files this way).
            key = real(path) if len(paths) > 1 else os.fspath(path)
            if key not in seen:
                seen.add(key)
                yield path
        else:
            raise MissingPath(str(path))


class _RealPaths:
    """``os.path.realpath`` of many files named on the command line: a file that is no symlink
    is its folder's real path and its name, and the folder's is worked out once, not once per
    file (realpath makes a system call per level of the path: a tenth of a second for the
    4,600 files of a docs tree)."""

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def __call__(self, path: Path) -> str:
        name = os.fspath(path)
        folder, base = os.path.split(name)
        if base in ("", ".", "..") or _is_link(name):
            return os.path.realpath(name)
        known = self._folders.get(folder)
        if known is None:
            known = self._folders[folder] = os.path.realpath(folder or os.curdir)
        return os.path.join(known, base)


def _is_link(name: str) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(name).st_mode)
    except (OSError, ValueError):
        return True  # realpath says what it makes of it


def _is_dir(path: Path) -> bool | None:
    """Whether ``path`` is a folder, in one system call (a pre-commit run names thousands of
    files); None when nothing is there to follow (missing, a broken link, a loop). Other errors
    are raised, as ``Path.is_dir`` raises them."""
    mode = file_mode(path)
    return None if mode is None else stat.S_ISDIR(mode)


def file_mode(path: Path | str) -> int | None:
    """The mode of what ``path`` leads to (links followed), or None as for :func:`_is_dir`."""
    try:
        return os.stat(path).st_mode
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            return None
        raise
    except ValueError:  # a NUL in the name
        return None


def _wanted(path: Path, config: Config) -> bool:
    included = config.included(path)
    if included is None:
        included = path.suffix.lower() in LINTED_SUFFIXES
    return included and not config.excluded(path)


def _name_suffix(name: str) -> str:
    """``Path(name).suffix.lower()`` of a bare file name, without making a Path."""
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def _walk(
    root: Path,
    settings: Callable[[Path], Config],
    ignores: _GitIgnores | None,
    on_error: Callable[[Path, OSError], None] | None = None,
) -> Iterator[Path]:
    """Each folder's files (sorted), then its subfolders, depth first, as ``os.walk`` goes; with
    a stack rather than recursion (os.walk recurses until Python 3.12: a chain of 1,000 folders
    overflows it). A symlink to a folder is not followed."""
    stack = [root]
    while stack:
        here = stack.pop()
        try:
            with os.scandir(here) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            if on_error is not None:
                on_error(here, exc)
            continue
        config = settings(here)
        # No .gitignore above this folder: nothing here is ignored, and no path need be made
        # for a file whose suffix is not linted (a docs tree is thousands of files).
        ignoring = ignores is not None and ignores.applies(here)
        by_suffix = not config.include
        subfolders = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            name = entry.name
            if not is_dir:
                if by_suffix and _name_suffix(name) not in LINTED_SUFFIXES:
                    continue
                path = here / name
                if _wanted(path, config) and not (ignoring and ignores.ignored(path, is_dir=False)):
                    yield path
                continue
            if name in SKIPPED_DIRS or name.startswith(".") or entry.is_symlink():
                continue
            sub = here / name
            if config.excluded(sub, is_dir=True) or (ignoring and ignores.ignored(sub, is_dir=True)):
                continue
            subfolders.append(sub)
        stack.extend(reversed(subfolders))


class _GitIgnores:
    """The ``.gitignore`` files that apply to a path, each read once."""

    def __init__(self) -> None:
        self._specs: dict[Path, object | None] = {}
        self._chains: dict[Path, list[tuple[Path, object]]] = {}

    def _chain(self, folder: Path) -> list[tuple[Path, object]]:
        """The folders from ``folder`` up to the repository root that have a ``.gitignore``,
        deepest first; found once per folder, not once per file."""
        chain = self._chains.get(folder)
        if chain is not None:
            return chain
        # Up to the first folder already known (a deep tree asks for each folder once), then
        # each folder's chain is its own .gitignore before its parent's chain.
        walked: list[Path] = []
        tail: list[tuple[Path, object]] = []
        for here in itertools.chain((folder,), folder.parents):  # lazily: the walk stops early
            if here in self._chains:
                tail = self._chains[here]
                break
            walked.append(here)
            if (here / ".git").exists():
                break  # the repository's root: nothing above it applies
        for here in reversed(walked):
            spec = self._spec(here)
            tail = [(here, spec), *tail] if spec is not None else tail
            self._chains[here] = tail
        return self._chains[folder]

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

    def applies(self, folder: Path) -> bool:
        """Whether any ``.gitignore`` has a say over the entries of ``folder``."""
        return bool(self._chain(Path(os.path.abspath(folder))))

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
