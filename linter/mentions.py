"""Find model mentions in prose: vocabulary aliases compiled into one pattern.

Writers spell a model many ways ("Llama 2", "LLaMA-2", "llama2", "Llama-2-70B-chat"), so an alias
is matched with case, spaces, hyphens and underscores folded, followed by any number of size and
variant suffixes. A match that runs on into a longer identifier ("llama.cpp", "meta-llama/...",
"Qwen-VL-Chat" when only "Qwen" is known) is not a mention: it names something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from linter.names import (
    AFTER,
    SUFFIX,
    TYPESET,
    VERSION,
    alias_pattern,
    describable,
    described_as_models,
    examples_lead,
    normalise_name,
    not_a_name,
    plain_aliases,
)
from linter.vocab import Entry, Vocabulary, gloss_names

__all__ = [
    "GLUED_STOP",
    "Mention",
    "Resolved",
    "alias_pattern",
    "find_mentions",
    "normalise_name",
    "resolve_name",
]

# A name is not a mention when it is part of a path, a URL, an identifier or a longer word.
# A hashtag's "#" stands before a name ("#Mistral7B is out") where nothing runs into the "#".
_BEFORE = r"(?<![\w./\-@])(?<![\w./\-@#]#)"
_RUNS_FROM = re.compile(r"[\w./\-@#]")  # what runs into a name or its "#", tested on its own


def _runs_into(lowered: str, start: int) -> bool:
    """A character before ``start`` runs into a name there: _BEFORE, tested on its own."""
    if lowered[start - 1] != "#":
        return _RUNS_FROM.match(lowered, start - 1) is not None
    return start >= 2 and _RUNS_FROM.match(lowered, start - 2) is not None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entry_id: str
    text: str
    possessive: bool = False
    # The unlisted version written after a listed name ("5" in "Llama 5"): the mention then names
    # the listed name's family (or is dropped when it has none), never the listed release.
    version: str = ""
    # How far before ``start`` the developer's name starts when it stands right before ("Meta
    # Llama 3", "OpenAI GPT-4"; relative, so shifting a mention keeps it): a list or a subject
    # takes the two as one name. 0 when there is none.
    maker: int = 0


_LETTERS = re.compile(r"[^\W\d_]+")
_FIRST_CHUNK = re.compile(r"[^\W\d_]+|\d+")


_WORD_START = re.compile(_BEFORE + r"(?:[^\W\d_]+|\d+)")
_SEPARATOR_RUN = re.compile(r"[\s\-_]*")


def _first_chunk(name: str) -> str:
    match = _FIRST_CHUNK.match(name.casefold())
    return match.group() if match else name.casefold()


@dataclass(frozen=True)
class _Hit:
    """A name matched at one place: the alias as written and what the tail took after it."""

    alias_start: int
    alias_end: int
    tail: re.Match[str]

    def start(self) -> int:
        return self.alias_start

    def end(self) -> int:
        return self.tail.end()

    def span(self) -> tuple[int, int]:
        return self.alias_start, self.tail.end()

    @property
    def version(self) -> str | None:
        return self.tail.group("version") if "version" in self.tail.re.groupindex else None


class _Matcher:
    """Many names matched at once, fast: a name can only start where a word starts, and only
    the few names whose first letters that word begins with are tried there. One alternation
    of every name would try them all at every character.

    The tail (suffixes, an unlisted version, the edge of the name) is one pattern of its own,
    matched where the alias ends: compiled once, not once more in each group's pattern, which
    made compiling the groups a tenth of a second of every run. An alias matches in one way
    only (its separators are runs of characters no chunk of a name starts with), so trying the
    tail after each alias in turn takes the same match as one pattern of both would."""

    def __init__(self, names: list[str], tail: str) -> None:
        groups: dict[str, list[str]] = {}
        for name in names:
            groups.setdefault(_first_chunk(name), []).append(name)
        self._groups = groups
        self._tail = re.compile(tail, re.IGNORECASE)
        self._lengths = sorted({len(k) for k in groups}, reverse=True)
        self._parts: dict[str, dict[str, list[str]]] = {}  # per group, made on first use
        self._rank: dict[str, int] = {}  # an alias's place in its group's order
        self._compiled: dict[tuple[str, str], re.Pattern[str]] = {}
        self._alone: dict[str, re.Pattern[str]] = {}
        # Where any name can start: one pass in C over the text, so the Python loop below only
        # runs at the rare words that begin like a name.
        # It runs over lower-cased text: a case-insensitive alternation is several times slower.
        # A name starts where no letter, digit or _RUNS_FROM character stands before it. When
        # every key is letters or digits (so none starts inside another's match), that edge is
        # tested in the pattern right after a key's first letter, not before it: a pattern that
        # opens with a look-behind is tried at every character (0.7 s over a 1.4 MB paragraph,
        # against 0.04 s), one that opens with letters only where they stand; and no Python step
        # is taken at each "o" or "t" inside a word, which a one-letter key finds.
        ordered = sorted(groups, key=len, reverse=True)
        self._at_word: re.Pattern[str] | None = None
        self._scan: re.Pattern[str] | None = None
        if all(re.fullmatch(r"\w+", key) for key in groups):
            by_first: dict[str, list[str]] = {}
            for key in ordered:  # each group keeps the longest first
                by_first.setdefault(key[0], []).append(key[1:])
            self._at_word = re.compile(
                "|".join(
                    re.escape(first)
                    + r"(?<![\w./\-@].)(?<![\w./\-@#]#.)(?:"
                    + "|".join(map(re.escape, rests))
                    + ")"
                    for first, rests in sorted(by_first.items())
                )
            )
        else:
            self._scan = re.compile("|".join(map(re.escape, ordered)))

    def _group(self, key: str) -> dict[str, list[str]]:
        """The group's aliases in order (longest first), in parts by the character that follows
        the group's first letters (past separators): at "Llama 3.1" only the part of "3" and that
        of the aliases that end there are compiled, not all 33 Llamas. "" holds the aliases that
        end there, "*" those whose next character is not ASCII (tried everywhere)."""
        parts = self._parts.get(key)
        if parts is None:
            parts = self._parts[key] = {}
            for i, alias in enumerate(_ordered(self._groups[key])):
                self._rank[alias] = i
                after = alias.strip().casefold()[len(key) :]
                following = after[_SEPARATOR_RUN.match(after).end() :][:1]  # type: ignore[union-attr]
                parts.setdefault(following if following.isascii() else "*", []).append(alias)
        return parts

    def _pattern(self, key: str, part: str) -> re.Pattern[str]:
        """One part's aliases, in order, each its own group: ``lastindex`` says which."""
        pattern = self._compiled.get((key, part))
        if pattern is None:
            body = "|".join(f"({alias_pattern(a)})" for a in self._parts[key][part])
            pattern = self._compiled[key, part] = re.compile(body, re.IGNORECASE)
        return pattern

    def _one(self, alias: str) -> re.Pattern[str]:
        pattern = self._alone.get(alias)
        if pattern is None:
            pattern = self._alone[alias] = re.compile(alias_pattern(alias), re.IGNORECASE)
        return pattern

    def _match(self, key: str, text: str, start: int) -> _Hit | None:
        """The first of the group's aliases (longest first) that matches at ``start`` and is
        followed by a tail that matches."""
        parts = self._group(key)
        after = _SEPARATOR_RUN.match(text, start + len(key)).end()  # type: ignore[union-attr]
        following = text[after : after + 1].casefold()
        if following.isascii() and text[start : start + len(key)].casefold() == key:
            tried = [part for part in (following, "", "*") if part in parts]
        else:  # a letter beyond ASCII, or one that folds to several: every part
            tried = list(parts)
        best: tuple[int, _Hit] | None = None
        for part in tried:
            found = self._first(key, part, text, start)
            if found is not None and (best is None or found[0] < best[0]):
                best = found
        return best[1] if best is not None else None

    def _first(self, key: str, part: str, text: str, start: int) -> tuple[int, _Hit] | None:
        """The part's first alias that matches at ``start`` with its tail, and its rank."""
        found = self._pattern(key, part).match(text, start)
        if found is None:
            return None
        aliases = self._parts[key][part]
        tail = self._tail.match(text, found.end())
        if tail is not None:
            return self._rank[aliases[(found.lastindex or 1) - 1]], _Hit(start, found.end(), tail)
        # Rare ("llama.cpp": no name runs on into an identifier): the shorter aliases, one by one.
        for alias in aliases[found.lastindex or 0 :]:
            alone = self._one(alias).match(text, start)
            if alone is not None and (tail := self._tail.match(text, alone.end())) is not None:
                return self._rank[alias], _Hit(start, alone.end(), tail)
        return None

    def finditer(self, text: str) -> Iterator[_Hit]:
        """Non-overlapping matches, left to right. Where a name starts inside another and runs on
        past its end, the later one is the more specific: "Cohere Command R+" is Command R+, not
        the family "Cohere Command" followed by stray letters."""
        pending: _Hit | None = None
        lowered_text = text.casefold()
        if len(lowered_text) != len(text):  # a rare letter that folds to two: keep offsets exact
            lowered_text = "".join(c if len(c.casefold()) != 1 else c.casefold() for c in text)
        for start in self._starts(lowered_text):
            best = self._longest_at(text, start)
            if best is None:
                continue
            if pending is not None and start < pending.end():
                # An unlisted version ("OpenAI GPT" + "-3") is the weakest reading of a name.
                weak = pending.version is not None
                if best.end() > pending.end() or (weak and best.end() == pending.end()):
                    pending = best
                continue
            if pending is not None:
                yield pending
            pending = best
        if pending is not None:
            yield pending

    def _starts(self, lowered: str) -> Iterator[int]:
        """Where a name's first letters stand at the start of a word, left to right; after one,
        the search goes on past its letters (as one pattern with the look-behind would)."""
        pos = 0
        if self._at_word is not None:
            while (found := self._at_word.search(lowered, pos)) is not None:
                yield found.start()
                pos = found.end()
            return
        while (found := self._scan.search(lowered, pos)) is not None:  # type: ignore[union-attr]
            start = found.start()
            if start and _runs_into(lowered, start):
                pos = start + 1  # inside a word: a name may still start within these letters
                continue
            yield start
            pos = found.end()

    def _longest_at(self, text: str, start: int) -> _Hit | None:
        word = _WORD_START.match(text, start)
        if word is None:
            return None
        lowered = word.group().casefold()
        best: _Hit | None = None
        for n in self._lengths:
            if n > len(lowered) or lowered[:n] not in self._groups:
                continue
            match = self._match(lowered[:n], text, start)
            if match and (best is None or match.end() > best.end()):
                best = match
        return best


