"""Which files can hold a finding, decided on raw bytes before any reader, YAML or spaCy runs.

A finding needs a claim word (:func:`linter.claims.might_claim`) and a model mention, and every
mention (the page's subject from front matter or a title included) is a vocabulary alias found
in the text: its words in order, in any case, with at most 8 separators between them in the
prose. "open source" is on every other page about software; model names are not, so this scan
lets the readers skip most real documentation.

The scan runs over the file's lower-cased bytes. One Aho-Corasick pass (``ahocorasick_rs``, in
Rust) finds which runs of letters and digits of the aliases the file holds as whole runs; an
alias some of whose runs are missing cannot occur. The few aliases left are matched with their
own regular expression only where their first run stands, each name between the edges of words.
Between two words the raw file may hold markup where the prose has spaces ("Llama&nbsp;2",
"**Phi**-4"), or a line break and the indentation MDX wrappers carry, so the gap is any 8
characters with whitespace around them. An alias that is one plain word ("Command", "Falcon") is
no mention in lower case (the mention finder's rule): those are scanned apart and their hits
checked for a capital. Nor is a name that runs on from a longer word or into one ("-O3", "Opt-Out"):
the characters around a hit are tested as the finder tests them, where no reader changes them.
The words are built from the vocabulary files' contents and kept in the user's cache folder under
their hash, so a run parses the vocabulary's YAML only when it changed or a file passes the scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linter.names import (
    SUFFIX,
    TYPESET,
    VERSION,
    describable,
    described_as_models,
    examples_lead,
    normalise_name,
    not_a_name,
    plain_aliases,
)

if TYPE_CHECKING:
    from linter.config import Config
    from linter.vocab import Vocabulary

_FORMAT = 11  # bump when the way the scan is built changes: old cache entries are then ignored
# Characters whose case folding gives an ASCII letter ("ſ" → "s", the Kelvin sign → "k"): the
# mention finder folds them, lower-casing bytes does not. Rare; such a file is not skipped.
_FOLDS_TO_ASCII = (b"\xc5\xbf", b"\xe2\x84\xaa")  # looked for with `in`, far faster than a pattern
# The UTF-8 of the characters names.TYPESET folds (U+00C0 to U+024F, U+2010, U+2011), and what
# each becomes.
_TYPESET_BYTES = re.compile(rb"[\xc3-\xc9][\x80-\xbf]|\xe2\x80[\x90\x91]")
_FOLDED = {chr(c).encode(): folded.encode() for c, folded in TYPESET.items()}


def _fold_bytes(match: re.Match[bytes]) -> bytes:
    return _FOLDED.get(match.group(), match.group())


# Between two words of a name the prose holds at most 8 spaces, hyphens or underscores; the raw
# file holds there what was masked into them: emphasis and escapes, a blockquote marker after a
# line break, or a whole construct (an entity, a short tag or comment, a code span, a link
# target, an MDX expression), or a line break and the indentation MDX wrappers carry. Plain
# punctuation (".", ",", ":", "(") is never masked: "T.0" is no spelling of T0.
_GAP_UNIT = (
    rb"[\s\-_*~\\|>+#]|\xc2\xa0|\xe2\x80[\x80-\x8a\x90-\x93\xaf]|&#?[a-z0-9]{1,6};|</?[a-z][^>]{0,5}>|<!--[\s\S]?-->|`[^`]{0,6}`"
    rb"|\]\([^)\s]{0,6}\)|\]\[[^\]]{0,6}\]|\{[^}]{0,6}\}"
)
_GAP = rb"\s*(?:" + _GAP_UNIT + rb"){0,8}?\s*"
# A mention starts and ends at a word's edge in the prose; in the raw file the character beside
# it may instead be the end of masked markup ("**Phi**", "_Yi_"), which is no letter or digit.
_START = rb"(?<![a-z0-9])"
_END = rb"(?![a-z0-9])"
_HTML_SUFFIXES = (".html", ".htm")
# The mention finder takes no name that runs on from a longer word or into one: "-O3" (a
# compiler flag) is no o3, "Opt-Out" no OPT. Tested on the raw file where no reader can make
# the prose differ. Before the name: a hyphen, "@" or "#" (markup never, each kept in the prose).
# After a name of one word: the finder's tail (sizes, variants, an unlisted version), then a
# letter or a digit, or a hyphen and a word that ends the way no URL, address or markup goes on
# ("-out ", not "-www.x", "-https:", "-me@x"). The character before the tail is kept for its
# look-behind (a point release after a digit); a line longer than the reach is not tested. "_",
# "." and "/" count for neither: an emphasis marker, a glued full stop, the slash of a pair are
# spaces to the finder.
_RUNS_FROM = frozenset(b"-@#")
_TAIL = re.compile(
    "(?:" + SUFFIX + ")(?:" + VERSION + r")?(?![^\W_]|-[^\W_]+(?:[\s,;!?)\]'\"]|\.(?!\w)|$))", re.IGNORECASE
)
_TAIL_REACH = 256
# The scan collects every word of the file: four seconds over 50 MB.
_SCAN_LIMIT = 8 * 1024 * 1024


def alias_words(alias: str) -> list[str]:
    """An alias's words as the mention finder matches them, casefolded and with typeset
    characters folded ("Tülu" is "tulu"): split at separators and where a digit follows a letter
    ("Llama2" is "llama", "2")."""
    out: list[str] = []
    for part in re.split(r"[\s\-_]+", alias.translate(TYPESET).strip().casefold()):
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
    lower_case_only = plain_aliases(alias for entry in vocab.entries.values() for alias in entry.aliases)
    for entry in vocab.entries.values():
        for alias in entry.aliases:
            one_word = re.fullmatch(r"[^\W\d_]+", alias.strip()) is not None
            (plain if one_word and normalise_name(alias) in lower_case_only else names).append(alias)
        if entry.context_aliases:
            near = vocab.context_names(entry.id)
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
# Each run of ASCII letters (or digits) of the lowered file stands alone between spaces in these
# views, so one Aho-Corasick pass over the letters' finds which of the names' letter runs the file
# holds, and where, with no Python object per word of the file. The digits' view is mostly spaces
# and holds few runs: split, it tells the digit runs the file holds in a fraction of a pass.
_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_DIGITS = bytes(c if 48 <= c <= 57 else 32 for c in range(256))


def _tokens(words: list[str]) -> frozenset[bytes]:
    return frozenset(_TOKEN.findall(" ".join(words).encode()))


def _first_runs(words: list[str]) -> tuple[bytes, ...]:
    """The runs a match of these words can start with: the first word's first run, or, where
    words of one class meet with nothing between ("CodeLlama", "StableDiffusion"), the runs
    they make together. Empty when the name does not start with an ASCII letter or digit."""
    runs: list[bytes] = []
    run = b""
    for word in words:
        first = _TOKEN.match(word.encode())
        if first is None or (run and run[-1:].isalpha() != first.group()[:1].isalpha()):
            break
        run += first.group()
        runs.append(run)
        if first.end() != len(word.encode()):
            break  # more follows inside the word ("flux.1", "tülu"): the run ends here
    return tuple(runs)


_ALNUM = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789")
# Where one piece of a gap that starts at a place ends: its ways start with different characters
# and each ends in one place (a class that stops at its closing character), so it is one place
# or none, and the places a whole gap can end follow without a pattern of their own per name.
_GAP_PIECE = re.compile(_GAP_UNIT)
# What can open the gap between two words of a name after its whitespace (see _GAP).
_GAP_OPENERS = frozenset(b"-_*~\\|>+#&<`]{\xc2\xe2")
_SPACES = re.compile(rb"\s*")
# Runs of letters on nearly every page of English (see NameScan.assemble).
_COMMON_WORDS = frozenset(b"a and for from i in is more of on s the to".split())


class _Name:
    """One alias: the tokens any spelling of it holds, the runs a match starts with, and (built
    on first use) its pattern."""

    __slots__ = ("_pattern", "first", "first_runs", "joined", "keys", "start_key", "then", "tokens", "words")

    def __init__(
        self, words: list[str], tokens: Iterable[bytes], joined: Iterable[bytes], first_runs: Iterable[bytes]
    ) -> None:
        self.words = words
        self.tokens = frozenset(tokens)
        self.joined = frozenset(joined)
        self.first_runs: tuple[bytes, ...] = tuple(first_runs)
        # Runs one of which any match holds, the name is looked up by: the longest of either
        # spelling's.
        self.keys = (
            frozenset((max(self.tokens, key=len), max(self.joined, key=len))) if self.tokens else frozenset()
        )
        # For the quick test: the first word, and the first letter of the next (None: not ASCII).
        self.first = words[0].encode() if words[0].isascii() else None
        self.then = words[1][:1].encode() if len(words) > 1 and words[1][:1].isascii() else None
        # All that :meth:`may_start` reads of the name: aliases alike here ("T5", "T5 v1.1",
        # "T5.1.1") share its answer at a place, worked out once per file.
        self.start_key = (self.first, self.then, len(self.words) > 1)
        self._pattern: re.Pattern[bytes] | None = None

    @classmethod
    def of(cls, words: list[str]) -> _Name:
        # Written without separators ("CodeLlama", "ResembleAI"), the words make one run.
        return cls(words, _tokens(words), _tokens(["".join(words)]), _first_runs(words))

    def fields(self) -> tuple:
        """What it is made of, for the cache: rebuilt from these without any pattern."""
        return self.words, tuple(self.tokens), tuple(self.joined), self.first_runs

    def possible(self, present: set[bytes]) -> bool:
        return self.tokens <= present or self.joined <= present

    def may_start(self, lowered: bytes, start: int) -> bool:
        """False where the pattern cannot match at ``start``, told without it: most places a
        short first run stands ("t" of "don't" for T5) fail here, and the patterns of most
        aliases are never compiled. Its answer depends on ``start`` and :attr:`start_key` only."""
        if self.first is None or (self.then is None and len(self.words) > 1):
            return True  # a letter beyond ASCII: the pattern decides
        if (start and lowered[start - 1] in _ALNUM) or not lowered.startswith(self.first, start):
            return False
        after = start + len(self.first)
        if len(self.words) == 1:
            return after == len(lowered) or lowered[after] not in _ALNUM
        # Whitespace, then markup that a reader masks or the next word itself.
        after = _SPACES.match(lowered, after).end()  # type: ignore[union-attr]
        return after < len(lowered) and (lowered[after] in _GAP_OPENERS or lowered[after] == self.then[0])

    def may_match(self, lowered: bytes, start: int) -> bool:
        """Whether the pattern matches at ``start`` (where :meth:`may_start` holds), told without
        it for a name of ASCII words: compiling a pattern took longer than the scan of a file,
        and most places where a name's first word stands ("o" for o3, "command") hold no more of
        it. Every way through the gaps is followed, as the pattern's backtracking would."""
        if self.first is None or not all(word.isascii() for word in self.words):
            return True  # the pattern decides
        ends = {start + len(self.first)}
        for word in self.words[1:]:
            literal = word.encode()
            gaps = {at for end in ends for at in _gap_ends(lowered, end)}
            ends = {at + len(literal) for at in gaps if lowered.startswith(literal, at)}
            if not ends:
                return False
        return any(end == len(lowered) or lowered[end] not in _ALNUM for end in ends)

    @property
    def pattern(self) -> re.Pattern[bytes]:
        if self._pattern is None:
            self._pattern = re.compile(_trie([self.words]))
        return self._pattern


