"""An interview deleted on another computer (its deletion marker, docs/SYNC.md) lands in the trash here
with an Undo entry, as if deleted here: Ctrl+Z brings it back with its notes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.store.debrief_store import load_debrief, save_section
from desktop_app.store.interviews import find_interview, save_interview
from desktop_app.store.models import Interview
from desktop_app.store.sync_store import trash_interview
from desktop_app.sync.report import SyncReport
from desktop_app.ui.app.sync_controller import SyncController
from tests.gui.conftest import sample_interview


def test_a_sync_that_trashed_interviews_offers_undo_for_each(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    start = datetime.now(UTC) + timedelta(days=2)
    first = save_interview(sample_interview(start, company="Zq <b>Acme</b> ☃"))
    second = save_interview(sample_interview(start + timedelta(days=1), company="Second Co"))
    save_section(first, "observations", "notes only on this computer ZqKeep")
    window = make_window()
    controller = SyncController(window.statusBar(), window.events.data_changed, parent=window)
    controller.trashed.connect(window.trashed_elsewhere)
    report = SyncReport()
    for interview_id in (first, second):  # what the sync's pull did in its thread
        trashed = trash_interview(Interview.get_by_id(interview_id).uid, datetime.now(UTC))
        assert trashed == interview_id
        report.trashed.append(trashed)
    report.down["deleted"] = 2
    controller._show(report)
    assert window.statusBar().currentMessage() == "2 interviews deleted on another computer. Undo with Ctrl+Z."
    assert window.undo_stack.count() == 2
    assert window.undo_stack.undoText() == "Delete Second Co — Product Manager"
    assert find_interview(first) is None and find_interview(second) is None
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert find_interview(first) is not None and find_interview(second) is not None
    assert load_debrief(first).sections["observations"] == "notes only on this computer ZqKeep"
    window.undo_stack.redo()  # and deleting it again is the app's own Delete
    assert find_interview(first) is None


def test_one_interview_is_worded_in_the_singular_and_none_says_nothing(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(datetime.now(UTC) + timedelta(days=2)))
    window = make_window()
    window.trashed_elsewhere([])
    assert window.statusBar().currentMessage() == "" and window.undo_stack.count() == 0
    trash_interview(Interview.get_by_id(interview_id).uid, datetime.now(UTC))
    window.trashed_elsewhere([interview_id])
    assert window.statusBar().currentMessage() == "1 interview deleted on another computer. Undo with Ctrl+Z."
    assert trash_interview(Interview.get_by_id(interview_id).uid, datetime.now(UTC)) is None  # already there
