#!/usr/bin/env python3
"""Throughput of `openwash scan` on Dask, against a plain loop over linter.api.

Builds an archive from ../shared/corpus (a generated one when it is absent; its stress/ folder of
crafted worst cases left out): every file cut into
article-sized records at blank lines (at most ~3,000 characters unless one paragraph is longer),
repeated until there are --records of them (default 100,000), written as gzipped JSON Lines and
Parquet shards with the real repository as source, the file's GitHub URL and the snapshot's date.
Then prints records per second for:

  1. a plain loop: the same readers, linter.api.analyse on every record, nothing written;
  2. `scan` on a local Dask cluster of 1 worker process, then of 2 (cluster already started and
     warm, as a long archive job would see it; the start-up time is printed apart),

the overhead Dask and the Parquet output add to the plain loop (target <= 15%) and the scaling
from 1 to 2 workers (target >= 1.7x). The load average is printed with the figures: on a shared
machine they say as much about the neighbours as about openwash.

Run by hand: `python benchmarks/scan.py [--records N] [--report FILE]`. Not a test.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

from linter.scan.records import Fields, Partition, Source, read_partition  # noqa: E402

SUFFIX_FORMAT = {".md": "markdown", ".mdx": "mdx", ".rst": "rst", ".html": "html", ".txt": "text"}
SHARDS = 8  # half JSON Lines (gzipped), half Parquet
MANIFEST_ROW = re.compile(
    r"^\| `(?P<name>[^`]+?)/?` \| \[(?P<repo>[^\]]+)\]\(https://github\.com/[^)]+\) \| "
    r"`(?P<commit>[0-9a-f]{40})` \((?P<date>\d{4}-\d{2}-\d{2})\)"
)


def corpus_articles(corpus: Path) -> list[dict]:
    """Each corpus file cut at blank lines into records of up to ~3,000 characters."""
    snapshots = {}
    manifest = corpus / "MANIFEST.md"
    if manifest.is_file():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if match := MANIFEST_ROW.match(line):
                snapshots[match["name"]] = match
    articles = []
    for path in sorted(p for p in corpus.rglob("*") if p.is_file() and p.name != "MANIFEST.md"):
        relative = path.relative_to(corpus)
        if relative.parts[0] == "stress":
            continue  # crafted worst cases (50 MB lines, binary), not documentation
        # Grouped corpora hold one folder per repository (owner__repo/).
        grouped = len(relative.parts) > 2 and relative.parts[1] in snapshots
        key = relative.parts[1] if grouped else relative.parts[0]
        snapshot = snapshots.get(key)
        inner = Path(*relative.parts[2 if grouped else 1 :])
        url = f"https://github.com/{snapshot['repo']}/blob/{snapshot['commit']}/{inner}" if snapshot else ""
        text = path.read_text(encoding="utf-8", errors="replace")
        chunk = ""
        pieces = []
        for paragraph in re.split(r"\n[ \t]*\n", text):
            if chunk and len(chunk) + len(paragraph) > 3000:
                pieces.append(chunk)
                chunk = ""
            chunk += paragraph + "\n\n"
        if chunk.strip():
            pieces.append(chunk)
        for n, piece in enumerate(pieces):
            articles.append(
                {
                    "id": f"{relative}#{n + 1}",
                    "text": piece,
                    "format": SUFFIX_FORMAT.get(path.suffix.lower(), "markdown"),
                    "source": snapshot["repo"] if snapshot else key,
                    "url": url,
                    "date": snapshot["date"] if snapshot else "",
                }
            )
    return articles


def generated_articles() -> list[dict]:
    """Without ../shared/corpus: short documentation-like records, some with claims."""
    sentences = [
        "Configure the cache before the first request.",
        "We serve Mistral 7B, an open-source model, behind the gateway.",
        "OLMo is open source: weights, code and data.",
        "The open-source library vLLM serves Llama 2 quickly.",
        "Llama 3 is an open-source model from Meta.",
        "Set the timeout in seconds.",
    ]
    return [
        {
            "id": f"generated-{i}",
            "text": "\n\n".join(sentences[(i + k) % len(sentences)] for k in range(6)),
            "format": "markdown",
            "source": f"site-{i % 7}",
            "url": "",
            "date": f"2025-{1 + i % 12:02d}-01",
        }
        for i in range(5_000)
    ]


def build_archive(folder: Path, records: int, corpus: Path) -> list[Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    done = folder / "done.json"
    if done.is_file() and json.loads(done.read_text()) == {"records": records}:
        return sorted(p for p in folder.iterdir() if p.name.startswith("shard-"))
    articles = corpus_articles(corpus) if corpus.is_dir() else generated_articles()
    rows = []
    copy = 0
    while len(rows) < records:
        copy += 1
        for article in articles[: records - len(rows)]:
            rows.append({**article, "id": f"{article['id']}@{copy}"})
    paths = []
    per_shard = -(-len(rows) // SHARDS)
    for shard in range(SHARDS):
        part = rows[shard * per_shard : (shard + 1) * per_shard]
        if shard % 2 == 0:
            path = folder / f"shard-{shard}.jsonl.gz"
            with gzip.open(path, "wt", encoding="utf-8", compresslevel=3) as out:
                for row in part:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            path = folder / f"shard-{shard}.parquet"
            pq.write_table(pa.Table.from_pylist(part), path, row_group_size=2_000)
        paths.append(path)
    done.write_text(json.dumps({"records": records}))
    print(f"archive: {len(rows):,} records ({copy} passes over {len(articles):,} articles) in {folder}")
    return paths


FIELDS = Fields(id="id", url="url", date="date", source="source", format="format")


def plain_loop(paths: list[Path]) -> tuple[int, int, float, float]:
    """The same readers and linter.api.analyse in one process, in a loop; nothing written."""
    from linter.api import analyse
    from linter.config import Config
    from linter.pipeline import build_pipeline
    from linter.scan.records import Record, plan_source

    config = Config()
    build_pipeline(config.vocabulary())  # loaded before the clock starts, as the workers do
    records = findings = 0
    started = time.perf_counter()
    cpu = time.process_time()
    for path in paths:
        source: Source = plan_source(path, FIELDS)
        for item in read_partition(Partition(0, source, 0, source.records), FIELDS):
            if isinstance(item, Record):
                findings += len(analyse(item.text, path=f"record{item.suffix}", config=config).findings)
                records += 1
    return records, findings, time.perf_counter() - started, time.process_time() - cpu


def _cpu_seconds() -> float:
    """User + system CPU time of this worker process so far."""
    import psutil

    times = psutil.Process().cpu_times()
    return times.user + times.system


def dask_scan(paths: list[Path], out: Path, workers: int) -> tuple[dict, float, float, float, float]:
    from distributed import Client

    from linter.scan.engine import PrepareWorker, ScanOptions, _register, local_cluster, scan
    from linter.scan.partition import Settings

    shutil.rmtree(out, ignore_errors=True)  # a scan left from an earlier run would be resumed
    started = time.perf_counter()
    with local_cluster(workers) as cluster, Client(cluster) as client:  # as `openwash scan` starts it
        _register(client, PrepareWorker(Settings()))  # each worker loads vocabulary and pipeline
        warm = time.perf_counter() - started
        options = ScanOptions(inputs=paths, out=out, fields=FIELDS)
        cpu = sum(client.run(_cpu_seconds).values())
        driver = time.process_time()  # the scheduler, and reading the gzip shards for the tasks
        started = time.perf_counter()
        summary = scan(options, client=client, echo=lambda _: None)
        elapsed = time.perf_counter() - started
        cpu = sum(client.run(_cpu_seconds).values()) - cpu
        driver = time.process_time() - driver
    return summary, elapsed, warm, cpu, driver


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS, help="default: ../shared/corpus")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "openwash-scan-bench")
    parser.add_argument("--report", type=Path, help="also write the 2-worker scan's HTML report here")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    paths = build_archive(args.workdir, args.records, args.corpus)
    size = sum(p.stat().st_size for p in paths)
    print(f"archive: {args.records:,} records, {size / 1e6:.0f} MB on disk, {len(paths)} shards; "
          f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at start")  # fmt: skip

    records, findings, plain, plain_cpu = plain_loop(paths)
    print(f"plain loop over linter.api:  {plain:7.1f} s  {records / plain:8,.0f} records/s  "
          f"CPU {plain_cpu:6.1f} s  ({findings:,} findings; load {os.getloadavg()[0]:.1f})")  # fmt: skip
    timings = {}
    for workers in (1, 2):
        out = args.workdir / f"out-{workers}"
        summary, elapsed, warm, cpu, driver = dask_scan(paths, out, workers)
        timings[workers] = elapsed
        judged = summary["records"]["judged"]
        found = summary["findings"]["total"]
        assert judged == records and found == findings, f"scan: {judged} records, {found} findings"
        # CPU time in the workers over wall time: how many cores the scan really had.
        print(f"scan, {workers} worker{'s' if workers > 1 else ' '}:           {elapsed:7.1f} s  "
              f"{judged / elapsed:8,.0f} records/s  CPU {cpu:6.1f} s, {cpu / elapsed:.2f} cores busy, "
              f"driver CPU {driver:.1f} s  "
              f"(cluster start and warm-up {warm:.1f} s apart; load {os.getloadavg()[0]:.1f})")  # fmt: skip
    overhead = timings[1] / plain - 1
    scaling = timings[1] / timings[2]
    print(f"Dask overhead on 1 worker: {overhead:+.1%} (target <= 15%)")
    print(f"scaling 1 -> 2 workers:    {scaling:.2f}x (target >= 1.7x)")
    if args.report:
        from linter.scan.report import write_report

        write_report(args.workdir / "out-2", args.report)
        print(f"report: {args.report}")


if __name__ == "__main__":
    main()
