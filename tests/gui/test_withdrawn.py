"""A withdrawn interview's open steps are shown as withdrawn in the agenda and the checklist, never overdue."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt

from desktop_app.domain.model import Status
from desktop_app.store.interviews import save_interview

from .conftest import sample_interview


def test_withdrawn_steps_are_withdrawn_not_overdue(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    started = clock.now - timedelta(days=2)
    interview_id = save_interview(replace(sample_interview(started, company="Cancelled <i>Co</i>"),
                                          status=Status.WITHDRAWN))
    window = make_window()
    window.select_interview(interview_id)
    checklist = window.details.checklist
    rows = [checklist.topLevelItem(i) for i in range(checklist.topLevelItemCount())]
    assert rows and all(row.text(2).startswith("Withdrawn") for row in rows)
    assert all(row.checkState(0) == Qt.CheckState.Unchecked for row in rows)
    notes_day = rows[0]  # the notes step, due at the interview's end, two days ago
    assert notes_day.foreground(0).color().name() != "#dc2626"  # not the overdue red
    window.calendar.setSelectedDate(started.astimezone().date())
    window.show_selected_day()
    texts = [window.agenda.list.item(i).text() for i in range(window.agenda.list.count())]
    follow_ups = [t for t in texts if "Interview:" not in t]
    assert follow_ups and all("(withdrawn)" in t and "overdue" not in t and " due" not in t for t in follow_ups)
    window.grab().save("/tmp/finish-strong-withdrawn.png")
