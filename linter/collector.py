"""The cyclic garbage collector, held off while a step builds many objects that outlive it.

CPython starts a collection after every 700 new container objects, and a full one walks every
object alive. A reader builds a list of one string per character of the text and a token per
block, all kept until it returns: over 50 MB, the full collections this set off re-walked
those lists a dozen times, about 4 of the 11 seconds of CPU the file took. Reference counting
still frees what is dropped at once; garbage in cycles (a docutils tree's parent links) waits
for the next collection after the step, as it would have waited for the next full one.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside the block; the collector as it was after it (a caller that
    turned it off keeps it off)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
