"""HTML through the standard library's ``html.parser``.

Prose is the text between tags, outside ``script``, ``style``, ``code``, ``pre``, ``kbd``,
``samp``, ``template`` and the rest of ``head`` (the ``title`` excepted); tags, attributes,
comments and declarations are masked. The parser runs without converting character references,
so every piece of text it reports is exactly the source's characters, at the position
``getpos()`` gives: masking works on source positions, never on decoded data. A character
reference in prose (``&amp;``) shows as the character it stands for followed by spaces, so the
prose keeps the file's length.

Blocks: ``p``, ``li``, ``h1``–``h6``, ``td``/``th``, ``blockquote``, ``dd``/``dt``, ``figcaption``,
``caption`` and the ``title``; other text (loose in a ``div`` or ``body``) is a ``text`` block. The
subject is the ``title``, else the first ``h1``.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from linter.positions import newline_starts
from linter.readers import Block, ProseDocument

# One to five words of letters and digits joined by "-", ".", "_" or a space, capitalized as a
# name is: "Llama 3", "DeepSeek-R1", "Qwen2.5-7B-Instruct". Code punctuation ("=", "(", "/",
# quotes) rules a span out, and so does a lowercase start: `llama3` or `gpt-4o` is an identifier.
_NAME_LIKE = re.compile(r"[A-Z][A-Za-z0-9]*(?:[-._ ][A-Za-z0-9]+){0,4}")
_CLAIM_WORDS = re.compile(r"open[\s_-]*(?:source|weight)", re.IGNORECASE)


def _shows_a_name(code: str) -> bool:
    """An inline ``<code>`` that holds only a name ("<code>DeepSeek-R1</code> is an open-source
    LLM") reads as that name: articles set model names in code type, and the sentence around it
    is still prose. Markdown and rST code spans stay code: there they hold what a reader types
    (checkpoint ids, class names), and reading them as names raised a false alarm on the dev set
    without finding more. A claim word inside code stays code either way."""
    inner = code.strip()
    return len(inner) <= 48 and bool(_NAME_LIKE.fullmatch(inner)) and not _CLAIM_WORDS.search(inner)


_SKIPPED = frozenset({"script", "style", "code", "pre", "kbd", "samp", "template", "head", "svg", "math"})
_BLOCK_KINDS = {
    "p": "paragraph",
    "li": "list_item",
    "td": "table_cell",
    "th": "table_cell",
    "blockquote": "blockquote",
    "dd": "paragraph",
    "dt": "paragraph",
    "figcaption": "paragraph",
    "summary": "heading",  # a <details> disclosure's title: it heads what the details hold
    "caption": "paragraph",
    "title": "heading",
    **{f"h{n}": "heading" for n in range(1, 7)},
}
# Elements that end the text before them (a block of their own or not).
_BREAKS = frozenset(
    {
        *_BLOCK_KINDS,
        *("address", "article", "aside", "body", "details", "div", "dl", "fieldset", "figure"),
        *("footer", "form", "header", "hr", "main", "nav", "ol", "section", "summary", "table"),
        *("tbody", "tfoot", "thead", "tr", "ul"),
    }
)
# Opening one of these closes an open <p> (HTML's implied end tags).
_CLOSES_P = frozenset(
    {
        *("address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset"),
        *("figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "p"),
        *("pre", "section", "table", "ul", "h1", "h2", "h3", "h4", "h5", "h6"),
    }
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)


class _ProseParser(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.starts = newline_starts(text)
        self.chars = list(re.sub(r"[^\r\n]", " ", text))
        self.blocks: list[Block] = []
        self.open: list[tuple[str, str, int, int, int]] = []  # (tag, kind, level, group, row)
        # Where each tag, and each block element, stands in ``open``: thousands of unclosed
        # <div>s must not make every lookup walk the whole stack.
        self.where: dict[str, list[int]] = {}
        self.block_entries: list[int] = []
        self.skip: dict[str, int] = {}
        self.lists: list[int] = []  # group numbers of the open ul/ol
        self.tables: list[list[int]] = []  # [group, row] of the open tables
        self.groups = 0
        self.segment: list[int] | None = None  # [start, end] of the prose since the last break
        self.title: tuple[int, int] | None = None
        self.h1: tuple[int, int] | None = None

    def _source_offset(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    # Text ----------------------------------------------------------------------------------

    def _prose(self, start: int, shown: str) -> None:
        """Show ``shown`` (as long as its source) at ``start``, and extend the current block."""
        if self._skipping():
            return
        for i, ch in enumerate(shown):
            if ch not in "\r\n":
                self.chars[start + i] = " " if ch == "\x00" else ch
        if not shown.strip():
            return
        first = start + len(shown) - len(shown.lstrip())
        last = start + len(shown.rstrip())
        if self.segment is None:
            self.segment = [first, last]
        else:
            self.segment[1] = last

    def handle_data(self, data: str) -> None:
        start = self._source_offset()
        if self._only_inline_code() and "\n" not in data and _shows_a_name(data):
            self.skip["code"] -= 1  # "<code>Llama 3</code> is ...": the name reads as prose
            self._prose(start, data)
            self.skip["code"] += 1
            return
        self._prose(start, data)

    def _reference(self, start: int, length: int) -> None:
        """A character reference: its character, then NULs standing for padding (shown as spaces)
        so that the block's end still takes in the whole reference."""
        decoded = unescape(self.text[start : start + length])
        if len(decoded) != 1 or decoded.isspace():
            self._prose(start, " " * length)  # &nbsp;, or more than one character
        else:
            self._prose(start, decoded + "\x00" * (length - 1))

    def handle_entityref(self, name: str) -> None:
        start = self._source_offset()
        self._reference(start, 1 + len(name) + self.text.startswith(";", start + 1 + len(name)))

    def handle_charref(self, name: str) -> None:
        start = self._source_offset()
        self._reference(start, 2 + len(name) + self.text.startswith(";", start + 2 + len(name)))

    # Structure -----------------------------------------------------------------------------

    def _skipping(self) -> bool:
        """Inside code, a script or the like; or in ``head`` but not in its ``title``."""
        if any(count for tag, count in self.skip.items() if tag != "head"):
            return True
        return bool(self.skip.get("head")) and not self.where.get("title")

    def _only_inline_code(self) -> bool:
        """Inside one ``code`` element and nothing else skipped (not in ``pre``, not a script)."""
        return self.skip.get("code") == 1 and not any(
            count for tag, count in self.skip.items() if tag != "code"
        )

    def _flush(self) -> None:
        if self.segment is None:
            return
        start, end = self.segment
        self.segment = None
        # The innermost open block element decides the kind; loose text is a "text" block.
        innermost = self.open[self.block_entries[-1]] if self.block_entries else ("", "text", 0, -1, -1)
        tag, kind, level, group, row = innermost
        self.blocks.append(Block(start, end, kind, level=level, group=group, row=row))
        if tag == "title" and self.title is None:
            self.title = (start, end)
        elif tag == "h1" and self.h1 is None:
            self.h1 = (start, end)

    def _close(self, tag: str) -> None:
        """Pop the innermost open ``tag`` and everything opened inside it."""
        if positions := self.where.get(tag):
            self._truncate(positions[-1])

    def _push(self, entry: tuple[str, str, int, int, int]) -> None:
        self.where.setdefault(entry[0], []).append(len(self.open))
        if entry[1]:
            self.block_entries.append(len(self.open))
        self.open.append(entry)

    def _truncate(self, i: int) -> None:
        """Drop the open elements from position ``i`` on (each one popped once: linear overall)."""
        while len(self.open) > i:
            tag, kind = self.open.pop()[:2]
            self.where[tag].pop()
            if kind:
                self.block_entries.pop()

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIPPED:
            if tag == "head":
                self.skip[tag] = 1  # never nested; an unclosed <head> ends at <body>
            else:
                self.skip[tag] = self.skip.get(tag, 0) + 1
        if tag == "body":
            self.skip.pop("head", None)
        if tag in _BREAKS:
            self._flush()
        if tag in _CLOSES_P and self._top_is("p"):
            self._close("p")
        if tag == "li" and self._innermost(("li", "ul", "ol")) == "li":
            self._close("li")
        if tag in ("dd", "dt") and self._innermost(("dd", "dt", "dl")) in ("dd", "dt"):
            self._close(self._innermost(("dd", "dt")))
        if tag in ("td", "th") and self._innermost(("td", "th", "tr", "table")) in ("td", "th"):
            self._close(self._innermost(("td", "th")))
        if tag == "tr":
            if self._innermost(("tr", "table")) == "tr":
                self._close("tr")
            if self.tables:
                self.tables[-1][1] += 1
        if tag in ("ul", "ol"):
            self.groups += 1
            self.lists.append(self.groups)
        elif tag == "table":
            self.groups += 1
            self.tables.append([self.groups, -1])
        if tag in _VOID:
            return
        kind = _BLOCK_KINDS.get(tag, "")
        level, group, row = 0, -1, -1
        if tag == "li":
            level, group = len(self.lists), self.lists[-1] if self.lists else -1
        elif tag in ("td", "th") and self.tables:
            group, row = self.tables[-1][0], max(self.tables[-1][1], 0)
        elif kind == "heading":
            level = {"title": 1, "summary": 6}.get(tag) or int(tag[1])
        self._push((tag, kind, level, group, row))

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BREAKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self.skip.get(tag):
            self.skip[tag] -= 1
        if tag in _BREAKS:
            self._flush()
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag == "table" and self.tables:
            self.tables.pop()
        self._close(tag)

    def _top_is(self, tag: str) -> bool:
        return bool(self.open) and self.open[-1][0] == tag

    def _innermost(self, tags: tuple[str, ...]) -> str | None:
        found = [(positions[-1], tag) for tag in tags if (positions := self.where.get(tag))]
        return max(found)[1] if found else None


def read(text: str) -> ProseDocument:
    parser = _ProseParser(text)
    parser.feed(text)
    parser.close()
    parser._flush()
    subject = parser.title or parser.h1
    return ProseDocument(text, "".join(parser.chars), parser.blocks, subject)
