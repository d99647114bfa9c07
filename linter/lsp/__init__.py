"""``openwash lsp``: the linter as a Language Server, for every editor with an LSP client."""

from __future__ import annotations


def serve() -> None:
    """Run the language server on standard input and output until the editor says ``exit``."""
    from linter.lsp.server import serve as _serve

    _serve()