@dataclass
class _Compiled:
    pattern: _Matcher
    owner: dict[str, str]  # normalised alias -> entry id
    context_only: set[str]  # normalised aliases valid only near their developer's name
    context_words: dict[str, list[str]]  # entry id -> names that license a context alias
    plain_words: set[str]
    software: _Matcher | None


def _ordered(names: list[str]) -> list[str]:
    """Each alias once, the longest first: the longest reading of a name wins."""
    return sorted(set(names), key=lambda a: (-len(normalise_name(a)), a))


@lru_cache(maxsize=8)
def _compile(vocab: Vocabulary) -> _Compiled:
    owner: dict[str, str] = {}
    context_only: set[str] = set()
    names: list[str] = []
    context_words: dict[str, list[str]] = {}
    plain = plain_aliases(alias for entry in vocab.entries.values() for alias in entry.aliases)
    for entry in vocab.entries.values():
        # (spelled as the text is searched: "Tülu" as "Tulu")
        for alias in (a.translate(TYPESET) for a in entry.aliases):
            owner[normalise_name(alias)] = entry.id
            names.append(alias)
        for alias in (a.translate(TYPESET) for a in entry.context_aliases):
            owner[normalise_name(alias)] = entry.id
            context_only.add(normalise_name(alias))
            names.append(alias)
        if entry.context_aliases:
            context_words[entry.id] = vocab.context_names(entry.id)
    pattern = _Matcher(names, "(?P<suffix>" + SUFFIX + ")(?:" + VERSION + ")?" + AFTER)
    software = _Matcher(list(vocab.software), r"(?!\w)") if vocab.software else None
    return _Compiled(pattern, owner, context_only, context_words, plain, software)


