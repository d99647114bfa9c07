"""``openwash scan``: the linter's judgement over whole archives, on Dask.

Only :mod:`linter.scan.engine` imports Dask, and only :mod:`linter.scan.partition`,
:mod:`linter.scan.summary` and :mod:`linter.scan.report` import pyarrow or matplotlib; the
command-line module imports neither, so ``check``, pre-commit and the language server never load
them. Every record goes through :func:`linter.api.analyse`, the same path as ``openwash check``.
"""

# The --format values (linter.scan.records maps each to a reader). Kept here so that the command
# line module, which ``check`` loads too, imports nothing else from this package.
FORMATS = ("markdown", "text", "html", "rst", "mdx")
