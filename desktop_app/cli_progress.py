"""A progress line for long CLI commands: on a terminal only, never in a pipe or a file.

`finish-strong import big.json` on a terminal shows "Importing… 42%" on stderr, rewritten in
place; piped or redirected (scripts, CI logs), it prints nothing, so stdout and stderr carry
only the result and real errors.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

MIN_INTERVAL = 0.2  # seconds between redraws: a terminal need not be flooded


class ProgressLine:
    def __init__(self, label: str, stream: TextIO | None = None, unit: str = "") -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.label = label
        self.unit = unit
        self.shown = ""
        self.last = 0.0

    def __call__(self, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < MIN_INTERVAL and (total is None or done < total):
            return
        self.last = now
        if total:
            text = f"{self.label} {min(100, done * 100 // total)}%"
        else:
            text = f"{self.label} {done:,}{self.unit}"
        self.stream.write("\r" + text.ljust(len(self.shown)))
        self.stream.flush()
        self.shown = text

    def close(self) -> None:
        """Clear the line, so what follows starts at the left edge."""
        if self.enabled and self.shown:
            self.stream.write("\r" + " " * len(self.shown) + "\r")
            self.stream.flush()
            self.shown = ""