@lru_cache(maxsize=512)
def _names(words: tuple[str, ...]) -> _Matcher:
    # Built on first use: most context aliases never occur in a given run.
    return _Matcher(list(words), r"(?!\w)")


CONTEXT_REACH = 1_500

_POSSESSIVE = re.compile(r"['’]s\b")
_ITEM_MARKS = " \t\r\n*_-•·.,;:|"


def find_mentions(
    text: str,
    vocab: Vocabulary,
    *,
    require_context: bool = True,
    nearby: Callable[[], str] | None = None,
    unsure_out: list[Mention] | None = None,
) -> list[Mention]:
    """Every model mention in ``text``; context-only aliases need their developer nearby, in
    ``text`` or in ``nearby`` (the text around it: "R1" in a paragraph under "# DeepSeek-R1").
    Those left without it are added to ``unsure_out``, when given, for the caller to judge by
    the blocks around (see :func:`linter.segment.block_mentions`)."""
    compiled = _compile(vocab)
    blocked: list[tuple[int, int]] = []
    if compiled.software is not None:
        blocked = [m.span() for m in compiled.software.finditer(text)]
    out: list[Mention] = []
    unsure: list[Mention] = []  # context-only names without their developer nearby
    # (names.TYPESET folds one character into one, so offsets hold)
    searched = _split_pairs(text.translate(TYPESET))
    for match in compiled.pattern.finditer(searched):
        alias_text = searched[match.alias_start : match.alias_end]
        key = normalise_name(alias_text)
        entry_id = compiled.owner.get(key)
        if entry_id is None:
            continue
        ordinary = (key in compiled.plain_words and alias_text.islower()) or not_a_name(alias_text)
        if ordinary and text.strip(_ITEM_MARKS) != alias_text:
            # "llama", "falcon", "whisper" in lower case are mostly ordinary words; a list item or
            # cell holding nothing but the name ("- vicuna") names the model.
            continue
        start, end = match.span()
        if any(s < end and start < e and not _makers_models(text, s, e) for s, e in blocked):
            continue
        if key in compiled.context_only and require_context:
            words = compiled.context_words.get(entry_id)
            # The developer's or family's name must stand nearby: within a few paragraphs.
            lo = max(0, start - CONTEXT_REACH)
            window = text[lo : end + CONTEXT_REACH]
            if words is None or not (
                any(m.start() + lo != start for m in _names(tuple(words)).finditer(window))
                or (nearby is not None and next(_names(tuple(words)).finditer(nearby()), None))
            ):
                if not match.version:
                    unsure.append(Mention(start, end, entry_id, text[start:end]))
                continue
        version = ""
        if match.version:
            point_release = match.version.startswith(".")
            version = match.version.lstrip(" \t-_.")
            entry_id = _family_of(vocab, entry_id, point_release)
            if entry_id is None:
                continue  # an unlisted release of a model with no family: nothing to judge
        out.append(_mention(text, start, end, entry_id, vocab, version))
    if unsure and out:
        listed = _listed_with(unsure, out, text, vocab)
        out = sorted([*out, *listed], key=lambda m: m.start)
        unsure = [m for m in unsure if all(m.start != n.start for n in listed)]
    if unsure and (described := _described_as_models(unsure, text, vocab)):
        out = sorted([*out, *described], key=lambda m: m.start)
        unsure = [m for m in unsure if all(m.start != n.start for n in described)]
    if unsure and (examples := _model_examples(unsure, text, vocab)):
        out = sorted([*out, *examples], key=lambda m: m.start)
        unsure = [m for m in unsure if all(m.start != n.start for n in examples)]
    if unsure_out is not None:
        unsure_out.extend(_mention(text, m.start, m.end, m.entry_id, vocab) for m in unsure)
    if "'s " in searched or "’s " in searched:
        out = sorted([*out, *_owned_short_names(searched, out, compiled, vocab, text)], key=lambda m: m.start)
    return _without_owners(out, text, vocab)


