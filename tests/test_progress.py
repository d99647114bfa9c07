"""The progress line: moves with the bytes linted, a time left only once it means something,
erased at the end."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from linter.config import Config
from linter.progress import Progress
from linter.runner import Job, run


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_moves_with_bytes_not_files() -> None:
    clock, out = Clock(), io.StringIO()
    bar = Progress(total=1000, files=4, stream=out, clock=clock)
    clock.now = 20.0  # the first file pays for loading spaCy: no time left from it
    bar.advance(100)
    assert " 10% 1/4 files" in bar.line(clock.now) and "left" not in bar.line(clock.now)
    clock.now = 24.0
    bar.advance(100)  # too few files to tell
    assert "left" not in bar.line(clock.now)
    clock.now = 30.0
    bar.advance(300)  # 400 bytes in the 10 s since the first file: 500 left, about 12 s
    assert " 50% 3/4 files, about 12 s left" in bar.line(clock.now)
    clock.now = 40.0
    bar.advance(500)
    assert "100% 4/4 files" in bar.line(clock.now)


def test_long_runs_show_minutes_and_the_line_is_erased() -> None:
    clock, out = Clock(), io.StringIO()
    bar = Progress(total=100, files=10, stream=out, clock=clock)
    for _ in range(3):
        clock.now += 30.0
        bar.advance(10)  # 10 bytes a 30 s after the first: 70 left, 210 s
    assert bar.line(clock.now).endswith("about 3 min 30 s left")
    bar.close()
    drawn = out.getvalue()
    last = drawn.rsplit("\r", 2)
    assert last[-1] == "" and set(last[-2]) == {" "}  # blanked, cursor back at the start
    assert drawn.count("\r") >= 3


def test_redraws_are_throttled() -> None:
    clock, out = Clock(), io.StringIO()
    bar = Progress(total=10_000, files=1000, stream=out, clock=clock)
    for _ in range(999):
        bar.advance(10)  # no time passes: drawn once
    assert out.getvalue().count("\r") == 1
    bar.advance(10)  # the last file is always drawn
    assert out.getvalue().count("\r") == 2


def test_run_draws_and_clears_on_standard_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    jobs = []
    for i in range(3):
        doc = tmp_path / f"{i}.md"
        doc.write_text("Meta released Llama 2, an open-source model.\n" * (i + 1))
        jobs.append(Job(str(doc), Config(), path=doc))
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    outcomes = run(jobs, workers=1, progress=True)
    assert [len(o.findings) for o in outcomes] == [1, 2, 3]
    assert "Linting [" in err.getvalue() and "100% 3/3 files" in err.getvalue()
    assert err.getvalue().endswith("\r")  # nothing left on the line
