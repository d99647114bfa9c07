"""Suppression comments: a passage in, the findings that remain out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linter.api import analyse
from linter.suppressions import parse
from tests.check_cli import run_check


def remaining(text: str, path: str = "doc.md") -> list[tuple[int, str]]:
    """(line, code) of each finding left after suppressions."""
    result = analyse(text, path=path)
    return [(text.count("\n", 0, f.start) + 1, f.code) for f in result.findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # next line, all rules
            "<!-- openwash-disable-next-line -->\nMistral 7B is an open-source model.\n",
            [],
        ),
        (  # only the next line
            "<!-- openwash-disable-next-line -->\nMistral 7B is an open-source model.\n\n"
            "Mistral 7B is an open-source model.\n",
            [(4, "OW101")],
        ),
        (  # a blank line may sit between the comment and the text
            "<!-- openwash-disable-next-line OW101 -->\n\nMistral 7B is an open-source model.\n",
            [],
        ),
        (  # another rule's code does not silence it
            "<!-- openwash-disable-next-line OW102 -->\nMistral 7B is an open-source model.\n",
            [(2, "OW101")],
        ),
        (  # codes comma or space separated, prefixes allowed, a reason after --
            "<!-- openwash-disable-next-line OW103, ow1 -- quoting the vendor -->\n"
            "Mistral 7B is an open-source model.\n",
            [],
        ),
        (  # same line
            "Mistral 7B is an open-source model. <!-- openwash-disable-line OW101 -->\n",
            [],
        ),
        (  # a region, closed by enable
            "<!-- openwash-disable -->\nMistral 7B is an open-source model.\n\nGPT-4 is open source.\n"
            "<!-- openwash-enable -->\n\nGPT-4 is open source.\n",
            [(7, "OW103")],
        ),
        (  # a region for one rule only
            "<!-- openwash-disable OW103 -->\nMistral 7B is an open-source model.\n\nGPT-4 is open source.\n",
            [(2, "OW101")],
        ),
        (  # the whole file, wherever the comment is
            "Mistral 7B is an open-source model.\n\nGPT-4 is open source.\n\n"
            "<!-- openwash-disable-file -->\n",
            [],
        ),
        (  # the directive's name in running text is not a comment
            "Write `openwash-disable` in a comment.\n\nMistral 7B is an open-source model.\n",
            [(3, "OW101")],
        ),
    ],
)
def test_markdown_comments(text: str, expected: list[tuple[int, str]]) -> None:
    assert remaining(text) == expected


def test_restructuredtext_comments() -> None:
    text = (
        "Models\n======\n\n"
        ".. openwash-disable-next-line OW101\n\n"
        "Mistral 7B is an open-source model.\n\n"
        ".. openwash-disable\n\n"
        "GPT-4 is open source.\n\n"
        ".. openwash-enable\n\n"
        "GPT-4 is open source.\n"
    )
    assert [(d.kind, d.codes) for d in parse(text).directives] == [
        ("disable-next-line", ("OW101",)),
        ("disable", None),
        ("enable", None),
    ]
    assert remaining(text, "doc.rst") == [(14, "OW103")]


def test_a_malformed_comment_is_a_notice_not_a_suppression() -> None:
    result = analyse(
        "<!-- openwash-disable-next-line because we say so -->\nMistral 7B is an open-source model.\n",
        path="doc.md",
    )
    assert [f.code for f in result.findings] == ["OW101"]
    assert result.notices and "not a rule code" in result.notices[0]


def test_unused_suppressions_are_reported_as_ow900(tmp_path: Path) -> None:
    doc = tmp_path / "page.md"
    doc.write_text(
        "<!-- openwash-disable-next-line OW101 -->\n"
        "Mistral 7B is an open-source model.\n\n"
        "<!-- openwash-disable-next-line OW102 -->\n"
        "Mistral 7B is an open-source model.\n\n"
        "<!-- openwash-disable-file OW201 -->\n"
    )
    quiet = run_check("--format", "json", str(doc))
    assert [f["code"] for f in json.loads(quiet.stdout)["findings"]] == ["OW101"]
    loud = run_check("--format", "json", "--report-unused-suppressions", str(doc))
    found = [(f["line"], f["code"], f["message"]) for f in json.loads(loud.stdout)["findings"]]
    assert found == [
        (4, "OW900", "Unused suppression: 'openwash-disable-next-line OW102' silences no finding."),
        (5, "OW101", found[1][2]),
        (7, "OW900", "Unused suppression: 'openwash-disable-file OW201' silences no finding."),
    ]
    assert loud.exit_code == 1
    ignored = run_check("--format", "json", "--report-unused-suppressions", "--ignore", "OW900", str(doc))
    assert [f["code"] for f in json.loads(ignored.stdout)["findings"]] == ["OW101"]


def test_a_used_suppression_is_not_reported(tmp_path: Path) -> None:
    doc = tmp_path / "page.md"
    doc.write_text("<!-- openwash-disable-next-line -->\nMistral 7B is an open-source model.\n")
    result = run_check("--report-unused-suppressions", str(doc))
    assert result.exit_code == 0, result.stdout


def test_asking_for_unused_suppressions_reports_them_whatever_select_says(tmp_path: Path) -> None:
    (tmp_path / ".openwash.toml").write_text('select = ["OW1"]\n')
    doc = tmp_path / "page.md"
    doc.write_text("<!-- openwash-disable-next-line OW103 -->\nNothing to see.\n")
    result = run_check("--format", "json", "--report-unused-suppressions", str(doc))
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == ["OW900"]


def test_comments_shown_as_code_in_markdown_are_examples_not_directives(tmp_path: Path) -> None:
    doc = tmp_path / "howto.md"
    doc.write_text(
        "# Silencing openwash\n\n"
        "Put `<!-- openwash-disable-file -->` anywhere to skip a whole page, or a region:\n\n"
        "```markdown\n<!-- openwash-disable OW101 -->\nquoted text\n<!-- openwash-enable -->\n```\n\n"
        "    <!-- openwash-disable-next-line -->\n\n"
        "Our own text: Mistral 7B is an open-source model.\n\n"
        "<!-- openwash-disable-next-line OW103 -- the vendor's words -->\n"
        "Mistral 7B is an open-source model.\n"
    )
    result = run_check("--format", "json", "--report-unused-suppressions", str(doc))
    found = [(f["line"], f["code"]) for f in json.loads(result.stdout)["findings"]]
    # Only the real comment (line 15) is a directive; it names the wrong rule, so both claims stay.
    assert found == [(13, "OW101"), (15, "OW900"), (16, "OW101")]


def test_comments_in_restructuredtext_literal_blocks_are_examples() -> None:
    text = (
        "Silencing openwash\n==================\n\n"
        "Above a line::\n\n    .. openwash-disable-file\n\n"
        ".. code-block:: rst\n\n   .. openwash-disable OW1\n\n"
        ".. openwash-disable-next-line OW101\n\n"
        "Mistral 7B is an open-source model.\n\n"
        "Falcon 40B is an open-source model.\n"
    )
    assert [(d.kind, d.line) for d in parse(text, "page.rst").directives] == [("disable-next-line", 12)]
    assert remaining(text, "page.rst") == [(16, "OW101")]
    # The same lines in a text file, where nothing is code, are all directives.
    assert len(parse(text, "page.txt").directives) == 3
