"""How a model's name is folded and spelled as a pattern, shared by the vocabulary and the matcher.

Both the loader (which must see two aliases as one name) and mention finding (which must match
every spelling of an alias) need the same folding, so it lives here, below both of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

# Up to 8: a masked entity ("Llama&nbsp;2") or emphasis marker leaves spaces in the prose.
SEPARATOR = r"[\s\-_]{0,8}"
# What is read with a name after it (the mention finder's tail, which the prescan tests too):
SIZE = r"\d+(?:\.\d+)?[bmkt](?:/\d+(?:\.\d+)?[bmkt])*|\d+x\d+(?:\.\d+)?b|a\d+(?:\.\d+)?b|e\d+b"
# Variant words that do not change which release is meant.
AFTER_SPACE = rf"{SIZE}|instruct|chat|base|vision"
AFTER_HYPHEN = (
    rf"{SIZE}|instruct|chat|base|vision|it|hf|gguf|awq|gptq|fp8|fp16|bf16|int4|int8|mlx|onnx"
    r"|v\d+(?:\.\d+)*|preview|thinking|reasoning|pretrained|pretrain|(?<=\d[bm][\-_])python|pt|sft|dpo|\d{4}|\d{3}"
)
SUFFIX = rf"(?:[ \t]+(?:{AFTER_SPACE})(?![\w])|[\-_](?:{AFTER_HYPHEN})(?![a-z]))*"
# A version number after a listed name ("Llama 5", "OLMo 4", "EmbeddingGemma 2") names a
# release the vocabulary does not list. It is read with the name so that it cannot pass for the
# listed one. Not a version: a size (taken by the suffix), a year, a revision ("v0.3"), a ratio.
# A point release of a listed version ("DeepSeek-V4" + ".2", "Qwen3" + ".9") is unlisted too.
# Nor the enumerator of an inline list ("1) Qwen3 2) DeepSeek-V3": "2)" before the next item),
# nor a score: two digits and a decimal ("Mixtral 8x7B 70.6"); majors of two digits are whole.
VERSION = (
    r"(?P<version>(?:(?:[ \t]+|[\-_])(?:[1-9]\d(?!\.\d)|[1-9])|(?<=\d)\.\d+)"
    rf"(?:\.\d+)*(?:[\-_][^\W\d_]+)*(?![\w%])"
    rf"(?!\)[ \t]+(?-i:[A-Z0-9]))){SUFFIX}"
)
# The edge of a name: one running on into a path, a URL, an identifier or a longer word
# ("llama.cpp", "Opt-Out") is no mention; a hyphenated modifier after it ("GPT-4-class",
# "Llama-3-based") leaves the name whole.
_MODIFIER_TAIL = (
    r"-(?:class|level|grade|based|like|style|sized|quality|powered|tier|compatible|equivalent)(?![\w])"
)
AFTER = rf"(?:(?={_MODIFIER_TAIL})|(?![\w]|[.\-_/][a-z0-9]))"


def _base_letter(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() and base.isalpha() else char


# Characters that stand for plain ones inside names, one character each so offsets hold:
# typeset hyphens ("Qwen3‑Max" with U+2011), the multiplication sign ("Mixtral 8×7B") and
# accented Latin letters ("Vicuña", "Tülu"). The mention finder searches text and aliases so
# translated; the prescan folds a file that holds them the same way.
TYPESET = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u00d7": "x",
        **{chr(c): base for c in range(0xC0, 0x250) if (base := _base_letter(chr(c))) != chr(c)},
    }
)
# Compiled here: these run for every alias of the vocabulary at each start.
_SEPARATORS = re.compile(r"[\s\-_]+")
_LETTERS_THEN_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")


# What ignoring case matches to an ASCII letter but lowering does not make that letter: the
# dotted and dotless I (U+0130 is also the one character that lowers to two) and the long s.
_FOLDED_TO = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}


def lowered(text: str) -> str:
    """``text`` lower-cased one character for one, such that a pattern of lower-case ASCII letters
    matches in it where, ignoring case, it matches in ``text``: lowering and a case-sensitive
    search are several times faster over a long text than a case-ignoring one."""
    for char, ascii_letter in _FOLDED_TO.items():
        # Rare; a plain search and replace runs in C at memory speed, a pattern's substitution
        # with a Python callback took most of a second over 50 MB holding one such character.
        if char in text:
            text = text.replace(char, ascii_letter)
    return text.lower()


# The characters lowered() makes an ASCII letter of, as UTF-8: its three folds and the Kelvin
# sign (the one other character str.lower() turns into one).
_FOLDED_UTF8 = {"i": (b"\xc4\xb0", b"\xc4\xb1"), "s": (b"\xc5\xbf",), "k": (b"\xe2\x84\xaa",)}


def word_starts(words: Iterable[str]) -> tuple[bytes, ...]:
    """What lower-cased UTF-8 holds where ``lowered(text)`` holds one of ``words`` (lower-case
    ASCII): each word's letters up to the first that a character lowered() folds may stand for,
    or whitespace; the word's first letter in each of its forms, when it is such a letter."""
    out: set[bytes] = set()
    for word in words:
        head, rest = word[:1], word[1:]
        cut = next((k for k, c in enumerate(rest) if c in _FOLDED_UTF8 or c.isspace()), len(rest))
        for first in (head.encode(), *_FOLDED_UTF8.get(head, ())):
            out.add(first + rest[:cut].encode())
    return tuple(sorted(out))


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


