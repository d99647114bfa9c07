"""Latency of `openwash lsp`: from a `didChange` to the `publishDiagnostics` for that version.

    python benchmarks/lsp_latency.py [--edits 200] [--profile]

Two generated 2,000-line Markdown documents with 20 claims each (15 of them wrong, one every 100
lines): one with a heading every 100 lines, one without any heading (paragraphs, lists and code
blocks only). The server is started as an editor starts it (``python -m linter lsp``, stdio), once
with the initializationOption ``{"debounce": 0}`` (the lint alone) and once with the default
debounce (what a typist waits for; target p95 <= 250 ms). After the first lint and a warm-up of
20 edits, each measured edit types or deletes one character in a different part of the document
and waits for that version's diagnostics before the next. Prints p50 / p95 / max in milliseconds.

The server re-reads only the section of the document an edit falls in (see
``linter/lsp/sections.py``); ``--profile`` also measures, in this process, a whole-document
:func:`linter.api.analyse` (what every edit would cost without that cache), the cached path, and
the server's other per-edit steps, and prints a profile of the cached path.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

LINES = 2_000
CLAIMS = (
    "Meta released Llama 2, an open-source model.",
    "OLMo is open source.",
    "Mistral 7B is an open-source model.",
    "GPT-4 is open source.",
)
URI = "file:///benchmark/latency.md"


def document(headings: bool = True) -> str:
    """2,000 lines: per 100 lines a heading (or, without headings, a paragraph), paragraphs, a
    list and a code block, and one claim (20 in all)."""
    lines: list[str] = []
    n = 0
    while len(lines) < LINES:
        section = len(lines) // 100
        lines += [f"## Section {section}" if headings else f"Notes on run {section} follow.", ""]
        lines += [f"Evaluation notes for run {section}, measured on the held-out split.", ""]
        lines += [f"- item {i} of the checklist for section {section}" for i in range(5)] + [""]
        lines += ["```python", f"print({section})", "```", ""]
        while len(lines) % 100 < 98:
            if len(lines) % 100 == 50:
                lines += [f"In this section we note: {CLAIMS[n % len(CLAIMS)]} More prose follows.", ""]
                n += 1
            else:
                lines += [f"Filler prose about benchmarks, budgets and the weather, line {len(lines)}.", ""]
    return "\n".join(lines[:LINES]) + "\n"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def measure(edits: int, text: str, debounce: int | None) -> tuple[list[float], int]:
    """Per-edit latencies; ``debounce`` None: the server's default."""
    client = LanguageClient("openwash-benchmark", "1")
    published: dict[int, asyncio.Future] = {}
    counts: dict[int, int] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_publish(params: types.PublishDiagnosticsParams) -> None:
        counts[params.version] = len(params.diagnostics)
        future = published.get(params.version)
        if future is not None and not future.done():
            future.set_result(time.perf_counter())

    def expect(version: int) -> asyncio.Future:
        published[version] = asyncio.get_running_loop().create_future()
        return published[version]

    await client.start_io(sys.executable, "-m", "linter", "lsp")
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            initialization_options=None if debounce is None else {"debounce": debounce},
        )
    )
    client.initialized(types.InitializedParams())
    first = expect(1)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=URI, language_id="markdown", version=1, text=text)
        )
    )
    await asyncio.wait_for(first, 120)
    findings = counts[1]

    timings: list[float] = []
    version = 1
    for i in range(20 + edits):
        version += 1
        # Type a character at the start of a line, then delete it: every second edit brings the
        # text back, so each lint does the same work. Lines are spread over the whole document.
        line = ((i - i % 2) * 97) % LINES
        line -= line % 2  # a text line, not a blank one
        if i % 2 == 0:
            where, typed = types.Range(start=types.Position(line, 0), end=types.Position(line, 0)), "x"
        else:
            where, typed = types.Range(start=types.Position(line, 0), end=types.Position(line, 1)), ""
        change = types.TextDocumentContentChangePartial(range=where, text=typed)
        done = expect(version)
        sent = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=version),
                content_changes=[change],
            )
        )
        received = await asyncio.wait_for(done, 60)
        if i >= 20:
            timings.append((received - sent) * 1000)
    assert counts[version] == findings, "the findings changed: the edits should cancel out"
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return timings, findings


def _median_ms(run, times: int) -> float:
    timings = []
    for i in range(times):
        started = time.perf_counter()
        run(i)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def profile() -> None:
    """Where an edit's time goes, measured in this process on the same document and edits."""
    import cProfile
    import pstats

    from linter.api import analyse
    from linter.config import Config
    from linter.lsp import convert
    from linter.lsp.documents import UTF16, LineIndex
    from linter.lsp.sections import SectionLinter, cuts
    from linter.readers import reader_for

    text, config, path = document(headings=False), Config(), "latency.md"
    whole = analyse(text, path=path, config=config)  # loads spaCy and the vocabulary
    sections = SectionLinter()
    sections.analyse(text, path=path, config=config)
    lines = text.split("\n")

    def edited(i: int) -> str:
        line = (i * 97) % LINES
        line -= line % 2
        return "\n".join([*lines[:line], f"x{i}" + lines[line], *lines[line + 1 :]])

    index = LineIndex(text)
    rows = [
        ("analyse() of the whole document (no cache)", _median_ms(lambda i: analyse(text, path=path), 5)),
        ("  of which the Markdown reader", _median_ms(lambda i: reader_for(path)(text), 5)),
        (
            "sections: one edited section re-read",
            _median_ms(lambda i: sections.analyse(edited(i), path=path, config=config), 40),
        ),
        ("  of which finding the cuts", _median_ms(lambda i: cuts(text), 40)),
        ("line index of the new text", _median_ms(lambda i: LineIndex(text), 40)),
        (
            "findings to diagnostics",
            _median_ms(lambda i: [convert.diagnostic(f, index, UTF16, URI, 1) for f in whole.findings], 40),
        ),
    ]
    print("\nIn this process, median per call:")
    for label, ms in rows:
        print(f"  {label:<46} {ms:7.1f} ms")
    profiler = cProfile.Profile()
    profiler.enable()
    for i in range(40, 80):
        sections.analyse(edited(i), path=path, config=config)
    profiler.disable()
    print("\nProfile of 40 edits through the section cache:")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(15)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--edits", type=int, default=200, help="measured edits (default 200)")
    parser.add_argument("--profile", action="store_true", help="profile the per-edit lint in-process")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from linter.lsp.settings import DEFAULT_DEBOUNCE_MS

    for headings in (True, False):
        text = document(headings)
        for debounce in (0, None):
            timings, findings = asyncio.run(measure(args.edits, text, debounce))
            label = f"{'with' if headings else 'without'} headings, debounce "
            label += f"{DEFAULT_DEBOUNCE_MS} ms (default)" if debounce is None else f"{debounce} ms"
            print(
                f"{label:<42} {findings} findings; didChange -> publishDiagnostics over "
                f"{len(timings)} edits: p50 {statistics.median(timings):.1f} ms, "
                f"p95 {percentile(timings, 95):.1f} ms, max {max(timings):.1f} ms"
            )
    if args.profile:
        profile()


if __name__ == "__main__":
    main()
