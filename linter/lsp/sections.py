"""Re-lint only the part of a long Markdown document that changed, with the same findings.

Almost all of a lint's time goes to reading the whole document (markdown-it), so a keystroke in
a 2,000-line file costs as much as opening it. A column-0 heading or paragraph that follows a blank
line ends every Markdown construct before it (lists, block quotes, tables, paragraphs), so the
document can be cut there into sections that read the same alone as in the whole, provided each
keeps the document's *head* (front matter and first heading, where :func:`~linter.api.analyse`
finds the subject). A document without headings is cut at paragraphs alone, after its front
matter, so a keystroke re-reads a few paragraphs, not the file. Each section
is analysed by :func:`~linter.api.analyse` itself, as the text ``head + section``, and its
findings are shifted back into place; unchanged sections come from a cache. Nothing of the
linter's logic is repeated here: only where to cut, and when not to.

A claim is read in its own block and the blocks joined to it (its table row, the list a lead-in
introduces, neighbouring blocks with claims), so a cut is never put where it could split those:
the block after a cut holds no claim word and no table. Documents that cannot be cut safely are
read whole: link reference definitions, range-wide suppression comments, unclosed front matter; so
is any document in which a claim in a section is about a model named in the head (one finding per
mention and rule is decided over the whole document). Headings and paragraphs inside fences and
HTML blocks are never cuts. The server also re-lints the whole document once typing pauses and
corrects (and logs) any difference, so a wrong cut could only ever show briefly.
"""

from __future__ import annotations

import bisect
import re
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from pathlib import PurePath

from linter.api import LintResult, analyse
from linter.attach import Attachment
from linter.config import Config
from linter.finding import Finding, ModelRef
from linter.mentions import Mention
from linter.readers import MARKDOWN_SUFFIXES
from linter.readers.markdown import yaml_front_matter

MIN_CHARS = 20_000  # below this a whole-document lint is fast enough
MAX_MISSES = 8  # more sections than this to read afresh: read the whole document instead
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)$")
_HTML_BLOCKS = (  # CommonMark HTML blocks 1-5: they run until their end marker, blank lines or not
    (
        re.compile(r" {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)", re.IGNORECASE),
        re.compile(r"</(?:script|pre|style|textarea)>", re.IGNORECASE),
    ),
    (re.compile(r" {0,3}<!--"), re.compile(r"-->")),
    (re.compile(r" {0,3}<\?"), re.compile(r"\?>")),
    (re.compile(r" {0,3}<![A-Za-z]"), re.compile(r">")),
    (re.compile(r" {0,3}<!\[CDATA\["), re.compile(r"\]\]>")),
)
_HTML_UNTIL_BLANK = re.compile(r" {0,3}</?[A-Za-z]")  # blocks 6 and 7 (and any tag: cautious)
_REFERENCE = re.compile(r"^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:", re.MULTILINE)
_RANGE_SUPPRESSION = re.compile(r"openwash-(?!disable-next-line|disable-line)", re.IGNORECASE)
_FRONT_MATTER_CLOSE = re.compile(r"^---[ \t]*\r?$", re.MULTILINE)
# The start of a line that may open a fence or an HTML block or be a column-0 ATX heading. The
# patterns start with a line break, not "^", so the regex engine can skip ahead to candidates
# instead of trying every position of a long document.
_LINE_EVENT = r"#{1,6}(?:[ \t]|\r?$)| {0,3}(?:`{3,}|~{3,}|<)"
_EVENT = re.compile(rf"\n(?={_LINE_EVENT})", re.MULTILINE)
# A paragraph's first line: at column 0, starting with a letter, after a blank line.
_PARAGRAPH = re.compile(r"\n[ \t]*\r?\n([^\W\d_][^\r\n]*)")
_FIRST_EVENT = re.compile(_LINE_EVENT, re.MULTILINE)
_BLANK_AFTER = re.compile(r"\n[ \t]*\r?(?=\n|\Z)")
_BLANK_AT = re.compile(r"[ \t]*\r?(?:\n|\Z)")
# A setext heading's underline (or a thematic break: telling them apart is not worth it here).
_SETEXT_UNDERLINE = re.compile(r"(?<=\n) {0,3}(?:=+|-+)[ \t]*\r?(?=\n|\Z)")
PARAGRAPH_CUT_ONE_IN = 4  # which paragraphs start a section: decided by their own text


