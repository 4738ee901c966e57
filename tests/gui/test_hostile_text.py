"""Text from files is text: one hostile name, fed through every place a name appears, is shown
literally — never as a red, huge "M" with a broken image, and "&amp;" never becomes "&" or an
underlined mnemonic. A cut-short invitation title never swallows the reason after it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget

from desktop_app.domain.debrief import Referral
from desktop_app.domain.model import Step
from desktop_app.domain.reminders import Reminder
from desktop_app.store.debrief_store import save_referrals
from desktop_app.store.follow_up_queries import checklist
from desktop_app.store.ics_import import plan_import
from desktop_app.store.ics_reader import parse_invitation
from desktop_app.store.interviews import load_interview, save_interview

from .conftest import sample_interview

HOSTILE = "<font color=red size=6>M</font><img src='x.png'> &amp;"
MARK = "<font color=red"


def _all_widgets() -> list[QWidget]:
    found: dict[int, QWidget] = {}
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            found[id(widget)] = widget
    return list(found.values())


def literal_problems() -> list[str]:
    """Every widget showing the hostile text in a way that would not be literal."""
    problems = []
    for widget in _all_widgets():
        where = f"{type(widget).__name__} {widget.objectName() or ''} in {type(widget.window()).__name__}"
        if isinstance(widget, QLabel) and MARK in widget.text() and widget.textFormat() != Qt.TextFormat.PlainText:
            problems.append(f"label as markup: {where}: {widget.text()[:60]!r}")
        tip = widget.toolTip()
        if MARK in tip and not tip.startswith("<"):
            problems.append(f"tooltip read as markup: {where}")
        texts = []
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTabBar):
            texts.extend(widget.tabText(n) for n in range(widget.count()))
        for action in widget.actions():
            texts.append(action.text())
            if action.menu() is not None:
                texts.extend(a.text() for a in action.menu().actions())
        for text in texts:
            if "&amp;" in text and "&&amp;" not in text:
                problems.append(f"'&' read as a mnemonic: {where}: {text[:60]!r}")
    return problems


def test_one_hostile_name_is_literal_everywhere(qtbot, make_window, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    interview = sample_interview(clock.now - timedelta(hours=2), company=f"{HOSTILE} Corp")
    interview.role = HOSTILE
    interview.interviewers[0].name = HOSTILE
    interview_id = save_interview(interview)
    person_id = load_interview(interview_id).interviewers[0].id
    save_referrals(interview_id, [Referral(name=HOSTILE, organization=HOSTILE, contact="x@example.com")])
    window = make_window()
    window.select_interview(interview_id)

    # the debrief, the thank-you e-mail, the card editor and its envelope dialog (with its error)
    window.open_debrief(interview_id)
    window.open_thank_you(interview_id, person_id)
    editor = window.cards.open(interview_id, person_id)
    from desktop_app.domain.cards import ENVELOPE_SIZES
    from desktop_app.ui.cards.envelope_dialog import EnvelopeDialog

    envelope = EnvelopeDialog(person_id, HOSTILE, next(iter(ENVELOPE_SIZES.values())), editor)
    qtbot.addWidget(envelope)
    envelope.recipient.setPlainText("")
    envelope.check()  # the error names what is missing, and may quote the name
    envelope._report(f"Could not print the envelope for {HOSTILE}.")
    envelope.show()

    # the referral outcome question, asked when its follow-up is ticked
    referral_step = next(r for r in checklist(interview_id) if r.step == Step.REFERRAL)
    window.toggle_follow_up(referral_step.id, True)
    assert window.dialogs.active is not None
    outcome_dialog = window.dialogs.active

    # an error box and a confirmation naming the interview
    window.show_error(f"Could not save {HOSTILE}.")
    window.dialogs.confirm("Delete interview", f"Delete “{HOSTILE}”?", "Delete", lambda: None)

    # the import dialog: title and attendee from a file, and its error label
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:h@example.com\r\n"
           "DTSTAMP:20260301T120000Z\r\nDTSTART:20260304T150000Z\r\nDTEND:20260304T160000Z\r\n"
           f"SUMMARY:{HOSTILE}\r\nATTENDEE;CN=\"{HOSTILE}\":mailto:h@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    from desktop_app.ui.main.import_dialog import ImportDialog

    dialog = ImportDialog(plan_import(parse_invitation(ics, "UTC"), []), window)
    qtbot.addWidget(dialog)
    box = dialog.boxes[0]
    box.company.setText(HOSTILE * 10)  # too long: the error label quotes the problem
    box.apply_edits()
    box.error.setText(f"{box.error.text()} {HOSTILE}")
    dialog.show()

    # a refused invitation file: the reason quotes its title
    refused = tmp_path / "repeats.ics"
    refused.write_text(ics.replace("END:VEVENT", "RRULE:FREQ=DAILY\r\nEND:VEVENT"), encoding="utf-8")
    window.invitations.import_files([refused])
    assert "repeats (RRULE)" in window.dialogs.active.text()

    # the tray menu and tooltip
    from desktop_app.ui.reminders.tray import TrayIcon

    tray = TrayIcon(window)
    reminder = Reminder(1, interview_id, Step.THANK_YOU_EMAIL, HOSTILE, HOSTILE, HOSTILE, clock.now, clock.now)
    tray.update_state(1, [reminder], f"paused for {HOSTILE}", lambda r: "today")
    menu_texts = [a.text() for a in tray.menu.actions()]
    assert any("&&amp;" in text for text in menu_texts), menu_texts

    window.reminder_host.show_missed([reminder])  # the list of reminders missed while closed

    qtbot.wait(50)
    envelope.grab().save("/tmp/finish-strong-hostile-envelope.png")
    dialog.grab().save("/tmp/finish-strong-hostile-import.png")
    problems = literal_problems()
    assert problems == [], "\n".join(problems)
    # and a label the user can read shows the characters as typed
    labels = [w for w in _all_widgets() if isinstance(w, QLabel) and HOSTILE in w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert outcome_dialog.findChild(QLabel).textFormat() == Qt.TextFormat.PlainText


def test_a_cut_short_title_never_swallows_the_reason() -> None:
    import pytest

    from desktop_app.store.errors import ImportFormatError

    title = "Interview " + "x" * 70 + "<img src='" + "y" * 40  # cut inside the markup, and a bidi override
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:r@example.com\r\n"
           "DTSTAMP:20260301T120000Z\r\nDTSTART:20260304T150000Z\r\nDTEND:20260304T160000Z\r\n"
           f"SUMMARY:{title}\u202e\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    with pytest.raises(ImportFormatError) as caught:
        parse_invitation(ics, "UTC")
    message = str(caught.value)
    assert message.endswith("or add the interview by hand.")
    assert "repeats (RRULE)" in message and "…" in message  # the cut is visible
    assert "\u202e" not in message  # no control character that would reverse what follows


def test_the_widest_settings_an_import_accepts_open_every_window(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    import json

    from desktop_app.store.interchange import export_json, import_json

    interview_id = save_interview(sample_interview(clock.now - timedelta(hours=2)))
    person_id = load_interview(interview_id).interviewers[0].id
    doc = json.loads(export_json())
    doc["settings"].update({
        "mail_account": {"host": "smtp.example.com", "port": 65535, "security": "ssl", "timeout": 600,
                         "user": HOSTILE.replace(" ", ""), "sender": "me@example.com", "sender_name": HOSTILE,
                         "ca_file": "/nonexistent/ca.pem", "a_key_of_a_newer_version": [1, 2]},
        "email_templates": [{"name": HOSTILE, "subject": HOSTILE, "body": "$first_name " * 10_000}],
        "my_addresses": ["me@example.com"] * 100,
        "plan_rules": {"notes_remind_minutes": 0, "notes_due_minutes": 10 * 366 * 24 * 60},
        "return_address": HOSTILE * 30,
        "card_template": "x" * 100_000,
        "reminders_paused_until": "2200-01-01T00:00:00+00:00",
        "tray_hint_shown": True,
    })
    import_json(json.dumps(doc))
    window = make_window()
    window.menu_actions.settings_action.trigger()
    assert window.dialogs.active is not None and window.dialogs.active.isVisible()
    window.dialogs.active.reject()
    compose = window.open_thank_you(interview_id, person_id)
    editor = window.cards.open(interview_id, person_id)
    assert editor is not None and editor.isVisible()
    qtbot.wait(20)
    assert compose is None or compose.isVisible()
    assert literal_problems() == []
