"""Baselines: old findings stay quiet when unrelated lines change; new ones are reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linter.api import analyse
from linter.baseline import fingerprint, sentence_around
from tests.check_cli import run_check

PAGE = """\
# Models we use

Atlas runs on Mistral 7B, an open-source model that fits on one GPU.
Llama 2 is an open-source model as well.

Install it with pip.
"""


def reported(*args: str) -> list[tuple[int, str]]:
    data = json.loads(run_check("--format", "json", *args).stdout)
    return [(f["line"], f["code"]) for f in data["findings"]]


@pytest.fixture
def adopted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "models.md").write_text(PAGE)
    result = run_check("--write-baseline", "openwash-baseline.json", "docs")
    assert result.exit_code == 0
    assert "Wrote 2 finding(s)" in result.stderr
    return tmp_path


def test_the_baseline_hides_what_it_recorded(adopted: Path) -> None:
    data = json.loads((adopted / "openwash-baseline.json").read_text())
    assert [(e["path"], e["code"], e["model"]) for e in data["findings"]] == [
        ("docs/models.md", "OW101", "mistral-7b"),
        ("docs/models.md", "OW102", "llama-2"),
    ]
    assert reported("--baseline", "openwash-baseline.json", "docs") == []
    assert run_check("--baseline", "openwash-baseline.json", "docs").exit_code == 0


def test_editing_unrelated_lines_does_not_resurrect_old_findings(adopted: Path) -> None:
    page = adopted / "docs" / "models.md"
    edited = PAGE.replace("# Models we use\n", "# Models we use\n\nA new introduction, two lines\nlong.\n")
    edited = edited.replace("Install it with pip.", "Install it with pip or uv.")
    # Rewrapping the paragraph moves the claim to another line and column: still the same finding.
    edited = edited.replace("an open-source model that fits", "an open-source model\nthat fits")
    page.write_text(edited)
    assert reported("docs") == [(6, "OW101"), (8, "OW102")]
    assert reported("--baseline", "openwash-baseline.json", "docs") == []


def test_new_findings_are_reported(adopted: Path) -> None:
    page = adopted / "docs" / "models.md"
    page.write_text(PAGE + "\nGPT-4 is open source.\n")
    assert reported("--baseline", "openwash-baseline.json", "docs") == [(8, "OW103")]
    # Rewording the old sentence makes its finding new again.
    page.write_text(PAGE.replace("model as well.", "model, too."))
    assert reported("--baseline", "openwash-baseline.json", "docs") == [(4, "OW102")]


def test_a_repeated_sentence_is_counted(adopted: Path) -> None:
    page = adopted / "docs" / "models.md"
    page.write_text(PAGE + "\nLlama 2 is an open-source model as well.\n")
    assert reported("--baseline", "openwash-baseline.json", "docs") == [(8, "OW102")]


def test_a_broken_baseline_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Fine.\n")
    (tmp_path / "b.json").write_text("{not json")
    result = run_check("--baseline", str(tmp_path / "b.json"), str(tmp_path / "a.md"))
    assert result.exit_code == 2
    assert "not a baseline" in result.stderr
    assert run_check("--baseline", str(tmp_path / "none.json"), str(tmp_path / "a.md")).exit_code == 2


def test_fingerprint_ignores_position_and_wrapping() -> None:
    one = "Intro.\n\nAtlas runs on Mistral 7B, an open-source model.\n"
    two = "Longer intro.\n\nMore text here.\n\nAtlas runs on Mistral 7B,\nan   open-source model.\n"
    (a,), (b,) = analyse(one, path="a.md").findings, analyse(two, path="a.md").findings
    assert sentence_around(one, a.start, a.end) == "atlas runs on mistral 7b, an open-source model."
    assert fingerprint("a.md", one, a) == fingerprint("a.md", two, b)
    assert fingerprint("a.md", one, a) != fingerprint("b.md", one, a)
