"""The loaded vocabulary is kept in the user's cache between runs, under a hash of its files: a
second run does not parse the YAML, an edited file is read afresh, and a broken cache entry is
rebuilt, never trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter import vocab as vocab_module
from linter.api import analyse
from linter.config import Config
from linter.vocab import VocabError, cached_vocabulary

MODEL = """\
models:
  - id: quillfinch-7b
    name: Quillfinch 7B
    developer: Example Lab
    aliases: [Quillfinch 7B]
    status: open-weights
    license: {name: Apache License 2.0, spdx: Apache-2.0, url: https://example.org/l}
    released: {weights: true, training_code: false, training_data: none}
    restrictions: None.
    evidence: [https://example.org/card]
    checked: 2026-11-20
"""


@pytest.fixture(autouse=True)
def own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    cached_vocabulary.cache_clear()
    yield cache / "openwash"
    cached_vocabulary.cache_clear()


def entries(own_cache: Path) -> list[Path]:
    return sorted(own_cache.glob("vocabulary-*.pickle"))


def no_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args, **kwargs):
        raise AssertionError("the YAML was parsed again")

    monkeypatch.setattr(vocab_module, "load_vocabulary", fail)


def test_a_second_run_reads_the_vocabulary_from_the_cache(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = cached_vocabulary()
    assert len(entries(own_cache)) == 1
    cached_vocabulary.cache_clear()  # as a new process starts
    no_yaml(monkeypatch)
    again = cached_vocabulary()
    assert again is not first and again.entries == first.entries and again.phrases == first.phrases
    findings = analyse("Mistral 7B is an open-source model.", path="a.md", config=Config()).findings
    assert [f.code for f in findings] == ["OW101"]


def test_an_edited_vocabulary_file_is_read_afresh(tmp_path: Path, own_cache: Path) -> None:
    extra = tmp_path / "ours.yaml"
    extra.write_text(MODEL)
    assert "quillfinch-7b" in cached_vocabulary(None, (extra,)).entries
    extra.write_text(MODEL.replace("quillfinch-7b", "quillfinch-8b"))
    cached_vocabulary.cache_clear()
    reread = cached_vocabulary(None, (extra,))
    assert "quillfinch-8b" in reread.entries and "quillfinch-7b" not in reread.entries
    assert len(entries(own_cache)) == 2


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05\x95garbage"])
def test_a_corrupt_entry_is_rebuilt(own_cache: Path, content: bytes) -> None:
    cached_vocabulary()
    (entry,) = entries(own_cache)
    entry.write_bytes(content)
    cached_vocabulary.cache_clear()
    assert "mistral-7b" in cached_vocabulary().entries
    assert entry.read_bytes() != content  # written again


def test_a_broken_vocabulary_is_reported_on_every_run(tmp_path: Path, own_cache: Path) -> None:
    extra = tmp_path / "ours.yaml"
    extra.write_text(MODEL.replace("status: open-weights", "status: open-ish"))
    for _ in range(2):
        cached_vocabulary.cache_clear()
        with pytest.raises(VocabError, match="open-ish"):
            cached_vocabulary(None, (extra,))
    assert entries(own_cache) == []


def test_an_unwritable_cache_still_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where the folder should be
    assert "mistral-7b" in cached_vocabulary().entries
