"""The card editor as a user meets it: opened from the checklist, the menu and the reminder;
autosaved; the fit indicator; printing (dialog, preview, PDF), envelopes, today's drafts."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.domain.model import Step
from desktop_app.printing import card_jobs
from desktop_app.store import card_store
from desktop_app.store.debrief_store import save_talked_about
from desktop_app.store.follow_up_queries import checklist
from desktop_app.store.interviews import save_interview
from desktop_app.store.settings_store import (
    load_card_template,
    load_return_address,
    save_card_template,
    save_return_address,
)
from desktop_app.ui.cards import print_flow
from desktop_app.ui.cards.card_editor import CardEditor
from desktop_app.ui.reminders.reminder_controller import ReminderController
from desktop_app.ui.settings.settings_dialog import SettingsDialog

from .conftest import sample_interview
from .pdf_tools import page_sizes, text_lines

JOB_NAMES: list[str] = []  # what each printer the app made calls its job


@pytest.fixture
def pdf_printer(monkeypatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Every printer the app creates prints to a PDF file: the print dialog is driven as a user would."""
    target = tmp_path / "printed.pdf"

    def printer(name: str | None = None, job_name: str = "") -> QPrinter:
        made = card_jobs.new_printer(name, job_name)
        JOB_NAMES.append(made.docName())
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(target))
        return made

    monkeypatch.setattr(print_flow, "new_printer", printer)
    JOB_NAMES.clear()
    return target


def _interview_with_cards(clock, people: int = 2) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now - timedelta(hours=3), people=people))
    person_ids = [p for p, _ in card_store.interviewers(interview_id)]
    save_talked_about(interview_id, person_ids[0], "★ the move to streaming <b>now</b>")
    save_return_address("Alex Kim\n5 Elm St\nPortland, OR 97201")
    return interview_id, person_ids


def _card_row(interview_id: int, person: str):  # type: ignore[no-untyped-def]
    return next(r for r in checklist(interview_id) if r.step is Step.HANDWRITTEN_NOTE and r.person == person)


