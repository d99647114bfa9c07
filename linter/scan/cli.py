"""``openwash scan`` and ``openwash report``.

This module imports neither Dask nor pyarrow nor matplotlib: ``linter.cli`` registers these
commands on every start, and ``check`` must stay as quick to start as it was.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from linter.scan import FORMATS
from linter.vocab_cli import vocab_option

_EXTRA = "pip install 'openwash[scan]'"


def _fail(message: str, status: int = 2) -> None:
    click.echo(f"openwash: error: {message}", err=True)
    sys.exit(status)


def _need_extra() -> None:
    import importlib.util

    missing = [
        m for m in ("dask", "distributed", "pyarrow", "matplotlib") if importlib.util.find_spec(m) is None
    ]
    if missing:
        _fail(f"this command needs {', '.join(missing)}: {_EXTRA}")


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "-o",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    metavar="DIR",
    help="Where findings/ (Parquet), summary.json and scan.json go.",
)
@click.option(
    "--text-field", default="text", show_default=True, metavar="NAME", help="The field with the text."
)
@click.option("--id-field", metavar="NAME", help="A record's id (default: file name and line or row).")
@click.option("--url-field", metavar="NAME", help="A record's URL, linked from the report.")
@click.option("--date-field", metavar="NAME", help="A record's date (ISO 8601, RFC 2822 or Unix seconds).")
@click.option("--source-field", metavar="NAME", help="Who published it: outlet, publisher, repository.")
@click.option(
    "--format",
    "default_format",
    type=click.Choice(FORMATS),
    default="markdown",
    show_default=True,
    help="How the text is written.",
)
@click.option("--format-field", metavar="NAME", help="A per-record format (markdown, text, html, rst, mdx).")
@click.option("--select", multiple=True, metavar="CODE", help="Report only these rules (code prefixes).")
@click.option("--ignore", multiple=True, metavar="CODE", help="Never report these rules (code prefixes).")
@vocab_option
@click.option("--scheduler", metavar="ADDRESS", help="A running Dask scheduler (tcp://host:8786).")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    metavar="N",
    help="Worker processes of the local cluster (default: one per core).",
)
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    default=1000,
    show_default=True,
    metavar="N",
    help="Records per task and per findings file.",
)
@click.option("--limit", type=click.IntRange(min=1), metavar="N", help="Scan only the first N records.")
@click.option(
    "--max-record-size",
    type=click.FloatRange(min=0, min_open=True),
    default=2.0,
    show_default=True,
    metavar="MB",
    help="Skip records larger than this.",
)
@click.option("--overwrite", is_flag=True, help="Replace a scan of other inputs or options in DIR.")
@click.option("--report", "write_report", is_flag=True, help="Also write DIR/report.html.")
@click.option("--progress/--no-progress", default=None, help="A progress bar (default: on a terminal).")
def scan(
    inputs: tuple[Path, ...],
    out: Path,
    text_field: str,
    id_field: str | None,
    url_field: str | None,
    date_field: str | None,
    source_field: str | None,
    default_format: str,
    format_field: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    vocab_files: tuple[Path, ...],
    scheduler: str | None,
    workers: int | None,
    partition_size: int,
    limit: int | None,
    max_record_size: float,
    overwrite: bool,
    write_report: bool,
    progress: bool | None,
) -> None:
    """Judge every record of archives: JSON Lines (.jsonl, .jsonl.gz), Parquet, CSV, or
    directories of documentation files, on a Dask cluster.

    Findings go to DIR/findings/ as Parquet, one file per partition; a rerun of the same command
    resumes where it stopped. Exit status: 0 done, 2 usage or input errors, 130 interrupted."""
    _need_extra()
    from linter.cli import _codes
    from linter.scan.engine import ScanError, ScanInterrupted, ScanOptions
    from linter.scan.engine import scan as run_scan
    from linter.scan.partition import Settings
    from linter.scan.records import Fields

    for vf in vocab_files:
        if not vf.is_file():
            _fail(f"vocabulary file not found: {vf}")
    options = ScanOptions(
        inputs=list(inputs),
        out=out,
        fields=Fields(
            text=text_field,
            id=id_field,
            url=url_field,
            date=date_field,
            source=source_field,
            format=format_field,
            default_format=default_format,
            max_bytes=int(max_record_size * 1_000_000),
        ),
        settings=Settings(
            select=_codes(select),
            ignore=_codes(ignore),
            vocab_files=tuple(str(v.resolve()) for v in vocab_files),
        ),
        partition_size=partition_size,
        limit=limit,
        scheduler=scheduler,
        workers=workers,
        overwrite=overwrite,
        progress=sys.stderr.isatty() if progress is None else progress,
    )
    echo = lambda line: click.echo(line, err=True)  # noqa: E731
    try:
        result = run_scan(options, echo=echo)
    except ScanError as exc:
        _fail(str(exc))
    except ScanInterrupted as exc:
        _fail(f"interrupted ({exc}); run the same command again to resume", status=130)
    click.echo(describe(result, out))
    if write_report:
        _write_report(out, out / "report.html")


def describe(result: dict, out: Path) -> str:
    records = result["records"]
    claims = result["claims"]
    skipped = ""
    if records["skipped"]:
        reasons = ", ".join(f"{n} {why}" for why, n in records["skipped_by_reason"].items())
        skipped = f" ({records['skipped']} skipped: {reasons})"
    share = f" ({claims['share_wrong']:.1%})" if claims["share_wrong"] is not None else ""
    return (
        f"Scanned {records['read']:,} record{'' if records['read'] == 1 else 's'}{skipped} "
        f"in {result['run']['seconds']:.1f} s: "
        f"{result['findings']['total']:,} findings; {claims['wrong']:,} of {claims['judged']:,} openness "
        f"claims about known models are wrong{share}.\n"
        f"Findings: {out / 'findings'}  Summary: {out / 'summary.json'}"
    )


@click.command()
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE",
    help="The HTML file to write (default: DIR/report.html).",
)
@click.option(
    "--examples",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    metavar="N",
    help="Example sentences per model.",
)
@click.option(
    "--models",
    type=click.IntRange(min=1),
    default=15,
    show_default=True,
    metavar="N",
    help="Models in the charts and the examples table.",
)
def report(directory: Path, output: Path | None, examples: int, models: int) -> None:
    """Write one self-contained HTML report (works offline) from a scan's output DIR."""
    _need_extra()
    _write_report(directory, output or directory / "report.html", examples=examples, models=models)


def _write_report(directory: Path, output: Path, **options: int) -> None:
    from linter.scan.report import ReportError, write_report

    try:
        write_report(directory, output, **options)
    except ReportError as exc:
        _fail(str(exc))
    click.echo(f"Report: {output}", err=True)
