"""What a run is configured to do: which rules, which vocabulary, which status overrides.

Settings come from ``[tool.openwash]`` in ``pyproject.toml``, or from ``.openwash.toml`` /
``.openwash.yaml``, found from a file's folder upward (the nearest file wins and the search stops
there, as with ruff and black). The command line is merged on top (:meth:`Config.merged`), and
``per-path`` globs are resolved for one file by :meth:`Config.for_path`. Every problem in a file is
a :class:`ConfigError` naming the file, the key and what was expected.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from linter.finding import Finding
from linter.vocab import Vocabulary, cached_vocabulary
from linter.yamlfile import shown

SEVERITIES = ("error", "warning", "info")
# In one folder the dedicated files win over pyproject.toml.
CONFIG_FILES = (".openwash.toml", ".openwash.yaml", "pyproject.toml")
KEYS = ("include", "exclude", "select", "ignore", "severity", "fail-on", "vocab", "status", "per-path")
PER_PATH_KEYS = ("select", "ignore", "severity")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class PathOverride:
    """Settings for the files a glob matches (relative to the configuration file's folder).

    ``select`` narrows the rules, ``ignore`` adds to the ignored ones, ``severity`` adds to the
    severities: a rule ignored for the whole tree stays ignored below it."""

    pattern: str
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()  # rule code prefixes to report (all when empty)
    ignore: tuple[str, ...] = ()  # rule code prefixes never to report
    vocab_files: tuple[Path, ...] = ()  # extra models files, after the shipped ones
    severity: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    include: tuple[str, ...] = ()  # gitignore-style globs a walked file must match (default: by suffix)
    exclude: tuple[str, ...] = ()  # gitignore-style globs of files and folders never linted
    per_path: tuple[PathOverride, ...] = ()
    root: Path | None = None  # the folder globs are relative to: the configuration file's
    source: Path | None = None  # the configuration file this came from, if any
    status: tuple[tuple[str, str], ...] = ()  # [tool.openwash.status]: model id -> status
    fail_on: str = ""  # the lowest severity that fails the run ("": any finding)
    shadowed: tuple[Path, ...] = ()  # configuration files beside ``source`` that lose to it

    def vocabulary(self) -> Vocabulary:
        return _vocabulary(tuple(self.vocab_files), self.status, str(self.source or "configuration"))

    def enabled(self, code: str) -> bool:
        if self.select and not any(code.startswith(p) for p in self.select):
            return False
        return not any(code.startswith(p) for p in self.ignore)

    def severity_for(self, code: str, default: str) -> str:
        """The severity set for ``code``: an exact code, else the longest matching prefix."""
        best = ""
        for prefix in self.severity:
            if code.startswith(prefix) and len(prefix) > len(best):
                best = prefix
        return self.severity[best] if best else default

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        out = []
        for finding in findings:
            if not self.enabled(finding.code):
                continue
            severity = self.severity_for(finding.code, finding.severity)
            if severity != finding.severity:
                finding = replace(finding, severity=severity)
            out.append(finding)
        return out

    # -- paths ---------------------------------------------------------------------------------

    def relative(self, path: Path | str) -> str:
        """``path`` relative to :attr:`root` (or the working folder), with forward slashes."""
        base = self.root or Path.cwd()
        try:
            rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base))
        except ValueError:  # another drive on Windows
            rel = str(path)
        return Path(rel).as_posix()

    def excluded(self, path: Path | str, *, is_dir: bool = False) -> bool:
        if not self.exclude:
            return False
        rel = self.relative(path)
        return _spec(self.exclude).match_file(rel + "/" if is_dir else rel)

    def included(self, path: Path | str) -> bool | None:
        """Whether ``include`` takes the file; None when there is no ``include`` (go by suffix)."""
        if not self.include:
            return None
        return _spec(self.include).match_file(self.relative(path))

    def for_path(self, path: Path | str | None) -> Config:
        """The settings for one file: the ``per-path`` overrides whose glob matches, applied."""
        if not self.per_path:
            return self
        if path is None or str(path) == "-":
            return replace(self, per_path=())
        rel = self.relative(path)
        select, ignore, severity = self.select, self.ignore, dict(self.severity)
        for override in self.per_path:
            if not _spec((override.pattern,)).match_file(rel):
                continue
            if override.select:
                select = override.select
            ignore = (*ignore, *override.ignore)
            severity.update(override.severity)
        return replace(self, select=select, ignore=ignore, severity=severity, per_path=())

    def merged(
        self,
        *,
        select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        vocab_files: tuple[Path, ...] = (),
    ) -> Config:
        """The command line on top of the file: ``--select`` replaces the file's ``select`` and
        ``ignore`` (asking for a rule by name shows it), ``--ignore`` and ``--vocab`` add."""
        base = self
        if select:
            base = replace(base, select=select, ignore=())
        return replace(base, ignore=(*base.ignore, *ignore), vocab_files=(*base.vocab_files, *vocab_files))


@lru_cache(maxsize=256)
def _spec(patterns: tuple[str, ...]):
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(patterns)


# -- reading files -----------------------------------------------------------------------------


def load_config(path: Path) -> Config:
    """The settings in ``path`` (any of :data:`CONFIG_FILES`, or any ``.toml`` / ``.yaml`` file
    named with ``--config``)."""
    data = _read_table(path)
    if data is None:
        raise ConfigError(f"{path}: no [tool.openwash] table")
    return _parse(path, data)


def _read_table(path: Path) -> Mapping[str, Any] | None:
    """The raw settings in ``path``; None for a pyproject.toml without ``[tool.openwash]``."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if path.suffix.lower() in (".yaml", ".yml"):
        from linter.yamlfile import YamlError, load_yaml

        try:
            data = load_yaml(path)
        except YamlError as exc:
            raise ConfigError(str(exc)) from None
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: expected a mapping of settings at the top level")
        return data
    if path.name == "pyproject.toml" and b"openwash" not in raw:
        return None  # no [tool.openwash]: another tool's file, whatever else it holds
    # Imported here: most runs read no TOML (no configuration file, or --isolated).
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("openwash")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.openwash]: expected a table")
        return table
    return data


