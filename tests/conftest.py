"""Shared test set-up: every Qt test runs offscreen unless a test starts its own display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FINISH_STRONG_DATA_DIR", None)
