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
        "notes.md:3:28: OW101 'open-source' describes Mistral 7B, which is open weights, not open source\n"
        "  |\n"
        "3 | We build on Mistral 7B, an open-source model.\n"
        "  |                            ^^^^^^^^^^^\n"
        "  = note: Mistral 7B: weights under Apache License 2.0, but the training code and data are not "
        "released.\n"
        "  = help: Replace 'open-source' with 'open-weights'\n"
        "\n"
        "notes.md:4:11: OW103 'open source' describes GPT-4, which is proprietary, not open source\n"
        "  |\n"
        "4 |  GPT-4 is open source.\n"
        "  |           ^^^^^^^^^^^\n"
        "  = note: GPT-4: its weights are not released.\n"
        "  = help: Replace 'open source' with 'proprietary'\n"
        "\n"
        "Found 2 findings in 1 of 1 file (2 fixable with --fix).\n"
    )


def test_one_code_frame_per_claim_and_short_headlines() -> None:
    text = "Mistral 7B and Mixtral 8x7B are open-source models.\n"
    out = render_text.render(locate("a.md", text, analyse(text, path="a.md").findings), 1)
    assert out.count("1 | Mistral 7B and") == 1  # one frame for the two models of the list
    assert out.count("= help: Replace 'open-source' with 'open-weights'") == 1
    headlines = [line for line in out.splitlines() if line.startswith("a.md:")]
    assert [h.split(" describes ")[1].split(",")[0] for h in headlines] == ["Mistral 7B", "Mixtral 8x7B"]
    assert all(len(h) < 120 for h in headlines)
    # The one fix for both models counts once.
    assert out.endswith("Found 2 findings in 1 of 1 file (1 fixable with --fix).\n")


def test_long_line_is_cut_around_the_claim() -> None:
    text = "word " * 2000 + "Meta released Llama 2, an open-source model. " + "more " * 2000 + "\n"
    out = render_text.render(locate("a.md", text, analyse(text, path="a.md").findings), 1)
    source, carets = out.splitlines()[2:4]
    assert len(source) < 120 and source.startswith("1 | …") and source.endswith("…")
    assert source[carets.index("^") : carets.rindex("^") + 1] == "open-source"


def test_carets_after_wide_characters() -> None:
    text = "Launch 🚀🚀 notes: Mistral 7B is an open-source model.\n"
    out = render_text.render(locate("a.md", text, analyse(text, path="a.md").findings), 1)
    source, carets = out.splitlines()[2:4]
    # Each rocket takes two columns on a terminal: the carets sit one column further per rocket.
    assert carets.index("^") == source.index("open-source") + 2
    marked = "Cafe\u0301 notes\u200b: Mistral 7B is an open-source model.\n"  # e + accent; zero-width space
    out = render_text.render(locate("a.md", marked, analyse(marked, path="a.md").findings), 1)
    source, carets = out.splitlines()[2:4]
    # The accent and the zero-width space take no column.
    assert carets.index("^") == source.index("open-source") - 2


def test_claim_wrapped_over_lines_prints_one_line_each(tmp_path) -> None:
    doc = tmp_path / "wrapped.md"
    doc.write_bytes(b"Llama 2 is open\r\nsource and free.\r\n")
    concise = run_check("--format", "concise", str(doc)).stdout
    # Reported on one line; no fix, since no one word can take the place of two lines.
    assert concise.splitlines() == [
        f"{doc}:1:12: OW102 'open source' describes Llama 2, which is source-available, not open source",
        "Found 1 finding in 1 of 1 file.",
    ]
    assert "\r" not in concise
    full = run_check(str(doc)).stdout
    assert "= help: Say 'source-available' instead of 'open source' for Llama 2" in full and "\r" not in full


def test_summary_counts_unsafe_fixes() -> None:
    text = "Meta open-sourced Llama 2. Mistral 7B is an open-source model.\n"
    located = locate("a.md", text, analyse(text, path="a.md").findings)
    assert render_text.summary(located, 1).endswith("(1 fixable with --fix; 1 more with --unsafe-fixes).")
    assert render_text.summary(located, 1, unsafe=True).endswith("(2 fixable with --fix --unsafe-fixes).")


def test_help_reads_the_same_with_or_without_a_fix() -> None:
    text = "Llama 2 and OLMo are open source.\n"
    out = render_text.render(locate("a.md", text, analyse(text, path="a.md").findings), 1)
    # No fix: the one word would be wrong for OLMo; the help names Llama 2's status alone.
    help_ = "= help: Say that Llama 2 is source-available; 'open source' also covers models of another status"
    assert help_ in out
    listed = "Open-source LLMs like LLaMA and Pythia are popular.\n"
    out = render_text.render(locate("a.md", listed, analyse(listed, path="a.md").findings), 1)
    assert "= help: Remove 'Open-source' and give each model its status (unsafe fix: --unsafe-fixes)" in out
    one = "Llama 2 is **open** source.\n"  # no fix either (markup inside the claim)
    out = render_text.render(locate("a.md", one, analyse(one, path="a.md").findings), 1)
    assert "= help: Say 'source-available' instead of 'open source' for Llama 2" in out


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


def test_a_run_that_skipped_a_file_never_says_all_checked(tmp_path) -> None:
    (tmp_path / "ok.md").write_text("OLMo 2 is open source.\n")
    (tmp_path / "legacy.md").write_bytes("Caf\xe9 notes: GPT-4 is open source.\n".encode("latin-1"))
    result = run_check(str(tmp_path))
    assert result.exit_code == 2
    assert "legacy.md: skipped: not valid UTF-8" in result.stderr
    assert result.stdout == "No findings in 1 file; 1 not checked (see the errors above).\n"
    # A path that does not exist counts too, and the findings line says so as well.
    (tmp_path / "ok.md").write_text("GPT-4 is open source.\n")
    result = run_check("--format", "concise", "--statistics", str(tmp_path), str(tmp_path / "gone.md"))
    assert result.exit_code == 2
    assert result.stdout.splitlines()[-1] == (
        "Found 1 finding in 1 of 1 file (1 fixable with --fix); 2 not checked (see the errors above)."
    )
