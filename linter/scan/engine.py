"""The scan on Dask: plan the partitions, send the ones not yet done to the workers, sum up.

By default a local cluster of one single-threaded worker process per core (spaCy and the
attachment rules are pure Python: threads would share one interpreter lock). With a scheduler
address, the workers are whatever joined that scheduler (``dask worker``, dask-kubernetes,
dask-jobqueue). A worker plugin loads the vocabulary and the pipeline when each worker starts, and
:func:`linter.scan.partition.prepared` keeps them for the life of the process.

Resuming needs no bookkeeping beyond the files: ``scan.json`` records what was asked (inputs,
fields, rules, partition size), and a partition is done when its Parquet file exists.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from linter.scan import summary as summaries
from linter.scan.partition import Settings, part_name, prepared, run_partition
from linter.scan.records import (
    Fields,
    InputError,
    Partition,
    input_signature,
    partitions,
    payloads,
    plan_source,
    streamed,
)

MANIFEST_VERSION = 1


class ScanError(Exception):
    """The scan cannot start or cannot go on; the message says why in one line."""


class ScanInterrupted(Exception):
    """Ctrl-C: the partitions written so far stay; the same command resumes."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(f"{done} of {total} partitions done")
        self.done = done
        self.total = total


@dataclass
class ScanOptions:
    inputs: list[Path]
    out: Path
    fields: Fields = field(default_factory=Fields)
    settings: Settings = field(default_factory=Settings)
    partition_size: int = 1000
    limit: int | None = None
    scheduler: str | None = None
    workers: int | None = None
    overwrite: bool = False
    progress: bool = False


class PrepareWorker(WorkerPlugin):
    """Load the vocabulary and the spaCy pipeline once, when a worker joins (or rejoins)."""

    name = "openwash-prepare"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        prepared(self.settings)
        # What the first partition would import (Arrow and its Parquet writer): imported now,
        # while the worker waits to join, not on the clock of the first task.
        import pyarrow.parquet  # noqa: F401


