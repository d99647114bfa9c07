"""Word ``.docx`` files (press releases and the like) through python-docx.

A ``.docx`` is a zip of XML, not text, so it has its own entry point: :func:`read_docx` takes the
file's bytes and builds a text with one line per paragraph of the body, in reading order (the
paragraphs of a table's cells included, cell by cell). Offsets in that text are what findings
carry; since line *n* is paragraph *n*, the usual line and column are the paragraph number and
the character in the paragraph (both 1-based), and :meth:`DocxText.position` says so in code.
Headers, footers, footnotes, comments and text boxes are not read. ``--fix`` cannot write a
``.docx`` back.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from linter.decode import DecodeError
from linter.positions import LineIndex
from linter.readers import Block, ProseDocument
from linter.readers.plaintext import without_urls

_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c]")  # a soft line break inside a paragraph reads as a space
_HEADING_STYLE = re.compile(r"heading\s*(\d)", re.IGNORECASE)
_QUOTE_STYLES = ("quote", "intense quote")


@dataclass
class DocxText(ProseDocument):
    """The document's text (one paragraph per line) read as prose, with paragraph positions."""

    index: LineIndex | None = field(default=None, repr=False)

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based paragraph number and 1-based character in that paragraph of ``offset``."""
        index = self.index or LineIndex(self.text)
        return index.line_col(offset)


def docx_position(doc: DocxText, offset: int) -> tuple[int, int]:
    """(paragraph, character), both 1-based, of an offset into ``doc.text``: where a finding is."""
    return doc.position(offset)


def read_docx(data: bytes) -> DocxText:
    """The prose of a ``.docx`` file's body; :class:`DecodeError` when it cannot be opened."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a dependency; only a broken install lacks it
        raise DecodeError("skipped: reading .docx files needs python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
        builder = _Builder()
        builder.body(document)
    except (PackageNotFoundError, zipfile.BadZipFile):
        raise DecodeError("skipped: not a .docx file (not a zip package)") from None
    except Exception as exc:  # a zip that is not Word, malformed XML inside it, and the like
        reason = str(exc).splitlines()[0][:100] if str(exc) else type(exc).__name__
        raise DecodeError(f"skipped: not a readable .docx file ({reason})") from None
    return builder.finish()


def read(text: str) -> ProseDocument:
    """The text a ``.docx`` was turned into, without its structure: every line a paragraph."""
    blocks = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(start, start + len(line), "paragraph"))
        start += len(line) + 1
    return ProseDocument(text, without_urls(text), blocks)


class _Builder:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.offset = 0
        self.blocks: list[Block] = []
        self.groups = 0
        self.subject: tuple[int, int] | None = None
        self.first_heading: tuple[int, int] | None = None
        self.first_line: tuple[int, int] | None = None

    def _line(self, text: str) -> tuple[int, int]:
        text = _LINE_BREAKS.sub(" ", text)
        start = self.offset
        self.lines.append(text)
        self.offset += len(text) + 1
        return start, start + len(text)

    def paragraph(self, text: str, kind: str, level: int = 0, group: int = -1) -> None:
        start, end = self._line(text)
        if not text.strip():
            return
        self.blocks.append(Block(start, end, kind, level=level, group=group))
        if self.first_line is None:
            self.first_line = (start, end)
        if kind == "heading" and self.first_heading is None:
            self.first_heading = (start, end)

    def body(self, document) -> None:
        from docx.table import Table

        list_group = -1
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                list_group = -1
                self.table(item)
                continue
            kind, level = _kind(item)
            if kind == "list_item":
                if list_group == -1:
                    self.groups += 1
                    list_group = self.groups
            else:
                list_group = -1
            if kind == "title":
                start, end = self._line(item.text)
                if item.text.strip():
                    self.blocks.append(Block(start, end, "heading", level=1))
                    self.subject = self.subject or (start, end)
                continue
            self.paragraph(item.text, kind, level, list_group if kind == "list_item" else -1)

    def table(self, table) -> None:
        """One block per cell, however many paragraphs it holds; merged cells are read once."""
        self.groups += 1
        group = self.groups
        seen: set = set()  # the cells' XML elements; kept alive, so lxml hands out the same proxies
        for row_number, row in enumerate(table.rows):
            for cell in row.cells:
                if cell._tc in seen:
                    continue
                seen.add(cell._tc)
                spans = [self._line(p.text) for p in cell.paragraphs]
                filled = [s for s, p in zip(spans, cell.paragraphs, strict=True) if p.text.strip()]
                if filled:
                    start, end = filled[0][0], filled[-1][1]
                    self.blocks.append(Block(start, end, "table_cell", group=group, row=row_number))
                for nested in cell.tables:
                    self.table(nested)

    def finish(self) -> DocxText:
        text = "\n".join(self.lines)
        subject = self.subject or self.first_heading
        if subject is None and self.first_line is not None:
            start, end = self.first_line
            headline = text[start:end].strip()
            if len(headline) <= 120 and not headline.endswith((".", ":")):
                subject = self.first_line  # an unstyled headline
        return DocxText(text, without_urls(text), self.blocks, subject, index=LineIndex(text))


def _kind(paragraph) -> tuple[str, int]:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    lowered = style.lower()
    if lowered == "title":
        return "title", 1
    if match := _HEADING_STYLE.match(lowered):
        return "heading", int(match.group(1))
    if lowered in _QUOTE_STYLES:
        return "blockquote", 0
    properties = paragraph._p.pPr
    if "list" in lowered or (properties is not None and properties.numPr is not None):
        return "list_item", 1
    return "paragraph", 0
