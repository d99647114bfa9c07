"""Every input format maps findings back to the exact claim in the original file.

One document per format, with claims in a paragraph, a heading, a list and a table, the same
claims inside code (never flagged) and correct sentences (never flagged). For every finding, the
file's text at the reported span is the claim and the text at the model's span is the model.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from linter.api import analyse, lint_file
from linter.discovery import LINTED_SUFFIXES
from linter.positions import LineIndex
from linter.readers import html, markdown, mdx, plaintext, reader_for, rst

MDX = """---
title: Models we ship
---
import { Tabs, TabItem } from '@theme/Tabs'
import Callout from '../components/Callout'

export const meta = {
  summary: "Mistral 7B is an open-source model.",
}

# Mistral 7B is an open-source model

Meta released Llama 2, an open-source model. <Badge label="Mistral 7B is an open-source model." />

<Tabs groupId="models">
  <TabItem value="llama" label="Mistral 7B is an open-source model.">
    - Meta released Llama 2, an open-source model.
    - OLMo is open source.
  </TabItem>
</Tabs>

{/* Mistral 7B is an open-source model. */}

<Callout kind="note">Llama 2 is not open source.</Callout>

| Model | Note |
| --- | --- |
| Mistral 7B | Mistral 7B is an open-source model. |

```jsx
<Tabs>{"Meta released Llama 2, an open-source model."}</Tabs>
```

Inline `Mistral 7B is an open-source model.` code and {"Mistral 7B is an open-source model."} stay code.
"""

RST = """=============
Release notes
=============

Meta released Llama 2, an *open-source* model. See `the card <https://example.org/open-source>`_.

Mistral 7B is an open-source model
----------------------------------

- OLMo is open source.
- Meta released Llama 2,
  an open-source model.

.. note::

   Llama 2 is not open source.

=========== ====================================
Model       Note
=========== ====================================
Mistral 7B  Mistral 7B is an open-source model.
=========== ====================================

Skipped::

   Mistral 7B is an open-source model.

.. code-block:: python

   print("Meta released Llama 2, an open-source model.")

.. sourcecode:: text

   Mistral 7B is an open-source model.

.. raw:: html

   <p>Mistral 7B is an open-source model.</p>

.. Mistral 7B is an open-source model.

.. |claim| replace:: Mistral 7B is an open-source model.

Inline ``Mistral 7B is an open-source model.`` and :code:`Mistral 7B is an open-source model.` stay code.
"""

HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta name="description" content="Mistral 7B is an open-source model.">
  <title>Release notes</title>
  <style>.x::after { content: "Mistral 7B is an open-source model."; }</style>
  <script>const s = "Meta released Llama 2, an open-source model.";</script>
</head>
<body>
<h2>Mistral 7B is an open-source model</h2>
<p>Meta released Llama 2, an open-source model. <img alt="Mistral 7B is an open-source model."></p>
<!-- Mistral 7B is an open-source model. -->
<ul>
  <li>OLMo is open source.
  <li>Meta released Llama 2, an <em>open-source</em> model &amp; more.
</ul>
<blockquote><p>Llama 2 is not open source.</p></blockquote>
<table>
  <tr><th>Model</th><th>Note</th></tr>
  <tr><td>Mistral 7B</td><td>Mistral 7B is an open-source model.</td></tr>
</table>
<pre><code>Mistral 7B is an open-source model.</code></pre>
<p>Inline <code>Mistral 7B is an open-source model.</code> and
<kbd>Mistral 7B is an open-source model.</kbd>.</p>
<template><p>Mistral 7B is an open-source model.</p></template>
</body>
</html>
"""

