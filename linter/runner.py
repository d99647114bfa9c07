"""Run the checks over many files: check, fix or diff each one, in parallel when it pays.

A file in which no claim word occurs is done in a moment (:func:`linter.api.analyse` returns
after one scan), so only the files with candidates are spread over processes, and only when
there are many of them; the outcomes come back in the order the files were given, whatever
the parallelism.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from linter.config import Config
from linter.finding import Finding

PARALLEL_THRESHOLD = 64  # files with candidates before the work is spread over processes
MAX_WORKERS = 8


@dataclass(frozen=True)
class Job:
    name: str  # the path as reported
    config: Config
    mode: str = "check"  # check | fix | diff
    unsafe: bool = False
    path: Path | None = None  # None: ``text`` came from standard input
    text: str | None = None


@dataclass
class Outcome:
    path: str
    text: str = ""  # the text the findings point into (after fixing, with --fix)
    findings: list[Finding] = field(default_factory=list)
    unused: list[Finding] = field(default_factory=list)  # OW900, when that rule is enabled
    notices: list[str] = field(default_factory=list)
    skipped: bool = False
    error: str = ""  # a failure that makes the run exit 2 (a file that could not be written)
    fixed: int = 0  # fixes applied (--fix) or that would be (--diff)
    diff: str = ""


def run_job(job: Job) -> Outcome:
    from linter.apply_fixes import fix_text, unified_diff, write_atomic
    from linter.decode import Decoded, DecodeError, decode, encode

    outcome = Outcome(job.name)
    if job.path is not None and job.path.suffix.lower() == ".docx":
        return _docx_job(job, outcome)
    if job.path is not None:
        try:
            decoded = decode(job.path.read_bytes())
        except OSError as exc:
            outcome.notices.append(f"cannot read: {exc.strerror or exc}")
            outcome.skipped = True
            return outcome
        except DecodeError as exc:
            outcome.notices.append(str(exc))
            outcome.skipped = True
            return outcome
    else:
        decoded = Decoded(job.text or "", "utf-8", b"")
    text = decoded.text

    if job.mode == "check":
        from linter.api import analyse

        result = analyse(text, path=job.name, config=job.config)
    else:
        fixed = fix_text(text, path=job.name, config=job.config, unsafe=job.unsafe)
        outcome.fixed = fixed.applied
        if job.mode == "diff":
            result = fixed.original
            outcome.diff = unified_diff(job.name, text, fixed.text)
        else:
            result = fixed.result
            if fixed.text != text and job.path is not None:
                try:
                    write_atomic(job.path, encode(fixed.text, decoded))
                except (OSError, UnicodeEncodeError) as exc:
                    outcome.error = f"{job.name}: cannot write: {getattr(exc, 'strerror', None) or exc}"
                    result = fixed.original
                    outcome.fixed = 0
    outcome.text = result.text
    outcome.findings = result.findings
    outcome.notices.extend(result.notices)
    config = job.config.for_path(job.name)
    from linter.suppressions import UNUSED_CODE

    # Asking for --report-unused-suppressions reports OW900 unless it is ignored by name.
    if result.suppressions and not any(UNUSED_CODE.startswith(p) for p in config.ignore):
        unused = result.suppressions.unused(result.text)
        outcome.unused = [replace(f, severity=config.severity_for(f.code, f.severity)) for f in unused]
    return outcome


def _docx_job(job: Job, outcome: Outcome) -> Outcome:
    """A Word file is binary: lint the text its reader builds; it is never written back."""
    from dataclasses import replace

    from linter.api import lint_file

    result = lint_file(job.path, job.config)
    outcome.text, outcome.skipped = result.text, result.skipped
    # A fix cannot be applied to Word's XML: show it as a suggestion only.
    outcome.findings = [
        replace(f, fix=replace(f.fix, applicability="display")) if f.fix else f for f in result.findings
    ]
    outcome.notices.extend(result.notices)
    if job.mode != "check" and not result.skipped:
        outcome.notices.append("--fix and --diff do not change .docx files; findings only")
    return outcome


def _light_outcome(job: Job) -> Outcome | None:
    """The outcome of a file that holds no suppression comment and no claim word or no model
    name (only a notice if it is not text), or None when the file needs the whole pipeline."""
    from linter.claims import might_claim
    from linter.decode import DecodeError, check_text
    from linter.prescan import might_name

    if job.path is None or job.mode != "check" or job.path.suffix.lower() == ".docx":
        return None
    outcome = Outcome(job.name)
    try:
        data = job.path.read_bytes()
        if (might_claim(data) and might_name(data, job.config, job.name)) or b"openwash-" in data:
            return None
        check_text(data)
    except OSError as exc:
        outcome.notices.append(f"cannot read: {exc.strerror or exc}")
        outcome.skipped = True
    except DecodeError as exc:
        outcome.notices.append(str(exc))
        outcome.skipped = True
    return outcome


def run(
    jobs: Sequence[Job],
    *,
    workers: int | None = None,
    progress: bool | None = None,
    threshold: int = PARALLEL_THRESHOLD,
) -> list[Outcome]:
    """Every job's outcome, in the order of ``jobs``. ``workers``: None decides (processes when
    more than ``threshold`` files have candidates), 1 runs here, N > 1 uses N processes whenever
    two or more files have candidates. ``progress``: None shows a bar on a terminal for long runs."""
    outcomes: list[Outcome | None] = [None] * len(jobs)
    # Files without a claim word are done here and now: one read, one scan, no decoding.
    heavy = []
    for i, job in enumerate(jobs):
        light = _light_outcome(job)
        if light is None:
            heavy.append(i)
        else:
            outcomes[i] = light
    if workers is None:
        workers = min(os.cpu_count() or 1, MAX_WORKERS) if len(heavy) > threshold else 1
    workers = min(workers, len(heavy)) if heavy else 1
    if progress is None:
        progress = sys.stderr.isatty() and len(heavy) > threshold
    bar = _bar(jobs, heavy) if progress else None
    try:
        if workers > 1:
            from concurrent.futures import ProcessPoolExecutor, as_completed
            from concurrent.futures.process import BrokenProcessPool

            try:
                with ProcessPoolExecutor(max_workers=workers) as pool:
                    # One task per file, collected as they finish: the bar moves with the work.
                    futures = {pool.submit(run_job, jobs[i]): i for i in heavy}
                    for future in as_completed(futures):
                        i = futures[future]
                        outcomes[i] = future.result()
                        if bar:
                            bar.advance(_size(jobs[i]))
            except (OSError, BrokenProcessPool):
                pass  # no processes to be had here (a sandbox, a killed worker): go on in this one
        for i in heavy:
            if outcomes[i] is None:
                outcomes[i] = run_job(jobs[i])
                if bar:
                    bar.advance(_size(jobs[i]))
    finally:
        if bar:
            bar.close()
    return [o for o in outcomes if o is not None]


def _size(job: Job) -> int:
    if job.path is None:
        return len(job.text or "")
    try:
        return job.path.stat().st_size
    except OSError:
        return 1


def _bar(jobs: Sequence[Job], heavy: list[int]):
    """A progress line on standard error for the files that need the pipeline."""
    from linter.progress import Progress

    if not heavy:
        return None
    return Progress(sum(_size(jobs[i]) for i in heavy), len(heavy), sys.stderr)
