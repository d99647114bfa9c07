"""Run the checks over many files: check, fix or diff each one, in parallel when it pays.

A file in which no claim word occurs is done in a moment (:func:`linter.api.analyse` returns
after one scan), so only the files with candidates are spread over processes, and only when
there are many of them; the outcomes come back in the order the files were given, whatever
the parallelism. Files linted here one after another share a big file's segments with forked
workers instead (:func:`spread_over`).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from linter.claims import scan_bytes
from linter.collector import paused
from linter.config import Config
from linter.decode import DecodeError, check_text
from linter.finding import Finding
from linter.prescan import might_name
from linter.reading import NotRegularFile, read_bytes

if TYPE_CHECKING:
    from linter.api import SegmentOutput, Spread
    from linter.segment import Segment

PARALLEL_THRESHOLD = 64  # files with candidates before the work is spread over processes
# Or this many bytes in all: a few huge files (a 50 MB dump beside ordinary docs) keep one process
# busy for seconds while the others go through a second one, which costs a second to start.
PARALLEL_BYTES = 4_000_000
MAX_WORKERS = 8
# A tree of this many files (checked, not fixed) is scanned by every core at once (see
# :func:`_shared_scan`): the scan of a file without a claim word or a name is short, but
# thousands of them outlast forking a worker.
SHARE_FILES = 512

# No file shorter than this holds the claim words that make a spread pay (api.SPREAD_CLAIMS,
# each "open source" with at least a space around it).
SPREAD_BYTES = 20_000

T = TypeVar("T")


@dataclass(frozen=True)
class Job:
    name: str  # the path as reported
    config: Config
    mode: str = "check"  # check | fix | diff
    unsafe: bool = False
    # None: ``text`` came from standard input. A file named on the command line may be given by
    # its name (a string as Path would spell it): no Path is made for each of thousands.
    path: Path | str | None = None
    text: str | None = None
    named: bool = False  # named on the command line: a pipe or a device is read too
    # Named, and a regular file when the command line was read: no second look before reading.
    regular: bool = False


@dataclass
class Outcome:
    path: str
    text: str = ""  # the text the findings point into (after fixing, with --fix)
    findings: list[Finding] = field(default_factory=list)
    unused: list[Finding] = field(default_factory=list)  # OW900, when that rule is enabled
    notices: list[str] = field(default_factory=list)
    skipped: bool = False  # not checked (unreadable, not text): the run exits 2
    error: str = ""  # a failure that makes the run exit 2 (a file that could not be written)
    crash: str = ""  # an internal error while linting this file (exit 3); the others go on
    trace: str = ""  # its traceback, shown with --verbose
    fixed: int = 0  # fixes applied (--fix) or that would be (--diff)
    diff: str = ""


class Terminated(BaseException):
    """SIGTERM: unwind like Ctrl-C (temporary files removed, workers stopped), then exit 143."""


def run_job(job: Job, spread: Spread | None = None) -> Outcome:
    """Check, fix or diff one file; a bug met in one file is reported and the run goes on.
    ``spread``: how a file with many claims has its segments done by several processes."""
    try:
        # Its readers, segments, spaCy docs and findings make next to no garbage in cycles (a
        # few thousand objects over a 50 MB file), while the full collections their numbers set
        # off took a tenth of the time of a file with many claims.
        with paused():
            return _run_job(job, spread)
    except Exception as exc:
        import traceback

        outcome = Outcome(job.name, crash=f"{type(exc).__name__}: {exc}"[:300], trace=traceback.format_exc())
        return outcome


def _run_jobs(jobs: list[Job]) -> list[Outcome]:
    return [run_job(job) for job in jobs]


def _run_job(job: Job, spread: Spread | None = None) -> Outcome:
    from linter.decode import Decoded, DecodeError, decode, encode
    from linter.reading import read_bytes

    outcome = Outcome(job.name)
    if job.path is not None and _suffix(job.path) == ".docx":
        return _docx_job(job, outcome)
    if job.path is not None:
        try:
            decoded = decode(read_bytes(job.path, special=job.named))
        except OSError as exc:
            _unread(outcome, exc)
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

        result = analyse(text, path=job.name, config=job.config, every_claim=False, spread=spread)
    else:
        from linter.apply_fixes import fix_text, unified_diff, write_atomic

        fixed = fix_text(text, path=job.name, config=job.config, unsafe=job.unsafe, spread=spread)
        outcome.fixed = fixed.applied
        if job.mode == "diff":
            result = fixed.original
            outcome.diff = unified_diff(job.name, text, fixed.text)
        else:
            result = fixed.result
            if fixed.text != text and job.path is not None:
                try:
                    write_atomic(Path(job.path), encode(fixed.text, decoded))
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

    result = lint_file(Path(job.path), job.config, special=job.named)
    outcome.text, outcome.skipped = result.text, result.skipped
    # A fix cannot be applied to Word's XML: show it as a suggestion only.
    outcome.findings = [
        replace(f, fix=replace(f.fix, applicability="display")) if f.fix else f for f in result.findings
    ]
    outcome.notices.extend(result.notices)
    if job.mode != "check" and not result.skipped:
        outcome.notices.append("--fix and --diff do not change .docx files; findings only")
    return outcome


def _unread(outcome: Outcome, exc: OSError) -> None:
    """A file that could not be read is not checked (exit 2); a pipe or a device found in a
    folder is no document, only noted."""
    from linter.reading import NotRegularFile, reason

    outcome.notices.append(reason(exc))
    outcome.skipped = not isinstance(exc, NotRegularFile)


def _light_outcome(job: Job) -> Outcome | None:
    """The outcome of a file that holds no suppression comment and no claim word or no model
    name (only a notice if it is not text), or None when the file needs the whole pipeline."""
    if job.path is None or job.mode != "check" or _suffix(job.path) == ".docx":
        return None
    if job.named and not job.regular and not _regular(job.path):
        return None  # a pipe can be read once: leave it to run_job
    outcome = Outcome(job.name)
    try:
        # A file seen regular is read as one: what is no longer one is left unread to run_job.
        data = read_bytes(job.path, special=job.named and not job.regular)
        claim, suppression = scan_bytes(data)
        if (claim and might_name(data, job.config, job.name)) or suppression:
            return None
        check_text(data)
    except OSError as exc:
        if job.regular and isinstance(exc, NotRegularFile):
            return None
        _unread(outcome, exc)
    except DecodeError as exc:
        outcome.notices.append(str(exc))
        outcome.skipped = True
    return outcome


def _suffix(path: Path | str) -> str:
    """``Path(path).suffix.lower()``, without making the Path of a name."""
    if not isinstance(path, str):
        return path.suffix.lower()
    name = path.rpartition("/")[2]
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def _regular(path: Path | str) -> bool:
    """``path.is_file()`` in one system call and no Path machinery (once per file named on the
    command line: thousands in a pre-commit run); a path that cannot be looked at is left to
    the reading, which says why."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


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
    cores = workers or min(os.cpu_count() or 1, MAX_WORKERS)
    # Files without a claim word are done first: one read, one scan, no decoding.
    if cores > 1 and len(jobs) >= SHARE_FILES and jobs[0].mode == "check" and _forks():
        heavy = _shared_scan(jobs, outcomes, cores, threshold)
    else:
        scan = _Scan(jobs, 0)
        scan.run([range(len(jobs))])
        heavy = scan.left
        _fill(outcomes, jobs, scan.outcomes, heavy)
    if workers is None:
        many = len(heavy) > threshold or (
            len(heavy) > 1 and sum(_size(jobs[i]) for i in heavy) > PARALLEL_BYTES
        )
        workers = cores if many else 1
    workers = min(workers, len(heavy)) if heavy else 1
    # Files linted one after another here while other cores idle: a file with many claims has
    # its segments shared with them.
    # (Only for a file long enough to hold the claims a spread needs: a small one's run does not
    # even import multiprocessing.)
    big = any(_size(jobs[i]) >= SPREAD_BYTES for i in heavy)
    segment_spread = spread_over(cores) if workers == 1 and big else None
    if progress is None:
        progress = sys.stderr.isatty() and len(heavy) > threshold
    bar = _bar(jobs, heavy) if progress else None
    try:
        if workers > 1:
            from concurrent.futures import ProcessPoolExecutor, as_completed
            from concurrent.futures.process import BrokenProcessPool

            _preload(jobs[heavy[0]].config)
            try:
                pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_start)
            except OSError:
                pool = None  # no processes to be had here (a sandbox): go on in this one
            try:
                if pool is not None:
                    chunk = max(1, min(16, len(heavy) // (workers * 4)))
                    # The workers are forked while the jobs are submitted: a Ctrl-C that lands
                    # in a fork would run this process's handlers in the child. Hold the signals
                    # until every worker is started (each takes its own handlers, then unblocks).
                    # Chunks submitted by hand, not pool.map: map cancels its futures when
                    # interrupted, which races the pool's thread as the workers are stopped.
                    # The biggest files first: none is left to start last, after the rest.
                    order = sorted(heavy, key=lambda i: -_size(jobs[i]))
                    parts = [order[k : k + chunk] for k in range(0, len(order), chunk)]
                    with _signals_held():
                        futures = {pool.submit(_run_jobs, [jobs[i] for i in part]): part for part in parts}
                    # Collected as they finish: the bar moves with the work.
                    for future in as_completed(futures):
                        for i, outcome in zip(futures[future], future.result(), strict=True):
                            outcomes[i] = outcome
                            if bar:
                                bar.advance(_size(jobs[i]))
                    pool.shutdown()
            except (OSError, BrokenProcessPool):
                pass  # a worker was killed: finish in this process
            except BaseException:  # Ctrl-C, SIGTERM: the workers stop with the run
                _stop(pool)
                raise
        for i in heavy:
            if outcomes[i] is None:
                outcomes[i] = run_job(jobs[i], segment_spread)
                if bar:
                    bar.advance(_size(jobs[i]))
    finally:
        if bar:
            bar.close()
    return [o for o in outcomes if o is not None]


def spread_over(processes: int) -> Spread | None:
    """A ``spread`` for :func:`linter.api.analyse`: this process and ``processes - 1`` forked
    workers share a window's segments. None for one process, or where workers are not forked
    (they would load spaCy again and be sent every segment)."""
    if processes < 2 or not _forks():
        return None

    def spread(work: Callable[[Segment], SegmentOutput], items: list[Segment]) -> list[SegmentOutput]:
        return _spread(work, items, processes)

    return spread


def _spread(
    work: Callable[[Segment], SegmentOutput], items: list[Segment], processes: int
) -> list[SegmentOutput]:
    """``[work(item) for item in items]``, the items cut into ``processes`` runs of about equal
    text."""
    global _INHERITED
    runs = _even_runs([len(item.text) for item in items], processes)
    if len(runs) < 2:
        return [work(item) for item in items]
    _INHERITED = (work, items, runs)
    try:
        return [done for part in _in_forks(_spread_run, len(runs)) for done in part]
    finally:
        _INHERITED = None


def _spread_run(k: int) -> list[SegmentOutput]:
    work, items, runs = _INHERITED
    lo, hi = runs[k]
    return [work(item) for item in items[lo:hi]]


def _forks() -> bool:
    """Whether workers start as forks of this process, inheriting what it holds."""
    import multiprocessing

    return multiprocessing.get_start_method() == "fork"


# What the task of a forked worker reads: set before the workers are forked, so they inherit it
# instead of being sent it (a window's segments, spaCy with them; a tree's jobs).
_INHERITED: Any = None


def _in_forks(task: Callable[[int], T], parts: int) -> list[T]:
    """``[task(k) for k in range(parts)]``: task(0) here while forked workers do the others. A
    worker that dies, or one that cannot be started, has its part done here; an exception in
    ``task`` is raised as it would be here. ``task`` is a module's function, reading what it
    needs from ``_INHERITED``."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = None
    try:
        futures: list = []
        try:
            pool = ProcessPoolExecutor(max_workers=parts - 1, initializer=_worker_start)
            with _signals_held():  # as in run(): no Ctrl-C handled inside a fork
                futures = [pool.submit(task, k) for k in range(1, parts)]
        except OSError:
            pass  # no processes to be had here: what was not handed out is done in this one
        done = [task(0)]
        for k in range(1, parts):
            try:
                done.append(futures[k - 1].result() if k <= len(futures) else task(k))
            except (OSError, BrokenProcessPool):
                done.append(task(k))
        if pool is not None:
            pool.shutdown()
        return done
    except BaseException:  # Ctrl-C, SIGTERM, a bug: the workers stop with it
        _stop(pool)
        raise


def _even_runs(sizes: list[int], parts: int) -> list[tuple[int, int]]:
    """``parts`` runs of consecutive indexes into ``sizes`` (fewer when there are fewer items),
    each about an equal share of their sum."""
    total, runs, lo, acc = sum(sizes) or 1, [], 0, 0
    for i, size in enumerate(sizes):
        acc += size
        if acc * parts >= total * (len(runs) + 1) and len(runs) < parts - 1:
            runs.append((lo, i + 1))
            lo = i + 1
    if lo < len(sizes):
        runs.append((lo, len(sizes)))
    return runs


class _Scan:
    """Files read one by one: the outcomes of those that need no pipeline and have something to
    say (a notice, a skip; any other's is ``Outcome(job.name)``), and of the first ``limit`` of
    the others, linted here while they are small; the rest are ``left`` to the run's workers,
    which share spaCy loaded once."""

    def __init__(self, jobs: Sequence[Job], limit: int) -> None:
        self.jobs, self.limit = jobs, limit
        self.outcomes: dict[int, Outcome] = {}
        self.left: list[int] = []
        self.linted = self.size = 0

    def run(self, chunks: Iterable[range], found: Any = None, elsewhere: Any = None) -> None:
        """Read the files of ``chunks``. One that needs the pipeline is linted here, or put in
        ``found`` (a queue to the process that lints them); ``elsewhere``: the queue of those the
        other processes found, linted here between chunks."""
        with paused():  # an outcome per file, kept: no garbage in cycles, only collections to run
            for chunk in chunks:
                for i in chunk:
                    light = _light_outcome(self.jobs[i])
                    if light is None and found is not None:
                        found.put(i)
                    elif light is None:
                        self.lint(i)
                    elif light.notices or light.skipped:
                        self.outcomes[i] = light
                while elsewhere is not None and not elsewhere.empty():
                    self.lint(elsewhere.get())

    def lint(self, i: int) -> None:
        size = _size(self.jobs[i])
        if self.linted < self.limit and self.size + size <= PARALLEL_BYTES // 4:
            self.linted += 1
            self.size += size
            with paused():
                self.outcomes[i] = run_job(self.jobs[i])
        else:
            self.left.append(i)


SHARE_CHUNK = 32  # files a process of a shared scan takes at a time


def _shared_scan(
    jobs: Sequence[Job], outcomes: list[Outcome | None], processes: int, threshold: int
) -> list[int]:
    """A :class:`_Scan` by ``processes`` processes at once, each taking the next few files when
    it is done with its last, the others handing this one the files that need the pipeline (so
    the readers and spaCy load in one process only, and a slow file holds no one up). The
    outcomes go into ``outcomes``; the indexes of the files left to lint are returned."""
    import multiprocessing

    global _INHERITED
    context = multiprocessing.get_context("fork")
    taken = context.Value("q", 0)  # where the next chunk starts, shared
    found = context.SimpleQueue()
    # A docs tree's handful of files with candidates is linted here; a tree of many goes to
    # the workers, forked after spaCy is loaded, without waiting for this process to lint more.
    here = _Scan(jobs, threshold // 4)
    _INHERITED = (jobs, taken, found, here)
    try:
        parts = _in_forks(_scan_part, processes)
    finally:
        _INHERITED = None
    while not found.empty():  # found after this process's last chunk
        here.lint(found.get())
    # A worker that died took chunks nobody read: read them here.
    read = {start for _, starts in parts for start in starts}
    missed = [
        range(a, min(a + SHARE_CHUNK, len(jobs))) for a in range(0, len(jobs), SHARE_CHUNK) if a not in read
    ]
    here.run(missed)
    for done, _ in parts:
        for i, outcome in done.items():
            here.outcomes.setdefault(i, outcome)
    _fill(outcomes, jobs, here.outcomes, here.left)
    return sorted(here.left)


def _scan_part(k: int) -> tuple[dict[int, Outcome], list[int]]:
    """Part ``k`` of a shared scan: its outcomes and the chunks it read."""
    jobs, taken, found, here = _INHERITED
    starts: list[int] = []

    def chunks() -> Iterator[range]:
        while True:
            with taken.get_lock():
                start = taken.value
                taken.value = start + SHARE_CHUNK
            if start >= len(jobs):
                return
            starts.append(start)
            yield range(start, min(start + SHARE_CHUNK, len(jobs)))

    if k == 0:  # this process: it lints
        here.run(chunks(), elsewhere=found)
        return {}, starts  # its outcomes stay in ``here``
    scan = _Scan(jobs, 0)
    scan.run(chunks(), found=found)
    return scan.outcomes, starts


def _fill(
    outcomes: list[Outcome | None], jobs: Sequence[Job], done: dict[int, Outcome], heavy: list[int]
) -> None:
    """``outcomes`` from a scan's: its outcomes, no outcome yet for the files left to lint, and
    for every other file one that says nothing."""
    left = set(heavy)
    for i, job in enumerate(jobs):
        outcome = done.get(i)
        outcomes[i] = outcome if outcome is not None or i in left else Outcome(job.name)


_STOP_SIGNALS = ("SIGINT", "SIGTERM")


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    import signal

    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = {getattr(signal, name) for name in _STOP_SIGNALS}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _preload(config: Config) -> None:
    """Load spaCy and build the pipeline here, before the workers are forked: each inherits them
    instead of loading its own, about a second of CPU per worker. Where workers are not forked
    (another start method), or the vocabulary is broken (the files that need it say so), nothing
    is loaded here."""
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        return
    try:
        vocab = config.vocabulary()
    except Exception:  # said, as it is without workers, by each file that needs the vocabulary
        return
    from linter.pipeline import build_pipeline

    build_pipeline(vocab)


def _worker_start() -> None:
    """A worker dies with its parent: Ctrl-C is the parent's to handle (no traceback from every
    worker); SIGTERM, or a parent gone without a word (SIGKILL), ends it at once, leaving no
    temporary file of a half-written fix behind."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda signum, frame: _worker_exit(128 + signum))
    parent = os.getppid()
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="openwash-parent").start()
    if hasattr(signal, "pthread_sigmask"):  # held by the parent while it forked this worker
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {getattr(signal, name) for name in _STOP_SIGNALS})


