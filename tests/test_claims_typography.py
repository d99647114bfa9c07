"""Typeset text joins "open" and "source" with other characters than an ASCII hyphen or space:
a non-breaking hyphen (U+2011, common in press text), a hyphen (U+2010), an en dash, a no-break
space, or in HTML a character reference. Each is a claim, found at its exact place."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.api import analyse, lint_file
from linter.claims import has_claim_word, might_claim
from linter.positions import LineIndex

SPELLINGS = [
    "open\u2011source",  # non-breaking hyphen
    "open\u2010source",  # hyphen
    "open\u2013source",  # en dash
    "open\u00a0source",  # no-break space
    "open\u202fsource",  # narrow no-break space
]


@pytest.mark.parametrize("claim", SPELLINGS)
def test_typographic_spellings_are_claims_at_their_exact_place(claim: str) -> None:
    text = f"# Launch\n\nToday we ship Mistral 7B, an {claim} model for everyone.\n"
    [finding] = analyse(text, path="press.md").findings
    assert finding.code == "OW101"
    assert text[finding.start : finding.end] == claim
    assert finding.model.text == "Mistral 7B"


@pytest.mark.parametrize("claim", SPELLINGS)
def test_the_byte_prescan_lets_them_through(tmp_path: Path, claim: str) -> None:
    path = tmp_path / "press.md"
    path.write_text(f"Mistral 7B is an {claim} model.\n", encoding="utf-8")
    assert might_claim(path.read_bytes())
    [finding] = lint_file(path).findings
    assert finding.code == "OW101"


def test_typographic_hyphens_after_an_intensifier() -> None:
    text = "Mistral 7B is fully\u2011open\u2011source."
    [finding] = analyse(text, path="a.md").findings
    assert text[finding.start : finding.end] == "fully\u2011open\u2011source"


@pytest.mark.parametrize(
    "reference", ["&nbsp;", "&#160;", "&#xa0;", "&#8209;", "&#x2011;", "&ndash;", "&#8211;"]
)
def test_character_references_between_the_words_in_html(tmp_path: Path, reference: str) -> None:
    text = f"<html><body>\n<p>We host Mistral 7B, an open{reference}source model.</p>\n</body></html>\n"
    path = tmp_path / "page.html"
    path.write_text(text, encoding="utf-8")
    assert has_claim_word(text)
    [finding] = lint_file(path).findings
    assert text[finding.start : finding.end] == f"open{reference}source"
    assert LineIndex(text).line_col(finding.start) == (2, text.splitlines()[1].index("open") + 1)


def test_an_em_dash_still_separates_two_phrases() -> None:
    # "open—source code follows" is no claim word: an em dash is punctuation between clauses.
    assert analyse("Mistral 7B is open\u2014source code follows.", path="a.md").findings == []
