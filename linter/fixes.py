"""Fixes: the accurate term in place of a wrong claim, where it keeps the sentence grammatical.

"an open-source model" becomes "an open-weights model" or "a source-available model" (the article
follows the new word); "is open source" becomes "is source-available"; "Open Source" in a title
becomes "Open Weights". A verb ("open-sourced") or a noun use ("#opensource", "the open-source
nature of") has no one-word replacement, so it gets a suggestion and no edit.
"""

from __future__ import annotations

import re

from linter.claims import Claim
from linter.finding import Edit, Fix

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
    match = re.search(r"(?<![\w])(an?)(\s+)$", text[max(0, claim_start - 6) : claim_start], re.IGNORECASE)
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


def make_fix(text: str, prose: str, claim: Claim, role: str, status: str) -> Fix | None:
    """An edit of the claim span, or None where no replacement reads right."""
    if role not in ("attributive", "predicative") or status not in TERMS:
        return None
    if claim.role != "adjective":
        return None
    span = text[claim.start : claim.end]
    if prose[claim.start : claim.end] != span:
        return None  # markup inside the claim ("**open** source"): leave it to a person
    new = replacement(claim.core, status)
    edits = [Edit(claim.start, claim.end, new)]
    if role == "attributive" and (article := _article_edit(text, claim.start, new)):
        edits.insert(0, article)
    return Fix(f"Replace '{span}' with '{new}'", tuple(edits), "safe")
