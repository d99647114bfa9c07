#!/usr/bin/env python3
"""Throughput of `openwash check`, end to end (process start included).

Prints MB/s and files/s for:
  1. a corpus without claims (target: >= 50 MB/s),
  2. one small file without claims (target: < 0.2 s),
  3. growing numbers of claim regions (time should grow with the claims, not the bytes),
  4. each real corpus in ../shared/corpus, when present.
Run by hand: `python benchmarks/bench.py [--corpus DIR]`. Not a test: machines are noisy.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
CLAIM = re.compile(r"open[\s\-*_]{0,8}(?:sourc|weight)|opensourc", re.IGNORECASE)
sys.path.insert(0, str(ROOT))
from linter.discovery import LINTED_SUFFIXES as SUFFIXES  # noqa: E402  (what a walk lints)


def run(paths: list[Path]) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "linter", "check", *map(str, paths)], capture_output=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"openwash failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return elapsed


def size_of(root: Path) -> tuple[int, int]:
    files = [p for p in root.rglob("*") if p.is_file() and p.suffix in SUFFIXES]
    return len(files), sum(p.stat().st_size for p in files)


def best_of(paths: list[Path], repeat: int = 3) -> float:
    return min(run(paths) for _ in range(repeat))


def claim_free_corpus(dest: Path, target_bytes: int) -> None:
    """Claim-free documentation: the shared corpora's files without a claim word, or generated."""
    total = 0
    sources = sorted(SHARED_CORPUS.rglob("*")) if SHARED_CORPUS.is_dir() else []
    for n, src in enumerate(p for p in sources if p.is_file() and p.suffix in SUFFIXES):
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=int, default=40, help="size of the claim-free corpus in MB")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        free = tmpdir / "claim-free"
        free.mkdir()
        claim_free_corpus(free, args.mb * 1_000_000)
        files, size = size_of(free)
        t = best_of([free])
        print(f"claim-free corpus: {files} files, {size / 1e6:.1f} MB in {t:.2f} s "
              f"= {size / 1e6 / t:.1f} MB/s, {files / t:.0f} files/s (target >= 50 MB/s)")

        small = tmpdir / "small.md"
        small.write_text("# Install\n\nRun `pip install example` and read the guide.\n")
        t = best_of([small], repeat=5)
        print(f"one small file without claims: {t:.3f} s (target < 0.2 s)")

        base = None
        for regions in (10, 100, 1000):
            path = tmpdir / f"claims{regions}.md"
            claims_file(path, regions)
            t = best_of([path])
            base = base or t
            print(f"{regions:5d} claim regions ({path.stat().st_size / 1e3:.0f} kB): {t:.2f} s")

        if SHARED_CORPUS.is_dir():
            print("\nreal corpora (../shared/corpus):")
            for corpus in sorted(p for p in SHARED_CORPUS.iterdir() if p.is_dir() and p.name != "stress"):
                files, size = size_of(corpus)
                if not files:
                    continue
                t = run([corpus])
                print(f"  {corpus.name:26s} {files:5d} files {size / 1e6:6.1f} MB  {t:6.2f} s "
                      f"{size / 1e6 / t:7.1f} MB/s {files / t:7.0f} files/s")
        shutil.rmtree(free, ignore_errors=True)


if __name__ == "__main__":
    main()
