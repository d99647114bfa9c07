"""``path:line:col: CODE message`` per finding, the source line with the claim underlined and a
``help:`` line (as ruff shows them), then a one-line summary.

Colour only when asked (the CLI asks on a terminal unless ``NO_COLOR`` is set).
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from linter.render import Located

_LEVEL_COLOUR = {"error": "red", "warning": "yellow", "info": "cyan"}


def _style(text: str, color: bool, **kwargs) -> str:
    return click.style(text, **kwargs) if color else text


def header(loc: Located, color: bool = False) -> str:
    where = _style(f"{loc.path}:{loc.line}:{loc.column}:", color, bold=True)
    code = _style(loc.finding.code, color, fg=_LEVEL_COLOUR.get(loc.finding.severity, "red"), bold=True)
    return f"{where} {code} {loc.finding.message}"


def snippet(loc: Located, color: bool = False) -> list[str]:
    """The source line with the claim underlined (to the end of the line if it runs on)."""
    # Tabs would shift the carets; show them as single spaces.
    shown = loc.source_line.replace("\t", " ")
    start = min(loc.column - 1, len(shown))
    end = loc.end_column - 1 if loc.end_line == loc.line else len(shown)
    width = max(min(end, len(shown)) - start, 1)
    gutter = " " * len(str(loc.line))
    bar = _style("|", color, fg="blue", bold=True)
    number = _style(str(loc.line), color, fg="blue", bold=True)
    marks = _style("^" * width, color, fg=_LEVEL_COLOUR.get(loc.finding.severity, "red"), bold=True)
    return [f"{gutter} {bar}", f"{number} {bar} {shown}", f"{gutter} {bar} {' ' * start}{marks}"]


def help_line(loc: Located, color: bool = False) -> str:
    f = loc.finding
    if f.fix is not None:
        text = f.fix.title
        if f.fix.applicability == "unsafe":
            text += " (unsafe fix: --unsafe-fixes)"
    elif f.suggestion.lower().startswith("say "):
        text = f.suggestion
    else:
        text = f"say '{f.suggestion}'"
    gutter = " " * len(str(loc.line))
    return f"{gutter} = {_style('help', color, bold=True)}: {text}"


def summary(located: Sequence[Located], files: int, *, unsafe: bool = False) -> str:
    wanted = ("safe", "unsafe") if unsafe else ("safe",)
    fixes = [loc.finding.fix for loc in located if loc.finding.fix is not None]
    fixable = sum(1 for fix in fixes if fix.applicability in wanted)
    plural = "s" if files != 1 else ""
    if not located:
        return f"All checked: {files} file{plural}, no findings."
    noun = "finding" if len(located) == 1 else "findings"
    files_with = len({loc.path for loc in located})
    line = f"Found {len(located)} {noun} in {files_with} of {files} file{plural}"
    if fixable:
        line += f" ({fixable} fixable with --fix)"
    return line + "."


def render(
    located: Sequence[Located], files: int, *, color: bool = False, source: bool = True, unsafe: bool = False
) -> str:
    lines: list[str] = []
    for loc in located:
        lines.append(header(loc, color))
        if source:
            lines.extend(snippet(loc, color))
            lines.append(help_line(loc, color))
            lines.append("")
    lines.append(summary(located, files, unsafe=unsafe))
    return "\n".join(lines) + "\n"
