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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from linter.finding import Finding, ModelRef
from linter.positions import LineIndex

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


def parse(text: str) -> Suppressions:
    """Every suppression comment in ``text``, with the scope each one covers."""
    out = Suppressions()
    if "openwash-" not in text:
        return out
    index = LineIndex(text)
    out.index = index
    found = [(m, "html") for m in _HTML.finditer(text)] + [(m, "rst") for m in _RST.finditer(text)]
    found.sort(key=lambda pair: pair[0].start())
    for match, _ in found:
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
