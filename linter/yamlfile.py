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
        data = yaml.load(text, Loader=_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise YamlError(f"{path}:{line}: invalid YAML: {problem}") from None
    except RecursionError:
        raise YamlError(f"{path}: invalid YAML: nested too deeply") from None
    if "*" in text:  # an alias: "billion laughs" expands a kilobyte into billions of values
        size = expanded_size(data, MAX_VALUES)
        if size > MAX_VALUES:
            raise YamlError(
                f"{path}: YAML aliases expand this file to more than {MAX_VALUES:,} values; not loaded"
            )
    return data


MAX_VALUES = 100_000  # values a data file may hold once its aliases are expanded


def expanded_size(root: Any, limit: int) -> int:
    """How many values ``root`` holds with every shared (aliased) list or mapping counted each
    time it is used; stops early above ``limit``. Iterative: no recursion on deep nesting."""
    sizes: dict[int, int] = {}
    entered: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, ready = stack.pop()
        if not isinstance(node, (list, dict)) or id(node) in sizes:
            continue
        children = [*node.keys(), *node.values()] if isinstance(node, dict) else node
        if not ready:
            if id(node) in entered:
                continue  # met again below itself: a recursive alias
            entered.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in children if isinstance(child, (list, dict)))
            continue
        # A child not sized yet is an ancestor (a recursive alias): it counts as one.
        size = 1 + sum(sizes.get(id(c), 1) if isinstance(c, (list, dict)) else 1 for c in children)
        sizes[id(node)] = size
        if size > limit:
            return size
    return sizes.get(id(root), 1)


def shown(value: Any, width: int = 60) -> str:
    """``repr(value)`` cut to about ``width`` characters, at a cost bounded whatever the value
    (a shared YAML list is never expanded): what an error message may quote."""
    import reprlib

    short = reprlib.Repr()
    short.maxlevel, short.maxlist, short.maxdict, short.maxtuple, short.maxset = 2, 4, 4, 4, 4
    short.maxstring = short.maxother = short.maxlong = width
    text = short.repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def line_of(node: Any, key: str | None = None) -> int:
    if isinstance(node, LineDict):
        if key is not None and key in node.key_lines:
            return node.key_lines[key]
        return node.line
    return getattr(node, "line", 0)
