"""Families, unlisted versions and names that collide: a passage in, findings (or an entry) out."""

from __future__ import annotations

import json

import pytest

from linter.api import analyse
from linter.mentions import find_mentions, normalise_name, resolve_name
from linter.vocab import cached_vocabulary


@pytest.fixture(scope="module")
def vocab():
    return cached_vocabulary()


def _findings(text: str):
    return analyse(text, path="x.md").findings


# --- a family none of whose models is open source (issue 8, item 7) -------------------------------


def test_a_family_with_no_open_source_model_is_reported_with_its_statuses() -> None:
    (finding,) = _findings("Gemma is open source.")
    assert finding.code == "OW104" and finding.model.id == "gemma"
    assert "no Gemma model is open source" in finding.message
    assert "Gemma 4 is open weights" in finding.note and "source-available" in finding.note
    statuses = dict(finding.model.statuses)
    assert set(statuses) == {"open-weights", "source-available"}
    assert finding.model.status == "source-available"  # the status most Gemma models have


def test_a_family_status_counts_the_sizes_a_member_covers() -> None:
    # Qwen2.5: five sizes under Apache-2.0 in one entry, the 3B and the 72B restricted: most
    # Qwen2.5 models are open weights, though two of its three entries are source-available.
    (finding,) = _findings("Qwen2.5 is an open-source model family.")
    assert finding.model.status == "open-weights"
    assert [status for status, _ in finding.model.statuses] == ["open-weights", "source-available"]


def test_open_weights_is_suggested_and_fixed_when_every_model_releases_weights() -> None:
    (finding,) = _findings("Qwen2.5 is an open-source model family.")
    assert finding.suggestion == "open weights"
    assert finding.fix is not None and finding.fix.edits[0].replacement == "open-weights"


def test_a_family_with_a_proprietary_model_asks_for_the_model_instead() -> None:
    (finding,) = _findings("GPT is open source.")
    assert finding.code == "OW104" and finding.suggestion == "name the model meant"
    assert finding.fix is None


def test_a_familys_status_is_that_of_most_of_its_released_models() -> None:
    # Codestral: two API-only releases, the 22B (source-available) and Mamba (open weights).
    (finding,) = _findings("Codestral is an open-source coding model.")
    assert finding.model.status == "source-available"
    assert dict(finding.model.statuses)["proprietary"]


@pytest.mark.parametrize(
    "text",
    [
        "RWKV is open source.",  # a family with an open-source model stays unjudged
        "Gemma is an open-weights family.",  # true of some members
        "We open-source our Qwen series, namely Qwen-7B and Qwen-14B.",  # members named: those are judged
    ],
)
def test_a_family_is_not_judged_when_the_claim_may_be_right_or_names_members(text: str) -> None:
    assert all(f.code != "OW104" for f in _findings(text))


def test_a_family_that_is_only_the_pages_topic_is_not_judged() -> None:
    page = (
        "# Mistral cookbook\n\n| Notebook | Topic |\n| --- | --- |\n"
        "| [Open-source LLM engineering](x) | Observability |\n"
    )
    assert _findings(page) == []


def test_the_json_output_gives_the_family_statuses(tmp_path) -> None:
    import subprocess
    import sys

    page = tmp_path / "page.md"
    page.write_text("Gemma is open source.\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "linter", "check", "--format", "json", str(page)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    (finding,) = json.loads(out.stdout)["findings"]
    assert finding["model"]["status"] == "source-available"
    assert "Gemma 4" in finding["model"]["statuses"]["open-weights"]


# --- unlisted versions (issue 9, item 3) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Llama 5", "llama"),
        ("OLMo 4", "olmo"),
        ("Nemotron-4.5-Flash", "nemotron"),  # a point release and a variant word
        ("EmbeddingGemma 2", "gemma"),
        ("DeepSeek-V4.2", "deepseek"),  # a point release of a listed version
        ("Qwen3.9", "qwen"),  # after the family "Qwen3": a later generation, so Qwen
    ],
)
def test_an_unlisted_version_is_read_as_the_family(vocab, text: str, family: str) -> None:
    (mention,) = find_mentions(f"We tried {text} today.", vocab)
    assert (mention.entry_id, mention.text) == (family, text)
    assert mention.version


@pytest.mark.parametrize("text", ["Mistral 7B v0.3", "Llama 3 8B", "GPT-4 in 2024", "Gemma 3 27B"])
def test_sizes_revisions_and_years_are_not_versions(vocab, text: str) -> None:
    assert all(not m.version for m in find_mentions(text, vocab))


def test_a_claim_about_an_unlisted_version_is_information_not_a_verdict() -> None:
    (finding,) = _findings("Llama 5 is open source.")
    assert finding.severity == "info" and "not in the vocabulary" in finding.note


def test_an_unverified_entry_gives_no_confident_verdict() -> None:
    (finding,) = _findings("Muse Spark is an open-source model.")
    assert finding.severity == "info" and "Not verified" in finding.note