def test_handwritten_row_opens_a_prefilled_draft_that_autosaves(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id, (dana0, _) = _interview_with_cards(clock)
    window = make_window()
    window.select_interview(interview_id)
    row = _card_row(interview_id, "Dana Reyes 0")
    item = window.details.checklist.item_for(row.id)
    window.details.checklist.itemActivated.emit(item, 0)
    editor = window.cards.editors[(interview_id, dana0)]
    assert editor.isVisible()
    assert editor.text.toPlainText().startswith("Dear Dana,")
    assert "the move to streaming <b>now</b>" in editor.text.toPlainText()
    assert "Fits:" in editor.fit.text() and "good length" in editor.words.text()
    editor.text.selectAll()
    qtbot.keyClicks(editor.text, "Thank you, ")
    editor.text.insertPlainText("Zoë Ñúñez! <i>x</i> 🙏")  # QTest types ASCII only
    qtbot.waitUntil(lambda: not editor.autosaver.pending, timeout=3000)
    assert card_store.load_card_draft(interview_id, dana0).text == "Thank you, Zoë Ñúñez! <i>x</i> 🙏"
    editor.size_box.setCurrentIndex(editor.size_box.findData("a7"))
    editor.close()
    again = window.cards.open(interview_id, dana0)
    assert again is not editor and again.size_box.currentData() == "a7"
    assert again.text.toPlainText() == "Thank you, Zoë Ñúñez! <i>x</i> 🙏"
    again.close()


def test_menu_entry_with_shortcut_opens_the_selected_card(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id, (_, dana1) = _interview_with_cards(clock)
    window = make_window()
    action = window.cards.card_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+H")
    assert not action.isEnabled()  # nothing selected yet
    window.select_interview(interview_id)
    window.details.checklist.setCurrentItem(window.details.checklist.item_for(_card_row(interview_id,
                                                                                        "Dana Reyes 1").id))
    action.trigger()
    assert (interview_id, dana1) in window.cards.editors
    assert window.cards.print_today_action.shortcut() == QKeySequence("Ctrl+Shift+D")
    window.editors.close_all()


def test_the_handwritten_reminder_opens_its_card(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id, (dana0, _) = _interview_with_cards(clock)
    window = make_window()
    controller = ReminderController(window.reminder_host, clock, use_tray=False, prefer_dbus=False)
    window.reminders = controller
    controller.on_action(_card_row(interview_id, "Dana Reyes 0").id, "open")
    assert (interview_id, dana0) in window.cards.editors
    controller.stop()
    window.editors.close_all()


def test_fit_indicator_says_how_many_lines_too_long(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id, (dana0, _) = _interview_with_cards(clock)
    window = make_window()
    editor = window.cards.open(interview_id, dana0)
    editor.text.setPlainText("A sentence that goes on and on for a card. " * 14)
    editor.size_box.setCurrentIndex(editor.size_box.findData("a2"))
    assert "lines too long for a 4¼×5½ in card" in editor.fit.text()
    assert "shorten" in editor.words.text()  # 140 words: both say so
    editor.text.setPlainText("A sentence that goes on and on for a card. " * 5)  # 50 words, too wide a spacing
    editor.spacing.setValue(17.0)
    assert editor.fit.text().startswith("Does not fit")
    assert editor.words.text() == "50 words."  # never "a good length" beside "does not fit"
    editor.spacing.setValue(8.0)
    editor.size_box.setCurrentIndex(editor.size_box.findData("a7"))
    editor.spacing.setValue(5.0)
    assert editor.fit.text().startswith("Fits:")
    editor.close()


def test_print_dialog_prints_the_card_and_ticks_draft_printed(qtbot, make_window, clock, pdf_printer) -> None:  # type: ignore[no-untyped-def]
    interview_id, (dana0, _) = _interview_with_cards(clock)
    window = make_window()
    window.select_interview(interview_id)
    editor = window.cards.open(interview_id, dana0)
    editor.print_dialog()
    dialog = editor.dialogs.active
    assert isinstance(dialog, QPrintDialog)
    dialog.accept()
    assert JOB_NAMES == ["Thank-you card — Dana Reyes 0"]  # the print queue names what it prints
    assert page_sizes(pdf_printer) == [(306.0, 396.0)]
    assert any("Dear Dana," in line for line in text_lines(pdf_printer))
    row = _card_row(interview_id, "Dana Reyes 0")
    assert row.printed_at == clock.now and row.done_at is None  # printed is not mailed
    assert "Printed" in window.details.checklist.item_for(row.id).text(2)
    editor.close()


def test_a_draft_that_does_not_fit_asks_before_printing(qtbot, make_window, clock, pdf_printer) -> None:  # type: ignore[no-untyped-def]
    interview_id, (dana0, _) = _interview_with_cards(clock)
    window = make_window()
    editor = window.cards.open(interview_id, dana0)
    editor.text.setPlainText("Far too long for this card, really. " * 30)
    editor.print_preview()
    box = editor.dialogs.active
    assert isinstance(box, QMessageBox) and "lines too long for a 4¼×5½ in card" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not pdf_printer.exists() and _card_row(interview_id, "Dana Reyes 0").printed_at is None
    editor.text.setPlainText("Short and sweet.")
    editor.print_preview()  # it fits now, but the checker still has findings: asked once, no fit question
    box = editor.dialogs.active
    assert isinstance(box, QMessageBox) and "short for a card" in box.text() and "too long" not in box.text()
    next(b for b in box.buttons() if b.text() == "Preview anyway").click()
    assert isinstance(editor.dialogs.active, QPrintPreviewDialog)
    editor.dialogs.active.reject()
    editor.close()


def test_save_as_pdf_writes_the_card(qtbot, make_window, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    interview_id, (dana0, _) = _interview_with_cards(clock)
    window = make_window()
    editor = window.cards.open(interview_id, dana0)
    editor.target_box.setCurrentIndex(editor.target_box.findData("a4"))
    editor.save_pdf()
    dialog = editor.dialogs.active
    assert isinstance(dialog, QFileDialog)
    dialog.selectFile(str(tmp_path / "card.pdf"))
    dialog.accept()
    assert [tuple(map(round, s)) for s in page_sizes(tmp_path / "card.pdf")] in ([(595, 842)], [(842, 595)])
    assert "Saved" in editor.status.text()
    editor.close()


def test_save_as_pdf_asks_once_when_the_checker_has_findings(qtbot, make_window, clock,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    interview_id, (dana0, _) = _interview_with_cards(clock)
    window = make_window()
    editor = window.cards.open(interview_id, dana0)
    editor.text.setPlainText("Dear Dana, just checking in. " * 20)  # filler, and too long for the card
    editor.save_pdf()
    box = editor.dialogs.active
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Before you save"
    assert "stock" in box.text().lower() and "too long" in box.text()  # one question lists them all
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.dialogs.active is None and list(tmp_path.glob("*.pdf")) == []
    editor.save_pdf()
    next(b for b in editor.dialogs.active.buttons() if b.text() == "Save anyway").click()
    files = editor.dialogs.active
    assert isinstance(files, QFileDialog)  # no second "does not fit" question
    files.selectFile(str(tmp_path / "checked.pdf"))
    files.accept()
    assert any("just checking in" in line for line in text_lines(tmp_path / "checked.pdf"))
    assert _card_row(interview_id, "Dana Reyes 0").printed_at is None  # a PDF is not a printed draft
    editor.close()


def test_envelope_asks_for_missing_addresses_instead_of_printing_blank(qtbot, make_window, clock,  # type: ignore[no-untyped-def]
                                                                       tmp_path: Path) -> None:
    interview_id, (dana0, _) = _interview_with_cards(clock)
    save_return_address("")
    window = make_window()
    editor = window.cards.open(interview_id, dana0)
    editor.envelope()
    dialog = editor.dialogs.active
    dialog.pdf_button.click()
    assert dialog.error.isVisible()
    assert "Dana Reyes 0 has no postal address yet." in dialog.error.text()
    assert "return address is missing" in dialog.error.text()
    assert dialog.dialogs.active is None  # nothing to save: nothing printed
    dialog.recipient.setPlainText("Northwind <b>HQ</b>\n12 Harbour Road")
    assert dialog.error.isVisible() and "return address is missing" in dialog.error.text()
    assert "no postal address" not in dialog.error.text()  # what was filled in is no longer complained about
    dialog.return_address.setPlainText("Alex Kim\n5 Elm St")
    assert not dialog.error.isVisible()  # cleared as soon as both are filled
    dialog.size_box.setCurrentIndex(dialog.size_box.findData("dl"))
    assert editor.envelope_box.currentData() == "dl"  # the dialog and the editor show one choice
    dialog.pdf_button.click()
    assert not dialog.error.isVisible()
    files = dialog.dialogs.active
    assert isinstance(files, QFileDialog)
    assert Path(files.selectedFiles()[0]).name == "Envelope — Dana Reyes 0.pdf"
    files.selectFile(str(tmp_path / "envelope.pdf"))
    files.accept()
    [(width, height)] = page_sizes(tmp_path / "envelope.pdf")
    assert (round(width), round(height)) == (624, 312)
    printed = text_lines(tmp_path / "envelope.pdf")
    assert "Northwind <b>HQ</b>" in printed and "Alex Kim" in printed
    assert card_store.postal_address(dana0) == "Northwind <b>HQ</b>\n12 Harbour Road"  # kept on the profile
    assert load_return_address() == "Alex Kim\n5 Elm St"
    dialog.reject()
    editor.close()


def test_print_todays_drafts_on_sheets_in_one_action(qtbot, make_window, clock, pdf_printer) -> None:  # type: ignore[no-untyped-def]
    interview_id, person_ids = _interview_with_cards(clock, people=3)
    card_store.mark_printed([(interview_id, person_ids[2])], clock.now)  # already printed: left out
    card_store.ensure_card_draft(interview_id, person_ids[1], clock.now)
    card_store.save_card_text(interview_id, person_ids[1], "Dear Dana, <b>thanks</b> — I wanted to follow up.",
                              clock.now)
    window = make_window()
    window.cards.print_today_action.trigger()  # Dana 1's draft has findings: asked once, for all drafts
    box = window.dialogs.active
    assert isinstance(box, QMessageBox) and box.textFormat() == Qt.TextFormat.PlainText
    assert "• Dana Reyes 1: 5 to look at — The draft does not mention the company" in box.text()
    assert "<b>" not in box.text()  # the first finding only, not the draft's text
    assert "Dana Reyes 0" not in box.text()  # a draft with nothing to fix is not listed
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.dialogs.active is None and not pdf_printer.exists()
    assert len(card_store.pending_drafts(clock.now + timedelta(days=2))) == 2  # nothing marked printed
    window.cards.print_today_action.trigger()
    next(b for b in window.dialogs.active.buttons() if b.text() == "Print anyway").click()
    dialog = window.dialogs.active
    assert isinstance(dialog, QPrintDialog)  # no second question
    dialog.accept()
    sizes = page_sizes(pdf_printer)
    assert len(sizes) == 1 and {round(sizes[0][0]), round(sizes[0][1])} in ({612, 792}, {595, 842})
    printed = " ".join(text_lines(pdf_printer))
    assert printed.count("Dear Dana,") == 2
    assert card_store.pending_drafts(clock.now + timedelta(days=2)) == []
    assert "Printed 2 card drafts" in window.statusBar().currentMessage()
    window.cards.print_today_action.trigger()
    assert window.dialogs.active is None
    assert window.statusBar().currentMessage() == "No card drafts left to print today."


def test_settings_keep_return_address_and_reject_unknown_placeholders(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.menu_actions.settings_action.trigger()
    dialog = window.dialogs.active
    assert isinstance(dialog, SettingsDialog)
    dialog.cards.return_address.setPlainText("Zoë Ñúñez\n1 Rue <b>Bleue</b>\nParis")
    dialog.cards.template.setPlainText("Dear $frist_name, thanks!")
    dialog.accept()
    assert dialog.isVisible() and "$frist_name" in dialog.error.text()
    dialog.cards.template.setPlainText("Dear $first_name, thanks for $talking_point.")
    dialog.accept()
    assert not dialog.isVisible()
    assert load_return_address() == "Zoë Ñúñez\n1 Rue <b>Bleue</b>\nParis"
    assert load_card_template() == "Dear $first_name, thanks for $talking_point."


def test_editor_window_is_labelled_for_assistive_tech(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id, (dana0, _) = _interview_with_cards(clock)
    window = make_window()
    editor: CardEditor = window.cards.open(interview_id, dana0)
    for widget in (editor.text, editor.size_box, editor.orientation_box, editor.panel_box, editor.spacing,
                   editor.envelope_box, editor.fit):
        assert widget.accessibleName()
    assert editor.windowTitle().startswith("Card for Dana Reyes 0")
    assert editor.windowFlags() & Qt.WindowType.Window
    editor.close()


def test_start_again_from_the_template_can_be_undone(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id, (dana0, _) = _interview_with_cards(clock)
    window = make_window()
    editor = window.cards.open(interview_id, dana0)
    editor.text.setPlainText("My own words, kept.")
    save_card_template("Hi $first_name from $company; $unknown stays.")
    editor.restart.click()
    assert editor.text.toPlainText() == "Hi Dana from Northwind Analytics; $unknown stays."
    editor.text.undo()
    assert editor.text.toPlainText() == "My own words, kept."
    editor.close()
    assert card_store.load_card_draft(interview_id, dana0).text == "My own words, kept."


def test_a_busy_data_file_is_reported_not_a_crash(qtbot, make_window, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    interview_id, (dana0, _) = _interview_with_cards(clock)
    window = make_window()

    def locked(*_args: object) -> None:
        busy = sqlite3.OperationalError("database is locked")
        busy.sqlite_errorname = "SQLITE_BUSY"  # type: ignore[attr-defined]  # as SQLite sets it
        raise busy

    monkeypatch.setattr("desktop_app.ui.cards.card_editor.ensure_card_draft", locked)
    assert window.cards.open(interview_id, dana0) is None
    box = window.dialogs.active
    assert isinstance(box, QMessageBox) and "busy" in box.text()
    box.close()


def test_the_envelope_follows_the_card_unless_the_user_chose_one(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id, (dana0, _) = _interview_with_cards(clock)
    window = make_window()
    editor = window.cards.open(interview_id, dana0)
    assert (editor.size_box.currentData(), editor.envelope_box.currentData()) == ("a2", "a2")
    editor.size_box.setCurrentIndex(editor.size_box.findData("a7"))
    assert editor.envelope_box.currentData() == "a7"
    editor.size_box.setCurrentIndex(editor.size_box.findData("iso_a6"))
    assert editor.envelope_box.currentData() == "c6"
    editor.envelope_box.setCurrentIndex(editor.envelope_box.findData("dl"))  # chosen on purpose
    editor.size_box.setCurrentIndex(editor.size_box.findData("a2"))
    assert editor.envelope_box.currentData() == "dl"
    editor.envelope()
    assert editor.dialogs.active.size_box.currentData() == "dl"  # the dialog opens on the same choice
    editor.dialogs.active.reject()
    editor.autosaver.flush()
    assert card_store.ensure_card_draft(interview_id, dana0, clock.now).envelope == "dl"
    editor.close()


def test_save_as_pdf_opens_where_the_last_file_was_saved(qtbot, make_window, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    interview_id, (dana0, sam) = _interview_with_cards(clock)
    window = make_window()
    editor = window.cards.open(interview_id, dana0)
    editor.save_pdf()
    files = editor.dialogs.active
    assert Path(files.selectedFiles()[0]).name == "Thank-you card — Dana Reyes 0.pdf"
    folder = tmp_path / "Cards ✉"
    folder.mkdir()
    files.selectFile(str(folder / "first.pdf"))
    files.accept()
    editor.close()
    other = window.cards.open(interview_id, sam)
    other.save_pdf()  # no talking point of Sam's in the draft: asked first
    next(b for b in other.dialogs.active.buttons() if b.text() == "Save anyway").click()
    assert Path(other.dialogs.active.selectedFiles()[0]).parent == folder  # not the home folder again
    other.dialogs.active.reject()
    window.invitations.choose_export_file()
    assert Path(window.dialogs.active.selectedFiles()[0]).parent == folder  # every file dialog shares it
    window.dialogs.active.reject()
    other.close()
