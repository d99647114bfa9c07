"""reStructuredText through docutils: prose found again at its exact place in the source."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from linter.api import analyse
from linter.readers import rst
from linter.readers.rst import read

CLAIM = "Mistral 7B is an open-source model."


def shown(text: str) -> str:
    return " ".join(read(text).prose.split())


@pytest.mark.parametrize(
    "source",
    [
        f"OLMo is open source::\n\n   {CLAIM}\n",
        f"OLMo is open source.\n\n.. code-block:: python\n\n   x = '{CLAIM}'\n",
        f"OLMo is open source.\n\n.. sourcecode:: text\n\n   {CLAIM}\n",
        f"OLMo is open source.\n\n.. code:: text\n\n   {CLAIM}\n",
        f"OLMo is open source.\n\n.. raw:: html\n\n   <p>{CLAIM}</p>\n",
        f"OLMo is open source.\n\n.. {CLAIM}\n",
        f"OLMo is open source.\n\n.. |claim| replace:: {CLAIM}\n",
        f"OLMo is open source.\n\n.. _target: https://example.org/{CLAIM.replace(' ', '-')}\n",
        f"OLMo is open source. ``{CLAIM}``\n",
        f"OLMo is open source. :code:`{CLAIM}`\n",
        f"OLMo is open source. :literal:`{CLAIM}`\n",
        "OLMo is open source. https://example.org/mistral-7b-is-an-open-source-model\n",
        f"OLMo is open source.\n\n>>> print('{CLAIM}')\n",
        f"OLMo is open source.\n\n.. unknown-directive:: {CLAIM}\n\n   {CLAIM}\n",
        f"OLMo is open source. :unknownrole:`{CLAIM}`\n",
    ],
    ids=["literal-block", "code-block", "sourcecode", "code", "raw", "comment", "substitution",
         "target", "inline-literal", "code-role", "literal-role", "bare-url", "doctest",
         "unknown-directive", "unknown-role"],
)  # fmt: skip
def test_code_directives_and_markup_are_not_prose(source: str) -> None:
    assert shown(source) in ("OLMo is open source:", "OLMo is open source.")
    assert analyse(source, path="notes.rst").findings == []


def test_inline_markup_is_masked_around_the_words() -> None:
    source = "Meta released *Llama 2*, an **open-source** model (`card <https://example.org/x>`_).\n"
    doc = read(source)
    assert " ".join(doc.prose.split()) == "Meta released Llama 2 , an open-source model ( card )."
    (finding,) = analyse(source, path="notes.rst").findings
    assert source[finding.start : finding.end] == "open-source"
    assert source[finding.model.start : finding.model.end] == "Llama 2"


def test_a_word_inside_a_url_is_not_taken_for_the_word_after_it() -> None:
    source = "See `the open card <https://example.org/open>`_ then open source here.\n"
    doc = read(source)
    # "open" of "open source" is found after the URL, not inside it.
    assert doc.prose.index("open source") == source.index("open source")
    assert "example" not in doc.prose


def test_a_link_with_its_url_inside_does_not_carry_the_search_past_the_words_after_it() -> None:
    # Found by scripts/fuzz.py: docutils gives the "<https://x.y>" of "`GPT-4 <https://x.y>`_" as
    # a node of its own; looked for after the link, it was found at the next "<https://x.y>", and
    # the claim between stayed masked while a copy after the second URL was read instead.
    text = "`GPT-4 <https://x.y>`_ is open source, see <https://x.y>opensource.\n"
    [finding] = analyse(text, path="a.rst").findings
    assert (finding.claim, finding.start, finding.model.text) == ("open source", 26, "GPT-4")
    assert shown(text) == "GPT-4 is open source, see < >opensource."


def test_escaped_characters_keep_their_place() -> None:
    source = "Mistral 7B is an \\*open-source\\* model.\n"
    doc = read(source)
    assert len(doc.prose) == len(source)
    assert doc.prose[source.index("open-source") :].startswith("open-source")
    assert "\\" not in doc.prose


def test_blocks_follow_the_document_structure() -> None:
    source = (
        "Models\n======\n\n"
        "Intro paragraph.\n\n"
        "- First item\n"
        "- Second item\n\n"
        "  - Nested item\n\n"
        "Then a quotation:\n\n"
        "   A quoted line.\n\n"
        "=====  =====\n"
        "Model  Note\n"
        "=====  =====\n"
        "OLMo   Open\n"
        "=====  =====\n"
    )
    doc = read(source)
    got = [(b.kind, b.level, b.row, source[b.start : b.end]) for b in doc.blocks]
    assert got == [
        ("heading", 1, -1, "Models"),
        ("paragraph", 0, -1, "Intro paragraph."),
        ("list_item", 1, -1, "First item"),
        ("list_item", 1, -1, "Second item"),
        ("list_item", 2, -1, "Nested item"),
        ("paragraph", 0, -1, "Then a quotation:"),
        ("blockquote", 0, -1, "A quoted line."),
        ("table_cell", 0, 0, "Model"),
        ("table_cell", 0, 0, "Note"),
        ("table_cell", 0, 1, "OLMo"),
        ("table_cell", 0, 1, "Open"),
    ]
    assert doc.subject is not None and source[slice(*doc.subject)] == "Models"


def test_docutils_problems_are_silent(capsys: pytest.CaptureFixture[str]) -> None:
    source = "Title\n===\n\n.. no-such-directive::\n\n:undefined:`role` and `broken link`_ and *unclosed\n"
    read(source)
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_a_docutils_failure_falls_back_to_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str):
        raise RuntimeError("parser blew up")

    monkeypatch.setattr(rst, "_parse", broken)
    source = "Meta released Llama 2, an open-source model.\n"
    result = analyse(source, path="notes.rst")
    assert [(f.model.text, f.code) for f in result.findings] == [("Llama 2", "OW102")]
    assert any("read as plain text" in notice for notice in result.notices)


def test_sphinx_prose_directives_and_roles_are_read() -> None:
    source = (
        ".. seealso::\n\n   Meta released Llama 2, an open-source model.\n\n"
        ".. tabs::\n\n   .. tab:: Mistral\n\n      Mistral 7B is an open-source model.\n\n"
        "   .. code-tab:: python\n\n      x = 'Mistral 7B is an open-source model.'\n\n"
        ".. grid-item-card:: Card\n   :link: https://example.org\n\n   OLMo is open source.\n\n"
        "See :ref:`the Mistral 7B notes <notes>`, :ref:`a-label-name` and :term:`open source`.\n"
    )
    assert shown(source) == (
        "Meta released Llama 2, an open-source model. Mistral 7B is an open-source model. "
        "OLMo is open source. See the Mistral 7B notes , and open source ."
    )
    findings = analyse(source, path="guide.rst").findings
    assert [(f.model.text, f.code) for f in findings] == [("Llama 2", "OW102"), ("Mistral 7B", "OW101")]


def test_the_sphinx_names_are_forgotten_after_a_read() -> None:
    from docutils.parsers.rst import directives, roles

    read(".. seealso::\n\n   Text.\n\n:ref:`x <y>`\n")
    assert "seealso" not in directives._directives
    assert "ref" not in roles._roles


@pytest.mark.parametrize(
    "directive",
    [
        f".. include:: {CLAIM}",
        ".. include:: other.rst\n   :literal:\n   :start-line: x",  # a bad option
        ".. include::",  # no file
        f".. include:: other.rst\n\n   {CLAIM}",  # a body it takes none of
        f".. raw:: html\n\n   <p>{CLAIM}</p>",
        f".. raw:: html\n   :file: {CLAIM}",
    ],
)
def test_disabled_directives_are_read_as_docutils_reads_them(directive: str) -> None:
    # docutils gives a system message for each; a stand-in gives the same without importing the
    # module of docutils' own (and urllib.request with it), in a fresh process.
    source = f"OLMo is open source.\n\n{directive}\n\nThe end.\n"
    code = (
        "import sys; from linter.readers.rst import read; "
        f"print(repr(read({source!r}).prose)); "
        "print('docutils.parsers.rst.directives.misc' in sys.modules)"
    )
    prose, loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert loaded == "False"
    assert ast.literal_eval(prose) == read(source).prose
    assert shown(source) == "OLMo is open source. The end."


def test_disabled_directives_are_what_docutils_makes_of_them() -> None:
    from docutils.parsers.rst import directives
    from docutils.parsers.rst.directives import misc

    for name in ("include", "raw"):
        source = f"OLMo is open source.\n\n.. {name}:: {CLAIM}\n\n   {CLAIM}\n\nThe end.\n"
        ours = read(source)
        directives.register_directive(name, getattr(misc, name.title()))  # docutils' own, loaded
        try:
            theirs = read(source)
        finally:
            directives._directives.pop(name, None)
        assert (ours.prose, ours.blocks) == (theirs.prose, theirs.blocks)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_lines_are_counted_as_docutils_counts_them(newline: str) -> None:
    source = newline.join(["Notes", "=====", "", "Intro.\fMore intro.", "", CLAIM, ""])
    (finding,) = analyse(source, path="notes.rst").findings
    assert source[finding.start : finding.end] == "open-source"
    assert source[finding.model.start : finding.model.end] == "Mistral 7B"
