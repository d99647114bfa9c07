"""MDX: Markdown with JSX, ESM and expressions. The MDX-only syntax is masked; JSX children stay."""

from __future__ import annotations

import pytest

from linter.api import analyse
from linter.readers.mdx import read

CLAIM = "Mistral 7B is an open-source model."


def shown(text: str) -> str:
    """The prose, with runs of spaces folded, to compare what a reader sees."""
    return " ".join(read(text).prose.split())


@pytest.mark.parametrize(
    "source",
    [
        f"import Claim from './claim'\nexport const note = '{CLAIM}'\n\nOLMo is open source.\n",
        f'export const meta = {{\n  note: "{CLAIM}",\n}}\n\nOLMo is open source.\n',
        f"export function Note() {{\n  const claim = '{CLAIM}'\n\n  return <p>{{claim}}</p>\n}}\n\n"
        "OLMo is open source.\n",
        f'<Callout title="{CLAIM}" />\n\nOLMo is open source.\n',
        f"<Callout\n  title='{CLAIM}'\n  open\n  extra={{{{ note: \"{CLAIM}\" }}}}\n/>\n\n"
        "OLMo is open source.\n",
        f"{{/* {CLAIM} */}}\n\nOLMo is open source.\n",
        f'OLMo is open source. {{"{CLAIM}"}}\n',
        f"```jsx\n<Tabs>{{'{CLAIM}'}}</Tabs>\n```\n\nOLMo is open source.\n",
        f"OLMo is open source. `{CLAIM}`\n",
        f"<Tabs>\n  <Tab label={{`{CLAIM}`}}>\n    OLMo is open source.\n  </Tab>\n</Tabs>\n",
    ],
    ids=["import", "export-object", "export-function-with-blank-lines",
         "self-closing-prop", "multiline-props", "comment", "expression",
         "fence", "code-span", "prop-expression"],
)  # fmt: skip
def test_mdx_syntax_and_code_are_not_prose(source: str) -> None:
    assert shown(source) == "OLMo is open source."
    assert analyse(source, path="page.mdx").findings == []


def test_jsx_children_are_markdown() -> None:
    source = (
        "<Tabs>\n"
        '  <TabItem value="a">\n'
        "    Meta released Llama 2, an open-source model.\n"
        "\n"
        "    - OLMo is open source.\n"
        "    - Mistral 7B is an **open-source** model.\n"
        "  </TabItem>\n"
        "</Tabs>\n"
    )
    doc = read(source)
    kinds = [(b.kind, source[b.start : b.end].strip()) for b in doc.blocks]
    # Indented four spaces inside the wrapper, yet not a code block: MDX has no indented code.
    assert kinds == [
        ("paragraph", "Meta released Llama 2, an open-source model."),
        ("list_item", "- OLMo is open source."),
        ("list_item", "- Mistral 7B is an **open-source** model."),
    ]
    findings = analyse(source, path="page.mdx").findings
    assert [(f.model.text, f.code) for f in findings] == [("Llama 2", "OW102"), ("Mistral 7B", "OW101")]
    for f in findings:
        assert source[f.start : f.end] == f.claim
        assert source[f.model.start : f.model.end] == f.model.text


def test_text_after_a_tag_at_the_start_of_a_line_is_a_paragraph() -> None:
    source = '<Note kind="info">Mistral 7B is an open-source model.</Note>\n'
    (finding,) = analyse(source, path="page.mdx").findings
    assert source[finding.start : finding.end] == "open-source"
    assert read(source).blocks[0].kind == "paragraph"


def test_inline_jsx_keeps_the_words_around_it() -> None:
    source = 'Meta released <Model id="llama-2">Llama 2</Model>, an open-source model.\n'
    assert shown(source) == "Meta released Llama 2 , an open-source model."


def test_front_matter_title_is_the_subject() -> None:
    source = "---\ntitle: Mistral 7B\nauthor: Ann\n---\nimport X from './x'\n\nThe model is small.\n"
    doc = read(source)
    assert doc.subject is not None and source[slice(*doc.subject)] == "Mistral 7B"
    # The title is shown to readers (a heading); other keys and the imports are not prose.
    assert shown(source) == "Mistral 7B The model is small."


@pytest.mark.parametrize(
    "source",
    ["{ unclosed brace\n\nOLMo is open source.\n", "<Broken prop=\"x\n\nOLMo is open source.\n",
     "a < b and c > d, OLMo is open source.\n", "<https://example.org> OLMo is open source.\n"],
)  # fmt: skip
def test_broken_or_literal_syntax_is_left_as_text(source: str) -> None:
    doc = read(source)
    assert len(doc.prose) == len(source)
    assert "OLMo is open source." in doc.prose


def test_an_unfinished_export_runs_to_the_end_of_the_file() -> None:
    source = "OLMo is open source.\n\nexport const meta = {\n  note: 'unfinished',\n"
    assert shown(source) == "OLMo is open source."
