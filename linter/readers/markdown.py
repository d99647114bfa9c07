"""Markdown (CommonMark + GFM tables + YAML front matter) through markdown-it-py.

markdown-it gives the block structure with exact line ranges; prose is whatever lies in
paragraphs, headings, list items, blockquotes and table cells, with line-level markers
(``#``, ``>``, list bullets, pipes) and inline markup masked. HTML blocks are read as HTML
(their text is prose, their tags, code and scripts are not). Everything else (fenced and
indented code, front matter, link reference definitions) is masked whole.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from linter.names import LoweredSearch
from linter.positions import line_starts
from linter.readers import Block, ProseDocument
from linter.readers.inline import mask_inline
from linter.readers.plaintext import typed_bullets

_CONTAINER_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*")
_LIST_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?(?=[ \t]|$)")
_ATX = re.compile(r"#{1,6}(?=[ \t]|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*(?:=+|-+)[ \t]*$")
_TABLE_DELIMITER = re.compile(r"^[ \t|:\-]+$")
_PIPE = re.compile(r"(?<!\\)\|")
_NEWLINE = re.compile(r"\r\n|\r|\n")
_LINE = re.compile(r"[^\r\n]+")


_MAX_NESTING = 100


@lru_cache(maxsize=2)
def _parser(front_matter: bool = True):
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING}).enable("table")
    if front_matter:
        md.use(front_matter_plugin)
    # Only the block structure and its line ranges are read; inline markup is masked by
    # readers/inline.py on the source text. The inline tokenizer was a quarter of a run.
    md.disable(["inline", "text_join"])
    return md


# From this many characters on, only the pieces of the document that can matter are parsed
# (readers/markdown_pieces.py): the pieces around each claim word, the headings above them and
# the first heading. A whole parse takes about 0.4 s a megabyte; from 64 KiB on, the LLM-dense
# corpora's long READMEs and FAQs read a third faster in pieces (the same findings).
_PIECES_FROM = 1 << 16
# Characters that may read as a claim once markup between its words is masked: "open", up to
# 8 characters (masked one for one), then "sourc" or "weight" (claims.PRESCAN on the prose).
_MAYBE_CLAIM = re.compile(r"open[\s\S]{0,8}?(?:sourc|weight)")
_OPEN = (b"open",)  # where _MAYBE_CLAIM can match: LoweredSearch tries it only there
_MAYBE_CLAIM_REACH = 18  # "open", 8 characters, "weight"
# Pieces parsed after one with a claim word: segments read the blocks a claim's block introduces
# or is followed by (in the next piece at most) and the block after those (in the one after).
# Nothing before it: a list or a table never starts a piece, so what a claim's block is introduced
# by lies in its own piece; the heading above is found apart.
_PIECES_AFTER = 2


_FENCE_LINE = re.compile(r"^---[ \t]*\r?$", re.MULTILINE)
_YAML_KEY = re.compile(r"^[ \t]*[\w.\-\"']+[ \t]*:(?:[ \t]|\r?$)", re.MULTILINE)


def yaml_front_matter(text: str) -> bool:
    """Whether a "---" opening the page fences YAML front matter: a key on one of its lines, or
    nothing. Slides and notes use "---" for rules too ("---⏎⏎## The open-source wave⏎⏎- X⏎⏎---"):
    there the lines between are the page, not metadata."""
    first = _FENCE_LINE.match(text)
    if first is None:
        return True  # no front matter to read: the parser with the plugin finds none either
    close = _FENCE_LINE.search(text, first.end())
    body = text[first.end() : close.start() if close else len(text)]
    return not body.strip() or _YAML_KEY.search(body) is not None


def parser_for(text: str):
    """The markdown-it parser that reads ``text`` as this reader does (with front matter only
    when it is YAML): the suppression scan must agree with it on what is code."""
    return _parser(yaml_front_matter(text))


def _tokens(text: str, starts: list[int]) -> list:
    """markdown-it's block tokens for ``text`` (whose lines start at ``starts``): of the whole of
    it, or, for a long document, of the pieces that can matter, with the tokens and line numbers
    a whole parse gives there."""
    parse = parser_for(text).parse
    if len(text) < _PIECES_FROM:
        return parse(text)
    from linter.readers import markdown_pieces as pieces

    cuts = pieces.cut_lines(pieces.normalised(text), parse)
    if cuts is None or len(cuts) < _PIECES_AFTER + 2:
        return parse(text)
    count = len(cuts)

    def piece(k: int) -> str:
        return text[starts[cuts[k]] : starts[cuts[k + 1]] if k + 1 < count else len(text)]

    parsed: dict[int, list] = {}

    def tokens_of(k: int) -> list:
        if k not in parsed:
            toks = parse(piece(k))
            for tok in toks:
                if tok.map:
                    tok.map = [tok.map[0] + cuts[k], tok.map[1] + cuts[k]]
            parsed[k] = toks
        return parsed[k]

    def holds_heading(k: int, *, titled: bool = False) -> bool:
        toks = tokens_of(k)
        return any(
            t.type == "heading_open" and (not titled or toks[i + 1].content.strip())
            for i, t in enumerate(toks)
        )

    # As ignoring case finds them, far faster: the text's bytes are lowered, not its characters.
    claims = LoweredSearch(text, _MAYBE_CLAIM, _OPEN, _MAYBE_CLAIM_REACH).spans()
    claim_lines = (bisect.bisect_right(starts, start) - 1 for start, _ in claims)
    hot = sorted({bisect.bisect_right(cuts, line) - 1 for line in claim_lines})
    wanted = {0}
    for k in hot:
        wanted.update(range(k, min(count, k + _PIECES_AFTER + 1)))
    # The heading nearest above each piece with a claim word (its section's subject): every piece
    # back to it that may hold a heading is parsed. A walk stops where the previous one began.
    floor = -1
    for k in hot:
        j = k - 1
        while j > floor:
            if (j in wanted or pieces.may_hold_heading(piece(j))) and holds_heading(j):
                wanted.add(j)
                break
            j -= 1
        floor = k
    # The first heading with words: the page's subject when front matter names none.
    for j in range(count):
        if (j in wanted or pieces.may_hold_heading(piece(j))) and holds_heading(j, titled=True):
            wanted.add(j)
            break
    return [tok for k in sorted(wanted) for tok in tokens_of(k)]


def _line_starts(text: str) -> list[int]:
    # markdown-it counts "\r\n", "\r" and "\n" each as one line break.
    return [*line_starts(text), len(text) + 1]


def read(text: str) -> ProseDocument:
    starts = _line_starts(text)
    # Masked until shown to be prose: every character but line breaks, a line at a time (with
    # only "\n" breaks, a list of spaces with the breaks put in where the lines start: building
    # it a line at a time was half a second over 50 MB, a split and join a quarter).
    if "\r" in text:
        chars = list(_LINE.sub(lambda m: " " * len(m.group()), text))
    else:
        chars = [" "] * len(text)
        for start in starts[1:-1]:
            chars[start - 1] = "\n"
    nlines = len(starts) - 1

    def span(first: int, last: int) -> tuple[int, int]:
        last = min(last, nlines)
        end = starts[last] - 1 if last < nlines else len(text)
        return starts[first], max(end, starts[first])

    blocks: list[Block] = []
    subject: tuple[int, int] | None = None
    stack: list[tuple[str, int]] = []  # open containers: (type, group id)
    group_counter = 0
    first_heading: tuple[int, int] | None = None

    try:
        tokens = _tokens(text, starts)
        if any(tok.level >= _MAX_NESTING - 1 for tok in tokens):
            raise RecursionError  # content past the nesting limit would be silently dropped
    except RecursionError:
        # Pathologically deep nesting: read it as plain paragraphs rather than give up.
        from linter.readers import plaintext

        doc = plaintext.read(text)
        doc.notices.append("nesting too deep for Markdown; read as plain text")
        return doc

    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            group_counter += 1
            stack.append(("list", group_counter))
        elif tok.type == "blockquote_open":
            stack.append(("quote", 0))
        elif tok.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            if stack:
                stack.pop()
        elif tok.type == "front_matter" and tok.map:
            subject = _front_matter_subject(text, tok.content, span(*tok.map))
            blocks.extend(_front_matter_prose(text, chars, span(*tok.map)))
        elif tok.type == "paragraph_open" and tok.map and _pipe_rows(text, *span(*tok.map)):
            # Rows of a table without its delimiter line (a fragment, or a broken table):
            # still cells, each with the row's first cell as its subject.
            group_counter += 1
            blocks.extend(_table(text, chars, starts, tok.map, group_counter))
        elif tok.type in ("paragraph_open", "heading_open") and tok.map:
            start, end = span(*tok.map)
            in_list = any(kind == "list" for kind, _ in stack)
            heading = tok.type == "heading_open"
            _reveal_lines(text, chars, start, end, in_list=in_list, heading=heading)
            mask_inline(text, chars, start, end)
            if heading:
                level = int(tok.tag[1])
                blocks.append(Block(start, end, "heading", level=level))
                if first_heading is None and tokens[i + 1].content.strip():
                    first_heading = (start, end)
            else:
                lists = [g for kind, g in stack if kind == "list"]
                if lists:
                    blocks.append(Block(start, end, "list_item", level=len(lists), group=lists[-1]))
                elif stack:
                    blocks.extend(_quote_and_reply(text, start, end))
                elif any(mark in text[start:end] for mark in "•·▪‣◦"):
                    group_counter += 1
                    blocks.extend(typed_bullets(text, chars, start, end, group_counter))
                else:
                    blocks.append(Block(start, end, "paragraph"))
        elif tok.type == "table_open" and tok.map:
            group_counter += 1
            blocks.extend(_table(text, chars, starts, tok.map, group_counter))
        elif tok.type == "html_block" and tok.map:
            found = _html_block(text, chars, *span(*tok.map), group_counter)
            group_counter += len({b.group for b in found if b.group >= 0})
            blocks.extend(found)

    prose = "".join(chars)
    if subject is None and first_heading is not None:
        subject = first_heading
    return ProseDocument(text, prose, blocks, subject)


def _quote_and_reply(text: str, start: int, end: int) -> list[Block]:
    """A quoted paragraph, and the reply typed right under it without a blank line: "> X is open
    source⏎nope, it's open weights". CommonMark reads the unmarked line as a lazy continuation of
    the quote, but it is the writer answering the quote, as forum replies are written."""
    pos = start
    while (brk := _NEWLINE.search(text, pos, end)) is not None:
        line = brk.end()
        if not text[line:end].lstrip(" \t").startswith(">") and text[line:end].strip():
            return [Block(start, brk.start(), "blockquote"), Block(line, end, "paragraph")]
        pos = line
    return [Block(start, end, "blockquote")]


def _reveal_lines(text: str, chars: list[str], start: int, end: int, *, in_list: bool, heading: bool) -> None:
    """Unmask a block's lines except their container markers."""
    pos = start
    while True:
        brk = _NEWLINE.search(text, pos, end)
        nl = -1 if brk is None else brk.start()
        line_end = end if nl == -1 else nl
        if not (heading and pos != start and _SETEXT.fullmatch(text, pos, line_end)):
            cut = _CONTAINER_PREFIX.match(text, pos, line_end).end()
            if in_list and (marker := _LIST_MARKER.match(text, cut, line_end)):
                cut = marker.end()
            if heading and (atx := _ATX.match(text, cut, line_end)):
                cut = atx.end()
                if closing := _ATX_CLOSE.search(text, cut, line_end):
                    line_end = closing.start()
            chars[cut:line_end] = text[cut:line_end]  # a line holds no line break: CRs stay
        if brk is None:
            return
        pos = brk.end()


