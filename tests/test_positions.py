"""Every reported span is exactly the claim in the original file, whatever surrounds it."""

from __future__ import annotations

import re

from linter.api import analyse
from linter.positions import LineIndex

DOC = """---
title: Positions
model: Llama 3.1
---

# Café ☕ notes on Llama 2 — it is Open Source

Émile wrote: Llama 2, an open-source model, is \u201cgood\u201d 🦙🦙. Mistral 7B is open-source too.

- Ünïcode ✓ item: Phi-4 is **open-source** and small.
- Another: Gemma 2 is open
  source, says the team.

> Quote 👍: Mixtral 8x7B is an open-source model.

| Model | Note ☃ |
|---|---|
| Llama 3 | Our best open-source model. |

Some `inline code` then [Claude](https://example.org/c) is an open-weights model.\r
Line with CRLF: DeepSeek-V3 is open source.\r
"""


def _norm(text: str) -> str:
    return re.sub(r"[\s*_\-]+", " ", text.casefold()).strip()


def test_every_span_is_the_claim_and_the_model() -> None:
    result = analyse(DOC, path="doc.md")
    assert len(result.findings) >= 9
    index = LineIndex(DOC)
    lines = DOC.split("\n")
    for finding in result.findings:
        claim = DOC[finding.start : finding.end]
        assert _norm(claim) in {"open source", "open weights"}, claim
        assert claim == finding.claim
        assert DOC[finding.model.start : finding.model.end] == finding.model.text
        # 1-based line and column in characters point at the same text.
        line, col = index.line_col(finding.start)
        end_line, end_col = index.line_col(finding.end)
        if line == end_line:
            assert lines[line - 1][col - 1 : end_col - 1] == claim


def test_columns_count_characters_not_bytes() -> None:
    text = "Café ☕ 🦙: Llama 2 is open source.\n"
    (finding,) = analyse(text, path="x.md").findings
    line, col = LineIndex(text).line_col(finding.start)
    assert (line, col) == (1, text.index("open") + 1)


MODELS = ["Llama 2", "Mistral 7B", "Gemma 2", "Phi-4", "DeepSeek-R1", "GPT-4o", "Mixtral 8x7B", "Qwen2.5-72B"]
FRAMES = [
    "{m} is open source.",
    "We ship {m}, an open-source model, today.",
    "The open-source {m} runs on one GPU.",
    "Open-source models like {m} and OLMo are popular.",
    "- **{m}** is *open-source* 🚀.",
    "| {m} | Our best open source model. |",
    "> Café: {m} is open\nsource, they say.",
]


def test_spans_over_many_findings() -> None:
    lines = []
    for i, frame in enumerate(FRAMES):
        for j, model in enumerate(MODELS):
            prefix = "é" * ((i + j) % 3) + "🦙 " * (j % 2)  # characters of other widths before
            lines.append(prefix + frame.format(m=model))
            lines.append("")
    text = "# Claims\n\n" + "\n".join(lines)
    findings = analyse(text, path="many.md").findings
    assert len(findings) >= 40
    seen_models = set()
    for finding in findings:
        assert _norm(text[finding.start : finding.end]) in {"open source"}
        assert text[finding.model.start : finding.model.end] == finding.model.text
        seen_models.add(finding.model.text)
    assert {"Llama 2", "Mistral 7B", "Phi-4", "GPT-4o"} <= seen_models
