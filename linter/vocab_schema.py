"""Check models files against ``vocab/schema.json`` as well as the loader, for ``openwash vocab check``.

The schema is what editors use to complete and underline a models file; the loader is what the
linter trusts. Running both keeps them in step: a file the schema passes but the loader rejects (or
the reverse) shows up here first. Schema errors are phrased like the loader's, ``file:line:
model 'id': what is wrong``, and an entry the loader has already explained is not reported twice.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from linter.vocab import VocabError, Vocabulary, default_root, load_vocabulary, vocab_files
from linter.yamlfile import LineDict, YamlError, line_of, load_yaml, shown

SCHEMA_NAME = "schema.json"
_LOCATED = re.compile(r"^(?P<path>.*?):(?P<line>\d+): ")
_TYPE_WORDS = {
    "string": "a string",
    "array": "a list",
    "object": "a mapping",
    "boolean": "true or false",
    "null": "null",
}


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The schema shipped with openwash; it describes every models file, shipped or a project's own."""
    return json.loads((default_root() / SCHEMA_NAME).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(load_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _walk_schema(schema: dict[str, Any], path: Iterable[Any]) -> tuple[str | None, str | None]:
    """Follow a schema path (through local ``$ref``s): its last ``errorMessage`` and ``$defs`` name."""
    node: Any = schema
    message = definition = None
    for step in path:
        if step == "$ref" and isinstance(node, dict):
            ref = node["$ref"]
            definition = ref.rsplit("/", 1)[-1]
            node = schema
            for part in ref.lstrip("#/").split("/"):
                node = node[part]
            continue
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and "errorMessage" in node:
            message = node["errorMessage"]
    return message, definition


def _node_at(data: Any, path: Iterable[Any]) -> tuple[Any, str | None]:
    """The innermost mapping on ``path`` and the key under it that the path continues with."""
    node, key = data, None
    holder: Any = data
    for step in path:
        if isinstance(node, LineDict):
            holder, key = node, str(step)
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
    if isinstance(node, LineDict):
        return node, None
    return holder, key


def _describe(error: ValidationError, schema: dict[str, Any]) -> Iterator[tuple[list[Any], str]]:
    """Each problem in ``error`` as (path to it, message in the loader's words)."""
    if error.validator == "anyOf" and error.context:
        yield from _describe(best_match(error.context), schema)
        return
    path = list(error.absolute_path)
    key = next((str(p) for p in reversed(path) if isinstance(p, str)), "value")
    value = error.instance
    custom, definition = _walk_schema(schema, error.absolute_schema_path)
    if custom:
        yield path, custom
    elif error.validator == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        for extra in value:
            if extra not in allowed:
                top = "top-level " if len(path) == 0 else ""
                yield [*path, extra], f"unknown {top}key '{extra}'"
    elif error.validator == "required":
        missing = re.match(r"'(.+)' is a required property", error.message)
        yield path, f"missing required key '{missing.group(1) if missing else error.message}'"
    elif error.validator == "enum":
        choices = ", ".join(str(c) for c in error.validator_value)
        yield path, f"'{key}' must be one of {choices}, got {shown(value)}"
    elif error.validator in ("pattern", "format") and definition == "url":
        yield path, f"'{key}' {shown(value)} is not a well-formed http(s) URL"
    elif error.validator in ("pattern", "format") and definition == "date":
        yield path, f"'{key}' must be a date YYYY-MM-DD, got {shown(value)}"
    elif error.validator == "pattern" and definition == "id":
        yield path, f"id {shown(value)} must match {error.validator_value}"
    elif error.validator == "pattern":
        yield path, f"'{key}' must be a non-empty string"
    elif error.validator == "type" and path and isinstance(path[-1], int):
        yield path, f"a {'family' if path[0] == 'families' else 'model'} must be a mapping"
    elif error.validator == "type":
        types = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        yield path, f"'{key}' must be " + " or ".join(_TYPE_WORDS.get(t, t) for t in types)
    elif error.validator == "minItems":
        yield path, f"'{key}' must not be empty"
    else:
        message = error.message  # jsonschema quotes the whole value: keep the line short
        yield path, message if len(message) <= 200 else message[:197] + "..."


def schema_errors(path: Path, data: Any) -> list[tuple[int, str, int, int]]:
    """Schema problems in one parsed models file: (line, message, entry start, entry end) each.

    The entry span (its first line up to the next entry's) lets a caller tell whether the loader
    already reported a problem in the same entry.
    """
    schema = load_schema()
    starts = sorted(
        node.line
        for kind in ("families", "models")
        if isinstance(data, LineDict) and isinstance(data.get(kind), list)
        for node in data[kind]
        if isinstance(node, LineDict)
    )
    out: list[tuple[int, str, int, int]] = []
    for error in _validator().iter_errors(data):
        for where, message in _describe(error, schema):
            label, span = "", (0, 0)
            if len(where) >= 2 and where[0] in ("families", "models"):
                entry = data[where[0]][where[1]]
                if isinstance(entry, LineDict):
                    label = f"{'family' if where[0] == 'families' else 'model'} '{entry.get('id', '?')}': "
                start = line_of(entry) or line_of(data[where[0]])
                end = next((s for s in starts if s > start), 10**9)
                span = (start, end)
            node, key = _node_at(data, where)
            line = line_of(node, key) or 1
            if len(where) == 2 and where[0] in ("families", "models") and not isinstance(node, LineDict):
                line = line_of(data[where[0]])  # as the loader does: a scalar has no line of its own
            out.append((line, f"{path}:{line}: {label}{message}", *span))
    return sorted(set(out))


def check_vocabulary(
    root: Path | None = None, extra: Iterable[Path] = ()
) -> tuple[Vocabulary | None, list[str]]:
    """Load ``root`` plus ``extra`` models files and validate each against the schema.

    Returns the vocabulary (None when it does not load) and every problem, sorted by file and line.
    """
    root = root or default_root()
    extra = list(extra)
    vocab: Vocabulary | None = None
    loader_errors: list[str] = []
    try:
        vocab = load_vocabulary(root, extra)
    except VocabError as exc:
        loader_errors = exc.errors
    reported: dict[str, set[int]] = {}
    for message in loader_errors:
        if located := _LOCATED.match(message):
            reported.setdefault(located["path"], set()).add(int(located["line"]))
    errors = list(loader_errors)
    for path in [*vocab_files(root), *extra]:
        try:
            data = load_yaml(path)
        except YamlError:
            continue  # the loader has reported it
        seen = reported.get(str(path), set())
        for line, message, start, end in schema_errors(path, data):
            explained = any(start <= s < end for s in seen) if start else line in seen
            if not explained:
                errors.append(message)
    return (vocab if not errors else None), sorted(errors, key=_sort_key)


def _sort_key(message: str) -> tuple[str, int, str]:
    located = _LOCATED.match(message)
    if not located:
        return (message, 0, message)
    return (located["path"], int(located["line"]), message)
