"""SARIF 2.1.0, for GitHub code scanning and other tools that read static-analysis results.

Every rule is described once in ``tool.driver.rules`` from the same records ``openwash explain``
reads; each result points at the claim, relates the model mention, carries a fingerprint that
survives edits elsewhere in the file (the baseline's) and, where there is one, the fix.
Columns count Unicode code points, as the findings do (``columnKind``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from linter import __version__
from linter.baseline import fingerprint
from linter.positions import LineIndex
from linter.render import Located
from linter.render.text import window

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/openwash/openwash"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def rule_descriptors() -> list[dict]:
    from linter.rules import RULES
    from linter.suppressions import UNUSED_CODE, UNUSED_NAME, UNUSED_SUMMARY, UNUSED_WHY

    out = []
    for rule in RULES:
        text = f"{rule.summary}\n\n{rule.why}\n\nExample: {rule.example}\nUse instead: {rule.instead}"
        markdown = (
            f"{rule.summary}\n\n{rule.why}\n\n**Example:** {rule.example}\n\n**Use instead:** {rule.instead}"
        )
        out.append(
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rule.why},
                "help": {"text": text, "markdown": markdown},
                "helpUri": rule.url,
                "defaultConfiguration": {"level": LEVELS[rule.severity]},
                "properties": {"tags": ["documentation", "terminology", "ai"]},
            }
        )
    out.append(
        {
            "id": UNUSED_CODE,
            "name": UNUSED_NAME,
            "shortDescription": {"text": UNUSED_SUMMARY},
            "fullDescription": {"text": UNUSED_WHY},
            "help": dict.fromkeys(("text", "markdown"), f"{UNUSED_SUMMARY}\n\n{UNUSED_WHY}"),
            "helpUri": f"{INFORMATION_URI}#suppressions",
            "defaultConfiguration": {"level": "warning"},
            "properties": {"tags": ["documentation"]},
        }
    )
    return out


def _uri(path: str) -> dict:
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())  # code scanning maps paths relative to the checkout
        except ValueError:
            return {"uri": p.as_uri()}
    # Quoted from the bytes: a file name that is not UTF-8 still names its file.
    return {"uri": quote(os.fsencode(p.as_posix())), "uriBaseId": "%SRCROOT%"}


def _region(index: LineIndex, start: int, end: int) -> dict:
    line, col = index.line_col(start)
    end_line, end_col = index.line_col(end)
    return {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}


def _result(loc: Located, index: LineIndex, text: str, rule_index: dict[str, int]) -> dict:
    f = loc.finding
    region = _region(index, f.start, f.end)
    # The line, or on a long one (a minified page) the part around the claim, as text output shows it.
    line_start = loc.column - 1
    line_end = loc.end_column - 1 if loc.end_line == loc.line else len(loc.source_line)
    region["snippet"] = {"text": window(loc.source_line, line_start, line_end)[0]}
    result: dict = {
        "ruleId": f.code,
        "ruleIndex": rule_index[f.code],
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": f"{f.message}. {f.note}" if f.note else f.message},
        "locations": [{"physicalLocation": {"artifactLocation": _uri(loc.path), "region": region}}],
        "partialFingerprints": {"openwash/v1": fingerprint(loc.path, text, f)},
    }
    if f.model.id:
        result["relatedLocations"] = [
            {
                "id": 1,
                "message": {"text": f"{f.model.text} ({f.model.status})"},
                "physicalLocation": {
                    "artifactLocation": _uri(loc.path),
                    "region": _region(index, f.model.start, f.model.end),
                },
            }
        ]
        result["properties"] = {
            "model": f.model.id,
            "status": f.model.status,
            "suggestion": f.suggestion,
            "evidence": list(f.evidence),
        }
    if f.fix is not None and f.fix.applicability != "display":
        replacements = [
            {"deletedRegion": _region(index, e.start, e.end), "insertedContent": {"text": e.replacement}}
            for e in f.fix.edits
        ]
        result["fixes"] = [
            {
                "description": {"text": f.fix.title},
                "artifactChanges": [{"artifactLocation": _uri(loc.path), "replacements": replacements}],
            }
        ]
    return result


def render(located: Sequence[Located], texts: dict[str, str] | None = None) -> str:
    """``texts`` (path: text) serves findings located without their line index."""
    rules = rule_descriptors()
    rule_index = {rule["id"]: n for n, rule in enumerate(rules)}
    indexes = {path: LineIndex(text) for path, text in (texts or {}).items()}
    results = []
    for loc in located:
        index = loc.index or indexes[loc.path]
        results.append(_result(loc, index, index.text, rule_index))
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "openwash",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