# A maker's possessive and what may follow it: "Mistral AI's Small 3.1", "Alibaba's QwQ".
_OWNED = re.compile(r"\b([A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)['’]s[ \t]+([\w.\-]+(?:[ \t]+[\w.\-]+){0,2})")


def _owned_short_names(
    searched: str, found: list[Mention], compiled: _Compiled, vocab: Vocabulary, text: str
) -> list[Mention]:
    """A model named by its maker's possessive and the rest of its name: "Mistral AI's Small
    3.1" is Mistral Small 3.1, as the maker's name and the rest spell one of the model's names.
    The maker must be the model's developer; the rest must hold a capital or a digit."""
    out: list[Mention] = []
    for match in _OWNED.finditer(searched):
        owner = match.group(1)
        rest_start = match.start(2)
        if any(m.start < match.end(2) and rest_start < m.end for m in found):
            continue
        heads = dict.fromkeys((owner, owner.split()[0]))
        # the words after the possessive, as they stand (a run of spaces is no single space)
        ends = [word.end() for word in re.finditer(r"\S+", searched[rest_start : match.end(2)])]
        for n in range(len(ends), 0, -1):
            rest = searched[rest_start : rest_start + ends[n - 1]].rstrip(".,;:")
            if not rest or not any(c.isupper() or c.isdigit() for c in rest):
                continue
            entry_id = next(
                (
                    e
                    for head in heads
                    if (key := normalise_name(f"{head} {rest}")) not in compiled.context_only
                    and (e := compiled.owner.get(key)) is not None
                ),
                None,
            )
            if entry_id is None or owner.lower() not in maker_names(vocab.entries[entry_id].developer):
                continue
            out.append(_mention(text, rest_start, rest_start + len(rest), entry_id, vocab))
            break
    return out


