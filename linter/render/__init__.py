"""Renderers: one small module per output format, all reading the same findings."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from linter.finding import Finding
from linter.positions import LineIndex


@dataclass(frozen=True)
class Located:
    """A finding with the file it is in and its 1-based positions."""

    path: str
    finding: Finding
    line: int
    column: int
    end_line: int
    end_column: int
    model_line: int
    model_column: int
    source_line: str
    # The file's own line index (and text): two outcomes may share a path (stdin named like a file).
    index: LineIndex | None = field(default=None, compare=False, repr=False)


def display_path(path: str) -> str:
    """``path`` as valid Unicode: a byte that is not UTF-8 in a file name (legal on Linux) is
    shown as ``\\xff``, so JSON and SARIF stay valid UTF-8."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def locate(path: str, text: str, findings: list[Finding]) -> list[Located]:
    if not findings:
        return []
    index = LineIndex(text)
    out = []
    for f in findings:
        line, col = index.line_col(f.start)
        end_line, end_col = index.line_col(f.end)
        m_line, m_col = index.line_col(f.model.start)
        out.append(
            Located(path, f, line, col, end_line, end_col, m_line, m_col, index.line_text(line), index)
        )
    return out
