"""Fixes follow the claim's role and keep case and hyphenation; verbs get none."""

from __future__ import annotations

import pytest

from linter.api import analyse
from linter.fixes import written_spans


def fixed(text: str) -> str:
    findings = analyse(text, path="x.md").findings
    assert findings, text
    edits = sorted({e for f in findings if f.fix for e in f.fix.edits}, key=lambda e: e.start, reverse=True)
    for edit in edits:
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Mistral 7B is an open-source model.", "Mistral 7B is an open-weights model."),
        ("Meta released Llama 2, an open-source model.", "Meta released Llama 2, a source-available model."),
        ("Llama 3 is open source.", "Llama 3 is source-available."),
        ("Mistral 7B is open source.", "Mistral 7B is open weights."),
        ("# Mistral 7B: The Open Source Model\n", "# Mistral 7B: The Open Weights Model\n"),
        ("# Why Llama 3 Is Open Source\n", "# Why Llama 3 Is Source-Available\n"),
        ("GPT-4 is an open-source model.", "GPT-4 is a proprietary model."),
        ("Claude is an open-weights model.", "Claude is a proprietary model."),
        (
            "Phi-4 is a fully open-source model.",
            "Phi-4 is a open-weights model.".replace("a open", "an open"),
        ),
    ],
)
def test_fix(before: str, after: str) -> None:
    assert fixed(before) == after


@pytest.mark.parametrize(
    "text",
    [
        "Llama 2 is **open** source.",  # markup inside the claim
        # Models of different statuses, and no noun to keep once the claim word goes.
        "Llama 2 and OLMo are open source.",
        # Nothing was released, so "as proprietary" says something else.
        "OpenAI released GPT-4 as open source.",
        "They shipped Gemini as *open source* last week.",
    ],
)
def test_no_fix_where_none_reads_right(text: str) -> None:
    findings = analyse(text, path="x.md").findings
    assert findings
    assert all(f.fix is None for f in findings)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # One model of the list is rightly called open source: no one word fits them all, so
        # the only fix drops the word and gives each model its status, and it is unsafe.
        (
            "Open-source LLMs like LLaMA and Pythia are popular.",
            "LLMs like LLaMA (source-available) and Pythia (open source) are popular.",
        ),
        (
            "Open-source models like Llama 3 and Mistral 7B are popular.",
            "Models like Llama 3 (source-available) and Mistral 7B (open weights) are popular.",
        ),
        (
            "# Open-source models Pythia, GPT-J, and BLOOM\n",
            "# Models Pythia (open source), GPT-J (open source), and BLOOM (source-available)\n",
        ),
        (
            "Our guide lists OLMo and Llama 2 as open-source models.",
            "Our guide lists OLMo (open source) and Llama 2 (source-available) as models.",
        ),
        (
            "We compared an open-source model such as Llama 2 or OLMo.",
            "We compared a model such as Llama 2 (source-available) or OLMo (open source).",
        ),
    ],
)
def test_models_of_different_statuses_get_only_an_unsafe_rewrite(before: str, after: str) -> None:
    findings = analyse(before, path="x.md").findings
    assert findings and all(f.fix is not None and f.fix.applicability == "unsafe" for f in findings)
    assert fixed(before) == after


def test_verb_gets_a_suggestion() -> None:
    (finding,) = analyse("Meta open-sourced Llama 2 in July.", path="x.md").findings
    assert "released the weights" in finding.suggestion


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Meta open-sourced Llama 2 in July.", "Meta released the weights of Llama 2 in July."),
        ("We will open-source Mistral 7B.", "We will release the weights of Mistral 7B."),
        ("Llama 2 was open-sourced in July.", "Llama 2 was released under restrictive terms in July."),
        ("# xAI Open-Sources Grok-1\n", "# xAI Releases the Weights of Grok-1\n"),
    ],
)
def test_verbs_get_an_unsafe_fix(before: str, after: str) -> None:
    (finding,) = analyse(before, path="x.md").findings
    assert finding.fix is not None and finding.fix.applicability == "unsafe"
    assert fixed(before) == after


def test_no_verb_fix_for_a_proprietary_model() -> None:
    (finding,) = analyse("OpenAI open-sourced GPT-4.", path="x.md").findings
    assert finding.fix is None


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Llama 2 is source-available; GPT-4 is PROPRIETARY.", [(11, 27), (38, 49)]),
        ("Open\n  Weights, proprietary.", [(0, 14), (16, 27)]),
        # Case ignored as a pattern ignores it: the long s and the dotless and dotted I match.
        ("\u017fource-available and propr\u0131etary and PROPR\u0130ETARY", [(0, 16), (21, 32), (37, 48)]),
        # Not inside a word or a hashtag; the next one is still found after a rejected start.
        ("nonproprietary #proprietary xopen weights", []),
        ("xproprietary proprietary", [(13, 24)]),
        ("proprietary_code and proprietary2", []),
    ],
)
def test_what_a_fix_writes_is_found_as_words_of_their_own(text: str, spans: list[tuple[int, int]]) -> None:
    assert list(written_spans(text)) == spans
