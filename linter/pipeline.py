"""The spaCy pipeline: a blank English tokenizer plus openwash's own components.

``spacy.blank("en")`` downloads nothing. The components are registered as spaCy factories:

* ``openwash_mentions``: model mentions, in ``doc._.ow_mentions``;
* ``openwash_claims``: claim phrases, in ``doc._.ow_claims``;
* ``openwash_words``: tokens split so that each mention and claim is whole words, and both as
  span groups, ``doc.spans["models"]`` and ``doc.spans["claims"]``;
* ``openwash_blocks``: sentence boundaries from punctuation and from the document's blocks
  (a heading or a list item ends a sentence even without a full stop);
* ``openwash_attach``: what each claim is about, in ``doc._.ow_attachments``.

The pipeline is built once per vocabulary and process.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from linter import lexicon as lx
from linter.attach import (
    Region,
    Word,
    attach_all,
    list_after,
    lists_makers,
    makes_next,
    marked_line_below,
    opens_list,
    qualified_after,
)
from linter.claims import find_claims
from linter.fixes import written_spans
from linter.mentions import GLUED_STOP, Mention, maker_names
from linter.segment import block_mentions
from linter.vocab import Vocabulary

_VOCABULARIES: dict[int, Vocabulary] = {}

for _name in ("ow_mentions", "ow_claims", "ow_attachments"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Span.has_extension("ow_entry"):
    Span.set_extension("ow_entry", default=None)


def _vocabulary(key: int) -> Vocabulary:
    return _VOCABULARIES[key]


def _glued(doc: Doc, stop: Any, token: Any) -> bool:
    """A stop with no space after it still ends a sentence between a lower-case word and a
    capitalised one ("is open source.It is"), as the words component splits it."""
    return stop.i > 0 and doc[stop.i - 1].text[-1:].islower() and token.text[1:2].islower()


def _text(doc: Doc) -> str:
    """The doc's text, joined from its tokens once: ``doc.text`` joins them on every call. The
    words component splits tokens, which keeps the text."""
    text = doc.user_data.get("ow_text")
    if text is None:
        text = doc.user_data["ow_text"] = doc.text
    return text


def _starts_sentence(word: str) -> bool:
    """A word after a full stop and a space that starts a new sentence: a capital ("It"), or a
    letter, as in a brand ("xAI open-sourced ...") or a post written in lower case ("... pipeline.
    open source, way cheaper"). The tokenizer keeps an abbreviation's stop with it ("vs.",
    "e.g."), so a stop of its own ends a sentence. (Glued to the stop, only a capital does.) So
    does a mark that separates the items of a line ("*Is X open source?* · *Y explained*")."""
    return word[:1].isalpha() or word in _ITEM_MARKS


_ITEM_MARKS = frozenset({"·", "•", "|"})
_BASE_HEADERS = frozenset({"base", "parent", "upstream", "from"})


# A line that opens with a label: one to three words and a colon ("Closed: X", "Open-source: Y").
_LABEL = re.compile(r"[ \t]*([^\W\d_][\w'’.\-]*(?:[ \t]+[\w'’.\-]+){0,2})[ \t]*:(?:[ \t]|$)")


def _label_line_starts(text: str, starts: list[int]) -> set[int]:
    """Where the lines of a block start when every line opens with a label ("Closed: X, Y⏎
    Open-source: Z"): each such line says its own thing, a sentence of its own."""
    found: set[int] = set()
    ends = [*starts[1:], len(text)]
    for start, end in zip(starts, ends, strict=True):
        block = text[start:end]
        if "\n" not in block.strip() or ":" not in block:
            continue
        lines = [(start + m.start(), m.group()) for m in re.finditer(r"[^\n]+", block) if m.group().strip()]
        if len(lines) >= 2 and all(_LABEL.match(line) for _, line in lines):
            found.update(at + len(line) - len(line.lstrip()) for at, line in lines)
    return found


_CLOSERS = frozenset({'"', "”", "’", ")"})


def _title_line(text: str, at: int) -> bool:
    """The line holding offset ``at`` reads as a headline: three words or more, every word
    capitalised but the small ones ("Falcon 40B: Exploring the Largest Open-Source Model"), and
    no stop or comma at its end."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end != -1 else len(text)].strip()
    if not line or line[-1] in ".,;:!?" or len(line) > 150:
        return False
    return lx.title_case(re.findall(r"[^\W\d_][\w'’-]*", line))


@Language.factory("openwash_blocks")
def make_blocks(nlp: Language, name: str) -> Any:
    def blocks(doc: Doc) -> Doc:
        starts = doc.user_data.get("ow_block_starts", [0])
        tokens = list(doc)
        flags = [1] * len(tokens)  # 1: starts a sentence, -1: does not
        text = _text(doc)
        labelled = _label_line_starts(text, starts)
        for i in range(1, len(tokens)):
            token, prev = tokens[i], tokens[i - 1]
            # "model.\r\nLine": a line break of its own token stands between the stop and the word.
            stop = tokens[i - 2] if prev.is_space and i > 1 else prev
            in_new_block = bisect.bisect_right(starts, prev.idx) != bisect.bisect_right(starts, token.idx)
            # '... in the industry." The license ...': a closing quote or bracket after the stop
            # is the sentence's own.
            quoted_stop = (
                prev.text in _CLOSERS
                and i > 1
                and tokens[i - 2].text in {".", "!", "?"}
                and not tokens[i - 2].whitespace_
                and bool(prev.whitespace_)
                and token.text[:1].isupper()
            )
            # "X, Y, etc. are open source": an abbreviation's stop before a word in lower case,
            # on the same line.
            etc = (
                stop is prev
                and stop.text == "."
                and i > 1
                and tokens[i - 2].lower_ == "etc"
                and token.text[:1].islower()
                and "\n" not in prev.text_with_ws
            )
            if etc and not in_new_block:
                flags[i] = -1
                continue
            if not (
                in_new_block
                or quoted_stop
                or (
                    stop.text in {".", "!", "?"}
                    and (
                        ((stop.whitespace_ or prev.is_space) and _starts_sentence(token.text))
                        or (_glued(doc, stop, token) and token.text[:1].isupper())
                    )
                )
                or "\n\n" in prev.text_with_ws
                or token.idx in labelled
                # "⚡ On par with o1⏎📖 Fully open-source model": a line an emoji opens is an item
                or ("\n" in prev.text_with_ws and _pictograph(token.text))
                # "Meta Releases Llama 3 as Open Source⏎The company says ...": a line in title case
                # is a headline, as web pages lose their heading marks when copied as text
                or ("\n" in prev.text_with_ws and token.text[:1].isupper() and _title_line(text, prev.idx))
            ):
                flags[i] = -1
        # All at once: setting ``token.is_sent_start`` scans the whole doc each time (spaCy
        # checks for a parse), which made a segment's cost grow with the square of its tokens.
        if tokens:
            doc.from_array([SENT_START], numpy.array(flags, dtype=numpy.int64).astype(numpy.uint64))
        return doc

    return blocks


@Language.factory("openwash_mentions", default_config={"vocabulary": 0})
def make_mentions(nlp: Language, name: str, vocabulary: int) -> Any:
    vocab = _vocabulary(vocabulary)

    def mentions(doc: Doc) -> Doc:
        found = doc.user_data.get("ow_mentions")  # found by the caller already, on this text
        if found is None:
            starts = doc.user_data.get("ow_block_starts", [0])
            found = block_mentions(doc.text, starts, vocab, doc.user_data.get("ow_subject"))
        doc._.ow_mentions = found
        # How each named model's maker is written ("Moonshot AI", "Moonshot"): a description its
        # maker's possessive opens ("Moonshot AI's new MoE") points back at that model only.
        subject = doc.user_data.get("ow_subject")
        doc.user_data["ow_makers"] = {
            m.entry_id: maker_names(vocab.entries[m.entry_id].developer)
            for m in (*found, *([subject] if subject is not None else []))
            if m.entry_id in vocab.entries
        }
        return doc

    return mentions


@Language.factory("openwash_claims", default_config={"vocabulary": 0})
def make_claims(nlp: Language, name: str, vocabulary: int) -> Any:
    vocab = _vocabulary(vocabulary)

    def claims(doc: Doc) -> Doc:
        doc._.ow_claims = find_claims(_text(doc), vocab)
        return doc

    return claims


@Language.factory("openwash_words")
def make_words(nlp: Language, name: str) -> Any:
    def words(doc: Doc) -> Doc:
        mentions: list[Mention] = doc._.ow_mentions
        claims = doc._.ow_claims
        # Names and claims are found on characters; the attachment rules read words. A claim glued
        # to its neighbour ("is open source.open source models") must still be words of its own,
        # or two claims share a token and the rules see neither.
        edges = {e for found in (mentions, claims) for f in found for e in (f.start, f.end)}
        # A full stop glued to the next sentence ("is open source.It is ...") ends a sentence all
        # the same; a fix that rewrites the word before it must not change where sentences end.
        text = _text(doc)
        edges.update(e for m in GLUED_STOP.finditer(text) for e in (m.start(), m.end()))
        # What a fix writes in a claim's place is words of its own too, and a stop glued between
        # a claim (or such words) and the next word ("open source.opensource", "OPENSOURCE.5") is
        # a word of its own on either side: a fix changes no word but the claim's own
        # ("source-available.opensource" and "PROPRIETARY.5" the tokenizer would keep whole).
        spans = [(c.start, c.end) for c in claims] + [*written_spans(text)]
        for start, end in spans:
            edges.update((start, end))
            if start > 1 and text[start - 1] in _STOPS and text[start - 2].isalnum():
                edges.add(start - 1)
            if end + 1 < len(text) and text[end] in _STOPS and text[end + 1].isalnum():
                edges.add(end + 1)
        _split_at(doc, edges)
        spans = []
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, label=mention.entry_id, alignment_mode="expand")
            if span is not None:
                span._.ow_entry = mention.entry_id
                spans.append(span)
        doc.spans["models"] = spans
        doc.spans["claims"] = [
            span
            for claim in claims
            if (span := doc.char_span(claim.start, claim.end, label=claim.kind, alignment_mode="expand"))
        ]
        return doc

    return words


_STOPS = frozenset(".!?;:")


def _split_at(doc: Doc, edges: set[int]) -> None:
    """Split every token that has one of ``edges`` strictly inside it there."""
    cuts: dict[int, list[int]] = {}
    starts = [token.idx for token in doc]
    for edge in edges:
        i = bisect.bisect_right(starts, edge) - 1
        if i >= 0 and starts[i] < edge < starts[i] + len(doc[i]):
            cuts.setdefault(i, []).append(edge - starts[i])
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, offsets in cuts.items():
            token = doc[i]
            bounds = [0, *sorted(offsets), len(token)]
            pieces = [token.text[a:b] for a, b in itertools.pairwise(bounds)]
            retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))


@Language.factory("openwash_attach")
def make_attach(nlp: Language, name: str) -> Any:
    def attach(doc: Doc) -> Doc:
        doc._.ow_attachments = attach_all(region_from_doc(doc))
        return doc

    return attach


def _pictograph(text: str) -> bool:
    """An emoji or other pictograph, with its modifiers and joiners ("🎉", "👍🏽", "❤️")."""
    if text.isascii() or any(c in lx.ANSWER_MARKS for c in text):
        return False  # "| Llama 3 | ✅ |": a check mark answers, as "Yes" would
    kinds = [unicodedata.category(c) for c in text]
    return "So" in kinds and all(k in ("So", "Sk", "Cf", "Mn") for k in kinds)


# Words of a lead-in that turn from the one model it names or compare it ("How we moved away
# from GPT-4:"): its items are then not that model's features.
_TURNED_FROM_MODEL = (
    lx.COMPARISON
    | lx.CONTRAST_TERMS
    | lx.SET_APART
    | lx.TURNING_WORDS
    | lx.LEAD_BLOCKERS
    | {"from", "to", "instead", "replace", "replacing"}
)


def region_from_doc(doc: Doc) -> Region:
    """The words, sentences and blocks of a doc, as the attachment rules see them."""
    starts: list[int] = doc.user_data.get("ow_block_starts", [0])
    words: list[Word] = []
    sent_no = -1
    line = 0
    seen = 0  # where the newlines were counted up to
    text = _text(doc)  # once: ``doc.text`` joins every token on each call
    for sent in doc.sents:
        sent_no += 1
        for token in sent:
            if token.is_space or _pictograph(token.text):
                continue  # "an open source model 🎉 (X)": an emoji is no word of the sentence
            block = bisect.bisect_right(starts, token.idx) - 1
            line += text.count("\n", seen, token.idx)
            seen = token.idx
            end = token.idx + len(token)
            prev = words[-1] if words else None
            if token.text == "-" and prev is not None and prev.end == token.idx and set(prev.text) == {"-"}:
                # A typewriter dash ("--", "---") is one word, read as the dash it stands for,
                # when it stands apart from a word on one side ("X -- it isn't", "X-- Y").
                spaced = text[prev.start - 1 : prev.start].isspace() or text[end : end + 1].isspace()
                if spaced or prev.start == 0 or end >= len(text):
                    dash = text[prev.start : end]
                    words[-1] = Word(dash, "—", prev.start, end, prev.sent, prev.block, prev.line)
                    continue
            lower = token.lower_
            if "’" in lower and lower.strip("’"):
                lower = lower.replace("’", "'")  # "isn’t", "it’s": a typeset apostrophe is one
            words.append(Word(token.text, lower, token.idx, end, sent_no, block, line))
    mentions: list[Mention] = doc._.ow_mentions or []
    written = list(written_spans(text))
    region = Region(words, mentions, doc._.ow_claims or [], written=written)
    region.subject = doc.user_data.get("ow_subject")
    region.makers = doc.user_data.get("ow_makers", {})
    region.heading_blocks = set(doc.user_data.get("ow_headings", ()))
    region.quote_blocks = set(doc.user_data.get("ow_quotes", ()))
    # The model that opens a block ("- [Llama 2](...) - Meta's open model") is that block's subject;
    # a table row's first cell is the subject of the whole row.
    row_of: dict[int, tuple[int, int]] = {
        i: key for i, key in enumerate(doc.user_data.get("ow_rows", [])) if key is not None
    }
    first_word_of_block: dict[int, int] = {}
    first_named_word: dict[int, int] = {}  # past claims and what fixes write in their place
    for i, word in enumerate(words):
        if any(c.isalnum() for c in word.text):  # past "[[", "(" and emoji: "- [[Llama 3]]"
            first_word_of_block.setdefault(word.block, i)
            if i not in region.phrase_words:
                first_named_word.setdefault(word.block, i)
    columns = doc.user_data.get("ow_columns", [])
    region.cells = {
        i: (*key, columns[i]) for i, key in row_of.items() if i < len(columns) and columns[i] is not None
    }

    def named_first(i: int | None) -> Mention | None:
        hit = region.mention_at(i) if i is not None else None
        # (not "GPT-4 level open-source models are here": a name qualifying the noun after it)
        if hit is None or hit[0].possessive or qualified_after(region, hit[1]):
            return None
        return hit[0]

    def past_maker(i: int | None) -> Mention | None:
        # An item may open with its maker's possessive ("* Meta's Llama 3", "* Mistral AI's X"),
        # a number of its own ("- **1. Llama 3**") or a short label ("- Model: Llama 3").
        if i is None:
            return None
        if (named := named_first(i)) is not None:
            return named
        block = words[i].block
        if words[i].lower.isdigit() and i + 2 < len(words) and words[i + 1].lower in {".", ")"}:
            return named_first(i + 2) if words[i + 2].block == block else None
        # A Hugging Face owner before the name, glued by its slash ("meta-llama/Llama-3.1-8B").
        k = i
        while (
            k < min(i + 6, len(words) - 1) and words[k].block == block and words[k + 1].start == words[k].end
        ):
            if words[k].lower == "/":
                return named_first(k + 1)
            k += 1
        for k in range(i, min(i + 3, len(words) - 1)):
            if words[k].block != block:
                break
            if words[k].lower == "'s" and words[i].text[:1].isupper():
                return named_first(k + 1)
            if words[k].lower == ":" and k > i and words[k + 1].block == block:
                label = {w.lower for w in words[i:k]}
                turned = lx.COMPARISON | lx.CONTRAST_TERMS | lx.SET_APART | lx.ITEM_APART | lx.TURNING_WORDS
                return None if label & turned else named_first(k + 1)  # not "- Compared against: X"
        return None

    def opener(i: int | None) -> Mention | None:
        # The one model a block is about: the name it opens with, unless that opens a list of
        # names ("Llama 3 and GPT-4o ..."), which names no one model. So it is in the text a list
        # fix leaves ("Open source Llama 3 and GPT-4o" -> "Llama 3 (source-available) and GPT-4o
        # (proprietary)"), as before it, when the claim stood first.
        named = named_first(i)
        return None if named is None or i is None or opens_list(region, i) else named

    row_subjects: dict[tuple[int, int], Mention] = {}
    cut = set(doc.user_data.get("ow_cut", ()))
    for block, i in sorted(first_word_of_block.items()):
        if block in cut:
            continue
        key = row_of.get(block)
        # A row is named by the model its cell opens with, past a claim and what a fix writes in
        # its place, a list too ("| Open-source Llama 3 and GPT-4o |", "| GPT-4 / GPT-4o |").
        hit = opener(i) if key is None else named_first(first_named_word.get(block))
        if hit is not None:
            if key is None:
                region.block_subjects[block] = hit
            else:
                row_subjects.setdefault(key, hit)
        if key is not None and key in row_subjects:
            region.block_subjects[block] = row_subjects[key]
    for block, key in row_of.items():
        # A cell without a word ("| ✅ |") has no first word, but still its row's subject.
        if block not in region.block_subjects and key in row_subjects and block not in cut:
            region.block_subjects[block] = row_subjects[key]
    for block, (start, end) in doc.user_data.get("ow_titles", {}).items():
        named = [m for m in mentions if start <= m.start < end and not m.possessive]
        if block not in region.block_subjects and block not in cut and len({m.entry_id for m in named}) == 1:
            region.block_subjects[block] = named[0]  # "**Model of the week: Zephyr 7B.** ..."
    for block, named in doc.user_data.get("ow_listed", {}).items():
        region.lead_in_items[block] = named  # the models a heading's subsections open with
    region.column_headers = doc.user_data.get("ow_column_headers", {})

    def lead(item: int) -> Mention | None:
        # The model an item opens with, past a claim, a list's first too ("- OLMo, GPT-4 is ...",
        # "- open-source OLMo and GPT-4"): what a lead-in over the items counts.
        if item in cut:
            return None
        return region.block_subjects.get(item) or past_maker(first_named_word.get(item))

    lead_ins = doc.user_data.get("ow_lead_ins", {})
    labels = set(doc.user_data.get("ow_labels", ()))
    run_ins = set(doc.user_data.get("ow_run_ins", ()))

    def line_leads(item: int) -> list[Mention]:
        # A paragraph whose every line ("**X** — fast⏎**Y** — small"), or every sentence ("**X**
        # handles emotion. **Y** does dialogue."), opens with a bold name: a list without bullets.
        if item in cut or item not in run_ins:
            return []
        words, all_words = region.block_words(item), region.words
        for apart in (
            lambda k: all_words[k].line != all_words[k - 1].line,
            lambda k: all_words[k].sent != all_words[k - 1].sent,
        ):
            firsts = [k for k in words if k == words.start or apart(k)]
            # Past a label ("chat: X"), a number or a maker's possessive, as an item's lead.
            hits = [past_maker(k) for k in firsts]
            if len(firsts) >= 2 and all(hit is not None for hit in hits):
                return [hit for hit in hits if hit is not None]
        return []

    body_rows: dict[int, set[int]] = {}  # table -> its rows below the header
    first_named_column: dict[tuple[int, int], int] = {}  # (table, row) -> its first cell with a name

    def bases(block: int) -> bool:
        # A column of bases ("| Name | Base |") names what a row was built from, not the row.
        return bool(set(region.column_headers.get(block, "").lower().split()) & _BASE_HEADERS)

    for block, (table, row, column) in region.cells.items():
        if row > 0:
            body_rows.setdefault(table, set()).add(row)
        if (
            block in first_named_word
            and named_first(first_named_word[block]) is not None
            and not bases(block)
        ):
            key = (table, row)
            first_named_column[key] = min(first_named_column.get(key, column), column)

    def cell_names(item: int) -> list[Mention]:
        # A row whose first cell names no model holds its models in other cells: the header
        # row's ("| Benchmark | Llama 3 | Mistral 7B |", a class's members heading the columns)
        # and a table's only row ("| Chat | Llama 2, Vicuna | StarCoder |") in each cell; a row
        # among others in its first cell with a name ("| 1 | Llama 3 | Apache 2.0 |"), not in
        # a later column ("| Chat | Llama 3 | fallback: GPT-4o |").
        table, row, column = region.cells[item]
        spread = row == 0 or len(body_rows.get(table, ())) == 1
        if item in cut or bases(item) or (first_named_column.get((table, row)) != column and not spread):
            return []
        k = first_named_word.get(item)
        if k is None or (first := named_first(k)) is None:
            return []
        end = words[region.block_words(item)[-1]].end
        return [first, *(m for m in list_after(region, k) if m.start > first.start and m.start < end)]

    def sole_model(block: int) -> Mention | None:
        # The one model a lead-in names (no possessive: "Meta's" names the maker), when no word
        # of it turns from the model or compares ("How we moved away from GPT-4:").
        span = region.block_words(block)
        named = [hit[0] for k in span if (hit := region.mention_at(k)) is not None]
        if len({m.entry_id for m in named}) != 1 or named[0].possessive or block in region.heading_blocks:
            return None
        if any(words[k].lower in _TURNED_FROM_MODEL for k in span):
            return None
        return named[0]

    def labelled_topic(block: int) -> Mention | None:
        # A label of attributes over items ("**Key characteristics:**", "### Key features")
        # names no model: they are the attributes of the model the paragraph before it opens
        # with ("Microsoft's Phi-3 family is ..."), unless it opens on a list of models.
        if block not in labels:
            return None
        before = block - 1
        if before in region.heading_blocks or before in region.cells:
            return None
        # (Others it names are compared with it: "X learns from the larger Y.")
        subject = past_maker(first_word_of_block.get(before))
        if subject is None or opens_list(region, region.word_range(subject.start, subject.end)[0]):
            return None
        return subject

    def leads(items: list[int]) -> list[Mention]:
        # The models the items open with; a table row's cells share one subject: each model once.
        # An item that names none but heads items of its own ("- Vision" over "  - Pixtral 12B")
        # is a category: its items are the members.
        found = []
        for b in items:
            if lines := line_leads(b):
                found.extend(lines)  # "**X** — fast⏎**Y** — small": one item a line
            elif b in region.cells and first_named_column.get(region.cells[b][:2]) != 0:
                found.extend(cell_names(b))  # a row its first cell does not name
            elif (m := lead(b)) is not None and not makes_next(region, m):
                found.append(m)  # (not "- Mistral released X": the item's maker acts)
            elif b in lead_ins:
                found.extend(m for c in lead_ins[b] if (m := lead(c)) is not None)
        return list({id(m): m for m in found}.values())

    for block, items in doc.user_data.get("ow_recaps", {}).items():
        if named := leads(items):  # "All of the above are open source" after a table
            region.recaps[block] = named

    for block, items in lead_ins.items():
        # (not "Open source models:" over "- 01.ai", "- Alibaba", "- Mistral", ...: labs)
        if (named := leads(items)) and not lists_makers(region, named, len(items)):
            region.lead_in_items[block] = named
        # "**Qwen3** has the following features:" makes Qwen3 the topic of the items below; so
        # does a lead-in that names one model and sets it against nothing ("Why we like X:").
        topic = opener(first_word_of_block.get(block)) or sole_model(block) or labelled_topic(block)
        if topic is not None:
            for item in items:
                region.item_topics[item] = topic
    # A heading over a line of names set apart by item marks ("X · Y · Z") lists them too.
    for block in region.heading_blocks - region.lead_in_items.keys():
        if named := marked_line_below(region, block):
            region.lead_in_items[block] = named
    return region


@spacy.registry.tokenizers("openwash_tokenizer")
def _tokenizer_splitting_hyphens() -> Callable[[Language], Tokenizer]:
    """spaCy's English tokenizer, built once with openwash's affixes: setting them on a built
    tokenizer reloads its 4,000 special cases each time (a tenth of a second per setting)."""

    def create(nlp: Language) -> Tokenizer:
        # Split "open-source", "Llama-2-70B" and "7B/67B" at hyphens and slashes so that mentions
        # and claims, found on characters, start and end on token boundaries.
        infixes = [*nlp.Defaults.infixes, r"[-–—/*_]"]
        # A sentence ending in a size ("... model ChatGLM-6B.") keeps its full stop apart, as it
        # does after any other word; spaCy's defaults leave "6B." whole.
        suffixes = [*nlp.Defaults.suffixes, r"(?<=\d[A-Za-z])\."]
        # spaCy keeps emoticons such as "):" and ";)" whole; in prose they are punctuation
        # ("open-source models (LLMs): Llama 3"), so the bracket-and-colon ones go.
        rules = {
            text: value
            for text, value in nlp.Defaults.tokenizer_exceptions.items()
            if not (text and all(c in "()[]:;=" for c in text))
        }
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=compile_prefix_regex(nlp.Defaults.prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=nlp.Defaults.token_match,
            url_match=nlp.Defaults.url_match,
        )

    return create


@lru_cache(maxsize=4)
def build_pipeline(vocab: Vocabulary) -> Language:
    key = id(vocab)
    _VOCABULARIES[key] = vocab
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "openwash_tokenizer"}}})
    nlp.add_pipe("openwash_mentions", config={"vocabulary": key})
    nlp.add_pipe("openwash_claims", config={"vocabulary": key})
    nlp.add_pipe("openwash_words")
    nlp.add_pipe("openwash_blocks")  # on the split tokens
    nlp.add_pipe("openwash_attach")
    return nlp