def _gap_ends(lowered: bytes, pos: int) -> set[int]:
    """Every place a match of _GAP that starts at ``pos`` can end: whitespace, up to 8 pieces,
    whitespace."""

    def spaces(at: int) -> range:
        return range(at, _SPACES.match(lowered, at).end() + 1)  # type: ignore[union-attr]

    reached = set(spaces(pos))
    last_space = max(reached)
    if last_space == len(lowered) or lowered[last_space] not in _GAP_OPENERS:
        # Every piece opens with whitespace or one of _GAP_OPENERS: none starts past these
        # spaces, so they are all the places the gap can end (most gaps after a name's word).
        return reached
    last = reached
    for _ in range(8):
        last = {piece.end() for at in last if (piece := _GAP_PIECE.match(lowered, at)) is not None}
        if not last:
            break
        reached |= last
    return {end for at in reached for end in spaces(at)}


class _File:
    """One file's lowered bytes, the names' runs it holds, and where a match may start.
    ``data``: the file's own bytes, where they are what the readers read (not HTML with its
    character references replaced), for the test of what follows a name."""

    def __init__(self, lowered: bytes, scan: NameScan, data: bytes | None = None) -> None:
        self.lowered = lowered
        self.data = data
        # Letters, then digits; each view padded so that a run at either end has its spaces.
        # Each view padded, so that a run at either end has its spaces: index i is the file's i - 1.
        self.letters = b" " + lowered.translate(_LETTERS) + b" "
        self.digits = b" " + lowered.translate(_DIGITS) + b" "
        automaton = scan.automaton
        hits = automaton.find_matches_as_indexes(self.letters, overlapping=True) if automaton else ()
        # Where each run of letters stands, from the same pass: found at i, the run's leading
        # space is the view's i, the file's i - 1, so the run starts at the file's i. A search
        # of the view per run wanted took a quarter of the scan of a file with a claim word.
        by_index: dict[int, list[int]] = {}
        for i, at, _ in hits:
            starts = by_index.get(i)
            if starts is None:
                by_index[i] = [at]
            else:
                starts.append(at)
        runs = scan.runs
        self._runs: dict[bytes, list[int]] = {runs[i]: starts for i, starts in by_index.items()}
        self.present = set(self._runs)
        self.present.update(scan.assumed)
        self.present.update(scan.digit_runs.intersection(self.digits.split()))
        self._may: dict[tuple, bool] = {}  # (_Name.start_key, start) -> may_start's answer

    def matches(self, name: _Name) -> Iterator[tuple[int, int]]:
        """The span of every match of ``name``, tried only where one of its first runs starts a
        run (the pattern's own edge test is part of it). For a one-word ASCII name that test is
        the whole match: no pattern is compiled."""
        if not name.first_runs:
            yield from (found.span() for found in name.pattern.finditer(self.lowered))
            return
        alone = name.first is not None and len(name.words) == 1
        may = self._may
        for run in name.first_runs:
            for start in self._starts(run):
                key = (name.start_key, start)
                ok = may.get(key)
                if ok is None:
                    ok = may[key] = name.may_start(self.lowered, start)
                if ok:
                    if alone:
                        yield start, start + len(name.first)  # type: ignore[arg-type]
                        continue
                    if not name.may_match(self.lowered, start):
                        continue
                    found = name.pattern.match(self.lowered, start)
                    if found is not None:
                        yield found.span()

    def _starts(self, run: bytes) -> list[int]:
        """Where ``run`` stands as a whole run in the file: as the automaton found it, or else
        searched for once per file (many aliases start alike, "T5", "T0", "T5 v1.1")."""
        starts = self._runs.get(run)
        if starts is None:
            starts = self._runs[run] = []
            if run in self.present:
                needle = b" " + run + b" "
                # As for the automaton: found at i, the run starts at the file's i.
                view = self.letters if run[:1].isalpha() else self.digits
                at = view.find(needle)
                while at != -1:
                    starts.append(at)
                    at = view.find(needle, at + 1)
        return starts

    def found(self, candidates: tuple[_Name, ...], *, aliases: bool = True) -> bool:
        """Whether one of ``candidates`` occurs; as a mention, for ``aliases`` (not a name that
        runs on into a longer word), else as a developer's or family's name anywhere."""
        return any(
            n.possible(self.present) and any(not aliases or self.stands(n, *m) for m in self.matches(n))
            for n in candidates
        )

    def stands(self, name: _Name, start: int, end: int) -> bool:
        """False when the mention finder would not take ``name`` matched at ``start``: it runs on
        from a longer word or into one ("-O3", "Opt-Out"). What follows is tested for a name of
        one word only: where a name of several ends is the pattern's first way through the
        markup between its words, and another way might end it elsewhere."""
        if self.data is None:
            return True
        if start and self.lowered[start - 1] in _RUNS_FROM:
            # A hashtag's "#" with nothing running into it stands before a name ("#Mistral7B").
            before = self.lowered[start - 2] if start >= 2 else 32
            hashtag = self.lowered[start - 1] == ord("#") and not (
                before in _RUNS_FROM or chr(before).isalnum() or before in b"./_"
            )
            if not hashtag:
                return False
        if len(name.words) > 1:
            # As the finder reads "git switch -c", "the command a third time", unless the name
            # is all its line holds.
            matched = self.data[start:end].decode("utf-8", "replace")
            return not not_a_name(matched) or _alone_on_line(self.data, start, end)
        window = self.data[end - 1 : end + _TAIL_REACH]
        line_end = window.find(b"\n")
        if line_end != -1:
            window = window[:line_end]
        elif end + _TAIL_REACH < len(self.data):
            return True  # a line too long to tell
        return _TAIL.match(window.decode("utf-8", "replace"), 1) is not None


