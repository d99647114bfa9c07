"""Plain text: every paragraph is prose; only bare URLs are masked."""

from __future__ import annotations

import re

from linter.readers import Block, ProseDocument, mask
from linter.readers.inline import URL

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")


def without_urls(text: str) -> str:
    """``text`` with bare URLs blanked: the prose of a format that has no markup."""
    chars = list(text)
    for match in URL.finditer(text):
        mask(chars, *match.span())
    return "".join(chars)


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
    if first is not None and "\n" not in text[first.start : first.end].strip():
        subject = (first.start, first.end)  # a one-line first paragraph reads as a title
    return ProseDocument(text, without_urls(text), blocks, subject)
