"""How a model's name is folded and spelled as a pattern, shared by the vocabulary and the matcher.

Both the loader (which must see two aliases as one name) and mention finding (which must match
every spelling of an alias) need the same folding, so it lives here, below both of them.
"""

from __future__ import annotations

import re

# Up to 8: a masked entity ("Llama&nbsp;2") or emphasis marker leaves spaces in the prose.
SEPARATOR = r"[\s\-_]{0,8}"
# Compiled here: these run for every alias of the vocabulary at each start.
_SEPARATORS = re.compile(r"[\s\-_]+")
_LETTERS_THEN_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")


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