@dataclass(frozen=True)
class NameScan:
    """Two steps: the file's runs of ASCII letters and digits rule out every alias whose own runs
    are not all in it (most aliases go here); the few left are matched where their first run
    stands in the file, not searched for through all of it."""

    names: dict[bytes, tuple[_Name, ...]]  # by each alias's longest run: looked up, not looped over
    plain: dict[bytes, tuple[_Name, ...]]
    context: tuple[tuple[tuple[_Name, ...], tuple[_Name, ...]], ...]  # per model: aliases, names near
    context_by_run: dict[bytes, tuple[int, ...]]  # the models in ``context`` by their aliases' runs
    runs: tuple[bytes, ...]  # the runs of letters looked for, as the automaton numbers them
    automaton: Any  # ahocorasick_rs.BytesAhoCorasick over b" run " for each of ``runs``, or None
    digit_runs: frozenset[bytes]  # every run of digits of every alias
    assumed: frozenset[bytes] = frozenset()  # runs of letters not in ``runs``: taken to be present

    @classmethod
    def build(cls, words: dict) -> NameScan:
        """The scan for :func:`scan_names`' word lists."""
        return cls.assemble(_prepare(words))

    @classmethod
    def assemble(cls, fields: dict) -> NameScan:
        """The scan from its aliases' :meth:`_Name.fields`, as the cache keeps them."""
        import ahocorasick_rs

        def names(lists: list[tuple]) -> tuple[_Name, ...]:
            return tuple(_Name(*f) for f in lists)

        def by_run(group: tuple[_Name, ...]) -> dict[bytes, tuple[_Name, ...]]:
            out: dict[bytes, list[_Name]] = {}
            for name in group:
                for run in name.keys:
                    out.setdefault(run, []).append(name)
            return {run: tuple(group) for run, group in out.items()}

        named, plain = names(fields["names"]), names(fields["plain"])
        context = tuple((names(a), names(n)) for a, n in fields["context"])
        every = [*named, *plain, *(n for pair in context for group in pair for n in group)]
        every_run = {run for n in every for run in (*n.tokens, *n.joined, *n.first_runs)}
        letter_runs = {run for run in every_run if run[:1].isalpha()}  # _TOKEN: letters or digits
        digit_runs = frozenset(every_run.difference(letter_runs))
        # Words of names that nearly every page holds ("to", "and", "for" of long names: half
        # the automaton's hits in docs) are taken to be in every file, unless a name is looked
        # up by one (its key) or a match starts with one. That only lets more names on to the
        # search for their matches, which finds each as before.
        wanted = {run for n in every for run in (*n.keys, *n.first_runs)}
        assumed = frozenset((letter_runs - wanted) & _COMMON_WORDS)
        runs = tuple(sorted(letter_runs - assumed))
        automaton = ahocorasick_rs.BytesAhoCorasick([b" " + run + b" " for run in runs]) if runs else None
        models: dict[bytes, list[int]] = {}
        for i, (aliases, _near) in enumerate(context):
            for run in {run for name in aliases for run in name.keys}:
                models.setdefault(run, []).append(i)
        by_model = {run: tuple(found) for run, found in models.items()}
        return cls(by_run(named), by_run(plain), context, by_model, runs, automaton, digit_runs, assumed)

    def search(self, data: bytes, *, transformed: bool = False) -> bool:
        """Whether a model can be mentioned in ``data``; ``transformed``: not the bytes the
        readers read (HTML with its character references replaced)."""
        if self.automaton is None and not self.digit_runs:
            return False
        file = _File(data.lower(), self, None if transformed else data)
        present = file.present
        if any(file.found(self.names[run]) for run in present & self.names.keys()):
            return True
        # A plain one-word alias is a mention only when not all in lower case: "Falcon", not "falcon".
        for run in present & self.plain.keys():
            for name in self.plain[run]:
                hits = file.matches(name) if name.possible(present) else ()
                if any(
                    (
                        not data[start:end].decode("utf-8", "replace").islower()
                        or _alone_on_line(data, start, end)
                    )
                    and file.stands(name, start, end)
                    for start, end in hits
                ):
                    return True
        models = {i for run in present & self.context_by_run.keys() for i in self.context_by_run[run]}
        return any(
            (file.found(self.context[i][0]) and file.found(self.context[i][1], aliases=False))
            or _given_as_example(file, self.context[i][0])
            for i in sorted(models)
        )


