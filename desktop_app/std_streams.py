"""Standard streams that always exist.

A windowed (console-less) frozen app on Windows, an app started from a desktop entry whose
launcher closed its descriptors, or one started with stdout/stderr closed gets
`sys.stdout`/`sys.stderr` set to None by Python. Every `print(..., file=sys.stderr)`,
argparse message, traceback or logging handler would then raise AttributeError and turn a
harmless message into a crash. Pointing the missing streams at the null device keeps them
harmless; it is done first thing in `main()`.
"""

from __future__ import annotations

import os
import sys

#: The streams that were missing at start ("stdout", "stderr"): `export -` must fail, not write to
#: the null device that stands in for them.
MISSING: set[str] = set()


def ensure_std_streams() -> None:
    """Replace a missing stdout/stderr (None) with the null device; present ones are left alone."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            MISSING.add(name)
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives as long as the process)
        if getattr(sys, f"__{name}__") is None:
            setattr(sys, f"__{name}__", getattr(sys, name))
