"""Properties that hold for any document: generated Markdown, MDX, reStructuredText, HTML and text,
with claims, model names, markup and hostile Unicode (issue 13).

For every document: no exception; every finding's span is in bounds and is the claim's own text
(and the model's span is the model as written); the same text gives the same findings; ``--fix``
changes nothing outside the fixes of reported findings, and a second ``--fix`` changes nothing
(with ``--unsafe-fixes`` too).

CI runs a modest number of examples; ``python scripts/fuzz.py`` runs 100,000 (or
``OPENWASH_FUZZ_EXAMPLES`` sets the count).
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from linter.api import analyse
from linter.apply_fixes import allowed, choose, fix_text

# CI: a fixed set of examples (derandomized, so a run never fails by chance); the fuzz script:
# as many random ones as it is asked for.
FUZZ = os.environ.get("OPENWASH_FUZZ_EXAMPLES")
EXAMPLES = int(FUZZ or "200")

MODELS = [
    "Llama 2",
    "Llama 3.1 405B",
    "Mistral 7B",
    "Mixtral 8x7B",
    "GPT-4",
    "GPT-4o",
    "Claude",
    "Gemini",
    "OLMo",
    "OLMo 2",
    "Pythia",
    "Gemma 3",
    "Phi-4",
    "DeepSeek-R1",
    "BLOOM",
    "Falcon 40B",
    "Qwen2.5",
    "Stable Diffusion",
    "MPT-7B",
    "Code Llama",
    "llama",
    "GPT4",
    "Mistral&nbsp;7B",
    "Llama-2-7b-hf",
]
CLAIMS = [
    "open source",
    "open-source",
    "Open Source",
    "OPEN SOURCE",
    "opensource",
    "open-sourced",
    "open sourcing",
    "open weights",
    "open-weights",
    "fully open source",
    "truly open-source",
    "#opensource",
    "open\nsource",
    "open\r\nsource",
    "open\rsource",
    "open\u00a0source",
    "open‑source",
    "**open** source",
    "*open-source*",
    "`open source`",
    "open-source-ish",
    "not open source",
]
TEMPLATES = [
    "{m} is {c}.",
    "{m}, an {c} model, is here.",
    "Meta released {m}, a {c} model from Meta.",
    "We {c} {m} today.",
    "{m} was {c} last year.",
    "Is {m} {c}?",
    "The {c} {m} model",
    "{m} and {m2} are {c}.",
    "Models such as {m} and {m2} are {c} models.",
    "It is {c}.",
    "{c} models like {m}",
    "vLLM, an {c} library for serving {m}.",
    "{m} isn't really {c}, but {m2} is.",
    '"{m} is {c}", they said.',
]
HOSTILE = [
    "\u200b",
    "\u200d",
    "\u200e",
    "\u202e",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u0301",
    "\u00a0",
    "\t",
    "\r",
    "\r\n",
    "\n",
    "\x00",
    "\x1b[31m",
    "\ud7ff",
    "\U0001f600",
    "\U0001f1fa\U0001f1f8",
    "ｏｐｅｎ",
    "İ",
    "ß",
    "ﬁ",
    "\\",
    "<",
    ">",
    "&",
    "&amp;",
    "&#x27;",
    "]",
    "(",
    ")",
    "[",
    "`",
    "*",
    "_",
    "|",
    "{",
    "}",
]


SUPPRESSIONS = ["disable-next-line", "disable-line", "disable", "enable", "disable-file"]
CODES = ["", " OW101", " OW1, OW103", " bogus", " -- a reason"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(TEMPLATES))
    return template.format(
        m=draw(st.sampled_from(MODELS)), m2=draw(st.sampled_from(MODELS)), c=draw(st.sampled_from(CLAIMS))
    )


noise = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12))
phrase = st.lists(st.one_of(sentences(), sentences(), noise), min_size=1, max_size=4).map(" ".join)


def _markdown_block(draw: st.DrawFn, mdx: bool) -> str:
    text = draw(phrase)
    kind = draw(st.sampled_from(
        ["p", "h1", "h2", "li", "ol", "quote", "table", "fence", "code", "link", "html", "comment",
         "suppress", "front", "emph", "setext", "indent", "ref"] + (["import", "jsx", "expr"] if mdx else [])
    ))  # fmt: skip
    return {
        "p": text,
        "h1": f"# {text}",
        "h2": f"## {text} ##",
        "li": f"- {text}\n  - {draw(phrase)}",
        "ol": f"1. {text}\n2. {draw(phrase)}",
        "quote": f"> {text}\n> > {draw(phrase)}",
        "table": f"| Model | Notes |\n|---|---|\n| {text} | {draw(phrase)} |",
        "fence": f"```{draw(st.sampled_from(['', 'python', '~~~']))}\n{text}\n```",
        "code": f"Use `{text}` or ``{draw(phrase)}``.",
        "link": f"[{text}](https://example.org/{draw(phrase)}) and <https://x.y/{text}>",
        "html": f"<div>\n{text}\n</div>",
        "comment": f"<!-- {text} -->",
        "suppress": f"<!-- openwash-{draw(st.sampled_from(SUPPRESSIONS))}{draw(st.sampled_from(CODES))} -->",
        "front": f"---\ntitle: {text}\nmodel: {draw(st.sampled_from(MODELS))}\n---",
        "emph": f"*{text}* and **{draw(phrase)}** and _{draw(phrase)}_",
        "setext": f"{text}\n===",
        "indent": f"    {text}",
        "ref": f"[{text}]: https://example.org",
        "import": f"import X from '{text}'",
        "jsx": f'<Tabs>\n<TabItem value="{text}">\n{draw(phrase)}\n</TabItem>\n</Tabs>',
        "expr": f"{{/* {text} */}} {{props.{draw(phrase)}}}",
    }[kind]


def _rst_block(draw: st.DrawFn) -> str:
    text = draw(phrase)
    kind = draw(
        st.sampled_from(
            [
                "p",
                "title",
                "li",
                "literal",
                "code",
                "comment",
                "suppress",
                "quote",
                "role",
                "table",
                "directive",
            ]
        )
    )
    line = text.replace("\n", " ").replace("\r", " ")
    return {
        "p": text,
        "title": f"{line}\n{'=' * max(3, len(line))}",
        "li": f"* {text}\n* {draw(phrase)}",
        "literal": f"Example::\n\n    {text}",
        "code": f".. code-block:: python\n\n   {text}",
        "comment": f".. {text}",
        "suppress": f".. openwash-{draw(st.sampled_from(SUPPRESSIONS))}{draw(st.sampled_from(CODES))}",
        "quote": f"    {text}",
        "role": f"See :ref:`{line} <x>` and ``{line}`` and `{line} <https://x.y>`_.",
        "table": f"=====  =====\nA      B\n=====  =====\n{line}  x\n=====  =====",
        "directive": f".. note::\n\n   {text}",
    }[kind]


def _html_block(draw: st.DrawFn) -> str:
    text = draw(phrase)
    tag = draw(
        st.sampled_from(["p", "li", "h1", "code", "pre", "script", "div", "td", "span", "title", "!--", "a"])
    )
    if tag == "!--":
        return f"<!-- {text} -->"
    if tag == "a":
        return f'<a href="{text}" title="{draw(phrase)}">{draw(phrase)}</a>'
    close = draw(st.booleans())
    return f"<{tag}>{text}" + (f"</{tag}>" if close else "")


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, str]:
    suffix = draw(st.sampled_from(["md", "mdx", "rst", "html", "txt"]))
    blocks = []
    for _ in range(draw(st.integers(1, 6))):
        if suffix in ("md", "mdx"):
            blocks.append(_markdown_block(draw, suffix == "mdx"))
        elif suffix == "rst":
            blocks.append(_rst_block(draw))
        elif suffix == "html":
            blocks.append(_html_block(draw))
        else:
            blocks.append(draw(phrase))
    separators = st.sampled_from(["\n\n", "\n", ""])
    text = (
        blocks[0]
        + "".join(draw(separators) + block for block in blocks[1:])
        + draw(st.sampled_from(["", "\n"]))
    )
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))  # the file's line endings
    return f"doc.{suffix}", text.replace("\n", newline)


def _summary(result) -> list[tuple]:
    return [(f.code, f.start, f.end, f.model.id, f.model.start, f.message, f.fix) for f in result.findings]


SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
    derandomize=not FUZZ,
    # scripts/fuzz.py --no-shrink: the first failure as generated, without minutes of shrinking.
    phases=[Phase.generate] if os.environ.get("OPENWASH_FUZZ_NO_SHRINK") else tuple(Phase),
)


@SETTINGS
@given(documents())
def test_any_document(doc: tuple[str, str]) -> None:
    path, text = doc
    result = analyse(text, path=path)

    for f in result.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.claim
        assert 0 <= f.model.start <= f.model.end <= len(text)
        assert text[f.model.start : f.model.end] == f.model.text
        for edit in f.fix.edits if f.fix else ():
            assert 0 <= edit.start <= edit.end <= len(text)

    assert _summary(analyse(text, path=path)) == _summary(result)  # deterministic
    # The CLI leaves out the claims no model name can reach: the same findings.
    assert _summary(analyse(text, path=path, every_claim=False)) == _summary(result)

    fixed = fix_text(text, path=path)
    # Outside the edits of the fixes reported, not a character changes.
    spans = sorted(
        {(e.start, e.end) for f in result.findings if f.fix and allowed(f.fix, False) for e in f.fix.edits}
    )
    pattern, pos = [], 0
    for start, end in spans:
        if start < pos:  # overlapping edits: one waits for a later round; let the region change
            pattern[-1] = "(?:.*?)"
            pos = max(pos, end)
            continue
        pattern += [re.escape(text[pos:start]), "(?:.*?)"]
        pos = end
    pattern.append(re.escape(text[pos:]))
    assert re.fullmatch("".join(pattern), fixed.text, re.DOTALL), (
        "a fix changed text outside the reported findings"
    )


@SETTINGS
@given(documents(), st.booleans())
def test_fix_converges_in_one_run(doc: tuple[str, str], unsafe: bool) -> None:
    path, text = doc
    fixed = fix_text(text, path=path, unsafe=unsafe)
    # ``fixed.result`` is the lint of the fixed text, the first thing a second run computes: where
    # it offers no fix to apply, a second run stops there without a change.
    if choose(fixed.result, unsafe):
        again = fix_text(fixed.text, path=path, unsafe=unsafe).text
        assert again == fixed.text, "a second --fix changed the file again"
