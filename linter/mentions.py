"""Find model mentions in prose: vocabulary aliases compiled into one pattern.

Writers spell a model many ways ("Llama 2", "LLaMA-2", "llama2", "Llama-2-70B-chat"), so an alias
is matched with case, spaces, hyphens and underscores folded, followed by any number of size and
variant suffixes. A match that runs on into a longer identifier ("llama.cpp", "meta-llama/...",
"Qwen-VL-Chat" when only "Qwen" is known) is not a mention: it names something else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linter.vocab import Vocabulary

_SEP = r"[\s\-_]{0,3}"
_SIZE = r"\d+(?:\.\d+)?[bmkt](?:/\d+(?:\.\d+)?[bmkt])*|\d+x\d+(?:\.\d+)?b|a\d+(?:\.\d+)?b|e\d+b"
# Variant words that do not change which release is meant.
_AFTER_SPACE = rf"{_SIZE}|instruct|chat|base"
_AFTER_HYPHEN = (
    rf"{_SIZE}|instruct|chat|base|it|hf|gguf|awq|gptq|fp8|fp16|bf16|int4|int8|mlx|onnx"
    r"|v\d+(?:\.\d+)*|preview|thinking|reasoning|pretrained|pt|sft|dpo|\d{4}|\d{3}"
)
_SUFFIX = rf"(?:[ \t]+(?:{_AFTER_SPACE})(?![\w])|[\-_](?:{_AFTER_HYPHEN})(?![a-z]))*"
# A name is not a mention when it is part of a path, a URL, an identifier or a longer word.
_BEFORE = r"(?<![\w./\-@#])"
_AFTER = r"(?![\w]|[.\-_/][a-z0-9])"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entry_id: str
    text: str
    possessive: bool = False


def normalise_name(name: str) -> str:
    """The key two spellings of one name share: case-folded, separators removed."""
    return re.sub(r"[\s\-_]+", "", name.casefold())


def alias_pattern(alias: str) -> str:
    chunks: list[str] = []
    for part in re.split(r"[\s\-_]+", alias.strip()):
        # "Llama2" and "Llama 2", "Qwen2.5" and "Qwen 2.5" are the same name.
        chunks.extend(c for c in re.split(r"(?<=[^\W\d_])(?=\d)", part) if c)
    return _SEP.join(re.escape(c) for c in chunks)


def _is_plain_word(alias: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_]+", alias))


@dataclass
class _Compiled:
    pattern: re.Pattern[str]
    owner: dict[str, str]  # normalised alias -> entry id
    context_only: set[str]  # normalised aliases valid only near their developer's name
    context_words: dict[str, re.Pattern[str]]  # entry id -> names that license a context alias
    plain_words: set[str]
    software: re.Pattern[str] | None


def _alternation(names: list[str]) -> str:
    unique = sorted(set(names), key=lambda a: (-len(normalise_name(a)), a))
    return "|".join(alias_pattern(a) for a in unique)


@lru_cache(maxsize=8)
def _compile(vocab: Vocabulary) -> _Compiled:
    owner: dict[str, str] = {}
    context_only: set[str] = set()
    names: list[str] = []
    context_words: dict[str, re.Pattern[str]] = {}
    plain: set[str] = set()
    for entry in vocab.entries.values():
        for alias in entry.aliases:
            owner[normalise_name(alias)] = entry.id
            names.append(alias)
            if _is_plain_word(alias):
                plain.add(normalise_name(alias))
        for alias in entry.context_aliases:
            owner[normalise_name(alias)] = entry.id
            context_only.add(normalise_name(alias))
            names.append(alias)
        if entry.context_aliases:
            words = [entry.developer, *_ancestor_aliases(vocab, entry.id)]
            context_words[entry.id] = re.compile(
                _BEFORE + "(?:" + _alternation(words) + ")" + r"(?!\w)", re.IGNORECASE
            )
    pattern = re.compile(
        _BEFORE + "(?P<alias>" + _alternation(names) + ")(?P<suffix>" + _SUFFIX + ")" + _AFTER,
        re.IGNORECASE,
    )
    software = None
    if vocab.software:
        software = re.compile(_BEFORE + "(?:" + _alternation(vocab.software) + r")(?!\w)", re.IGNORECASE)
    return _Compiled(pattern, owner, context_only, context_words, plain, software)


def _ancestor_aliases(vocab: Vocabulary, entry_id: str) -> list[str]:
    out: list[str] = []
    parent = vocab.entries[entry_id].parent
    while parent is not None and parent in vocab.entries:
        out.extend(vocab.entries[parent].aliases)
        parent = vocab.entries[parent].parent
    return out


_POSSESSIVE = re.compile(r"['’]s\b")


def find_mentions(text: str, vocab: Vocabulary, *, require_context: bool = True) -> list[Mention]:
    """Every model mention in ``text``; context-only aliases need their developer nearby."""
    compiled = _compile(vocab)
    blocked: list[tuple[int, int]] = []
    if compiled.software is not None:
        blocked = [m.span() for m in compiled.software.finditer(text)]
    out: list[Mention] = []
    for match in compiled.pattern.finditer(text):
        alias_text = match.group("alias")
        key = normalise_name(alias_text)
        entry_id = compiled.owner.get(key)
        if entry_id is None:
            continue
        if key in compiled.plain_words and alias_text.islower():
            continue  # "llama", "falcon", "whisper" in lower case are mostly ordinary words
        start, end = match.span()
        if any(s < end and start < e for s, e in blocked):
            continue
        if key in compiled.context_only and require_context:
            words = compiled.context_words.get(entry_id)
            if words is None or not any(m.start() != start for m in words.finditer(text)):
                continue
        possessive = bool(_POSSESSIVE.match(text, end))
        out.append(Mention(start, end, entry_id, text[start:end], possessive))
    return out
