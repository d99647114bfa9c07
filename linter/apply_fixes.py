"""``--fix`` and ``--diff``: apply the findings' edits and write the file back as it was.

Edits are applied sorted, a fix whose edits overlap one already taken waits for the next round,
and the text is linted again after each round until nothing changes (at most
:data:`MAX_ROUNDS`). A fix is never applied where the reader masked the text (code, markup,
comments) or where a suppression comment silenced a finding. The file keeps its encoding and
byte-order mark, its line endings (edits never span a line break) and its mode, and is replaced
atomically: a temporary file in the same folder, then :func:`os.replace`.
"""

from __future__ import annotations

import difflib
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from linter.api import LintResult, analyse
from linter.config import Config
from linter.finding import Edit, Fix

MAX_ROUNDS = 10


@dataclass
class Fixed:
    text: str  # the text after every applied fix
    applied: int  # fixes applied, over all rounds
    result: LintResult  # the lint of the fixed text
    original: LintResult  # the lint of the text before any fix


def allowed(fix: Fix, unsafe: bool) -> bool:
    return fix.applicability == "safe" or (unsafe and fix.applicability == "unsafe")


def editable(edit: Edit, text: str, prose: str) -> bool:
    """Whether an edit may be applied: it changes prose only (not code or markup the reader
    masked) and keeps every line break (a claim wrapped over two lines is left to a person).
    The one rule for ``--fix``, ``--diff`` and the editor's quick fixes."""
    span = text[edit.start : edit.end]
    return prose[edit.start : edit.end] == span and "\n" not in span and "\r" not in span


def _blocked(result: LintResult) -> list[tuple[int, int]]:
    """Spans no edit may touch: silenced claims and every rule-wide suppressed region."""
    spans = [(f.start, f.end) for f in result.suppressed]
    for f in result.suppressed:
        if f.fix is not None:
            spans.extend((e.start, e.end) for e in f.fix.edits)
    sup = result.suppressions
    if sup.scopes:
        all_rules = [s for s in sup.scopes if s.codes is None]
        spans.extend(span for scope, span in zip(sup.scopes, sup.spans(), strict=True) if scope in all_rules)
    return spans


def _touches(edit: Edit, spans: Iterable[tuple[int, int]]) -> bool:
    return any((edit.start < end and start < edit.end) or start == edit.start for start, end in spans)


def choose(result: LintResult, unsafe: bool = False) -> list[Fix]:
    """The edits one round applies: whole fixes in order of position, none overlapping."""
    wanted = (f.fix for f in result.findings if f.fix is not None and allowed(f.fix, unsafe))
    fixes = list(dict.fromkeys(wanted))  # one claim shared by two models carries one fix twice
    fixes.sort(key=lambda fix: (min(e.start for e in fix.edits), max(e.end for e in fix.edits)))
    blocked = _blocked(result)
    text, prose = result.text, result.prose
    taken: list[tuple[int, int]] = []
    chosen: list[Fix] = []
    for fix in fixes:
        if not fix.edits or any(_touches(e, blocked) or _touches(e, taken) for e in fix.edits):
            continue
        if not all(editable(e, text, prose) for e in fix.edits):
            continue
        chosen.append(fix)
        taken.extend((e.start, e.end) for e in fix.edits)
    return chosen


def apply_edits(text: str, edits: list[Edit]) -> str:
    out = []
    pos = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(text[pos : edit.start])
        out.append(edit.replacement)
        pos = edit.end
    out.append(text[pos:])
    return "".join(out)


def fix_text(
    text: str, *, path: str | None = None, config: Config | None = None, unsafe: bool = False
) -> Fixed:
    applied = 0
    seen = {text}
    result = original = analyse(text, path=path, config=config)
    for _ in range(MAX_ROUNDS):
        fixes = choose(result, unsafe)
        if not fixes:
            break
        new = apply_edits(text, [e for fix in fixes for e in fix.edits])
        applied += len(fixes)
        if new in seen:  # a cycle: stop rather than flip back and forth
            break
        seen.add(new)
        text = new
        result = analyse(text, path=path, config=config)
    return Fixed(text, applied, result, original)


def unified_diff(path: str, before: str, after: str) -> str:
    if before == after:
        return ""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    out = []
    for line in lines:
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        out.append(line)
    return "".join(out)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step, keeping its mode; a symlink's target is
    written, and the link stays a link."""
    target = path.resolve()
    mode = stat.S_IMODE(os.stat(target).st_mode)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".openwash")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
