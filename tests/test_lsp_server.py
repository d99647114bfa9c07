"""The server's safety net, in process: a sectioned lint that differs from the whole is replaced."""

from __future__ import annotations

import pytest

from linter.api import LintResult, analyse
from linter.config import Config
from linter.lsp import server as lsp_server
from linter.lsp.documents import Document

TEXT = "# Notes\n\nMeta released Llama 2, an open-source model.\n"


@pytest.mark.asyncio
async def test_a_sectioned_lint_that_disagrees_with_the_whole_is_corrected(monkeypatch):
    monkeypatch.setattr(lsp_server, "CHECK_AFTER_SECONDS", 0)
    ls = lsp_server.OpenwashServer()
    published: list[lsp_server.Linted] = []
    monkeypatch.setattr(ls, "publish", lambda doc, linted: published.append(linted))
    doc = Document("file:///notes.md", "markdown", 3, TEXT)
    ls.documents[doc.uri] = doc
    # Pretend the sections missed the finding.
    wrong = lsp_server.Linted(3, LintResult("/notes.md", TEXT), Config(), sectioned=True)
    await ls._check_whole(doc.uri, wrong)
    [corrected] = published
    assert [f.code for f in corrected.result.findings] == ["OW102"]
    assert corrected.result.findings == analyse(TEXT, path="/notes.md").findings
    assert doc.uri in ls._whole_only  # and this document is read whole from now on


@pytest.mark.asyncio
async def test_a_sectioned_lint_that_agrees_is_left_alone(monkeypatch):
    monkeypatch.setattr(lsp_server, "CHECK_AFTER_SECONDS", 0)
    ls = lsp_server.OpenwashServer()
    published: list[lsp_server.Linted] = []
    monkeypatch.setattr(ls, "publish", lambda doc, linted: published.append(linted))
    doc = Document("file:///notes.md", "markdown", 1, TEXT)
    ls.documents[doc.uri] = doc
    right = lsp_server.Linted(1, analyse(TEXT, path="/notes.md"), Config(), sectioned=True)
    await ls._check_whole(doc.uri, right)
    assert published == [] and doc.uri not in ls._whole_only
