"""Mask inline markup inside a Markdown block, leaving only the words a reader sees.

Masked: code spans, autolinks, raw HTML, link and image destinations (the link text and image alt
text stay), bare URLs, emphasis markers, backslashes of escapes, footnote references and template
shortcodes. Offsets never move: masked characters become spaces.
"""

from __future__ import annotations

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


def _mask_code_spans(text: str, chars: list[str], start: int, end: int) -> None:
    pos = start
    while True:
        opening = _BACKTICKS.search(text, pos, end)
        if opening is None:
            return
        run = opening.group()
        closing = _BACKTICKS.search(text, opening.end(), end)
        while closing is not None and closing.group() != run:
            closing = _BACKTICKS.search(text, closing.end(), end)
        if closing is None:
            pos = opening.end()  # an unmatched run of backticks is literal text
            continue
        mask(chars, opening.start(), closing.end())
        pos = closing.end()


def _closing_paren(text: str, i: int, end: int) -> int:
    """Index just past the ``)`` matching the ``(`` at ``i``, or -1."""
    depth = 0
    while i < end:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        elif ch == "\n" and text[i + 1 : i + 2] == "\n":
            return -1
        i += 1
    return -1


def _opening_bracket(chars: list[str], i: int, start: int) -> int:
    depth = 0
    while i >= start:
        ch = chars[i]
        if ch == "]":
            depth += 1
        elif ch == "[":
            depth -= 1
            if depth == 0:
                return i
        i -= 1
    return -1


def _mask_links(text: str, chars: list[str], start: int, end: int) -> None:
    """``[text](dest)``, ``![alt](src)``, ``[text][ref]``: keep the text, mask the rest."""
    pos = start
    while (i := text.find("]", pos, end)) != -1:
        pos = i + 1
        if chars[i] != "]":
            continue  # inside a code span already masked
        nxt = text[i + 1 : i + 2]
        if nxt == "(":
            close = _closing_paren(text, i + 1, end)
            if close == -1:
                continue
        elif nxt == "[":
            close = text.find("]", i + 2, end)
            if close == -1 or "\n\n" in text[i:close]:
                continue
            close += 1
        else:
            continue
        opening = _opening_bracket(chars, i, start)
        if opening == -1:
            continue
        mask(chars, i, close)
        mask(chars, opening, opening + 1)
        if opening > start and chars[opening - 1] == "!":
            mask(chars, opening - 1, opening)
        pos = close


def mask_inline(text: str, chars: list[str], start: int, end: int) -> None:
    _mask_code_spans(text, chars, start, end)
    masked = "".join(chars[start:end])
    # Later patterns run over the partly masked text, so nothing inside a code span counts.
    for pattern in (_AUTOLINK, _HTML, _SHORTCODE, URL, _FOOTNOTE):
        for match in pattern.finditer(masked):
            mask(chars, start + match.start(), start + match.end())
        masked = "".join(chars[start:end])
    _mask_links(text, chars, start, end)
    masked = "".join(chars[start:end])
    for pattern in (_ESCAPE, _EMPHASIS):
        for match in pattern.finditer(masked):
            mask(chars, start + match.start(), start + match.end())
