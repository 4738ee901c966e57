"""Step 1 in the window: the debrief, its talking points, referrals, next round, search."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop_app.domain.model import Step
from desktop_app.store.debrief_store import load_debrief, save_section
from desktop_app.store.follow_up_queries import checklist
from desktop_app.store.interviews import save_interview
from desktop_app.ui.debrief.debrief_window import DebriefWindow

from .conftest import sample_interview


def open_debrief(window, interview_id: int) -> DebriefWindow:  # type: ignore[no-untyped-def]
    window.select_interview(interview_id)
    window.details.debrief.click()
    debrief = window.debriefs.windows[interview_id]
    assert debrief.isVisible()
    return debrief


def test_fill_a_debrief_flag_a_talking_point_and_find_it_again_after_reopening(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now - timedelta(hours=2)))
    window = make_window()
    debrief = open_debrief(window, interview_id)
    editor = debrief.sections["discussed"]
    editor.setFocus()
    qtbot.keyClicks(editor, "Their move to Kubernetes")
    qtbot.keyClick(editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # flag the line
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Plain remark")
    qtbot.waitUntil(lambda: "Plain remark" in load_debrief(interview_id).sections["discussed"], timeout=3000)
    assert load_debrief(interview_id).all_talking_points() == ["Their move to Kubernetes"]
    assert debrief.status.text().startswith("Saved")

    debrief.close()
    assert interview_id not in window.debriefs.windows
    again = open_debrief(window, interview_id)
    assert again is not debrief
    assert again.sections["discussed"].toPlainText() == "★ Their move to Kubernetes\nPlain remark"


def test_closing_saves_what_was_typed_a_moment_ago(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now))
    window = make_window()
    debrief = open_debrief(window, interview_id)
    editor = debrief.sections["observations"]
    qtbot.keyClicks(editor, "Typed and closed at once")
    debrief.close()  # no wait for the autosave timer
    assert load_debrief(interview_id).sections["observations"] == "Typed and closed at once"


def test_huge_pasted_text_emoji_rtl_and_markup_are_kept_literally(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now))
    window = make_window()
    debrief = open_debrief(window, interview_id)
    pasted = ("<b>not bold</b> <script>x</script> 🚀 مرحبا بالعالم\n" * 22_000)[:1_048_576]
    debrief.sections["anything_else"].setPlainText(pasted)
    debrief.close()
    assert load_debrief(interview_id).sections["anything_else"] == pasted
    again = open_debrief(window, interview_id)
    assert again.sections["anything_else"].toPlainText() == pasted


def test_a_referral_creates_its_follow_up_and_done_asks_for_the_outcome(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now - timedelta(hours=3)))
    window = make_window()
    debrief = open_debrief(window, interview_id)
    debrief.tabs.setCurrentWidget(debrief.referrals)
    qtbot.mouseClick(debrief.referrals.add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(debrief.referrals.name, "Ana Lima")
    assert "No way to reach them" in debrief.referrals.warning.text()  # allowed, but flagged
    debrief.autosaver.flush()

    rows = checklist(interview_id)
    referral_rows = [r for r in rows if r.step == Step.REFERRAL]
    assert [r.person for r in referral_rows] == ["Ana Lima"]
    tree = window.details.checklist
    labels = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert labels[-1].endswith("Contact the referral — Ana Lima")

    tree.topLevelItem(len(labels) - 1).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, QInputDialog))
    dialog = window.dialogs.active
    dialog.setTextValue("Coffee next Tuesday")
    dialog.accept()
    assert checklist(interview_id)[-1].done_at == clock.now
    assert load_debrief(interview_id).referrals[0].outcome == "Coffee next Tuesday"


def test_cancelling_the_referral_outcome_leaves_the_follow_up_open(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now - timedelta(hours=3)))
    window = make_window()
    debrief = open_debrief(window, interview_id)
    debrief.referrals.add_referral()
    debrief.referrals.organization.setText("Women in Tech")
    debrief.referrals.organization.textEdited.emit("Women in Tech")
    debrief.close()
    tree = window.details.checklist
    last = tree.topLevelItemCount() - 1
    tree.topLevelItem(last).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, QInputDialog))
    window.dialogs.active.reject()
    assert checklist(interview_id)[-1].done_at is None
    assert window.details.checklist.topLevelItem(last).checkState(0) == Qt.CheckState.Unchecked


def test_notes_done_ticks_step_one(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now - timedelta(hours=1)))
    window = make_window()
    debrief = open_debrief(window, interview_id)
    qtbot.keyClicks(debrief.sections["observations"], "Went well")
    qtbot.mouseClick(debrief.done_button, Qt.MouseButton.LeftButton)
    notes = checklist(interview_id)[0]
    assert notes.step == Step.NOTES and notes.done_at == clock.now
    assert not debrief.done_button.isEnabled()
    assert load_debrief(interview_id).sections["observations"] == "Went well"
    assert window.details.checklist.topLevelItem(0).checkState(0) == Qt.CheckState.Checked


def test_the_next_round_shows_the_earlier_rounds_notes(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    first = save_interview(sample_interview(clock.now - timedelta(days=7), company="Northwind"))
    save_section(first, "discussed", "★ They are moving to <i>Rust</i>\nsmall talk")
    second = save_interview(sample_interview(clock.now + timedelta(days=1), company="  northwind "))
    window = make_window()
    debrief = open_debrief(window, second)
    assert debrief.earlier_button.isEnabled() and "(1)" in debrief.earlier_button.text()
    assert not debrief.earlier.isVisible()
    qtbot.mouseClick(debrief.earlier_button, Qt.MouseButton.LeftButton)  # one click away
    assert debrief.earlier.isVisible()
    assert "★ They are moving to <i>Rust</i>" in debrief.earlier.toPlainText()  # literally, not rendered


def test_search_as_you_type_and_open_the_result(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now, company="Zeppelin Labs"))
    save_section(interview_id, "conferences", "Speaking at <b>PyCon</b> in May")
    window = make_window()
    window.menu_actions.find_action.trigger()
    assert window.focusWidget() is window.search_box
    qtbot.keyClicks(window.search_box, "pyco")
    qtbot.waitUntil(lambda: window.search_panel.tree.topLevelItemCount() == 1)
    assert window.right_stack.currentWidget() is window.search_panel
    group = window.search_panel.tree.topLevelItem(0)
    assert group.text(0).startswith("Zeppelin Labs — Product Manager")
    hit = group.child(0)
    assert hit.text(0) == "Upcoming conferences: Speaking at <b>PyCon</b> in May"
    assert "<b><u>PyCon</u></b>" in hit.data(0, Qt.ItemDataRole.UserRole + 1)  # match highlighted
    assert "&lt;b&gt;" in hit.data(0, Qt.ItemDataRole.UserRole + 1)  # typed markup escaped

    window.search_panel.tree.itemActivated.emit(hit, 0)
    assert window.selected_interview == interview_id
    debrief = window.debriefs.windows[interview_id]
    assert debrief.tabs.currentIndex() == 0 and debrief.focusWidget() is debrief.sections["conferences"]

    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.right_stack.currentWidget() is not window.search_panel


def test_a_search_with_no_match_says_so(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    save_interview(sample_interview(clock.now))
    window = make_window()
    window.search_box.setText('zzz "AND" NEAR(')
    window.search_panel.run()
    # Searches run off the GUI thread: wait for this request's answer.
    qtbot.waitUntil(lambda: window.search_panel.shown_generation == window.search_panel.runner.generation)
    assert window.search_panel.tree.topLevelItemCount() == 0
    assert "No notes, people or companies match" in window.search_panel.summary.text()


def test_a_megabyte_of_notes_is_searchable_once_typing_pauses_and_after_closing(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.store.search import search_grouped
    from desktop_app.ui.debrief import debrief_window

    interview_id = save_interview(sample_interview(clock.now))
    save_section(interview_id, "discussed", "Earlier line about kubernetes.\n" * 35_000)  # ~1 MB
    window = make_window()
    debrief = open_debrief(window, interview_id)
    editor = debrief.sections["discussed"]
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "zanzibar ")
    assert debrief.flush_all()  # the text is saved at once (by the writer thread)...
    assert load_debrief(interview_id).sections["discussed"].endswith("zanzibar ")
    assert debrief.index_timer.isActive() and debrief.index_timer.interval() == debrief_window.INDEX_AFTER_PAUSE_MS
    debrief.index_timer.timeout.emit()  # ...and found by search once typing pauses
    assert [g.interview_id for g in search_grouped("zanzibar")] == [interview_id]
    qtbot.keyClicks(editor, "quokka")
    debrief.close()  # closing right away brings the index up to date too
    assert [g.interview_id for g in search_grouped("quokka")] == [interview_id]


def test_a_paste_beyond_the_note_cap_is_refused_with_the_reason(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from desktop_app.domain.debrief import MAX_NOTE_CHARS

    interview_id = save_interview(sample_interview(clock.now))
    window = make_window()
    debrief = open_debrief(window, interview_id)
    editor = debrief.sections["anything_else"]
    qtbot.keyClicks(editor, "Kept. ")
    QApplication.clipboard().setText(("x" * 99 + "\n") * (MAX_NOTE_CHARS // 100))  # lines: one huge line is slow
    editor.paste()
    assert editor.toPlainText() == "Kept. "
    assert "Not pasted" in debrief.status.text() and f"{MAX_NOTE_CHARS:,}" in debrief.status.text()
    room = MAX_NOTE_CHARS - 6
    QApplication.clipboard().setText(("y" * 99 + "\n") * (room // 100) + "y" * (room % 100))  # up to the cap: allowed
    editor.paste()
    debrief.close()
    assert len(load_debrief(interview_id).sections["anything_else"]) == MAX_NOTE_CHARS


def test_a_long_note_written_while_another_program_holds_the_lock_is_kept_and_retried(  # type: ignore[no-untyped-def]
        qtbot, make_window, clock, data_dir) -> None:
    from desktop_app.paths import database_path
    from tests.fs_faults import locked_by_another_process

    interview_id = save_interview(sample_interview(clock.now))
    save_section(interview_id, "discussed", "Earlier line.\n" * 20_000)  # over INDEX_LATER_CHARS
    window = make_window()
    debrief = open_debrief(window, interview_id)
    editor = debrief.sections["discussed"]
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "typed during the lock")
    with locked_by_another_process(database_path(data_dir), exclusive=False):  # a long import elsewhere
        assert not debrief.flush_all()  # the writer thread met the lock (after the busy timeout)
        assert "Not saved yet" in debrief.status.text() and "another program" in debrief.status.text()
        assert debrief.autosaver.pending  # still unsaved: retried
        assert editor.toPlainText().endswith("typed during the lock")  # the text is still on screen
    assert debrief.flush_all()
    assert load_debrief(interview_id).sections["discussed"].endswith("typed during the lock")
