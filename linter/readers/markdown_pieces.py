"""Where a long Markdown document can be cut into pieces that markdown-it parses on their own.

markdown-it-py takes about twenty seconds over 50 MB, while only the blocks near a claim word
(and the headings above them) are ever read for findings. At the start of a top-level block,
nothing before it changes how the rest parses (the inline stage, where link definitions would,
is off), so the reader parses only the pieces it needs and gets the very tokens a whole parse
gives there.

A cut goes before a line that starts with an ASCII letter in column 0 right after a blank line.
Such a line ends every paragraph, list, blockquote, table, indented code block and HTML block of
kinds 6 and 7 open before it; what it can still lie inside is a fenced code block, an HTML block of
kinds 1-5 (``<!--``, ``<script>`` ...) or front matter, opened at the top level. The scan follows
those with markdown-it's own rules and patterns. A fence or an HTML block indented by 1-3 spaces
may be nested in a list item or stand at the top level: both readings are followed, and where
they disagree at a cut, markdown-it parses the stretch since the last sure cut to decide (a block
starts at the cut in that parse exactly when it does in a whole one: line ends and fences are
decided by what lies before them, so nothing past the cut is needed).
"""

from __future__ import annotations

import re

from markdown_it.rules_block.html_block import HTML_SEQUENCES

_OUT = -1  # the scan's state outside any top-level fence, HTML block or front matter
# Events, each at the line break before its line (the text is scanned with one put in front): a
# line that may open a fence or an HTML block (at most 3 spaces in; a tab makes 4 columns: code),
# or a line starting with a letter after a blank line (a cut, if nothing holds it).
_EVENT = re.compile(
    r"\n(?P<indent> {0,3})(?:(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)|(?P<html><[^\n]*))"
    r"|\n[ \t]*\n(?P<cut>[A-Za-z])"
)
_DASHES = re.compile("-*")
_BLANK = re.compile(r"\n[ \t]*(?=\n)")
# A container a line is nested in takes at least one column of the prefix of the line that opens
# it: indentation, '>' or a list marker and its space. A document with a line whose prefix, up to
# its last '>' or marker, spans this many columns may nest past the reader's limit (markdown-it's
# maxNesting, about 100 levels): it is parsed whole, so the reader sees the limit as before.
_MARKER = r"(?:>|(?:[-*+]|[0-9]{1,9}[.)])(?=[ \t\n]))"
_DEEP_PREFIX = re.compile(rf"\n(?=(?:[ \t]|{_MARKER}){{16}})(?:[ \t]|{_MARKER})*{_MARKER}")
_DEEP_COLUMNS = 64
# What a line must open with for _DEEP_PREFIX to match there (each of its 16 pieces is at least
# one of these characters): a plain class is tried at each of a long file's line breaks several
# times faster than the pattern's look-ahead.
_DEEP_CANDIDATE = re.compile(r"\n[ \t>*+\-0-9.)]{16}")


def cut_lines(text: str, parse) -> list[int] | None:
    """The lines (0-based) at which ``text`` can be cut, 0 first; None when it should be parsed
    whole. ``parse`` is markdown-it's ``parse``, used where the scan alone cannot decide. ``text``
    holds only ``\\n`` line breaks (see :func:`normalised`)."""
    text = "\n" + text  # every line, the first too, follows a line break: offsets are one more
    if _too_deep(text):
        return None
    last_line = text.count("\n") - 1
    cuts, cut_at = [0], 1  # lines, and the offset where the last one starts
    # The readings still possible: outside everything (``out``), or inside a block that lasts
    # through one of the lines in ``busy``.
    front_matter = _front_matter_end(text)
    out, busy = front_matter == _OUT, ([] if front_matter == _OUT else [front_matter])
    budget = last_line + 1  # lines markdown-it may parse to decide cuts, before giving up
    here, here_line = 0, -1  # a line break, and the line before the one it starts
    for event in _EVENT.finditer(text):
        cut = event.lastgroup == "cut"
        line = here_line + text.count("\n", here, event.start() + 1) + cut
        if cut:
            here, here_line = event.start("cut") - 1, line - 1
        else:
            here, here_line = event.start(), line - 1
        if busy and min(busy) < line:  # a block lasts through its last line
            busy = [b for b in busy if b >= line]
            out = True
        if cut:
            if not out:
                continue
            if busy:
                budget -= line - cuts[-1]
                if budget < 0:
                    return None
                line_end = text.find("\n", event.start("cut"))
                piece = text[cut_at : len(text) if line_end < 0 else line_end + 1]
                if not _starts_block(piece, line - cuts[-1], parse):
                    out = False
                    continue
                busy = []
            cuts.append(line)
            cut_at = event.start("cut")
            continue
        if not out:
            continue  # inside a fence or HTML block in every reading: content
        end, certain = _opens(event, text, line, last_line)
        if end is None:
            continue
        out = not certain
        if end not in busy:
            busy.append(end)
    return cuts


