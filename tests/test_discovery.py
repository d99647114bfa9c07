"""Which files a directory walk lints, and in what order the results come back."""

from __future__ import annotations

import concurrent.futures
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from linter import runner
from linter.config import Config
from linter.discovery import iter_files
from linter.runner import Job, run
from tests.check_cli import run_check

CLAIM = "Mistral 7B is an open-source model.\n"


def names(root: Path, **kwargs) -> list[str]:
    return [p.relative_to(root).as_posix() for p in iter_files([root], **kwargs)]


def write(path: Path, text: str = CLAIM) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_gitignore_is_honoured(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".gitignore", "_build/\n*.draft.md\n!keep.draft.md\n")
    write(tmp_path / "docs" / ".gitignore", "generated/\n")
    for name in ("index.md", "a.draft.md", "keep.draft.md", "_build/out.md", "docs/guide.md",
                 "docs/generated/api.md", "docs/notes.txt"):  # fmt: skip
        write(tmp_path / name)
    assert names(tmp_path) == ["index.md", "keep.draft.md", "docs/guide.md", "docs/notes.txt"]
    # Walking a subfolder still applies the repository's .gitignore above it.
    assert names(tmp_path / "docs") == ["guide.md", "notes.txt"]
    assert "_build/out.md" in names(tmp_path, gitignore=False)


def test_gitignore_stops_at_the_repository_root(tmp_path: Path) -> None:
    write(tmp_path / ".gitignore", "*.md\n")  # outside the repository: not ours
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    write(tmp_path / "repo" / "a.md")
    assert names(tmp_path / "repo") == ["a.md"]


def test_cli_flag(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".gitignore", "vendor/\n")
    write(tmp_path / "vendor" / "x.md")
    assert run_check(str(tmp_path)).exit_code == 0
    assert run_check("--no-respect-gitignore", str(tmp_path)).exit_code == 1


def test_parallel_results_keep_the_order_of_the_files(tmp_path: Path) -> None:
    models = ["Mistral 7B", "Llama 2", "GPT-4", "Gemma 2", "Mixtral 8x7B", "Falcon 180B"]
    for n in range(12):
        body = "Nothing here.\n" if n % 3 == 0 else f"{models[n % len(models)]} is an open-source model.\n"
        write(tmp_path / f"d{n % 4}" / f"page{n:02}.md", body)
    files = list(iter_files([tmp_path]))
    jobs = [Job(str(p), Config(), path=p) for p in files]
    serial = run(jobs, workers=1)
    parallel = run(jobs, workers=2, progress=False)
    assert [o.path for o in parallel] == [str(p) for p in files]
    assert [(o.path, o.findings) for o in parallel] == [(o.path, o.findings) for o in serial]
    assert sum(len(o.findings) for o in serial) >= 6
    # The CLI's output is the same whatever the number of processes.
    one = json.loads(run_check("--format", "json", "--jobs", "1", str(tmp_path)).stdout)
    two = json.loads(run_check("--format", "json", "--jobs", "2", str(tmp_path)).stdout)
    assert one == two


def test_a_few_huge_files_are_spread_over_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two files with claims are too few to start processes for, unless they are huge: then the
    biggest runs in one process while the other goes through a second."""
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one CPU: never more than one process")
    started: list[int] = []

    class Recorded(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, max_workers: int, **kwargs) -> None:
            started.append(max_workers)
            super().__init__(max_workers=max_workers, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Recorded)
    small, big = tmp_path / "small.md", tmp_path / "big.md"
    write(small)
    write(big, "Filler prose about the weather.\n\n" * 2000 + "Llama 2 is an open-source model.\n")
    jobs = [Job(str(p), Config(), path=p) for p in (small, big)]
    few = run(jobs, progress=False)
    assert started == []
    monkeypatch.setattr(runner, "PARALLEL_BYTES", big.stat().st_size)  # now "huge" in all
    spread = run(jobs, progress=False)
    assert started == [2]
    assert [o.path for o in spread] == [str(small), str(big)]  # in the files' order, not by size
    assert [(o.path, o.findings) for o in spread] == [(o.path, o.findings) for o in few]
    assert all(o.findings for o in spread)


@pytest.mark.parametrize(
    "name",
    ["a.md", "docs/a.md", "/abs/a.md", "a", ".hidden.md", "..a.md", "a..md", "x/../a.md", "-", "a.",
     "./a.md", "a//b.md", "a/./b.md", "a/", "a/.", ".", "", "//a.md", "///a.md", "a/b/"],
)  # fmt: skip
def test_a_name_left_unmade_is_the_one_a_path_would_spell(name: str) -> None:
    from linter.cli import _plain

    if _plain(name):  # else the long way: a Path is made
        assert str(Path(name)) == name
        assert runner._suffix(name) == Path(name).suffix.lower()
    parts = name.removeprefix("/").split("/")  # no empty or "." part, no "//" root
    assert _plain(name) == (all(p not in ("", ".") for p in parts) and not name.startswith("//"))


def test_a_named_file_is_read_without_a_second_look(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files named on the command line (thousands from pre-commit) are found regular once, when
    the command line is read; the runner does not stat them again. Named in other spellings,
    they are reported as before, by the name a Path gives them."""
    page, plain = tmp_path / "Page.MD", tmp_path / "plain.md"
    write(page)
    write(plain, "Nothing to see.\n")
    looked: list[object] = []
    monkeypatch.setattr(runner, "_regular", lambda path: looked.append(path) or True)
    result = run_check("--format", "concise", str(page), str(plain))
    assert result.exit_code == 1 and looked == []
    assert f"{page}:1:" in result.stdout
    crooked = run_check("--format", "concise", f"{tmp_path}//./Page.MD")
    assert crooked.stdout == run_check("--format", "concise", str(page)).stdout
    assert f"{page}:1:" in crooked.stdout


def test_a_file_seen_regular_that_is_no_longer_one_is_read_as_named(tmp_path: Path) -> None:
    """Between the command line and the reading the file became a device (a link to one): it is
    left unread to the whole pipeline, which reads what is named, as it did before."""
    late = tmp_path / "late.md"
    late.symlink_to("/dev/null")
    job = Job(str(late), Config(), path=str(late), named=True, regular=True)
    assert runner._light_outcome(job) is None
    outcome = run([job], workers=1)[0]
    assert not outcome.notices and not outcome.skipped and not outcome.findings
    assert run([replace(job, regular=False)], workers=1) == [outcome]
