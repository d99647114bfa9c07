"""``scripts/crosscheck.py``: what each reference dataset implies, and where the vocabulary differs.

The dataset files here are small ones of our own in the two datasets' shapes, so the test runs
without ``/work/shared``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from linter.vocab import load_vocabulary
from tests.test_vocab_check import GOOD, make_root

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "crosscheck.py"


@pytest.fixture(scope="module")
def crosscheck():
    spec = importlib.util.spec_from_file_location("crosscheck", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crosscheck"] = module
    spec.loader.exec_module(module)
    return module


def mof(name: str, weights_license: str | None) -> str:
    component = f"      license: '{weights_license}'\n" if weights_license else ""
    return (
        "framework:\n  name: 'Model Openness Framework'\n"
        f"release:\n  name: {name}\n  license: {{ }}\n  components:\n"
        "    -\n      name: 'Model parameters (Final)'\n" + component
    )


def eosai(name: str, license_text: str, weights: str, tuned: str, licence: str, code: str, data: str) -> str:
    return (
        f"project:\n    name: {name}\n    license: {license_text}\n"
        f"llmweights:\n    class: {weights}\nrlweights:\n    class: {tuned}\n"
        f"license:\n    class: {licence}\nopencode:\n    class: {code}\nllmdata:\n    class: {data}\n"
    )


@pytest.fixture
def reference(tmp_path: Path) -> Path:
    base = tmp_path / "reference"
    models = base / "model-openness-framework" / "models"
    projects = base / "european-open-source-ai-index" / "projects"
    models.mkdir(parents=True)
    projects.mkdir(parents=True)
    (models / "Larkspur-2-7B.yml").write_text(mof("Larkspur-2-7B", "Larkspur Community License"))
    (models / "Quillfinch-7B.yml").write_text(mof("Quillfinch-7B", "Apache-2.0"))
    (models / "Quillfinch-7B-Instruct.yml").write_text(mof("Quillfinch-7B-Instruct", "MIT"))
    (models / "Quillfinch-7B-Chat.yml").write_text(mof("Quillfinch-7B-Chat", "unlicensed"))
    (models / "Otherbird-3B.yml").write_text(mof("Otherbird-3B", "Apache-2.0"))
    (projects / "larkspur-chat.yaml").write_text(
        eosai("Larkspur 2 Chat", "Apache 2.0", "open", "open", "open", "partial", "closed")
    )
    (projects / "quillfinch.yaml").write_text(
        eosai("Quillfinch 7B Instruct", "Apache 2.0", "closed", "open", "open", "closed", "closed")
    )
    (projects / "A_sample.yaml").write_text(eosai("", "", "closed", "closed", "closed", "closed", "closed"))
    return base


@pytest.fixture
def vocab(tmp_path: Path):
    """A small vocabulary of our own: Larkspur 2 (restricted) and Quillfinch 7B (Apache-2.0)."""
    root = make_root(tmp_path)
    (root / "models" / "example-lab.yaml").write_text(GOOD)
    return load_vocabulary(root)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Apache-2.0", "osi"),
        ("Apache 2.0 license", "osi"),
        ("Apache 2.0 (model weights only)", "osi"),
        ("MIT License", "osi"),
        ("Llama 2 Community License", "restricted"),
        ("CC-By-SA-3.0", "restricted"),  # free to use, but not OSI-approved
        ("Apache 2.0 and RAIL (responsible AI license)", "restricted"),  # one restrictive part restricts
        ("unlicensed", "unknown"),
        ("Purposely left ambiguous", "unknown"),
        (None, "unknown"),
        ("Component not include.", "not-included"),
        ("Proprietary", "proprietary"),
    ],
)
def test_a_dataset_license_is_sorted_by_what_it_allows(crosscheck, text: str | None, kind: str) -> None:
    assert crosscheck.license_kind(text) == kind


def test_license_spellings_become_spdx_ids(crosscheck) -> None:
    assert crosscheck.spdx_of("Apache 2.0") == "Apache-2.0"
    assert crosscheck.spdx_of("MIT License") == "MIT"
    assert crosscheck.spdx_of("CC-By-SA-3.0") == "CC-BY-SA-3.0"
    assert crosscheck.spdx_of("Larkspur Community License") is None


def test_each_matched_file_gets_a_verdict(crosscheck, reference: Path, vocab) -> None:
    refs = [
        *crosscheck.read_mof(reference / "model-openness-framework" / "models"),
        *crosscheck.read_eosai(reference / "european-open-source-ai-index" / "projects"),
    ]
    rows, unmatched = crosscheck.compare(vocab, refs)
    verdicts = {(r.entry_id, r.file): r.verdict for r in rows}
    assert verdicts == {
        ("larkspur-2", "Larkspur-2-7B.yml"): "agree",  # a restrictive license: source-available
        ("larkspur-2", "larkspur-chat.yaml"): "disagree",  # the index rates the license open
        ("quillfinch-7b", "Quillfinch-7B.yml"): "agree",
        ("quillfinch-7b", "Quillfinch-7B-Instruct.yml"): "license differs",  # MIT against our Apache-2.0
        ("quillfinch-7b", "Quillfinch-7B-Chat.yml"): "no verdict",  # no license recorded
        ("quillfinch-7b", "quillfinch.yaml"): "agree",  # base closed, tuned weights open: downloadable
    }
    assert unmatched == 1  # Otherbird is not in the vocabulary; the template file is skipped
    summary = crosscheck.summary(rows, unmatched)
    assert (summary["entries_compared"], summary["disagree"], summary["license_differs"]) == (2, 1, 1)
    assert summary["missing_notes"] == 2  # neither entry has a note naming the dataset


def test_the_script_reports_and_exits_by_missing_notes(crosscheck, tmp_path: Path, capsys) -> None:
    base = tmp_path / "reference"
    (base / "model-openness-framework" / "models").mkdir(parents=True)
    (base / "european-open-source-ai-index" / "projects").mkdir(parents=True)
    (base / "model-openness-framework" / "models" / "Llama-2-7B.yml").write_text(
        mof("Llama-2-7B", "Llama 2 Community License")
    )
    assert crosscheck.main([str(base)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].split()[:2] == ["llama-2", "source-available"]
    assert "1 entries compared" in out and "1 agree" in out


def test_a_missing_reference_directory_is_a_usage_error(crosscheck, tmp_path: Path, capsys) -> None:
    assert crosscheck.main([str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err.startswith("crosscheck: error: no dataset directory ")
