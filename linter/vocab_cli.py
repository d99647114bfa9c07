"""``openwash vocab``: check, list and look up the model vocabulary.

Exit status: 0 success, 1 ``show`` found no model of that name or ``stale`` found old entries,
2 usage errors or a vocabulary that does not validate.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from linter.vocab import STATUSES, VocabError, Vocabulary

if TYPE_CHECKING:
    from linter.config import Config

FORMATS = ("text", "json")

vocab_option = click.option(
    "--vocab",
    "vocab_files",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE",
    help="Extra vocabulary file (models YAML); repeatable.",
)
_format_option = click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format.",
)


def _fail(message: str) -> None:
    click.echo(f"openwash: error: {message}", err=True)
    sys.exit(2)


def _require_files(files: tuple[Path, ...]) -> None:
    for path in files:
        if not path.is_file():
            _fail(f"vocabulary file not found: {path}")


def _project_config(files: tuple[Path, ...]) -> Config:
    """The project's settings (found from the current folder upward) plus ``--vocab`` files.

    The project's own vocabulary files and status overrides are what its findings are judged
    against, so ``show`` and ``list`` should show the same.
    """
    from linter.config import ConfigError, config_for

    _require_files(files)
    try:
        config = config_for(Path.cwd())
    except ConfigError as exc:
        _fail(str(exc))
    # A file both configured and named on the command line is loaded once (twice would be
    # reported as duplicate ids); named ones keep the spelling given, for the messages.
    seen = {path.resolve() for path in config.vocab_files}
    extra: list[Path] = []
    for path in files:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            extra.append(path)
    return config.merged(vocab_files=tuple(extra))


def _load(files: tuple[Path, ...]) -> Vocabulary:
    config = _project_config(files)
    try:
        return config.vocabulary()
    except VocabError as exc:
        _fail("invalid vocabulary:\n" + "\n".join(exc.errors))
        raise AssertionError("unreachable") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def vocab() -> None:
    """Check, list and look up the model vocabulary."""


@vocab.command("check")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
def check_command(files: tuple[Path, ...]) -> None:
    """Validate the vocabulary: the shipped files, your project's (its configuration's 'vocab' files)
    and FILES, against the loader and the schema.

    Every problem is printed as FILE:LINE: what is wrong; the exit status is 2 if there is any.
    """
    from linter.vocab_schema import check_vocabulary

    config = _project_config(files)
    loaded, errors = check_vocabulary(None, config.vocab_files)
    if not errors:
        try:
            loaded = config.vocabulary()  # the project's status overrides, if any
        except VocabError as exc:
            errors = exc.errors
    for error in errors:
        click.echo(error)
    if errors or loaded is None:
        noun = "problem" if len(errors) == 1 else "problems"
        click.echo(f"openwash: {len(errors)} {noun} in the vocabulary", err=True)
        sys.exit(2)
    models = sum(1 for e in loaded.entries.values() if not e.is_family)
    families = len(loaded.entries) - models
    count = len(config.vocab_files)
    extra = f" (including {count} of yours)" if count else ""
    click.echo(f"vocabulary ok: {models} models, {families} families{extra}")


@vocab.command("list")
@click.option(
    "--status",
    type=click.Choice([*STATUSES, "mixed"]),
    help="Only entries with this status ('mixed': families whose members differ).",
)
@_format_option
@vocab_option
def list_command(status: str | None, output_format: str, vocab_files: tuple[Path, ...]) -> None:
    """List the vocabulary's models and families, with status and license."""
    from linter.cards import entry_dict, status_label

    loaded = _load(vocab_files)
    entries = sorted(loaded.entries.values(), key=lambda e: e.id)
    if status:
        entries = [e for e in entries if status_label(e) == status]
    if output_format == "json":
        data = [entry_dict(e, loaded.family_members(e.id)) for e in entries]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    id_width = max((len(e.id) for e in entries), default=2)
    for entry in entries:
        license_ = ""
        if entry.license is not None:
            license_ = entry.license.spdx or entry.license.name
        elif entry.is_family:
            license_ = "(family)"
        unread = "  (not verified)" if not (entry.verified or entry.is_family) else ""
        click.echo(f"{entry.id:<{id_width}}  {status_label(entry):<16}  {entry.name}  [{license_}]{unread}")


