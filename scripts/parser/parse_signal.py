"""A statistical parse as a second opinion on claim attachment (the issue 8 trial; not shipped).

A small spaCy tagger + dependency parser trained on UD English-EWT (``scripts/train_parser.py``)
reads one sentence at a time, only a sentence that holds both a claim and a model mention. Each
mention and the claim are made single tokens first, so that "Llama 2" or "Mixtral 8x7B" is one
noun to the parser. From the claim ("open-source", "open source", "open-sourced") the parse gives
its head noun ("models" in "open-source models") and from there the model the noun is said of:
the subject of a copula ("Phi-3 is a family of open source models"), an apposition, a possessor
("Mixtral's open-source nature"), a participle or relative clause ("R1, which DeepSeek
open-sourced"), an nmod ("models like Llama 3"), and the conjuncts of a list.

``refine`` uses the parse in one of two ways, chosen by ``OPENWASH_PARSE``:

* ``add``: where the rules attach nothing ("no model named"), the parse's models are attached;
* ``veto``: where the rules attach models and the parse links the claim to other models (not
  merely another member of the same list), the rules' attachment is dropped;
* ``both``: the two together.

The trial measured no gain on the check split (see ``scripts/parser/README.md``), so nothing in
``linter/`` calls this module; ``scripts/parser/openwash_parse.py`` runs openwash with ``refine``
hooked in after the rules, for re-measuring. The pipeline is loaded lazily from
``OPENWASH_PARSER_MODEL`` (the folder the training script writes), the first time a sentence
needs it.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linter.attach import Attachment, Region
from linter.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MODES = ("add", "veto", "both")

_CANCELLED = {"negated", "question", "quoted", "reported", "concept", "outside prose"}


def mode() -> str:
    value = os.environ.get("OPENWASH_PARSE", "").strip().lower()
    return value if value in MODES else ""


@lru_cache(maxsize=1)
def _pipeline() -> Any:
    path = os.environ.get("OPENWASH_PARSER_MODEL", "")
    if not path or not Path(path).is_dir():
        return None
    import spacy

    return spacy.load(path)


def _sentence(region: Region, i: int) -> tuple[int, int]:
    words = region.words
    lo = hi = i
    while lo > 0 and words[lo - 1].sent == words[i].sent:
        lo -= 1
    while hi < len(words) and words[hi].sent == words[i].sent:
        hi += 1
    return lo, hi


def _claim_word(text: str) -> str:
    """The claim as one word the parser can read: "open source" → "open-source", "open
    sourced" → "open-sourced" (a word with a space in it looks like no word of the treebank)."""
    return re.sub(r"-{2,}", "-", "-".join(text.split()))


def parse_sentence(
    nlp: Any, words: list[str], spaces: list[bool], units: list[tuple[int, int]]
) -> tuple[Doc, list[int]]:
    """Tag and parse one sentence given as words (openwash's own tokens), each of ``units`` (word
    ranges: the mentions, then the claim) made one token first.

    Returns the parsed doc and, for each word, the index of the token that holds it. A merged
    name is spelt with hyphens for spaces ("Llama-3") and the claim as one word ("open-source"),
    as such compounds are written in the treebank."""
    from spacy.tokens import Doc

    token_of = list(range(len(words)))
    joined: list[str] = []
    joined_spaces: list[bool] = []
    taken = [False] * len(words)
    starts = {lo: hi for lo, hi in units if lo < hi}
    i = 0
    while i < len(words):
        hi = starts.get(i, i + 1)
        if any(taken[i:hi]):
            hi = i + 1
        for k in range(i, hi):
            token_of[k] = len(joined)
            taken[k] = True
        text = "".join(w + (" " if sp else "") for w, sp in zip(words[i:hi], spaces[i:hi], strict=True))
        joined.append(_claim_word(text) if hi - i > 1 else words[i])
        joined_spaces.append(spaces[hi - 1])
        i = hi
    doc = Doc(nlp.vocab, words=joined, spaces=joined_spaces)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc, token_of


