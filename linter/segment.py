"""Segmentation: which blocks of a document each claim is read in, and what the page is about.

A claim is read with its own block, the rest of its table row, or the list items that a heading or
a lead-in ending in ':' introduces; adjacent chosen blocks form one segment, so a sentence running
over blocks keeps its context. A huge block (a 5 MB single line) is read in windows around its
claims. Each segment carries, as spaCy ``user_data``, the block layout the pipeline's components
read: block starts, table rows, lead-ins and the page's subject.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from linter.mentions import Mention
from linter.readers import Block, ProseDocument

if TYPE_CHECKING:
    from linter.vocab import Vocabulary


@dataclass(frozen=True)
class Segment:
    """One stretch of prose handed to the spaCy pipeline."""

    base: int  # offset of ``text`` in the document's prose
    text: str  # the prose of its blocks, runs that are no words blanked
    user_data: dict  # block layout for the pipeline's components


def segments(
    doc: ProseDocument, candidates: list[int], subject: Mention | None, vocab: Vocabulary | None = None
) -> Iterator[Segment]:
    """The segments that hold the claims starting at the offsets ``candidates``. Each carries the
    subject of its section (the nearest heading above it that names a model) or of the page."""
    block_index = {id(b): i for i, b in enumerate(doc.blocks)}  # once, not once per segment
    headings = [i for i, b in enumerate(doc.blocks) if b.kind == "heading"]
    for blocks in _regions(doc, candidates):
        base = blocks[0].start
        text = _LONG_RUN.sub(lambda m: " " * len(m.group()), doc.prose[base : blocks[-1].end])
        first = block_index.get(id(blocks[0]))
        section = _section_subject(doc, headings, first, vocab) if vocab and first is not None else None
        yield Segment(base, text, _user_data(doc, blocks, base, section or subject, block_index))


_HEADING_SUBJECT_MAX = 60  # characters: "### Llama 2", "# DeepSeek-V3 Weight File Documentation"


def _section_subject(
    doc: ProseDocument, headings: list[int], first: int, vocab: Vocabulary
) -> Mention | None:
    """The model the nearest heading above block ``first`` opens with, if it is a short one."""
    from linter.mentions import find_mentions

    k = bisect.bisect_left(headings, first) - 1
    if k < 0:
        return None
    block = doc.blocks[headings[k]]
    title = doc.prose[block.start : block.end]
    if len(title.strip()) > _HEADING_SUBJECT_MAX:
        return None
    found = find_mentions(title, vocab)
    if not found or found[0].possessive or title[: found[0].start].strip(" #*[_`"):
        return None  # the heading must open with the name
    return shift_mention(found[0], block.start)


def shift_mention(mention: Mention, base: int) -> Mention:
    return replace(mention, start=mention.start + base, end=mention.end + base)


def document_subject(doc: ProseDocument, vocab: Vocabulary) -> Mention | None:
    """The model a page is about, named in its front matter, title or first heading."""
    from linter.mentions import find_mentions

    if doc.subject is None or doc.subject[1] - doc.subject[0] > _TITLE_MAX:
        return None  # a "title" of paragraphs (a file on one line) names no single subject
    start, end = doc.subject
    found = find_mentions(doc.text[start:end], vocab)
    if not found:
        return None
    return shift_mention(found[0], start)


def _block_index(blocks: list[Block], starts: list[int], offset: int) -> int:
    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < blocks[i].end else -1


def _regions(doc: ProseDocument, candidates: list[int]) -> list[list[Block]]:
    """The blocks each claim is read in: its own, its table row, or the list it introduces."""
    blocks = doc.blocks
    starts = [b.start for b in blocks]
    chosen: set[int] = set()
    tables: dict[int, list[int]] | None = None  # table group -> its cells, built on first need
    for offset in candidates:
        i = _block_index(blocks, starts, offset)
        if i < 0:
            continue
        block = blocks[i]
        chosen.add(i)
        if (
            block.kind in ("heading", "paragraph")
            and i + 1 < len(blocks)
            and blocks[i + 1].kind == "paragraph"
        ):
            # The next paragraph may name the model a headline or sentence leaves unnamed.
            chosen.add(i + 1)
        if block.kind == "table_cell":
            if tables is None:
                tables = {}
                for j, b in enumerate(blocks):
                    if b.kind == "table_cell":
                        tables.setdefault(b.group, []).append(j)
            cells = tables.get(block.group, [])
            if block.row == 0:
                # A claim in a header speaks of the rows below: read the table (its first rows).
                chosen.update(j for j in cells if blocks[j].row <= _HEADER_ROWS)
            else:
                chosen.update(j for j in cells if blocks[j].row == block.row)
        if _is_lead_in(doc, i):
            chosen.update(_introduced_items(blocks, i))
        if block.kind == "list_item":
            chosen.update(_lead_in_above(doc, i))
    regions: list[list[Block]] = []
    previous = -2
    for i in sorted(chosen):
        block = blocks[i]
        if block.end - block.start > _WINDOW * 4:
            # A huge block (a 5 MB single line): read a window around each claim in it.
            regions.extend([w] for w in _windows(doc, block, candidates))
            previous = -2
            continue
        if i == previous + 1 and regions:
            regions[-1].append(blocks[i])
        else:
            regions.append([blocks[i]])
        previous = i
    return regions


# A run of 200 characters without a space is no word of prose (a hash, base64, 10,000 '>'), and
# spaCy's affix rules take quadratic time on one: blank it before tokenising.
_LONG_RUN = re.compile(r"\S{200,}")
_WINDOW = 2_000  # characters read on each side of a claim inside a huge block
_TITLE_MAX = 200  # characters: longer than any title
_HEADER_ROWS = 60  # rows of a table that a claim in its header is read with


def _windows(doc: ProseDocument, block: Block, candidates: list[int]) -> list[Block]:
    out: list[Block] = []
    for offset in candidates:
        if not block.start <= offset < block.end or (out and offset < out[-1].end):
            continue
        start = max(block.start, offset - _WINDOW)
        end = min(block.end, offset + _WINDOW)
        # Start and end on spaces so no word is cut in two.
        while start > block.start and not doc.prose[start - 1].isspace():
            start -= 1
        while end < block.end and not doc.prose[end].isspace():
            end += 1
        out.append(replace(block, start=start, end=end))
    return out


def _is_lead_in(doc: ProseDocument, i: int) -> bool:
    """A heading, a line ending in ':', or a one-line title right above a list introduces what
    follows ("Top open-source models" over a list of models)."""
    block = doc.blocks[i]
    if block.kind == "heading":
        return True
    prose = doc.prose[block.start : block.end].strip()
    if prose.endswith(":"):
        return True
    if block.kind != "paragraph" or "\n" in prose or prose[-1:] in ".!?" or i + 1 >= len(doc.blocks):
        return False
    following = doc.blocks[i + 1]
    return following.kind == "list_item" and doc.text.count("\n", block.end, following.start) <= 1


def _title_line(doc: ProseDocument, block: Block) -> bool:
    """A paragraph that reads as a title: one short line without a closing full stop ("Whisper by
    OpenAI: Finally Good Open-Source Speech Recognition" over the article)."""
    if block.kind != "paragraph":
        return False
    line = doc.prose[block.start : block.end].strip()
    return 0 < len(line) <= _TITLE_LINE_MAX and "\n" not in line and line[-1] not in ".!?:;,"


_TITLE_LINE_MAX = 100


def _lead_in_above(doc: ProseDocument, i: int, limit: int = 40) -> range:
    """The lead-in ("X has the following features:") that introduces the list holding item
    ``i``, with the items between them; empty when the list has no lead-in or it is far away."""
    blocks = doc.blocks
    j = i
    while j > 0 and i - j < limit and blocks[j - 1].group == blocks[i].group:
        j -= 1
    if j == 0 or i - j >= limit or blocks[j - 1].kind != "paragraph" or not _is_lead_in(doc, j - 1):
        return range(0)
    return range(j - 1, i)


def _introduced_items(blocks: list[Block], i: int, limit: int = 40) -> list[int]:
    """The list items (or table rows) that a heading or a lead-in ending in ':' introduces."""
    j = i + 1
    if j >= len(blocks):
        return []
    first = blocks[j]
    if first.kind not in ("list_item", "table_cell"):
        return []
    out = []
    while j < len(blocks) and j - i <= limit and blocks[j].group == first.group:
        out.append(j)
        j += 1
    return out


def _user_data(
    doc: ProseDocument, blocks: list[Block], base: int, subject: Mention | None, index: dict[int, int]
) -> dict:
    local = {id(b): n for n, b in enumerate(blocks)}
    lead_ins: dict[int, list[int]] = {}
    for n, block in enumerate(blocks):
        position = index.get(id(block))  # None for a window cut out of a huge block
        if position is not None and _is_lead_in(doc, position):
            items = []
            for later in blocks[n + 1 :]:
                if later.kind == "heading" or later.kind == "paragraph":
                    break
                if (later.kind == "list_item" and (not items or later.level <= blocks[items[0]].level)) or (
                    later.kind == "table_cell" and later.row > 0
                ):
                    items.append(local[id(later)])
            if items:
                lead_ins[n] = items
    columns: list[int | None] = []
    for n, b in enumerate(blocks):
        same_row = (
            n > 0
            and blocks[n - 1].kind == "table_cell"
            and (blocks[n - 1].group, blocks[n - 1].row)
            == (
                b.group,
                b.row,
            )
        )
        columns.append(None if b.kind != "table_cell" else (columns[-1] + 1 if same_row else 0))
    return {
        "ow_block_starts": [b.start - base for b in blocks],
        "ow_headings": [n for n, b in enumerate(blocks) if b.kind == "heading" or _title_line(doc, b)],
        "ow_rows": [(b.group, b.row) if b.kind == "table_cell" else None for b in blocks],
        "ow_columns": columns,
        "ow_lead_ins": lead_ins,
        # A window cut out of a huge block starts mid-text: its first word leads nothing.
        "ow_cut": [n for n, b in enumerate(blocks) if id(b) not in index],
        # The subject may lie outside this region; shifting it by -base keeps it absolute
        # once every attachment is shifted back by +base.
        "ow_subject": shift_mention(subject, -base) if subject else None,
    }
