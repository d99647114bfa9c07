"""``{"version": 1, "findings": [...]}``: the stable wire format other tools read."""

from __future__ import annotations

import json
from collections.abc import Sequence

from linter.positions import LineIndex
from linter.render import Located, display_path

VERSION = 1


def finding_dict(loc: Located, index: LineIndex | None = None) -> dict:
    f = loc.finding
    fix = None
    if f.fix is not None and index is not None:
        edits = []
        for edit in f.fix.edits:
            line, col = index.line_col(edit.start)
            end_line, end_col = index.line_col(edit.end)
            edits.append(
                {
                    "line": line,
                    "column": col,
                    "end_line": end_line,
                    "end_column": end_col,
                    "start": edit.start,
                    "end": edit.end,
                    "content": edit.replacement,
                }
            )
        fix = {"title": f.fix.title, "applicability": f.fix.applicability, "edits": edits}
    return {
        "path": display_path(loc.path),
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
        "code": f.code,
        "rule": f.rule,
        "severity": f.severity,
        "message": f.message,
        "note": f.note,
        "claim": {"text": f.claim},
        "model": {
            "id": f.model.id,
            "name": f.model.name,
            "text": f.model.text,
            "status": f.model.status,
            **({"statuses": {s: list(names) for s, names in f.model.statuses}} if f.model.statuses else {}),
            "license": f.license,
            "line": loc.model_line,
            "column": loc.model_column,
        },
        "suggestion": f.suggestion,
        "evidence": list(f.evidence),
        "fix": fix,
    }


def render(located: Sequence[Located], texts: dict[str, str] | None = None) -> str:
    """``texts`` (path: text) serves findings located without their line index."""
    indexes = {path: LineIndex(text) for path, text in (texts or {}).items()}
    findings = [finding_dict(loc, loc.index or indexes.get(loc.path)) for loc in located]
    return json.dumps({"version": VERSION, "findings": findings}, indent=2, ensure_ascii=False) + "\n"
