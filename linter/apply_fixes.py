"""``--fix`` and ``--diff``: apply the findings' edits and write the file back as it was.

A fix applies only to a finding the check reported, so ``--fix`` changes exactly what ``check``
showed and a second run changes nothing. Edits are applied sorted; a fix whose edits overlap one
already taken waits for the next round, in which only the reported findings still unfixed are
applied (at most :data:`MAX_ROUNDS`). A fix is never applied where the reader masked the text
(code, markup, comments), where a suppression comment silenced a finding or across a line break.
The file keeps its encoding and byte-order mark, its line endings, its mode and its owner and
group, and is replaced atomically: a temporary file in the same folder, then :func:`os.replace`.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from linter.api import LintResult, Spread, analyse
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
    return prose[edit.start : edit.end] == span and not breaks_line(span)


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


def breaks_line(span: str) -> bool:
    """Whether ``span`` holds a line break ("\\n", "\\r\\n" or a lone "\\r", as
    :class:`~linter.positions.LineIndex` counts them): an edit across one would join lines."""
    return "\n" in span or "\r" in span


def _touches(edit: Edit, spans: Iterable[tuple[int, int]]) -> bool:
    return any((edit.start < end and start < edit.end) or start == edit.start for start, end in spans)


def choose(result: LintResult, unsafe: bool = False, only: set[tuple[int, int]] | None = None) -> list[Fix]:
    """The edits one round applies: whole fixes in order of position, none overlapping;
    ``only``: the claim spans still to fix (None: every finding's)."""
    wanted = (
        f.fix
        for f in result.findings
        if f.fix is not None and allowed(f.fix, unsafe) and (only is None or (f.start, f.end) in only)
    )
    fixes = _widest(list(dict.fromkeys(wanted)))  # one claim shared by two models: one fix twice
    fixes.sort(key=lambda fix: (min(e.start for e in fix.edits), max(e.end for e in fix.edits)))
    blocked = _blocked(result)
    text, prose = result.text, result.prose
    taken: list[tuple[int, int]] = []
    taken_edits: set[Edit] = set()
    chosen: list[Fix] = []
    for fix in fixes:
        # An edit already taken is the same edit, not a conflict: a claim about two names is one
        # edit in both findings' fixes, and each fix may hold edits of its own besides.
        new = [e for e in fix.edits if e not in taken_edits]
        if not fix.edits or any(_touches(e, blocked) for e in fix.edits):
            continue
        if any(_touches(e, taken) for e in new):
            continue
        if not all(editable(e, text, prose) for e in fix.edits):
            continue  # a masked region (code, markup) or a line break: not ours to change
        chosen.append(fix)
        taken.extend((e.start, e.end) for e in new)
        taken_edits.update(new)
    return chosen


def _widest(fixes: list[Fix]) -> list[Fix]:
    """Without the fixes whose edits are all part of another's: a name described twice in a
    sentence has one finding per mention, and the second mention's fix holds both claims' edits
    while the first's holds one. Taking the narrow one first would leave the other claim for a
    later run; the wide one fixes both findings."""
    holding: dict[Edit, list[int]] = {}
    for i, fix in enumerate(fixes):
        for edit in fix.edits:
            holding.setdefault(edit, []).append(i)
    kept = []
    for i, fix in enumerate(fixes):
        edits = set(fix.edits)
        others = holding.get(fix.edits[0], []) if fix.edits else []
        if not any(j != i and edits < set(fixes[j].edits) for j in others):
            kept.append(fix)
    return kept


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
    text: str,
    *,
    path: str | None = None,
    config: Config | None = None,
    unsafe: bool = False,
    spread: Spread | None = None,
) -> Fixed:
    applied = 0
    result = original = analyse(text, path=path, config=config, every_claim=False, spread=spread)
    pending: set[tuple[int, int]] | None = None  # first round: every reported finding
    for _ in range(MAX_ROUNDS):
        fixes = choose(result, unsafe, pending)
        if not fixes:
            break
        edits = sorted({e for fix in fixes for e in fix.edits}, key=lambda e: (e.start, e.end))
        wanted = [
            f
            for f in result.findings
            if f.fix is not None
            and allowed(f.fix, unsafe)
            and (pending is None or (f.start, f.end) in pending)
        ]
        # A finding is fixed when its fix's edits were all applied, by its own fix or by a wider
        # one that holds them.
        taken = set(edits)
        fixed = {f.fix for f in wanted if f.fix is not None and taken.issuperset(f.fix.edits)}
        done = {(f.start, f.end) for f in wanted if f.fix in fixed}
        text = apply_edits(text, edits)
        applied += len(fixed)
        # Reported findings left for an overlap, at their places in the new text; a claim an
        # applied edit changed is gone.
        left = {(f.start, f.end) for f in wanted} - done
        pending = {moved for span in left if (moved := _moved(span, edits)) is not None}
        result = analyse(text, path=path, config=config, every_claim=False, spread=spread)
        if not pending:
            break
    return Fixed(text, applied, result, original)


def _moved(span: tuple[int, int], edits: list[Edit]) -> tuple[int, int] | None:
    """``span`` after ``edits`` (sorted, none overlapping), or None when one of them touches it."""
    shift = 0
    for edit in edits:
        if edit.end <= span[0] and edit.start < span[0]:
            shift += len(edit.replacement) - (edit.end - edit.start)
        elif edit.start < span[1]:
            return None
    return span[0] + shift, span[1] + shift


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
    """Replace ``path`` with ``data`` in one step, keeping its mode, owner and group; a
    symlink's target is written, and the link stays a link. Where the owner cannot be kept (a
    file of another user, written by someone who may not give files away), the file is
    rewritten in place instead: not atomic, but it stays its owner's."""
    target = path.resolve()
    info = os.stat(target)
    mode = stat.S_IMODE(info.st_mode)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".openwash")
    _TEMPORARY.add(tmp)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if (info.st_uid, info.st_gid) != _owner(handle.fileno()):
                with contextlib.suppress(OSError):  # only root (or CAP_CHOWN) may give files away
                    os.fchown(handle.fileno(), info.st_uid, info.st_gid)
                if (info.st_uid, info.st_gid) != _owner(handle.fileno()):
                    raise _KeepOwner
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except _KeepOwner:
        os.unlink(tmp)
        _write_in_place(target, data)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    finally:
        _TEMPORARY.discard(tmp)


# Temporary files being written: a worker told to stop (SIGTERM) removes them before it exits.
_TEMPORARY: set[str] = set()


def discard_temporary() -> None:
    for tmp in list(_TEMPORARY):
        with contextlib.suppress(OSError):
            os.unlink(tmp)


class _KeepOwner(Exception):
    """The new file cannot have the old one's owner and group."""


def _owner(fd: int) -> tuple[int, int]:
    info = os.fstat(fd)
    return info.st_uid, info.st_gid


def _write_in_place(target: Path, data: bytes) -> None:
    with open(target, "r+b") as handle:
        handle.write(data)
        handle.truncate()
        handle.flush()
        os.fsync(handle.fileno())
