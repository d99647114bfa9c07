"""The ``openwash`` command: a thin shell over :mod:`linter.api`.

Exit status: 0 no findings (or --exit-zero), 1 findings at or above the --fail-on severity,
2 usage or input errors (a missing path, an unknown rule, a broken vocabulary, a file that could
not be checked), 3 an internal error (one line; the traceback with ``--verbose``), 130 interrupted
(Ctrl-C), 143 terminated (SIGTERM). A file that cannot be read as text is skipped with a one-line
notice on stderr, and the rest are linted.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

import click

from linter import __version__
from linter.vocab_cli import vocab, vocab_option

FORMATS = ("text", "concise", "json", "sarif", "github")
SEVERITIES = ("error", "warning", "info")  # as in linter.config, which the CLI imports late


def _fail(message: str) -> None:
    click.echo(f"openwash: error: {message}", err=True)
    sys.exit(2)


INTERNAL_ERROR = 3


class _Main(click.Group):
    """Exit statuses a CI step can tell apart: Ctrl-C 130 and SIGTERM 143 (after stopping the
    workers and removing temporary files), an internal error 3 with one line, not a traceback."""

    def invoke(self, ctx: click.Context):
        import signal

        from linter.runner import Terminated

        def terminated(signum: int, frame: object) -> None:
            raise Terminated

        previous = None
        with contextlib.suppress(ValueError):  # not the main thread (an embedding host): leave it
            previous = signal.signal(signal.SIGTERM, terminated)
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("openwash: interrupted", err=True)
            sys.exit(130)
        except Terminated:
            click.echo("openwash: terminated", err=True)
            sys.exit(143)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as exc:
            _internal_error(f"{type(exc).__name__}: {exc}", ctx.meta.get(_VERBOSE, False))
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


_VERBOSE = "openwash.verbose"


def _internal_error(what: str, verbose: bool, trace: str | None = None, *, stop: bool = True) -> None:
    if verbose:
        import traceback

        click.echo(trace or traceback.format_exc(), err=True, nl=False)
    hint = "" if verbose else " (--verbose shows the traceback)"
    click.echo(f"openwash: internal error: {what[:300]}{hint}; please report it", err=True)
    if stop:
        sys.exit(INTERNAL_ERROR)


def _set_verbose(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    if value:
        ctx.meta[_VERBOSE] = True
    return value


verbose_option = click.option(
    "--verbose",
    is_flag=True,
    expose_value=False,
    callback=_set_verbose,
    help="Show the traceback of an internal error.",
)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="openwash")
@verbose_option
def main() -> None:
    """Find claims that call AI models "open source" when they are not."""


_CHECK_DONE = False  # set when `check` has printed its report and is about to exit


def entry() -> None:
    """The ``openwash`` command. Once ``check`` has reported (its workers stopped, its files
    written), the process ends without tearing the interpreter down: freeing each object of a
    run one by one took a tenth of the time of a whole docs tree's check. mypy ends the same
    way. Every other command, and a check that failed, exits as usual."""
    try:
        main()
    except SystemExit as exc:
        if not _CHECK_DONE or not (exc.code is None or isinstance(exc.code, int)):
            raise
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):  # a closed pipe: exit as Python would, with what it says
            raise exc from None
        os._exit(exc.code or 0)


class _PathArgument(click.Path):
    """A path as typed, without click's check of it: that is a system call per path (pre-commit
    names thousands of files), and the run reports a missing path itself. Left a string: most
    named files need no Path made (see :func:`_plain`)."""

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]
        return value


def _plain(name: str) -> bool:
    """Whether ``name`` is already what ``str(Path(name))`` makes of it: no empty or "." part
    ("a//b", "./a", "a/./b", "a/", "a/."), and not "." or empty."""
    return not (
        "//" in name
        or "/./" in name
        or name.startswith("./")
        or name.endswith(("/", "/."))
        or name in ("", ".")
    )


@main.command()
@click.argument("paths", nargs=-1, type=_PathArgument(allow_dash=True))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format: text (with the source line), concise (one line each), json, sarif, github.",
)
@click.option(
    "--select", multiple=True, metavar="CODE", help="Report only these rules (codes, prefixes or rule names)."
)
@click.option(
    "--ignore", multiple=True, metavar="CODE", help="Never report these rules (codes, prefixes, rule names)."
)
@vocab_option
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="PATH",
    help="Use this configuration file instead of discovering one.",
)
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply (or show) unsafe fixes.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; change no file.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (errors still exit 2).")
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    default=None,
    help="The lowest severity that fails the run (default: info, any finding; also 'fail-on' in the config).",
)
@click.option(
    "--color",
    type=click.Choice(("auto", "always", "never")),
    default="auto",
    show_default=True,
    help="Colour the text output: auto colours a terminal unless NO_COLOR is set (FORCE_COLOR forces it).",
)
@click.option("--statistics", is_flag=True, help="Show counts per rule and per model instead of findings.")
@click.option(
    "--report-unused-suppressions",
    is_flag=True,
    help="Report suppression comments that silence nothing (OW900).",
)
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE",
    help="Report only findings not recorded in this baseline.",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE",
    help="Record the current findings in FILE and exit 0.",
)
@click.option("--force-exclude", is_flag=True, help="Apply 'exclude' to files named on the command line too.")
@click.option(
    "--respect-gitignore/--no-respect-gitignore",
    default=True,
    show_default=True,
    help="Skip what .gitignore ignores when walking directories.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Processes to lint with (default: one per core when many files have claims).",
)
@click.option(
    "--stdin-filename",
    default="-",
    metavar="NAME",
    help="Name to report for text read from '-' (its suffix picks the format); with no PATHS, read stdin.",
)
@verbose_option
def check(
    paths: tuple[str, ...],
    output_format: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    vocab_files: tuple[Path, ...],
    config_file: Path | None,
    isolated: bool,
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    exit_zero: bool,
    fail_on: str | None,
    color: str,
    statistics: bool,
    report_unused_suppressions: bool,
    baseline_file: Path | None,
    write_baseline: Path | None,
    force_exclude: bool,
    respect_gitignore: bool,
    jobs: int | None,
    stdin_filename: str,
) -> None:
    """Lint PATHS (files or directories; '-' reads standard input, and so does no PATHS with
    --stdin-filename; default: '.'). With --fix, text read from '-' is printed fixed on standard
    output and the findings go to standard error.

    Settings come from the nearest [tool.openwash] in pyproject.toml, .openwash.toml or
    .openwash.yaml; the options here win over them. Exit status: 0 no findings, 1 findings,
    2 usage, input or configuration errors or a file not checked, 3 internal error."""
    from linter.config import Config, ConfigError, clear_cache, config_for, load_config
    from linter.decode import encode
    from linter.discovery import MissingPath, file_mode, iter_files
    from linter.runner import Job, run
    from linter.selectors import UnknownSelector, resolve
    from linter.vocab import VocabError

    if fix and diff:
        _fail("--fix and --diff cannot be used together (--diff never writes)")
    if statistics and output_format not in ("text", "concise", "json"):
        _fail("--statistics works with --format text or json")
    for vf in vocab_files:
        if not vf.is_file():
            _fail(f"vocabulary file not found: {vf}")
    try:
        selected = tuple(resolve(c) for c in _codes(select))
        ignored = tuple(resolve(c) for c in _codes(ignore))
    except UnknownSelector as exc:
        _fail(str(exc))
    # ruff's convention: a name for standard input and no paths means standard input.
    targets = list(paths) or ["-" if stdin_filename != "-" else "."]

    cli_vocab = tuple(vf.resolve() for vf in vocab_files)
    clear_cache()  # a long-lived process (tests, an editor) may have read older files
    try:
        if config_file is not None and not config_file.is_file():
            _fail(f"configuration file not found: {config_file}")
        explicit = None if isolated or config_file is None else load_config(config_file)

        merged: dict[Path, Config] = {}  # per folder: a big tree has few folders, many files
        by_folder: dict[str, Config] = {}  # the same, by the folder's part of a file's name
        stdin_decoded = stdin_raw = None
        warned: set[Path | None] = set()

        # Each configuration merged with the options once: with --isolated (or --config) every
        # folder has the same one, and loaded files are shared by the folders below them.
        made: dict[int, tuple[Config, Config]] = {}  # id(base) -> (base, merged), bases kept alive
        isolated_base = Config()

        def settings(target: Path) -> Config:
            if target not in merged:
                base = isolated_base if isolated else explicit or config_for(target)
                if id(base) not in made:
                    with_options = base.merged(select=selected, ignore=ignored, vocab_files=cli_vocab)
                    made[id(base)] = (base, with_options)
                merged[target] = made[id(base)][1]
                if base.shadowed and base.source not in warned:
                    warned.add(base.source)
                    others = ", ".join(str(p) for p in base.shadowed)
                    click.echo(
                        f"openwash: warning: {base.source} is used; {others} in the same folder is ignored",
                        err=True,
                    )
            return merged[target]

        mode = "fix" if fix else "diff" if diff else "check"
        work: list[Job] = []
        unchecked: list[str] = []  # paths not checked at all: reported, then the run exits 2

        def unlisted(folder: Path, exc: OSError) -> None:
            unchecked.append(f"{folder}: cannot read folder: {exc.strerror or exc}")

        for given in targets:
            if not force_exclude and given != "-" and _plain(given):
                # A file named as itself: linted as iter_files would yield it (whatever its
                # suffix), without a walk's machinery per file of thousands; its mode tells the
                # runner it was a regular file. Anything else goes the long way below.
                try:
                    found = file_mode(given)
                except OSError:
                    found = None  # said below, as the walk says it
                if found is not None and not stat.S_ISDIR(found):
                    folder = os.path.dirname(given)
                    config = by_folder.get(folder)
                    if config is None:
                        config = by_folder[folder] = settings(Path(given).parent)
                    regular = stat.S_ISREG(found)
                    job = Job(given, config, mode, unsafe_fixes, path=given, named=True, regular=regular)
                    work.append(job)
                    continue
            target = Path(given)
            if str(target) == "-":
                data = sys.stdin.buffer.read()
                from linter.decode import DecodeError, decode

                try:
                    stdin_decoded = decode(data)
                    text = stdin_decoded.text
                except DecodeError as exc:
                    click.echo(f"{stdin_filename}: {exc}", err=True)
                    if mode == "fix":
                        stdin_raw = data  # "format" integrations replace the buffer: give it back as it was
                    continue
                where = Path(stdin_filename) if stdin_filename != "-" else Path.cwd()
                work.append(Job(stdin_filename, settings(where), mode, unsafe_fixes, text=text))
                continue
            try:
                for path in iter_files(
                    [target],
                    settings=settings,
                    gitignore=respect_gitignore,
                    force_exclude=force_exclude,
                    on_error=unlisted,
                ):
                    # A path named on the command line comes back as itself; a walk makes new ones.
                    named = path is target
                    name = str(path)
                    # A file's folder as its name spells it (the same name, the same folder): no
                    # Path made and hashed per file of thousands named on the command line.
                    folder = os.path.dirname(name)
                    config = by_folder.get(folder)
                    if config is None:
                        config = by_folder[folder] = settings(path.parent)
                    work.append(Job(name, config, mode, unsafe_fixes, path=path, named=named))
            except MissingPath:
                unchecked.append(f"no such file or directory: {target}")  # lint the rest first, as ruff does
        for vocab_set in dict.fromkeys(job.config.vocab_files for job in work if job.config.vocab_files):
            Config(vocab_files=vocab_set).vocabulary()  # a broken file fails here, not in a worker
        outcomes = run(work, workers=jobs)
    except MissingPath as exc:
        _fail(f"no such file or directory: {exc}")
    except ConfigError as exc:
        _fail(f"invalid configuration: {exc}")
    except VocabError as exc:
        _fail("invalid vocabulary:\n" + "\n".join(exc.errors))

    for problem in unchecked:
        click.echo(f"openwash: error: {problem}", err=True)
    if not work and not unchecked and all(str(Path(t)) != "-" for t in targets):
        shown = " ".join(str(Path(t)) for t in targets)
        click.echo(f"openwash: warning: no files to lint in {shown}", err=True)
    thresholds = [fail_on or job.config.fail_on or "info" for job in work]
    # --fix on standard input: the text, fixed, in its own encoding and byte-order mark.
    stdin_fixed = [
        encode(o.text, stdin_decoded)
        for job, o in zip(work, outcomes, strict=True)
        if mode == "fix" and job.path is None and stdin_decoded is not None
    ]
    if stdin_raw is not None:
        stdin_fixed.append(stdin_raw)
    _report(
        outcomes,
        unchecked=len(unchecked),
        thresholds=thresholds,
        exit_zero=exit_zero,
        stdin_fixed=stdin_fixed,
        color=_use_color(color),
        output_format=output_format,
        mode=mode,
        unsafe=unsafe_fixes,
        statistics=statistics,
        unused=report_unused_suppressions,
        baseline_file=baseline_file,
        write_baseline=write_baseline,
    )


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    if any(os.environ.get(name, "0") not in ("", "0") for name in ("FORCE_COLOR", "CLICOLOR_FORCE")):
        return True
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _report(
    outcomes: list,
    *,
    thresholds: list[str],
    exit_zero: bool,
    stdin_fixed: list[bytes],
    color: bool,
    output_format: str,
    mode: str,
    unsafe: bool,
    statistics: bool,
    unused: bool,
    baseline_file: Path | None,
    write_baseline: Path | None,
    unchecked: int = 0,  # paths not checked at all (missing, unreadable folders)
) -> None:
    """Print what the run found in the chosen format and exit with its status: 2 when a path
    or a file was not checked (missing, unreadable, not text), so CI never passes what it
    did not read."""
    from linter.render import locate

    crashed = [o for o in outcomes if o.crash]
    # Text fixed from standard input goes to standard output; the report moves to standard error.
    err = bool(stdin_fixed)
    for fixed_bytes in stdin_fixed:
        sys.stdout.buffer.write(fixed_bytes)
        sys.stdout.flush()

    errors = [o.error for o in outcomes if o.error]
    skipped = sum(1 for o in outcomes if o.skipped)
    if unchecked or skipped:
        errors.append("")  # the notices said which; exit 2 at the end
    for error in filter(None, errors):
        click.echo(f"openwash: error: {error}", err=True)
    for outcome in outcomes:
        for notice in outcome.notices:
            click.echo(f"{outcome.path}: {notice}", err=True)
        if unused and outcome.unused:
            outcome.findings = sorted([*outcome.findings, *outcome.unused], key=lambda f: (f.start, f.code))

    if write_baseline is not None:
        from linter import baseline

        base = write_baseline.resolve().parent
        records = [(baseline.path_key(o.path, base), o.text, f) for o in outcomes for f in o.findings]
        try:
            write_baseline.write_text(baseline.dump(records), encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write baseline {write_baseline}: {exc.strerror or exc}")
        click.echo(f"Wrote {len(records)} finding(s) to the baseline {write_baseline}.", err=True)
        sys.exit(2 if errors else 0)

    if baseline_file is not None:
        from linter import baseline

        try:
            known = baseline.load(baseline_file)
        except baseline.BaselineError as exc:
            _fail(str(exc))
        base = baseline_file.resolve().parent
        hidden = 0
        for outcome in outcomes:
            key = baseline.path_key(outcome.path, base)
            outcome.findings, old = known.split(key, outcome.text, outcome.findings)
            hidden += len(old)
        if hidden:
            click.echo(f"{hidden} finding(s) in the baseline not shown.", err=True)

    located = [loc for o in outcomes for loc in locate(o.path, o.text, o.findings)]
    texts = {o.path: o.text for o in outcomes if o.findings}
    fixed = sum(o.fixed for o in outcomes)
    if mode == "diff":
        click.echo("".join(o.diff for o in outcomes), nl=False)
        changed = sum(1 for o in outcomes if o.diff)
        click.echo(f"Would fix {fixed} finding(s) in {changed} file(s).", err=True)
    elif statistics:
        from linter.render import statistics as render_statistics
        from linter.render import text as render_text

        if output_format == "json":
            click.echo(render_statistics.render_json(located), nl=False, err=err)
        else:
            click.echo(render_statistics.render_text(located), nl=False, err=err)
            summary = render_text.summary(
                located, len(outcomes) - skipped, unsafe=unsafe, unchecked=unchecked + skipped
            )
            click.echo(summary, err=err)
    elif output_format == "json":
        from linter.render import json as render_json

        click.echo(render_json.render(located, texts), nl=False, err=err)
    elif output_format == "sarif":
        from linter.render import sarif

        click.echo(sarif.render(located, texts), nl=False, err=err)
    elif output_format == "github":
        from linter.render import github

        click.echo(github.render(located), nl=False, err=err)
    elif outcomes:  # no files at all: the warning said so, and "All checked" would not
        from linter.render import text as render_text

        click.echo(
            render_text.render(
                located,
                len(outcomes) - skipped,
                color=color,
                source=output_format == "text",
                unsafe=unsafe,
                unchecked=unchecked + skipped,
            ),
            nl=False,
            color=color,
            err=err,
        )
    if mode == "fix" and fixed:
        changed = sum(1 for o in outcomes if o.fixed)
        click.echo(f"Fixed {fixed} finding(s) in {changed} file(s).", err=True)
    if crashed:  # after the other files' results: one file's bug does not hide them
        verbose = click.get_current_context().meta.get(_VERBOSE, False)
        for outcome in crashed:
            _internal_error(f"in {outcome.path}: {outcome.crash}", verbose, outcome.trace, stop=False)
        sys.exit(INTERNAL_ERROR)
    rank = {severity: i for i, severity in enumerate(reversed(SEVERITIES))}  # info 0 ... error 2
    failing = any(
        rank.get(f.severity, 2) >= rank[threshold]
        for outcome, threshold in zip(outcomes, thresholds, strict=True)
        for f in outcome.findings
    )
    global _CHECK_DONE
    _CHECK_DONE = True
    sys.exit(2 if errors else 1 if failing and not exit_zero else 0)


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code.strip() for value in values for code in value.split(",") if code.strip())


@main.command()
@click.argument("code", required=False)
@click.option("--all", "show_all", is_flag=True, help="Explain every rule.")
def explain(code: str | None, show_all: bool) -> None:
    """Explain a rule (by code or name), with an example and what to write instead."""
    from linter.rules import RULES
    from linter.selectors import UnknownSelector, resolve
    from linter.suppressions import UNUSED_CODE, UNUSED_NAME, UNUSED_SUMMARY, UNUSED_WHY

    pages = {
        rule.code: f"{rule.code} ({rule.name}), {rule.severity}\n\n{rule.summary}\n\n{rule.why}\n\n"
        f"Example:\n    {rule.example}\nUse instead:\n    {rule.instead}\n"
        for rule in RULES
    }
    pages[UNUSED_CODE] = (
        f"{UNUSED_CODE} ({UNUSED_NAME}), warning; reported with --report-unused-suppressions\n\n"
        f"{UNUSED_SUMMARY}\n\n{UNUSED_WHY}\n\n"
        "Example:\n    <!-- openwash-disable-next-line OW101 -->\n    OLMo is open source.\n"
        "Use instead:\n    OLMo is open source.\n"
    )
    if show_all == (code is not None):
        _fail("give one rule code or name, or --all")
    if show_all:
        click.echo("\n".join(pages.values()), nl=False)
        return
    try:
        wanted = resolve(code or "")
    except UnknownSelector as exc:
        _fail(f"unknown rule: {exc}")
    matches = [page for c, page in pages.items() if c.startswith(wanted)]
    if len(matches) != 1:
        _fail(f"'{code}' names {len(matches)} rules; give one code ({', '.join(pages)}) or use --all")
    click.echo(matches[0], nl=False)


@main.command()
# Generic clients (vscode-languageclient) add these; stdio is the only transport, and the editor's
# process id comes again in `initialize`.
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the default).")
@click.option("--clientProcessId", "client_process_id", type=int, hidden=True)
def lsp(stdio: bool, client_process_id: int | None) -> None:
    """Run the language server on standard input and output (for editors)."""
    from linter.lsp import serve

    serve()


main.add_command(vocab)

# Archive scanning and its report: the modules registered here load no Dask, pyarrow or
# matplotlib until one of these commands runs (they are the optional extra openwash[scan]).
from linter.scan.cli import report as _report_command  # noqa: E402
from linter.scan.cli import scan as _scan_command  # noqa: E402

main.add_command(_scan_command)
main.add_command(_report_command)
