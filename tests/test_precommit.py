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


@pytest.fixture(scope="module")
def repo_under_test(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A snapshot of this checkout as a git repository pre-commit can try (uncommitted work too)."""
    snapshot = tmp_path_factory.mktemp("hook") / "openwash"
    shutil.copytree(
        ROOT, snapshot, ignore=shutil.ignore_patterns(".git", ".venv", "*.egg-info", "__pycache__", "build")
    )
    _git(snapshot, "init", "-q")
    _git(snapshot, "add", "-A")
    _git(snapshot, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "snapshot")
    return snapshot


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One home for the module: the hook's environment is built once (it takes a minute)."""
    return tmp_path_factory.mktemp("pre-commit-home")


def _docs_repo(tmp_path: Path, files: dict[str, str]) -> Path:
    docs = tmp_path / "docs-repo"
    docs.mkdir(parents=True)
    _git(docs, "init", "-q")
    for name, text in files.items():
        (docs / name).write_text(text)
    _git(docs, "add", "-A")
    return docs


def _try_repo(repo: Path, docs: Path, home: Path, hook: str = "openwash") -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    return subprocess.run(
        [*_pre_commit(), "try-repo", str(repo), hook, "--all-files"],
        cwd=docs,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )


WRONG = "# Notes\n\nMeta released Llama 2, an open-source model.\n"


def test_hook_fails_on_a_wrong_claim_and_passes_on_a_correct_file(
    repo_under_test: Path, pre_commit_home: Path, tmp_path: Path
) -> None:
    wrong = _docs_repo(tmp_path / "a", {"README.md": WRONG})
    proc = _try_repo(repo_under_test, wrong, pre_commit_home)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "OW102" in proc.stdout

    right_text = "# Notes\n\nOLMo is open source; Llama 2 is source-available.\n"
    right = _docs_repo(tmp_path / "b", {"README.md": right_text})
    proc = _try_repo(repo_under_test, right, pre_commit_home)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_hook_takes_the_suffixes_identify_does_not_know(
    repo_under_test: Path, pre_commit_home: Path, tmp_path: Path
) -> None:
    names = ["notes.mkd", "notes.mdown", "guide.rest", "plain.text", "page.html"]
    docs = _docs_repo(tmp_path, dict.fromkeys(names, WRONG))
    proc = _try_repo(repo_under_test, docs, pre_commit_home)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    linted = {name for name in names if f"{name}:3:" in proc.stdout}
    assert linted == {"notes.mkd", "notes.mdown", "guide.rest", "plain.text"}  # HTML has its own hook


def test_html_hook_lints_html_only(repo_under_test: Path, pre_commit_home: Path, tmp_path: Path) -> None:
    html = "<p>Meta released Llama 2, an open-source model.</p>\n"
    docs = _docs_repo(tmp_path, {"page.html": html, "a.md": WRONG})
    proc = _try_repo(repo_under_test, docs, pre_commit_home, hook="openwash-html")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "page.html:1:" in proc.stdout and "a.md" not in proc.stdout


def _readme_block(after: str) -> str:
    """The first ```yaml block of the README after the line ``after``."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    rest = text[text.index(after) :]
    start = rest.index("```yaml\n") + len("```yaml\n")
    return rest[start : rest.index("```", start)]


def test_readme_local_hook_works_as_written(tmp_path: Path) -> None:
    """The README's `repo: local` recipe, run by pre-commit with openwash installed (as here)."""
    docs = _docs_repo(tmp_path, {"a.mkd": WRONG, "ok.md": "OLMo is open source.\n"})
    (docs / ".pre-commit-config.yaml").write_text(_readme_block("<!-- pre-commit: local -->"))
    _git(docs, "add", "-A")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "home"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    run = [*_pre_commit(), "run", "--all-files"]
    proc = subprocess.run(run, cwd=docs, capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "a.mkd:3:27: OW102" in proc.stdout and "ok.md" not in proc.stdout
