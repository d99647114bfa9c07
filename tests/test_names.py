"""Searching lower-cased text by its bytes finds what a case-ignoring search of its characters finds."""

from __future__ import annotations

import re

import pytest

from linter.claims import PRESCAN, claim_word_starts
from linter.fixes import written_spans
from linter.mentions import find_mentions
from linter.names import LoweredSearch, lowered, word_starts
from linter.positions import line_starts, newline_starts
from linter.vocab import cached_vocabulary

CLAIMISH = re.compile(r"open[\s\S]{0,8}?(?:sourc|weight)")


def _by_characters(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in CLAIMISH.finditer(lowered(text))]


def _by_bytes(text: str) -> list[tuple[int, int]]:
    return list(LoweredSearch(text, CLAIMISH, (b"open",), 18).spans())


@pytest.mark.parametrize(
    "text",
    [
        "Café ☕ notes: Llama 2 is OPEN SOURCE, and Phi-4 is Open-Weights.",
        "The long s: open ſource; the dotless i: open weıght; the dotted one: open WEİGHTS.",
        "Eight characters between: open—–‑ source, nine: open—–‑  source.",
        "A line break and no-break spaces: open\n\u00a0\u00a0source, ☃ open\u3000weights.",
        "Runs: openopen source open open weights 😀😀 open",
        "A lone surrogate \ud800 before open source.",
        "",
    ],
)
def test_bytes_find_what_characters_find(text: str) -> None:
    assert _by_bytes(text) == _by_characters(text)


def test_the_kelvin_sign_lowers_to_k() -> None:
    starts = word_starts(["kimi"])
    assert LoweredSearch("Café: \u212aimi is here", re.compile(r"kimi"), starts, 4).search(0) == (6, 10)
    assert LoweredSearch("\u212a\u0131m\u0130 \u212aIMI", re.compile(r"kimi"), starts, 4).search(1) == (5, 9)


def test_written_words_are_found_across_any_whitespace() -> None:
    text = "Émile: Meta RELEASED\u2009THE weights\u00a0of Llama 2; xproprietary is no word; Proprietary."
    assert [text[s:e] for s, e in written_spans(text)] == ["RELEASED\u2009THE weights\u00a0of", "Proprietary"]


def test_a_word_starts_with_its_letters_up_to_one_a_fold_may_stand_for() -> None:
    assert word_starts(["proprietary", "open weights", "source-available"]) == (
        b"open",
        b"propr",
        b"source-ava",
        b"\xc5\xbfource-ava",  # the long s
    )


@pytest.mark.parametrize("text", ["", "a", "a\n", "\n\n", "a\nb\n\nc", "a\r\nb\rc\n", "x\r", "é\n☃\r\n😀"])
def test_line_starts(text: str) -> None:
    assert line_starts(text) == [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", text))]
    assert newline_starts(text) == [0, *(m.end() for m in re.finditer("\n", text))]


@pytest.mark.parametrize(
    "prose",
    [
        "Ünïcode: Llama 2 is OPEN\u2011SOURCE; OpenSource tools; open weıghts; open ſource; open–weights.",
        "Nine joiners are too many: open---------source; eight are not: open--------source.",
        "open open open source \u212a opensourcing",
    ],
)
def test_claim_words_are_found_where_a_case_ignoring_pattern_finds_them(prose: str) -> None:
    assert claim_word_starts(prose) == [m.start() for m in PRESCAN.finditer(prose)]


def test_a_name_starts_only_at_the_edge_of_a_word() -> None:
    # The scan takes the edge in its pattern: "o" or "t" inside a word starts no name.
    text = "Llama 2, then o3, do3 and @o3, (o3), xGPT-4, foo-GPT-4 and GPT-4; llama.cpp."
    assert [m.text for m in find_mentions(text, cached_vocabulary())] == ["Llama 2", "o3", "o3", "GPT-4"]
