"""Work shared by several processes: one big file's segments, a big tree's scan. The same
outcomes as one process gives, and workers that stop with their parent."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from linter import api, runner
from linter.api import analyse

pytestmark = pytest.mark.skipif(runner.spread_over(2) is None, reason="workers are not forked here")

# Shapes whose reading depends on the blocks around them: a heading's model read by "It", a
# list under a lead-in, a bold-led item, a question, a negation, a family, a proprietary model.
UNIT = """\
## Mistral 7B (part {n})

It is open source under Apache 2.0.

Popular open-source models:

- **Llama 2**: Meta's model, release {n}.
- Gemma 2

Is GPT-4 open source? No. OLMo is open source, and Qwen2.5 is too.

Claude is not an open-source model.

"""


def _text(units: int) -> str:
    return "".join(UNIT.format(n=n) for n in range(units))


def _values(result: api.LintResult) -> tuple:
    return (result.findings, result.mentions, result.attachments, result.notices)


def test_a_file_spread_over_processes_reads_as_it_does_in_one(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _text(60)
    alone = analyse(text, path="big.md", every_claim=False)
    monkeypatch.setattr(api, "SPREAD_CLAIMS", 10)
    shared = analyse(text, path="big.md", every_claim=False, spread=runner.spread_over(2))
    assert len(alone.findings) == 4 * 60  # Mistral 7B, Llama 2, Gemma 2, Qwen2.5 in each part
    assert _values(shared) == _values(alone)


@dataclass
class _Item:
    text: str


def _pid(item: _Item) -> int:
    return os.getpid()


def test_the_runs_are_done_here_and_in_a_forked_worker() -> None:
    pids = runner._spread(_pid, [_Item("x" * 10) for _ in range(8)], 2)
    assert pids[:4] == [os.getpid()] * 4  # the first run is this process's
    assert len(set(pids[4:])) == 1 and pids[4] != os.getpid()


def test_without_processes_every_run_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures

    def refused(*args, **kwargs):
        raise OSError("no processes in this sandbox")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refused)
    assert runner._spread(_pid, [_Item("x")] * 6, 3) == [os.getpid()] * 6


def _dies_in_a_worker(item: _Item) -> int:
    if os.getpid() != int(item.text):
        os._exit(9)  # killed, as by the out-of-memory killer
    return os.getpid()


def test_a_run_whose_worker_dies_is_done_here() -> None:
    me = os.getpid()
    assert runner._spread(_dies_in_a_worker, [_Item(str(me))] * 6, 2) == [me] * 6


def _fails(item: _Item) -> int:
    raise ValueError(f"a bug met at {item.text}")


def test_a_bug_in_a_worker_is_raised_as_it_would_be_here() -> None:
    with pytest.raises(ValueError, match="a bug met at"):
        runner._spread(_fails, [_Item("a"), _Item("b")], 2)


@pytest.mark.parametrize(
    ("sizes", "parts", "runs"),
    [
        ([1, 1, 1, 1], 2, [(0, 2), (2, 4)]),
        ([5, 1, 1, 1, 1, 1], 2, [(0, 1), (1, 6)]),
        ([1, 1, 1], 8, [(0, 1), (1, 2), (2, 3)]),
        ([3], 2, [(0, 1)]),
        ([], 2, []),
    ],
)
def test_runs_share_the_text_evenly(sizes: list[int], parts: int, runs: list[tuple[int, int]]) -> None:
    assert runner._even_runs(sizes, parts) == runs


def _openwash(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "linter", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_cli_fixes_a_big_file_as_one_process_would(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    text = _text(450)
    assert text.count("open") > api.SPREAD_CLAIMS  # its segments are spread
    big.write_text(text)
    one = _openwash("check", "--isolated", "--jobs", "1", "--diff", "--unsafe-fixes", str(big))
    two = _openwash("check", "--isolated", "--jobs", "2", "--diff", "--unsafe-fixes", str(big))
    assert one.returncode == two.returncode == 1, two.stderr
    assert two.stdout == one.stdout and one.stdout.count("\n+") > 300


def _tree(root: Path, files: int) -> list[runner.Job]:
    """A docs tree: mostly pages without claims, a few with claims, one not UTF-8, one missing."""
    from linter.config import Config

    paths = []
    for n in range(files):
        path = root / f"page{n:04d}.md"
        if n % 97 == 5:
            path.write_text(f"# Page {n}\n\nMistral 7B is open source, says note {n}.\n")
        elif n % 211 == 7:
            path.write_bytes(b"Llama 2 is open source \xff\n")
        elif n % 53 == 0:
            path.write_text("We ship open source tools, and our docs are open source too.\n")
        else:
            path.write_text(f"# Install\n\nRun the installer, step {n}.\n")
        paths.append(path)
    paths.append(root / "gone.md")
    config = Config()
    return [runner.Job(str(p), config, path=str(p), named=True) for p in paths]


def test_a_big_tree_is_scanned_by_every_core_with_the_outcomes_of_one(tmp_path: Path) -> None:
    jobs = _tree(tmp_path, runner.SHARE_FILES + 100)
    alone = runner.run(jobs, workers=1)
    shared = runner.run(jobs, workers=2)
    assert [o.findings for o in shared] == [o.findings for o in alone]
    assert [(o.path, o.notices, o.skipped, o.text) for o in shared] == [
        (o.path, o.notices, o.skipped, o.text) for o in alone
    ]
    assert sum(len(o.findings) for o in alone) == 7  # one page in 97
    assert sum(o.skipped for o in alone) == 4  # three not UTF-8, one missing


def test_a_scan_lints_its_first_files_with_claims_itself(tmp_path: Path) -> None:
    jobs = _tree(tmp_path, 200)
    scan = runner._Scan(jobs, limit=32)
    scan.run([range(0, 100), range(100, len(jobs))])
    assert not scan.left  # the pages with a claim, the file not UTF-8 and the missing one
    assert sum(len(o.findings) for o in scan.outcomes.values()) == 3  # pages 5, 102 and 199
    assert sorted(i for i, o in scan.outcomes.items() if o.skipped) == [7, 200]  # not UTF-8, missing
    assert all(o.findings or o.skipped for o in scan.outcomes.values())  # the silent ones are left out
    scan = runner._Scan(jobs, limit=1)
    scan.run([range(len(jobs))])
    assert scan.left == [7, 102, 199, 200] and 5 in scan.outcomes  # the rest: to the workers


def test_the_files_a_dead_worker_took_are_read_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    jobs = _tree(tmp_path, runner.SHARE_FILES + 100)
    alone = runner.run(jobs, workers=1)
    me, light = os.getpid(), runner._light_outcome

    def dies_in_a_worker(job: runner.Job) -> runner.Outcome | None:
        if os.getpid() != me:
            os._exit(9)  # killed, as by the out-of-memory killer
        return light(job)

    monkeypatch.setattr(runner, "_light_outcome", dies_in_a_worker)
    shared = runner.run(jobs, workers=2)
    assert [(o.path, o.findings, o.notices, o.skipped) for o in shared] == [
        (o.path, o.findings, o.notices, o.skipped) for o in alone
    ]
