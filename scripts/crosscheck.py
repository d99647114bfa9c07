#!/usr/bin/env python3
"""Cross-check the vocabulary against two public datasets on model openness.

    python scripts/crosscheck.py [REFERENCE_DIR] [--format text|markdown|json] [--disagreements]

REFERENCE_DIR (default ``../shared/reference`` beside the checkout) holds the Model Openness
Framework's ``model-openness-framework/models/*.yml`` (a license per release component) and the
European Open Source AI Index's ``european-open-source-ai-index/projects/*.yaml`` (open / partial /
closed per dimension). The datasets are never copied into the repository; this script only reads
them.

Each dataset file is matched to a vocabulary entry by name (as ``openwash vocab show`` would, but
only when the whole name is recognised), the status the dataset implies is derived from it, and
the two are compared. Both datasets contain errors and predate many releases: a disagreement is a
prompt to re-read the primary source, and the entry's ``notes`` should then say why the vocabulary
differs. Exit status: 0 when every disagreement has such a note, 1 when one lacks it, 2 on bad
arguments.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from linter.mentions import find_mentions  # noqa: E402
from linter.vocab import OSI_APPROVED, Entry, Vocabulary, load_vocabulary  # noqa: E402

MOF = "MOF"
EOSAI = "EOSAI"
DATASETS = {
    MOF: ("model-openness-framework/models", "*.yml", r"Model Openness Framework|\bMOF\b"),
    EOSAI: ("european-open-source-ai-index/projects", "*.yaml", r"Open Source AI Index|\bEOSAI\b"),
}
OPEN = frozenset({"open-weights", "open-source"})

# License names as the datasets write them -> SPDX id (only the ones that matter for the verdict).
_SPDX_SPELLINGS = {
    "apache": "Apache-2.0",
    "apache2": "Apache-2.0",
    "apache20": "Apache-2.0",
    "apachelicense20": "Apache-2.0",
    "apache20license": "Apache-2.0",
    "mit": "MIT",
    "mitlicense": "MIT",
    "bsd3": "BSD-3-Clause",
    "bsd3clause": "BSD-3-Clause",
    "bsd": "BSD-3-Clause",
    "gnugeneralpubliclicensev30": "GPL-3.0-only",
    "gplv3": "GPL-3.0-only",
    "gnuafferogeneralpubliclicensev30": "AGPL-3.0-only",
    "ccbysa30": "CC-BY-SA-3.0",
    "ccbync40": "CC-BY-NC-4.0",
    "ccbync": "CC-BY-NC-4.0",
    "ccbynd": "CC-BY-ND-4.0",
    "ccby40": "CC-BY-4.0",
    "openrail": "OpenRAIL",
    "bigsciencebloomrail10": "BigScience-BLOOM-RAIL-1.0",
}
# Values that record no license at all: the dataset gives no verdict on the weights.
_NO_INFORMATION = {"", "none", "unlicensed", "undisclosed", "unclear", "na", "mixed", "otherlicense"}
_PROPRIETARY = {"proprietary"}


@dataclass(frozen=True)
class Reference:
    """What one dataset file says about one release."""

    dataset: str
    file: str
    name: str
    license: str  # as the dataset writes it
    implies: tuple[str, ...]  # statuses consistent with the dataset; empty: no verdict
    basis: str  # why it implies that, in a few words


@dataclass(frozen=True)
class Row:
    entry_id: str
    status: str
    license: str
    dataset: str
    file: str
    dataset_license: str
    implies: tuple[str, ...]
    basis: str
    verdict: str  # agree | disagree | license differs | no verdict
    has_note: bool  # the entry's notes mention this dataset


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.casefold())


def spdx_of(text: str) -> str | None:
    """The SPDX id a dataset's license name stands for, when it is one we know."""
    key = _key(re.sub(r"\(.*?\)", "", text))
    key = re.sub(r"(license|licence|version)", "", key) if key not in _SPDX_SPELLINGS else key
    return _SPDX_SPELLINGS.get(key)


def license_kind(text: str | None) -> str:
    """``osi``, ``restricted``, ``proprietary``, ``not-included`` or ``unknown`` for a license name."""
    if text is None:
        return "unknown"
    text = str(text).strip()
    if "not include" in text.casefold():
        return "not-included"
    if _key(text) in _NO_INFORMATION or "ambiguous" in text.casefold():
        return "unknown"
    if _key(text) in _PROPRIETARY:
        return "proprietary"
    parts = [p for p in re.split(r",| and |;|/", re.sub(r"\(.*?\)", "", text)) if p.strip()]
    kinds = set()
    for part in parts:
        spdx = spdx_of(part)
        kinds.add("osi" if spdx in OSI_APPROVED else "restricted")
    # One restrictive part (a RAIL license beside Apache code, a bespoke weights license) restricts all.
    return "restricted" if "restricted" in kinds or not kinds else "osi"


