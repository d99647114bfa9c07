"""A project overriding a model's status (``[tool.openwash.status]``) through ``with_overrides``."""

from __future__ import annotations

import pytest

from linter.cards import entry_card_text
from linter.mentions import resolve_name
from linter.vocab import VocabError, cached_vocabulary, with_overrides


@pytest.fixture(scope="module")
def vocab():
    return cached_vocabulary()


def test_an_override_changes_the_status_and_remembers_the_shipped_one(vocab) -> None:
    ours = with_overrides(vocab, {"llama-2": "open-weights"})
    found = resolve_name(ours, "Llama-2-70b-chat", exact_first=False)
    assert found is not None
    entry = found.entry
    assert (entry.id, entry.status, entry.shipped_status) == ("llama-2", "open-weights", "source-available")
    card = " ".join(entry_card_text(entry).split())
    assert (
        "status open-weights (set by project configuration; the vocabulary says source-available): " in card
    )


def test_the_shipped_vocabulary_is_left_as_it_was(vocab) -> None:
    with_overrides(vocab, {"llama-2": "open-weights"})
    assert vocab.entries["llama-2"].status == "source-available"
    assert vocab.entries["llama"].status == "source-available"


def test_families_are_derived_again(vocab) -> None:
    # Every Llama release is restricted, so "Llama" has a status; one override makes it mixed.
    assert with_overrides(vocab, {"llama-2": "open-weights"}).entries["llama"].status is None
    mixtral = with_overrides(vocab, {"mixtral-8x7b": "proprietary", "mixtral-8x22b": "proprietary"})
    assert mixtral.entries["mixtral"].status == "proprietary"


def test_overriding_to_the_same_status_changes_nothing(vocab) -> None:
    entry = with_overrides(vocab, {"llama-2": "source-available"}).entries["llama-2"]
    assert entry.shipped_status is None


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"llama2": "open-weights"}, "pyproject.toml: unknown model id 'llama2' (did you mean 'llama-2'?)"),
        (
            {"llama-2": "open"},
            "pyproject.toml: status 'open' for 'llama-2' must be one of "
            "open-source, open-weights, source-available, proprietary",
        ),
        (
            {"mixtral": "proprietary"},
            "pyproject.toml: 'mixtral' is a family; its status comes from its members",
        ),
    ],
)
def test_a_bad_override_is_a_clear_error(vocab, overrides: dict[str, str], error: str) -> None:
    with pytest.raises(VocabError) as raised:
        with_overrides(vocab, overrides, source="pyproject.toml")
    assert len(raised.value.errors) == 1
    assert raised.value.errors[0].startswith(error)


def test_every_bad_override_is_reported_at_once(vocab) -> None:
    with pytest.raises(VocabError) as raised:
        with_overrides(vocab, {"nope-1": "open-weights", "llama-2": "closed"})
    assert len(raised.value.errors) == 2
