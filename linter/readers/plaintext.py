"""Plain text: every paragraph is prose; only bare URLs are masked."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.readers import Block, ProseDocument
from linter.readers.inline import URL

# A blank line, in any of the line endings a file may use ("\r\n", "\n" or a lone "\r").
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r|\n)")


def without_urls(text: str) -> str:
    """``text`` with bare URLs blanked: the prose of a format that has no markup. A URL holds no
    whitespace, so each becomes as many spaces as it has characters (one copy of the text, not a
    list of its characters: this reader also takes files too large for the others)."""
    return URL.sub(lambda match: " " * len(match.group()), text)


def windows(text: str, size: int) -> Iterator[tuple[int, int]]:
    """``text`` cut into spans of at least ``size`` characters that end where a blank line starts
    (the last span takes the rest), so each holds whole paragraphs."""
    start = 0
    while start < len(text):
        cut = _PARAGRAPH_BREAK.search(text, start + size) if start + size < len(text) else None
        end = cut.start() if cut else len(text)
        if cut and text[end - 1] == "\r" and text[end] == "\n":
            end -= 1  # the break opens with this "\r\n", not inside it
        yield start, end
        start = end


def read(text: str) -> ProseDocument:
    blocks = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[start : match.start()].strip():
            blocks.append(Block(start, match.start(), "text"))
        start = match.end()
    if text[start:].strip():
        blocks.append(Block(start, len(text), "text"))
    first = blocks[0] if blocks else None
    subject = None
    if first is not None and not any(c in text[first.start : first.end].strip() for c in "\r\n"):
        subject = (first.start, first.end)  # a one-line first paragraph reads as a title
    return ProseDocument(text, without_urls(text), blocks, subject)
