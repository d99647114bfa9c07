"""Findings into LSP values: diagnostics, text edits, code actions.

A diagnostic carries its finding's fix in ``data`` (edits already converted to ranges, with the
document version they belong to), so a quick fix needs no second lint and cannot apply to a text
it was not computed for: the edit names that version and the editor refuses a stale one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lsprotocol import types

from linter.api import LintResult
from linter.apply_fixes import editable
from linter.finding import Edit, Finding
from linter.lsp.documents import LineIndex
from linter.rules import BY_CODE

SOURCE = "openwash"
DISABLE_COMMENT = "<!-- openwash-disable-next-line {code} -->"

_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
    "hint": types.DiagnosticSeverity.Hint,
}


def diagnostic(
    finding: Finding, index: LineIndex, encoding: str, uri: str, version: int, *, fixable: bool = True
) -> types.Diagnostic:
    """The finding as a diagnostic; its fix goes in ``data`` unless ``fixable`` is False
    (see :func:`offers_fix`)."""
    rule = BY_CODE.get(finding.code)
    data: dict[str, Any] = {"version": version, "model": finding.model.id}
    if fixable and finding.fix is not None and finding.fix.applicability != "display":
        data["fix"] = {
            "title": _one_line(finding.fix.title),
            "applicability": finding.fix.applicability,
            "edits": [_edit_json(e, index, encoding) for e in finding.fix.edits],
        }
    model = finding.model
    related = [
        types.DiagnosticRelatedInformation(
            location=types.Location(uri=uri, range=index.range(model.start, model.end, encoding)),
            message=f"{model.text}: {model.status}",
        )
    ]
    return types.Diagnostic(
        range=index.range(finding.start, finding.end, encoding),
        message=finding.message,
        severity=_SEVERITY.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.code,
        code_description=types.CodeDescription(href=rule.url) if rule else None,
        source=SOURCE,
        related_information=related,
        data=data,
    )


def offers_fix(finding: Finding, result: LintResult) -> bool:
    """Whether the editor may offer the finding's fix: only where ``--fix`` would apply it."""
    fix = finding.fix
    return fix is not None and all(editable(e, result.text, result.prose) for e in fix.edits)


def _one_line(title: str) -> str:
    """A menu entry is one line, whatever the quoted claim held."""
    return re.sub(r"[ \t]*[\r\n]+[ \t]*", " ", title)


def _edit_json(edit: Edit, index: LineIndex, encoding: str) -> dict[str, Any]:
    start = index.position(edit.start, encoding)
    end = index.position(edit.end, encoding)
    return {
        "range": {
            "start": {"line": start.line, "character": start.character},
            "end": {"line": end.line, "character": end.character},
        },
        "newText": edit.replacement,
    }


def _text_edit(value: Any) -> types.TextEdit:
    r = value["range"]
    return types.TextEdit(
        range=types.Range(
            start=types.Position(line=int(r["start"]["line"]), character=int(r["start"]["character"])),
            end=types.Position(line=int(r["end"]["line"]), character=int(r["end"]["character"])),
        ),
        new_text=str(value["newText"]),
    )


def workspace_edit(uri: str, version: int | None, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    """Edits of one document, tied to the version they were computed for."""
    return types.WorkspaceEdit(
        document_changes=[
            types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                edits=edits,
            )
        ]
    )


def quick_fix(diag: types.Diagnostic, uri: str) -> types.CodeAction | None:
    """The fix a diagnostic carries, as a code action; None when it has none or is malformed."""
    data = diag.data if isinstance(diag.data, dict) else {}
    fix = data.get("fix")
    if not isinstance(fix, dict):
        return None
    try:
        edits = [_text_edit(e) for e in fix["edits"]]
        version = int(data["version"])
    except (KeyError, TypeError, ValueError):
        return None
    safe = fix.get("applicability") == "safe"
    return types.CodeAction(
        title=_one_line(str(fix.get("title", "Fix"))) + ("" if safe else " (unsafe)"),
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diag],
        is_preferred=safe,
        edit=workspace_edit(uri, version, edits),
    )


def disable_action(
    diag: types.Diagnostic, uri: str, index: LineIndex, encoding: str, version: int
) -> types.CodeAction | None:
    """Silence the diagnostic's rule on its first line with a comment that ends the line above.

    The comment goes on a line of its own above (indented like the line) where a block starts
    there; in the middle of a paragraph or a list, a line of its own would cut the block in two
    (an HTML comment starts a block of its own in Markdown), so it is added at the end of the
    previous line instead, where it applies to the next line all the same.
    """
    code = diag.code if isinstance(diag.code, str) else None
    if code is None or code not in BY_CODE or diag.range.start.line >= len(index.starts):
        return None
    line = diag.range.start.line
    comment = DISABLE_COMMENT.format(code=code)
    previous = index.line_text(line - 1) if line > 0 else ""
    if _starts_block_after(previous):
        text = index.line_text(line)
        indent = text[: len(text) - len(text.lstrip(" \t"))]
        at = index.position(index.line_start(line), encoding)
        edit = types.TextEdit(
            range=types.Range(start=at, end=at), new_text=f"{indent}{comment}{_newline_of(index)}"
        )
    else:
        end = index.position(index.line_start(line - 1) + len(previous), encoding)
        edit = types.TextEdit(range=types.Range(start=end, end=end), new_text=f" {comment}")
    return types.CodeAction(
        title=f"Disable {code} for this line",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diag],
        edit=workspace_edit(uri, version, [edit]),
    )


_BLOCK_LINE = re.compile(r"[ \t]*(?:$|#|```|~~~|<|\||=+[ \t]*$|-+[ \t]*$)")


def _starts_block_after(previous: str) -> bool:
    """Whether a line of its own may go after ``previous`` without changing the document's
    blocks: after a blank line, a heading or setext underline, or a line that text cannot be
    appended to safely (a fence, HTML, a table row)."""
    return bool(_BLOCK_LINE.match(previous))


def _newline_of(index: LineIndex) -> str:
    if len(index.starts) < 2:
        return "\n"
    end = index.starts[1]
    return "\r\n" if index.text.startswith("\r\n", end - 2) else index.text[end - 1]


def replace_changed(old: str, new: str, index: LineIndex, encoding: str) -> list[types.TextEdit]:
    """One edit replacing just the part of ``old`` that differs from ``new`` (none if equal)."""
    if old == new:
        return []
    limit = min(len(old), len(new))
    prefix = _common(lambda k: old[:k] == new[:k], limit)
    suffix = _common(lambda k: old[len(old) - k :] == new[len(new) - k :], limit - prefix)
    return [
        types.TextEdit(
            range=index.range(prefix, len(old) - suffix, encoding), new_text=new[prefix : len(new) - suffix]
        )
    ]


def _common(same: Callable[[int], bool], limit: int) -> int:
    """The largest k <= limit with same(k), by bisection: slices compare in C, so several-MB
    documents take milliseconds rather than a Python loop over every character."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if same(middle):
            low = middle
        else:
            high = middle - 1
    return low
