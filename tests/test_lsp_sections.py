"""The server's section cache gives exactly what one `analyse` of the whole document gives.

`linter.lsp.sections` cuts a long Markdown document into sections and analyses each after the
document's head, caching the results. These tests hold it to `analyse`: on documents full of the
constructs a cut could break (fences, HTML blocks, front matter, tables after a lead-in, a subject
named in the first heading), and after many single-character edits.
"""

from __future__ import annotations

import random

import pytest

from linter.api import analyse
from linter.config import Config
from linter.lsp.sections import SectionLinter, cuts

CONFIG = Config()

# Each section says something, right or wrong, about a model; filler paragraphs between.
DOCUMENT = """---
title: Release notes
tags: [models]
# a YAML comment, not a heading
---

# Release notes

Meta released Llama 2, an open-source model.

## Mistral

Mistral 7B is an open-source model. OLMo is open source.

Plain words about budgets and the weather.

Another paragraph of filler, with nothing to say.

## Code

```markdown
# Not a heading: this is inside a fence

GPT-4 is open source.
```

Some prose after the fence. GPT-4 is open source.

<!--
# Not a heading either: inside an HTML comment

Claude is an open-weights model.
-->

Words after the comment.

<div>
# Inside an HTML block until the blank line
</div>

## Open-source models

- Llama 2
- Mistral 7B

Open-source models:

| Model | Licence |
|-------|---------|
| Llama 2 | custom |

Falcon paragraph without claims.

## Negations

Llama 2 is not open source.

> Quoted: GPT-4 is open source.

Text following the quote.

## Suppressed

<!-- openwash-disable-next-line OW102 -->
Llama 2 is open source.

Trailing paragraph one.

Trailing paragraph two.

Trailing paragraph three.

Setext heading
==============

Qwen is an open-weights model, and Gemma is open source.
"""


def same(text: str, linter: SectionLinter) -> bool:
    """Assert the section cache agrees with analyse() on every finding, attachment and mention;
    return whether it read the text in sections."""
    whole = analyse(text, path="notes.md", config=CONFIG)
    got, sectioned = linter.analyse(text, path="notes.md", config=CONFIG)
    assert got.findings == whole.findings
    assert got.attachments == whole.attachments
    assert got.mentions == whole.mentions
    return sectioned


def test_the_document_is_cut_and_read_the_same():
    head_end, starts = cuts(DOCUMENT)
    assert DOCUMENT[:head_end].endswith("# Release notes\n")
    lines = [DOCUMENT[s : DOCUMENT.index("\n", s)] for s in starts]
    assert "## Mistral" in lines and "## Code" in lines and "## Negations" in lines
    assert not any("Not a heading" in line or "Inside an HTML" in line for line in lines)
    assert "## Open-source models" not in lines  # a heading with a claim word is never a cut
    assert "| Model | Licence |" not in lines
    # Read section by section (never seeded from a whole reading):
    linter = SectionLinter(min_chars=0, max_misses=10**6)
    got, sectioned = linter.analyse(DOCUMENT, path="notes.md", config=CONFIG)
    assert sectioned
    assert same(DOCUMENT, linter)
    assert {f.code for f in got.findings} >= {"OW101", "OW102", "OW103"}


def test_a_whole_reading_fills_the_cache_with_what_each_section_would_find():
    linter = SectionLinter(min_chars=0, max_misses=2)
    assert not linter.analyse(DOCUMENT, path="notes.md", config=CONFIG)[1]  # new: read whole
    # The next reading is assembled from the cache alone.
    assert same(DOCUMENT, linter)


def random_edit(rng: random.Random, text: str, pastes: list[str]) -> str:
    """One keystroke's worth of editing at a random place: type, delete, break, or paste."""
    at = rng.randrange(len(text))
    action = rng.choice(["type", "delete", "newline", "paste"])
    if action == "type":
        return text[:at] + rng.choice("ax #`<-|:") + text[at:]
    if action == "delete":
        return text[:at] + text[at + 1 :]
    if action == "newline":
        return text[:at] + "\n\n" + text[at:]
    return text[:at] + rng.choice(pastes) + text[at:]


@pytest.mark.parametrize("max_misses", [2, 10**6])  # with and without whole readings
@pytest.mark.parametrize("seed", range(4))
def test_after_random_edits_the_cache_still_agrees(seed: int, max_misses: int):
    rng = random.Random(seed)
    linter = SectionLinter(min_chars=0, max_misses=max_misses)
    text = DOCUMENT
    sectioned = 0
    for _ in range(25):
        text = random_edit(rng, text, ["GPT-4 is open source. ", "# Heading\n\n", "```\n"])
        sectioned += same(text, linter)
    assert sectioned > 0  # the edits did not simply turn the cache off


@pytest.mark.parametrize(
    "text",
    [
        # No ATX heading, but a setext one far down.
        "Llama 2 is open source.\n\n" + "More words here.\n\n" * 300 + "Title\n=====\n\nMore.\n",
        # Link reference definitions make a link anywhere depend on the whole document.
        "# T\n\nWords.\n\n## A\n\n[Llama 2][l] is open source.\n\n## B\n\n[l]: https://example.com\n",
        # A range suppression spans sections.
        "# T\n\n<!-- openwash-disable OW102 -->\n\n## A\n\nLlama 2 is open source.\n",
        # An unclosed front matter.
        "---\ntitle: x\n\n# T\n\n## A\n\nLlama 2 is open source.\n",
    ],
)
def test_documents_it_cannot_cut_safely_are_read_whole(text: str):
    got, sectioned = SectionLinter(min_chars=0).analyse(text, path="notes.md", config=CONFIG)
    assert not sectioned
    assert got.findings == analyse(text, path="notes.md", config=CONFIG).findings


