"""Attach each claim to the model mention(s) it is about, or explain why it is about none.

Rule-based in the manner of ConText: from the claim, look right for the noun it describes and the
examples it introduces, and left for the subject it is predicated of, within a bounded window that
ends at words which start another clause or another relation ("than", "based on", "but").
Negations, questions, quotation and concept uses ("the definition of open source") cancel a claim.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, islice, pairwise
from typing import Any

from linter import lexicon as lx
from linter.claims import Claim
from linter.mentions import Mention


@dataclass(frozen=True)
class Word:
    text: str
    lower: str
    start: int
    end: int
    sent: int  # sentence number within the region
    block: int  # block number within the region
    line: int = 0  # line number within the region: "**Open source:** Yes" is one line of a card


@dataclass(frozen=True)
class Attachment:
    """What one claim was found to be about."""

    claim: Claim
    mentions: tuple[Mention, ...] = ()
    how: str = ""  # premodifier | list | apposition | copula | verb | ... | "" when none
    role: str = "other"  # attributive | predicative | verb | other: decides the fix
    skipped: str = ""  # why the claim is about no model (negated, question, software, ...)
    ends_list: bool = False  # it ends a list of names before it: a list fix may not drop it


@dataclass
class Region:
    """Words of one or more blocks, with the mentions and claims found in them."""

    words: list[Word]
    mentions: list[Mention]
    claims: list[Claim]
    block_subjects: dict[int, Mention] = field(default_factory=dict)
    subject: Mention | None = None  # what the whole document is about
    lead_in_items: dict[int, list[Mention]] = field(default_factory=dict)  # block -> item leads
    item_topics: dict[int, Mention] = field(default_factory=dict)  # item block -> its lead-in's model
    cells: dict[int, tuple[int, int, int]] = field(default_factory=dict)  # block -> table, row, column
    recaps: dict[int, list[Mention]] = field(default_factory=dict)  # block -> the models it points back at
    column_headers: dict[int, str] = field(default_factory=dict)  # body cell -> its column's header
    heading_blocks: set[int] = field(default_factory=set)
    quote_blocks: set[int] = field(default_factory=set)  # blocks quoted from someone else ("> ...")
    makers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # entry id -> its maker's names
    written: list[tuple[int, int]] = field(default_factory=list)  # spans of what a fix writes

    def __post_init__(self) -> None:
        # Words are in text order, so their starts and ends are sorted: look spans up by bisection.
        self._starts = [w.start for w in self.words]
        self._ends = [w.end for w in self.words]
        self._claim_at = {claim.start: claim for claim in self.claims}
        self.claim_starts = set(self._claim_at)
        self._in_order = sorted(self.claims, key=lambda c: c.start)
        self._in_order_starts = [c.start for c in self._in_order]
        # A claim, and what a fix writes in a claim's place ("proprietary", "source-available",
        # "release the weights of", or nothing: a list fix drops the claim), count as no word
        # where a walk counts words, and a walk that reads words reads them as their first: how
        # far a walk reaches past another claim must not change when a fix rewrites that claim.
        self.phrase_words: set[int] = set()
        self.phrase_tails: set[int] = set()
        self.phrase_past: dict[int, int] = {}  # a phrase's first word -> the index past it
        for start, end in [(c.start, c.end) for c in self.claims] + self.written:
            first, last = self.word_range(start, end)
            self.phrase_words.update(range(first, last))
            self.phrase_tails.update(range(first + 1, last))
            if first < last:
                self.phrase_past[first] = max(last, self.phrase_past.get(first, last))
        # Claims that end a longer phrase a fix writes ("released with open weights"): the phrase
        # is whole, so the claim modifies no noun after it.
        self.closing_claims = {
            c.end for c in self.claims for start, end in self.written if start < c.start and c.end == end
        }
        self._block_spans: dict[int, list[int]] | None = None
        self._sentence_spans: list[tuple[int, int]] | None = None
        self._mention_at: dict[int, tuple[Mention, int]] = {}
        self._mention_until: dict[int, tuple[Mention, int]] = {}
        # Each mention's first word, looked up once: rules ask for the mentions of a stretch of
        # words many times per claim. In text order (as mentions come) they are found by bisection.
        self._mention_firsts = [self.word_range(m.start, m.end)[0] for m in self.mentions]
        firsts = self._mention_firsts
        self._mentions_in_order = all(a <= b for a, b in pairwise(firsts))
        for mention in self.mentions:
            first, last = self.word_range(mention.start, mention.end)
            if first < last:
                self._mention_at[first] = (mention, last)
                self._mention_until.setdefault(last, (mention, first))
                if mention.maker:
                    # "Meta Llama 3" reads as one name from its maker on, in lists and subjects.
                    at = mention.start - mention.maker
                    maker = self.word_range(at, at + 1)[0]
                    if maker < first:
                        self._mention_at.setdefault(maker, (mention, last))
                        self._mention_until[last] = (mention, maker)

        # The brackets of a status after a name count as none too: a list fix writes them with the
        # statuses ("Phi-4 (open weights), GPT-4 (proprietary) or OLMo") where its claim stood.
        brackets = set()
        for start, end in [(c.start, c.end) for c in self.claims] + self.written:
            first, last = self.word_range(start, end)
            after_name = first - 1 in self._mention_until
            if after_name and _lower(self, first - 1) == "(" and _lower(self, last) == ")":
                brackets.update((first - 1, last))
        counts = (k not in self.phrase_words and k not in brackets for k in range(len(self.words)))
        self._counted = list(accumulate(counts, initial=0))  # words counted before each index

        # Sentences in Title Case ("Tech Giants Race to Release ...: ... Phi-3 Lead the Pack"),
        # where a capital says nothing: most of their longer words, past names and claims, are
        # capitalised.
        capitals: dict[int, list[int]] = {}
        named = {k for first, (_m, last) in self._mention_at.items() for k in range(first, last)}
        for k, word in enumerate(self.words):
            if len(word.text) >= 4 and word.text.isalpha() and k not in named and k not in self.phrase_words:
                tally = capitals.setdefault(word.sent, [0, 0])
                tally[0] += word.text[0].isupper()
                tally[1] += 1
        self.title_case_sents = {s for s, (up, n) in capitals.items() if n >= 4 and up >= 0.75 * n}

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        first = bisect.bisect_right(self._ends, start)
        return first, max(first, bisect.bisect_left(self._starts, end, lo=first))

    def mentions_from(self, start: int, end: int) -> list[Mention]:
        """The mentions whose first word lies in ``start:end``, in the order of ``mentions``."""
        firsts = self._mention_firsts
        if self._mentions_in_order:
            return self.mentions[bisect.bisect_left(firsts, start) : bisect.bisect_left(firsts, end)]
        return [m for m, first in zip(self.mentions, firsts, strict=True) if start <= first < end]

    def reach_back(self, i: int, reach: int) -> int:
        """The first of the ``reach`` words before word ``i``, a claim or what a fix writes
        counting as none."""
        return bisect.bisect_left(self._counted, self._counted[min(i, len(self.words))] - reach)

    def reach_ahead(self, i: int, reach: int) -> int:
        """The index past the ``reach`` words from word ``i`` on, a claim or what a fix writes
        counting as none."""
        past = bisect.bisect_right(self._counted, self._counted[min(i, len(self.words))] + reach) - 1
        return min(len(self.words), past)

    def block_words(self, block: int) -> range:
        """The indexes of block ``block``'s words (built once, on first use)."""
        if self._block_spans is None:
            spans: dict[int, list[int]] = {}
            for k, word in enumerate(self.words):
                spans.setdefault(word.block, [k, k])[1] = k
            self._block_spans = spans
        first, last = self._block_spans.get(block, (0, -1))
        return range(first, last + 1)

    def past_phrases(self, i: int) -> int:
        """The first word from ``i`` on that is no claim's and no fix's: a run of stacked claims
        ("open-source open-sourced X") reads as none of them, whichever a fix drops."""
        while (past := self.phrase_past.get(i)) is not None:
            i = past
        return i

    def count(self, start: int, end: int) -> int:
        """The words from ``start`` to ``end``, a claim or what a fix writes counting as none."""
        n = len(self.words)
        return self._counted[min(max(end, 0), n)] - self._counted[min(max(start, 0), n)]

    def claim_starting(self, i: int) -> Claim | None:
        """The claim whose first word is word ``i``."""
        return self._claim_at.get(self.words[i].start) if i < len(self.words) else None

    def claims_from(self, offset: int) -> Iterator[Claim]:
        """The claims starting at character ``offset`` or later, in text order."""
        return islice(self._in_order, bisect.bisect_left(self._in_order_starts, offset), None)

    def mention_at(self, i: int) -> tuple[Mention, int] | None:
        """The mention starting at word ``i`` and the index just past it."""
        return self._mention_at.get(i)

    def mention_ending_at(self, j: int) -> tuple[Mention, int] | None:
        """The mention whose last word is ``j - 1``, with its first word index."""
        return self._mention_until.get(j)


def _lower(region: Region, i: int) -> str:
    return region.words[i].lower if 0 <= i < len(region.words) else ""


def _mentions_from(region: Region, start: int, end: int) -> list[Mention]:
    """The mentions whose first word lies in ``start:end``, in text order."""
    return region.mentions_from(start, end)


def _names_itself(region: Region, mention: Mention) -> bool:
    """A mention that names its model as a noun phrase of its own: not a possessor ("X's"),
    not a modifier ("X-based", "the X tokenizer")."""
    return not mention.possessive and not _is_modifier_use(
        region, region.word_range(mention.start, mention.end)[1]
    )


def _same_sentence(region: Region, i: int, j: int) -> bool:
    w = region.words
    return 0 <= i < len(w) and 0 <= j < len(w) and w[i].sent == w[j].sent


def _phrase_at(region: Region, i: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """Length of the first phrase in ``phrases`` starting at word ``i`` (0 when none)."""
    by_first = _by_first_word(tuple(phrases))
    if by_first is None:  # an empty phrase matches anywhere, in its place in the order
        for phrase in phrases:
            if all(_lower(region, i + k) == part for k, part in enumerate(phrase)):
                return len(phrase)
        return 0
    for phrase in by_first.get(_lower(region, i), ()):
        if all(_lower(region, i + k) == phrase[k] for k in range(1, len(phrase))):
            return len(phrase)
    return 0


@lru_cache(maxsize=256)
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]] | None:
    """The phrases by their first word, each group in the phrases' order: only those can start
    where that word stands (None when one is empty)."""
    if not all(phrases):
        return None
    groups: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in groups.items()}


_HOW_WELL = frozenset({"best", "better", "fine", "on", "well", "with"})  # "X works well": a verb


def qualified_after(region: Region, last: int) -> bool:
    """The name ending before word ``last`` qualifies the noun after it, in its own block ("a
    GPT-4 level model", "GPT-4-class models"), rather than naming a model of its own."""
    k = last + (_lower(region, last) == "-")
    words = region.words
    return (
        0 < k < len(words)
        and words[k].lower in lx.QUALIFYING_NOUNS
        and words[k].block == words[last - 1].block
    )


def _is_modifier_use(region: Region, last: int) -> bool:
    """A mention used as a modifier ("Llama-based", "GPT-4o level model") names no subject."""
    new_line = 0 < last < len(region.words) and region.words[last].line != region.words[last - 1].line
    if new_line and _opens_label(region, last):
        return False  # a name that ends its line qualifies no label on the next ("X⏎Hosted: Y")
    nxt = _lower(region, last)
    if nxt == "-":
        nxt = _lower(region, last + 1)
    # "an open source ChatGPT UI", "its Zephyr training recipe": the name qualifies a software noun,
    # but "X and Y work best for ..." has the verb "work".
    if nxt in {"work", "works"} and _lower(region, last + 1) in _HOW_WELL:
        return False
    if nxt in lx.MODIFIER_AFTER or nxt in lx.SOFTWARE_NOUNS:
        return True
    if nxt in {"rival", "challenger", "contender"} and (hit := region.mention_ending_at(last)) is not None:
        # "open-sources a GPT-4o rival", "Alibaba Open-Sources GPT-4o Rival": a noun, after an
        # article or the claim (not the verb of "Mixtral and Llama rival GPT-4")
        before = hit[1] - 1
        return _lower(region, before) in lx.DETERMINERS or before in region.phrase_words
    if nxt == "fine" and _lower(region, last + 1) == "-" and _lower(region, last + 2) in {"tune", "tunes"}:
        return True  # "a Llama 3 fine-tune"
    seen = 0
    for k in range(last, region.reach_ahead(last, 6)):
        low = region.words[k].lower
        if (low == "-" and seen) or k in region.phrase_words:
            continue  # "fine-tuning scripts": a hyphenated word is one word; a claim is none
        if low in lx.SOFTWARE_NOUNS or (seen and low in lx.ALTERNATIVES):
            return True  # "... ChatGPT UI", "... Claude Design Alternative"
        # A preposition or determiner ends the compound: "Llama 3 across our products" is no name.
        ends = lx.MODEL_NOUNS | lx.FUNCTION_WORDS | lx.BREAKERS | lx.PREPOSITIONS | lx.DETERMINERS
        if not low.isalpha() or low in ends or low in _CLAUSE_GOES_ON:
            break  # (nor past "so": "X so contributors can run it" is a clause)
        seen += 1
        if seen == 3:
            break
    # "the open-source Claude Design alternative": the name begins a longer proper name.
    # A capital means nothing in a Title Case headline ("Open-Source Mistral Large 2 Takes On ...").
    if (
        last < len(region.words)
        and region.mention_at(last) is None
        and region.words[last].block not in region.heading_blocks
        and region.words[last].sent not in region.title_case_sents
        and not _status_at(region, last)  # "X OPEN SOURCE models": a claim, not more of the name
    ):
        word = region.words[last]
        joined = word.start - region.words[last - 1].end <= 1 and word.sent == region.words[last - 1].sent
        common = nxt in lx.FUNCTION_WORDS or nxt in lx.MODEL_NOUNS
        return joined and word.text[:1].isupper() and word.text.isalpha() and not common
    return False


_UNKNOWN_NAME = re.compile(r"[A-Z][A-Za-z]*\d|[A-Z][a-z]+[A-Z]")


def _in_compound(region: Region, i: int) -> bool:
    """Word ``i`` ends a hyphenated compound ("transformer-based", "fine-tuned"): a modifier."""
    w = region.words
    return i > 0 and w[i - 1].text == "-" and w[i - 1].end == w[i].start and w[i - 1].start == w[i - 2].end


# --- cancelling a claim -----------------------------------------------------------------------


def _quoted_phrase(region: Region, last: int, opener: str, reach: int = 5) -> bool:
    """A quotation opened right before a claim closes soon after it, round a noun phrase of the
    claim and a name ("open-source Llama", "open source Mistral models") with no verb. Another
    claim, or what a fix writes ("released with open weights"), is no word of the reach and no
    verb."""
    words = region.words
    closers = {"'", "’"} if opener in {"'", "‘"} else {'"', "”", "»"}
    for k in range(last, region.reach_ahead(last, reach)):
        if k in region.phrase_words:
            continue
        low = words[k].lower
        if low in closers:
            return k > last and words[k].sent == words[last - 1].sent
        if low in lx.COPULAS or low in lx.CLAUSE_VERBS or low in lx.BREAKERS:
            return False
    return False


# A subject that denies its verb, and what may stand between them ("nobody has ever open-sourced").
_NOBODY = frozenset({"nobody", "noone"})
_BEFORE_VERB = lx.AUXILIARIES | {"has", "have", "had", "ever", "yet", "really", "actually", "fully", "truly"}


_TOLD = frozenset({"me", "us", "you", "him", "her", "them"})  # the listener of "tells me X is"
_TELLING = frozenset({"tell", "tells", "told", "telling"})


def _denied_label(region: Region, first: int, reach: int = 20) -> bool:
    """The claim is the "as" complement of a labelling verb that a negation governs: "do not
    describe X as open source", "shall never market X, Y or Z as open-source models"."""
    if _lower(region, first - 1) != "as":
        return False
    start, _ = _sentence_bounds(region, first)
    for k in range(first - 2, max(start, first - 2 - reach) - 1, -1):
        low = _lower(region, k)
        if low in {".", ";", ":", "but"}:
            return False
        if low in lx.LABELLING_VERBS:
            before = [_lower(region, j) for j in range(max(start, k - 3), k)]
            return any(w in lx.NEGATIONS or w.endswith("n't") for w in before)
    return False


_MAYBE = frozenset({"can", "could", "might", "may"})


# Verbs after "if we"/"if you" that name a topic: "If we talk about open-source LLMs, ...".
_TOPIC_VERBS = frozenset({"talk", "speak", "look", "consider", "compare", "mean"})


def _cancelled(region: Region, first: int, last: int, claim: Claim) -> str:
    words = region.words
    sent = words[first].sent
    # Scare quotes distance the writer from the words.
    before = words[first - 1].text if first > 0 else ""
    after = words[last].text if last < len(words) else ""
    if before in {'"', "“", "'", "‘", "«"} and after in {'"', "”", "'", "’", "»"}:
        return "quoted"
    if before in {'"', "“", "«", "'", "‘"} and _quoted_phrase(region, last, before):
        return "quoted"  # 'I wrote "open-source Llama" in every post': a phrase mentioned
    if after in {'"', "”", "»"} and _quoted_subject(region, first, last):
        return "quoted"  # 'So "Falcon is open source" is only half true': a sentence mentioned
    if _quoted_speech(region, first, last):
        return "reported"  # 'The README says "works with any open-source model (X, Y)"'
    if _lower(region, first - 1) in lx.DISTANCING or _lower(region, first - 2) in lx.DISTANCING:
        return "reported"  # "it's supposedly open source": the writer does not vouch for it
    # Taken back after the claim ("open source in name only") or compared ("less open source
    # than OLMo"): no plain claim.
    if any(_phrase_at(region, last, (p,)) for p in lx.TAKEN_BACK_AFTER):
        return "taken back"
    if _lower(region, first - 1) in {"less", "more"} and _lower(region, last) == "than":
        return "comparative"
    if _lower(region, first - 1) == "as" and _lower(region, last) == "as":
        return "comparative"  # "about as open source as Windows": openness measured by another
    # Negation within the clause before the claim.
    i = first - 1
    steps = 0
    hypothetical = ""
    while i >= 0 and words[i].sent == sent and steps < 7:
        low = words[i].lower
        if low == "," and (aside := _comma_aside(region, i)) != -1:
            i = aside  # "is not, strictly speaking, open source": step over the aside
            continue
        if low in {",", ";", "(", ":", "but"} and steps > 0:
            break
        if low in lx.REASON_OPENERS and steps > 0 and _lower(region, i + 1) in lx.IT | {"they"}:
            break  # "X should be supported since it is open source": the reason is asserted
        # ("If you look at the newest open-source LLM, it is X": a topic, not a condition)
        topic = (
            low == "if" and _lower(region, i + 1) in {"we", "you"} and _lower(region, i + 2) in _TOPIC_VERBS
        )
        if (low in lx.HYPOTHETICAL and not topic) or (low in lx.MODALS and _lower(region, i + 1) == "have"):
            hypothetical = hypothetical or "hypothetical clause"
        if (
            low in _MAYBE
            and (i == first - 1 or _lower(region, i + 1).endswith("ly"))
            and (claim.role == "verb" or _reads_as_verb(region, first, last))
        ):
            # "They can open-source GPT-4 now", "Meta might open-source Llama 5": a possibility
            hypothetical = hypothetical or "hypothetical clause"
        negation = low in lx.NEGATIONS or low.endswith("n't")
        if (
            negation
            and _lower(region, i + 1) == "believe"
            and (low == "cannot" or _lower(region, i - 1) in {"ca", "can"})
        ):
            negation = False  # "Can't believe Llama 3 is open source": surprise, not denial
        if negation and not _phrase_at(region, i, lx.NOT_NEGATION):
            # "whether" asks about its clause's predicate; a description in it stands ("whether
            # open-source models like X could help").
            next_to = _next_to(region, i + 1, first) and low != "whether"
            return "negated" if next_to else "negated clause"
        if low in _NOBODY and all(_lower(region, k) in _BEFORE_VERB for k in range(i + 1, first)):
            return "negated"  # "nobody has open-sourced X" (not "nobody cares that X is open source")
        if (n := _phrase_at(region, i, lx.NEGATION_PHRASES)) and i + n <= first:
            return "negated" if _next_to(region, i + n, first) else "negated clause"
        steps += i not in region.phrase_words  # a claim or a fix's words: none
        i -= 1
    if hypothetical:
        return hypothetical
    if _denied_label(region, first):
        return "negated"  # "Suppliers shall not describe X, Y or Z as open source"
    _, end = _sentence_bounds(region, first)
    if any(words[k].lower in {"would", "'d"} for k in range(max(i, 0), first)) and any(
        words[k].lower in {"if", "unless"} for k in range(last, end)
    ):
        return "hypothetical clause"  # "Llama 2 would be open source if its licence allowed it"
    # "almost open source", "semi-open-source": short of the claim, which says it is not quite so
    short_of = ("non", "not", "almost", "nearly", "semi", "quasi", "hypothetical", "imaginary", "fictional")
    if (first > 0 and words[first - 1].lower in short_of) or before == "non-":
        return "negated"
    if first > 1 and words[first - 1].text == "-" and words[first - 2].lower in short_of:
        return "negated"
    opening = _after_label(region, first)[0]
    if opening > 0 and _lower(region, opening - 1) == ":" and _lower(region, opening - 2) in lx.MYTH_LABELS:
        return "reported"  # 'Myth: "X is open source because ..."' (a "Fact:" line answers it)
    # Said by others, after the fact: "X is open source, they said." (the meme "... they said.
    # it'll be fun, they said" included); not the writer's "I said".
    tail = [_lower(region, k) for k in range(last, end) if _lower(region, k).isalpha()]
    if (
        len(tail) == 2
        and tail[0] in lx.HEARSAY_SUBJECTS | {"they", "he", "she"}
        and tail[1] in lx.REPORTING_VERBS
    ):
        return "reported"
    # Someone else's claim, reported: "Some argue that Llama 2 is open source, but ...".
    i = first - 1
    while i > 0 and words[i].sent == sent:
        reporter = words[i - 1].lower
        if words[i].lower == "that" and (reporter in lx.REPORTING_VERBS or reporter in lx.REPORTING_NOUNS):
            # (A description in the reported clause is the writer's own: "claims that the
            # open-source LLM X was trained cheaply" calls X open source.)
            return "reported clause"
        if words[i].lower == "that" and reporter in _TOLD and _lower(region, i - 2) in _TELLING:
            # "Some people will tell you that X is open source": others' words, told to the reader
            k = i - 3
            while k > 0 and _lower(region, k) in lx.MODALS | lx.AUXILIARIES | {"'ll", "always"}:
                k -= 1
            if _lower(region, k) in lx.HEARSAY_SUBJECTS:
                return "reported"
        i -= 1
    # Hearsay about what a pronoun stands for: "made people assume it was open source".
    for k in range(region.reach_back(first, 5), first - 1):
        said = _lower(region, k) in lx.BELIEF_VERBS | lx.REPORTING_VERBS | lx.CALLING_VERBS
        pointing = _lower(region, k + 1) in lx.IT | {"they"}
        if said and pointing and _lower(region, k - 1) in lx.HEARSAY_SUBJECTS:
            return "reported"
    # Said over and over: "Meta keeps saying Llama is open source", "they keep calling it open
    # source" (the writer holds it up to doubt, as "supposedly" does).
    for k in range(_sentence_bounds(region, first)[0], first - 1):
        if _lower(region, k) in lx.KEEP_VERBS and _lower(region, k + 1) in lx.REPEATED_SAYING:
            return "reported"
    # Hearsay without "that": "people saying X is open source", "my boss thinks X is open source",
    # "Nobody serious thinks X is ...". What a maker or a named source says ("Meta said X will be
    # open source") is a claim the text passes on; so is the writer's own "I think".
    start, _ = _sentence_bounds(region, first)
    hit = next((region.mention_at(k) for k in range(start, first) if region.mention_at(k)), None)
    if hit is not None:
        at = region.word_range(hit[0].start, hit[0].end)[0]
        told = _lower(region, at - 1) in _TOLD and _lower(region, at - 2) in _TELLING
        said = told or _lower(region, at - 1) in lx.REPORTING_VERBS | lx.BELIEF_VERBS
        # "someone tells me X is ...": the speaker stands before the verb and its listener
        speaker = {_lower(region, at - 2 - told), _lower(region, at - 3 - told)}
        if said and speaker & {"nobody", "no", "none", "few"}:
            return "negated clause"
        if said and speaker & lx.HEARSAY_SUBJECTS:
            return "reported"
        # "Last week I said Pixtral Large was open source.": the writer's own past claim, told
        # as a past event (most often to take it back), is not one the text makes now.
        if _lower(region, at - 1) in lx.PAST_SAYING and speaker & {"i", "we"}:
            return "reported"
        # "I thought models like X were open source": the same, the name in its class's examples.
        v = at - 1
        while v > start and (_lower(region, v) in _EXAMPLE_LEAD or _lower(region, v) in lx.MODEL_NOUNS):
            v -= 1
        if v < at - 1 and _lower(region, v) in lx.PAST_SAYING and _lower(region, v - 1) in {"i", "we"}:
            return "reported"
        # "I used to think X was open source", "I'd have told you X was": a belief left behind.
        if any(_phrase_at(region, k, lx.PAST_BELIEF_FRAMES) for k in range(start, at)):
            return "reported"
    # Presented as such by someone else: "Llama, while promoted as open-source, ...".
    k = first - 1
    while k > 0 and first - k <= 3 and words[k].lower in lx.DETERMINERS | {"fully", "truly"} | _QUOTES:
        k -= 1  # 'describes Llama 3.1 as "open source AI"': the quotation marks too
    if _lower(region, k) in lx.NAMING_VERBS:
        return "reported"  # "Llama 2 is often called open source"
    before = range(k - 1, max(k - 5, 0), -1)
    relative = next((j for j in before if _lower(region, j) in {"which", "that"}), -1)
    caller = {_lower(region, j) for j in range(relative + 1, k)}
    if _lower(region, k) in lx.CALLING_VERBS and relative != -1 and caller and not caller & {"we", "i"}:
        # "X, which the company calls open source, ...": a label its maker or others give it
        # (not "which we call open source", the writer's own word)
        return "reported"
    # 'describe X as "the strongest open-source model"': a quoted label after "as"; so is a
    # graded one ("hailed as the best open-source video generator").
    quote = next((j for j in range(first - 1, max(first - 7, 0), -1) if _lower(region, j) in _QUOTES), -1)
    if quote > 0 and _lower(region, quote - 1) == "as" and _same_sentence(region, quote, first):
        k = quote - 1
    graded = k
    while (
        graded > 0
        and first - graded <= 4
        and (
            _lower(region, graded) in lx.DETERMINERS | {"most", "first"}
            or _lower(region, graded).endswith("est")
        )
    ):
        graded -= 1
    if graded != k and _lower(region, graded) == "as":
        k = graded
    presenter = next(
        (
            j
            for j in range(max(k - 6, 0), k)
            if _lower(region, j) in lx.PRESENTING_VERBS and _same_sentence(region, j, k)
        ),
        -1,
    )
    # "Meta billed X as open source": a label its giver is named for (but "we describe X as" is
    # our own word). Without a giver ("X was touted as the first open-source model of its
    # class") the text passes the label on as its own, unless it doubts it ("X, though marketed
    # as open source, falls short of the OSI bar").
    before_presenter = _lower(region, presenter - 1)
    passive = _lower(region, presenter) in lx.LABELLED_PARTICIPLES | {"hailed", "pitched"} and (
        before_presenter in lx.COPULAS | {","} or before_presenter.endswith("ly")
    )
    if (
        _lower(region, k) == "as"
        and presenter != -1
        and before_presenter not in {"we", "i"}
        and (not passive or _label_doubted(region, first))
    ):
        return "reported"
    if _disputed_label(region, first, last):
        return "reported"  # "Llama's open-source status is disputed", "..., a claim the OSI rejects"
    # A concept, not a description: "the definition of open source", "the term open source".
    prev = _lower(region, first - 1)
    if prev == "of" and _lower(region, first - 2) in lx.CONCEPT_BEFORE:
        return "concept"
    if prev in lx.CONCEPT_BEFORE:
        return "concept"
    return ""


# Nouns that name a label as a label ("its open-source status", "a claim the OSI rejects"), and
# the verbs that dispute one.
_LABEL_NOUNS = lx.REPORTING_NOUNS | {"status", "label", "labels", "credentials", "branding", "billing", "tag"}
_DISPUTING = frozenset(
    {
        "disputed", "dispute", "disputes", "questioned", "questions", "contested", "contests",
        "rejected", "rejects", "challenged", "challenges", "criticized", "criticised", "doubted",
        "denied", "denies", "refuted", "refutes", "debated",
    }
)  # fmt: skip


def _disputed_label(region: Region, first: int, last: int, reach: int = 8) -> bool:
    """The sentence holds the claim up as a label that someone disputes: its own head is such a
    noun ("Why is Gemma's open-source label contested?"), or a noun after a comma takes the claim
    up ("Meta said X is open source, a claim the OSI has rejected")."""
    _, end = _sentence_bounds(region, first)
    labels = [last] if _lower(region, last) in _LABEL_NOUNS else []
    labels += [
        k + 2
        for k in range(last, end - 1)
        if _lower(region, k) == ","
        and _lower(region, k + 1) in {"a", "an"}
        and _lower(region, k + 2) in lx.REPORTING_NOUNS
    ]
    if not labels:
        return False
    label = labels[0]
    for k in range(label + 1, min(end, label + 1 + reach)):
        low = _lower(region, k)
        if low in lx.NEGATIONS or low.endswith("n't") or low in {"nobody", "few"}:
            return False  # "a claim nobody disputes"
        if low in _DISPUTING:
            return True
    return False


def _quoted_speech(region: Region, first: int, last: int, reach: int = 5) -> bool:
    """The claim stands in a quotation that a verb of saying or calling introduces: 'the README
    says "works with any open-source model"', 'which the company calls "open source and safe"':
    someone else's words, passed on. (A quotation followed by its speaker, '"..., " said the CEO',
    is a press release's own claim.)"""
    start, end = _sentence_bounds(region, first)
    opening = -1
    for k in range(first - 1, start - 1, -1):
        low = _lower(region, k)
        if low in {'"', "“", "'", "‘"}:
            opening = k
            break
        if low in {"”", "’"}:
            return False
    # Single quotes too ("said it would standardise on 'open-source AI such as Llama'"), closed
    # by a quote of their own kind.
    closers = {'"', "”"} if _lower(region, opening) in {'"', "“"} else {"'", "’"}
    if opening == -1 or not any(_lower(region, k) in closers for k in range(last, end)):
        return False
    verbs = lx.REPORTING_VERBS | lx.CALLING_VERBS | lx.NAMING_VERBS | lx.REQUIRING_VERBS
    said = [k for k in range(max(opening - reach, start), opening) if _lower(region, k) in verbs]
    return bool(said) and _lower(region, said[-1] - 1) not in {"i", "we"}


def _quoted_subject(region: Region, first: int, last: int, reach: int = 8) -> bool:
    """The claim ends a quoted clause that is the subject of a verb after the quote: 'So
    "Falcon is open source" is only half true.', '"X is open source" was the headline'."""
    opening = next(
        (
            k
            for k in range(first - 1, region.reach_back(first, reach) - 1, -1)
            if _lower(region, k) in {'"', "“", "«"}
        ),
        -1,
    )
    if (
        opening == -1
        or not _same_sentence(region, opening, last)
        or not _mentions_from(region, opening, first)
    ):
        return False
    return _lower(region, last + 1) in lx.COPULAS or _lower(region, last + 1) in lx.CLAUSE_VERBS


def _comma_aside(region: Region, i: int, reach: int = 4) -> int:
    """The word before an aside of a few plain words closed by the comma at ``i`` (", strictly
    speaking,"), or -1."""
    for k in range(i - 1, region.reach_back(i, reach) - 1, -1):
        if k in region.phrase_tails:
            continue  # a claim or a fix's words read as their first word
        low = _lower(region, k)
        if low == ",":
            return k - 1 if k < i - 1 else -1
        breaker = low in lx.BREAKERS and low not in lx.PREPOSITIONS  # "in fact", "after all"
        if not low.isalpha() or breaker or low in lx.COPULAS or region.mention_ending_at(k + 1):
            return -1
    return -1


# --- scanning right: the head noun and the examples it introduces ------------------------------


@dataclass
class _Head:
    kind: str  # mention | model | software | of | none
    index: int  # word index of the head (or where the scan stopped)
    end: int = 0  # for a mention head: index past it


_QUOTES = frozenset({'"', "“", "'", "‘", "«"})


# What opens a clause after "so" ("open source so there's no licence key", "so no api bills").
_CLAUSE_AFTER_SO = lx.PERSONAL_PRONOUNS | {"there", "it", "that", "this", "no"}


def _find_head(region: Region, start: int) -> _Head:
    """The noun a claim (ending before word ``start``) modifies, skipping adjectives and sizes."""
    words = region.words
    if 0 < start <= len(words) and words[start - 1].end in region.closing_claims:
        return _Head("none", start)
    i = start
    seen = 0
    while i < len(words) and seen < 6 and _same_sentence(region, start - 1, i):
        if (past := region.phrase_past.get(i)) is not None:
            # Another claim's words, or what a fix wrote in a claim's place, count as none: what
            # the phrase reaches must not change when a fix drops or rewrites that claim
            # ("opensource s e p OPEN SOURCE e BLOOM", fuzz seed 605).
            i = past
            continue
        if (hit := region.mention_at(i)) is not None:
            named, last = hit
            generic = named.text.lower() in lx.GENERIC_NAMES and _lower(region, last) in lx.MODEL_NOUNS
            if _is_modifier_use(region, last) or generic:
                i = last  # ("open-source GPT models": a kind of model, the noun is the head)
                seen += 1
                continue
            return _Head("mention", i, last)
        low = words[i].lower
        if low in lx.PERSONAL_PRONOUNS:
            return _Head("none", i)  # "open source We RELEASE THE WEIGHTS": "release" is no noun here
        if low == "so" and _lower(region, i + 1) in _CLAUSE_AFTER_SO:
            return _Head("none", i)  # "open source so there's no licence key": a clause of its own
        if low == "foundation" and _lower(region, i + 1) in ("model", "models"):
            return _Head("model", i + 1)
        if low == "artificial" and _lower(region, i + 1) == "intelligence":
            # "open-source artificial intelligence" is "open-source AI" ("... AI tools" software,
            # "... AI models" headed by "models")
            if _lower(region, i + 2) in lx.SOFTWARE_NOUNS:
                return _Head("software", i + 2)
            if _lower(region, i + 2) not in lx.MODEL_NOUNS:
                return _Head("model", i + 1)
        if low in lx.OF_NOUNS and _lower(region, i + 1) == "of":
            return _Head("of", i)  # "the open-source release of Llama 2"
        if low in lx.MODEL_NOUNS and (tail := _hyphen_tail(region, i)) != i:
            # "the open-source lm-eval-harness", "LLM-based tools": the hyphenated word's last
            # part is its head
            if _lower(region, tail) in lx.SOFTWARE_NOUNS:
                return _Head("software", tail)
            if _lower(region, tail) not in lx.MODEL_NOUNS:
                i = tail + 1
                seen += 1
                continue
            i, low = tail, _lower(region, tail)
        if low in lx.MODEL_NOUNS:
            # The head is the last noun of a compound: "open-source AI models like ..." is headed
            # by "models", and "open-source LLM leaderboard" is software.
            # A name's own word is no noun of the compound ("open-source models gpt-oss-20b").
            while (
                _lower(region, i + 1) in lx.MODEL_NOUNS
                and _same_sentence(region, i, i + 1)
                and region.mention_at(i + 1) is None
            ):
                i += 1
            # "the open-source Transformers and Accelerate libraries": the coordination's last
            # noun heads both.
            names = region.words[i : i + 3 : 2]
            joined = _lower(region, i + 1) in {"and", "or", "&"}
            named = len(names) == 2 and all(w.text[:1].isupper() for w in names)
            if joined and named and _lower(region, i + 3) in lx.SOFTWARE_NOUNS:
                return _Head("software", i + 3)
            # A plural noun heads its phrase: "open-source models work best" has a verb after it.
            compounds = not low.endswith("s") or not _lower(region, i).endswith("s")
            for k in (i + 1, i + 2, i + 3):
                if compounds and _lower(region, k) in lx.SOFTWARE_NOUNS and _same_sentence(region, i, k):
                    return _Head("software", k)
                ends = lx.FUNCTION_WORDS | lx.RELATIVE_OPENERS  # "the open-source LLM that teams use"
                if not _lower(region, k).isalpha() or _lower(region, k) in ends:
                    break
            return _Head("model", i)
        # (not a noun's premodifier: "the biggest open-source success story")
        if low in lx.QUALITY_NOUNS and _lower(region, i + 1) not in {"of", "story", "stories"}:
            return _Head("quality", i)
        # A plural heads its phrase ("open-source tools make LLMs easy": "make" is the verb).
        plural = low.endswith("s") and not low.endswith("ss")
        if low in lx.SOFTWARE_NOUNS and not any(
            not plural
            and _lower(region, k) in lx.MODEL_NOUNS
            and _same_sentence(region, i, k)
            and region.mention_at(k) is None
            and k not in region.phrase_words  # the "weights" of "open weights" is no noun here
            for k in range(i + 1, region.reach_ahead(i + 1, 2))
        ):  # "open-source code model" is a model; "open-source SDK supports GPT-4o" is software
            return _Head("software", i)  # "open-source code" is software, "open-source code model" not
        # "is open source and hosted by us": a second predicate, a participle with its phrase
        participle = _lower(region, i + 1).endswith("ed") and _lower(region, i + 2) in lx.PREPOSITIONS
        if (
            low in {"and", "or", "&", "vs", "vs.", "versus", "/"}
            and _lower(region, i + 1) in lx.CONTRAST_TERMS
            and not participle
        ):
            return _Head("mixed", i)  # "open-source and proprietary models: ..." claims no one model
        # The next three words, another claim's or a fix's counting as none ("weights" of "open
        # weights" is no noun here); a name's own word ("GPT" of "GPT-4") is no model noun of
        # the phrase.
        ahead = [k for k in range(i + 1, region.reach_ahead(i + 1, 3)) if k not in region.phrase_words]
        named = {j for k in ahead if (hit := region.mention_at(k)) for j in range(k, hit[1])}
        if low in {"and", "or", "&"} and not any(
            _lower(region, k) in lx.MODEL_NOUNS and k not in named for k in ahead
        ):
            # "is open source and runs Llama 2": a second predicate, not "open and closed models";
            # "released with open weights and GPT-4 was not": a clause of its own.
            return _Head("none", i)
        if _spaced_hyphen(region, i):
            return _Head("none", i)  # "**Open source** - Apache 2.0 license": a dash
        if low in {"-", "and", "or", "/", "&"}:
            i += 1
            continue
        if low == "(":
            # "the open-source lightweight (English-Chinese) dialogue model ChatGLM-6B": step over it.
            close = _bracket_closing(region, i, 11)
            if _phrase_at(region, i + 1, (*lx.EXAMPLE_MARKERS, ("like",))):
                return _Head("none", i)  # "open-source (e.g., Gemma, Llama) and closed ...": examples
            if close != -1 and region.mention_at(i + 1) is None:
                i = close + 1
                continue
        if low in lx.BREAKERS and _in_compound(region, i):
            i += 1
            continue
        if (
            low == "to"
            and _lower(region, i - 1) in _MEDIA
            and _lower(region, i + 1) in _MEDIA
            and _lower(region, i + 2) in lx.MODEL_NOUNS
        ):
            i += 1  # "open source speech to text model": a task written with spaces
            continue
        if low in _QUOTES and region.mention_at(i + 1) is not None:
            i += 1  # 'an open source "Magistral Small"'
            continue
        if low in lx.BREAKERS and low.endswith("ed") and _lower(region, i + 1) in lx.MODEL_NOUNS:
            i += 1  # "open source finetuned LLMs": a participle before its noun
            seen += 1
            continue
        if not any(c.isalnum() for c in low) or low in lx.BREAKERS or low in lx.COPULAS:
            return _Head("none", i)
        if _UNKNOWN_NAME.match(words[i].text):
            return _Head("none", i)  # a name the vocabulary does not know: the claim is about it
        if low in lx.DETERMINERS:
            return _Head("none", i)
        i += 1
        seen += 1
    return _Head("none", i)


def _other_name(region: Region, j: int) -> bool:
    """Word ``j`` is a name of something the vocabulary does not list ("Ollama", "llama.cpp"):
    capitalised or dotted, no model's word, and not the variant word after a model's name."""
    if j < 0 or region.mention_ending_at(j + 1) is not None or region.mention_ending_at(j) is not None:
        return False
    text = region.words[j].text
    low = text.lower()
    if low in lx.MODEL_NOUNS or low in lx.FUNCTION_WORDS or low in lx.SOFTWARE_NOUNS:
        return False
    dotted = "." in text[1:-1] and all(part.isalnum() for part in text.split("."))
    return (text[:1].isupper() and text.isalnum() and not _starts_sentence(region, j)) or dotted


def _starts_sentence(region: Region, j: int) -> bool:
    return _sentence_bounds(region, j)[0] == j


def _hyphen_tail(region: Region, i: int) -> int:
    """The last part of the hyphenated word that word ``i`` begins ("lm-eval-harness"), or
    ``i`` when no hyphen joins it to the next word."""
    words = region.words
    while (
        i + 2 < len(words)
        and words[i + 1].text == "-"
        and words[i].end == words[i + 1].start
        and words[i + 1].end == words[i + 2].start
        and words[i + 2].text.isalpha()
        and region.mention_at(i + 2) is None
    ):
        i += 2
    return i


_TURNS = frozenset({"closed", "closed-source", "not", "unlike", "except"})
_BEFORE_A_VERB = frozenset(
    {"ever", "soon", "eventually", "actually", "really", "finally", "also", "quietly", "fully"}
)


def _spelled(mention: Mention) -> str:
    """A mention's words as the vocabulary's makers are kept: lower case, single spaces."""
    return " ".join(mention.text.lower().split())


def _maker_acting(region: Region, mention: Mention, last: int) -> int:
    """The word past the verb when ``mention`` (ending before word ``last``) is its maker's name
    doing something to a model of the same maker named next: "Mistral released Mistral Large 2",
    "DeepSeek has shipped R1". A family that shares its maker's name is then the company, not a
    model, and what follows the verb is the name a list goes on with. 0 otherwise."""
    makers = region.makers.get(mention.entry_id, ())
    if _spelled(mention) not in makers:
        return 0
    k = _past_maker_adverbs(region, last, last + 2)
    if _lower(region, k) not in lx.MAKER_ACTS or k in region.phrase_words:
        return 0
    for j in range(k + 1, min(k + 4, len(region.words))):
        if not _same_sentence(region, k, j):
            break
        hit = region.mention_at(j)
        if hit is not None:
            return k + 1 if region.makers.get(hit[0].entry_id, ()) == makers else 0
    return 0


def _release_clause(region: Region, colon: int) -> list[Mention] | None:
    """The models a colon's clause releases, which the lead before it describes: "Good news for
    open source: Meta published Llama 3.1 8B today", "... a big week: Google shipped Gemma 2 and
    Mistral released Mistral Large 2". None when the clause releases nothing; no names when it
    turns ("... released Gemini 2.0 only through its API") or the lead does ("Bad news for open
    source: ...", "None of them is open source: ...")."""
    start, end = _sentence_bounds(region, colon)
    verb = colon + 1
    while verb < min(colon + 5, end) and _lower(region, verb) not in lx.MAKER_ACTS:
        hit = region.mention_at(verb)
        if hit is not None and not _maker_acting(region, hit[0], hit[1]):
            return None  # "...: GPT-4 now has competition": a name is the clause's subject
        verb = hit[1] if hit is not None else verb + 1
    if _lower(region, verb) not in lx.MAKER_ACTS or verb in region.phrase_words:
        return None
    clause = range(colon + 1, end)
    if any(
        _lead_blocked(region, start, k) or _lower(region, k) in lx.CONTRAST_TERMS for k in range(start, colon)
    ):
        return []
    turns = lx.CONTRAST_TERMS | lx.NEGATIONS | _TURNS | {"anyway", "but", "instead", "though", "yet"}
    if any(_lower(region, k) in turns for k in clause):
        return []
    k = verb + 1
    # Only the released thing's own words before its name: "released the weights of Grok-1".
    while (
        k < end
        and region.mention_at(k) is None
        and (_lower(region, k) in lx.DETERMINERS | lx.NEW_WORDS | {"its", "their", "weights", "of"})
    ):
        k += 1
    return list_after(region, k) if region.mention_at(k) is not None else []


def list_after(region: Region, i: int, *, max_gap: int = 4, purposes: bool = False) -> list[Mention]:
    """Mentions in a list starting at word ``i``: "Llama 3, Mistral 7B and Gemma (Google)".
    ``purposes``: the list follows a marker of examples or a colon, so an item may carry its own
    purpose ("X for chat, Y for images")."""
    words = region.words
    out: list[Mention] = []
    gap = 0
    depth = 0
    separated = True  # a separator since the last name: "X The Y" holds two noun phrases, not a list
    aside = (0, True)  # names listed and ``separated`` when the last "(" opened
    while i < len(words) and _same_sentence(region, i - 1, i) if out else i < len(words):
        if out and words[i].line != words[i - 1].line and _opens_label(region, i):
            break  # "Open-source: X, Y⏎Hosted: Z": the next line is a label of its own
        hit = region.mention_at(i)
        if hit is not None:
            mention, last = hit
            if (past := _maker_acting(region, mention, last)) and (separated or not out):
                i = past  # "...: Google shipped Gemma 2 and Mistral released Mistral Large 2"
                gap = 0
                continue
            if out and not separated:
                break
            if out and _lower(region, i - 1) == "," and _lower(region, last) in lx.CLAUSE_VERBS:
                break  # "Unlike open-source models such as OLMo, GPT-4 is closed": a new clause
            if out and _lower(region, last) in lx.TRANSPARENT_OF and _lower(region, last + 1) == "of":
                break  # "..., Gemma, and Meta's Llama family of ...": a noun phrase of its own
            if not _is_modifier_use(region, last) and not mention.possessive:
                out.append(mention)
                separated = False
            i = last
            gap = 0
            continue
        low = words[i].lower
        if low.isdigit() and len(low) <= 2 and _lower(region, i + 1) == ")" and depth == 0:
            i += 2  # "1) X 2) Y": an inline enumerator separates the items
            separated = True
            continue
        if low == "[" and out and (close := _citation_end(region, i)) != -1:
            i = close + 1  # "X [12], Y [3] and Z": a numbered citation is no word of the list
            continue
        if low == "(" and depth == 0:
            aside = (len(out), separated)
        if low in lx.LIST_SEPARATORS or low == "(":
            separated = True
        if out and purposes and (skip := _purpose_tail(region, i)) > i:
            i = skip  # "..., specifically X for text and Y for images"
            continue
        if out and (skip := _item_postmodifier(region, i)) > i:
            i = skip  # "Llama 3 from Meta, Gemma 2 ...", "Llama 3, which Meta released in April, ..."
            continue
        if out and depth == 0 and _status_at(region, i):
            # Another claim, or what a fix puts in its place: a new description. In brackets it is
            # an aside on the name before ("A (source-available) and B", as a list fix writes).
            break
        if out and (n := _phrase_at(region, i, lx.LIST_WORDS)):
            i += n
            gap = 0
            separated = True
            continue
        if low == "(":
            depth += 1
        elif low == ")":
            depth = max(depth - 1, 0)
            if depth == 0 and aside[0] == len(out):
                separated = aside[1]  # "X (90.2%) edges out Y": an aside without names separates nothing
        elif (low in lx.CONTRAST_TERMS or low in _TURNS) and not (depth and _status_at(region, i)):
            # (In brackets a status is an aside: "A (proprietary) and B", as a list fix writes.)
            break  # "open-source models (X, Y) and closed ones (Z)", "like X, not Y": the list has turned
        elif depth == 0 and low not in lx.LIST_SEPARATORS:
            if low in lx.BREAKERS or low in lx.COPULAS or low in {":", ";"}:
                break
            if out and _lower(region, i - 1) == "," and _participle(region, i):
                break  # "open-sources X, challenging Y on ...": Y is the participle's object
            if out and low in {"—", "–"} and _lower(region, i + 1) in {"and", "but", "while", "yet"}:
                break  # "X, Y and Z — and Z-2 needed an application": a clause of its own
            if out and low in lx.MODEL_NOUNS and _phrase_at(region, i + 1, (*lx.EXAMPLE_MARKERS, ("like",))):
                # "X models like Y": a class of its own with examples of its own, whether or not
                # a claim stands before it (a list fix drops the claim, the class stays).
                break
            gap += low != "'s"  # "..., and Meta's X": a maker's "'s" is no word of its own
            allowed = max_gap + 2 if len(out) >= 2 else max_gap
            if gap > allowed or (not out and gap > 2):
                break
        i += 1
    return out


def _citation_end(region: Region, i: int, reach: int = 8) -> int:
    """The "]" closing a numbered citation opened at word ``i`` ("[12]", "[3, 7]"), or -1."""
    for k in range(i + 1, min(i + reach, len(region.words))):
        low = _lower(region, k)
        if low == "]":
            return k if k > i + 1 else -1
        if not (low.isdigit() or low in {",", ";", "-", "–"}):
            return -1
    return -1


def _closed_by_noun(region: Region, i: int, reach: int = 2) -> bool:
    """A model noun heads the phrase a name ending before word ``i`` opens ("X embedding model,
    and Y"), with a list separator right after it."""
    for k in range(i, i + reach + 1):
        if k in region.phrase_words or not _plain_word(region, k):
            return False
        if _lower(region, k) in lx.MODEL_NOUNS:
            return _lower(region, k + 1) in {",", "and", "or"}
    return False


def _opens_label(region: Region, i: int, reach: int = 3) -> bool:
    """Word ``i`` opens a label: a few words of letters and a colon ("Hosted:", "Closed models:")."""
    for k in range(i, i + reach + 1):
        if _lower(region, k) == ":":
            return k > i
        if not _lower(region, k).isalpha():
            return False
    return False


def _joined_list(region: Region, mentions: list[Mention]) -> list[Mention]:
    """A claim bound to a name ("the open-source Mistral 7B") goes on to the next name only where
    the two are listed: joined by a conjunction, in a longer series, or ending the clause. "A
    version of the open-source Mistral 7B, Zephyr 7B beat ..." pairs them by a bare comma before
    a verb: the second name opens the main clause (or stands in apposition), it is not listed."""
    if len(mentions) != 2:
        return mentions
    between = range(
        region.word_range(mentions[0].start, mentions[0].end)[1],
        region.word_range(mentions[1].start, mentions[1].end)[0],
    )
    if [region.words[k].lower for k in between] != [","]:
        return mentions
    after = region.word_range(mentions[1].start, mentions[1].end)[1]
    low = _lower(region, after)
    if not _same_sentence(region, after - 1, after) or not low[:1].isalpha():
        return mentions  # "... open-source X, Y." / "(X, Y)": the pair ends where the clause does
    if (
        low in lx.LIST_SEPARATORS
        or low in lx.CLAUSE_VERBS
        or low in lx.COPULAS
        or low in lx.MODEL_NOUNS
        or low == "etc"
    ):
        return mentions  # "X, Y and Z", "X, Y are ...", "X, Y models"
    return mentions[:1]


def _purpose_end(region: Region, i: int) -> int:
    """The word after a purpose opening at word ``i`` ("for chat", "for long documents"), or ``i``
    when none opens there."""
    if _lower(region, i) != "for":
        return i
    k = i + 1
    stops = lx.CLAUSE_VERBS | lx.COPULAS | {"and", "or"}
    while k - i <= 3 and _lower(region, k).isalpha() and _lower(region, k) not in stops:
        if region.mention_at(k) is not None or k in region.phrase_words:
            return i
        k += 1
    return k if k > i + 1 else i


def _purpose_tail(region: Region, i: int) -> int:
    """Where the list goes on when word ``i``, right after a listed name, opens its purpose ("for
    chat") that ends at a separator before the next name; ``i`` itself when there is none. The
    next item must not open a clause ("X for research, Y for production is closed")."""
    if region.mention_ending_at(i) is None or (k := _purpose_end(region, i)) == i:
        return i
    if _lower(region, k) not in {",", "and", "or"}:
        return i
    nxt = k + 1 + (_lower(region, k) == "," and _lower(region, k + 1) in {"and", "or"})
    if (hit := region.mention_at(nxt)) is None:
        return i
    after = _purpose_end(region, hit[1])
    return i if _lower(region, after) in lx.CLAUSE_VERBS | lx.COPULAS else k


def _item_postmodifier(region: Region, i: int, reach: int = 10) -> int:
    """Where the list goes on when word ``i``, right after a listed name, opens a modifier of
    that name that ends before the next name: "from Meta" / "by Google" before a separator, or a
    relative clause set off by commas ("..., which Meta released in April, Gemma 2"). ``i``
    itself when there is none."""
    words = region.words
    low = words[i].lower
    relative = low in {"which", "who"} and _lower(region, i - 1) == "," and region.mention_ending_at(i - 1)
    if region.mention_ending_at(i) is None and not relative:
        return i
    if low in {"from", "by", "via", "on"}:
        # "Llama 3 from Meta, ...", "Phi-4 via Azure + Llama 3 on Groq": the maker or the host
        k = i + 1
        named = region.mention_ending_at(i)
        makers = region.makers.get(named[0].entry_id, ()) if named is not None else ()
        while k < len(words) and k - i <= 3 and words[k].text[:1].isupper():
            if (hit := region.mention_at(k)) is not None:
                if _spelled(hit[0]) not in makers:
                    break
                k = hit[1]  # "Mistral 7B by Mistral": the maker, whose name a family shares
                continue
            k += 1
        if k > i + 1 and _lower(region, k) == "(" and (close := _nameless_parenthetical(region, k)) != -1:
            k = close + 1  # "MPT-30B by Databricks (Mosaic ML), ...": the maker's gloss
        if k > i + 1 and _lower(region, k) in {",", "and", "or", "+", "&"}:
            return k
        host = low in {"via", "on"} and _lower(region, i + 1).isalpha() and region.mention_at(i + 1) is None
        if host and _lower(region, i + 2) in {",", "+", "&"}:
            return i + 2  # "claude via bedrock + llama 3.1 70b": a host in lower case, one word
        return i
    if relative:
        for k in range(i + 1, region.reach_ahead(i, reach)):
            if not _same_sentence(region, i, k) or region.mention_at(k) is not None:
                return i
            if words[k].lower in lx.COMPARISON | _OUTDOING:
                return i  # "X, which outperforms Y-latest, Z and W": what follows is compared
            if words[k].text == ",":
                nxt = k + 1 + (_lower(region, k + 1) in {"and", "or"})
                return k if region.mention_at(nxt) is not None else i
    return i


def _status_at(region: Region, i: int) -> bool:
    """Word ``i`` opens a claim or a status ("proprietary", "source-available"): a list of names
    ends there, whichever wording the status has, so a fix never changes what a list holds."""
    if region.words[i].start in region.claim_starts:
        return True
    low = region.words[i].lower
    if low in ("proprietary", "source-available"):
        return True
    return low == "source" and _lower(region, i + 1) == "-" and _lower(region, i + 2) == "available"


def _status_follows(region: Region, copula: int, end: int, reach: int = 3) -> bool:
    """A status or claim (a status term, "not open source") comes within a few words after the
    copula at ``copula``: the clause says what the names are."""
    for k in range(copula + 1, min(copula + 1 + reach, end)):
        if _status_at(region, k) or _phrase_at(region, k, lx.STATUS_TERMS):
            return True
    return False


def _introduced_list(region: Region, head_end: int) -> list[Mention]:
    """After the head noun: "models like X, Y", "models (X)", "models: X", "model X"."""
    i = head_end
    since = region.mention_at(i + 1) if _lower(region, i) in {"since", "after"} else None
    if since is not None and _lower(region, since[1]) == "," and region.mention_at(since[1] + 1):
        # "its first open-source LLM since GPT-2, gpt-oss-20b, ...": the name after "since" is
        # a point in time; the apposition after it names the model.
        i = since[1]
    if _lower(region, i) == ",":
        i += 1
    adverb = _lower(region, i).endswith("ly") or _lower(region, i) in {"here", "too", "now", "offline"}
    if adverb and _lower(region, i + 1) == "(":
        i += 1  # "run open-source models locally (X, Y)": an adverb before the examples
    if _lower(region, i) in _QUOTES and i == head_end and region.mention_at(i + 1) is not None:
        i += 1  # 'its new open-source model "Whisper"': the name in quotes
    if (after := region.past_phrases(i)) != i and region.mention_at(after) is not None:
        # "model open-source X": a claim on the name itself; the list fix drops it, a safe fix
        # writes "source-available" in its place, and the names must read the same either way
        # (so must a run of them, one of which the list fix drops).
        i = after
    if (hit := region.mention_at(i)) is not None and _same_sentence(region, head_end - 1, i):
        if i > head_end and _lower(region, hit[1]) in lx.CLAUSE_VERBS:
            return []  # "Compared with open-source models, GPT-4o is ...": a new clause's subject
        named = list_after(region, i)
        if i > head_end and named:
            # "unlike open-source rivals, X, Y and Z are ...": after a fronted contrast, the names
            # past the comma are the main clause's subject, whatever verb follows them.
            verb = region.word_range(named[-1].start, named[-1].end)[1]
            while verb < len(region.words) and (
                _lower(region, verb) in {",", "and", "or"} or _size_word(region, verb)
            ):
                verb += 1  # "Nova Micro, Lite and Pro are": the tiers of the name listed
            apart = lx.ASIDE_OPENERS - {"like"}  # "unlike", "besides", not a likeness
            fronted = any(_lower(region, k) in apart for k in range(region.reach_back(head_end, 6), head_end))
            if fronted and _lower(region, verb) in lx.CLAUSE_VERBS:
                return []
        return named
    if (
        i < len(region.words)
        and region.words[i].text == "["
        and (close := _nameless_parenthetical(region, i)) != -1
    ):
        return _introduced_list(region, close + 1)  # "open-source LLMs [5, 12] such as X": a citation
    uses = lx.RECOMMEND_VERBS | lx.PROVIDING_VERBS
    modal = _lower(region, i + 2) in {"'ll", "will", "'d", "would", "can"}  # "(we'll use X)"
    adverb = _lower(region, i + 2 + modal).endswith("ly")  # "(we mostly use X and Y)"
    if (
        _lower(region, i) == "("
        and _lower(region, i + 1) in {"we", "i"}
        and _lower(region, i + 2 + modal + adverb) in uses
    ):
        return list_after(region, i + 3 + modal + adverb)  # "open-source LLMs (we use Llama 2 by default)"
    n = _phrase_at(region, i, lx.LIST_INTRODUCERS)
    if not n and _spaced_hyphen(region, i):
        n = 1  # "two open-source models - X and Y - marking ...": a hyphen typed for a dash
    if not n and i > head_end and (m := _phrase_at(region, i, lx.EXAMPLE_MARKERS)):
        # "open-source models, led by X, ...", "..., chief among them X"
        return list_after(region, i + m + (_lower(region, i + m) == ","), purposes=True)
    if n and region.words[i].text == "(" and (close := _nameless_parenthetical(region, i)) != -1:
        # "open-source models (including weights): Gemma 4": an aside without names; the noun
        # phrase goes on after it.
        return _introduced_list(region, close + 1)
    if not n:
        return _examples_later(region, i)
    if region.words[i].text == ":" and (released := _release_clause(region, i)) is not None:
        return released  # "open-source AI: Google released Gemma 2" (not "... only through its API")
    if region.words[i].text == "(" and (m := _phrase_at(region, i + 1, lx.LIST_WORDS)):
        n += m  # "open-source models (like X)": a marker inside the bracket
    mentions = list_after(region, i + n, purposes=True)
    if mentions and region.words[i].text == ":":
        # "...: X, which we run, is open weights, not open source": a statement about the names
        # that gives their status, not a list of the class's members.
        after, end = (
            region.word_range(mentions[-1].start, mentions[-1].end)[1],
            _sentence_bounds(region, i)[1],
        )
        if any(
            _lower(region, k) in lx.COPULAS and _status_follows(region, k, end) for k in range(after, end)
        ):
            return []
    if not mentions and (ranged := _from_to(region, i + n)):
        return ranged  # "any open-source model — from X to Y —"
    if not mentions and region.words[i].text == ":" and i + n >= len(region.words):
        return []
    if not mentions and n == 1 and _lower(region, i) in {"include", "includes", "including"}:
        return _bracketed_examples(region, i + 1)  # "... include many from Meta (like X)"
    return mentions


def _spaced_hyphen(region: Region, i: int) -> bool:
    """Word ``i`` is a hyphen with a space on each side: a dash typed as a hyphen."""
    words = region.words
    return (
        0 < i < len(words) - 1
        and words[i].text == "-"
        and words[i - 1].end < words[i].start
        and words[i].end < words[i + 1].start
    )


def _items_below(region: Region, colon: int) -> list[Mention] | None:
    """The models of the list a colon that ends its block introduces, or None."""
    words = region.words
    if colon + 1 >= len(words) or words[colon + 1].block == words[colon].block:
        return None
    return region.lead_in_items.get(words[colon].block)


def _nameless_parenthetical(region: Region, i: int, reach: int = 8) -> int:
    """The index of the ")" closing the "(" at word ``i`` when the parenthesis is short, holds
    no name and no example marker ("(including weights)", "(LLMs)"); -1 otherwise."""
    words = region.words
    for k in range(i + 1, region.reach_ahead(i, reach + 2)):
        if (
            not _same_sentence(region, i, k)
            or region.mention_at(k) is not None
            or words[k].text in {"(", "["}
        ):
            return -1
        if _phrase_at(region, k, lx.EXAMPLE_MARKERS) and k == i + 1 and region.mention_at(k + 1) is not None:
            return -1
        if words[k].text in {")", "]"}:
            return k
    return -1


def _examples_after(region: Region, first: int, last: int, stop: int) -> list[Mention]:
    """Examples after a head that is no model noun: "many open-source champions like X",
    "multilingual open-source (e.g., X, Y)"."""
    words = region.words
    if stop >= len(words):
        return []
    if words[stop].text == "(" and _phrase_at(region, stop + 1, (*lx.EXAMPLE_MARKERS, ("like",))):
        return _introduced_list(region, stop)
    # "Open source via Ollama (X, Y)": a short phrase of how, between a bare claim and its names
    bracket = stop
    if stop == last and _lower(region, stop) in {"via", "through", "on", "with"}:
        bracket = next((k for k in range(stop + 2, stop + 4) if _lower(region, k) == "("), stop)
    if words[bracket].text == "(" and region.mention_at(bracket + 1) is not None and stop == last:
        named = list_after(region, bracket + 1)
        close = region.word_range(named[-1].start, named[-1].end)[1] if named else bracket
        if _lower(region, close) != ")":
            return []
        if bracket == last and _lower(region, close + 1) in lx.MODEL_NOUNS:
            return named  # "open-source (Llama 2 70B, Falcon-180B) models": the class's members
        # "- Open source (X, Y)": a bare claim that opens its item and whose bracket ends it
        # names what is open source.
        start, end = _sentence_bounds(region, first)
        if first == _after_label(region, first)[0] == start and close + 1 >= end - (
            _lower(region, end - 1) == "."
        ):
            return named
    if stop == last and _plural_noun(region, stop):
        # "several open-source rivals, including X and Y", "open-source contenders such as X":
        # whatever the plural noun, the examples it introduces are its members.
        k = stop + 1 + (_lower(region, stop + 1) == ",")
        if _phrase_at(region, k, (("like",), ("such", "as"), ("including",))):
            return _introduced_list(region, stop + 1)
    if words[stop].text in {"—", "–"} and _class_noun(region, last, stop) and region.mention_at(stop + 1):
        # "five open-source video generators — X, Y and Z — on ...": the names the dashes set off
        named = list_after(region, stop + 1)
        after = region.word_range(named[-1].start, named[-1].end)[1] if named else stop
        if (
            after >= len(words)
            or not _same_sentence(region, stop, after)
            or words[after].text in {"—", "–", "."}
        ):
            return named
    # The head search stops at the "as" of "such as" ("an open-source base such as X"): the
    # marker opens a word before it.
    marker = stop - 1 if (_lower(region, stop - 1), _lower(region, stop)) == ("such", "as") else stop
    nouns = range(last, marker)
    # "open-source foundations, including X": a comma may set the examples off.
    if (
        marker > last
        and _phrase_at(
            region, marker + (_lower(region, marker) == ","), (("like",), ("such", "as"), ("including",))
        )
        # Another claim, or what a fix writes, is none of the nouns ("open weights
        # released with open weights like X").
        and all(
            k in region.phrase_words or (words[k].lower.isalpha() and words[k].lower not in lx.SOFTWARE_NOUNS)
            for k in nouns
        )
    ):
        named = _introduced_list(region, marker)
        # "open-source fans, including Llama 3 users": set off by a comma, a name that qualifies
        # a noun is no example.
        qualifying = _lower(region, marker) == "," and any(_qualifies_noun(region, m) for m in named)
        return [] if qualifying else named
    return []


def _plain_noun(region: Region, k: int) -> bool:
    """Word ``k`` may be a noun of its own: a plain word that is no preposition, model noun,
    verb of a clause or function word ("users", "tokenizers")."""
    low = _lower(region, k)
    return (
        _plain_word(region, k)
        and low not in lx.PREPOSITIONS | lx.MODEL_NOUNS | lx.CLAUSE_VERBS | lx.FUNCTION_WORDS
    )


def _qualifies_noun(region: Region, mention: Mention) -> bool:
    """The word after a name is a plain noun it qualifies ("Llama 3 users"), not a list's joint."""
    after = region.word_range(mention.start, mention.end)[1]
    return (
        _plain_noun(region, after) and _lower(region, after) not in lx.PERSONAL_PRONOUNS | lx.SUBJECT_PRONOUNS
    )


def _plural_model_noun(region: Region, k: int) -> bool:
    """Word ``k`` is a model noun in the plural ("models", "LLMs"): a class."""
    low = _lower(region, k)
    return low in lx.MODEL_NOUNS and low.endswith("s")


def _plural_noun(region: Region, k: int) -> bool:
    """Word ``k``, a claim's head, reads as a plural common noun: lower case, letters, ending in
    "s", no software noun ("rivals", "contenders", "peers"; not "tools")."""
    word = region.words[k].text
    low = word.lower()
    return (
        word == low
        and low.isalpha()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith("ss")
        and low not in lx.SOFTWARE_NOUNS
    )


def _examples_later(region: Region, i: int, reach: int = 10) -> list[Mention]:
    """Examples set off later in the clause: "open-source models in medical AI, such as X",
    "open-source LLMs have also appeared lately, e.g., X, Y"."""
    words = region.words
    k = i
    verb = False  # a verb between the noun and a name makes the name another clause's
    # "Top open-source LLMs in 2024: ..." is a label; "open-source models lag behind: ..." a
    # clause, whose colon brings a statement unless only names follow it.
    label = i >= len(words) or not words[i].lower.isalpha() or words[i].lower in lx.PREPOSITIONS
    ahead = region.reach_ahead(i, reach)
    while k < ahead and _same_sentence(region, i - 1, k):
        low = words[k].lower
        if region.mention_at(k) is not None:
            # "an open-source model from Meta called Llama 3", "the open-source model built by
            # Meta, Llama 3, ...": a name after a naming verb, or set off by a comma.
            quoted = _lower(region, k - 1) in _QUOTES  # 'called "X"', "called “X”"
            named = _lower(region, k - 1 - quoted) in lx.NAMING_WORDS or (
                # "a new open-source model, which it calls X": a relative that names the noun
                _lower(region, k - 1) in {"calls", "call", "dubs", "dub", "names", "name"}
                and _lower(region, k - 2) in {"it", "they", "we", "the", "company", "lab"} | lx.PRONOUNS
                and any(_lower(region, j) in {"which", "that"} for j in (k - 3, k - 4))
            )
            chain = _chain_at(region, k)
            after = region.word_range(chain[-1].start, chain[-1].end)[1] if chain else k
            if _phrase_at(region, k - 2, (("under", "the"),)) and _lower(region, after) in lx.BRAND_NOUNS:
                return chain  # "open-source models under the Qwen umbrella"
            closed = after >= len(words) or words[after].text in {",", ".", ";", ")", ":"}
            named = named or (_lower(region, k - 1) == "," and not verb and closed)
            return chain if named and not _across_fronted(region, i, k) else []
        field_of = low == "ai" and any(_lower(region, j) in lx.PREPOSITIONS for j in (k - 1, k - 2))
        # "served through an OpenAI-compatible API": the way it is served, not a contrasting kind
        served = low == "api" and any(
            _lower(region, j) in {"through", "via", "over", "behind"} for j in range(k - 6, k)
        )
        contrast = low in lx.CONTRAST_TERMS and not served
        if (low in lx.MODEL_NOUNS and not field_of) or low in lx.COMPARISON or contrast:
            return []  # a noun of its own; "open-source models in generative AI" names a field
        verb = verb or low in lx.COPULAS or low in lx.CLAUSE_VERBS
        if low == ":" and k - i <= 4:
            # "Open-source AI had a big week: Google shipped Gemma 2 ...", but not after a lead
            # that says how the class fares ("Open-source models are catching up: OpenAI ...").
            fares = any(
                _lower(region, j) in lx.COPULAS or _lower(region, j).endswith("ing") for j in range(i, k)
            )
            if not fares and (released := _release_clause(region, k)) is not None:
                return released
            # "Top 5 open-source LLMs in 2024: Llama 3, ..."; after a verb the lead is a clause,
            # and only names that end the sentence answer it ("... are catching up: GPT-4 now
            # has competition" is a statement of its own).
            return (
                list_after(region, k + 1, purposes=True)
                if label and not verb
                else _closing_list(region, k + 1)
            )
        if low == ":" and not verb:
            # "an open source model running on my Mac Studio: X.": a longer phrase of the noun, and
            # a name that makes up the rest of the sentence
            return _closing_list(region, k + 1)
        if low in {";", ":", "(", ".", "!", "?", "but", "while", "whereas", "than"}:
            return []
        if low in {"include", "includes", "comprise", "comprises"} and not any(
            _lower(region, j) in lx.CONTRAST_TERMS for j in range(i, k)
        ):
            # "the open-source models tested include X and Y", "... include many from Meta (like X)"
            return list_after(region, k + 1) or _bracketed_examples(region, k + 1)
        if (_range := _from_to(region, k)) is not None:
            return _range  # "100 open-source models, from X to Y"
        prepositional = words[i].lower in lx.PREPOSITIONS and k - i <= 4
        if prepositional and not verb and (n := _phrase_at(region, k, (("such", "as"), ("including",)))):
            # "open-source models from Hugging Face such as X": a short phrase of the noun first
            return list_after(region, k + n, purposes=True)
        if low == "," and (n := _phrase_at(region, k + 1, lx.EXAMPLE_MARKERS)):
            j = k + 1 + n
            if _lower(region, j) == ",":
                j += 1
            return list_after(region, j, purposes=True)
        most = _lower(region, k + 1) == "most" and _lower(region, k + 2) in {"often", "commonly", "likely"}
        at = k + 2 + most
        if (
            low == ","
            and (_lower(region, k + 1) in lx.FOCUS_ADVERBS or most)
            and region.mention_at(at) is not None
        ):
            return _closing_list(region, at)  # "... open-source LLMs lately, mostly X and Y.", "most often X"
        if low == "," and _lower(region, k + 1) == "like" and region.mention_at(k + 2) is not None:
            # "open-source models you can run locally, like X, Y and Z.": names that close the
            # sentence give examples of the class (not "..., like X did", a likeness).
            return _closing_list(region, k + 2)
        k += 1
    return []


_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_CARDINALS = {word: n for n, word in enumerate(_NUMBER_WORDS, 2)}


def _cardinal_before(region: Region, first: int, reach: int = 3) -> int:
    """How many the noun phrase ending in the claim's noun counts ("two open-source baselines"),
    or 0 when it gives no number."""
    for k in range(first - 1, region.reach_back(first, reach) - 1, -1):
        if k in region.phrase_tails:
            continue  # a claim or a fix's words read as their first word
        low = _lower(region, k)
        if low in _CARDINALS:
            return _CARDINALS[low]
        if low.isascii() and low.isdigit() and 1 < int(low) < 100:  # not "³", a digit int() refuses
            return int(low)
        if not low.isalpha() or low in lx.BREAKERS or low in lx.COPULAS or low in lx.DETERMINERS:
            return 0  # "Table 2 groups the open-weight models (X, Y, Z)": the phrase opens at "the"
    return 0


def _object_of_turn(region: Region, first: int) -> bool:
    """The claim's noun phrase is the object of a word that turns from it: "Alternatives to
    open-source LLMs: X, Y", "Rivals of open-source models such as X"."""
    return _lower(region, first - 1) in lx.PREPOSITIONS and _lower(region, first - 2) in lx.LEAD_BLOCKERS


def _colon_members(region: Region, colon: int, lead_end: int = -1) -> list[Mention]:
    """The models among the members a colon at word ``colon`` spells out, each with its role:
    "three open-source pieces: Whisper for transcription, Llama 3.2 for the dialogue, and Piper"
    (a model opens a member: it follows the colon, a comma, "and" or "or"). The lead up to
    ``lead_end`` (the colon when -1) must not turn or deny."""
    if _lower(region, colon) != ":":
        return []
    start, end = _sentence_bounds(region, colon)
    lead_end = colon if lead_end == -1 else lead_end
    lead = range(start, lead_end)
    if any(_lower(region, k) in lx.CONTRAST_TERMS or _lead_blocked(region, start, k) for k in lead):
        return []  # "closed and open-source pieces:", "We replaced the open-source pieces:"
    out = []
    acted = owned = -1
    for k in range(colon + 1, end):
        hit = region.mention_at(k)
        enumerated = _lower(region, k - 1) == ")" and _lower(region, k - 2).isdigit()  # "1) X 2) Y"
        # ": we fine-tune X or Y on your notes": the object of a pronoun's verb right after the colon
        verb = range(colon + 2, k)
        told = (
            _lower(region, colon + 1) in {"we", "i", "you"}
            and 0 < len(verb) <= 3
            and all(
                _lower(region, j) == "-" or (_lower(region, j).isalpha() and region.words[j].text.islower())
                for j in verb
            )
            # not what was taken out: "we replaced GPT-4o with X", "we dropped Y"
            and not any(_lower(region, j) in lx.SWAP_VERBS | lx.REMOVING_VERBS for j in verb)
        )
        joint = _lower(region, k - 1) in {":", ",", "and", "or", ";", "·", "•", "|"}  # "X · Y"
        if joint and (past := _past_owner(region, k)) != k:
            owned = past  # ": Meta's Llama 3, Mistral AI's Mixtral": past the maker's possessive
        opens = joint or enumerated or k in (acted, owned) or told
        if hit is not None and opens and (past := _maker_acting(region, hit[0], hit[1])):
            acted = past  # ": Mistral released Mistral Large 2": the maker, then its model
            continue
        if hit is not None and opens and not hit[0].possessive and not _is_modifier_use(region, hit[1]):
            out.append(hit[0])
        if _lower(region, k) in lx.CONTRAST_TERMS or _lower(region, k) in {"not", "unlike", "except"}:
            return []  # "open-source tools: vLLM, not Llama 3": the list turns
        if _lower(region, k) in _VERSUS:
            return []  # "The open-source race: X vs Y" is a match-up (``_matched_members``)
    return out


_VERSUS = frozenset({"vs", "vs.", "versus"})
# Prepositions that make a name part of another thing's description: "the lab behind X".
_OF_ANOTHER = frozenset({"behind", "about"})


def _dash_adjectives(region: Region, first: int, last: int) -> list[Mention] | None:
    """Bare adjectives a dash sets after a clause describe its subject, as a depictive does:
    "X is the Swiss army knife of chat models — free, open-source and easy to tune". None when
    the claim is no such adjective; no names when the clause compares or denies ("X beats Y —
    free, open-source and local" may describe either) or opens on no name."""
    start, end = _sentence_bounds(region, first)
    k = first - 1
    while k > start and (_plain_word(region, k) or _lower(region, k) in {",", "and"}) and first - k <= 6:
        k -= 1
    if not (_lower(region, k) in {"—", "–"} or _spaced_hyphen(region, k)):
        return None
    if _lower(region, last) not in {",", "and", ".", "!", ";"} and last < end:
        return None  # "— open-source models follow": a noun phrase of its own, not an adjective
    subject = _clause_subject(region, start, k)
    named = [m for m in _mentions_from(region, start, k) if not m.possessive]
    if subject is None and len({m.entry_id for m in named}) == 1:
        subject = named[0]  # "Meet X — free, open-source and local": the one model named
    if subject is None:
        return []
    after = region.word_range(subject.start, subject.end)[1]
    if any(_lower(region, j) in lx.COMPARISON | lx.NEGATIONS for j in range(after, k)):
        return []
    others = [m for m in _mentions_from(region, after, k) if m.entry_id != subject.entry_id]
    return [] if others and not any(_lower(region, j) in lx.COPULAS for j in range(after, k)) else [subject]


def _dash_predicates(region: Region, first: int, last: int) -> list[Mention]:
    """``_dash_adjectives`` where the claim's phrase named no model."""
    return _dash_adjectives(region, first, last) or []


def _matched_members(region: Region, first: int, last: int) -> list[Mention]:
    """The sides of a match-up that a class's colon brings in: "The Open-Source LLM Race: X vs Y
    vs Z", "Open-source showdown: X vs. Y". Each side competes as a member of the class (not
    "Open source vs closed: X vs Y", where the lead sets two classes against each other)."""
    start, end = _sentence_bounds(region, first)
    colon = next((k for k in range(last, min(last + 6, end)) if _lower(region, k) == ":"), -1)
    if colon == -1 or any(
        _lower(region, k) in lx.CONTRAST_TERMS | _VERSUS or _lead_blocked(region, start, k)
        for k in range(start, colon)
    ):
        return []
    hit = region.mention_at(colon + 1)
    sides = []
    while hit is not None and not hit[0].possessive:
        sides.append(hit[0])
        k = hit[1]
        if _lower(region, k) not in _VERSUS:
            break
        k += _lower(region, k + 1) == "."
        hit = region.mention_at(k + 1)
    versus = len(sides) > 1 and (k >= end or _lower(region, k) in {"—", "–", "-", "?", "!", ".", ":", "("})
    return sides if versus else []


def _colon_after_phrase(region: Region, head: int, reach: int = 6) -> list[Mention]:
    """The members a colon spells out after a prepositional or time phrase, or a relative clause,
    that ends the class's noun phrase: "the following open-source models with no per-token fees:
    X, Y and Z", "four open-source TTS models that cover different designs: X, Y and Z"."""
    start, _ = _sentence_bounds(region, head)
    while (
        _lower(region, head + 1) in lx.MODEL_NOUNS | lx.SYSTEM_NOUNS and head + 1 not in region.phrase_words
    ):
        head += 1  # "TTS systems", "LLM models": the noun phrase's last noun
    compared = any(_lower(region, k) in lx.COMPARISON | lx.STUDY_VERBS for k in range(start, head))
    # (or a time phrase: "Top open-source models this month: ...", "... right now: ...")
    timed = _lower(region, head + 1) in {"this", "last", "right", "so", "today", "now"}
    relative = _lower(region, head + 1) in {"that", "which"}
    if (_lower(region, head + 1) not in lx.PREPOSITIONS and not timed and not relative) or compared:
        return []  # "Compared with open-source models from 2024: GPT-4o wins"
    reach += 4 * relative
    for k in range(head + 2, min(head + 2 + reach, len(region.words))):
        if region.words[k].line != region.words[k - 1].line and _opens_label(region, k):
            return []  # "... model from Meta.---⏎title: ...": the next line is a label of its own
        if _lower(region, k) == ":":
            return _colon_members(region, k, lead_end=head + 1)
        copula = _lower(region, k) in lx.COPULAS and not relative  # ("models that are free: ...")
        if region.mention_at(k) or copula or not _same_sentence(region, head, k):
            return []
        if _lower(region, k) in {".", "!", "?", ";"}:
            return []  # the phrase ended before any colon (even where no sentence break was found)
    return []


def _bracketed_examples(region: Region, i: int, reach: int = 8) -> list[Mention]:
    """Examples in brackets inside the noun phrase that starts at word ``i``: "several from Meta
    (such as X)", "models from Meta (e.g. X)". The phrase names members of a class, and the
    bracket gives some by name."""
    for k in range(i, region.reach_ahead(i, reach)):
        if not _same_sentence(region, i, k) or region.mention_at(k) is not None:
            return []
        if region.words[k].text == "(" and _phrase_at(region, k + 1, (*lx.EXAMPLE_MARKERS, ("like",))):
            return _introduced_list(region, k + 1)  # from the marker: "(like X)", "(e.g. X)"
        low = _lower(region, k)
        if low in lx.COPULAS or low in lx.CLAUSE_VERBS or low in lx.CONTRAST_TERMS or low in {";", ":", "."}:
            return []
    return []


def _from_to(region: Region, k: int, *, opening: bool = False) -> list[Mention] | None:
    """The two ends of a range set off after a comma at word ``k``: ", from Phi-4 to Gemma 2";
    with ``opening``, the range that opens its sentence there ("From X to Y, ...")."""
    opens = opening and k == _sentence_bounds(region, k)[0]
    set_off = opens or _lower(region, k - 1) in {",", "—", "–", "("}
    if _lower(region, k) != "from" or not set_off:
        return None  # ", from X to Y", "— from X to Y —"
    start = region.mention_at(_past_owner(region, k + 1))
    if start is None or _lower(region, start[1]) != "to":
        return None
    end = region.mention_at(_past_owner(region, start[1] + 1))
    return [start[0], end[0]] if end is not None else None


def _past_owner(region: Region, j: int) -> int:
    """Word ``j``, or the word past a maker's possessive there: "Qwen's QwQ-32B", "Microsoft's
    Phi-4"."""
    hit = region.mention_at(j)
    if hit is not None and hit[0].possessive:
        past = hit[1] + (_lower(region, hit[1]) == "'s")
        return past if region.mention_at(past) is not None else j
    for n in (1, 2):  # "Meta's", "Mistral AI's"
        owner = j + n < len(region.words) and all(region.words[j + t].text[:1].isupper() for t in range(n))
        if owner and _lower(region, j + n) == "'s" and (hit is None or n > 1):
            return j + n + 1 if hit is None or region.mention_at(j + n + 1) is not None else j
    return j


def _closing_list(region: Region, i: int) -> list[Mention]:
    """Names that make up the rest of their sentence from word ``i``: what a lead announces
    ("...: Llama 3 and Mistral 7B.", "...? Llama 3, without question."). Names that go on into a
    clause ("...: GPT-4 now has competition") are that clause's subject, not an answer."""
    words = region.words
    # A lead that ends its block introduces the list below it: every item, not the first.
    if i > 0 and (items := _items_below(region, i - 1)) and region.mention_at(i) is not None:
        return list(items)
    while _lower(region, i) in lx.LIST_SEPARATORS and _lower(region, i) not in {"and", "or"}:
        i += 1  # "...: • TinyLlama • Qwen2.5-0.5B": bullets typed as text, not as a list
    if region.mention_at(i) is None:
        return []
    names = list_after(region, i, purposes=True)
    if not names:
        return []
    end = region.word_range(names[-1].start, names[-1].end)[1]
    if _lower(region, end) in lx.MODEL_NOUNS | lx.KIND_NOUNS:
        end += 1  # "..., most often Llama 3.3 or a Qwen variant."
    end = _purpose_end(region, end)  # "...: X for chat, Y for transcription.": its purpose
    if _lower(region, end) == "(" and (closing := _bracket_closing(region, end, 8)) != -1:
        end = closing + 1  # "...: Meta Llama 3.3 (70B and 405B).": a note on the last name
    if end >= len(words) or not _same_sentence(region, end - 1, end) or words[end].lower in {".", "!", ";"}:
        return names
    if words[end].lower not in {",", "and"}:
        return []
    tail = range(end + 1, _sentence_bounds(region, end)[1])
    if any(_lower(region, k) in lx.COPULAS or _lower(region, k) in lx.CLAUSE_VERBS for k in tail):
        return []  # "..., Llama 3, which is ..." goes on into a clause
    if any(region.words[k].start in region.claim_starts for k in tail):
        return []  # "...: Mistral released X, an open-source TTS model": a description of its own
    bare = {"no", "nope"}  # a bare answer; "no contest", "no doubt" affirm
    if any(
        _lower(region, k) in {"not", "never", "n't"}
        or (_lower(region, k) in bare and not _lower(region, k + 1).isalpha())
        for k in tail
    ):
        return []  # "GPT-4o and Claude, no." (but "Llama 3, without question.", "X, no contest.")
    if _words_between(region, tail.start, tail.stop) > 8:
        return []
    # "Qwen-7B and its chat variant, Qwen-7B-Chat.": a name set in apposition in the tail
    more = [hit[0] for k in tail if (hit := region.mention_at(k)) is not None and not hit[0].possessive]
    return names + more


def _lead_blocked(region: Region, start: int, k: int) -> bool:
    """Word ``k`` of a lead starting at ``start`` keeps it from announcing: a negation, a hedge,
    or a word that sets what follows against the claim (see ``lead_blockers``)."""
    low = _lower(region, k)
    return low in lx.NEGATIONS or low in lx.LEAD_BLOCKERS or low in lx.ANSWER_HEDGES


def _answer_subjects(region: Region, i: int) -> list[Mention]:
    """The models an answer sentence starting at word ``i`` opens with, past a short fronted
    phrase: "Which open-source models work best? In our tests, X and Y follow the format." An
    answer that negates or hedges names no member ("None; X comes close")."""
    _, end = _sentence_bounds(region, i)
    end = next((k for k in range(i, end) if _lower(region, k) == ";"), end)  # "Only X; Y is closed."
    at = i + (_lower(region, i) in {"only", "just"})  # "Only Phi-4": the answer, not a hedge
    if _phrase_at(region, at, lx.OPINION_FRAMES):
        # "I'd say X": the writer's own pick, not what someone else says.
        at += _phrase_at(region, at, lx.OPINION_FRAMES)
    if any(_lead_blocked(region, at, k) or _lower(region, k) in lx.ANSWER_HEDGES for k in range(at, end)):
        return []
    if any(_lower(region, k) in {"better", "instead", "anyway", "anyways"} for k in range(at, end)):
        return []  # "... ? GPT-4o is better anyway.": an answer that turns from the class
    comma = next((k for k in range(i, min(i + 6, end)) if _lower(region, k) == ","), -1)
    if region.mention_at(at) is None and comma != -1 and not _mentions_from(region, i, comma):
        at = comma + 1  # "In our tests, X ..."
    if (
        _lower(region, at) in {"we", "i"}
        and _lower(region, at + 1) in lx.RECOMMEND_VERBS | lx.PROVIDING_VERBS
    ):
        at += 2  # "We recommend X.", "We support X, Y and Z."
    if region.mention_at(at) is None and (named := _answer_frame(region, at, end)) != -1:
        at = named  # "For me it's X.", "We'd pick X:", "Easy: go with X."
    return _chain_at(region, at)


_ANSWER_OPENERS = frozenset({"it", "we", "i", "my", "our", "pick", "go", "try", "use"})


def _answer_frame(region: Region, i: int, end: int, reach: int = 4) -> int:
    """Where the model stands in an answer that opens with a short frame of a pronoun and a
    verb ("it's X", "we'd pick X", "I'd go with X", "my pick is X"); -1 when there is none. A
    claim, or what a fix writes ("the proprietary X"), is no word of the frame."""
    own = [k for k in range(i, min(region.reach_ahead(i, 3), end)) if k not in region.phrase_words]
    opener = next((k for k in own if _lower(region, k) in _ANSWER_OPENERS), -1)
    if opener == -1 or not all(_lower(region, k).isalpha() for k in own if k < opener):
        return -1  # "For me it's X": a short phrase may come first
    for k in range(opener + 1, min(region.reach_ahead(opener + 1, reach), end)):
        if k in region.phrase_words:
            continue
        if region.mention_at(k) is not None:
            return k
        low = _lower(region, k)
        if not (low.isalpha() or low in {"'s", "'d", "'ll"}) or low in lx.NEGATIONS:
            return -1
    return -1


def _ranks(word: str) -> bool:
    """A word that picks the first of a class: "best", "fastest", "top", "favourite"."""
    superlative = word.endswith("est") and word not in lx.NOT_SUPERLATIVES
    return superlative or word in {"top", "favorite", "favourite", "go-to"}


def _picks_one(region: Region, k: int) -> bool:
    """Word ``k`` picks one member out of what follows: "the larger (of)", "the latest (in)"."""
    word = _lower(region, k)
    if word in lx.MODEL_NOUNS and k not in region.phrase_words:
        k -= 1  # "the largest model in its open-source lineup"
        word = _lower(region, k)
    comparative = word.endswith("er") and len(word) > 4 and word.isalpha()
    if _lower(region, k - 1) in {"most", "least"} and _lower(region, k - 2) == "the" and word.isalpha():
        return True  # "the most transparent (of)": a superlative of any adjective
    return _lower(region, k - 1) == "the" and (_ranks(word) or comparative or word in lx.NEW_WORDS)


def _announced(region: Region, first: int, last: int, reach: int = 12) -> list[Mention]:
    """A lead without a name that ends in ":", a dash or "?" announces the names after it: "Both
    are open source: Llama 3 and Mistral 7B", "Which models are open source? Llama 3.", "The top
    open-source model this year? Llama 3.". A name in the lead would be what it is about."""
    words = region.words
    start, _ = _sentence_bounds(region, first)
    if _cardinal_before(region, first) > 1 and _lower(region, last) == ":":
        # "two were proprietary (X and Y) and three open-source: A, B and C": the count the
        # claim qualifies is the list after its colon, whatever the lead named before.
        return _closing_list(region, last + 1)
    if any(region.mention_at(k) is not None for k in range(start, first)):
        return []
    sought = _lower(region, first - 2) == "for" and _lower(region, first - 3) in lx.REQUEST_WORDS
    if (
        _lower(region, first - 1) in lx.PREPOSITIONS or _lower(region, first - 2) in lx.PREPOSITIONS
    ) and not sought:
        # "The best alternative to open-source LLMs? ...": the claim's noun is another's (not
        # what a request looks for: "Looking for an open-source model ...? X and Y both qualify.")
        return []
    if any(_lead_blocked(region, start, j) for j in range(start, first)):
        return []  # "None of these is open source: ...", "Supposedly open source: ..."
    k = last
    ahead = region.reach_ahead(last, reach + 1)
    while k < ahead and _same_sentence(region, first, k):
        if _lead_blocked(region, start, k):
            return []
        low = words[k].lower
        if region.mention_at(k) is not None or low in {".", "!", ";"}:
            return []
        if low in {":", "—", "–"}:
            if _lower(region, k - 1) in lx.PREPOSITIONS:
                return []  # "Open-source replacements exist for: ..."
            return _closing_list(region, k + 1)
        if low == "?":
            if _reads_as_verb(region, first, last) or (last == k and first == start):
                return []  # "Open source? GPT-4o, thanks.": a bare word asked, not a class named
            answer = k + 1  # the answer is the next sentence of the same block
            same_block = answer < len(words) and words[answer].block == words[k].block
            # A question that is a block of its own, as in a FAQ ("**Which open-source models
            # can I use?**", "### Do you offer open-source models?", "Q: ...?"), is answered by
            # the next block ("A: ...").
            own_block = (
                answer < len(words)
                and words[answer].block == words[k].block + 1
                and _block_start(region, start) == start
            )
            if not same_block and not own_block:
                return []
            items = region.lead_in_items.get(words[k].block) if own_block else None
            which = _past_label(region, start)
            if items and _lower(region, which) in {"which", "what"} and _lower(region, which + 1) != "of":
                return list(items)  # "**Which models are open source?**" over a list of them
            answer = _past_label(region, answer)
            # "Probably X.", "Easily X.", "Hands down, X.": a hedge or a stress before the answer
            while _lower(region, answer) in _ANSWER_HEDGES or _lower(region, answer) == ",":
                answer += 1
            asked = _past_label(region, _question_start(region, start, first))
            # "Which open-source models ...?" and a bare noun phrase ("The best open-source LLM
            # right now?") ask for instances; a sentence opening with one answers. So does a
            # yes to a question whether there are any ("Do you offer open-source models? Yes, X
            # and Y.").
            best = any(_ranks(_lower(region, j)) for j in range(asked, first))
            # "Any good open-source models for coding?" asks for some, as "which" does.
            asks = _lower(region, asked) in {"which", "what", "what's", "whats", "any"}
            asks = asks or (best and _verbless(region, first, (asked, k)))
            asks = asks or _asks_for_some(region, asked, first)
            of_models = _find_head(region, last).kind == "model"  # not "Is this tool open source?"
            yes = _lower(region, answer) in lx.ANSWERS_YES
            if of_models and yes and _lower(region, asked) in lx.CLAUSE_VERBS:
                answer += 1 + (_lower(region, answer + 1) in {",", ":", "—", "–", "!"})
                asks = answer < len(words) and _same_sentence(region, answer - 1, answer)
            # "Why did you choose an open-source model?" answered "We chose X because ...".
            chooser = _lower(region, answer) in {"we", "i"}
            chosen = chooser and _lower(region, answer + 1) in lx.RECOMMEND_VERBS | lx.PROVIDING_VERBS
            if asks or (_lower(region, asked) == "why" and chosen):
                return _closing_list(region, answer) or _answer_subjects(region, answer)
            return _closing_list(region, answer)
        k += 1
    return []


def _request_answered(region: Region, first: int) -> list[Mention]:
    """A post that asks for an instance of the class ("Looking for an open-source model for code
    completion. Any suggestions?", "I need an open-source LLM that handles German.") is answered
    by the reply below it: the models that reply opens with ("Try Qwen2.5-Coder", "mixtral runs
    great on that"). Only a post that asks, and only its first reply."""
    words = region.words
    start, end = _sentence_bounds(region, first)
    if any(region.mention_at(k) is not None for k in range(start, end)):
        return []
    lead = {_lower(region, k) for k in range(start, first)}
    if not lead & lx.REQUEST_WORDS or lead & (lx.NEGATIONS | lx.CONTRAST_TERMS):
        return []
    near = {_lower(region, k) for k in range(region.reach_back(first, 3), first)}
    if not near & {"a", "an", "any", "some"}:
        return []  # "I need the open-source model we used": no request for any member
    k = end
    while k < len(words) and words[k].block == words[first].block:
        _, stop = _sentence_bounds(region, k)
        if _lower(region, stop - 1) != "?":
            return []  # the post goes on to say something: not a bare request
        k = stop
    if k >= len(words) or words[k].block != words[first].block + 1:
        return []
    # The reply must name its pick at once ("Mixtral runs great", "Try X", "Go with X"): "We
    # ended up on GPT-4o" tells what was used instead.
    at = _past_pick_verb(region, _past_quote_marks(region, k))
    return _answer_subjects(region, at) if region.mention_at(at) is not None else []


def _requirement_met(region: Region, first: int) -> list[Mention]:
    """The models chosen to meet a requirement for a member of the class: "our policy only
    allows open-source models, so we went with X", "we need an open-source model under 10B.
    thinking X or Y". The choice must follow in the sentence or the next one of the block."""
    start, end = _sentence_bounds(region, first)
    if any(region.mention_at(k) is not None for k in range(start, first)):
        return []
    lead = {_lower(region, k) for k in range(start, first)}
    if not lead & lx.REQUIREMENT_WORDS or lead & (lx.NEGATIONS | lx.CONTRAST_TERMS | {"if", "?"}):
        return []
    near = {_lower(region, k) for k in range(region.reach_back(first, 3), first)}
    if not near & {"a", "an", "any", "only", "something"}:
        return []  # "we need the open-source model we used": no requirement for any member
    words = region.words
    stop = end
    if end < len(words) and words[end].block == words[first].block:
        stop = _sentence_bounds(region, end)[1]
    turns = lx.CONTRAST_TERMS | {"but", "however", "instead", "though", "yet", "still"}
    if any(_lower(region, k) in turns for k in range(first, stop)):
        return []  # "we wanted something open source, but went with GPT-4o", "... X instead"
    for k in range(first, stop):
        if region.mention_at(k) is not None:
            return list_after(region, k) if _chosen(region, k) else []
    return []


def _past_pick_verb(region: Region, k: int) -> int:
    """Word ``k``, or the word past a pick verb opening there ("Try X", "go with X", "check out X")."""
    if _lower(region, k) not in lx.PICK_VERBS:
        return k
    return k + 1 + (_lower(region, k + 1) in {"with", "for", "out"})


def _past_quote_marks(region: Region, k: int) -> int:
    while _lower(region, k) == ">":
        k += 1
    return k


def _asks_for_some(region: Region, asked: int, first: int) -> bool:
    """A question that asks for an instance of the class: "Is there any good open-source model
    for RAG?", "Anyone know a good open source LLM for this?", "Can anyone recommend an ...?"."""
    lows = [_lower(region, k) for k in range(asked, first)]
    there = lows[:2] in (["is", "there"], ["are", "there"])
    return there or any(low in lx.ASKING_FOR for low in lows)


# --- scanning left: the subject a claim is predicated of ---------------------------------------


def _chain_left(region: Region, mention: Mention, first: int, *, needs_and: bool = True) -> list[Mention]:
    """The mentions coordinated before ``mention``: "A, B and C are ..." (``needs_and``: the
    nearest link must be "and"/"or", as when ``mention`` ends the list)."""
    out = [mention]
    i = first - 1
    fronted = -2  # the comma closing a fronted phrase, once a comma asks (-1: none)
    while i >= 0:
        low = _lower(region, i)
        if low == "," and fronted == -2:
            fronted = _fronted_comma(region, i)
        if low == "," and i == fronted:
            break  # "Unlike GPT-4, X and Y are ...": the fronted phrase is no item of the list
        # "X as well as Y", "X along with Y", "X together with Y": joined as "and" joins
        as_well_as = low == "as" and (_lower(region, i - 1), _lower(region, i - 2)) == ("well", "as")
        along_with = low == "with" and _lower(region, i - 1) in {"along", "together"}
        if as_well_as or along_with:
            i -= 2 if as_well_as else 1
            low = "and"
        if low in {"and", "or", "&", "/"} or (low == "," and not needs_and):
            j = i - 1
            if _lower(region, j) == "," and low in {"and", "or"}:
                j -= 1
            if _lower(region, j) == ")":
                j = _skip_parenthetical_left(region, j)  # "A (source-available) and B", as a list fix writes
            hit = region.mention_ending_at(j + 1)
            if hit is None:
                # "Gemma 2 from Google and Phi-4 ...": step over the maker after a name.
                for by in (j - 1, j - 2):
                    capitals = all(region.words[k].text[:1].isupper() for k in range(by + 1, j + 1))
                    if by >= 0 and _lower(region, by) in {"from", "by"} and capitals:
                        hit = region.mention_ending_at(by)
                        break
            if hit is None:
                break
            other, other_first = hit
            out.insert(0, other)
            needs_and = False
            i = other_first - 1
            continue
        break
    if len(out) == 1 and (listed := _examples_ending_at(region, first)):
        return listed
    return out


def _own_brackets(region: Region, mentions: list[Mention]) -> bool:
    """Each of ``mentions`` is followed by brackets of its own: "Phi-4 (open weights), GPT-4 ..."."""
    return bool(mentions) and all(
        _lower(region, region.word_range(m.start, m.end)[1]) == "(" for m in mentions
    )


def _examples_ending_at(region: Region, first: int) -> list[Mention]:
    """Names listed with commas alone after an example marker, the last starting at word
    ``first``: "their models, including GPT-3, GPT-4, were ..."."""
    hit = region.mention_at(first)
    if hit is None:
        return []
    out = [hit[0]]
    i = first - 1
    if _lower(region, i) == "," and _fronted_comma(region, i) == i:
        return []  # "Like Claude, Falcon 40B ...": a fronted phrase, no list of examples
    while i >= 1 and _lower(region, i) == ",":
        previous = region.mention_ending_at(i)
        if previous is None:
            return []
        out.insert(0, previous[0])
        i = previous[1] - 1
    marker_end = i + 1
    for marker in (*lx.EXAMPLE_MARKERS, ("like",)):
        start = marker_end - len(marker)
        if len(out) > 1 and start >= 0 and _phrase_at(region, start, (marker,)) == len(marker):
            return out
    return []


def _derived_from(region: Region, first: int) -> bool:
    """ "a trained version of GPT-3", "a fine-tune of Llama 2": the subject is another model. But
    "the 8B version of Llama 3", "the latest versions of Llama": the definite article picks out
    one of the model's own releases, unless a participle says what was done to it ("the
    quantized version of")."""
    if _lower(region, first - 1) != "of" or _lower(region, first - 2) not in lx.DERIVED:
        return False
    if _lower(region, first - 2) not in {"version", "versions", "variant", "variants"}:
        return True
    k, seen = first - 3, 0
    while k >= 0 and seen < 3:
        low = _lower(region, k)
        if k in region.phrase_words:
            k -= 1  # a claim is no word of the phrase: "the open-source version of"
            continue
        seen += 1
        if low in {"the", "its", "their", "all", "both"}:
            return False
        if not low.replace("-", "").isalnum() or low.endswith("ed") or low in lx.DETERMINERS:
            return True  # "a version of", "the fine-tuned version of"
        k -= 1
    return True


def _base_of(region: Region, first: int) -> bool:
    """The name at word ``first`` is what another model was made from: "built on Mistral Small",
    "fine-tuned from Llama 3", "distilled from DeepSeek-R1"."""
    return _lower(region, first - 1) in {"on", "from"} and _lower(region, first - 2) in lx.MADE_FROM


# Words that brackets of names may spell out: "all models used (X, Y)", "all of them (X, Y)".
_STANDING_FOR = lx.MODEL_NOUNS | lx.PRONOUNS | {"them", "all"}

# Words a bracket that lists names may hold besides them: "(e.g. X, Y and Z)", "(X / Y, etc.)".
_BRACKET_LIST_WORDS = frozenset(
    ", and or & / e.g. eg e.g i.e. ie like such as etc etc. . : including incl incl. namely for example"
    " instance the all".split()
)


def _unlisted_words(region: Region, start: int, end: int, named: list[Mention]) -> list[int]:
    """The words ``start:end`` that are neither in one of ``named`` nor a word a list of names
    holds (a separator, "e.g.", "such as"): in "(e.g. X and Y)" none, in "(weeks after X's
    release)" two."""
    covered = {k for m in named for k in range(*region.word_range(m.start, m.end))}
    return [k for k in range(start, end) if k not in covered and _lower(region, k) not in _BRACKET_LIST_WORDS]


def _bracket_closing(region: Region, i: int, reach: int) -> int:
    """The first ")" within ``reach`` words after the "(" at word ``i``; -1 if none."""
    return next(
        (k for k in range(i + 1, min(i + 1 + reach, len(region.words))) if region.words[k].text == ")"), -1
    )


def _bracket_opening(region: Region, i: int, reach: int = 16) -> int:
    """The "(" or "[" that the ")" or "]" at word ``i`` closes, within its sentence; -1 if none."""
    closing = region.words[i].text
    opening = "(" if closing == ")" else "["
    depth = 0
    for k in range(i, region.reach_back(i + 1, reach) - 1, -1):
        if not _same_sentence(region, i, k):
            return -1
        text = region.words[k].text
        depth += (text == closing) - (text == opening)
        if depth == 0:
            return k
    return -1


def _cataphora(region: Region, it: int, first: int) -> Mention | None:
    """ "it" as the subject of a fronted clause of reason points ahead to the main clause's
    subject: "Because it's open source, Llama 3 can be customized"."""
    start, end = _sentence_bounds(region, first)
    if it != start + 1 or _lower(region, start) not in lx.REASON_OPENERS:
        return None
    comma = next((k for k in range(first, end) if _lower(region, k) == ","), -1)
    if comma == -1 or comma - first > 6:
        return None
    hit = region.mention_at(comma + 1)
    return hit[0] if hit is not None and not hit[0].possessive else None


def _skip_parenthetical_left(region: Region, i: int) -> int:
    """Step left over ", which was ... ," or "( ... )" ending at word ``i``."""
    if _lower(region, i) == ")":
        depth = 0
        while i >= 0:
            if _lower(region, i) == ")":
                depth += 1
            elif _lower(region, i) == "(":
                depth -= 1
                if depth == 0:
                    return i - 1
            i -= 1
        return -1
    if _lower(region, i) == ",":
        # ", which comes in 3B, 8B and 14B sizes,": a relative clause holds commas of its own.
        opener = next(
            (
                j
                for j in range(i - 1, max(i - 14, 1), -1)
                if _lower(region, j) in {"which", "who"}
                and _lower(region, j - 1) == ","
                and _same_sentence(region, i, j)
            ),
            -1,
        )
        if opener != -1 and region.mention_ending_at(opener - 1) is not None:
            return opener - 2
        j = i - 1
        while j >= 0 and _same_sentence(region, i, j) and i - j < 14:
            if _lower(region, j) == ",":
                # "Falcon 180B, developed by TII, is": a name, then an aside between commas. A
                # name alone between them continues a list ("including GPT-3, GPT-4, were").
                listed = region.mention_ending_at(i)
                if listed is not None and listed[1] == j + 1:
                    return i
                if region.mention_ending_at(j) is not None or _lower(region, j + 1) in {"which", "who"}:
                    return j - 1
                opening = _bracket_opening(region, j - 1) if _lower(region, j - 1) == ")" else -1
                if opening > 0 and region.mention_ending_at(opening) is not None:
                    return j - 1  # "X (SD3), introduced by Stability AI, is": its short name first

                if _lower(region, j + 1) in lx.ASIDE_OPENERS:
                    return j - 1  # "which, unlike GPT-4, is open source": a comparison aside
                return i
            j -= 1
    return i


def _adverbial_after_copula(region: Region, i: int, reach: int = 6) -> int:
    """The opening comma of a short adverbial set off right after a copula and closed by the
    comma at word ``i`` ("was, at the time, the ..."), or -1."""
    for j in range(i - 1, max(i - reach - 1, 0), -1):
        low = _lower(region, j)
        if low == ",":
            return j if j < i - 1 and _lower(region, j - 1) in lx.COPULAS else -1
        if not low.isalnum() or region.mention_at(j) is not None:
            return -1
    return -1


def _coordinated_adjectives(region: Region, i: int, reach: int = 7) -> bool:
    """Word ``i`` ("and", "or", ",") joins adjectives after a copula: "is free and open source"."""
    k, back = i - 1, region.reach_back(i, reach)
    while k >= back:
        if k in region.phrase_tails:
            k -= 1  # a claim or a fix's words read as their first word
            continue
        low = _lower(region, k)
        contracted = low == "'s" and _lower(region, k - 1) in lx.CONTRACTED_SUBJECTS  # "It's"
        if (low in lx.COPULAS and low != "as") or contracted:
            return k < i - 1
        # "is Apache 2.0 and open source": a licence's version is a word of the conjunct too
        word = _CONJUNCT_WORD.fullmatch(low) or low in {",", "-"}
        if (hit := region.mention_ending_at(k + 1)) is not None:
            # "made Llama 2 free and open source": the object of a verb of making, as "is" has
            # its subject before the adjectives
            j = hit[1] - 1
            while j > 0 and _lower(region, j) in lx.DETERMINERS:
                j -= 1
            # The word past the claim the adjectives lead to: not "made X faster and open-source
            # models slower"
            claim_at = min((f for f in region.phrase_past if f > i), default=-1)
            past = region.phrase_past[claim_at] if claim_at != -1 else i + 2
            predicative = (
                not _same_sentence(region, i, past)
                or not _plain_word(region, past)
                or _lower(region, past) in lx.PREPOSITIONS | _AFTER_PREDICATE
            )
            making = _lower(region, j) in lx.MAKE_VERBS and j not in region.phrase_words
            return k < i - 1 and predicative and making
        if not word or low in lx.BREAKERS:
            return False
        if _lower(region, i + 1) in lx.FRAGMENT_BLOCKERS:
            return False  # "is Apache 2.0 and almost open source": hedged
        k -= 1
    return False


# Words that may follow a predicative claim: "all open source and ...", "all open source now".
_AFTER_PREDICATE = frozenset({"and", "with", "under", "now", "too", "today", "already", "again", "since"})
_SETTING_APART = frozenset({"except", "but", "besides"})


def _quantified_group(region: Region, first: int, last: int) -> list[Mention] | None:
    """The models a floating "all" before the claim gathers: the list right before it ("X, Y, Z
    all open source"), or the models its sentence named before a dash or comma ("using X for
    speech, Y for reasoning — all open source"). Empty when the claim goes on to set one apart
    ("all open source except GPT-4o"), modifies a noun ("all open source fans") or its sentence
    negates; None when no such "all" stands before the claim."""
    q = first - 1
    if _lower(region, q) != "all":
        return None
    hit = region.mention_ending_at(q)
    if hit is None and _lower(region, q - 1) not in {"—", "–", "-", ",", ":"}:
        return None
    start, end = _sentence_bounds(region, first)
    if _lower(region, end - 1) == "?":
        return []  # "X, Y, Z all open source? Not by the OSI's definition."
    after = _lower(region, last)
    modifies = _plain_word(region, last) and after not in _AFTER_PREDICATE and not after.endswith("ly")
    if last < end and modifies:
        return []  # "all open source fans": the claim modifies a noun of its own
    if any(_lower(region, k) in lx.CONTRAST_TERMS | _SETTING_APART for k in range(last, end)):
        return []
    if any(_lower(region, k) in lx.NEGATIONS for k in range(start, first)):
        return []
    if hit is not None:
        chain = _chain_left(region, *hit, needs_and=False)  # "X, Y, Z all": commas alone
        return chain if len({m.entry_id for m in chain}) >= 2 else []
    if _lower(region, q - 1) == "," and _lower(region, q - 2) in lx.GROUP_NOUNS | lx.MODEL_NOUNS:
        # "The Qwen2 series, all open source, ...": the family the noun names, all of it.
        group = region.mention_ending_at(q - 2)
        if group is not None and not group[0].possessive:
            return [group[0]]
    # ('We left X and Y for a stack ("A, B and C — all open source")': not X and Y)
    start = _past_clause_marks(region, start, q - 1)
    named = [m for m in _mentions_from(region, start, q - 1) if _names_itself(region, m)]
    return named if len({m.entry_id for m in named}) >= 2 else []


def _participle(region: Region, k: int) -> bool:
    """Word ``k`` is a verb's -ing form that opens a clause of its own ("challenging", "making"),
    not an adjective ("leading", "following") or a name."""
    low = _lower(region, k)
    return (
        low.isalpha()
        and len(low) > 5
        and low.endswith("ing")
        and region.words[k].text.islower()
        and low not in lx.ING_ADJECTIVES
        and region.mention_at(k) is None
    )


def _plain_word(region: Region, k: int) -> bool:
    """Word ``k`` is a word of letters that opens no clause or phrase of its own: a premodifier
    may be one ("first", "small"), a preposition or a verb like "beats" may not."""
    low = _lower(region, k)
    return low.isalpha() and low not in lx.BREAKERS


def _coordinated_premodifiers(region: Region, i: int, first: int, reach: int = 3) -> bool:
    """Word ``i`` ("and", "or") joins premodifiers inside the noun phrase the claim stands in, a
    phrase a determiner opens: "its largest and most capable open-source model", "the newest and
    smallest open-source LLM"; not a clause ("GPT-4 leads and open-source models follow")."""

    def modifier(k: int) -> bool:
        if k in region.phrase_words:
            return True  # another claim, or the adjective a fix writes: a premodifier, no word
        if _lower(region, k) == "-" and _glued(region, k - 1, k + 2):
            return True  # "ultra-small"
        return _plain_word(region, k) and _lower(region, k) not in lx.DETERMINERS and not region.mention_at(k)

    between = range(i + 1, first)
    counted = sum(k not in region.phrase_words for k in between)
    if counted > reach or not all(modifier(k) for k in between):
        return False
    # "its lightest, fastest and cheapest": more premodifiers, commas between them
    k, seen = i - 1, 0
    while k >= 0 and seen < 2 * reach and region.mention_ending_at(k + 1) is None:
        # (a serial comma before "and" too: "a tiny, efficient, and open-source model")
        serial = k == i - 1 and _lower(region, i) == "and"
        if not (modifier(k) or (_lower(region, k) == "," and modifier(k - 1) and (k < i - 1 or serial))):
            break
        seen += k not in region.phrase_words and _lower(region, k) not in {",", "-"}
        k -= 1
    return k < i - 1 and _lower(region, k) in lx.DETERMINERS - lx.PRONOUNS


_CONJUNCT_WORD = re.compile(r"[a-z][\w.\-]*|\d+(?:\.\d+)*")


def _reduced_relative(region: Region, k: int, first: int) -> bool:
    """Words ``k:first`` are a model noun and a participle of making that ends at the claim:
    "model made (truly) open source", "models released as open source"."""
    if _lower(region, k) not in lx.MODEL_NOUNS:
        return False
    verbs = [j for j in range(k + 1, first) if _lower(region, j) in lx.MAKE_VERBS | lx.RELEASE_VERBS]
    rest = range(verbs[0] + 1, first) if verbs else range(0)
    return bool(verbs) and all(_lower(region, j).endswith("ly") or _lower(region, j) == "as" for j in rest)


# Verbs that pass their subject on to "to be": "X has been shown to be", "X seems to be".
_RAISING = frozenset(
    {"shown", "found", "proven", "proved", "seems", "seem", "seemed", "appears", "appear", "appeared"}
)

# Breakers that are adjectives before a noun ("a competitive open-source model"), and compare
# only with "with" or "to" after them.
_COMPARING_ADJECTIVES = frozenset({"competitive", "comparable"})


def _restricted_name(region: Region, copula: int) -> Mention | None:
    """The name a restrictive relative clause follows, when the clause ends at the copula
    ``copula`` and the name opens the sentence: 'The model "Kimi K2" that everyone talks about
    is open source'. The clause's words are plain (no name, no punctuation but a closing comma),
    so "The data that Llama 3 was trained on is ..." keeps its own subject."""
    k = copula - 1 - (_lower(region, copula - 1) == ",")
    stop = max(region.reach_back(copula, 10), _sentence_bounds(region, copula)[0])
    j = k
    while j > stop and _lower(region, j) not in {"that", "which", "who"}:
        low = _lower(region, j)
        if region.mention_at(j) is not None or not (low.isalpha() or low in {"'", "’"}):
            return None
        j -= 1
    if j >= k or _lower(region, j) not in {"that", "which", "who"}:
        return None
    end = j - (_lower(region, j - 1) in _QUOTES or _lower(region, j - 1) in {"”", "’"})
    hit = region.mention_ending_at(end)
    if hit is None or hit[0].possessive:
        return None
    # Only a determiner, plain nouns and adjectives (or an opening quote) before the name.
    start = _sentence_bounds(region, copula)[0]
    before = [b for b in range(start, hit[1]) if _lower(region, b) not in _QUOTES]
    if len(before) > 4 or not all(
        _plain_word(region, b) and _lower(region, b) not in lx.COPULAS | lx.CLAUSE_VERBS for b in before
    ):
        return None
    return hit[0]


def _placed_name(region: Region, copula: int) -> Mention | None:
    """The name a phrase of place follows before the copula ``copula``, when the name opens the
    sentence: "Llama 3 on Hugging Face is ...", "BGE models on the HuggingFace are ...". The
    place is a proper name, so "Support for Llama 3 in vLLM is ..." keeps its own subject."""
    k = copula - 1 - (_lower(region, copula - 1) == ",")
    j = k
    while j > k - 3 and _proper(region, j) and region.mention_at(j) is None:
        j -= 1
    if j == k:
        return None
    j -= _lower(region, j) == "the"
    if _lower(region, j) not in {"on", "in", "via", "at", "through"}:
        return None
    noun = j - 1
    while noun > j - 3 and _lower(region, noun) in lx.MODEL_NOUNS:
        noun -= 1  # "BGE models on ...", "the Llama 3 model in ..."
    hit = region.mention_ending_at(noun + 1)
    if hit is None or hit[0].possessive:
        return None
    start = _sentence_bounds(region, copula)[0]
    if not all(
        _lower(region, b) in lx.DETERMINERS | _QUOTES | {"'s"} or _proper(region, b)
        for b in range(start, hit[1])
    ):
        return None
    return hit[0]


def _denied_first_predicate(region: Region, but: int, reach: int = 6) -> int:
    """The copula of "X is not A but B" for the "but" at word ``but``: the negation denies A and
    puts B in its place, so B is predicated of X. -1 when no negated copula opens the first."""
    for k in range(but - 1, max(but - 1 - reach, 0), -1):
        low = _lower(region, k)
        if low in {"not", "n't"} and _lower(region, k - 1) in lx.COPULAS - {"as"}:
            return k - 1
        if not (_plain_word(region, k) or low in lx.DETERMINERS):
            return -1
    return -1


def _subject_left(region: Region, first: int) -> tuple[list[Mention], str, bool]:
    """The subject a predicate starting at word ``first`` is about.

    Returns the mentions, how they link ("copula", "apposition", "resultative", "anaphora"), and
    whether the link went through a copula (so the claim is predicative)."""
    words = region.words
    i = first - 1
    linked = ""
    link_at = -1  # the word that made the link, when punctuation did
    steps = 0
    sent = words[first].sent if first < len(words) else -1
    aside_words: range = range(0)
    open_list = False
    personal = False
    while i >= 0 and words[i].sent == sent and steps < 10:
        low = words[i].lower
        if i == first - 1 and low == "," and (aside := _comma_aside(region, i)) != -1:
            if _lower(region, aside + 2) in {"the", "a", "an"}:
                i -= 1  # "X, the free, open-source model": coordinated adjectives, no aside
                continue
            aside_words = range(aside + 1, first)
            i = aside  # "Llama 3 is, in fact, open source": step over the aside
            continue
        if i in region.phrase_words:
            i -= 1  # another claim, or what a fix writes ("released with open weights"): no word
            continue
        if not linked and low in {"we", "i", "you"}:
            personal = True  # "X to Y: Why We Left Open-Source Models": a person's clause
        if low == "." and linked and _lower(region, i - 1) == "etc" and _lower(region, i - 2) == ",":
            open_list = True  # "X, Y, etc. are open source": a list that goes on, joined by commas
            i -= 3
            continue
        closes_name = region.mention_ending_at(i + 1) is not None  # "FLUX.1 [dev] is ..."
        if low in {")", "]"} and not closes_name and (opening := _bracket_opening(region, i)) != -1:
            named = [hit[0] for k in range(opening + 1, i) if (hit := region.mention_at(k)) is not None]
            # A bracket of names, not an aside that names one in passing ("Meta AI (right after
            # Llama 2's release)"): a possessive is no member, nor are many other words.
            if any(m.possessive for m in named) or len(_unlisted_words(region, opening + 1, i, named)) > 3:
                named = []
            if (
                linked
                and named
                and region.mention_ending_at(opening) is None  # not a name's own: "X Model 3 (X3)"
                and {
                    _lower(region, k)
                    for k in (opening - 1, opening - 2)
                    # (a word of its own sentence, and no claim nor what a fix writes: "X is
                    # open weights.⏎⏎[Y ...]" has no noun before the bracket)
                    if k >= 0 and k not in region.phrase_words and _same_sentence(region, k, opening)
                }
                & _STANDING_FOR
            ):
                start, _ = _sentence_bounds(region, opening)
                if linked != "copula" and any(
                    _lower(region, k) in lx.SET_APART | lx.COMPARISON for k in range(start, opening)
                ):
                    return [], "", False  # "Unlike closed models (like X), open-source models ..."
                return named, linked, linked == "copula"  # "all models used (X, Y) are open source"
            i = opening - 1  # "LLaMA-2 (Touvron et al., 2023) is ...": a citation or aside
            continue
        if low == "-" and i > 0 and words[i - 1].end == words[i].start and words[i].end == words[i + 1].start:
            i -= 1  # a hyphen inside a word ("open-weights", as a fix writes), not a dash
            continue
        hit = region.mention_ending_at(i + 1)
        if (
            hit is not None
            and _lower(region, hit[1] - 1) in {"from", "by"}
            and (
                region.mention_ending_at(hit[1] - 1) is not None
                or _lower(region, hit[1] - 2) in lx.MODEL_NOUNS
            )
        ):
            # "R1 from DeepSeek is ...", "the Janus-Pro model from DeepSeek is ...": the name
            # after "from" is the maker's
            i = hit[1] - 2
            steps += 1
            continue
        if hit is not None and not linked and qualified_after(region, i + 1) and i + 1 < first:
            i = hit[1] - 1  # "a GPT-4 level open-source chatbot": the name is a premodifier
            steps += 1
            continue
        if hit is not None:
            mention, mfirst = hit
            # "Our model, which Mistral released as open source": the name is the maker, the
            # pronoun the object (its antecedent, if a name, is what is said to be open).
            if (
                linked
                and (made := _maker_of_relative(region, mfirst, i + 1, first, lx.MAKER_ACTS)) is not None
            ):
                return made, linked, linked == "copula"
            named_noun = _lower(region, i + 1)
            if named_noun == "'s":
                named_noun = _lower(region, i + 2)
            # "Llama 3.2's vision models are open source too": the noun after its premodifiers
            nouns = (_lower(region, k) for k in range(i + 2, min(i + 5, first)))
            owned_noun = next((n for n in nouns if n in lx.MODEL_NOUNS), named_noun)
            if mention.possessive and linked == "copula" and owned_noun in {"weights", "model", "models"}:
                return [mention], "copula", True  # "Llama 2's weights are open source"
            premodifiers = range(i + 2, first)  # "Mistral's first open-source model"
            if (
                mention.possessive
                and not linked
                and len(premodifiers) <= 3
                and all(_plain_word(region, k) for k in premodifiers)
            ):
                i = mfirst - 1  # "Mistral Medium 3, Mistral's open-source model": the maker's name
                steps += 1
                continue
            # "a fine-tuned version of StarCoder2, the open-source code model by BigCode": a
            # definite appositive right after the name describes that name, not the version.
            after = (_lower(region, i + 1), _lower(region, i + 2))
            definite = linked == "apposition" and after == (",", "the")
            if (
                mention.possessive
                or (_derived_from(region, mfirst) and not definite)
                or (linked and _is_modifier_use(region, i + 1))
            ):
                return [], "", False  # "The Llama 3 tokenizer is open source": the tokenizer is
            chain = _chain_left(region, mention, mfirst, needs_and=not open_list)
            chain_first = region.word_range(chain[0].start, chain[0].end)[0]
            before = _lower(region, chain_first - 1)
            apart_from = before == "from" and _lower(region, chain_first - 2) == "apart"
            if before in {"except", "excluding", "besides", "than"} or apart_from:
                return [], "", False  # "All of the above except GPT-4o are open source"
            pre = chain_first - 1
            while pre > 0 and _lower(region, pre) in lx.DETERMINERS:
                pre -= 1  # ("The serving scripts for the Gemma models are ...")
            behind = linked == "definition" and _lower(region, pre) in _OF_ANOTHER
            if behind or (linked == "copula" and _lower(region, pre) in lx.OBJECT_PREPOSITIONS):
                # "Meta, the company behind Llama 3, is ...": the company is; so is what a dash
                # defines ("TII, the lab behind Falcon — open-source strategy, ...")
                return [], "", False
            if linked == "apposition" and _across_fronted(region, i, first):
                return [], "", False  # "Unlike GPT-4, open-weight models ...": no apposition
            if linked == "apposition" and len(chain) > 1 and _singular_head(region, first):
                return [mention], linked, False  # "X (vision), and Y, Ai2's first open model": Y
            if linked == "copula" and len(chain) > 1 and _singular_copula(region, i + 1, first):
                # "X beats Y, and Z is the only open-source one": names joined by "and" take
                # "are"; a singular verb has the nearest name alone for its subject.
                joined = range(region.word_range(chain[0].start, chain[0].end)[1], mfirst)
                if any(_lower(region, k) == "and" for k in joined):
                    return [mention], linked, True
            bracket = link_at == i + 1 and _lower(region, link_at) == "("
            if bracket and _own_brackets(region, chain[:-1]):
                # "Phi-4 (open weights), GPT-4 (proprietary) or OLMo (open source)", as a list fix
                # writes: each name has its own status in brackets right after it, the last too.
                return [mention], linked, False
            vs = _lower(region, chain_first - 1) in _VERSUS
            rival = region.mention_ending_at(chain_first - 1) if vs else None
            if linked == "definition" and rival is not None:
                # "X vs Y: The Open-Source Challenger": a description after a match-up is of one
                # side, and the words do not say which; the judge reads it as the side that is
                # not proprietary, as a reader does.
                return [rival[0], *chain], "match-up", False
            if linked:
                return chain, linked, linked == "copula"
            if _reduced_relative(region, i + 1, first):
                # "X was the first Falcon model made open source": the name qualifies the noun
                # a participle describes; the subject is further left.
                i = mfirst - 1
                steps += 1
                continue
            if named_noun in lx.TRANSPARENT_OF and _lower(region, i + 2) == "of":
                return chain, "definition", False  # "Meta's Llama 2 family of open-source models"
            # No link word: "made Gemma 4 open source", "Pixtral 12B the first open-source model".
            chain_first = region.word_range(chain[0].start, chain[0].end)[0]
            k = chain_first - 1
            # "make its next-generation ERNIE 4.5 models open source": premodifiers after a
            # determiner belong to the object.
            j = k
            while j > 0 and k - j < 4 and _lower(region, j) not in lx.DETERMINERS:
                if not _plain_word(region, j) and _lower(region, j) != "-":
                    break
                j -= 1
            if j < k and _lower(region, j) in lx.DETERMINERS:
                k = j
            while k > 0 and _lower(region, k) in lx.DETERMINERS:
                k -= 1  # "made its Llama 3 model open source"
            # "made its Llama 3 model open source", not "keep Llama 3 closed upset the open-source"
            # (An aside after the object is no gap: "make Codestral, its coding model, open source".)
            between = [b for b in range(i + 1, first) if b not in aside_words]
            adjacent = (
                all(
                    _lower(region, b) in lx.DETERMINERS or _lower(region, b) in lx.MODEL_NOUNS
                    for b in between
                )
                or (
                    # "made its Gemma 3 lightweight vision model open source": premodifiers of a model noun
                    len(between) <= 4
                    and _lower(region, between[-1]) in lx.MODEL_NOUNS
                    and all(_plain_word(region, b) for b in between)
                )
                or (
                    # "made Llama 2 free and open source": the claim ends coordinated adjectives
                    len(between) <= 5
                    and _lower(region, between[-1]) in {"and", "&", ","}
                    and all(
                        _lower(region, b) in {",", "and", "&"}
                        or (_plain_word(region, b) and _lower(region, b) not in lx.BREAKERS | lx.MODEL_NOUNS)
                        for b in between
                    )
                )
            )
            made = _lower(region, k) in lx.MAKE_VERBS | lx.RELEASE_VERBS and k not in region.phrase_words
            if adjacent and made:
                # "made Gemma 4 open source", "released Llama 2 open source in July"
                return chain, "resultative", True
            if _lower(region, i + 1) in {"the", "a", "an", "our"} and not _across_fronted(region, i, first):
                return [mention], "apposition", False
            if words[first].block in region.heading_blocks and all(
                _lower(region, k) in lx.HEADLINE_ADVERBS or _lower(region, k).endswith("ly")
                for k in range(i + 1, first)
            ):
                return chain, "copula", True  # "Mistral Large 2 Now Open Source": a headline drops "is"
            return [], "", False
        if low == "but" and not linked and (copula := _denied_first_predicate(region, i)) != -1:
            i = copula  # "X is not one model but a family of open-source models": the second holds
            continue
        sizes_end = _size_word(region, i) and _lower(region, i + 1) not in lx.MODEL_NOUNS
        if sizes_end and (named := _sizes_after_name(region, i)) != -1:
            i = named  # "Llama 3 8B and 70B are ...": the sizes stand for more of the named model
            continue
        if low == "'s" and _lower(region, i - 1) in lx.CONTRACTED_SUBJECTS:
            linked = "copula"
        elif low in lx.COPULAS or (low in lx.GO_VERBS and i == first - 1):  # "went open source"
            if low == "as" and (_lower(region, i - 1) in {"such", "well"} or _lower(region, i + 1) == "well"):
                return [], "", False  # "such as", "as well as", and "as well" missing its "as"
            if not linked and (restricted := _restricted_name(region, i) or _placed_name(region, i)):
                return [restricted], "copula", True
            linked = "copula"
        elif (
            low == ","
            and not linked
            and (
                _only_degree(region, i + 1, first, partitive=True)
                or _indefinite_modifiers(region, i + 1, first)
            )
            and _heads_model_noun(region, first)
            and (when := _time_adverbial_left(region, i - 1)) != -1
        ):
            # "Meta released X on Saturday, the first open-source models ...": the apposition is
            # to the object before the time adverbial.
            linked = "apposition"
            i = when
            continue
        elif low in lx.LINK_PUNCT:
            if linked == "copula" and low == ",":
                j = _skip_parenthetical_left(region, i)
                if j != i:
                    i = j
                    continue
            if low == "," and not linked and (opening := _adverbial_after_copula(region, i)) != -1:
                i = opening - 1  # "it was, at the time, the most capable open-source model"
                continue
            if low == "(" and not linked and _other_name(region, i - 1):
                return [], "", False  # "install llama.cpp (open source, MIT) for X": llama.cpp is
            if (
                low == ","
                and not linked
                and _lower(region, i + 1) in {"and", "but", "so", "yet"}
                and not (
                    _lower(region, i + 1) == "and"
                    and _coordinated_adjectives(region, i)
                    and not any(_lower(region, k) in lx.NEGATIONS for k in range(region.reach_back(i, 7), i))
                )
                and not (_lower(region, i + 1) == "and" and _coordinated_premodifiers(region, i + 1, first))
            ):
                # "OpenAI ships X, and the open-source race heats up": a clause of its own (not
                # the serial comma of "is small, free, and open source")
                return [], "", False
            if not linked and personal and low != ",":
                return [], "", False  # a colon before a clause of "we" defines nothing
            if not linked:
                linked, link_at = ("apposition" if low == "," else "definition"), i
        elif not linked and low in lx.CALLING_VERBS and (rel := _relative_subject_before(region, i)) != -1:
            # "X, which the lab dubs the most capable open-source model": the relative pronoun is the
            # object, and what it is called is said of the name before it.
            if (hit := region.mention_ending_at(rel)) is not None:
                return [hit[0]], "copula", True
            return [], "", False
        elif (
            low in {"which", "that"}
            and linked == "copula"
            # ("Whisper, a speech recognition system that is open sourced": a system is a model)
            and _lower(region, i - 1) in lx.MODEL_NOUNS | lx.SYSTEM_NOUNS
            and i - 1 not in region.phrase_words
        ):
            # "X is one of the few OpenAI models that's open source": a restrictive relative
            # says what "open-source OpenAI models" would; the walk goes on before its noun
            # phrase.
            j = i - 2
            while (
                j > 0
                and i - j < 6
                and _lower(region, j) not in lx.DETERMINERS
                and region.mention_at(j) is None
            ):
                j -= 1
            if _lower(region, j) not in lx.DETERMINERS:
                return [], "", False
            linked, i = "", j - 1
            continue
        elif (
            low == "which"
            and linked == "copula"
            and _lower(region, i - 1) == "of"
            and _lower(region, i - 2) in {"both", "all", "each", "two", "three", "four"}
            and _lower(region, i - 3) == ","
        ):
            # "try Llama 3 or Qwen2.5, both of which are open weights": the names listed
            # before the comma.
            hit = region.mention_ending_at(i - 3)
            return (_chain_left(region, *hit), "copula", True) if hit is not None else ([], "", False)
        elif low in {"which", "that"} and linked == "copula" and _lower(region, i - 1) == ",":
            # "Meta's Llama 3, which is open source": the name before the relative clause,
            # or the names before its model noun ("the Falcon 7B and 40B models, which are").
            hit = region.mention_ending_at(i - 1) or _name_before_aside(region, i - 2)
            if hit is not None and _lower(region, i + 1) in {"are", "were"}:
                return _chain_left(region, *hit), "copula", True  # "X and Y, which are open source"
            if hit is not None:
                return [hit[0]], "copula", True
            if _lower(region, i - 2) in lx.DEFINITE_MODEL and _definite(region, i - 2):
                return [], "anaphora", True  # "The new model, which is open source, ...": back
            if _lower(region, i - 2) in lx.MODEL_NOUNS:
                for k in range(i - 2, max(i - 5, 0), -1):  # past "language", "chat", ...
                    if named := _names_before(region, k):
                        return named, "copula", True
                    if not region.words[k - 1].lower.isalpha() or region.words[k - 1].lower in lx.BREAKERS:
                        break
            noun = i - 2
            if _lower(region, noun) == ")" and (opening := _bracket_opening(region, noun)) != -1:
                noun = opening - 1  # "its large language model (LLM), which ..."
            if (
                _lower(region, noun) in lx.MODEL_NOUNS
                and (apposed := _apposed_name(region, noun)) is not None
            ):
                return [apposed], "copula", True  # "Llama 2, its new LLM, which will be open source"
            return [], "", False
        elif low == "them" and _lower(region, i - 1) in lx.MAKE_VERBS and _lower(region, i - 2) == ",":
            # "X, Y and Z are under MIT, making them the most permissive open-source models": the
            # names the main clause opens with.
            start, _ = _sentence_bounds(region, i)
            start = max([k + 1 for k in range(start, i) if _lower(region, k) in {":", ";"}], default=start)
            opening = region.mention_at(start)
            named = _chain_at(region, start) if opening is not None and not opening[0].possessive else []
            return (named, "resultative", True) if len(named) > 1 else ([], "", False)
        elif (low == "it" and _lower(region, i - 1) in lx.MAKE_VERBS) or (
            low in lx.DEFINITE_MODEL
            and (det := _definite_start(region, i)) != -1
            and _lower(region, det - 1) in lx.MAKE_VERBS
            and _lower(region, det - 2) == ","
        ):
            # "released Grok-1, making it the largest open-source model": the name before, or
            # what an earlier "it" of the sentence stands for ("it has 180B parameters, making it").
            # So "..., making the model open source".
            if low != "it":
                i = det
            start, stop = _sentence_bounds(region, i)
            subject = _clause_subject(region, start, i)
            which = _lower(region, i - 2) == "which" and _lower(region, i - 3) == ","
            result = _lower(region, i - 2) == "," or which
            first_it = next((k for k in range(start, i - 1) if region.words[k].lower == "it"), -1)
            named = _nearest_before(region, first_it) if first_it != -1 else None
            named_at = region.word_range(named.start, named.end)[0] if named is not None else -1
            if (
                named is not None
                and _names_itself(region, named)
                and _lower(region, named_at - 1) not in lx.COMPARISON
                and not makes_next(region, named)
            ):
                # "X is a model that is as fast as it is good, making it ...": the sentence's "it"
                # is the name just before it.
                m = named
            elif first_it != -1:
                m = _antecedent(region, start)
            elif subject is not None and result and not makes_next(region, subject):
                # (not the maker: "Mistral released X under Apache 2.0, making it ...")
                # "X outperforms Y and Z on 12 benchmarks, making it (which makes it) the
                # strongest ...": the result is the main clause's, and so is its subject.
                m = subject
            else:
                # (no name before it in its sentence: "By making it open source, ..." points back;
                # not "Making it open source would help", a wish)
                m = _nearest_before(region, i)
                if m is None and not any(_lower(region, k) in lx.MODALS for k in range(first, stop)):
                    m = _antecedent(region, start)
                if m is not None and _yardstick(region, start, region.word_range(m.start, m.end)[0]):
                    # "This design surpasses models such as X and Y, making it the most powerful
                    # open-source model": what it beats is no result; "it" is the model before.
                    m = _antecedent(region, start)
            return ([m] if m else []), "resultative", True
        elif low in {"latter", "former"} and _lower(region, i - 1) == "the" and linked == "copula":
            # "We chose GPT-4o over Llama 3 even though the latter is open source."
            named = [m for m in _mentions_from(region, _sentence_bounds(region, i)[0], i) if not m.possessive]
            if len({m.entry_id for m in named}) == 2:
                return [named[-1] if low == "latter" else named[0]], "copula", True
            return [], "", False
        elif (
            low in {"its", "their"}
            and linked == "copula"
            and (before := i - 2 if _lower(region, i - 1) == "all" else i - 1) > 0
            and _lower(region, before) in {"and", "&"}
            and (hit := region.mention_ending_at(before)) is not None
            and _names_itself(region, hit[0])
        ):
            return _chain_left(region, *hit), "copula", True  # "Code Llama and (all) its variants are"
        elif low == "both" and not linked:
            pass  # "They are both open source", "X/Y, both open source": a quantifier, not a subject
        elif _is_it(region, i) and low == "its" and not linked:
            return [], "anaphora", True  # "its the best open source model ive used"
        elif low in lx.PRONOUNS and _lower(region, i - 2) == "to" and _plain_word(region, i - 1):
            return [], "", False  # "the code to run it is open source": "it" is the verb's object
        elif (
            low in {"this", "that", "these", "those"}
            and linked == "copula"
            and _other_noun_after(region, i, first)
        ):
            return [], "", False  # "This trainer is open source": a determiner of another noun
        elif low in {"this", "that"} and _lower(region, i + 2) == "'s":
            pass  # "X is this year's best open-source model": the possessor's determiner
        elif low in lx.PRONOUNS or (low in lx.DEFINITE_MODEL and _definite(region, i)):
            # "It is an open-source model", "The model, now open source, ...": not "The new model
            # leaves open-source rivals behind", where the claim is in a verb's object.
            if linked == "copula" or (low in lx.DEFINITE_MODEL and not _verb_between(region, i + 1, first)):
                return [], "anaphora", True
            return [], "", False
        elif low in lx.MAKE_VERBS and not linked and i == first - 1 and (made := _made_relative(region, i)):
            return made, "resultative", True  # "X, which Moonshot made open source"
        elif (
            low in {"marking", "becoming", "representing"}
            and not linked
            and _lower(region, i - 1) == ","
            and _lower(region, i + 1) in {"a", "an", "the", "another"}
            and any(_lower(region, j) in lx.RELEASE_NOUNS for j in range(first + 1, first + 5))
            and (released := _released_in(region, _sentence_bounds(region, i)[0], i))
        ):
            # "M released X with a 405B model, marking a major open-source release": the release
            # the result names is the sentence's.
            return released, "resultative", True
        elif (
            low in _BRINGING_IN
            and not linked
            and _lower(region, i - 1) == ","
            and _lower(region, i + 1) in {"a", "an", "the", "its", "their"}
            and (released := _released_in(region, _sentence_bounds(region, i)[0], i))
        ):
            # "M announced the release of X, introducing a new series of open-source models":
            # what the release brings in is what it released.
            return released, "resultative", True
        elif low in lx.MAKE_VERBS and not linked and (released := _released_before(region, i, first)):
            # "LG released EXAONE 3.5, making its bilingual models open source": the models it
            # makes open are the ones the sentence released.
            return released, "resultative", True
        elif (
            low.endswith("ing")
            and low not in lx.ING_ADJECTIVES
            and low not in lx.COPULAS
            and not linked
            and _lower(region, i + 1) != "-"  # "a cutting-edge open-source model": one adjective
        ):
            return [], "", False  # "worth testing an open-source LLM": the claim is the verb's object
        elif low == "so" and _lower(region, i - 1) == ",":
            return [], "", False  # "It is expensive, so open-source models ...": a new clause
        elif low in lx.SOFTWARE_NOUNS and linked:
            return [], "", False  # "Our Purple Llama tools are open sourced": the tools are
        elif low == "of" and _lower(region, i - 1) in lx.TRANSPARENT_OF:
            pass  # "X is one of the best open-source models", "a family of open-source models"
        elif low in {"to", "of"} and _lower(region, i - 1) in {"update", "upgrade", "refresh"}:
            pass  # "X, an update to its open-source reasoning model": the same model, updated
        elif low in {"of", "in"} and _picks_one(region, i - 1):
            pass  # "X, the larger of the two open-source models", "the latest in its line of"
        elif (
            low in {"of", "for", "in", "to", "among"}
            and _lower(region, i - 1) in lx.ROLE_NOUNS
            and any(
                _lower(region, k) in lx.MODEL_NOUNS | _FIELD_NOUNS | {"movement", "frontier"}
                for k in range(first + 1, first + 5)
            )
        ):
            pass  # "X is the flagship of open-source AI", "a pillar of the open-source ecosystem"
        elif (
            low in {"from", "by", "under"}
            and linked
            and (
                (_lower(region, i - 1) in lx.MODEL_NOUNS and i - 1 not in region.phrase_words)
                or region.mention_ending_at(i) is not None
            )
            and region.words[i + 1].text[:1].isupper()
        ):
            # "The Falcon models from TII are open source", "X under Apache 2.0 is": a qualifier
            # (not after the "weights" of a fix's "released with open weights")
            pass
        elif (
            low == "to"
            and linked == "copula"
            and region.mention_ending_at(i) is not None
            and _headline_line(region, i)
        ):
            pass  # "Grok 2 to Go Open Source: ...": a headline's "to" is "is to"
        elif low == "to" and linked == "copula" and _lower(region, i - 1) in lx.RAISING_VERBS:
            pass  # "X continues to be open source", "X seems to be open-source"
        elif low in {"and", "or"} and _lower(region, i + 1) in {"the", "a", "an"}:
            pass  # "X, a 405B model and the largest open-source LLM": coordinated predicates
        elif low in {"and", "or", ","} and not linked and _coordinated_adjectives(region, i):
            pass  # "X is free and open source", "X is fast, cheap and open source"
        elif low in {"and", "or", ","} and not linked and _coordinated_premodifiers(region, i, first):
            pass  # "X, its largest and most capable open-source model": one noun phrase
        elif low == "and" and linked == "copula" and _lower(region, i + 1) in lx.COPULAS:
            # "Mistral 7B outperforms Llama 2 13B and is fully open source": the sentence's subject.
            start = _clause_start(region, i)
            opening = region.mention_at(start)
            if opening is not None and not opening[0].possessive:
                return _chain_at(region, start), "copula", True
            return [], "", False
        elif (
            low in lx.CONCESSIVE
            and {_lower(region, i + 1), _lower(region, i + 2)} & _BEING
            and _lower(region, i + 1) in _BEING | {"also", "still"}
            and (
                subject := _relative_antecedent(region, i)
                or _sentence_subject(region, i)
                or _it_subject(region, i)
            )
        ):
            # "X tops the chart while being open source"; "..., a model that beats Y while
            # also being open source": the relative clause's noun, and what it stands beside.
            return [subject], "copula", True
        elif (
            low == "for"
            and _lower(region, i + 1) == "being"
            and (hit := region.mention_ending_at(i)) is not None
            and not hit[0].possessive
        ):
            return [hit[0]], "copula", True  # "Developers praised X for being open source"
        elif (
            low in lx.BREAKERS
            and low.endswith("ed")
            and (
                _lower(region, i - 1).endswith("ly")
                or _lower(region, i - 1) in {"most", "least", "more", "less"}
                or _lower(region, i - 1) in {"a", "an"}  # "is a distilled open-source model"
            )
        ):
            pass  # "a widely used open-source LLM", "the most used ...": a participle modifying the noun
        elif (
            low in {"by", "in", "on", "under", "with"}
            and linked == "apposition"
            and (_lower(region, i - 1).endswith("ed") or _lower(region, i - 1) in lx.IRREGULAR_PARTICIPLES)
            and _lower(region, i - 2) in lx.MODEL_NOUNS
            and i - 2 not in region.phrase_words
        ):
            pass  # "X is a small model released by Google, open-sourced in June": the noun's participle
        elif low in {"from", "by"} and linked == "copula" and _maker_aside(region, i):
            pass  # "Moshi from kyutai is open source", "Yi-34B from 01.AI was ...": the maker
        elif low in lx.BREAKERS and _in_owner_name(region, i):
            pass  # "Cohere For AI's open-source model": a word of the owner's name
        elif low == "at" and region.mention_ending_at(i) is not None and _size_word(region, i + 1):
            pass  # "Phi-4 at 14B is the best open-source model ...": its size, an aside
        elif low in lx.BREAKERS and not linked and _time_after_copula(region, i):
            pass  # "X was at the time the largest open-source model": the time is an aside
        elif low == "to" and _lower(region, i + 1) == "be" and _lower(region, i - 1) in _RAISING:
            pass  # "X appears to be a capable open-source model": X is the subject
        elif low in _COMPARING_ADJECTIVES and _lower(region, i + 1) not in {"with", "to", "against"}:
            pass  # "X is a competitive open-source model": an adjective before its noun
        elif low in lx.BREAKERS and not _in_compound(region, i):
            return [], "", False
        elif low in lx.MODEL_NOUNS and linked:
            pass  # "the Grok 2.5 model, which ..., is": the noun after the name
        # "405-billion-parameter" is one word, not five; a claim or a fix's words are none.
        joined = i > 0 and words[i - 1].lower == "-" and words[i - 1].end == words[i].start
        marks = low in {"-", "(", ")", "'s"}  # "xAI's 314B (MoE) model": its words count
        steps += not marks and not joined and i not in region.phrase_words
        i -= 1
    return [], "", False


_WHEN_NOUNS = frozenset({"launch", "least", "moment", "now", "present", "release", "time", "writing"})


def _time_after_copula(region: Region, i: int) -> bool:
    """Word ``i`` opens a short phrase of time right after a copula: "was at the time", "is at
    present", "was in 2023", "is by now"."""
    if _lower(region, i - 1) not in lx.COPULAS or _lower(region, i) not in {"at", "in", "by", "as", "of"}:
        return False
    k = i + 1 + (_lower(region, i + 1) in {"the", "that", "this"})
    low = _lower(region, k)
    return low in _WHEN_NOUNS or low in lx.TIME_WORDS or (low.isdigit() and len(low) == 4)


def _other_noun_after(region: Region, i: int, first: int) -> bool:
    """The words after the determiner at ``i``, up to the copula before the claim at ``first``,
    make a noun phrase of plain words naming no model ("this trainer", "this repo")."""
    words = []
    for k in range(i + 1, first):
        low = _lower(region, k)
        if low in lx.COPULAS or low == "'s":
            break
        words.append(low)
    return (
        bool(words)
        and all(w.isalpha() for w in words)
        and not any(w in lx.MODEL_NOUNS or w in lx.DEFINITE_MODEL for w in words)
    )


def _clause_subject(region: Region, start: int, end: int) -> Mention | None:
    """The model that opens the main clause of the sentence starting at word ``start``, at its
    start or after a short fronted phrase ("On MMLU, X surpasses ...")."""
    at = start
    if region.mention_at(at) is None:
        comma = next((k for k in range(start, min(start + 6, end)) if _lower(region, k) == ","), -1)
        if comma == -1 or _mentions_from(region, start, comma):
            return None
        at = comma + 1
    hit = region.mention_at(at)
    return hit[0] if hit is not None and _names_itself(region, hit[0]) else None


def _claim_head(region: Region, first: int) -> _Head | None:
    """The noun the claim starting at word ``first`` premodifies, if it is a claim."""
    claim = region.claim_starting(first)
    if claim is None:
        return None
    return _find_head(region, region.word_range(claim.start, claim.end)[1])


def _maker_aside(region: Region, i: int, reach: int = 3) -> bool:
    """Word ``i`` ("from", "by") opens a maker's name of a few words between a name and its
    copula: "Moshi from kyutai is ...", "Yi-34B from 01.AI was ...", in any case."""
    if region.mention_ending_at(i) is None:
        return False
    for k in range(i + 1, i + 2 + reach):
        low = _lower(region, k)
        if low in lx.COPULAS:
            return k > i + 1
        if region.mention_at(k) is not None or low in lx.BREAKERS or not re.fullmatch(r"[\w.&-]+", low):
            return False
    return False


def _member_described(region: Region, first: int, named: Mention) -> tuple[list[Mention], str] | None:
    """A family's name used as a common noun in a description of one of its members: "X 4, the
    first open-source X" and "X 4 is the first open-source X" say it of X 4, not of the family."""
    family = named.text.casefold()
    start, _ = _sentence_bounds(region, first)
    named_before = region.mentions_from(start, first)
    if not any(m.entry_id != named.entry_id and m.text.casefold().startswith(family) for m in named_before):
        return None  # no member named before the claim (most claims): no walk to take
    said_of, how, _ = _subject_left(region, first)
    if how not in ("apposition", "copula") or not said_of:
        return None
    members = [m for m in said_of if m.entry_id != named.entry_id and m.text.casefold().startswith(family)]
    return (members, how) if members and len(members) == len(said_of) else None


def _label_doubted(region: Region, first: int) -> bool:
    """The sentence that presents a model as the claim says, or the next one in its block, doubts
    the label: a contrast, a negation, a verb of disputing (see ``_disputed_label`` for a label
    noun that is disputed), quotation marks, "so-called" or "self-billed"."""
    start, end = _sentence_bounds(region, first)
    if any(
        _lower(region, k) == "by" and _lower(region, k + 1) in lx.HEARSAY_SUBJECTS
        for k in range(start, first)
    ):
        return True  # "described by some as open source": others' label, held at a distance
    stop = end
    if end < len(region.words) and region.words[end].block == region.words[first].block:
        stop = _sentence_bounds(region, end)[1]
    doubt = (
        lx.CONTRAST_TERMS
        | lx.NEGATIONS
        | lx.CONCESSIVE
        | lx.DISTANCING
        | lx.DISPUTE_WORDS
        | _DISPUTING
        | _QUOTES
    )
    given = lx.LABELLED_PARTICIPLES | {"described", "proclaimed", "styled"}
    return any(
        _lower(region, k) in doubt or (_lower(region, k) == "self" and _lower(region, k + 2) in given)
        for k in range(start, stop)
    )


def _relative_antecedent(region: Region, i: int, reach: int = 12) -> Mention | None:
    """The name whose apposition a relative clause before word ``i`` hangs on: "X, a small model
    that beats Y while ..." gives X; None when no "that"/"which" after a model noun comes first."""
    start, _ = _sentence_bounds(region, i)
    for k in range(i - 1, max(start, i - reach), -1):
        if _lower(region, k) in {"that", "which"} and _lower(region, k - 1) in lx.MODEL_NOUNS:
            return _apposed_name(region, k - 1)
    return None


def _apposed_name(region: Region, j: int, reach: int = 10) -> Mention | None:
    """The name a noun phrase ending at word ``j`` stands in apposition to, set off by a comma
    before it: "Llama 2, the next generation of its LLM" ends in an apposition to Llama 2."""
    for k in range(j, max(j - reach, 0), -1):
        low = _lower(region, k)
        if low == ",":
            hit = region.mention_ending_at(k)
            return hit[0] if hit is not None and not hit[0].possessive else None
        if region.mention_at(k) is not None or not (
            _plain_word(region, k) or low in lx.DETERMINERS | {"'s", "-", "of", "(", ")"} or low.isalnum()
        ):
            return None
    return None


def _name_before_aside(region: Region, j: int, reach: int = 6) -> tuple[Mention, int] | None:
    """The name that word ``j`` ends, past a citation or aside in brackets and a variant written
    after the name: "CLIP ViT-L/14 (Radford et al., 2021)" ends in CLIP."""
    if _lower(region, j) == ")" and (opening := _bracket_opening(region, j)) != -1:
        j = opening - 1
    for k in range(j, max(j - reach, -1), -1):
        if (hit := region.mention_ending_at(k + 1)) is not None:
            return hit
        code = _NAME_LIKE.search(region.words[k].text) or region.words[k].text.isdigit()
        if not code and region.words[k].text not in {"-", "/"}:
            return None  # only a variant's code ("ViT-L/14") may stand between
    return None


def _heads_model_noun(region: Region, first: int) -> bool:
    """The claim starting at word ``first`` premodifies a model noun ("an open-source model"), not
    another ("an open-source win")."""
    head = _claim_head(region, first)
    return head is not None and head.kind == "model"


def _singular_head(region: Region, first: int) -> bool:
    """The claim premodifies a singular model noun ("Ai2's first open-source model"): the phrase
    describes one name, not a list."""
    head = _claim_head(region, first)
    if head is None or head.kind != "model":
        return False
    noun = _lower(region, head.index)
    return not noun.endswith("s") and noun not in _COLLECTIVE  # "X and Y, Meta's open family"


_COLLECTIVE = frozenset({"collection", "duo", "family", "lineup", "pair", "series", "suite", "trio"})


def _time_adverbial_left(region: Region, j: int, reach: int = 4) -> int:
    """The index before a time adverbial that ends at word ``j`` ("on Saturday", "in April
    2024", "last week", "today"), or -1 when word ``j`` ends none."""
    k = j
    while k >= 0 and j - k < reach and (_lower(region, k) in lx.TIME_WORDS or _lower(region, k).isdigit()):
        k -= 1
        if _lower(region, k) == "," and _lower(region, k + 1).isdigit() and _lower(region, k - 1).isdigit():
            k -= 1  # "on September 4, 2025": the comma inside a date
            reach += 1
    if k == j:
        return -1
    if _lower(region, k) in lx.TIME_OPENERS:
        k -= 1
    # A place before the time: "released X on Hugging Face this week,".
    place = k
    while place > 0 and k - place < 3 and region.words[place].text[:1].isupper():
        if region.mention_at(place):
            break  # the named object itself ("released GPT-4o on Monday,")
        place -= 1
    if place < k and _lower(region, place) in {"on", "via", "through", "to"}:
        k = place - 1
    if region.mention_ending_at(k + 1) is None:
        return -1  # only an adverbial right after the named object ("released X on Monday,")
    return k


def _past_maker_adverbs(region: Region, k: int, stop: int) -> int:
    """The first word from ``k`` (before ``stop``) past the words that may stand between a maker
    and its verb ("has", "quietly", "just": "DeepSeek has quietly published X")."""
    while k < stop and _lower(region, k) in lx.MAKER_ACT_ADVERBS:
        k += 1
    return k


def _maker_of_relative(
    region: Region, mfirst: int, after: int, stop: int, verbs: frozenset[str]
) -> list[Mention] | None:
    """When the name at word ``mfirst`` (its words end before ``after``) is the subject of a
    relative clause whose pronoun is the verb's object ("X, which Mistral has released as ..."):
    what the pronoun stands for (see :func:`_made_relative`, maybe none). None for any other
    shape."""
    if _lower(region, mfirst - 1) not in {"which", "that"}:
        return None
    verb = _past_maker_adverbs(region, after, stop)
    return _made_relative(region, verb) if _lower(region, verb) in verbs else None


def makes_next(region: Region, mention: Mention) -> bool:
    """The name is a maker releasing something ("Mistral has released X", "DeepSeek released
    R1"), not the model a later reference points back to."""
    end = region.word_range(mention.start, mention.end)[1]
    k = _past_maker_adverbs(region, end, end + 3)  # "DeepSeek has quietly published X"
    if _lower(region, k) not in lx.INTRODUCING:
        return False
    # With an object: "Qwen3 launched last week" is the model's own launch.
    after = k + 1
    return region.mention_at(after) is not None or _lower(region, after) in lx.DETERMINERS


_POINTING = frozenset({"the", "this", "these", "those", "both"})


def _definite_start(region: Region, i: int) -> int:
    """The determiner that makes the model noun at word ``i`` point back ("the model", "this
    model", "the new model", "both models", "these two models"), or -1."""
    # Past up to three premodifiers: "the new model", "the 314B-parameter model", "this compact
    # multilingual model" (a claim or a fix's words count as none of them).
    k, seen = i - 1, 0
    while k > 0 and seen < 3 and _lower(region, k) not in _POINTING:
        low = _lower(region, k)
        if k in region.phrase_words or low == "-":
            k -= 1
            continue
        if region.mention_at(k) is not None or not (_plain_word(region, k) or low.isalnum()):
            break
        seen += _lower(region, k + 1) != "-"  # "321-billion-parameter" is one premodifier
        k -= 1
    # (Not after a copula: "X is now the default model" predicates, it does not point back.)
    predicate = lx.COPULAS & {_lower(region, k - 1), _lower(region, k - 2)}
    if (
        _lower(region, k) in _POINTING
        and not predicate
        and not any(region.mention_ending_at(j) for j in range(k + 1, i + 1))
    ):
        return k
    return -1


def _definite(region: Region, i: int) -> bool:
    """The model noun at word ``i`` points back, through a determiner or as a maker's
    description ("Moonshot AI's new MoE is ...", which ``_by_maker`` resolves)."""
    return _definite_start(region, i) != -1 or _maker_of_description(region, i) != ""


def _maker_of_description(region: Region, i: int, reach: int = 3) -> str:
    """The maker's name, lowercased, whose possessive opens the sentence's subject ending in the
    model noun at word ``i``; "" when there is none. The maker is no model's name ("Llama 3's
    tokenizer" is a part of Llama 3, not a description of another model). A claim, or what a fix
    writes in its place, is a premodifier that counts as no word."""
    k, words = i - 1, 0
    while k > 0 and words < reach and _lower(region, k) not in lx.DETERMINERS:
        if k in region.phrase_words:
            k -= 1
            continue
        hyphen = _lower(region, k) == "-"  # "trillion-parameter" is one premodifier
        if not (hyphen or _plain_word(region, k) or _lower(region, k).isalnum()):
            break
        words += not hyphen and _lower(region, k - 1) != "-"
        k -= 1
    if _lower(region, k) != "'s" or any(region.mention_at(j) for j in range(k + 1, i)):
        return ""  # "Meta's Llama 3 model is ...": the model is named
    start, _ = _sentence_bounds(region, i)
    maker = range(start, k)
    if not 0 < len(maker) <= 3 or any(not _proper(region, j) for j in maker):
        return ""
    return " ".join(_lower(region, j) for j in maker)


def _proper(region: Region, j: int) -> bool:
    """Word ``j`` is capitalised and no part of a model's name: a maker's name may be."""
    return region.words[j].text[:1].isupper() and not region.mention_at(j)


def _by_maker(region: Region, first: int, antecedent: Mention | None) -> Mention | None:
    """The antecedent of a description that names a maker ("Moonshot AI's new MoE is ...",
    "Built by Ai2, this open-source model ..."), only when that maker made it: "Gemini 2.5
    shipped. Meta's new model is ..." does not point back. A maker's description with no
    antecedent of that maker's points to the one model of the maker named just before it."""
    start, _ = _sentence_bounds(region, first)
    makers = region.makers.get(antecedent.entry_id, ()) if antecedent is not None else ()
    for k in range(start, min(first + 8, len(region.words))):
        if _lower(region, k) in lx.DEFINITE_MODEL and (maker := _maker_of_description(region, k)):
            # "We moved from Claude 3.5 Haiku to Granite 4.0 Micro. IBM's model is ...": the one
            # model of that maker named just before, however many others stand beside it.
            return antecedent if maker in makers else _owned_before(region, first, start, maker)
    if antecedent is None:
        return None
    for k in range(start, min(first + 8, len(region.words))):
        if _lower(region, k) == "by" and k < first and _proper(region, k + 1):
            # "Built by Ai2, this open-source model ...": the maker named must be the model's.
            end = k + 1
            while end < first and _proper(region, end):
                end += 1
            maker = " ".join(_lower(region, j) for j in range(k + 1, end))
            return antecedent if _made_by(region, antecedent, maker) else None
        if (
            _lower(region, k) in lx.DEFINITE_MODEL
            and _lower(region, k + 1) in {"from", "by"}
            and k + 2 < first
        ):
            # "The 7B model from Mistral is open source": a description with a maker of its own
            # (which may be a family's name too) points back only at that maker's model.
            end = k + 2
            while end < first and region.words[end].text[:1].isupper():
                end += 1
            if end > k + 2:
                maker = " ".join(_lower(region, j) for j in range(k + 2, end))
                return antecedent if _made_by(region, antecedent, maker) else None
    return antecedent


def _possessive_maker(region: Region, first: int, reach: int = 3) -> tuple[str, int]:
    """The maker whose possessive opens the claim's noun phrase ("Google's open-source model",
    "Mistral's new open-source model"), lowercased, and the index of its "'s"; ("", -1) when the
    possessor is none or a model ("Llama 3's open-source release")."""
    k, seen = first - 1, 0
    while k > 0 and seen < reach and _lower(region, k) != "'s":
        if k not in region.phrase_words and _lower(region, k) != "-":
            if not _plain_word(region, k) or _lower(region, k) in lx.DETERMINERS:
                return "", -1
            seen += 1
        k -= 1
    if _lower(region, k) != "'s" or _lower(region, k - 1) in lx.CONTRACTED_SUBJECTS | {
        "here",
        "let",
    }:
        return "", -1  # "It's open source": a copula, no possessive
    hit = region.mention_ending_at(k)
    if hit is not None:
        name = _spelled(hit[0])  # "Mistral's": the family shares its maker's name
        return (name, k) if name in region.makers.get(hit[0].entry_id, ()) else ("", -1)
    j = k - 1
    while j >= max(0, k - 3) and _proper(region, j) and _same_sentence(region, j, k):
        j -= 1
    if _lower(region, j + 1) == "the":
        j += 1  # "The Industry's Fastest Open Source LLM": a title's capitals, not a name
    maker = " ".join(_lower(region, x) for x in range(j + 1, k))
    return ("", -1) if not maker or maker in lx.PLACE_NAMES else (maker, k)


def _made_by(region: Region, mention: Mention, maker: str) -> bool:
    names = region.makers.get(mention.entry_id, ())
    return maker in names or maker.split(" ")[0] in names


def _maker_reference(region: Region, first: int, head: int) -> Mention | None:
    """The model a maker's possessive description points back to: "We replaced GPT-4 with Llama 3.
    Meta's open-source model has held up well." The one model of that maker named before it in
    the sentence or the two before (not "Meta's next open-source model", another one)."""
    if _lower(region, head) not in lx.DEFINITE_MODEL or _lower(region, head).endswith("s"):
        return None
    maker, k = _possessive_maker(region, first)
    between = {_lower(region, j) for j in range(k + 1, first)}
    if not maker or any(w in lx.OTHER_MODEL_WORDS - lx.RECENT or w.endswith("er") for w in between):
        return None
    # "Meta's latest open-source model" after a model just named may be a newer one; under a
    # heading or on a page about one of the maker's models, it is that model ("# Gemma 3" over
    # "A closer look at Google's newest open source model").
    return _makers_model(region, first, k, maker, topic_only=bool(between & lx.RECENT))


def _makers_model(
    region: Region, first: int, before: int, maker: str, *, topic_only: bool = False
) -> Mention | None:
    """The one model of ``maker`` named just before word ``before`` (see :func:`_owned_before`),
    else the section's or page's model when that maker made it ("## Command A" over "Cohere's
    open-source enterprise model is ..."); with ``topic_only``, only the latter."""
    owned = None if topic_only else _owned_before(region, first, before, maker)
    if owned is None:
        topic = region.block_subjects.get(region.words[first].block) or region.subject
        if topic is not None and not topic.possessive and _made_by(region, topic, maker):
            return topic
    return owned


def _makers_models_before(region: Region, first: int) -> Mention | None:
    """The model a plural reference points to through the sentence before, when that sentence
    opens on a maker's description of its models ("IBM's hybrid models use less memory. They
    are ..."): the one model of that maker named before, or the section's."""
    start, _ = _sentence_bounds(region, first)
    if start == 0 or region.words[start - 1].block != region.words[first].block:
        return None
    before, end = _sentence_bounds(region, start - 1)
    for k in range(before, min(before + 7, end)):
        if _plural_model_noun(region, k) and (maker := _maker_of_description(region, k)):
            return _makers_model(region, first, before, maker)
    return None


def _owned_before(region: Region, first: int, before: int, maker: str) -> Mention | None:
    """The one model of ``maker`` named before word ``before``, in the sentence of word ``first``
    or the two before it (same block); None when there are none or several."""
    sentence = region.words[first].sent
    known = [
        m
        for m in region.mentions
        if (at := region.word_range(m.start, m.end)[0]) < before
        and sentence - 2 <= region.words[at].sent
        and region.words[at].block == region.words[first].block
        and not m.possessive
    ]
    owned = [m for m in known if _made_by(region, m, maker)]
    if len({m.entry_id for m in owned}) != 1:
        return None
    return owned[-1]


_CLAUSE_JOINS = frozenset({"although", "and", "as", "because", "but", "since", "so", "though", "while"})


def _plural_in_sentence(region: Region, first: int) -> list[Mention]:
    """The one list of models named earlier in the sentence that a "they" opening a later clause
    of it points back to: "X and Y were banned even though they are open source"."""
    start, _ = _sentence_bounds(region, first)
    they = next(
        (k for k in range(first - 1, max(first - 4, start) - 1, -1) if _lower(region, k) == "they"), -1
    )
    if they == -1 or not all(_lower(region, k) in _PREDICATE_GLUE | {"'re"} for k in range(they + 1, first)):
        return []
    if _lower(region, they - 1) not in _CLAUSE_JOINS and _lower(region, they - 1) != ",":
        return []
    named = [m for m in _mentions_from(region, start, they) if not m.possessive and _names_itself(region, m)]
    if len({m.entry_id for m in named}) < 2:
        return []
    chain = _chain_at(region, region.word_range(named[0].start, named[0].end)[0])
    return chain if {m.start for m in chain} == {m.start for m in named} else []


def _own_noun_after(region: Region, k: int) -> bool:
    """Word ``k``, after a demonstrative, is a noun of its own that names no model ("these
    tokenizers", "those repos"), not a verb or a model noun ("these are", "these models")."""
    low = _lower(region, k)
    return _plain_noun(region, k) and low not in lx.COPULAS and not low.endswith("ly")


def _plural_reference(region: Region, first: int) -> bool:
    """The claim opens its sentence right after a plural determiner: "These open-source models
    ...". (As a subject, "Both are open source", the reference is found as the claim's subject.)"""
    start, _ = _sentence_bounds(region, first)
    return first == start + 1 and _lower(region, start) in lx.PLURAL_REFERENCES - {"they"}


def _plural_subject(region: Region, first: int, reach: int = 4) -> bool:
    """A plural reference is the subject the claim is said of: "They are both open source",
    "Both models are open source"; not "They differ: one is open source"."""
    for k in range(first - 1, region.reach_back(first, reach) - 1, -1):
        if k in region.phrase_tails:
            continue  # a claim or a fix's words read as their first word
        low = _lower(region, k)
        if low in lx.PLURAL_REFERENCES:
            return True
        if not low.isalpha() or low in {"and", "but", "or", "one", "former", "latter", "each", "either"}:
            return False
    return False


def _plural_copula_subject(region: Region, first: int, reach: int = 6) -> bool:
    """A plural reference opens the sentence as the subject of a copula whose predicate holds
    the claim: "These are OpenAI's first open-source models", "All three are open-source
    models", "The two are open source". Only determiners, a maker's possessive and modifiers
    stand between the copula and the claim."""
    start, _ = _sentence_bounds(region, first)
    k = start
    low = _lower(region, k)
    counted = _lower(region, k + 1) in _CARDINALS or _lower(region, k + 1).isdigit()
    if low in {"all", "the"} and counted:
        k += 2  # "All three", "The two"
    elif low in lx.PLURAL_REFERENCES - {"them"}:
        k += 1
    else:
        return False
    k += _lower(region, k) == "all"  # "They all are"
    if _lower(region, k) not in {"are", "were", "'re"}:
        return False
    k += 1 + (_lower(region, k + 1) in {"all", "both"})  # "They are all open-source models"
    if first - k > reach:
        return False
    return all(
        _lower(region, j) not in {",", ";", ":", "(", "—", "–"} and _lower(region, j) not in lx.NEGATIONS
        for j in range(k, first)
    )


def _named_before_colon(region: Region, first: int) -> list[Mention]:
    """The models named before a colon when the clause after it opens with a plural reference as
    the claim's copula subject ("X vs Y: both are open source"); empty otherwise."""
    start, _ = _sentence_bounds(region, first)
    colon = next((k for k in range(first - 1, start, -1) if _lower(region, k) == ":"), -1)
    if colon == -1 or _lower(region, colon + 1) not in {"both", "they", "all"}:
        return []
    k = colon + 1 + (_lower(region, colon + 1) == "all" and _lower(region, colon + 2) in _CARDINALS)
    if _lower(region, k + 1) not in {"are", "were"} or first - k > 6:
        return []
    between = [_lower(region, j) for j in range(k + 2, first) if j not in region.phrase_words]
    if any(not w.isalnum() or w in lx.NEGATIONS or w in lx.PREPOSITIONS for w in between):
        return []  # "X vs Y: both are closed, unlike open-source models"
    return [m for m in _mentions_from(region, start, colon) if not m.possessive and _names_itself(region, m)]


def _plural_antecedent(region: Region, first: int) -> list[Mention]:
    """The models a plural reference points back to: those the sentence before names (two for
    "both"), leaving out makers ("Mistral released ...") and possessors."""
    start, _ = _sentence_bounds(region, first)
    if start == 0:
        return []
    before, _ = _sentence_bounds(region, start - 1)
    named: dict[str, Mention] = {}
    sizes: list[Mention] = []  # "gpt-oss-120b and gpt-oss-20b": one entry, each name a finding
    # A name after a comparison whose subject names no model is a yardstick, not one of the
    # models referred to: "Our new models beat GPT-4o. We open-source the models."
    yardstick = next((k for k in range(before, start) if _lower(region, k) in lx.COMPARISON), start)
    if region.mentions_from(before, yardstick):
        yardstick = start
    for mention in _mentions_from(region, before, start):
        maker = _lower(region, region.word_range(mention.start, mention.end)[1]) in lx.INTRODUCING
        if region.word_range(mention.start, mention.end)[0] > yardstick:
            continue
        if not mention.possessive and not maker:
            named.setdefault(mention.entry_id, mention)
            if mention.text != named[mention.entry_id].text:
                sizes.append(mention)
    both = any(_lower(region, k) == "both" for k in range(start, first))
    group = sorted([*named.values(), *sizes], key=lambda m: m.start)
    colon = next((k for k in range(start - 1, before, -1) if _lower(region, k) == ":"), -1)
    if colon != -1 and len(after := [m for m in group if m.start > region.words[colon].start]) >= 2:
        # "X vs Y: in our tests X 8B beat Y 7B. Both are ...": the clause after a title's colon
        # names what the reference points back to.
        group = after
        named = {m.entry_id: m for m in after}
    if both:
        return group if len(group) == 2 else []  # "X 8B and X 70B. Both are ..." too
    if len(named) == 1:
        # "Gemma 2 comes in three sizes. All of them are open source.": the sizes, variants or
        # versions of the one model named.
        parts = {"sizes", "variants", "versions", "checkpoints", "models", "flavors", "flavours"}
        parted = len(group) >= 2 or any(_lower(region, k) in parts for k in range(before, start))
        return group if parted else []  # or two sizes named: "X-120b and X-20b. They are ..."
    return group if len(named) >= 2 else []


def _verb_between(region: Region, start: int, end: int) -> bool:
    """A word in ``start:end`` that reads as a verb: a known one, or a lower-case -s/-ed form that
    is no determiner or link word ("leaves", "makes", "outperformed")."""
    for k in range(start, end):
        low = _lower(region, k)
        if low in lx.COPULAS or low in lx.DETERMINERS or low in lx.LINK_PUNCT or not low.isalpha():
            continue
        if region.words[k].text[:1].isupper():
            continue  # a name, or a Title Case line run into the sentence ("Why It Matters")
        # The "weights" of "open weights" is no verb, as the adjective a fix writes in the claim's
        # place ("proprietary") is none; a verb claim ("open-sourced") is one.
        if (
            low in lx.BREAKERS or low in lx.MAKE_VERBS or low in lx.CLAUSE_VERBS or low.endswith(("s", "ed"))
        ) and not _in_claim(region, k, verb=False):
            return True
    return False


def _in_claim(region: Region, k: int, *, verb: bool = True) -> bool:
    """Word ``k`` is part of a claim ("weights" of "open weights"), not a word of the sentence's own;
    ``verb=False``: of a claim that is no verb."""
    at = region.words[k].start
    return any(c.start <= at < c.end and (verb or c.role != "verb") for c in region.claims)


def _words_between(region: Region, start: int, end: int) -> int:
    """How many words lie in ``start:end``, a hyphenated word counting once ("open-source-ish"
    and "source-available-ish" alike) and so does a claim or what a fix writes ("open source"
    and its fix "source-available"): a fix must not change what a later "it" refers to."""
    n = 0
    for k in range(start, end):
        word = region.words[k]
        joined = k > start and region.words[k - 1].text == "-" and region.words[k - 1].end == word.start
        if word.text != "-" and not joined and k not in region.phrase_tails:
            n += 1
    return n


def _coordinated(region: Region, last: int) -> bool:
    """Another name is joined to the mention ending before word ``last``: "Llama 3 and GPT-4o",
    also past an aside in brackets ("Llama 3 (source-available) and GPT-4o", as a list fix writes)."""
    k = last
    if _lower(region, k) == "(":
        close = (j for j in range(k + 1, min(k + 12, len(region.words))) if region.words[j].text == ")")
        k = next(close, k - 1) + 1
    link = k
    if _lower(region, k) == ",":
        k += 1
    if _lower(region, k) in {"and", "or", "&", "/"}:
        k += 1
    return k > link and region.mention_at(k) is not None


def opens_list(region: Region, i: int) -> bool:
    """Word ``i`` opens a list of names, read as a claim before it reads its list: "Llama 3 and
    GPT-4o", "Llama 3, Phi-4, ...", the same with the statuses a list fix writes in brackets
    ("Llama 3 (source-available) and GPT-4o (proprietary)"). One model's names ("Qwen3, aka
    Qwen3-2504") are one model."""
    return len({m.entry_id for m in _joined_list(region, list_after(region, i))}) > 1


# Participles that present what a release brings: "..., introducing a new family of ... models".
_BRINGING_IN = frozenset({"introducing", "unveiling", "debuting", "launching", "bringing", "adding"})


# Words of a class's examples before a name: "models like X", "LLMs such as X".
_EXAMPLE_LEAD = frozenset(
    {"like", "such", "as", "the", "some", "many", "most", "other", "open", "-", "weight"}
)


# Comparison verbs in their other forms: a name after one is what the subject is measured by.
_OUTDOING = frozenset(
    {"beating", "exceeded", "exceeding", "exceeds", "outperformed", "outperforming", "surpass", "surpassed"}
    | {"surpasses", "surpassing", "outclasses", "outclassing", "outscores", "outscoring"}
)


def _yardstick(region: Region, start: int, at: int) -> bool:
    """The name at word ``at`` follows a comparison in its clause (from ``start``): "beats X",
    "surpasses models such as X", "faster than X". It is what the subject is measured by."""
    return any(_lower(region, k) in lx.COMPARISON | _OUTDOING for k in range(start, at))


def _nearest_before(region: Region, i: int) -> Mention | None:
    """The last model named before word ``i`` in its sentence (not a possessive)."""
    sent = region.words[i].sent
    j = i - 1
    while j >= 0 and region.words[j].sent == sent:
        hit = region.mention_ending_at(j + 1)
        if hit is not None and not hit[0].possessive:
            return hit[0]
        j -= 1
    return None


def _antecedent(region: Region, first: int) -> Mention | None:
    """What "it" / "the model" at word ``first`` refers to: the first model named in the nearest
    earlier sentence of the region, else the block's or the document's subject."""
    words = region.words
    sent = words[first].sent
    block = words[first].block
    subject = region.block_subjects.get(block)
    if subject is not None and not makes_next(region, subject):
        # "DeepSeek remains the wildcard. Its R1 model competes with o3. It is open source.": a
        # paragraph opening on a maker's name (a family's too) goes on to one of its models.
        made = [
            m
            for m in region.mentions
            if words[region.word_range(m.start, m.end)[0]].sent == sent - 1
            and words[region.word_range(m.start, m.end)[0]].block == block
            and not m.possessive
            and subject.text.lower() in region.makers.get(m.entry_id, ())
        ]
        return made[0] if made and made[0].start > subject.start else subject
    start, _ = _sentence_bounds(region, first)
    semicolon = max((k for k in range(start, first) if _lower(region, k) == ";"), default=-1)
    hit = region.mention_at(start) if semicolon != -1 else None
    # Not "Qwen3 and GPT-4o launched; it ...": which one is not said.
    opener = hit[0] if hit is not None and hit[1] <= semicolon and not _coordinated(region, hit[1]) else None
    if opener is not None and _names_itself(region, opener) and not makes_next(region, opener):
        return opener  # "Qwen3 launched last week; the open-source family spans ..."
    for s in range(sent - 1, max(sent - 3, -1), -1):
        # Only a name in subject position, or one just introduced ("released Grok-1",
        # "a model named Llama 3.1 405B"), is what a later "it" points back to. A name that
        # releases something ("DeepSeek released R1") is its maker, not the model.
        found = [
            (m, r[0])
            for m in region.mentions
            if (r := region.word_range(m.start, m.end))[0] < len(words)
            and words[r[0]].sent == s
            and not m.possessive
            and not makes_next(region, m)
            # "# Phi-4 Python SDK", "The Mixtral 8x7B Docker image": the name qualifies the topic
            and not _is_modifier_use(region, r[1])
        ]
        if found:
            mention, first_word = found[0]
            sentence_start = next(i for i, w in enumerate(words) if w.sent == s)
            # "Engineering log: we swapped to X.": a label before a colon opens no clause.
            sentence_start = min(_after_label(region, first_word)[0], first_word)
            named = {m.entry_id for m, _ in found if _names_itself(region, m)}
            introduced = _lower(region, first_word - 1) in lx.INTRODUCING
            if len(named) > 1 and not introduced and _words_between(region, sentence_start, first_word) > 0:
                # "We switched from GPT-4o to Qwen3. It is ...": the model switched to; "I compared
                # GPT-4 and OLMo 2. It is ...": which one is not said.
                sentence_end = _sentence_bounds(region, first_word)[1]
                swapped = [m for m, _ in found if _names_itself(region, m)]
                return _swap_target(region, sentence_start, sentence_end, swapped) if swapped else None
            after_fronted = _lower(region, first_word - 1) == "," and not any(
                region.mention_at(k) for k in range(sentence_start, first_word)
            )  # "Trained on 14.8T tokens, DeepSeek-V3 underwent ..."
            # "I switched our pipeline to X last month. It is ...": "it" is no person, so the one
            # model a sentence about the writer names is what it stands for.
            # (After a fronted phrase too: "For this walkthrough I'm using X.")
            personal = len(named) == 1 and (
                _lower(region, sentence_start) in {"i", "we"}
                or _fronted_then_personal(region, sentence_start, first_word)
                or _addressed(region, sentence_start, first_word)
            )
            if (
                _words_between(region, sentence_start, first_word) <= 5
                or _release_subject(region, sentence_start, first_word + 1) == first_word
                or after_fronted
                or personal
                or _lower(region, first_word - 1) in lx.INTRODUCING
                or (len(named) == 1 and _closes_on_name(region, mention))
            ):
                # "We compared Llama 3 and GPT-4o. The model is ...": which one is not said.
                return (
                    None
                    if _coordinated(region, region.word_range(mention.start, mention.end)[1])
                    else mention
                )
            return None
    return region.subject


def _release_subject(region: Region, start: int, limit: int) -> int:
    """Where the subject of the sentence starting at word ``start`` names its model: past "The"
    and a maker's possessive, or past a release noun standing for the model ("Google's March
    2025 release of Gemma 3 ...", "Mistral's newest release of its Mixtral checkpoints ...")."""
    k = start
    while k < limit and (
        _lower(region, k) in lx.DETERMINERS
        or (_proper(region, k) and _lower(region, k + 1) == "'s")
        or _lower(region, k) == "'s"
    ):
        k += 1  # "The", "Meta's"
    j = k
    while j < min(k + 4, limit) and (_plain_word(region, j) or _lower(region, j).isdigit()):
        if _lower(region, j) in lx.RELEASE_NOUNS and _lower(region, j + 1) == "of":
            named = j + 2 + (_lower(region, j + 2) in {"its", "their", "the"})
            if region.mention_at(named):
                return named
        j += 1
    return k


def _closes_on_name(region: Region, mention: Mention) -> bool:
    """The sentence ends on the name as what it identifies or brings in: "One of the biggest
    releases is Moonshot AI's Kimi K2.", "... with its March release of Mistral Small 3.1." The
    name is the news, and what the next sentence says of "it" or "this model" is said of it
    (not "Our model beats X.", where the name is only compared)."""
    first, end = region.word_range(mention.start, mention.end)
    if _lower(region, end) not in {".", "!"}:
        return False
    k = first - 1
    if _lower(region, k) == "'s":  # past the maker: "Moonshot AI's Kimi K2"
        k -= 1
        while k > 0 and _proper(region, k) and _lower(region, k - 1) not in lx.COPULAS | {"of"}:
            k -= 1
        k -= 1
    # (A colon or dash brings the name in as well: "one model has emerged as the standout: X.")
    return _lower(region, k) in lx.COPULAS | {"of", ":", "—", "–"} and _same_sentence(region, k, first)


def _made_relative(region: Region, verb: int, reach: int = 4) -> list[Mention]:
    """The antecedent of "which"/"that" when it is the object of the make verb at word ``verb``:
    "Kimi K2.5, which Moonshot has made open source", "its new X model, which it made open"."""
    for k in range(verb - 1, max(verb - 1 - reach, -1), -1):
        low = _lower(region, k)
        if low in {"which", "that"}:
            if k + 1 == verb:
                return []  # "which made X open source": the pronoun is the subject
            j = k - 1 - (_lower(region, k - 1) == ",")
            hit = region.mention_ending_at(j + 1)
            if hit is not None:
                return [] if hit[0].possessive else [hit[0]]
            return _names_before(region, j) if _lower(region, j) in lx.MODEL_NOUNS else []
        if not low.isalpha() or low in lx.BREAKERS:
            return []
    return []


def _fronted_then_personal(region: Region, start: int, end: int, reach: int = 8) -> bool:
    """The sentence opens on a short prepositional phrase, then "I" or "we" ("For this
    walkthrough I'm using X", "In production we run X")."""
    if _lower(region, start) not in lx.PREPOSITIONS:
        return False
    for k in range(start + 1, min(end, start + reach + 1)):
        if _lower(region, k) in {"i", "we"}:
            return True
        if _lower(region, k) == "," and _lower(region, k + 1) in {"i", "we"}:
            return True  # "For image generation in the app, we rely on X": a longer phrase, closed
        if not _plain_word(region, k) and _lower(region, k) not in lx.DETERMINERS | lx.PREPOSITIONS:
            return False
    return False


def _addressed(region: Region, start: int, end: int) -> bool:
    """The clause that names a model at word ``end`` speaks to the reader: it opens with "you" or
    with an imperative that puts the model to use ("Try X", "If you have the memory, swap in
    X"), at the sentence's start or after a fronted clause's comma. As with "I" and "we", no
    thing but the model is left for a later "it", unless another name stands in the clause
    ("Install Ollama and pull X": "it" may be the tool)."""
    k = start
    if _lower(region, k) in lx.FRONTING:
        k = next((j + 1 for j in range(k + 1, end) if _lower(region, j) == ","), end)
    if k >= end or (_lower(region, k) != "you" and _lower(region, k) not in lx.USING_IMPERATIVES):
        return False
    named = {j for m in region.mentions_from(k, end) for j in range(*region.word_range(m.start, m.end))}
    return not any(region.words[j].text[:1].isupper() and j not in named for j in range(k + 1, end))


def _only_model_before(region: Region, first: int, *, pronouns: bool = True) -> Mention | None:
    """The one model of the sentence before, wherever it stands in it, when "it" is said to be a
    model ("... excited about Llama 3.3. It's the same open-source model"): a predicate that
    names a model leaves no other thing for "it" to be. Two models named leave it unclear."""
    sentence_start, _ = _sentence_bounds(region, first)
    if sentence_start == 0 or region.words[sentence_start - 1].block != region.words[first].block:
        return None
    start, end = _sentence_bounds(region, sentence_start - 1)
    named = _mentions_from(region, start, end)
    if len({m.entry_id for m in named}) != 1 or named[0].possessive:
        return None
    if not pronouns and any(_lower(region, k) in {"it", "they", "them"} for k in range(start, end)):
        return None
    # "The team trained a new model on X outputs. It is ...": "it" may be that other model (not
    # "a model card", "the model weights": the noun qualifies another).
    if any(
        _lower(region, k) in lx.MODEL_NOUNS
        and k not in region.phrase_words
        and _lower(region, k + 1) not in lx.SOFTWARE_NOUNS | _OF_A_MODEL
        and not (_lower(region, k + 1) == "of" and region.mention_at(k + 2))  # "the weights of X"
        for k in range(start, end)
    ):
        return None
    return named[0]


_OF_A_MODEL = frozenset({"card", "cards", "page", "pages", "file", "files", "size", "sizes", "name", "names"})


# --- clause structure: sentence bounds, fronted adverbials, titles ---------------------------


def _sentence_bounds(region: Region, i: int) -> tuple[int, int]:
    """The first word of word ``i``'s sentence and the index just past its last word."""
    spans = region._sentence_spans
    if spans is None:
        # Built once per region: the rules ask this a dozen times per claim.
        spans = []
        words = region.words
        start = 0
        for k in range(1, len(words) + 1):
            if k == len(words) or words[k].sent != words[start].sent:
                spans.extend([(start, k)] * (k - start))
                start = k
        region._sentence_spans = spans
    return spans[i]


_PHRASE_OPENERS = frozenset({"(", '"', "“", "'", "‘", ";", "—", "–"})


def _fronted_comma(region: Region, i: int) -> int:
    """The comma closing a fronted adverbial that opens word ``i``'s sentence ("While GPT-4
    leads, ...", "Unlike Claude, ...", "Despite X, ..."), or -1 when the sentence opens otherwise."""
    start, end = _sentence_bounds(region, i)
    # The phrase may open the sentence or a bracket, quote or clause inside it ('("Unlike X, ...')
    openers = [k + 1 for k in range(start, min(i, end)) if region.words[k].text in _PHRASE_OPENERS]
    start = next((k for k in reversed([start, *openers]) if _lower(region, k) in lx.FRONTING), -1)
    if start == -1:
        return -1
    words = region.words
    if start + 1 < len(words) and words[start].text.isupper() and words[start + 1].text.isupper():
        return -1  # "FOR IMMEDIATE RELEASE — Acme ...": a kicker in capitals, not a phrase
    depth = 0
    preposition = _lower(region, start) in lx.PREPOSITIONAL_FRONTING
    for k in range(start + 1, end):
        low = region.words[k].lower
        depth += (low == "(") - (low == ")")
        if low == "," and depth <= 0:
            return k
        if low in {":", ";"} and depth <= 0:
            return -1  # "After: a router sends X, ...": a label, or a clause ended, not a phrase
        if preposition and depth <= 0 and low in lx.PERSONAL_PRONOUNS:
            return -1  # "For our experiments we use X, ...": the main clause began without a comma
    return -1


def _across_fronted(region: Region, i: int, j: int) -> bool:
    """Words ``i`` < ``j`` lie on either side of the comma that closes a fronted adverbial."""
    comma = _fronted_comma(region, j)
    return comma != -1 and i < comma < j


_WH_WORDS = frozenset({"why", "how", "what", "who", "where", "when"})
_ASKERS = frozenset({"anyone", "anybody", "someone", "somebody"})  # forum questions drop "has"/"does"
# Subjects that open a question of their own after "and"/"but" (", and nobody uses it??").
_QUESTION_SUBJECTS = _ASKERS | _WH_WORDS | {"nobody", "everyone", "everybody", "people", "no"}


def _participle_before_name(region: Region, first: int, last: int) -> bool:
    """The claim is a participle between a determiner and the name it describes ("the
    open-sourced X", "the newly open-sourced X"): a description, which a question about something
    else presupposes."""
    k = first - 1
    while k > 0 and _lower(region, k).endswith("ly") and _lower(region, k).isalpha():
        k -= 1
    return _lower(region, k) in lx.DETERMINERS and region.mention_at(last) is not None


def _is_question(region: Region, first: int, last: int) -> bool:
    """The claim's sentence asks ("... open source?") or embeds a question ("Whether X is open
    source ... has been debated")."""
    start, end = _sentence_bounds(region, first)
    mark = region.words[end - 1].text
    if "?" in mark and not mark.strip("?!"):  # "?", and a forum's "??" or "?!"
        if _presupposed(region, start, first, end):
            return False
        # A tag question asserts: "Llama 2 is open source, right?"
        # (A headline's colon or dash parts a statement from its question as a comma does: "X
        # goes open source: is it time to switch?")
        comma = max(
            (k for k in range(first, end) if region.words[k].text in {",", ":", "—", "–"}), default=-1
        )
        tag = " ".join(w.lower for w in region.words[comma + 1 : end - 1]) if comma != -1 else ""
        # "X is open source and has a 10M context, why is nobody talking about it?": a
        # statement, then a question of its own after the comma.
        # So with a question that opens on its own asker or auxiliary: "just found out X is open
        # source, anyone tried the 10b?", "X is open source, has anyone run it on a Mac?".
        wh = _WH_WORDS
        opener = _lower(region, start)
        after = _lower(region, comma + 1)
        # "X is open source, and nobody is talking about it??": a clause of its own that asks
        then = _lower(region, comma + 2)
        coordinated = after in {"and", "but", "so"} and (
            then in _QUESTION_SUBJECTS or then in lx.AUXILIARIES | {"is", "are", "has", "have"}
        )
        # (after a colon or dash "is" opens one too: ": is it time to switch?")
        colon = comma != -1 and region.words[comma].text != ","
        asks = lx.AUXILIARIES | {"has", "have"} | ({"is", "are", "was", "were"} if colon else set())
        auxiliary = after in asks and end - 1 - (comma + 1) >= 3
        asked_after = comma >= last and (after in wh | _ASKERS or auxiliary or coordinated)
        if asked_after and opener not in wh and opener not in lx.CLAUSE_VERBS:
            return False
        return tag not in lx.QUESTION_TAGS
    return any(region.words[k].lower == "whether" for k in range(start, first))


def _presupposed(region: Region, start: int, first: int, end: int) -> bool:
    """A question that takes the claim as given: it stands in a clause of reason or time before
    the question ("Since X is open source, can I ...?", "Now that xAI open-sourced Grok-1, will
    ...?"), or the question asks why or whether one knew it ("Why did Meta make X open source?",
    "Did you know X is open source?"). Not one that asks about what others call it ("Why is X
    called open source?")."""
    words = [region.words[k].lower for k in range(start, end)]
    at = first - start
    comma = words.index(",") if "," in words else -1
    reason = words[:1] in (["since"], ["because"], ["given"]) or words[:2] == ["now", "that"]
    if reason and at < comma:
        return True
    if any(
        w in lx.NAMING_VERBS
        or w in lx.CALLING_VERBS  # "Why does everyone call X open source?"
        or w in lx.LABELLED_PARTICIPLES  # "Why is X listed as open source on the leaderboard?"
        or w in lx.PRESENTING_VERBS
        or w in {"really", "actually", "truly"}
        for w in words
    ):
        return False
    if words[:1] == ["why"] and not set(words) & lx.NEGATIONS:
        return True
    return words[:3] in (["did", "you", "know"], ["do", "you", "know"])


def _chain_at(region: Region, i: int) -> list[Mention]:
    """The mentions coordinated with the one starting at word ``i`` ("Llama 3 and Mixtral")."""
    hit = region.mention_at(i)
    if hit is None:
        return []
    return list_after(region, i) or [hit[0]]


def _topic(region: Region, first: int) -> list[Mention]:
    """A title's topic: "Falcon 40B: the largest open-source model", "Codestral — Mistral's
    open-source coding model". The name before the separator is what the rest of the line says
    things of, unless the rest names a model of its own or compares."""
    words = region.words
    start, _ = _sentence_bounds(region, first)
    sep = next((k for k in range(start, first) if words[k].lower in lx.TOPIC_SEPARATORS), -1)
    if sep == -1 or region.count(start, sep) > 12:  # a claim, or what a fix writes, counts as none
        return []
    between = range(sep + 1, first)
    if any(region.mention_at(k) for k in between) or any(words[k].lower in lx.COMPARISON for k in between):
        return []
    head = range(start, sep)
    if any(words[k].lower in lx.COMPARISON for k in head):
        if _lower(region, sep + 1) in {"which", "what"} and words[first].sent == words[sep + 1].sent:
            # "Gemma 3 vs Llama 3.2: which small open-source model should you pick?": the choice
            # is between members of the class.
            hits = [region.mention_at(k) for k in head]
            named = [hit[0] for hit in hits if hit is not None and not hit[0].possessive]
            return list({m.entry_id: m for m in named}.values())
        return []  # "Llama 3 vs GPT-4: ..." is about neither alone
    for k in head:
        hit = region.mention_at(k)
        if hit is not None and not hit[0].possessive and hit[1] <= sep:
            if any(_lower(region, j) in _WH_WORDS | {"i", "we", "you"} for j in range(start, k)):
                return []  # "How I run a private ChatGPT at home: ...": a clause, not a name's title
            if _lower(region, k - 1) in _OF_ANOTHER:
                return []  # "Meta, the lab behind Llama 3 — ...": the title is the lab's
            chain = _chain_at(region, k)
            last = region.word_range(chain[-1].start, chain[-1].end)[1]
            # The names must make the topic: only a developer, "by X" or a short tail may follow.
            return chain if region.count(last, sep) <= 3 else []
    return []


_SIZE = re.compile(r"^\d+(?:\.\d+)?[bmkt]$|^\d+x\d+b$", re.IGNORECASE)


def _names_before(region: Region, first: int) -> list[Mention]:
    """Names that directly precede the claim and its model noun: "Google's Gemma 2 open-source
    vision model", "the Qwen2.5 72B and 7B open source models" (sizes standing for more names)."""
    first = j = _before_statuses(region, first)
    steps = 0
    while (
        steps < 4
        and j > 0
        and (
            (_SIZE.match(region.words[j - 1].text) and region.mention_ending_at(j) is None)
            or region.words[j - 1].lower in {"and", ",", "&", "/"}
        )
    ):
        j -= 1
        steps += 1
    hit = region.mention_ending_at(j)
    if hit is None or hit[0].possessive or _lower(region, hit[1] - 1) in lx.COMPARISON:
        return []
    if not _same_sentence(region, j - 1, first):
        return []  # a headline ending in a name above a paragraph opening with the claim
    if j != first and not any(_SIZE.match(region.words[k].text) for k in range(j, first)):
        return []
    return _chain_left(region, hit[0], hit[1], needs_and=False)


def _before_statuses(region: Region, j: int) -> int:
    """Word ``j``, or where the words before it end past other claims, what fixes write and a
    status in brackets after a name ("Claude (proprietary)", as a list fix writes): a name is as
    near to a claim with them as without them."""
    while j > 0:
        if j - 1 in region.phrase_words:
            j -= 1
            continue
        k = j - 2
        while k >= 0 and k in region.phrase_words:
            k -= 1
        bracketed = k < j - 2 and region.words[j - 1].text == ")" and region.words[k].text == "("
        if bracketed and region.mention_ending_at(k) is not None:
            j = k
            continue
        break
    return j


def _size_word(region: Region, k: int) -> bool:
    """A size ("70B", "8x7B") or a capitalised tier ("Large", "Flash", "Sonnet") that stands for
    another model of the name before it: "Llama 3 8B and 70B", "Jamba 1.5 Mini and Large"."""
    word = region.words[k]
    return bool(_SIZE.match(word.text)) or (word.text[:1].isupper() and word.lower in lx.TIER_WORDS)


def _sizes_after_name(region: Region, i: int) -> int:
    """The last word of the name that the sizes ending at word ``i`` follow ("Llama 3 8B and 70B",
    "Falcon 7B/40B"), or -1."""
    # Past other claims, what fixes write and a status in brackets after a name ("Llama 3 8B
    # (source-available) and 70B", as a list fix writes), which count as no word.
    k = _before_statuses(region, i) - 1
    while k >= 0 and region.count(k, i) <= 6:
        hit = region.mention_ending_at(k + 1)
        if hit is not None:
            return -1 if hit[0].possessive else k
        if not (_size_word(region, k) or region.words[k].lower in {"and", ",", "/", "&"}):
            return -1
        k = _before_statuses(region, k) - 1
    return -1


def _quality_had(region: Region, first: int, head: int) -> list[Mention]:
    """Whose quality the claim's noun is when no possessive says so: the name after a fronted
    "With" phrase ("With fast inference and open-source accessibility, X is ...") or the subject
    of a verb of having ("X combines low latency and open-source accessibility", "X, a 24B model
    that offers open-source flexibility"). Only plain words, "and" and commas stand between."""
    start, _ = _sentence_bounds(region, first)
    k = first - 1
    while (
        k > start
        and _lower(region, k) not in lx.HAVING_VERBS
        and (_plain_word(region, k) or _lower(region, k) in lx.DETERMINERS | {",", "and", "-"})
        and region.mention_at(k) is None
        and first - k <= 8
    ):
        k -= 1
    if k == start and _lower(region, k) == "with" and _lower(region, head + 1) == ",":
        hit = region.mention_at(head + 2)
        if hit is None or hit[0].possessive or makes_next(region, hit[0]):
            return []
        return _chain_at(region, head + 2)
    if _lower(region, k) not in lx.HAVING_VERBS:
        return []
    if (hit := region.mention_ending_at(k)) is not None:
        return [] if hit[0].possessive or _is_modifier_use(region, k) else [hit[0]]
    if _lower(region, k - 1) in {"that", "which"} and (named := _apposed_name(region, k - 2)):
        return [named]
    return []


# Words before "with" that pair two names rather than give one a role: "X competes with Y as ...".
_PAIRING = frozenset({"compete", "competes", "competed", "competing", "compares", "along", "together"})


def _clause_subject_before(region: Region, k: int) -> list[Mention]:
    """The name a secondary predicate at word ``k`` ("as an open-source model", "under an
    open-source license") is said of: the nearest model named before it in its clause, not a
    yardstick ("than X"), a possessor or a name inside a fronted adverbial."""
    words = region.words
    start, _ = _sentence_bounds(region, k)
    j = k - 1
    while j >= start:
        if words[j].lower in {";"}:
            return []
        if words[j].lower in {"its", "their"}:
            # "X extends the Y family, cementing its place as the leading open-source model": the
            # possessor of "its place" is the one said to be; it is the name the sentence opens
            # with, not the nearest object.
            hit = region.mention_at(start)
            return [hit[0]] if hit is not None and _names_itself(region, hit[0]) else []
        if words[j].lower in lx.RELEASE_VERBS and j + 1 < k and region.mention_at(j + 1) is None:
            # "fine-tuned X and released the result as an open-source assistant": the verb's own
            # object, no name, is what is released ("released it as ..." still points back).
            released = [w.lower for w in words[j + 1 : k]]
            plain = lx.PRONOUNS | lx.DETERMINERS | lx.DEFINITE_MODEL | lx.AFTER_PASSIVE
            passive = released[0] in lx.AFTER_PASSIVE | lx.PREPOSITIONS  # "released under MIT as"
            if not passive and any(w.isalpha() and w not in plain for w in released):
                return []  # (not "released the model as", "released it last week as")
        hit = region.mention_ending_at(j + 1)
        if hit is not None:
            mention, mfirst = hit
            if mention.possessive:
                # "Llama 3's release as open source": what a release noun's possessor is released
                # as, it is said to be.
                if _lower(region, j + 2) in lx.RELEASE_NOUNS and j + 3 == k:
                    return [mention]
                return []  # "Mistral's positioning as an open-source counterweight": the noun's
            if _is_modifier_use(region, j + 1) or _derived_from(region, mfirst) or _base_of(region, mfirst):
                j = mfirst - 1
                continue
            chain = _chain_left(region, mention, mfirst)
            chain_first = region.word_range(chain[0].start, chain[0].end)[0] if chain else mfirst
            pairing = _lower(region, chain_first - 2) in lx.COMPARISON | _PAIRING  # "competes with"
            if _lower(region, chain_first - 1) == "with" and j + 1 == k and not pairing:
                # "replaced GPT-4o with Qwen3 as our open-source backbone", "a bot with X as its
                # open-source engine": "with Y as Z" makes Y the Z
                return chain
            if _lower(region, chain_first - 1) in lx.OBJECT_PREPOSITIONS - {"for"}:
                # "X lands close to GPT-4 and Gemini on MMLU and ships as an open-weight
                # model": a preposition's object is no subject
                j = chain_first - 1
                continue
            if _after_by(region, mfirst) and _maker_named_earlier(region, mention, start, mfirst):
                j = mfirst - 1  # "X, released in January by DeepSeek, is ... as ...": the maker
                continue
            if _lower(region, mfirst - 1) in lx.COMPARISON or _across_fronted(region, j, k):
                return []
            # "Mixtral 8x7B, which Mistral (has) released as open source": the relative pronoun
            # is the object, the name its maker (no model when the antecedent is none)
            if (made := _maker_of_relative(region, mfirst, j + 1, k, lx.RELEASE_VERBS)) is not None:
                return made
            if makes_next(region, mention):
                return []  # "Mistral has released a model ... as open source": the maker
            return _chain_left(region, mention, mfirst)
        j -= 1
    return []


def _after_by(region: Region, first: int, reach: int = 4) -> bool:
    """The name at word ``first`` follows "by" or "from" past a few words that describe it ("by
    Chinese AI startup DeepSeek")."""
    for k in range(first - 1, max(first - 2 - reach, -1), -1):
        if _lower(region, k) in {"by", "from"}:
            return True
        if not _plain_word(region, k) and not region.words[k].text[:1].isupper():
            return False
    return False


def _maker_named_earlier(region: Region, mention: Mention, start: int, at: int) -> bool:
    """``mention`` (after "by" or "from") is the maker of a model named earlier in its sentence:
    a family that shares the maker's name ("DeepSeek R1, released by DeepSeek, ...")."""
    name = _spelled(mention)
    return any(name in region.makers.get(m.entry_id, ()) for m in _mentions_from(region, start, at))


def _purpose_of(region: Region, first: int, reach: int = 14) -> list[Mention]:
    """The model whose aim the claim's noun phrase states: "The goal of X is to offer an
    open-source alternative", "X's mission was to be the best open-source LLM"."""
    start, _ = _sentence_bounds(region, first)
    for j in range(first - 1, max(start, region.reach_back(first, reach)) - 1, -1):
        if j in region.phrase_tails:
            continue  # a claim or a fix's words read as their first word
        low = _lower(region, j)
        breaks = low in lx.BREAKERS and low != "to" and not _in_compound(region, j)  # not "state-of-the-art"
        if breaks or region.mention_at(j) is not None:
            return []
        if low != "to":
            continue
        if _lower(region, j - 1) not in {"is", "was"} or j + 1 >= first:
            return []  # "to offer a paid alternative to open-source models": the claim is another's
        if _lower(region, j + 1) not in lx.OFFER_VERBS:
            return []  # "The goal of X is to beat open-source models": the claim is another's
        noun = j - 2
        if _lower(region, noun - 1) == "'s" and _lower(region, noun) in lx.PURPOSE_NOUNS:
            hit = region.mention_ending_at(noun - 1)
            return [hit[0]] if hit is not None else []
        hit = region.mention_ending_at(noun + 1)
        if hit is None or _lower(region, hit[1] - 1) != "of":
            return []
        if _lower(region, hit[1] - 2) in lx.PURPOSE_NOUNS and not hit[0].possessive:
            return [hit[0]]
        return []
    return []


def _only_degree(region: Region, start: int, end: int, *, partitive: bool = False) -> bool:
    """Words ``start`` to ``end`` only grade the noun phrase that follows ("the currently
    strongest", "the most downloaded", with ``partitive`` also "a family of"); a noun among them
    heads a phrase of its own ("the benchmark open-source models chase")."""
    for k in range(start, end):
        low = _lower(region, k)
        if k == end - 1 and partitive and _lower(region, k - 1) == "of" and _plain_word(region, k):
            continue  # "a family of small open-source models": an adjective after the partitive
        graded = _lower(region, k - 1) in {"most", "more"}
        of = partitive and (low == "of" or (low in lx.TRANSPARENT_OF and _lower(region, k + 1) == "of"))
        grading = low in lx.DETERMINERS or low in lx.DEGREE_GRADES or low.endswith(("est", "ly"))
        possessor = low == "'s" or _lower(region, k + 1) == "'s"  # "Google's most capable"
        if not (grading or possessor or graded or of):
            return False
    return True


def _indefinite_modifiers(region: Region, start: int, end: int) -> bool:
    """Words ``start`` to ``end`` open an indefinite noun phrase with a few modifiers: "a
    20-billion-parameter", "an experimental", "a small multilingual"."""
    if _lower(region, start) not in {"a", "an"} or end - start > 8:
        return False
    rest = range(start + 1, end)
    return all(
        _lower(region, k) == "-" or _lower(region, k).isdigit() or _plain_word(region, k) for k in rest
    )


def _result_of(region: Region, k: int) -> list[Mention]:
    """What a comma clause opened by a result participle at word ``k`` is said of. "X topped the
    chart, becoming the best open-source model": the main clause's subject (or what its "it"
    stands for). "We trained X on 15T tokens, producing the strongest open-source model": the
    one model the main clause names; with two ("X beat Y, producing ...") it is not clear which."""
    start, end = _sentence_bounds(region, k)
    other_product = {"into", "from", "distilled", "arguably", "perhaps", "maybe", "if"}
    if any(_lower(region, j) in other_product for j in range(start, end)):
        return []  # "We distilled GPT-4 into a student, producing ...": the product is another model
    if _lower(region, k) == "becoming":
        at = start
        comma = next((j for j in range(start, min(start + 16, k - 1)) if _lower(region, j) == ","), -1)
        opening = _lower(region, start)
        # (or a participle phrase: "Published under the MIT license, it led ...")
        participle = opening.endswith("ed") and region.mention_at(start) is None
        fronted = opening in lx.PREPOSITIONS or opening in lx.FRONTING or participle
        if comma != -1 and fronted and (participle or not _mentions_from(region, start, comma)):
            at = comma + 1  # "In 2023, Falcon 40B topped ...", "After a long wait, it ..."
        while _lower(region, at) in lx.DETERMINERS:
            at += 1
        if _lower(region, at) in lx.PRONOUNS or _lower(region, at) in lx.DEFINITE_MODEL:
            antecedent = _antecedent(region, at)
            return [antecedent] if antecedent is not None else []
        hit = region.mention_at(at)
        return _chain_at(region, at) if hit is not None and not hit[0].possessive else []
    named = [m for m in _mentions_from(region, start, k) if _names_itself(region, m)]
    return named[:1] if len({m.entry_id for m in named}) == 1 else []


def _secondary_predicate(region: Region, first: int, words_back: int = 3) -> int:
    """Index of "as" or "under" just before the claim's noun phrase, or -1. Another claim, and
    what a fix writes (the "available" of "source-available", the "under" of "released under
    restrictive terms"), is no word of the walk."""
    k = first - 1
    counted = 0
    while k >= 0 and counted <= words_back and _same_sentence(region, k, first):
        low = region.words[k].lower
        if low == "'s" or k in region.phrase_words:
            k -= 1  # a possessive's "'s" is no word of its own: "becoming Google's most capable"
            continue
        if (
            low in {"as", "under"}
            or (low in lx.AVAILABLE and counted == 0 and _lower(region, k - 1) not in lx.DETERMINERS)
            or (low in lx.RESULT_PARTICIPLES and _lower(region, k - 1) == ",")
        ):
            if low == "as" and _lower(region, k - 1) in {"such", "well", "known", "so"}:
                return -1
            return k
        if not low.isalpha() or low in lx.BREAKERS or low in lx.COPULAS:
            return -1
        counted += 1
        k -= 1
    return -1


def _possessor(region: Region, first: int) -> list[Mention]:
    """Whose quality the claim names: "Mixtral's open-source nature", "its open-source nature",
    "its local runnability and open-source nature" (nouns coordinated under one possessive)."""
    k = first - 1
    if _lower(region, k) == "and":
        j = k - 1
        while j > 0 and k - j <= 3 and _plain_word(region, j) and _lower(region, j) not in {"its", "their"}:
            j -= 1
        if _lower(region, j) in {"'s", "its", "their"} and j < k - 1:
            first = j + 1  # the possessive over the first noun is the claim's too
    before = _lower(region, first - 1)
    if before == "'s":
        hit = region.mention_ending_at(first - 1)
        return [hit[0]] if hit is not None else []
    if before in {"its", "their"}:
        start, _ = _sentence_bounds(region, first)
        for k in range(start, first - 1):
            hit = region.mention_at(k)
            if hit is not None and not hit[0].possessive and _lower(region, k - 1) not in lx.COMPARISON:
                return [hit[0]]
        antecedent = _antecedent(region, first - 1)
        return [antecedent] if antecedent is not None else []
    return []


_A = frozenset({"a", "an"})
_MADE = frozenset({"built", "created", "developed", "made", "released", "trained"})


def _relative_after(region: Region, i: int, reach: int = 3) -> int:
    """The comma after a short relative clause opening at word ``i`` ("(that) we tried", "I have
    used", "the researchers tested"), or -1."""
    j = i + (_lower(region, i) in {"that", "which"})
    if j == i and _lower(region, i).endswith("ed") and _lower(region, i + 1) == "by":
        j = i + 1  # "tested by the team": a passive participle and its agent, reduced
        if _lower(region, j + 1) in {"the", "our", "their"}:
            j += 1
    elif _lower(region, j) in {"the", "our", "their"} and _plain_word(region, j + 1):
        j += 1  # "(that) the researchers tested"
    elif _lower(region, j) not in lx.PERSONAL_PRONOUNS:
        return -1
    for k in range(j + 1, j + 1 + reach):
        if _lower(region, k) == ",":
            return k if k > j + 1 else -1
        if not _plain_word(region, k) and _lower(region, k) not in {"have", "'ve"}:
            return -1
    return -1


def _fronted_description(region: Region, first: int, last: int, head: _Head) -> list[Mention]:
    """The subject after the comma that closes a fronted description holding the claim. The
    adjunct must be the claim's phrase alone ("As open-source models become cheaper, X ..." has a
    verb of its own and says nothing of X)."""
    end = head.index + 1 if head.kind == "model" else last
    start, _ = _sentence_bounds(region, first)
    if (
        head.kind == "none"
        and _lower(region, head.index) == ","
        and _lower(region, start) == "as"
        and start + 2 == first
        and _lower(region, start + 1) in _A
        and 0 < head.index - last <= 2
        and all(_plain_word(region, k) for k in range(last, head.index))
        and not {_lower(region, k) for k in range(last, head.index)} & lx.ORGANISATION_NOUNS
        and region.mention_at(head.index + 1) is not None
    ):
        # "As an open-source newcomer, Qwen3 is ...": whatever the noun, the fronted "as" phrase is
        # said of the name that opens the clause (not of a maker: "As an open-source lab, ...").
        end = head.index
    if head.kind == "model" and _lower(region, end) in _MADE and _lower(region, end + 1) == "by":
        end += 1  # "A fast open-source model built by Mistral AI, Mistral 7B ..."
    if head.kind == "model" and _lower(region, end) in {"from", "by"}:
        end += 1  # "Another strong open-source option from TII, Falcon 2 11B is ..."
        while end < len(region.words) and end - head.index <= 4 and _proper(region, end):
            end += 1
    if head.kind == "model" and (after := _relative_after(region, end)) != -1:
        end = after  # "Of all the open-source models we tried, X was ..."
    start, _ = _sentence_bounds(region, first)
    released = (
        _lower(region, start).endswith("ed") and _lower(region, start + 1) == "as" and start + 2 <= first
    )
    if released and head.kind == "model" and _lower(region, end) != ",":
        # "Shipped as an open-source model under a BSD license for research and business, it ...": the
        # phrase of the release goes on to the comma, with no verb of its own.
        tail = end
        while (
            tail < len(region.words)
            and tail - end < 10
            and (
                _plain_word(region, tail)
                or _lower(region, tail) in lx.PREPOSITIONS | lx.DETERMINERS
                or _lower(region, tail).isalnum()
            )
            and _lower(region, tail) not in lx.CLAUSE_VERBS
        ):
            tail += 1
        if _lower(region, tail) == "," and _same_sentence(region, end, tail):
            end = tail
    # "For an open-source model(,) it is shockingly good": the subject judged as one of the class.
    _, stop = _sentence_bounds(region, first)
    judged = head.kind == "model" and _lower(region, start) == "for" and _lower(region, start + 1) in _A
    if judged and any(_lower(region, k) in lx.NEGATIONS for k in range(end, stop)):
        return []  # "For an open-source model, GPT-4o is not an option"
    # ("its like 6 months behind": a hurried "it's")
    subject_next = _lower(region, end) in {"it", "its", "this"} or region.mention_at(end) is not None
    if judged and _lower(region, end) != "," and subject_next:
        end -= 1  # no comma: the subject follows the noun at once
    elif _lower(region, end) != ",":
        return []
    openers = lx.DESCRIBING_OPENERS | ({"for"} if judged else set())
    k = first - 1
    while k >= 0 and region.count(k, first) <= 5 and _lower(region, k) not in openers:
        low = _lower(region, k)
        if k in region.phrase_words:
            k -= 1  # another claim, or what a fix writes, is no word of the phrase
            continue
        if not low.isalpha() or low in lx.BREAKERS or region.mention_ending_at(k + 1) is not None:
            return []
        k -= 1
    # "A strong open-source model, X is ...": an indefinite noun phrase opening the sentence.
    indefinite = head.kind == "model" and _lower(region, start) in {"a", "an", "another"}
    if indefinite and start < first and all(_plain_word(region, j) for j in range(start, first)):
        k = start
    elif k < 0 or _lower(region, k) not in openers:
        return []
    if _lower(region, k) == "as" and head.kind != "model" and _lower(region, k + 1) not in lx.DETERMINERS:
        return []  # "As open source grows, ...": "as" opens a clause, not a description
    thanks = (
        k - 2 == start
        and _lower(region, k - 1) == "to"
        and _lower(region, start) in {"thanks", "due", "owing"}
    )
    out_of = k - 1 == start and _lower(region, k) == "of" and _lower(region, start) == "out"
    released = released and k - 1 == start  # "Released as an open-source model ..., it"
    if (
        k != start
        and _lower(region, k - 1) not in lx.CLAUSE_LINKS
        and not thanks
        and not out_of
        and not released
    ):
        return []
    after = end + 1
    if _lower(region, after) == "the" and region.mention_at(after + 1) is not None:
        after += 1  # "Among open-source LLMs, the Gemma line of models ranks ..."
    if (hit := region.mention_at(after)) is not None and not hit[0].possessive:
        return _chain_at(region, after) + _followed_by(region, hit[1])
    hurried = _lower(region, after) == "its" and (  # "its like 6 months behind", not "its license"
        not _plain_word(region, after + 1) or _lower(region, after + 1) in lx.DETERMINERS | lx.DEGREE_GRADES
    )
    if _lower(region, after) in {"it", "they"} or hurried:
        antecedent = _antecedent_in_sentence(region, after) or _antecedent(region, after)
        return [antecedent] if antecedent is not None else []
    return []


def _recap(region: Region, first: int) -> list[Mention]:
    """The models of the list or table that the claim's block points back at, when the claim is
    in the sentence that does so ("All of the above are open-source models."); not when the
    sentence sets some apart ("All of the above except GPT-4o ...")."""
    block = region.words[first].block
    named = region.recaps.get(block)
    if not named:
        return []
    start, end = _sentence_bounds(region, first)
    if start != _block_start(region, first):
        return []
    apart = lx.CONTRAST_TERMS | {"except", "but", "besides", "apart", "unlike", "exception", "excepted"}
    if any(_lower(region, k) in apart for k in range(start, end)):
        return []
    # The claim is what the pointing subject is: "All of the above are (all) open-source models",
    # not "All of the above compete with open-source models" nor "are claimed to be open source".
    copula = next((k for k in range(start, first) if _lower(region, k) in {"are", "is", "were", "was"}), -1)
    if copula == -1 or any(_lower(region, k) in lx.BREAKERS - {"of", "in"} for k in range(start, copula)):
        return []
    fillers = lx.DETERMINERS | {"all", "both", "fully", "truly", "really", "also", "genuinely", "completely"}
    return named if all(_lower(region, k) in fillers for k in range(copula + 1, first)) else []


def _followed_by(region: Region, i: int) -> list[Mention]:
    """Names a ranking goes on with later in the sentence: "Among open-source models, X leads,
    followed by Y and Z"."""
    _, end = _sentence_bounds(region, i)
    for k in range(i, end):
        if _phrase_at(region, k, (("followed", "by"),)):
            named = list_after(region, k + 2)  # only names that end the sentence, unqualified
            tail = region.word_range(named[-1].start, named[-1].end)[1] if named else end
            return named if tail >= end or _lower(region, tail) in {".", ";", "!"} else []
        if _lower(region, k) in lx.CONTRAST_TERMS or _lower(region, k) in {";", "but", "while", "whereas"}:
            return []
    return []


def _fronted_topic(region: Region, first: int, head: _Head) -> list[Mention]:
    """The names a sentence opening "For open-source models, we use ..." or "As open-source
    baselines we use ..." goes on to use: the objects after its subject pronoun (or its
    imperative: "For an open-source alternative, try X"), up to a semicolon ("...; for closed
    ones, GPT-4")."""
    start, end = _sentence_bounds(region, first)
    opener = _lower(region, start)
    if head.kind != "model" or opener not in {"for", "as"} or _lower(region, start + 1) == "with":
        return []  # not "As with open-source models, we use GPT-4o ..."
    semicolon = next((k for k in range(start, end) if _lower(region, k) == ";"), end)
    if any(_lower(region, k) in lx.SET_APART for k in range(start, semicolon)):
        return []  # "..., and GPT-4o as a closed reference" (but "...; for closed ones, X" is another clause)
    if not all(_lower(region, k).isalpha() for k in range(start + 1, first)):
        return []
    if any(_lower(region, k) in lx.PREPOSITIONS for k in range(start + 1, first)):
        return []  # "As a fan of open-source models, I love X": the phrase heads another noun
    k = head.index + 1 + (_lower(region, head.index + 1) == ",")
    # "..., we use X" or an imperative: "For an open-source alternative, try X."
    imperative = _lower(region, k) in lx.RECOMMEND_VERBS | {"try", "get", "grab", "go"}
    if _lower(region, k) not in {"we", "i", "you", "they"} and not imperative:
        return []
    for j in range(k + 1, min(region.reach_ahead(k + 1, 4), end)):
        if region.mention_at(j) is not None:
            return list_after(region, j)
        if not _lower(region, j).isalpha() and j not in region.phrase_words:
            return []
    return []


def _among(region: Region, first: int, reach: int = 8) -> bool:
    """ "ranks among the best open-source models": membership across a few modifiers."""
    for k in range(first - 1, region.reach_back(first, reach) - 1, -1):
        if k in region.phrase_tails:
            continue  # a claim or a fix's words read as their first word
        low = _lower(region, k)
        if low in {"among", "amongst"}:
            return True
        if low == "-":
            continue  # "among the most-downloaded open-source models": one word
        if low in _COMPARING_ADJECTIVES:
            continue  # "among the first competitive open-source LLMs": an adjective before its noun
        if low == "of" and _lower(region, k - 1) in _GROUP_NOUNS:
            continue  # "among a range of similar-sized open-source models": a group of the class
        if not low.isalpha() or low in lx.BREAKERS or low in lx.COPULAS or region.mention_ending_at(k + 1):
            return False
    return False


# Nouns of a group before "of": "a range of", "a host of", "a handful of" models.
_GROUP_NOUNS = frozenset(
    {"range", "number", "host", "set", "group", "handful", "variety", "series", "lot", "bunch"}
)


_BEFORE_OFFERING = frozenset(
    {"to", "aim", "aims", "seek", "seeks", "try", "tries", "want", "wants", "also", "now", "will", "can"}
)


def _offered(region: Region, first: int, head: int) -> Mention | None:
    """The model that offers itself as the alternative the claim describes: "X offers an
    open-source alternative to GPT-4", "X aims to provide an open-source option", "X gives
    developers an open-source alternative"."""
    if _lower(region, head) not in lx.OFFERED:
        return None
    k = first - 1
    while k > 0 and (_lower(region, k) in lx.DETERMINERS or _plain_word(region, k)) and first - k <= 4:
        if _lower(region, k) in lx.SELF_OFFER:
            break
        k -= 1
    if _lower(region, k) not in lx.SELF_OFFER:
        return None
    k -= 1
    while k > 0 and (_lower(region, k) in _BEFORE_OFFERING or _lower(region, k).endswith("ly")):
        k -= 1
    hit = region.mention_ending_at(k + 1)
    if hit is None:
        # "It aims to provide ...", "It supports X and aims to provide ...": the clause's subject,
        # a pronoun for the model named before or the name the sentence opens on.
        j = _sentence_bounds(region, k)[0] if _lower(region, k) == "and" else k
        if _lower(region, j) in {"it", "they"} and (j == k or j + 1 < k):
            return _antecedent(region, j)
        opening = region.mention_at(j) if j != k else None
        return opening[0] if opening is not None and not opening[0].possessive else None
    if hit[0].possessive or _is_modifier_use(region, k + 1):
        return None
    return hit[0]


def _fronted_range(region: Region, first: int) -> list[Mention]:
    """The ends of a fronted range before the class that spans them: "From X to Y, open-source
    models have caught up" (X and Y are open-source models)."""
    ends = _from_to(region, _sentence_bounds(region, first)[0], opening=True)
    if not ends:
        return []
    comma = region.word_range(ends[-1].start, ends[-1].end)[1]
    # The claim opens the clause's subject ("..., many open-source models ..."), or a title's
    # description after a colon ("From X to Y: A Tour of Open-Source Models").
    between = range(comma + 1, first)
    titled = _lower(region, comma) == ":"
    allowed = lx.DETERMINERS | ({"of", "in", "on"} if titled else set())
    turned = lx.TURNING_WORDS | _WH_WORDS | lx.PRONOUNS | {"we", "i", "you"}
    if _lower(region, comma) not in {",", ":"} or any(
        (_lower(region, k) not in allowed and not _plain_word(region, k)) or _lower(region, k) in turned
        for k in between
    ):
        return []
    return ends


def _headline_line(region: Region, k: int) -> bool:
    """Word ``k`` stands in a heading, or in a line in title case ("Grok 2 to Go Open Source:
    Musk Defies the Industry")."""
    words = region.words
    if words[k].block in region.heading_blocks:
        return True
    line = [w.text for w in words if w.line == words[k].line and w.block == words[k].block]
    return lx.title_case([t for t in line if t[:1].isalpha()])


def _championed(region: Region, first: int, reach: int = 5) -> bool:
    """ "legitimised enterprise use of open-source LLMs", "popularised open-source models": the
    claim's noun phrase is the object of a verb that champions the class."""
    for k in range(first - 1, region.reach_back(first, reach) - 1, -1):
        if k in region.phrase_tails:
            continue
        low = _lower(region, k)
        if low in lx.CHAMPIONING:
            return True
        if not low.isalpha() or low in lx.COPULAS or low in lx.NEGATIONS or region.mention_ending_at(k + 1):
            return False
        if low in {"what", "how", "why", "whether", "that", "which", "who", "where", "when"}:
            return False  # "redefined what open-source models aim for": a clause, not the class
    return False


def _milestone_in(region: Region, first: int, reach: int = 5) -> bool:
    """ "represents a breakthrough in open-source models", "a big step forward for open-source
    LLMs": an advance in a class, made by one of its members."""
    for k in range(first - 1, region.reach_back(first, reach) - 1, -1):
        if k in region.phrase_tails:
            continue
        low = _lower(region, k)
        if low in {"in", "for"}:
            j = k - 1 - (_lower(region, k - 1) == "forward")
            hyphened = f"{_lower(region, j - 2)}-{_lower(region, j)}"  # "game-changer", split at its hyphen
            if _lower(region, j - 1) == "-" and hyphened in lx.MILESTONES:
                return True
            return _lower(region, j) in lx.MILESTONES
        if not low.isalpha() or low in lx.BREAKERS or low in lx.COPULAS or region.mention_ending_at(k + 1):
            return False
    return False


def _it_near(region: Region, first: int, reach: int = 6) -> int:
    """The "it" a few words before the claim ("because it is open source"), or -1."""
    for k in range(first - 1, region.reach_back(first, reach) - 1, -1):
        if k in region.phrase_tails:
            continue  # a claim or a fix's words read as their first word
        if _is_it(region, k):
            # Not the object of a preposition: "Like GLM-4.5 before it, the model is ..."
            governed = _lower(region, k - 1) in lx.PREPOSITIONS | {"before", "after"}
            return -1 if governed and _lower(region, k + 1) == "," else k
    return -1


def _is_it(region: Region, k: int) -> bool:
    """Word ``k`` is "it", or a hurried "its the best ..." that means "it's"."""
    low = _lower(region, k)
    if low != "its":
        return low in lx.IT
    # "since its open source" (no noun after the claim): "it's" too
    hurried = _lower(region, k - 1) in {"since", "because", "cause", "cuz", "coz", "and", "but", "so"}
    if _lower(region, k + 1) in {"the", "a", "an"} or (hurried and k + 1 in region.phrase_words):
        return True
    # "I know its open source but ...": a claim that no noun follows is no possessive's
    # premodifier ("its open-source license").
    past = region.phrase_past.get(k + 1, -1)
    # "its open source so we can run it": a clause goes on, no noun
    return past != -1 and (
        past >= len(region.words) or not _plain_word(region, past) or _lower(region, past) in _CLAUSE_GOES_ON
    )


_CLAUSE_GOES_ON = frozenset({"so", "and", "but", "now", "too", "though", "tho", "lol", "anyway", "btw"})


def _it_may_be_other(region: Region, i: int) -> bool:
    """Between the last model named in its sentence and "it" at word ``i`` stands a thing "it"
    may be: "Llama 3 shipped with a new tokenizer, and it is open source" (an article and a
    software noun)."""
    found = _mentions_from(region, _sentence_bounds(region, i)[0], i) if i >= 0 else []
    if not found:
        return False
    after = region.word_range(found[-1].start, found[-1].end)[1]
    return any(
        _lower(region, k) in lx.SOFTWARE_NOUNS
        and {_lower(region, k - 1), _lower(region, k - 2)} & {"a", "an", "the"}
        for k in range(after, i)
    )


def _definite_subject(region: Region, first: int, reach: int = 4) -> int:
    """The model noun of a definite subject right before the claim's copula ("the model is open
    source"), or -1."""
    for k in range(first - 1, region.reach_back(first, reach) - 1, -1):
        if _lower(region, k) in lx.DEFINITE_MODEL:
            return k
    return -1


def _antecedent_in_sentence(region: Region, i: int) -> Mention | None:
    """What "it" at word ``i`` stands for when one model alone is named earlier in its own
    sentence: "We chose Llama 2 because it is open source". Two candidates make it ambiguous."""
    if i < 0:
        return None
    start, _ = _sentence_bounds(region, i)
    if _lower(region, i) in lx.DEFINITE_MODEL and _definite(region, i):
        # "... chose X over the alternatives because the model is open source": the noun made
        # definite in a later clause of the sentence, as "it" would be.
        dets = {"the", "this"}
        opening = next((k for k in range(i - 1, start - 1, -1) if _lower(region, k) in dets), start)
        if opening == start or _lower(region, opening - 1) not in lx.CLAUSE_LINKS | lx.REASON_OPENERS:
            return None
    elif not _is_it(region, i):
        return None
    elif i == start or region.words[i].text[0].isupper():
        return None  # a capital "It" starts a sentence the splitter missed
    found = [
        m
        for m in region.mentions
        if start <= (r := region.word_range(m.start, m.end))[0]
        and r[1] <= i
        # "DeepSeek published R1": its maker; not the "released" a fix wrote ("released the
        # weights of"), no verb as the claim it replaced was none.
        and (r[1] in region.phrase_words or _lower(region, r[1]) not in lx.INTRODUCING)
    ]
    if _it_may_be_other(region, i):
        return None
    comma = _fronted_comma(region, i)
    if comma != -1 and comma < i and _lower(region, start) in lx.COMPARISON | {"contrary", "apart", "except"}:
        # "Unlike GPT-4, it is open source": the name set against "it" is not what it stands for.
        found = [m for m in found if m.start > region.words[comma].start]
    # "DeepSeek-R1's selling point is that it is open source": a possessor counts too.
    return found[0] if len({m.entry_id for m in found}) == 1 else None


# --- the rules, in order ----------------------------------------------------------------------


# What a post's subject does: "Mistral Large 3 is out", "Kimi K2 just dropped".
_POST_VERBS = lx.CLAUSE_VERBS | {
    "'s", "just", "now", "finally", "dropped", "drops", "launched", "launches", "released",
    "gets", "got", "hits", "tops", "arrives", "arrived", "lands", "landed", "ships", "shipped",
}  # fmt: skip


def _post_subject(region: Region, first: int, sentences: int = 3) -> Mention | None:
    """The model a short post that a hashtag opens is about: the first name in its block that
    is a clause's subject ("#opensource keeps winning 🚀 Mistral Large 3 just landed", "#opensource
    #LLM Mixtral 8x22B released as a torrent"), not a name it compares with or builds on."""
    words = region.words
    block = region.block_words(words[first].block)
    if first != block.start or words[block.stop - 1].sent - words[first].sent >= sentences:
        return None  # the tag opens a short post, not a long page
    for m in region.mentions_from(first, block.stop):
        at, end = region.word_range(m.start, m.end)
        if m.possessive or _is_modifier_use(region, end) or _lower(region, at - 1) in lx.BREAKERS:
            continue
        return m if _lower(region, end) in _POST_VERBS else None
    return None


def _participle_premodifier(region: Region, claim: Claim, first: int, last: int) -> bool:
    """A past participle of the claim premodifies a model noun, as an adjective does: "##
    Open-sourced models", "the open-sourced checkpoints" (not "Meta open-sourced models")."""
    if (
        claim.role != "verb"
        or not claim.text.lower().endswith("ed")
        or _lower(region, last) not in lx.MODEL_NOUNS
    ):
        return False
    k = first - 1
    while (
        k > 0
        and first - k <= 3
        and (_plain_word(region, k) or _lower(region, k) in _COMPARING_ADJECTIVES)
        and _lower(region, k) not in lx.DETERMINERS
    ):
        k -= 1  # "a competitive open-sourced model": adjectives before it
    opens = k + 1 == _sentence_bounds(region, first)[0]
    return opens or _lower(region, k) in lx.DETERMINERS | {"newly", "recently", "fully", "our", "its"}


def _named_once(region: Region, attachment: Attachment) -> Attachment:
    """Each model once, by the name the text gives it first: "Stable Diffusion 3.5 (SD 3.5) is
    an open-source model" names one model, reported by its full name; "the Qwen2.5-Coder series
    (formerly known as CodeQwen1.5)" names no second model; and a path may name one twice."""
    named: dict[tuple[int, int], Mention] = {}
    for mention in attachment.mentions:
        at = region.word_range(mention.start, mention.end)[0]
        hit = region.mention_ending_at(at - 1) if _lower(region, at - 1) == "(" else None
        if hit is not None and hit[0].entry_id == mention.entry_id:
            mention = hit[0]
        if not _former_name(region, mention):
            named.setdefault((mention.start, mention.end), mention)
    unique = tuple(named.values())
    if attachment.mentions and not unique:
        return Attachment(attachment.claim, skipped="no model named")
    return replace(attachment, mentions=unique) if unique != attachment.mentions else attachment


_RENAMING = frozenset({"formerly", "previously", "known", "as", "aka", "a.k.a.", "a.k.a", "also", "née"})
_RENAMED = frozenset({"formerly", "previously", "aka", "a.k.a.", "a.k.a", "known", "née"})


def _former_name(region: Region, mention: Mention) -> bool:
    """The mention is another name the model before it had or has, in brackets after it:
    "X (formerly known as Y)", "X (aka Y)"."""
    at = region.word_range(mention.start, mention.end)[0]
    k = at - 1
    while k > 0 and at - k <= 4 and _lower(region, k) in _RENAMING:
        k -= 1
    words = {_lower(region, j) for j in range(k + 1, at)}
    named = region.mention_ending_at(k) is not None or (  # "X series (formerly Y)"
        _lower(region, k - 1) in lx.MODEL_NOUNS | {"series", "family"}
        and region.mention_ending_at(k - 1) is not None
    )
    return _lower(region, k) == "(" and bool(words & _RENAMED) and named


def attach_claim(region: Region, claim: Claim) -> Attachment:
    first, last = region.word_range(claim.start, claim.end)
    if first >= last:
        return Attachment(claim, skipped="outside prose")
    reason = _cancelled(region, first, last, claim)
    if reason in ("negated", "negated clause") and (echoed := _elliptical(region, last, contrast=True)):
        # "GPT-4 is not open source, but Llama 2 is": the second clause asserts what the first denies.
        return Attachment(claim, tuple(echoed), "ellipsis", "predicative")
    if reason and reason not in ("negated clause", "hypothetical clause", "reported clause"):
        return Attachment(claim, skipped=reason)
    if claim.role == "hashtag":
        subject = region.block_subjects.get(region.words[first].block)
        if subject is not None and not _names_the_item(region, subject):
            subject = None  # "[Gemini by Example](...) ... #opensource" is about the project
        if subject is None:
            subject = _post_subject(region, first)
        if subject is None:
            return Attachment(claim, skipped="no model leads the item")
        if (noun := _described_as_software(region, subject)) is not None:
            # "- [NeMo](...) - An open-source framework by NVIDIA ... #opensource": the item's own
            # words make it software
            return Attachment(claim, skipped=f"about software ('{noun}')")
        return Attachment(claim, (subject,), "hashtag")
    if (field := _field(region, first, last)) is not None:
        if field == "no" or (topic := _block_topic(region, first)) is None:
            return Attachment(claim, skipped="a field answered no" if field == "no" else "no model named")
        return Attachment(
            claim, (topic,), "field", "predicative"
        )  # "- Open source: yes", "License: open source"
    if named := _label_bracket_examples(region, first, last):
        # "Open-source: you can download, self-host, modify for free (X, Y).": a definition's
        # examples, in brackets at its end
        return Attachment(claim, tuple(named), "list", "attributive")
    if (featured := _labelled_feature(region, first, last)) is not None:
        # "- **Open Source**: Gemma 2 provides full access to its weights": a feature's label,
        # and the statement under it about the model that has it
        return Attachment(claim, (featured,), "field", "predicative")
    cell = region.cells.get(region.words[first].block)
    if cell is not None and cell[1] == 0 and claim.role != "verb" and _fills_cell(region, first, last):
        return _attach_header(region, claim, cell)
    row_header = cell is not None and cell[1] > 0 and cell[2] == 0 and claim.role != "verb"
    if row_header and _fills_cell(region, first, last) and (named := _row_header(region, cell)):
        return Attachment(claim, tuple(named), "table header", "other")
    if row_header and _fills_cell(region, first, last) and (named := _row_names(region, cell)):
        return Attachment(claim, tuple(named), "table header", "other")  # "| Open source | X, Y |"
    value = cell is not None and cell[1] > 0 and cell[2] > 0
    if value and (_fills_cell(region, first, last, nouns=False) or _cell_adverbial(region, first, last)):
        # "| Llama 3 | Open source |": a value cell describes its row's model.
        subject = region.block_subjects.get(region.words[first].block) or _column_model(region, cell)
        if subject is not None:
            return Attachment(claim, (subject,), "cell", "predicative")
    if (claim.role == "verb" or _reads_as_verb(region, first, last)) and not _participle_premodifier(
        region, claim, first, last
    ):
        attachment = _attach_verb(region, claim, first, last)
    else:
        attachment = _attach_adjective(region, claim, first, last)
    if attachment.how == "apposition" and (dashed := _dash_adjectives(region, first, last)) is not None:
        # "X beats Y — free, open-source and local": not an apposition to the nearest name
        attachment = (
            Attachment(claim, tuple(dashed), "copula", "predicative")
            if dashed
            else Attachment(claim, skipped="no model named")
        )
    if attachment.skipped == "no model named" or attachment.skipped.startswith("about software"):
        attachment = _named_elsewhere(region, claim, first, last, attachment)
    elif attachment.how == "passive" and len(group := _both_after_comma(region, first, last)) > 1:
        attachment = Attachment(claim, tuple(group), "passive", "verb")  # "X, Y, Z — all open-sourced"
    maker, at = _possessive_maker(region, first) if attachment.mentions else ("", -1)
    if maker and not any(
        _made_by(region, m, maker) or region.word_range(m.start, m.end)[0] > at for m in attachment.mentions
    ):
        # "Llama 3 runs here. Google's open-source model runs there.": another maker's model.
        return Attachment(claim, skipped="another maker's model")
    if attachment.how == "lead-in" and _in_fronted_aside(region, first):
        # "Besides open-source models, we tried:" over a list: the list is of the others.
        return Attachment(claim, skipped="set aside")
    if attachment.how in ("lead-in", "announced") and _closed_before_colon(region, last - 1):
        # "our open-source model with two closed ones:": the list is of the closed ones.
        return Attachment(claim, skipped="set aside")
    # A question asks about what it predicates ("Is Llama 3 open source?", "Did Meta open-source
    # it?"); a description inside a question still describes ("How do I run open-source LLMs like
    # Llama 3?").
    if reason and attachment.how not in _DESCRIBED:
        # "Llama 3 is not open source" negates the claim; "We don't use open-source models like
        # Llama 3" negates the verb, and still describes Llama 3. So with "if", "should".
        skipped = {"hypothetical clause": "hypothetical", "reported clause": "reported"}.get(
            reason, "negated"
        )
        return Attachment(claim, skipped=skipped)
    if not attachment.mentions and _is_question(region, first, last) and _answered_yes(region, first):
        start = _past_label(region, _sentence_bounds(region, first)[0])
        asked = _chain_at(region, start + 1) if _lower(region, start) in lx.COPULAS else []
        if asked and _words_between(region, region.word_range(asked[-1].start, asked[-1].end)[1], first) <= 2:
            return Attachment(claim, tuple(asked), "answered", "predicative")  # "Is X open source? Yes."
    if attachment.mentions and _is_question(region, first, last):
        start, _ = _sentence_bounds(region, first)
        inverted = _lower(region, start) in lx.COPULAS  # "Is Llama 3 an open-source model?"
        # "Can we add X (M's open-source model)?": a bracket describes, as an apposition does.
        aside = attachment.how == "definition" and _opened_bracket(region, start, first)
        if (
            (
                (attachment.how in _ASKED and not aside)
                or (inverted and attachment.how in ("apposition", "definition"))
            )
            and not _superlative(region, first)
            and not _participle_before_name(region, first, last)
            and not _answered_yes(region, first)
        ):
            return Attachment(claim, skipped="question")
    asserted = attachment.how == "copula"
    if attachment.mentions and (
        _rebutted(region, last, attachment.mentions, asserted=asserted)
        or _taken_back(region, claim, last, attachment.mentions)
    ):
        return Attachment(claim, skipped="rebutted")
    if attachment.mentions and attachment.how in ("copula", "apposition"):
        head = _find_head(region, last)
        # "X is the most used open-source model, ahead of Y": Y is ranked in the class too.
        attachment = _with_more(attachment, _ranked_with(region, first, head))
        if attachment.how == "copula":
            # "X joins a growing list of open-source models, after Y and Z": on it already.
            attachment = _with_more(attachment, _joined_with(region, first, head))
            if _after_comma(region, attachment.mentions[0]):
                # "Like Llama 3, Phi-4 is open source": the likeness says it of the fronted name.
                attachment = _with_more(attachment, _likened(region, first), before=True)
    if attachment.mentions and attachment.how == "list" and attachment.role == "attributive":
        # "X ranked first among open-source models (such as Y, Z)": the examples are members,
        # and so is the subject ranked among them.
        ranked = [
            m
            for m in (_presented_as_member(region, first) if _among(region, first) else [])
            if region.word_range(m.start, m.end)[0] < first and m not in attachment.mentions
        ]
        if ranked:
            attachment = _with_more(attachment, ranked, before=True)
    # "..., introducing a new series of open-source models. The release includes X and Y.": what
    # the release includes is what the class it brought holds
    if (
        attachment.role != "verb"
        and _plural_model_noun(region, _find_head(region, last).index)
        and (included := _release_includes(region, first))
    ):
        if attachment.mentions:
            attachment = _with_more(attachment, included)
        elif attachment.skipped == "no model named":
            attachment = Attachment(claim, tuple(included), "including", attachment.role)
    if attachment.mentions and attachment.how == "membership":
        # "counts X among the most-downloaded open-source models of the year, alongside Y and Z"
        attachment = _with_more(attachment, _alongside(region, _find_head(region, last).index))
    if (
        attachment.mentions
        and attachment.how in ("copula", "passive")
        and (echoed := _elliptical(region, last))
    ):
        # "Llama 2 is open source, and so is Falcon 40B": the echo says the same of more names.
        known = {m.start for m in attachment.mentions}
        more = tuple(m for m in echoed if m.start not in known)
        return replace(attachment, mentions=attachment.mentions + more)
    if (
        (attachment.how == "anaphora" or attachment.skipped == "no model named")
        and not reason
        and _lower(region, first - 1) in lx.COPULAS
        and (echoed := _elliptical(region, last))
    ):
        # "The new model is open source; so is Zephyr 7B": the echo's names, whatever the first
        # clause's subject stands for.
        return Attachment(
            claim, attachment.mentions + tuple(echoed), attachment.how or "ellipsis", "predicative"
        )
    return attachment


# After a ranked class: the others ranked in it ("the most popular open-source model, followed
# by Y", "... ahead of Y"), or the one before it ("the first open-source model since Y").
def _with_more(attachment: Attachment, more: list[Mention], *, before: bool = False) -> Attachment:
    """``attachment`` with the models of ``more`` it does not hold yet, after its own (or
    ``before`` them)."""
    known = {m.entry_id for m in attachment.mentions}
    new = tuple(m for m in more if m.entry_id not in known)
    if not new:
        return attachment
    return replace(attachment, mentions=new + attachment.mentions if before else attachment.mentions + new)


def _ranked_with(region: Region, first: int, head: _Head) -> list[Mention]:
    """The names a ranking after the claim's superlative class places in the class too: "X is the
    most used open-source model, followed by Y" or "the most transparent of the open-source
    models, ahead of Y" (see :func:`_ranked_after`), "OpenAI's first open-source model since Y"."""
    k = first - 1 - (_lower(region, first - 1) in lx.DETERMINERS)
    partitive = _lower(region, k) == "of" and _picks_one(region, k - 1)  # "the most X of (the)"
    if not (_superlative(region, first) or partitive) or head.kind != "model":
        return []
    since = head.index + 1
    first_of = any(_lower(region, j) == "first" for j in range(first - 3, first))
    if _lower(region, since) == "since" and first_of and region.mention_at(since + 1) is not None:
        return list_after(region, since + 1)
    # "the first open-source code model, followed by Y": an order in time, not a ranking in the class
    timed = any(
        _lower(region, j) in {"first", "earliest", "latest", "newest", "last"}
        for j in range(first - 3, first)
    )
    return [] if timed else _ranked_after(region, head.index)


def _joined_with(region: Region, first: int, head: _Head) -> list[Mention]:
    """The members a subject joins the class beside: "X joins a list of open-source models, after
    Y and Z", "..., alongside Y"."""
    start, _ = _sentence_bounds(region, first)
    if not any(_lower(region, k) in {"join", "joins", "joined", "joining"} for k in range(start, first)):
        return []
    if head.kind != "model" or _lower(region, head.index + 1) != ",":
        return []
    k = head.index + 2
    n = _phrase_at(region, k, (("after",), ("alongside",), ("along", "with"), ("next", "to")))
    return list_after(region, k + n) if n and region.mention_at(k + n) is not None else []


def _alongside(region: Region, head: int, reach: int = 5) -> list[Mention]:
    """The names a class noun at ``head`` places beside its member, after a short phrase of its
    own: "among the open-source models of the year, alongside Y and Z"."""
    k = head + 1
    while k < len(region.words) and k - head <= reach and _lower(region, k) != ",":
        if not (_plain_word(region, k) or _lower(region, k) in {"of", "in", "the", "this", "its"}):
            return []
        k += 1
    if _lower(region, k) != ",":
        return []
    n = _phrase_at(region, k + 1, (("alongside",), ("along", "with"), ("next", "to")))
    return _closing_list(region, k + 1 + n) if n and region.mention_at(k + 1 + n) is not None else []


def _after_comma(region: Region, mention: Mention) -> bool:
    return _lower(region, region.word_range(mention.start, mention.end)[0] - 1) == ","


_CLAUSE_OPENERS = frozenset({"(", ";", ":", '"', "“", "”", "—", "–"})


def _past_clause_marks(region: Region, start: int, end: int) -> int:
    """Where the stretch that ends at word ``end`` (a floating "all" or "both" after it) opens,
    from ``start`` on: past the last bracket, quotation mark, colon, semicolon or dash (not
    :func:`_clause_start`, which parts clauses at ", and" and ";")."""
    return max((j + 1 for j in range(start, end) if _lower(region, j) in _CLAUSE_OPENERS), default=start)


def _both_after_comma(region: Region, first: int, last: int) -> list[Mention]:
    """The names a clause has just joined, when ", both" or ", all" stands before the claim: "I
    tried X and Y for Korean, both open source, both slow" (two names for "both", two or more
    for "all"; not a maker that acts, nor a possessor). The claim ends its phrase, or a model
    noun does ("both open-source models"); "all open source fans of ours" are people."""
    after = _lower(region, last)
    participle = region.words[last - 1].lower.endswith("ed")  # "..., all open-sourced in May"
    if after.isalpha() and after not in {"and", "but"} and after not in lx.MODEL_NOUNS and not participle:
        return []
    k = first - 1
    while k > 0 and _lower(region, k) in {"fully", "truly", "really", "genuinely"}:
        k -= 1
    quantifier = _lower(region, k)
    # "X, Y and Z — all open source": a dash sets the quantifier off as a comma does
    if quantifier not in {"both", "all"} or _lower(region, k - 1) not in {",", "—", "–"}:
        return []
    start, _ = _sentence_bounds(region, first)
    start = _past_clause_marks(region, start, k - 1)
    named: dict[str, Mention] = {}
    for mention in _mentions_from(region, start, k - 1):
        if mention.possessive or not _names_itself(region, mention) or makes_next(region, mention):
            continue
        named.setdefault(mention.entry_id, mention)
    group = list(named.values())
    # "Haystack, Weaviate and Llama 3 — all open source": "all" of a list takes in the model
    # among tools named with it.
    listed = sum(_lower(region, j) in {",", "and", "&"} for j in range(start, k - 1)) >= 2
    return (
        group if len(group) == 2 or (quantifier == "all" and (len(group) > 2 or (group and listed))) else []
    )


def _in_fronted_aside(region: Region, first: int) -> bool:
    """The claim stands in a fronted phrase that sets its class aside: "Besides open-source
    models, ...", "Apart from open-source LLMs, ...", "Unlike open-source models, ..."."""
    start, _ = _sentence_bounds(region, first)
    if _lower(region, start) not in lx.ASIDE_OPENERS - {"like"}:
        return False
    return not any(_lower(region, k) == "," for k in range(start, first))


def _rebutted(region: Region, last: int, named: Sequence[Mention], *, asserted: bool = False) -> bool:
    """The writer takes the claim back right after it, after a colon or dash or in the next
    sentence: "Everyone says X is open source: it's open weights.", "X is open source. Not true:
    ...". A sentence that goes on about the model ("It's not small, though") takes nothing back."""
    words = region.words
    _, end = _sentence_bounds(region, last - 1)
    starts = [k + 1 for k in range(last, end - 1) if _lower(region, k) in {":", "—", "–", ";"}][:1]
    if end < len(words) and words[end].block == words[last - 1].block:
        starts.append(end)
    elif end < len(words) and words[end].block == words[last - 1].block + 1:
        starts.append(end)  # "> X is open source" answered by the next paragraph: "It's open weights."
    if _echo_denied(region, end):
        return True
    asked = _lower(region, end - 1) == "?" and end < len(words) and words[end].block == words[last - 1].block
    # "... make it the strongest open-source model? Not under the OSI definition." (but "No
    # doubt.", "Not bad at all." affirm)
    affirming = {"doubt", "question", "wonder", "bad", "only"}
    if asked and _lower(region, end) in {"no", "not", "nope", "hardly", "nah"}:
        return _lower(region, end + 1) not in affirming
    # Someone else's claim ("> X is open source", "The README says X is open source") answered
    # with what the license forbids: "..., but the license is non-commercial", "it's under the
    # Non-Production License. you cannot use it in production".
    sentence_start, _ = _sentence_bounds(region, last - 1)
    quoted = words[last - 1].block in region.quote_blocks
    reported = any(_lower(region, k) in lx.REPORTING_VERBS for k in range(sentence_start, last))
    if quoted or reported:
        but = [k + 1 for k in range(last, end) if _lower(region, k) in {"but", "though", "however"}][:1]
        answer = [s for s in starts if words[s].block not in region.quote_blocks] if quoted else starts
        # (Not a reply that agrees first: "agreed, and it's great for non-commercial art too".)
        answer = [s for s in answer if _lower(region, s) not in lx.AGREEING_REPLIES]
        if any(_restricts(region, s) for s in (*but, *answer)):
            return True
        # "> X is open source" answered "open weights, and the full model is 685B": the reply
        # opens on the status it puts in the claim's place.
        for s in answer:
            n = _phrase_at(region, s, lx.STATUS_TERMS)
            closed = n and s + n >= _sentence_bounds(region, s)[1]
            if n and (closed or _lower(region, s + n) in {",", ".", "!", ";", "actually", "only"}):
                return True
        if quoted and answer and _reply_corrects(region, answer[0], named):
            return True
    ids = {m.entry_id for m in named}
    for start in starts:
        _, stop = _sentence_bounds(region, start)
        others = [m for m in _mentions_from(region, start, stop) if m.entry_id not in ids]
        if any(_names_itself(region, m) for m in others):
            continue  # "X is open source; GPT-4 is not": about another model (not "the Gemma terms")
        if _lower(region, start) in {"no", "nope", "nah"} and (
            _lower(region, start + 1) in {".", "!", ","} or _denied_pronoun(region, start + 1)
        ):
            return True  # "> X is open source⏎nope. community license, revenue cap", "no it isnt"
        k = start + (_lower(region, start) in {"but", "actually", "well", "no", "nope"})
        if _lower(region, k) == ",":
            k += 1
        # "... to see whether it was worth the hype. Short version: it isn't.": a bare denial
        # answers the latest predicate of "it", not the claim before it.
        later = any(
            _lower(region, j) in lx.COPULAS and _lower(region, j - 1) in {"it", "they"}
            for j in range(last, start)
        )
        # "The OSI keeps saying it isn't.": a clause that ends in a bare denial denies the claim.
        if not later and _ends_in_denial(region, start, stop):
            return True
        n = _phrase_at(region, k, lx.REBUTTALS)
        if (
            not later
            and n
            and (k + n >= stop or _lower(region, k + n) in {".", ",", ":", ";", "!", "—", "–"})
        ):
            return True  # "Not true: ...", "It isn't.", "That's a myth."
        # "> Qwen is open source" answered "Qwen is open weights ...": the name again, restated.
        again = region.mention_at(k)
        if again is not None and again[0].entry_id in ids and not again[0].possessive:
            k = again[1] - 1
        restated = again is not None or _lower(region, k) in {"it", "they", "that"}
        if asserted and again is not None and _denies_claim(region, k + 1):
            # "> X is open source" answered "x isn't open source, it's ...": an assertion
            # denied in the same words (not "Meta released X, an open-source model" above a
            # quotation that denies it).
            return True
        m = _phrase_at(region, k + 1, lx.STATUS_COPULAS) if restated else 0
        if m and _lower(region, k + 1 + m) in _QUOTES:
            m += 1  # 'It's "open weights"'
        if m and _phrase_at(region, k + 1 + m, lx.STATUS_TERMS):
            return True  # "...: it's open weights", "They are source-available."
    return False


def _denied_pronoun(region: Region, k: int) -> bool:
    """Words from ``k`` are a pronoun and a denied copula: "it isnt", "it isn't", "that's not"."""
    if _lower(region, k) not in {"it", "that", "they"}:
        return False
    after = [_lower(region, j) for j in range(k + 1, k + 3)]
    if after[0] in lx.NEGATIONS:
        return True  # "it never", "it not"
    return after[0] in lx.COPULAS | {"'s", "'re"} and after[1] in lx.NEGATIONS  # "it is nt"


def _taken_back(
    region: Region, claim: Claim, last: int, named: Sequence[Mention], sentences: int = 3
) -> bool:
    """A later statement, with no other model named in between, says the same model is not what
    this claim says: "... but its still not open source", "It isn't open source at all", "it's
    open weights" (a correction of "open source"), or the status a fix writes in its place ("it's
    proprietary"), so that a second --fix reads the text as the first did. Within the next few
    sentences of the block, or of a reply a block or two below (a thread: "**u/b**", then the
    reply). A denial that an echo takes up again ("X isn't really open source, but Y is")
    carries the echo's claim and takes nothing back."""
    words = region.words
    here = words[last - 1]
    ids = {m.entry_id for m in named}
    claims = ((other.start, other.end, other) for other in region.claims_from(claim.end))
    written = sorted((start, end, None) for start, end in region.written if start >= claim.end)
    later = heapq.merge(claims, written if claim.kind == "open-source" else [], key=lambda item: item[0])
    for start, stop, other in later:
        first, end = region.word_range(start, stop)
        if first < end and (words[first].sent - here.sent > sentences or words[first].block - here.block > 2):
            break  # (in text order: the later ones lie farther still)
        if first >= end:
            continue
        if words[first].block != here.block and not (
            here.block in region.quote_blocks or _reply_opens_on_it(region, first)
        ):
            continue  # another block answers only a quotation, or as a reply that opens on "it"
        between = region.mentions_from(last, first)
        if any(m.entry_id not in ids and _names_itself(region, m) for m in between):
            return False  # "X is open source. Y is great, but it isn't open source.": about Y
        if other is not None and other.kind == claim.kind:
            negated = _cancelled(region, first, end, other) == "negated"
            if negated and not _elliptical(region, end, contrast=True) and _said_of(region, first, ids):
                return True
        elif (other is None or other.kind == "open-weights") and _said_of(region, first, ids, affirmed=True):
            return True  # "it's open weights", or what a fix wrote: "it's proprietary"
    return False


def _reply_opens_on_it(region: Region, first: int) -> bool:
    """The block of word ``first``, or its line ("**u/b**⏎it's not ..."), opens on "it" or
    "that" ("it's not open source, it's a community license"): a reply to the block before,
    which has nothing else to point at."""
    words = region.words
    start = region.block_words(words[first].block).start
    line = next(k for k in range(start, first + 1) if words[k].line == words[first].line)
    return any(_lower(region, k) in {"it", "its", "that"} and k < first for k in (start, line))


def _said_of(region: Region, first: int, ids: set[str], *, affirmed: bool = False) -> bool:
    """The claim at word ``first`` is predicated of a pronoun or of a model in ``ids``, past the
    copula, negation and adverbs before it ("it's not", "its still not", "X isn't really");
    ``affirmed``, only through a copula and without a negation ("it's open weights", not "its
    open weights are", nor "it's not open weights")."""
    k, linked, negated = first - 1, False, False
    while k >= 0 and (_lower(region, k) in _PREDICATE_GLUE or _lower(region, k) in _STAYING):
        linked = linked or _lower(region, k) in lx.COPULAS | _STAYING or _lower(region, k) in {"'s", "'re"}
        negated = negated or _lower(region, k) in lx.NEGATIONS
        k -= 1
    if k < 0 or (affirmed and (negated or not linked)):
        return False
    if _lower(region, k) in {"it", "its", "they", "that"}:
        return True
    if _lower(region, k) == "model" and _lower(region, k - 1) in {"the", "this"}:
        return True  # "...; for now the model remains proprietary"
    hit = region.mention_ending_at(k + 1)
    return hit is not None and hit[0].entry_id in ids


# A state that holds on: "the model remains proprietary", "it stays closed".
_STAYING = frozenset({"remains", "remain", "remained", "stays", "stay", "stayed"})

_PREDICATE_GLUE = frozenset(
    {
        "not",
        "n't",
        "nt",
        "never",
        "no",
        "longer",
        "still",
        "really",
        "actually",
        "truly",
        "technically",
        "even",
    }
    | {"just", "is", "are", "was", "were", "'s", "'re", "be", "been"}
)


_RESTRICTION = re.compile(
    r"\bnon ?- ?(?:commercial|production)\b|\bresearch[ -]only\b|\brestrict|\bcc ?- ?by ?- ?nc\b"
    r"|\b(?:can ?not|ca n't|not allowed to|not permitted to) use\b|\bacceptable use\b"
    r"|\b(?:revenue|user) (?:cap|limit|threshold)\b"
)


def _reply_corrects(region: Region, start: int, named: Sequence[Mention]) -> bool:
    """The reply to a quoted claim, the block opening at word ``start``, puts the accurate
    status in its place anywhere ("... so id say open weights", "..., not open source") and names
    no other model: it corrects the quotation."""
    block = region.words[start].block
    ids = {m.entry_id for m in named}
    k = start
    while k < len(region.words) and region.words[k].block == block:
        hit = region.mention_at(k)
        if hit is not None and hit[0].entry_id not in ids and _names_itself(region, hit[0]):
            return False
        k += 1
    stop = k
    for j in range(start, stop):
        # The status as a predicate ("so I'd say open weights."), not a premodifier ("open
        # weights models are fine by me").
        if (n := _phrase_at(region, j, lx.STATUS_TERMS)) and j + n <= stop:
            after = _lower(region, j + n) if j + n < stop else "."
            if not after.isalpha() or after in {"only", "though", "actually", "imo", "tbh", "instead"}:
                return True
        if region.words[j].start in region.claim_starts and _lower(region, j - 1) in {'"', "“", "'", "‘"}:
            return True  # '"Open-sourcing" is their marketing word': the claim's word held up
        if _lower(region, j) in {"not", "n't", "isnt", "nt"} and _lower(region, j + 1) == "osi":
            return True  # "fine for most of us but technically not OSI"
        denied = _lower(region, j) in {"not", "n't", "isnt", "nt"} and _lower(region, j + 1) == "open"
        if denied and _lower(region, j + 2 + (_lower(region, j + 2) == "-")) == "source":
            return True
    return False


def _restricts(region: Region, start: int) -> bool:
    """The sentence from word ``start`` says what the model's license forbids."""
    _, stop = _sentence_bounds(region, start)
    return _RESTRICTION.search(" ".join(_lower(region, k) for k in range(start, stop))) is not None


def _denies_claim(region: Region, k: int, reach: int = 3) -> bool:
    """Word ``k`` opens a denied copula and a claim: "isn't open source", "is not really open
    source", "was never open-source"."""
    if _lower(region, k) not in lx.COPULAS:
        return False
    denied = False
    for j in range(k + 1, min(k + 1 + reach, len(region.words))):
        if j in region.phrase_past:  # a claim, or what a fix wrote in its place
            return denied
        low = _lower(region, j)
        if low in lx.NEGATIONS:
            denied = True
        elif not low.isalpha():
            return False
    return False


_FALSE_WORDS = frozenset({"wrong", "false", "incorrect", "untrue", "inaccurate", "misleading"})


def _ends_in_denial(region: Region, start: int, stop: int) -> bool:
    """The sentence ``start:stop`` ends in a pronoun and a denied copula with nothing after it
    ("... it isn't.", "... they are not!", "... that's not."), in "says otherwise" or in
    "disagrees"."""
    end = stop - 1 if stop > start and _lower(region, stop - 1) in {".", "!"} else stop
    tail = [_lower(region, k) for k in range(max(start, region.reach_back(end, 4)), end)]  # claims: none
    denials = (["is", "n't"], ["is", "not"], ["are", "n't"], ["are", "not"], ["'s", "not"])
    if any(tail[-3:] == [who, *d] for who in ("it", "they", "that") for d in denials):
        return True
    # "As of this week, it has not been.", "It wasn't."
    if tail[-4:] in (
        [who, have, neg, "been"]
        for who in ("it", "they")
        for have in ("has", "have")
        for neg in ("not", "n't")
    ):
        return True
    if tail[-3:] in (
        [who, was, neg] for who in ("it", "they") for was in ("was", "were") for neg in ("not", "n't")
    ):
        return True
    # "This line from a tutorial is wrong on both counts.", "That claim is false."
    opening = [_lower(region, k) for k in range(start, min(start + 10, end))]
    if opening[:1] in (["this"], ["that"]) and any(
        a in lx.COPULAS and b in _FALSE_WORDS for a, b in pairwise(opening)
    ):
        return True
    if tail[-2:] in (["so", "no"], ["so", "nope"]) or tail[-3:] == ["so", ",", "no"]:
        return True  # "it's CC-BY-NC, so no": a reason, and the answer it gives
    if tail[-3:] in (["so", "not", "quite"], ["so", "not", "really"], [",", "not", "quite"]):
        return True  # "The license caps monthly users, so not quite."
    # "...; the license says otherwise.", "The OSI disagrees."
    if set(tail) & {"nobody", "no", "none", "few", "never", "n't", "not"}:
        return False  # "Nobody disagrees.", "Nothing says otherwise"
    said_otherwise = tail[-1:] == ["otherwise"] and len(tail) >= 2 and tail[-2].isalpha()
    return said_otherwise or tail[-1:] in (["disagrees"], ["disagree"])


def _echo_denied(region: Region, i: int, sentences: int = 3) -> bool:
    """A later sentence of the block echoes the claim as a question and answers no: "X was
    heralded as the largest open-source model, but ... Open source? Not really." """
    words = region.words
    if i >= len(words):
        return False
    for start in _sentence_starts(region, i, sentences):
        if words[start].block != words[i].block or words[start].start not in region.claim_starts:
            continue
        after = next((k for k in range(start, min(start + 5, len(words))) if words[k].text == "?"), -1)
        if after == -1 or any(_lower(region, k) not in _CLAIM_WORDS for k in range(start, after)):
            continue
        answer = after + 1
        denied = _lower(region, answer) in lx.NEGATIVE | {"hardly", "nope", "nah"}
        if denied or _phrase_at(region, answer, lx.REBUTTALS):
            return True
    return False


_CLAIM_WORDS = frozenset({"open", "-", "source", "sourced", "weights", "weight", "fully", "truly", "really"})


def _past_label(region: Region, i: int) -> int:
    """The word after a "Q:" or "A:" label at word ``i``, or after "The answer is" (``i``
    itself when there is none)."""
    labels = {"q", "question", "a", "answer"}
    while _lower(region, i) in _QUOTE_MARKS:
        i += 1  # "“Which model ...?” Our answer: X"
    if n := _phrase_at(region, i, (("the", "answer", "is"), ("the", "short", "answer", "is"))):
        return i + n
    if _lower(region, i) in {"our", "my", "short"} and _lower(region, i + 1) == "answer":
        i += 1  # "Our answer: X"
    return i + 2 if _lower(region, i) in labels and _lower(region, i + 1) == ":" else i


_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})

# Words that hedge or stress an answer without changing what it names.
_ANSWER_HEDGES = frozenset(
    "probably likely arguably easily definitely clearly maybe perhaps honestly still".split()
)


def _question_start(region: Region, start: int, first: int) -> int:
    """Where a question quoted after a lead-in begins: 'From the mailbag: "Which ...?"' asks from
    "Which"."""
    opened = [k for k in range(start, first) if _lower(region, k) in {":", '"', "“"}]
    return opened[-1] + 1 if opened else start


def _answered_yes(region: Region, first: int) -> bool:
    """The question is answered "yes" right after it, in its block or in an "A:" line: "Is Llama
    3 open source? Yes." asserts what it asked. A hedged answer ("Yes, but only the weights")
    asserts nothing."""
    words = region.words
    start, k = _sentence_bounds(region, first)
    asked = {m.entry_id for m in _mentions_from(region, start, k)}
    if k >= len(words) or _lower(region, _past_label(region, start)) not in {"is", "are", "was", "were"}:
        return False  # "Could it be open source? Yes." answers a supposition, not a fact
    if any(_lower(region, j) == "or" for j in range(first, k)):
        return False  # "Is it open source or open weights? ...": a choice, not yes or no
    labelled = _past_label(region, k)
    whole_block = _block_start(region, first) == start and (
        k >= len(words) or words[k].block != words[first].block
    )
    if words[k].block != words[first].block and labelled == k and not whole_block:
        return False  # a new block answers only when it says it is the answer ("A: Yes.") or
        # when the question is a block of its own, as in a FAQ ("**Is X open source?**" over "Yes.")
    k = labelled
    if _lower(region, k) not in lx.ANSWERS_YES:
        return False
    _, end = _sentence_bounds(region, k)
    # A yes that is asked back, glued into "Yes-ish" or qualified ("Yes, if ...", "Yes, says
    # Meta") asserts nothing.
    rest = [_lower(region, j) for j in range(k + 1, end)]
    glued = k + 1 < len(words) and words[k + 1].start == words[k].end and rest[:1] == ["-"]
    if glued or rest[-1:] == ["?"] or any(w in lx.ANSWER_HEDGES for w in rest):
        return False
    named = [hit[0] for j in range(k + 1, end) if (hit := region.mention_at(j)) is not None]
    if any(m.entry_id not in asked for m in named):
        return False  # "Yes, OLMo is.": the answer is about another model ("Yes — X is ..." is not)
    # "Yes. Or rather, no: ..." takes the answer back.
    return end >= len(words) or words[end].block != words[k].block or _lower(region, end) not in lx.TAKEN_BACK


def _superlative(region: Region, first: int) -> bool:
    """A superlative leads the claim's noun phrase ("Is X the best open-source model yet?"): the
    question asks about the rank, and takes the openness as given."""
    k, counted = first - 1, 0
    while k >= 0 and counted < 3:
        if k in region.phrase_words:
            k -= 1  # another claim, or what a fix writes: no word ("top open-weights open source")
            continue
        low = _lower(region, k)
        if not low.isalpha() or low in lx.DETERMINERS:
            break
        if low.endswith("est") or low in {"most", "first", "top", "leading"}:
            return True
        counted += 1
        k -= 1
    return False


def _elliptical(region: Region, last: int, *, contrast: bool = False) -> list[Mention]:
    """Names an elliptical clause later in the sentence predicates the claim of, its predicate
    left out: "..., but Llama 2 is." (``contrast``) or "..., and so is Falcon 40B." (otherwise)."""
    _, end = _sentence_bounds(region, last - 1)
    for k in range(last, end):
        low = _lower(region, k)
        if contrast and low in lx.ECHO_OPENERS:
            chain, copula = _echo_at(region, k + 1)
            if chain and (copula + 1 >= end or _lower(region, copula + 1) in _CLAUSE_CLOSERS):
                return chain
        if (
            not contrast
            and _lower(region, k - 1) in {"and", ",", ";", "just"}
            and (chain := _so_is(region, k))
        ):
            return chain  # "X is open source, and so is Y."
        if not contrast and low in {"and", ";"} and (chain := _echo_with(region, k + 1, _ALSO)):
            return chain  # "X is open source, and Y is too."
        if contrast and low == ";" and (chain := _echo_with(region, k + 1, _THOUGH)):
            return chain  # "X isn't open source; Y is, though."
    if end >= len(region.words) or region.words[end].block != region.words[last - 1].block:
        return []
    if contrast:
        chain, copula = _echo_at(region, end)
        if chain and _closes_sentence(region, copula + 1):
            return chain  # "X is not open source. Y is."
        return _echo_with(region, end, _THOUGH)  # "X is not open source. Y is, though."
    if _lower(region, end) == "so" and (chain := _so_is(region, end)):
        return chain  # "X is open source. So is Y."
    return _echo_with(region, end, _ALSO)  # "X is open source. Y is too."


def _so_is(region: Region, k: int) -> list[Mention]:
    """The names of an echo "so is Y" / "as is Y" opening at word ``k``."""
    if (
        _lower(region, k) in {"so", "as"}
        and _lower(region, k + 1) in lx.ECHO_COPULAS
        and region.mention_at(k + 2)
    ):
        return _chain_at(region, k + 2)
    return []


# What may close an elliptical clause: "..., but Llama 2 is.", "..., but X is, ..."
_CLAUSE_CLOSERS = frozenset({".", ",", ";", "!", ")", ":", "—", "–"})


def _echo_at(region: Region, at: int) -> tuple[list[Mention], int]:
    """The names opening an elliptical clause at word ``at`` and the index of its copula ("Llama
    2 is", "SD 1.5 still is"); ([], -1) when the clause is no echo of that shape."""
    if (hit := region.mention_at(at)) is None or hit[0].possessive:
        return [], -1
    chain = _chain_at(region, at)
    after = region.word_range(chain[-1].start, chain[-1].end)[1]
    if _lower(region, after) in lx.ECHO_ADVERBS:
        after += 1  # "..., but SD 1.5 still is"
    return (chain, after) if _lower(region, after) in lx.ECHO_COPULAS else ([], -1)


# The words that close an echo: of a denied claim ("Y is, though."), of an asserted one ("Y is
# too.", "Y is as well.").
_THOUGH = (("though",), ("tho",), ("however",))
_ALSO = (("too",), ("as", "well"))


def _closes_sentence(region: Region, k: int) -> bool:
    """Word ``k`` ends its sentence, or is past it: a full stop or "!" last, or none at all."""
    if k >= len(region.words) or not _same_sentence(region, k - 1, k):
        return True
    return _lower(region, k) in {".", "!"} and (
        k + 1 >= len(region.words) or not _same_sentence(region, k, k + 1)
    )


def _echo_with(region: Region, at: int, tails: tuple[tuple[str, ...], ...]) -> list[Mention]:
    """The names a clause opening at word ``at`` echoes the claim of, closed by one of
    ``tails``: "Y is, though.", "Y and Z are though, both Apache 2.0", "Y is too."."""
    chain, copula = _echo_at(region, at)
    if not chain:
        return []
    k = copula + 1 + (_lower(region, copula + 1) == ",")
    tail = next((t for t in tails if all(_lower(region, k + n) == w for n, w in enumerate(t))), None)
    if tail is None:
        return []
    k += len(tail) - 1
    closes = k + 1 >= len(region.words) or not _same_sentence(region, k, k + 1)
    return chain if closes or _lower(region, k + 1) in _CLAUSE_CLOSERS else []


def _field(region: Region, first: int, last: int) -> str | None:
    """The claim as one half of a "key: value" line that is the whole block: "yes" for "Open source:
    yes" and "License: open source", "no" for "Open source: no", None for any other shape."""
    words = region.words
    block = words[first].block
    start = _block_start(region, first)
    # A field is a line of its own: the whole block, or one line of a card ("**Open source:**
    # Yes" over "**Context:** 8K" in one paragraph).
    line = words[first].line
    while start < first and words[start].line != line:
        start += 1
    end = last
    while end < len(words) and words[end].block == block and words[end].line == line and end - last < 8:
        end += 1
    if end < len(words) and words[end].block == block and words[end].line == line:
        return None  # a longer line: a sentence, not a field
    rest = [w.lower for w in words[last:end] if w.lower not in {"*", "_", "**"}]
    # "Open source: Yes (Gemma Terms of Use)": a bracketed note that does not hedge the answer.
    note = rest[2:]
    hedged = set(note) & (lx.FRAGMENT_BLOCKERS | lx.ANSWER_HEDGES | {"caveat", "caveats"})
    if note[:1] == ["("] and note[-1:] == [")"] and not hedged:
        rest = rest[:2]
    if first == start and rest[:1] == [":"] and len(rest) == 2:
        return "yes" if rest[1] in lx.AFFIRMATIVE else "no" if rest[1] in lx.NEGATIVE else None
    key = [w.lower for w in words[start:first]]
    if (
        key[-1:] == [":"]
        and len(key) == 2
        and key[0] in lx.FIELD_KEYS
        and all(not c.isalnum() for w in rest for c in w)
    ):
        return "yes"
    return None


def _described_as_software(region: Region, subject: Mention) -> str | None:
    """The software noun a description right after the name calls it: "X - An open-source
    framework by ...", "X: a Python library for ...". None when it says no such thing."""
    k = region.word_range(subject.start, subject.end)[1]
    while _lower(region, k) in {"-", "–", "—", ":", "*", "**"}:
        k += 1
    k += _lower(region, k) in {"a", "an", "the"}
    for j in range(k, min(k + 5, len(region.words))):
        if not _same_sentence(region, k, j):
            break
        low = _lower(region, j)
        if low in lx.SOFTWARE_NOUNS:
            return region.words[j].text
        if low in lx.MODEL_NOUNS or not (_plain_word(region, j) or j in region.phrase_words or low == "-"):
            break  # (a model noun heads it: "A chatbot interface ..." stays the item's model)
    return None


_RELEASE_GROUPS = frozenset({"release", "series", "family", "lineup", "collection", "suite", "launch"})
_HOLDING = frozenset(
    {"includes", "include", "comprises", "comprise", "contains", "contain", "spans", "features"}
)


def _version_named_after(region: Region, line: Mention, end: int) -> Mention | None:
    """The member of ``line`` (a family or base model named just before ``end``) that an
    apposition after it names, past one more apposition: "a version of Grok, the first version,
    Grok 1". The member's name begins with the line's."""
    k = end
    for _ in range(2):
        if _lower(region, k) != ",":
            return None
        hit = region.mention_at(k + 1)
        if hit is not None:
            named = hit[0]
            prefix = line.text.lower()
            return named if named.text.lower().startswith(prefix) and len(named.text) > len(prefix) else None
        j = k + 1
        while j < k + 6 and (_plain_word(region, j) or _lower(region, j).isdigit()):
            j += 1
        k = j
    return None


def _release_includes(region: Region, first: int) -> list[Mention]:
    """The names the next sentence says a release holds, when it opens on "The release (series,
    family) includes ..."."""
    start, end = _sentence_bounds(region, first)
    if end >= len(region.words) or region.words[end].block != region.words[first].block:
        return []
    acts = lx.RELEASE_VERBS | _BRINGING_IN | {"release", "launch", "open-sourced", "open-sourcing"}
    if not any(_lower(region, j) in acts for j in range(start, end)):
        return []  # the claim's sentence brought no release the next one could mean
    k = end
    if (
        _lower(region, k) not in {"the", "this", "that", "these"}
        or _lower(region, k + 1) not in _RELEASE_GROUPS
    ):
        return []
    if _lower(region, k + 2) not in _HOLDING:
        return []
    _, stop = _sentence_bounds(region, k)
    return [m for m in _mentions_from(region, k + 3, stop) if not m.possessive and _names_itself(region, m)]


def _denies_or_contrasts(region: Region, start: int, end: int) -> bool:
    """Words ``start:end`` deny ("not", "isn't") or set apart ("but", "unlike"): a label's value
    that does so says nothing the label claims."""
    said = {_lower(region, k) for k in range(start, end)}
    return bool(said & (lx.NEGATIONS | lx.CONTRAST_TERMS)) or any(w.endswith("n't") for w in said)


def _label_bracket_examples(region: Region, first: int, last: int) -> list[Mention]:
    """The names in brackets that close the sentence a label that is the claim alone opens:
    "Open-source: you can download and self-host (X, Y)." Not a sentence that denies or sets apart."""
    start, end = _sentence_bounds(region, first)
    if first != start or _lower(region, last) != ":":
        return []
    close = end - 1 - (_lower(region, end - 1) in {".", "!"})
    if _lower(region, close) != ")" or (opening := _bracket_opening(region, close)) == -1 or opening <= last:
        return []
    if _denies_or_contrasts(region, last + 1, opening):
        return []
    named = _mentions_from(region, opening + 1, close)
    others = _unlisted_words(region, opening + 1, close, named)
    if not named or others or any(m.possessive or not _names_itself(region, m) for m in named):
        return []
    return named


def _open_source_of(region: Region, first: int, last: int) -> list[Mention] | None:
    """The claim as a noun of the act, "the official open source of the fine-tuned X model" (as
    "the open-sourcing of X"): the names its "of" takes, past a determiner and a few modifiers."""
    det = first - 1 - (_lower(region, first - 1) in {"official", "full", "complete"})
    if _lower(region, last) != "of" or _lower(region, det) != "the":
        return None
    k = last + 1
    while (
        k < last + 5 and region.mention_at(k) is None and (_plain_word(region, k) or _lower(region, k) == "-")
    ):
        k += 1
    return _chain_at(region, k) if region.mention_at(k) is not None else None


def _labelled_feature(region: Region, first: int, last: int) -> Mention | None:
    """The model a sentence under a label that is the claim alone opens with: "**Open Source**:
    Gemma 2 provides full access to its weights". Not a value that denies or sets apart."""
    if first != _block_start(region, first) or _lower(region, last) != ":":
        return None
    v = last + 1
    if v >= len(region.words) or region.words[v].line != region.words[last].line:
        return None
    v += _lower(region, v) == "the"
    hit = region.mention_at(v)
    if hit is None or not _same_sentence(region, v, hit[1]):
        return None
    _, end = _sentence_bounds(region, v)
    if _denies_or_contrasts(region, hit[1], end):
        return None
    said = {_lower(region, k) for k in range(hit[1], end)}
    if not said & (lx.COPULAS | lx.CLAUSE_VERBS) and not any(
        _plain_word(region, k) and _lower(region, k).endswith("s")
        for k in range(hit[1], min(hit[1] + 2, end))
    ):
        return None  # a statement: "X provides ...", "X is ...", not a bare list of names
    return hit[0]


def _block_start(region: Region, i: int) -> int:
    """The first word of word ``i``'s block."""
    block = region.words[i].block
    while i > 0 and region.words[i - 1].block == block:
        i -= 1
    return i


def _colon_attributes(region: Region, first: int, last: int) -> list[Mention]:
    """The subject of a clause whose colon opens a verbless list of attributes holding the claim:
    "MPT-7B was a big deal when it came out: open source, commercially usable, 65k context"."""
    start, end = _sentence_bounds(region, first)
    colon = next((k for k in range(first - 1, start, -1) if _lower(region, k) == ":"), -1)
    if colon == -1 or _lower(region, last) == ":" or not _verbless(region, first, (colon + 1, end)):
        return []
    if any(_lower(region, k) in lx.FRAGMENT_BLOCKERS | lx.LACK_WORDS for k in range(start, end)):
        return []  # "X lacks one property: open source", "X wants to be: ... open source"
    if any(not (_lower(region, k).isalpha() or _lower(region, k) == ",") for k in range(colon + 1, first)):
        return []
    named = [m for m in _mentions_from(region, start, colon) if not m.possessive]
    hit = region.mention_at(start)
    if hit is None or hit[0].possessive or len({m.entry_id for m in named}) != 1:
        return []  # the clause must open with its one model: "X vs Y: open source, fast" says neither
    verbs = lx.COPULAS | lx.CLAUSE_VERBS | lx.HAVE_VERBS
    return [hit[0]] if any(_lower(region, k) in verbs for k in range(hit[1], colon)) else []


_CHUNK_MARKS = frozenset({",", ";", "·", "•", "|", "/", "(", ")", ".", "!", "—", "–"})


def _chunk_mark(region: Region, k: int) -> bool:
    return _lower(region, k) in _CHUNK_MARKS or _spaced_hyphen(region, k)


_AND_BUT = frozenset({"and", "but"})
# What a "but" after a claim turns to when it takes the claim back in part.
_BUT_HEDGES = (
    lx.NEGATIONS
    | lx.CONTRAST_TERMS
    | lx.LICENSE_NOUNS
    | lx.FRAGMENT_BLOCKERS - {"but", "though", "however"}
    | {"weights", "restrictions", "restricted", "restrictive", "caveat", "caveats", "catch", "asterisk"}
)


def _tagline(region: Region, first: int, last: int, end: int) -> Mention | None:
    """The model of the section a tagline stands in: a block that is only the claim and a role
    noun ("### Llama 3.1 405B" over "**Open-source giant**", "Open source champion.")."""
    block = region.words[first].block
    if region.block_subjects.get(block) is not None or first != _block_start(region, first):
        return None
    nouns = range(last, end)
    if not 1 <= len(nouns) <= 2 or _lower(region, end - 1) not in lx.ROLE_NOUNS:
        return None
    if not all(_plain_word(region, k) for k in nouns):
        return None
    if end < len(region.words) and region.words[end].block == block and _lower(region, end) not in {".", "!"}:
        return None
    if end + 1 < len(region.words) and region.words[end + 1].block == block:
        return None  # more words follow in the block
    return region.item_topics.get(block) or region.subject


def _described_after_name(region: Region, first: int, reach: int = 4) -> Mention | None:
    """The name a block opens with, when a noun phrase holding the claim follows it directly, as
    in a list of links with what each is ("- [X](...) local open-source speech recognition"):
    premodifiers only between, and no verb in the block before the claim."""
    subject = region.block_subjects.get(region.words[first].block)
    if subject is None or subject.possessive or makes_next(region, subject):
        return None
    start, end = region.word_range(subject.start, subject.end)
    if start != _block_start(region, first) or end > first or first - end > 3 * reach:
        return None
    between = range(end, first)
    if any(k in region.phrase_words for k in between):
        return None  # another claim, or what a fix wrote, between: each claim reads the name alone
    # a word joined by hyphens is part of one premodifier ("state-of-the-art")
    joined = {k for k in between if _lower(region, k - 1) == "-" or _lower(region, k + 1) == "-"}
    if len([k for k in between if k not in joined]) + bool(joined) > reach:
        return None
    if not all(_plain_word(region, k) or _lower(region, k) == "-" or k in joined for k in between):
        return None
    if any(
        _lower(region, k) in lx.COPULAS | lx.CLAUSE_VERBS | lx.FUNCTION_WORDS
        or (_lower(region, k).endswith(("s", "ed")) and not _lower(region, k).endswith("ss"))  # "X shows ..."
        for k in between
        if k not in joined
    ):
        return None
    # not "X open-source tools are great": the noun phrase is no sentence's subject
    _, stop = _sentence_bounds(region, first)
    if any(_lower(region, k) in lx.COPULAS | lx.CLAUSE_VERBS | lx.MODALS for k in range(first, stop)):
        return None
    return subject


def _fragment_topic(region: Region, first: int, last: int) -> list[Mention]:
    """The models a verbless fragment holding the claim describes: "### X" over "Still open
    source."; a row's "| open source, Apache 2.0 |" under a "Notes" column; "# X" over "Open
    source · decoder only". The claim must stand as one bare item of the fragment (not "The
    tokenizer: open source", not "Open Source Inference"), unhedged ("Almost open source",
    "Allegedly open source", "Open source (says Meta)" describe nothing), and in a table only the
    row's own model and a column of descriptions count."""
    block = region.words[first].block
    start, end = _sentence_bounds(region, first)
    words = region.words
    line = first
    while line > start and words[line - 1].line == words[first].line:
        line -= 1
    card_line = line > _block_start(region, first) and any(
        _lower(region, k) == ":" for k in range(line, min(line + 4, first))
    )
    if card_line:
        # A card's labelled line in one paragraph ("**Author:** X⏎**Description:** ...") is its
        # own unit, as the run of lines no full stop parts is not.
        start = line
        end = next((k for k in range(first, end) if words[k].line != words[first].line), end)
    # "Open-source — MIT license, free for commercial use": a label whose value says which
    # licence; the value describes the label, and its own verbs ("use") are no predicate.
    licensed = (_chunk_mark(region, last) or _lower(region, last) == ":") and any(
        _lower(region, j) in lx.LICENSE_NOUNS | lx.LICENSE_NAMES for j in range(last + 1, min(last + 5, end))
    )
    if _lower(region, end - 1) == "?" or (_lower(region, last) == ":" and not licensed):
        return []  # "Open source? Not really.", "Open source: yes, with caveats" (a field)
    opening = max((k + 1 for k in range(start, first) if _chunk_mark(region, k)), default=start)
    colon = next((k for k in range(start, min(start + 3, first)) if _lower(region, k) == ":"), -1)
    label_end = start
    if colon != -1 and all(_lower(region, k) in lx.ATTRIBUTE_LABELS for k in range(start, colon)):
        label_end = colon + 1  # "**Pros:** open source, fast": a label of attributes
        opening = max(opening, label_end)
    lead = [_lower(region, k) for k in range(opening, first)]
    # "Small, fast and open source.": the last of coordinated attributes.
    coordinated = (
        len(lead) == 2
        and lead[1] in {"and", "&"}
        and _plain_word(region, opening)
        and lead[0] not in lx.MODEL_NOUNS | lx.SOFTWARE_NOUNS
        and opening > start
    )
    if not coordinated and any(w not in lx.FRAGMENT_OPENERS for w in lead):
        return []
    chunk_end = next((k for k in range(last, end) if _chunk_mark(region, k)), end)
    # "Open source too.": an additive adverb closes the fragment
    additive = _lower(region, last) in {"too", "also"} and last + 1 >= chunk_end - 1
    if (
        last < end
        and not _chunk_mark(region, last)
        and _lower(region, last) not in {"and", "but"}
        and not additive
        and not licensed
        and not _under_licence(region, last, chunk_end)
    ):
        return []  # "Open source and surprisingly good" goes on; "Open Source Inference" is a name

    # A hedge anywhere takes the fragment back; a "no" in a later item is that item's ("Open
    # source, no API key needed"), and so is a comparison in a later predicate ("Open source,
    # runs on my laptop, beats GPT-4o": what it beats is the model's, not the claim's).
    predicates = _predicates_follow(region, first, last, end)

    def blocks(k: int) -> bool:
        later_no = k >= chunk_end and _lower(region, k) == "no" and k + 1 < end and _plain_word(region, k + 1)
        if k >= chunk_end and predicates and _lower(region, k) in lx.COMPARISON:
            return False
        if _lower(region, k) in _TURNING and k >= last:
            # "Open source, but only the weights" hedges; "open source but good luck fitting it
            # anywhere", "80b total but only 3b active" go on about something else.
            return any(_lower(region, j) in _BUT_HEDGES for j in range(k + 1, min(k + 4, end)))
        return _lower(region, k) in lx.FRAGMENT_BLOCKERS and not later_no

    # ", and the completions are legit": a clause of its own after the fragment's items
    joined = end
    for k in range(last, end - 1):
        if _lower(region, k) == "," and _lower(region, k + 1) in _AND_BUT:
            joined = k
            break
        if _lower(region, k) in {"but", "so"} and k >= last:
            joined = k  # "open source but good luck fitting it anywhere": a clause of its own
            break
    # A negation in that clause is its own ("open source, 14b, and it doesn't refuse like X
    # did"); a turn to a hedge is the fragment's.
    if any(blocks(k) for k in range(start, end) if k < joined or _lower(region, k) in _TURNING):
        return []
    in_cell = block in region.cells  # a cell lists attributes: only the claim's own item counts
    own_item = in_cell or licensed or _predicates_follow(region, first, last, joined)
    # (A licence label's value is its own: "Open source: Apache licensed for commercial use".)
    label = (opening, last) if licensed else (opening, chunk_end)
    if not _verbless(region, first, label if own_item else (start, joined)):
        return []
    if in_cell:
        column = region.cells[block][2]
        header = set(re.findall(r"\w+", region.column_headers.get(block, "")))
        described = column > 0 and bool(header & lx.DESCRIPTION_HEADERS)
        subject = region.block_subjects.get(block)
        return [subject] if described and subject is not None else []
    own = region.item_topics.get(block) or region.block_subjects.get(block)
    if own is not None:
        return [own]
    # The section's or page's model: only for a fragment that opens its block (or its card
    # line), or follows fragments ("Served with vLLM. Open source." is about vLLM).
    block_start = start if card_line else _block_start(region, first)
    if start != block_start and not _verbless(region, block_start, (block_start, start)):
        turned = any(_lower(region, k) in _TURNING for k in range(last, end))
        if turned and len({m.entry_id for m in _mentions_from(region, block_start, start)}) > 1:
            return []  # "switched from X to Y. open source but too slow": which one is not said
        return _named_just_before(region, start)
    # Nothing named before it in its block: "Served with vLLM. Open source." and "Runtime:
    # llama.cpp — open source" describe what they name.
    firsts = {
        block_start,
        label_end,  # "**Description:** A big model, ...": a capital after a label opens its text
        *(k for k in range(block_start + 1, first) if region.words[k].sent != region.words[k - 1].sent),
    }
    named = any(
        any(c.isupper() for c in region.words[k].text) and k not in firsts for k in range(block_start, first)
    )
    labelled = any(_lower(region, k) == ":" for k in range(label_end, first))
    return [] if named or labelled or region.subject is None else [region.subject]


def _under_licence(region: Region, k: int, end: int) -> bool:
    """Words ``k:end`` say which licence: "under Apache 2.0", "under the MIT license", "with a
    commercial license" (not "under the hood")."""
    said = range(k + 1, end)
    if _lower(region, k) == "with":  # "with a commercial license", not "with GPT-4 quality"
        return any(_lower(region, j) in lx.LICENSE_NOUNS for j in said)
    if _lower(region, k) != "under":
        return False
    return any(_lower(region, j) in lx.LICENSE_NOUNS or region.words[j].text[:1].isupper() for j in said)


def _predicates_follow(region: Region, first: int, last: int, end: int) -> bool:
    """The claim opens its sentence as a bare item and the items after it are more of what is
    said of the same unnamed subject: "Open source, runs on my laptop, is fast". Each item opens
    with a verb ("runs", "is") or a size ("128k context"): not with a subject of its own ("Open
    source, the weights are on HF"), nor with an aside that makes the claim the subject ("Open
    source, on the other hand, is catching up")."""
    if _sentence_bounds(region, first)[0] != first or _lower(region, last) != ",":
        return False
    for k in range(last, end):
        if _lower(region, k) != "," or k + 1 >= end:
            continue
        nxt = _lower(region, k + 1)
        verb = (
            nxt in lx.COPULAS
            or nxt in lx.CLAUSE_VERBS
            or (nxt.isalpha() and nxt.endswith("s") and not nxt.endswith("ss"))
        )
        if region.mention_at(k + 1) is not None or not (verb or nxt[:1].isdigit()) or nxt in lx.PREPOSITIONS:
            return False
    return True


_OBJECT_OPENERS = frozenset({"against", "by", "for", "from", "of", "than", "to", "with"})
_TURNING = frozenset({"but", "though", "however"})


def _after_label(region: Region, first: int, reach: int = 5) -> tuple[int, int]:
    """The claim's sentence, past a short label that opens it ("Why we like it: a fast open-source
    model", "Bottom line: the open-source LLM that ..."): the label's own verbs are no clause."""
    start, end = _sentence_bounds(region, first)
    words = region.words
    line = first
    while line > start and words[line - 1].line == words[first].line:
        line -= 1
    if line > start and any(_lower(region, k) == ":" for k in range(line, min(line + reach + 1, first))):
        # A card's line in one paragraph ("**Model:** X⏎**Type:** open-source LLM"): the claim's
        # own line is its unit, not the run of lines no full stop parts.
        start = line
        end = next((k for k in range(first, end) if words[k].line != words[first].line), end)
    colon = next((k for k in range(start, min(start + reach + 1, first)) if _lower(region, k) == ":"), -1)
    if colon == -1 or _lower(region, colon - 1) in _OBJECT_OPENERS:
        return start, end  # "We compared it with: ...": the colon opens an object, not a label's text
    return colon + 1, end


def _opens_sentence(region: Region, mention: Mention) -> bool:
    """The mention is the first word of its sentence (its subject, as a rule)."""
    at = region.word_range(mention.start, mention.end)[0]
    return _sentence_bounds(region, at)[0] == at


def _class_fragment(region: Region, first: int, head: _Head) -> bool:
    """The claim's sentence is a fragment that opens with the class: "Open-source models." or a
    list of attributes led by it ("Open-source models, sovereign hosting, no lock-in"), not a
    clause ("Open-source models, meanwhile, lag") or a question."""
    start, end = _sentence_bounds(region, first)
    if _lower(region, end - 1) == "?":
        return False
    if first != start:
        # "Best open source model for its size imo.": a ranked description, without a verb.
        lead = [_lower(region, k) for k in range(start, first)]
        ranked = any(_ranks(w) for w in lead) and all(_ranks(w) or w in lx.DETERMINERS for w in lead)
        return ranked and region.words[head.index].lower[-1:] != "s" and _verbless(region, first)
    if head.index + 1 == end or (head.index + 2 == end and _lower(region, end - 1) in {".", "!"}):
        return True
    chunks = sum(_lower(region, k) == "," for k in range(first, end)) + 1
    turned = lx.SET_APART | lx.CONTRAST_TERMS | lx.DISCOURSE_TURNS
    return chunks >= 3 and not any(_lower(region, k) in turned for k in range(first, end))


# A word that may name something: a capital anywhere ("vLLM", "Ollama"), or letters joined to a
# dot or digits ("llama.cpp", "mlx5").
_NAME_LIKE = re.compile(r"[A-Z]|[a-z][.\d]|\d[a-z]")
_SIZE = re.compile(r"\d+(?:\.\d+)?[bmkt]", re.IGNORECASE)  # "24B", "480b", "1.5B": a size, no name


def _named_just_before(region: Region, start: int) -> list[Mention]:
    """The model, or the one list of models, the block's first sentence names last, which a
    verbless fragment opening the next sentence goes on to describe: "Just tried Devstral Small 2.
    Open source, runs on a 4090."; "anyone else using X? open source, apache, and fast". Not
    when that sentence names models apart ("X beat Y") or names something else after them
    ("Served Llama 3 with vLLM. Open source." may be about vLLM); a place ("in Cline") is none."""
    words = region.words
    if start == 0 or words[start - 1].block != words[start].block:
        return []
    prev, _ = _sentence_bounds(region, start - 1)
    block_start = _block_start(region, start)
    for _ in range(2):
        # Past fragments that describe the same model: "tried arctic instruct. 480b moe. open source"
        if (
            prev == block_start
            or _mentions_from(region, prev, start)
            or not _verbless(region, prev, (prev, start))
        ):
            break
        prev, _ = _sentence_bounds(region, prev - 1)
    if prev != block_start:
        return []  # "**Tool: Ollama.** Runs Llama 3. Open source.": the block's topic came first
    named = _mentions_from(region, prev, start)
    if not named or not all(_names_itself(region, m) for m in named):
        return []
    if len({m.entry_id for m in named}) > 1 and (target := _swap_target(region, prev, start, named)):
        named = [target]  # "just swapped GPT-4o out for X. open source ftw": X is now in use
    if len({m.entry_id for m in named}) > 1:
        chain = _chain_at(region, region.word_range(named[0].start, named[0].end)[0])
        if len(chain) != len(named):
            return []  # two noun phrases: "X beat Y"
        if any(_lower(region, k) in lx.COMPARISON | lx.STUDY_VERBS for k in range(prev, start)):
            return []  # "Compared X and Y today. Open source, fast.": which one is not said
        named = chain
    after = region.word_range(named[-1].start, named[-1].end)[1]
    for k in range(after, start):
        # Another name after the models ("with vLLM", "on llama.cpp") may be what is described.
        name = _NAME_LIKE.search(words[k].text) is not None and not _SIZE.fullmatch(words[k].text)
        modifier = _lower(region, k - 1) in lx.DETERMINERS or _lower(region, k + 1) == "-"  # "our EU-hosted"
        if name and region.mention_at(k) is None and not modifier:
            return []
    if any(_lower(region, k) in lx.NEGATIONS for k in range(prev, start)):
        return []
    return named if len({m.entry_id for m in named}) > 1 else [named[-1]]


def _legend_members(region: Region, first: int) -> list[Mention]:
    """The models whose names carry the mark a legend gives the claim's class: "† denotes
    open-source models" over "| Codestral 22B † | 81.1 |"."""
    start, _ = _sentence_bounds(region, first)
    mark = next(
        (
            region.words[k].text
            for k in range(start, first - 1)
            if region.words[k].text in lx.LEGEND_MARKS
            and _lower(region, region.past_phrases(k + 1)) in lx.LEGEND_VERBS  # a claim is no word
        ),
        "",
    )
    turned = lx.NEGATIONS | lx.CONTRAST_TERMS  # not the "proprietary" a fix writes
    said = (k for k in range(start, first) if k not in region.phrase_words)
    if not mark or any(_lower(region, k) in turned for k in said):
        return []
    out = []
    for mention in region.mentions:
        _, after = region.word_range(mention.start, mention.end)
        marked = after < len(region.words) and region.words[after].text == mark
        if marked and not _same_sentence(region, first, after):
            out.append(mention)
    return out


def _column_model(region: Region, cell: tuple[int, int, int]) -> Mention | None:
    """The model a column's header names, when the table's models head its columns ("| |
    Mistral Large 2 | Claude 3.5 Sonnet |" over "| License | Open source | Proprietary |")."""
    table, _, column = cell
    for block, (group, row, col) in region.cells.items():
        if (group, row, col) == (table, 0, column):
            words = region.block_words(block)
            hit = region.mention_at(words[0]) if words else None
            if hit is not None and not hit[0].possessive and hit[1] == words[-1] + 1:
                return hit[0]  # the header is the name alone
    return None


def _ranked_after(region: Region, first: int) -> list[Mention]:
    """The names a ranking sentence places after its subject: "..., ahead of Y and Z",
    "..., followed by Y"; up to a ";" or a word that sets a name apart."""
    _, end = _sentence_bounds(region, first)
    end = next((k for k in range(first, end) if _lower(region, k) == ";"), end)
    # A qualified rank takes the names out of the class: "..., followed by GPT-4o if you count
    # closed ones", "... followed by Llama 3 among open-weights ones". (The subject "leads".)
    turns = (lx.SET_APART - {"lead", "leads"}) | lx.CONTRAST_TERMS | lx.HYPOTHETICAL | {"among", "counting"}
    if any(_lower(region, k) in turns or (k > first and _status_at(region, k)) for k in range(first, end)):
        return []
    out: list[Mention] = []
    for k in range(first, end):
        if (_lower(region, k), _lower(region, k + 1)) in {("ahead", "of"), ("followed", "by")}:
            out.extend(_chain_at(region, k + 2))
    return out


def _wanted_then_picked(region: Region, first: int, head: int) -> list[Mention]:
    """The models a recommendation names for the class a condition wants: "If you want the best
    open-source model for a laptop, pick X." ("if" here states a wish, not a supposition)."""
    start, end = _sentence_bounds(region, first)
    if (
        label := next((k for k in range(start, min(start + 5, first)) if _lower(region, k) == ":"), -1)
    ) != -1:
        start = label + 1  # "TL;DR: if you need ..."
    # "For an open-source option, consider X": the class the advice is for, fronted.
    for_class = _lower(region, start) == "for" and region.count(start, first) <= 3
    if_you = _lower(region, start) == "if" and _lower(region, start + 1) in {"you", "we"}
    wanting = if_you and _lower(region, start + 2) in lx.WANTING_VERBS and region.count(start, first) <= 8
    if not for_class and not wanting:
        return []
    comma = next((k for k in range(head + 1, end) if _lower(region, k) == ","), -1)
    if comma == -1 or region.mention_at(comma - 1) is not None or _mentions_from(region, start, comma):
        return []
    k = comma + 1 + (_lower(region, comma + 1) in {"then", "just"})
    if (hit := region.mention_at(k)) is not None and _lower(region, hit[1]) in lx.COPULAS:
        # "..., X is the one" / "X is a good pick": a name equated with a choice (not "is not it")
        said = [_lower(region, j) for j in range(hit[1] + 1, min(hit[1] + 5, end))]
        chosen = set(said) & (lx.CHOICE_NOUNS | {"one", "answer", "winner"})
        rejected = set(said) & (lx.NEGATIONS | {"wrong", "bad", "poor", "worst"})  # "the wrong choice"
        return _chain_at(region, k) if chosen and not rejected else []
    picks = lx.RECOMMEND_VERBS | {"try", "get", "grab", "go", "consider", "look", "check"}
    if _lower(region, k) not in picks:
        return []
    k += 1 + (_lower(region, k) == "go" and _lower(region, k + 1) == "with")
    k += _lower(region, k - 1) in {"look", "check"} and _lower(region, k) in {"at", "out"}
    # "pick open-source X and Y": the picks are the names, with or without a claim on them (the
    # list fix drops it).
    return _chain_at(region, region.past_phrases(k))


def _makers_own(region: Region, first: int, last: int) -> list[Mention]:
    """The models whose makers the sentence named, when a claim verb's object is their own: "We
    thank the authors of Vicuna and Alpaca for open-sourcing their models", "the team behind
    Mistral 7B open-sourced its weights", "the Falcon 40B team for open-sourcing their model"."""
    if _lower(region, last) not in {"their", "its"}:
        return []
    ahead = [k for k in range(last + 1, region.reach_ahead(last + 1, 2)) if k not in region.phrase_words]
    if not any(_lower(region, k) in lx.MODEL_NOUNS or _lower(region, k) == "weights" for k in ahead):
        return []
    start, _ = _sentence_bounds(region, first)
    for k in range(start, first):
        low = _lower(region, k)
        if low in lx.MAKER_NOUNS and _lower(region, k + 1) in {"of", "behind"}:
            named = _chain_at(region, k + 2)
        elif (hit := region.mention_at(k)) is not None and _lower(region, hit[1]) in lx.MAKER_NOUNS:
            named = _chain_at(region, k)
        else:
            continue
        if named and (_lower(region, last) == "their" or len(named) == 1):
            return named
    return []


def _appositive_name(region: Region, first: int, last: int, comma: int) -> list[Mention]:
    """A name set off by commas right after the claim's noun phrase, whatever its noun: the
    phrase describes it ("Stability AI's open-source image generator, Stable Diffusion XL, is ...").
    The phrase opens with a determiner or a possessive, and no fronted phrase ends at the comma
    ("In the open-source world, Llama 3 ...")."""
    if _lower(region, comma) != "," or comma <= last or not _plain_word(region, comma - 1):
        return []
    before = _lower(region, first - 1)
    # A determiner or a possessive: "the", "Stability AI's", "Black Forest Labs'".
    possessive = before == "'s" or (before in {"'", "’"} and _lower(region, first - 2).endswith("s"))
    if (before not in lx.DETERMINERS and not possessive) or _across_fronted(region, first, comma + 1):
        return []
    named = _chain_at(region, comma + 1)
    if not named:
        return []
    after = region.word_range(named[-1].start, named[-1].end)[1]
    closed = (
        after >= len(region.words)
        or not _same_sentence(region, after - 1, after)
        or _lower(region, after) in {",", ".", ";"}
    )
    return named if closed else []


def _relative_subject_before(region: Region, verb: int) -> int:
    """The comma before "which"/"that" when a short subject stands between it and the verb at
    ``verb`` ("X, which it calls", "X, which the company considers"); -1 otherwise."""
    for rel in range(verb - 1, max(verb - 4, 0), -1):
        if _lower(region, rel) in {"which", "that"}:
            subject = range(rel + 1, verb)
            if subject and all(_plain_word(region, k) for k in subject) and _lower(region, rel - 1) == ",":
                return rel - 1
            return -1
    return -1


def _held_up(region: Region, first: int, head: int) -> list[Mention]:
    """The model a sentence holds up as evidence for its class: "DeepSeek-R1 proves open-source
    models can match o1", "The success of Mistral 7B shows that open-source models can compete"
    (only as a member shows what the class can do). Not where the sentence sets the class apart
    or below ("GPT-4 shows that open-source models still lag")."""
    start, end = _sentence_bounds(region, first)
    k = first - 1 - (_lower(region, first - 1) == "that")
    while k > start and _lower(region, k) in lx.DETERMINERS:
        k -= 1
    if _lower(region, k) not in lx.EVIDENCE_VERBS or not _lower(region, head).endswith("s"):
        return []
    if _lower(region, head + 1) not in {"can", "could"}:
        return []  # what the class can do, shown by a member ("can match o1"), not "has a way to go"
    # Before the claim nothing may turn; after "can", what the class can do may be to rival or
    # beat another model, but not to fall behind.
    apart = lx.SET_APART | lx.NEGATIONS | lx.CONTRAST_TERMS
    before = apart | lx.LEAD_BLOCKERS | lx.COMPARISON
    if any(_lower(region, j) in before for j in range(start, first) if j not in region.phrase_words):
        return []
    if any(_lower(region, j) in apart | {"lag", "behind", "short"} for j in range(head + 1, end)):
        return []
    named = _mentions_from(region, start, k)
    # The subject: the name itself, or "the success (release) of" it.
    if len({m.entry_id for m in named}) != 1 or named[0].possessive:
        return []
    at = region.word_range(named[0].start, named[0].end)[0]
    lead = [_lower(region, j) for j in range(start, at)]
    if lead and not (lead[-1] == "of" and len(lead) <= 4) and not all(w in lx.DETERMINERS for w in lead):
        return []
    return [named[0]]


def _including(region: Region, last: int) -> list[Mention]:
    """A model's weights that a predicate says are included in what it calls open: "Everything
    here is open source, including the Llama 3 weights we fine-tuned", "open source, even the
    Phi-3 checkpoint"."""
    k = last + (_lower(region, last) in {",", ":", "—", "–"})
    if _lower(region, k) not in {"including", "incl", "even"}:
        return []
    k += 1 + (_lower(region, k + 1) in {"the", "our", "its", "their"})
    hit = region.mention_at(k)
    if hit is None or hit[0].possessive or not _same_sentence(region, last, k):
        return []
    # The model itself or its parts: "the Llama 3 weights", "the Phi-3 checkpoint".
    part = _lower(region, hit[1])
    return (
        [hit[0]]
        if part in {"weights", "checkpoint", "checkpoints", "model", "models"} or not part.isalpha()
        else []
    )


def _then_used(region: Region, first: int, head: int) -> list[Mention]:
    """The model the next sentence picks for the one model an indefinite claim brought in: "we'll
    train an open-source LLM to sort support emails. We'll use X with QLoRA.", "Pick an open-source
    model. For this guide, we picked X.", "Download an open-source model. X is a good default."
    ("an open-source LLM" brings in one model; the next sentence says which. Not "any".)"""
    start, end = _sentence_bounds(region, first)
    if _lower(region, head).endswith("s") or _mentions_from(region, start, end) or end >= len(region.words):
        return []
    k = first - 1
    while k > start and _plain_word(region, k) and _lower(region, k) not in lx.DETERMINERS | {"something"}:
        k -= 1  # "a small open-source LLM": adjectives before the claim
    # The next sentence, in the claim's paragraph or opening the next one (news and tutorials set
    # one sentence a paragraph). "something open source" brings one in as "an open-source model" does.
    if (
        _lower(region, k) not in {"a", "an", "something"}
        or region.words[end].block - region.words[first].block > 1
    ):
        return []
    stop = _sentence_bounds(region, end)[1]
    # "We use X as the example, but any model works": what follows ", but" is a clause of its own.
    but = (j for j in range(end, stop) if _lower(region, j) == "," and _lower(region, j + 1) == "but")
    stop = next(but, stop)
    # Neither sentence may set a model apart: "We compare a closed model with an open-source LLM.
    # We use GPT-4o as the closed one."
    apart = lx.CONTRAST_TERMS | lx.SET_APART | lx.NEGATIONS | {"though", "although", "instead", "rather"}
    if any(_lower(region, j) in apart for j in range(start, stop)):
        return []
    if (named := _chain_at(region, end)) and _called_a_choice(region, named, stop):
        return named  # "X is a good default."
    k = end
    comma = next((j for j in range(end, min(end + 7, stop)) if _lower(region, j) == ","), -1)
    if _lower(region, end) not in lx.USER_LEAD and comma != -1 and not _mentions_from(region, end, comma):
        k = comma + 1  # "For this guide, we picked X"
    elif _lower(region, end) in lx.PREPOSITIONS:
        # "In this guide we use X": a short fronted phrase without its comma
        who = next((j for j in range(end + 1, min(end + 6, stop)) if _lower(region, j) in {"we", "i"}), -1)
        if who != -1 and all(
            _plain_word(region, j) or _lower(region, j) in lx.DETERMINERS for j in range(end + 1, who)
        ):
            k = who
    pronoun = False
    while k < min(end + 12, stop) and _lower(region, k) in _USER_LEAD:
        pronoun = pronoun or _lower(region, k) in {"we", "i", "let"}
        k += 1
    if not pronoun:
        return []
    if _lower(region, k) in lx.RECOMMEND_VERBS | {"using", "running", "trying"}:  # "I'm using X"
        k += 1 + (_lower(region, k + 1) == "the")
        return _chain_at(region, k)
    if n := _phrase_at(region, k, _CHOSEN):  # "we went with X", "I've had good luck with X"
        return _chain_at(region, k + n)
    return []


_USER_LEAD = lx.USER_LEAD | {"'ve", "have", "'m", "am"}  # "I've", "I'm"
# A choice made, or told as an experience ("I've had good luck with X").
_CHOSEN = (
    *(p for p in lx.CHOICE_PHRASES if p != ("thinking",)),
    ("had", "good", "luck", "with"),
    ("had", "luck", "with"),
    ("had", "success", "with"),
)


def _called_a_choice(region: Region, named: list[Mention], stop: int) -> bool:
    """The sentence says the names are a choice: "X is a good default", "X and Y are solid picks"."""
    k = region.word_range(named[-1].start, named[-1].end)[1]
    if _lower(region, k) not in lx.COPULAS or _lower(region, k + 1) not in {"a", "an", "the", "our", "my"}:
        return False
    k += 2
    while k < stop and _plain_word(region, k) and _lower(region, k) not in lx.CHOICE_NOUNS and k < stop:
        k += 1
    return _lower(region, k) in lx.CHOICE_NOUNS


def _changed_into(region: Region, first: int) -> Mention | None:
    """The model a change of state ends in the claim's description: "how Llama went from a
    leaked research model to the most downloaded open-source model family" (from A to B: B)."""
    # Another claim, or what a fix writes, is no word of the description: "the most open-weights
    # downloaded open-source model" reads as "the most downloaded" before the fix and after it.
    start, _ = _sentence_bounds(region, first)
    back = range(first - 1, max(start, region.reach_back(first, 6)) - 1, -1)
    to = next((k for k in back if _lower(region, k) == "to" and k not in region.phrase_words), -1)
    description = range(to + 1, first)
    if to == -1 or not all(_plain_word(region, k) for k in description if k not in region.phrase_words):
        return None
    earlier = range(to - 1, max(start, region.reach_back(to, 12)) - 1, -1)
    frm = next((k for k in earlier if _lower(region, k) == "from" and k not in region.phrase_words), -1)
    if frm == -1 or _lower(region, frm - 1) not in lx.CHANGE_VERBS:
        return None
    hit = region.mention_ending_at(_before_statuses(region, frm - 1))  # "X (proprietary) went"
    return hit[0] if hit is not None and _names_itself(region, hit[0]) else None


def _chosen(region: Region, at: int) -> bool:
    """A phrase of choosing ends just before word ``at``: "we went with X", "opted for X"."""
    return any(
        tuple(_lower(region, at - len(phrase) + j) for j in range(len(phrase))) == phrase
        for phrase in lx.CHOICE_PHRASES
    )


def _swap_target(region: Region, start: int, end: int, named: list[Mention]) -> Mention | None:
    """The last model a sentence of replacing names after "for", "to" or "with": "swapped GPT-4o
    out for X", "switched from GPT-4o to X", "replaced GPT-4o with X"; or the one it chooses
    after weighing others: "After testing GPT-4o and Claude, we went with X"."""
    chosen = [m for m in named if _chosen(region, region.word_range(m.start, m.end)[0])]
    if len({m.entry_id for m in chosen}) == 1:
        return chosen[0]
    if not any(_lower(region, k) in lx.SWAP_VERBS for k in range(start, end)):
        return None
    last = named[-1]
    at = region.word_range(last.start, last.end)[0]
    if _lower(region, at - 1) in {"for", "to", "with"} and named[0].entry_id != last.entry_id:
        return last
    return None


def _block_topic(region: Region, first: int) -> Mention | None:
    """The model a field line belongs to: its item's parent, its own lead name, its section's."""
    block = region.words[first].block
    return (
        region.item_topics.get(block)
        or region.block_subjects.get(block)
        or _card_name(region, first)
        or region.subject
    )


def _field_line_at(region: Region, k: int, reach: int = 5) -> bool:
    """The block starting at word ``k`` is one "key: value" line."""
    words = region.words
    colon = False
    j = k
    while j < len(words) and words[j].block == words[k].block:
        if words[j].line != words[k].line:
            return False
        colon = colon or (j - k < reach and words[j].text == ":")
        j += 1
    return colon


def _card_name(region: Region, first: int) -> Mention | None:
    """The model a card names in a line of its own: "**Model:** X" over "**Open source:** Yes",
    in one paragraph or in blocks of their own (list items, paragraphs); above the claim's line,
    or else below it ("**Model type:** open-source LLM" over "**Model name:** X")."""
    words = region.words
    k = _block_start(region, first)
    while k > 0 and (before := _block_start(region, k - 1)) != k and _field_line_at(region, before):
        k = before  # the card's earlier lines, block by block
    while k < first and words[k].line != words[first].line:
        line = _line_from(region, k)
        if (named := _name_field(region, line)) is not None:
            return named
        k = line[-1] + 1
    if not _field_line_at(region, _block_start(region, first)) and words[first].block not in region.cells:
        return None  # the claim's own line must be a field too
    k = _line_from(region, first)[-1] + 1
    while k < len(words) and (words[k].block == words[first].block or _field_line_at(region, k)):
        line = _line_from(region, k)
        if (named := _name_field(region, line)) is not None:
            return named
        k = line[-1] + 1
    return None


def _line_from(region: Region, k: int) -> range:
    """Word ``k`` and the words after it on its line, in its block."""
    words = region.words
    end = k + 1
    while end < len(words) and words[end].line == words[k].line and words[end].block == words[k].block:
        end += 1
    return range(k, end)


def _name_field(region: Region, line: Sequence[int]) -> Mention | None:
    """The model a card's line ``line`` (its words) names as its value: "**Model name:** X"."""
    key = [_lower(region, j) for j in line if _lower(region, j) not in {"*", "_", "**"}]
    colon = key.index(":") if ":" in key else -1
    if colon != -1 and " ".join(key[:colon]) in lx.NAME_KEYS:
        value = [j for j in line if _lower(region, j) not in {"*", "_", "**", ":"}][colon:]
        hit = region.mention_at(value[0]) if value else None
        if hit is not None and hit[1] == value[-1] + 1 and not hit[0].possessive:
            return hit[0]
    return None


def _item_subject(region: Region, first: int) -> Mention | None:
    """The lead-in's model, when the claim's item opens with a verb ("- is open source", "- Is
    released as open source"): the item completes a sentence its lead-in began."""
    block = region.words[first].block
    topic = region.item_topics.get(block)
    if topic is None:
        return None
    opening = _lower(region, _block_start(region, first))
    return topic if (opening in lx.COPULAS or opening in lx.CLAUSE_VERBS) and opening != "as" else None


def _fills_cell(region: Region, first: int, last: int, *, nouns: bool = True) -> bool:
    """The claim is the whole cell, give or take a model noun (``nouns``) and a parenthesis:
    "Open source", "Open-source models", "Open weights?", "Open source (Apache 2.0)"."""
    depth = 0
    for k in region.block_words(region.words[first].block):
        if not first <= k < last:
            low = region.words[k].lower
            depth += (low == "(") - (low == ")")
            if depth <= 0 and low.isalnum() and not (nouns and low in lx.MODEL_NOUNS):
                return False
    return True


def _cell_adverbial(region: Region, first: int, last: int) -> bool:
    """The claim opens its cell and an adverbial goes on from it: "open source since June 2025",
    "open source under MIT": still a predicate of the row's model, not a noun of its own."""
    block = region.words[first].block
    if first > 0 and region.words[first - 1].block == block:
        return False
    same_cell = last < len(region.words) and region.words[last].block == block
    return same_cell and _lower(region, last) in lx.CELL_ADVERBIALS


_YES_HEDGES = lx.NEGATIONS | lx.CONTRAST_TERMS | lx.ANSWER_HEDGES | {"partial", "limited"}


def _says_yes(values: list[str]) -> bool:
    """A cell's words answer yes: "Yes", "✅", or a yes with its licence after it ("✅ Apache",
    "Yes (MIT)"), with no hedge ("Yes, but only the weights")."""
    return bool(values) and values[0] in lx.AFFIRMATIVE and not set(values) & _YES_HEDGES


def _row_header(region: Region, cell: tuple[int, int, int]) -> list[Mention]:
    """A claim heading a row of a table whose columns are models ("| | Llama 3 | GPT-4o |" over
    "| Open source | Yes | No |"): the models whose cell in the row answers yes."""
    table, row, _ = cell
    header: dict[int, int] = {}
    answers: dict[int, list[str]] = {}
    for block, (group, r, col) in region.cells.items():
        if group == table and r == 0:
            header[col] = block
        elif group == table and r == row and col > 0:
            answers[col] = [w.lower for w in region.words if w.block == block]
    # Columns count from the source, so an empty corner cell ("| | Phi-4 | GPT-4o |") keeps them aligned.
    out = []
    for col, values in sorted(answers.items()):
        if not _says_yes(values) or col not in header:
            continue
        first = next((k for k, w in enumerate(region.words) if w.block == header[col]), None)
        hit = region.mention_at(first) if first is not None else None
        if hit is not None and not hit[0].possessive:
            out.append(hit[0])
    return out


def _row_names(region: Region, cell: tuple[int, int, int]) -> list[Mention]:
    """The models a row header's row lists ("| Open source | Llama 3, Gemma 2 |"): the names of
    its other cells, when those cells hold names and nothing else."""
    table, row, _ = cell
    out: list[Mention] = []
    for block, (group, r, col) in sorted(region.cells.items()):
        if group != table or r != row or col == 0:
            continue
        words = [k for k, w in enumerate(region.words) if w.block == block]
        if not words:
            continue
        k = words[0]
        listed = list_after(region, k) if region.mention_at(k) is not None else []
        covered = {j for m in listed for j in range(*region.word_range(m.start, m.end))}
        rest = [j for j in words if j not in covered and region.words[j].lower not in lx.LIST_SEPARATORS]
        if not listed or rest:
            return []
        out.extend(listed)
    return out


def _attach_header(region: Region, claim: Claim, cell: tuple[int, int, int]) -> Attachment:
    """A table header claim: in the names column it describes every row's model ("| Open-source
    models |" over "| Llama 3 |"); in another column, the rows whose cell answers yes."""
    table, _, column = cell
    # "| Open-source (e.g. X, Y) | Proprietary (e.g. Z) |": the header names its examples.
    if named := _bracketed_examples(region, region.word_range(claim.start, claim.end)[1], reach=3):
        return Attachment(claim, tuple(named), "examples", "attributive")
    rows: dict[int, Mention] = {}
    # "| Open-source alternative |" ticked says the row has one, not that it is one.
    header_block = region.words[region.word_range(claim.start, claim.end)[0]].block
    header_names_other = any(w.lower in lx.ALTERNATIVES for w in region.words if w.block == header_block)
    listed: list[Mention] = []
    for block, (group, row, col) in sorted(region.cells.items()):
        if group != table or row == 0 or row in rows:
            continue
        if col == column and column > 0 and not header_names_other:
            # "| Provider | Open-source models |" over "| Meta | Llama 3 |": the column's own names.
            words = region.block_words(block)
            names = list_after(region, words.start) if words and region.mention_at(words.start) else []
            if names and region.word_range(names[-1].start, names[-1].end)[1] >= words.stop:
                listed.extend(names)
                continue
        if (subject := region.block_subjects.get(block)) is None:
            continue
        names_column = column == 0 and col == 0
        answers_yes = (
            col == column
            and not header_names_other
            and _says_yes([region.words[k].lower for k in region.block_words(block)])
        )
        if names_column or answers_yes:
            rows[row] = subject
    if listed and not rows:
        return Attachment(claim, tuple(listed), "table header", "other")
    if not rows:
        return Attachment(claim, skipped="no row names a model")
    return Attachment(claim, tuple(rows[r] for r in sorted(rows)), "table header", "other")


# Links through which a claim describes the model inside a noun phrase: a negation of the clause's
# verb leaves the description standing.
_DESCRIBED = frozenset(
    {"premodifier", "list", "lead-in", "compound", "examples", "table header", "item", "section", "of"}
)


def _next_to(region: Region, i: int, first: int) -> bool:
    """Only determiners and adverbs stand between word ``i`` and the claim ("not an open-source",
    "not truly open source"): the negation is the claim's own."""
    return all(
        region.words[k].lower in lx.DETERMINERS
        or region.words[k].lower.endswith("ly")
        or region.words[k].lower in lx.DEGREE
        for k in range(i, first)
    )


# Links through which a question asks about the claim rather than presupposing it.
_ASKED = frozenset(
    {
        "copula",
        "definition",
        "match-up",
        "resultative",
        "passive",
        "verb",
        "anaphora",
        "plural",
        "as",
        "license",
        "named later",
    }
)


_NAME_LINES_MAX = 30


def _opened_bracket(region: Region, start: int, first: int) -> bool:
    """A "(" between words ``start`` and ``first`` is still open at ``first``."""
    depth = 0
    for k in range(start, first):
        depth += _lower(region, k) == "("
        depth -= _lower(region, k) == ")" and depth > 0
    return depth > 0


def _name_lines_below(region: Region, first: int, last: int) -> list[Mention]:
    """A line naming a class ("Top Open Source LLMs in 2025", "Here are some popular open-source
    LLMs:") over lines that each hold names alone ("Llama 3", "Llama 4 (Scout & Maverick)", "X,
    Y"): a web page copied as text, its headings stripped of their marks. The names are the
    class's members, up to the next line with a claim of its own, another class's title line or
    a heading that names no model."""
    from linter.segment import names_a_class, turned_lead

    words = region.words
    line = words[first].line
    start, end = first, last
    while start > 0 and words[start - 1].line == line:
        start -= 1
    while end < len(words) and words[end].line == line:
        end += 1
    title = " ".join(words[k].text for k in range(start, end))
    # Or a line ending in ":" whose claim heads a model noun ("Here are some popular open-source
    # LLMs:"), unless it turns from the class ("Alternatives to open-source models:").
    lead = title.endswith(":") and _find_head(region, last).kind == "model" and not turned_lead(title)
    if start != _sentence_bounds(region, first)[0] and not lead:
        return []
    if not lead and not names_a_class(title):
        return []
    found: list[Mention] = []
    k, lines = end, 0
    while k < len(words) and lines < _NAME_LINES_MAX:
        line_end = k
        while line_end < len(words) and words[line_end].line == words[k].line:
            line_end += 1
        if any(j in region.phrase_words for j in range(k, line_end)):
            break  # "Open-weights models" or another class: its own list
        named = _names_alone(region, k, line_end) or _names_then_dash(region, k, line_end)
        if not named and words[k].block in region.heading_blocks:
            break  # a heading of another kind ends the section
        short = line_end - k <= 6 and _lower(region, line_end - 1) not in {".", "!"}
        if not named and short and any(_lower(region, j) in lx.MODEL_NOUNS for j in range(k, line_end)):
            break  # "Closed models": another class's title line (not "This model is small.")
        found.extend(named)
        k, lines = line_end, lines + 1
    if lists_makers(region, found, lines):
        return []
    return found


def lists_makers(region: Region, named: list[Mention], items: int) -> bool:
    """A list of ``items`` entries is one of labs ("- 01.ai", "- Alibaba", "- Mistral", ...): the
    few models ``named`` in it, fewer than half its entries, are all named as their makers are."""
    return (
        bool(named)
        and all(_spelled(m) in region.makers.get(m.entry_id, ()) for m in named)
        and 2 * len(named) < items
    )


def _glued(region: Region, k: int, end: int) -> bool:
    """Words ``k:end`` stand with no space between them ("BAAI/bge-m3")."""
    words = region.words
    return end <= len(words) and all(words[j].end == words[j + 1].start for j in range(k, end - 1))


# What sets a sentence's model apart from the class its predicate names (see implied_blockers).
_SET_APART = (
    lx.IMPLIED_BLOCKERS
    | lx.COMPARISON
    | lx.NEGATIONS
    | lx.MADE_FROM
    | lx.ORGANISATION_NOUNS
    | lx.CONCESSIVE
    | lx.PERSONAL_PRONOUNS
    | lx.PRONOUNS
)


def _shared_copula(region: Region, first: int, last: int, reach: int = 16) -> list[Mention]:
    """The subject of the copula a predicate is coordinated with: "Gemma 2 is cheap to run and
    easy to tune, and open source". The sentence opens on the name and its copula; between
    that and the claim's "and" stand no other name, claim, clause or negation ("X is not free, and
    open source" leaves the scope to the reader). An adjective's claim only, not a verb's."""
    claim = region.claim_starting(first)
    if claim is None or claim.role != "adjective":
        return []
    if _lower(region, first - 1) not in {"and", "or"} or _find_head(region, last).kind != "none":
        return []
    if _lower(region, last) not in {".", "!", ",", ";", ""} and _same_sentence(region, last - 1, last):
        return []  # "... and open source models": a noun phrase, not a predicate
    start, _ = _sentence_bounds(region, first)
    j = start
    while j < first and _lower(region, j) in lx.DETERMINERS:
        j += 1
    named = _chain_at(region, j)
    if not named or named[0].possessive:
        return []
    copula = region.word_range(named[-1].start, named[-1].end)[1]
    if _lower(region, copula) not in _FIRST_COPULAS or region.count(copula, first) > reach:
        return []
    stops = lx.NEGATIONS | lx.PERSONAL_PRONOUNS | lx.PRONOUNS | lx.COPULAS | lx.CONCESSIVE
    for k in range(copula + 1, first - 1):
        low = _lower(region, k)
        if (
            region.mention_at(k)
            or k in region.phrase_words
            or low in stops
            or low in {";", ":", "but", "than"}
        ):
            return []
    return named


def _as_did_with(region: Region, i: int) -> Mention | None:
    """The name an "as we did with X" at word ``i`` (or the comma before it) says the act was
    done to before ("..., as we did with Grok 1", "as Meta has with Llama 2")."""
    j = i + (_lower(region, i) == ",")
    if _lower(region, j) != "as" or _lower(region, j + 2) not in {"did", "do", "does", "had", "has", "have"}:
        return None
    if not (_lower(region, j + 1) in lx.PERSONAL_PRONOUNS | {"it"} or _proper(region, j + 1)):
        return None
    k = j + 3 + (_lower(region, j + 3) == "with")
    hit = region.mention_at(k)
    return hit[0] if hit is not None and not hit[0].possessive else None


def _spelled_out(region: Region, first: int, last: int) -> Mention | None:
    """The claim is a word of a name's long form, a run of capitalised words that the name
    abbreviates: "OPT = Open-source Pre-trained Transformer", "the Open-source Pre-trained
    Transformer (OPT) Language Models". The long form is the model's name."""
    if not region.words[first].text[:1].isupper():
        return None
    start, end = _sentence_bounds(region, first)

    def capital(k: int) -> bool:
        # ("Pre-trained": the word after a hyphen is the same word's)
        glued = _lower(region, k) == "-" or _lower(region, k - 1) == "-"
        return region.words[k].text[:1].isupper() or k in region.phrase_words or glued

    a = first
    while a - 1 >= start and capital(a - 1) and region.mention_at(a - 1) is None:
        a -= 1
    b = last
    while b < end and capital(b) and region.mention_at(b) is None:
        b += 1
    if b - a < 3:
        return None  # a long form has several words: not "Open Source (Llama 3)"
    if _lower(region, a - 1) in {"=", "stands"} or _phrase_at(region, a - 2, (("stands", "for"),)):
        hit = region.mention_ending_at(a - 1) or region.mention_ending_at(a - 2)
        if hit is not None and region.words[hit[1]].text.isupper():
            return hit[0]  # "OPT = Open-source Pre-trained ..."
    hit = region.mention_at(b + 1) if _lower(region, b) == "(" else None
    if hit is not None and _lower(region, hit[1]) == ")":
        named = region.words[b + 1].text
        if named.isupper() and len(named) >= 3:
            return hit[0]  # "... Pre-trained Transformer (OPT)"
    return None


def _named_after_colon(region: Region, first: int, last: int) -> list[Mention]:
    """The name a colon reveals at the end of a sentence that opens on the claim's noun phrase:
    "Finally an open source model that beats GPT-4: Llama 3.1 405B." The phrase may carry a
    relative clause (its names are what the model is measured against); the names after the
    colon run to the sentence's end."""
    head = _find_head(region, last)
    if head.kind != "model":
        return []
    start, end = _sentence_bounds(region, first)
    if region.count(start, first) > 3 or not all(_plain_word(region, k) for k in range(start, first)):
        return []  # "Finally an", "The best", not a clause before the phrase
    colon = next((k for k in range(head.index + 1, end) if _lower(region, k) in {":", ";"}), -1)
    if colon == -1 or _lower(region, colon) != ":" or region.count(head.index, colon) > 10:
        return []
    named = _chain_at(region, colon + 1)
    if not named or named[0].possessive:
        return []
    past = region.word_range(named[-1].start, named[-1].end)[1]
    return named if past >= end - 1 else []


def _fronted_adjectives(region: Region, first: int, last: int) -> Mention | None:
    """The subject of the main clause after fronted adjectives that hold the claim: "With 24B
    parameters, completely free and open-source, it is changing ...", "Small, fast and open
    source, Mistral 7B runs anywhere". The adjectives stand between commas (or open the
    sentence) with no verb or name of their own, and the subject follows the closing comma."""
    if _find_head(region, last).kind != "none" or _lower(region, last) != ",":
        return None
    start, _ = _sentence_bounds(region, first)
    k = first - 1
    while k > start and _lower(region, k) != "," and first - k <= 6:
        low = _lower(region, k)
        verbal = low in lx.COPULAS | lx.DETERMINERS | lx.CLAUSE_VERBS  # "Jan is an open source, ..."
        if not (_plain_word(region, k) or low in {"and", "&"}) or verbal or region.mention_ending_at(k + 1):
            return None
        k -= 1
    if k != start and _lower(region, k) != ",":
        return None
    if k == start and (not _plain_word(region, k) or _lower(region, k) in lx.COPULAS | lx.DETERMINERS):
        return None
    subject = last + 1
    if _lower(region, subject) in {"it", "they"} and _lower(region, subject + 1) in lx.COPULAS | {
        "'s",
        "runs",
    }:
        return _antecedent(region, subject)
    hit = region.mention_at(subject)
    return hit[0] if hit is not None and not hit[0].possessive else None


# Nouns in "s" that are no verb: "Open-Source Models with X" names things.
_NOUNS_IN_S = (
    lx.MODEL_NOUNS | lx.SOFTWARE_NOUNS | {"news", "tools", "apps", "options", "alternatives", "tips"}
)


def _by_means_of(region: Region, first: int, last: int) -> list[Mention]:
    """The model a maker enters the class with: "Google joined the open-source race with Gemma 2",
    "With Gemma 2, Google enters the open-source model market", "Meta is betting on open source
    with Llama 3". The sentence's subject is no model; the name follows "with" right after the
    claim's phrase (a few words), or in a "With X," that opens the sentence; nothing sets the
    two apart (see ``_SET_APART``)."""
    start, end = _sentence_bounds(region, first)
    if region.mention_at(start) is not None:
        return []  # "Llama 3 competes with ...": the subject is a model, another path reads it
    if _lower(region, first - 1) in {"its", "their", "our", "his", "her"}:
        return []  # "With Llama 3, Meta doubled down on its open-source strategy": the maker's own
    named: list[Mention] = []
    if _lower(region, start) == "with" and (hit := region.mention_at(start + 1)) is not None:
        comma = hit[1]
        if _lower(region, comma) == "," and not hit[0].possessive:
            named, scope = _chain_at(region, start + 1), range(comma + 1, first)
    if not named:
        k = last
        while k < min(region.reach_ahead(last, 4), end) and _lower(region, k) != "with":
            if not _plain_word(region, k) or region.mention_at(k):
                return []
            k += 1
        owned = _lower(region, k + 1) in {"its", "their"}  # "... with its Llama models"
        if (
            _lower(region, k) != "with"
            or (hit := region.mention_at(k + 1 + owned)) is None
            or hit[0].possessive
        ):
            return []
        # A title's noun phrase ("Open Source OCR with X") is a thing built with X: the maker's
        # entry needs a verb, before the claim ("joined the open-source race with") or after it
        # ("Open-Source AI Gets a Boost With X").
        opening = _after_label(region, first)[0] >= first and first <= start + 2
        acting = any(
            _lower(region, j) in lx.COPULAS | lx.CLAUSE_VERBS
            or (
                _plain_word(region, j)
                and _lower(region, j).endswith(("s", "ed"))
                and _lower(region, j) not in _NOUNS_IN_S
            )
            for j in range(last, k)
        )
        if opening and not acting:
            return []
        named, scope = _chain_at(region, k + 1 + owned), range(start, k)  # ("the open-source challenge with")
    if any(region.mention_at(j) or _lower(region, j) in _SET_APART for j in scope):
        return []
    return named


def _framed_topic(region: Region, first: int, last: int) -> list[Mention]:
    """The model the main clause is about after a frame that opens the sentence on the class the
    claim heads (see ``topic_frames``): "When it comes to open-source LLMs, Llama 3 is the
    strongest", "If you look at the newest open-source LLM, it is X". As with an implied
    member, nothing in the main clause's first words may set the model apart ("..., GPT-4 still
    beats them")."""
    start, end = _sentence_bounds(region, first)
    frame = _phrase_at(region, start, lx.TOPIC_FRAMES)
    head = _find_head(region, last)
    if not frame or head.kind != "model" or region.count(start + frame, first) > 4:
        return []
    if not all(_plain_word(region, k) or k in region.phrase_words for k in range(start + frame, first)):
        return []
    k = head.index + 1
    while k < end and _lower(region, k) != "," and (_plain_word(region, k) or _lower(region, k) == "-"):
        k += 1  # "... LLM right now, ", "... models available today, "
    if _lower(region, k) != "," or region.count(head.index, k) > 4:
        return []
    k += 1
    if _lower(region, k) in {"it", "that", "this"} and _lower(region, k + 1) in {"is", "was", "'s"}:
        k += 2  # "it is X": the identity
    k += _lower(region, k) == "the"
    named = _chain_at(region, k)
    if not named or named[0].possessive:
        return []
    after = region.word_range(named[-1].start, named[-1].end)[1]
    if any(_lower(region, j) in _SET_APART for j in range(after, min(after + 6, end))):
        return []
    return named


# The class's field as a noun a claim heads: "the open-source LLM space", "the open-source community".
_FIELD_NOUNS = lx.DOMAIN_NOUNS | {"community", "ecosystem"}

# What a model turns into what: "speech to text", "text to image" (written without hyphens).
_MEDIA = frozenset(
    {"speech", "text", "image", "images", "video", "audio", "voice", "music", "3d", "code", "sql"}
)

# Participles of "to be": "X rivals Y in quality while remaining open source".
_BEING = frozenset({"being", "remaining", "staying"})

# Quantifiers a partitive "of" may follow: "surpasses most of open-source TTS models".
_QUANTIFIERS = frozenset({"most", "many", "some", "all", "each", "one", "few", "several"})

# Nouns of arriving in a class: "X is the newest entrant (addition) to the open-source LLM space".
_ARRIVALS = frozenset(
    "addition additions arrival contribution contributions entrant entrants newcomer newcomers".split()
)

# Prepositions before a class that place a model in it ("setting the pace in open-source AI").
_PLACING = frozenset({"in", "of", "on", "into", "among", "within"})


def _implied_member(region: Region, first: int, last: int, reach: int = 20) -> Mention | None:
    """The model the claim's sentence opens on, when its predicate sets it in the class the claim
    heads: "DeepSeek-R1 puts open-source AI on par with o1", "Falcon 180B tops the leaderboard of
    open-source models". Nothing between the name and the claim may set the two apart (see
    ``_SET_APART``: "GPT-4 outperforms open-source models", "Phi-3 was distilled from open-source
    models"), name another model or make another claim; the judge weighs such a claim only
    where the model can be downloaded, as a writer who puts GPT-4 among open models says so."""
    head = _find_head(region, last)
    # "... a benchmark in the open-source LLM space": the class's domain
    domain = head.kind == "software" and _lower(region, head.index) in lx.DOMAIN_NOUNS
    # "... the most capable small model in the open-source community": ranked among the class
    ranked = (
        head.kind == "software"
        and _lower(region, head.index) in _FIELD_NOUNS
        and _lower(region, first - 1) == "the"
        and _lower(region, first - 2) in {"in", "among"}
        and _lower(region, first - 3) in lx.MODEL_NOUNS
        and any(
            _lower(region, k) in {"most", "best", "top", "first", "leading"}
            or _lower(region, k).endswith("est")
            for k in range(max(first - 8, 0), first - 3)
        )
    )
    # "X sets a new open-source record": a record of the class, held by one of its members
    # So is the class's performance: "X achieves best-in-class open-source performance".
    record = any(
        _lower(region, k) in {"record", "records", "sota", "performance"}
        for k in range(last, min(head.index + 1, last + 3))
    )
    if (
        head.kind != "model"
        and not ranked
        and not record
        and not (domain and _lower(region, head.index - 1) in lx.MODEL_NOUNS)
    ):
        return None
    start, _ = _sentence_bounds(region, first)
    k = _release_subject(region, start, first)
    hit = region.mention_at(k)
    if hit is None and (comma := _fronted_comma(region, first)) != -1:
        # "Compared with other models, including X, Qwen2 has surpassed most ...": the subject
        # after the fronted phrase and the examples it lists
        while _lower(region, comma + 1) in {"including", "such", "like", "especially", "notably"}:
            comma = next((j for j in range(comma + 2, first) if _lower(region, j) == ","), first)
        if comma < first:
            k = _release_subject(region, comma + 1, first)
            hit = region.mention_at(k)
    if hit is None and (released := _released_in(region, start, first)):
        # "Meta released X, breaking most open-source records": the participle's doer is the
        # release, as in "released X, making it ..."
        opening, closing = region.word_range(released[0].start, released[-1].end)
        if _lower(region, closing) in lx.TIME_OPENERS | {"last", "this"}:  # "... X in April, breaking"
            closing = next(
                (j for j in range(closing, min(closing + 5, first)) if _lower(region, j) == ","), closing
            )
        if _lower(region, closing) == "," and _lower(region, closing + 1).endswith("ing"):
            hit = region.mention_at(opening)
    if hit is None or hit[0].possessive or region.count(hit[1], first) > reach or makes_next(region, hit[0]):
        return None  # ("Mistral launched a new open-source model": the name is the maker's)
    # A preposition before the class places the model in it ("setting the pace in", "the
    # leaderboard of", "a bet on"); others set it to serve or face the class ("a license for").
    j = first - 1
    while j > hit[1] and (
        _lower(region, j) in lx.DETERMINERS
        or j in region.phrase_words
        or (_lower(region, j) == "of" and _lower(region, j - 1) in _QUANTIFIERS)  # "most of"
    ):
        j -= 1
    # ("a new standard for open-source LLMs": a mark the class is measured by, set by a member;
    # the judge weighs it only where the model can be downloaded, as "GPT-4 set the bar" is not)
    standard = _lower(region, j) == "for" and _lower(region, j - 1) in lx.MILESTONES | {"standard", "bar"}
    # ("the latest entrant to the open-source LLM space": an arrival joins what it arrives in)
    joined = _lower(region, j) == "to" and _lower(region, j - 1) in _ARRIVALS
    # ("achieves state-of-the-art results at the 3B scale for open-source models": the class a
    # record is set in)
    standard = standard or (
        _lower(region, j) == "for"
        and any(_lower(region, k) in {"sota", "art", "record", "records"} for k in range(hit[1], j))
    )
    if _lower(region, j) in lx.PREPOSITIONS - _PLACING and not standard and not joined:
        return None
    between = range(hit[1], first)
    if _lower(region, hit[1]) in lx.LIST_SEPARATORS | {",", "/", "&"} and region.mention_at(hit[1] + 1):
        return None  # a list of subjects: another path reads lists
    # "X surpasses most (of) open-source models": beating most of a class is ranking within it
    # (not "X outperforms open-source models", which sets X against the class).
    outdone = j if _lower(region, j) in {"most", "many"} else -1
    outdone = outdone - 1 if _lower(region, outdone - 1) in {"already", "even"} else outdone
    ranking = outdone - 1 if _lower(region, outdone - 1) in lx.COMPARISON | _OUTDOING else -1
    if any(
        region.mention_at(j) is not None
        or j in region.phrase_words
        or (_lower(region, j) in _SET_APART and j != ranking)
        or _lower(region, j) in {";", ":", "?", "!"}
        for j in between
    ):
        return None
    # A predicate, not a name's own words: a verb or a copula stands between.
    verbs = lx.COPULAS | lx.AUXILIARIES | lx.MODALS | {"will", "can", "may"}
    if not any(
        _lower(region, j) in verbs
        or (_plain_word(region, j) and _lower(region, j).endswith(("s", "ed")))
        or _lower(region, j) == "set"  # "X set a new standard for ...": a past tense of its own
        or j == ranking
        for j in between
    ):
        return None
    return hit[0]


def _with_record(region: Region, first: int, last: int) -> list[Mention]:
    """The model a "with" phrase gives the class's record or performance: "X with world-record
    open-source model performance", "X with best-in-class open-source results"."""
    records = {"performance", "results", "scores", "record", "records", "sota"}
    r = next((k for k in range(last, min(last + 3, len(region.words))) if _lower(region, k) in records), -1)
    if r == -1 or not all(_plain_word(region, k) for k in range(last, r)):
        return []  # the claim heads the record ("open-source model performance"), not "models on record"
    ahead = [_lower(region, k) for k in range(last, r + 1)]
    k = first - 1
    while k > first - 8 and _lower(region, k) != "with":
        hyphened = "-" in (_lower(region, k - 1), _lower(region, k + 1))  # "best-in-class"
        if not (_plain_word(region, k) or _lower(region, k) == "-" or hyphened):
            return []
        k -= 1
    marked = {_lower(region, j) for j in range(k + 1, first)} | set(ahead)
    if _lower(region, k) != "with" or not marked & {"record", "sota", "best", "art", "leading", "top"}:
        return []
    hit = region.mention_ending_at(k)
    if hit is None or hit[0].possessive:
        return []
    start, _ = _sentence_bounds(region, first)
    if any(_lower(region, j).startswith("compar") for j in range(start, k)):
        return []  # "We compared X with ...": set beside the class, not given its record
    return [hit[0]]


def _leading_the_class(region: Region, first: int, last: int) -> list[Mention]:
    """The names a clause opens with when its verb leads the class's field: "Qwen3 now tops the
    open-source rankings", "X, Y and Z lead open source". What leads a field is in it; a verb
    leading a class of models ("GPT-4 leads open-source models") compares, and is not read here."""
    j = first - 1
    while _lower(region, j) in lx.DETERMINERS:
        j -= 1
    j -= _lower(region, j) == "in"  # "X leads in open-source AI"
    if _lower(region, j) not in lx.LEADING_VERBS:
        return []
    # The claim heads the field, or a ranking of it ("the open-source charts"; not "the
    # open-source LLM leaderboard", a leaderboard of a class of models).
    field = _lower(region, last) in lx.DOMAIN_NOUNS | {"charts", "leaderboard", "leaderboards", "rankings"}
    if not (field or _find_head(region, last).kind == "none"):
        return []
    k = j - 1
    while _lower(region, k) in lx.HEADLINE_ADVERBS or (
        _lower(region, k).endswith("ly") and _plain_word(region, k)
    ):
        k -= 1  # "now leads", "clearly tops"
    hit = region.mention_ending_at(k + 1)
    if hit is None or not _names_itself(region, hit[0]):
        return []
    chain = _chain_left(region, *hit, needs_and=False)
    opening = region.word_range(chain[0].start, chain[0].end)[0]
    # The names open the clause, after a short adverbial at most ("Right now X and Y lead ...").
    before = range(_clause_start(region, j), opening)
    adverbial = len(before) <= 3 and all(_plain_word(region, k) or _lower(region, k) == "," for k in before)
    return chain if adverbial else []


# Where a claim's own phrase names no model, the sentence around it may, tried in this order:
# (finder, how, role, tried also where the claim's noun was software). The implied memberships
# are reported without a rewrite ("other"), and the judge weighs them only for models whose
# weights can be downloaded.
_NAMED_ELSEWHERE: tuple[tuple[Callable[[Region, int, int], Any], str, str, bool], ...] = (
    (_both_after_comma, "apposition", "predicative", False),
    (_spelled_out, "name", "other", False),  # a name is reported, not rewritten
    (_name_lines_below, "lead-in", "attributive", False),
    (_shared_copula, "copula", "predicative", False),
    (_named_after_colon, "identity", "attributive", False),
    (_fronted_adjectives, "fronted", "predicative", False),
    (_by_means_of, "implied", "other", False),
    (_framed_topic, "implied", "other", False),
    (_matched_members, "implied", "other", False),
    (_dash_predicates, "copula", "predicative", False),
    # "Alibaba's Qwen line is setting the pace in open-source AI", "a benchmark in the
    # open-source LLM space" (a software noun elsewhere)
    (_leading_the_class, "implied", "other", True),
    (_with_record, "implied", "other", True),
    (_implied_member, "implied", "other", True),
)


def _named_elsewhere(region: Region, claim: Claim, first: int, last: int, unnamed: Attachment) -> Attachment:
    """The first of ``_NAMED_ELSEWHERE`` that finds the claim's model, else ``unnamed``."""
    software = unnamed.skipped.startswith("about software")
    for find, how, role, past_software in _NAMED_ELSEWHERE:
        if software and not past_software:
            continue
        if found := find(region, first, last):
            return Attachment(claim, tuple(found) if isinstance(found, list) else (found,), how, role)
    return unnamed


def _names_then_dash(region: Region, k: int, end: int) -> list[Mention]:
    """The names that open words ``k:end`` before a dash and what it says of them ("X — 335M
    parameters, 1024 dimensions"): a line of a list whose item marks were lost."""
    dash = next(
        (j for j in range(k, end) if _lower(region, j) in {"—", "–"} or _spaced_hyphen(region, j)), -1
    )
    if dash == -1 or dash + 1 >= end:
        return []
    return _names_alone(region, k, dash)


def _names_alone(region: Region, k: int, end: int) -> list[Mention]:
    """The names words ``k:end`` hold and nothing else, but separators ("X, Y and Z") and a
    bracket closing the line ("Llama 4 (Scout & Maverick)")."""
    named: list[Mention] = []
    while k < end:
        if (hit := region.mention_at(k)) is not None:
            named.append(hit[0])
            k = hit[1]
        elif _lower(region, k) in {",", "and", "&", "/", "·", "•", "|"} and named:
            k += 1
        elif _lower(region, k + 1) == "/" and region.mention_at(k + 2) and _glued(region, k, k + 3):
            k += 2  # "BAAI/bge-large-en-v1.5": a repository's owner before the name
        elif _lower(region, k) == "(" and named and _lower(region, end - 1) == ")":
            return named
        else:
            return []
    return named


def _reads_as_verb(region: Region, first: int, last: int) -> bool:
    k = first - 1
    while k > 0 and _lower(region, k) in _BEFORE_A_VERB:
        k -= 1  # "would ever open-source Claude", "will soon open source it"
    before = _lower(region, k)
    # The object is in the claim's sentence: not "... as Open Source⏎The company says ...".
    after = _lower(region, last) if _same_sentence(region, last - 1, last) else ""
    # An object may open with a count: "would open source more than 100 models", "two models".
    counted = after in _CARDINALS or (after.isascii() and after.isdigit()) or after in {"more", "over"}
    if before == "to" and _lower(region, first - 2) in lx.INFINITIVE_VERBS and after.isalpha():
        return True  # "continues to open-source smaller models": an infinitive, whatever follows
    return (before in lx.VERB_CONTEXT_BEFORE or _asked_with_auxiliary(region, first)) and (
        after in lx.DETERMINERS or counted or region.mention_at(last) is not None
    )


def _asked_with_auxiliary(region: Region, first: int, reach: int = 4) -> bool:
    """The claim follows a question's auxiliary and its subject: "Will Meta open-source Llama 4?",
    "Would Meta ever open source it?" (the subject sits between them, so the word before the
    claim is no verb context of its own)."""
    start, end = _sentence_bounds(region, first)
    if _lower(region, end - 1) != "?" or _lower(region, start) not in lx.AUXILIARIES or first - start > reach:
        return False
    return all(_lower(region, k).isalpha() or _lower(region, k) == "'s" for k in range(start + 1, first))


def _added_to_collection(region: Region, first: int, last: int, head: _Head) -> list[Mention]:
    """The models a verb of adding puts into a collection of the class: "Acme adds X to its
    catalog of open-source models, joining Y and Z", "... adds X and Y to its open-source
    lineup". Those it joins are members already."""
    plural_of = (
        head.kind == "model" and _plural_model_noun(region, head.index) and _lower(region, first - 1) == "of"
    )
    if plural_of and _lower(region, first - 2) in lx.COLLECTION_NOUNS:
        k = first - 3  # "to its catalog of open-source models"
    elif _lower(region, last) in lx.COLLECTION_NOUNS:
        k = first - 1  # "to its open-source lineup"
    else:
        return []
    if _lower(region, k) in lx.DETERMINERS:
        k -= 1
    if _lower(region, k) not in {"to", "into"} or (hit := region.mention_ending_at(k)) is None:
        return []
    added = _chain_left(region, *hit)
    verb = region.word_range(added[0].start, added[0].end)[0] - 1
    if _lower(region, verb) not in lx.ADDING_VERBS or any(m.possessive for m in added):
        return []
    opening = _after_label(region, verb)[0]
    imperative = not any(_lower(region, j).isalnum() for j in range(opening, verb))
    if imperative or _lower(region, verb - 1) in {"please", "pls", "plz"}:
        return []  # '"Add X to the list of open-source models"': a request, not a report
    end = _sentence_bounds(region, first)[1]
    after = head.index + 1 if head.kind == "model" else last + 1
    if _lower(region, after) == "," and _lower(region, after + 1) == "joining" and after + 2 < end:
        added += list_after(region, after + 2)  # ", joining Y and Z": already members
    return added


_WISHING = frozenset(
    {"love", "want", "wants", "wanted", "need", "hope", "hoping", "dream", "dreaming", "waiting"}
)


def _unreal_before(region: Region, k: int, reach: int = 6) -> bool:
    """A wish, a denial or a supposition governs the phrase opening at word ``k``: "we all want an
    open-weights GPT-4o", "there will never be an open-source Claude"."""
    start = max(_sentence_bounds(region, k)[0], k - reach)
    return any(
        (low := _lower(region, j)) in _WISHING | lx.HYPOTHETICAL | lx.NEGATIONS or low.endswith("n't")
        for j in range(start, k)
    )


def _name_as_kind(region: Region, first: int, reach: int = 4) -> bool:
    """The claim premodifies a name in the predicate of a copula whose subject is another name:
    "MOSS was China's first open-source ChatGPT", "X is the open-source GPT-4". The name there
    stands for a kind of model, as a common noun would."""
    k = first - 1
    if _lower(region, k) in {"a", "an"} and _unreal_before(region, k):
        # "There will never be an open-source Claude", "We all want an open-weights GPT-4o": a
        # thing wished for or denied, of the kind the name stands for (not "a variant, an open
        # source X", which brings one in).
        return True
    while k >= 0 and first - k <= reach and _plain_word(region, k) and _lower(region, k) not in lx.COPULAS:
        k -= 1  # premodifiers: "first", "new"
    if _lower(region, k) == "'s":
        k -= 1
        if not region.words[k].text[:1].isupper() or region.mention_ending_at(k + 1) is not None:
            return False  # a place or a people ("China's"), not a model's own
        k -= 1
    elif _lower(region, k) in {"the", "a", "an"}:
        k -= 1
    else:
        return False
    if _lower(region, k) not in {"is", "was"} or not _same_sentence(region, k, first):
        return False
    subject = k - 1
    if region.mention_ending_at(k) is not None:
        return True
    # A name the vocabulary lacks, alone before the copula: "MOSS was ...", not "Ours is ...".
    word = region.words[subject].text if subject >= 0 else ""
    opens = subject == 0 or not _same_sentence(region, subject - 1, subject)
    return len(word) > 1 and opens and word[:1].isupper() and word.lower() not in _NO_NAMES


# Words that may open a sentence before "is" without naming anything ("Ours is", "This is").
_NO_NAMES = (
    lx.PRONOUNS
    | lx.PERSONAL_PRONOUNS
    | lx.DETERMINERS
    | lx.CONTRACTED_SUBJECTS
    | {"ours", "mine", "yours", "theirs", "everything", "nothing", "something"}
)


def _group_of(region: Region, noun: int) -> list[Mention]:
    """The models a group noun at word ``noun`` gathers: "family of Llama models", "suite of
    IBM's core Granite models", a few plain words or a maker's possessive before the name.
    ("a family of open-source models" has its claim after "of": another path reads it.)"""
    if _lower(region, noun) not in lx.GROUP_NOUNS or _lower(region, noun + 1) != "of":
        return []
    k = noun + 2
    while k < noun + 6 and _same_sentence(region, noun, k) and k not in region.phrase_words:
        if region.mention_at(k) is not None:
            return _joined_list(region, list_after(region, k))
        possessive = _lower(region, k + 1) == "'s" and _proper(region, k)
        if not (_plain_word(region, k) or possessive) or _lower(region, k) in lx.MODEL_NOUNS:
            return []
        k += 2 if possessive else 1
    return []


def _clause_after_dash(region: Region, first: int, head: int) -> bool:
    """The claim opens a bare plural subject after a dash, and its verb follows: "X is great —
    open-source models keep improving" starts a clause of its own, no description of X."""
    k = first - 1
    while k > 0 and first - k <= 3 and _plain_word(region, k) and _lower(region, k) not in lx.DETERMINERS:
        k -= 1
    dash = _lower(region, k) in {"—", "–"} or _spaced_hyphen(region, k)
    if not dash or not _plural_model_noun(region, head):
        return False
    verb = region.words[head + 1] if head + 1 < len(region.words) else None
    return (
        verb is not None
        and _same_sentence(region, head, head + 1)
        and verb.text.isalpha()
        and verb.text.islower()
        and verb.lower not in lx.FUNCTION_WORDS | lx.PREPOSITIONS | lx.RELATIVE_OPENERS | lx.MODEL_NOUNS
        and verb.lower not in {"and", "or", "like", "such", "including"}
    )


def _presented_as_member(region: Region, first: int) -> list[Mention]:
    """The names a class phrase at word ``first`` presents as its members: "X outperforms other
    open-source models", "X ranks among open-source models", "X, like most open-source models,
    ...". Empty when the phrase is not so framed or names no subject."""
    like_most = "like" in (_lower(region, first - 1), _lower(region, first - 2))
    if not (
        {_lower(region, first - 1), _lower(region, first - 2)} & lx.MEMBERSHIP
        or like_most
        or _among(region, first)
        or _milestone_in(region, first)
        or _championed(region, first)
    ):
        return []
    # "Claude, Gemini, Llama and other open-source models": the names listed before.
    other = first - 1 if _lower(region, first - 1) in lx.MEMBERSHIP else first - 2
    if _lower(region, other - 1) in {"and", "or"}:
        # (an Oxford comma before "and" too: "X, Y, and other open-source models")
        hit = region.mention_ending_at(other - 1 - (_lower(region, other - 2) == ","))
        if hit is not None:
            return _chain_left(region, hit[0], hit[1], needs_and=False)
    subject = _sentence_subject(region, first)
    if subject is None and (_starts_with_reference(region, first) or _it_before(region, first)):
        subject = _antecedent(region, first)
    start = _sentence_bounds(region, first)[0]
    opens = _lower(region, start)
    if subject is None and (opens == "its" or (region.mention_at(start) or (None,))[0] is not None):
        # "Its score ranks first among open-source models", "X's score ranks ...": what is
        # ranked is the model's, so the model is the member.
        hit = region.mention_at(start)
        owner = hit[0] if hit is not None and hit[0].possessive else None
        subject = owner or (_antecedent(region, first) if opens == "its" else None)
    if subject is None and opens in {"like", "as"} and (comma := _fronted_comma(region, first)) > first:
        chain = _chain_at(region, comma + 1)  # "Like other open-source models, Llama 3 ..."
        subject = chain[0] if chain else None
    if subject is None:
        subject = region.item_topics.get(region.words[first].block)
    if subject is not None:
        at = region.word_range(subject.start, subject.end)[0]
        comma = _fronted_comma(region, first)
        if comma != -1 and at < comma < first:
            if opens in lx.COMPARISON - {"like"}:
                return []  # "Unlike GPT-4, other open-source models ...": set against the class
            # "By tuning a Llama base model, Vicuna beats other ...": the clause's own subject
            hit = region.mention_at(comma + 1)
            if hit is not None and _names_itself(region, hit[0]):
                subject, at = hit[0], comma + 1
        members = [subject]
        if at < first and _same_sentence(region, at, first):
            # "Llama 3 and Mistral 7B are among the best open-source LLMs", "A, B, and C
            # have established themselves as leaders among ...": the subject's names
            chain = [m for m in _chain_at(region, at) if region.word_range(m.start, m.end)[0] < first]
            members = chain if chain and chain[0].start == subject.start else members
            if _lower(region, at - 1) in {"and", "or"}:
                before = [
                    m for m in _chain_left(region, subject, at, needs_and=False) if m.start < subject.start
                ]
                members = [*before, *members]
        return members
    return []


def _attach_adjective(region: Region, claim: Claim, first: int, last: int) -> Attachment:
    if (opened := _open_source_of(region, first, last)) is not None:
        return Attachment(claim, tuple(opened), "of", "other")
    head = _find_head(region, last)
    if added := _added_to_collection(region, first, last, head):
        return Attachment(claim, tuple(added), "membership", "attributive")
    if head.kind == "software":
        return _attach_software_head(region, claim, first, head)
    if head.kind == "mixed":
        return Attachment(claim, skipped="shared with a contrasting term")
    if head.kind == "model" and _clause_after_dash(region, first, head.index):
        return Attachment(claim, skipped="a class opening a clause of its own")
    if head.kind == "model" and (offering := _offered(region, first, head.index)) is not None:
        return Attachment(claim, (offering,), "copula", "attributive")
    group = head.index - (head.kind == "none" and _lower(region, head.index) == "of")
    if head.kind in ("model", "none") and (members := _group_of(region, group)):
        # "the open-source family of Llama models": a group of a model's members is that model.
        return Attachment(claim, tuple(members), "of", "attributive")
    if head.kind == "mention":
        mentions = _joined_list(region, list_after(region, head.index))
        if len(mentions) == 1 and (member := _member_described(region, first, mentions[0])):
            return Attachment(claim, tuple(member[0]), member[1], "attributive")
        closed = _lower(region, first - 1) in lx.DETERMINERS and _closed_by_noun(region, head.end)
        if len(mentions) > 1 and closed:
            # "the open-source nomic-embed-text embedding model, and Llama 3.1 8B": a determiner
            # and a noun close the phrase the claim stands in; the next name is one of its own.
            mentions = mentions[:1]
        if len(mentions) > 1 and _lower(region, first - 1) in {"a", "an", "the"}:
            # "an open source X and an enterprise Y": an article of its own opens another phrase,
            # with premodifiers of its own.
            end = region.word_range(mentions[0].start, mentions[0].end)[1]
            end += _lower(region, end) in _QUOTES  # 'an open source "X" and ...'
            if _lower(region, end) in {"and", "or", ","} and _lower(region, end + 1) in {"a", "an", "the"}:
                mentions = mentions[:1]
            elif _lower(region, end) == "as" and _lower(region, end + 1) in {"a", "an", "the", "our", "its"}:
                mentions = mentions[:1]  # "the open-weight X as the student and Y as the teacher"
        if (comma := _fronted_comma(region, first)) > head.index:
            # "Unlike the open-source OLMo, Gemma 2 ...": the list ends with the fronted phrase.
            mentions = [m for m in mentions if region.word_range(m.start, m.end)[0] < comma]
        if _name_as_kind(region, first):
            # "X was Europe's first open-source GPT-4o": the name stands for a kind; the claim is
            # said of the subject.
            said_of, how, _ = _subject_left(region, first)
            if said_of and how == "copula":
                return Attachment(claim, tuple(said_of), "copula", "attributive")
            return Attachment(claim, skipped="no model named")
        return Attachment(claim, tuple(mentions), "premodifier", "attributive")
    if head.kind == "quality":
        owner = _possessor(region, first) or _quality_had(region, first, head.index)
        if _lower(region, head.index) == "success":
            # "DeepSeek's open-source success": a lab's success when the name is also its maker's
            owner = [m for m in owner if _spelled(m) not in region.makers.get(m.entry_id, ())]
        if owner:
            return Attachment(claim, tuple(owner), "possessor", "attributive")
        return Attachment(claim, skipped="no model named")
    if head.kind == "of":
        hit = region.mention_at(head.index + 2)
        if hit is None and _lower(region, head.index + 2) in {"the", "its", "their"}:
            hit = region.mention_at(head.index + 3)  # "an open-source copy of the Mistral 7B model"
        noun = _lower(region, head.index)
        if hit is None and noun not in {"version", "versions", "copy", "copies"}:
            # "the open-source release of its newest small model, X": the phrase's model noun
            # stands in apposition to the name after its comma (a version or copy is another).
            k = head.index + 2
            while k < head.index + 8 and _plain_word(region, k) and _lower(region, k) not in lx.MODEL_NOUNS:
                k += 1
            named = region.mention_at(k + 2) if _lower(region, k + 1) == "," else None
            if _lower(region, k) in lx.MODEL_NOUNS and named is not None and not named[0].possessive:
                return Attachment(claim, (named[0],), "of", "other")
        pointed = head.index + 3
        if (
            hit is None
            and _lower(region, pointed) in lx.DEFINITE_MODEL
            and _definite(region, pointed)
            and (antecedent := _antecedent(region, head.index + 2)) is not None
        ):
            return Attachment(claim, (antecedent,), "of", "other")  # "The open-source nature of the model"
        qualifies = hit is not None and _is_modifier_use(region, hit[1])
        if qualifies and _lower(region, hit[1]) not in lx.MODEL_NOUNS:
            return Attachment(claim, skipped="no model named")  # "... release of the X tokenizer"
        if hit is not None:
            # "the open source version of chatgpt is called llama": the version is the other.
            end = hit[1] + (_lower(region, hit[1]) in lx.MODEL_NOUNS)  # "of the GPT-4 model is"
            hit = (hit[0], end)
            k = hit[1] + (_lower(region, hit[1]) in lx.COPULAS)
            k += _lower(region, k) in {"called", "named"} and _lower(region, hit[1]) in lx.COPULAS
            named = region.mention_at(k) if k > hit[1] and _lower(region, hit[1]) in lx.COPULAS else None
            if named is not None and region.words[head.index].lower in lx.TRANSPARENT_OF | lx.ALTERNATIVES:
                return Attachment(claim, (named[0],), "identity", "other")
            if _derived_from(region, head.index + 2):
                # "R1 1776, its open-source post-trained version of DeepSeek-R1": the version is
                # another model, the one the phrase stands in apposition to, if any.
                said_of, how, _ = _subject_left(region, first)
                if said_of and how in ("apposition", "copula"):
                    return Attachment(claim, tuple(said_of), how, "attributive")
                if (member := _version_named_after(region, hit[0], hit[1])) is not None:
                    # "one open-source version of Grok, the first version, Grok 1": the version
                    # is the member its apposition names
                    return Attachment(claim, (member,), "apposition", "attributive")
                return Attachment(claim, skipped="no model named")
            return Attachment(claim, (hit[0],), "of", "other")
        of_kind = region.words[head.index].lower not in {"version", "versions"}  # a version is another
        if (
            of_kind
            and _plural_model_noun(region, head.index + 2)
            and (examples := _introduced_list(region, head.index + 3))
        ):
            # "an open-source release of models such as Gemma": the release is theirs.
            return Attachment(claim, tuple(examples), "of", "other")
        # "X, an open-source version of its flagship model": no name after "of", so the phrase
        # is said of the name it stands in apposition to, as any description is.
        said_of, how, _ = _subject_left(region, first)
        if (
            not said_of
            and _opens_subject(region, first)
            and (identified := _identified_after(region, head.index))
        ):
            # "The open-source version of our old bot is X": the identity names what the phrase is.
            return Attachment(claim, tuple(identified), "identity", "attributive")
        # "X is the most important open-source release of the year", "X, an open-source version of"
        describes = region.words[head.index].lower in lx.TRANSPARENT_OF | lx.OWN_NOUNS | lx.RELEASE_NOUNS
        if said_of and how in ("apposition", "copula") and describes:
            return Attachment(claim, tuple(said_of), how, "attributive")
        # "The biggest open-source releases of July:" over a list of models: its members.
        items = region.lead_in_items.get(region.words[first].block)
        noun = region.words[head.index].lower
        if items and noun in lx.MODEL_NOUNS and _ends_block_with_colon(region, head.index):
            return Attachment(claim, tuple(items), "lead-in", "attributive")
        return Attachment(claim, skipped="no model named")
    if head.kind == "model" and (marked := _legend_members(region, first)):
        # "† denotes open-source models." over a table: the names that carry the mark.
        return Attachment(claim, tuple(marked), "legend", "attributive")
    if head.kind == "none" and (named := _appositive_name(region, first, last, head.index)):
        return Attachment(claim, tuple(named), "apposition", "attributive")
    if head.kind == "none" and (examples := _examples_after(region, first, last, head.index)):
        return Attachment(claim, tuple(examples), "list", "attributive")
    items = region.lead_in_items.get(region.words[first].block)
    # A note in brackets ending the title ("... Image Generators (2025)") is no part of the noun.
    noun_end = head.index
    if _lower(region, head.index - 1) == ")" and (opening := _bracket_opening(region, head.index - 1)) > last:
        noun_end = opening
    listed_class = _class_noun(region, last, noun_end) and _lists_a_class(region, first)
    if head.kind == "none" and items and listed_class:
        # "## 5 Open Source Image Generators You Can Run" over a list of models: whatever the
        # noun, the list says what its members are.
        return Attachment(claim, tuple(items), "lead-in", "attributive")
    if head.kind == "none" and _lower(region, last) == ":" and (named := _release_clause(region, last)):
        return Attachment(claim, tuple(named), "list", "other")  # "Good news for open source: X released Y"
    nouns_only = head.index == last + 1 or _class_noun(region, last, head.index)  # "video generators:"
    if head.kind == "none" and nouns_only and (named := _colon_members(region, head.index)):
        return Attachment(claim, tuple(named), "list", "attributive")  # "three open-source pieces: X for ..."
    block = region.words[first].block
    if (
        head.kind == "none"
        and (items := region.lead_in_items.get(block))
        and _fills_cell(region, first, last, nouns=False)
    ):
        # "## Open source" over a list, "- Open source" over the items nested under it
        return Attachment(claim, tuple(items), "lead-in", "attributive")
    if head.kind == "none" and _lower(region, last) == ":" and first == _sentence_bounds(region, first)[0]:
        if (below := _items_below(region, last)) is not None:
            return Attachment(claim, tuple(below), "lead-in", "attributive")  # "Open source:" over a list
        labelled = list_after(region, last + 1)
        tail = region.word_range(labelled[-1].start, labelled[-1].end)[1] if labelled else 0
        if labelled and (
            tail >= len(region.words)
            or not _same_sentence(region, tail - 1, tail)
            or region.words[tail].line != region.words[tail - 1].line  # "Open-source: X, Y⏎Proprietary: Z"
            or _lower(region, tail) in {".", ";", "—", "–", "-", "(", "|"}
        ):
            # "Open-source: X, Y.", "**Open source:** X, Y — free to run": the list ends the label's
            # sentence, or a dash or bracket sets off what is said of it.
            return Attachment(claim, tuple(labelled), "list", "attributive")
    if said_of := _fronted_topic(region, first, head):
        return Attachment(claim, tuple(said_of), "list", "attributive")
    if head.kind == "model" and (ranged := _fronted_range(region, first)):
        return Attachment(claim, tuple(ranged), "list", "attributive")
    if recapped := _recap(region, first):
        return Attachment(claim, tuple(recapped), "recap", "predicative")
    attributive = head.kind == "model"
    role = "attributive" if attributive else "predicative"
    own = attributive and region.words[head.index].lower in lx.OWN_NOUNS
    if own and _lower(region, first - 1) == "'s" and (owner := _possessor(region, first)):
        return Attachment(claim, tuple(owner), "possessor", role)  # "DeepSeek-R1's open-source release"
    if said_of := _fronted_description(region, first, last, head):
        if _lower(region, _sentence_bounds(region, first)[0]) in {"among", "amongst"}:
            # "Among open-source LLMs, X scored highest, ahead of Y and Z": the sentence ranks
            # members of the class it is scoped to.
            known = {m.start for m in said_of}
            said_of = [*said_of, *(m for m in _ranked_after(region, first) if m.start not in known)]
        return Attachment(claim, tuple(said_of), "fronted", role)
    if attributive and region.lead_in_items.get(block) and _ends_block_with_colon(region, head.index):
        return Attachment(claim, tuple(region.lead_in_items[block]), "lead-in", role)
    if attributive:
        listed = [] if _object_of_turn(region, first) else _introduced_list(region, head.index + 1)
        listed = listed or _colon_members(region, head.index + 1) or _colon_after_phrase(region, head.index)
        after = _lower(region, head.index + 1)
        compound = _plain_word(region, head.index + 1) and after not in lx.QUALITY_NOUNS
        if not listed and compound:
            # "Open Source Model Support: X, Y and Z can be selected": a compound's last noun
            # before the colon; a list of names after it is the models it is about (not
            # "Open-source model pricing: GPT-4o costs more than Y", a clause).
            members = _colon_members(region, head.index + 2)
            if not members and _lower(region, head.index + 2) == "(":
                # "Open-source LLM support (X, Y)": a bracket of names alone after the compound
                close = _bracket_closing(region, head.index + 2, 27)
                members = _names_alone(region, head.index + 3, close) if close != -1 else []
            at = region.word_range(members[0].start, members[0].end)[0] if members else -1
            compared = any(
                _lower(region, k) in lx.COMPARISON for k in range(at, _sentence_bounds(region, first)[1])
            )
            if len(members) >= 2 and list_after(region, at) == members and not compared:
                listed = members
        if (count := _cardinal_before(region, first)) and len(listed) > count:
            listed = listed[:count]  # "two open-source baselines, X and Y, as well as ChatGPT"
        listed_at = region.word_range(listed[0].start, listed[0].end)[0] if listed else -1
        if listed and not _across_fronted(region, head.index, listed_at):
            other = next((k for k in (first - 1, first - 2) if _lower(region, k) in {"other", "fellow"}), -1)
            if other > 0 and _lower(region, other - 1) not in {"and", "or"}:
                # "X beats other open-source models like Y": "other" makes X one of them too; not
                # so for an object's list ("X tops Z and other open-source models like Y").
                known = {m.start for m in listed}
                members = [m for m in _presented_as_member(region, first) if m.start not in known]
                listed = sorted([*members, *listed], key=lambda m: m.start)
            return Attachment(claim, tuple(listed), "list", role)
        named = _names_before(region, first)
        if named:
            # "Gemma 3n, our new Gemma 3 open-source model": the phrase is said of the
            # name it stands in apposition to, and the name inside it is a modifier.
            name_start = region.word_range(named[0].start, named[0].end)[0]
            said_of, how, _ = _subject_left(region, name_start)
            if said_of and how in ("apposition", "copula", "definition"):
                return Attachment(claim, tuple(said_of), how, role)
            return Attachment(claim, tuple(named), "compound", role)
    if attributive and (members := _presented_as_member(region, first)):
        return Attachment(claim, tuple(members), "membership", role)
    if claim.kind == "open-weights" and not attributive:
        owner = _weights_owner(region, first, last)
        if owner:
            return Attachment(claim, tuple(owner), "possession", "other")
    k = _secondary_predicate(region, first)
    if (
        k != -1
        and region.words[k].lower in lx.RESULT_PARTICIPLES
        and attributive
        and _only_degree(region, k + 1, first)
    ):
        said_of = _result_of(region, k)
        return (
            Attachment(claim, tuple(said_of), "resultative", "predicative")
            if said_of
            else Attachment(claim, skipped="no model named")
        )
    if attributive and (evidence := _held_up(region, first, head.index)):
        return Attachment(claim, tuple(evidence), "evidence", role)
    if attributive and (said_of := _purpose_of(region, first)):
        return Attachment(claim, tuple(said_of), "purpose", role)
    # "something open source" stands for one model as "an open-source model" does.
    something = _lower(region, first - 1) == "something"
    if (attributive or something) and (
        picked := _wanted_then_picked(region, first, last if something else head.index)
        or _then_used(region, first, head.index)
    ):
        return Attachment(claim, tuple(picked), "examples", role)
    if attributive and (changed := _changed_into(region, first)):
        return Attachment(claim, (changed,), "resultative", role)
    # "..., available open-source on X" is said of the subject; "the available open-source
    # models" is a noun phrase of its own.
    # ("X models as well open-source Y models": a coordination typed without its second "as")
    as_well = k != -1 and region.words[k].lower == "as" and _lower(region, k + 1) == "well"
    if (
        k != -1
        and not as_well
        and (region.words[k].lower == "as" or (region.words[k].lower in lx.AVAILABLE and not attributive))
    ):
        said_of = _clause_subject_before(region, k)
        if said_of:
            return Attachment(claim, tuple(said_of), "as", role)
    if not attributive and (group := _quantified_group(region, first, last)) is not None:
        if not group and (items := _class_members(region, first)):
            # "## The models we run, all open source" over a list: its members.
            return Attachment(claim, tuple(items), "lead-in", role)
        if not group:
            return Attachment(claim, skipped="no model named")
        return Attachment(claim, tuple(group), "quantifier", role)
    if (
        attributive
        and _lower(region, first - 1) in {"this", "that"}
        and region.words[head.index].lower in lx.DEFINITE_MODEL
        and not region.words[head.index].lower.endswith("s")
        and not region.mentions_from(_sentence_bounds(region, first)[0], first)
        and (pointed := _antecedent(region, first)) is not None
        and region.word_range(pointed.start, pointed.end)[0] < _sentence_bounds(region, first)[0]
    ):
        # "Phi-2 did well. We built this open-source model to ...": a demonstrative points back
        # wherever it stands in its sentence.
        return Attachment(claim, (pointed,), "anaphora", role)
    mentions, how, _ = _subject_left(region, first)
    if mentions:
        subject_np = attributive or how == "apposition"
        if (
            subject_np
            and how in ("apposition", "copula")
            and head.kind == "model"
            and _lower(region, head.index + 1) in lx.CLAUSE_VERBS
        ):
            pass  # "..., open-source alternatives are catching up": a subject, not a predicate
        else:
            return Attachment(claim, tuple(mentions), how, role if how != "resultative" else "predicative")
    if (item_subject := _item_subject(region, first)) is not None:
        # "Mistral 7B:" over "- is open source": the item goes on from its lead-in's subject.
        return Attachment(claim, (item_subject,), "item", role)
    if (
        _lower(region, first - 1) == "("
        and _lower(region, last) == ")"
        and _plain_word(region, first - 2)
        and _lower(region, first - 2) not in lx.MODEL_NOUNS
    ):
        # "built with Gradio (open source)": a bracket annotates the word before it, no model.
        return Attachment(claim, skipped="said of the word before the bracket")
    topic = _topic(region, first)
    if topic:
        return Attachment(claim, tuple(topic), "topic", role)
    # "All of them are open source", "each of them open source": a partitive of a plural reference.
    # ("All of these tokenizers are open source": a noun of its own after "these" is what is.)
    of_them = any(
        _lower(region, k) == "of"
        and _lower(region, k + 1) in {"them", "these", "those"}
        and not _own_noun_after(region, k + 2)
        for k in range(region.reach_back(first, 4), first)
    )
    plural = (
        of_them
        or (how == "anaphora" and _plural_subject(region, first))
        or _plural_reference(region, first)
        or _plural_copula_subject(region, first)
    )
    if (group := _named_before_colon(region, first)) and len({m.entry_id for m in group}) >= 2:
        # "Wan 2.1 vs HunyuanVideo: both are open-source video models": the names the title
        # before the colon sets side by side.
        return Attachment(claim, tuple(group), "plural", role)
    if group := _plural_in_sentence(region, first):
        # "banned Qwen3 and DeepSeek-R1 even though they're open source": the list the clause
        # before names.
        return Attachment(claim, tuple(group), "plural", role)
    if plural and (group := _plural_antecedent(region, first)):
        # "We tested X and Y. Both are ...": a plural points to models (a family's too), not a brand.
        return Attachment(claim, tuple(group), "plural", role)
    if plural and (owned := _makers_models_before(region, first)) is not None:
        # "## Granite 4.0" over "IBM's hybrid models use less memory. They're open source."
        return Attachment(claim, (owned,), "anaphora", role)
    it = _it_near(region, first)
    if it == -1 and how == "anaphora":
        # "it was, at the time, the most capable open-source ...", "it's one of the most
        # popular open-source ...": the subject the copula links, however long the predicate.
        far = _it_near(region, first, 12)
        if far != -1 and _lower(region, far + 1) in lx.COPULAS | {"'s"}:
            it = far
    if _it_may_be_other(region, it):
        return Attachment(claim, skipped="'it' may be something else")
    if it != -1 and _antecedent(region, first) is None and (ahead := _cataphora(region, it, first)):
        return Attachment(claim, (ahead,), "anaphora", role)  # "Because it's open source, X ..."
    if attributive and (owned := _maker_reference(region, first, head.index)) is not None:
        # "... ship Gemma 3n, making Google's open-source model the default": the maker's model
        # just named.
        return Attachment(claim, (owned,), "anaphora", role)
    if how == "anaphora" or _starts_with_reference(region, first) or _inverted_it(region, first):
        antecedent = (
            _antecedent_in_sentence(region, it)
            or _antecedent_in_sentence(region, _definite_subject(region, first))
            or _antecedent(region, first)
        )
        antecedent = _by_maker(region, first, antecedent)
        if antecedent is None and attributive and how == "anaphora":
            antecedent = _only_model_before(region, first)
        elif antecedent is None and attributive and _definite(region, head.index):
            # "The start-up posted the weights of X. The open-source model ...": the one model
            # named, unless "it" there may be another ("We compared it to X. The model won.")
            antecedent = _only_model_before(region, first, pronouns=False)
        if antecedent is not None:
            # "Like GLM-4.5 before it, the model is open source": the likeness says it of both
            # (not "Like M2, the open-source model is aimed at ...", which likens the aim).
            likened = [] if attributive else _likened(region, first)
            likened = [m for m in likened if m.entry_id != antecedent.entry_id]
            named = sorted([antecedent, *likened], key=lambda m: m.start)
            return Attachment(claim, tuple(named), "anaphora", role)
    if (attributive or (head.kind == "none" and _opens_subject(region, first))) and (
        identified := _identified_after(region, head.index)
    ):
        # "The biggest open-source success story of the year is Llama 3": whatever its noun, a
        # description the sentence opens on is said of the name the copula equates it with.
        return Attachment(claim, tuple(identified), "identity", role)
    if attributive and (identified := _it_is_next(region, first, head.index)):
        return Attachment(claim, tuple(identified), "identity", role)
    if attributive and (branded := _under_banner(region, head.index)):
        return Attachment(claim, tuple(branded), "banner", role)
    if attributive and (offered := _offered_with(region, first)):
        return Attachment(claim, tuple(offered), "fronted", role)
    if attributive and (judged := _good_for_a(region, first)):
        return Attachment(claim, (judged,), "membership", role)
    if attributive and (
        examples := _examples_next_sentence(region, first) or _run_in_label(region, first, head)
    ):
        return Attachment(claim, tuple(examples), "examples", role)
    if attributive and (reported := _studied_next(region, first, head)):
        return Attachment(claim, tuple(reported), "examples", role)
    if attributive:
        # A heading or a lead-in ending in ":" introduces the list that follows it.
        items = region.lead_in_items.get(block)
        if items:
            return Attachment(claim, tuple(items), "lead-in", role)
        # "Run X, Y and Z on our cloud. Open-source models, sovereign hosting.": a fragment
        # that opens with the class describes what the sentence before named.
        # A fragment that names models of its own ("**Open-source model** — weights, code and
        # data open (e.g. X)", as in a glossary) is about them, not about the sentence before.
        fragment_start, fragment_end = _sentence_bounds(region, first)
        own = _mentions_from(region, first, fragment_end)
        named = (
            _named_just_before(region, fragment_start)
            if _class_fragment(region, first, head) and not own
            else []
        )
        # Not after "GPT-4o is fast.": a class set after a statement about its subject is a new
        # topic; after "We run X and Y." or "Just tried X." it sums up the objects.
        if named and not _opens_sentence(region, named[0]):
            return Attachment(claim, tuple(named), "fragment", role)
        # "Our best open source model" in a table row or list item about one model.
        subject = region.block_subjects.get(block)
        start, end = _sentence_bounds(region, first)
        block_start = _block_start(region, first)
        # Not "GPT-4o is fast. Open-source models, meanwhile, lag.": after a statement about the
        # item's model, or in a question, the class is a topic of its own.
        verbs = lx.COPULAS | lx.CLAUSE_VERBS
        stated = any(_lower(region, k) in verbs for k in range(block_start, start))
        asked = _lower(region, end - 1) == "?"
        if (
            subject is not None
            and _fragment_start(region, first)
            and not stated
            and not makes_next(region, subject)  # "Mistral released X, introducing ...": the maker
            and not asked
            and not _object_after(region, head.index, subject)
            # "| GPT-4o | open source alternatives exist |": others, set against the row's model
            and _lower(region, head.index) not in lx.ALTERNATIVES | {"rivals", "rival", "competitors"}
        ):
            return Attachment(claim, (subject,), "item", role)
        # "### Llama 2" over "- **Description**: Meta's open-source LLM.": a verbless fragment
        # describes the model its section is about.
        topic = region.item_topics.get(block) or region.subject or _card_name(region, first)
        if subject is None and topic is not None and _verbless(region, first, _after_label(region, first)):
            return Attachment(claim, (topic,), "section", role)
    if head.kind == "none" and (tagged := _tagline(region, first, last, head.index)) is not None:
        return Attachment(claim, (tagged,), "section", "attributive")
    if not attributive and (picked := _fronted_field(region, first, last)):
        return Attachment(claim, tuple(picked), "fronted", "predicative")
    if not attributive and (included := _including(region, last)):
        return Attachment(claim, tuple(included), "including", role)
    if not attributive and (said_of := _colon_attributes(region, first, last)):
        return Attachment(claim, tuple(said_of), "attributes", role)
    if head.kind in ("none", "model") and (described := _described_after_name(region, first)) is not None:
        # "- [Whisper](...) SOTA local open-source speech recognition": a list's entry, the name
        # and what it is, with no verb between.
        return Attachment(claim, (described,), "item", "attributive")
    if not attributive and (topics := _fragment_topic(region, first, last)):
        # "### Stable Diffusion 1.5" over "Still everywhere, still open source."; a table row's
        # "open source, Apache 2.0" cell; "# Falcon 40B" over "Open source · decoder only": a
        # verbless fragment describes the model its row, item or section is about.
        return Attachment(claim, tuple(topics), "fragment", role)
    subject_noun = not attributive and any(
        _lower(region, k) in lx.MODEL_NOUNS
        and k not in region.phrase_words
        and not any(_lower(region, j) in lx.PREPOSITIONS for j in range(k + 1, first))
        for k in range(_sentence_bounds(region, first)[0], first)
    )  # "Meta's New Model Is Open Source" over the article that names it; "open weights" is no
    # noun, nor "weights" of a fix's "release the weights of"; in "Closed alternatives to
    # open-source image generators" the claim is in the noun's object, not said of it
    if not attributive and (items := _class_members(region, first)):
        # "## The models we use are all open source" over a list of models: said of its members.
        return Attachment(claim, tuple(items), "lead-in", role)
    if (attributive or subject_noun) and (named := _named_next(region, first, head.index)):
        return Attachment(claim, tuple(_marked_run(region, named)), "named later", role)
    # "... has released a model of this size as open source. Mistral Large 3, ...": the model
    # released as open source, named next.
    if (noun := _released_as(region, first)) != -1 and (named := _named_next(region, first, noun)):
        return Attachment(claim, (named,), "named later", role)
    if not attributive and _lower(region, last) == "with" and _lower(region, first - 1) in lx.GO_VERBS:
        hit = region.mention_at(last + 1)
        if hit is not None:
            return Attachment(claim, (hit[0],), "verb", "verb")
    if not attributive and (noun := _software_subject(region, first)):
        # "Our server is open source and serves these models:": the server is.
        return Attachment(claim, skipped=f"about software ('{noun}')")
    if announced := _announced(region, first, last):
        # Names that answer the claim's question ("Is there any good open-source model? X") answer
        # the asker's words; names announced by a colon or dash are the writer's own.
        # A "?" between the claim and the names: '"Which open-source model ...?" Our answer: X'.
        named = region.word_range(announced[0].start, announced[0].end)[0]
        asked = any(_lower(region, k) == "?" for k in range(last, named))
        return Attachment(claim, tuple(announced), "answered" if asked else "announced", role)
    if attributive and (answered := _request_answered(region, first)):
        return Attachment(claim, tuple(answered), "answered", role)
    indefinite = _lower(region, first - 1) in {"something", "anything"}  # "we need something open source"
    if (attributive or indefinite) and (met := _requirement_met(region, first)):
        return Attachment(claim, tuple(met), "answered", role)
    released = _open_sourced(region, claim, first, last) or any(
        _lower(region, k) in lx.RELEASE_VERBS and k not in region.phrase_words
        for k in range(region.reach_back(first, 7), first)
    )
    if attributive and released and (named := _identified_next(region, first)):
        return Attachment(claim, tuple(named), "identified next", role)
    if attributive and (reported := _studied_next(region, first, head, said=True)):
        return Attachment(claim, tuple(reported), "examples", role)
    if attributive and (named := _fragment_next(region, first, head.index)):
        return Attachment(claim, tuple(named), "named later", role)
    return Attachment(claim, skipped="no model named")


def _class_members(region: Region, first: int) -> list[Mention] | None:
    """The items of the list the claim's block introduces, when the clause of the predicative
    claim at word ``first`` has a plural model noun for subject ("The models we use are all open
    source", "All of these LLMs are open source"); None otherwise."""
    items = region.lead_in_items.get(region.words[first].block)
    return items if items and _class_noun_subject(region, first) else None


_STILL = frozenset({"now", "all", "also"})


def _verb_lead_in(region: Region, first: int, last: int) -> list[Mention]:
    """The items below a lead-in whose verb claim is said of a plural model noun: its subject
    ("The following models are open-sourced:") or its object ("We have open-sourced these three
    checkpoints:"), the block ending in a colon soon after."""
    items = region.lead_in_items.get(region.words[first].block)
    if not items:
        return []
    before = first - 1
    while before > 0 and (_lower(region, before).endswith("ly") or _lower(region, before) in _STILL):
        before -= 1  # "are now fully open-sourced"
    if _lower(region, before) in lx.COPULAS and _class_noun_subject(region, first):
        colon = last - 1  # the claim's last word: the colon may follow it at once
    else:
        nouns = [k for k in range(last, region.reach_ahead(last, 5)) if _plural_model_noun(region, k)]
        if not nouns or _mentions_from(region, last, nouns[0]):
            return []
        colon = nouns[0]
    if not _ends_block_with_colon(region, colon):
        return []
    _, end = _sentence_bounds(region, first)
    return items if _lower(region, end - 1) == ":" else []  # the claim's own sentence ends there


def _class_noun_subject(region: Region, first: int) -> bool:
    """A plural model noun is the subject of the clause of the claim at word ``first``."""
    start = _sentence_bounds(region, first)[0]
    for k in range(start, first):
        low = _lower(region, k)
        if low in lx.PREPOSITIONS and low != "of":
            return False  # "Closed alternatives to open-source ...": the claim in an object
        if _plural_model_noun(region, k) and k not in region.phrase_words:
            return True
    return False


def _adopter(region: Region, first: int) -> list[Mention]:
    """The names that take up the way of working the claim's noun phrase names: "X embraces an
    open-source philosophy", "X and Y follow the open-source approach"."""
    j = first - 1
    while _lower(region, j) in lx.DETERMINERS:
        j -= 1
    if _lower(region, j) not in lx.ADOPTING_VERBS:
        return []
    hit = region.mention_ending_at(j)
    return _chain_left(region, *hit) if hit is not None and _names_itself(region, hit[0]) else []


def _attach_software_head(region: Region, claim: Claim, first: int, head: _Head) -> Attachment:
    """ "open-source library" is about software, unless the noun phrase is said of a model:
    "GPT-2 was released as open-source software", "Llama 3 ships under an open-source license"."""
    noun = region.words[head.index]
    if not _object_of_turn(region, first) and (
        (named := _colon_members(region, head.index + 1))
        # "four open-source TTS systems that cover different designs: X, Y and Z"
        or (noun.lower in lx.SYSTEM_NOUNS and (named := _colon_after_phrase(region, head.index)))
    ):
        return Attachment(claim, tuple(named), "list", "attributive")  # "open-source pieces: X for ..."
    if noun.lower in lx.SYSTEM_NOUNS and (described := _described_after_name(region, first)) is not None:
        # "- [Orpheus-TTS](...) state-of-the-art open-source TTS system": a list's entry, the
        # model and the system it is
        return Attachment(claim, (described,), "item", "attributive")
    markers = (*lx.EXAMPLE_MARKERS, ("like",))
    if noun.lower in lx.WORK_NOUNS and (like := _phrase_at(region, head.index + 1, markers)):
        # "open-source initiatives like X and Y": the examples are the works, models when named
        # as models; a name that is also its maker's ("efforts like DeepSeek") names the lab.
        named = [
            m
            for m in list_after(region, head.index + 1 + like)
            if _spelled(m) not in region.makers.get(m.entry_id, ())
        ]
        if named:
            return Attachment(claim, tuple(named), "list", "attributive")
    k = _secondary_predicate(region, first)
    if k != -1 and region.words[k].lower in {"as", "under"}:
        under = region.words[k].lower == "under"
        if under == (noun.lower in lx.LICENSE_NOUNS):
            said_of = _clause_subject_before(region, k)
            if said_of:
                return Attachment(claim, tuple(said_of), "license" if under else "as", "other")
    # "launching its Gemma 3 model as a fully open-source release": the release is the model's.
    as_before = "as" in (_lower(region, first - 1), _lower(region, first - 2))
    if noun.lower in {"project", "release"} and as_before:
        mentions, _how, _ = _subject_left(region, first)
        if mentions:
            return Attachment(claim, tuple(mentions), "release", "other")
    if noun.lower in lx.LICENSE_NOUNS and (owner := _possessor(region, first)):
        return Attachment(claim, tuple(owner), "license", "other")  # "Llama 3's open-source license"
    if noun.lower in lx.MANNER_NOUNS and (owner := _possessor(region, first) or _adopter(region, first)):
        # "DeepSeek-R1 ... won attention for its open-source approach", "X embraces an
        # open-source philosophy"; not a maker's brand
        models = [m for m in owner if _spelled(m) not in region.makers.get(m.entry_id, ())]
        if models:
            return Attachment(claim, tuple(models), "possessor", "attributive")
    if noun.lower not in lx.LICENSE_NOUNS | lx.ORGANISATION_NOUNS:
        mentions, how, _ = _subject_left(region, first)
        named_end = region.word_range(mentions[-1].start, mentions[-1].end)[1] if mentions else first
        coordinated = any(_lower(region, k) in {"and", "or"} for k in range(named_end, first))
        # A preposition between the copula and the claim puts the software elsewhere: "X is part
        # of the open-source ecosystem", "X is available through open-source servers".
        # (For a result, from its verb on: "..., by a wide margin, making it the leading")
        links = lx.MAKE_VERBS if how == "resultative" else lx.COPULAS
        copula = max((k for k in range(named_end, first) if _lower(region, k) in links), default=named_end)
        between = range(copula + 1, first)
        linked_directly = not any(
            _lower(region, k) in lx.PREPOSITIONS and "-" not in (_lower(region, k - 1), _lower(region, k + 1))
            for k in between
        )  # "easy-to-use" is one word
        # "X is a pillar of the open-source AI world": a role in the class's field
        field = noun.lower in _FIELD_NOUNS | {"movement"}
        role = any(
            _lower(region, k) in lx.ROLE_NOUNS and _lower(region, k + 1) in {"of", "in", "among"}
            for k in between
        )
        linked_directly = linked_directly or (field and role)
        # (Not a tool: "Mistral is an open-source Ruby client that ..." is another thing of that name.)
        # ("tool-augmented", "a library of language models" are no tools)
        tool = noun.lower in lx.TOOL_NOUNS and _lower(region, head.index + 1) not in {"-", "of"}
        # ("HunyuanVideo, an open-source project", and so after a dash: "X - an open-source project")
        apposed = how in ("apposition", "definition") and noun.lower in lx.SYSTEM_NOUNS
        linked = how in ("copula", "resultative") or apposed
        if mentions and linked and not coordinated and linked_directly and not tool:
            # "Whisper is OpenAI's open-source transcription system": said of the model;
            # "..., making it the leading open source AI system": so is what it was made.
            return Attachment(claim, tuple(mentions), how, "attributive")
    if noun.lower not in lx.LICENSE_NOUNS and (said_of := _purpose_of(region, first)):
        # "The purpose of X is to provide an open-source solution": the solution is X.
        return Attachment(claim, tuple(said_of), "purpose", "attributive")
    return Attachment(claim, skipped=f"about software ('{noun.text}')")


def _weights_owner(region: Region, first: int, last: int) -> list[Mention]:
    """Whose weights "open weights" (a noun) are: "Claude 3 has open weights", "released open
    weights for Claude 3", "the open weights of Grok-1"."""
    if _lower(region, last) in {"for", "of"}:
        chain = _chain_at(region, last + 1)
        if chain:
            return chain
    k = first - 1
    while k >= 0 and _lower(region, k) in {"the", "its", "their", "full", "fully"}:
        k -= 1
    if _lower(region, k) in lx.HAVE_VERBS:
        return _clause_subject_before(region, k)
    return []


def _fronted_field(region: Region, first: int, last: int) -> list[Mention]:
    """A bare claim fronted as the field the sentence is about, then the model the sentence
    picks in it: "For open source, Qwen2.5 is king right now", "If you want open source, go with
    Llama 3", "Open source wise, Llama 3 is the one to beat"."""
    start, end = _sentence_bounds(region, first)
    if any(_lower(region, k) not in lx.FIELD_OPENERS for k in range(start, first)):
        return []
    comma = last + (_lower(region, last) in {"wise", "-wise"})
    if _lower(region, comma) != ",":
        return []
    clause = range(comma + 1, end)
    if any(_lower(region, k) in lx.NEGATIONS | lx.CONTRAST_TERMS for k in clause):
        return []
    at = _past_pick_verb(region, comma + 1)
    hit = region.mention_at(at)
    return _chain_at(region, at) if hit is not None and not hit[0].possessive else []


def _good_for_a(region: Region, first: int) -> Mention | None:
    """ "X is surprisingly good for an open-source model", "Tried X today, pretty fast for an
    open-source model": judged against the class, X is one of it."""
    if _lower(region, first - 1) not in {"a", "an"} or _lower(region, first - 2) != "for":
        return None
    adjective = first - 3
    if not _plain_word(region, adjective) or _lower(region, adjective) in lx.MODEL_NOUNS:
        return None  # "a license for an open-source model": no judgement
    start, _ = _sentence_bounds(region, first)
    if _lower(region, adjective) not in lx.JUDGEMENTS and not _predicate_adjective(region, start, adjective):
        return None
    named = [m for m in _mentions_from(region, start, adjective) if _names_itself(region, m)]
    return named[0] if len({m.entry_id for m in named}) == 1 else None


_DEGREE = {"very", "so", "too", "quite", "pretty", "really", "rather", "fairly", "super", "still", "also"}


def _predicate_adjective(region: Region, start: int, adjective: int) -> bool:
    """Word ``adjective`` is a predicate adjective right after "X is" and its adverbs: "Gemma 2
    9B is surprisingly fluent for ...", not "X is a license for ..." nor "X is what we pay for"."""
    low = _lower(region, adjective)
    if not _plain_word(region, adjective) or low in lx.SUBJECT_PRONOUNS or low in lx.MODEL_NOUNS:
        return False
    k = adjective - 1
    while k >= start and (_lower(region, k) in _DEGREE or _lower(region, k).endswith("ly")):
        k -= 1  # "surprisingly", "very"
    if _lower(region, k) not in lx.COPULAS:
        return False
    hit = region.mention_ending_at(k)
    return hit is not None and not hit[0].possessive


def _offered_with(region: Region, first: int, reach: int = 6) -> list[Mention]:
    """A sentence that opens "With X," and goes on to say what its subject has or gives: "With
    Llama 3.1 405B, Meta now has an open-source model that rivals GPT-4o", "With Granite 4.0, we
    are giving enterprises open-source models": X is that model."""
    start, _ = _sentence_bounds(region, first)
    start += _lower(region, start) in _QUOTES  # a quote opening with it
    if _lower(region, start) != "with" or region.mention_at(start + 1) is None:
        return []
    chain = _chain_at(region, start + 1)
    after = region.word_range(chain[-1].start, chain[-1].end)[1]
    if _lower(region, after) != "," or any(m.possessive for m in chain):
        return []
    clause = range(after + 1, first)
    if len(clause) > reach + 4 or any(region.mention_at(k) for k in clause):
        return []
    if not any(_lower(region, k) in lx.OFFERING_VERBS for k in clause):
        return []
    if any(_lower(region, k) in lx.NEGATIONS | lx.CONTRAST_TERMS for k in clause):
        return []
    return chain


def _under_banner(region: Region, head: int, reach: int = 3) -> list[Mention]:
    """The name the models of the claim's noun phrase come under: "open-source models under the
    Gemma branding", "a set of open source models under the Qwen umbrella"."""
    k = head + 1
    while k < region.reach_ahead(head, reach) and _lower(region, k) != "under":
        if not _plain_word(region, k):
            return []
        k += 1
    if _lower(region, k) != "under" or _lower(region, k + 1) not in {"the", "its", "their"}:
        return []
    hit = region.mention_at(k + 2)
    if hit is None or hit[0].possessive or _lower(region, hit[1]) not in lx.BANNER_NOUNS:
        return []
    return [hit[0]]


def _it_is_next(region: Region, first: int, head: int) -> list[Mention]:
    """A model brought in without a name ("runs on an open-source model") and named by the next
    sentence of the paragraph, which opens on "It's X", "That is X" or the noun again ("We run
    an open-source reranker. The reranker is X."): X."""
    words = region.words
    start, end = _sentence_bounds(region, first)
    indefinite = {_lower(region, k) for k in range(region.reach_back(first, 3), first)} & {"a", "an"}
    # A name before the noun or right after it may be the one meant; one after a preposition
    # further on is not ("an open-source reranker in front of Claude").
    if not indefinite or any(region.mention_at(k) for k in range(start, head + 1)):
        return []
    after = head + 1 + (_lower(region, head + 1) in {",", "(", ":", "—", "–", "like", "called", "named"})
    if after < end and region.mention_at(after) is not None:
        return []  # "an open-source reranker (X)", "an open-source model called X"
    if end >= len(words) or words[end].block != words[first].block:
        return []
    k = end
    noun = _lower(region, head)
    if _lower(region, k) in {"the", "that", "this", "our"} and _lower(region, k + 1) in {noun, "model"}:
        k += 1  # "The reranker is X": the noun again, made definite
    elif _lower(region, k) not in {"it", "that", "this"}:
        return []
    k += 1
    if _lower(region, k) in {"'s", "is", "was"}:
        k += 1
    else:
        return []
    k += _lower(region, k) in {"just", "simply"}
    return _chain_at(region, k) if region.mention_at(k) is not None else []


def _opens_subject(region: Region, first: int, reach: int = 5) -> bool:
    """The claim stands in the noun phrase its sentence opens on: only a determiner, "one of
    the", or premodifiers before it ("The biggest open-source ...", "One of the best ...")."""
    start, _ = _sentence_bounds(region, first)
    before = [k for k in range(start, first) if k not in region.phrase_words]
    if len(before) > reach or any(region.mention_at(k) for k in before):
        return False
    opening = lx.DETERMINERS | {"one", "of", "most"}
    return all(_lower(region, k) in opening or _plain_word(region, k) for k in before)


_IDENTITY_COPULAS = frozenset({"is", "are", "was", "were", "remains", "remain"})
_FIRST_COPULAS = _IDENTITY_COPULAS | {"becomes", "became"}  # a copula a second predicate shares
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ".", "?", "!", "—", "–"})


def _identified_after(region: Region, head: int, reach: int = 7) -> list[Mention]:
    """The noun phrase is the subject of an identity: "The most capable open-source model today
    is Llama 3.1 405B", "Among the best open-source LLMs are Llama 2 and Falcon 40B"."""
    words = region.words
    k = head + 1
    ahead = region.reach_ahead(head, reach + 1)
    if _lower(region, k) in {"that", "which", "who"}:
        # "the only open-source models that completed half the tasks were X and Y": a relative
        # clause on the noun, then the copula.
        ahead = region.reach_ahead(head, reach + 10)
        stops = _IDENTITY_COPULAS | _CLAUSE_ENDS
        k = next((j for j in range(k + 2, ahead) if _lower(region, j) in stops), ahead)
        if _lower(region, k) not in _IDENTITY_COPULAS or not _same_sentence(region, head, k):
            return []
    while k < ahead and _same_sentence(region, head, k):
        low = words[k].lower
        if low in lx.MODALS | {"will", "may"} and _lower(region, k + 1) == "be":
            # "The next big open-source model will be Qwen 3": a modal's "be" names as "is" does.
            k, low = k + 1, "is"
        if low in _IDENTITY_COPULAS:
            j = _past_aside(region, k + 1)
            if _lower(region, j) in {"the", "probably", "arguably", "still", "now", "clearly"}:
                j += 1
            if _proper(region, j) and _lower(region, j + 1) == "'s" and region.mention_at(j + 2):
                j += 2  # "... are Meta's Llama 3 and Google's Gemma 2": past the maker's possessive
            if region.mention_at(j) is not None and _lower(region, region.mention_at(j)[1]) != "'s":
                return _chain_at(region, j)
            return []
        determiner = low == "that" and _lower(region, k - 1) in lx.PREPOSITIONS  # "at that level"
        if (low in {",", ";", ":", "(", "and", "but", "which", "that", "who"} and not determiner) or (
            low in lx.CLAUSE_VERBS
        ):
            return []
        k += 1
    return []


def _past_aside(region: Region, j: int, reach: int = 5) -> int:
    """Past an aside set off by commas at word ``j``: "is, without doubt, X", "is, of course,
    X" name X as much as "is X" does. ``j`` itself when there is none."""
    if _lower(region, j) != ",":
        return j
    for k in range(j + 1, min(j + 2 + reach, len(region.words))):
        if _lower(region, k) == ",":
            return k + 1 if k > j + 1 else j
        if (
            region.mention_at(k) is not None
            or not _lower(region, k).isalpha()
            or not _same_sentence(region, j, k)
        ):
            return j
        if _lower(region, k) in _HEARSAY_ASIDE | lx.LEAD_BLOCKERS | {"not", "never", "hardly"}:
            return j  # "is, according to OpenAI, X", "is, some say, X": another's word, or none
    return j


# Asides that pass on what others say: the name after them is not the writer's own answer.
_HEARSAY_ASIDE = (
    lx.BELIEF_VERBS | lx.HEARSAY_SUBJECTS | {"according", "say", "says", "said", "claim", "claims"}
)


def _it_before(region: Region, first: int) -> bool:
    """ "Tests show that it outperforms other open-source models": "it" is the clause's subject."""
    start, _ = _sentence_bounds(region, first)
    return any(region.words[k].lower == "it" for k in range(start, first)) and not any(
        region.mention_at(k) for k in range(start, first)
    )


def _examples_next_sentence(region: Region, first: int) -> list[Mention]:
    """Examples given by the next sentence of the paragraph: "... open-source LLMs. Examples
    include Gemma 3, Mistral Small and Llama 4."""
    words = region.words
    _, end = _sentence_bounds(region, first)
    if end >= len(words):
        return []
    if words[end].block != words[first].block:
        if words[first].block not in region.heading_blocks:
            return []
        # A title's class, picked up in the paragraph below it: "10 Open-Source AI Models Every
        # Developer Should Know" over "... Our picks include X, Y and Z."
        if not _lists_a_class(region, first):
            return []
        for s in _sentence_starts(region, end, 3):
            _, stop = _sentence_bounds(region, s)
            if any(_lower(region, k) in lx.SET_APART | lx.NEGATIONS for k in range(s, stop)):
                return []  # "The year belonged to closed labs. Our picks include ..."
            if found := _examples_in_sentence(region, s):
                return found
        return []
    for k in range(first + 1, min(first + 6, end)):
        if _lower(region, k) in {"or", "and"} and any(
            _lower(region, j) in lx.SET_APART for j in range(k + 1, min(k + 3, end))
        ):
            return []  # "... via open-source checkpoints or closed APIs. It lists X, Y": both kinds
    return _examples_in_sentence(region, end)


def _studied_next(region: Region, first: int, head: _Head, *, said: bool = False) -> list[Mention]:
    """The members a sentence reports on, clause by clause, after a sentence that studied a class
    or said something of it without naming one: "We spent a weekend comparing open-source LLMs.
    Mixtral gave the best answers, Gemma 2 was the fastest, and Llama 3 landed in between.";
    "Surprisingly, the open-source models held up well. X scored 71, and Y scored 74."; after a
    colon, one member is enough: "Open-source AI just caught up: X scores within 2 points of Y",
    "Open-source models lag behind: the best, X, scores 61". Each member opens a clause; a
    sentence that sets one apart ("GPT-4o, the closed baseline, still won") names no member.
    ``said`` looks for the class as a subject (a last resort), else for a study of it."""
    words = region.words
    start, end = _sentence_bounds(region, first)
    word = _lower(region, head.index)
    if not word.endswith("s") and word != "ai":
        return []  # a class: "open-source models", "open-source AI"
    studied = any(_lower(region, k) in lx.STUDY_VERBS for k in range(start, first))
    subject = said and not studied and _class_subject(region, start, first, head)
    if not (subject if said else studied):
        return []
    colon = next((k for k in range(head.index + 1, end) if _lower(region, k) == ":"), end) if subject else end
    if _mentions_from(region, start, colon):
        return []
    if subject and colon < end:
        begin, stop, fewest = colon + 1, end, 1  # the colon opens what the clause before it says
    else:
        if end >= len(words) or words[end].block != words[first].block:
            return []
        begin, fewest = end, 2
        stop = _sentence_bounds(region, end)[1]
    if any(_lower(region, k) in lx.SET_APART | lx.NEGATIONS | lx.CONTRAST_TERMS for k in range(begin, stop)):
        return []
    named = _mentions_from(region, begin, stop)
    # "This guide compares the leading open-source LLMs. We analyze X, Y and Z ...": the study's
    # objects, listed after its verb.
    k = begin + (_lower(region, begin) in {"we", "i"})
    k += _lower(region, k) in {"also", "then", "now"}
    if (
        studied
        and not subject
        and k > begin
        and _lower(region, k) in lx.STUDY_VERBS
        and region.mention_at(k + 1)
    ):
        return _chain_at(region, k + 1)
    # A clause opens outside brackets: "(Claude Code, Codex, ...)" lists, it reports nothing.
    openers = [
        m
        for m in named
        if _opens_clause(region, at := region.word_range(m.start, m.end)[0], begin)
        and not any(_lower(region, k) in {"(", "["} for k in range(begin, at))
    ]
    if len(openers) < fewest or not all(_names_itself(region, m) for m in openers):
        return []
    if studied and len(openers) != len(named):
        return []
    # What is said of a class's standing is backed by its members' results: a score, or a
    # comparison with another model ("X scores 71", "X trails GPT-4o"), not "GPT-4o now has
    # real rivals".
    in_names = {k for m in named for k in range(*region.word_range(m.start, m.end))}
    measured = any(c.isdigit() for k in range(begin, stop) if k not in in_names for c in region.words[k].text)
    if subject and not measured and len(named) == len(openers):
        return []
    # "X and Y are fast": an opener's coordinated names open the clause with it.
    members = {m.start: m for k in openers for m in _chain_at(region, region.word_range(k.start, k.end)[0])}
    return sorted(members.values(), key=lambda m: m.start)


def _class_subject(region: Region, start: int, first: int, head: _Head) -> bool:
    """The claim's class is the subject of its sentence, a verb after it: "Open-source models lag
    behind", "Surprisingly, the open-source models held up well" (not "Alternatives to open-source
    models ...", "Open-source models like X")."""
    # After a fronted phrase and its comma ("In the end, the open-source models ..."), only
    # determiners and adverbs.
    # (Another claim, or what a fix writes, is no word there: "Open-source open-weights models lag".)
    opening = max((k + 1 for k in range(start, first) if _lower(region, k) == ","), default=start)
    for k in range(opening, first):
        if k in region.phrase_words:
            continue
        low = _lower(region, k)
        if low not in lx.DETERMINERS and not low.endswith("ly"):
            return False
    after = _lower(region, region.past_phrases(head.index + 1))
    joins = lx.PREPOSITIONS | lx.COMPARISON | {"and", "or", "such", "including", "that", "which"}
    if _lower(region, head.index) == "ai":
        # A mass noun takes a verb in "-s" or "-ed", an auxiliary or an adverb ("Open-source AI
        # just caught up"); "Open-source AI job search" is a compound.
        verbal = after.endswith(("s", "ed", "ly")) or after in lx.CLAUSE_VERBS | {"just", "now", "still"}
        return verbal and after not in joins
    return after.isalpha() and after not in joins


def _opens_clause(region: Region, at: int, start: int) -> bool:
    """Word ``at`` opens a clause of the sentence starting at ``start``: its first word, or the
    first after ", " or ", and"."""
    before = _lower(region, at - 1)
    if before == "and" and (hit := region.mention_at(at)) is not None:
        # "X reached 73% on SWE-Bench and Y achieved 70%": a name a verb follows opens a clause
        after = _lower(region, hit[1])
        verb = after in lx.COPULAS | lx.AUXILIARIES | lx.MODALS or (
            _plain_word(region, hit[1]) and after.endswith("ed") and after not in lx.MODEL_NOUNS
        )
        if verb:
            return True
    return at == start or before == "," or (before == "and" and _lower(region, at - 2) == ",")


def _lists_a_class(region: Region, first: int) -> bool:
    """The claim's title names a class to list ("10 Open-Source AI Models Every Developer Should
    Know"), not a statement or another noun ("Open-Source AI Models Are Overrated", "Why
    Open-Source Models Lag", "Alternatives to Open-Source LLMs")."""
    start, end = _sentence_bounds(region, first)
    # "Alternatives to Open-Source LLMs": the class is the object of another noun
    if any(_lower(region, k) in lx.PREPOSITIONS | lx.LEAD_BLOCKERS for k in range(start, first)):
        return False
    blockers = lx.COPULAS | lx.NEGATIONS | lx.LEAD_BLOCKERS | lx.TURNING_WORDS | {"why", "how", "what"}
    return not any(_lower(region, k) in blockers for k in range(start, end))


def _sentence_starts(region: Region, i: int, count: int) -> list[int]:
    """The first words of up to ``count`` sentences from word ``i``, within its block."""
    out = [i]
    for k in range(i + 1, len(region.words)):
        if len(out) >= count or region.words[k].block != region.words[i].block:
            break
        if region.words[k].sent != region.words[k - 1].sent:
            out.append(k)
    return out


def _examples_of_bare_class(region: Region, start: int, end: int) -> int:
    """Where the names start that a bare plural model noun of the sentence gives as examples ("It
    supports many models like X and Y", "You can pick from a range of LLMs such as X"), or -1.
    The noun takes only quantities before it: any other word ("closed models like X", "other
    models such as Y") makes another class; and no name comes before it in the sentence."""
    for k in range(start, end):
        if region.mention_at(k) is not None:
            return -1
        like = _phrase_at(region, k + 1, (("like",), ("such", "as"), ("including",)))
        if not (like and _plural_model_noun(region, k)):
            continue
        j = k - 1
        while j >= start and _lower(region, j) in lx.DETERMINERS | lx.QUANTITY_WORDS:
            j -= 1
        # What takes the noun: the sentence's start, or a verb of offering ("supports", "runs",
        # "works with"); a word of another kind before it ("closed", "hosted") makes a new class.
        before = _lower(region, j)
        taken = j < start or before in lx.PROVIDING_VERBS | lx.OFFERING_VERBS | lx.EXAMPLE_TAKERS
        return k + 1 + like if taken else -1
    return -1


def _examples_in_sentence(region: Region, start: int) -> list[Mention]:
    """The names a sentence opening at word ``start`` lists after a back-reference and "include":
    "Examples include X and Y", "Our picks include X"."""
    words = region.words
    _, end = _sentence_bounds(region, start)
    said = {_lower(region, k) for k in range(start, end)}
    like = _phrase_at(region, start + 1, (("like",), ("such", "as")))
    if _plural_model_noun(region, start) and like:
        # "Models like X and Y will ...": the class of the sentence before, given examples (not
        # "Closed models like X ...", nor "Models like X are not open source").
        if said & (lx.CONTRAST_TERMS | lx.SET_APART | lx.NEGATIONS):
            return []
        return list_after(region, start + 1 + like)
    if (k := _examples_of_bare_class(region, start, end)) != -1:
        named = list_after(region, k)
        # What the sentence says after its examples is about them, not about the class: "...
        # models like X and Y without any cloud account".
        stop = region.word_range(named[-1].start, named[-1].end)[1] if named else end
        stop += _lower(region, stop) == ","
        stop += _lower(region, stop) in {"but", "except", "excluding", "though", "not"}  # "..., but not Y"
        before = {_lower(region, j) for j in range(start, min(stop, end))}
        if before & (lx.CONTRAST_TERMS | lx.SET_APART | lx.NEGATIONS | lx.COMPARISON - {"like"}):
            return []
        return named
    if _lower(region, start) in {"the", "these", "both"} and not said & (lx.CONTRAST_TERMS | lx.NEGATIONS):
        # "The newly launched models, named X and Y, ...": the models of the sentence before,
        # named.
        for k in range(start + 1, min(start + 5, end)):
            if _plural_model_noun(region, k):
                at = k + 1 + (_lower(region, k + 1) == ",")
                if _lower(region, at) in lx.NAMING_WORDS:
                    return list_after(region, at + 1)
                break
    if any(_phrase_at(region, k, lx.INSTANCE_MARKERS) for k in range(start, min(start + 8, end))):
        # "Sarvam's first release, for instance, was built on X; others started from Y or Z.": a
        # sentence that gives an instance of the class before it names members.
        if said & (lx.CONTRAST_TERMS | lx.SET_APART | lx.NEGATIONS):
            return []
        named = _mentions_from(region, start, end)
        return [m for m in named if _names_itself(region, m) and not m.possessive]
    for k in range(start, min(start + 6, len(words))):
        if words[k].sent != words[start].sent:
            return []
        if words[k].lower == ":" and k > start:
            # "Supported models: X, Y and Z.", "Currently evaluated: X and Y.": a short label and
            # the names that make up the rest of the sentence list what the sentence before
            # spoke of, unless the label sets them apart ("Closed models: ...").
            label = [w.lower for w in words[start:k]]
            apart = lx.CONTRAST_TERMS | lx.SET_APART | lx.NEGATIONS | lx.COPULAS | lx.CLAUSE_VERBS
            if (
                all(w.isalpha() for w in label)
                and not set(label) & apart
                and not region.mentions_from(start, k)
            ):
                # A colon that ends its block introduces the list below: all of its items.
                ends_block = k + 1 >= len(words) or words[k + 1].block != words[k].block
                items = region.lead_in_items.get(words[k].block) if ends_block else None
                return list(items) if items else _closing_list(region, k + 1)
            return []
        if words[k].lower in {"include", "includes"}:
            lead = {w.lower for w in words[start:k]}
            if lead & lx.BACK_REFERENCES and not lead & lx.CONTRAST_TERMS:
                return list_after(region, k + 1)  # not "Our picks for closed ones include X"
            return []
    return []


def _run_in_label(region: Region, first: int, head: _Head, limit: int = 6) -> list[Mention]:
    """The models the sentence after a run-in label names: "**Open-source models.** We evaluate
    X, Y and Z. **Closed models.** ..." (a label is the class alone, with no verb)."""
    words = region.words
    start, end = _sentence_bounds(region, first)
    label = _lower(region, head.index + 1) in {".", ":"} and end <= region.reach_ahead(start, limit)
    if not label or not _verbless(region, first):
        return []
    if end >= len(words) or words[end].block != words[first].block:
        return []
    _, next_end = _sentence_bounds(region, end)
    if any(_lower(region, k) in lx.SET_APART or _lead_blocked(region, end, k) for k in range(end, next_end)):
        return []
    # A list of three or more names opening the next sentence gives members ("**100+ open-source
    # models. One API.** X, Y, Z and more, served ..."); otherwise only the objects of a verb of
    # study right after "we": "We evaluate X, Y and Z", not "Our baseline is X" nor "We exclude X".
    at = end
    # Past a short tagline of the label ("One API.").
    if region.mention_at(at) is None and next_end - at <= 4 and not _mentions_from(region, at, next_end):
        at = next_end
    opening = list_after(region, at) if at < len(words) and region.mention_at(at) is not None else []
    listed = len({m.entry_id for m in opening}) >= 3 and not opening[0].possessive
    if listed and words[at].block == words[first].block:
        _, list_end = _sentence_bounds(region, at)
        if not any(_lower(region, k) in lx.SET_APART | lx.CONTRAST_TERMS for k in range(at, list_end)):
            return opening
    # A glossary's definition with its examples: "**Open-source LLM.** A model you can download
    # and run yourself, e.g. X."
    for k in range(end, next_end):
        if (n := _phrase_at(region, k, lx.EXAMPLE_MARKERS)) and (named := _closing_list(region, k + n)):
            return named
    if _lower(region, end) not in {"we", "i"} or _lower(region, end + 1) not in lx.STUDY_VERBS:
        return []
    named = list_after(region, end + 2)
    tail = region.word_range(named[-1].start, named[-1].end)[1] if named else end
    return named if tail >= next_end or _lower(region, tail) in {".", ";", ":"} else []


def _named_next(region: Region, first: int, head: int, reach: int = 3) -> Mention | None:
    """A model brought in by a release verb and named in a later sentence: "Databricks released a
    new open-source model ... . At $6 per million tokens, DBRX ...". The later name must be the
    subject of its sentence (after a fronted phrase, a determiner or its maker's possessive)."""
    words = region.words
    start, end = _sentence_bounds(region, first)
    # A headline with a topic of its own ("DAPO: An Open-Source ...") names what it is about.
    headline = words[first].block in region.heading_blocks and not any(
        words[k].lower in lx.TOPIC_SEPARATORS for k in range(start, first)
    )
    window = range(max(start, region.reach_back(first, 12)), first)
    # Not the "released" a fix wrote ("is released with open weights"): a fix's words are none.
    # "Meta is making its large language model open source": making it open is releasing it.
    acts = lx.RELEASE_VERBS | lx.MAKE_VERBS
    # (a verb of making whose object is no model: "has made significant progress in the field of
    # open-source models" releases nothing)
    acted = [
        k
        for k in window
        if words[k].lower in acts
        and k not in region.phrase_words
        and not (
            words[k].lower in lx.MAKE_VERBS
            and any(_lower(region, j) in lx.PREPOSITIONS for j in range(k + 1, first))
        )
    ]
    # "Meta unveiled X on Tuesday, calling it the first open-source model": what was released is
    # named in the claim's own sentence; the next sentence's model is another.
    released = bool(acted) and not any(region.mention_at(k) for k in range(acted[0] + 1, first))
    # "Mistral has a new open-source model.", "Google's latest open-source model is here.": a new
    # model is one just released.
    released = released or any(words[k].lower in lx.NEW_WORDS for k in range(max(start, first - 3), first))
    # So is a tagline's: a fragment opening the text, or a section, that the next sentence
    # names ("The original open-source image model — local and free.⏎⏎X is ...").
    block = words[first].block
    opening = block == words[0].block or block - 1 in region.heading_blocks
    tagline = (
        opening
        and start == _block_start(region, first)
        and _lower(region, end - 1) != "?"
        and not _plural_model_noun(region, head)  # one model, not a class
        # a noun phrase: "The original open-source ...", not "We needed an open-source ..."
        and (start == first or _lower(region, start) in {"a", "an", "the"})
        and all(_plain_word(region, k) for k in range(start + 1, first))
        and _verbless(region, first)
    )
    if not headline and not released and not tagline:
        return None  # a headline's unnamed model is the one its article then names
    if not headline and not released:
        reach = 1  # a tagline is named by the sentence right after it
    if not _one_model(region, first, head):
        return None  # "Open-Source Language Models Tackle ...": a kind, not one model
    k = end
    for _ in range(reach):
        if k >= len(words):
            return None
        s_start, s_end = _sentence_bounds(region, k)
        clause = _past_report(region, s_start, s_end)  # "The company said (that) X ..."
        for j in range(clause, s_end):
            hit = region.mention_at(j)
            if words[j].lower == "," and clause == s_start and not _lists_before(region, s_start, j):
                # Past one fronted phrase ("At $6 per million tokens, DBRX ..."), not into a list
                # ("While LLMs like X, Claude, ... are powerful").
                clause = j + 1
            if hit is None:
                continue
            after = region.word_range(hit[0].start, hit[0].end)[1]
            if any(_lower(region, m) in _SET_AGAINST for m in range(s_start, min(after + 3, s_end))):
                return None  # "GPT-4, by contrast, ...", "Unlike it, Claude ...": another model
            if any(_lower(region, m) in lx.NEGATIONS for m in range(after, s_end)):
                return None  # "... GPT-4o is not one": named to be set apart
            # "The company's new", "Databricks'", "At $6 per token,"; a claim is no word of it.
            lead = [m for m in range(clause, j) if m not in region.phrase_words]
            naming = any(words[m].lower in lx.NAMING_WORDS for m in lead)
            makers = (
                len(lead) <= 4
                and all(
                    words[m].lower in lx.SUBJECT_LEAD
                    or words[m].lower in lx.NAMING_WORDS  # "The model, called QwQ-32B, ...", "It's called X"
                    or (words[m].lower in lx.MODEL_NOUNS | {","} and naming)  # "The models, called X"
                    or words[m].lower in {"it", "'s", "is", "was"}
                    or words[m].text[:1].isupper()
                    or _lower(region, m + 1) == "'s"
                    for m in lead
                )
            )
            # "The two newest models in the Gemma 3 family are ...": members of the family named.
            member_of = (
                _lower(region, j - 1) == "the"
                and _lower(region, j - 2) in {"in", "of", "from"}
                and _lower(region, hit[1]) in lx.GROUP_NOUNS
                and all(
                    words[m].lower in lx.SUBJECT_LEAD
                    or words[m].lower in lx.MODEL_NOUNS
                    or words[m].lower in _CARDINALS
                    or words[m].lower in {"in", "of", "from"}
                    for m in lead
                )
            )
            if member_of and not hit[0].possessive:
                return hit[0]
            # Or the object of the release itself: "Google this week released Gemma 3 27B", "xAI
            # published the weights of Grok-1".
            verb = j - 1 - (_lower(region, j - 1) in lx.DETERMINERS)
            if _lower(region, j - 1) == "of" and _lower(region, j - 2) in {"weights", "checkpoints"}:
                verb = j - 3 - (_lower(region, j - 3) in lx.DETERMINERS)
            released_it = (
                len(lead) <= 8
                and _lower(region, verb) in lx.RELEASE_VERBS
                and verb not in region.phrase_words
            )
            if (makers or released_it) and not hit[0].possessive and not _is_modifier_use(region, hit[1]):
                return hit[0]
            break  # the sentence's first name is no subject: it names something else
        k = s_end
    return None


def _past_report(region: Region, start: int, end: int, reach: int = 5) -> int:
    """Where the reported clause starts after a short reporting frame opening the sentence ("The
    company said (that) ...", "Meta says ..."); ``start`` when there is none."""
    for k in range(start, min(end, start + reach)):
        if region.mention_at(k) is not None:
            return start
        if _lower(region, k) in lx.REPORTING_VERBS | lx.TELLING_VERBS:
            return k + 1 + (_lower(region, k + 1) == "that")
    return start


# Words that set the sentence naming a model against the one before: it names another model.
_SET_AGAINST = lx.DISCOURSE_TURNS | {"contrast", "unlike", "comparison"}


def _open_sourced(region: Region, claim: Claim, first: int, last: int) -> bool:
    """The verb claim reports an act that took place ("open-sourced", "began open-sourcing"), not
    one stopped, refused, urged or talked about ("stopped open-sourcing", "Open-sourcing is risky")."""
    if claim.role != "verb":
        return False
    k = first - 1
    while _lower(region, k).endswith("ly") and _lower(region, k).isalpha():
        k -= 1  # "have been rapidly open-sourcing"
    # The progressive reports an act under way: "Chinese labs are open-sourcing their models".
    progressive = _lower(region, k) in {"been", "is", "are", "was", "were", "'re"}
    return region.words[last - 1].lower.endswith("ed") or _lower(region, k) in lx.BEGAN or progressive


def _identified_next(region: Region, first: int) -> list[Mention]:
    """Names that the next sentence equates with models just released without a name: "Alibaba
    started open-sourcing its models last year. The earliest models shipped were Qwen-1.8B and
    Qwen-14B." The next sentence must open on a back-reference to a model noun and name
    nothing before its verb; a sentence that merely mentions a model says something else."""
    words = region.words
    start, end = _sentence_bounds(region, first)
    if end >= len(words) or words[end].block != words[first].block:
        return []
    if any(region.mention_at(k) is not None for k in range(start, end)):
        return []
    if words[end].lower in {"they", "these"} and _lower(region, end + 1) in {"are", "were"}:
        return _closing_list(region, end + 2)  # "... two models. They are Phi-3 mini and ..."
    if words[end].lower not in lx.BACK_NP:
        return []
    _, next_end = _sentence_bounds(region, end)
    noun = False
    for k in range(end + 1, min(region.reach_ahead(end + 1, 6), next_end)):
        if k in region.phrase_words:
            continue  # a claim, or what a fix writes, is no word here
        low = words[k].lower
        if noun and low == "," and region.mention_at(k + 1) is not None:
            chain = _chain_at(region, k + 1)  # "The model, DeepSeek-R1, rivals o1."
            after = region.word_range(chain[-1].start, chain[-1].end)[1]
            return chain if _lower(region, after) == "," else []
        if region.mention_at(k) is not None:
            return []
        if low in lx.MODEL_NOUNS or low == "names":
            noun = True
        elif noun and low in lx.COPULAS and low != "as":
            j = k + 1 + (_lower(region, k + 1) in lx.NAMING)
            return _closing_list(region, j)
    return []


def _lists_before(region: Region, start: int, end: int) -> bool:
    return any(_phrase_at(region, k, lx.LIST_WORDS) for k in range(start, end))


def _fragment_next(region: Region, first: int, head: int) -> list[Mention]:
    """The names of a sentence that is nothing but names, right after one that brings in "an
    open-source model" without naming it: "Finally found an open-source coding model that
    doesn't suck. Qwen2.5-Coder, 32B version." A fragment has no verb to say anything else."""
    words = region.words
    start, end = _sentence_bounds(region, first)
    if end >= len(words) or words[end].block != words[first].block or _lower(region, end - 1) == "?":
        return []
    if any(region.mention_at(k) is not None for k in range(start, end)):
        return []
    if _lower(region, head).endswith("s") or not any(
        _lower(region, k) in {"a", "an", "one"} for k in range(max(start, first - 4), first)
    ):
        return []  # one model brought in, not named: "an open-source model", not "the models"
    if any(
        _lead_blocked(region, start, k) or _lower(region, k) in lx.CONTRAST_TERMS for k in range(start, first)
    ):
        return []  # "I couldn't find an open-source model that works. GPT-4o."
    names = list_after(region, end) if region.mention_at(end) is not None else []
    if not names:
        return []
    _, next_end = _sentence_bounds(region, end)
    tail = range(region.word_range(names[-1].start, names[-1].end)[1], next_end)
    for k in tail:
        low = _lower(region, k)
        if not (
            low in lx.FRAGMENT_TAIL
            or low in lx.MODEL_NOUNS
            or any(c.isdigit() for c in low)
            or not low.isalnum()
        ):
            return []
    return [] if _lower(region, next_end - 1) == "?" else names


def _one_model(region: Region, first: int, head: int) -> bool:
    """The claim's noun phrase (headed at word ``head``) picks out one model: a singular head ("a
    new open-source model"), or a plural with a determiner that makes it specific ("its first
    open-weight models")."""
    noun = _lower(region, head)
    if not noun.endswith("s") or noun in {"series", "weights"}:
        return True
    k = first - 1
    while k >= 0 and region.count(k, first) <= 4 and _same_sentence(region, k, first):
        if _lower(region, k) in {"its", "their", "the", "these", "our"}:
            return True
        if _lower(region, k) == "of" and _lower(region, k - 1) in lx.GROUP_NOUNS:
            return True  # "a family of open-source models": one group, named as one
        k -= 1
    return False


# "Here was an open-source reasoning model ...": the sentence presents the model just named.
_PRESENTATIONAL = frozenset({("here", "was"), ("here", "is"), ("this", "is"), ("this", "was")})


_CLAUSE_MAKERS = lx.PRONOUNS | lx.PERSONAL_PRONOUNS | lx.COPULAS | lx.CLAUSE_VERBS


def _likened(region: Region, first: int) -> list[Mention]:
    """The models a sentence opening on "Like X," likens its subject to, the claim after the
    comma: what is said of the subject is said of them too."""
    start, _ = _sentence_bounds(region, first)
    if _lower(region, start) != "like":
        return []
    comma = next((k for k in range(start + 1, min(start + 8, first)) if _lower(region, k) == ","), -1)
    named = _mentions_from(region, start + 1, comma) if comma != -1 else []
    return [m for m in named if _names_itself(region, m) and not m.possessive]


def _inverted_it(region: Region, first: int, reach: int = 8) -> bool:
    """ "it" is what the claim is said of, though no copula links them: "Not only is it open
    source, ..." ("not only" inverts "it" and its copula); "The company calls it its most capable
    open-source model" (the object a calling verb names the claim's noun phrase of)."""
    start, _ = _sentence_bounds(region, first)
    inverted = _lower(region, first - 1) == "it" and _lower(region, first - 2) in lx.COPULAS
    if inverted and first - 2 == start + 2 and _phrase_at(region, start, lx.NOT_NEGATION):
        return True
    back = range(first - 1, max(first - reach - 1, start - 1), -1)
    it = next((k for k in back if _lower(region, k) == "it"), -1)
    if it == -1 or it + 1 == first or _lower(region, it - 1) not in lx.CALLING_VERBS:
        return False  # (not "outlets called it open source": a label others give it)
    # a hyphen joins a compound premodifier ("the first frontier-level open-source model")
    return all(_plain_word(region, k) or _lower(region, k) == "-" for k in range(it + 1, first))


def _starts_with_reference(region: Region, first: int) -> bool:
    """The claim's sentence opens with "It", "The model", "This model" and names no model before
    the claim: the sentence is about the model named just before (or the page's subject)."""
    words = region.words
    sent = words[first].sent
    start = first
    while start > 0 and words[start - 1].sent == sent:
        start -= 1
    # "Qwen3 launched last week; the open-source family spans ...": the clause after a ";".
    start = max((k + 1 for k in range(start, first) if words[k].text == ";"), default=start)
    if _lower(region, start) in {"like", "unlike"}:
        # "Like M2, the open-source model is ...": a name in a fronted likeness is not the
        # subject; the clause after its comma is read. ("Compared with X, this model" may
        # mean either.)
        aside_end = next((k for k in range(start + 1, min(start + 8, first)) if words[k].text == ","), -1)
        start = aside_end + 1 if aside_end != -1 else start
    if any(region.mention_at(i) for i in range(start, first)):
        return False
    comma = next((k for k in range(first - 1, start, -1) if words[k].text == ","), -1)
    if (
        comma != -1
        and comma - start <= 10
        and words[comma + 1].lower in {"the", "this"}
        and not any(w.lower in _CLAUSE_MAKERS for w in words[start:comma])
    ):
        start = comma + 1  # "Built with NVIDIA, this open-source model ...": the clause after it
    opening = [w.lower for w in words[start : start + 2]]
    if (opening[:1] == ["it"] or tuple(opening) in _PRESENTATIONAL) and not _verb_between(
        region, start + 1, first
    ):
        return True  # "It is an open-source model"; not "It beat the open-source model"
    if (
        opening[:1] == ["this"]
        and first - start <= 3
        and all(_plain_word(region, k) for k in range(start + 1, first))
    ):
        # "This open-source LLM from Meta ...", "This remarkable open-source model ...": a
        # demonstrative points at the model just named, whatever adjectives it takes.
        return True
    claim_end = first
    while claim_end < len(words) and words[claim_end].lower in {"open", "-", "source", "weight", "weights"}:
        claim_end += 1
    head = _find_head(region, claim_end)
    if (
        opening[:1] == ["the"]
        and first == start + 1
        and head.kind == "model"
        and head.index - claim_end <= 2
        and _lower(region, head.index) in lx.DEFINITE_MODEL
    ):
        return True  # "We tried X. The open-source model handled ...", "The open-source MoE beat"
    # "Llama 3 is here. The new open-source LLM from Meta ...", "Meta's latest open-source LLM
    # ...": a singular description of the newest release points back at it (a maker's
    # possessive must be the named model's maker, which attachment checks).
    lead = start + 1 if opening[:1] in (["the"], ["this"]) else -1
    if len(opening) == 2 and opening[1] == "'s" and words[start].text[:1].isupper():
        lead = start + 2 if region.mention_at(start) is None else -1
    new = lead != -1 and all(_lower(region, k) in lx.RECENT for k in range(lead, first))
    singular = _lower(region, head.index) in lx.DEFINITE_MODEL - {"models", "weights"}
    if new and _lower(region, head.index + 1) in {"from", "by"}:
        # "The latest open-source model from Mistral" after "Llama 3 is here.": another maker's
        ante = _antecedent(region, start)
        new = ante is not None and _made_by(region, ante, _lower(region, head.index + 2))
    # ("The models outperform open-source chat models": a comparison's object is another class)
    compared = any(_lower(region, k) in lx.COMPARISON | _OUTDOING for k in range(start + 2, first))
    return (
        new and first - lead <= 2 and head.kind == "model" and head.index - claim_end <= 2 and singular
    ) or (
        len(opening) == 2
        and opening[0] in {"the", "this"}
        and opening[1] in lx.DEFINITE_MODEL
        and not compared
    )


def _class_noun(region: Region, start: int, end: int) -> bool:
    """Words ``start:end`` after a claim are a noun phrase ending in a plural noun that names
    no software or quality, or in a selection's noun: "Image Generators", "picks", "track"."""
    nouns = [_lower(region, k) for k in range(start, end)]
    return (
        0 < len(nouns) <= 3
        and all(_plain_word(region, k) for k in range(start, end))
        and (nouns[-1].endswith("s") or nouns[-1] in lx.SELECTION_NOUNS)
        and not set(nouns) & (lx.SOFTWARE_NOUNS | lx.QUALITY_NOUNS | lx.FUNCTION_WORDS)
    )


def _ends_block_with_colon(region: Region, head: int, reach: int = 6) -> bool:
    """The head's block ends in ':' soon after it: "open-source models:", "Open-source models
    supported:", "the following open-source LLMs out of the box:" introduce the list below."""
    words = region.words
    k = head + 1
    ahead = region.reach_ahead(head, reach + 1)
    while k < ahead and words[k].block == words[head].block:
        if words[k].text == ":":
            return k + 1 >= len(words) or words[k + 1].block != words[k].block
        if region.mention_at(k) is not None:
            return False
        k += 1
    return False


_CLOSED = lx.CONTRAST_TERMS & lx.SET_APART  # "closed", "proprietary": the other kind, not a host


_JOINING = frozenset({"with", "against", "vs", "versus", "and", "or", "alongside", "plus", "compared"})


def _closed_before_colon(region: Region, head: int) -> bool:
    """A closed class joined to the claim's phrase stands before the colon that ends its block:
    "our open-source model with two closed ones:" introduces the closed ones (not "open-source
    alternatives to closed models:", whose complement is the head's, nor "open-source models
    that beat proprietary ones:", whose relative clause describes the head)."""
    words = region.words
    joined = False
    for k in range(head + 1, region.block_words(words[head].block)[-1] + 1):
        joined = joined or words[k].lower in _JOINING
        if words[k].lower in _CLOSED and k not in region.phrase_words:
            return joined
        if words[k].text == ":" or words[k].lower in {"that", "which", "who"}:
            return False
    return False


def _names_the_item(region: Region, mention: Mention) -> bool:
    """The mention is the whole name that leads its item: "[Whisper](...) - ...", "Whisper:"."""
    last = region.word_range(mention.start, mention.end)[1]
    if last >= len(region.words):
        return True
    nxt = region.words[last]
    return nxt.block != region.words[last - 1].block or nxt.lower in {"-", "–", "—", ":", "(", ",", "|"}


def _object_after(region: Region, head: int, mention: Mention) -> bool:
    """``mention`` stands later in the claim's sentence, after a word that is no determiner: the
    claim's phrase is the sentence's subject and the name another part of it ("**An open-source
    model beat GPT-4o on coding.**"), not a name the fragment is set beside ("... model — X")."""
    at = region.word_range(mention.start, mention.end)[0]
    if at <= head or not _same_sentence(region, head, at):
        return False
    return any(
        _lower(region, k).isalpha() and _lower(region, k) not in lx.DETERMINERS for k in range(head + 1, at)
    )


def _fragment_start(region: Region, first: int) -> bool:
    """True when the claim's sentence is a verbless noun phrase ("Our best open model ...")."""
    words = region.words
    sent = words[first].sent
    i = first - 1
    while i >= 0 and words[i].sent == sent:
        low = words[i].lower
        if (low in lx.COPULAS and low != "as") or low in lx.BREAKERS:
            return False
        i -= 1
    # "It makes open-source models look slow": a verb just before the claim makes a clause.
    return not _verb_between(region, max(i + 1, first - 4), first)


def _verbless(region: Region, first: int, bounds: tuple[int, int] | None = None) -> bool:
    """The claim's sentence (or the words ``bounds``) is a fragment without a verb:
    "Description: Meta's open-source LLM."."""
    start, end = bounds or _sentence_bounds(region, first)
    relative = False
    for k in range(start, end):
        low = region.words[k].lower
        yardstick = _lower(region, k - 1) in lx.BREAKERS and k - 1 > first  # "to rival GPT-4"
        if relative and (region.mention_at(k) is None or yardstick):
            continue
        # After the claim, a relative clause modifies the noun too, and its verbs are its own:
        # "the strongest open-source MoE you can download", "an open-source LLM that runs on".
        relative = k > first + 1 and low in lx.RELATIVE_OPENERS and _lower(region, k - 1).isalpha()
        # So does an infinitive after its noun: "The first open-source model to rival GPT-4".
        relative = relative or (
            k > first + 1
            and first in region.phrase_words  # (after a claim, not in any fragment)
            and low == "to"
            and _lower(region, k - 1).isalpha()
            and _bare_verb(region, k + 1)
        )
        if relative:
            continue
        # After the claim, prepositions and participles only modify the noun ("An open-source LLM
        # from Meta, available in 8B and 70B sizes"); before it, they follow a verb ("Looking for
        # more resources on open-source models?"). A conjunction or a finite verb starts a clause.
        modifier = k > first and (
            low in lx.PREPOSITIONS or low.endswith("ed") or low in lx.IRREGULAR_PARTICIPLES
        )
        # "Dozens of open-source models", "A family of ...": a partitive "of" opens no clause.
        modifier = modifier or (low == "of" and _lower(region, k - 1) in lx.TRANSPARENT_OF)
        clause_word = low in lx.BREAKERS and low.isalpha() and not modifier and low not in {"and", "or"}
        if low in lx.COPULAS or low in lx.CLAUSE_VERBS or clause_word or region.mention_at(k):
            return False
    return True


def _bare_verb(region: Region, k: int) -> bool:
    """Word ``k`` may be a verb after "to" ("to rival"): a lower-case word, no determiner ("to
    the") and no name ("alternatives to GPT-4o")."""
    text = region.words[k].text if k < len(region.words) else ""
    return text.isalpha() and text.islower() and text not in lx.DETERMINERS


def _software_subject(region: Region, first: int) -> str:
    """The software noun a predicative claim is said of through a copula ("Our server is (fully)
    open source"); "" when the subject is anything else."""
    k = first - 1
    while k > 0 and (_lower(region, k) in lx.DEGREE or _lower(region, k).endswith("ly")):
        k -= 1
    if _lower(region, k) not in lx.COPULAS or k == 0:
        return ""
    noun = region.words[k - 1]
    return noun.text if noun.lower in lx.SOFTWARE_NOUNS and region.mention_ending_at(k) is None else ""


# Premodifiers that make "its models" others than the one just released.
_OTHER_MODELS = frozenset(
    {"old", "older", "earlier", "previous", "prior", "former", "other", "past", "legacy", "existing"}
)


def _generation_releasing(region: Region, first: int, last: int, reach: int = 6) -> Mention | None:
    """A model generation as the subject of open-sourcing an unnamed model: "InternLM2.5, the
    2.5th generation InternLM, has open-sourced a 7B base model": what it releases are its own
    checkpoints. The subject names one release (a version in its name), not its maker."""
    objects = [k for k in range(last, region.reach_ahead(last, reach)) if k not in region.phrase_words]
    nouns = lx.MODEL_NOUNS | {"sizes", "checkpoints", "variants", "versions"}  # "has open-sourced 7 sizes"
    if not any(_lower(region, k) in nouns for k in objects) or any(region.mention_at(k) for k in objects):
        return None
    start, _ = _sentence_bounds(region, first)
    hit = region.mention_at(start)
    if hit is None or hit[0].possessive or not any(c.isdigit() for c in hit[0].text):
        return None
    subject = hit[0]
    if subject.text.lower() in region.makers.get(subject.entry_id, ()):
        return None
    k = hit[1]
    if _lower(region, k) == ",":  # past an apposition: "X, the 2.5th generation InternLM, has"
        k = next((j for j in range(k + 1, first) if _lower(region, j) == ","), first) + 1
    while k < first and _lower(region, k) in lx.AUXILIARIES | lx.MAKER_ACT_ADVERBS:
        k += 1
    return subject if k == first else None


def _released_own(region: Region, first: int, last: int, reach: int = 4) -> list[Mention]:
    """A participle after a comma whose object is the subject's own model: "Snowflake released X,
    open-sourcing its retrieval model under Apache 2.0": the model the clause released."""
    if _lower(region, first - 1) != "," or _lower(region, last) not in {"its", "their"}:
        return []
    noun = next((k for k in range(last + 1, last + 1 + reach) if _lower(region, k) in lx.MODEL_NOUNS), -1)
    if noun == -1 or not all(_plain_word(region, k) for k in range(last + 1, noun)):
        return []
    if any(_lower(region, k) in _OTHER_MODELS for k in range(last + 1, noun)):
        return []  # "..., open-sourcing its older models too": other models
    return _released_in(region, _sentence_bounds(region, first)[0], first)


def _released_in(region: Region, start: int, end: int) -> list[Mention]:
    """The names the first release verb in words ``start:end`` takes as its object."""
    for j in range(start, end):
        if _lower(region, j) in lx.RELEASE_VERBS and region.mention_at(j + 1) is not None:
            return _chain_at(region, j + 1)
        if (
            _lower(region, j) in {"release", "launch", "debut", "unveiling"}
            and _lower(region, j + 1) == "of"
            and region.mention_at(j + 2) is not None
        ):
            return _chain_at(region, j + 2)  # "announced the release of X"
    return []


def _released_before(region: Region, k: int, first: int) -> list[Mention]:
    """The models the sentence released before a "make" at word ``k`` whose object is "its (or
    their) [premodifiers] model(s)", without a name, ending right before the claim at ``first``."""
    # Another claim, or what a fix writes, is no premodifier: "its models open-weights open source".
    noun = _before_statuses(region, first) - 1
    if _lower(region, k + 1) not in {"its", "their"} or _lower(region, noun) not in lx.MODEL_NOUNS:
        return []
    premodifiers = [j for j in range(k + 2, noun) if j not in region.phrase_words]
    if not all(_plain_word(region, j) or _lower(region, j) == "-" for j in premodifiers):
        return []
    if any(_lower(region, j) in _OTHER_MODELS for j in premodifiers):
        return []  # "... keeping its older models open source": other models
    return _released_in(region, _sentence_bounds(region, k)[0], k)


def _in_owner_name(region: Region, i: int) -> bool:
    """Word ``i`` is a capitalised word inside a capitalised name that ends in a possessive:
    the "For" of "Cohere For AI's", the "of" of "Bank of America's" is not."""
    words = region.words
    if i == 0 or not words[i].text[:1].isupper() or not words[i - 1].text[:1].isupper():
        return False
    for k in range(i + 1, min(i + 4, len(words))):
        if words[k].lower == "'s":
            return k > i + 1
        if not words[k].text[:1].isupper():
            return False
    return False


def _singular_copula(region: Region, start: int, end: int) -> bool:
    """The first copula between words ``start`` and ``end`` is singular ("is", "was", "'s")."""
    for k in range(start, end):
        low = _lower(region, k)
        if low in lx.COPULAS or low == "'s":
            return low in {"is", "was", "'s", "isn't", "wasn't"}
    return False


def _clause_start(region: Region, i: int) -> int:
    """The first word of the clause word ``i`` is in: the sentence's, or the word after the last
    ", and", ", but" or ";" before ``i`` ("X beats Y, and Z closes the gap")."""
    start, _ = _sentence_bounds(region, i)
    for k in range(i - 1, start, -1):
        low = _lower(region, k)
        if low == ";" or (low in _AND_BUT and _lower(region, k - 1) == ","):
            return k + 1
    return start


def _it_subject(region: Region, first: int) -> Mention | None:
    """What "it" stands for when it opens the sentence of word ``first`` ("It beats models of its
    size while being open source"): the model the sentence before is about."""
    start, _ = _sentence_bounds(region, first)
    return _antecedent(region, start) if _lower(region, start) == "it" else None


def _sentence_subject(region: Region, first: int) -> Mention | None:
    """The subject of the clause word ``first`` is in: the sentence's first usable name, or the
    name that opens a later clause ("X beats Y, and Z closes the gap while being open source": Z;
    none for ", and it ...")."""
    start, _ = _sentence_bounds(region, first)
    if (clause := _clause_start(region, first)) != start:
        hit = region.mention_at(clause)
        return hit[0] if hit is not None and _names_itself(region, hit[0]) else None
    sent = region.words[first].sent
    for mention in region.mentions:
        m_first, m_last = region.word_range(mention.start, mention.end)
        in_sentence = m_first < len(region.words) and region.words[m_first].sent == sent
        usable = not mention.possessive and not _is_modifier_use(region, m_last)
        if in_sentence and m_last <= first and usable:
            return mention
    return None


def _possessor_of_action(region: Region, claim: Claim, first: int, last: int) -> Mention | None:
    """The model whose possessive the verbal noun takes: "Grok-1's open-sourcing" is Grok-1 being
    open-sourced. A lab's possessive is the one who acts ("DeepSeek's open-sourcing of R1"), so a
    name spelled as its maker's, or a verbal noun with an object after it, gives none."""
    if not claim.text.lower().endswith("ing") or _lower(region, last) == "of":
        return None
    hit = region.mention_ending_at(first - (_lower(region, first - 1) == "'s"))
    if hit is None or not hit[0].possessive:
        return None
    mention = hit[0]
    return None if _spelled(mention) in region.makers.get(mention.entry_id, ()) else mention


def _attach_verb(region: Region, claim: Claim, first: int, last: int) -> Attachment:
    # Used as a participle before a model noun: "the first open-sourced GPT-4o level model".
    head = _find_head(region, last)
    if head.kind == "model" and _lower(region, first - 1) != "to":  # not "to open-source models"
        return _attach_adjective(region, claim, first, last)
    if head.kind == "software":
        return Attachment(claim, skipped=f"about software ('{region.words[head.index].text}')")
    if (owner := _possessor_of_action(region, claim, first, last)) is not None:
        return Attachment(claim, (owner,), "possessor", "verb")
    # "DeepSeek-R1, which DeepSeek open-sourced in January": the relative pronoun is the object.
    relative = _relative_object(region, first)
    if relative is not None:
        return Attachment(claim, (relative,), "relative", "verb")
    # "Open-sourced under Apache 2.0, Mixtral 8x7B enables ...": the subject after the comma.
    fronted = _fronted_participle(region, first, last)
    if fronted:
        return Attachment(claim, tuple(fronted), "fronted", "verb")
    # "Alibaba started open-sourcing its models. The earliest models shipped were Qwen-1.8B and ...".
    objects = range(last, region.reach_ahead(last, 4))
    if (
        _open_sourced(region, claim, first, last)
        and any(_lower(region, k) in lx.MODEL_NOUNS and k not in region.phrase_words for k in objects)
        and (named := _identified_next(region, first) or _examples_next_sentence(region, first))
    ):
        # (or given examples of: "Chinese labs are open-sourcing their models. Models like X ...")
        return Attachment(claim, tuple(named), "identified next", "verb")
    if made := _makers_own(region, first, last):
        return Attachment(claim, tuple(made), "possessor", "verb")
    if released := _released_own(region, first, last):
        return Attachment(claim, tuple(released), "possessor", "verb")
    if (generation := _generation_releasing(region, first, last)) is not None:
        return Attachment(claim, (generation,), "possessor", "verb")
    nxt = _lower(region, last)
    if nxt in lx.DETERMINERS or region.mention_at(last) is not None:
        found = _verb_object(region, claim, last)
        if found is not None:
            return found
    if listed := _verb_lead_in(region, first, last):
        return Attachment(claim, tuple(listed), "lead-in", "verb")
    # Passive or reduced relative: "Llama 2 was open-sourced", "Whisper ... open-sourced by".
    mentions, how, _ = _subject_left(region, first)
    if mentions and how in ("copula", "definition"):
        return Attachment(claim, tuple(mentions), "passive", "verb")
    # "Whisper, open-sourced by ...", "Grok-1 open-sourced in March": a name before the verb is
    # what was open-sourced only when no object follows ("DeepSeek open-sourced FlashMLA").
    no_object = _lower(region, last) in lx.AFTER_PASSIVE or not _lower(region, last).isalnum()
    participle = region.words[last - 1].lower.endswith("ed")
    if mentions and how == "apposition" and no_object and participle:
        # "**Kimi K2** — 1T-parameter MoE, open-sourced under a modified MIT license": one more
        # attribute of the name the item describes.
        return Attachment(claim, tuple(mentions), "passive", "verb")
    before = region.mention_ending_at(first)
    if before is None and _lower(region, first - 1) == ")":
        # "GPT-4 (proprietary) open-sourced": a status in brackets is an aside, as a list fix writes.
        opening = _bracket_opening(region, first - 1)
        if opening > 0 and _status_at(region, opening + 1):
            before = region.mention_ending_at(opening)
    if before is None and no_object and participle:
        before = _headline_subject(region, first)
    if before is not None and not before[0].possessive and no_object:
        return Attachment(claim, (before[0],), "passive", "verb")
    if (aside := _aside_of(region, first)) is not None and participle:
        return Attachment(claim, (aside,), "passive", "verb")  # "Grok-1, open-sourced by xAI, ..."
    # "the models open-sourced by Meta", "one of the first models to be open-sourced"; not the
    # "weights" of "open weights".
    noun = first - 1 - 2 * ((_lower(region, first - 2), _lower(region, first - 1)) == ("to", "be"))
    if _lower(region, noun) in lx.MODEL_NOUNS and noun not in region.phrase_words:
        mentions, how, _ = _subject_left(region, noun)
        if mentions:
            return Attachment(claim, tuple(mentions), "passive", "verb")
    if no_object and (noun := _object_relative_head(region, first)) >= 0:
        # "Grok-1, the model xAI open-sourced in March": the relative's noun is the object.
        mentions, _, _ = _subject_left(region, noun)
        if not mentions:  # "X beats the model 01.AI open-sourced": said of no name
            return Attachment(claim, skipped="no model named")
        return Attachment(claim, tuple(mentions), "relative", "verb")
    found = _verb_object(region, claim, last)
    if found is not None:
        return found
    if shared := _shared_passive_subject(region, first, last) or _coordinated_participle(region, first, last):
        return Attachment(claim, tuple(shared), "passive", "verb")
    if equated := _equated_with_object(region, first):
        return Attachment(claim, tuple(equated), "relative", "verb")
    if how == "anaphora":
        # "We chose X since it is open-sourced": the one model named earlier in the sentence.
        antecedent = _antecedent_in_sentence(region, _it_near(region, first)) or _antecedent(region, first)
        if antecedent is not None:
            return Attachment(claim, (antecedent,), "anaphora", "verb")
    return Attachment(claim, skipped="no model named")


def _headline_subject(region: Region, first: int, reach: int = 5) -> tuple[Mention, int] | None:
    """The name a headline's participle is said of without its auxiliary, past a model noun,
    adverbs and another participle it is coordinated with: "X model formally launched and
    open-sourced this week". The name must open its sentence or clause (after a colon or comma)."""
    k = first - 1
    while k > 0 and first - k <= reach and k not in region.phrase_words:
        low = _lower(region, k)
        if low.endswith("ly") or low in lx.MODEL_NOUNS:
            k -= 1
        elif low == "and" and (
            _lower(region, k - 1).endswith("ed") or _lower(region, k - 1) in lx.IRREGULAR_PARTICIPLES
        ):
            k -= 2
        else:
            break
    hit = region.mention_ending_at(k + 1)
    if hit is None or k + 1 == first:
        return None
    start, _ = _sentence_bounds(region, first)
    opening = hit[1]
    while opening > start and _lower(region, opening - 1) in lx.DETERMINERS:
        opening -= 1
    return hit if opening == start or _lower(region, opening - 1) in {":", "—", "–", ","} else None


def _released_as(region: Region, first: int, reach: int = 8) -> int:
    """The model noun that a release verb takes as its object before "as <claim>" ("released a
    model of this size as open source"), or -1."""
    if _lower(region, first - 1) != "as":
        return -1
    start, _ = _sentence_bounds(region, first)
    for k in range(first - 2, max(start, first - 2 - reach) - 1, -1):
        if region.mention_at(k) is not None:
            return -1
        if _lower(region, k) in lx.MODEL_NOUNS and k not in region.phrase_words:
            verb = k - 1 - (_lower(region, k - 1) in lx.DETERMINERS)
            released = _lower(region, verb) in lx.RELEASE_VERBS and verb not in region.phrase_words
            return k if released else -1
    return -1


def _equated_with_object(region: Region, first: int, reach: int = 12) -> list[Mention]:
    """A copula equates a name with what a relative clause says was open-sourced: "Whisper is the
    best thing OpenAI ever open-sourced", "X is the first model (that) Meta open-sourced"."""
    k = first - 1
    while k >= 0 and _lower(region, k) in {"ever", "has", "have", "had", "just", "recently", "finally"}:
        k -= 1
    # The relative clause's subject: a name of a maker, or a pronoun.
    if not (region.words[k].text[:1].isupper() or _lower(region, k) in {"we", "they", "it", "i"}):
        return []
    if region.mention_at(k) is not None or region.mention_ending_at(k + 1) is not None:
        return []  # "X is the model Llama 3 open-sourced": a model opens no relative clause here
    k -= 1
    k -= _lower(region, k) in {"that", "which"}
    if not _lower(region, k).isalpha() or _lower(region, k) in lx.BREAKERS:
        return []  # the relative's head noun ("thing", "model", "project")
    start, _ = _sentence_bounds(region, first)
    for j in range(k - 1, max(start, k - reach) - 1, -1):
        low = _lower(region, j)
        if low in {"is", "was", "remains"}:
            hit = region.mention_ending_at(j)
            return [hit[0]] if hit is not None and not hit[0].possessive else []
        if not (low.isalpha() or low == "-") or low in lx.BREAKERS - {"the", "a", "an"}:
            return []
    return []


def _object_relative_head(region: Region, first: int) -> int:
    """The model noun a relative clause without its pronoun follows, when the claim verb at
    ``first`` is that clause's verb and its subject a maker or a pronoun: "the model xAI
    open-sourced", "the checkpoints we have open-sourced". -1 when there is none."""
    k = first - 1
    while k > 0 and _lower(region, k) in {"has", "have", "had", "just", "recently", "finally", "also"}:
        k -= 1
    if _lower(region, k) in lx.PERSONAL_PRONOUNS:
        k -= 1
    else:
        subject = [j for j in (k - 1, k) if j >= 0 and not region.words[j].text.islower()]
        if not subject or subject[-1] != k or any(region.mention_at(j) is not None for j in subject):
            return -1  # a maker named in one or two words; not a model ("the model Llama 3 ...")
        k = subject[0] - 1
    if k < 0 or _lower(region, k) not in lx.MODEL_NOUNS or k in region.phrase_words:
        return -1
    return k if _same_sentence(region, k, first) else -1


def _shared_passive_subject(region: Region, first: int, last: int) -> list[Mention] | None:
    """A participle coordinated with a passive one shares its subject: "Llama 3 was trained on
    15T tokens and open-sourced under a community license". Another subject in between ("X was
    compared with models we trained and open-sourced") takes the participle instead."""
    if _lower(region, first - 1) != "and" or not region.words[last - 1].lower.endswith("ed"):
        return None
    start, _ = _sentence_bounds(region, first)
    chain = _chain_at(region, start)
    if not chain or chain[0].possessive:
        return None
    after = region.word_range(chain[-1].start, chain[-1].end)[1]
    if _lower(region, after) not in {"was", "were", "is", "are", "has", "have", "had", "been"}:
        return None
    between = range(after + 1, first - 1)
    if any(_lower(region, k) in lx.PRONOUNS or _lower(region, k) in lx.SUBJECT_PRONOUNS for k in between):
        return None
    if any(
        region.mention_at(k) is not None
        or (region.words[k].text[:1].isupper() and _lower(region, k - 1) not in lx.PREPOSITIONS)
        for k in between
    ):
        # "... with a tool Anthropic wrote and open-sourced": another subject's verb (a
        # preposition's object is none: "was released in July and open-sourced")
        return None
    return chain


def _coordinated_participle(region: Region, first: int, last: int, reach: int = 6) -> list[Mention]:
    """What a participle coordinated with one after a comma describes: "X is a model built by M,
    released in July and open-sourced", "X, released in July and open-sourced, ...". The claim
    shares the first participle's noun, found as that participle's own."""
    if _lower(region, first - 1) != "and" or not region.words[last - 1].lower.endswith("ed"):
        return []
    for k in range(first - 2, max(first - 2 - reach, 0), -1):
        low = _lower(region, k)
        if not (
            _plain_word(region, k)
            or low in lx.PREPOSITIONS
            or low.isdigit()
            or region.words[k].text[:1].isupper()
        ):
            return []
        participle = low.endswith("ed") or low in lx.IRREGULAR_PARTICIPLES
        if participle and _lower(region, k - 1) == ",":
            if (aside := _aside_of(region, k)) is not None:
                return [aside]
            mentions, how, _ = _subject_left(region, k)
            return mentions if how in ("copula", "apposition") else []
    return []


def _aside_of(region: Region, first: int) -> Mention | None:
    """The name an aside opening at word ``first`` follows: "Grok-1, (now) open-sourced by ..."
    (only adverbs between the comma and the claim)."""
    # Another claim, or what a fix writes, is no word there, and a status in brackets after the
    # name ("X (open weights), open-sourced by ...", as a list fix writes) is no word either.
    k = first - 1
    while (
        k >= 0
        and region.count(k, first) <= 2
        and (
            k in region.phrase_words
            or _lower(region, k).endswith("ly")
            or _lower(region, k) in lx.ASIDE_ADVERBS
        )
    ):
        k -= 1
    if _lower(region, k) != ",":
        return None
    hit = region.mention_ending_at(_before_statuses(region, k))
    if hit is None and _lower(region, k - 1) in lx.MODEL_NOUNS and k - 1 not in region.phrase_words:
        hit = region.mention_ending_at(k - 1)  # "The R1 model, open-sourced by DeepSeek, ..."
    if hit is None or hit[0].possessive or _across_fronted(region, k - 1, first):
        return None
    return hit[0]


def _relative_object(region: Region, first: int) -> Mention | None:
    """The antecedent of "which"/"that" when the claim verb's subject stands between them:
    "Llama 2, which Meta open-sourced", "the model that Meta open-sourced"."""
    k = first - 1
    while k >= 0 and region.count(k, first) <= 4 and _same_sentence(region, k, first):
        low = _lower(region, k)
        if k in region.phrase_words:
            k -= 1  # another claim, or what a fix writes, is no word between
            continue
        if low in {"which", "that"}:
            if region.count(k + 1, first) == 0:
                return None  # "which open-sourced X": the pronoun is the subject
            j = k - 1
            if _lower(region, j) in {"and", "or"}:
                # "X, which runs locally and which the company open-sourced": the first relative's
                j = next((q for q in range(j - 1, max(j - 12, 0), -1) if _lower(region, q) == low), -1)
                if j == -1 or not _same_sentence(region, j, k):
                    return None
                j -= 1
            if _lower(region, j) == ",":
                j -= 1
            hit = region.mention_ending_at(j + 1)
            if hit is None and _lower(region, j) in lx.MODEL_NOUNS and j not in region.phrase_words:
                # "X is a sparse MoE model that Mistral open-sourced": the noun's, so its subject's
                det = next(
                    (q for q in range(j - 1, max(j - 6, -1), -1) if _lower(region, q) in {"a", "an"}), -1
                )
                said_of, how, _ = _subject_left(region, det) if det != -1 else ([], "", False)
                return said_of[0] if len(said_of) == 1 and how in ("copula", "apposition") else None
            return hit[0] if hit is not None and not hit[0].possessive else None
        if not low.isalpha() or low in lx.BREAKERS or low in lx.COPULAS:
            return None
        k -= 1
    return None


def _fronted_participle(region: Region, first: int, last: int) -> list[Mention]:
    """A participial phrase that opens the sentence describes the subject after its comma:
    "Open-sourced under Apache 2.0, Mixtral 8x7B enables ...", "Now open source, OLMo ..."."""
    start, end = _sentence_bounds(region, first)
    if first - start > 1 or _lower(region, start) in lx.FRONTING or _lower(region, start) in lx.DETERMINERS:
        return []
    k = last
    while k < end and k - last < 12:
        low = _lower(region, k)
        if low == ",":
            return _chain_at(region, k + 1)
        if region.mention_at(k) is not None or low in {"and", "but", ";", ":"}:
            return []
        k += 1
    return []


def _definite_object(region: Region, i: int) -> list[Mention] | None:
    """What a definite object at word ``i`` points back to: "the decision to open source the
    model(s)" after a sentence naming it (them). None when the object is no such phrase; an
    empty list when it is but points to nothing clear."""
    if _lower(region, i) == "all" and _lower(region, i + 1) not in {"model", "models", "llm", "llms"}:
        # "we will open-source all recipes, models and scripts": a bare "models" among the nouns
        # (none of them a name) is the models the sentence before names.
        k = i + 1
        while (
            k < i + 8
            and region.mention_at(k) is None
            and (_lower(region, k) in {",", "and", "&"} or _plain_word(region, k))
        ):
            if _lower(region, k) in {"models", "llms"} and _lower(region, k + 1) in {",", "and", "&", "."}:
                return _plural_antecedent(region, i) or None
            if _lower(region, k) in lx.MODEL_NOUNS:
                break
            k += 1
        return None
    if _lower(region, i) not in lx.BACK_NP or _lower(region, i + 1) not in {"model", "models", "llm", "llms"}:
        return None
    after = _lower(region, i + 2)
    verb = after in lx.COPULAS or after in lx.CLAUSE_VERBS or after.endswith("ed")
    if after.isalpha() and after not in lx.PREPOSITIONS and after not in lx.BREAKERS and not verb:
        return None  # "open-sourced the model weights": another noun heads the object
    if _lower(region, i + 1).endswith("s"):
        return _plural_antecedent(region, i)  # "the models": those the sentence before names
    antecedent = _antecedent(region, i)
    return [antecedent] if antecedent is not None else []


def _verb_object(region: Region, claim: Claim, last: int) -> Attachment | None:
    """Active voice: "open-sourced Qwen2.5-VL, Qwen2.5-Coder and ...": the object."""
    words = region.words
    if _lower(region, last) in lx.AFTER_PASSIVE - {"this", "last"} and region.mention_at(last + 1) is None:
        return None  # "open-sourced under a community licence": no object follows (but
        # "open-sourcing earlier Qwen models" has one)
    if (back := _definite_object(region, last)) is not None:
        return Attachment(claim, tuple(back), "anaphora", "verb") if back else None
    if _lower(region, last) == "," and _lower(region, last - 1).endswith("ing"):
        return None  # "Baidu, long a critic of open-sourcing, released X": a gerund without object
    first = region.word_range(claim.start, claim.end)[0]
    start, _ = _sentence_bounds(region, first)
    passive = _lower(region, first - 1) in {"be", "been", "being", "is", "are", "was", "were"}
    relative = passive and any(
        _lower(region, k) in {"which", "that"} for k in range(max(start, first - 4), first)
    )
    comma = next((k for k in range(last, min(last + 6, len(region.words))) if _lower(region, k) == ","), -1)
    if relative and comma != -1 and not region.mentions_from(last, comma):
        return None  # "The model, which was open sourced (last year), is ...": the relative clause ends
    i = last
    skipped = 0
    while i < len(words) and _same_sentence(region, last - 1, i) and skipped < 24:
        if i in region.phrase_words:
            i += 1  # another claim, or what a fix writes, is no object ("open-source", "weights")
            continue
        if (hit := region.mention_at(i)) is not None:
            owned = hit[1] + (_lower(region, hit[1]) == "'s")
            if hit[0].possessive and _lower(region, owned) in lx.OWN_NOUNS:
                return Attachment(claim, (hit[0],), "verb", "verb")  # "open-sourced Grok-1's weights"
            if hit[0].possessive:
                i = hit[1]
                continue
            if _is_modifier_use(region, hit[1]):
                return Attachment(claim, skipped=f"about what '{hit[0].text}' qualifies")
            mentions = list_after(region, i)
            # "open-sourced X this week, and Google shipped Y": Y is another clause's object.
            stop = _sentence_bounds(region, i)[1]
            turn = next((k for k in range(i, stop) if _new_clause(region, k)), stop)
            mentions = [m for m in mentions if region.word_range(m.start, m.end)[0] < turn]
            # "open-sourced X this week and Y remains closed": a name past other words than the
            # list's own, before a verb, is a subject (not in a tight list: "X and Y are ...").
            subject = next(
                (
                    k
                    for k, m in enumerate(mentions)
                    if k
                    and _lower(region, region.word_range(m.start, m.end)[1]) in lx.CLAUSE_VERBS
                    and not _joined_only(region, mentions[k - 1], m)
                ),
                0,
            )
            mentions = mentions[:subject] if subject else mentions
            if mentions:
                mentions += _dated_objects(
                    region, region.word_range(mentions[-1].start, mentions[-1].end)[1], turn
                )
                return Attachment(claim, tuple(mentions), "verb", "verb")
            break
        low = words[i].lower
        if low in lx.SOFTWARE_NOUNS:
            return Attachment(claim, skipped=f"about software ('{words[i].text}')")
        if low in {",", "as"} and (echoed := _as_did_with(region, i)) is not None:
            # "we open source the older release, as we did with Grok 1": what the act was done to
            return Attachment(claim, (echoed,), "verb", "verb")
        if low in {".", ";", "to", "that", "which", "because", "but", "if", "when"}:
            break
        noun_before = _lower(region, i - 1) in lx.MODEL_NOUNS and i - 1 not in region.phrase_words
        if (low in lx.MAKE_VERBS or low in lx.CLAUSE_VERBS) and noun_before:
            break  # "Open-sourcing its models made Mistral famous": the object ended at its noun
        if low in lx.IT and i == last and (antecedent := _antecedent_in_sentence(region, i)) is not None:
            return Attachment(claim, (antecedent,), "verb", "verb")  # "trained X ... and open-sourced it"
        after = _lower(region, i + 1)
        alone = not after.isalpha() or after in lx.PREPOSITIONS  # "both under MIT", not "both papers"
        if low == "both" and i == last and alone and (group := _plural_antecedent(region, i + 1)):
            # "X plans and Y calls tools. Zhipu open-sourced both": the two the sentence before names
            return Attachment(claim, tuple(group), "plural", "verb")
        if (
            words[i].text[:1].isupper()
            and _lower(region, i + 1) in {"and", ",", "&"}
            and region.mention_at(i + 2)
        ):
            i += 2  # "open-sourced VibeVoice and Phi-4-multimodal": a name the vocabulary lacks, listed
            continue
        if low.isalpha() and low not in lx.MODEL_NOUNS and _lower(region, i + 1) in lx.OBJECT_ENDS:
            # "open-sourced tokenizers for its GPT models": the object is the tokenizers.
            return Attachment(claim, skipped=f"about '{words[i].text}'")
        i += 1
        skipped += 1
    return None


def _between(region: Region, before: Mention, after: Mention) -> set[str]:
    """The words, lower-cased, that stand between two names."""
    start, end = region.word_range(before.start, before.end)[1], region.word_range(after.start, after.end)[0]
    return {_lower(region, k) for k in range(start, end)}


def _joined_only(region: Region, before: Mention, after: Mention) -> bool:
    """Only a list's joints stand between two names ("X and Y", "X, Y")."""
    return _between(region, before, after) <= {",", "and", "or", "&", "+"}


def marked_line_below(region: Region, block: int) -> list[Mention]:
    """The names of the block right under heading ``block``, when that block is only names set
    apart by item marks ("### Fast open-source models" over "X · Y · Z"): a list typed on one
    line, its items the heading's."""
    k = region.block_words(block).stop
    if k >= len(region.words) or region.words[k].block != block + 1 or (hit := region.mention_at(k)) is None:
        return []
    group = _marked_run(region, hit[0])
    end = region.word_range(group[-1].start, group[-1].end)[1]
    ends_block = end >= len(region.words) or region.words[end].block != block + 1
    return group if len(group) > 1 and ends_block else []


def _marked_run(region: Region, named: Mention) -> list[Mention]:
    """The name and those that follow it set apart by item marks ("X · Y · Z", "X | Y"): a list
    typed on one line, each of whose names the line names alike."""
    group = list_after(region, region.word_range(named.start, named.end)[0])
    if len(group) < 2:
        return [named]
    joints = [_between(region, a, b) for a, b in pairwise(group)]
    return group if all(j and j <= {"·", "•", "|"} for j in joints) else [named]


def _time_phrase(region: Region, k: int, stop: int) -> int:
    """The word after a short phrase of time opening at ``k`` ("in 2022", "back in 2019", "last
    summer", "this week"), or -1 when none opens there."""
    k += _lower(region, k) == "back"
    if _lower(region, k) not in lx.TIME_OPENERS:
        return -1
    end = k + 1
    while (
        end < stop
        and end - k <= 3
        and (_lower(region, end) in lx.TIME_WORDS or _lower(region, end).isdigit())
    ):
        end += 1
    return end if end > k + 1 else -1


def _dated_objects(region: Region, k: int, stop: int) -> list[Mention]:
    """More objects of one verb, each with its own time: "open-sourced X in 2022 and Y back in
    2019" (not "X in 2022 and Y stayed closed", whose Y opens a clause)."""
    found: list[Mention] = []
    while (after := _time_phrase(region, k, stop)) > 0 and _lower(region, after) == "and":
        hit = region.mention_at(after + 1)
        if hit is None or hit[0].possessive or hit[1] > stop:
            break
        ends = hit[1] >= len(region.words) or not _lower(region, hit[1]).isalnum()
        if not ends and _time_phrase(region, hit[1], stop) < 0:
            break
        found.append(hit[0])
        k = hit[1]
    return found


def _new_clause(region: Region, k: int) -> bool:
    """Word ``k`` is a verb of making or releasing whose subject, a name the vocabulary does not
    list, follows "and" or a comma: ", and Google shipped ..." opens a clause of its own."""
    if _lower(region, k) not in lx.MAKER_ACTS or not 1 < k < len(region.words):
        return False
    subject = region.words[k - 1]
    return (
        subject.text[:1].isupper()
        and region.mention_ending_at(k) is None
        and _lower(region, k - 2) in {"and", ","}
        and _same_sentence(region, k - 2, k)
    )


def attach_all(region: Region) -> list[Attachment]:
    out = []
    for claim in region.claims:
        out.append(_named_once(region, attach_claim(region, claim)))
    return [replace(a, ends_list=True) if _ends_list(region, a) else a for a in out]


def _ends_list(region: Region, attachment: Attachment) -> bool:
    """The claim stands on a name of its own after a list separator and a name, a few plain
    words or sizes between ("X and big open-source Y or Z"): a list of X ends there, and would
    run on to Y were the claim dropped. Read on the words alone (claims, what fixes write and a
    status in brackets after a name count as none), so every run reads it the same."""
    if attachment.role != "attributive" or len(attachment.mentions) < 2:
        return False  # no list fix to hold back
    first, last = region.word_range(attachment.claim.start, attachment.claim.end)
    if region.mention_at(region.past_phrases(last)) is None:
        return False
    k = first - 1
    while k >= 0 and region.count(k, first) <= 4 and _same_sentence(region, k, first):
        if k in region.phrase_words:
            k -= 1
            continue
        low = _lower(region, k)
        if low == "," and _fronted_comma(region, k) == k:
            return False  # "Unlike GPT-4, open-source X and Y": a fronted phrase ends there, no list
        if low in {"and", "or", ",", "/", "&"}:
            return region.mention_ending_at(_before_statuses(region, k)) is not None
        if not (_plain_word(region, k) or _SIZE.match(region.words[k].text)) or region.mention_at(k):
            return False
        k -= 1
    return False