# A maker's name and a model noun: "Mistral AI models" are the Mistral family's models.
_MAKERS_MODELS = re.compile(r"[ \t]+AI[ \t]+(?:models?|LLMs?)\b")


def _makers_models(text: str, start: int, end: int) -> bool:
    """The blocked name at ``start:end`` is a maker's ("Mistral AI", "DeepSeek AI") followed by a
    model noun: "We analyze Llama 3, Mistral AI models, and Gemma" names the family's models."""
    # (from the space before "AI", up to the longest noun: " models")
    return (
        _MAKERS_MODELS.match(text, max(start, text.rfind(" ", start, end)), end + len(" models")) is not None
    )


# What joins the names of one list: a comma, "and", "or", a slash, maybe after a citation
# ("(Touvron et al., 2023)", "[12]").
_LIST_JOIN = re.compile(
    r"\s*(?:\([^()\n]{0,40}\)|\[[\d,;\s–-]{1,20}\])?\s*(?:,|and|or|&|/|vs\.?|versus)\s*(?:and\s+|or\s+)?",
    re.IGNORECASE,
)


def opens_block(text: str, start: int) -> bool:
    """Only list marks, numbers and emphasis stand before ``start`` in ``text``, a block: the
    name leads it ("2. **Bark** — expressive")."""
    return not text[:start].strip(_ITEM_MARKS + "0123456789)#>")


