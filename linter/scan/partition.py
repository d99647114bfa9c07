"""One partition on one worker: read its records, judge each with :func:`linter.api.analyse`, write
the findings as one Parquet file.

The file appears atomically (written under a temporary name, then renamed), so a partition is
either done or not: a rerun skips the done ones, and a task retried after its worker died rewrites
the same rows under the same name instead of adding them twice. The partition's counts (records,
bad records with reasons, claims judged) travel in the file's metadata, so the summary is rebuilt
from the files alone.
"""

from __future__ import annotations

import json
import os
import re
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from linter.api import LintResult, analyse, lint_file
from linter.config import Config
from linter.positions import LineIndex
from linter.scan.records import BadRecord, Fields, Partition, Record, read_partition

METADATA_KEY = b"openwash"
BAD_EXAMPLES = 5  # per partition: enough to show what went wrong without storing every case


@dataclass(frozen=True)
class Settings:
    """What decides the judgement: the same on every worker."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    vocab_files: tuple[str, ...] = ()

    def config(self) -> Config:
        return Config(
            select=self.select, ignore=self.ignore, vocab_files=tuple(Path(f) for f in self.vocab_files)
        )


_loads = 0  # how many times this process loaded the vocabulary and pipeline (once per settings)


@lru_cache(maxsize=4)
def prepared(settings: Settings) -> Config:
    """The configuration with its vocabulary and spaCy pipeline loaded: once per worker process."""
    global _loads
    from linter.pipeline import build_pipeline

    config = settings.config()
    build_pipeline(config.vocabulary())
    _loads += 1
    return config


def loads() -> int:
    return _loads


def part_name(number: int) -> str:
    return f"part-{number:06d}.parquet"


def run_partition(
    partition: Partition, fields: Fields, settings: Settings, out: str, payload: list[Any] | None = None
) -> dict[str, Any]:
    """Judge one partition and write ``out/findings/part-N.parquet``; return its counts.
    ``payload``: the records of a streamed input, read by the machine that started the scan."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    started = time.perf_counter()
    config = prepared(settings)
    vocab = config.vocabulary()
    rows: dict[str, list[Any]] = {name: [] for name in SCHEMA_FIELDS}
    stats = _Stats()
    for item in read_partition(partition, fields, payload):
        if isinstance(item, BadRecord):
            stats.bad_record(item)
            continue
        try:
            result = _judge(partition, item, fields, config)
        except Exception as exc:  # one record's failure is counted, never the end of the run
            result = BadRecord(item.input, item.number, f"internal error: {type(exc).__name__}: {exc}")
        if isinstance(result, BadRecord):
            stats.bad_record(result)
            continue
        claims = sum(1 for a in result.attachments if _judged(a, vocab))
        wrong = len({f.start for f in result.findings})
        _add_rows(rows, item, result)
        stats.record(item, claims, wrong)
    table = pa.Table.from_pydict(rows, schema=schema())
    counts = stats.as_dict(partition, time.perf_counter() - started)
    table = table.replace_schema_metadata({METADATA_KEY: json.dumps(counts).encode()})
    folder = Path(out) / "findings"
    folder.mkdir(parents=True, exist_ok=True)
    # A unique temporary name: two attempts at one partition (a worker presumed dead that was
    # not) never write into the same file; the rename makes whichever finishes last the one.
    temporary = folder / f".tmp-{partition.number:06d}-{uuid.uuid4().hex}.parquet"
    try:
        pq.write_table(table, temporary)
        os.replace(temporary, folder / part_name(partition.number))
    finally:
        temporary.unlink(missing_ok=True)
    return counts


def _judge(partition: Partition, item: Record, fields: Fields, config: Config) -> LintResult | BadRecord:
    if partition.source.kind != "docs":
        return analyse(item.text, path=f"record{item.suffix}", config=config, every_claim=False)
    # A documentation file is read and judged exactly as ``check`` reads and judges it.
    path = Path(partition.source.path) / item.id
    try:
        size = path.stat().st_size
    except OSError as exc:
        return BadRecord(item.input, item.number, f"cannot read: {exc.strerror or exc} ({item.id})")
    if size > fields.max_bytes:
        return BadRecord(item.input, item.number, f"too large: {size / 1e6:.1f} MB ({item.id})")
    result = lint_file(path, config=config)
    if result.skipped:
        reason = result.notices[0].removeprefix("skipped: ") if result.notices else "not text"
        return BadRecord(item.input, item.number, f"{reason} ({item.id})")
    item.text = result.text
    return result


