"""``path:line:col: CODE message`` per finding, then a one-line summary."""

from __future__ import annotations

from collections.abc import Sequence

from linter.render import Located


def render(located: Sequence[Located], files: int) -> str:
    lines = [
        f"{loc.path}:{loc.line}:{loc.column}: {loc.finding.code} {loc.finding.message}" for loc in located
    ]
    fixable = sum(1 for loc in located if loc.finding.fix is not None)
    if located:
        noun = "finding" if len(located) == 1 else "findings"
        files_with = len({loc.path for loc in located})
        summary = f"Found {len(located)} {noun} in {files_with} of {files} file{'s' if files != 1 else ''}"
        if fixable:
            summary += f" ({fixable} fixable with --fix)"
        lines.append(summary + ".")
    else:
        lines.append(f"All checked: {files} file{'s' if files != 1 else ''}, no findings.")
    return "\n".join(lines) + "\n"
