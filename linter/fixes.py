"""Fixes: the accurate term in place of a wrong claim, where it keeps the sentence grammatical.

"an open-source model" becomes "an open-weights model" or "a source-available model" (the article
follows the new word); "is open source" becomes "is source-available"; "Open Source" in a title
becomes "Open Weights". A verb ("open-sourced") or a noun use ("#opensource", "the open-source
nature of") has no one-word replacement, so it gets a suggestion and no edit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.claims import PRESCAN, Claim
from linter.finding import Edit, Fix
from linter.names import LoweredSearch, lowered, word_starts

TERMS = {
    "open-weights": ("open-weights", "open weights"),  # (hyphenated, spaced)
    "source-available": ("source-available", "source-available"),
    "proprietary": ("proprietary", "proprietary"),
}


def _match_case(word: str, model: str) -> str:
    letters = [c for c in model if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return word.upper()
    parts = re.split(r"([\s\-]+)", model)
    words = [p for p in parts if p.strip(" -")]
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return re.sub(r"[A-Za-z]+", lambda m: m.group().capitalize(), word)
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def replacement(claim_core: str, status: str) -> str:
    hyphenated, spaced = TERMS[status]
    joined = re.search(r"open(?P<sep>[\s\-*_]*)", claim_core, re.IGNORECASE)
    sep = joined.group("sep") if joined else "-"
    word = spaced if sep and "-" not in sep else hyphenated
    return _match_case(word, claim_core)


def _article_edit(text: str, claim_start: int, new: str) -> Edit | None:
    # Markup may stand between the article and the claim: "an *open-source* model".
    match = re.search(r"(?<![\w])(an?)([\s*_]+)$", text[max(0, claim_start - 8) : claim_start], re.IGNORECASE)
    if not match:
        return None
    article = match.group(1)
    start = claim_start - len(match.group(0))
    wants_an = new[:1].lower() in "aeiou"
    if wants_an == (article.lower() == "an"):
        return None
    fixed = "an" if wants_an else "a"
    if article[:1].isupper():
        fixed = fixed.capitalize()
    return Edit(start, start + len(article), fixed)


# A verb has no one-word replacement; these rewrites read right in the common cases but change
# more than a word, so they are unsafe fixes: applied only with --unsafe-fixes.
_VERB_ACTIVE = {  # "Meta open-sourced Llama 2" -> "Meta released the weights of Llama 2"
    "sourced": "released the weights of",
    "sourcing": "releasing the weights of",
    "sources": "releases the weights of",
    "source": "release the weights of",
}
_VERB_PASSIVE = {  # "Llama 2 was open-sourced" -> "Llama 2 was released with open weights"
    "open-weights": "released with open weights",
    "source-available": "released under restrictive terms",
}


def _verb_fix(span: str, claim: Claim, how: str, status: str) -> Fix | None:
    if status == "proprietary" or claim.kind != "open-source":
        return None
    ending = re.search(r"(sourced|sourcing|sources|source)$", span, re.IGNORECASE)
    if ending is None:
        return None
    if how == "verb":
        new = _VERB_ACTIVE[ending.group(1).lower()]
    elif how == "passive" and ending.group(1).lower() == "sourced":
        new = _VERB_PASSIVE[status]
    else:
        return None
    if span[:1].isupper():
        new = _match_case(new, span)
        new = re.sub(r"(?<=\s)(The|Of|With|Under)\b", lambda m: m.group().lower(), new)
    edit = Edit(claim.start, claim.end, new)
    return Fix(_title(span, new), (edit,), "unsafe")


# What a fix writes in a claim's place. The words component makes it words of its own, as it does
# a claim, so a fix changes no word but its own.
_WRITTEN_WORDS_SET = sorted(
    {*(t for pair in TERMS.values() for t in pair), *_VERB_ACTIVE.values(), *_VERB_PASSIVE.values()},
    key=len,
    reverse=True,
)
_WRITTEN_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WRITTEN_WORDS_SET)
# Matched on lower-cased text, and with no look-behind in the pattern: one that opens with a
# look-behind is tried at every character (seconds over a 50 MB document), one that opens with
# words only where they start.
_WRITTEN_LOWER = re.compile(r"(?:" + _WRITTEN_WORDS + r")(?!\w)")
# Where a LoweredSearch tries _WRITTEN_LOWER (its words' first letters in lower-cased UTF-8), and
# how many characters other than spaces a match of it and its look-ahead read.
_WRITTEN_STARTS = word_starts(_WRITTEN_WORDS_SET)
_WRITTEN_REACH = max(len("".join(w.split())) for w in _WRITTEN_WORDS_SET) + 1
_WORD_OR_HASH = re.compile(r"[\w#]")


def written_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where the words a fix writes stand in ``text`` as words of their own (in any case, not after
    a letter, digit or "#"), left to right, as one case-ignoring pattern would find them."""
    search = LoweredSearch(text, _WRITTEN_LOWER, _WRITTEN_STARTS, _WRITTEN_REACH)
    pos = 0
    while (found := search.search(pos)) is not None:
        start = found[0]
        if start and _WORD_OR_HASH.match(lowered(text[start - 1])):
            pos = start + 1  # not at a word's edge: the next match may start inside this one
            continue
        yield found
        pos = found[1]