# Prepositions that introduce what a noun stands for or is exemplified by ("models like Llama 3",
# "the open-source nature of Mixtral"), not what it is compared with ("an alternative to GPT-4").
_INTRODUCING = {"like", "as", "including", "of", "e.g.", "incl.", "especially", "namely"}


# Verbs whose object lists what their subject ("open-source models") stands for (no lemmatizer).
_INCLUDE = {"include", "includes", "included", "including", "are", "is", "were", "was"}


def _case(token: Token) -> str:
    return next((c.lower_ for c in token.children if c.dep_ in {"case", "mark"}), "")


def _reach(noun: Token, named: dict[int, int]) -> list[Token]:
    """The mention tokens that ``noun`` (the noun the claim describes) is said of."""
    found: list[Token] = []

    def take(token: Token) -> None:
        if token.i in named and token not in found:
            found.append(token)
            for conj in token.conjuncts:  # "Llama 3, Gemma and Mixtral": the whole list
                take(conj)

    node = noun
    for _ in range(3):
        take(node)  # "the open-source Mistral 7B"
        copula = any(c.dep_ == "cop" for c in node.children)
        for child in node.children:
            dep = child.dep_
            if dep in {"appos", "nmod:poss"} or (copula and dep in {"nsubj", "nsubj:pass"}):
                take(child)  # "open-source models, Llama and Gemma"; "Mixtral's open-source nature"
            elif dep == "nmod" and (_case(child) in _INTRODUCING or not _case(child)):
                take(child)  # "open-source LLMs like Llama 3"
            elif dep in {"acl", "acl:relcl"}:  # "open-source models including Llama 3"
                for grand in child.children:
                    if grand.dep_ in {"obj", "nmod", "obl"}:
                        take(grand)
        head = node.head
        if node.dep_ == "appos":
            take(head)  # "Llama 2, an open-source model"
        if node.dep_.startswith("nsubj") and any(c.dep_ == "cop" for c in head.children):
            take(head)  # "the best open-source model is Llama 3"
        if node.dep_ == "nsubj" and head.lower_ in _INCLUDE:
            for obj in head.children:
                if obj.dep_ in {"obj", "attr"}:
                    take(obj)  # "open-source models include Llama 3"
        if found:
            return found
        # "a family of open-source models": the family is what the subject is said to be.
        if node.dep_ == "nmod" and head is not node and _case(node) == "of":
            node = head
            continue
        break
    return found


def _noun(token: Token) -> bool:
    return token.tag_.startswith("NN")  # the tagger predicts Penn tags: NN, NNS, NNP, NNPS


