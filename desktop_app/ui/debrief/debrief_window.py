"""The debrief: step 1, "write notes immediately after the interview".

No Save button: every field autosaves (see autosave.py). The window can stay open
beside the main window while the user writes.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.debrief import SECTIONS
from ...domain.model import Step
from ...store.debrief_store import (
    INDEX_LATER_CHARS,
    EarlierRound,
    complete_notes_step,
    earlier_round_ids,
    earlier_rounds,
    index_section,
    load_debrief,
    save_personal_notes,
    save_questions,
    save_referrals,
    save_section,
    save_talked_about,
)
from ...store.follow_up_queries import checklist
from ...store.interviews import load_interview
from ..main.interview_dialog import ERROR_STYLE
from ..shared.accessible_windows import accessible_window
from ..shared.announce import say
from ..shared.autosave import Autosaver
from ..shared.domain_words import domain_text
from ..shared.errors import ENVIRONMENT_ERRORS, short_reason
from ..shared.formatting import datetime_text, time_text
from ..shared.labels import heading, hint, menu_text, plain_label
from .earlier_rounds import earlier_rounds_text
from .note_editor import TOGGLE_SHORTCUT, NoteEditor
from .questions_editor import QuestionsEditor
from .referrals_editor import ReferralsEditor
from .section_writer import SectionWriter
from .talking_points_editor import TalkingPointsEditor

#: A very long section is re-indexed for search this long after the last autosave.
INDEX_AFTER_PAUSE_MS = 3000


@accessible_window
class DebriefWindow(QWidget):
    #: The plan changed (a referral added or removed, the notes step ticked).
    plan_changed = Signal()
    #: Emitted once everything is saved and the window is going away.
    closed = Signal(int)

    def __init__(self, interview_id: int, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.interview_id = interview_id
        self.clock = clock
        interview = load_interview(interview_id)
        debrief = load_debrief(interview_id)
        self.rounds: list[EarlierRound] | None = None  # loaded when the panel is first opened
        self.round_ids = earlier_round_ids(interview_id)
        company_role = interview.title
        self.setWindowTitle(self.tr("Debrief: %1").replace("%1", company_role))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(980, 720)
        self.autosaver = Autosaver(self)

        title = heading(1.25, "debriefTitle")
        title.setText(company_role)
        when = plain_label(f"{datetime_text(interview.start)}–{time_text(interview.end)}"
                      + (f" · {domain_text(interview.round)}" if interview.round else ""))
        self.status = QLabel(self.tr("All changes are saved as you type."))
        self.status.setAccessibleName(self.tr("Save status"))
        self.status.setEnabled(False)

        self.sections: dict[str, NoteEditor] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._notes_page(debrief.sections), self.tr("&Notes"))
        self.talked: dict[int, NoteEditor] = {}
        self.personal: dict[int, NoteEditor] = {}
        self.tabs.addTab(self._people_page(interview.interviewers, debrief.talked_about), self.tr("&Interviewers"))
        self.questions = QuestionsEditor(interview.interviewers)
        self.questions.set_questions(debrief.questions)
        self.tabs.addTab(self.questions, self.tr("Open &questions (%1)").replace("%1", str(len(debrief.questions))))
        self.referrals = ReferralsEditor(interview.interviewers)
        self.referrals.set_referrals(debrief.referrals)
        self.tabs.addTab(self.referrals, self.tr("&Referrals (%1)").replace("%1", str(len(debrief.referrals))))
        self.points = TalkingPointsEditor(interview_id, interview.interviewers)
        self.points_tab = self.tabs.addTab(self.points, self.tr("Talking &points"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self._wire_autosave()
        self.points.failed.connect(self._failed)
        self.points.saved.connect(lambda: self._saved(self.clock()))

        self.earlier = QPlainTextEdit()
        self.earlier.setReadOnly(True)
        self.earlier.setAccessibleName(self.tr("Earlier rounds"))
        self.earlier.hide()
        self.earlier_button = QPushButton(self.tr("&Earlier rounds at %1 (%2)").replace("%2", str(len(self.round_ids)))
                                          .replace("%1", menu_text(interview.company), 1))
        self.earlier_button.setCheckable(True)
        self.earlier_button.setEnabled(bool(self.round_ids))
        self.earlier_button.toggled.connect(self._show_earlier)
        self.flag_button = QPushButton(self.tr("★ Talking point (%1)").replace("%1", TOGGLE_SHORTCUT))
        self.flag_button.setToolTip(self.tr("Flag the current line to mention in the thank-you"))
        self.flag_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the cursor in the note
        self.flag_button.clicked.connect(self._flag_current_line)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.mark_notes_done)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.mark_notes_done)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)  # every binding: Ctrl+W as well as Ctrl+F4
        self._update_done_button()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.earlier)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.earlier_button)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.flag_button)
        footer.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(when)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)

    # ------------------------------------------------------------------ pages

    def _show_earlier(self, shown: bool) -> None:
        """Earlier rounds are read in full on first opening only: most debriefs never show them."""
        if shown and self.rounds is None:
            self.rounds = earlier_rounds(self.interview_id)
            self.earlier.setPlainText(earlier_rounds_text(self.rounds))
        self.earlier.setVisible(shown)
    def _notes_page(self, texts: dict[str, str]) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        for key, title, placeholder in SECTIONS:
            label = QLabel(f"<b>{html.escape(domain_text(title))}</b>")
            editor = NoteEditor(domain_text(title), domain_text(placeholder))
            editor.setPlainText(texts.get(key, ""))
            editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * 4 + 12)
            label.setBuddy(editor)
            column.addWidget(label)
            column.addWidget(editor)
            self.sections[key] = editor
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        # Not a Tab stop of its own (it was a nameless one): Tab goes from note to note and the area
        # scrolls to the note that has the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(self.tr("Notes"))
        return scroll

    def _people_page(self, people: list, talked: dict[int, str]) -> QWidget:  # type: ignore[type-arg]
        page = QWidget()
        column = QVBoxLayout(page)
        if not people:
            column.addWidget(hint(self.tr("No interviewers on this interview. Add them with Edit interview.")))
        for person in people:
            box = QGroupBox(menu_text(f"{person.name} — {person.title}" if person.title else person.name))
            inner = QVBoxLayout(box)
            talk = NoteEditor(self.tr("What you talked about with %1").replace("%1", person.name),
                              self.tr("Topics, their questions, anything to mention in your thank-you"))
            talk.setPlainText(talked.get(person.id, ""))
            mine = NoteEditor(self.tr("Personal things about %1").replace("%1", person.name),
                              self.tr("Hobbies, pet peeves, shared interests — kept for your next meeting"))
            mine.setPlainText(person.personal_notes)
            inner.addWidget(plain_label(self.tr("What you talked about:")))
            inner.addWidget(talk)
            inner.addWidget(plain_label(self.tr("Personal (kept on %1 for every interview):")
                                        .replace("%1", person.name)))
            inner.addWidget(mine)
            column.addWidget(box)
            self.talked[person.id] = talk
            self.personal[person.id] = mine
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as on the Notes page: no nameless Tab stop
        scroll.setAccessibleName(self.tr("Interviewers"))
        return scroll

    # ------------------------------------------------------------------ autosave
    def _wire_autosave(self) -> None:
        saver = self.autosaver
        self._unindexed: set[str] = set()
        self.writer = SectionWriter(self.interview_id, self)  # very long sections are written off the GUI thread
        self.writer.failed.connect(self._writer_failed, Qt.ConnectionType.QueuedConnection)
        self.index_timer = QTimer(self)
        self.index_timer.setSingleShot(True)
        self.index_timer.setInterval(INDEX_AFTER_PAUSE_MS)
        self.index_timer.timeout.connect(self._index_pending)
        for editor in [*self.sections.values(), *self.talked.values(), *self.personal.values()]:
            editor.refused.connect(self._failed)  # a paste beyond the note cap: say why it did not happen
        for key, editor in self.sections.items():
            saver.register(key, partial(self._save_section, key, editor), editor)
            editor.textChanged.connect(partial(saver.changed, key))
        for pid, editor in self.talked.items():
            key = f"talk:{pid}"
            saver.register(key, partial(self._save_talked_about, pid, editor), editor)
            editor.textChanged.connect(partial(saver.changed, key))
        for pid, editor in self.personal.items():
            key = f"personal:{pid}"
            saver.register(key, partial(self._save_personal_notes, pid, editor), editor)
            editor.textChanged.connect(partial(saver.changed, key))
        saver.register("questions", self._save_questions, self.questions.table)
        self.questions.changed.connect(lambda: saver.changed("questions"))
        saver.register("referrals", self._save_referrals, self.referrals)
        self.referrals.changed.connect(lambda: saver.changed("referrals"))
        saver.saved.connect(self._saved)
        saver.failed.connect(self._failed)

    def _save_talked_about(self, person_id: int, editor: NoteEditor) -> None:
        save_talked_about(self.interview_id, person_id, editor.toPlainText())

    def _save_personal_notes(self, person_id: int, editor: NoteEditor) -> None:
        save_personal_notes(person_id, editor.toPlainText())

    def _save_section(self, key: str, editor: NoteEditor) -> None:
        """Autosave one section. A very long one (1 MB of notes) is written by a worker thread and
        re-indexed for search only once typing pauses: in the GUI thread, writing it would take
        40–90 ms and re-indexing ~100 ms, every 0.7 s while the user types."""
        text = editor.toPlainText()
        if len(text) <= INDEX_LATER_CHARS:
            save_section(self.interview_id, key, text)
            return
        self.writer.submit(key, text)
        self._unindexed.add(key)
        self.index_timer.start()

    def _writer_failed(self) -> bool:
        """Collect the worker's failed writes: the section is unsaved again and retried; True if any."""
        failures = self.writer.take_failures()
        for key, exc in failures:
            why = short_reason(exc)
            if why is None:
                raise exc  # a bug: the crash report, as for any autosave
            self.autosaver.changed(key)
            self._failed(self.tr("Not saved yet %1 Your text is still here; retrying.").replace("%1", why))
        return bool(failures)

    def flush_all(self) -> bool:
        """Everything typed is on disk (the worker's writes included); False if a write failed."""
        if not self.autosaver.flush():
            return False
        self.writer.wait()
        return not self._writer_failed()

    def _index_pending(self) -> None:
        for key in sorted(self._unindexed):
            try:
                index_section(self.interview_id, key, self.sections[key].toPlainText())
            except ENVIRONMENT_ERRORS:
                self.index_timer.start()  # busy or full: the text is saved; search catches up later
                return
            self._unindexed.discard(key)

    def _save_questions(self) -> None:
        saved = save_questions(self.interview_id, self.questions.questions())
        self.questions.set_ids(saved)
        self.tabs.setTabText(2, self.tr("Open &questions (%1)").replace("%1", str(len(saved))))

    def _save_referrals(self) -> None:
        saved = save_referrals(self.interview_id, self.referrals.referrals())
        self.referrals.set_ids(saved)
        self.tabs.setTabText(3, self.tr("&Referrals (%1)").replace("%1", str(len(saved))))
        self.plan_changed.emit()

    def _saved(self, when: datetime) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved %1.").replace("%1", f"{when:%H:%M:%S}"))

    def _failed(self, message: str) -> None:
        self.status.setEnabled(True)
        self.status.setStyleSheet(ERROR_STYLE)
        say(self.status, message, assertive=True)  # typing that is not stored: the reader says so at once

    def _tab_shown(self, index: int) -> None:
        """The points are read from the stored notes: save what was typed, then show them."""
        if index == self.points_tab and self.flush_all():  # long notes: their writer has finished too
            self.points.reload()
            self.tabs.setTabText(self.points_tab, self.tr("Talking &points (%1)").replace(
                "%1", str(len(self.points.points))))

    # ------------------------------------------------------------------ actions
    def _flag_current_line(self) -> None:
        focused = self.focusWidget()
        if isinstance(focused, NoteEditor):
            focused.toggle_talking_point()

    def _notes_done(self) -> bool:
        return any(r.step == Step.NOTES and r.done_at for r in checklist(self.interview_id))

    def _update_done_button(self) -> None:
        done = self._notes_done()
        self.done_button.setText(self.tr("✓ Notes step done") if done else self.tr("Notes &done (Ctrl+Return)"))
        self.done_button.setEnabled(not done)
        self.done_button.setToolTip(self.tr("Ticks step 1 of the plan; untick it in the checklist to reopen."))

    def mark_notes_done(self) -> None:
        """Step 1 is done: save everything and tick the notes follow-up."""
        if not self.flush_all():
            return
        if complete_notes_step(self.interview_id, self.clock()):
            self.plan_changed.emit()
        self._update_done_button()
        self.status.setText(self.tr("Notes saved — step 1 is done. Next: the thank-you e-mail."))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self.flush_all():
            event.ignore()  # the text stays on screen; the status line says what went wrong
            return
        self.index_timer.stop()
        self._index_pending()
        self.closed.emit(self.interview_id)
        super().closeEvent(event)
