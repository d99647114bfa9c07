"""Everything per file is linear in its size: doubling an input at most about doubles the work.

Work is counted, not timed: the lines of openwash's own Python executed (a tracer counts them), and
the length of text handed to spaCy, whose cost grows faster than that length. Each input is a
shape that once took quadratic time (issue 13, R06/R07/R26/R27): runs of adjacent claim-bearing
list items, paragraphs and table rows, ``x](`` runs in a Markdown paragraph, unclosed ``<div>``s.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import linter
from linter.api import analyse
from linter.claims import PRESCAN
from linter.readers import reader_for
from linter.segment import segments

PACKAGE = str(Path(linter.__file__).parent)


def lines_run(work: Callable[[], object]) -> int:
    """How many lines of the linter's own code ``work()`` executes."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    sys.settrace(calls)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


def growth(make: Callable[[int], str], path: str, n: int) -> float:
    """Work on an input of size 2n over work on size n."""
    small, large = make(n), make(2 * n)
    analyse(small, path=path)  # imports and caches outside the count
    return lines_run(lambda: analyse(large, path=path)) / lines_run(lambda: analyse(small, path=path))


def claim_list(n: int) -> str:
    return "".join(f"- Llama 2 is an open-source model, build {i}.\n" for i in range(n))


def claim_paragraphs(n: int) -> str:
    return "".join(f"Mistral 7B is open source, says note {i}.\n\n" for i in range(n))


def claim_table(n: int) -> str:
    return "| Model | Licence |\n|---|---|\n" + "".join(f"| Llama 2 | open source {i} |\n" for i in range(n))


def html_claims(n: int) -> str:
    return "".join(f"<p>Mistral 7B is an open-source model, page {i}.</p>\n" for i in range(n))


@pytest.mark.parametrize(
    ("make", "path"),
    [
        (claim_list, "list.md"),
        (claim_paragraphs, "notes.md"),
        (claim_table, "table.md"),
        (html_claims, "a.html"),
    ],
    ids=["list items", "paragraphs", "table rows", "html paragraphs"],
)
def test_adjacent_claim_bearing_blocks_cost_linear_work(make, path: str) -> None:
    assert growth(make, path, 150) < 2.4


@pytest.mark.parametrize("make", [claim_list, claim_table], ids=["list items", "table rows"])
def test_spacy_reads_adjacent_claims_in_pieces_of_bounded_length(make) -> None:
    lengths = {}
    for n in (500, 2000):
        doc = reader_for("a.md")(make(n))
        candidates = [m.start() for m in PRESCAN.finditer(doc.prose)]
        pieces = [len(s.text) for s in segments(doc, candidates, None)]
        lengths[n] = (max(pieces), sum(pieces))
    assert lengths[2000][0] == pytest.approx(lengths[500][0], rel=0.1)  # the longest piece
    assert lengths[2000][1] < 4.4 * lengths[500][1]  # all pieces, context included


def test_every_claim_of_a_long_list_is_reported_once_at_its_place() -> None:
    text = claim_list(400)
    findings = analyse(text, path="list.md").findings
    assert len(findings) == 400
    assert [text[f.start : f.end] for f in findings] == ["open-source"] * 400
    assert [text.count("\n", 0, f.start) for f in findings] == list(range(400))
    assert {f.model.text for f in findings} == {"Llama 2"}


def test_a_lead_in_still_introduces_its_items_in_a_long_run() -> None:
    items = "".join(f"- Model number {i} is described here.\n" for i in range(30))
    text = "Open-source models we ship:\n\n- Mistral 7B\n- Llama 2\n" + items + claim_list(200)
    found = {(f.model.text, f.code) for f in analyse(text, path="list.md").findings}
    assert {("Mistral 7B", "OW101"), ("Llama 2", "OW102")} <= found


def test_bracket_paren_runs_in_a_markdown_paragraph_cost_linear_work() -> None:
    def make(n: int) -> str:
        return "Llama 2 is an open-source model. " + "x](" * n + "\n"

    assert growth(make, "a.md", 400) < 2.4
    text = make(2000)
    [finding] = analyse(text, path="a.md").findings
    assert text[finding.start : finding.end] == "open-source"


def test_unmatched_backtick_runs_cost_linear_work() -> None:
    def make(n: int) -> str:
        runs = " ".join("`" * (k % 40 + 1) + "x" for k in range(n))
        return f"Llama 2 is an open-source model. {runs}\n"

    assert growth(make, "a.md", 400) < 2.4


def test_unclosed_divs_in_html_cost_linear_work() -> None:
    def make(n: int) -> str:
        return "<p>Llama 2 is an open-source model." + "<div>x" * n + "\n"

    assert growth(make, "a.html", 400) < 2.4
    text = make(3000)
    [finding] = analyse(text, path="a.html").findings
    assert text[finding.start : finding.end] == "open-source"


def test_links_are_still_masked_after_the_single_pass() -> None:
    text = "See [Llama 2](https://x.org/open-source(v2)) and ![open source](a.png) for [details][ref].\n"
    prose = reader_for("a.md")(text).prose
    assert "https" not in prose and "a.png" not in prose and "ref" not in prose
    assert prose.index("Llama 2") == text.index("Llama 2")
    assert prose.index("open source") == text.index("open source")
    assert prose.index("details") == text.index("details")


def test_a_file_over_the_reader_budget_is_read_as_plain_text_with_a_notice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tracemalloc

    import linter.readers

    filler = "The guide explains each step of the rollout for operators and reviewers alike.\n\n" * 30
    text = (filler + "Llama 2 is an open-source model.\n\n") * 300
    monkeypatch.setattr(linter.readers, "READER_BUDGET", len(text) // 2)
    analyse("Llama 2 is open source.", path="warm.md")
    tracemalloc.start()
    try:
        result = analyse(text, path="huge.md")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(result.findings) == 300
    assert {text[f.start : f.end] for f in result.findings} == {"open-source"}
    assert any("read as plain text" in notice for notice in result.notices)
    assert peak < 8 * len(text)  # a few copies of the text, not objects per character


def test_a_file_within_the_budget_keeps_its_reader() -> None:
    text = "```\nLlama 2 is open source.\n```\n\nMistral 7B is an open-source model.\n"
    result = analyse(text, path="a.md")
    assert [f.model.text for f in result.findings] == ["Mistral 7B"]  # the code block is masked
    assert not result.notices
