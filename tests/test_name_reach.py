"""A claim no model name can reach is not read: the CLI, --fix and the scan lint with
``every_claim=False``, which leaves out the segments (a claim's blocks) where the mention finder
finds no name and the segment carries no model from elsewhere (a heading's or the page's
subject, the models a heading's subsections open with). Those give no finding, so the
findings are those of a full read, and a docs page that says "open source" about its tools while
naming a model elsewhere is done without loading spaCy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from linter.api import analyse

# A name reaches the claim through the page's structure, never in the claim's sentence.
REACHED = {
    "heading above": "## Llama 2\n\nSetup takes a minute on a laptop.\n\nIt is fully open source.\n",
    "heading above, far": (
        "# Notes\n\n## Llama 2\n\n"
        + "Setup takes a minute on a laptop.\n\n" * 30
        + "The model is open source.\n"
    ),
    "front matter": "---\ntitle: Llama 2\n---\n\nSetup takes a minute.\n\nThis model is open source.\n",
    "lead-in over a list": "Open-source models we tested:\n\n- Llama 2\n- Mistral 7B\n",
    "table header": "| Model | Open source |\n|---|---|\n| Llama 2 | yes |\n",
    "parent list item": "- **Llama 2**\n  - open source: yes\n",
    "subsection headings": (
        "# Best open-source LLMs\n\n## Llama 2\n\nMeta's model.\n\n## Mistral 7B\n\nA small one.\n"
    ),
}

# Names and claims that cannot meet: other sections, other paragraphs, code.
UNREACHED = {
    "other paragraph": "# Tools\n\nClaude drafts our release notes.\n\nThe site generator is open source.\n",
    "other section": "## Drafting\n\nWe ask Claude.\n\n## Hosting\n\nOur server is open source.\n",
    "code span": "Run `ollama pull llama2` first; the CLI is open source.\n",
    "code block": "```\nollama run llama2\n```\n\nThe CLI above is open source.\n",
}


def findings(text: str, every_claim: bool) -> list[tuple[str, str, int]]:
    result = analyse(text, path="page.md", every_claim=every_claim)
    return [(f.code, f.model.text, f.start) for f in result.findings]


@pytest.mark.parametrize("text", REACHED.values(), ids=REACHED.keys())
def test_a_name_that_reaches_a_claim_through_the_page_is_still_read(text: str) -> None:
    found = findings(text, every_claim=False)
    assert found, "the claim is about the model the page names"
    assert found == findings(text, every_claim=True)


@pytest.mark.parametrize("text", UNREACHED.values(), ids=UNREACHED.keys())
def test_a_claim_no_name_reaches_is_left_out(text: str) -> None:
    assert findings(text, every_claim=False) == findings(text, every_claim=True) == []
    full = analyse(text, path="page.md")
    assert full.attachments and not any(a.mentions for a in full.attachments), "read in full: no model"
    assert analyse(text, path="page.md", every_claim=False).attachments == []


def test_the_editor_keeps_every_claim_for_its_hover_cards() -> None:
    text = UNREACHED["other paragraph"]
    assert [a.claim.text for a in analyse(text, path="page.md").attachments] == ["open source"]


@pytest.mark.parametrize(
    ("name", "loaded"),
    [("UNREACHED.md", False), ("REACHED.md", True)],
)
def test_spacy_loads_only_for_a_claim_a_name_reaches(tmp_path: Path, name: str, loaded: bool) -> None:
    text = UNREACHED["other section"] if name.startswith("UN") else REACHED["heading above"]
    (tmp_path / name).write_text(text)
    code = (
        "import sys\n"
        "from linter.cli import main\n"
        "try:\n"
        f"    main(['check', '--isolated', {str(tmp_path / name)!r}])\n"
        "except SystemExit as exc:\n"
        "    print('exit', exc.code)\n"
        "print('spacy' in sys.modules)\n"
    )
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.strip().splitlines()
    assert lines[-2] == ("exit 1" if loaded else "exit 0")
    assert lines[-1] == str(loaded)