def cuts(text: str) -> tuple[int, list[int]]:
    """Where the head ends (just after the first heading's line) and where sections may start:
    column-0 ATX headings after a blank line (and some paragraphs, see :func:`_paragraph_cuts`),
    outside fences, HTML blocks and front matter, after the first heading, without a claim word
    and not under a heading with one (its subsections may be what it lists).
    No cuts: read the document whole.

    Only lines that can open or close something are visited (one regular expression finds them),
    and paragraphs are picked in one pass, so a 2,000-line document takes a millisecond or two.
    """
    out: list[int] = []
    blocked: list[tuple[int, int]] = []  # fences and HTML blocks: no paragraph cut inside
    head_end = 0
    pos = 0
    if text.startswith("---") and yaml_front_matter(text):  # (the reader's own test)
        close = _FRONT_MATTER_CLOSE.search(text, text.find("\n") + 1) if "\n" in text else None
        if close is None:
            return 0, []  # front matter to the end, or not front matter: no telling
        pos = close.end() + 1
    body = pos  # where the text after the front matter starts
    seen_heading = False
    scope: tuple[int, int] | None = None  # level and start of a heading with a claim word
    limit = len(text)  # where reading stopped: an unclosed fence or HTML block runs to the end
    while (start := _next_event(text, pos)) is not None:
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[start:line_end].rstrip("\r")
        pos = line_end + 1
        fence = _FENCE.match(line)
        if fence and (fence.group(1)[0] == "~" or "`" not in fence.group(2)):
            marker = fence.group(1)
            closer = re.compile(rf"^ {{0,3}}{re.escape(marker[0])}{{{len(marker)},}}[ \t]*\r?$", re.MULTILINE)
            if (end := closer.search(text, pos)) is None:
                limit = start
                break
            pos = end.end() + 1
            blocked.append((start, pos))
            continue
        ends = _html_block_end(line)
        if ends is not None:
            if ends == "here":
                continue
            if ends == "blank":
                end_at = _next_blank(text, pos)
            else:
                found = ends.search(text, pos)
                end_at = found.end() if found else None
            if end_at is None:
                limit = start
                break
            pos = text.find("\n", end_at)
            pos = len(text) + 1 if pos < 0 else pos + 1
            blocked.append((start, pos))
            continue
        if not line.startswith("#"):
            continue  # "<3", or a backtick line that is not a fence
        level = len(line) - len(line.lstrip("#"))
        if scope is not None and level <= scope[0]:
            blocked.append((scope[1], start))
            scope = None
        claims = "open" in line.lower()
        if not seen_heading:
            seen_heading = bool(line.strip("# \t"))
            head_end = min(pos, len(text))
        elif _blank_before(text, start) and not claims and scope is None:
            out.append(start)
        if claims and scope is None:
            # "# Best open-source LLMs" over "## 1. Llama 3", ...: the subsections it lists are
            # read with it, so nothing under it is cut off.
            scope = (level, start)
    if scope is not None:
        blocked.append((scope[1], limit))
    if not seen_heading:
        # No ATX heading: the subject is in the front matter, if anywhere, and paragraphs are the
        # only cuts. A setext heading (or what may be one) names a subject for the page or for
        # what follows it: such a document is read whole.
        if _SETEXT_UNDERLINE.search(text, max(body - 1, 0), limit) is not None:
            return 0, []
        return body, _paragraph_cuts(text, body, limit, blocked)
    return head_end, sorted([*out, *_paragraph_cuts(text, head_end, limit, blocked)])


def _paragraph_cuts(text: str, head_end: int, limit: int, blocked: list[tuple[int, int]]) -> list[int]:
    """Paragraphs that start a section. One paragraph in a few does, chosen by a checksum of its
    first line, so an edit elsewhere never moves the cuts (and the cache keeps hitting), as in
    content-defined chunking. Only a paragraph at column 0 after a blank line, and never one with a
    claim word or after a block with one (a claim's region may join its neighbours) or with a
    pipe (it could be a table a lead-in introduces)."""
    chosen = [
        m.start(1)
        for m in _PARAGRAPH.finditer(text, max(head_end - 1, 0), limit)
        if not zlib.crc32(m.group(1).encode("utf-8", "surrogatepass")) % PARAGRAPH_CUT_ONE_IN
    ]
    merged: list[tuple[int, int]] = []  # a heading's scope may hold fences: merge overlaps
    for a, b in sorted(blocked):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    blocked = merged
    starts = [b[0] for b in blocked]
    out = []
    for start in chosen:
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and start < blocked[i][1]:
            continue
        end = _next_blank(text, start)
        block = text[start : len(text) if end is None else end]
        before = _block_before(text, start)
        if "|" not in block and "open" not in block.lower() and "open" not in before.lower():
            out.append(start)
    return out


