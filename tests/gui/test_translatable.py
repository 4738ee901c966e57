"""Every text a window shows goes through Qt's translation system.

A pseudo-language wraps every translated string as `[!! … !!]` (tests/gui/pseudo_translation.py);
each window and dialog is opened on fixture data whose every value contains the marker "Zq",
and whatever visible text (labels, buttons, menus and actions, tabs, titles, tooltips, group
boxes, placeholders, accessible names) is neither wrapped, nor that data, nor a date fails.

A window added to the app gets a line in WINDOWS here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop_app.domain.debrief import OpenQuestion
from desktop_app.domain.email_draft import DEFAULT_TEMPLATES
from desktop_app.domain.model import Interview, Person
from desktop_app.store.debrief_store import save_questions, save_section, save_talked_about
from desktop_app.store.interviews import load_interview, save_interview
from desktop_app.ui.app.translations import LANGUAGES

from .pseudo_translation import untranslated

#: Every value the fixture stores: shown as data, never translated.
DATA = ["Zqcorp Analytics", "Zq Product Lead", "Zq final round", "https://meet.example.com/zq",
        "Zqdana Reyes", "Head of Zqproduct", "zqdana@zqcorp.example", "Zqsam Okafor", "Zq manager",
        "zqsam@zqcorp.example", "★ Zq on-call rotation and the move to real-time dashboards",
        "Zq on-call rotation and the move to real-time dashboards", "Zq PyCon in May",
        "Zq can you start in April?", "Zq yes, 1 April works.", "Zq damaged file"]

#: The default e-mail templates' names: stored and editable like the user's own (Settings → Mail); they become
#: per-language defaults with the translated templates, not translations of the names.
DEFAULT_TEMPLATE_NAMES = [t.name for t in DEFAULT_TEMPLATES]



@pytest.fixture
def fixture_data(data_dir: Path, clock) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = clock() - timedelta(hours=3)
    interview = Interview(
        company=DATA[0], role=DATA[1], start=start, end=start + timedelta(hours=1), timezone="Europe/Berlin",
        round=DATA[2], location=DATA[3],
        interviewers=[Person(DATA[4], title=DATA[5], email=DATA[6]), Person(DATA[7], title=DATA[8], email=DATA[9])])
    interview_id = save_interview(interview)
    dana = load_interview(interview_id).interviewers[0].id
    assert dana is not None
    save_talked_about(interview_id, dana, DATA[10])
    save_section(interview_id, "conferences", DATA[12])
    save_questions(interview_id, [OpenQuestion(DATA[13], DATA[14])])
    return interview_id, dana


Opener = Callable[..., QWidget | list[QWidget]]


def _debrief(window, ids):  # type: ignore[no-untyped-def]
    return window.debriefs.open(ids[0])


def _debrief_editors(window, ids):  # type: ignore[no-untyped-def]
    debrief = window.debriefs.open(ids[0])
    return [debrief.questions, debrief.referrals, debrief.points]


def _interview_form(window, ids):  # type: ignore[no-untyped-def]
    from desktop_app.ui.main.interview_dialog import InterviewDialog

    return InterviewDialog(load_interview(ids[0]), window.clock().date(), window)


def _interview_form_errors(window, ids):  # type: ignore[no-untyped-def]
    from desktop_app.ui.main.interview_dialog import InterviewDialog

    dialog = InterviewDialog(None, window.clock().date(), window)
    dialog.accept()  # nothing typed: every field's error shows
    return dialog


def _settings(window, ids):  # type: ignore[no-untyped-def]
    from desktop_app.ui.settings.settings_dialog import SettingsDialog

    return SettingsDialog(window)


def _settings_pages(window, ids):  # type: ignore[no-untyped-def]
    dialog = _settings(window, ids)
    return [dialog.mail_page, dialog.cards]


def _compose(window, ids):  # type: ignore[no-untyped-def]
    return window.thank_yous.open(ids[0])


def _card(window, ids):  # type: ignore[no-untyped-def]
    return window.cards.open(ids[0], ids[1])


def _envelope(window, ids):  # type: ignore[no-untyped-def]
    editor = window.cards.open(ids[0], ids[1])
    editor.envelope()
    return editor.dialogs.active


def _recovery(window, ids):  # type: ignore[no-untyped-def]
    from desktop_app.ui.app.recovery_prompt import RecoveryPrompt

    folder = Path(window.ui_state_path).parent if hasattr(window, "ui_state_path") else Path.cwd()
    return RecoveryPrompt("Zq damaged file", folder / "zq.sqlite3", folder / "zq-backups", lambda choice: None)


def _crash(window, ids):  # type: ignore[no-untyped-def]
    from desktop_app.ui.app.crash_details import CrashDialog

    return CrashDialog("Traceback: ZqError", Path("/tmp/zq-logs"), window)


WINDOWS: dict[str, Opener] = {
    "main-window": lambda window, ids: window,
    "interview-form": _interview_form,
    "interview-form-errors": _interview_form_errors,
    "settings": _settings,
    "settings-mail-and-cards-pages": _settings_pages,
    "debrief": _debrief,
    "debrief-questions-referrals-points": _debrief_editors,
    "thank-you-email": _compose,
    "card-editor": _card,
    "envelope": _envelope,
    "recovery-prompt": _recovery,
    "crash-details": _crash,
}


def open_window(qtbot, make_window, fixture_data, name: str) -> list:  # type: ignore[no-untyped-def]
    """The main window on the fixture's interview, then the window or dialog `name` opened and shown."""
    window = make_window()
    window.select_interview(fixture_data[0])
    opened = WINDOWS[name](window, fixture_data)
    parts = opened if isinstance(opened, list) else [opened]
    for part in parts:
        if part.isWindow() and part is not window:
            qtbot.addWidget(part)
            part.show()
    qtbot.wait(10)
    return parts


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_visible_text_goes_through_the_translator(qtbot, pseudo, fixture_data, make_window,  # type: ignore[no-untyped-def]
                                                         name: str) -> None:
    parts = open_window(qtbot, make_window, fixture_data, name)
    # Languages are offered by their own names (Deutsch, Français…), whatever the current language.
    shown_as_is = DATA + DEFAULT_TEMPLATE_NAMES + list(LANGUAGES.values()) + ["Zq", "Finish Strong"]
    found = [problem for part in parts for problem in untranslated(part, shown_as_is)]
    assert not found, "shown without going through tr():\n" + "\n".join(found)