_AS_BEFORE = re.compile(r"\bas[\s*_]+$", re.IGNORECASE)


def make_fix(text: str, prose: str, claim: Claim, role: str, status: str, how: str = "") -> Fix | None:
    """An edit of the claim span, or None where no replacement reads right."""
    span = text[claim.start : claim.end]
    if prose[claim.start : claim.end] != span:
        return None  # markup inside the claim ("**open** source"): leave it to a person
    if "\n" in span or "\r" in span:
        return None  # one word in place of "open<line break>source" would join two lines
    if any(c in span for c in "*_`"):
        return None  # emphasis marks inside the claim, as a plain-text reader keeps them
    if role == "verb":
        return _verb_fix(span, claim, how, status)
    if role not in ("attributive", "predicative") or status not in TERMS:
        return None
    if claim.role != "adjective":
        return None
    if status == "proprietary" and _AS_BEFORE.search(text, max(0, claim.start - 12), claim.start):
        # "released GPT-4 as open source": nothing was released, so "as proprietary" says
        # something else; the sentence needs a person.
        return None
    new = replacement(claim.core, status)
    if span[:1].isupper() and new[:1].islower():
        new = new[:1].upper() + new[1:]  # "Truly open-source models ..." -> "Source-available models ..."
    edits = [Edit(claim.start, claim.end, new)]
    if role == "attributive" and (article := _article_edit(text, claim.start, new)):
        edits.insert(0, article)
    # A request or a question answered by the names after it ("Looking for an open-source
    # model?" / "Try X", "Is there any good open-source model for RAG?" / "X works great"): the
    # claim is the asker's words, and rewriting them changes what was asked. An ellipsis ("GPT-4
    # is not open source, but X is") shares its words with the clause that denies them of
    # another model: rewritten, that clause says something new of it. A person decides both.
    unsafe = how in ("answered", "ellipsis")
    return Fix(_title(span, new), tuple(edits), "unsafe" if unsafe else "safe")


def _title(span: str, new: str) -> str:
    # A claim may wrap a line ("open\r\nsource"): a title is one line.
    return f"Replace '{' '.join(span.split())}' with '{new}'"


_STATUS_WORDS = {
    "open-source": "open source",
    "open-weights": "open weights",
    "source-available": "source-available",
    "proprietary": "proprietary",
}


_BRACKETS_AFTER = re.compile(r"[ \t]*\(([^()\n]*)\)")
_STATUS_WORD = re.compile(r"proprietary|source-available", re.IGNORECASE)


def _status_in_brackets(text: str, end: int) -> bool:
    """Brackets right after offset ``end`` hold a claim or a status: "Llama 2 (open source)"."""
    brackets = _BRACKETS_AFTER.match(text, end)
    return brackets is not None and any(w.search(brackets[1]) for w in (PRESCAN, _STATUS_WORD))


def list_fix(text: str, prose: str, claim: Claim, models: list[tuple[int, str]]) -> Fix | None:
    """One claim word over models of different statuses: drop it and give each model its own
    status, "Open-source LLMs like LLaMA and Pythia" -> "LLMs like LLaMA (source-available) and
    Pythia (open source)". It rewrites more than a word, so it is an unsafe fix. ``models``:
    (end offset of the mention, status) for every model the claim covers."""
    span = text[claim.start : claim.end]
    if prose[claim.start : claim.end] != span or claim.role != "adjective":
        return None
    if any(status not in _STATUS_WORDS for _, status in models):
        return None  # a model whose status the vocabulary does not give: nothing to write after it
    if any(_status_in_brackets(text, end) for end, _ in models):
        # "Llama 2 (open source)": the name has a status of its own in brackets, and one written
        # before it would leave the writer's to be read as said of that name alone.
        return None
    gap = re.match(r"[ \t]+(?=\w)", text[claim.end : claim.end + 8])
    if gap is None:
        return None  # the claim ends its line or stands before markup: leave it to a person
    after = claim.end + gap.end()
    following = text[after]
    # "Open-source models" -> "Models"; but another claim's first letter is its own fix's to change
    # ("Open source open-weights models like ..."): both fixes apply in one run.
    if span[:1].isupper() and following.islower() and not PRESCAN.match(text, after):
        edits = [Edit(claim.start, after + 1, following.upper())]
    else:
        edits = [Edit(claim.start, after, "")]
    if article := _article_edit(text, claim.start, text[after : after + 1]):
        edits.insert(0, article)  # "an open-source model" -> "a model"
    edits += [Edit(end, end, f" ({_STATUS_WORDS[status]})") for end, status in sorted(set(models))]
    return Fix(f"Remove '{' '.join(span.split())}' and give each model its status", tuple(edits), "unsafe")
