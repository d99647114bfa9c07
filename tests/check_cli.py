"""Run ``openwash check`` in this process (the spaCy pipeline is loaded once for all tests)."""

from __future__ import annotations

from click.testing import CliRunner, Result

from linter.cli import main


def run_check(*args: str, stdin: str | bytes | None = None) -> Result:
    try:
        runner = CliRunner(mix_stderr=False)  # click < 8.2 mixes stderr in by default
    except TypeError:
        runner = CliRunner()
    return runner.invoke(main, ["check", *args], input=stdin, catch_exceptions=False)