def test_the_check_sees_plain_text_and_passes_data_and_wrapped_text(qtbot, pseudo) -> None:  # type: ignore[no-untyped-def]
    """The walk above would pass on an empty window: it must see a plain string and let the rest through."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    plain, data, wrapped = QLabel("Send a thank-you"), QLabel("Zqdana Reyes"), QPushButton(top.tr("&Send"))
    wrapped.setToolTip(top.tr("Sends it to %1").replace("%1", "Zqdana Reyes"))
    for widget in (plain, data, wrapped):
        layout.addWidget(widget)
    assert untranslated(top, DATA) == ["QLabel: 'Send a thank-you'"]
    plain.setText(top.tr("Send a thank-you"))
    assert untranslated(top, DATA) == []


def _german_sources() -> set[str]:
    """English source texts whose German differs: one of them on screen in German means a lookup missed."""
    import xml.etree.ElementTree as ET

    root = ET.parse(Path(__file__).resolve().parents[2] / "resources" / "translations" / "finish_strong_de.ts")
    sources = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] if translation is not None else []
        text = (translation.text or "") if translation is not None and not forms else ""
        if "%" not in source and "{" not in source and source not in forms and source != text:
            sources.add(source)
    return sources


@pytest.mark.parametrize("name", list(WINDOWS))
def test_in_german_no_wrapped_text_stays_english(qtbot, fixture_data, make_window, qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    """tr() looks a text up by the class it runs in: a base class's tr() in a subclass, or a context
    lupdate did not see, finds nothing and shows English in a German window."""
    from desktop_app.ui.app.translations import install_language

    from .pseudo_translation import visible_texts

    english = _german_sources()
    install_language("de", qapp)
    try:
        parts = open_window(qtbot, make_window, fixture_data, name)
        found = sorted({f"{where}: {text!r}" for part in parts for where, text in visible_texts(part)
                        if text in english})
    finally:
        install_language("en", qapp)
    assert not found, "English in a German window:\n" + "\n".join(found)


def test_the_german_check_sees_a_lookup_that_missed(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    from desktop_app.ui.app.translations import install_language

    from .pseudo_translation import visible_texts

    class NotInTheTsFiles(QWidget):  # its context is its class name, which lupdate never saw
        def __init__(self) -> None:
            super().__init__()
            self.button = QPushButton(self.tr("Remove"), self)

    install_language("de", qapp)
    try:
        widget = NotInTheTsFiles()
        qtbot.addWidget(widget)
        texts = [text for _, text in visible_texts(widget)]
    finally:
        install_language("en", qapp)
    assert "Remove" in texts and "Remove" in _german_sources()
