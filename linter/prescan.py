"""Which files can hold a finding, decided on raw bytes before any reader, YAML or spaCy runs.

A finding needs a claim word (:func:`linter.claims.might_claim`) and a model mention, and every
mention (the page's subject from front matter or a title included) is a vocabulary alias found
in the text: its words in order, in any case, with at most 8 separators between them in the
prose. "open source" is on every other page about software; model names are not, so this scan
lets the readers skip most real documentation.

The scan runs over the file's lower-cased bytes: one regular expression, a trie of the aliases'
words, each name standing between the edges of words. Between
two words the raw file may hold markup where the prose has spaces ("Llama&nbsp;2", "**Phi**-4"),
or a line break and the indentation MDX wrappers carry, so the gap is any 8 characters with
whitespace around them. An alias that is one plain word ("Command", "Falcon") is no mention in
lower case (the mention finder's rule): those are scanned apart and their hits checked for a
capital. The words are built from the vocabulary files' contents and kept in the user's cache
folder under their hash, so a run parses the vocabulary's YAML only when it changed or a file
passes the scan.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linter.config import Config
    from linter.vocab import Vocabulary

_FORMAT = 6  # bump when the way the scan is built changes: old cache entries are then ignored
# Characters whose case folding gives an ASCII letter ("ſ" → "s", the Kelvin sign → "k"): the
# mention finder folds them, lower-casing bytes does not. Rare; such a file is not skipped.
_FOLDS_TO_ASCII = re.compile(rb"\xc5\xbf|\xe2\x84\xaa")
# Between two words of a name the prose holds at most 8 spaces, hyphens or underscores; the raw
# file holds there what was masked into them: emphasis and escapes, a blockquote marker after a
# line break, or a whole construct (an entity, a short tag or comment, a code span, a link
# target, an MDX expression), or a line break and the indentation MDX wrappers carry. Plain
# punctuation (".", ",", ":", "(") is never masked: "T.0" is no spelling of T0.
_GAP = (
    rb"\s*(?:[\s\-_*~\\|>+#]|\xc2\xa0|\xe2\x80[\x80-\x8a\x90-\x93\xaf]|&#?[a-z0-9]{1,6};|</?[a-z][^>]{0,5}>|<!--[\s\S]?-->|`[^`]{0,6}`"
    rb"|\]\([^)\s]{0,6}\)|\]\[[^\]]{0,6}\]|\{[^}]{0,6}\}){0,8}?\s*"
)
# A mention starts and ends at a word's edge in the prose; in the raw file the character beside
# it may instead be the end of masked markup ("**Phi**", "_Yi_"), which is no letter or digit.
_START = rb"(?<![a-z0-9])"
_END = rb"(?![a-z0-9])"
_HTML_SUFFIXES = (".html", ".htm")
# The scan collects every word of the file: four seconds over 50 MB.
_SCAN_LIMIT = 8 * 1024 * 1024


def alias_words(alias: str) -> list[str]:
    """An alias's words as the mention finder matches them, casefolded: split at separators and
    where a digit follows a letter ("Llama2" is "llama", "2")."""
    out: list[str] = []
    for part in re.split(r"[\s\-_]+", alias.strip().casefold()):
        out.extend(c for c in re.split(r"(?<=[^\W\d_])(?=\d)", part) if c)
    return out


def _word_lists(aliases: list[str]) -> list[list[str]]:
    return sorted({tuple(w) for a in aliases if (w := alias_words(a))}, key=lambda w: (len(w), w))


def scan_names(vocab: Vocabulary) -> dict:
    """What the scan looks for: every alias's words (``names``); apart, the one-word plain
    aliases (lower case is no mention of those: ``plain``), and the aliases that count only
    near their developer's or family's name (``context``: per model, its aliases and those
    names)."""
    names: list[str] = []
    plain: list[str] = []
    context: list[list[list[list[str]]]] = []
    for entry in vocab.entries.values():
        for alias in entry.aliases:
            (plain if re.fullmatch(r"[^\W\d_]+", alias.strip()) else names).append(alias)
        if entry.context_aliases:
            near = [entry.developer]
            parent = entry.parent
            while parent is not None and parent in vocab.entries:
                near.extend(vocab.entries[parent].aliases)
                parent = vocab.entries[parent].parent
            context.append([_word_lists(list(entry.context_aliases)), _word_lists(near)])
    return {"names": _word_lists(names), "plain": _word_lists(plain), "context": context}


def _char(c: str) -> bytes:
    """A character of a casefolded name as it may appear in lower-cased UTF-8 bytes."""
    if c.isascii():
        return re.escape(c.encode())
    forms = sorted({c, c.upper(), c.lower(), c.title()}, key=len, reverse=True)
    return b"(?:" + b"|".join(re.escape(f.encode()) for f in forms) + b")"


def _trie(names: list[list[str]]) -> bytes:
    """One pattern for many word lists, sharing their prefixes."""
    root: dict = {}
    for words in names:
        node = root
        for word in words:
            node = node.setdefault(word, {})
        node[""] = {}  # a name ends here

    def emit(node: dict, first: bool = False) -> bytes:
        branches = []
        for word in sorted((w for w in node if w), key=len, reverse=True):
            child = node[word]
            literal = b"".join(_char(c) for c in word)
            if first:
                # The edge of a word before the name, tested once the first word matched: a
                # pattern that starts with a literal is searched for far faster.
                literal = (
                    literal + rb"(?<![a-z0-9]" + re.escape(word.encode()) + b")"
                    if word.isascii()
                    else _START + literal
                )
            longer = [w for w in child if w]
            if not longer:
                branches.append(literal + _END)
            elif "" in child:
                branches.append(literal + b"(?:" + _GAP + emit(child) + b"|" + _END + b")")
            else:
                branches.append(literal + _GAP + emit(child))
        return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"

    return emit(root, first=True) if root else b"(?!)"


_TOKEN = re.compile(rb"[a-z]+|[0-9]+")


def _tokens(words: list[str]) -> frozenset[bytes]:
    return frozenset(_TOKEN.findall(" ".join(words).encode()))


class _Name:
    """One alias: the tokens any spelling of it holds, and (built on first use) its pattern."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.tokens = _tokens(words)
        # Written without separators ("CodeLlama", "ResembleAI"), the words make one run.
        self.joined = _tokens(["".join(words)])
        self._pattern: re.Pattern[bytes] | None = None

    def possible(self, present: set[bytes]) -> bool:
        return self.tokens <= present or self.joined <= present

    @property
    def pattern(self) -> re.Pattern[bytes]:
        if self._pattern is None:
            self._pattern = re.compile(_trie([self.words]))
        return self._pattern