def linked_mentions(claim: Token, named: dict[int, int], *, verb: bool) -> tuple[list[int], str]:
    """The indices (into the caller's mention list) of the models the claim token is linked to,
    and the claim's role (attributive, predicative, verb or other). ``verb``: the claim phrase is
    a verb ("open-sourced"), as the vocabulary says."""
    found: list[Token] = []
    role = "other"
    head = claim.head
    if verb:
        # "DeepSeek open-sourced R1", "R1, which DeepSeek open-sourced", "R1 was open-sourced".
        role = "verb"
        found = [c for c in claim.children if c.dep_ in {"obj", "nsubj:pass"}]
        if claim.dep_ in {"acl", "acl:relcl"}:
            found.append(head)
    elif any(c.dep_ in {"nsubj", "cop"} for c in claim.children):
        role = "predicative"  # "Llama 3 is open source"
        found = [c for c in claim.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    elif _noun(head) and claim.i < head.i:
        role = "attributive"  # "open-source models"
        return [named[t.i] for t in _reach(head, named)], role
    elif claim.dep_ in {"xcomp", "advmod", "obj", "obl"} and head.tag_.startswith("VB"):
        # "Grok-1 was released open-source": a secondary predicate of the verb's object.
        found = [c for c in head.children if c.dep_ in {"obj", "nsubj:pass"}]
    # A subject or object that is no name itself may introduce names: "LLMs including GPT-3 and
    # GPT-4 were released open-source".
    listed = [t for f in found for t in ((f, *f.conjuncts) if f.i in named else _reach(f, named))]
    return [named[t.i] for t in dict.fromkeys(listed) if t.i in named], role


def refine(region: Region, attachments: list[Attachment]) -> list[Attachment]:
    """Add or veto attachments by the parse, as ``OPENWASH_PARSE`` says (see the module doc)."""
    how = mode()
    if not how or not region.mentions:
        return attachments
    return [_refine_one(region, attachment, how) for attachment in attachments]


def _refine_one(region: Region, attachment: Attachment, how: str) -> Attachment:
    claim = attachment.claim
    if attachment.skipped in _CANCELLED or attachment.skipped.startswith("about"):
        return attachment
    adding = not attachment.mentions and attachment.skipped == "no model named" and how in {"add", "both"}
    vetoing = bool(attachment.mentions) and how in {"veto", "both"}
    if not (adding or vetoing):
        return attachment
    first, last = region.word_range(claim.core_start, claim.end)
    if first >= last:
        return attachment
    lo, hi = _sentence(region, first)
    base, end = region.words[lo].start, region.words[hi - 1].end
    inside: list[Mention] = [m for m in region.mentions if base <= m.start and m.end <= end]
    if not inside:
        return attachment
    nlp = _pipeline()  # loaded here, the first time a sentence holds a claim and a mention
    if nlp is None:
        return attachment
    words = region.words[lo:hi]
    spaces = [words[k + 1].start > words[k].end for k in range(len(words) - 1)] + [False]
    units = [tuple(k - lo for k in region.word_range(m.start, m.end)) for m in inside]
    claim_unit = (first - lo, last - lo)
    doc, token_of = parse_sentence(nlp, [w.text for w in words], spaces, [*units, claim_unit])
    # A mention is one token of its own unless it overlapped another unit.
    width = Counter(token_of)
    named = {
        token_of[a]: k
        for k, (a, b) in enumerate(units)
        if a < b and token_of[a] == token_of[b - 1] and width[token_of[a]] == b - a
    }
    claim_token = token_of[first - lo]
    if token_of[last - lo - 1] != claim_token or claim_token in named:
        return attachment
    indices, role = linked_mentions(doc[claim_token], named, verb=claim.role == "verb")
    linked = [inside[k] for k in dict.fromkeys(indices)]
    if adding and linked:
        if role == "predicative" and region.words[hi - 1].text == "?":
            return attachment  # "Is Llama 3 open source?" asks
        return Attachment(claim, tuple(linked), "parse", role)
    if vetoing and linked and not _shares_list(doc, named, indices, inside, attachment.mentions):
        return replace(attachment, mentions=(), how="", skipped="parse links elsewhere")
    return attachment


def _shares_list(
    doc: Doc, named: dict[int, int], linked: list[int], inside: list[Mention], ruled: tuple[Mention, ...]
) -> bool:
    """Whether a model the rules chose is one the parse linked, or stands in the same list or
    phrase as one (a sibling, conjunct or head): a misparsed list is no disagreement."""
    if {(inside[k].start, inside[k].end) for k in linked} & {(m.start, m.end) for m in ruled}:
        return True
    at = {k: i for i, k in named.items()}
    ours = [doc[at[k]] for k in linked if k in at]
    keys = {(m.start, m.end) for m in ruled}
    for k, mention in enumerate(inside):
        if (mention.start, mention.end) not in keys or k not in at:
            continue
        token = doc[at[k]]
        for other in ours:
            if token.head in (other, other.head) or other.head == token or token in other.conjuncts:
                return True
    return False
