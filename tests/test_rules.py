"""The rule registry: unique codes, complete docs, and the documentation page that links point to."""

from __future__ import annotations

from pathlib import Path

from linter.api import analyse
from linter.rules import BY_CODE, FAMILY, RULES
from linter.vocab import STATUSES

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_codes_are_unique_and_every_rule_is_documented() -> None:
    assert len({r.code for r in RULES}) == len(RULES) == len(BY_CODE)
    page = DOCS.read_text()
    for rule in RULES:
        assert rule.status in (*STATUSES, FAMILY) and rule.claim in {"open-source", "open-weights"}
        assert rule.summary and rule.why and rule.example and rule.instead and rule.term
        assert f"## {rule.code}" in page and rule.example in page and rule.instead in page
        assert rule.url.endswith(f"docs/rules.md#{rule.code.lower()}")


def test_each_rules_example_fires_it_and_its_instead_does_not() -> None:
    for rule in RULES:
        codes = [f.code for f in analyse(rule.example, path="x.md").findings]
        assert codes == [rule.code], rule.example
        assert analyse(rule.instead, path="x.md").findings == [], rule.instead
