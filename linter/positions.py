"""Map character offsets to 1-based line and column, once per text."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from itertools import accumulate

_BREAK = re.compile(r"\r\n|\r|\n")


def newline_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts, 0 first, with "\\n" the only line break: one split in
    C, where a pattern's match object per line took a few tenths of a second over 50 MB."""
    return list(accumulate([len(line) + 1 for line in text.split("\n")[:-1]], initial=0))


def line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts, 0 first; "\\r\\n", a lone "\\r" and "\\n" each end a
    line, as editors, LSP and markdown-it count them."""
    if "\r" not in text:
        return newline_starts(text)
    return [0, *(m.end() for m in _BREAK.finditer(text))]


class LineIndex:
    def __init__(self, text: str) -> None:
        # An array of machine integers, not a list of int objects: a fifth of the memory for the
        # millions of lines of a very large file.
        self._starts = array("q", line_starts(text))
        self._text = text

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and 1-based column in characters (a CR before LF counts as a character)."""
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    @property
    def text(self) -> str:
        return self._text

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_start(self, line: int) -> int:
        return self._starts[line - 1]

    def line_text(self, line: int) -> str:
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else len(self._text)
        return self._text[start:end].rstrip("\r\n")