# --- reading the datasets ----------------------------------------------------------------------


def _load(path: Path) -> dict | None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        print(f"crosscheck: skipping {path}: {exc}", file=sys.stderr)
        return None
    return data if isinstance(data, dict) else None


def _mof_implies(weights_license: str | None) -> tuple[tuple[str, ...], str]:
    kind = license_kind(weights_license)
    if kind == "osi":
        return tuple(sorted(OPEN)), "weights under an OSI-approved license"
    if kind == "restricted":
        return ("source-available",), "weights under a license that is not OSI-approved"
    if kind in ("proprietary", "not-included"):
        return ("proprietary",), "weights not released" if kind == "proprietary" else "weights not included"
    return (), "no license recorded for the weights"


def read_mof(directory: Path) -> Iterator[tuple[list[str], Reference]]:
    """(names to match, reference) per Model Openness Framework file."""
    for path in sorted(directory.glob("*.yml")):
        data = _load(path)
        release = (data or {}).get("release")
        if not isinstance(release, dict):
            continue
        components = {
            c.get("name"): c.get("license") for c in release.get("components") or [] if isinstance(c, dict)
        }
        weights = components.get("Model parameters (Final)")
        distribution = ((release.get("license") or {}).get("distribution") or {}).get("name")
        # A release-wide license covers the weights when the component itself records none.
        if license_kind(weights) == "unknown" and distribution:
            weights = distribution
        implies, basis = _mof_implies(weights)
        # The file name first: a few files carry another release's name inside (a copy slip).
        names = [path.stem, str(release.get("name") or "")]
        if hub := release.get("huggingface"):
            names.append(str(hub).rsplit("/", 1)[-1])
        ref = Reference(MOF, path.name, names[1] or names[0], str(weights or ""), implies, basis)
        yield [n for n in names if n], ref


_GRADES = ("closed", "partial", "open")


def _eosai_implies(data: dict) -> tuple[tuple[str, ...], str]:
    def grade(key: str) -> str:
        return str((data.get(key) or {}).get("class") or "").strip()

    # "llmweights" rates the base model, "rlweights" the instruction-tuned one: either released
    # means weights can be downloaded (Phi-3's base was never published; Phi-3-instruct was).
    rated = [g for g in (grade("llmweights"), grade("rlweights")) if g in _GRADES]
    weights = max(rated, key=_GRADES.index) if rated else ""
    license_, code, llmdata = grade("license"), grade("opencode"), grade("llmdata")
    if weights == "closed":
        return ("proprietary",), "base and tuned weights rated closed"
    if not weights or not license_:
        return (), "weights or license not rated"
    if license_ != "open":
        return ("source-available",), f"weights {weights}, license rated {license_}"
    if code == "open" and llmdata == "open":
        return ("open-source",), "license, code and training data all rated open"
    if "closed" in (code, llmdata):
        return ("open-weights",), f"license open; code {code or '?'}, training data {llmdata or '?'}"
    return tuple(sorted(OPEN)), f"license open; code {code or '?'}, training data {llmdata or '?'}"


def read_eosai(directory: Path) -> Iterator[tuple[list[str], Reference]]:
    """(names to match, reference) per European Open Source AI Index file."""
    for path in sorted(directory.glob("*.yaml")):
        if path.stem == "A_sample":
            continue  # the template for contributors
        data = _load(path)
        project = (data or {}).get("project")
        if not isinstance(project, dict):
            continue
        implies, basis = _eosai_implies(data or {})
        names = [str(project.get("name") or ""), path.stem]
        link = str(project.get("link") or "")
        if "huggingface.co/" in link:
            names.append(link.rstrip("/").rsplit("/", 1)[-1])
        ref = Reference(EOSAI, path.name, names[0], str(project.get("license") or ""), implies, basis)
        yield [n for n in names if n], ref


# --- matching and comparing ----------------------------------------------------------------------


def match(vocab: Vocabulary, names: Iterable[str]) -> Entry | None:
    """The entry one of ``names`` names as a whole (a mention inside a longer name does not count)."""
    for name in names:
        name = name.strip()
        if entry := vocab.lookup(name):
            return entry
        for mention in find_mentions(name, vocab, require_context=False):
            # An unlisted version read as its family ("Baichuan-1-13B") names no entry as a whole.
            if mention.start == 0 and mention.end == len(name) and not mention.version:
                return vocab.entries[mention.entry_id]
    return None


