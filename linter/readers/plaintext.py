"""Plain text: every paragraph is prose; only bare URLs are masked."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

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


# A line that opens with a list mark and goes on: "- Llama 3", "* item", "• item", "1. item",
# "2) item". The mark (group 1) is blanked in the prose.
_ITEM_MARK = re.compile(r"[ \t]*([-*•+]|\d{1,3}[.)])[ \t]+(?=\S)")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


# A bullet typed as a character ("• item"), which Markdown leaves in its paragraph.
_TYPED_BULLET = re.compile(r"[ \t]*([•·▪‣◦])[ \t]+(?=\S)")


def typed_bullets(text: str, chars: list[str], start: int, end: int, group: int) -> list[Block]:
    """A Markdown paragraph whose lines open with typed bullets ("Magistral Small:" over "• 24B
    parameters", "• Apache 2.0"), as the list a reader sees: its bulleted lines are list items
    of list ``group``, their marks blanked in ``chars``; one paragraph when none is."""
    blocks = _paragraph_blocks(text, start, end, group, _TYPED_BULLET)
    for b in blocks:
        if b.kind == "list_item" and (mark := _TYPED_BULLET.match(text, b.start, b.end)):
            chars[mark.start(1) : mark.end(1)] = " " * (mark.end(1) - mark.start(1))
    return [b if b.kind == "list_item" else replace(b, kind="paragraph") for b in blocks]


def _paragraph_blocks(
    text: str, start: int, end: int, group: int, item_mark: re.Pattern[str] = _ITEM_MARK
) -> list[Block]:
    """The blocks of one paragraph: its lines that open with a list mark are list items (one
    list, ``group``), the runs of other lines text. Plain text has lists too ("Top open-source
    models:" over "- Llama 3"), and a lead-in reads the items below it."""
    out: list[Block] = []
    run = -1  # where the current run of text lines starts
    for line in _LINE.finditer(text, start, end):
        if line.start() >= end or line.start() == line.end():
            break
        stop = min(end, line.start() + len(line.group().rstrip("\r\n")))
        if item_mark.match(text, line.start(), stop):
            if run != -1:
                out.append(Block(run, _trimmed(text, run, line.start()), "text"))
                run = -1
            out.append(Block(line.start(), stop, "list_item", level=1, group=group))
        elif run == -1:
            run = line.start()
    if run != -1:
        out.append(Block(run, _trimmed(text, run, end), "text"))
    return out if any(b.kind == "list_item" for b in out) else [Block(start, end, "text")]


def _trimmed(text: str, start: int, end: int) -> int:
    """``end`` moved back over the line break that closes a run of lines."""
    while end > start and text[end - 1] in "\r\n":
        end -= 1
    return end


def read(text: str) -> ProseDocument:
    blocks: list[Block] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[start : match.start()].strip():
            blocks.extend(_paragraph_blocks(text, start, match.start(), group=len(blocks)))
        start = match.end()
    if text[start:].strip():
        blocks.extend(_paragraph_blocks(text, start, len(text), group=len(blocks)))
    prose = without_urls(text)
    items = [b for b in blocks if b.kind == "list_item"]
    if items:
        # A list mark is no word of prose, as Markdown's reader blanks it: "models⏎- Llama 3" is
        # no dash between the two.
        chars = list(prose)
        for b in items:
            if mark := _ITEM_MARK.match(prose, b.start, b.end):
                chars[mark.start(1) : mark.end(1)] = " " * (mark.end(1) - mark.start(1))
        prose = "".join(chars)
    first = blocks[0] if blocks else None
    subject = None
    if first is not None and not any(c in text[first.start : first.end].strip() for c in "\r\n"):
        subject = (first.start, first.end)  # a one-line first paragraph reads as a title
    return ProseDocument(text, prose, blocks, subject)
