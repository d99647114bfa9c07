"""Segmentation: which blocks of a document each claim is read in, and what the page is about.

A claim is read with its own block, the rest of its table row, or the list items that a heading or
a lead-in ending in ':' introduces; adjacent chosen blocks form one segment, so a sentence running
over blocks keeps its context. A huge block (a 5 MB single line) is read in windows around its
claims. Each segment carries, as spaCy ``user_data``, the block layout the pipeline's components
read: block starts, table rows, lead-ins and the page's subject.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from linter.claims import PRESCAN
from linter.fixes import written_spans
from linter.mentions import Mention
from linter.readers import Block, ProseDocument

if TYPE_CHECKING:
    from linter.vocab import Vocabulary


@dataclass(frozen=True)
class Segment:
    """One stretch of prose handed to the spaCy pipeline."""

    base: int  # offset of ``text`` in the document's prose
    text: str  # the prose of its blocks, runs that are no words blanked
    user_data: dict  # block layout for the pipeline's components
    # Claims and mentions before this prose offset lie in blocks read only as context (they were
    # reported with the segment before): the caller keeps what starts here or later.
    own_start: int = 0


def segments(
    doc: ProseDocument, candidates: list[int], subject: Mention | None, vocab: Vocabulary | None = None
) -> Iterator[Segment]:
    """The segments that hold the claims starting at the offsets ``candidates``. Each carries the
    subject of its section (the nearest heading above it that names a model) or of the page."""
    block_index = {id(b): i for i, b in enumerate(doc.blocks)}  # once, not once per segment
    headings = [i for i, b in enumerate(doc.blocks) if b.kind == "heading"]
    sections: dict[int, Mention | None] = {}  # heading -> the model it opens with
    html_rows = _HtmlRows(doc.text)
    headers: dict[int, dict[int, str]] = {}  # table -> column -> header text, found once per table

    def section_of(heading: int) -> Mention | None:
        if heading not in sections and vocab is not None:
            sections[heading] = _section_subject(doc, doc.blocks[heading], vocab)
        return sections.get(heading)

    # A block where a fix wrote its words ("proprietary", "open-weights") is chosen as if it
    # still held the claim: fixing one claim never changes which blocks the others are read with
    # (what "it" in the next block refers to, which paragraph names a headline's model), so a
    # second --fix finds nothing the first left.
    written = [start for start, _ in written_spans(doc.prose)]
    anchors = sorted({*candidates, *written}) if written else candidates
    for blocks, own in _regions(doc, anchors):
        base = blocks[0].start
        text = _LONG_RUN.sub(lambda m: " " * len(m.group()), doc.prose[base : blocks[-1].end])
        first = block_index.get(id(blocks[0]))
        section = None
        if vocab is not None and first is not None and (k := bisect.bisect_left(headings, first)) > 0:
            section = section_of(headings[k - 1])  # the nearest heading above: read once
        user_data = _user_data(doc, blocks, base, section or subject, block_index, html_rows, headers)
        if vocab is not None:
            # "# Best open-source LLMs" over "## 1. Llama 3", "## 2. Mistral 7B": the headings one
            # level down name what the heading lists.
            # So do the headings right under a line ending in ":" ("Here are the best open-source
            # LLMs you can run today:" over "### 1. Llama 3", "### 2. Mistral 7B").
            for n, block in enumerate(blocks):
                i = block_index.get(id(block))
                if i is None or n in user_data["ow_lead_ins"]:
                    continue
                if block.kind == "heading":
                    named = (
                        _subsection_subjects(doc, headings, i, section_of) or _paragraphs_below(doc, i, vocab)
                        if _class_heading(doc, i, vocab)
                        else []
                    )
                elif (
                    block.kind == "paragraph"
                    and _is_lead_in(doc, i)
                    and not turned_lead(doc.prose[block.start : block.end])
                ):
                    named = _headings_below(doc, headings, i, section_of)
                else:
                    named = []
                if named:
                    user_data.setdefault("ow_listed", {})[n] = [shift_mention(m, -base) for m in named]
        yield Segment(base, text, user_data, blocks[own].start)


_SUBSECTIONS_MAX = 40


def _class_heading(doc: ProseDocument, i: int, vocab: Vocabulary) -> bool:
    """Heading ``i`` names a class of models and no model: not "# Open-source alternatives to
    ChatGPT", nor "# Beyond open-source LLMs"."""
    from linter.mentions import find_mentions

    block = doc.blocks[i]
    title = doc.prose[block.start : block.end]
    return names_a_class(title) and not find_mentions(title, vocab)


def _subsection_subjects(doc: ProseDocument, headings: list[int], i: int, section_of) -> list:
    """The models that the headings one level below class heading ``i`` open with, when at least
    two of them do."""
    k = bisect.bisect_right(headings, i)
    return _named_headings(doc, headings, k, doc.blocks[i].level, section_of)


_PARAGRAPHS_MAX = 12  # paragraphs of a section read for the names they open with
_OPENING_REACH = 120  # characters of a paragraph searched for the name it opens with


def _paragraphs_below(doc: ProseDocument, i: int, vocab: Vocabulary) -> list:
    """The models the paragraphs under class heading ``i`` open with ("## Other open-source
    models for code" over "StarCoder2 is ...", "Code Llama is ..."): its members, when at least
    two paragraphs open with a name, every paragraph that names a model opens with one, and none
    sets its model apart ("GPT-4o was our baseline")."""
    from linter.mentions import find_mentions

    named = []
    for later in doc.blocks[i + 1 : i + 1 + _PARAGRAPHS_MAX]:
        if later.kind != "paragraph":
            break
        text = doc.prose[later.start : later.end]
        found = find_mentions(text[:_OPENING_REACH], vocab)
        if not found:
            continue  # an introduction ("Two more worth a look.") names no model
        first = found[0]
        if first.possessive or not _opens_with(text, first, " *_[`") or _item_apart(_first_sentence(text)):
            return []
        named.append(shift_mention(first, later.start))
    return named if len(named) >= 2 else []


def _first_sentence(text: str) -> str:
    end = _SENTENCE_END.search(text)
    return text[: end.end()] if end else text


def _headings_below(doc: ProseDocument, headings: list[int], i: int, section_of) -> list:
    """The models the headings right after paragraph ``i`` open with, at the level of the first,
    when at least two of them name one and nothing but their sections parts them from ``i``."""
    k = bisect.bisect_right(headings, i)
    if k >= len(headings) or headings[k] != i + 1:
        return []  # the next block is no heading: the lead-in introduces something else
    return _named_headings(doc, headings, k, doc.blocks[headings[k]].level - 1, section_of)


def _named_headings(doc: ProseDocument, headings: list[int], k: int, above: int, section_of) -> list:
    """The models the headings from ``headings[k]`` on open with, at the level of the first of
    them, up to one at level ``above`` or higher; none unless at least two name one."""
    if k >= len(headings):
        return []
    level = doc.blocks[headings[k]].level
    named_subsections: list[tuple[Mention, Block]] = []
    siblings = 0
    for j in headings[k : k + _SUBSECTIONS_MAX]:
        sub = doc.blocks[j]
        if sub.level <= above:
            break
        siblings += sub.level == level
        if sub.level == level and (named := section_of(j)) is not None:
            named_subsections.append((named, sub))
    # One named subsection is a list of one only when it is the heading's only subsection
    # ("## Top open-source LLMs" over "### Llama 3" alone); beside others ("### Setup") it
    # may be a topic of the page, not a member of the class.
    if len(named_subsections) < 2 and not (named_subsections and siblings == 1):
        return []
    # Not "## GPT-4o (baseline)", "## Claude (not open source)": set apart from the list.
    return [named for named, sub in named_subsections if not _sets_apart(doc.prose[named.end : sub.end])]


_CLASS_NOUN = re.compile(
    r"^[^\w]*(?:(?:top|best|\d+|the|our|leading|popular|notable|major|prominent|other|new|great|good|"
    r"favorite|favourite|recommended|fully|truly|more|some|several|key|essential|free|well-known|"
    r"[a-z]+est)\s+)*open[\s-]*(?:sourced?|weights?)\s+"
    r"([a-z-]+\s+){0,2}?"
    r"(?:models?|llms?|ai\s+models|language\s+models|alternatives?)\b",
    re.IGNORECASE,
)