def _block_before(text: str, start: int) -> str:
    """The block that ends before ``start`` (across the blank lines between): a claim there could
    be joined to the blocks after it, so the cut would split its region."""
    pos = start
    while pos > 0 and text[pos - 1] in " \t\r\n":
        pos -= 1
    line_start = text.rfind("\n", 0, pos) + 1
    while line_start > 0:
        previous = text.rfind("\n", 0, line_start - 1) + 1
        if not text[previous : line_start - 1].strip():
            break
        line_start = previous
    return text[line_start:pos]


def _next_event(text: str, pos: int) -> int | None:
    """The start of the next line at or after ``pos`` (a line start) that :data:`_EVENT` marks."""
    if pos == 0 and _FIRST_EVENT.match(text):
        return 0
    found = _EVENT.search(text, max(pos - 1, 0))
    return found.end() if found else None


def _next_blank(text: str, pos: int) -> int | None:
    """The start of the first blank line at or after ``pos`` (a line start)."""
    if _BLANK_AT.match(text, pos):
        return pos
    found = _BLANK_AFTER.search(text, pos)
    return found.start() + 1 if found else None


def _blank_before(text: str, start: int) -> bool:
    if start == 0:
        return True
    previous = text.rfind("\n", 0, start - 1) + 1
    return not text[previous : start - 1].strip()


def _html_block_end(line: str) -> re.Pattern[str] | str | None:
    """How an HTML block starting on ``line`` ends: at its end marker (a pattern), at a blank line
    ("blank"), on this very line ("here"); None when no HTML block starts here."""
    for opener, closer in _HTML_BLOCKS:
        m = opener.match(line)
        if m:
            return "here" if closer.search(line, m.end()) else closer
    if _HTML_UNTIL_BLANK.match(line):
        return "blank"
    return None


class SectionLinter:
    """:func:`~linter.api.analyse` by sections, with a cache of the sections' results."""

    def __init__(
        self,
        lint: Callable[..., LintResult] = analyse,
        *,
        min_chars: int = MIN_CHARS,
        max_entries: int = 5_000,
        max_misses: int = MAX_MISSES,
    ) -> None:
        self._lint = lint
        self._min_chars = min_chars
        self._max_entries = max_entries
        self._max_misses = max_misses
        self._cache: OrderedDict[tuple[str, str, str, str], _Entry | None] = OrderedDict()

    def analyse(self, text: str, *, path: str, config: Config) -> tuple[LintResult, bool]:
        """The result of ``analyse(text, path=path, config=config)``, and whether it was
        assembled from sections (False: it is that very call's result)."""
        plan = self._plan(text, path)
        if plan is None:
            return self._lint(text, path=path, config=config), False
        head_end, sections = plan
        key = repr(config)
        # The text before the first cut is read alone; every later section is read after the
        # head (front matter and first heading), with a blank line between.
        head = text[:head_end] if text[:head_end].endswith("\n\n") else text[:head_end] + "\n"
        keys = [(path, key, "", text[: sections[0][0]])]
        keys += [(path, key, head, text[start:end]) for start, end in sections]
        if sum(k not in self._cache for k in keys) > self._max_misses:
            # A new document, or its head changed: one whole reading is quicker than many
            # sections, and what it finds fills the cache for the edits to come.
            whole = self._lint(text, path=path, config=config)
            self._seed(whole, keys, [(0, sections[0][0]), *sections], len(head))
            return whole, False
        assembled = LintResult(path, text)
        first = self._view("", text[: sections[0][0]], path, config, key)
        assert first is not None  # nothing precedes it, so nothing can attach across
        first.take(assembled, 0, 0)
        for start, end in sections:
            view = self._view(head, text[start:end], path, config, key)
            if view is None:
                return self._lint(text, path=path, config=config), False
            view.take(assembled, len(head), start - len(head))
        assembled.findings.sort(key=lambda f: (f.start, f.model.start, f.code))
        assembled.suppressed.sort(key=lambda f: (f.start, f.model.start, f.code))
        return assembled, True

    def _seed(
        self, whole: LintResult, keys: list[tuple[str, str, str, str]], spans: list[tuple[int, int]], cut: int
    ) -> None:
        """Cache each section's share of a whole reading, as its own reading would give it."""
        for n, (cache_key, (start, end)) in enumerate(zip(keys, spans, strict=True)):
            head_len = 0 if n == 0 else cut
            delta = start - head_len

            def inside(offset: int, start: int = start, end: int = end) -> bool:
                return start <= offset < end

            def move(offset: int, start: int = start, delta: int = delta) -> int:
                return offset - delta if offset >= start else offset

            attachments = [a for a in whole.attachments if inside(a.claim.start)]
            if any(not inside(m.start) and m.start >= head_len for a in attachments for m in a.mentions):
                continue  # about a model in another section: leave it to be read on its own
            if n and any(m.start < head_len for a in attachments for m in a.mentions):
                self._store(cache_key, None)  # about the head's model: only the whole can tell
                continue
            view = LintResult(whole.path, cache_key[2] + cache_key[3])
            view.attachments = [_move_attachment(a, move) for a in attachments]
            view.mentions = [_move_mention(m, move) for m in whole.mentions if inside(m.start)]
            view.findings = [_move_finding(f, move) for f in whole.findings if inside(f.start)]
            view.suppressed = [_move_finding(f, move) for f in whole.suppressed if inside(f.start)]
            self._store(cache_key, _Entry(view))

    def _store(self, cache_key: tuple[str, str, str, str], entry: _Entry | None) -> None:
        self._cache[cache_key] = entry
        self._cache.move_to_end(cache_key)
        if len(self._cache) > self._max_entries:
            self._cache.popitem(last=False)

    def _plan(self, text: str, path: str) -> tuple[int, list[tuple[int, int]]] | None:
        if len(text) < self._min_chars or PurePath(path).suffix.lower() not in MARKDOWN_SUFFIXES:
            return None
        if ("]:" in text and _REFERENCE.search(text)) or _RANGE_SUPPRESSION.search(text):
            return None
        head_end, starts = cuts(text)
        if not starts:
            return None
        return head_end, list(zip(starts, [*starts[1:], len(text)], strict=True))

    def _view(self, head: str, section: str, path: str, config: Config, key: str) -> _Entry | None:
        """``analyse(head + section)``, or None when a claim in the section is about a model
        named in the head (only the whole document can say which finding that mention keeps)."""
        cache_key = (path, key, head, section)
        if cache_key in self._cache:
            self._cache.move_to_end(cache_key)
            return self._cache[cache_key]
        result = self._lint(head + section, path=path, config=config)
        cut = len(head)
        entry: _Entry | None = _Entry(result)
        if head and any(
            a.claim.start >= cut and any(m.start < cut for m in a.mentions) for a in result.attachments
        ):
            entry = None
        self._store(cache_key, entry)
        return entry