def _listed_with(unsure: list[Mention], named: list[Mention], text: str, vocab: Vocabulary) -> list[Mention]:
    """The context-only names that stand in one list with a name found for sure: "LLaMA (Touvron
    et al., 2023) and Falcon", "(e.g., LLaMA, BLOOM, Falcon)". Listed with models, the name is one."""
    ends = {m.end for m in named}
    starts = {m.start for m in named}
    out = []
    for m in unsure:
        after = _LIST_JOIN.match(text, m.end)
        before = any(
            (j := _LIST_JOIN.match(text, e)) is not None and j.end() == m.start for e in ends if e < m.start
        )
        if before or (after is not None and after.end() in starts):
            out.append(_mention(text, m.start, m.end, m.entry_id, vocab))
    return out


def _described_as_models(unsure: list[Mention], text: str, vocab: Vocabulary) -> list[Mention]:
    """The context-only names a description right after them calls models: "Falcon, an
    open-source rival to closed LLMs", "Phi: open source Small Language Models". A
    capitalised name only ("falcon" stays a bird), and not a short code ("R1")."""
    return [
        _mention(text, m.start, m.end, m.entry_id, vocab)
        for m in unsure
        if describable(m.text) and described_as_models(text, m.end)
    ]


@lru_cache(maxsize=1)
def _examples_lead() -> re.Pattern[str]:
    """A model noun and a marker of examples, ending where a name starts ("TTS models such as ")."""
    from linter import lexicon as lx

    return re.compile(rf"\b{examples_lead(lx.MODEL_NOUNS)}\s*$", re.IGNORECASE)


def _model_examples(unsure: list[Mention], text: str, vocab: Vocabulary) -> list[Mention]:
    """The context-only names given as examples of a model noun: "open-source TTS models such as
    Chatterbox or Kokoro". The noun says what they are; each name listed after the first is too."""
    out: list[Mention] = []
    for m in unsure:
        if len(m.text) < 4 or any(c.isdigit() for c in m.text):
            continue  # "R1", "V3", "K2": short codes stand for too many things to go by the noun
        follows = out and (j := _LIST_JOIN.match(text, out[-1].end)) is not None and j.end() == m.start
        if follows or _examples_lead().search(text, max(0, m.start - 60), m.start):
            out.append(_mention(text, m.start, m.end, m.entry_id, vocab))
    return out


def _mention(text: str, start: int, end: int, entry_id: str, vocab: Vocabulary, version: str = "") -> Mention:
    """The mention of ``entry_id`` at ``start:end``, with its possessive and its maker's name."""
    possessive = bool(_POSSESSIVE.match(text, end))
    maker = _maker_before(text, start, vocab.entries[entry_id].developer)
    return Mention(start, end, entry_id, text[start:end], possessive, version, start - maker)


@lru_cache(maxsize=1024)
def maker_names(developer: str) -> tuple[str, ...]:
    """How a developer is written before its model: "Mistral AI" or "Mistral", "Google
    DeepMind" or "Google"; a parenthesis in the vocabulary's developer field is a gloss."""
    full = developer.split("(")[0].strip()
    first = full.split(" ")[0] if full else ""
    return tuple(name.lower() for name in dict.fromkeys((full, first, *gloss_names(developer))) if name)


