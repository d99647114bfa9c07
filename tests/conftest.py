from __future__ import annotations

import pytest

from linter.api import analyse
from linter.finding import Finding


@pytest.fixture(scope="session")
def lint():
    """Lint a Markdown passage; return its findings."""

    def run(text: str, path: str = "doc.md") -> list[Finding]:
        return analyse(text, path=path).findings

    return run


def flagged(findings: list[Finding]) -> list[tuple[str, str]]:
    """(model as written, rule code) per finding, in order."""
    return [(f.model.text, f.code) for f in findings]
