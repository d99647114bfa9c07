"""``--fix`` and ``--diff`` over a copy of a realistic docs tree: the edits land, and nothing
else in the files changes, byte for byte."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from linter.api import LintResult, analyse
from linter.apply_fixes import apply_edits, choose, fix_text
from linter.finding import Edit, Finding, Fix, ModelRef
from tests.check_cli import run_check

TREE = Path(__file__).parent / "fixtures" / "docs-tree"

# What --fix must change in the tree, and nothing else: (file, before, after).
EXPECTED_EDITS = [
    ("README.md", "Mistral 7B, an open-source model", "Mistral 7B, an open-weights model"),
    ("README.md", "Mixtral 8x7B, which is open source", "Mixtral 8x7B, which is open weights"),
    ("blog/launch.md", "Llama 3.1, an open-source model", "Llama 3.1, a source-available model"),
    ("guide/models.md", "Llama 2 is an open-source model", "Llama 2 is a source-available model"),
    ("guide/models.md", "| An open-source model from Google", "| A source-available model from Google"),
    ("guide/release-notes.txt", "Mistral 7B, an open-source model", "Mistral 7B, an open-weights model"),
]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """The fixture tree in the shapes real repositories have: CRLF, a BOM, UTF-16, odd modes,
    and a build folder that .gitignore hides."""
    root = tmp_path / "docs-tree"
    shutil.copytree(TREE, root)
    models = root / "guide" / "models.md"
    models.write_bytes(models.read_bytes().replace(b"\n", b"\r\n"))  # Windows line endings
    readme = root / "README.md"
    readme.write_bytes(codecs.BOM_UTF8 + readme.read_bytes())  # a UTF-8 byte-order mark
    notes = root / "guide" / "release-notes.txt"
    notes.write_bytes(codecs.BOM_UTF16_LE + notes.read_text(encoding="utf-8").encode("utf-16-le"))
    os.chmod(notes, 0o640)
    os.chmod(root / "blog" / "launch.md", 0o755)
    (root / ".gitignore").write_text("_build/\n")
    (root / "_build").mkdir()
    (root / "_build" / "index.md").write_text("Mistral 7B is an open-source model.\n")
    return root


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), stat.S_IMODE(p.stat().st_mode))
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def decoded(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF16_LE):
        return data[2:].decode("utf-16-le")
    return data.decode("utf-8-sig")


def test_fix_changes_the_claims_and_no_other_byte(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    before = snapshot(tree)
    result = run_check("--fix", ".")
    after = snapshot(tree)
    assert f"Fixed {len(EXPECTED_EDITS)} finding(s) in 4 file(s)." in result.stderr

    assert set(after) == set(before)  # no temporary file left behind
    for name, (data, mode) in before.items():
        new_data, new_mode = after[name]
        assert new_mode == mode, name
        expected = decoded(data)
        for file, old, new in EXPECTED_EDITS:
            if file == name:
                assert expected.count(old) == 1
                expected = expected.replace(old, new)
        assert decoded(new_data) == expected, name  # every byte outside the edits is unchanged
    # Encodings, byte-order marks and line endings kept.
    assert after["README.md"][0].startswith(codecs.BOM_UTF8)
    assert after["guide/release-notes.txt"][0].startswith(codecs.BOM_UTF16_LE)
    models = after["guide/models.md"][0]
    assert models.count(b"\r\n") == models.count(b"\n") == before["guide/models.md"][0].count(b"\n")
    # Untouched: the ignored build folder, the code block and code span, the suppressed quotation
    # and the disabled region.
    assert after["_build/index.md"] == before["_build/index.md"]
    readme = decoded(after["README.md"][0])
    assert "# The default model: an open-source Mistral 7B checkpoint" in readme
    assert "`--model open-source-llama`" in readme
    assert '"Mistral 7B is an open-source model," the announcement said.' in decoded(models)
    assert "In 2023 we wrote that Mixtral 8x7B is open source." in decoded(after["blog/launch.md"][0])

    # Idempotent: a second run changes nothing, and no fixed finding is left.
    again = run_check("--fix", ".")
    assert snapshot(tree) == after
    assert "Fixed" not in again.stderr
    remaining = json.loads(run_check("--format", "json", ".").stdout)["findings"]
    assert [f for f in remaining if f["fix"] and f["fix"]["applicability"] == "safe"] == []


def test_diff_prints_the_fixes_and_writes_nothing(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    before = snapshot(tree)
    result = run_check("--diff", ".")
    assert snapshot(tree) == before
    assert result.exit_code == 1
    assert "--- a/README.md\n+++ b/README.md\n" in result.stdout
    assert "-Atlas runs best on Mistral 7B, an open-source model that fits on one GPU.\n" in result.stdout
    assert "+Atlas runs best on Mistral 7B, an open-weights model that fits on one GPU.\n" in result.stdout
    assert result.stdout.count("\n+++ ") + result.stdout.startswith("+++ ") == 4


def test_diff_from_standard_input() -> None:
    claim = "Mistral 7B is an open-source model.\n"
    result = run_check("--diff", "--stdin-filename", "note.md", "-", stdin=claim)
    assert result.stdout.splitlines()[-2:] == [
        "-Mistral 7B is an open-source model.",
        "+Mistral 7B is an open-weights model.",
    ]
    # --fix on standard input prints the text, fixed, as editor "format" commands expect.
    assert run_check("--fix", "-", stdin="x\n").stdout == "x\n"


def test_fix_keeps_a_symlink_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("Mistral 7B is an open-source model.\n")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    run_check("--fix", str(link))
    assert link.is_symlink()
    assert real.read_text() == "Mistral 7B is an open-weights model.\n"


def test_a_failed_write_is_an_error_and_leaves_the_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import linter.apply_fixes

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(linter.apply_fixes.os, "replace", refuse)
    doc = tmp_path / "a.md"
    doc.write_text("Mistral 7B is an open-source model.\n")
    result = run_check("--fix", str(doc))
    assert result.exit_code == 2
    assert f"{doc}: cannot write: Permission denied" in result.stderr
    assert doc.read_text() == "Mistral 7B is an open-source model.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]  # the temporary file is gone


def _finding(start: int, end: int, fix: Fix) -> Finding:
    model = ModelRef("m", "M", "M", 0, 1, "open-weights")
    return Finding("OW101", "r", "warning", start, end, "x", "msg", "s", model, fix=fix)


def test_overlapping_fixes_wait_for_the_next_round_and_unsafe_needs_asking() -> None:
    text = "aaaa bbbb cccc\n"
    first = Fix("one", (Edit(0, 4, "AAAA"),))
    overlapping = Fix("two", (Edit(2, 9, "XX"),))
    unsafe = Fix("three", (Edit(10, 14, "CCCC"),), "unsafe")
    display = Fix("four", (Edit(5, 9, "BBBB"),), "display")
    result = LintResult(
        "-",
        text,
        findings=[
            _finding(0, 4, first),
            _finding(2, 9, overlapping),
            _finding(10, 14, unsafe),
            _finding(5, 9, display),
        ],
        prose=text,
    )
    assert choose(result) == [first]
    assert choose(result, unsafe=True) == [first, unsafe]
    edits = [e for fix in choose(result, unsafe=True) for e in fix.edits]
    assert apply_edits(text, edits) == "AAAA bbbb CCCC\n"


def test_no_edit_lands_in_masked_text() -> None:
    text = "aaaa `bbbb`\n"
    prose = "aaaa       \n"  # the reader masked the code span
    fix = Fix("code", (Edit(6, 10, "BBBB"),))
    assert choose(LintResult("-", text, findings=[_finding(6, 10, fix)], prose=prose)) == []


def test_fix_text_is_idempotent() -> None:
    text = "Mistral 7B is an open-source model. So is Mixtral 8x7B, an open-source model.\n"
    once = fix_text(text, path="a.md")
    assert once.applied == 2
    assert once.text == "Mistral 7B is an open-weights model. So is Mixtral 8x7B, an open-weights model.\n"
    assert fix_text(once.text, path="a.md").text == once.text
    assert analyse(once.text, path="a.md").findings == []