def _given_as_example(file: _File, aliases: tuple[_Name, ...]) -> bool:
    """A name that needs its developer nearby, given as an example of a model noun ("TTS models
    such as Chatterbox", names of four or more letters, no digit) or described as a model
    right after it ("Phi: open source Small Language Models", three or more letters, a capital
    first): the mention finder takes it."""
    if file.data is None:
        return True
    for name in aliases:
        if not name.possible(file.present):
            continue
        for start, end in file.matches(name):
            matched = file.data[start:end]
            if (
                end - start < 3
                or any(c in b"0123456789" for c in matched)
                or not file.stands(name, start, end)
            ):
                continue
            if end - start >= 4 and _examples_lead().search(file.lowered, max(0, start - 80), start):
                return True
            if describable(matched.decode("utf-8", "replace")) and described_as_models(
                file.data[end : end + 120].decode("utf-8", "replace")
            ):
                return True  # "Falcon, an open-source rival to closed LLMs"
    return False


@lru_cache(maxsize=1)
def _examples_lead() -> re.Pattern[bytes]:
    """A model noun and a marker of examples right before a name, in raw lower-cased bytes (markup
    such as "**" or "[" may stand between)."""
    from linter import lexicon as lx

    return re.compile(examples_lead(lx.MODEL_NOUNS).encode() + rb"[\s*_`\"'\[]*$")


