"""A long Markdown document is parsed only where it can matter: cut at the starts of top-level
blocks, its pieces parse to exactly the tokens a whole parse gives, and the findings do not change.
The cut scan must never cut inside a fence, an HTML block or front matter, whatever their
indentation, and must not cut at all where nesting may reach markdown-it's limit."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import linter.readers.markdown as markdown
from linter.api import analyse
from linter.readers.markdown_pieces import cut_lines, normalised

parse = markdown._parser().parse


def key(tok) -> tuple:
    content = tok.content if tok.type in ("inline", "fence", "html_block", "front_matter") else ""
    return tok.type, tuple(tok.map or ()), tok.level, tok.tag, content


def pieces_parse(text: str, cuts: list[int]) -> list[tuple]:
    """Each piece parsed on its own, line numbers moved to where the piece lies."""
    starts = markdown._line_starts(text)
    out = []
    for k, cut in enumerate(cuts):
        end = starts[cuts[k + 1]] if k + 1 < len(cuts) else len(text)
        for tok in parse(text[starts[cut] : end]):
            if tok.map:
                tok.map = [tok.map[0] + cut, tok.map[1] + cut]
            out.append(key(tok))
    return out


def assert_pieces_exact(text: str) -> list[int]:
    cuts = cut_lines(normalised(text), parse)
    assert cuts is not None and cuts[0] == 0
    assert pieces_parse(text, cuts) == [key(t) for t in parse(text)]
    return cuts


def test_cuts_fall_before_paragraphs_outside_fences_and_html() -> None:
    text = (
        "# Guide\n\nIntro text.\n\n```\ncode\n\nnot a cut: inside the fence\n```\n\n"
        "After the fence.\n\n<!-- a comment\n\nstill the comment\n-->\n\nAfter the comment.\n"
    )
    lines = text.split("\n")
    cuts = assert_pieces_exact(text)
    assert [lines[c] for c in cuts[1:]] == ["Intro text.", "After the fence.", "After the comment."]


def test_front_matter_is_never_cut() -> None:
    text = "---\ntitle: Llama 2\n\nsummary: open source\n---\n\nBody text.\n"
    cuts = assert_pieces_exact(text)
    assert [text.split("\n")[c] for c in cuts[1:]] == ["Body text."]


def test_a_fence_nested_in_a_list_item_or_at_the_top_level_is_decided_by_markdown_it() -> None:
    nested = "1. Install:\n\n   ```\n   pip install x\n   ```\n\nThen run it.\n\nAnd read on.\n"
    top = "Intro.\n\n   ```\n   code\n\nstill code\n   ```\n\nAfter.\n"
    unclosed_in_list = "- item\n\n  ```\n  code\n\nOut of the list.\n\n```\n\ninside a fence\n```\n\nEnd.\n"
    for text in (nested, top, unclosed_in_list):
        assert_pieces_exact(text)
    assert "still code" not in [top.split("\n")[c] for c in assert_pieces_exact(top)]
    lines = unclosed_in_list.split("\n")
    assert "inside a fence" not in [lines[c] for c in assert_pieces_exact(unclosed_in_list)]


def test_backticks_in_an_info_string_open_no_fence() -> None:
    text = "``` not `a fence\n\nIntro.\n\n```\n\ninside a fence\n```\n\nAfter.\n"
    lines = text.split("\n")
    assert [lines[c] for c in assert_pieces_exact(text)[1:]] == ["Intro.", "After."]


def test_deep_nesting_is_parsed_whole() -> None:
    deep = "".join("  " * i + "- item\n" for i in range(60))
    assert cut_lines(normalised("Intro.\n\n" + deep + "\nAfter.\n"), parse) is None


_FRAGMENTS = [
    "Para text.\n", "\n", "\n", "  \n", "More words\n", "```\n", "```python\n", "~~~\n", "````\n",
    "  ```\n", "   ~~~\n", "``` a`b\n", "- item\n", "1. step\n", "  - nested\n", "    code\n", "\tcode\n",
    "> quote\n", "> ```\n", "<!-- comment\n", "-->\n", "<!-- one -->\n", "<div>\n", "</div>\n",
    "<script>\n", "</script>\n", "<?php\n", "?>\n", "<!DOCTYPE x\n", ">\n", "<![CDATA[\n", "]]>\n",
    "<span>\n", " <!--\n", "  <pre>\n", "</pre>\n", "# Heading\n", "Title\n", "===\n", "---\n", "...\n",
    "| a | b |\n", "|---|---|\n", "[ref]: http://x\n", "Text\r\n", "\r\n", "word\r", "* * *\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["", "---\n", "--- x\n"]),
    st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=80),
)
def test_pieces_parse_like_the_whole(front: str, fragments: list[str]) -> None:
    assert_pieces_exact(front + "".join(fragments))


def test_a_long_document_read_in_pieces_gives_the_same_findings(monkeypatch) -> None:
    section = (
        "## Notes {n}\n\nThe team shipped the tool.\n\n```\npip install tool\n\nrun it\n```\n\n"
        "<!--\nto do\n\nlater\n-->\n\nNothing to see here.\n\n"
    )
    claims = (
        "## Mistral 7B\n\nIt is an open-source model from Mistral AI.\n\n"
        "```\nLlama 2 is open source\n```\n\n"
        "Top open-source models:\n\n- Llama 2\n- OLMo\n\n"
        "| Model | Open source |\n|---|---|\n| Gemma | yes |\n\n"
    )
    text = "# Models\n\n" + "".join(section.format(n=n) + (claims if n % 20 == 9 else "") for n in range(60))
    whole = analyse(text, path="long.md")
    monkeypatch.setattr(markdown, "_PIECES_FROM", 0)
    calls = []
    original = markdown._parser().parse

    class Counting:
        def parse(self, src):
            calls.append(len(src))
            return original(src)

    monkeypatch.setattr(markdown, "_parser", lambda front_matter=True: Counting())
    pieces = analyse(text, path="long.md")
    assert whole.findings and pieces.findings == whole.findings
    assert sum(calls) < len(text) / 2  # most of it was never parsed
