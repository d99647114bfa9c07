"""Archive records without a cluster: how inputs split into partitions and what each one reads."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from linter.scan.partition import sentence_around  # noqa: E402
from linter.scan.records import (  # noqa: E402
    BadRecord,
    Fields,
    Record,
    parse_date,
    partitions,
    plan_source,
    read_partition,
)


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T23:10:00+02:00", "2024-03-05"),
        ("2024-03", "2024-03-01"),
        ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"),
        (1709632800, "2024-03-05"),
        ("2024-13-01", ""),
        ("last Tuesday", ""),
        (True, ""),
        (None, ""),
    ],
)
def test_dates_are_read_from_the_forms_archives_use(value, date) -> None:
    assert parse_date(value) == date


def _all(path: Path, fields: Fields, size: int, limit: int | None = None) -> list[Record | BadRecord]:
    source = plan_source(path, fields)
    return [item for part in partitions([source], size, limit) for item in read_partition(part, fields)]


def _lines(n: int) -> list[bytes]:
    return [json.dumps({"text": f"Record {i}.", "n": i}).encode() for i in range(n)]


@pytest.mark.parametrize("size", [1, 3, 7, 50])
def test_every_json_line_is_read_once_whatever_the_partition_size(tmp_path, size) -> None:
    lines = _lines(23)
    plain = tmp_path / "a.jsonl"
    plain.write_bytes(b"\n".join(lines))  # no newline after the last line
    packed = tmp_path / "a.jsonl.gz"
    packed.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    for path in (plain, packed):
        records = _all(path, Fields(), size)
        assert [r.text for r in records] == [f"Record {i}." for i in range(23)]
        assert [r.number for r in records] == list(range(1, 24))
        assert records[4].id == f"{path.name}:5"


def test_partitions_of_a_large_json_lines_file_start_where_their_records_start(tmp_path) -> None:
    # Several megabytes, so the partitions' first lines fall in the middle of the chunks the file
    # is counted in, some of them right after a chunk's end; records of very unequal length.
    lines = [
        json.dumps({"text": f"Article {i}: " + "words " * (i * 7919 % 40_000)}).encode() for i in range(600)
    ]
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    assert path.stat().st_size > 3 << 20
    for size in (1, 64, 250):
        records = _all(path, Fields(), size)
        assert [r.number for r in records] == list(range(1, 601))
        assert all(r.text.startswith(f"Article {r.number - 1}: ") for r in records)


def test_limit_keeps_the_first_records_across_inputs(tmp_path) -> None:
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    first.write_bytes(b"\n".join(_lines(4)) + b"\n")
    second.write_bytes(b"\n".join(_lines(4)) + b"\n")
    fields = Fields()
    plan = partitions([plan_source(first, fields), plan_source(second, fields)], 3, limit=6)
    assert [(Path(p.source.path).name, p.first, p.count) for p in plan] == [
        ("1.jsonl", 0, 3),
        ("1.jsonl", 3, 1),
        ("2.jsonl", 0, 2),
    ]


def test_parquet_partitions_cross_row_groups(tmp_path) -> None:
    path = tmp_path / "t.parquet"
    texts = [f"Row {i}." for i in range(17)]
    pq.write_table(pa.table({"body": texts, "when": [f"2024-01-{1 + i:02d}" for i in range(17)]}), path,
                   row_group_size=4)  # fmt: skip
    records = _all(path, Fields(text="body", date="when"), 5)
    assert [r.text for r in records] == texts
    assert records[16].date == "2024-01-17"


def test_csv_rows_may_span_lines_and_bad_bytes_skip_one_row(tmp_path) -> None:
    path = tmp_path / "posts.csv"
    path.write_bytes(b'id,text\n1,"two\nlines"\n2,bad \xff byte\n3,fine\n')
    records = _all(path, Fields(id="id"), 2)
    assert [(type(r).__name__, r.number) for r in records] == [("Record", 1), ("BadRecord", 2), ("Record", 3)]
    assert records[0].text == "two\nlines"
    assert records[1].reason == "invalid UTF-8"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"title": "x"}', "no 'text' field"),
        (b'{"text": 7}', "'text' is not a string (int)"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"text": "a", "fmt": "docx"}', "unknown format 'docx' in 'fmt'"),
    ],
)
def test_bad_records_say_why(tmp_path, line, reason) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(line + b"\n")
    (bad,) = _all(path, Fields(format="fmt"), 10)
    assert isinstance(bad, BadRecord) and bad.reason == reason


def test_nested_fields_and_per_record_formats(tmp_path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"body": {"html": "<p>x</p>"}, "meta": {"kind": "HTML", "at": "2023-07-01"}}) + "\n"
    )
    (record,) = _all(path, Fields(text="body.html", format="meta.kind", date="meta.at"), 10)
    assert (record.text, record.suffix, record.date) == ("<p>x</p>", ".html", "2023-07-01")


def test_the_sentence_around_a_claim() -> None:
    prose = "First sentence here. Meta calls Llama 2 an open-source model. Then more.\n\nNext."
    start = prose.index("open-source")
    assert sentence_around(prose, start, start + 11) == "Meta calls Llama 2 an open-source model."