def _html_block(text: str, chars: list[str], start: int, end: int, groups: int) -> list[Block]:
    """Raw HTML in Markdown ("<p>Llama 3 is ...</p>") shows its text to readers: read it as an
    HTML file would be read (tags, code and scripts masked), offsets kept."""
    from linter.readers import html

    doc = html.read(text[start:end])
    for k, ch in enumerate(doc.prose):
        if ch not in "\r\n":
            chars[start + k] = ch
    return [
        replace(
            b, start=b.start + start, end=b.end + start, group=b.group + groups + 1 if b.group >= 0 else -1
        )
        for b in doc.blocks
    ]


def _pipe_rows(text: str, start: int, end: int) -> bool:
    lines = [line.strip() for line in text[start:end].splitlines()]
    return bool(lines) and all(len(line) > 1 and line[0] == "|" and line[-1] == "|" for line in lines)


def _table(text: str, chars: list[str], starts: list[int], line_map: list[int], group: int) -> list[Block]:
    blocks = []
    first, last = line_map
    for row, line in enumerate(range(first, min(last, len(starts) - 1))):
        start = starts[line]
        end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
        end = min(end, len(text))
        raw = text[start:end]
        if _TABLE_DELIMITER.match(raw):
            continue
        cut = _CONTAINER_PREFIX.match(text, start, end).end()
        chars[cut:end] = text[cut:end]  # one line: any "\r" in it is its ending, kept as is
        mask_inline(text, chars, cut, end)
        # Cells: split on pipes that are neither escaped nor inside masked code.
        cell_start = cut
        for match in _PIPE.finditer(text, cut, end):
            if chars[match.start()] != "|":
                continue
            chars[match.start()] = " "
            if "".join(chars[cell_start : match.start()]).strip():
                blocks.append(Block(cell_start, match.start(), "table_cell", group=group, row=row))
            cell_start = match.end()
        if "".join(chars[cell_start:end]).strip():
            blocks.append(Block(cell_start, end, "table_cell", group=group, row=row))
    return blocks


