"""The GitHub Action: its Lint step, run by bash with a stand-in for the ``gh`` command that
lists a pull request's files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ACTION = Path(__file__).resolve().parent.parent / "action.yml"


def lint_step() -> dict:
    action = yaml.safe_load(ACTION.read_text())
    assert action["runs"]["using"] == "composite"
    (step,) = [s for s in action["runs"]["steps"] if s.get("name") == "Lint"]
    return step


def run_step(tmp_path: Path, changed: list[str], **inputs: str) -> subprocess.CompletedProcess:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    stubs = tmp_path / "bin"
    stubs.mkdir()
    gh = stubs / "gh"
    gh.write_text('#!/bin/sh\ncat "$CHANGED_LIST"\n')
    gh.chmod(0o755)
    openwash = stubs / "openwash"
    openwash.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m linter "$@"\n')
    openwash.chmod(0o755)
    (stubs / "python").symlink_to(sys.executable)  # what actions/setup-python puts on the PATH
    (tmp_path / "changed.txt").write_text("".join(f + "\n" for f in changed))
    env = {
        "PATH": f"{stubs}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(ACTION.parent),
        "CHANGED_LIST": str(tmp_path / "changed.txt"),
        "REPOSITORY": "acme/docs",
        "PR_NUMBER": "7",
        "INPUT_PATHS": ".",
        "INPUT_CHANGED_ONLY": "true",
        "INPUT_EXTENSIONS": "md markdown mdx rst txt",
        "INPUT_ARGS": "",
        "INPUT_FAIL": "true",
        **inputs,
    }
    return subprocess.run(
        [bash, "-c", lint_step()["run"]], cwd=tmp_path / "repo", env=env, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "models.md").write_text("We use Mistral 7B, an open-source model.\n")
    (root / "docs" / "old.md").write_text("GPT-4 is open source.\n")
    (root / "src").mkdir()
    (root / "src" / "app.py").write_text("# Mistral 7B is an open-source model\n")
    (root / ".openwash.toml").write_text('exclude = ["docs/old.md"]\n')
    return root


def test_annotates_the_changed_docs_only(tmp_path: Path, repo: Path) -> None:
    proc = run_step(tmp_path, ["docs/models.md", "docs/old.md", "src/app.py", "docs/removed.md"])
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("::warning file=docs/models.md,line=1,col=23,")


def test_no_changed_docs_passes(tmp_path: Path, repo: Path) -> None:
    proc = run_step(tmp_path, ["src/app.py"])
    assert proc.returncode == 0
    assert "no changed files" in proc.stdout


def test_annotate_without_failing(tmp_path: Path, repo: Path) -> None:
    proc = run_step(tmp_path, ["docs/models.md"], INPUT_FAIL="false", INPUT_ARGS="--select OW101")
    assert proc.returncode == 0
    assert proc.stdout.startswith("::warning ")


def test_outside_a_pull_request_lints_the_paths(tmp_path: Path, repo: Path) -> None:
    proc = run_step(tmp_path, [], PR_NUMBER="", INPUT_PATHS="docs")
    assert proc.returncode == 1
    assert [line.split(",")[0] for line in proc.stdout.splitlines()] == ["::warning file=docs/models.md"]


def test_quoted_args_and_paths_with_spaces(tmp_path: Path, repo: Path) -> None:
    (repo / "my docs").mkdir()
    (repo / "my docs" / "a b.md").write_text("GPT-4 is open source.\n")
    (repo / "conf dir").mkdir()
    (repo / "conf dir" / "openwash.toml").write_text('ignore = ["OW101"]\n')
    args = '--config "conf dir/openwash.toml"'
    proc = run_step(tmp_path, [], PR_NUMBER="", INPUT_PATHS='docs "my docs"', INPUT_ARGS=args)
    assert proc.returncode == 1, proc.stderr
    # The quoted --config is read whole: it ignores OW101 (docs/models.md) and excludes nothing
    # (docs/old.md); the path with a space is linted.
    assert [line.split(",")[0] for line in proc.stdout.splitlines()] == [
        "::error file=docs/old.md",
        "::error file=my docs/a b.md",
    ]


def test_unclosed_quote_is_a_clear_error(tmp_path: Path, repo: Path) -> None:
    proc = run_step(tmp_path, [], PR_NUMBER="", INPUT_ARGS='--config "conf')
    assert proc.returncode == 2
    assert "::error title=openwash::cannot split ARGS" in proc.stdout