def names_a_class(title: str) -> bool:
    """A heading that is a noun phrase naming a class of models ("Best open-source LLMs of 2025",
    "10 open-source models worth a look"), not a statement ("Open-source models are overrated")
    or another noun ("Alternatives to open-source LLMs", "Non-open-source models")."""
    from linter import lexicon as lx

    match = _CLASS_NOUN.match(title)
    if match is None:
        return False
    rest = set(_own_words(title[match.end() :]))
    blockers = lx.COPULAS | lx.CLAUSE_VERBS | lx.NEGATIONS | lx.LEAD_BLOCKERS | lx.CONTRAST_TERMS
    return not rest & blockers and not re.search(r"\bcritique|\bmyth|\bvs\b|\bversus\b", title, re.IGNORECASE)


def _turned_heading(doc: ProseDocument, block: Block) -> bool:
    """A heading that names its class only to turn from it ("Beyond open-source models", "Closed
    competitors to open-source models", "Do we still need open-source models?"): the list under
    it is not of that class."""
    return block.kind == "heading" and _turned_title(doc.prose[block.start : block.end].strip())


def turned_lead(line: str) -> bool:
    """A line ending in ":" that turns from its class before naming it ("Alternatives to
    open-source models:", "Not every open-source model made the cut:"); words after the class
    describe it ("Open-source models we ran against GPT-4o:"). What a study compares with is the
    class itself ("We compared ours against open-source models:" lists open-source models)."""
    from linter import lexicon as lx

    claim = _claim_words().search(line)
    words = _own_words(line[: claim.start()] if claim else line)
    blockers = lx.CONTRAST_TERMS | lx.LEAD_BLOCKERS | lx.NEGATIONS
    # "a few strong open-source models" counts some; "few open-source models" denies.
    return any(w in blockers and not (w == "few" and k and words[k - 1] == "a") for k, w in enumerate(words))


def _turned_title(title: str) -> bool:
    """A title or lead-in line that names its class only to turn from it (see _turned_heading)."""
    from linter import lexicon as lx

    blockers = lx.CONTRAST_TERMS | lx.LEAD_BLOCKERS | lx.NEGATIONS | lx.TURNING_WORDS
    # "Open-source alternatives to ChatGPT" names the class its list is of; "Closed alternatives
    # to open-source models" turns from it.
    title = _CLAIMED_SUBSTITUTE.sub(" ", title)
    # "Open-source reasoning models compared": a participle after the class compares its
    # members; "Compared with open-source models" turns from the class.
    title = _COMPARED_AFTER.sub(r"\1", title)
    return title.endswith("?") or bool(set(_own_words(title)) & blockers)


_COMPARED_AFTER = re.compile(r"(\bopen[\s-]*(?:source|weights?)\b.*?)\bcompared\s*$", re.IGNORECASE)

_CLAIMED_SUBSTITUTE = re.compile(
    r"\bopen[\s-]*(?:source|weights?)\s+(?:alternatives?|rivals?|competitors?|replacements?)\b", re.IGNORECASE
)


def _item_apart(text: str) -> bool:
    """A list item or label paragraph that sets its model apart from the class a lead-in names:
    "**GPT-4o** — the closed baseline", "- Llama 3 — only open weights, though"."""
    from linter import lexicon as lx

    return bool(set(_own_words(text)) & (lx.NEGATIONS | lx.ITEM_APART))


def _sets_apart(rest: str) -> bool:
    """A subheading's words after its model set it apart from the list: "(baseline)", "(not open
    source)", "— closed, but worth a look", "is not on this list"."""
    from linter import lexicon as lx

    words = set(_own_words(rest))
    return bool(
        words & (lx.NEGATIONS | lx.CONTRAST_TERMS | lx.COPULAS | {"baseline", "reference", "comparison"})
    )


_HEADING_SUBJECT_MAX = 60  # characters: "### Llama 2", "# DeepSeek-V3 Weight File Documentation"


def _section_subject(doc: ProseDocument, block: Block, vocab: Vocabulary) -> Mention | None:
    """The model a heading opens with, if it is a short one."""
    from linter.mentions import CONTEXT_REACH, find_mentions

    title = doc.prose[block.start : block.end]
    if len(title.strip()) > _HEADING_SUBJECT_MAX:
        return None
    # A short name that needs its developer nearby finds it in the section below ("### Falcon"
    # over "Open-source LLM by TII.").
    found = find_mentions(title, vocab, nearby=lambda: doc.prose[block.end : block.end + CONTEXT_REACH])
    if not found or found[0].possessive or not _opens_with(title, found[0], " #*[_`"):
        return None  # the heading must open with the name (after a rank: "## 2. Llama 3")
    if _names_software(title[found[0].end :]):
        return None  # "## Llama 3 integration" is about the integration
    return shift_mention(found[0], block.start)


_ORDINAL = re.compile(r"^(?:#?\d{1,3}[.):]?|no\.\s*\d{1,3})$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z'’-]+")
# What joins two listed names, past the status a list fix writes in brackets after the first.
_LISTED = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&|/)\s*)", re.IGNORECASE)


def _opens_with(title: str, mention: Mention, marks: str) -> bool:
    """``title`` opens with ``mention``, past the markup ``marks`` and a rank ("## 2. Llama 3")."""
    return not _ORDINAL.sub("", title[: mention.start].strip(marks))


def _words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, hyphens and apostrophes kept inside them."""
    return [w.lower() for w in _WORD.findall(text)]


def _own_words(text: str) -> list[str]:
    """The words of ``text`` but its claims and what a fix writes in a claim's place."""
    return _words(_without_claims(text))


def _without_claims(text: str) -> str:
    """``text`` without its claims and what a fix writes in a claim's place ("proprietary",
    "released with open weights", a list fix's "(open weights)" after a name), with the article
    before them ("an open-source model" becomes "a proprietary model"): whether an item sets
    itself apart from its lead-in, a line reads as a title or a heading names software must not
    change when a fix rewrites a claim in it."""
    spans = [m.span() for m in _claim_words().finditer(text)]
    if not spans and not _FIX_WORD_HINT.search(text):
        return text
    for start, end in written_spans(text):
        if text[start - 2 : start] == " (" and text[end : end + 1] == ")":
            start, end = start - 2, end + 1  # an aside a list fix writes: " (proprietary)"
        spans.append((start, end))
    kept, pos = [], 0
    for start, end in sorted(spans):
        before = text[pos : max(pos, start)]
        kept.append(_ARTICLE_BEFORE.sub("", before) if start >= pos else before)
        pos = max(pos, end)
    return " ".join([*kept, text[pos:]])


@lru_cache(maxsize=1)
def _claim_words() -> re.Pattern[str]:
    """A claim word with the rest of its word ("open-sourced"; not the "-ish" of "open-source-ish",
    which a fix keeps) and the intensifier a claim takes in ("truly open-source"), as the shipped
    vocabulary spells them."""
    from linter.vocab import cached_vocabulary

    # Called as the configuration calls it for the shipped vocabulary: lru_cache keys on the
    # arguments as given, and cached_vocabulary() would hash and unpickle it a second time.
    intensifiers = "|".join(re.escape(w) for w in cached_vocabulary(None, ()).intensifiers)
    intensifier = rf"(?:(?:{intensifiers})[\s\-\u2010-\u2013]+)?"
    return re.compile(rf"{intensifier}(?:{PRESCAN.pattern})\w*", re.IGNORECASE)


# Every phrase a fix writes holds one of these: most texts need no look for them.
_FIX_WORD_HINT = re.compile(r"proprietary|source-available|releas|weights", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)


def _names_software(rest: str) -> bool:
    """The words after a heading's model name make it a modifier of a software noun (a claim, or
    what a fix writes, is none of them)."""
    from linter import lexicon as lx

    words = re.findall(r"[A-Za-z]+", _without_claims(rest).lower())[:3]
    return any(w in lx.SOFTWARE_NOUNS for w in words)


def shift_mention(mention: Mention, base: int) -> Mention:
    return replace(mention, start=mention.start + base, end=mention.end + base)


