"""The text format: ruff-like header, the source line with the claim underlined, a help line."""

from __future__ import annotations

from linter.api import analyse
from linter.render import locate
from linter.render import text as render_text
from tests.check_cli import run_check

PASSAGE = "# Notes\n\nWe build on Mistral 7B, an open-source model.\n\tGPT-4 is open source.\n"


def rendered(color: bool = False) -> str:
    result = analyse(PASSAGE, path="notes.md")
    return render_text.render(locate("notes.md", PASSAGE, result.findings), 1, color=color)


def test_snapshot() -> None:
    assert rendered() == (
        "notes.md:3:28: OW101 'open-source' describes Mistral 7B, which is open weights, not open source: "
        "weights under Apache License 2.0, but the training code and data are not released. "
        "Say 'open weights'.\n"
        "  |\n"
        "3 | We build on Mistral 7B, an open-source model.\n"
        "  |                            ^^^^^^^^^^^\n"
        "  = help: Replace 'open-source' with 'open-weights'\n"
        "\n"
        "notes.md:4:11: OW103 'open source' describes GPT-4, which is proprietary, not open source: "
        "its weights are not released. Say 'proprietary'.\n"
        "  |\n"
        "4 |  GPT-4 is open source.\n"
        "  |           ^^^^^^^^^^^\n"
        "  = help: Replace 'open source' with 'proprietary'\n"
        "\n"
        "Found 2 findings in 1 of 1 file (2 fixable with --fix).\n"
    )


def test_colour_only_when_asked() -> None:
    assert "\x1b[" not in rendered(color=False)
    coloured = rendered(color=True)
    assert "\x1b[" in coloured
    assert "open-source" in coloured


def test_not_a_terminal_means_no_colour_and_concise_is_one_line_each(tmp_path) -> None:
    doc = tmp_path / "notes.md"
    doc.write_text(PASSAGE)
    full = run_check(str(doc))
    assert "\x1b[" not in full.stdout and "^^^^" in full.stdout
    concise = run_check("--format", "concise", str(doc)).stdout.splitlines()
    assert [line.split(": ")[1].split()[0] for line in concise[:2]] == ["OW101", "OW103"]
    assert concise[2] == "Found 2 findings in 1 of 1 file (2 fixable with --fix)."


def test_clean_summary(tmp_path) -> None:
    (tmp_path / "ok.md").write_text("OLMo 2 is open source.\n")
    result = run_check(str(tmp_path))
    assert (result.exit_code, result.stdout) == (0, "All checked: 1 file, no findings.\n")
