"""Positions in the client's encoding, and edits applied the way the editor applied them."""

from __future__ import annotations

import pytest
from lsprotocol import types

from linter.lsp.documents import UTF8, UTF16, UTF32, Document, LineIndex

TEXT = "Intro\r\nCafé 😀 naïve: Llama 2\rthird\u2028still third\fand this\nlast"


@pytest.mark.parametrize(
    ("needle", "encoding", "line", "character"),
    [
        ("Llama", UTF16, 1, len("Café 😀 naïve: ") + 1),  # the emoji is two UTF-16 units
        ("Llama", UTF8, 1, len("Café 😀 naïve: ".encode())),
        ("Llama", UTF32, 1, len("Café 😀 naïve: ")),
        # LSP lines end only at \r\n, \r and \n: U+2028 and form feed do not break a line.
        ("still", UTF16, 2, len("third\u2028")),
        ("and this", UTF16, 2, len("third\u2028still third\f")),
        ("last", UTF16, 3, 0),
    ],
)
def test_offsets_become_positions_in_the_negotiated_encoding(needle, encoding, line, character):
    index = LineIndex(TEXT)
    offset = TEXT.index(needle)
    assert index.position(offset, encoding) == types.Position(line=line, character=character)
    assert index.offset(types.Position(line=line, character=character), encoding) == offset


def test_a_position_past_the_end_of_a_line_means_its_end():
    index = LineIndex(TEXT)
    assert index.offset(types.Position(line=0, character=99), UTF16) == len("Intro")
    assert index.offset(types.Position(line=9, character=0), UTF16) == len(TEXT)


def test_a_position_inside_a_surrogate_pair_rounds_down():
    index = LineIndex("a😀b")
    assert index.offset(types.Position(line=0, character=2), UTF16) == 1
    assert index.offset(types.Position(line=0, character=3), UTF16) == 2


def test_incremental_and_full_changes():
    doc = Document("file:///a.md", "markdown", 1, "Café 😀 one\ntwo\n")
    # Replace "one" (after the emoji, in UTF-16 units) and join the lines.
    start = types.Position(line=0, character=len("Café 😀 ") + 1)
    end = types.Position(line=1, character=0)
    doc.apply(
        types.TextDocumentContentChangePartial(range=types.Range(start=start, end=end), text="1 "), UTF16
    )
    assert doc.text == "Café 😀 1 two\n"
    assert doc.index.line_text(0) == "Café 😀 1 two"
    doc.apply(types.TextDocumentContentChangeWholeDocument(text="new\r\ntext"), UTF16)
    assert doc.index.line_text(0) == "new"
    assert doc.index.position(len(doc.text), UTF16) == types.Position(line=1, character=4)
