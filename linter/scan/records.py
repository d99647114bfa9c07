"""Archive inputs: what they hold, how they split into partitions, and the records in each.

An input is a JSON Lines file (``.jsonl``, ``.ndjson``, optionally gzipped), a Parquet file, a CSV
file (optionally gzipped) or a directory of documentation files (one record per file). Planning
runs once, on the machine that starts the scan; reading a partition runs on a Dask worker, which
must see the same paths (a shared or copied file system, as for any Dask job).

A record that cannot be judged (no text field, invalid UTF-8 or JSON, larger than the limit) is a
:class:`BadRecord` with a reason; it never stops the run.
"""

from __future__ import annotations

import csv
import datetime
import email.utils
import gzip
import io
import json
import re
import sys
import zlib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import IO, Any

# The reader each --format (or format field value) selects: analyse() picks it by suffix.
FORMAT_SUFFIX = {
    "markdown": ".md",
    "md": ".md",
    "text": ".txt",
    "txt": ".txt",
    "plain": ".txt",
    "html": ".html",
    "htm": ".html",
    "rst": ".rst",
    "restructuredtext": ".rst",
    "mdx": ".mdx",
}

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
CSV_SUFFIXES = (".csv", ".csv.gz")


class InputError(Exception):
    """An input that cannot be scanned at all (missing, unknown kind, no text column)."""


@dataclass(frozen=True)
class Fields:
    """Which field of a record holds what; only ``text`` is required."""

    text: str = "text"
    id: str | None = None
    url: str | None = None
    date: str | None = None
    source: str | None = None
    format: str | None = None  # a per-record format (markdown, text, html, ...)
    default_format: str = "markdown"
    max_bytes: int = 2_000_000


@dataclass(frozen=True)
class Source:
    """One input file or directory, as planned."""

    path: str  # absolute
    kind: str  # jsonl | parquet | csv | docs
    records: int  # lines for JSON Lines, rows for Parquet and CSV, files for a directory
    size: int
    mtime: float
    files: tuple[str, ...] = ()  # docs: the files, relative to ``path``


@dataclass(frozen=True)
class Partition:
    """Records ``first`` to ``first + count`` of one source: one Dask task, one Parquet file."""

    number: int
    source: Source
    first: int
    count: int
    offset: int = 0  # uncompressed JSON Lines: byte offset of record ``first``
    files: tuple[str, ...] = ()  # a directory: this partition's files (not the whole list)


@dataclass
class Record:
    input: str
    number: int  # 1-based line, row or file number within its input
    id: str
    text: str
    suffix: str  # picks the reader, as a file's suffix does for ``check``
    url: str = ""
    date: str = ""  # YYYY-MM-DD, or "" when absent or not understood
    source: str = ""
    date_unread: bool = False  # a date was given but is not one openwash understands


@dataclass
class BadRecord:
    input: str
    number: int
    reason: str


# --- planning (on the machine that starts the scan) ----------------------------------------------


