"""A file that says "open source" but names no model cannot hold a finding: it is skipped on its
raw bytes, before any reader, the vocabulary's YAML or spaCy. Every spelling the mention finder
accepts still gets through."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from linter import prescan
from linter.api import analyse, lint_file
from linter.config import Config
from linter.prescan import might_name
from linter.vocab import cached_vocabulary

NO_MODEL = "# Contributing\n\nThis project is open source, and so are its plugins.\n"


@pytest.fixture(autouse=True)
def own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    prescan._scan_for.cache_clear()
    yield cache
    prescan._scan_for.cache_clear()


def named(text: str, path: str = "a.md") -> bool:
    return might_name(text.encode(), Config(), path)


@pytest.mark.parametrize(
    "text",
    [
        "Llama 2 is open source.",
        "LLaMA-2 is open source.",
        "llama2 is open source.",
        "**Llama** 2 is open source.",
        "Meta ships Llama\n  2, open source.",
        "The Mistral-7B-Instruct-v0.2 checkpoint is open source.",
        "Stable Diffusion is an open-source model.",
        "Stable\u00a0Diffusion XL is an open-source model.",
        "OpenAI calls o1-mini an open-source model.",
        "| Model | Notes |\n|---|---|\n| Mistral 7B | Our best open-source model. |\n",
        "## Open-source LLMs we like\n\n- falcon\n- mistral\n",  # a plain name alone in an item
        "CodeLlama is open source.",  # a two-word alias written as one word
        "honestly mixtral is open source",  # a coined name the vocabulary also spells in lower case
        "Cohere's Command A is open source.",
        "## Open-source LLMs we like\n\n- command a\n",  # alone in its item
        "Our bot runs Vicuña 13B, which is open source.",  # an accented letter the finder folds
        "Mixtral 8×7B is open source.",  # the multiplication sign
    ],
)
def test_every_spelling_of_a_model_name_gets_through(text: str) -> None:
    assert named(text)
    assert analyse(text, path="a.md").findings, "the spelling is one the linter reads as a mention"


@pytest.mark.parametrize(
    "text",
    [
        NO_MODEL,
        "Our open-source command line tool is written in Rust.",  # "Command" is a model in capitals
        "This falcon is an open-source bird sanctuary project.",  # lower-case plain word
        "## Open-source birds\n\n- the falcon\n- the kestrel\n",  # not alone in its item
        "Install it with pip; the API is open source.",  # "Pi" is a model, but not inside "pip"
        "Nova is an open-source theme.",  # a context-only alias, no Amazon anywhere
        "Run the command a second time; the tool is open source.",  # the article, not Command A
        "Branch off with git switch -c topic; git is open source.",  # an option, not Switch-C
    ],
)
def test_text_without_a_model_name_is_ruled_out(text: str) -> None:
    assert not named(text)
    assert analyse(text, path="a.md").findings == []


def test_a_name_is_found_wherever_its_first_word_stands() -> None:
    # The scan tries an alias only where its first word stands alone; "t" stands alone in
    # "don't" and "command" in "command line" long before the names do.
    assert named("Don't run the command line twice; Command R+ is open source.")
    assert named("Don't compare it with the T5 baseline: it is open source.")
    assert named("A 01.AI model, Yi-34B, is open source.")  # a name that opens with digits
    assert not named("Don't run the t-test on 5 samples: the tool is open source.")


def test_common_words_of_names_are_taken_as_present() -> None:
    # "to", "and", "for" are not looked for: every page holds them. A name is still found only
    # where it stands whole, and never looked up by, or started from, such a word.
    scan = prescan._scan_for(())
    assert scan.assumed and scan.assumed <= prescan._COMMON_WORDS
    assert not scan.assumed & set(scan.runs)
    names = [n for group in (*scan.names.values(), *scan.plain.values()) for n in group]
    assert not scan.assumed & {run for n in names for run in n.first_runs}
    assert not scan.assumed & {*scan.names, *scan.plain, *scan.context_by_run}
    assert named("T5 (Text-to-Text Transfer Transformer) is open source.")
    assert named("Wan 2.2 S2V is open source.")
    assert not named("Send the text to a transfer service and transform it: open source.")
    assert not named("From Wan to S, and 2V: the open-source plan.")


@pytest.mark.parametrize(
    "text",
    [
        "Command R+ is open source.",
        "Command  **R+** is open source.",
        "Command&nbsp;<b>R+</b> is open source.",
        "Command `x` <!---->\n  R+ is open source.",
        "Command --------R+ is open source.",  # eight pieces of markup between the words
        "Command ---------R+ is open source.",  # nine: no name
        "Command R+1 is open source.",  # runs on into a longer word
        "Command Rx is open source.",
        "Command](x) R+ is open source.",
    ],
)
def test_a_name_of_several_words_is_matched_through_markup_as_its_pattern_matches(text: str) -> None:
    # The places where a name's words can follow each other are worked out without compiling the
    # name's pattern (most places where "command" stands hold no more of the name); both agree.
    scan = prescan._scan_for(())
    name = next(n for group in scan.names.values() for n in group if tuple(n.words) == ("command", "r+"))
    lowered = text.lower().encode()
    assert name.may_start(lowered, 0)
    assert name.may_match(lowered, 0) == (name.pattern.match(lowered, 0) is not None)


def test_a_name_whose_first_word_stands_alone_compiles_no_pattern() -> None:
    text = "Run the command again: the command line tool is open source."
    assert not named(text)
    scan = prescan._scan_for(())
    assert all(n._pattern is None for group in scan.names.values() for n in group if n.words[0] == "command")


@pytest.mark.parametrize(
    "text",
    [
        "Opt-Out Configure Flag\n\nThe open-source build can turn it off.",  # no OPT
        "See the Opt-In section: the tool is open source.",
        "Build with gcc -O3 and -O1; the compiler is open source.",  # flags, not o1 or o3
        "Falcon-Powered dashboards are open source.",
    ],
)
def test_a_name_running_on_into_a_longer_word_is_ruled_out(text: str) -> None:
    assert not named(text)
    assert analyse(text, path="a.md").findings == []


@pytest.mark.parametrize(
    "text",
    [
        "OPT-175B is an open-source model.",  # a size the mention finder reads with the name
        "**OPT**-out is an open-source model.",  # markup between: the prose has a space there
        "OPT/Claude-out is an open-source model.",  # the slash of a pair is a space
        "We tried Claude.It is an open-source model.",  # a glued full stop ends the sentence
        "OPT-https://example.com/x is an open-source model.",  # a URL is masked out of the prose
        "Qwen3.9-foo is an open-source model.",  # a point release (the tail's look-behind)
    ],
)
def test_a_name_the_prose_may_still_end_is_kept(text: str) -> None:
    assert named(text)
    assert analyse(text, path="a.md").findings


def test_what_follows_a_name_is_not_tested_in_html_read_through_its_references() -> None:
    # "&#45;" is a hyphen to the scan but a reference to the reader, which may show it otherwise.
    assert named("<p>OPT&#45;Out is an open-source model.</p>", "page.html")


def test_a_context_only_alias_counts_near_its_developer() -> None:
    assert named("Amazon says Nova is open source.")


@pytest.mark.parametrize(
    "text",
    [
        # The developer's short name from the vocabulary's gloss: "Technology Innovation
        # Institute (TII)" is written "TII" (the whole field never stands in prose).
        "## Falcon Models by TII Are Open Source Today\n\nTII rewrote the Falcon terms in May.\n",
        "Technology Innovation Institute says Falcon is open source.",
        # Given as examples of a model noun, such names are models without their maker.
        "Any plans for open-source voice models such as **Chatterbox** or Kokoro?",
        # Described as models right after the name, they are models too (three letters or more).
        "Falcon, an open-source substitute for paid LLM APIs, wins new fans.",
        "Phi: open source Tiny Language Models for Edge Devices",
    ],
)
def test_a_context_only_alias_counts_near_any_name_the_finder_accepts(text: str, tmp_path: Path) -> None:
    assert named(text)
    path = tmp_path / "falcon.md"
    path.write_text(text)
    on_disk = [f.code for f in lint_file(path, Config()).findings]
    assert on_disk and on_disk == [f.code for f in analyse(text, path="a.md").findings]


def test_html_character_references_are_read_as_characters() -> None:
    assert named("<p>Llama&#32;2 is open source.</p>", "page.html")
    assert named("<p>Llama&nbsp;2 is open source.</p>", "page.html")


def test_a_skipped_file_never_reaches_a_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import linter.readers.markdown

    def fail(text: str):
        raise AssertionError("the reader ran")

    monkeypatch.setattr(linter.readers.markdown, "read", fail)
    path = tmp_path / "CONTRIBUTING.md"
    path.write_text(NO_MODEL)
    result = lint_file(path, Config())
    assert result.findings == [] and not result.skipped


def test_a_skipped_run_imports_neither_spacy_nor_a_yaml_parser(tmp_path: Path, own_cache: Path) -> None:
    (tmp_path / "README.md").write_text(NO_MODEL)
    (tmp_path / "GUIDE.md").write_text("Read the guide. Open source forever.\n")
    code = (
        "import sys\n"
        "from linter.cli import main\n"
        "try:\n"
        f"    main(['check', '--isolated', {str(tmp_path)!r}])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        "print(sorted(m for m in ('spacy', 'yaml') if m in sys.modules))\n"
    )
    env = {"XDG_CACHE_HOME": str(own_cache), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stderr
    assert "spacy" not in first.stdout  # the vocabulary was read once, to build the cached scan
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip().endswith("[]"), again.stdout  # from the cache: no YAML, no spaCy


def test_the_scan_is_cached_by_the_vocabulary_contents(tmp_path: Path, own_cache: Path) -> None:
    extra = tmp_path / "ours.yaml"
    extra.write_text(
        "models:\n"
        "  - id: quillfinch-7b\n"
        "    name: Quillfinch 7B\n"
        "    developer: Example Lab\n"
        "    aliases: [Quillfinch 7B]\n"
        "    status: open-weights\n"
        "    license: {name: Apache License 2.0, spdx: Apache-2.0, url: https://example.org/l}\n"
        "    released: {weights: true, training_code: false, training_data: none}\n"
        "    restrictions: None.\n"
        "    evidence: [https://example.org/card]\n"
        "    checked: 2026-11-20\n"
    )
    text = b"Quillfinch 7B is open source."
    assert not might_name(text, Config())
    assert might_name(text, Config(vocab_files=(extra,)))
    assert len(list((own_cache / "openwash").glob("prescan-*.pickle"))) == 2
    extra.write_text(extra.read_text().replace("Quillfinch 7B]", "Quillfinch 7B, Quill 7]"))
    prescan._scan_for.cache_clear()  # as a new process starts
    cached_vocabulary.cache_clear()
    assert might_name(b"Quill 7 is open source.", Config(vocab_files=(extra,)))  # a new hash
    assert len(list((own_cache / "openwash").glob("prescan-*.pickle"))) == 3


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x04N."])
def test_a_corrupt_scan_in_the_cache_is_built_again(own_cache: Path, content: bytes) -> None:
    assert named("Llama 2 is open source.")
    (entry,) = (own_cache / "openwash").glob("prescan-*.pickle")
    entry.write_bytes(content)
    prescan._scan_for.cache_clear()  # as a new process starts
    assert named("Llama 2 is open source.") and not named(NO_MODEL)


def test_an_unwritable_cache_still_scans(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where the folder should be
    prescan._scan_for.cache_clear()
    assert named("Llama 2 is open source.") and not named(NO_MODEL)


# -- the claim-word and suppression scan of raw bytes (claims.scan_bytes) ----------------------

_SCAN_SAMPLES = [
    b"",
    b"open",
    b"OPEN SOURCE",
    b"oPeN-SoUrCe model",
    b"openopensource",  # "open" twice in a row: the second starts the claim
    b"reopened the sourcing",
    b"open&#x2011;&#x2011;&#x2011;&#x2011;&#x2011;&#x2011;&#x2011;&#x2011;weights",  # 8 joiners of 10 bytes
    b"open&#x2011;&#x2011;&#x2011;&#x2011;&#x2011;&#x2011;&#x2011;&#x2011;&#x2011;weights",  # 9: none
    b"open\xc2\xa0source",
    b"open\xe2\x80\x91weights",
    b"x" * 100 + b"open   sourc",  # at the very end
    b"<!-- openwash-disable -->",
    b"OPENWASH-disable",  # the suppression prefix is matched as written
    b"open-openwash-",
    b"\xff\xfeo\x00p\x00e\x00n\x00",
    "Ö open_source é".encode(),
]


@pytest.mark.parametrize("data", _SCAN_SAMPLES)
def test_scan_bytes_is_the_two_plain_tests(data: bytes) -> None:
    """The one-pass scan answers as the search of the lowered bytes and the substring test do."""
    from linter.claims import _PRESCAN_BYTES, might_claim, scan_bytes

    utf16 = data[:2] in (b"\xff\xfe", b"\xfe\xff")
    claim = utf16 or _PRESCAN_BYTES.search(data.lower()) is not None
    assert scan_bytes(data) == (claim, b"openwash-" in data)
    assert might_claim(data) == claim


def test_scan_bytes_on_random_text() -> None:
    import random

    from linter.claims import _PRESCAN_BYTES, scan_bytes

    rng = random.Random(10)
    words = b"open OPEN Open source sourc WEIGHTS &nbsp; &#x2011; \xc2\xa0 openwash- x op en".split()
    pieces = [*words, b" ", b"-", b"_", b"*", b"\n"]
    for _ in range(2000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        assert scan_bytes(data) == (_PRESCAN_BYTES.search(data.lower()) is not None, b"openwash-" in data)


@pytest.mark.parametrize("text", ["The 01.AI Yi release is open source.\n", "01.AI Yi is open source.\n"])
def test_a_name_that_opens_with_digits_is_found(tmp_path: Path, text: str) -> None:
    """The digits' view began one byte later than its starts were counted from: "01.AI Yi" was
    looked for one byte early, never found, and the file left unread with its finding."""
    path = tmp_path / "yi.md"
    path.write_text("# Notes\n\n" + text, encoding="utf-8")
    assert might_name(path.read_bytes(), Config())
    expected = analyse(path.read_text(encoding="utf-8"), path=str(path), every_claim=False).findings
    assert expected
    assert [f.code for f in lint_file(path).findings] == [f.code for f in expected]


def test_a_files_runs_are_found_where_they_start() -> None:
    """Every run the scan holds is found at each place it stands whole in the file, letters and
    digits alike, at either end of the file too."""
    import re

    scan = prescan._scan_for(())
    assert scan is not None
    data = b"70B: Llama 2 70B, 01.AI Yi-34B and 7 more; phi-3 at 3.8B, t5 and GPT-4o 70"
    lowered = data.lower()
    file = prescan._File(lowered, scan, data)
    whole = {m.group(): [] for m in re.finditer(rb"[a-z]+|[0-9]+", lowered)}
    for m in re.finditer(rb"[a-z]+|[0-9]+", lowered):
        whole[m.group()].append(m.start())
    assert {b"70", b"01", b"2"} <= file.present
    for run in file.present:  # the common words taken as present too ("and" is here, "to" not)
        assert file._starts(run) == whole.get(run, []), run
