"""HTML: prose from text nodes, at source positions even where character references stand."""

from __future__ import annotations

import pytest

from linter.api import analyse
from linter.readers.html import read

CLAIM = "Mistral 7B is an open-source model."


def shown(text: str) -> str:
    return " ".join(read(text).prose.split())


@pytest.mark.parametrize(
    "source",
    [
        f"<p>OLMo is open source.</p><script>let s = '{CLAIM}';</script>",
        f"<style>p::after {{ content: '{CLAIM}' }}</style><p>OLMo is open source.</p>",
        f"<p>OLMo is open source.</p><pre>{CLAIM}</pre>",
        f"<p>OLMo is open source. <code>{CLAIM}</code></p>",
        f"<p>OLMo is open source. <kbd>{CLAIM}</kbd><samp>{CLAIM}</samp></p>",
        f"<template><p>{CLAIM}</p></template><p>OLMo is open source.</p>",
        f"<!-- {CLAIM} --><p>OLMo is open source.</p>",
        f'<p title="{CLAIM}">OLMo is open source. <img alt="{CLAIM}"></p>',
        f'<head><meta content="{CLAIM}"></head><p>OLMo is open source.</p>',
        f"<pre><code>{CLAIM}\n<b>{CLAIM}</b></code></pre><p>OLMo is open source.</p>",
    ],
    ids=["script", "style", "pre", "code", "kbd-samp", "template", "comment", "attributes", "head",
         "nested-code"],
)  # fmt: skip
def test_code_scripts_and_markup_are_not_prose(source: str) -> None:
    assert shown(source) == "OLMo is open source."
    assert analyse(source, path="page.html").findings == []


@pytest.mark.parametrize(
    ("source", "model"),
    [
        ("<p><code>DeepSeek-R1</code> is an open-source LLM for reasoning.</p>", "DeepSeek-R1"),
        ("<p>Open-source models such as <code>Llama 3</code> run locally.</p>", "Llama 3"),
        ("<p>Open-source models run locally.</p><pre><code>Llama 3</code></pre>", None),
        ("<p>Run <code>ollama pull llama3</code>, an open-source runtime.</p>", None),
        ("<p><code>llama3</code> is an open-source model tag.</p>", None),
        ("<p>Pass <code>--open-source</code> to load Llama 3.</p>", None),
    ],
    ids=["name-in-code", "listed-in-code", "pre-stays-code", "command", "lowercase-id", "flag"],
)
def test_inline_code_holding_only_a_name_reads_as_that_name(source: str, model: str | None) -> None:
    findings = analyse(source, path="page.html").findings
    assert [f.model.text for f in findings] == ([model] if model else [])
    for f in findings:
        assert source[f.model.start : f.model.end] == f.model.text


def test_character_references_keep_source_positions() -> None:
    source = (
        "<p>R&amp;D: Meta&#8217;s Llama 2 &mdash; an open&#x2D;source model;"
        " Mistral 7B is an open-source model.</p>"
    )
    doc = read(source)
    assert len(doc.prose) == len(source)
    # Each reference shows its character where the reference starts, then spaces.
    assert doc.prose[source.index("&amp;")] == "&"
    assert doc.prose[source.index("&#8217;")] == "\u2019"
    assert doc.prose[source.index("&mdash;")] == "\u2014"
    findings = analyse(source, path="page.html").findings
    assert [(f.model.text, source[f.start : f.end]) for f in findings][-1] == ("Mistral 7B", "open-source")
    for f in findings:
        assert source[f.model.start : f.model.end] == f.model.text


def test_title_is_the_subject_and_h1_stands_in_without_one() -> None:
    with_title = "<html><head><title>Mistral 7B</title></head><body><h1>Notes</h1></body></html>"
    doc = read(with_title)
    assert with_title[slice(*doc.subject)] == "Mistral 7B"
    without = "<body><h2>Intro</h2><h1>Mistral 7B</h1><p>The model is small.</p></body>"
    doc = read(without)
    assert without[slice(*doc.subject)] == "Mistral 7B"


def test_blocks_follow_the_elements_even_with_implied_end_tags() -> None:
    source = (
        "<h2>Models</h2>\n"
        "<p>Intro\n"
        "<ul><li>First<li>Second<ul><li>Nested</ul></ul>\n"
        "<table><tr><th>Model<th>Note<tr><td>OLMo<td>Open</table>\n"
        "<blockquote>Quoted</blockquote>\n"
        "<div>Loose</div>\n"
    )
    doc = read(source)
    got = [(b.kind, b.level, b.row, source[b.start : b.end]) for b in doc.blocks]
    assert got == [
        ("heading", 2, -1, "Models"),
        ("paragraph", 0, -1, "Intro"),
        ("list_item", 1, -1, "First"),
        ("list_item", 1, -1, "Second"),
        ("list_item", 2, -1, "Nested"),
        ("table_cell", 0, 0, "Model"),
        ("table_cell", 0, 0, "Note"),
        ("table_cell", 0, 1, "OLMo"),
        ("table_cell", 0, 1, "Open"),
        ("blockquote", 0, -1, "Quoted"),
        ("text", 0, -1, "Loose"),
    ]
    lists = {b.group for b in doc.blocks if b.kind == "list_item"}
    assert len(lists) == 2


def test_inline_elements_do_not_split_a_sentence() -> None:
    source = (
        "<p>Meta released <a href='https://example.org/open-source'>Llama 2</a>,<br>"
        "an <em>open-source</em> model.</p>"
    )
    doc = read(source)
    assert len(doc.blocks) == 1
    (finding,) = analyse(source, path="page.html").findings
    assert (finding.model.text, source[finding.start : finding.end]) == ("Llama 2", "open-source")
    assert "example" not in doc.prose


def test_broken_html_never_raises() -> None:
    broken = ("<p>Unclosed <b>bold", "</p></li></td>stray", "<p <p>>", "<scr<script>ipt>", "&#xZZ; &#99;")
    for source in broken:
        doc = read(source)
        assert len(doc.prose) == len(source)
