"""Rule selectors as people type them: a code (``OW101``), a prefix (``OW1``) or a rule's name
(``open-source-on-proprietary``). A selector that matches no rule is an error with a suggestion,
on the command line as in a configuration file: a typo must not silently select nothing."""

from __future__ import annotations

import difflib
from functools import lru_cache


class UnknownSelector(ValueError):
    """A selector that matches no rule; the message says what was meant, where it can tell."""


@lru_cache(maxsize=1)
def rule_names() -> dict[str, str]:
    """Rule name -> code, OW900 included."""
    from linter.rules import RULES
    from linter.suppressions import UNUSED_CODE, UNUSED_NAME

    return {**{rule.name: rule.code for rule in RULES}, UNUSED_NAME: UNUSED_CODE}


def codes() -> tuple[str, ...]:
    return tuple(rule_names().values())


def resolve(selector: str) -> str:
    """The code or code prefix ``selector`` stands for; raises :class:`UnknownSelector`."""
    text = selector.strip()
    if text.lower() in rule_names():
        return rule_names()[text.lower()]
    code = text.upper()
    if code and any(known.startswith(code) for known in codes()):
        return code
    raise UnknownSelector(f"'{selector}' matches no rule{_hint(text)}")


def _hint(text: str) -> str:
    # The usual typos: a letter O for a zero, a letter l or I for a one.
    digits = text.upper()[:2] + text.upper()[2:].replace("O", "0").replace("L", "1").replace("I", "1")
    if digits != text.upper() and any(known.startswith(digits) for known in codes()):
        return f" (did you mean {digits}?)"
    close = difflib.get_close_matches(text.lower(), list(rule_names()), n=1, cutoff=0.6)
    close = close or difflib.get_close_matches(text.upper(), list(codes()), n=1, cutoff=0.6)
    if close:
        return f" (did you mean {close[0]}?)"
    return f"; expected a rule code or prefix such as OW101 or OW1, or a rule name ({', '.join(codes())})"
