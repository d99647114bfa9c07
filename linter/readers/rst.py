"""reStructuredText through docutils.

docutils parses the file into a doctree (the parser only: no transforms, so substitutions,
references and titles stay where the source put them). Prose is the text of paragraphs, titles,
list items, table cells, block quotes, definition terms, line blocks and captions; skipped whole
are literal blocks, ``code``/``code-block``/``sourcecode`` and ``raw`` directives, comments,
targets, substitution definitions, inline literals and code roles, bare URLs, unknown roles and
anything docutils reports as an error.

Nodes carry a line but no column, so each text is found again in the source: its words are
searched for in order from the block's line onwards, and only the words found are revealed. The
markup around them (``*``, backquotes, ``<url>`_``, escaping backslashes, underlines) stays
masked. Inline nodes that are skipped are found too, so a word inside a URL or a literal is
never taken for the prose word after it.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache

from linter.readers import Block, ProseDocument

# Blocks whose text is prose, and the kind each becomes when not in a list, table or quote.
_BLOCKS = {
    "paragraph": "paragraph",
    "title": "heading",
    "subtitle": "heading",
    "rubric": "heading",
    "term": "paragraph",
    "line_block": "paragraph",  # its lines read as one block, as a poem or an address does
    "caption": "paragraph",
    "attribution": "paragraph",
}
# Nodes whose text is never prose; inline ones among them are stepped over in the source.
_SKIPPED = frozenset(
    {
        "literal_block",
        "doctest_block",
        "math_block",
        "raw",
        "comment",
        "substitution_definition",
        "substitution_reference",
        "target",
        "system_message",
        "problematic",
        "literal",
        "math",
        "footnote_reference",
        "citation_reference",
        "label",
        "image",
        "pending",
        "field_name",
        "option_string",
        "option_argument",
        "generated",
    }
)
_SLACK_LINES = 2  # lines past a block's own that its words are looked for in
# Sphinx directives whose body is prose, and roles whose title is: docutils alone does not know
# them and would drop the whole directive. Their arguments and options are not read.
_SPHINX_PROSE_DIRECTIVES = (
    *("versionadded", "versionchanged", "versionremoved", "deprecated", "seealso", "todo"),
    *("tab", "tabs", "group-tab", "tab-set", "tab-item", "card", "grid", "grid-item"),
    *("grid-item-card", "dropdown", "only", "hlist", "glossary", "describe", "option", "confval"),
)
# Directives the settings turn off (file_insertion_enabled, raw_enabled): docutils replaces each
# with a system message, never prose. Their module imports urllib.request (a fortieth of a second
# of a run that reads one rST file), so an equal stand-in is used unless docutils loaded them.
_DISABLED_DIRECTIVES = ("include", "raw")
_SPHINX_PROSE_ROLES = ("ref", "doc", "term", "numref", "abbr", "guilabel", "menuselection", "download")
_TARGET = re.compile(r"\s*<[^<>]*>\s*$")


@dataclass
class _Context:
    text: str
    starts: list[int]  # line starts, plus one past the end
    chars: list[str]
    cursor: int = 0


# docutils marks a backslash escape with NUL inside its nodes ("\\`" becomes NUL + "`"), so a NUL
# of the file's own would read as an escape ("``x`NUL``" an escaped backquote, not the literal's
# end) and a word with one in it would not be found again. It is parsed as U+FFFD instead, which
# rST gives no meaning either, and shown as itself in the prose.
_NUL_STANDIN = "\ufffd"


def read(text: str) -> ProseDocument:
    try:
        parsed = text.replace("\x00", _NUL_STANDIN)
        doc = _read_doctree(parsed, _parse(parsed))
        if parsed != text:
            shown = zip(text, doc.prose, strict=True)
            prose = "".join(c if c == "\x00" and p == _NUL_STANDIN else p for c, p in shown)
            doc = replace(doc, text=text, prose=prose)
        return doc
    except Exception as exc:  # docutils raises many things on odd input; never fail a run on it
        from linter.readers import plaintext

        doc = plaintext.read(text)
        reason = str(exc) if isinstance(exc, _Unread) else f"{type(exc).__name__}: {exc}"
        reason = reason.splitlines()[0][:120]
        doc.notices.append(f"could not parse reStructuredText ({reason}); read as plain text")
        return doc


class _Unread(Exception):
    """docutils read nothing of the file; the message says why."""


def _parse(text: str):
    from docutils.frontend import get_default_settings
    from docutils.parsers.rst import Parser
    from docutils.utils import new_document

    parser = Parser()
    settings = get_default_settings(Parser)
    settings.report_level = 5  # silent: a problem is a skipped node, never output
    settings.halt_level = 5
    settings.warning_stream = io.StringIO()
    settings.file_insertion_enabled = False  # no include, no csv-table :file: or :url:
    settings.raw_enabled = False
    settings.syntax_highlight = "none"  # code is masked: no Pygments (a tenth of a second to load)
    document = new_document("<openwash>", settings)
    with _sphinx_prose():
        parser.parse(text, document)
    for child in document.children:
        # docutils gives up on a whole file with a line over its limit and returns one error
        # message: read as nothing, the file would pass unread.
        if child.tagname == "system_message" and "line-length-limit" in child.astext():
            limit = settings.line_length_limit
            raise _Unread(f"a line is longer than docutils' limit of {limit:,} characters")
    return document


@contextmanager
def _sphinx_prose() -> Iterator[None]:
    """Teach docutils the Sphinx prose directives and roles, and the disabled directives' stand-in,
    for one parse, then forget them: docutils keeps them in module-wide tables, and a Sphinx build
    in the same process must find its own there. Names docutils (or Sphinx) already knows are left
    alone (loaded ones, for the disabled directives)."""
    from docutils.parsers.rst import directives, roles
    from docutils.parsers.rst.languages import en

    new_directives = [
        name
        for name in _SPHINX_PROSE_DIRECTIVES
        if name not in directives._directives
        and name not in directives._directive_registry
        and name not in en.directives
    ]
    new_roles = [
        name
        for name in _SPHINX_PROSE_ROLES
        if name not in roles._roles and name not in roles._role_registry and name not in en.roles
    ]
    disabled = [name for name in _DISABLED_DIRECTIVES if name not in directives._directives]
    container = _prose_directive()
    for name in new_directives:
        directives.register_directive(name, container)
    for name in disabled:
        directives.register_directive(name, _disabled_directive())
    for name in new_roles:
        roles.register_local_role(name, _prose_role)
    try:
        yield
    finally:
        for name in (*new_directives, *disabled):
            directives._directives.pop(name, None)
        for name in new_roles:
            roles._roles.pop(name, None)


@lru_cache(maxsize=1)
def _any_directive():
    """A directive that takes any arguments, options and body."""
    from docutils.parsers.rst import Directive, directives

    class AnyOption(dict):
        def __missing__(self, key: str):
            return directives.unchanged

        def __bool__(self) -> bool:
            return True  # docutils reads options only when a directive declares some

    class AnyDirective(Directive):
        optional_arguments = 1
        final_argument_whitespace = True
        has_content = True
        option_spec = AnyOption()

    return AnyDirective


@lru_cache(maxsize=1)
def _prose_directive():
    from docutils import nodes

    class ProseContainer(_any_directive()):
        """A Sphinx directive with prose in its body: the body is parsed, the rest ignored."""

        def run(self):
            node = nodes.container()
            self.state.nested_parse(self.content, self.content_offset, node)
            return [node]

    return ProseContainer


@lru_cache(maxsize=1)
def _disabled_directive():
    class Disabled(_any_directive()):
        """``include`` or ``raw`` turned off: a system message over the whole directive, as
        docutils' own gives (with its arguments, options and body well formed or not: an error
        about them is a system message over the same lines)."""

        def run(self):
            raise self.warning(f'"{self.name}" directive disabled.')

    return Disabled


def _prose_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """``:term:`open source```, ``:ref:`the guide <target>```: the title shows, the target not;
    a bare ``:ref:`label``` or ``:doc:`path``` is a name, not prose."""
    from docutils import nodes

    title = _TARGET.sub("", text)
    if title == text and name.lower() not in ("term", "abbr", "guilabel", "menuselection"):
        return [nodes.literal(rawtext, text)], []
    return [nodes.inline(rawtext, title)], []


_NO_BREAK_IN_DOCUTILS = {0x0B: " ", 0x0C: " "}


def _read_doctree(text: str, doctree) -> ProseDocument:
    from docutils import nodes

    # Lines as docutils counts them: str.splitlines breaks at \r, \u2028 and others, but the
    # parser first turns vertical tabs and form feeds into spaces (they end no line there).
    lines = text.translate(_NO_BREAK_IN_DOCUTILS).splitlines(keepends=True)
    ends = list(itertools.accumulate(len(line) for line in lines))
    if lines and lines[-1].splitlines()[0] == lines[-1]:
        ends.pop()  # the last line has no line break: no line starts after it
    starts = [0, *ends, len(text) + 1]
    ctx = _Context(text, starts, [c if c in "\r\n" else " " for c in text])
    blocks: list[Block] = []
    groups: dict[int, int] = {}  # id(list or table node) -> group number, in document order
    subject: tuple[int, int] | None = None
    table_rows: dict[int, int] = {}  # id(row node) -> row number within its table

    for table in doctree.findall(nodes.table):
        for number, row in enumerate(table.findall(nodes.row)):
            table_rows[id(row)] = number

    def visit(node) -> None:
        tag = node.tagname
        if tag in _SKIPPED or not isinstance(node, nodes.Element):
            return
        if tag in _BLOCKS:
            span = _reveal_block(ctx, node)
            if span is not None:
                blocks.append(_block(node, span, table_rows, groups))
            return
        for child in node.children:
            visit(child)

    visit(doctree)
    blocks.sort(key=lambda b: b.start)
    for block in blocks:
        if block.kind == "heading":
            subject = (block.start, block.end)
            break
    return ProseDocument(text, "".join(ctx.chars), blocks, subject)


def _block(node, span: tuple[int, int], table_rows: dict[int, int], groups: dict[int, int]) -> Block:
    kind = _BLOCKS[node.tagname]
    lists = 0
    list_group = -1
    section_depth = 0
    parent = node.parent
    while parent is not None:
        name = parent.tagname
        if name == "entry":
            row = parent.parent
            table = row
            while table is not None and table.tagname != "table":
                table = table.parent
            group = groups.setdefault(id(table), len(groups) + 1)
            return Block(*span, "table_cell", group=group, row=table_rows.get(id(row), -1))
        if name in ("bullet_list", "enumerated_list"):
            lists += 1
            if list_group == -1:
                list_group = groups.setdefault(id(parent), len(groups) + 1)
        elif name == "section":
            section_depth += 1
        elif name == "block_quote" and kind == "paragraph" and not lists:
            kind = "blockquote"
        parent = parent.parent
    if kind == "heading":
        return Block(*span, "heading", level=max(section_depth, 1))
    if lists:
        return Block(*span, "list_item", level=lists, group=list_group)
    return Block(*span, kind)


def _reveal_block(ctx: _Context, node) -> tuple[int, int] | None:
    """Find the block's words in the source, reveal them, and return the span they cover.

    The search runs from the block's first line (a title's line is its underline's, so one line
    earlier for titles), or from where the previous block ended when that is on the same line
    (cells of a simple table). It stops a few lines past the block's own, so that a word docutils
    made up is not looked for in the rest of the file."""
    line = node.line
    nlines = len(ctx.starts) - 1
    if line is None:
        lo, hi = ctx.cursor, len(ctx.text)
    else:
        first = line - 2 if node.tagname in ("title", "subtitle") else line - 1
        first = min(max(first, 0), nlines)
        newlines = max(node.rawsource.count("\n"), node.astext().count("\n"))
        last = min(line + newlines + _SLACK_LINES, nlines)
        lo = ctx.starts[first]
        hi = ctx.starts[last] - 1 if last < nlines else len(ctx.text)
        if lo <= ctx.cursor <= hi:
            lo = ctx.cursor
    found: list[tuple[int, int]] = []
    pos = _walk_inline(ctx, node, lo, hi, found)
    if not found:
        return None
    ctx.cursor = max(ctx.cursor, pos)
    return found[0][0], found[-1][1]


def _walk_inline(ctx: _Context, node, pos: int, hi: int, found: list[tuple[int, int]]) -> int:
    from docutils import nodes

    previous = ""  # the markup of the element before, already stepped over
    for child in node.children:
        embedded = child.tagname == "target" and child.rawsource.strip() in previous
        previous = child.rawsource if isinstance(child, nodes.Element) else ""
        if embedded:
            # "`GPT4 <https://x.y>`_": docutils gives the embedded target as a node of its own,
            # after the reference whose markup holds it. Looked for further on, it would find the
            # next "<https://x.y>" and carry the search past the words between.
            continue
        if isinstance(child, nodes.Text):
            for word in str(child).split():
                span = _find_word(ctx.text, word, pos, hi)
                if span is None:
                    continue  # text docutils made up (e.g. a section number): nothing to reveal
                _reveal(ctx, word, span[0])
                found.append(span)
                pos = span[1]
        elif child.tagname in _SKIPPED or _is_bare_url(child):
            span = _locate(ctx.text, child.rawsource, pos, hi)
            pos = span[1] if span else pos
        elif isinstance(child, nodes.Element):
            # Inside its own markup only: text a role made up ("PEP 8" from :pep:`8`) must not
            # be matched further on, which would carry the search past the words between.
            span = _locate(ctx.text, child.rawsource, pos, hi)
            if span:
                _walk_inline(ctx, child, span[0], span[1], found)
                pos = span[1]
            else:
                pos = _walk_inline(ctx, child, pos, hi, found)
    return pos


def _is_bare_url(node) -> bool:
    if node.tagname != "reference":
        return False
    uri = node.get("refuri", "")
    shown = node.astext()
    return bool(uri) and (shown == uri or uri == f"mailto:{shown}")


def _word_pattern(word: str) -> str:
    """docutils keeps a backslash-escaped character as NUL + character: match the backslash."""
    out = []
    escaped = False
    for ch in word:
        if ch == "\x00":
            escaped = True
            continue
        out.append(("\\\\" if escaped else "") + re.escape(ch))
        escaped = False
    if escaped:
        out.append("\\\\")
    return "".join(out)


def _find_word(text: str, word: str, pos: int, hi: int) -> tuple[int, int] | None:
    if "\x00" not in word:
        i = text.find(word, pos, hi)
        return (i, i + len(word)) if i != -1 else None
    match = re.compile(_word_pattern(word)).search(text, pos, hi)
    return match.span() if match else None


def _reveal(ctx: _Context, word: str, start: int) -> None:
    i = start
    escaped = False
    for ch in word:
        if ch == "\x00":
            escaped = True
            continue
        if escaped:
            i += 1  # the backslash stays masked
            escaped = False
        ctx.chars[i] = ctx.text[i]
        i += 1


def _locate(text: str, rawsource: str, pos: int, hi: int) -> tuple[int, int] | None:
    """Where an inline node's markup is in the source (``code``, a URL, a role, a link).
    Its lines may have lost their indentation: any whitespace matches."""
    words = rawsource.split()
    if not words:
        return None
    if len(words) == 1:  # no whitespace to match: found without compiling a pattern for it
        at = text.find(words[0], pos, hi)
        return (at, at + len(words[0])) if at != -1 else None
    # The words in turn, whitespace between: what a pattern of them would find, without
    # compiling one per node (a page holds hundreds).
    at = text.find(words[0], pos, hi)
    while at != -1:
        end = at + len(words[0])
        for word in words[1:]:
            gap = end
            while gap < hi and text[gap].isspace():
                gap += 1
            if gap == end or not text.startswith(word, gap, hi):
                break
            end = gap + len(word)
        else:
            return at, end
        at = text.find(words[0], at + 1, hi)
    return None
