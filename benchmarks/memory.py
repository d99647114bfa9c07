#!/usr/bin/env python3
"""Time and peak memory of `openwash check` on one large Markdown file (issue 13, R28: memory
should stay a small multiple of the file).

    python benchmarks/memory.py [--mb 200] [--corpus DIR] [--keep FILE]

The file is the shared corpus' stress/concat-50MiB.md repeated to ``--mb`` megabytes when the
corpus is present, else generated paragraphs with claims and model names. Prints the wall time,
the peak resident memory of the openwash process and that peak per byte of input. Run it on an
idle machine with the memory to spare (a 200 MB file needs a few GB). Not a test.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
MB = 1_000_000


def build(dest: Path, size: int, corpus: Path) -> str:
    """Write about ``size`` bytes of Markdown to ``dest``; say what it is made of."""
    source = corpus / "stress" / "concat-50MiB.md"
    with dest.open("wb") as out:
        if source.is_file():
            chunk = source.read_bytes()
            while out.tell() < size:
                out.write(chunk[: size - out.tell()])
            return f"{source} repeated"
        rng = random.Random(13)
        names = ["Llama 2", "Mistral 7B", "GPT-4", "OLMo", "Gemma 2", "Falcon 40B", "Phi-4"]
        words = "the a model weights data we run it is and fast small license release of".split()
        for n in range(size):
            if out.tell() >= size:
                break
            body = " ".join(rng.choices(words, k=40))
            # One paragraph in 50 holds a claim, as in a long real page; an astral character
            # makes Python hold the text at four bytes a character, as real files often do.
            claim = f"{rng.choice(names)} is an open-source model; " if n % 50 == 0 else ""
            out.write(f"{claim}{body}. Try {rng.choice(names)} 🚀.\n\n".encode())
        return "generated paragraphs, one in 50 with a claim"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=200, help="size of the file in MB (default 200)")
    ap.add_argument("--corpus", type=Path, default=SHARED_CORPUS, help="the shared corpora")
    ap.add_argument("--keep", type=Path, help="write the file here and keep it (default: a temporary file)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "big.md"
        made_of = build(path, args.mb * MB, args.corpus)
        size = path.stat().st_size
        command = [sys.executable, "-m", "linter", "check", "--format", "concise", str(path)]
        start = time.perf_counter()
        proc = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"openwash failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # kilobytes on Linux
    print(f"file: {size / MB:.0f} MB ({made_of})")
    print(f"time: {elapsed:.1f} s")
    print(f"peak memory: {peak / MB:.0f} MB, {peak / size:.1f} bytes per input byte")


if __name__ == "__main__":
    main()
