"""The one path every surface takes: text → prose → spaCy → attachments → findings.

The CLI, ``--fix``, every output format and the language server call :func:`analyse` (or its
thin wrappers) and nothing else. Cost follows the claims: a file in which no claim word occurs
is done after one regular-expression scan, without loading the vocabulary or spaCy.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from linter.attach import Attachment
from linter.claims import PRESCAN, has_claim_word, might_claim
from linter.config import Config, config_for
from linter.decode import DecodeError, check_text, decode
from linter.finding import Finding
from linter.mentions import Mention
from linter.readers import Block, ProseDocument, reader_for
from linter.suppressions import Suppressions
from linter.suppressions import parse as parse_suppressions

if TYPE_CHECKING:
    from linter.vocab import Vocabulary


@dataclass
class LintResult:
    path: str
    text: str
    findings: list[Finding] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    prose: str = ""
    skipped: bool = False  # the file could not be read as text
    suppressed: list[Finding] = field(default_factory=list)  # silenced by a comment
    suppressions: Suppressions = field(default_factory=Suppressions)


def lint_text(text: str, *, path: str | None = None, config: Config | None = None) -> list[Finding]:
    return analyse(text, path=path, config=config).findings


def lint_file(path: Path, config: Config | None = None) -> LintResult:
    """Lint one file; without ``config``, the configuration file nearest to it applies."""
    if config is None:
        config = config_for(path)
    try:
        data = path.read_bytes()
        if path.suffix.lower() == ".docx":  # binary: its reader builds the text (a paragraph a line)
            from linter.readers.docx import read_docx

            document = read_docx(data)
            return analyse(document.text, path=str(path), config=config, document=document)
        if not might_claim(data) and b"openwash-" not in data:
            # No claim word and no suppression comment: say so if it is not text, and stop.
            check_text(data)
            return LintResult(str(path), "")
        decoded = decode(data)
    except OSError as exc:
        return LintResult(str(path), "", notices=[f"cannot read: {exc.strerror or exc}"], skipped=True)
    except DecodeError as exc:
        return LintResult(str(path), "", notices=[str(exc)], skipped=True)
    return analyse(decoded.text, path=str(path), config=config)


def analyse(
    text: str,
    *,
    path: str | None = None,
    config: Config | None = None,
    document: ProseDocument | None = None,  # already read (a .docx); else the path's reader reads text
) -> LintResult:
    config = (config or Config()).for_path(path)
    result = LintResult(path or "-", text)
    # Parsed from the original text: the readers mask comments out of the prose.
    result.suppressions = parse_suppressions(text)
    result.notices.extend(result.suppressions.notices)
    if not has_claim_word(text):
        return result
    doc = document if document is not None else reader_for(path)(text)
    result.prose = doc.prose
    result.notices.extend(doc.notices)
    candidates = [m.start() for m in PRESCAN.finditer(doc.prose)]
    if not candidates:
        return result

    from linter.judge import judge
    from linter.pipeline import build_pipeline

    vocab = config.vocabulary()
    nlp = build_pipeline(vocab)
    subject = _document_subject(doc, vocab)
    block_index = {id(b): i for i, b in enumerate(doc.blocks)}  # once, not once per region
    for blocks in _regions(doc, candidates):
        base = blocks[0].start
        region_text = _LONG_RUN.sub(lambda m: " " * len(m.group()), doc.prose[base : blocks[-1].end])
        spacy_doc = nlp.make_doc(region_text)
        spacy_doc.user_data.update(_user_data(doc, blocks, base, subject, block_index))
        spacy_doc = nlp(spacy_doc)  # the components read the blocks from user_data
        for attachment in spacy_doc._.ow_attachments:
            result.attachments.append(_shift(attachment, base))
        result.mentions.extend(_shift_mention(m, base) for m in spacy_doc._.ow_mentions)
    findings = judge(result.attachments, vocab, text, doc.prose)
    findings = sorted(config.filter(findings), key=lambda f: (f.start, f.model.start, f.code))
    result.findings, result.suppressed = result.suppressions.apply(findings)
    return result


def _shift_mention(mention: Mention, base: int) -> Mention:
    return replace(mention, start=mention.start + base, end=mention.end + base)


def _shift(attachment: Attachment, base: int) -> Attachment:
    claim = attachment.claim
    return replace(
        attachment,
        claim=replace(
            claim, start=claim.start + base, end=claim.end + base, core_start=claim.core_start + base
        ),
        mentions=tuple(_shift_mention(m, base) for m in attachment.mentions),
    )


def _document_subject(doc: ProseDocument, vocab: Vocabulary) -> Mention | None:
    """The model a page is about, named in its front matter, title or first heading."""
    from linter.mentions import find_mentions

    if doc.subject is None or doc.subject[1] - doc.subject[0] > _TITLE_MAX:
        return None  # a "title" of paragraphs (a file on one line) names no single subject
    start, end = doc.subject
    found = find_mentions(doc.text[start:end], vocab)
    if not found:
        return None
    return _shift_mention(found[0], start)


def _block_index(blocks: list[Block], starts: list[int], offset: int) -> int:
    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < blocks[i].end else -1


def _regions(doc: ProseDocument, candidates: list[int]) -> list[list[Block]]:
    """The blocks each claim is read in: its own, its table row, or the list it introduces."""
    blocks = doc.blocks
    starts = [b.start for b in blocks]
    chosen: set[int] = set()
    for offset in candidates:
        i = _block_index(blocks, starts, offset)
        if i < 0:
            continue
        block = blocks[i]
        chosen.add(i)
        if block.kind == "table_cell":
            chosen.update(j for j, b in enumerate(blocks) if b.group == block.group and b.row == block.row)
        if _is_lead_in(doc, i):
            chosen.update(_introduced_items(blocks, i))
    regions: list[list[Block]] = []
    previous = -2
    for i in sorted(chosen):
        block = blocks[i]
        if block.end - block.start > _WINDOW * 4:
            # A huge block (a 5 MB single line): read a window around each claim in it.
            regions.extend([w] for w in _windows(doc, block, candidates))
            previous = -2
            continue
        if i == previous + 1 and regions:
            regions[-1].append(blocks[i])
        else:
            regions.append([blocks[i]])
        previous = i
    return regions


# A run of 200 characters without a space is no word of prose (a hash, base64, 10,000 '>'), and
# spaCy's affix rules take quadratic time on one: blank it before tokenising.
_LONG_RUN = re.compile(r"\S{200,}")
_WINDOW = 2_000  # characters read on each side of a claim inside a huge block
_TITLE_MAX = 200  # characters: longer than any title


def _windows(doc: ProseDocument, block: Block, candidates: list[int]) -> list[Block]:
    out: list[Block] = []
    for offset in candidates:
        if not block.start <= offset < block.end or (out and offset < out[-1].end):
            continue
        start = max(block.start, offset - _WINDOW)
        end = min(block.end, offset + _WINDOW)
        # Start and end on spaces so no word is cut in two.
        while start > block.start and not doc.prose[start - 1].isspace():
            start -= 1
        while end < block.end and not doc.prose[end].isspace():
            end += 1
        out.append(replace(block, start=start, end=end))
    return out


def _is_lead_in(doc: ProseDocument, i: int) -> bool:
    """A heading, a line ending in ':', or a one-line title right above a list introduces what
    follows ("Top open-source models" over a list of models)."""
    block = doc.blocks[i]
    if block.kind == "heading":
        return True
    prose = doc.prose[block.start : block.end].strip()
    if prose.endswith(":"):
        return True
    if block.kind != "paragraph" or "\n" in prose or prose[-1:] in ".!?" or i + 1 >= len(doc.blocks):
        return False
    following = doc.blocks[i + 1]
    return following.kind == "list_item" and doc.text.count("\n", block.end, following.start) <= 1


def _introduced_items(blocks: list[Block], i: int, limit: int = 40) -> list[int]:
    """The list items (or table rows) that a heading or a lead-in ending in ':' introduces."""
    j = i + 1
    if j >= len(blocks):
        return []
    first = blocks[j]
    if first.kind not in ("list_item", "table_cell"):
        return []
    out = []
    while j < len(blocks) and j - i <= limit and blocks[j].group == first.group:
        out.append(j)
        j += 1
    return out


def _user_data(
    doc: ProseDocument, blocks: list[Block], base: int, subject: Mention | None, index: dict[int, int]
) -> dict:
    local = {id(b): n for n, b in enumerate(blocks)}
    lead_ins: dict[int, list[int]] = {}
    for n, block in enumerate(blocks):
        position = index.get(id(block))  # None for a window cut out of a huge block
        if position is not None and _is_lead_in(doc, position):
            items = []
            for later in blocks[n + 1 :]:
                if later.kind == "heading" or later.kind == "paragraph":
                    break
                if (later.kind == "list_item" and (not items or later.level <= blocks[items[0]].level)) or (
                    later.kind == "table_cell" and later.row > 0
                ):
                    items.append(local[id(later)])
            if items:
                lead_ins[n] = items
    return {
        "ow_block_starts": [b.start - base for b in blocks],
        "ow_rows": [(b.group, b.row) if b.kind == "table_cell" else None for b in blocks],
        "ow_lead_ins": lead_ins,
        # A window cut out of a huge block starts mid-text: its first word leads nothing.
        "ow_cut": [n for n, b in enumerate(blocks) if id(b) not in index],
        # The subject may lie outside this region; shifting it by -base keeps it absolute
        # once every attachment is shifted back by +base.
        "ow_subject": _shift_mention(subject, -base) if subject else None,
    }
