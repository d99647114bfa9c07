"""Baselines: adopt openwash on a tree with old findings and report only new ones.

``--write-baseline FILE`` records every finding by a fingerprint of what it is, not where it is:
the rule, the model, the sentence around the claim (whitespace collapsed, case folded) and the
file's path relative to the baseline. Editing another line, rewrapping the paragraph or moving
the sentence keeps the fingerprint; rewording the sentence or renaming the file makes the finding
new again. A fingerprint stands for as many findings as were recorded with it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from linter.finding import Finding
from linter.render import display_path

VERSION = 1

# A sentence ends at . ! or ? (and any closing quotes or brackets) before whitespace, or at a
# blank line.
_END = re.compile(r"[.!?][\"'”’)\]*_]*(?=\s|$)|\n[ \t\r]*\n")


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names the file."""


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, whitespace collapsed and case folded."""
    begin = 0
    for match in _END.finditer(text, 0, start):
        begin = match.end()
    after = _END.search(text, end)
    stop = after.end() if after else len(text)
    return " ".join(text[begin:stop].split()).casefold()


def path_key(path: str, base: Path) -> str:
    """``path`` relative to the baseline's folder, with forward slashes."""
    if path == "-" or not path:
        return path
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base))
    except ValueError:
        rel = path
    return Path(rel).as_posix()


def fingerprint(key: str, text: str, finding: Finding) -> str:
    sentence = sentence_around(text, finding.start, finding.end)
    data = "\0".join((finding.code, finding.model.id, sentence, key))
    # surrogateescape: a file name that is not UTF-8 is hashed by its bytes.
    return hashlib.sha256(data.encode("utf-8", "surrogateescape")).hexdigest()[:32]


@dataclass
class Baseline:
    counts: Counter[str] = field(default_factory=Counter)

    def split(self, key: str, text: str, findings: Iterable[Finding]) -> tuple[list[Finding], list[Finding]]:
        """``(new, known)``: each recorded fingerprint absorbs as many findings as it counted."""
        new, known = [], []
        for finding in findings:
            fp = fingerprint(key, text, finding)
            if self.counts[fp] > 0:
                self.counts[fp] -= 1
                known.append(finding)
            else:
                new.append(finding)
        return new, known


def load(file: Path) -> Baseline:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BaselineError(f"{file}: cannot read baseline: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{file}: not a baseline (invalid JSON: {exc})") from None
    except RecursionError:
        raise BaselineError(f"{file}: not a baseline (JSON nested too deeply)") from None
    entries = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(entries, list) or data.get("version") != VERSION:
        raise BaselineError(f"{file}: not an openwash baseline (expected version {VERSION} and findings)")
    counts: Counter[str] = Counter()
    for n, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise BaselineError(f"{file}: findings[{n}]: expected an object with a fingerprint")
        count = entry.get("count", 1)
        if not isinstance(count, int) or count < 1:
            raise BaselineError(f"{file}: findings[{n}].count: expected a positive integer")
        counts[entry["fingerprint"]] += count
    return Baseline(counts)


def dump(records: Iterable[tuple[str, str, Finding]]) -> str:
    """The baseline for ``(path key, text, finding)`` records, sorted so it diffs well."""
    grouped: dict[str, dict] = {}
    for key, text, finding in records:
        fp = fingerprint(key, text, finding)
        if fp in grouped:
            grouped[fp]["count"] += 1
            continue
        grouped[fp] = {
            "fingerprint": fp,
            "path": display_path(key),
            "code": finding.code,
            "model": finding.model.id,
            "sentence": sentence_around(text, finding.start, finding.end),
            "count": 1,
        }
    entries = sorted(grouped.values(), key=lambda e: (e["path"], e["code"], e["model"], e["sentence"]))
    return json.dumps({"version": VERSION, "findings": entries}, indent=2, ensure_ascii=False) + "\n"
