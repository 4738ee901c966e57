"""The selected interview: a summary, Edit and Delete, and its follow-up checklist."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.model import Interview, Status
from ...store.follow_up_queries import ChecklistRow
from ..shared.formatting import datetime_text, span_text, system_zone_name, wall_time_text
from ..shared.labels import heading
from .checklist_view import Checklist


class DetailsPanel(QWidget):
    edit_requested = Signal()
    delete_requested = Signal()
    debrief_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(1.15, "interviewTitle")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit = QPushButton("Edit…")
        self.delete = QPushButton("Delete")
        self.debrief = QPushButton("Debrief…")
        self.debrief.setToolTip("Step 1: your notes, talking points, open questions and referrals (Ctrl+D)")
        self.checklist = Checklist()
        #: The reply radar's answers: who wrote, when, the subject and first line (plain text).
        self.answers = QLabel()
        self.answers.setObjectName("replyAnswers")
        self.answers.setWordWrap(True)
        self.answers.setTextFormat(Qt.TextFormat.PlainText)
        self.answers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answers.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.debrief, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.delete, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.answers)
        layout.addWidget(QLabel("Follow-up plan:"))
        layout.addWidget(self.checklist, 1)
        self.edit.clicked.connect(self.edit_requested)
        self.debrief.clicked.connect(self.debrief_requested)
        self.delete.clicked.connect(self.delete_requested)

    def show_interview(self, interview: Interview, rows: list[ChecklistRow], now: datetime,
                       replies: dict | None = None) -> None:  # type: ignore[type-arg]
        self.title.setText(" — ".join(part for part in (interview.company, interview.role) if part))
        when = span_text(interview.start, interview.end)
        if interview.timezone != system_zone_name():
            zone = ZoneInfo(interview.timezone)
            there = interview.start.astimezone(zone), interview.end.astimezone(zone)
            when += f" your time ({wall_time_text(there[0])}–{wall_time_text(there[1])} in {interview.timezone})"
        lines = [when]
        lines.append(" · ".join(p for p in (interview.round, interview.status.label, interview.location) if p))
        if interview.interviewers:
            lines.append("With " + ", ".join(
                f"{p.name} ({p.title})" if p.title else p.name for p in interview.interviewers))
        self.summary.setText("\n".join(lines))
        self.checklist.show_rows(rows, now, withdrawn=interview.status == Status.WITHDRAWN, replies=replies)
        self._show_answers(rows, replies or {})

    def _show_answers(self, rows: list[ChecklistRow], replies: dict) -> None:  # type: ignore[type-arg]
        """One line per person who answered (not auto-replies or bounces: the checklist shows those)."""
        lines = []
        for row in rows:
            found = replies.get(row.id)
            if found is None or found.kind != "reply":
                continue
            first = found.first_lines.split("\n")[0] if found.first_lines else ""
            line = self.tr("{person} replied {when}: “{subject}”").format(
                person=row.person or found.sender, when=datetime_text(found.received_at), subject=found.subject)
            lines.append(f"{line} — {first}" if first else line)
        self.answers.setText("\n".join(lines))
        self.answers.setVisible(bool(lines))
