"""``openwash vocab check``: the shipped vocabulary passes; each kind of broken entry is reported at its line.

Every broken file is the valid ``GOOD`` entry below with one thing changed, so the expected line is
the line of that change. The table runs against a small vocabulary of its own (``SHIPPED`` stands
in for the shipped files) so it is quick; the command itself is driven end to end further down.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from linter.vocab import (
    OSI_APPROVED,
    PERMISSIVE_MODEL_LICENSES,
    STATUSES,
    TRAINING_DATA,
    default_root,
    vocab_files,
)
from linter.vocab_schema import check_vocabulary, load_schema, schema_errors
from linter.yamlfile import load_yaml

GOOD = """\
models:
  - id: quillfinch-7b
    name: Quillfinch 7B
    developer: Example Lab
    aliases: [Quillfinch 7B, Quillfinch-7B]
    status: open-weights
    license:
      name: Apache License 2.0
      spdx: Apache-2.0
      url: https://opensource.org/license/apache-2-0
    released:
      weights: true
      training_code: false
      training_data: none
    restrictions: None beyond the Apache-2.0 notice requirements.
    evidence:
      - https://example.org/quillfinch/model-card
    checked: 2026-11-20
"""


# Stands in for the shipped vocabulary: one restricted model that a project's file can collide with.
SHIPPED = """\
models:
  - id: larkspur-2
    name: Larkspur 2
    developer: Other Lab
    aliases: [Larkspur 2]
    status: source-available
    license:
      name: Larkspur Community License
      spdx: null
      url: https://example.org/larkspur/license
    released:
      weights: true
      training_code: false
      training_data: none
    restrictions: Acceptable use policy; a separate license above 100M monthly users.
    evidence:
      - https://example.org/larkspur/license
    checked: 2026-11-20
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_root(tmp_path)


def make_root(tmp_path: Path) -> Path:
    """A vocabulary directory with ``SHIPPED`` as its only models file."""
    base = tmp_path / "vocab"
    (base / "models").mkdir(parents=True)
    (base / "models" / "other-lab.yaml").write_text(SHIPPED, encoding="utf-8")
    (base / "claims.yaml").write_text(
        "phrases:\n  - {text: open source, claim: open-source, role: adjective}\n", encoding="utf-8"
    )
    (base / "software.yaml").write_text("names: [Larkspur CLI]\n", encoding="utf-8")
    return base