# Front matter keys whose value a site shows readers as prose: a page's title (its first
# heading), and the description search engines and link previews quote.
_FRONT_MATTER_PROSE = re.compile(
    r"^[ \t]*(?P<k>title|description|summary|subtitle|excerpt)[ \t]*:[ \t]*"
    r"(?:\"(?P<dq>[^\r\n\"]+)\"|'(?P<sq>[^\r\n']+)'|(?P<v>[^\r\n\"'#|>&*!%@`{\[ \t][^\r\n]*?))"
    r"(?:[ \t]+#[^\r\n]*)?[ \t]*$",
    re.MULTILINE,
)


def _front_matter_prose(text: str, chars: list[str], where: tuple[int, int]) -> list[Block]:
    """One-line prose values of front matter, unmasked: the title as a heading, the rest as
    paragraphs ("description: Connect Acme to Meta's open-source Llama 3 models.")."""
    blocks = []
    for match in _FRONT_MATTER_PROSE.finditer(text, where[0], where[1]):
        value = next(g for g in ("dq", "sq", "v") if match.group(g) is not None)
        start, end = match.span(value)
        chars[start:end] = text[start:end]
        title = match.group("k") == "title"
        blocks.append(Block(start, end, "heading" if title else "paragraph", level=1 if title else 0))
    return blocks


def _front_matter_subject(text: str, content: str, where: tuple[int, int]) -> tuple[int, int] | None:
    """The span of ``model:`` (or ``title:``) in front matter: what the page is about."""
    for key in ("model", "model_name", "title"):
        match = re.search(
            rf"^[ \t]*{key}[ \t]*:[ \t]*[\"']?(?P<v>[^\n\"'#]+?)[\"']?[ \t]*\r?$",
            text[where[0] : where[1]],
            re.MULTILINE,
        )
        if match:
            return where[0] + match.start("v"), where[0] + match.end("v")
    return None
