"""The pre-commit hook, run by the real pre-commit against this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _pre_commit() -> list[str]:
    beside = Path(sys.executable).with_name("pre-commit")  # the venv running the tests
    exe = str(beside) if beside.exists() else shutil.which("pre-commit")
    if exe is None:
        pytest.skip("pre-commit is not installed")
    return [exe]


@pytest.fixture
def repo_under_test(tmp_path: Path) -> Path:
    """A snapshot of this checkout as a git repository pre-commit can try (uncommitted work too)."""
    snapshot = tmp_path / "openwash"
    shutil.copytree(
        ROOT, snapshot, ignore=shutil.ignore_patterns(".git", ".venv", "*.egg-info", "__pycache__", "build")
    )
    _git(snapshot, "init", "-q")
    _git(snapshot, "add", "-A")
    _git(snapshot, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "snapshot")
    return snapshot


def _docs_repo(tmp_path: Path, text: str) -> Path:
    docs = tmp_path / "docs-repo"
    docs.mkdir(parents=True)
    _git(docs, "init", "-q")
    (docs / "README.md").write_text(text)
    _git(docs, "add", "README.md")
    return docs


def _try_repo(repo: Path, docs: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    return subprocess.run(
        [*_pre_commit(), "try-repo", str(repo), "openwash", "--all-files"],
        cwd=docs,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )


def test_hook_fails_on_a_wrong_claim_and_passes_on_a_correct_file(
    repo_under_test: Path, tmp_path: Path
) -> None:
    wrong = _docs_repo(tmp_path / "a", "# Notes\n\nMeta released Llama 2, an open-source model.\n")
    proc = _try_repo(repo_under_test, wrong, tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "OW102" in proc.stdout

    right = _docs_repo(tmp_path / "b", "# Notes\n\nOLMo is open source; Llama 2 is source-available.\n")
    proc = _try_repo(repo_under_test, right, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
