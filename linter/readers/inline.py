"""Mask inline markup inside a Markdown block, leaving only the words a reader sees.

Masked: code spans, autolinks, raw HTML, link and image destinations (the link text and image alt
text stay), bare URLs, emphasis markers, backslashes of escapes, footnote references, template
shortcodes and references to a space or hyphen ("&nbsp;"). Offsets never move: masked
characters become spaces.
"""

from __future__ import annotations

import bisect
import re

from linter.readers import mask

URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>()\[\]`\"']*(?:\([^\s()]*\)[^\s<>()\[\]`\"']*)*")
_AUTOLINK = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
_HTML = re.compile(
    r"<!--.*?-->|</?[A-Za-z][\w-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/?>",
    re.DOTALL,
)
# Bounded, so a run of unmatched braces cannot make the scan quadratic.
_SHORTCODE = re.compile(r"\{\{[^{}]{0,400}?\}\}|\{%[^{}]{0,400}?%\}")
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_EMPHASIS = re.compile(r"\*+|~~|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])")
_BACKTICKS = re.compile(r"`+")
# References to a space or hyphen between words ("Llama&nbsp;3", "open&#8209;source"): a reader
# sees one word break there.
_SPACE_ENTITY = re.compile(
    r"&(?:nbsp|ensp|emsp|thinsp|hyphen|#0*(?:160|82(?:0\d|1[01])|8239)|#x0*(?:a0|20(?:0[0-9a-f]|1[01])|202f));",
    re.IGNORECASE,
)


def _mask_code_spans(text: str, chars: list[str], start: int, end: int) -> None:
    """A run of backticks opens a code span closed by the next run of the same length."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text, start, end)]
    later_of_length: dict[int, list[int]] = {}  # run length -> indices of the runs, in order
    for n, (a, b) in enumerate(runs):
        later_of_length.setdefault(b - a, []).append(n)
    n = 0
    while n < len(runs):
        a, b = runs[n]
        same = later_of_length[b - a]
        k = bisect.bisect_right(same, n)
        if k == len(same):
            n += 1  # an unmatched run of backticks is literal text
            continue
        closing = same[k]
        mask(chars, a, runs[closing][1])
        n = closing + 1


# What the paren matching reads: an escape (with the character it escapes), a paren, and a line
# break before a blank line.
_PAREN_EVENT = re.compile(r"\\[\s\S]|[()]|\n(?=\n)")
_BRACKET = re.compile(r"[\[\]]")


def _closing_parens(text: str, start: int, end: int) -> dict[int, int]:
    """For each ``(`` in ``start:end``, the index just past its matching ``)``; one pass, so a
    paragraph of ten thousand unclosed ``x](`` costs what its length costs."""
    closing: dict[int, int] = {}
    waiting: list[int] = []
    for match in _PAREN_EVENT.finditer(text, start, end):
        ch = match.group()
        if ch == "(":
            waiting.append(match.start())
        elif ch == ")":
            if waiting:
                closing[waiting.pop()] = match.end()
        elif ch == "\n":
            waiting.clear()  # a blank line closes nothing
    return closing


def _mask_links(text: str, chars: list[str], start: int, end: int) -> None:
    """``[text](dest)``, ``![alt](src)``, ``[text][ref]``: keep the text, mask the rest.

    One left-to-right pass; the ``[`` that a ``]`` closes is the innermost one still open, which
    is what scanning back from the ``]`` and counting brackets would find. The brackets are found
    in the block as masked on entry: what this pass masks lies behind the scan or is jumped over.
    """
    masked = "".join(chars[start:end])  # masked code spans hold no brackets
    if "]" not in masked:
        return
    parens: dict[int, int] | None = None
    opened: list[int] = []  # positions of the "[" not closed yet
    resume = start
    for bracket in _BRACKET.finditer(masked):
        i = start + bracket.start()
        if i < resume:
            continue  # inside a link destination masked a moment ago
        if bracket.group() == "[":
            opened.append(i)
            continue
        opening = opened.pop() if opened else -1
        nxt = text[i + 1 : i + 2]
        close = -1
        if nxt == "(":
            if parens is None:
                parens = _closing_parens(text, start, end)
            close = parens.get(i + 1, -1)
        elif nxt == "[":
            close = text.find("]", i + 2, end)
            if close != -1 and "\n\n" in text[i:close]:
                close = -1
            if close != -1:
                close += 1
        if close != -1 and opening != -1:
            mask(chars, i, close)
            mask(chars, opening, opening + 1)
            if opening > start and chars[opening - 1] == "!":
                mask(chars, opening - 1, opening)
            resume = close


# Each pattern runs only over a block holding the characters it needs: most hold none.
_NEEDS = (
    (_AUTOLINK, "<"),
    (_HTML, "<"),
    (_SHORTCODE, "{"),
    (URL, ":w"),
    (_FOOTNOTE, "^"),
    (_SPACE_ENTITY, "&"),
)


def mask_inline(text: str, chars: list[str], start: int, end: int) -> None:
    if "`" in text[start:end]:
        _mask_code_spans(text, chars, start, end)
    masked = "".join(chars[start:end])
    # Later patterns run over the partly masked text, so nothing inside a code span counts.
    for pattern, needs in _NEEDS:
        if not any(c in masked for c in needs):
            continue
        changed = False
        for match in pattern.finditer(masked):
            mask(chars, start + match.start(), start + match.end())
            changed = True
        if changed:
            masked = "".join(chars[start:end])
    if "]" in masked:
        _mask_links(text, chars, start, end)
        masked = "".join(chars[start:end])
    for pattern in (_ESCAPE, _EMPHASIS):
        for match in pattern.finditer(masked):
            mask(chars, start + match.start(), start + match.end())
