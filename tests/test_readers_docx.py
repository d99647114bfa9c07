"""Word .docx press releases: one paragraph per line, positions as paragraph and character."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from linter.decode import DecodeError

docx = pytest.importorskip("docx", reason="python-docx is not installed")

from linter.readers.docx import docx_position, read_docx  # noqa: E402


def as_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def press_release() -> bytes:
    document = docx.Document()
    document.add_paragraph("Mistral 7B ships today", style="Title")
    document.add_paragraph("PARIS, 1 December. The model is an open-source model.")
    document.add_paragraph("OLMo is open source.", style="List Bullet")
    quote = document.add_paragraph("Meta released Llama 2,")
    quote.add_run().add_break()  # a soft line break: still one paragraph, read as a space
    quote.add_run("an open-source model.")
    return as_bytes(document)


def test_structure_and_subject() -> None:
    read = read_docx(press_release())
    assert read.text.split("\n") == [
        "Mistral 7B ships today",
        "PARIS, 1 December. The model is an open-source model.",
        "OLMo is open source.",
        "Meta released Llama 2, an open-source model.",
    ]
    assert [b.kind for b in read.blocks] == ["heading", "paragraph", "list_item", "paragraph"]
    assert read.text[slice(*read.subject)] == "Mistral 7B ships today"
    offset = read.text.rindex("an open-source model.")
    assert docx_position(read, offset) == read.position(offset) == (4, 24)


def test_table_cells_are_blocks_and_merged_cells_are_read_once() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Model"
    table.cell(0, 2).text = "Note"
    table.cell(1, 0).text = "Mistral 7B"
    cell = table.cell(1, 1)
    cell.text = "An open-source"
    cell.add_paragraph("model, they say.")
    table.cell(1, 2).text = ""
    read = read_docx(as_bytes(document))
    cells = [(b.kind, b.row, read.text[b.start : b.end]) for b in read.blocks]
    assert cells == [
        ("table_cell", 0, "Model"),
        ("table_cell", 0, "Note"),
        ("table_cell", 1, "Mistral 7B"),
        ("table_cell", 1, "An open-source\nmodel, they say."),
    ]


@pytest.mark.parametrize("data", [b"", b"plain text, not a zip", b"PK\x03\x04broken zip"])
def test_unreadable_files_raise_a_decode_error(data: bytes) -> None:
    with pytest.raises(DecodeError, match="skipped: not a"):
        read_docx(data)


def openwash(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "linter", *args], capture_output=True, timeout=120)


def test_check_reports_paragraph_and_character(tmp_path: Path) -> None:
    path = tmp_path / "press.docx"
    path.write_bytes(press_release())
    proc = openwash("check", "--format", "concise", str(path))
    assert proc.returncode == 1, proc.stderr.decode()
    out = proc.stdout.decode()
    assert f"{path}:4:27: OW102 " in out  # paragraph 4, character 27: "open-source"


def test_fix_never_writes_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "press.docx"
    data = press_release()
    path.write_bytes(data)
    proc = openwash("check", "--fix", str(path))
    assert path.read_bytes() == data
    assert "do not change .docx files" in proc.stderr.decode()


def test_a_file_that_is_not_word_is_skipped_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("Mistral 7B is an open-source model.\n")
    proc = openwash("check", str(path))
    assert proc.returncode == 2  # not checked
    assert "fake.docx: skipped: not a .docx file" in proc.stderr.decode()
