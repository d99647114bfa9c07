"""MDX: Markdown with JSX, ESM and ``{expressions}``, read through the Markdown reader.

The MDX-only syntax is masked first (``import``/``export`` blocks, JSX tags with their props,
``{expressions}`` and ``{/* comments */}``), outside code fences and code spans. The text children
of JSX wrappers (``<Tabs>…</Tabs>``) stay, and are read as Markdown. Because MDX has no indented
code, the lines inside a wrapper are dedented before the Markdown reader sees them (MDX authors
indent wrapper content; CommonMark would take four spaces for a code block). Dedenting removes
characters, so the Markdown reader reads a *view* of the file and every offset it returns is
mapped back through ``origin`` (view offset → file offset): positions stay exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.positions import newline_starts
from linter.readers import Block, ProseDocument, markdown, mask

_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})")
_ESM = re.compile(r"(?:import|export)(?=[\s{*])")
_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n.*?^---[ \t]*$", re.DOTALL | re.MULTILINE)
_BLANK_LINE = re.compile(r"\n[ \t\r]*(?:\n|$)")
_STRINGS = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|`(?:[^`\\]|\\.)*`|//[^\n]*")
_NAME = re.compile(r"[A-Za-z_$][\w$.:-]*")
_ATTR_NAME = re.compile(r"[A-Za-z_$:][\w$.:-]*")
_VOID_HTML = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
)
_MAX_EXPRESSION = 20_000  # an unclosed brace gives up here instead of scanning the whole file
_FAILED_SCAN_BUDGET = 200_000  # characters spent on braces that close nothing, then braces are text


@dataclass(frozen=True)
class _Tag:
    start: int
    end: int
    name: str
    kind: str  # open | close | self


def read(text: str) -> ProseDocument:
    chars = list(text)
    tags: list[_Tag] = []
    fence_lines: set[int] = set()
    _mask_mdx(text, chars, tags, fence_lines)
    masked = "".join(chars)
    view, origin = _dedent_wrappers(text, masked, tags, fence_lines)
    doc = markdown.read(view)

    prose = [c if c in "\r\n" else " " for c in text]
    for i, ch in enumerate(doc.prose):
        if ch not in " \r\n":
            prose[origin[i]] = ch
    blocks = [
        Block(origin[b.start], origin[b.end], b.kind, level=b.level, group=b.group, row=b.row)
        for b in doc.blocks
    ]
    subject = (origin[doc.subject[0]], origin[doc.subject[1]]) if doc.subject else None
    return ProseDocument(text, "".join(prose), blocks, subject, notices=list(doc.notices))


def _mask_mdx(text: str, chars: list[str], tags: list[_Tag], fence_lines: set[int]) -> None:
    """Mask ESM, JSX and expressions in ``chars``; record tags and where the lines inside code
    fences start."""
    n = len(text)
    i = 0
    depth = 0  # open JSX elements: ESM only counts at the top level
    fence: str | None = None
    budget = _FAILED_SCAN_BUDGET
    first = 0
    if front := _FRONT_MATTER.match(text):
        i = front.end()  # the Markdown reader masks front matter itself
        first = i + 1
    at_line_start = i == 0
    while i < n:
        if at_line_start:
            at_line_start = False
            eol = text.find("\n", i)
            eol = n if eol == -1 else eol
            opening = _FENCE.match(text, i, eol)
            if fence is not None:
                fence_lines.add(i)
                closing = opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence)
                if closing and not text[opening.end() : eol].strip():
                    fence = None
                i = eol
                continue
            if opening and not (opening.group(1)[0] == "`" and "`" in text[opening.end() : eol]):
                fence = opening.group(1)
                i = eol
                continue
            if depth == 0 and _ESM.match(text, i) and _after_blank_line(text, i, first):
                end = _esm_end(text, i)
                mask(chars, i, end)
                i = end
                continue
        ch = text[i]
        if ch == "\n":
            i += 1
            at_line_start = True
        elif ch == "\\":
            i += 1 if text[i + 1 : i + 2] in ("", "\n") else 2
        elif ch == "`":
            i = _skip_code_span(text, i)
        elif ch == "{" and budget > 0 and (end := _expression_end(text, i)) > 0:
            mask(chars, i, end)
            i = end
        elif ch == "{":
            # Unclosed: what the scan cost comes off the budget, so that a file of stray
            # braces is not scanned to its end once per brace.
            budget -= min(n, i + _MAX_EXPRESSION) - i if budget > 0 else 0
            i += 1
        elif ch == "<" and text.startswith("<!--", i) and (close := text.find("-->", i + 4)) != -1:
            mask(chars, i, close + 3)  # HTML comments are not MDX 2, but older MDX files have them
            i = close + 3
        elif ch == "<" and (tag := _parse_tag(text, i)) is not None:
            mask(chars, tag.start, tag.end)
            if tag.kind == "open" and tag.name.lower() in _VOID_HTML:
                tag = _Tag(tag.start, tag.end, tag.name, "self")  # <br>, <img>: never closed
            tags.append(tag)
            depth = max(0, depth + {"open": 1, "close": -1}.get(tag.kind, 0))
            i = tag.end
        else:
            i += 1


def _esm_end(text: str, i: int) -> int:
    """The end of an ``import``/``export`` block: the next blank line at which its brackets are
    balanced (a function exported with blank lines in its body goes on past them)."""
    pos = i
    while blank := _BLANK_LINE.search(text, pos):
        chunk = _STRINGS.sub("", text[i : blank.start()])
        if chunk.count("{") <= chunk.count("}") and chunk.count("(") <= chunk.count(")"):
            return blank.start()
        if blank.end() >= len(text):
            break
        pos = blank.end() - 1  # the blank line's own line break may start the next one
    return len(text)


def _after_blank_line(text: str, i: int, first: int) -> bool:
    """ESM is a block of its own: at the start (or after front matter), or after a blank line."""
    if i <= first:
        return True
    previous = text.rfind("\n", 0, i - 1) + 1
    return not text[previous : i - 1].strip()


def _skip_code_span(text: str, i: int) -> int:
    """Just past the code span opening at ``i`` (braces and tags inside it are code), or past the
    backticks when they open nothing."""
    run = 1
    while text.startswith("`", i + run):
        run += 1
    ticks = "`" * run
    j = i + run
    while (k := text.find(ticks, j)) != -1:
        if "\n\n" in text[i:k]:
            break
        if not text.startswith("`", k + run):
            return k + run
        while text.startswith("`", k):
            k += 1
        j = k
    return i + run


def _string_end(text: str, i: int) -> int:
    quote = text[i]
    j = i + 1
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if text[j] == quote:
            return j + 1
        if text[j] == "\n" and quote != "`":
            return -1
        j += 1
    return -1


def _expression_end(text: str, i: int) -> int:
    """Just past the ``}`` closing the expression that opens at ``i``, or -1."""
    if text.find("}", i) == -1:
        return -1
    depth = 0
    j = i
    limit = min(len(text), i + _MAX_EXPRESSION)
    while j < limit:
        ch = text[j]
        if ch in "\"'`":
            j = _string_end(text, j)
            if j == -1:
                return -1
            continue
        if text.startswith("/*", j):
            close = text.find("*/", j + 2)
            if close == -1:
                return -1
            j = close + 2
            continue
        if text.startswith("//", j) and text[j - 1 : j] not in (":",):
            eol = text.find("\n", j)
            j = len(text) if eol == -1 else eol
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return -1


def _parse_tag(text: str, i: int) -> _Tag | None:
    """The JSX tag starting at ``i`` (``<Name prop="x" {...rest}>``, ``</Name>``, ``<>``), or None."""
    j = i + 1
    closing = text.startswith("/", j)
    if closing:
        j += 1
    name_match = _NAME.match(text, j)
    name = name_match.group() if name_match else ""
    if not name and text[j : j + 1] != ">":
        return None  # "a < b", "<3", "<https://…>": not JSX
    j = name_match.end() if name_match else j
    if name.endswith(":"):
        return None
    while j < len(text):
        k = j
        while k < len(text) and text[k] in " \t\r\n":
            k += 1
        if k < len(text) and text[k] == ">":
            return _Tag(i, k + 1, name, "close" if closing else "open")
        if text.startswith("/>", k) and not closing:
            return _Tag(i, k + 2, name, "self")
        if k == j and name and text[k : k + 1] not in ("{",):
            return None  # attributes need whitespace before them
        if text[k : k + 1] == "{":
            end = _expression_end(text, k)
            if end == -1:
                return None
            j = end
            continue
        attr = _ATTR_NAME.match(text, k)
        if attr is None or closing:
            return None
        j = attr.end()
        m = j
        while m < len(text) and text[m] in " \t\r\n":
            m += 1
        if text[m : m + 1] != "=":
            continue  # a boolean prop
        m += 1
        while m < len(text) and text[m] in " \t\r\n":
            m += 1
        if text[m : m + 1] in ("'", '"'):
            end = text.find(text[m], m + 1)  # JSX attribute strings have no escapes
        elif text[m : m + 1] == "{":
            end = _expression_end(text, m) - 1
        else:
            return None
        if end < 0:
            return None
        j = end + 1
    return None


def _dedent_wrappers(
    text: str, masked: str, tags: list[_Tag], fence_lines: set[int]
) -> tuple[str, list[int]]:
    """Dedent each JSX wrapper's content lines to its least indented line.

    Returns the view and ``origin``: ``origin[v]`` is the file offset of view offset ``v``, with
    one extra entry for the end of the text.
    """
    starts = newline_starts(text)
    # Which wrapper each line lies in: the innermost element open at the start of the line.
    owner: list[int] = []
    stack: list[_Tag] = []
    t = 0
    for line_start in starts:
        while t < len(tags) and tags[t].start < line_start:
            tag = tags[t]
            if tag.kind == "open":
                stack.append(tag)
            elif tag.kind == "close":
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k].name == tag.name:
                        del stack[k:]
                        break
            t += 1
        owner.append(stack[-1].start if stack else -1)

    def layout(line: int) -> tuple[int, int, int, int]:
        """Start, end, the original indentation's end and where the masked line's content begins
        (after any masked tag or expression leading it)."""
        start = starts[line]
        end = starts[line + 1] if line + 1 < len(starts) else len(masked)
        indented = start
        while indented < end and text[indented] in " \t":
            indented += 1
        content = indented
        while content < end and masked[content] in " \t":
            content += 1
        return start, end, indented, content

    least: dict[int, int] = {}
    for line, who in enumerate(owner):
        if who < 0 or starts[line] in fence_lines:
            continue
        start, end, indented, content = layout(line)
        if masked[content:end].strip():
            least[who] = min(least.get(who, indented - start), indented - start)

    # A tag or expression leading a line is dropped from the view, not left as spaces: spaces
    # there would turn "<Note>Some text</Note>" into an indented code block.
    view: list[str] = []
    origin: list[int] = []
    for line in range(len(starts)):
        start, end, indented, content = layout(line)
        cut = min(least.get(owner[line], 0), indented - start) if owner[line] >= 0 else 0
        if starts[line] in fence_lines or not masked[content:end].strip():
            content = indented
        for lo, hi in ((start + cut, indented), (content, end)):
            view.append(masked[lo:hi])
            origin.extend(range(lo, hi))
    origin.append(len(text))
    return "".join(view), origin