def compare(vocab: Vocabulary, references: Iterable[tuple[list[str], Reference]]) -> tuple[list[Row], int]:
    """One row per dataset file that names a vocabulary entry, and how many files named none."""
    rows: list[Row] = []
    unmatched = 0
    for names, ref in references:
        entry = match(vocab, names)
        if entry is None:
            unmatched += 1
            continue
        status = entry.status or "mixed"
        spdx = entry.license.spdx if entry.license else None
        ours_license = (spdx or entry.license.name) if entry.license else ""
        if not ref.implies or entry.status is None:
            verdict = "no verdict"
        elif entry.status not in ref.implies:
            verdict = "disagree"
        elif spdx and (theirs := spdx_of(ref.license)) and theirs != spdx:
            verdict = "license differs"
        else:
            verdict = "agree"
        pattern = DATASETS[ref.dataset][2]
        has_note = bool(re.search(pattern, entry.notes))
        rows.append(
            Row(
                entry_id=entry.id,
                status=status,
                license=ours_license,
                dataset=ref.dataset,
                file=ref.file,
                dataset_license=ref.license,
                implies=ref.implies,
                basis=ref.basis,
                verdict=verdict,
                has_note=has_note,
            )
        )
    rows.sort(key=lambda r: (r.entry_id, r.dataset, r.file))
    return rows, unmatched


# --- output --------------------------------------------------------------------------------------

_COLUMNS = ("entry", "ours", "dataset", "dataset says", "implies", "verdict", "note")


def _cells(row: Row) -> tuple[str, ...]:
    ours = f"{row.status} ({row.license})" if row.license else row.status
    theirs = f"{row.dataset_license or '-'}: {row.basis}"
    implies = " or ".join(row.implies) or "-"
    note = "yes" if row.has_note else ("MISSING" if row.verdict in ("disagree", "license differs") else "-")
    return (row.entry_id, ours, f"{row.dataset} {row.file}", theirs, implies, row.verdict, note)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(rows: list[Row]) -> str:
    widths = (24, 34, 42, 50, 28, 15, 7)
    lines = ["  ".join(f"{c:<{w}}" for c, w in zip(_COLUMNS, widths, strict=True)).rstrip()]
    for row in rows:
        lines.append(
            "  ".join(f"{_clip(c, w):<{w}}" for c, w in zip(_cells(row), widths, strict=True)).rstrip()
        )
    return "\n".join(lines) + "\n"


def render_markdown(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(_COLUMNS) + " |", "|" + "---|" * len(_COLUMNS)]
    for row in rows:
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in _cells(row)) + " |")
    return "\n".join(lines) + "\n"


def summary(rows: list[Row], unmatched: int) -> dict[str, int]:
    judged = [r for r in rows if r.verdict != "no verdict"]
    flagged = [r for r in rows if r.verdict in ("disagree", "license differs")]
    return {
        "dataset_files_matched": len(rows),
        "dataset_files_unmatched": unmatched,
        "entries_matched": len({r.entry_id for r in rows}),
        "entries_compared": len({r.entry_id for r in judged}),
        "rows_compared": len(judged),
        "agree": sum(r.verdict == "agree" for r in rows),
        "disagree": sum(r.verdict == "disagree" for r in rows),
        "license_differs": sum(r.verdict == "license differs" for r in rows),
        "entries_disagreeing": len({r.entry_id for r in flagged}),
        "missing_notes": sum(not r.has_note for r in flagged),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", nargs="?", type=Path, default=REPO.parent / "shared" / "reference")
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    parser.add_argument("--disagreements", action="store_true", help="show only rows that disagree")
    args = parser.parse_args(argv)

    directories = {name: args.reference / sub for name, (sub, _, _) in DATASETS.items()}
    missing = [str(d) for d in directories.values() if not d.is_dir()]
    if missing:
        print(f"crosscheck: error: no dataset directory {', '.join(missing)}", file=sys.stderr)
        return 2
    vocab = load_vocabulary()
    rows, unmatched = compare(vocab, [*read_mof(directories[MOF]), *read_eosai(directories[EOSAI])])
    totals = summary(rows, unmatched)
    shown = [r for r in rows if r.verdict in ("disagree", "license differs")] if args.disagreements else rows
    if args.format == "json":
        print(json.dumps({"summary": totals, "rows": [asdict(r) for r in shown]}, indent=2))
    else:
        print((render_markdown if args.format == "markdown" else render_text)(shown), end="")
        t = totals
        print(
            f"\n{t['entries_compared']} entries compared ({t['rows_compared']} dataset files with a verdict; "
            f"{t['dataset_files_unmatched']} files name no entry): {t['agree']} agree, "
            f"{t['disagree']} disagree on status, {t['license_differs']} on the license; "
            f"{t['missing_notes']} disagreements without a note naming the dataset."
        )
    return 1 if totals["missing_notes"] else 0


if __name__ == "__main__":
    sys.exit(main())