def _judged(attachment: Any, vocab: Any) -> bool:
    """A claim that is about at least one model whose status the vocabulary knows."""
    if attachment.skipped or not attachment.mentions:
        return False
    return any(vocab.entries[m.entry_id].status for m in attachment.mentions if m.entry_id in vocab.entries)


def _add_rows(rows: dict[str, list[Any]], record: Record, result: Any) -> None:
    if not result.findings:
        return
    import datetime

    index = LineIndex(result.text)
    date = datetime.date.fromisoformat(record.date) if record.date else None
    for f in result.findings:
        line, column = index.line_col(f.start)
        end_line, end_column = index.line_col(f.end)
        values = {
            "record_id": record.id,
            "url": record.url,
            "date": date,
            "source": record.source,
            "input": record.input,
            "record": record.number,
            "line": line,
            "column": column,
            "end_line": end_line,
            "end_column": end_column,
            "code": f.code,
            "rule": f.rule,
            "severity": f.severity,
            "claim": f.claim,
            "sentence": sentence_around(result.prose or result.text, f.start, f.end),
            "model_id": f.model.id,
            "model_name": f.model.name,
            "model_text": f.model.text,
            "status": f.model.status,
            "license": f.license,
            "suggestion": f.suggestion,
            "message": f.message,
        }
        for name, value in values.items():
            rows[name].append(value)


_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s|\n\s*\n")
_CONTEXT = 300  # characters kept on each side of a claim at most


def sentence_around(prose: str, start: int, end: int) -> str:
    """The sentence holding ``start:end``, from the prose (markup already blanked), on one line."""
    left = max(0, start - _CONTEXT)
    before = prose[left:start]
    ends = list(_SENTENCE_END.finditer(before))
    begin = left + ends[-1].end() if ends else left
    after = _SENTENCE_END.search(prose, end, min(len(prose), end + _CONTEXT))
    stop = after.start() + 1 if after else min(len(prose), end + _CONTEXT)
    text = " ".join(prose[begin:stop].split())
    prefix = "…" if not ends and left > 0 else ""
    suffix = "…" if after is None and stop < len(prose) else ""
    return prefix + text + suffix


class _Stats:
    def __init__(self) -> None:
        self.records = 0
        self.claims = 0
        self.wrong = 0
        self.dates_unread = 0
        self.bad: Counter[str] = Counter()
        self.bad_examples: list[list[Any]] = []
        self.months: dict[str, list[int]] = {}
        self.sources: dict[str, list[int]] = {}

    def bad_record(self, bad: BadRecord) -> None:
        self.bad[reason_kind(bad.reason)] += 1
        if len(self.bad_examples) < BAD_EXAMPLES:
            self.bad_examples.append([bad.input, bad.number, bad.reason])

    def record(self, record: Record, claims: int, wrong: int) -> None:
        self.records += 1
        self.claims += claims
        self.wrong += wrong
        self.dates_unread += record.date_unread
        for key, table in ((record.date[:7], self.months), (record.source, self.sources)):
            if key:
                counts = table.setdefault(key, [0, 0, 0])
                counts[0] += 1
                counts[1] += claims
                counts[2] += wrong

    def as_dict(self, partition: Partition, seconds: float) -> dict[str, Any]:
        return {
            "partition": partition.number,
            "input": partition.source.path,
            "first": partition.first,
            "count": partition.count,
            "records": self.records,
            "claims": self.claims,
            "wrong": self.wrong,
            "bad": dict(self.bad),
            "bad_examples": self.bad_examples,
            "dates_unread": self.dates_unread,
            "months": self.months,
            "sources": self.sources,
            "pid": os.getpid(),
            "loads": _loads,
            "seconds": round(seconds, 3),
        }


def reason_kind(reason: str) -> str:
    """The kind of a reason, without its detail: "invalid UTF-8 (byte 7)" -> "invalid UTF-8"."""
    return reason.split(" (")[0].split(":")[0]


SCHEMA_FIELDS = (
    "record_id", "url", "date", "source", "input", "record", "line", "column", "end_line", "end_column",
    "code", "rule", "severity", "claim", "sentence", "model_id", "model_name", "model_text", "status",
    "license", "suggestion", "message",
)  # fmt: skip


@lru_cache(maxsize=1)
def schema() -> Any:
    """The Arrow schema of a findings file (built on first use: importing this loads no pyarrow)."""
    import pyarrow as pa

    types = {"date": pa.date32(), "record": pa.int64()}
    types.update({name: pa.int32() for name in ("line", "column", "end_line", "end_column")})
    return pa.schema([(name, types.get(name, pa.string())) for name in SCHEMA_FIELDS])
