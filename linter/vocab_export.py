"""The vocabulary as a dataset: one row per model, as CSV or JSON, for readers outside openwash.

Journalists, policy people and other tools want the record without our YAML layout, so the export
flattens each model into the columns documented in ``vocab/README.md`` and validated by
``vocab/export.schema.json``. Families are not rows: their status is derived from their members,
and each model's ``family`` column names its family.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections.abc import Iterable
from typing import Any

from linter.vocab import Entry, Vocabulary

EXPORT_VERSION = 1
SCHEMA_NAME = "export.schema.json"
# CSV columns, in order; lists are joined with LIST_SEPARATOR.
COLUMNS = (
    "id",
    "name",
    "aliases",
    "developer",
    "family",
    "status",
    "license",
    "spdx",
    "license_url",
    "weights",
    "training_code",
    "training_data",
    "restrictions",
    "evidence",
    "checked",
    "verified",
    "release_date",
    "notes",
)
LIST_SEPARATOR = " | "


def export_row(entry: Entry) -> dict[str, Any]:
    """One model as a flat record: strings, booleans, lists of strings and nulls only."""
    lic, rel = entry.license, entry.released
    assert lic is not None and rel is not None, entry.id  # models always carry both
    return {
        "id": entry.id,
        "name": entry.name,
        "aliases": list(entry.aliases) + list(entry.context_aliases),
        "developer": entry.developer,
        "family": entry.parent,
        "status": entry.status,
        "license": lic.name,
        "spdx": lic.spdx,
        "license_url": lic.url or None,
        "weights": rel.weights,
        "training_code": rel.training_code,
        "training_data": rel.training_data,
        "restrictions": entry.restrictions,
        "evidence": list(entry.evidence),
        "checked": entry.checked,
        "verified": entry.verified,
        "release_date": entry.release_date,
        "notes": " ".join(entry.notes.split()),
    }


def models(vocab: Vocabulary) -> list[Entry]:
    return sorted((e for e in vocab.entries.values() if not e.is_family), key=lambda e: e.id)


def to_json(vocab: Vocabulary) -> str:
    data = {"version": EXPORT_VERSION, "models": [export_row(e) for e in models(vocab)]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    return str(value)


def to_csv(vocab: Vocabulary) -> str:
    """RFC 4180 CSV with a header row; the caller writes it as UTF-8 (with a BOM for Excel)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for entry in models(vocab):
        row = export_row(entry)
        writer.writerow([_cell(row[c]) for c in COLUMNS])
    return out.getvalue()


def stale(entries: Iterable[Entry], days: int, today: datetime.date) -> list[Entry]:
    """Models whose evidence was last read more than ``days`` days before ``today``, oldest first."""
    cutoff = today - datetime.timedelta(days=days)
    old = [e for e in entries if not e.is_family and datetime.date.fromisoformat(e.checked) < cutoff]
    return sorted(old, key=lambda e: (e.checked, e.id))
