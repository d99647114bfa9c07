"""A vocabulary entry as a card: plain text for the terminal, Markdown for hovers, a dict for JSON.

All three are built from the same rows, so ``openwash vocab show``, its JSON and an editor hover
say the same thing. Each function is pure: an entry (and, for a family, its members) in, text out.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Sequence
from typing import Any

from linter.vocab import Entry

STATUS_MEANING = {
    "open-source": "meets the OSI's Open Source AI Definition: weights, training code and data information",
    "open-weights": "weights under an OSI-approved license, but not enough released to study or rebuild it",
    "source-available": "downloadable, but on restrictive terms",
    "proprietary": "weights not released (API or product access only)",
    None: "members differ, so the bare family name does not say which release is meant",
}
MIXED = "mixed"
_WIDTH = 100
_LABEL = 14


def status_label(entry: Entry) -> str:
    """The entry's status, or "mixed" for a family whose members differ."""
    return entry.status or MIXED


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _status_line(entry: Entry, members: Sequence[Entry]) -> str:
    label = status_label(entry)
    if entry.status is None and members:
        counts = Counter(status_label(m) for m in members)
        label += " (" + ", ".join(f"{n} {s}" for s, n in counts.most_common()) + ")"
    if entry.shipped_status:
        label += f" (set by project configuration; the vocabulary says {entry.shipped_status})"
    return f"{label}: {STATUS_MEANING[entry.status]}"


def _rows(entry: Entry, members: Sequence[Entry]) -> list[tuple[str, list[str]]]:
    """(label, lines) pairs in display order; empty fields are left out."""
    rows: list[tuple[str, list[str]]] = [("status", [_status_line(entry, members)])]
    if entry.license is not None:
        spdx = entry.license.spdx or "no SPDX id"
        rows.append(("license", [f"{entry.license.name} ({spdx})", entry.license.url]))
    if entry.restrictions:
        rows.append(("restrictions", [entry.restrictions]))
    if entry.released is not None:
        rel = entry.released
        rows.append(
            (
                "released",
                [
                    f"weights {_yes(rel.weights)}, training code {_yes(rel.training_code)}, "
                    f"training data {rel.training_data}"
                ],
            )
        )
    if members:
        rows.append(("members", [f"{m.name} ({m.id}): {status_label(m)}" for m in members]))
    if entry.evidence:
        rows.append(("evidence", list(entry.evidence)))
    if entry.checked:
        rows.append(("checked", [entry.checked]))
    if not entry.verified:
        if entry.is_family:
            line = "some members' licenses were not read (secondary sources only); see each member"
        else:
            line = (
                "no: the license or card was not read (secondary sources only), "
                "so findings are reported as information"
            )
        rows.append(("verified", [line]))
    if entry.release_date:
        rows.append(("release date", [entry.release_date]))
    if entry.parent:
        rows.append(("family", [entry.parent]))
    if entry.aliases or entry.context_aliases:
        aliases = ", ".join(entry.aliases)
        if entry.context_aliases:
            aliases += f"; near {entry.developer}: " + ", ".join(entry.context_aliases)
        rows.append(("aliases", [aliases]))
    if entry.notes:
        rows.append(("notes", [" ".join(entry.notes.split())]))
    return [(label, [line for line in lines if line]) for label, lines in rows]


def _title(entry: Entry) -> str:
    kind = ", family" if entry.is_family else ""
    return f"{entry.name} ({entry.id}{kind}, {entry.developer})"


def entry_card_text(entry: Entry, members: Sequence[Entry] = ()) -> str:
    """The entry as aligned, wrapped plain text, for the terminal."""
    out = [_title(entry)]
    indent = " " * (_LABEL + 2)
    for label, lines in _rows(entry, members):
        for i, line in enumerate(lines):
            first = f"  {label:<{_LABEL}}" if i == 0 else indent
            out.append(
                textwrap.fill(
                    line, _WIDTH, initial_indent=first, subsequent_indent=indent, break_on_hyphens=False
                )
                if not line.startswith("http")
                else first + line  # never break a URL
            )
    return "\n".join(out) + "\n"


def entry_card_markdown(entry: Entry, members: Sequence[Entry] = ()) -> str:
    """The entry as Markdown, for an editor hover: a title, then one bullet per field."""
    out = [f"**{entry.name}** (`{entry.id}`{', family' if entry.is_family else ''}) · {entry.developer}", ""]
    for label, lines in _rows(entry, members):
        rendered = [f"<{line}>" if line.startswith("http") else line for line in lines]
        if len(rendered) == 1 or label == "license":
            out.append(f"- **{label}**: " + " ".join(rendered))
        else:
            out.append(f"- **{label}**:")
            out.extend(f"  - {line}" for line in rendered)
    return "\n".join(out) + "\n"


def entry_dict(entry: Entry, members: Sequence[Entry] = ()) -> dict[str, Any]:
    """The entry as JSON-ready data; a family lists its members with their statuses."""
    data: dict[str, Any] = {
        "id": entry.id,
        "name": entry.name,
        "status": status_label(entry),
        "license": None,
        "evidence": list(entry.evidence),
        "kind": entry.kind,
        "developer": entry.developer,
        "restrictions": entry.restrictions,
        "released": None,
        "checked": entry.checked or None,
        "release_date": entry.release_date,
        "family": entry.parent,
        "aliases": list(entry.aliases),
        "context_aliases": list(entry.context_aliases),
        "notes": entry.notes,
        "shipped_status": entry.shipped_status,
        "verified": entry.verified,
    }
    if entry.license is not None:
        lic = entry.license
        data["license"] = {"name": lic.name, "spdx": lic.spdx, "url": lic.url or None}
    if entry.released is not None:
        rel = entry.released
        data["released"] = {
            "weights": rel.weights,
            "training_code": rel.training_code,
            "training_data": rel.training_data,
        }
    if entry.is_family:
        data["members"] = [{"id": m.id, "name": m.name, "status": status_label(m)} for m in members]
    return data
