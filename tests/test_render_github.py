"""GitHub workflow commands: one annotation per finding, properties escaped."""

from __future__ import annotations

from pathlib import Path

from linter.api import analyse
from linter.render import github, locate
from tests.check_cli import run_check


def test_annotations() -> None:
    text = "Mistral 7B is an open-source model.\n\nGPT-4 is open source.\n"
    result = analyse(text, path="docs/a,b.md")
    lines = github.render(locate("docs/a,b.md", text, result.findings)).splitlines()
    assert lines[0].startswith(
        "::warning file=docs/a%2Cb.md,line=1,col=18,endLine=1,endColumn=29,"
        "title=OW101 (open-source-on-open-weights)::'open-source' describes Mistral 7B"
    )
    assert lines[0].endswith("%0AFix: Replace 'open-source' with 'open-weights'")
    assert lines[1].startswith("::error file=docs/a%2Cb.md,line=3,col=10,endLine=3,endColumn=21,title=OW103")
    assert len(lines) == 2


def test_cli(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("GPT-4 is open source.\n")
    result = run_check("--format", "github", str(tmp_path / "a.md"))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"::error file={tmp_path / 'a.md'},line=1,col=10,")
