"""How a model's name is folded and spelled as a pattern, shared by the vocabulary and the matcher.

Both the loader (which must see two aliases as one name) and mention finding (which must match
every spelling of an alias) need the same folding, so it lives here, below both of them.
"""

from __future__ import annotations

import re

# Up to 8: a masked entity ("Llama&nbsp;2") or emphasis marker leaves spaces in the prose.
SEPARATOR = r"[\s\-_]{0,8}"
# What is read with a name after it (the mention finder's tail, which the prescan tests too):
SIZE = r"\d+(?:\.\d+)?[bmkt](?:/\d+(?:\.\d+)?[bmkt])*|\d+x\d+(?:\.\d+)?b|a\d+(?:\.\d+)?b|e\d+b"
# Variant words that do not change which release is meant.
AFTER_SPACE = rf"{SIZE}|instruct|chat|base|vision"
AFTER_HYPHEN = (
    rf"{SIZE}|instruct|chat|base|vision|it|hf|gguf|awq|gptq|fp8|fp16|bf16|int4|int8|mlx|onnx"
    r"|v\d+(?:\.\d+)*|preview|thinking|reasoning|pretrained|pt|sft|dpo|\d{4}|\d{3}"
)
SUFFIX = rf"(?:[ \t]+(?:{AFTER_SPACE})(?![\w])|[\-_](?:{AFTER_HYPHEN})(?![a-z]))*"
# A version number after a listed name ("Llama 5", "OLMo 4", "EmbeddingGemma 2") names a
# release the vocabulary does not list. It is read with the name so that it cannot pass for the
# listed one. Not a version: a size (taken by the suffix), a year, a revision ("v0.3"), a ratio.
# A point release of a listed version ("DeepSeek-V4" + ".2", "Qwen3" + ".9") is unlisted too.
# Nor the enumerator of an inline list ("1) Qwen3 2) DeepSeek-V3": "2)" before the next item).
VERSION = (
    rf"(?P<version>(?:(?:[ \t]+|[\-_])[1-9]\d?|(?<=\d)\.\d+)(?:\.\d+)*(?:[\-_][^\W\d_]+)*(?![\w%])"
    rf"(?!\)[ \t]+(?-i:[A-Z0-9]))){SUFFIX}"
)
# The edge of a name: one running on into a path, a URL, an identifier or a longer word
# ("llama.cpp", "Opt-Out") is no mention.
AFTER = r"(?![\w]|[.\-_/][a-z0-9])"
# Compiled here: these run for every alias of the vocabulary at each start.
_SEPARATORS = re.compile(r"[\s\-_]+")
_LETTERS_THEN_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")


# What ignoring case matches to an ASCII letter but lowering does not make that letter: the
# dotted and dotless I (U+0130 is also the one character that lowers to two) and the long s.
_FOLDED_APART = re.compile("[\u0130\u0131\u017f]")
_FOLDED_TO = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}


def lowered(text: str) -> str:
    """``text`` lower-cased one character for one, such that a pattern of lower-case ASCII letters
    matches in it where, ignoring case, it matches in ``text``: lowering and a case-sensitive
    search are several times faster over a long text than a case-ignoring one."""
    if any(c in text for c in _FOLDED_TO):  # rare; three plain searches are far faster than the pattern
        text = _FOLDED_APART.sub(lambda m: _FOLDED_TO[m.group()], text)
    return text.lower()


def normalise_name(name: str) -> str:
    """The key two spellings of one name share: case-folded, separators removed."""
    return _SEPARATORS.sub("", name.casefold())


def alias_pattern(alias: str) -> str:
    """A regular expression for ``alias`` with spaces, hyphens and underscores optional."""
    chunks: list[str] = []
    for part in _SEPARATORS.split(alias.strip()):
        # "Llama2" and "Llama 2", "Qwen2.5" and "Qwen 2.5" are the same name.
        chunks.extend(c for c in _LETTERS_THEN_DIGIT.split(part) if c)
    return SEPARATOR.join(re.escape(c) for c in chunks)
