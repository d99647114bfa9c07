"""Command-line options a user of ruff or Vale expects, driven through the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

WRONG = "Meta released Llama 2, an open-source model.\n"  # OW102, a warning


def openwash(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "linter", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


# -- the same safe fix for every model of a list, or none --------------------------------------


def test_fix_leaves_a_list_of_models_of_different_statuses_alone(tmp_path: Path) -> None:
    doc = tmp_path / "models.md"
    text = "Open-source LLMs like LLaMA and Pythia are popular.\n\nOpenAI released GPT-4 as open source.\n"
    doc.write_text(text)
    proc = openwash("check", "--fix", str(doc))
    assert proc.returncode == 1  # still wrong, but no word fits both LLaMA and Pythia
    assert doc.read_text() == text
    proc = openwash("check", "--fix", "--unsafe-fixes", str(doc))
    rewritten = "LLMs like LLaMA (source-available) and Pythia (open source) are popular."
    assert doc.read_text().splitlines()[0] == rewritten
    assert proc.returncode == 1  # "released GPT-4 as open source" is left to a person


# -- selectors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value", "hint"),
    [
        ("--select", "OW1O3", "did you mean OW103?"),  # a letter O
        ("--ignore", "OW10l", "did you mean OW101?"),  # a letter l
        ("--select", "XYZ", "expected a rule code"),
        ("--select", "open-source-on-propietary", "did you mean open-source-on-proprietary?"),
    ],
)
def test_unknown_selector_is_an_error(tmp_path: Path, option: str, value: str, hint: str) -> None:
    (tmp_path / "a.md").write_text(WRONG)
    proc = openwash("check", option, value, str(tmp_path / "a.md"))
    assert proc.returncode == 2
    assert hint in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()


def test_rule_names_select_like_codes(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(WRONG)
    by_name = openwash("check", "--select", "open-source-on-source-available", str(tmp_path / "a.md"))
    assert by_name.returncode == 1 and b"OW102" in by_name.stdout
    ignored = openwash("check", "--ignore", "open-source-on-source-available", str(tmp_path / "a.md"))
    assert ignored.returncode == 0


# -- exit status -------------------------------------------------------------------------------


def test_exit_zero_reports_without_failing(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(WRONG)
    proc = openwash("check", "--exit-zero", str(tmp_path / "a.md"))
    assert proc.returncode == 0
    assert b"OW102" in proc.stdout


def test_fail_on_a_severity_threshold(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(WRONG)
    assert openwash("check", "--fail-on", "error", str(tmp_path / "a.md")).returncode == 0
    assert openwash("check", "--fail-on", "warning", str(tmp_path / "a.md")).returncode == 1
    # A rule made info in the configuration reports and passes under fail-on = "warning".
    (tmp_path / ".openwash.toml").write_text('fail-on = "warning"\nseverity = { OW102 = "info" }\n')
    proc = openwash("check", "--format", "json", "a.md", cwd=tmp_path)
    assert proc.returncode == 0
    assert [f["severity"] for f in json.loads(proc.stdout)["findings"]] == ["info"]
    (tmp_path / ".openwash.toml").write_text('fail-on = "warnings"\n')
    bad = openwash("check", "a.md", cwd=tmp_path)
    assert bad.returncode == 2 and b"fail-on: expected one of error, warning, info" in bad.stderr


# -- standard input ----------------------------------------------------------------------------


def test_stdin_filename_without_paths_reads_stdin(tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text("Mistral 7B is an open-source model.\n")  # must not be read
    proc = openwash(
        "check", "--stdin-filename", "docs/x.md", "--format", "json", stdin=WRONG.encode(), cwd=tmp_path
    )
    assert proc.returncode == 1
    findings = json.loads(proc.stdout)["findings"]
    assert [(f["path"], f["code"]) for f in findings] == [("docs/x.md", "OW102")]


def test_fix_stdin_prints_the_fixed_text(tmp_path: Path) -> None:
    text = "# Models\n\nMeta released Llama 2, an open-source model. GPT-4 is proprietary.\n"
    proc = openwash("check", "--fix", "-", stdin=text.encode(), cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.decode() == text.replace("an open-source", "a source-available")
    assert b"Fixed 1 finding" in proc.stderr
    # What cannot be fixed is reported on standard error, and fails the run.
    verb = "Meta open-sourced Llama 2.\n"
    left = openwash("check", "--fix", "--stdin-filename", "a.md", "--format", "concise", stdin=verb.encode())
    assert left.returncode == 1
    assert left.stdout.decode() == verb
    assert b"a.md:1:6: OW102" in left.stderr


def test_fix_stdin_keeps_encoding_and_line_endings_and_gives_back_what_it_cannot_read() -> None:
    text = "\ufeffMistral 7B is an open-source model.\r\nOK.\r\n".encode()
    proc = openwash("check", "--fix", "-", stdin=text)
    assert proc.stdout == text.replace(b"open-source", b"open-weights")
    utf16 = "Mistral 7B is an open-source model.\n".encode("utf-16")  # with its byte-order mark
    proc = openwash("check", "--fix", "-", stdin=utf16)
    assert proc.stdout.decode("utf-16") == "Mistral 7B is an open-weights model.\n"
    binary = b"ab\x00\x00\x00cd"
    proc = openwash("check", "--fix", "-", stdin=binary)
    assert proc.stdout == binary and b"binary" in proc.stderr and b"no files" not in proc.stderr


# -- explain -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arg", "first"),
    [
        ("OW900", "OW900 (unused-suppression)"),
        ("open-source-on-proprietary", "OW103 (open-source-on-proprietary)"),
        ("ow201", "OW201 (open-weights-on-proprietary)"),
    ],
)
def test_explain_by_code_or_name(arg: str, first: str) -> None:
    proc = openwash("explain", arg)
    assert proc.returncode == 0
    assert proc.stdout.decode().startswith(first)


def test_explain_all_and_unknown() -> None:
    every = openwash("explain", "--all").stdout.decode()
    assert all(f"{code} (" in every for code in ("OW101", "OW102", "OW103", "OW201", "OW900"))
    typo = openwash("explain", "OW1O1")
    assert typo.returncode == 2 and b"did you mean OW101?" in typo.stderr


# -- colour ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        (["--color", "always"], {}, True),
        (["--color", "never"], {"FORCE_COLOR": "1"}, False),
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {"CLICOLOR_FORCE": "1"}, True),
        ([], {}, False),  # not a terminal
    ],
)
def test_color(tmp_path: Path, args: list[str], env: dict[str, str], coloured: bool) -> None:
    (tmp_path / "a.md").write_text(WRONG)
    env = {"NO_COLOR": "", "FORCE_COLOR": "", "CLICOLOR_FORCE": "", **env}
    proc = openwash("check", *args, str(tmp_path / "a.md"), env=env)
    assert (b"\x1b[" in proc.stdout) is coloured


# -- files -------------------------------------------------------------------------------------


def test_no_files_warns(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "main.py").write_text("print('open source')\n")
    proc = openwash("check", str(tmp_path / "src"))
    assert proc.returncode == 0
    assert b"warning: no files to lint" in proc.stderr
    assert b"All checked" not in proc.stdout


def test_two_configuration_files_in_one_folder_warn(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(WRONG)
    (tmp_path / ".openwash.toml").write_text('ignore = ["OW102"]\n')
    (tmp_path / "pyproject.toml").write_text('[tool.openwash]\nselect = ["OW102"]\n')
    proc = openwash("check", "a.md", cwd=tmp_path)
    assert proc.returncode == 0  # .openwash.toml wins
    assert b".openwash.toml is used; " in proc.stderr
    assert b"pyproject.toml in the same folder is ignored" in proc.stderr


def test_include_narrows_named_files_under_force_exclude(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(WRONG)
    (tmp_path / "notes.md").write_text(WRONG)
    (tmp_path / ".openwash.toml").write_text('include = ["docs/**/*.md"]\n')
    proc = openwash("check", "--force-exclude", "--format", "concise", "docs/a.md", "notes.md", cwd=tmp_path)
    assert proc.returncode == 1
    assert b"docs/a.md:1:27" in proc.stdout and b"notes.md" not in proc.stdout
    # Without --force-exclude a named file is linted, as before.
    assert b"notes.md:1:27" in openwash("check", "--format", "concise", "notes.md", cwd=tmp_path).stdout


def test_the_project_lints_clean_with_its_own_configuration() -> None:
    root = Path(__file__).resolve().parent.parent
    proc = openwash("check", "--format", "concise", cwd=root)
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()
    assert proc.stdout.decode().startswith("All checked: ")