def _maker_before(text: str, start: int, developer: str) -> int:
    """The start of ``developer``'s name when only spaces part it from the mention at ``start``
    (``start`` itself when there is none)."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == start:
        return start
    before = text[max(0, k - 48) : k].lower()
    for name in maker_names(developer):
        at = k - len(name)
        if before.endswith(name) and (at == 0 or not text[at - 1].isalnum()):
            return at
    return start


def _without_owners(found: list[Mention], text: str, vocab: Vocabulary) -> list[Mention]:
    """Drop the owner part of a Hugging Face id ("meta-llama/Llama-2-7b-hf", "Qwen/Qwen2-72B"):
    lower case, or the family of the model after the slash."""
    if len(found) < 2:
        return found
    out = []
    for left, right in zip(found, [*found[1:], None], strict=True):
        owner = right is not None and left.end + 1 == right.start and text[left.end] == "/"
        if owner and (
            left.text.islower() or vocab.entries[left.entry_id].name in _ancestor_names(vocab, right.entry_id)
        ):
            continue
        out.append(left)
    return out


def _ancestor_names(vocab: Vocabulary, entry_id: str) -> set[str]:
    out: set[str] = set()
    parent = vocab.entries[entry_id].parent
    while parent is not None and parent in vocab.entries:
        out.add(vocab.entries[parent].name)
        parent = vocab.entries[parent].parent
    return out


# A full stop glued to the next sentence: "is open source.It is", read as a stop and a new word.
# The letter before is looked behind for after the stop: a pattern that opens with a look-behind
# is tried at every character, one that opens with a character class only where it matches.
GLUED_STOP = re.compile(r"[.!?](?<=[a-z][.!?])(?=[A-Z][a-z])")
_ONE_SLASH = re.compile(r"(?<![\w./\-@#:])[\w\-+]+/[\w\-+]+(?:\.\d+)*(?![\w./])")


def _split_pairs(text: str) -> str:
    """The text with the slash of a lone "A/B" pair, the colon of an Ollama tag's size and a glued
    full stop made spaces, offsets kept: "ChatGPT/GPT-4" names two models and
    "meta-llama/Llama-2-7b-hf" (a Hugging Face id) one; a path with more than one slash
    ("models/gpt-4/config.json") stays one word."""
    if "/" in text:
        text = _ONE_SLASH.sub(lambda m: m.group().replace("/", " "), text)
    if ":" in text:
        # An Ollama tag's size names one model: "qwen2.5:7b" is Qwen2.5 7B, not the family.
        text = _TAG_SIZE.sub(" ", text)
    # A full stop glued to the next sentence ("is open source.Llama 2 is ...") starts a new word.
    return GLUED_STOP.sub(" ", text)


# (Opening on the colon, not on a look-behind: a pattern is then tried only where a colon is.)
_TAG_SIZE = re.compile(r":(?<=[a-z0-9.]:)(?=\d+(?:\.\d+)?(?:x\d+)?[bm]\b)", re.IGNORECASE)


def _family_of(vocab: Vocabulary, entry_id: str, point_release: bool) -> str | None:
    """The family an unlisted version belongs to. "Llama 5" is in the Llama family; "Qwen3.9" is
    not a Qwen3 model but a later generation, so a point release after a family's name goes up to
    that family's own family ("Qwen")."""
    entry = vocab.entries[entry_id]
    if not entry.is_family:
        return entry.parent
    if point_release and entry.parent is not None:
        return entry.parent
    return entry.id


@dataclass(frozen=True)
class Resolved:
    """What a name typed on its own resolves to, and how."""

    entry: Entry
    text: str  # the part of the name that was matched
    version: str = ""  # an unlisted version read as the family (see :class:`Mention`)
    exact: bool = False  # an alias, id or display name, not a match as in prose


def resolve_name(vocab: Vocabulary, name: str, *, exact_first: bool = True) -> Resolved | None:
    """What a user typing ``name`` means: an exact name first (when ``exact_first``), then the
    longest mention the linter would find in it as prose ("Llama-3.1-70B-Instruct")."""
    if exact_first and (entry := vocab.lookup(name)) is not None:
        return Resolved(entry, name.strip(), exact=True)
    hits = find_mentions(name, vocab, require_context=False)
    if not hits:
        return None
    best = max(hits, key=lambda m: m.end - m.start)
    return Resolved(vocab.entries[best.entry_id], best.text, best.version)