@lru_cache(maxsize=8)
def _reaching(count: int) -> re.Pattern[str]:
    """Up to and including the ``count``-th character that is not whitespace (possessive: no
    backtracking through a long run of spaces when fewer are left)."""
    return re.compile(rf"(?:\s*+\S){{{count}}}")


class LoweredSearch:
    """``pattern.search(lowered(text), pos)`` over a long text, without lowering all of it.

    ``starts`` are what the UTF-8 bytes, lowered (ASCII letters only: in C at memory speed, where
    a str that is not all ASCII lowers a character at a time, most of a second over 50 MB), hold
    wherever ``pattern`` can match (:func:`word_starts`: a match holds its words, so the bytes
    hold their first letters there); they are found with ``bytes.find``. Only there is
    ``pattern`` tried, on a few characters of ``text`` lowered: as many as hold ``reach``
    characters that are not whitespace, which is at least what any match and its look-ahead
    read. Positions are characters of ``text``; searches go left to right."""

    def __init__(self, text: str, pattern: re.Pattern[str], starts: tuple[bytes, ...], reach: int) -> None:
        self._text = text
        self._pattern = pattern
        self._next = dict.fromkeys(starts, -1)  # each start's next place found so far
        self._searched = 0
        self._reach = reach
        self._data = _utf8(text).lower()
        self._char = self._byte = 0  # one place known both as a character and as a byte

    def search(self, pos: int) -> tuple[int, int] | None:
        """The span of ``pattern``'s first match at ``pos`` or after, or None."""
        at = self._byte_of(pos)
        while (found := self._find(at)) != -1:
            start = self._char_of(found)
            match = self._pattern.match(lowered(self._text[start : self._window_end(start)]))
            if match is not None:
                return start, start + match.end()
            at = found + 1
        return None

    def _find(self, at: int) -> int:
        """The first byte at ``at`` or after where one of the starts stands, or -1."""
        if at < self._searched:  # searched from further back than before: forget what was found
            self._next = dict.fromkeys(self._next, -1)
        self._searched = at
        first = -1
        for start, found in self._next.items():
            if found < at and found != -2:
                found = self._data.find(start, at)
                self._next[start] = found if found != -1 else -2  # -2: none left
            if found >= 0 and (first == -1 or found < first):
                first = found
        return first

    def spans(self) -> Iterator[tuple[int, int]]:
        """Every match, left to right, as ``finditer`` gives them (``pattern`` matches no empty text)."""
        pos = 0
        while (span := self.search(pos)) is not None:
            yield span
            pos = span[1]

    def _window_end(self, start: int) -> int:
        reached = _reaching(self._reach).match(self._text, start)
        return len(self._text) if reached is None else reached.end()

    def _byte_of(self, pos: int) -> int:
        if pos < self._char:
            self._char = self._byte = 0
        self._byte += len(_utf8(self._text[self._char : pos]))
        self._char = pos
        return self._byte

    def _char_of(self, at: int) -> int:
        if at < self._byte:
            self._char = self._byte = 0
        self._char += len(self._data[self._byte : at].decode("utf-8", "surrogatepass"))
        self._byte = at
        return self._char


