"""openwash: find openness claims about AI models and check them against a sourced vocabulary."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Edit", "Finding", "Fix", "LintResult", "__version__", "lint_file", "lint_text"]


def __getattr__(name: str) -> Any:
    # Lazy, so `import linter` (and the CLI's start-up) stays cheap.
    if name in ("lint_text", "lint_file", "LintResult"):
        from linter import api

        return getattr(api, name)
    if name in ("Edit", "Finding", "Fix"):
        from linter import finding

        return getattr(finding, name)
    raise AttributeError(name)
