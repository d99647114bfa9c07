"""Open documents: their text, version, and positions in the client's encoding.

The server keeps its own copy of each open document rather than pygls's workspace because LSP
lines end only at ``\\n``, ``\\r\\n`` or ``\\r``, while ``str.splitlines`` (which pygls uses) also
breaks at form feeds, ``\\x85`` and U+2028: a document holding one of those would have its lines
numbered differently from the editor's, and every later range would be off.

Offsets are character (code point) offsets into the text, as in :class:`linter.finding.Finding`;
an LSP ``Position.character`` counts UTF-16 code units by default, UTF-8 bytes or code points when
that encoding was negotiated.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from lsprotocol import types

_LINE_END = re.compile(r"\r\n|\r|\n")

# Plain strings: what the client sends, and what str() of the enum would not give.
UTF8: str = types.PositionEncodingKind.Utf8.value
UTF16: str = types.PositionEncodingKind.Utf16.value
UTF32: str = types.PositionEncodingKind.Utf32.value


def code_units(text: str, encoding: str) -> int:
    """How many code units ``text`` takes in the encoding."""
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == UTF32:
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _chars_in(text: str, units: int, encoding: str) -> int:
    """How many characters of ``text`` the first ``units`` code units cover (rounding down)."""
    if encoding == UTF32:
        return min(units, len(text))
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass")[:units].decode("utf-8", "ignore"))
    data = text.encode("utf-16-le", "surrogatepass")[: 2 * units]
    return len(data.decode("utf-16-le", "ignore"))


class LineIndex:
    """Line starts of one text, computed once; converts offsets to positions and back."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _LINE_END.finditer(text))]

    def _line_end(self, line: int) -> int:
        """Offset just past the line's content (before its line break)."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            return end - 2 if self.text.startswith("\r\n", end - 2) else end - 1
        return len(self.text)

    def position(self, offset: int, encoding: str) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        return types.Position(line=line, character=code_units(self.text[start:offset], encoding))

    def range(self, start: int, end: int, encoding: str) -> types.Range:
        return types.Range(start=self.position(start, encoding), end=self.position(end, encoding))

    def offset(self, position: types.Position, encoding: str) -> int:
        """The character offset of a client position; past the end of a line means its end."""
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        content = self.text[start : self._line_end(position.line)]
        return start + _chars_in(content, position.character, encoding)

    def line_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def line_start(self, line: int) -> int:
        return self.starts[line]

    def line_text(self, line: int) -> str:
        return self.text[self.starts[line] : self._line_end(line)]


@dataclass
class Document:
    uri: str
    language_id: str
    version: int
    text: str
    _index: LineIndex | None = field(default=None, repr=False)

    @property
    def index(self) -> LineIndex:
        if self._index is None or self._index.text is not self.text:
            self._index = LineIndex(self.text)
        return self._index

    def apply(self, change: types.TextDocumentContentChangeEvent, encoding: str) -> None:
        """Apply one content change: a range replaced, or (without a range) the whole text."""
        if isinstance(change, types.TextDocumentContentChangePartial):
            index = self.index
            start = index.offset(change.range.start, encoding)
            end = max(start, index.offset(change.range.end, encoding))
            self.text = self.text[:start] + change.text + self.text[end:]
        else:
            self.text = change.text
