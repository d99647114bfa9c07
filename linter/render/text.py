"""``path:line:col: CODE message`` per finding, the source line with the claim underlined and a
``help:`` line (as ruff shows them), then a one-line summary.

Colour only when asked (the CLI asks on a terminal unless ``NO_COLOR`` is set).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from itertools import groupby
from typing import TypeVar

import click

from linter.finding import Finding
from linter.render import Located

T = TypeVar("T")

_LEVEL_COLOUR = {"error": "red", "warning": "yellow", "info": "cyan"}


def _style(text: str, color: bool, **kwargs) -> str:
    return click.style(text, **kwargs) if color else text


def header(loc: Located, color: bool = False) -> str:
    where = _style(f"{loc.path}:{loc.line}:{loc.column}:", color, bold=True)
    code = _style(loc.finding.code, color, fg=_LEVEL_COLOUR.get(loc.finding.severity, "red"), bold=True)
    return f"{where} {code} {loc.finding.message}"


MAX_SHOWN = 100  # characters of a source line shown around the claim; longer lines are cut


def _width(text: str) -> int:
    """Terminal columns: East Asian wide characters and most emoji take two; combining marks,
    joiners and variation selectors none."""
    return sum(_columns(c) for c in text)


def _columns(char: str) -> int:
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def window(line: str, start: int, end: int) -> tuple[str, int, int]:
    """The part of ``line`` around ``start:end``, cut with "…" on a side that goes on, and the
    claim's new offsets in it (ruff shows a long line the same way)."""
    if len(line) <= MAX_SHOWN:
        return line, start, end
    context = max(10, (MAX_SHOWN - (end - start)) // 2)
    lo, hi = max(0, start - context), min(len(line), end + context)
    head = "…" if lo > 0 else ""
    tail = "…" if hi < len(line) else ""
    return head + line[lo:hi] + tail, start - lo + len(head), end - lo + len(head)


def snippet(loc: Located, color: bool = False) -> list[str]:
    """The source line (or the part of it around the claim) with the claim underlined, to the
    end of the line if it runs on."""
    # Tabs would shift the carets; show them as single spaces.
    line = loc.source_line.replace("\t", " ")
    start = min(loc.column - 1, len(line))
    end = min(loc.end_column - 1 if loc.end_line == loc.line else len(line), len(line))
    shown, start, end = window(line, start, max(end, start))
    width = max(_width(shown[start:end]), 1)
    gutter = " " * len(str(loc.line))
    bar = _style("|", color, fg="blue", bold=True)
    number = _style(str(loc.line), color, fg="blue", bold=True)
    marks = _style("^" * width, color, fg=_LEVEL_COLOUR.get(loc.finding.severity, "red"), bold=True)
    pad = " " * _width(shown[:start])
    return [f"{gutter} {bar}", f"{number} {bar} {shown}", f"{gutter} {bar} {pad}{marks}"]


_TERMS = frozenset({"open weights", "open-weights", "source-available", "proprietary", "open source"})


def help_text(finding: Finding) -> str:
    """What to write instead, in one imperative form whether or not there is a fix."""
    if finding.fix is not None:
        text = finding.fix.title
        if finding.fix.applicability == "unsafe":
            text += " (unsafe fix: --unsafe-fixes)"
        return text
    if finding.suggestion not in _TERMS or not finding.model.text:
        # Already a sentence ("say that it is proprietary", "name the model meant", OW900's
        # "remove the comment"), not a term to put in the claim's place.
        return finding.suggestion[:1].upper() + finding.suggestion[1:]
    claim = " ".join(re.sub(r"[*_]+", "", finding.claim).split())  # "**open** source": the words
    return f"Say '{finding.suggestion}' instead of '{claim}' for {finding.model.text}"


def note_line(loc: Located, color: bool = False) -> str:
    gutter = " " * len(str(loc.line))
    return f"{gutter} = {_style('note', color, bold=True)}: {loc.finding.note}"


def help_line(loc: Located, color: bool = False) -> str:
    gutter = " " * len(str(loc.line))
    return f"{gutter} = {_style('help', color, bold=True)}: {help_text(loc.finding)}"


def summary(located: Sequence[Located], files: int, *, unsafe: bool = False, unchecked: int = 0) -> str:
    """The last line. ``files``: files read; ``unchecked``: files and paths that could not be
    (each already named in an error line), which a clean run must not hide."""
    # One claim about two models carries one fix twice: count fixes, not findings.
    fixes = list(dict.fromkeys(loc.finding.fix for loc in located if loc.finding.fix is not None))
    safe = sum(1 for fix in fixes if fix.applicability == "safe")
    risky = sum(1 for fix in fixes if fix.applicability == "unsafe")
    plural = "s" if files != 1 else ""
    missed = f"; {unchecked} not checked (see the errors above)" if unchecked else ""
    if not located:
        if unchecked:
            return f"No findings in {files} file{plural}{missed}."
        return f"All checked: {files} file{plural}, no findings."
    noun = "finding" if len(located) == 1 else "findings"
    files_with = len({loc.path for loc in located})
    line = f"Found {len(located)} {noun} in {files_with} of {files} file{plural}"
    if unsafe and safe + risky:
        line += f" ({safe + risky} fixable with --fix --unsafe-fixes)"
    elif safe and risky:
        line += f" ({safe} fixable with --fix; {risky} more with --unsafe-fixes)"
    elif safe:
        line += f" ({safe} fixable with --fix)"
    elif risky:
        line += f" ({risky} fixable with --unsafe-fixes)"
    return line + missed + "."


def render(
    located: Sequence[Located],
    files: int,
    *,
    color: bool = False,
    source: bool = True,
    unsafe: bool = False,
    unchecked: int = 0,
) -> str:
    lines: list[str] = []
    claims = groupby(located, key=lambda loc: (loc.path, loc.finding.start, loc.finding.end))
    for _, group in claims:
        # One claim about several models (a list): a headline each, one code frame.
        same_claim = list(group)
        lines.extend(header(loc, color) for loc in same_claim)
        if source:
            lines.extend(snippet(same_claim[0], color))
            notes = [loc for loc in same_claim if loc.finding.note]
            lines.extend(note_line(loc, color) for loc in _unique(notes, lambda loc: loc.finding.note))
            lines.extend(_unique([help_line(loc, color) for loc in same_claim], lambda line: line))
            lines.append("")
    lines.append(summary(located, files, unsafe=unsafe, unchecked=unchecked))
    return "\n".join(lines) + "\n"


def _unique(items: list[T], key: Callable[[T], object]) -> list[T]:
    seen: set[object] = set()
    return [item for item in items if not (key(item) in seen or seen.add(key(item)))]
