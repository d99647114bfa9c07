"""Readers turn a file's text into prose: the same text with everything that is not prose
(code, markup, URLs, front matter) replaced by spaces, so an offset in the prose is an offset in
the file. Each reader also returns the blocks (paragraphs, headings, list items, cells) the prose
falls into, and the document's subject when the file says what it is about.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePath


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str  # paragraph | heading | list_item | table_cell | blockquote | text
    level: int = 0  # heading level, or list nesting depth
    group: int = -1  # blocks of one list or one table share a group number
    row: int = -1  # table row, for cells


@dataclass
class ProseDocument:
    text: str
    prose: str
    blocks: list[Block]
    subject: tuple[int, int] | None = None  # span of the text naming what the document is about
    notices: list[str] = field(default_factory=list)


def mask(chars: list[str], start: int, end: int) -> None:
    """Blank out ``start:end`` in place, keeping line breaks so lines stay where they were."""
    start, end = max(start, 0), min(end, len(chars))
    if start >= end:
        return
    part = chars[start:end]
    if "\n" in part or "\r" in part:
        chars[start:end] = [c if c in "\r\n" else " " for c in part]
    else:
        chars[start:end] = [" "] * (end - start)


MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
TEXT_SUFFIXES = (".txt", ".text")
MDX_SUFFIXES = (".mdx",)
RST_SUFFIXES = (".rst", ".rest")
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)  # binary: lint_file reads these through readers.docx.read_docx


def reader_for(path: str | None):
    """The reader for a file name's suffix; anything unknown is read as Markdown."""
    suffix = PurePath(path).suffix.lower() if path else ".md"
    if suffix in TEXT_SUFFIXES:
        from linter.readers import plaintext

        return plaintext.read
    if suffix in MDX_SUFFIXES:
        from linter.readers import mdx

        return mdx.read
    if suffix in RST_SUFFIXES:
        from linter.readers import rst

        return rst.read
    if suffix in HTML_SUFFIXES:
        from linter.readers import html

        return html.read
    if suffix in DOCX_SUFFIXES:
        from linter.readers import docx

        return docx.read  # the text a .docx was turned into: one paragraph per line
    from linter.readers import markdown

    return markdown.read


# Past this size a file is read as plain text, with a notice: the structured readers keep
# several objects per character and per token (a 200 MB Markdown file took 8.4 GB and five
# minutes), while plain text costs a few copies of the text and what its claims cost.
READER_BUDGET = 64 * 1024 * 1024  # characters


# Past the budget, plain text is read a window of about this many characters at a time (cut at
# a blank line), so what is held is the text and one window's prose, not a prose of the whole:
# the text of a file with one character outside the BMP takes four bytes a character.
WINDOW = 8 * 1024 * 1024  # characters


def read_document(text: str, path: str | None) -> ProseDocument:
    """The prose of ``text`` through the reader for ``path``, or as plain text when too large."""
    reader = reader_for(path)
    if len(text) <= READER_BUDGET:
        from linter.collector import paused

        with paused():  # a structured reader's objects per character and per block live until it returns
            return reader(text)
    from linter.readers import plaintext

    doc = plaintext.read(text)
    if reader is not plaintext.read:
        doc.notices.append(_over_budget(text))
    return doc


def read_windows(text: str, path: str | None) -> Iterator[tuple[int, ProseDocument]]:
    """The prose of ``text`` as (offset, document) pairs: the whole through the reader for
    ``path``, or, past the budget, plain-text windows that end at a blank line, each read as a
    document of its own (only the first may open with a title)."""
    reader = reader_for(path)
    if len(text) <= READER_BUDGET:
        yield 0, reader(text)
        return
    from linter.readers import plaintext

    for start, end in plaintext.windows(text, WINDOW):
        doc = plaintext.read(text[start:end])
        if start:
            doc.subject = None
        elif reader is not plaintext.read:
            doc.notices.append(_over_budget(text))
        yield start, doc


def _over_budget(text: str) -> str:
    size = len(text) / (1024 * 1024)
    return (
        f"{size:.0f} MiB is over the {READER_BUDGET // (1024 * 1024)} MiB the structured readers take; "
        "read as plain text (markup and code are not masked)"
    )
