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
from linter.readers import HTML_SUFFIXES, MARKDOWN_SUFFIXES, MDX_SUFFIXES, RST_SUFFIXES
from linter.rules import BY_CODE

SOURCE = "openwash"

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
        message=diagnostic_message(finding),
        severity=_SEVERITY.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.code,
        code_description=types.CodeDescription(href=rule.url) if rule else None,
        source=SOURCE,
        related_information=related,
        data=data,
    )


def diagnostic_message(finding: Finding) -> str:
    """The headline, then the evidence on a line of its own: editors show the whole message in
    the hover and the problems list, as the CLI shows its ``note`` line under the headline."""
    return f"{finding.message}\n{finding.note}" if finding.note else finding.message


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


# The comment that silences the next line, by the suffix that picks the document's reader. An
# HTML comment is not MDX (2 and later): there it goes inside an MDX comment, where openwash
# still reads it. Plain text has no comments: no action is offered there.
HTML_COMMENT = "<!-- openwash-disable-next-line {code} -->"
MDX_COMMENT = "{{/* <!-- openwash-disable-next-line {code} --> */}}"
RST_COMMENT = ".. openwash-disable-next-line {code}"
_COMMENTS = {
    **dict.fromkeys((*MARKDOWN_SUFFIXES, *HTML_SUFFIXES), HTML_COMMENT),
    **dict.fromkeys(MDX_SUFFIXES, MDX_COMMENT),
    **dict.fromkeys(RST_SUFFIXES, RST_COMMENT),
}


def disable_action(
    diag: types.Diagnostic, uri: str, index: LineIndex, encoding: str, version: int, suffix: str
) -> types.CodeAction | None:
    """Silence the diagnostic's rule on its first line with the comment of the document's
    format (``suffix`` picks it, as it picks the reader); None where the format has none.

    The comment goes on a line of its own above (indented like the line) where a block starts
    there; in the middle of a paragraph or a list, a line of its own would cut the block in two
    (an HTML comment starts a block of its own in Markdown), so it is added at the end of the
    previous line instead, where it applies to the next line all the same. An rST comment is a
    block of its own, so in the middle of a paragraph the rule is silenced for the paragraph.
    """
    code = diag.code if isinstance(diag.code, str) else None
    comment = _COMMENTS.get(suffix.lower())
    if comment is None or code is None or code not in BY_CODE or diag.range.start.line >= len(index.starts):
        return None
    line = diag.range.start.line
    previous = index.line_text(line - 1) if line > 0 else ""
    title = f"Disable {code} for this line"
    if comment == RST_COMMENT:
        if previous.strip():
            edits = _rst_paragraph_edits(code, line, index, encoding)
            title = f"Disable {code} for this paragraph"
        else:
            edits = [_line_above(index, line, encoding, comment.format(code=code), blank=True)]
    elif _starts_block_after(previous):
        edits = [_line_above(index, line, encoding, comment.format(code=code))]
    else:
        end = index.position(index.line_start(line - 1) + len(previous), encoding)
        edits = [
            types.TextEdit(range=types.Range(start=end, end=end), new_text=f" {comment.format(code=code)}")
        ]
    return types.CodeAction(
        title=title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diag],
        edit=workspace_edit(uri, version, edits),
    )


def _indent(text: str) -> str:
    return text[: len(text) - len(text.lstrip(" \t"))]


def _line_above(
    index: LineIndex, line: int, encoding: str, comment: str, blank: bool = False
) -> types.TextEdit:
    """``comment`` on a line of its own above ``line``, indented like it (and a blank line after
    it where the format needs one to end the comment)."""
    newline = _newline_of(index)
    at = index.position(index.line_start(line), encoding)
    text = f"{_indent(index.line_text(line))}{comment}{newline}{newline if blank else ''}"
    return types.TextEdit(range=types.Range(start=at, end=at), new_text=text)


def _rst_paragraph_edits(code: str, line: int, index: LineIndex, encoding: str) -> list[types.TextEdit]:
    """``.. openwash-disable CODE`` before the paragraph holding ``line`` and ``.. openwash-enable
    CODE`` after it, each a comment block of its own."""
    first = line
    while first > 0 and index.line_text(first - 1).strip():
        first -= 1
    last = line
    while last + 1 < len(index.starts) and index.line_text(last + 1).strip():
        last += 1
    indent, newline = _indent(index.line_text(first)), _newline_of(index)
    end = index.position(index.line_start(last) + len(index.line_text(last)), encoding)
    return [
        _line_above(index, first, encoding, f".. openwash-disable {code}", blank=True),
        types.TextEdit(
            range=types.Range(start=end, end=end),
            new_text=f"{newline}{newline}{indent}.. openwash-enable {code}",
        ),
    ]


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
