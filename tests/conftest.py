"""Shared test set-up: every Qt test runs offscreen unless a test starts its own display."""

from __future__ import annotations

import os

import pytest  # imports no Qt: the environment below is still set before Qt starts

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FINISH_STRONG_DATA_DIR", None)
# The suite reads English texts, whatever the machine's language (tests that check a translation
# install it themselves; the app's children inherit this).
os.environ["LANGUAGE"] = "en"


@pytest.fixture
def pseudo(qapp):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN201
    """Every translated text wrapped as [!! … !!] (tests/gui/pseudo_translation.py): what comes out
    unwrapped was never offered to a translator."""
    from PySide6.QtCore import QCoreApplication

    from tests.gui.pseudo_translation import PseudoTranslator

    translator = PseudoTranslator(qapp)
    assert QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
