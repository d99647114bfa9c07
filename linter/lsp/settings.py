"""What the editor asked for, and the configuration a document is linted with.

The client's settings (``initializationOptions`` or ``workspace/didChangeConfiguration``) play the
part the command line plays for ``openwash check``: they are merged over the project's
configuration file (``[tool.openwash]`` in pyproject.toml, ``.openwash.toml``, ``.openwash.yaml``,
found from the document's folder upward). :func:`config_for` is the one place the server turns a
document's location into a :class:`~linter.config.Config`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from linter.config import Config

DEFAULT_DEBOUNCE_MS = 200


class SettingsError(ValueError):
    """A setting the client sent that cannot be used; the message names it."""


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] | None = None  # None: whatever the project's configuration says
    ignore: tuple[str, ...] | None = None
    debounce_ms: int = DEFAULT_DEBOUNCE_MS

    def updated(self, options: Any) -> Settings:
        """These settings with the client's ``options`` applied; unknown keys are an error.

        Accepts ``{"select": [...], "ignore": [...], "debounce": ms}``, also nested under an
        ``"openwash"`` key (the shape ``workspace/didChangeConfiguration`` usually has).
        """
        if options is None:
            return self
        if not isinstance(options, Mapping):
            raise SettingsError(f"settings must be an object, not {type(options).__name__}")
        if isinstance(options.get("openwash"), Mapping):
            options = options["openwash"]
        unknown = sorted(set(options) - {"select", "ignore", "debounce"})
        if unknown:
            raise SettingsError(f"unknown setting {', '.join(map(repr, unknown))}")
        out = self
        for key in ("select", "ignore"):
            if key in options:
                out = replace(out, **{key: _codes(key, options[key])})
        if "debounce" in options:
            value = options["debounce"]
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10_000:
                raise SettingsError(f"'debounce' must be milliseconds from 0 to 10000, not {value!r}")
            out = replace(out, debounce_ms=value)
        return out


def _codes(key: str, value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SettingsError(f"'{key}' must be a list of rule codes, not {value!r}")
    return tuple(v.strip().upper() for v in value if v.strip())


def config_for(path: Path | None, settings: Settings) -> Config:
    """The configuration for a document at ``path``: its project's, with the client's settings
    merged on top the way ``openwash check`` merges ``--select`` and ``--ignore``.

    Raises :class:`~linter.config.ConfigError` for a broken file; the server shows it.
    """
    from linter.config import config_for as project_config

    # A document that is not a file on disk (an unsaved buffer) has no project to look in.
    config = project_config(path) if path is not None else Config()
    return config.merged(select=settings.select or (), ignore=settings.ignore or ())


def forget_project_configs() -> None:
    """Read configuration files afresh next time (one may have changed on disk)."""
    from linter.config import clear_cache

    clear_cache()
