"""A progress line on a terminal for long runs: moves as files finish, weighted by their size.

Files finish out of order when they are linted in parallel, so the bar counts bytes of the files
done, whichever they are. The time left is the rate since the first file finished applied to the bytes
left (the first file also pays for loading spaCy and the vocabulary), shown only once it means
something.
The line is redrawn in place at most a few times a second and erased at the end, so the findings
print on a clean screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

BAR = 24  # characters of the bar itself
REDRAW = 0.1  # seconds between redraws
MIN_FOR_ETA = 0.05  # share of the work done before a time left is shown


class Progress:
    def __init__(
        self, total: int, files: int, stream: TextIO, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.total, self.files, self.stream, self.clock = max(total, 1), files, stream, clock
        self.done = self.files_done = 0
        self.started = clock()
        self._drawn_at = float("-inf")
        self._width = 0  # of the last line drawn, to erase it
        self._first: tuple[float, int] | None = None  # when the first file finished, bytes done then

    def advance(self, size: int) -> None:
        """One file of ``size`` bytes is done."""
        self.done = min(self.total, self.done + max(size, 1))
        self.files_done += 1
        now = self.clock()
        if self._first is None:
            self._first = (now, self.done)
        if now - self._drawn_at >= REDRAW or self.files_done == self.files:
            self._drawn_at = now
            self._draw(self.line(now))

    def eta(self, now: float) -> float | None:
        """Seconds left at the rate since the first file finished (before it, each process was
        loading spaCy), or None while too little is done to tell."""
        if self._first is None or self.files_done < 3 or self.files_done == self.files:
            return None
        if self.done / self.total < MIN_FOR_ETA:
            return None
        first_time, first_done = self._first
        elapsed, since = now - first_time, self.done - first_done
        if elapsed <= 0 or since <= 0:
            return None
        return (self.total - self.done) * elapsed / since

    def line(self, now: float) -> str:
        share = self.done / self.total
        filled = int(share * BAR)
        bar = "#" * filled + "-" * (BAR - filled)
        text = f"Linting [{bar}] {share:4.0%} {self.files_done}/{self.files} files"
        left = self.eta(now)
        if left is not None:
            text += f", about {_duration(left)} left"
        return text

    def _draw(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def close(self) -> None:
        """Erase the line."""
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{max(seconds, 1)} s"
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes} min {seconds:02d} s"
