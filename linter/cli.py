"""The ``openwash`` command: a thin shell over :mod:`linter.api`.

Exit status: 0 no findings, 1 findings, 2 usage or input errors (a missing path, a broken
vocabulary). A file that cannot be read as text is skipped with a one-line notice on stderr.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from linter import __version__

FORMATS = ("text", "json")


def _fail(message: str) -> None:
    click.echo(f"openwash: error: {message}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="openwash")
def main() -> None:
    """Find claims that call AI models "open source" when they are not."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option("--select", multiple=True, metavar="CODE", help="Report only these rules (code prefixes).")
@click.option("--ignore", multiple=True, metavar="CODE", help="Never report these rules (code prefixes).")
@click.option(
    "--vocab",
    "vocab_files",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE",
    help="Extra vocabulary file (models YAML); repeatable.",
)
@click.option(
    "--stdin-filename",
    default="-",
    metavar="NAME",
    help="Name to report for text read from '-' (its suffix picks the format).",
)
def check(
    paths: tuple[Path, ...],
    output_format: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    vocab_files: tuple[Path, ...],
    stdin_filename: str,
) -> None:
    """Lint PATHS (files or directories; '-' reads standard input; default: '.')."""
    from linter.api import LintResult, analyse, lint_file
    from linter.config import Config
    from linter.discovery import MissingPath, iter_files
    from linter.render import locate
    from linter.vocab import VocabError

    for vf in vocab_files:
        if not vf.is_file():
            _fail(f"vocabulary file not found: {vf}")
    config = Config(
        select=_codes(select), ignore=_codes(ignore), vocab_files=tuple(vf.resolve() for vf in vocab_files)
    )
    if vocab_files:
        try:
            config.vocabulary()
        except VocabError as exc:
            _fail("invalid vocabulary:\n" + "\n".join(exc.errors))

    targets = list(paths) or [Path(".")]
    results: list[LintResult] = []
    try:
        files = [p for p in targets if str(p) != "-"]
        for existing in files:
            if not existing.exists():
                raise MissingPath(str(existing))
        for target in targets:
            if str(target) == "-":
                data = sys.stdin.buffer.read()
                from linter.decode import DecodeError, decode

                try:
                    text = decode(data).text
                except DecodeError as exc:
                    click.echo(f"{stdin_filename}: {exc}", err=True)
                    continue
                results.append(analyse(text, path=stdin_filename, config=config))
                continue
            for path in iter_files([target]):
                results.append(lint_file(path, config))
    except MissingPath as exc:
        _fail(f"no such file or directory: {exc}")
    except VocabError as exc:
        _fail("invalid vocabulary:\n" + "\n".join(exc.errors))

    located = []
    for result in results:
        for notice in result.notices:
            click.echo(f"{result.path}: {notice}", err=True)
        located.extend(locate(result.path, result.text, result.findings))

    if output_format == "json":
        from linter.render import json as render_json

        texts = {r.path: r.text for r in results if r.findings}
        click.echo(render_json.render(located, texts), nl=False)
    else:
        from linter.render import text as render_text

        click.echo(render_text.render(located, len(results)), nl=False)
    sys.exit(1 if located else 0)


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code.strip())


@main.command()
@click.argument("code")
def explain(code: str) -> None:
    """Explain a rule, with an example and what to write instead."""
    from linter.rules import BY_CODE

    rule = BY_CODE.get(code.upper())
    if rule is None:
        _fail(f"unknown rule '{code}'; known rules: {', '.join(sorted(BY_CODE))}")
    click.echo(
        f"{rule.code} ({rule.name}), {rule.severity}\n\n{rule.summary}\n\n{rule.why}\n\n"
        f"Example:\n    {rule.example}\nUse instead:\n    {rule.instead}\n"
    )
