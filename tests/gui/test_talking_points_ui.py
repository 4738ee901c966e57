"""Talking points in the windows: phrases and owners in the debrief, the checker beside the drafts.

FINISH_STRONG_SCREENSHOTS=folder saves the debrief's points tab and the compose window there
(the docs' screenshots are taken this way).
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from desktop_app.domain.debrief import OpenQuestion, Referral
from desktop_app.domain.model import Person
from desktop_app.store.debrief_store import (
    load_debrief,
    save_personal_notes,
    save_questions,
    save_referrals,
    save_section,
    save_talked_about,
)
from desktop_app.store.interviews import load_interview, save_interview
from desktop_app.store.mail_settings import save_account
from desktop_app.store.talking_point_store import load_points
from desktop_app.ui.debrief.talking_points_editor import OWNER, PHRASE
from tests import draft_fixture as fx
from tests.mail_server import PASSWORD, MailServer

from .conftest import sample_interview
from .test_compose import open_compose
from .test_debrief import open_debrief

pytestmark = [pytest.mark.filterwarnings("ignore:Session.login_data is deprecated:DeprecationWarning"),
              pytest.mark.usefixtures("no_keyring")]  # tests/gui/conftest.py
SHOTS = os.environ.get("FINISH_STRONG_SCREENSHOTS")


def panel_interview(clock) -> tuple[int, dict[str, int]]:  # type: ignore[no-untyped-def]
    """The golden-draft fixture, stored: a panel of three with notes, questions and a referral."""
    interview = sample_interview(clock.now - timedelta(hours=3))
    interview.round = "Panel"
    interview.interviewers = [Person(p.name, title=p.title, email=p.email) for p in fx.people()]
    interview_id = save_interview(interview)
    ids = {p.name.split()[0]: p.id for p in load_interview(interview_id).interviewers}
    by_fixture = {fx.ZOE: ids["Zoë"], fx.SAM: ids["Sam"], fx.DANA: ids["Dana"]}
    for key, text in fx.SECTIONS.items():
        save_section(interview_id, key, text)
    for who, text in fx.TALKED.items():
        save_talked_about(interview_id, by_fixture[who], text)
    for who, text in fx.PERSONAL.items():
        save_personal_notes(by_fixture[who], text)
    save_questions(interview_id, [OpenQuestion(q, a, answered, asked_by=by_fixture.get(who) if who else None)
                                  for q, a, answered, who in fx.QUESTIONS])
    save_referrals(interview_id, [Referral("Ana Lima", "Lumen & Co.", "ana@lumen.example",
                                           suggested_by=by_fixture[fx.DANA])])
    return interview_id, ids


def _row(debrief, note_start: str) -> int:  # type: ignore[no-untyped-def]
    table = debrief.points.table
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(f"★ {note_start}"))


def test_the_debrief_shows_each_points_phrase_and_owner_and_keeps_edits(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id, ids = panel_interview(clock)
    window = make_window()
    debrief = open_debrief(window, interview_id)
    debrief.tabs.setCurrentIndex(debrief.points_tab)
    table = debrief.points.table
    assert table.rowCount() == 6
    zoe_row = _row(debrief, "Her team's")
    owner = table.cellWidget(zoe_row, OWNER)
    assert isinstance(owner, QComboBox) and owner.currentText() == "Zoë Ñúñez" and not owner.isEnabled()
    assert table.item(zoe_row, PHRASE).text() == "your team's on-call rotation"
    launch_row = _row(debrief, "Launch")
    launch_owner = table.cellWidget(launch_row, OWNER)
    assert launch_owner.currentText() == "Whole interview" and launch_owner.isEnabled()
    assert table.item(launch_row, PHRASE).text() == "the launch of the self-serve analytics tier"

    # Give the launch to Sam; reword Zoë's point, as a user would, by typing into the cell.
    launch_owner.setCurrentIndex(launch_owner.findData(ids["Sam"]))
    qtbot.waitUntil(lambda: table.cellWidget(_row(debrief, "Launch"), OWNER) is not launch_owner, timeout=3000)
    zoe_row = _row(debrief, "Her team's")
    table.setCurrentCell(zoe_row, PHRASE)
    table.editItem(table.item(zoe_row, PHRASE))
    editor = table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "how your team runs its on-call rotation")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(_row(debrief, "Her team's"), PHRASE).font().italic(), timeout=3000)
    points = {p.note: p for p in load_points(interview_id)}
    assert points["Her team's on-call rotation."].phrase == "how your team runs its on-call rotation"
    assert points["Launch of the self-serve analytics tier"].owner == ids["Sam"]
    assert table.item(_row(debrief, "Her team's"), PHRASE).font().italic()  # the user's own words

    # A note edited afterwards keeps the user's phrase (it follows its line).
    debrief.tabs.setCurrentIndex(1)
    save_talked_about(interview_id, ids["Zoë"], "★ Her team's on-call rotations!")
    debrief.tabs.setCurrentIndex(debrief.points_tab)
    assert table.item(_row(debrief, "Her team's"), PHRASE).text() == "how your team runs its on-call rotation"
    if SHOTS:
        debrief.resize(1100, 560)
        debrief.grab().save(str(Path(SHOTS) / "debrief-talking-points.png"))

    # Reset brings back the derived phrase.
    table.selectRow(_row(debrief, "Her team's"))
    debrief.points.reset.click()
    assert table.item(_row(debrief, "Her team's"), PHRASE).text() == "your team's on-call rotations"
    debrief.close()


def test_questions_remember_who_asked(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id, ids = panel_interview(clock)
    window = make_window()
    debrief = open_debrief(window, interview_id)
    asker = debrief.questions.table.cellWidget(1, 3)
    assert asker.currentText() == "Sam Okafor"
    asker.setCurrentIndex(asker.findData(ids["Dana"]))
    qtbot.waitUntil(lambda: load_debrief(interview_id).questions[1].asked_by == ids["Dana"], timeout=3000)
    assert debrief.questions.table.horizontalHeaderItem(2).text() == "Answered in the interview"
    debrief.close()


def test_the_window_opens_on_the_findings_of_the_drafts_it_shows(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    """No flash of "does not name Zoë / 0 words" (the empty editor's findings) before the first recheck."""
    interview_id, _ = panel_interview(clock)
    window = make_window()
    compose = open_compose(window, interview_id)  # no event-loop turn since: what the user sees first
    zoe, sam, _ = compose.pages
    assert zoe.checker.title.text() == "Draft check: nothing to fix"
    assert sam.checker.title.text() == "Draft check: 1 to look at"
    assert "Would you relocate to Berlin?" in sam.checker.list.item(0).text()


def test_the_compose_window_checks_each_draft_live_and_asks_once_before_sending(  # type: ignore[no-untyped-def]
        qtbot, make_window, clock, tmp_path: Path) -> None:
    interview_id, ids = panel_interview(clock)
    window = make_window()
    compose = open_compose(window, interview_id)
    zoe, sam, dana = compose.pages
    assert zoe.template.currentText() == "After a panel"
    bodies = [p.body.toPlainText() for p in compose.pages]
    assert len(set(bodies)) == 3  # interviewers compare notes
    assert "your team's on-call rotation" in bodies[0] and "on-call" not in bodies[1] + bodies[2]
    assert "blog post" not in "".join(bodies) and "Ana Lima" in bodies[2]
    assert [f.rule for f in zoe.checker.findings()] == []
    assert [f.rule for f in sam.checker.findings()] == ["answer"]  # "Would you relocate to Berlin?" is open

    compose.tabs.setCurrentIndex(0)
    cursor = zoe.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    zoe.body.setTextCursor(cursor)
    zoe.body.setFocus()
    qtbot.keyClicks(zoe.body, "Just checking in. ")
    assert zoe.checker.title.text() == "Draft check: nothing to fix"
    qtbot.waitUntil(lambda: zoe.checker.title.text() == "Draft check: 1 to look at", timeout=3000)
    assert zoe.checker.list.count() == 1
    item = zoe.checker.list.item(0)
    assert "stock filler" in item.text() and "Cut it" in item.text()
    zoe.checker.list.itemClicked.emit(item)
    assert zoe.body.textCursor().selectedText() == "Just checking in"

    with MailServer(tmp_path) as server:
        save_account(server.account())
        compose.passwords.set(server.account().host, server.account().user, PASSWORD)
        compose.send()
        box = compose.dialogs.active
        assert isinstance(box, QMessageBox) and "stock filler" in box.text()
        next(b for b in box.buttons() if b.text() == "Send anyway").click()
        qtbot.waitUntil(lambda: len(server.messages) == 1 and compose.job is None, timeout=15000)
        assert not isinstance(compose.dialogs.active, QMessageBox)  # asked once, not again per finding

    # Sam's draft, reworded carelessly: each problem is pointed at, with how to fix it.
    compose.tabs.setCurrentIndex(1)
    sam.body.setPlainText(sam.body.toPlainText().replace("Dear Sam,", "Dear Sma,").replace(
        "I came away", "I just wanted to touch base: she mentioned the team is growing. I came away"))
    qtbot.waitUntil(lambda: sam.checker.list.count() == 5, timeout=3000)
    assert [f.rule for f in sam.checker.findings()] == ["name", "answer", "third_person", "filler", "filler"]
    texts = [sam.checker.list.item(i).text() for i in range(sam.checker.list.count())]
    assert any("“Sma”" in t and "Write “Sam”" in t for t in texts)
    if SHOTS:
        compose.resize(1100, 680)
        compose.grab().save(str(Path(SHOTS) / "thank-you-checker.png"))
