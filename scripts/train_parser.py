#!/usr/bin/env python3
"""Rebuild the tagger + dependency parser used by claim attachment from UD English-EWT.

    nice -n 10 python scripts/train_parser.py [TREEBANK_DIR] [--out DIR] [--minutes N]

TREEBANK_DIR (default ``../shared/ud-english-ewt`` beside the checkout) holds the treebank's
``en_ewt-ud-{train,dev}.conllu`` (CC BY-SA 4.0). The treebank is never copied into the repository.
Steps: ``spacy convert`` the .conllu files to DocBins, ``spacy train`` with
``scripts/parser/parser.cfg`` (stopped after ``--minutes`` of wall-clock time or the config's
``max_steps``, whichever comes first; the best checkpoint so far is kept), ``spacy evaluate`` on
the dev split, then copy the best pipeline to ``--out`` with the treebank's license and an
attribution beside it. Prints the training time, the tagger accuracy and UAS/LAS on dev.
Exit status: 0 on success, 2 on bad arguments or a missing treebank, 1 when a step fails.
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "scripts" / "parser" / "parser.cfg"
SPLITS = ("train", "dev")

ATTRIBUTION = """\
This pipeline (a spaCy tagger and dependency parser) was trained by openwash's
scripts/train_parser.py on the Universal Dependencies English Web Treebank (UD English-EWT),
https://github.com/UniversalDependencies/UD_English-EWT

UD English-EWT annotations (c) 2013-2021 The Board of Trustees of the Leland Stanford Junior
University, licensed under the Creative Commons Attribution-ShareAlike 4.0 International License
(CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/; full text in LICENSE-CC-BY-SA-4.0.txt
beside this file). The underlying texts come from the LDC English Web Treebank (LDC2012T13);
portions may be (c) 2012 Google Inc., (c) 2011 Yahoo! Inc., (c) 2012 Trustees of the University of
Pennsylvania and/or other original authors.

The trained weights in this folder are a work adapted from the treebank and are distributed under
the same license, CC BY-SA 4.0. The rest of openwash is under the Apache License 2.0.
"""


def run(cmd: list[str], timeout: float | None = None) -> bool:
    """Run a spaCy command; on timeout interrupt it (spaCy then saves its last checkpoint)."""
    print("$", " ".join(cmd), flush=True)
    proc = subprocess.Popen(cmd)
    try:
        return proc.wait(timeout=timeout) == 0
    except subprocess.TimeoutExpired:
        print(f"time limit reached: stopping training (pid {proc.pid})", flush=True)
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        return True


def convert(treebank: Path, work: Path) -> dict[str, Path]:
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    paths = {}
    for split in SPLITS:
        source = treebank / f"en_ewt-ud-{split}.conllu"
        target = corpus / f"en_ewt-ud-{split}.spacy"
        if not target.exists():
            ok = run(
                [
                    sys.executable,
                    "-m",
                    "spacy",
                    "convert",
                    str(source),
                    str(corpus),
                    "--converter",
                    "conllu",
                    "--n-sents",
                    "10",
                    "--file-type",
                    "spacy",
                ]
            )
            if not ok:
                raise RuntimeError(f"spacy convert failed on {source}")
        paths[split] = target
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("treebank", nargs="?", type=Path, default=REPO.parent / "shared" / "ud-english-ewt")
    parser.add_argument(
        "--out",
        type=Path,
        default=REPO / "build" / "parser",
        help="where the trained pipeline goes (default build/parser)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=REPO / "build" / "parser-work",
        help="converted corpus and checkpoints (default build/parser-work)",
    )
    parser.add_argument("--minutes", type=float, default=33.0, help="wall-clock limit on training")
    args = parser.parse_args(argv)
    missing = [s for s in SPLITS if not (args.treebank / f"en_ewt-ud-{s}.conllu").is_file()]
    if missing:
        print(f"error: {args.treebank} has no en_ewt-ud-{missing[0]}.conllu", file=sys.stderr)
        return 2
    try:
        corpus = convert(args.treebank, args.work)
        checkpoints = args.work / "train"
        if checkpoints.exists():
            shutil.rmtree(checkpoints)
        started = time.monotonic()
        ok = run(
            [
                sys.executable,
                "-m",
                "spacy",
                "train",
                str(CONFIG),
                "--output",
                str(checkpoints),
                "--paths.train",
                str(corpus["train"]),
                "--paths.dev",
                str(corpus["dev"]),
            ],
            timeout=args.minutes * 60,
        )
        minutes = (time.monotonic() - started) / 60
        best = checkpoints / "model-best"
        if not ok or not best.is_dir():
            raise RuntimeError("spacy train produced no checkpoint")
        metrics = args.work / "dev-metrics.json"
        if not run(
            [
                sys.executable,
                "-m",
                "spacy",
                "evaluate",
                str(best),
                str(corpus["dev"]),
                "--output",
                str(metrics),
            ]
        ):
            raise RuntimeError("spacy evaluate failed")
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    scores = json.loads(metrics.read_text())
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(best, args.out)
    shutil.copyfile(args.treebank / "LICENSE.txt", args.out / "LICENSE-CC-BY-SA-4.0.txt")
    (args.out / "ATTRIBUTION.txt").write_text(ATTRIBUTION)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"training time: {minutes:.1f} min")
    print(f"dev: tagger {scores['tag_acc']:.3f}  UAS {scores['dep_uas']:.3f}  LAS {scores['dep_las']:.3f}")
    print(f"pipeline: {args.out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