def scan(options: ScanOptions, *, client: Client | None = None, echo: Callable[[str], None] = print) -> dict:
    """Run (or resume) a scan; return the summary, also written to ``out/summary.json``."""
    started = time.time()
    # The vocabulary is loaded here too (a broken file is one error, not one per worker), in a
    # thread: its pure-Python parse runs while the inputs are counted (gzip lets go of the
    # interpreter lock) and while the cluster starts, instead of before either.
    checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="openwash-vocabulary")
    vocabulary = checker.submit(_check_vocabulary, options.settings)
    checker.shutdown(wait=False)
    plan, manifest = _plan(options)
    out = options.out
    _prepare_out(out, manifest, options.overwrite)
    folder = out / "findings"
    todo = [p for p in plan if not (folder / part_name(p.number)).exists()]
    records_total = sum(p.count for p in plan)
    if len(todo) < len(plan):
        echo(f"Resuming: {len(plan) - len(todo)} of {len(plan)} partitions already done.")

    cluster = None
    own_client = client is None
    workers = 0
    interrupted = False
    if todo:
        try:
            if vocabulary.done():
                vocabulary.result()  # a broken vocabulary found already: no cluster to start
            if client is None:
                client, cluster = _connect(options)
            vocabulary.result()  # before any work goes out: a broken vocabulary stops the scan here
            workers = len(client.scheduler_info().get("workers", {}))
            link = getattr(client, "dashboard_link", None) if _has_dashboard() else None
            if link:
                echo(f"Dask dashboard: {link}")
            _register(client, PrepareWorker(options.settings))
            _run(client, todo, options, records_total - sum(p.count for p in todo), records_total)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            if own_client and client is not None:
                client.close()
                if cluster is not None:
                    cluster.close()
    if interrupted:  # counted once the workers are gone: what a rerun will find done
        raise ScanInterrupted(len(list(folder.glob("part-*.parquet"))), len(plan))
    vocabulary_date = vocabulary.result()
    run = {
        "seconds": round(time.time() - started, 2),
        "partitions_this_run": len(todo),
        "workers": workers,
        "scheduler": options.scheduler or ("local" if todo else ""),
        "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    result = summaries.build(out, len(plan), manifest, vocabulary_date, run)
    summaries.write_json(out / "summary.json", result)
    return result


def _plan(options: ScanOptions) -> tuple[list[Partition], dict[str, Any]]:
    if not options.inputs:
        raise ScanError("no input given")
    # Counting the records of a gzipped input means decompressing all of it; zlib lets go of the
    # interpreter lock, so several inputs are counted at once (errors still in input order).
    with ThreadPoolExecutor(max_workers=min(4, len(options.inputs))) as pool:
        try:
            sources = list(pool.map(lambda path: plan_source(path, options.fields), options.inputs))
        except InputError as exc:
            raise ScanError(str(exc)) from None
    plan = partitions(sources, options.partition_size, options.limit)
    manifest = {
        "version": MANIFEST_VERSION,
        "inputs": [input_signature(s) for s in sources],
        "fields": asdict(options.fields),
        "settings": asdict(options.settings),
        "partition_size": options.partition_size,
        "limit": options.limit,
        "partitions": len(plan),
    }
    return plan, manifest


def _prepare_out(out: Path, manifest: dict[str, Any], overwrite: bool) -> None:
    path = out / "scan.json"
    folder = out / "findings"
    if path.exists():
        import json

        try:
            previous = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            previous = None
        if previous != json.loads(_dumps(manifest)):
            if not overwrite:
                raise ScanError(
                    f"{out} holds a scan of other inputs or options; "
                    "rerun with --overwrite to replace it, or choose another --out"
                )
            shutil.rmtree(folder, ignore_errors=True)
            (out / "summary.json").unlink(missing_ok=True)
    elif folder.exists() and any(folder.iterdir()):
        if not overwrite:
            raise ScanError(f"{folder} exists but {path} does not; use --overwrite or another --out")
        shutil.rmtree(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ScanError(f"cannot create {folder}: {exc.strerror or exc}") from None
    for stale in folder.glob(".tmp-*"):  # left by a worker killed while writing
        stale.unlink(missing_ok=True)
    summaries.write_json(path, manifest)


def _dumps(value: Any) -> str:
    import json

    return json.dumps(value)


def _check_vocabulary(settings: Settings) -> str:
    """Load the vocabulary here first: a broken file is one error, not one per worker.
    Returns the vocabulary's date (the latest date an entry was checked)."""
    from linter.vocab import VocabError

    try:
        vocab = settings.config().vocabulary()
    except VocabError as exc:
        raise ScanError("invalid vocabulary:\n" + "\n".join(exc.errors)) from None
    return max((e.checked for e in vocab.entries.values() if e.checked), default="")


def _connect(options: ScanOptions) -> tuple[Client, LocalCluster | None]:
    if options.scheduler:
        try:
            return Client(options.scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as exc:
            raise ScanError(f"cannot reach the Dask scheduler at {options.scheduler}: {exc}") from None
    cluster = local_cluster(options.workers or os.cpu_count() or 1)
    return Client(cluster), cluster


def local_cluster(workers: int) -> LocalCluster:
    """Worker processes on this machine, one thread each, on the loopback interface."""
    import logging

    import dask

    # Dask's statistical profiler samples every worker thread 100 times a second: for pure
    # Python work like this it takes the interpreter lock from the linter for nothing we show.
    with dask.config.set({"distributed.worker.profile.enabled": False}), _workers_ignore_ctrl_c():
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            # Any free port when the dashboard can be shown (bokeh installed); else no HTTP
            # server at all, which would only answer Dask's own routes.
            dashboard_address=":0" if _has_dashboard() else None,
            # The scan reports a failed partition itself; worker logs would only add noise, such
            # as a heartbeat that fails while Ctrl-C closes the cluster.
            silence_logs=logging.CRITICAL,
        )


@contextlib.contextmanager
def _workers_ignore_ctrl_c() -> Iterator[None]:
    """Ctrl-C in a terminal reaches every process of its group: the worker processes started
    here inherit an ignored SIGINT, so only this process stops, and it closes them in order."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _has_dashboard() -> bool:
    import importlib.util

    return importlib.util.find_spec("bokeh") is not None


def _register(client: Client, plugin: WorkerPlugin) -> None:
    if hasattr(client, "register_plugin"):
        client.register_plugin(plugin)
    else:  # distributed before 2023.9
        client.register_worker_plugin(plugin)


def _work(todo: list[Partition]) -> Iterator[tuple[Partition, list[Any] | None]]:
    """Each partition with the records a streamed input hands it (None: the worker reads them)."""
    by_source: dict[str, list[Partition]] = {}
    for partition in todo:
        by_source.setdefault(partition.source.path, []).append(partition)
    for parts in by_source.values():
        if streamed(parts[0].source):
            yield from payloads(parts[0].source, parts)
        else:
            yield from ((p, None) for p in parts)


def _run(client: Client, todo: list[Partition], options: ScanOptions, already: int, total: int) -> None:
    import click

    run_id = uuid.uuid4().hex[:8]
    work = _work(todo)
    # Tasks are submitted as others finish, a few per worker: records read here for a streamed
    # input wait in the queue only briefly, and memory stays flat however large the archive.
    in_flight = max(4, 3 * len(client.scheduler_info().get("workers", {})))
    submitted: list[Any] = []
    counts: dict[str, int] = {}

    def submit() -> Any | None:
        item = next(work, None)
        if item is None:
            return None
        partition, payload = item
        future = client.submit(
            run_partition,
            partition,
            options.fields,
            options.settings,
            str(options.out),
            payload,
            key=f"openwash-{run_id}-{partition.number}",
        )
        counts[future.key] = partition.count
        submitted.append(future)
        return future

    queue = as_completed([f for f in (submit() for _ in range(in_flight)) if f is not None])
    bar = (
        click.progressbar(length=total, label="Scanning", file=sys.stderr, show_pos=True)
        if options.progress
        else contextlib.nullcontext()
    )
    with bar as progress, _ctrl_c_as_flag() as stop:
        if progress is not None:
            progress.update(already)
        try:
            while not queue.is_empty():
                if stop.is_set():
                    raise KeyboardInterrupt
                if not queue.has_ready():
                    time.sleep(0.05)
                    continue
                for future in queue.next_batch(block=False):
                    if future.status in ("lost", "pending"):
                        # Its result died with a worker after it was reported done; the scheduler
                        # computes it again (the part file is written atomically, so once).
                        queue.add(future)
                        continue
                    if future.status != "finished":  # an error, or cancelled from elsewhere
                        why = future.status
                        if future.status == "error":
                            why = f"{type(future.exception()).__name__}: {future.exception()}"
                        client.cancel(submitted)
                        raise ScanError(f"a partition failed: {why}")
                    if progress is not None:
                        progress.update(counts[future.key])
                    future.release()
                    if (following := submit()) is not None:
                        queue.add(following)
        except KeyboardInterrupt:
            client.cancel(submitted)  # a worker busy with one finishes it or drops it: never half a file
            raise


@contextlib.contextmanager
def _ctrl_c_as_flag() -> Iterator[threading.Event]:
    """Ctrl-C sets a flag the loop checks, rather than raising wherever the program happens to be:
    a KeyboardInterrupt raised inside Dask's clean-up code (a future's __del__) would be swallowed
    and the scan would run on. A second Ctrl-C raises at once."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(signum: int, frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)
