"""``--statistics``: how many findings per rule and per model, most frequent first."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from linter.render import Located


def counts(located: Sequence[Located]) -> tuple[list[tuple[str, str, int, int]], list[tuple[str, str, int]]]:
    """``(rules, models)``: rules as (code, name, count, fixable), models as (id, status, count)."""
    by_rule: Counter[str] = Counter(loc.finding.code for loc in located)
    fixable: Counter[str] = Counter(
        loc.finding.code for loc in located if loc.finding.fix and loc.finding.fix.applicability == "safe"
    )
    names = {loc.finding.code: loc.finding.rule for loc in located}
    by_model: Counter[str] = Counter(loc.finding.model.id for loc in located if loc.finding.model.id)
    status = {loc.finding.model.id: loc.finding.model.status for loc in located}
    rules = [(c, names[c], n, fixable[c]) for c, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))]
    models = [(m, status[m], n) for m, n in sorted(by_model.items(), key=lambda kv: (-kv[1], kv[0]))]
    return rules, models


def render_text(located: Sequence[Located]) -> str:
    rules, models = counts(located)
    if not rules:
        return ""
    width = max(len(str(n)) for *_, n, _ in rules)
    lines = ["Findings per rule:"]
    for code, name, n, fix in rules:
        lines.append(f"  {n:>{width}}  {code}  {name}" + (f"  ({fix} fixable)" if fix else ""))
    if models:
        width = max(len(str(n)) for *_, n in models)
        lines.append("Findings per model:")
        lines.extend(f"  {n:>{width}}  {model}  ({status})" for model, status, n in models)
    return "\n".join(lines) + "\n"


def render_json(located: Sequence[Located]) -> str:
    rules, models = counts(located)
    data = {
        "version": 1,
        "statistics": {
            "rules": [{"code": c, "rule": r, "count": n, "fixable": f} for c, r, n, f in rules],
            "models": [{"id": m, "status": s, "count": n} for m, s, n in models],
        },
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
