"""The openwash command end to end, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

WRONG = "Meta released Llama 2, an open-source model.\n"
RIGHT = "OLMo is open source. Llama 2 is not open source.\n"


def openwash(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "linter", *args], input=stdin, capture_output=True, cwd=cwd, timeout=120
    )


def test_exit_codes_and_text_output(tmp_path: Path) -> None:
    (tmp_path / "wrong.md").write_text(WRONG)
    (tmp_path / "right.md").write_text(RIGHT)
    bad = openwash("check", str(tmp_path / "wrong.md"))
    assert bad.returncode == 1
    first = bad.stdout.decode().splitlines()[0]
    assert first.startswith(f"{tmp_path / 'wrong.md'}:1:27: OW102 ")
    good = openwash("check", str(tmp_path / "right.md"))
    assert good.returncode == 0, good.stdout


def test_json_output(tmp_path: Path) -> None:
    (tmp_path / "wrong.md").write_text("# Title\n\n" + WRONG)
    proc = openwash("check", "--format", "json", str(tmp_path))
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert data["version"] == 1
    (finding,) = data["findings"]
    assert finding["path"].endswith("wrong.md")
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (3, 27, 3, 38)
    assert finding["code"] == "OW102"
    assert finding["claim"] == {"text": "open-source"}
    model = finding["model"]
    assert (model["id"], model["text"], model["status"]) == ("llama-2", "Llama 2", "source-available")
    assert (model["line"], model["column"]) == (3, 15)
    assert finding["suggestion"] == "source-available"
    assert finding["evidence"] and all(u.startswith("https://") for u in finding["evidence"])
    assert [e["content"] for e in finding["fix"]["edits"]] == ["a", "source-available"]
    assert finding["severity"] in {"error", "warning", "info"}


def test_stdin(tmp_path: Path) -> None:
    proc = openwash("check", "--format", "json", "-", stdin=WRONG.encode())
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["findings"][0]["path"] == "-"


def test_directory_walk_skips_hidden_and_node_modules(tmp_path: Path) -> None:
    for folder in (".git", "node_modules", ".hidden", "docs"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.md").write_text(WRONG)
    (tmp_path / "docs" / "b.txt").write_text(WRONG)
    (tmp_path / "docs" / "c.rst.bak").write_text(WRONG)
    data = json.loads(openwash("check", "--format", "json", str(tmp_path)).stdout)
    assert sorted(Path(f["path"]).name for f in data["findings"]) == ["a.md", "b.txt"]


def test_missing_path_exits_2(tmp_path: Path) -> None:
    proc = openwash("check", str(tmp_path / "nope.md"))
    assert proc.returncode == 2
    assert b"no such file or directory" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_usage_error_exits_2() -> None:
    assert openwash("check", "--format", "yaml").returncode == 2


def test_bad_input_is_skipped_with_a_notice_and_the_rest_is_linted(tmp_path: Path) -> None:
    (tmp_path / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(range(256)))
    (tmp_path / "latin1.md").write_bytes("Caf\xe9: Llama 2 is open source.\n".encode("latin-1"))
    (tmp_path / "utf16.md").write_bytes(
        "\ufeffLlama 2 is open source.\r\n".encode("utf-16-le").replace(b"\xff\xfe\xff\xfe", b"\xff\xfe")
    )
    (tmp_path / "crlf.md").write_bytes(b"# Notes\r\n\r\nLlama 2 is open source.\r\n")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "long.md").write_text("word " * 1_000_000 + "Llama 2 is open source.\n")
    (tmp_path / "fence.md").write_text("Text.\n\n```python\nLlama 2 is open source.\n")
    (tmp_path / "deep.md").write_text("> " * 10_000 + "Llama 2 is open source.\n" + "- " * 10_000 + "x\n")
    proc = openwash("check", "--format", "json", str(tmp_path))
    assert proc.returncode == 2, proc.stderr  # two files were not checked
    assert b"Traceback" not in proc.stderr
    notices = proc.stderr.decode().splitlines()
    assert any("binary.md: skipped: binary file" in n for n in notices)
    assert any("latin1.md: skipped: not valid UTF-8" in n for n in notices)
    found = {Path(f["path"]).name for f in json.loads(proc.stdout)["findings"]}
    assert {"utf16.md", "crlf.md", "long.md", "deep.md"} <= found
    assert "fence.md" not in found  # an unclosed fence runs to the end: all code


def test_crlf_positions(tmp_path: Path) -> None:
    (tmp_path / "crlf.md").write_bytes(b"# Notes\r\n\r\nLlama 2 is open source.\r\n")
    (finding,) = json.loads(openwash("check", "--format", "json", str(tmp_path)).stdout)["findings"]
    assert (finding["line"], finding["column"], finding["end_column"]) == (3, 12, 23)


def test_explain() -> None:
    proc = openwash("explain", "OW102")
    assert proc.returncode == 0
    assert b"source-available" in proc.stdout
    assert openwash("explain", "OW999").returncode == 2


def test_shipped_example_has_findings() -> None:
    example = Path(__file__).resolve().parent.parent / "examples" / "press-release.md"
    data = json.loads(openwash("check", "--format", "json", str(example)).stdout)
    models = {f["model"]["text"] for f in data["findings"]}
    assert {"Llama 3.1 70B", "Mistral 7B"} <= models
    assert "OLMo 2" not in models and "GPT-4o" not in models


def test_readme_sample_output_is_what_the_example_prints() -> None:
    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    sample = readme.split("Sample output (`--format text`):", 1)[1].split("```", 2)[1]
    proc = openwash("check", "--format", "text", "--color", "never", "examples/press-release.md", cwd=root)
    printed = proc.stdout.decode().splitlines()
    for line in sample.strip("\n").splitlines():
        assert line in printed, line


def test_a_long_report_reaches_a_pipe_whole_before_the_fast_exit(tmp_path: Path) -> None:
    # `check` ends without tearing the interpreter down: what it printed must all be flushed.
    (tmp_path / "many.md").write_text("".join(f"- Llama 2 is open source, note {n}.\n" for n in range(3000)))
    proc = openwash("check", "--format", "json", str(tmp_path / "many.md"))
    assert proc.returncode == 1, proc.stderr
    assert len(json.loads(proc.stdout)["findings"]) == 3000
    concise = openwash("check", "--format", "concise", str(tmp_path / "many.md"))
    assert concise.stdout.decode().count(" OW102 ") == 3000
    assert concise.stdout.decode().splitlines()[-1].startswith("Found 3000 findings")  # the last line


def test_a_closed_pipe_ends_the_run_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "many.md").write_text("".join(f"- Llama 2 is open source, note {n}.\n" for n in range(3000)))
    command = f"{sys.executable} -m linter check --format concise {tmp_path / 'many.md'} | head -1"
    proc = subprocess.run(["sh", "-c", command], capture_output=True, timeout=120)
    assert proc.stdout.decode().count(" OW102 ") == 1
    assert b"Traceback" not in proc.stderr, proc.stderr
