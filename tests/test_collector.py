"""The garbage collector is held off while a reader runs, and given back as it was."""

from __future__ import annotations

import gc

import pytest

from linter.collector import paused
from linter.readers import read_document


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_no_collection_inside_and_back_on_after(collector_on):
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_back_on_after_an_error(collector_on):
    with pytest.raises(ValueError), paused():
        raise ValueError("a reader failed")
    assert gc.isenabled()


def test_a_caller_that_turned_it_off_keeps_it_off(collector_on):
    gc.disable()
    with paused():
        pass
    assert not gc.isenabled()


@pytest.mark.parametrize("path", ["notes.md", "notes.rst", "notes.html", "notes.txt", "notes.mdx"])
def test_reading_a_document_leaves_the_collector_on(collector_on, path):
    doc = read_document("Mistral 7B is open source.\n", path)
    assert "Mistral 7B is open source." in doc.prose
    assert gc.isenabled()


def test_a_run_over_claim_free_files_leaves_the_collector_on(collector_on, tmp_path):
    from linter.config import Config
    from linter.runner import Job, run

    page = tmp_path / "install.md"
    page.write_text("# Install\n\nRun `pip install openwash` and you are done.\n", encoding="utf-8")
    outcomes = run([Job(str(page), Config(), path=page)], workers=1)
    assert [o.findings for o in outcomes] == [[]]
    assert gc.isenabled()