def block_mentions(
    text: str,
    starts: list[int],
    vocab: Vocabulary,
    subject: Mention | None = None,
    outside: tuple[str, str] = ("", ""),
) -> list[Mention]:
    """The model mentions in a segment's ``text`` whose blocks start at ``starts``, found block
    by block: a name never runs from one table cell or list item into the next. A short name
    that needs its developer nearby ("R1") finds it in the blocks around or in the page's or
    section's ``subject`` ("# DeepSeek-R1" over the paragraph), or in the document's text just
    ``outside`` the segment (before it, after it)."""
    from linter.mentions import CONTEXT_REACH, find_mentions

    bounds = [*starts[1:], len(text)]
    lead = subject.text if subject is not None else ""

    def around(start: int, end: int) -> str:
        before = outside[0] + text[:start]
        after = text[end:] + outside[1]
        return "\n".join((before[-CONTEXT_REACH:], after[:CONTEXT_REACH], lead))

    found: list[list[Mention]] = []
    unsure: list[list[Mention]] = []
    for start, end in zip(starts, bounds, strict=True):
        unsure.append([])
        found.append(
            find_mentions(text[start:end], vocab, nearby=partial(around, start, end), unsure_out=unsure[-1])
        )
    _lead_names_in_a_run(text, starts, found, unsure)
    return [shift_mention(m, start) for start, block in zip(starts, found, strict=True) for m in block]


# What follows a name that labels its item: a dash, a colon, a bracket, a cell's bar, or nothing.
_LABEL_END = re.compile(r"[\s*_]*(?:[—–:(|,]|-\s|$)")


def _labels(block: str, end: int) -> bool:
    """The name ending at ``end`` labels its block ("**Bark** — expressive", "Dia: two
    speakers"), rather than opening a sentence ("Bark at the moon")."""
    return _LABEL_END.match(block, end) is not None


def _lead_names_in_a_run(
    text: str, starts: list[int], found: list[list[Mention]], unsure: list[list[Mention]]
) -> None:
    """A short name that needs its developer nearby ("Bark", "Dia") is a model when it leads its
    block and the block before or after is led by a model: the items of one list ("1. **XTTS-v2**
    — ...", "2. **Bark** — ...") name the same kind of thing. Adds those to ``found``."""
    from linter.mentions import opens_block

    bounds = [*starts[1:], len(text)]

    def led(i: int) -> bool:
        return 0 <= i < len(found) and any(
            opens_block(text[starts[i] : bounds[i]], m.start) for m in found[i]
        )

    # Down the list, then up it: a run of such items takes from a sure name at either end
    # ("Bark" after a sure name, then "Dia" after "Bark"), in two passes, not one per item.
    for order in (range(len(unsure)), range(len(unsure) - 1, -1, -1)):
        for i in order:
            block = text[starts[i] : bounds[i]]
            names = unsure[i]
            lead = next((m for m in names if opens_block(block, m.start) and _labels(block, m.end)), None)
            if lead is not None and (led(i - 1) or led(i + 1)):
                found[i] = sorted([*found[i], lead], key=lambda m: m.start)
                names.remove(lead)


def segment_mentions(segment: Segment, prose: str, vocab: Vocabulary) -> list[Mention]:
    """The model mentions of ``segment`` (see :func:`block_mentions`), with the document's
    ``prose`` around it as the context a short name may find its developer in."""
    from linter.mentions import CONTEXT_REACH

    end = segment.base + len(segment.text)
    outside = (prose[max(0, segment.base - CONTEXT_REACH) : segment.base], prose[end : end + CONTEXT_REACH])
    starts = segment.user_data["ow_block_starts"]
    return block_mentions(segment.text, starts, vocab, segment.user_data.get("ow_subject"), outside)


def names_reach(segment: Segment, mentions: list[Mention]) -> bool:
    """Whether any claim of ``segment`` can be about a model, its ``mentions`` (from
    :func:`block_mentions`) known: every model an attachment names is one of them or a mention
    the segment carries in its ``user_data`` (the subject of its section or page, the models a
    heading's subsections open with), so a segment with neither has no finding."""
    return bool(mentions) or _carries_mention(segment.user_data)


