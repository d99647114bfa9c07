"""Run the property-based tests of every reader and ``--fix`` over many generated documents.

    python scripts/fuzz.py                      # 100,000 examples of each property
    python scripts/fuzz.py --examples 5000 --seed 7
    python scripts/fuzz.py -k converges         # only the properties whose name contains this

Each property of tests/test_properties.py runs in its own process, all at once: each gets its full
example count, and a failure in one shows as soon as hypothesis has found (and shrunk) it, not after
the other properties' whole runs. Every output line starts with the property's name; each process
prints its count every --progress examples. On the first failure the other properties are stopped
(their counts are printed) and the script exits 1; Ctrl-C or ``kill PID`` stops them all the
same way (exit 130). Without --seed one seed is drawn and printed, and
all properties use it, so ``--seed S`` repeats the run.

CI runs the same tests with a fixed 200 examples each; this runs random ones, and on a failure
hypothesis prints the smallest document that shows it.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import functools
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests" / "test_properties.py"


def properties() -> list[str]:
    """The property tests (``@given``) of the test file, read without importing it."""
    tree = ast.parse(TESTS.read_text(encoding="utf-8"))
    return [
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and node.name.startswith("test_")
        and any(isinstance(d, ast.Call) and getattr(d.func, "id", "") == "given" for d in node.decorator_list)
    ]


class _Progress:
    """pytest plugin: count the examples a hypothesis test runs and print the count now and then."""

    def __init__(self, every: int) -> None:
        self.every = every
        # pytest captures stdout while a test runs: counts go to a copy of the real one.
        self.out = os.fdopen(os.dup(sys.stdout.fileno()), "w", buffering=1)
        self.count = 0
        self.started = time.monotonic()

    def line(self) -> str:
        return f"{self.count} examples, {(time.monotonic() - self.started) / 60:.1f} min"

    def pytest_collection_modifyitems(self, items: list) -> None:
        for item in items:
            hyp = getattr(getattr(item, "obj", None), "hypothesis", None)
            if hyp is None:
                continue
            inner = hyp.inner_test

            @functools.wraps(inner)  # failures still name the test
            def counted(*args: object, _inner=inner, **kwargs: object) -> object:
                __tracebackhide__ = True
                self.count += 1
                if self.count % self.every == 0:
                    print(f"progress: {self.line()}", file=self.out)
                return _inner(*args, **kwargs)

            hyp.inner_test = counted


def run_one(name: str, seed: int, progress: int) -> int:
    """Run one property in this process (the child of ``main``)."""
    import pytest

    plugin = _Progress(progress)

    # Stopped by the parent (another property failed): say how far this one got.
    def stopped(*_: object) -> None:
        with contextlib.suppress(OSError):  # the parent may be gone
            print(f"stopped after {plugin.line()}", file=plugin.out)
        os._exit(143)

    signal.signal(signal.SIGTERM, stopped)
    argv = [
        f"{TESTS}::{name}",
        "-q",
        "-p",
        "no:cacheprovider",
        "--hypothesis-show-statistics",
        f"--hypothesis-seed={seed}",
    ]
    status = pytest.main(argv, plugins=[plugin])
    verdict = "passed" if status == 0 else "FAILED"
    print(f"fuzz: {verdict} after {plugin.line()} (shrinking included)", file=plugin.out)
    return int(status)


def _relay(name: str, stream, lock: threading.Lock) -> None:
    # Whole lines, each under its property's name, so parallel output stays readable.
    for line in stream:
        with lock:
            print(f"[{name}] {line}", end="", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--examples", type=int, default=100_000, help="documents to generate per property (default 100000)"
    )
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed, to repeat a run")
    parser.add_argument("-k", dest="select", help="only the properties whose name contains this")
    parser.add_argument(
        "--progress", type=int, default=5000, metavar="N", help="print each property's count every N examples"
    )
    parser.add_argument(
        "--no-shrink",
        action="store_true",
        help="report the first failing document as generated, not shrunk (shrinking can take minutes)",
    )
    parser.add_argument("--property", help=argparse.SUPPRESS)  # a child: run this one property here
    args = parser.parse_args()
    os.environ["OPENWASH_FUZZ_EXAMPLES"] = str(args.examples)
    if args.no_shrink:
        os.environ["OPENWASH_FUZZ_NO_SHRINK"] = "1"
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    if args.property:
        return run_one(args.property, seed, args.progress)

    names = [n for n in properties() if args.select is None or args.select in n]
    if not names:
        parser.error(f"no property matches {args.select!r}: {', '.join(properties())}")
    print(f"fuzz: {args.examples} examples of each of {', '.join(names)}, seed {seed}", flush=True)
    started = time.monotonic()
    lock = threading.Lock()
    children: dict[str, subprocess.Popen] = {}
    relays = []
    for name in names:
        command = [sys.executable, __file__, "--property", name, "--seed", str(seed)]
        command += ["--examples", str(args.examples), "--progress", str(args.progress)]
        command += ["--no-shrink"] if args.no_shrink else []
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        children[name] = child
        relay = threading.Thread(target=_relay, args=(name, child.stdout, lock))
        relay.start()
        relays.append(relay)

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupted)  # kill PID stops the properties too, with counts
    failed: list[str] = []
    stopped = False
    try:
        running = dict(children)
        while running and not failed:
            time.sleep(1)
            for name, child in list(running.items()):
                if child.poll() is not None:
                    del running[name]
                    if child.returncode != 0:
                        failed.append(name)
    except KeyboardInterrupt:
        stopped = True
    finally:
        # A failure (or Ctrl-C) stops the rest: the run is repeated with a new seed after the fix.
        for child in children.values():
            if child.poll() is None:
                child.terminate()
        for child in children.values():
            child.wait()
        for relay in relays:
            relay.join()
    minutes = (time.monotonic() - started) / 60
    verdict = f"FAILED: {', '.join(failed)}" if failed else "stopped" if stopped else "passed"
    print(f"fuzz: seed {seed}, {args.examples} examples requested each, {verdict} in {minutes:.1f} min")
    return 1 if failed else 130 if stopped else 0


if __name__ == "__main__":
    sys.exit(main())
