"""GitHub Actions workflow commands: one annotation per finding on the pull request's diff.

``::warning file=PATH,line=L,col=C,endLine=L,endColumn=C,title=TITLE::MESSAGE``
"""

from __future__ import annotations

from collections.abc import Sequence

from linter.render import Located, display_path

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(loc: Located) -> str:
    f = loc.finding
    props = {
        "file": display_path(loc.path),
        "line": loc.line,
        "col": loc.column,
        "endLine": loc.end_line,
        "endColumn": loc.end_column,
        "title": f"{f.code} ({f.rule})",
    }
    fields = ",".join(f"{key}={_property(str(value))}" for key, value in props.items())
    message = f"{f.message}\n{f.note}" if f.note else f.message
    if f.fix is not None:
        message += f"\nFix: {f.fix.title}"
    elif f.suggestion:
        message += f"\nSuggestion: {f.suggestion}"
    return f"::{COMMANDS.get(f.severity, 'warning')} {fields}::{_data(message)}"


def render(located: Sequence[Located]) -> str:
    return "".join(annotation(loc) + "\n" for loc in located)
