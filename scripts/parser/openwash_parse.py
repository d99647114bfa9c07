#!/usr/bin/env python3
"""Run openwash with the parse signal of the issue 8 trial hooked in after the attachment rules.

    OPENWASH_PARSE=add|veto|both OPENWASH_PARSER_MODEL=build/parser \\
        python scripts/parser/openwash_parse.py check FILE...

Same arguments and output as ``openwash``. The hook: every ``attach_all(region)`` the pipeline
calls becomes ``refine(region, attach_all(region))`` (``parse_signal.refine``). With
``OPENWASH_PARSE`` unset or the model folder missing, the output is openwash's own. To score:
``python ../shared/eval/score.py --split tune --cmd "python scripts/parser/openwash_parse.py"``.
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent.parent), str(HERE)]

from parse_signal import refine  # noqa: E402

import linter.pipeline  # noqa: E402
from linter.attach import Attachment, Region, attach_all  # noqa: E402
from linter.cli import main  # noqa: E402


def attach_with_parse(region: Region) -> list[Attachment]:
    return refine(region, attach_all(region))


if __name__ == "__main__":
    # The pipeline's attach component looks attach_all up in linter.pipeline when it runs; forked
    # workers inherit the replacement (a spawned one would import the module afresh).
    linter.pipeline.attach_all = attach_with_parse
    multiprocessing.set_start_method("fork", force=True)
    sys.exit(main())