class _Entry:
    """One section's result, and its findings moved into place for the last offset it had."""

    def __init__(self, result: LintResult) -> None:
        self.result = result
        self._moved_for: tuple[int, int] | None = None
        self._moved: tuple[list[Attachment], list[Mention], list[Finding], list[Finding]] = ([], [], [], [])

    def take(self, into: LintResult, lo: int, delta: int) -> None:
        """Copy what the section found (at ``lo`` and after in its text) into ``into``, moved by
        ``delta``. Sections before an edit keep their offsets, so their moves are reused."""
        view = self.result
        if not (view.attachments or view.mentions or view.suppressed or view.notices):
            return  # most sections hold no claim at all
        if self._moved_for != (lo, delta):

            def move(offset: int) -> int:
                return offset + delta if offset >= lo else offset

            self._moved = (
                [_move_attachment(a, move) for a in view.attachments if a.claim.start >= lo],
                [_move_mention(m, move) for m in view.mentions if m.start >= lo],
                [_move_finding(f, move) for f in view.findings if f.start >= lo],
                [_move_finding(f, move) for f in view.suppressed if f.start >= lo],
            )
            self._moved_for = (lo, delta)
        attachments, mentions, findings, suppressed = self._moved
        into.attachments.extend(attachments)
        into.mentions.extend(mentions)
        into.findings.extend(findings)
        into.suppressed.extend(suppressed)
        into.notices.extend(n for n in view.notices if n not in into.notices)


def _move_mention(m: Mention, move: Callable[[int], int]) -> Mention:
    return replace(m, start=move(m.start), end=move(m.end))


def _move_attachment(a: Attachment, move: Callable[[int], int]) -> Attachment:
    claim = replace(
        a.claim, start=move(a.claim.start), end=move(a.claim.end), core_start=move(a.claim.core_start)
    )
    return replace(a, claim=claim, mentions=tuple(_move_mention(m, move) for m in a.mentions))


def _move_finding(f: Finding, move: Callable[[int], int]) -> Finding:
    model: ModelRef = replace(f.model, start=move(f.model.start), end=move(f.model.end))
    fix = f.fix
    if fix is not None:
        fix = replace(fix, edits=tuple(replace(e, start=move(e.start), end=move(e.end)) for e in fix.edits))
    return replace(f, start=move(f.start), end=move(f.end), model=model, fix=fix)
