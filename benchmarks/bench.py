#!/usr/bin/env python3
"""Speed of `openwash check`, end to end (process start included), against yardsticks run in the
same run on the same files, so that the ratios hold on a busy machine.

    python benchmarks/bench.py [--sections NAME,...] [--repeat N] [--textlint-dir DIR] [--corpus DIR]

Sections (all by default; the targets are those of issue 10 and issue 13):
  general     the 11 general-docs corpora of ../shared/corpus ("open source" about software,
              almost never a model) vs `grep -ciE 'open[ -]?source|open[ -]?weights?'` on the
              same files                                               target <= 5x grep
  llm         all Markdown of the LLM-dense corpora vs textlint with textlint-rule-terminology
              (installed with npm into a temporary folder; skipped with a message when npm or
              the registry is not there), and vs grep               target >= 20x faster than textlint
  small       one small file with claims (examples/press-release.md) vs
              `python -c "import spacy; spacy.blank('en')"`          target <= 1.3x
  stress      ../shared/corpus/stress (a 5 MiB line, 10,000-deep nesting, a 50 MiB file)
                                                                     target <= 20 s
  dense       1 MB of adjacent claim-bearing list items, generated    target < 10 s
  claimfree   a generated claim-free corpus (MB/s) and growing numbers of claim regions
The shared corpora are used when present (sections that need them say so and are skipped
otherwise). Prints the load average before and after: figures from a loaded machine are slower,
ratios less so. Not a test: machines are noisy.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"  # --corpus changes it (a worktree elsewhere)
CLAIM = re.compile(r"open[\s\-*_]{0,8}(?:sourc|weight)|opensourc", re.IGNORECASE)
GREP_PATTERN = "open[ -]?source|open[ -]?weights?"
GENERAL_DOCS = (
    "python-peps k8s-enhancements k8s-community git-docs rust-book rust-reference sphinx-docs "
    "ansible-docs hugo-docs python-devguide tldr-pages"
).split()
MARKDOWN = (".md", ".markdown")
TEXTLINT_PACKAGES = ("textlint", "textlint-rule-terminology")
sys.path.insert(0, str(ROOT))
from linter.discovery import LINTED_SUFFIXES as SUFFIXES  # noqa: E402  (what a walk lints)


def timed(command: Sequence[str], *, ok: Sequence[int] = (0, 1), cwd: Path | None = None) -> float:
    start = time.perf_counter()
    proc = subprocess.run(list(command), capture_output=True, cwd=cwd)
    elapsed = time.perf_counter() - start
    if proc.returncode not in ok and not _only_skips(proc):
        sys.exit(f"{command[0]} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-2000:]}")
    return elapsed


def _only_skips(proc: subprocess.CompletedProcess) -> bool:
    """openwash exits 2 when a file was not checked; a real corpus holds a few that are not
    UTF-8, the stress corpus binary ones. That is a finished run, as long as per-file notices
    ("PATH: skipped: ...", "PATH: ... read as plain text") are all it printed, and no error of
    its own ("openwash: error: ...")."""
    lines = [line for line in proc.stderr.decode(errors="replace").splitlines() if line.strip()]
    return (
        proc.returncode == 2
        and any(": skipped: " in line for line in lines)
        and not any(line.startswith("openwash:") for line in lines)
    )


def best(run: Callable[[], float], repeat: int) -> float:
    return min(run() for _ in range(repeat))


def best_both(command: Sequence[str], repeat: int, **kwargs) -> tuple[float, float]:
    """The best wall time and the best CPU time of ``repeat`` runs of ``command``: on a busy
    machine the CPU time is the steadier figure (a process's idle wall time, about)."""
    runs = [with_cpu(lambda: timed(command, **kwargs)) for _ in range(repeat)]
    return min(wall for wall, _ in runs), min(cpu for _, cpu in runs)


def alternating(
    ours: Sequence[str], theirs: Sequence[str], runs: int, **kwargs
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The median wall and CPU times of ``runs`` runs of each command, taken in turn (ours,
    theirs, ours, ...): a machine that gets busier or quieter during the measurement slows
    both alike, so their ratio holds better than that of two separate series."""
    mine, yours = [], []
    for _ in range(runs):
        mine.append(with_cpu(lambda: timed(ours, **kwargs)))
        yours.append(with_cpu(lambda: timed(theirs, **kwargs)))

    def medians(pairs: list[tuple[float, float]]) -> tuple[float, float]:
        return statistics.median(w for w, _ in pairs), statistics.median(c for _, c in pairs)

    return medians(mine), medians(yours)


def openwash(paths: Sequence[Path]) -> list[str]:
    return [sys.executable, "-m", "linter", "check", "--isolated", "--format", "concise", *map(str, paths)]


def grep(paths: Sequence[Path]) -> list[str]:
    return ["grep", "-ciE", GREP_PATTERN, "--", *map(str, paths)]


def files_of(dirs: Sequence[Path], suffixes: Sequence[str] | frozenset[str]) -> list[Path]:
    return sorted(p for d in dirs for p in d.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)


def megabytes(paths: Sequence[Path]) -> float:
    return sum(p.stat().st_size for p in paths) / 1e6


def llm_dense_corpora() -> list[Path]:
    """The corpora the shared MANIFEST marks LLM-dense."""
    manifest = (SHARED_CORPUS / "MANIFEST.md").read_text(encoding="utf-8")
    names = re.findall(r"^\| `([\w.-]+)` \|.*\| LLM-dense \|", manifest, re.MULTILINE)
    return [SHARED_CORPUS / n for n in names if (SHARED_CORPUS / n).is_dir()]


def compile_bytecode() -> None:
    """Compile openwash's modules to bytecode first, as `pip install` does: in a checkout run
    with PYTHONDONTWRITEBYTECODE set (or not writable), every run would compile them again,
    about a tenth of a second that an installed openwash never spends."""
    import compileall

    compileall.compile_dir(ROOT / "linter", quiet=1)


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} CPUs"


# Sections ----------------------------------------------------------------------------------


def general(args: argparse.Namespace) -> None:
    dirs = [SHARED_CORPUS / n for n in GENERAL_DOCS if (SHARED_CORPUS / n).is_dir()]
    if not dirs:
        print("general docs: skipped (no ../shared/corpus)")
        return
    files = files_of(dirs, SUFFIXES)
    (ours, ours_cpu), (theirs, theirs_cpu) = alternating(openwash(files), grep(files), max(args.repeat, 5))
    print(
        f"general docs ({len(dirs)} corpora, {len(files)} files, {megabytes(files):.1f} MB), medians of "
        f"{max(args.repeat, 5)} alternating runs: openwash {ours:.2f} s, grep {theirs:.2f} s = "
        f"{ours / theirs:.1f}x grep (target <= 5x); CPU {ours_cpu:.2f} s vs {theirs_cpu:.2f} s = "
        f"{ours_cpu / max(theirs_cpu, 0.001):.1f}x"
    )


def llm(args: argparse.Namespace) -> None:
    if not SHARED_CORPUS.is_dir():
        print("LLM-dense docs: skipped (no ../shared/corpus)")
        return
    files = files_of(llm_dense_corpora(), MARKDOWN)
    ours, ours_cpu = best_both(openwash(files), args.repeat)
    by_grep = best(lambda: timed(grep(files)), args.repeat)
    print(
        f"LLM-dense Markdown ({len(files)} files, {megabytes(files):.1f} MB): openwash {ours:.2f} s, "
        f"grep {by_grep:.2f} s = {ours / by_grep:.1f}x grep"
    )
    textlint = textlint_folder(args)
    if textlint is None:
        return
    # Run in its own folder, where it finds the rule; no .textlintrc of anyone's applies.
    command = ["node_modules/.bin/textlint", "--no-textlintrc", "--rule", "terminology", *map(str, files)]
    theirs, theirs_cpu = with_cpu(lambda: timed(command, cwd=textlint))
    print(
        f"  textlint + terminology on the same files: {theirs:.2f} s = openwash {theirs / ours:.1f}x "
        f"faster (target >= 20x); CPU {theirs_cpu:.2f} s vs openwash's {ours_cpu:.2f} s = "
        f"{theirs_cpu / ours_cpu:.1f}x"
    )


def textlint_folder(args: argparse.Namespace) -> Path | None:
    """A folder where textlint and its terminology rule are installed from npm."""
    if shutil.which("npm") is None:
        print("  textlint: skipped (no npm on this machine)")
        return None
    folder = Path(args.textlint_dir or Path(tempfile.gettempdir()) / "openwash-bench-textlint")
    binary = folder / "node_modules" / ".bin" / "textlint"
    if not binary.exists():
        folder.mkdir(parents=True, exist_ok=True)
        install = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(folder), *TEXTLINT_PACKAGES],
            capture_output=True,
            text=True,
        )
        if install.returncode != 0 or not binary.exists():
            print(f"  textlint: skipped (npm install failed: {install.stderr.strip()[-300:]})")
            return None
    return folder


def small(args: argparse.Namespace) -> None:
    """`openwash check examples/press-release.md` as a user types it in the repository (its
    configuration read), against spaCy's own start."""
    ours = [sys.executable, "-m", "linter", "check", "examples/press-release.md"]
    blank = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
    runs = max(args.repeat, 7)
    (wall, cpu), (spacy_wall, spacy_cpu) = alternating(ours, blank, runs, cwd=ROOT)
    print(
        f"one small file with claims (press-release.md), medians of {runs} alternating runs: "
        f"{wall:.2f} s, spacy.blank('en') {spacy_wall:.2f} s = {wall / spacy_wall:.2f}x (target <= 1.3x); "
        f"CPU {cpu:.2f} s vs {spacy_cpu:.2f} s = {cpu / spacy_cpu:.2f}x"
    )


def with_cpu(run: Callable[[], float]) -> tuple[float, float]:
    """Wall time and the CPU time (user + system) of the processes ``run`` started: one process
    on a busy machine takes about its CPU time when the machine is idle."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = run()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def stress(args: argparse.Namespace) -> None:
    folder = SHARED_CORPUS / "stress"
    if not folder.is_dir():
        print("stress corpus: skipped (no ../shared/corpus/stress)")
        return
    files = files_of([folder], SUFFIXES)
    total, cpu = with_cpu(lambda: timed(openwash([folder])))
    print(
        f"stress corpus ({len(files)} files, {megabytes(files):.1f} MB): {total:.2f} s, CPU {cpu:.2f} s "
        "(target <= 20 s)"
    )
    for name in ("single-line-5MiB.md", "nested-10000.md", "nested-10000.rst", "concat-50MiB.md"):
        if (folder / name).exists():
            wall, cpu = with_cpu(lambda n=name: timed(openwash([folder / n])))
            print(f"  {name:24s} {wall:6.2f} s, CPU {cpu:6.2f} s")


def dense(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dense.md"
        lines, size, n = [], 0, 0
        while size < 1_000_000:
            line = f"- Llama 2 is an open-source model, release note {n}.\n"
            lines.append(line)
            size += len(line)
            n += 1
        path.write_text("".join(lines))
        t = timed(openwash([path]))
        print(f"1 MB of adjacent claim-bearing list items ({n} items): {t:.2f} s (target < 10 s)")


def claimfree(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        free = Path(tmp) / "claim-free"
        free.mkdir()
        claim_free_corpus(free, args.mb * 1_000_000)
        files = files_of([free], SUFFIXES)
        size = megabytes(files)
        t = best(lambda: timed(openwash([free])), args.repeat)
        print(f"claim-free corpus ({len(files)} files, {size:.1f} MB): {t:.2f} s = {size / t:.1f} MB/s")
        for regions in (10, 100, 1000):
            path = Path(tmp) / f"claims{regions}.md"
            claims_file(path, regions)
            t = best(lambda p=path: timed(openwash([p])), args.repeat)
            print(f"  {regions:5d} claim regions ({path.stat().st_size / 1e3:.0f} kB): {t:.2f} s")


def claim_free_corpus(dest: Path, target_bytes: int) -> None:
    """Claim-free documentation: the shared corpora's files without a claim word, or generated."""
    total = 0
    sources = sorted(SHARED_CORPUS.rglob("*")) if SHARED_CORPUS.is_dir() else []
    usable = (p for p in sources if p.is_file() and p.suffix in SUFFIXES and "stress" not in p.parts)
    for n, src in enumerate(usable):
        text = src.read_text(encoding="utf-8", errors="replace")
        if CLAIM.search(text):
            continue
        (dest / f"{n:05d}{src.suffix}").write_text(text, encoding="utf-8")
        total += len(text.encode())
        if total >= target_bytes:
            return
    words = "the model runs on a laptop and the docs explain how to install it with pip".split()
    rng = random.Random(0)
    n = 0
    while total < target_bytes:
        paragraphs = [" ".join(rng.choices(words, k=60)) + "." for _ in range(200)]
        text = "# Guide\n\n" + "\n\n".join(paragraphs) + "\n"
        (dest / f"gen{n:05d}.md").write_text(text)
        total += len(text)
        n += 1


def claims_file(path: Path, regions: int) -> None:
    rng = random.Random(regions)
    filler = "This section explains the deployment steps in detail for operators. " * 6
    sentences = [
        "Meta released Llama 2, an open-source model.",
        "Mistral 7B is open source.",
        "OLMo is open source.",
        "The open-source library vLLM serves Llama 3.",
    ]
    parts = ["# Claims\n"]
    for _ in range(regions):
        parts.append(filler + "\n\n" + rng.choice(sentences) + "\n")
    path.write_text("\n".join(parts))


SECTIONS = {
    "general": general,
    "llm": llm,
    "small": small,
    "stress": stress,
    "dense": dense,
    "claimfree": claimfree,
}


def main() -> None:
    global SHARED_CORPUS
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sections", default=",".join(SECTIONS), help="comma-separated: " + ", ".join(SECTIONS))
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept")
    ap.add_argument("--mb", type=int, default=40, help="size of the claim-free corpus in MB")
    ap.add_argument("--textlint-dir", help="folder for textlint's npm install (kept between runs)")
    ap.add_argument("--corpus", type=Path, help=f"the shared corpora (default {SHARED_CORPUS})")
    args = ap.parse_args()
    if args.corpus is not None:
        SHARED_CORPUS = args.corpus.resolve()
    chosen = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        ap.error(f"unknown section(s): {', '.join(unknown)}")
    compile_bytecode()
    print(f"before: {load()}")
    for name in chosen:
        SECTIONS[name](args)
    print(f"after: {load()}")


if __name__ == "__main__":
    main()