def _carries_mention(value: object) -> bool:
    if isinstance(value, Mention):
        return True
    if isinstance(value, dict):
        return any(_carries_mention(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(_carries_mention(v) for v in value)
    return False


def document_subject(doc: ProseDocument, vocab: Vocabulary) -> Mention | None:
    """The model a page is about, named in its front matter, title or first heading."""
    from linter.mentions import find_mentions

    if doc.subject is None:
        return None
    start, end = doc.subject
    title = doc.text[start:end]
    # Measured without its claims and what a fix writes in their place: a fix must not move a
    # title across the limit (fuzz seed 814).
    if len(title) > _TITLE_MAX and len(_without_claims(title)) > _TITLE_MAX:
        return None  # a "title" of paragraphs (a file on one line) names no single subject
    found = find_mentions(title, vocab)
    if not found or _names_software(title[found[0].end :]):
        return None  # "Llama 3 integration guide": the page is about the integration
    listed = len(found) > 1 and _LISTED.fullmatch(title[found[0].end : found[1].start])
    if len({m.entry_id for m in found}) > 1 and (not _opens_with(title, found[0], " #*[_`\"'“‘") or listed):
        # "Models such as X and Y are ...", "X and Y ...": several models, none the page's
        # subject. So too where a list fix dropped a claim that opened the title ("Open-source X
        # and Y ..." -> "X (open weights) and Y (proprietary) ...").
        return None
    return shift_mention(found[0], start)


def _block_index(blocks: list[Block], starts: list[int], offset: int) -> int:
    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < blocks[i].end else -1


def _regions(doc: ProseDocument, candidates: list[int]) -> list[tuple[list[Block], int]]:
    """The blocks each claim is read in: its own, its table row, or the list it introduces.

    Each region comes with the index of its first own block: the blocks before it are context.
    """
    blocks = doc.blocks
    starts = [b.start for b in blocks]
    chosen: set[int] = set()
    rows: dict[tuple[int, int], list[int]] | None = None  # the cells of each table row, built once
    # Whether a block refers back, once per block, not once per claim in it: a huge block (a
    # 10,000-deep nesting read as plain text) holds thousands of claims.
    refers: dict[int, bool] = {}
    legends: dict[int, list[int]] = {}  # the same, for the table or list a block's legend marks
    for offset in candidates:
        i = _block_index(blocks, starts, offset)
        if i < 0:
            continue
        block = blocks[i]
        chosen.add(i)
        if (
            block.kind in ("heading", "paragraph", "blockquote")
            and i + 1 < len(blocks)
            and blocks[i + 1].kind in ("paragraph", "blockquote")
        ):
            # The next paragraph may name the model a headline or sentence leaves unnamed, or
            # answer a quoted claim ("> X is open source" over "No it's not").
            chosen.add(i + 1)
        if (
            block.kind in _PARAGRAPHS
            and i > 0
            and (blocks[i - 1].kind in _PARAGRAPHS or blocks[i - 1].kind in ("heading", "blockquote"))
            and (refers[i] if i in refers else refers.setdefault(i, _refers_back(doc, block)))
        ):
            # "It is open source ...", "The model is open source ...": the paragraph, heading or
            # quote (a reply's "it") before names what the reference stands for (read with it,
            # claim or not).
            chosen.add(i - 1)
            # A paragraph with no words of prose (a bare link, masked) stands between nothing:
            # the paragraph before it is the one the reference reads back to.
            j = i - 1
            while j > 0 and i - j <= 2 and not doc.prose[blocks[j].start : blocks[j].end].strip():
                j -= 1
                chosen.add(j)
        if block.kind == "table_cell":
            if rows is None:
                rows = {}
                for j, b in enumerate(blocks):
                    if b.kind == "table_cell":
                        rows.setdefault((b.group, b.row), []).append(j)
            if block.row == 0:
                # A claim in a header speaks of the rows below: read the table (its first rows).
                for row in range(_HEADER_ROWS + 1):
                    chosen.update(rows.get((block.group, row), ()))
            else:
                row = rows[(block.group, block.row)]
                chosen.update(row)
                # The header row names what the columns hold: in a table whose models head the
                # columns ("| | Mistral Large 2 | GPT-4o |"), a value cell's model.
                chosen.update(rows.get((block.group, 0), ()))
                if row and row[0] == i:
                    # A row header ("| Open source | Yes | No |") speaks of the models the
                    # column headers name; the rows between are read too, so that the header
                    # row and this one stand in one region (a few rows at most).
                    for above in range(0 if block.row <= _ROWS_BETWEEN else block.row, block.row):
                        chosen.update(rows.get((block.group, above), ()))
                    chosen.update(rows.get((block.group, 0), ()))
        if _is_lead_in(doc, i):
            items = _introduced_items(doc, i)
            chosen.update(items)
            if items and items[0] == i + 2:
                chosen.add(i + 1)  # the note or label that bridges the lead-in and its list
        if i not in legends:
            legends[i] = _legend_of(doc, i)
        chosen.update(legends[i])  # "† denotes open-source models." by its table
        chosen.update(_recapped(doc, i))  # "All of the above are open source" after a table
        chosen.update(_card_around(doc, i))  # "- **Model:** X" over "- **Open source:** yes"
        if block.kind == "list_item":
            above = _lead_in_above(doc, i) or _label_heading_above(doc, i)
            chosen.update(above)
            if above and above.start > 0 and _attribute_label(doc, above.start):
                # "**Highlights:**", "### Key features" name no model: the paragraph before them
                # says whose they are.
                chosen.add(above.start - 1)
            if (parent := _parent_item(blocks, i)) != -1:
                chosen.add(parent)  # "- **Llama 3**" over "  - Open source: yes"
            # "- Open-source models" over "  - Llama 3": the items nested under it.
            j = i + 1
            while (
                j < len(blocks)
                and j - i <= 40
                and blocks[j].kind == "list_item"
                and blocks[j].level > block.level
            ):
                chosen.add(j)
                j += 1
    regions: list[tuple[list[Block], int]] = []
    run: list[int] = []
    for i in sorted(chosen):
        block = blocks[i]
        if block.end - block.start > _WINDOW * 4:
            # A huge block (a 5 MB single line): read a window around each claim in it.
            regions.extend(_split(blocks, run))
            run = []
            regions.extend(([w], 0) for w in _windows(doc, block, candidates))
            continue
        if run and i != run[-1] + 1:
            regions.extend(_split(blocks, run))
            run = []
        run.append(i)
    regions.extend(_split(blocks, run))
    return regions


# The pipeline's cost grows faster than the length of what it reads (setting a sentence start
# scans the doc), so a run of adjacent claim-bearing blocks (a list of 20,000 claims) is read in
# pieces of about this many characters, each after a little context from the piece before. No
# run in the documentation corpora comes near it; only generated or pathological files do.
_SEGMENT_MAX = 3_000
_CONTEXT_MAX = 600  # characters of the blocks before a piece, read as its context
_CONTEXT_BLOCKS = 4


def _split(blocks: list[Block], run: list[int]) -> list[tuple[list[Block], int]]:
    """A run of adjacent block indices as regions of bounded length, each with its context."""
    if not run:
        return []
    pieces: list[list[int]] = [[]]
    length = 0
    for i in run:
        size = blocks[i].end - blocks[i].start
        if pieces[-1] and length + size > _SEGMENT_MAX:
            pieces.append([])
            length = 0
        pieces[-1].append(i)
        length += size
    out = [([blocks[i] for i in pieces[0]], 0)]
    for previous, piece in itertools.pairwise(pieces):
        context: list[int] = []
        for i in reversed(previous[-_CONTEXT_BLOCKS:]):
            if blocks[piece[0]].start - blocks[i].start > _CONTEXT_MAX:
                break
            context.insert(0, i)
        out.append(([blocks[i] for i in (*context, *piece)], len(context)))
    return out


# A run of 200 characters without a space is no word of prose (a hash, base64, 10,000 '>'), and
# spaCy's affix rules take quadratic time on one: blank it before tokenising.
_LONG_RUN_MIN = 200
_LONG_RUN = re.compile(rf"\S{{{_LONG_RUN_MIN},}}")
_WINDOW = 2_000  # characters read on each side of a claim inside a huge block
_TITLE_MAX = 200  # characters: longer than any title
_HEADER_ROWS = 60  # rows of a table that a claim in its header is read with


def _windows(doc: ProseDocument, block: Block, candidates: list[int]) -> list[Block]:
    out: list[Block] = []
    first = bisect.bisect_left(candidates, block.start)  # the candidates are in order
    last = bisect.bisect_left(candidates, block.end)
    for offset in candidates[first:last]:
        if out and offset < out[-1].end:
            continue
        start = max(block.start, offset - _WINDOW)
        end = min(block.end, offset + _WINDOW)
        # Start and end on spaces so no word is cut in two.
        # A longer "word" is blanked as a long run anyway, so the walk stops after that many.
        floor, ceiling = max(block.start, start - _LONG_RUN_MIN), min(block.end, end + _LONG_RUN_MIN)
        while start > floor and not doc.prose[start - 1].isspace():
            start -= 1
        while end < ceiling and not doc.prose[end].isspace():
            end += 1
        out.append(replace(block, start=start, end=end))
    return out


# A reference to a model named before: "it", "they", "the model" ... (what the attachment rules
# resolve against the sentences before), and where a sentence ends, a glued stop included.
_REFERENCE = re.compile(
    # (and "the" past a few premodifiers: "The new open-source model")
    r"\b(?:it|they|these|both|(?:the|this|these|both|all)\s+(?:new\s+|two\s+|three\s+)?(?:model|models|llm|llms|release)"
    r"|the\s+(?:[\w-]+\s+){1,3}?(?:model|llm|release))\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|(?<=[a-z])[.!?](?=[A-Z][a-z])")
_REACH_BACK = 2  # sentences the attachment rules look back for what "it" stands for


_PARAGRAPHS = ("paragraph", "text")  # a plain-text reader's blocks are paragraphs too


def _refers_back(doc: ProseDocument, block: Block) -> bool:
    """A reference in the paragraph's first sentences ("It is open source", "> It is", "And
    they are") may stand for a model the paragraph before names: that one is read with it,
    whether or not it holds a claim, so fixing its claims cannot change what the reference is."""
    end = block.start
    for _ in range(_REACH_BACK):
        stop = _SENTENCE_END.search(doc.prose, end, block.end)
        end = stop.end() if stop else block.end
    return _REFERENCE.search(doc.prose, block.start, end) is not None


def _is_lead_in(doc: ProseDocument, i: int) -> bool:
    """A heading, a line ending in ':', or a one-line title right above a list introduces what
    follows ("Top open-source models" over a list of models)."""
    block = doc.blocks[i]
    if block.kind == "heading":
        return True
    prose = doc.prose[block.start : block.end].strip()
    if prose.endswith(":"):
        return not _turns_after_claim(prose)
    if _lists_below(doc, i):
        return True
    if i + 1 < len(doc.blocks) and doc.blocks[i + 1].kind == "list_item" and _asks_which(prose):
        return True  # "**Which models are open source?**" over the list that answers it
    below = i + 1 < len(doc.blocks) and doc.blocks[i + 1].kind in ("list_item", "table_cell")
    if below and _points_below(prose):
        return True  # "The open-source models we tested are listed below." over the list
    if block.kind not in _PARAGRAPHS or i + 1 >= len(doc.blocks):
        return False
    following = doc.blocks[i + 1]
    if (
        following.kind == "list_item"
        and _class_sentence(prose)
        and (_reads_as_title(doc.prose[following.start : following.end]) or _bold_led(doc, following))
    ) or (following.kind == "table_cell" and _class_sentence(prose) and not _legend().search(prose)):
        # "We support many popular open-source models." over a list of names, or of statements
        # that each lead with a name in bold ("- **Llama 3** did best on code."): the names are
        # the class's members. Not over plain statements ("- GPT-4 was the baseline."), nor a
        # table a caption heads.
        return True
    if "\n" in prose or prose[-1:] in "!?":
        return False
    if prose.endswith(".") and not _caption(prose[:-1]):
        return False
    following = doc.blocks[i + 1]
    # One blank line may part them, as Markdown needs before a list. Without a colon the line
    # must read as a title: no verb ("Why we moved away from open-source LLMs" is a sentence).
    # A title introduces a list or a table; a caption with a full stop only a list (under
    # "Table 2. Pass@1. † denotes open-source models." the rows are not all of that class).
    table = following.kind == "table_cell" and not prose.endswith(".")
    # A short note may stand between the title and its list ("These are the ones we use.").
    bridged = (
        following.kind == "paragraph"
        and i + 2 < len(doc.blocks)
        and doc.blocks[i + 2].kind == "list_item"
        and _bridges(doc, i + 1)
    )
    return (
        (following.kind == "list_item" or table or bridged)
        and doc.text.count("\n", block.end, following.start) <= 2
        and _reads_as_title(prose)
    )


# A sentence that points at what follows it: "... listed below.", "The following table lists ...".
_BELOW = re.compile(r"\b(?:below|the following|as follows)\b", re.IGNORECASE)


_CLASS_SENTENCE_MAX = 30  # words


def _turns_after_claim(prose: str) -> bool:
    """A lead-in whose last sentence, without a claim of its own, turns from the class a sentence
    before it named: "We run open-source LLMs. Hosted models also work:", "... But not these:".
    Its list is of the other kind."""
    from linter import lexicon as lx

    last = _last_sentence(prose)
    if len(last) == len(prose) or _claim_words().search(last) is not None:
        return False
    return bool(set(_own_words(last)) & (lx.NEGATIONS | lx.CONTRAST_TERMS | lx.SET_APART))


def _last_sentence(prose: str) -> str:
    """The last sentence of a paragraph's text."""
    ends = [m.end() for m in _SENTENCE_END.finditer(prose, 0, max(len(prose) - 1, 0))]
    return prose[ends[-1] if ends else 0 :]


def _class_claim(prose: str, turning: frozenset[str]) -> str:
    """The paragraph's last sentence when a claim in it heads a plural model noun (a class) and
    nothing turns it from the class: no word of ``turning`` (an author's "proprietary" counts, as
    a fix's cannot be told from it, see _caption) and no turn before the claim; "" otherwise."""
    from linter import lexicon as lx

    last = _last_sentence(prose)
    claim = _claim_words().search(last)
    words = set(_words(last))
    if claim is None and len(words) <= _GOES_ON_MAX and not words & (turning | lx.NEGATIONS):
        # "Open-source models are the way to go. Here are my favourites", "... Each comes with
        # a note.": a short last sentence that goes on with the class the one before names.
        before = _last_sentence(prose[: len(prose) - len(last)].rstrip())
        if (claim := _claim_words().search(before)) is not None:
            last = f"{before} {last}"
    if claim is None or turned_lead(last) or set(_words(last)) & turning:
        return ""
    return last if _plural_class(last, claim.end()) else ""


_GOES_ON_MAX = 8  # words of a last sentence that only goes on with the class before it


def _class_sentence(prose: str) -> bool:
    """The paragraph's last sentence is about a class of models, with no turn from it: "You can
    run open-source LLMs with this tool.", not "Open-source models lag behind these:"."""
    from linter import lexicon as lx

    last = _class_claim(prose, lx.CONTRAST_TERMS | lx.TURNING_WORDS | lx.SET_APART | {"why", "how"})
    return bool(last) and len(_words(last)) <= _CLASS_SENTENCE_MAX


def _plural_class(sentence: str, end: int) -> bool:
    """The claim ending at ``end`` heads a plural model noun ("open-source LLMs", "open-source
    AI models"): a class, not one model."""
    from linter import lexicon as lx

    after = _words(sentence[end:])[:4]
    return next((w for w in after if w in lx.MODEL_NOUNS), "").endswith("s")


def _lists_below(doc: ProseDocument, i: int) -> bool:
    """A paragraph whose last sentence names a class to list, right above headings or bold-label
    paragraphs: "In this post we compare the best open-source LLMs you can run at home." over
    "## Llama 3", "## Mistral 7B"; the sections below are its members."""
    from linter import lexicon as lx

    blocks = doc.blocks
    block = blocks[i]
    if block.kind != "paragraph" or i + 1 >= len(blocks):
        return False
    if blocks[i + 1].kind != "heading" and not _label_paragraph(doc, i + 1):
        return False
    # "... compare the best open-source LLMs with the closed ones", "... against two APIs": the
    # sections below may be the other side.
    turning = lx.CONTRAST_TERMS | lx.COMPARISON | lx.SET_APART
    last = _class_claim(doc.prose[block.start : block.end].strip(), turning)
    if not last:
        return False
    words = _own_words(last)
    # "... compare the best open-source LLMs with the closed ones", "We tested the top open-source
    # LLMs against two APIs": the sections below may be the other side.
    measured = {"compare", "compared", "comparing", "pit", "pitted"} | lx.STUDY_VERBS
    if {"with", "against"} & set(words) and measured & set(words):
        return False
    return any(w in lx.LISTING_WORDS or w.isdigit() or (w.endswith("est") and len(w) > 4) for w in words)


def _points_below(prose: str) -> bool:
    """A short paragraph, not turned, that points at the list or table right after it."""
    from linter import lexicon as lx

    # The cheap tests first: every item of a list is asked this, and most point nowhere.
    if not prose.endswith((".", ":")) or _BELOW.search(prose) is None:
        return False
    words = _own_words(prose)  # a claim or a fix's words ("proprietary") turn nothing
    turned = set(words) & (lx.CONTRAST_TERMS | lx.LEAD_BLOCKERS | lx.NEGATIONS)
    return len(words) <= 30 and not turned


_ITEM_MARKER = re.compile(r"[ \t>]*(?:[-*+]|\d{1,3}[.)])[ \t]+")


def _bold_led(doc: ProseDocument, item: Block) -> bool:
    """A list item that opens with a bold run, as a listicle's entries do: "- **Llama 3** ..."."""
    marker = _ITEM_MARKER.match(doc.text, item.start, item.end)
    return _BOLD_TITLE.match(doc.text, marker.end() if marker else item.start) is not None


def _asks_which(line: str) -> bool:
    """A one-line question asking for instances: "Which models are open source?"."""
    words = _words(line)
    # (Not "Which of these models is open source?": the list holds the candidates.)
    asks = words[:1] in (["which"], ["what"]) and words[1:2] != ["of"]
    return asks and "\n" not in line and line.endswith("?")


def _caption(line: str, limit: int = 12) -> bool:
    """A short line with a full stop that still reads as a caption, not a sentence: a noun
    phrase without a pronoun subject ("Fine-tuning recipes for open-source models.", not "We
    tried open-source models.")."""
    from linter import lexicon as lx

    # Claims and a fix's words are no words to count. An author's "proprietary" still turns a
    # line from the class ("Fine-tuning proprietary and open-source models."), and a fix's cannot
    # be told from it: a caption whose own claim a fix makes "proprietary" is a caption no more.
    turned = set(_words(line)) & (lx.PERSONAL_PRONOUNS | lx.CONTRAST_TERMS | lx.LEAD_BLOCKERS | lx.NEGATIONS)
    return len(_own_words(line)) <= limit and not turned and _reads_as_title(line)


def _reads_as_title(line: str) -> bool:
    from linter import lexicon as lx

    words = _own_words(line)
    clause = (
        lx.COPULAS
        | lx.NEGATIONS
        | lx.LEAD_BLOCKERS
        | {"do", "does", "did", "has", "have", "had", "why", "so"}
    )
    return not any(w in clause or (w in lx.BREAKERS and w.isalpha() and len(w) > 3) for w in words)


def _title_line(doc: ProseDocument, block: Block) -> bool:
    """A paragraph that reads as a title: one short line without a closing full stop ("Whisper by
    OpenAI: Open-Source Transcription That Finally Works" over the article)."""
    if block.kind != "paragraph":
        return False
    line = doc.prose[block.start : block.end].strip()
    short = 0 < _length(line) <= _TITLE_LINE_MAX
    return short and "\n" not in line and line[-1] not in ".!?:;,"


def _length(line: str) -> int:
    """The characters of ``line``, its claims and what a fix writes counting as none, and a run
    of spaces as one: a fix never makes a line long or short."""
    return len(" ".join(_without_claims(line).split()))


_TITLE_LINE_MAX = 100


def _list_start(doc: ProseDocument, i: int, limit: int) -> int:
    """The first item of the list holding item ``i`` (at most ``limit`` items back)."""
    blocks = doc.blocks
    j = i
    while j > 0 and i - j < limit and blocks[j - 1].group == blocks[i].group:
        j -= 1
    return j


def _lead_in_above(doc: ProseDocument, i: int, limit: int = 40) -> range:
    """The lead-in ("X has the following features:") that introduces the list holding item
    ``i``, with the items between them; empty when the list has no lead-in or it is far away."""
    j = _list_start(doc, i, limit)
    if j == 0 or i - j >= limit or doc.blocks[j - 1].kind != "paragraph" or not _is_lead_in(doc, j - 1):
        return range(0)
    return range(j - 1, i)


def _label_heading_above(doc: ProseDocument, i: int, limit: int = 40) -> range:
    """The heading of attributes ("### Key features") right over the list holding item ``i``,
    with the items between them; empty when there is none."""
    j = _list_start(doc, i, limit)
    if j == 0 or doc.blocks[j - 1].kind != "heading" or not _attribute_label(doc, j - 1):
        return range(0)
    return range(j - 1, i)


def _attribute_label(doc: ProseDocument, i: int) -> bool:
    """Block ``i`` is only a label of attributes ("**Key characteristics:**", "Highlights:")."""
    from linter import lexicon as lx

    block = doc.blocks[i]
    if block.end - block.start > _LABEL_MAX:
        return False
    words = _words(doc.prose[block.start : block.end])
    return bool(words) and len(words) <= 3 and all(w in lx.ATTRIBUTE_LABELS for w in words)


_LABEL_MAX = 80  # characters: a label is a few words, in any markup


def _bridges(doc: ProseDocument, i: int) -> bool:
    """Block ``i`` is a short note between a heading and its list ("## Popular open-source
    LLMs", a byline, "These run locally:" or two short sentences, then the list): the heading
    still introduces the list. A note that turns to other models ("Closed ones follow:") does
    not bridge."""
    from linter import lexicon as lx

    block = doc.blocks[i]
    # (Under a title line too: "Top 5 open-source LLMs for chatbots" as a page's first line.)
    above = doc.blocks[i - 1] if i > 0 else None
    kind = "paragraph" if _summary(doc, block) else block.kind  # "<summary>Show all</summary>"
    if kind != "paragraph" or above is None or not (above.kind == "heading" or _title_line(doc, above)):
        return False
    line = doc.prose[block.start : block.end].strip()
    words = set(_own_words(line))
    # Nor one that denies or sets apart ("None of these qualify:", "..., but they are not open
    # source:", "Instead we pay for these:").
    turned = lx.CONTRAST_TERMS | lx.NEGATIONS | lx.LEAD_BLOCKERS | lx.SET_APART | {"instead"}
    return 0 < _length(line) <= _BRIDGE_MAX and not words & turned


def _summary(doc: ProseDocument, block: Block) -> bool:
    """The block is the <summary> of a collapsed section, which the HTML reader reads as a
    heading: a label over what the section holds, not a heading of its own."""
    before = doc.text[max(0, block.start - 64) : block.start]  # a bounded look back, not the text so far
    return block.kind == "heading" and before.rstrip().lower().endswith("<summary>")


def _label_between(doc: ProseDocument, i: int) -> bool:
    """Block ``i`` is a short label between a lead-in ending in ":" and its list, as a collapsed
    section's summary ("Show all", "Models (12)"; the HTML reader reads a <summary> as a
    heading): a few words, no sentence, no colon."""
    from linter import lexicon as lx

    block = doc.blocks[i]
    line = doc.prose[block.start : block.end].strip()
    # A short heading too: "A chat UI for these open source models:" over "### Tested with".
    heading = block.kind == "heading" and len(line.split()) <= 3
    labelled = block.kind == "paragraph" or _summary(doc, block) or heading
    if not labelled or not line or len(line) > 40 or line[-1] in ".:;!?":
        return False
    # Not a label of its own class ("Closed models", "Hosted"), which starts something else.
    turned = lx.CONTRAST_TERMS | lx.NEGATIONS | lx.LEAD_BLOCKERS | lx.SET_APART | lx.MODEL_NOUNS
    if set(_own_words(line)) & turned:
        return False
    following = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
    return following is not None and following.kind in ("list_item", "table_cell")


_BRIDGE_MAX = 200  # characters of a note between a title and its list: a line, or two short sentences


_FIELD_LINE = re.compile(r"\W*[A-Za-z][\w ]{0,30}?\W*:\W*\S")


_ROWS_BETWEEN = 12  # rows a row header may stand below the header row and still reach it


def _card_around(doc: ProseDocument, i: int, limit: int = 8) -> list[int]:
    """The field lines ("Model: X", "Context: 8K") right above and below a field line, blocks of
    their own in a list or paragraphs: one card, whose name line (above, or else below: "Model
    type: open-source LLM" over "Model name: X") tells what its other lines describe."""
    if not _FIELD_LINE.match(doc.prose, doc.blocks[i].start):
        return []
    out = []
    for step in (-1, 1):
        for j in range(i + step, i + step * (limit + 1), step):
            if not 0 <= j < len(doc.blocks):
                break
            block = doc.blocks[j]
            line = doc.prose[block.start : block.end]
            one_line = "\n" not in line.strip()
            if block.kind not in ("list_item", "paragraph") or not one_line or not _FIELD_LINE.match(line):
                break
            out.append(j)
    return out


def _parent_item(blocks: list[Block], i: int, limit: int = 40) -> int:
    """The list item a nested item hangs under, or -1."""
    level = blocks[i].level
    for j in range(i - 1, max(i - limit, -1), -1):
        if blocks[j].kind != "list_item":
            return -1
        if blocks[j].level < level:
            return j
    return -1


_LEGEND_ROWS = 200  # blocks: the cells of a long table


@lru_cache(maxsize=1)
def _legend() -> re.Pattern[str]:
    """A legend: a mark and what it denotes ("† denotes open-source models", "* = open weights"),
    from the lexicon's lists. The mark comes first and the character before it is tested behind
    it (nothing, or a space or a stop): a pattern that opens with a choice is tried at every
    character of a block."""
    from linter import lexicon as lx

    marks = "".join(sorted(re.escape(m) for m in lx.LEGEND_MARKS))
    verbs = "|".join(re.escape(v) for v in sorted(lx.LEGEND_VERBS, key=lambda v: (-len(v), v)))
    return re.compile(rf"([{marks}])(?<![^\s.:;(][{marks}])\s*(?:{verbs})\s")


def _legend_of(doc: ProseDocument, i: int) -> list[int]:
    """The table or list right after (or else right before) block ``i`` when the block holds a
    legend, so that the marked names are read with it; empty otherwise."""
    blocks = doc.blocks
    if blocks[i].kind not in _PARAGRAPHS or not _legend().search(doc.prose[blocks[i].start : blocks[i].end]):
        return []
    for j, step in ((i + 1, 1), (i - 1, -1)):
        if 0 <= j < len(blocks) and blocks[j].kind in ("table_cell", "list_item"):
            group = blocks[j].group
            out = []
            while 0 <= j < len(blocks) and blocks[j].group == group and len(out) < _LEGEND_ROWS:
                out.append(j)
                j += step
            return out
    return []


def _colon_line(doc: ProseDocument, block: Block) -> bool:
    """A paragraph ending in ":" ("The models we tested:"), which introduces what follows it."""
    return block.kind == "paragraph" and doc.prose[block.start : block.end].rstrip().endswith(":")


def _introduced_items(doc: ProseDocument, i: int, limit: int = 40) -> list[int]:
    """The list items (or table rows) that a heading or a lead-in ending in ':' introduces."""
    blocks = doc.blocks
    j = i + 1
    if (
        j + 1 < len(blocks)
        and (blocks[i].kind == "heading" or _title_line(doc, blocks[i]))
        and _bridges(doc, j)
    ):
        j += 1
    elif j + 1 < len(blocks) and _colon_line(doc, blocks[i]) and _label_between(doc, j):
        j += 1  # "Open-source models we ship:" over "<summary>Show list</summary>" over the list
    if j >= len(blocks):
        return []
    first = blocks[j]
    colon = _colon_line(doc, blocks[i]) or _lists_below(doc, i)
    if (blocks[i].kind == "heading" or colon) and _label_paragraph(doc, j):
        out = []
        while j < len(blocks) and j - i <= limit and _label_paragraph(doc, j):
            out.append(j)  # "## Top open-source models" (or "... we tested:") over "**Llama 3** — ..."
            j += 1
        return out
    if first.kind not in ("list_item", "table_cell"):
        return []
    out = []
    while j < len(blocks) and j - i <= limit:
        nested = blocks[j].kind == "list_item" and first.kind == "list_item" and blocks[j].level > first.level
        # "* Llama 3" ⏎ "  * good at chat" ⏎ "* Mistral 7B": the list goes on past its sub-items.
        if blocks[j].group != first.group and not nested:
            break
        out.append(j)
        j += 1
        if (j >= len(blocks) or blocks[j].group != first.group) and (more := _numbering_goes_on(doc, j - 1)):
            # "1. Llama 3" ⏎ "Meta's flagship." ⏎ "2. Gemma 2": a numbered list that its items'
            # descriptions break is still one list.
            out.extend(range(j, more))
            j, first = more, blocks[more]
    return out


_ITEM_NUMBER = re.compile(r"[ \t>]*(\d{1,3})[.)][ \t]+")
_DESCRIPTIONS_MAX = 6  # paragraphs a numbered item's description may take before the next item


def _item_number(doc: ProseDocument, block: Block) -> int:
    """The number a list item is written with ("2. Gemma 2"), or -1."""
    if block.kind != "list_item":
        return -1
    line_start = doc.text.rfind("\n", 0, block.start) + 1  # the block may start at its marker
    number = _ITEM_NUMBER.match(doc.text, line_start, max(block.start, line_start + 8))
    return int(number.group(1)) if number else -1


def _numbering_goes_on(doc: ProseDocument, i: int) -> int:
    """The index of the list item that carries on the numbering of item ``i`` past the
    paragraphs after it ("1. X", a description, "2. Y"), or 0 when none does."""
    number = _item_number(doc, doc.blocks[i])
    if number == -1:
        return 0
    for k in range(i + 1, min(i + 1 + _DESCRIPTIONS_MAX, len(doc.blocks))):
        block = doc.blocks[k]
        if block.kind == "list_item":
            return k if _item_number(doc, block) == number + 1 else 0
        if block.kind != "paragraph":
            return 0
    return 0


# A paragraph's bold title ("**Model of the week: X.** ..."); followed by a dash or colon it is a
# label ("**Llama 3** — the safe default").
_BOLD_TITLE = re.compile(
    r"\s*(?:\*\*|__|<(?:strong|b)>)([^*_<\n]{1,120}?)(?:\*\*|__|</(?:strong|b)>)", re.IGNORECASE
)
_LABEL_END = re.compile(r"\s*(?:[—–:]|-\s)")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
_LABEL_MAX = 80
_GOES_ON = re.compile(r"[ \t]+[a-z]")


# A block that opens by pointing back at the list or table before it: "All of the above are
# open-source models", "> All models in this section are open source", "These are all ...",
# "All three are open source".
_RECAP = re.compile(
    r"\W*(?:(?:all|each|every\s+one|both|everything)\b[^.!?\n]{0,50}?\b(?:above|listed|here|of\s+them|"
    r"of\s+these|in\s+this\s+(?:section|table|list))\b|these\b|all\s+these\b|both\s+(?:are|were)\b|"
    r"all\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:are|were)\b|"
    r"they\s+(?:are|were)\s+all\b|they[’']re\s+all\b)",
    re.IGNORECASE,
)
_RECAP_MAX = 200  # blocks: the rows of a long table, each cell a block


def _recapped(doc: ProseDocument, i: int) -> range:
    """The list items or table cells right before block ``i`` when it opens by pointing back at
    them; empty otherwise."""
    blocks = doc.blocks
    block = blocks[i]
    if block.kind not in ("paragraph", "blockquote", "text") or i == 0:
        return range(0)
    before = blocks[i - 1]
    if before.kind not in ("list_item", "table_cell") or _RECAP.match(doc.prose, block.start) is None:
        return range(0)
    j = i - 1
    same = (before.kind, before.group)
    while j > 0 and i - j < _RECAP_MAX and (blocks[j - 1].kind, blocks[j - 1].group) == same:
        j -= 1
    return range(j, i)


def _label_paragraph(doc: ProseDocument, i: int) -> bool:
    """Block ``i`` is a paragraph that opens with a bold label, as the entries of a list written
    as paragraphs do; under a heading they are its items. So is a paragraph whose every sentence
    opens with a bold name ("**X** handles emotion. **Y** does dialogue."): a list run in."""
    block = doc.blocks[i]
    if block.kind != "paragraph":
        return False
    if _run_in_list(doc, i):
        return True
    if (title := _BOLD_TITLE.match(doc.text, block.start)) is None:
        return False
    run_in = title.group(1).rstrip().endswith((".", ":"))  # "**Llama 3.** Meta's flagship."
    labelled = run_in or _LABEL_END.match(doc.text, title.end()) is not None
    # An entry that goes on as a sentence about the bold name: "**StarCoder** is an impressive
    # model for ..." (a short name, then a lower-case word).
    told = len(title.group(1).split()) <= 4 and _GOES_ON.match(doc.text, title.end()) is not None
    return len(title.group(1)) <= _LABEL_MAX and (labelled or told)


def _run_in_list(doc: ProseDocument, i: int) -> bool:
    """Block ``i`` is a paragraph whose every line, or every sentence, opens with a bold name, or
    whose every line with a short label and a colon: a list without bullets ("**X** — fast⏎**Y**
    — small", "**X** handles emotion. **Y** does dialogue.", "chat: X⏎code: Y")."""
    block = doc.blocks[i]
    if block.kind != "paragraph":
        return False
    bold = _BOLD_TITLE.match(doc.text, block.start) is not None
    if not bold and not _LINE_LABEL.match(doc.text, block.start):
        return False  # (most paragraphs: not even the first part opens in bold or with a label)
    text = doc.text[block.start : block.end].strip()
    lines = text.splitlines()
    if not bold:
        return len(lines) >= 2 and all(_LINE_LABEL.match(line) for line in lines)
    for parts in (lines, _SENTENCE_BREAK.split(text)):
        if len(parts) >= 2 and all(_BOLD_TITLE.match(part) for part in parts):
            return True
    return False


# A line that opens with a short label and a colon ("chat: Llama 3.1 8B", "Code model: X").
_LINE_LABEL = re.compile(r"[ \t]*[A-Za-z][\w ./+&-]{0,30}?:[ \t]+\S")


_CELL_OPENING = re.compile(r"<t[dh][\s>]", re.IGNORECASE)
_CELL_OPENING_LENGTH = 4


_ROW_OPENING = re.compile("<[tT][rR]")


class _HtmlRows:
    """Where a "<tr" stands in a document's lower-cased text, and where its cells open: found
    once, on first use, not once per table cell (a 50 MB file holds thousands of cells)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None
        self._cells: list[int] | None = None

    def last_before(self, end: int) -> int:
        """What ``text.lower().rfind("<tr", 0, end)`` gives."""
        if self._starts is None:
            # Found in the text itself, not a lower-cased copy of 50 MB: only "T" and "R" lower
            # to "t" and "r", and only U+0130 lowers to two characters, one more offset each.
            dotted = [m.start() for m in re.finditer("\u0130", self._text)] if "\u0130" in self._text else []
            self._starts = [
                m.start() + bisect.bisect_left(dotted, m.start()) for m in _ROW_OPENING.finditer(self._text)
            ]
        k = bisect.bisect_right(self._starts, end - 3) - 1
        return self._starts[k] if k >= 0 else -1

    def cells_between(self, start: int, end: int) -> int:
        """What ``len(_CELL_OPENING.findall(text, start, end))`` gives (the openings never
        overlap, so those in the window are the document's that lie within it)."""
        if self._cells is None:
            self._cells = [m.start() for m in _CELL_OPENING.finditer(self._text)]
        first = bisect.bisect_left(self._cells, start)
        return max(0, bisect.bisect_right(self._cells, end - _CELL_OPENING_LENGTH) - first)


def _column(text: str, start: int, counted: int, html_rows: _HtmlRows) -> int:
    """The column of the table cell starting at ``start``, read from the source so that an empty
    cell before it (which no reader makes a block of) still counts: the pipes before it on a
    Markdown or grid-table line, or the cells opened since the row's <tr>. ``counted`` (cells
    with words before it in the row) stands when the source shows neither."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    row = html_rows.last_before(start)
    if row != -1 and (cells := html_rows.cells_between(row, start)):
        return max(cells - 1, counted)
    pipes = len(re.findall(r"(?<!\\)\|", before))
    if pipes:
        return pipes - 1 if before.lstrip().startswith("|") else pipes
    return counted


def _column_headers(
    doc: ProseDocument,
    blocks: list[Block],
    index: dict[int, int],
    columns: list[int | None],
    html_rows: _HtmlRows,
    headers: dict[int, dict[int, str]],
) -> dict[int, str]:
    """The header text of each body cell's column ("Notes", "Runtime"), lower-cased: whether a
    cell's words describe the row's model depends on it. The header row may lie outside the
    segment, so it is found in the document, once per table (``headers``, kept by the caller)."""
    out: dict[int, str] = {}
    for n, block in enumerate(blocks):
        position = index.get(id(block))
        if block.kind != "table_cell" or block.row == 0 or position is None or columns[n] is None:
            continue
        if block.group not in headers:
            j = position
            while j > 0 and doc.blocks[j - 1].group == block.group:
                j -= 1
            cells = [b for b in doc.blocks[j:position] if b.kind == "table_cell" and b.row == 0]
            headers[block.group] = {
                _column(doc.text, b.start, counted, html_rows): doc.prose[b.start : b.end].strip().lower()
                for counted, b in enumerate(cells)
            }
        out[n] = headers[block.group].get(columns[n], "")
    return out


def _user_data(
    doc: ProseDocument,
    blocks: list[Block],
    base: int,
    subject: Mention | None,
    index: dict[int, int],
    html_rows: _HtmlRows,
    headers: dict[int, dict[int, str]],
) -> dict:
    local = {id(b): n for n, b in enumerate(blocks)}
    lead_ins: dict[int, list[int]] = {}

    for n, block in enumerate(blocks):
        position = index.get(id(block))  # None for a window cut out of a huge block
        if block.kind == "list_item" and not (position is not None and _is_lead_in(doc, position)):
            # An item heads the items nested under it.
            nested = []
            for later in blocks[n + 1 :]:
                if later.kind != "list_item" or later.level <= block.level:
                    break
                if later.level == block.level + 1:
                    nested.append(local[id(later)])
            if nested:
                lead_ins[n] = nested
            continue
        turned = _turned_heading(doc, block)
        if position is not None and _is_lead_in(doc, position) and not turned:
            items = []
            header: bool | None = None  # whether a header row counts: read once, when met
            for m, later in enumerate(blocks[n + 1 :], n + 1):
                p = index.get(id(later))
                bridge = m == n + 1 and p is not None and _bridges(doc, p)
                bridge = bridge or (
                    m == n + 1 and p is not None and _colon_line(doc, block) and _label_between(doc, p)
                )
                # Under a heading, or a line ending in ":" ("The models we tested:" over "**X**: ...").
                colon = _colon_line(doc, block) or (position is not None and _lists_below(doc, position))
                labelled = (block.kind == "heading" or colon) and p is not None and _label_paragraph(doc, p)
                if labelled and (not items or blocks[items[-1]].kind == "paragraph"):
                    items.append(local[id(later)])  # "**Llama 3** — ..." paragraphs under a heading
                    continue
                numbered = (
                    later.kind == "paragraph"
                    and items
                    and blocks[items[-1]].kind == "list_item"
                    and (q := index.get(id(blocks[items[-1]]))) is not None
                    and _item_number(doc, doc.blocks[q]) != -1
                )
                described = numbered and m == items[-1] + 1
                if described and _item_apart(doc.prose[later.start : later.end]):
                    items.pop()  # its description sets it apart: "Not open source, for comparison."
                if numbered and (more := _numbering_goes_on(doc, q)) and id(doc.blocks[more]) in local:
                    continue  # an item's description, before the next numbered item
                if (later.kind == "heading" or later.kind == "paragraph") and not bridge:
                    break
                # A table's members head its rows, or its columns when the models do; a header
                # row counts under a class ("three open-source models:"), not under one model
                # set beside others ("How our open-source model compares:").
                if later.kind == "table_cell" and later.row == 0 and header is None:
                    header = _class_sentence(doc.prose[block.start : block.end].strip())
                if (later.kind == "list_item" and (not items or later.level <= blocks[items[0]].level)) or (
                    later.kind == "table_cell" and (later.row > 0 or header)
                ):
                    items.append(local[id(later)])
            # "**GPT-4o** — the closed baseline" under "## Top open-source models": set apart from
            # the class the lead-in claims. A lead-in whose claim heads no class ("X is the year's
            # biggest open-source release:", "What makes X special:") has attributes for items:
            # "weights" or "though" in one of them says something about X.
            if _class_claim(doc.prose[block.start : block.end].strip(), frozenset()):
                items = [i for i in items if not _item_apart(doc.prose[blocks[i].start : blocks[i].end])]
            if items:
                lead_ins[n] = items
    columns: list[int | None] = []
    for n, b in enumerate(blocks):
        same_row = (
            n > 0
            and blocks[n - 1].kind == "table_cell"
            and (blocks[n - 1].group, blocks[n - 1].row) == (b.group, b.row)
        )
        counted = columns[-1] + 1 if same_row and columns[-1] is not None else 0
        columns.append(None if b.kind != "table_cell" else _column(doc.text, b.start, counted, html_rows))
    return {
        "ow_block_starts": [b.start - base for b in blocks],
        "ow_headings": [n for n, b in enumerate(blocks) if b.kind == "heading" or _title_line(doc, b)],
        "ow_quotes": [n for n, b in enumerate(blocks) if b.kind == "blockquote"],
        # Labels of attributes ("**Highlights:**", "### Key features"): whose they are is said
        # by the paragraph before them.
        "ow_labels": [
            n
            for n, b in enumerate(blocks)
            if (p := index.get(id(b))) is not None and _attribute_label(doc, p)
        ],
        "ow_rows": [(b.group, b.row) if b.kind == "table_cell" else None for b in blocks],
        "ow_columns": columns,
        "ow_lead_ins": lead_ins,
        "ow_run_ins": [
            n for n, b in enumerate(blocks) if (p := index.get(id(b))) is not None and _run_in_list(doc, p)
        ],
        "ow_column_headers": _column_headers(doc, blocks, index, columns, html_rows, headers),
        "ow_recaps": {
            n: [local[id(doc.blocks[j])] for j in recapped if id(doc.blocks[j]) in local]
            for n, b in enumerate(blocks)
            if (p := index.get(id(b))) is not None and (recapped := _recapped(doc, p))
        },
        # A window cut out of a huge block starts mid-text: its first word leads nothing.
        "ow_cut": [n for n, b in enumerate(blocks) if id(b) not in index],
        # Where a paragraph's bold title ends ("**Model of the week: Zephyr 7B.** ..."): a model it
        # names alone is what the paragraph is about.
        "ow_titles": {
            n: (b.start - base, title.end() - base)
            for n, b in enumerate(blocks)
            if b.kind == "paragraph" and (title := _BOLD_TITLE.match(doc.text, b.start)) is not None
        },
        # The subject may lie outside this region; shifting it by -base keeps it absolute
        # once every attachment is shifted back by +base.
        "ow_subject": shift_mention(subject, -base) if subject else None,
    }