@vocab.command("show")
@click.argument("name", nargs=-1, required=True)
@_format_option
@vocab_option
def show_command(name: tuple[str, ...], output_format: str, vocab_files: tuple[Path, ...]) -> None:
    """Show what openwash knows about NAME ("Llama-3.1-70B-Instruct", "mixtral", "gpt 4o").

    Exits 1 when no model or family matches.
    """
    from linter.cards import entry_card_text, entry_dict
    from linter.mentions import resolve_name

    query = " ".join(name).strip()
    loaded = _load(vocab_files)
    found = resolve_name(loaded, query)
    if found is None:
        if output_format == "json":
            click.echo(json.dumps({"query": query, "id": None}, ensure_ascii=False))
        else:
            close = loaded.suggestions(query)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            click.echo(f"openwash: no model or family matches '{query}'{hint}", err=True)
        sys.exit(1)
    entry = found.entry
    members = loaded.family_members(entry.id)
    # An unlisted version ("Llama 5") is read as its family, never as a listed release: say so.
    unlisted = (
        f"'{found.text}' is not in the vocabulary; read as the {entry.name} family, and a claim about "
        "it is reported as information, not as a verdict"
        if found.version
        else None
    )
    if output_format == "json":
        data = {"query": query, **entry_dict(entry, members)}
        if unlisted:
            data["unlisted_version"] = found.version
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        if unlisted:
            click.echo(f"note: {unlisted}")
        click.echo(entry_card_text(entry, members), nl=False)


@vocab.command("export")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(("csv", "json")),
    default="csv",
    show_default=True,
    help="CSV (UTF-8, header row) or JSON (vocab/export.schema.json).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False, writable=True),
    help="Write to FILE instead of standard output.",
)
@vocab_option
def export_command(output_format: str, output: Path | None, vocab_files: tuple[Path, ...]) -> None:
    """Export every model as a dataset: one row per model (id, names, developer, status, license,
    SPDX id, what is released, restrictions, evidence, checked, verified).

    The columns are documented in vocab/README.md; the JSON form validates against
    vocab/export.schema.json.
    """
    from linter.vocab_export import to_csv, to_json

    loaded = _load(vocab_files)
    text = to_csv(loaded) if output_format == "csv" else to_json(loaded)
    if output is None:
        click.echo(text, nl=False)
        return
    # A spreadsheet opens a CSV as UTF-8 only with a byte-order mark.
    encoding = "utf-8-sig" if output_format == "csv" else "utf-8"
    try:
        tmp = output.with_name(output.name + ".tmp")
        tmp.write_text(text, encoding=encoding, newline="")
        tmp.replace(output)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")


@vocab.command("stale")
@click.option(
    "--days",
    type=click.IntRange(min=0),
    default=90,
    show_default=True,
    help="Entries checked longer ago than this are stale.",
)
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Count from this date (YYYY-MM-DD) instead of today.",
)
@vocab_option
def stale_command(days: int, today: datetime.datetime | None, vocab_files: tuple[Path, ...]) -> None:
    """List the models whose license or card was not read in the last DAYS days, oldest first.

    Exits 1 when there is any, so a release checklist can stop on it.
    """
    from linter.vocab_export import stale

    loaded = _load(vocab_files)
    day = today.date() if today else datetime.date.today()
    old = stale(loaded.entries.values(), days, day)
    for entry in old:
        unread = "" if entry.verified else "  (license not read)"
        click.echo(f"{entry.checked}  {entry.id}  {entry.name}{unread}")
    if old:
        noun = "entry" if len(old) == 1 else "entries"
        click.echo(
            f"openwash: {len(old)} {noun} not checked since {day - datetime.timedelta(days=days)}", err=True
        )
        sys.exit(1)
    click.echo(f"all entries checked in the last {days} days")
