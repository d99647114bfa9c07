"""The parse signal of the issue 8 trial (scripts/parser/parse_signal.py): from a claim, through a
dependency tree, to the models.

The trees here are written by hand in UD English-EWT's labels and Penn tags, as the trained parser
gives them, so the path rules are tested without the trained pipeline (which is not shipped).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

REPO = Path(__file__).resolve().parent.parent
SCRIPTS = REPO / "scripts" / "parser"


def _load_parse_signal():
    spec = importlib.util.spec_from_file_location("parse_signal", SCRIPTS / "parse_signal.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


parse = _load_parse_signal()


def _tree(rows: list[tuple[str, str, int, str]]) -> Doc:
    """A doc from (word, tag, head index, dep) rows."""
    words, tags, heads, deps = (list(col) for col in zip(*rows, strict=True))
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, heads=heads, deps=deps)


def _linked(doc: Doc, claim: int, mentions: list[int], *, verb: bool = False) -> tuple[list[str], str]:
    named = {i: k for k, i in enumerate(mentions)}
    indices, role = parse.linked_mentions(doc[claim], named, verb=verb)
    return [doc[mentions[k]].text for k in indices], role


def test_copula_over_a_family_of_models() -> None:
    # "Phi-3 is a family of open-source models": claim → models → family → its copula subject.
    doc = _tree([
        ("Phi-3", "NNP", 3, "nsubj"), ("is", "VBZ", 3, "cop"), ("a", "DT", 3, "det"),
        ("family", "NN", 3, "ROOT"), ("of", "IN", 6, "case"), ("open-source", "JJ", 6, "amod"),
        ("models", "NNS", 3, "nmod"), (".", ".", 3, "punct"),
    ])  # fmt: skip
    assert _linked(doc, 5, [0]) == (["Phi-3"], "attributive")


def test_possessor_of_a_quality_noun() -> None:
    doc = _tree([
        ("Mixtral", "NNP", 3, "nmod:poss"), ("'s", "POS", 0, "case"), ("open-source", "JJ", 3, "amod"),
        ("nature", "NN", 4, "nsubj"), ("helps", "VBZ", 4, "ROOT"), (".", ".", 4, "punct"),
    ])  # fmt: skip
    assert _linked(doc, 2, [0]) == (["Mixtral"], "attributive")


def test_examples_after_like_take_the_whole_list() -> None:
    doc = _tree([
        ("We", "PRP", 1, "nsubj"), ("run", "VBP", 1, "ROOT"), ("open-source", "JJ", 3, "amod"),
        ("LLMs", "NNS", 1, "obj"), ("like", "IN", 5, "case"), ("Llama-3", "NNP", 3, "nmod"),
        ("and", "CC", 7, "cc"), ("Mixtral", "NNP", 5, "conj"), (".", ".", 1, "punct"),
    ])  # fmt: skip
    assert _linked(doc, 2, [5, 7]) == (["Llama-3", "Mixtral"], "attributive")


def test_a_comparison_is_not_an_example() -> None:
    # "an open-source alternative to GPT-4" is not GPT-4.
    doc = _tree([
        ("an", "DT", 2, "det"), ("open-source", "JJ", 2, "amod"), ("alternative", "NN", 2, "ROOT"),
        ("to", "IN", 4, "case"), ("GPT-4", "NNP", 2, "nmod"),
    ])  # fmt: skip
    assert _linked(doc, 1, [4]) == ([], "attributive")


def test_apposition_and_predicate() -> None:
    appos = _tree([
        ("Llama-2", "NNP", 5, "nsubj"), (",", ",", 0, "punct"), ("an", "DT", 4, "det"),
        ("open-source", "JJ", 4, "amod"), ("model", "NN", 0, "appos"), ("runs", "VBZ", 5, "ROOT"),
    ])  # fmt: skip
    assert _linked(appos, 3, [0]) == (["Llama-2"], "attributive")
    copula = _tree([
        ("Gemma-2", "NNP", 2, "nsubj"), ("is", "VBZ", 2, "cop"), ("open-source", "JJ", 2, "ROOT"),
    ])  # fmt: skip
    assert _linked(copula, 2, [0]) == (["Gemma-2"], "predicative")


def test_verb_in_a_relative_clause_and_a_secondary_predicate() -> None:
    # "R1, which DeepSeek open-sourced, ..." and "Grok-1 was released open-source".
    relative = _tree([
        ("R1", "NNP", 6, "nsubj"), (",", ",", 0, "punct"), ("which", "WDT", 4, "obj"),
        ("DeepSeek", "NNP", 4, "nsubj"), ("open-sourced", "VBD", 0, "acl:relcl"), (",", ",", 0, "punct"),
        ("leads", "VBZ", 6, "ROOT"),
    ])  # fmt: skip
    assert _linked(relative, 4, [0, 3], verb=True) == (["R1"], "verb")
    secondary = _tree([
        ("Grok-1", "NNP", 2, "nsubj:pass"), ("was", "VBD", 2, "aux:pass"), ("released", "VBN", 2, "ROOT"),
        ("open-source", "JJ", 2, "xcomp"),
    ])  # fmt: skip
    assert _linked(secondary, 3, [0]) == (["Grok-1"], "other")


def test_claim_word_is_one_hyphenated_word() -> None:
    assert parse._claim_word("open source") == "open-source"
    assert parse._claim_word("Open\nSourced") == "Open-Sourced"
    assert parse._claim_word("open-weights") == "open-weights"
    assert parse._claim_word("open - source ") == "open-source"


def test_mentions_and_claim_become_single_tokens() -> None:
    # "Meta's open source Llama 3 runs": the claim and the name each become one word.
    words = ["Meta", "'s", "open", "source", "Llama", "3", "runs"]
    spaces = [False, True, True, True, True, True, False]
    doc, token_of = parse.parse_sentence(spacy.blank("en"), words, spaces, [(4, 6), (2, 4)])
    assert [t.text for t in doc] == ["Meta", "'s", "open-source", "Llama-3", "runs"]
    assert token_of == [0, 1, 2, 2, 3, 3, 4]


@pytest.mark.parametrize("value", ["", "off", "yes"])
def test_off_unless_asked_for(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("OPENWASH_PARSE", value)
    assert parse.mode() == ""


def test_wrapper_without_a_pipeline_reports_what_openwash_reports(tmp_path: Path) -> None:
    # The trial's command line, with the model folder absent: the rules' findings, unchanged.
    page = tmp_path / "page.md"
    page.write_text("We fine-tuned the open-source Llama 2.\n\nMistral 7B, an open-source model, helps.\n")
    env = {**os.environ, "OPENWASH_PARSE": "both", "OPENWASH_PARSER_MODEL": str(tmp_path / "absent")}
    args = ["check", "--isolated", "--format", "concise", str(page)]
    wrapped = subprocess.run(
        [sys.executable, str(SCRIPTS / "openwash_parse.py"), *args], capture_output=True, text=True, env=env
    )
    plain = subprocess.run([sys.executable, "-m", "linter", *args], capture_output=True, text=True, env=env)
    assert wrapped.returncode == plain.returncode == 1
    assert wrapped.stdout == plain.stdout
    assert "OW102" in wrapped.stdout and "OW101" in wrapped.stdout


def test_a_misparsed_list_is_no_disagreement() -> None:
    # "LLMs including GPT-3, GPT-4 were released open-source": the parse hung GPT-3 and GPT-4 on
    # "LLMs" as conjunct and apposition; the rules chose GPT-3, the parse GPT-4: same list, no veto.
    from linter.mentions import Mention

    doc = _tree([
        ("LLMs", "NNS", 5, "nsubj:pass"), ("including", "VBG", 2, "case"), ("GPT-3", "NNP", 0, "conj"),
        (",", ",", 4, "punct"), ("GPT-4", "NNP", 0, "appos"), ("released", "VBN", 5, "ROOT"),
    ])  # fmt: skip
    inside = [Mention(10, 15, "gpt-3", "GPT-3"), Mention(18, 23, "gpt-4", "GPT-4")]
    named = {2: 0, 4: 1}
    assert parse._shares_list(doc, named, [1], inside, (inside[0],))
    # Apart in the tree: GPT-3 as the object of another verb is a different model.
    apart = _tree([
        ("We", "PRP", 1, "nsubj"), ("prefer", "VBP", 1, "ROOT"), ("GPT-3", "NNP", 1, "obj"),
        ("but", "CC", 5, "cc"), ("GPT-4", "NNP", 5, "nsubj"), ("is", "VBZ", 1, "conj"),
    ])  # fmt: skip
    assert not parse._shares_list(apart, named, [1], inside, (inside[0],))