def test_a_claim_about_the_documents_subject_is_read_whole():
    # The first heading names the model; a later section's claim is about it. One finding per
    # mention is decided over the whole document, so this falls back to one analyse().
    text = (
        "# Llama 2\n\nAn overview.\n\n## Licence\n\nIt is open source.\n\n"
        "## More\n\nIt is fully open source.\n"
    )
    for max_misses in (10**6, 0):  # found reading the sections, or remembered from a whole reading
        linter = SectionLinter(min_chars=0, max_misses=max_misses)
        for _ in range(2):
            got, sectioned = linter.analyse(text, path="notes.md", config=CONFIG)
            assert not sectioned
            assert got.findings == analyse(text, path="notes.md", config=CONFIG).findings
            assert [(f.code, f.claim) for f in got.findings] == [
                ("OW102", "open source"),
                ("OW102", "fully open source"),  # a claim with a fix is reported, not folded into one
            ]


def test_short_and_plain_text_documents_are_read_whole():
    short = "# T\n\n## A\n\nLlama 2 is open source.\n"
    assert SectionLinter().analyse(short, path="notes.md", config=CONFIG)[1] is False
    assert SectionLinter(min_chars=0).analyse(short, path="notes.txt", config=CONFIG)[1] is False


def test_windows_line_endings_agree():
    linter = SectionLinter(min_chars=0, max_misses=10**6)
    text = DOCUMENT.replace("\n", "\r\n")
    assert cuts(text)[1]
    assert same(text, linter)  # and read in sections


# No heading anywhere: paragraphs, lists, a fence, an HTML comment, a table after its lead-in,
# a pronoun and a list of models, with filler paragraphs between.
NO_HEADINGS_BLOCKS = [
    "Meta released Llama 2, an open-source model. It is widely used.",
    "Mistral 7B is an open-source model.\nIt ships under Apache 2.0.",
    "```text\nGPT-4 is open source.\n```",
    "Words after the fence. OLMo is open source.",
    "<!--\nClaude is an open-weights model.\n-->",
    "Open-source models compared:\n\n| Model | Licence |\n|-------|---------|\n| Llama 2 | custom |",
    "- Llama 2\n- Mistral 7B\n\nBoth are open source.",
    "> Quoted: GPT-4 is open source.",
    "Llama 3 is not open source.",
    "GPT-4 is an open-weights model, and Gemma is open source.",
]
NO_HEADINGS = (
    "\n\n".join(
        part
        for n, block in enumerate(NO_HEADINGS_BLOCKS * 2)
        for part in (
            block,
            f"Plain words about budgets, number {n}.",
            f"Filler {n} about the weather, with nothing to say.",
            f"Evaluation run {n} finished on time.",
        )
    )
    + "\n"
)


def test_a_document_without_headings_is_cut_at_paragraphs_and_read_the_same():
    head_end, starts = cuts(NO_HEADINGS)
    assert head_end == 0 and len(starts) >= 3
    assert all(NO_HEADINGS[s - 2 : s] == "\n\n" and "open" not in NO_HEADINGS[s : s + 40] for s in starts)
    linter = SectionLinter(min_chars=0, max_misses=10**6)
    assert same(NO_HEADINGS, linter)  # read section by section


def test_without_headings_the_front_matter_is_the_head():
    text = "---\nmodel: Llama 2\n---\n\n" + NO_HEADINGS
    head_end, starts = cuts(text)
    assert text[:head_end] == "---\nmodel: Llama 2\n---\n" and starts
    same(text, SectionLinter(min_chars=0, max_misses=10**6))


def test_without_headings_a_setext_heading_means_reading_whole():
    # A setext heading names a subject for what follows it: no cut is safe.
    text = NO_HEADINGS.replace("Filler 3 about", "Llama 2 notes\n=============\n\nFiller 3 about")
    assert cuts(text) == (0, [])
    assert not SectionLinter(min_chars=0).analyse(text, path="notes.md", config=CONFIG)[1]


@pytest.mark.parametrize("seed", range(4))
def test_without_headings_random_edits_still_agree(seed: int):
    rng = random.Random(seed)
    linter = SectionLinter(min_chars=0, max_misses=10**6)
    text = NO_HEADINGS
    sectioned = 0
    for _ in range(25):
        text = random_edit(rng, text, ["It is open source. ", "Llama 2 is open source.\n\n", "```\n"])
        sectioned += same(text, linter)
    assert sectioned > 0


def test_subsections_of_a_heading_with_a_claim_are_not_cut_off():
    # "## Best open-source LLMs" lists the models its subsections open with: no cut under it.
    filler = "\n\n".join(f"Note {i}: the laptop ran it in under a minute." for i in range(120))
    text = (
        "# Field notes\n\n## Best open-source LLMs this year\n\n### 1. Gemma 2\n\n"
        f"{filler}\n\n### 2. Phi-4\n\nGood at maths.\n\n## Setup\n\n{filler}\n\n## Results\n\n{filler}\n"
    )
    _, starts = cuts(text)
    lines = [text[s : text.index("\n", s)] for s in starts]
    assert "### 2. Phi-4" not in lines and "## Setup" in lines
    assert not any(text.index("### 1.") < s < text.index("## Setup") for s in starts)
    linter = SectionLinter(min_chars=0, max_misses=10**6)
    assert same(text, linter)
    assert [f.model.text for f in analyse(text, path="notes.md", config=CONFIG).findings] == [
        "Gemma 2",
        "Phi-4",
    ]
