"""``summary.json``: the whole scan in counts, rebuilt from the partition files alone.

Because every partition file carries its own counts, a scan resumed after an interruption (or run
partly by another machine) sums to the same summary as one run from start to end.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from linter.scan.partition import METADATA_KEY, part_name

VERSION = 1
EXAMPLES = 20  # skipped records listed by file and number


def partition_counts(path: Path) -> dict[str, Any]:
    import pyarrow.parquet as pq

    return _counts(pq.ParquetFile(path))


def _counts(parquet: Any) -> dict[str, Any]:
    metadata = parquet.schema_arrow.metadata or {}
    return json.loads(metadata[METADATA_KEY])


def build(
    out: Path, partitions: int, manifest: dict[str, Any], vocabulary_date: str, run: dict[str, Any]
) -> dict[str, Any]:
    import pyarrow.parquet as pq

    folder = out / "findings"
    records = claims = wrong = dates_unread = 0
    bad: Counter[str] = Counter()
    bad_examples: list[list[Any]] = []
    months: dict[str, Counter[str]] = {}
    sources: dict[str, Counter[str]] = {}
    by_rule: Counter[str] = Counter()
    by_model: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    by_source: Counter[str] = Counter()
    by_month: Counter[str] = Counter()
    names: dict[str, str] = {}
    for number in range(partitions):
        # One file reader per partition (pq.read_table would bring in Arrow's dataset layer, a
        # third of a second to import, and more per call); a partition without findings holds
        # nothing but its counts.
        parquet = pq.ParquetFile(folder / part_name(number))
        counts = _counts(parquet)
        records += counts["records"]
        claims += counts["claims"]
        wrong += counts["wrong"]
        dates_unread += counts["dates_unread"]
        bad.update(counts["bad"])
        bad_examples.extend(counts["bad_examples"][: max(0, EXAMPLES - len(bad_examples))])
        for key, table in (("months", months), ("sources", sources)):
            for name, (n_records, n_claims, n_wrong) in counts[key].items():
                total = table.setdefault(name, Counter())
                total.update(records=n_records, claims=n_claims, wrong=n_wrong)
        if not parquet.metadata.num_rows:
            continue
        columns = parquet.read(columns=["code", "model_id", "model_name", "status", "source", "date"])
        for code, model, name, status, source, date in zip(
            *(c.to_pylist() for c in columns.columns), strict=True
        ):
            by_rule[code] += 1
            by_model[model] += 1
            names[model] = name
            by_status[status] += 1
            if source:
                by_source[source] += 1
            if date:
                by_month[date.isoformat()[:7]] += 1
    return {
        "version": VERSION,
        "inputs": manifest["inputs"],
        "vocabulary_date": vocabulary_date,
        "records": {
            "read": records + sum(bad.values()),
            "judged": records,
            "skipped": sum(bad.values()),
            "skipped_by_reason": dict(bad.most_common()),
            "skipped_examples": [{"input": i, "record": n, "reason": r} for i, n, r in bad_examples],
            "dates_not_understood": dates_unread,
        },
        "claims": {
            "judged": claims,
            "wrong": wrong,
            "share_wrong": round(wrong / claims, 4) if claims else None,
        },
        "findings": {
            "total": sum(by_rule.values()),
            "by_rule": dict(by_rule.most_common()),
            "by_model": dict(by_model.most_common()),
            "by_status": dict(by_status.most_common()),
            "by_source": dict(by_source.most_common()),
            "by_month": dict(sorted(by_month.items())),
        },
        "model_names": dict(sorted(names.items())),
        "months": {m: dict(c) for m, c in sorted(months.items())},
        "sources": {s: dict(c) for s, c in sorted(sources.items(), key=lambda kv: -kv[1]["records"])},
        "partitions": partitions,
        "run": run,
    }


def write_json(path: Path, value: Any) -> None:
    """Write ``value`` as JSON atomically: a reader sees the old file or the new one, never half."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def load(out: Path) -> dict[str, Any]:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))