def test_a_permissive_non_osi_license_is_judged_as_open_weights() -> None:
    # Nemotron 3.5 Lightning ships under OpenMDW-1.1 (permissive, not OSI-approved), read from NVIDIA's repo.
    (finding,) = _findings("Nemotron 3.5 Lightning is fully open source.")
    assert finding.code == "OW101" and finding.model.status == "open-weights"
    assert finding.severity != "info"


# --- names that collide (issue 8, item 8; issue 9, item 1) ----------------------------------------


@pytest.mark.parametrize(
    ("typed", "entry_id"),
    [
        ("Cohere Command R+", "command-r-plus"),
        ("Orion-14B", "orion-14b"),
        ("Solar Pro Preview", "solar-pro-preview"),
        ("Llama 4 Behemoth", "llama-4-behemoth"),
        ("Nemotron-3.5-Lightning", "nemotron-3.5-lightning"),  # not Nemotron 3's older license
        ("Meta Llama 3", "llama-3"),
        ("openAI GPT-3", "gpt-3"),
        ("GLM-5.3-Flash", "glm-5.3-flash"),
        ("Voxtral Mini 4B Realtime", "voxtral-mini-4b-realtime"),
        ("Grok 4.7", "grok-4.7"),
        ("K2 Think", "k2-think"),  # LLM360's reasoning model, not Moonshot's Kimi K2
    ],
)
def test_a_longer_name_is_not_swallowed(vocab, typed: str, entry_id: str) -> None:
    found = resolve_name(vocab, typed, exact_first=False)
    assert found is not None and found.entry.id == entry_id


def test_no_alias_is_claimed_by_two_entries_or_swallowed_by_another(vocab) -> None:
    """Every alias, typed on its own, is found whole and resolves to the entry that lists it."""
    owners: dict[str, str] = {}
    problems: list[str] = []
    for entry in vocab.entries.values():
        for alias in (*entry.aliases, *entry.context_aliases):
            other = owners.setdefault(normalise_name(alias), entry.id)
            if other != entry.id:
                problems.append(f"'{alias}' is claimed by {other} and {entry.id}")
            hits = find_mentions(alias, vocab, require_context=False)
            whole = [m for m in hits if (m.start, m.end) == (0, len(alias))]
            if alias.islower() and not whole:
                continue  # plain lower-case words ("llama") are skipped in prose on purpose
            if not whole or whole[0].entry_id != entry.id:
                got = ", ".join(f"{m.text!r}->{m.entry_id}" for m in hits) or "nothing"
                problems.append(f"'{alias}' of {entry.id} resolves to {got}")
    assert not problems, "\n".join(problems)


# --- names that are also ordinary words: the model only near its developer --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A chatterbox colleague says our open-source tool is great.",
        "Chatterbox, our colleague, says the open-source model is great.",
        "Our Chatterbox bot is open source.",
        "BELLE, our designer, says the open-source model is great.",
    ],
)
def test_a_common_word_name_alone_is_not_the_model(text: str) -> None:
    assert _findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chatterbox TTS is open source.",
        "Resemble AI released Chatterbox last May. Chatterbox is open source.",
    ],
)
def test_a_common_word_name_is_the_model_when_qualified_or_near_its_developer(text: str) -> None:
    (finding,) = _findings(text)
    assert finding.model.id == "chatterbox" and finding.code == "OW101"


def test_the_export_is_one_row_per_model(vocab) -> None:
    from linter.vocab_export import to_json

    data = json.loads(to_json(vocab))
    assert len(data["models"]) == sum(1 for e in vocab.entries.values() if not e.is_family)


def test_no_family_alias_is_its_makers_name_before_another_alias(vocab) -> None:
    # "TII Falcon" as a family alias swallowed "TII Falcon 180B": the longest name at "TII" was
    # the family's, and the release after it was read as an unlisted version. A maker's name
    # before a model is read as the maker anyway (Mention.maker), so such an alias adds nothing.
    from linter.mentions import maker_names

    owner = {normalise_name(a): e.id for e in vocab.entries.values() for a in e.aliases}
    swallowing = [
        alias
        for entry in vocab.entries.values()
        if entry.status is None
        for alias in entry.aliases
        for maker in maker_names(entry.developer)
        if alias.lower().startswith(maker + " ")
        and owner.get(normalise_name(alias[len(maker) + 1 :])) == entry.id
    ]
    assert swallowing == []


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("TII Falcon 180B is open source.", "Falcon 180B"),
        ("MosaicML MPT-30B-Chat is open source.", "MPT-30B-Chat"),
        ("Salesforce XGen-7B is open source.", "XGen-7B"),
    ],
)
def test_a_makers_name_before_a_release_does_not_turn_it_into_the_family(text: str, model: str) -> None:
    (finding,) = _findings(text)
    assert finding.model.text == model and finding.code != "OW104"
