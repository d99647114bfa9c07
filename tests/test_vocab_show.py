"""``openwash vocab show`` and ``list``: a name as a writer types it in, the entry's card out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from linter.cards import entry_card_markdown, entry_card_text, entry_dict
from linter.mentions import resolve_name
from linter.vocab import cached_vocabulary


def openwash(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "linter", *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def vocab():
    return cached_vocabulary()


@pytest.mark.parametrize(
    ("typed", "entry_id"),
    [
        ("Llama-3.1-70B-Instruct", "llama-3.1"),  # size and variant suffixes name the release
        ("mixtral", "mixtral"),  # lower case: skipped in prose, found when asked for by name
        ("gpt 4o", "gpt-4o"),  # a space for the hyphen
        ("LLAMA_2", "llama-2"),
        ("llama-2", "llama-2"),  # an id
        ("R1", "deepseek-r1"),  # a short name that prose only accepts beside "DeepSeek"
        ("Qwen2.5-72B-Instruct", "qwen2.5-72b"),  # the most specific alias wins
        ("Meta's Llama 3 model", "llama-3"),  # a phrase resolves as the linter reads it
    ],
)
def test_a_name_finds_its_entry(vocab, typed: str, entry_id: str) -> None:
    found = resolve_name(vocab, typed)
    assert found is not None and found.entry.id == entry_id


def test_an_unknown_name_finds_nothing_and_suggests_close_names(vocab) -> None:
    assert resolve_name(vocab, "Lama 3") is None
    assert "Llama 3" in vocab.suggestions("Lama 3")


def test_a_model_card_has_status_license_restrictions_evidence_and_date(vocab) -> None:
    card = entry_card_text(vocab.entries["llama-2"])
    lines = card.splitlines()
    assert lines[0] == "Llama 2 (llama-2, Meta)"
    assert lines[1].startswith("  status        source-available: downloadable, but on restrictive terms")
    assert "  license       Llama 2 Community License Agreement (no SPDX id)" in lines
    assert "                https://github.com/meta-llama/llama/blob/main/LICENSE" in lines
    assert any(line.startswith("  restrictions  Acceptable use policy") for line in lines)
    assert "  released      weights yes, training code no, training data none" in lines
    assert any(line.startswith("  evidence      https://") for line in lines)
    assert "  checked       2026-11-26" in lines
    assert all(len(line) <= 100 or "https://" in line for line in lines)


def test_a_mixed_family_card_lists_its_members_and_their_statuses(vocab) -> None:
    family = vocab.entries["mixtral"]
    members = vocab.family_members("mixtral")
    assert entry_card_text(family, members).splitlines()[1].startswith("  status        open-weights:")
    qwen = entry_card_text(vocab.entries["qwen"], vocab.family_members("qwen"))
    assert qwen.splitlines()[1].startswith("  status        mixed (")
    assert "Qwen2.5-72B (qwen2.5-72b): source-available" in qwen
    assert "Qwen3 (qwen3): open-weights" in qwen


def test_the_markdown_card_is_for_hovers(vocab) -> None:
    card = entry_card_markdown(vocab.entries["olmo-2"])
    assert card.startswith("**OLMo 2** (`olmo-2`) · ")
    assert "- **status**: open-source: " in card
    assert "<https://" in card  # links, not bare text


def test_show_prints_the_card(tmp_path: Path) -> None:
    proc = openwash("vocab", "show", "Llama-3.1-70B-Instruct")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Llama 3.1 (llama-3.1, Meta)\n  status        source-available")


def test_show_json_has_the_query_and_the_entry(vocab) -> None:
    proc = openwash("vocab", "show", "--format", "json", "gpt", "4o")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert list(data)[:6] == ["query", "id", "name", "status", "license", "evidence"]
    assert (data["query"], data["id"], data["status"]) == ("gpt 4o", "gpt-4o", "proprietary")
    assert data == {"query": "gpt 4o", **entry_dict(vocab.entries["gpt-4o"])}


def test_show_json_of_a_family_lists_members() -> None:
    data = json.loads(openwash("vocab", "show", "--format", "json", "Gemma").stdout)
    assert (data["id"], data["kind"], data["status"]) == ("gemma", "family", "mixed")
    statuses = {m["id"]: m["status"] for m in data["members"]}
    assert statuses["gemma-2"] == "source-available"


def test_show_exits_1_when_nothing_matches() -> None:
    text = openwash("vocab", "show", "Lama 3")
    assert text.returncode == 1
    assert text.stdout == ""
    assert (
        text.stderr == "openwash: no model or family matches 'Lama 3'; did you mean Llama 3, Llama, LaMDA?\n"
    )
    as_json = openwash("vocab", "show", "--format", "json", "Quillfinch")
    assert as_json.returncode == 1
    assert json.loads(as_json.stdout) == {"query": "Quillfinch", "id": None}


def test_list_filters_by_status() -> None:
    proc = openwash("vocab", "list", "--status", "open-source", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert {e["status"] for e in data} == {"open-source"}
    assert {"olmo-2", "pythia"} <= {e["id"] for e in data}
    assert not {"llama-2", "mistral-7b", "gpt-4o"} & {e["id"] for e in data}


def test_list_text_has_one_line_per_entry() -> None:
    proc = openwash("vocab", "list", "--status", "mixed")
    rows = [line.split()[:2] for line in proc.stdout.splitlines()]
    assert {status for _, status in rows} == {"mixed"}
    assert {"qwen", "gemma", "mistral"} <= {entry_id for entry_id, _ in rows}
    assert len(rows) == len({entry_id for entry_id, _ in rows})


def test_show_reads_your_own_vocabulary_file(tmp_path: Path) -> None:
    from tests.test_vocab_check import GOOD

    path = tmp_path / "models.yaml"
    path.write_text(GOOD, encoding="utf-8")
    proc = openwash("vocab", "show", "--vocab", str(path), "quillfinch-7b-instruct")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Quillfinch 7B (quillfinch-7b, Example Lab)\n  status        open-weights")


def test_show_and_check_read_the_project_configuration(tmp_path: Path) -> None:
    from tests.test_vocab_check import GOOD

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "models.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.openwash]\nvocab = ["docs/models.yaml"]\n')
    shown = subprocess.run(
        [sys.executable, "-m", "linter", "vocab", "show", "Quillfinch-7B"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Quillfinch 7B (quillfinch-7b, Example Lab)")
    # Naming the configured file again does not load it twice (which would be a duplicate id).
    checked = subprocess.run(
        [sys.executable, "-m", "linter", "vocab", "check", "docs/models.yaml"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "(including 1 of yours)" in checked.stdout
