"""Comments that silence findings, read once from the original text of a file.

Markdown, HTML and plain text use HTML comments; reStructuredText its own comments::

    <!-- openwash-disable-next-line OW101 -->      .. openwash-disable-next-line OW101
    <!-- openwash-disable-line -->                  (at the end of the line it silences)
    <!-- openwash-disable OW101, OW102 -->          .. openwash-disable OW101 OW102
    <!-- openwash-enable -->                        .. openwash-enable
    <!-- openwash-disable-file -->                  .. openwash-disable-file

Codes (or code prefixes) are optional: without them every rule is silenced. Text after ``--`` is
a reason for the reader and is ignored. The readers mask comments out of the prose, so the
comments are found here in the original text, before any reader runs; they are applied to the
judged findings, and each remembers whether it silenced anything (``--report-unused-suppressions``).
A comment shown as an example, in a code block or a code span (or an reStructuredText literal
block), is text, not a directive: it silences nothing and is never reported as unused.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath

from linter.finding import Finding, ModelRef
from linter.positions import LineIndex
from linter.readers import HTML_SUFFIXES, RST_SUFFIXES, TEXT_SUFFIXES

UNUSED_CODE = "OW900"
UNUSED_NAME = "unused-suppression"
UNUSED_SUMMARY = "A suppression comment silences no finding."
UNUSED_WHY = (
    "A comment that silences nothing hides nothing today but will hide a real finding later, "
    "when the text around it changes. Remove it, or narrow it to the rule it was meant for."
)

_KINDS = "disable-next-line|disable-line|disable-file|disable|enable"
_HTML = re.compile(rf"<!--[ \t]*openwash-(?P<kind>{_KINDS})(?![\w-])(?P<args>.*?)-->", re.DOTALL)
_RST = re.compile(rf"^[ \t]*\.\.[ \t]+openwash-(?P<kind>{_KINDS})(?![\w-])(?P<args>[^\n]*)$", re.MULTILINE)
_CODE = re.compile(r"^OW\d{0,3}$")


@dataclass
class Directive:
    kind: str  # disable-next-line | disable-line | disable-file | disable | enable
    codes: tuple[str, ...] | None  # None: every rule
    start: int  # the comment's span in the text
    end: int
    line: int  # the line the comment starts on
    end_line: int
    used: set[str] = field(default_factory=set)  # codes it silenced ("*" when it has no codes)

    @property
    def text(self) -> str:
        codes = f" {', '.join(self.codes)}" if self.codes else ""
        return f"openwash-{self.kind}{codes}"


@dataclass
class Scope:
    """Where a directive applies: offsets ``start:end`` or one line (``line``)."""

    directive: Directive
    start: int = 0
    end: int = 0
    line: int = 0
    codes: tuple[str, ...] | None = None


@dataclass
class Suppressions:
    directives: list[Directive] = field(default_factory=list)
    scopes: list[Scope] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    index: LineIndex | None = None

    def __bool__(self) -> bool:
        return bool(self.directives)

    def silencer(self, finding: Finding) -> Scope | None:
        if not self.scopes:
            return None
        assert self.index is not None
        line = self.index.line_col(finding.start)[0]
        for scope in self.scopes:
            inside = scope.line == line if scope.line else scope.start <= finding.start < scope.end
            if inside and (scope.codes is None or any(finding.code.startswith(c) for c in scope.codes)):
                return scope
        return None

    def apply(self, findings: Iterable[Finding]) -> tuple[list[Finding], list[Finding]]:
        """``(kept, suppressed)``; marks each directive that silenced something as used."""
        kept, suppressed = [], []
        for finding in findings:
            scope = self.silencer(finding)
            if scope is None:
                kept.append(finding)
                continue
            suppressed.append(finding)
            codes = scope.codes
            used = "*" if codes is None else next(c for c in codes if finding.code.startswith(c))
            scope.directive.used.add(used)
        return kept, suppressed

    def spans(self) -> list[tuple[int, int]]:
        """The character ranges that suppressions cover (whole lines for line directives)."""
        assert self.index is not None or not self.scopes
        out = []
        for scope in self.scopes:
            if scope.line > self.index.line_count:  # "disable-next-line" at the end of the file
                out.append((len(self.index.text), len(self.index.text)))
            elif scope.line:
                start = self.index.line_start(scope.line)
                end = start + len(self.index.line_text(scope.line))
                out.append((start, end))
            else:
                out.append((scope.start, scope.end))
        return out

    def unused(self, text: str) -> list[Finding]:
        """An ``OW900`` finding for each directive (other than ``enable``) that silenced nothing,
        or that names codes it never used."""
        out = []
        for d in self.directives:
            if d.kind == "enable":
                continue
            if d.codes is None:
                if d.used:
                    continue
                what = f"'{d.text}' silences no finding"
            else:
                idle = [c for c in d.codes if c not in d.used]
                if not idle:
                    continue
                if len(idle) == len(d.codes):
                    what = f"'{d.text}' silences no finding"
                else:
                    what = f"{', '.join(idle)} in '{d.text}' silences no finding"
            out.append(
                Finding(
                    code=UNUSED_CODE,
                    rule=UNUSED_NAME,
                    severity="warning",
                    start=d.start,
                    end=d.end,
                    claim=text[d.start : d.end],
                    message=f"Unused suppression: {what}.",
                    suggestion="remove the comment, or name only the rules it is meant for",
                    model=ModelRef("", "", "", d.start, d.start, ""),
                )
            )
        return out


def parse(text: str, path: str | None = None) -> Suppressions:
    """Every suppression comment in ``text``, with the scope each one covers. ``path`` names the
    format (by suffix, as the readers choose; Markdown when unknown), which says what is code."""
    out = Suppressions()
    if "openwash-" not in text:
        return out
    index = LineIndex(text)
    out.index = index
    found = sorted([*_HTML.finditer(text), *_RST.finditer(text)], key=lambda m: m.start())
    if found:
        examples = _shown_as_code(text, path, [(m.start(), m.end()) for m in found])
        found = [m for m in found if m.start() not in examples]
    for match in found:
        codes, bad = _parse_codes(match.group("args"))
        line = index.line_col(match.start())[0]
        end_line = index.line_col(match.end())[0]
        if bad:
            out.notices.append(
                f"line {line}: ignored suppression: {', '.join(bad)} is not a rule code "
                "(write codes such as OW101, and a reason after '--')"
            )
            continue
        kind = match.group("kind")
        out.directives.append(Directive(kind, codes, match.start(), match.end(), line, end_line))
    _scopes(out, text, index)
    return out


def _parse_codes(args: str) -> tuple[tuple[str, ...] | None, list[str]]:
    args = args.split("--", 1)[0]
    tokens = [t for t in re.split(r"[,\s]+", args) if t]
    codes = tuple(t.upper() for t in tokens)
    bad = [t for t in tokens if not _CODE.match(t.upper())]
    return (codes or None), bad


def _scopes(out: Suppressions, text: str, index: LineIndex) -> None:
    open_regions: list[Scope] = []  # disable ... enable, in the order they were opened
    for d in out.directives:
        if d.kind == "disable-file":
            out.scopes.append(Scope(d, 0, len(text), codes=d.codes))
        elif d.kind == "disable-line":
            out.scopes.append(Scope(d, line=d.line, codes=d.codes))
        elif d.kind == "disable-next-line":
            out.scopes.append(Scope(d, line=_next_line(text, index, d.end_line), codes=d.codes))
        elif d.kind == "disable":
            scope = Scope(d, d.end, len(text), codes=d.codes)
            out.scopes.append(scope)
            open_regions.append(scope)
        else:  # enable: closes every open region, or those naming one of its codes
            for scope in list(open_regions):
                if d.codes is None or (scope.codes and set(scope.codes) & set(d.codes)):
                    scope.end = d.start
                    open_regions.remove(scope)
                    d.used.add("*")  # an enable that closes a region did its job


def _next_line(text: str, index: LineIndex, line: int) -> int:
    """The first line after ``line`` with something on it (a blank line may sit between the
    comment and the text it silences, as reStructuredText requires)."""
    n = line + 1
    while n <= index.line_count:
        start = index.line_start(n)
        if text[start : start + len(index.line_text(n))].strip():
            return n
        n += 1
    return n  # past the last line: the comment silences nothing


def _shown_as_code(text: str, path: str | None, spans: list[tuple[int, int]]) -> set[int]:
    """The starts of ``spans`` that lie in code, where a comment is an example for the reader."""
    suffix = PurePath(path).suffix.lower() if path else ".md"
    if suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
        return set()  # no code markup in plain text; in HTML a comment is a comment anywhere
    if suffix in RST_SUFFIXES:
        return _in_rst_literals(text, spans)
    return _in_markdown_code(text, spans)


def _in_markdown_code(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Fenced and indented code blocks, and code spans in the blocks that hold inline text."""
    # The Markdown reader's own parser and code-span rule, so both agree on what is code.
    from linter.readers.inline import _mask_code_spans
    from linter.readers.markdown import _line_starts, parser_for

    starts = _line_starts(text)
    code_lines: list[tuple[int, int]] = []  # [first, last) line ranges
    inline_blocks: list[tuple[int, int]] = []  # character ranges
    try:
        tokens = parser_for(text).parse(text)
    except RecursionError:  # nesting too deep: the reader reads it as plain text, without code
        return set()
    for token in tokens:
        if token.map and token.type in ("fence", "code_block"):
            code_lines.append((token.map[0], token.map[1]))
        elif token.map and token.type in ("paragraph_open", "heading_open", "table_open"):
            first, last = token.map
            inline_blocks.append((starts[first], starts[min(last, len(starts) - 1)]))
    out = set()
    for start, end in spans:
        at = start + len(text[start:end]) - len(text[start:end].lstrip())  # past an indent
        line = bisect.bisect_right(starts, at) - 1
        if any(first <= line < last for first, last in code_lines):
            out.add(start)
            continue
        for lo, hi in inline_blocks:
            if lo <= at < hi:
                chars = list(text[lo:hi])
                _mask_code_spans(text[lo:hi], chars, 0, hi - lo)
                if chars[at - lo] == " ":
                    out.add(start)
                break
    return out


def _in_rst_literals(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Each comment is replaced by letters and the file read again: where the reader shows the
    letters the comment stood in prose, a real comment; where it masks them, in a literal block or
    a code directive, an example."""
    from linter.readers.rst import read

    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if not chars[i].isspace():
                chars[i] = "x"
    prose = read("".join(chars)).prose
    return {start for start, end in spans if not any(prose[i] == "x" for i in range(start, end))}
