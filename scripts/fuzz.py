"""Run the property-based test of every reader and ``--fix`` over many generated documents.

    python scripts/fuzz.py                 # 100,000 examples
    python scripts/fuzz.py --examples 5000 --seed 7

CI runs the same test (tests/test_properties.py) with a few hundred fixed examples; this runs
random ones, and on a failure hypothesis prints the smallest document that shows it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--examples", type=int, default=100_000, help="documents to generate (default 100000)"
    )
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed, to repeat a run")
    parser.add_argument("-k", dest="select", default=None, help="only the tests matching (pytest -k)")
    parser.add_argument(
        "--no-shrink",
        action="store_true",
        help="report the first failing document as generated, not shrunk (shrinking can take minutes)",
    )
    args = parser.parse_args()
    os.environ["OPENWASH_FUZZ_EXAMPLES"] = str(args.examples)
    if args.no_shrink:
        os.environ["OPENWASH_FUZZ_NO_SHRINK"] = "1"

    import pytest

    argv = [
        str(ROOT / "tests" / "test_properties.py"),
        "-q",
        "-p",
        "no:cacheprovider",
        "--hypothesis-show-statistics",
    ]
    if args.select:
        argv += ["-k", args.select]
    if args.seed is not None:
        argv.append(f"--hypothesis-seed={args.seed}")
    started = time.monotonic()
    status = pytest.main(argv)
    minutes = (time.monotonic() - started) / 60
    verdict = "passed" if status == 0 else "FAILED"
    print(f"fuzz: {args.examples} examples requested, {verdict} in {minutes:.1f} min", file=sys.stderr)
    return int(status)


if __name__ == "__main__":
    sys.exit(main())