def _alone_on_line(data: bytes, start: int, end: int) -> bool:
    """The hit is all its line holds, bar list or table marks ("- vicuna"): the mention finder
    takes a name standing alone in an item as a name, in any case."""
    line_start = data.rfind(b"\n", 0, start) + 1
    line_end = data.find(b"\n", end)
    line = data[line_start : len(data) if line_end == -1 else line_end]
    return line.strip(b" \t\r*_-.,;:|") == data[start:end]


def _prepare(words: dict) -> dict:
    """:func:`scan_names`' word lists with each alias's :meth:`_Name.fields`."""

    def fields(lists: list[list[str]]) -> list[tuple]:
        return [_Name.of(w).fields() for w in lists]

    context = [(fields(a), fields(n)) for a, n in words["context"]]
    return {"names": fields(words["names"]), "plain": fields(words["plain"]), "context": context}


@lru_cache(maxsize=16)
def _scan_for(extra: tuple[Path, ...]) -> NameScan | None:
    """The scan for the shipped vocabulary plus ``extra`` files; None when they cannot be read
    (then nothing is skipped here, and loading the vocabulary reports the problem)."""
    import pickle  # here: a run whose files hold no claim word never needs it

    from linter import cache
    from linter.vocab import default_root, vocab_files

    try:
        name = f"prescan-{cache.digest(str(_FORMAT), [*vocab_files(default_root()), *extra])}.pickle"
    except OSError:
        return None
    stored = cache.read(name)
    if stored is not None:
        try:
            return NameScan.assemble(pickle.loads(stored))
        except Exception:  # unreadable in any way: build it again
            pass
    from linter.vocab import VocabError, cached_vocabulary

    try:
        vocab = cached_vocabulary(None, extra)
    except VocabError:
        return None
    # Kept with each alias's runs worked out: rebuilding them took longer than the scan of a file.
    prepared = _prepare(scan_names(vocab))
    cache.write(name, pickle.dumps(prepared))
    return NameScan.assemble(prepared)


def might_name(data: bytes, config: Config, path: str | None = None) -> bool:
    """False only when no model of ``config``'s vocabulary can be mentioned in these bytes (the
    file named ``path``: HTML's character references are read as the characters they stand for)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True  # UTF-16: the byte scan cannot see its words
    if len(data) > _SCAN_LIMIT:
        return True  # a file this long names some model; the scan would only cost seconds
    scan = _scan_for(tuple(config.vocab_files))
    if scan is None or any(folds in data for folds in _FOLDS_TO_ASCII):
        return True
    if not data.isascii():
        # "Vicuña", "Mixtral 8×7B": the mention finder matches names past these characters, so
        # the scan reads them folded too (what follows a name reads the same folded)
        data = _TYPESET_BYTES.sub(_fold_bytes, data)
    if path is not None and path.lower().endswith(_HTML_SUFFIXES) and b"&" in data:
        import html

        unescaped = html.unescape(data.decode("utf-8", "replace")).encode()
        return scan.search(_TYPESET_BYTES.sub(_fold_bytes, unescaped), transformed=True)
    return scan.search(data)
