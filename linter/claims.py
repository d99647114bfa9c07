"""Find claim phrases ("open source", "open-weights", "#opensource", ...) in prose.

Claim phrases come from the vocabulary. Between the words of a phrase any run of spaces, hyphens
or masked markup may stand, so "open-source", "open\\nsource" and "**open** source" all match;
typeset text's hyphens and spaces count too (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012
figure dash, U+2013 en dash, no-break and thin spaces), and in raw text before reading, so do
the HTML references that stand for them (``open&nbsp;source``, ``open&#8209;source``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linter.vocab import Vocabulary


@dataclass(frozen=True)
class Claim:
    start: int  # the whole claim, intensifier included ("fully open-source")
    end: int
    core_start: int  # the phrase itself ("open-source")
    kind: str  # "open-source" | "open-weights"
    role: str  # adjective | verb | hashtag
    text: str

    @property
    def core(self) -> str:
        return self.text[self.core_start - self.start :]


# What may stand between the words of a claim: spaces (Unicode ones included), ASCII and
# typographic hyphens, and the spaces that masked markup ("**", "_") leaves.
_DASHES = "\u2010\u2011\u2012\u2013"
_JOINER = rf"[\s\-*_{_DASHES}]"


def _phrase_pattern(text: str) -> str:
    words = re.split(r"[\s\-]+", text.strip())
    return rf"{_JOINER}{{1,8}}".join(re.escape(w) for w in words)


@dataclass
class _Compiled:
    pattern: re.Pattern[str]
    by_key: dict[str, tuple[str, str]]


def _key(text: str) -> str:
    return re.sub(rf"{_JOINER}+", "", text.casefold())


@lru_cache(maxsize=8)
def _compile(vocab: Vocabulary) -> _Compiled:
    phrases = sorted(vocab.phrases, key=lambda p: -len(p.text))
    alternation = "|".join(_phrase_pattern(p.text) for p in phrases)
    intensifiers = "|".join(re.escape(w) for w in vocab.intensifiers)
    pattern = re.compile(
        rf"(?:(?<![\w%])(?P<int>{intensifiers})[\s\-{_DASHES}]+)?(?<![\w#])(?P<core>{alternation})(?![\w])",
        re.IGNORECASE,
    )
    return _Compiled(pattern, {_key(p.text): (p.claim, p.role) for p in phrases})


def find_claims(text: str, vocab: Vocabulary) -> list[Claim]:
    compiled = _compile(vocab)
    out = []
    for match in compiled.pattern.finditer(text):
        kind, role = compiled.by_key[_key(match.group("core"))]
        start = match.start()
        out.append(Claim(start, match.end(), match.start("core"), kind, role, match.group()))
    return out


# A cheap test, run over whole files before anything else: does any claim word occur at all?
# On prose (``PRESCAN``) markup is already spaces; on raw text a character reference may stand
# between the words ("open&nbsp;source" in HTML), and on raw bytes the UTF-8 of a no-break
# space (C2 A0), of U+2000-U+200A and U+202F, or of a typographic dash (E2 80 90-93).
_CLAIM_WORD = rf"open{_JOINER}{{0,8}}(?:sourc|weight)|opensourc"
PRESCAN = re.compile(_CLAIM_WORD, re.IGNORECASE)
_CLAIM_WORD_LOWER = re.compile(_CLAIM_WORD)  # PRESCAN, on lowered text
_CLAIM_WORD_REACH = 18  # "open", 8 joiners, "weight"
_REFERENCE = r"&(?:nbsp|ensp|emsp|thinsp|hyphen|dash|ndash|#x?[0-9a-f]{1,6});"
_RAW_CLAIM_WORD = rf"open(?:{_JOINER}|{_REFERENCE}){{0,8}}(?:sourc|weight)|opensourc"
_PRESCAN_LOWER = re.compile(_RAW_CLAIM_WORD)
_BYTES_JOINER = rb"(?:[\s\-*_]|\xc2\xa0|\xe2\x80[\x80-\x8a\x90-\x93\xaf]|" + _REFERENCE.encode() + rb")"
# Lowered first: several hundred MB/s, before any decoding.
_PRESCAN_BYTES = re.compile(rb"open" + _BYTES_JOINER + rb"{0,8}(?:sourc|weight)|opensourc")


# A long text is lowered and searched a piece at a time, so that its first claim word is found
# without lowering all of it (a 50 MB file). The pieces overlap by more than a claim word can
# span: "open", 8 character references of at most 10 characters, "weight".
_PIECE = 1 << 16
_CLAIM_SPAN = 128


def has_claim_word(text: str) -> bool:
    """Whether a claim word occurs in ``text`` (lowering first is far faster than IGNORECASE)."""
    return any(
        _PRESCAN_LOWER.search(text[at : at + _PIECE + _CLAIM_SPAN].lower()) is not None
        for at in range(0, max(len(text), 1), _PIECE)
    )


def claim_word_starts(prose: str) -> list[int]:
    """Where ``PRESCAN`` matches in ``prose``, left to right, as its ``finditer`` finds them: a
    long prose is searched in its lowered bytes where "open" stands (a case-ignoring pattern
    over 50 MB took a third of a second)."""
    from linter.names import LoweredSearch

    search = LoweredSearch(prose, _CLAIM_WORD_LOWER, (b"open",), _CLAIM_WORD_REACH)
    return [start for start, _ in search.spans()]


def might_claim(data: bytes) -> bool:
    """False only when no claim word can occur in these bytes (UTF-8 or ASCII text)."""
    if data[:2] in _UTF16_BOMS:
        return True  # UTF-16: the byte scan cannot see its words
    return any(_claim_at(data, at) for at in _opens(data))


def scan_bytes(data: bytes) -> tuple[bool, bool]:
    """``(might_claim(data), b"openwash-" in data)`` (a suppression comment's prefix), in one
    pass: both start with "open", the only places either test need look at."""
    if data[:2] in _UTF16_BOMS:
        return True, SUPPRESSION_PREFIX in data
    claim = marker = False
    for at in _opens(data):
        claim = claim or _claim_at(data, at)
        marker = marker or data.startswith(SUPPRESSION_PREFIX, at)
        if claim and marker:
            break
    return claim, marker


SUPPRESSION_PREFIX = b"openwash-"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# The longest match of _PRESCAN_BYTES: "open", 8 joiners of at most 10 bytes ("&#x2011;"),
# "weight". It has no look-around, so a window this long from a match's start decides it.
_PRESCAN_REACH = 4 + 8 * 10 + 6


def _claim_at(data: bytes, at: int) -> bool:
    return _PRESCAN_BYTES.match(data[at : at + _PRESCAN_REACH].lower()) is not None


@lru_cache(maxsize=1)
def _open_finder():
    import ahocorasick_rs

    spellings = {bytes(letters) for letters in itertools.product(*((c, c ^ 0x20) for c in b"open"))}
    return ahocorasick_rs.BytesAhoCorasick(sorted(spellings))


def _opens(data: bytes) -> Iterator[int]:
    """Where "open" stands in ``data`` in any ASCII case, as lower() would make it: every match of
    _PRESCAN_BYTES on the lowered bytes starts at one. Found in the raw bytes by one automaton
    (SIMD, several times faster than a regular expression over them, and no lowered copy of a
    docs tree's 34 MB); "open" cannot overlap itself, so the non-overlapping matches are all."""
    return (start for _, start, _ in _open_finder().find_matches_as_indexes(data))