# (model as written, rule, line) per finding, in order: heading, paragraph, list item, table cell.
EXPECTED = {
    "doc.mdx": (MDX, [("Mistral 7B", "OW101", 11), ("Llama 2", "OW102", 13), ("Llama 2", "OW102", 17),
                      ("Mistral 7B", "OW101", 28)]),
    "doc.rst": (RST, [("Llama 2", "OW102", 5), ("Mistral 7B", "OW101", 7), ("Llama 2", "OW102", 12),
                      ("Mistral 7B", "OW101", 21)]),
    "doc.html": (HTML, [("Mistral 7B", "OW101", 10), ("Llama 2", "OW102", 11), ("Llama 2", "OW102", 15),
                        ("Mistral 7B", "OW101", 20)]),
}  # fmt: skip


def _norm(text: str) -> str:
    """The claim without the markup that may sit inside it ("*open*-source", "open\\n  source")."""
    return re.sub(r"[\s*_\-]+", " ", re.sub(r"<[^>]*>", " ", text).casefold()).strip()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_findings_point_at_the_claims_in_the_original_file(name: str) -> None:
    text, expected = EXPECTED[name]
    result = analyse(text, path=name)
    index = LineIndex(text)
    got = [(f.model.text, f.code, index.line_col(f.start)[0]) for f in result.findings]
    assert got == expected
    for finding in result.findings:
        assert _norm(text[finding.start : finding.end]) == "open source"
        assert text[finding.start : finding.end] == finding.claim
        assert text[finding.model.start : finding.model.end] == finding.model.text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_prose_keeps_the_length_and_the_lines(name: str) -> None:
    text, _ = EXPECTED[name]
    doc = reader_for(name)(text)
    assert len(doc.prose) == len(text)
    assert [i for i, c in enumerate(doc.prose) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    # Nothing from code, scripts, props or directives reaches the prose.
    assert "print" not in doc.prose and "summary" not in doc.prose and "content" not in doc.prose
    assert [b.start for b in doc.blocks] == sorted(b.start for b in doc.blocks)


@pytest.mark.parametrize(
    ("path", "reader"),
    [
        ("notes.md", markdown.read),
        ("notes.txt", plaintext.read),
        ("notes.mdx", mdx.read),
        ("notes.rst", rst.read),
        ("notes.REST", rst.read),
        ("notes.html", html.read),
        ("notes.htm", html.read),
        ("notes.unknown", markdown.read),
        (None, markdown.read),
    ],
)
def test_reader_for_picks_the_reader_by_suffix(path: str | None, reader) -> None:
    assert reader_for(path) is reader


def test_directories_are_walked_for_every_format() -> None:
    for suffix in (".md", ".mdx", ".rst", ".rest", ".html", ".htm", ".docx", ".txt"):
        assert suffix in LINTED_SUFFIXES


def test_docx_findings_point_at_paragraph_and_character(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Release notes", style="Title")
    document.add_paragraph("Meta released Llama 2, an open-source model.")
    document.add_heading("Mistral 7B is an open-source model", level=1)
    document.add_paragraph("OLMo is open source.", style="List Bullet")
    document.add_paragraph("Meta released Llama 2, an open-source model.", style="List Bullet")
    document.add_paragraph("Llama 2 is not open source.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Model", "Note"
    table.cell(1, 0).text, table.cell(1, 1).text = "Mistral 7B", "Mistral 7B is an open-source model."
    path = tmp_path / "press.docx"
    document.save(str(path))

    result = lint_file(path)
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    cells = [c.text for row in table.rows for c in row.cells]
    reread = paragraphs + cells  # the body's paragraphs, then the table's, in reading order
    got = []
    for finding in result.findings:
        paragraph, char = LineIndex(result.text).line_col(finding.start)
        claim = reread[paragraph - 1][char - 1 : char - 1 + len(finding.claim)]
        assert _norm(claim) == "open source"
        got.append((finding.model.text, finding.code, paragraph, char))
    assert got == [
        ("Llama 2", "OW102", 2, 27),
        ("Mistral 7B", "OW101", 3, 18),
        ("Llama 2", "OW102", 5, 27),
        ("Mistral 7B", "OW101", 10, 18),
    ]


def test_docx_text_is_one_paragraph_per_line() -> None:
    docx = pytest.importorskip("docx")
    from linter.readers.docx import read_docx

    document = docx.Document()
    paragraph = document.add_paragraph("Mistral 7B is an ")
    paragraph.add_run("open-source").bold = True
    paragraph.add_run(" model.")
    document.add_paragraph("")
    document.add_paragraph("OLMo is open source.")
    buffer = io.BytesIO()
    document.save(buffer)
    read = read_docx(buffer.getvalue())
    assert read.text == "Mistral 7B is an open-source model.\n\nOLMo is open source."
    assert read.position(read.text.index("OLMo")) == (3, 1)
    assert read.position(read.text.index("open-source")) == (1, 18)


def test_html_blocks_in_markdown_are_read_as_html() -> None:
    """A README's raw HTML shows its text; its tags, code and comments stay out of the prose."""
    text = (
        '<p align="center"><img src="logo.png" alt="logo"></p>\n\n'
        "<p>Our demo runs Phi-4, an open-source model.</p>\n\n"
        "<pre>Gemma 2 is open source</pre>\n\n"
        "<!-- Qwen2.5 is open source -->\n"
    )
    doc = markdown.read(text)
    assert len(doc.prose) == len(text)
    assert "Our demo runs Phi-4, an open-source model." in doc.prose
    assert "Gemma 2" not in doc.prose and "Qwen2.5" not in doc.prose and "logo" not in doc.prose
    findings = analyse(text, path="README.md").findings
    assert [(f.code, text[f.start : f.end], f.model.text) for f in findings] == [
        ("OW101", "open-source", "Phi-4")
    ]


def test_a_reply_typed_under_a_quote_is_a_paragraph_of_its_own() -> None:
    # CommonMark reads the unmarked line as a lazy continuation of the quote; a reader sees
    # the writer's reply to it.
    text = "> Mixtral is open source\n> and fast\nit's open weights, actually\n"
    doc = markdown.read(text)
    assert [(b.kind, text[b.start : b.end]) for b in doc.blocks] == [
        ("blockquote", "> Mixtral is open source\n> and fast"),
        ("paragraph", "it's open weights, actually"),
    ]


def test_rules_fencing_no_yaml_are_no_front_matter() -> None:
    # A slide deck's "---" rules around a heading and a list are the page, not metadata: the
    # heading's claim covers the list below it. Front matter with keys is still metadata.
    deck = "---\n\n## The open-source wave\n\n- Llama 2 (Jul 2023)\n- Mistral 7B (Sep 2023)\n\n---\n"
    assert [f.model.text for f in analyse(deck, path="deck.md").findings] == ["Llama 2", "Mistral 7B"]
    meta = "---\ntags: [open source, Llama 2]\n---\n\nText.\n"
    assert analyse(meta, path="notes.md").findings == []


def test_plain_text_lists_are_list_items_under_their_lead_in() -> None:
    # A plain-text file has lists too: the items under a title or a line ending in ":" are the
    # class's members, as in Markdown; the list marks are no words of the prose.
    text = "Top open-source models\n\n- Llama 3\n- Mistral 7B\n\nModels we use:\r\n1. GPT-4o\r\n2. OLMo 2\r\n"
    doc = plaintext.read(text)
    assert [(b.kind, text[b.start : b.end]) for b in doc.blocks] == [
        ("text", "Top open-source models"),
        ("list_item", "- Llama 3"),
        ("list_item", "- Mistral 7B"),
        ("text", "Models we use:"),
        ("list_item", "1. GPT-4o"),
        ("list_item", "2. OLMo 2"),
    ]
    assert len(doc.prose) == len(text) and doc.prose.count("-") == text.count("-") - 2
    findings = analyse(text, path="notes.txt").findings
    assert [(f.model.text, f.code) for f in findings] == [("Llama 3", "OW102"), ("Mistral 7B", "OW101")]


def test_plain_text_statements_in_a_list_are_no_members() -> None:
    text = "We like open-source models.\n\n- GPT-4o was our baseline.\n- Llama 3 did fine.\n"
    assert analyse(text, path="notes.txt").findings == []
