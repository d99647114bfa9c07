"""The one path every surface takes: text → prose → spaCy → attachments → findings.

The CLI, ``--fix``, every output format and the language server call :func:`analyse` (or its
thin wrappers) and nothing else. Cost follows the claims: a file in which no claim word occurs
is done after one regular-expression scan, without loading the vocabulary or spaCy.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from linter.claims import claim_word_starts, has_claim_word, scan_bytes
from linter.config import Config, config_for
from linter.decode import DecodeError, check_text, decode
from linter.finding import Finding
from linter.mentions import Mention
from linter.prescan import might_name
from linter.readers import ProseDocument, read_windows
from linter.reading import NotRegularFile, read_bytes, reason
from linter.segment import Segment, document_subject, names_reach, segment_mentions, segments, shift_mention
from linter.suppressions import Suppressions
from linter.suppressions import parse as parse_suppressions

if TYPE_CHECKING:  # the attachment rules load with spaCy, for the files that reach it
    from spacy.language import Language

    from linter.attach import Attachment
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
    return analyse(text, path=path, config=config, every_claim=False).findings


def lint_file(path: Path, config: Config | None = None, *, special: bool = True) -> LintResult:
    """Lint one file; without ``config``, the configuration file nearest to it applies.
    ``special``: read a pipe or a device too (a path named explicitly; see :mod:`linter.reading`)."""
    if config is None:
        config = config_for(path)
    try:
        data = read_bytes(path, special=special)
        if path.suffix.lower() == ".docx":  # binary: its reader builds the text (a paragraph a line)
            from linter.readers.docx import read_docx

            document = read_docx(data)
            return analyse(document.text, path=str(path), config=config, document=document, every_claim=False)
        claim, suppression = scan_bytes(data)
        if not (claim and might_name(data, config, str(path))) and not suppression:
            # No claim word or no model name, and no suppression comment: nothing to read.
            check_text(data)
            return LintResult(str(path), "")
        decoded = decode(data)
    except OSError as exc:
        return LintResult(str(path), "", notices=[reason(exc)], skipped=not isinstance(exc, NotRegularFile))
    except DecodeError as exc:
        return LintResult(str(path), "", notices=[str(exc)], skipped=True)
    return analyse(decoded.text, path=str(path), config=config, every_claim=False)


def analyse(
    text: str,
    *,
    path: str | None = None,
    config: Config | None = None,
    document: ProseDocument | None = None,  # already read (a .docx); else the path's reader reads text
    every_claim: bool = True,
    spread: Spread | None = None,
) -> LintResult:
    """Lint ``text``. ``every_claim=False`` leaves out the claims that no model name can reach:
    they give no finding and no mention, only an attachment without a model (what a hover card
    shows), so the findings are the same and a file whose claims all lie far from any name is
    done without loading spaCy. ``spread`` maps the segments of a window with many claims over
    processes (see :func:`linter.runner.spread_over`); the findings are the same either way."""
    config = (config or Config()).for_path(path)
    result = LintResult(path or "-", text)
    # Parsed from the original text: the readers mask comments out of the prose.
    result.suppressions = parse_suppressions(text, path)
    result.notices.extend(result.suppressions.notices)
    if not has_claim_word(text):
        return result
    if document is not None:
        parts: Iterable[tuple[int, ProseDocument]] = [(0, document)]
    else:
        parts = read_windows(text, path)
    findings: list[Finding] = []
    vocab = None  # loaded for the first claim
    for base, doc in parts:
        # A file past the readers' budget comes in windows (offset ``base``); its prose is then
        # read a window at a time, and each window's edits were checked against it by the judge.
        result.prose = doc.prose if base == 0 and len(doc.prose) == len(text) else text
        result.notices.extend(doc.notices)
        candidates = claim_word_starts(doc.prose)
        if not candidates:
            continue
        if vocab is None:
            vocab = config.vocabulary()
        attachments: list[Attachment] = []
        work = _SegmentWork(doc.prose, vocab, candidates, every_claim)
        found = segments(doc, candidates, document_subject(doc, vocab), vocab)
        if spread is not None and len(candidates) >= SPREAD_CLAIMS:
            done: Iterable[SegmentOutput] = spread(work.spread_ready(), list(found))
        else:
            done = map(work, found)
        for attached, mentions in done:
            attachments.extend(attached)
            result.mentions.extend([shift_mention(m, base) for m in mentions] if base else mentions)
        if attachments:
            from linter.judge import judge

            judged = judge(attachments, vocab, text if doc.prose is result.prose else doc.text, doc.prose)
            findings.extend([_shift_finding(f, base) for f in judged] if base else judged)
            result.attachments.extend([_shift(a, base) for a in attachments] if base else attachments)
    findings = sorted(config.filter(findings), key=lambda f: (f.start, f.model.start, f.code))
    result.findings, result.suppressed = result.suppressions.apply(findings)
    return result


# A window with this many claim words has its segments spread over processes when the caller
# gives a ``spread`` (the CLI linting one big file while other cores idle): below it, starting a
# process costs more than it saves.
SPREAD_CLAIMS = 2000

SegmentOutput = tuple[list["Attachment"], list[Mention]]
# spread(work, items): [work(item) for item in items], in order, done by several processes.
Spread = Callable[[Callable[[Segment], SegmentOutput], list[Segment]], list[SegmentOutput]]


class _SegmentWork:
    """What the spaCy pipeline finds in one segment: the attachments of the claims it owns and
    the mentions it reports, in the offsets of the window's prose."""

    def __init__(self, prose: str, vocab: Vocabulary, candidates: list[int], every_claim: bool) -> None:
        self.prose, self.vocab, self.candidates, self.every_claim = prose, vocab, candidates, every_claim
        self.nlp: Language | None = None  # loaded for the first segment that needs it

    def spread_ready(self) -> _SegmentWork:
        """This work with spaCy loaded: processes forked from here inherit it instead of each
        loading its own."""
        if self.nlp is None:
            self.nlp = _pipeline(self.vocab)
        return self

    def __call__(self, segment: Segment) -> SegmentOutput:
        found = segment_mentions(segment, self.prose, self.vocab)
        if not self.every_claim and not names_reach(segment, found):
            return [], []
        if self.nlp is None:
            self.nlp = _pipeline(self.vocab)
        spacy_doc = self.nlp.make_doc(segment.text)
        spacy_doc.user_data.update(segment.user_data)
        spacy_doc.user_data["ow_mentions"] = found  # the pipeline's mention component takes these
        spacy_doc = self.nlp(spacy_doc)  # the components read the block layout from user_data
        own = segment.own_start - segment.base  # what lies before was read as context only
        attachments = [_shift(a, segment.base) for a in spacy_doc._.ow_attachments if a.claim.start >= own]
        return attachments, _reported_mentions(segment, spacy_doc, self.candidates, own)