def kind_of(path: Path) -> str:
    if path.is_dir():
        return "docs"
    name = path.name.lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("parquet", PARQUET_SUFFIXES), ("csv", CSV_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    raise InputError(
        f"{path}: not an archive openwash reads (JSON Lines .jsonl/.jsonl.gz, Parquet, CSV or a directory)"
    )


def plan_source(path: Path, fields: Fields) -> Source:
    if not path.exists():
        raise InputError(f"no such file or directory: {path}")
    kind = kind_of(path)
    stat = path.stat()
    absolute = str(path.resolve())
    if kind == "docs":
        from linter.discovery import iter_files

        root = path.resolve()
        files = tuple(sorted(str(p.relative_to(root)) for p in iter_files([root], gitignore=True)))
        size = sum((root / f).stat().st_size for f in files)
        mtime = max([stat.st_mtime, *((root / f).stat().st_mtime for f in files)])
        return Source(absolute, kind, len(files), size, mtime, files)
    try:
        if kind == "jsonl":
            records = _count_lines(path)
        elif kind == "parquet":
            records = _parquet_rows(path, fields)
        else:
            records = _count_csv_rows(path, fields)
    except (OSError, EOFError, zlib.error) as exc:  # a missing, unreadable or corrupt file
        raise InputError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    except csv.Error as exc:
        raise InputError(f"{path}: not CSV openwash can read ({exc})") from None
    return Source(absolute, kind, records, stat.st_size, stat.st_mtime)


def partitions(sources: list[Source], size: int, limit: int | None = None) -> list[Partition]:
    """Split the sources into partitions of ``size`` records; ``limit`` keeps the first N records."""
    out: list[Partition] = []
    left = limit if limit is not None else sys.maxsize
    for source in sources:
        offsets = _line_offsets(source, size) if source.kind == "jsonl" and not streamed(source) else {}
        first = 0
        while first < source.records and left > 0:
            count = min(size, source.records - first, left)
            files = source.files[first : first + count]
            # Each task carries its own files, not the directory's whole list.
            bare = replace(source, files=())
            out.append(Partition(len(out), bare, first, count, offsets.get(first, 0), files))
            first += count
            left -= count
    return out


def streamed(source: Source) -> bool:
    """Inputs a worker cannot start reading in the middle of: a gzip stream (no random access)
    and CSV (a quoted field may hold newlines). The machine that starts the scan reads these once,
    from start to end, and hands each task its records; a worker reading its own slice would have
    to decompress or parse everything before it, which makes a big file quadratic."""
    return source.kind == "csv" or (source.kind == "jsonl" and source.path.endswith(".gz"))


def payloads(source: Source, wanted: list[Partition]) -> Iterator[tuple[Partition, list[Any]]]:
    """The raw records (JSON lines as bytes, CSV rows as dicts) of ``wanted``, partitions of one
    streamed source, read in one pass; the partitions in between (already done) are passed over."""
    wanted = sorted(wanted, key=lambda p: p.first)
    with _open_binary(source.path) as handle:
        if source.kind == "csv":
            csv.field_size_limit(sys.maxsize)
            items: Iterator[Any] = iter(_csv_reader(handle))
        else:
            items = iter(handle)
        position = 0
        for partition in wanted:
            deque(islice(items, partition.first - position), maxlen=0)  # skip, keeping nothing
            yield partition, list(islice(items, partition.count))
            position = partition.first + partition.count


def _open_binary(path: str) -> IO[bytes]:
    return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")


def _count_lines(path: Path) -> int:
    lines = 0
    last = b"\n"
    with _open_binary(str(path)) as handle:
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")  # a last line without a newline is a line


def _line_offsets(source: Source, size: int) -> dict[int, int]:
    """Byte offsets of every ``size``-th line, so a worker seeks instead of reading from the start.
    Lines are counted a chunk at a time; only the line that starts a partition is looked for."""
    offsets = {0: 0}
    line = 0  # lines ended before the current position
    position = 0
    with open(source.path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            start = 0
            while line + chunk.count(b"\n", start) >= (target := (line // size + 1) * size):
                for _ in range(target - line):  # the target - line newlines, in C each
                    start = chunk.index(b"\n", start) + 1
                line = target
                offsets[line] = position + start
            line += chunk.count(b"\n", start)
            position += len(chunk)
    return offsets


def _parquet_rows(path: Path, fields: Fields) -> int:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own error types for a file that is not Parquet
        raise InputError(f"{path}: not a Parquet file ({exc})") from None
    names = parquet.schema_arrow.names
    if fields.text not in names:
        raise InputError(f"{path}: no column '{fields.text}' (columns: {', '.join(names)}); see --text-field")
    return parquet.metadata.num_rows


def _csv_reader(handle: IO[bytes]) -> Iterator[dict[str, str]]:
    # surrogateescape keeps invalid UTF-8 as lone surrogates, so one bad row is found and skipped
    # instead of failing the whole file.
    text = io.TextIOWrapper(handle, encoding="utf-8", errors="surrogateescape", newline="")
    return csv.DictReader(text)


def _count_csv_rows(path: Path, fields: Fields) -> int:
    csv.field_size_limit(sys.maxsize)
    with _open_binary(str(path)) as handle:
        reader = _csv_reader(handle)
        names = reader.fieldnames or []  # type: ignore[attr-defined]
        if fields.text not in names:
            raise InputError(
                f"{path}: no column '{fields.text}' (columns: {', '.join(names)}); see --text-field"
            )
        return sum(1 for _ in reader)


# --- reading a partition (on a worker) -----------------------------------------------------------


def read_partition(
    partition: Partition, fields: Fields, payload: list[Any] | None = None
) -> Iterator[Record | BadRecord]:
    """The records of ``partition``: read from its file, or from ``payload`` for a streamed input."""
    source = partition.source
    if source.kind == "docs":
        yield from _read_docs(partition)
    elif source.kind == "parquet":
        yield from _read_parquet(partition, fields)
    elif payload is None and streamed(source):  # read here, in one pass over the file
        yield from read_partition(partition, fields, next(payloads(source, [partition]))[1])
    elif source.kind == "jsonl":
        if payload is not None:
            yield from _json_lines(partition, payload, fields)
        else:
            with open(source.path, "rb") as handle:
                handle.seek(partition.offset)
                lines = [handle.readline() for _ in range(partition.count)]
            yield from _json_lines(partition, lines, fields)
    else:
        yield from _csv_rows(partition, payload or [], fields)


def _json_lines(partition: Partition, lines: list[bytes], fields: Fields) -> Iterator[Record | BadRecord]:
    source = partition.source
    for number, line in enumerate(lines, start=partition.first + 1):
        if not line.strip():
            continue  # a blank line is no record
        if len(line) > fields.max_bytes:
            yield BadRecord(source.path, number, _too_large(len(line), fields))
            continue
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield BadRecord(source.path, number, f"invalid UTF-8 (byte {exc.start})")
            continue
        try:
            value = json.loads(decoded)
        except json.JSONDecodeError as exc:
            yield BadRecord(source.path, number, f"invalid JSON ({exc.msg})")
            continue
        if not isinstance(value, dict):
            yield BadRecord(source.path, number, "not a JSON object")
            continue
        yield _record(source.path, number, value, fields)


def _read_parquet(partition: Partition, fields: Fields) -> Iterator[Record | BadRecord]:
    import pyarrow.parquet as pq

    source = partition.source
    parquet = pq.ParquetFile(source.path)
    names = set(parquet.schema_arrow.names)
    columns = [c for c in dict.fromkeys(_wanted(fields)) if c in names]
    # The row groups that hold rows first .. first + count, then the rows themselves.
    groups, row, skip = [], 0, 0
    end = partition.first + partition.count
    for i in range(parquet.metadata.num_row_groups):
        rows = parquet.metadata.row_group(i).num_rows
        if row + rows > partition.first and row < end:
            if not groups:
                skip = partition.first - row
            groups.append(i)
        row += rows
    table = parquet.read_row_groups(groups, columns=columns).slice(skip, partition.count)
    number = partition.first
    for value in table.to_pylist():
        number += 1
        text = value.get(fields.text)
        if isinstance(text, bytes):  # a binary column: the bytes must be UTF-8
            if len(text) > fields.max_bytes:
                yield BadRecord(source.path, number, _too_large(len(text), fields))
                continue
            try:
                value[fields.text] = text.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield BadRecord(source.path, number, f"invalid UTF-8 (byte {exc.start})")
                continue
        yield _record(source.path, number, value, fields)


def _csv_rows(
    partition: Partition, rows: list[dict[str, str]], fields: Fields
) -> Iterator[Record | BadRecord]:
    path = partition.source.path
    for number, row in enumerate(rows, start=partition.first + 1):
        text = row.get(fields.text)
        if text is not None and _SURROGATE.search(text):
            yield BadRecord(path, number, "invalid UTF-8")
            continue
        yield _record(path, number, dict(row), fields)


def _read_docs(partition: Partition) -> Iterator[Record | BadRecord]:
    source = partition.source
    root = Path(source.path)
    for number, relative in enumerate(partition.files, start=partition.first + 1):
        # The file itself is read by linter.api.lint_file, as ``check`` reads it.
        yield Record(source.path, number, relative, "", Path(relative).suffix.lower(), source=root.name)


_SURROGATE = re.compile("[\udc80-\udcff]")


def _wanted(fields: Fields) -> list[str]:
    return [f for f in (fields.text, fields.id, fields.url, fields.date, fields.source, fields.format) if f]


def _too_large(size: int, fields: Fields) -> str:
    return f"too large: {size / 1e6:.1f} MB, over the {fields.max_bytes / 1e6:g} MB limit (--max-record-size)"


def _field(value: dict[str, Any], name: str | None) -> Any:
    """A field by name, or by a dotted path into nested objects ("meta.published")."""
    if not name:
        return None
    if name in value:
        return value[name]
    current: Any = value
    for part in name.split("."):
        if not isinstance(current, dict) or part not in current:
            return None
        current = current[part]
    return current


def _record(path: str, number: int, value: dict[str, Any], fields: Fields) -> Record | BadRecord:
    text = _field(value, fields.text)
    if text is None:
        return BadRecord(path, number, f"no '{fields.text}' field")
    if not isinstance(text, str):
        return BadRecord(path, number, f"'{fields.text}' is not a string ({type(text).__name__})")
    if len(text) > fields.max_bytes // 4 and len(text.encode("utf-8")) > fields.max_bytes:
        return BadRecord(path, number, _too_large(len(text.encode("utf-8")), fields))
    form = _field(value, fields.format)
    if isinstance(form, str) and form.strip():
        suffix = FORMAT_SUFFIX.get(form.strip().lower().lstrip("."))
        if suffix is None:
            return BadRecord(path, number, f"unknown format '{form}' in '{fields.format}'")
    else:
        suffix = FORMAT_SUFFIX[fields.default_format]
    raw_date = _field(value, fields.date)
    date = parse_date(raw_date)
    ident = _field(value, fields.id)
    return Record(
        input=path,
        number=number,
        id=str(ident) if ident is not None else f"{Path(path).name}:{number}",
        text=text,
        suffix=suffix,
        url=_string(_field(value, fields.url)),
        date=date,
        source=_string(_field(value, fields.source)),
        date_unread=raw_date not in (None, "") and not date,
    )


def _string(value: Any) -> str:
    return "" if value is None else str(value)


def parse_date(value: Any) -> str:
    """YYYY-MM-DD from an ISO date or timestamp, an RFC 2822 date (feeds), a date object or Unix
    seconds; "" for anything else."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 0 < value < 4e9:  # seconds from 1970 to 2096: anything else is not a timestamp
            return datetime.datetime.fromtimestamp(value, datetime.timezone.utc).date().isoformat()
        return ""
    if not isinstance(value, str) or not value.strip():
        return ""
    text = value.strip()
    match = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:$|[T ])", text)
    if match:
        year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
        try:
            return datetime.date(year, month, day).isoformat()
        except ValueError:
            return ""
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def input_signature(source: Source) -> dict[str, Any]:
    """What identifies an input between runs: a changed file is a different scan."""
    return {"path": source.path, "kind": source.kind, "size": source.size, "mtime": source.mtime}
