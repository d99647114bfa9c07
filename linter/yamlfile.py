"""Read YAML keeping the line of every mapping and key, so errors can say ``file:line``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any


class LineDict(dict):
    """A mapping that remembers the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list):
    line: int = 0


@lru_cache(maxsize=1)
def _loader() -> type:
    """A loader that builds LineDict / LineList; made on first use, so importing this module
    (and the CLI) does not import PyYAML."""
    import yaml

    # libyaml's parser when PyYAML was built with it (several times faster); marks work the same.
    class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    def mapping(loader: Any, node: Any) -> LineDict:
        out = LineDict()
        out.line = node.start_mark.line + 1
        out.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in out:
                # YAML keeps the last of two equal keys silently; a second "notes:" would hide the first.
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"duplicate key '{key}' (first on line {out.key_lines[str(key)]})",
                    key_node.start_mark,
                )
            out[key] = loader.construct_object(value_node, deep=True)
            out.key_lines[str(key)] = key_node.start_mark.line + 1
        return out

    def sequence(loader: Any, node: Any) -> LineList:
        out = LineList(loader.construct_object(child, deep=True) for child in node.value)
        out.line = node.start_mark.line + 1
        return out

    def string_date(loader: Any, node: Any) -> str:
        # Keep dates as written ("2026-11-26") so they round-trip and compare as text.
        return loader.construct_scalar(node)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, sequence)
    Loader.add_constructor("tag:yaml.org,2002:timestamp", string_date)
    return Loader


class YamlError(Exception):
    """A problem in a data file, already phrased as ``file:line: what is wrong``."""


def load_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise YamlError(f"{path}: cannot read: {exc}") from None
    import yaml

    try:
        return yaml.load(text, Loader=_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise YamlError(f"{path}:{line}: invalid YAML: {problem}") from None


def line_of(node: Any, key: str | None = None) -> int:
    if isinstance(node, LineDict):
        if key is not None and key in node.key_lines:
            return node.key_lines[key]
        return node.line
    return getattr(node, "line", 0)
