"""Shared test set-up: every Qt test runs offscreen unless a test starts its own display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FINISH_STRONG_DATA_DIR", None)
# The suite reads English texts, whatever the machine's language (tests that check a translation
# install it themselves; the app's children inherit this).
os.environ["LANGUAGE"] = "en"
