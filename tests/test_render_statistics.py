"""``--statistics``: counts per rule and per model."""

from __future__ import annotations

import json
from pathlib import Path

from tests.check_cli import run_check

PASSAGE = (
    "Mistral 7B is an open-source model. Mistral 7B is open source.\n\n"
    "Llama 2 is an open-source model.\n\n"
    "GPT-4 is open source.\n"
)


def test_text(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(PASSAGE)
    result = run_check("--statistics", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout == (
        "Findings per rule:\n"
        "  2  OW101  open-source-on-open-weights  (2 fixable)\n"
        "  1  OW102  open-source-on-source-available  (1 fixable)\n"
        "  1  OW103  open-source-on-proprietary  (1 fixable)\n"
        "Findings per model:\n"
        "  2  mistral-7b  (open-weights)\n"
        "  1  gpt-4  (proprietary)\n"
        "  1  llama-2  (source-available)\n"
        "Found 4 findings in 1 of 1 file (4 fixable with --fix).\n"
    )


def test_json(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(PASSAGE)
    data = json.loads(run_check("--statistics", "--format", "json", str(tmp_path)).stdout)
    assert data["statistics"]["rules"][0] == {
        "code": "OW101", "rule": "open-source-on-open-weights", "count": 2, "fixable": 2
    }  # fmt: skip
    assert [m["id"] for m in data["statistics"]["models"]] == ["mistral-7b", "gpt-4", "llama-2"]


def test_only_with_text_or_json(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(PASSAGE)
    assert run_check("--statistics", "--format", "sarif", str(tmp_path)).exit_code == 2