def _pipeline(vocab: Vocabulary) -> Language:
    """The spaCy pipeline. Before spaCy is first loaded, what the process holds so far (modules,
    the vocabulary, the name tables: kept until it ends) is frozen out of the garbage collector,
    so the full collections that loading spaCy sets off do not walk it again each time: a tenth
    of a small file's run. Once per process, so a long-lived one (the editor's) freezes no
    garbage of later edits."""
    import sys

    if "linter.pipeline" not in sys.modules:
        import gc

        gc.freeze()
    from linter.pipeline import build_pipeline

    return build_pipeline(vocab)


def _reported_mentions(segment: Segment, spacy_doc, candidates: list[int], own: int) -> list[Mention]:
    """The names of the segment's claim-bearing blocks, and those a claim was attached to: a block
    read only as context (the paragraph after a claim) lends its names to nothing else."""
    starts = segment.user_data.get("ow_block_starts", [0])
    end = segment.base + len(segment.text)
    inside = candidates[bisect.bisect_left(candidates, segment.base) : bisect.bisect_left(candidates, end)]
    claimed = {bisect.bisect_right(starts, c - segment.base) for c in inside}
    used = {(m.start, m.end) for a in spacy_doc._.ow_attachments for m in a.mentions}
    return [
        shift_mention(m, segment.base)
        for m in spacy_doc._.ow_mentions
        if m.start >= own and (bisect.bisect_right(starts, m.start) in claimed or (m.start, m.end) in used)
    ]


def _shift_finding(finding: Finding, base: int) -> Finding:
    """``finding`` of a window read at offset ``base``, in the offsets of the whole text."""
    fix = finding.fix
    if fix is not None:
        fix = replace(fix, edits=tuple(replace(e, start=e.start + base, end=e.end + base) for e in fix.edits))
    model = replace(finding.model, start=finding.model.start + base, end=finding.model.end + base)
    return replace(finding, start=finding.start + base, end=finding.end + base, model=model, fix=fix)


def _shift(attachment: Attachment, base: int) -> Attachment:
    claim = attachment.claim
    return replace(
        attachment,
        claim=replace(
            claim, start=claim.start + base, end=claim.end + base, core_start=claim.core_start + base
        ),
        mentions=tuple(shift_mention(m, base) for m in attachment.mentions),
    )