# A hyphen after a space opens a command's option ("git switch -c"), never a name's last part
# ("Switch-C"); a lone lower-case "a" after a word is the article ("run the command a third
# time"), not the letter of "Command A".
_NOT_A_NAME = re.compile(r"\s-|\sa\Z")


def not_a_name(matched: str) -> bool:
    """The text an alias matched reads as words, not as the name: see ``_NOT_A_NAME``."""
    return _NOT_A_NAME.search(matched) is not None


def plain_aliases(aliases: Iterable[str]) -> set[str]:
    """The aliases (normalised) that are one word of letters: in lower case these are mostly
    ordinary words ("llama", "falcon", "whisper") and name no model. An alias the vocabulary
    itself spells in lower case ("mixtral", "qwen") is a coined name that people write so, and is
    taken in any case."""
    aliases = [a.strip() for a in aliases]
    lower = {normalise_name(a) for a in aliases if a.islower()}
    return {normalise_name(a) for a in aliases if re.fullmatch(r"[^\W\d_]+", a)} - lower


def normalise_name(name: str) -> str:
    """The key two spellings of one name share: case-folded, separators removed."""
    return _SEPARATORS.sub("", name.casefold())


def alias_pattern(alias: str) -> str:
    """A regular expression for ``alias`` with spaces, hyphens and underscores optional."""
    chunks: list[str] = []
    for part in _SEPARATORS.split(alias.strip()):
        # "Llama2" and "Llama 2", "Qwen2.5" and "Qwen 2.5" are the same name.
        chunks.extend(c for c in _LETTERS_THEN_DIGIT.split(part) if c)
    return SEPARATOR.join(re.escape(c) for c in chunks)


def examples_lead(nouns: Iterable[str]) -> str:
    """A regular expression for a model noun and a marker of examples ("TTS models such as",
    "LLMs (e.g."): after it, a name the noun says is a model (see ``find_mentions`` and the
    prescan, which read it in text and in raw bytes)."""
    alternatives = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return rf"(?:{alternatives})\s*,?\s*(?:such\s+as|like|including|e\.g\.,?|\(e\.g\.,?)"


# What a name is said to be: ", an open-source rival to closed LLMs", " is a small
# language model", ": open source Small Language Models". Words up to the noun, none of them a
# software noun ("Falcon is a web framework for building models" is software).
_DESCRIPTION = re.compile(
    r"(?:\s*[,:(—–]\s*|\s+(?:is|was|are|were)\s+)(?:an?\s+|the\s+|one\s+of\s+the\s+)?"
    r"((?:[\w’'.-]+\s+){0,6}?)(?:models?|llms?|slms?|lms?|vlms?|chatbots?)\b",
    re.IGNORECASE,
)


def describable(name: str) -> bool:
    """A short name that needs its developer nearby may be described as a model right after it:
    three letters or more, a capital first ("falcon" stays a bird), no digit ("R1" stands for
    too many things)."""
    return len(name) >= 3 and name[:1].isupper() and not any(c.isdigit() for c in name)


def described_as_models(text: str, at: int = 0) -> bool:
    """The words from ``at`` call what stands before them models (see ``_DESCRIPTION``)."""
    said = _DESCRIPTION.match(text, at)
    if said is None or "\n\n" in said.group(0):
        return False
    from linter import lexicon as lx  # only once a description matched: the prescan calls this

    return not any(w.lower().strip(".,") in lx.SOFTWARE_NOUNS for w in said.group(1).split())