def _watch_parent(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    _worker_exit(1)


def _worker_exit(status: int) -> None:
    # Not imported here: the signal may land while the module is being imported (then no fix
    # is being written).
    fixes = sys.modules.get("linter.apply_fixes")
    discard = getattr(fixes, "discard_temporary", None)
    if discard is not None:
        discard()
    os._exit(status)


def _stop(pool) -> None:
    """Stop every worker now (the pool has no public way to), without waiting for their work."""
    if pool is None:
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=False)
    # Let the pool's thread see its workers gone and close its wake-up pipe now: at exit Python
    # wakes that thread through the pipe, and a close racing the wake-up (CPython 3.11) prints
    # "Exception ignored ... Bad file descriptor" after "openwash: terminated".
    thread = getattr(pool, "_executor_manager_thread", None)
    if thread is not None:
        thread.join(timeout=5)


def _size(job: Job) -> int:
    if job.path is None:
        return len(job.text or "")
    try:
        return os.stat(job.path).st_size
    except OSError:
        return 1


def _bar(jobs: Sequence[Job], heavy: list[int]):
    """A progress line on standard error for the files that need the pipeline."""
    from linter.progress import Progress

    if not heavy:
        return None
    return Progress(sum(_size(jobs[i]) for i in heavy), len(heavy), sys.stderr)