def openwash(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "linter", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def write(tmp_path: Path, text: str, name: str = "models.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# (what is broken, the broken file, line, message, whether the schema alone can see it)
BROKEN = [
    (
        "unknown key",
        GOOD + "    homepage: https://example.org/quillfinch\n",
        19,
        "model 'quillfinch-7b': unknown key 'homepage'",
        True,
    ),
    (
        "duplicate id within the file",
        GOOD + GOOD.split("\n", 1)[1].replace("Quillfinch 7B, Quillfinch-7B", "Quillfinch Seven"),
        19,
        "duplicate id 'quillfinch-7b'",
        False,
    ),
    (
        "id of a shipped model",
        GOOD.replace("id: quillfinch-7b", "id: larkspur-2"),
        2,
        "duplicate id 'larkspur-2'",
        False,
    ),
    (
        "alias naming a shipped model",
        GOOD.replace("[Quillfinch 7B, Quillfinch-7B]", "[Quillfinch 7B, Larkspur-2]"),
        2,
        "alias 'Larkspur-2' of 'quillfinch-7b' also names 'larkspur-2'",
        False,
    ),
    (
        "proprietary with weights",
        GOOD.replace("status: open-weights", "status: proprietary"),
        6,
        "model 'quillfinch-7b': 'proprietary' but released.weights is true",
        True,
    ),
    (
        "open-weights under a non-OSI license",
        GOOD.replace("spdx: Apache-2.0", "spdx: CC-BY-NC-4.0"),
        6,
        "model 'quillfinch-7b': 'open-weights' needs an OSI-approved license SPDX id, got 'CC-BY-NC-4.0'",
        True,
    ),
    (
        "open-weights with restrictions",
        GOOD.replace("None beyond the Apache-2.0 notice requirements.", "Research use only."),
        6,
        "model 'quillfinch-7b': 'open-weights' but 'restrictions' names some",
        True,
    ),
    (
        "bad evidence URL",
        GOOD.replace("https://example.org/quillfinch/model-card", "example.org/quillfinch/model-card"),
        16,
        "model 'quillfinch-7b': evidence 'example.org/quillfinch/model-card' is not a well-formed"
        " http(s) URL",
        True,
    ),
    (
        "bad license URL",
        GOOD.replace("url: https://opensource.org/license/apache-2-0", "url: see LICENSE"),
        7,
        "model 'quillfinch-7b': license url 'see LICENSE' is not a well-formed http(s) URL",
        True,
    ),
    (
        "date that is not a date",
        GOOD.replace("checked: 2026-11-20", "checked: 20/11/2026"),
        18,
        "model 'quillfinch-7b': 'checked' must be a date YYYY-MM-DD, got '20/11/2026'",
        True,
    ),
    (
        "date not in the calendar",
        GOOD.replace("checked: 2026-11-20", "checked: 2026-13-45"),
        18,
        "model 'quillfinch-7b': 'checked' must be a date YYYY-MM-DD, got '2026-13-45'",
        True,
    ),
    (
        "unknown status",
        GOOD.replace("status: open-weights", "status: open"),
        6,
        "model 'quillfinch-7b': status 'open' must be one of",
        True,
    ),
    (
        "families that are not a list",
        GOOD + "families: Quillfinch\n",
        19,
        "'families' must be a list",
        True,
    ),
    (
        "missing evidence",
        GOOD.replace("    evidence:\n      - https://example.org/quillfinch/model-card\n", ""),
        2,
        "model 'quillfinch-7b': missing required key 'evidence'",
        True,
    ),
]


def test_the_shipped_vocabulary_passes() -> None:
    proc = openwash("vocab", "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("vocabulary ok: ")


def test_the_word_lists_name_each_list_once() -> None:
    # PyYAML keeps the last of two equal keys: a list edited in one copy would silently lose.
    load_yaml(default_root() / "lexicon.yaml")  # raises YamlError on a duplicate key


def test_every_word_of_the_word_lists_is_text() -> None:
    # YAML reads a bare on, off, yes or no as a boolean: ["on", paper, only] must be quoted, or
    # the phrase holds True and never matches.
    def leaves(value: object) -> list[object]:
        return [leaf for item in value for leaf in leaves(item)] if isinstance(value, list) else [value]

    lists = load_yaml(default_root() / "lexicon.yaml")
    odd = {name: leaf for name, value in lists.items() for leaf in leaves(value) if not isinstance(leaf, str)}
    assert odd == {}


@pytest.mark.parametrize("path", vocab_files(default_root()), ids=lambda p: p.name)
def test_each_shipped_models_file_passes_the_schema_alone(path: Path) -> None:
    assert schema_errors(path, load_yaml(path)) == []


def test_a_good_file_of_your_own_passes(tmp_path: Path) -> None:
    proc = openwash("vocab", "check", str(write(tmp_path, GOOD)))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "(including 1 of yours)" in proc.stdout


def test_the_stand_in_vocabulary_and_a_good_file_pass(root: Path, tmp_path: Path) -> None:
    vocab, errors = check_vocabulary(root, [write(tmp_path, GOOD)])
    assert errors == []
    assert vocab is not None and set(vocab.entries) == {"larkspur-2", "quillfinch-7b"}


@pytest.mark.parametrize(("what", "text", "line", "message", "in_schema"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_file_is_reported_at_its_line(
    root: Path, tmp_path: Path, what: str, text: str, line: int, message: str, in_schema: bool
) -> None:
    path = write(tmp_path, text)
    vocab, errors = check_vocabulary(root, [path])
    assert vocab is None
    assert len(errors) == 1, errors  # the loader and the schema do not both report it
    assert errors[0].startswith(f"{path}:{line}: {message}"), errors


def test_the_command_reports_a_broken_file_and_exits_2(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("[Quillfinch 7B, Quillfinch-7B]", "[Quillfinch 7B, Llama 2]"))
    proc = openwash("vocab", "check", str(path))
    assert proc.returncode == 2
    assert proc.stdout == f"{path}:2: alias 'Llama 2' of 'quillfinch-7b' also names 'llama-2'\n"
    assert proc.stderr == "openwash: 1 problem in the vocabulary\n"


@pytest.mark.parametrize(
    ("what", "text", "line"), [(b[0], b[1], b[2]) for b in BROKEN if b[4]], ids=[b[0] for b in BROKEN if b[4]]
)
def test_the_schema_alone_catches_what_one_file_can_show(
    tmp_path: Path, what: str, text: str, line: int
) -> None:
    path = write(tmp_path, text)
    problems = schema_errors(path, load_yaml(path))
    assert problems, f"the schema accepts a file with: {what}"
    assert any(f"{path}:" in message for _, message, _, _ in problems)
    # The schema points at the entry, even if not always at the same key as the loader.
    assert all(start <= line < end for _, _, start, end in problems if start)


def test_several_problems_are_all_reported_in_file_order(root: Path, tmp_path: Path) -> None:
    second = GOOD.split("\n", 1)[1].replace("quillfinch-7b", "quillfinch-13b")
    second = second.replace("Quillfinch 7B, Quillfinch-7B", "Quillfinch 13B").replace("2026-11-20", "soon")
    path = write(tmp_path, GOOD.replace("status: open-weights", "status: proprietary") + second)
    _, errors = check_vocabulary(root, [path])
    assert [e.split(": ", 1)[0] for e in errors] == [f"{path}:6", f"{path}:35"]


def test_invalid_yaml_is_one_line_with_its_line(root: Path, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("    name: Quillfinch 7B\n", "    name: [Quillfinch 7B\n"))
    _, errors = check_vocabulary(root, [path])
    assert len(errors) == 1
    assert errors[0].startswith(f"{path}:4: invalid YAML")


def test_a_duplicate_key_is_reported_not_silently_replaced(root: Path, tmp_path: Path) -> None:
    path = write(
        tmp_path, GOOD.replace("    name: Quillfinch 7B\n", "    name: Quillfinch 7B\n    name: Quill\n")
    )
    _, errors = check_vocabulary(root, [path])
    assert errors == [f"{path}:4: invalid YAML: duplicate key 'name' (first on line 3)"]


def test_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    proc = openwash("vocab", "check", str(tmp_path / "nope.yaml"))
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"openwash: error: vocabulary file not found: {tmp_path / 'nope.yaml'}"


def test_the_schema_agrees_with_the_loader_on_its_word_lists() -> None:
    schema = load_schema()
    model = schema["$defs"]["model"]
    assert model["properties"]["status"]["enum"] == list(STATUSES)
    assert schema["$defs"]["released"]["properties"]["training_data"]["enum"] == list(TRAINING_DATA)
    osi = [rule for rule in model["allOf"] if "OSI-approved" in rule["errorMessage"]]
    allowed = osi[0]["then"]["properties"]["license"]["properties"]["spdx"]["enum"]
    assert sorted(allowed) == sorted(OSI_APPROVED | PERMISSIVE_MODEL_LICENSES)


def test_the_schema_is_valid_json_schema() -> None:
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(load_schema())
    assert json.loads((default_root() / "schema.json").read_text())["$schema"].endswith("2020-12/schema")


def test_problems_across_entries_are_reported_with_the_entries_own(tmp_path: Path) -> None:
    """An entry with a typo still takes part in the checks across entries: one run, every problem."""
    broken = GOOD.replace("status: open-weights", "status: open-wieghts")
    broken = broken.replace("[Quillfinch 7B, Quillfinch-7B]", "[Quillfinch 7B, Llama 2]")
    second = GOOD.split("\n", 1)[1].replace("Quillfinch 7B, Quillfinch-7B", "Quillfinch Seven")
    path = write(tmp_path, broken + second)
    proc = openwash("vocab", "check", str(path))
    assert proc.returncode == 2
    found = proc.stdout
    assert "status 'open-wieghts' must be one of" in found
    assert "alias 'Llama 2' of 'quillfinch-7b' also names 'llama-2'" in found
    assert "duplicate id 'quillfinch-7b' (first at " in found
    assert proc.stderr == "openwash: 3 problems in the vocabulary\n"
