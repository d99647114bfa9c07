"""Configuration files: found from a file's folder upward, validated strictly, merged under the
command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linter.config import Config, ConfigError, config_for, load_config
from tests.check_cli import run_check

# Two wrong claims: OW101 (Mistral 7B, open weights) and OW102 (Llama 2, source-available).
TWO_RULES = "Mistral 7B is an open-source model.\n\nLlama 2 is an open-source model.\n"

VOCAB = """\
models:
  - id: quokka-3
    name: Quokka 3
    developer: Example Labs
    aliases: [Quokka 3]
    status: proprietary
    license:
      name: Example Labs Terms of Service
      spdx: null
      url: https://example.com/terms
    released:
      weights: false
      training_code: false
      training_data: none
    restrictions: Access through the hosted API only.
    evidence:
      - https://example.com/quokka
    checked: 2026-11-26
"""


def codes(result) -> list[str]:
    return [f["code"] for f in json.loads(result.stdout)["findings"]]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_table_selects_rules(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "docs"\n\n[tool.openwash]\nselect = ["OW101"]\n')
    doc = write(tmp_path / "docs" / "models.md", TWO_RULES)
    assert codes(run_check("--format", "json", str(doc))) == ["OW101"]


def test_nearest_file_wins_and_the_search_stops_there(tmp_path: Path) -> None:
    write(tmp_path / ".openwash.toml", 'ignore = ["OW102"]\n')
    write(tmp_path / "guide" / ".openwash.yaml", "ignore: [OW101]\n")
    top = write(tmp_path / "top.md", TWO_RULES)
    nested = write(tmp_path / "guide" / "deep" / "page.md", TWO_RULES)
    assert codes(run_check("--format", "json", str(top))) == ["OW101"]
    # The folder's own file applies alone: the root's ignore of OW102 is not merged in.
    assert codes(run_check("--format", "json", str(nested))) == ["OW102"]


def test_a_pyproject_without_our_table_is_passed_over(tmp_path: Path) -> None:
    write(tmp_path / ".openwash.toml", 'select = ["OW102"]\n')
    write(tmp_path / "pkg" / "pyproject.toml", "[tool.black]\nline-length = 100\n")
    doc = write(tmp_path / "pkg" / "README.md", TWO_RULES)
    assert config_for(doc).source == (tmp_path / ".openwash.toml").resolve()
    assert codes(run_check("--format", "json", str(doc))) == ["OW102"]


def test_config_option_overrides_and_isolated_ignores(tmp_path: Path) -> None:
    write(tmp_path / ".openwash.toml", 'select = ["OW101"]\n')
    other = write(tmp_path / "elsewhere" / "strict.toml", 'select = ["OW102"]\n')
    doc = write(tmp_path / "page.md", TWO_RULES)
    assert codes(run_check("--format", "json", "--config", str(other), str(doc))) == ["OW102"]
    assert codes(run_check("--format", "json", "--isolated", str(doc))) == ["OW101", "OW102"]


def test_command_line_wins_over_the_file(tmp_path: Path) -> None:
    write(tmp_path / ".openwash.toml", 'select = ["OW101"]\nignore = ["OW102"]\n')
    doc = write(tmp_path / "page.md", TWO_RULES)
    assert codes(run_check("--format", "json", "--select", "OW102", str(doc))) == ["OW102"]
    assert codes(run_check("--format", "json", "--ignore", "OW101", str(doc))) == []


def test_severity_and_per_path_overrides(tmp_path: Path) -> None:
    write(
        tmp_path / "pyproject.toml",
        "[tool.openwash]\n"
        'severity = {OW101 = "error"}\n'
        '[tool.openwash.per-path."archive/**"]\n'
        'ignore = ["OW1"]\n'
        '[tool.openwash.per-path."notes/*.md"]\n'
        'severity = {OW102 = "info"}\n',
    )
    current = write(tmp_path / "guide.md", TWO_RULES)
    old = write(tmp_path / "archive" / "2023" / "post.md", TWO_RULES)
    notes = write(tmp_path / "notes" / "n.md", TWO_RULES)
    data = json.loads(run_check("--format", "json", str(current), str(old), str(notes)).stdout)
    seen = [(Path(f["path"]).name, f["code"], f["severity"]) for f in data["findings"]]
    assert seen == [
        ("guide.md", "OW101", "error"),
        ("guide.md", "OW102", "warning"),
        ("n.md", "OW101", "error"),
        ("n.md", "OW102", "info"),
    ]


def test_vocab_files_are_relative_to_the_config_file(tmp_path: Path) -> None:
    write(tmp_path / "style" / "models.yaml", VOCAB)
    write(tmp_path / ".openwash.yaml", "vocab:\n  - style/models.yaml\n")
    doc = write(tmp_path / "docs" / "api.md", "Quokka 3 is an open-source model.\n")
    result = run_check("--format", "json", str(doc))
    assert codes(result) == ["OW103"]
    assert json.loads(result.stdout)["findings"][0]["model"]["id"] == "quokka-3"


def test_include_and_exclude_shape_the_walk(tmp_path: Path) -> None:
    write(
        tmp_path / ".openwash.toml", 'include = ["*.md", "*.mdown"]\nexclude = ["drafts/", "CHANGELOG.md"]\n'
    )
    for name in ("a.md", "b.mdown", "c.txt", "CHANGELOG.md", "drafts/d.md"):
        write(tmp_path / name, TWO_RULES)
    data = json.loads(run_check("--format", "json", str(tmp_path)).stdout)
    assert sorted({Path(f["path"]).name for f in data["findings"]}) == ["a.md", "b.mdown"]
    # A file named on the command line is linted anyway, unless --force-exclude.
    named = str(tmp_path / "CHANGELOG.md")
    assert codes(run_check("--format", "json", named))
    assert codes(run_check("--format", "json", "--force-exclude", named)) == []


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (".openwash.toml", 'selct = ["OW101"]\n', "unknown key 'selct'"),
        (".openwash.toml", 'select = "OW101"\n', "select: expected a list of strings, got a string"),
        (".openwash.toml", 'select = ["OW7"]\n', "select: 'OW7' matches no rule"),
        (".openwash.toml", 'severity = {OW101 = "fatal"}\n', "severity.OW101: expected one of error"),
        (".openwash.toml", 'vocab = ["missing.yaml"]\n', "vocab: file not found: missing.yaml"),
        (".openwash.toml", 'per-path = {"old/**" = {skip = true}}\n', "unknown key 'skip'"),
        (".openwash.toml", "select = [\n", "invalid TOML"),
        ("pyproject.toml", "[tool.openwash]\nexclude = [1]\n", "[tool.openwash] exclude: expected a list"),
        (".openwash.yaml", "select: [OW101]\nignore: 5\n", ":2: ignore: expected a list of strings, got a"),
        (".openwash.yaml", "per_path: {}\n", "(did you mean 'per-path'?)"),
    ],
)
def test_a_bad_file_is_an_error_naming_file_key_and_expectation(
    tmp_path: Path, name: str, content: str, expected: str
) -> None:
    config = write(tmp_path / name, content)
    with pytest.raises(ConfigError) as caught:
        load_config(config)
    assert str(caught.value).startswith(str(config))
    assert expected in str(caught.value)
    doc = write(tmp_path / "page.md", TWO_RULES)
    result = run_check(str(doc))
    assert result.exit_code == 2
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_config_for_is_cached_per_folder_and_resolves_per_path(tmp_path: Path) -> None:
    write(tmp_path / ".openwash.toml", 'ignore = ["OW103"]\n[per-path."api/*.md"]\nselect = ["OW101"]\n')
    page = write(tmp_path / "api" / "page.md", "")
    config = config_for(page)
    assert config is config_for(tmp_path / "api" / "other.md")
    assert config.root == tmp_path.resolve()
    flat = config.for_path(page)
    assert (flat.enabled("OW101"), flat.enabled("OW102"), flat.enabled("OW103")) == (True, False, False)
    assert config.for_path(tmp_path / "guide.md").enabled("OW102")


def test_defaults_keep_the_old_behaviour() -> None:
    config = Config(select=("OW1",), ignore=("OW103",), severity={"OW102": "error"})
    assert [config.enabled(c) for c in ("OW101", "OW103", "OW201")] == [True, False, False]
    assert config.severity_for("OW102", "warning") == "error"
    assert config.severity_for("OW101", "warning") == "warning"