def _opens(event: re.Match[str], text: str, line: int, last_line: int) -> tuple[int | None, bool]:
    """The last line of the block this event's line opens if it opens one that a cut cannot
    enter (None if it opens none), and whether it surely does so at the top level (unindented)."""
    certain = event.group("indent") == ""
    after = event.end()  # the line break that ends the event's line, or the end of the text

    def line_of(pos: int) -> int:
        return line + text.count("\n", after, pos + 1)

    if event.group("fence") is not None:
        marker = event.group("fence")
        if marker[0] == "`" and "`" in event.group("info"):
            return None, False  # not a fence: a backtick fence's info holds no backtick
        closing = re.compile(rf"\n {{0,3}}{re.escape(marker[0])}{{{len(marker)},}}[ \t]*(?=\n|\Z)")
        found = closing.search(text, after)
        return (line_of(found.start()) if found else last_line), certain
    line_text = event.group("html")
    kind = next((seq for seq in HTML_SEQUENCES if seq[0].search(line_text)), None)
    if kind is None:
        return None, False
    _, closing, interrupts = kind
    if closing.search(""):  # kinds 6 and 7: end at a blank line, before any cut
        blank = _BLANK.search(text, after)
        return (line_of(blank.start()) if blank else last_line), certain and interrupts
    if closing.search(line_text):
        return None, False  # closed on its own line
    found = closing.search(text, after)
    return (line_of(found.start()) if found else last_line), certain


def _front_matter_end(text: str) -> int:
    """The last line of front matter (mdit-py-plugins' rule: three or more dashes at the very
    start, closed by as many dashes or by '...'), or the outside state when there is none.
    ``text`` is the scanned text, one line break in front."""
    marker = len(_DASHES.match(text, 1).group())
    if marker < 3:
        return _OUT
    first_end = text.find("\n", 1)
    if first_end < 0:
        return _OUT
    closing = re.compile(rf"\n(?:\.\.\.|[ ]{{0,3}}-{{{marker},}})[ \t]*(?=\n|\Z)")
    found = closing.search(text, first_end)
    return text.count("\n", 0, found.start() + 1) - 1 if found else _OUT


def _too_deep(text: str) -> bool:
    for candidate in _DEEP_CANDIDATE.finditer(text):
        match = _DEEP_PREFIX.match(text, candidate.start())
        if match is None:
            continue
        columns = 0
        for ch in match.group()[1:]:
            columns = columns + 4 - columns % 4 if ch == "\t" else columns + 1
        if columns >= _DEEP_COLUMNS:
            return True
    return False


def _starts_block(text: str, line: int, parse) -> bool:
    """Whether markdown-it starts a top-level block at ``line`` of ``text`` (which begins at a sure
    cut and ends with that line)."""
    return any(tok.level == 0 and tok.nesting >= 0 and tok.map and tok.map[0] == line for tok in parse(text))


def normalised(text: str) -> str:
    """``text`` with markdown-it's line breaks ("\\r\\n", "\\r", "\\n") all "\\n": the same lines."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


_UNDERLINE_END = re.compile(r"[=-][ \t]*(?:[\r\n]|\Z)")


def may_hold_heading(text: str) -> bool:
    """False only when no heading can be in ``text``: it has no '#' and no line ending in '=' or
    '-' (a setext heading's underline)."""
    return "#" in text or _UNDERLINE_END.search(text) is not None