def _where(path: Path, data: Any, key: str) -> str:
    from linter.yamlfile import line_of

    line = line_of(data, key)
    prefix = "[tool.openwash] " if path.name == "pyproject.toml" else ""
    return f"{path}:{line}: {prefix}" if line else f"{path}: {prefix}"


def _type_name(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list"}.get(
        type(value), "a table" if isinstance(value, dict) else type(value).__name__
    )


def _strings(path: Path, data: Any, key: str, value: Any, label: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        got = _type_name(value) if not isinstance(value, list) else "a list with a non-string item"
        raise ConfigError(f"{_where(path, data, key)}{label}: expected a list of strings, got {got}")
    return tuple(value)


def _codes(path: Path, data: Any, key: str, value: Any, label: str) -> tuple[str, ...]:
    from linter.selectors import UnknownSelector, resolve

    try:
        return tuple(resolve(c) for c in _strings(path, data, key, value, label))
    except UnknownSelector as exc:
        raise ConfigError(f"{_where(path, data, key)}{label}: {exc}") from None


def _severity(path: Path, data: Any, key: str, value: Any, label: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError(
            f"{_where(path, data, key)}{label}: expected a table of rule code = severity, "
            f"got {_type_name(value)}"
        )
    out = {}
    for code, level in value.items():
        (resolved,) = _codes(path, value, code, [str(code)], f"{label}.{code}")
        if level not in SEVERITIES:
            raise ConfigError(
                f"{_where(path, value, code)}{label}.{code}: expected one of "
                f"{', '.join(SEVERITIES)}, got {shown(level)}"
            )
        out[resolved] = level
    return out


def _parse(path: Path, data: Mapping[str, Any]) -> Config:
    root = path.parent.resolve()
    for key in data:
        if key not in KEYS:
            near = key in ("per_path", "per-file", "per-file-ignores")
            hint = " (did you mean 'per-path'?)" if near else ""
            raise ConfigError(
                f"{_where(path, data, key)}unknown key '{key}'{hint}; expected one of {', '.join(KEYS)}"
            )
    kwargs: dict[str, Any] = {}
    for key in ("include", "exclude"):
        if key in data:
            kwargs[key] = _strings(path, data, key, data[key], key)
    for key in ("select", "ignore"):
        if key in data:
            kwargs[key] = _codes(path, data, key, data[key], key)
    if "severity" in data:
        kwargs["severity"] = _severity(path, data, "severity", data["severity"], "severity")
    if "fail-on" in data:
        if data["fail-on"] not in SEVERITIES:
            raise ConfigError(
                f"{_where(path, data, 'fail-on')}fail-on: expected one of {', '.join(SEVERITIES)}, "
                f"got {data['fail-on']!r}"
            )
        kwargs["fail_on"] = data["fail-on"]
    if "vocab" in data:
        files = []
        for name in _strings(path, data, "vocab", data["vocab"], "vocab"):
            file = (root / name).resolve()
            if not file.is_file():
                raise ConfigError(
                    f"{_where(path, data, 'vocab')}vocab: file not found: {name} (looked at {file})"
                )
            files.append(file)
        kwargs["vocab_files"] = tuple(files)
    if "status" in data:
        table = data["status"]
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise ConfigError(
                f"{_where(path, data, 'status')}status: expected a table of model id = status, "
                f"got {_type_name(table)}"
            )
        kwargs["status"] = tuple(sorted((str(k), v) for k, v in table.items()))
    if "per-path" in data:
        kwargs["per_path"] = _per_path(path, data, data["per-path"])
    return Config(root=root, source=path.resolve(), **kwargs)


@lru_cache(maxsize=16)
def _vocabulary(files: tuple[Path, ...], status: tuple[tuple[str, str], ...], source: str) -> Vocabulary:
    # Cached per (files, overrides): compiled patterns and the spaCy pipeline are cached per
    # vocabulary object, so building a new one per file would rebuild them every time.
    vocab = cached_vocabulary(None, files)
    if not status:
        return vocab
    from linter.vocab import with_overrides

    return with_overrides(vocab, dict(status), source=f"{source}: [tool.openwash.status]")


def _per_path(path: Path, data: Any, value: Any) -> tuple[PathOverride, ...]:
    if not isinstance(value, dict):
        raise ConfigError(
            f"{_where(path, data, 'per-path')}per-path: expected a table of glob = settings, "
            f"got {_type_name(value)}"
        )
    out = []
    for pattern, settings in value.items():
        label = f"per-path.{shown(pattern)}"
        if not isinstance(settings, dict):
            raise ConfigError(
                f"{_where(path, value, pattern)}{label}: expected a table with "
                f"{', '.join(PER_PATH_KEYS)}, got {_type_name(settings)}"
            )
        for key in settings:
            if key not in PER_PATH_KEYS:
                raise ConfigError(
                    f"{_where(path, settings, key)}{label}: unknown key '{key}'; "
                    f"expected one of {', '.join(PER_PATH_KEYS)}"
                )
        select = ignore = ()
        if "select" in settings:
            select = _codes(path, settings, "select", settings["select"], f"{label}.select")
        if "ignore" in settings:
            ignore = _codes(path, settings, "ignore", settings["ignore"], f"{label}.ignore")
        severity = (
            _severity(path, settings, "severity", settings["severity"], f"{label}.severity")
            if "severity" in settings
            else {}
        )
        out.append(PathOverride(str(pattern), select, ignore, tuple(severity.items())))
    return tuple(out)


# -- discovery -----------------------------------------------------------------------------------


def find_config_file(directory: Path) -> Path | None:
    """The nearest configuration file in ``directory`` or above it."""
    found = _config_files(directory)
    return found[0] if found else None


def _config_files(directory: Path) -> tuple[Path, ...]:
    """The configuration files of the nearest folder (at or above ``directory``) that has any,
    the winner first (:data:`CONFIG_FILES` order). Each folder is looked at once until
    :func:`clear_cache`: the folders of a deep tree share their parents' answer."""
    walked: list[Path] = []
    found: tuple[Path, ...] = ()
    for folder in itertools.chain((directory,), directory.parents):  # lazily: the walk stops early
        if folder in _nearest:
            found = _nearest[folder]
            break
        walked.append(folder)
        found = _own_config_files(folder)
        if found:
            break
    for folder in walked:
        _nearest[folder] = found
    return found


_nearest: dict[Path, tuple[Path, ...]] = {}  # folder -> the configuration files that apply there


def _own_config_files(folder: Path) -> tuple[Path, ...]:
    found = []
    for name in CONFIG_FILES:
        candidate = folder / name
        if not candidate.is_file():
            continue
        if name == "pyproject.toml" and _read_table(candidate) is None:
            continue  # a pyproject.toml that does not configure openwash is not ours
        found.append(candidate)
    return tuple(found)


@lru_cache(maxsize=1024)
def _config_for_directory(directory: Path) -> Config:
    found = _config_files(directory)
    return _load_once(found) if found else Config()


@lru_cache(maxsize=256)
def _load_once(found: tuple[Path, ...]) -> Config:
    # One parse per file, however many folders it governs. Two files in one folder: the first
    # wins and the run says so (see the CLI's warning).
    return replace(load_config(found[0]), shadowed=found[1:])


def config_for(path: Path) -> Config:
    """The settings that apply to ``path`` (a file or a folder), found from its folder upward and
    cached per folder; :func:`clear_cache` forgets them after a configuration file changes.
    Per-path overrides are left to :meth:`Config.for_path`. Raises :class:`ConfigError`."""
    path = Path(path).absolute()
    directory = path if path.is_dir() else path.parent
    return _config_for_directory(Path(os.path.normpath(directory)))


def clear_cache() -> None:
    _config_for_directory.cache_clear()
    _load_once.cache_clear()
    _nearest.clear()