@dataclass(frozen=True)
class NameScan:
    """Two steps: the file's set of ASCII letter and digit runs rules out every alias whose own
    runs are not all in it (one pass in C; most aliases go here); the few left are matched."""

    names: dict[bytes, tuple[_Name, ...]]  # by each alias's longest run: looked up, not looped over
    plain: dict[bytes, tuple[_Name, ...]]
    context: tuple[tuple[tuple[_Name, ...], tuple[_Name, ...]], ...]  # per model: aliases, names near

    @classmethod
    def build(cls, words: dict) -> NameScan:
        def names(lists: list[list[str]]) -> tuple[_Name, ...]:
            return tuple(_Name(w) for w in lists)

        def by_run(lists: list[list[str]]) -> dict[bytes, tuple[_Name, ...]]:
            out: dict[bytes, list[_Name]] = {}
            for name in names(lists):
                if name.tokens:
                    out.setdefault(max(name.tokens, key=len), []).append(name)
                    if name.joined != name.tokens:
                        out.setdefault(max(name.joined, key=len), []).append(name)
            return {run: tuple(group) for run, group in out.items()}

        context = tuple((names(a), names(n)) for a, n in words["context"])
        return cls(by_run(words["names"]), by_run(words["plain"]), context)

    def search(self, data: bytes) -> bool:
        lowered = data.lower()
        present = set(_TOKEN.findall(lowered))

        def found(candidates: tuple[_Name, ...]) -> bool:
            return any(n.possible(present) and n.pattern.search(lowered) for n in candidates)

        if any(found(self.names[run]) for run in present.intersection(self.names)):
            return True
        # A plain one-word alias is a mention only when not all in lower case: "Falcon", not "falcon".
        for run in present.intersection(self.plain):
            for name in self.plain[run]:
                hits = name.pattern.finditer(lowered) if name.possible(present) else ()
                if any(
                    not data[m.start() : m.end()].decode("utf-8", "replace").islower()
                    or _alone_on_line(data, m.start(), m.end())
                    for m in hits
                ):
                    return True
        return any(found(aliases) and found(near) for aliases, near in self.context)


def _alone_on_line(data: bytes, start: int, end: int) -> bool:
    """The hit is all its line holds, bar list or table marks ("- vicuna"): the mention finder
    takes a name standing alone in an item as a name, in any case."""
    line_start = data.rfind(b"\n", 0, start) + 1
    line_end = data.find(b"\n", end)
    line = data[line_start : len(data) if line_end == -1 else line_end]
    return line.strip(b" \t\r*_-.,;:|") == data[start:end]


@lru_cache(maxsize=16)
def _scan_for(extra: tuple[Path, ...]) -> NameScan | None:
    """The scan for the shipped vocabulary plus ``extra`` files; None when they cannot be read
    (then nothing is skipped here, and loading the vocabulary reports the problem)."""
    from linter import cache
    from linter.vocab import default_root, vocab_files

    try:
        name = f"prescan-{cache.digest(str(_FORMAT), [*vocab_files(default_root()), *extra])}.json"
    except OSError:
        return None
    stored = cache.read(name)
    if stored is not None:
        try:
            return NameScan.build(json.loads(stored))
        except (ValueError, TypeError, KeyError, re.error):
            pass  # unreadable: build it again
    from linter.vocab import VocabError, cached_vocabulary

    try:
        vocab = cached_vocabulary(None, extra)
    except VocabError:
        return None
    words = scan_names(vocab)
    cache.write(name, json.dumps(words).encode())
    return NameScan.build(words)


def might_name(data: bytes, config: Config, path: str | None = None) -> bool:
    """False only when no model of ``config``'s vocabulary can be mentioned in these bytes (the
    file named ``path``: HTML's character references are read as the characters they stand for)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True  # UTF-16: the byte scan cannot see its words
    if len(data) > _SCAN_LIMIT:
        return True  # a file this long names some model; the scan would only cost seconds
    scan = _scan_for(tuple(config.vocab_files))
    if scan is None or _FOLDS_TO_ASCII.search(data):
        return True
    if path is not None and path.lower().endswith(_HTML_SUFFIXES) and b"&" in data:
        data = html.unescape(data.decode("utf-8", "replace")).encode()
    return scan.search(data)
