"""The JSON wire format stays as score tooling reads it: version 1 and the same keys."""

from __future__ import annotations

import json

from linter.api import analyse
from linter.render import json as render_json
from linter.render import locate

PASSAGE = "Mistral 7B is an open-source model.\n"
FINDING_KEYS = {
    "path", "line", "column", "end_line", "end_column", "code", "rule", "severity", "message", "note",
    "claim", "model", "suggestion", "evidence", "fix",
}  # fmt: skip


def test_schema_is_unchanged() -> None:
    result = analyse(PASSAGE, path="a.md")
    data = json.loads(render_json.render(locate("a.md", PASSAGE, result.findings), {"a.md": PASSAGE}))
    assert data["version"] == 1
    (finding,) = data["findings"]
    assert set(finding) == FINDING_KEYS
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (1, 18, 1, 29)
    assert finding["claim"] == {"text": "open-source"}
    assert {"id", "text", "status", "line", "column"} <= set(finding["model"])
    model = finding["model"]
    assert (model["id"], model["line"], model["column"]) == ("mistral-7b", 1, 1)
    assert finding["fix"]["edits"] == [
        {
            "line": 1,
            "column": 18,
            "end_line": 1,
            "end_column": 29,
            "start": 17,
            "end": 28,
            "content": "open-weights",
        }
    ]


def test_no_findings() -> None:
    assert json.loads(render_json.render([], {})) == {"version": 1, "findings": []}
