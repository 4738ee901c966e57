"""Step 3's editor: one interviewer's handwritten-note draft, laid out at the card's real size.

The text autosaves; the fit indicator says before printing whether the draft fits the
card at handwriting scale ("2 lines too long for a 4¼×5½ in card"). Printing (preview,
any printer, PDF, envelope) loads QtPrintSupport only when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.cards import (
    CARD_SIZES,
    ENVELOPE_SIZES,
    MAX_LINE_SPACING_PT,
    MIN_LINE_SPACING_PT,
    MM_PER_INCH,
    POINTS_PER_INCH,
    CardDraft,
    CardLayout,
    Orientation,
    Panel,
    envelope_after_size_change,
    fill_card_template,
    word_verdict,
)
from ...domain.draft_checker import DraftFacts
from ...printing.card_layout import lay_out
from ...store.card_store import (
    card_context,
    card_facts,
    ensure_card_draft,
    mark_printed,
    save_card_layout,
    save_card_text,
    template_values,
)
from ...store.settings_store import load_card_template, load_return_address
from ..main.interview_dialog import ERROR_STYLE
from ..shared.accessible_windows import accessible_window
from ..shared.announce import say
from ..shared.autosave import Autosaver
from ..shared.dialogs import DialogHost
from ..shared.domain_words import domain_text
from ..shared.draft_checker_panel import DraftCheckerPanel
from ..shared.labels import heading, hint
from .envelope_dialog import EnvelopeDialog
from .print_flow import PrintFlow, card_painter

if TYPE_CHECKING:
    from ..shared.editor_registry import EditorRegistry

FIT_STYLE = "color: #1b7f3b;"
#: (key, label) of where to print: on the card stock itself or several per sheet with cut marks.
PRINT_TARGETS = (("card", QT_TRANSLATE_NOOP("CardEditor", "The card itself")),
                 ("letter", QT_TRANSLATE_NOOP("CardEditor", "Letter sheets, with cut marks")),
                 ("a4", QT_TRANSLATE_NOOP("CardEditor", "A4 sheets, with cut marks")))


def _pt_to_mm(points: float) -> float:
    return points / POINTS_PER_INCH * MM_PER_INCH


@accessible_window
class CardEditor(QWidget):
    #: The "draft printed" tick changed: the checklist should show it.
    printed = Signal()
    closed = Signal(int, int)

    def __init__(self, interview_id: int, person_id: int, clock: Callable[[], datetime],
                 parent: QWidget | None = None, editors: EditorRegistry | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.dialogs = DialogHost(self)  # its questions and print dialogs; the open one is `dialogs.active`
        self.editors = editors  # the envelope dialog is registered there too
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.clock = clock
        self.draft: CardDraft = ensure_card_draft(interview_id, person_id, clock())
        self.context = card_context(interview_id, person_id)
        company_role = ", ".join(p for p in (self.context.company, self.context.role) if p)
        self.setWindowTitle(self.tr("Card for %1 — %2").replace("%2", company_role).replace("%1", self.context.name))
        self.resize(900, 620)
        self.autosaver = Autosaver(self)
        self.printing = PrintFlow(self.dialogs, lambda message: say(self.status, message))  # heard too

        title = heading(1.2, "cardTitle")
        title.setText(self.tr("Handwritten note to %1").replace("%1", self.context.name))
        explain = hint(self.tr("Write it here, print the draft at the card's size, then copy it by hand. "
                               "About three sentences fit a card."))
        self.text = QPlainTextEdit(self.draft.text)
        self.text.setAccessibleName(self.tr("Card text"))
        self.text.setTabChangesFocus(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.text.setFont(font)
        self.words = QLabel()
        self.words.setAccessibleName(self.tr("Word count"))
        self.fit = QLabel()
        self.fit.setAccessibleName(self.tr("Fits on the card"))
        self.status = QLabel(self.tr("All changes are saved as you type."))
        self.status.setEnabled(False)

        layout = self.draft.layout or CardLayout()
        self.size_box = self._combo(self.tr("Card size"), [(s.key, domain_text(s.label)) for s in CARD_SIZES.values()],
                                    layout.size)
        self.orientation_box = self._combo(self.tr("Orientation"),
                                           [(o.value, domain_text(o.label)) for o in Orientation],
                                           layout.orientation.value)
        self.panel_box = self._combo(self.tr("Writing panel"), [(p.value, domain_text(p.label)) for p in Panel],
                                     layout.panel.value)
        self.guides = QCheckBox(self.tr("Print ruled guide lines"))
        self.guides.setChecked(layout.guides)
        self.spacing = QDoubleSpinBox()
        self.spacing.setAccessibleName(self.tr("Line spacing"))
        self.spacing.setRange(round(_pt_to_mm(MIN_LINE_SPACING_PT), 1), round(_pt_to_mm(MAX_LINE_SPACING_PT), 1))
        self.spacing.setDecimals(1)
        self.spacing.setSingleStep(0.5)
        self.spacing.setSuffix(self.tr(" mm between lines"))
        self.spacing.setValue(round(_pt_to_mm(layout.line_spacing_pt), 1))
        self.envelope_box = self._combo(self.tr("Envelope"),
                                        [(e.key, domain_text(e.label)) for e in ENVELOPE_SIZES.values()],
                                        self.draft.envelope)
        self.target_box = self._combo(self.tr("Print on"), [(key, self.tr(str(label))) for key, label in PRINT_TARGETS],
                                      "card")
        controls = QGroupBox(self.tr("Card"))
        form = QFormLayout(controls)
        for label, widget in ((self.tr("&Size:"), self.size_box), (self.tr("&Orientation:"), self.orientation_box),
                              (self.tr("&Writing panel:"), self.panel_box), ("", self.guides),
                              (self.tr("&Line spacing:"), self.spacing), (self.tr("En&velope:"), self.envelope_box),
                              (self.tr("Print o&n:"), self.target_box)):
            form.addRow(label, widget)
        self.restart = QPushButton(self.tr("Start again from the template"))
        self.restart.setToolTip(self.tr("Replace the text with the card template (Settings → Cards), filled in"))
        form.addRow("", self.restart)

        self.preview_button = QPushButton(self.tr("Print pre&view…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.envelope_button = QPushButton(self.tr("&Envelope…"))
        for button, tip in ((self.preview_button, self.tr("See the draft as it will print (Ctrl+Shift+P)")),
                            (self.print_button, self.tr("Print the draft on any printer (Ctrl+P)")),
                            (self.pdf_button, self.tr("Write the draft to a PDF file (Ctrl+Shift+S)")),
                            (self.envelope_button,
                             self.tr("Print the envelope: their address and yours (Ctrl+Shift+V)"))):
            button.setToolTip(tip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.envelope_button):
            buttons.addWidget(button)

        left = QVBoxLayout()
        left.addWidget(self.text, 1)
        left.addWidget(self.words)
        left.addWidget(self.fit)
        self.checker = DraftCheckerPanel(self.text, self._facts)
        self.checker.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        left.addWidget(self.checker)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(controls, 2, Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(self)
        outer.addWidget(title)
        outer.addWidget(explain)
        outer.addLayout(body, 1)
        outer.addLayout(buttons)

        self.autosaver.register("text", self._save_text, self.text)
        self.autosaver.register("layout", self._save_layout)
        self.autosaver.failed.connect(self._failed)
        self.autosaver.saved.connect(lambda _when: self._saved())
        self.text.textChanged.connect(self._text_changed)
        self._size = str(self.size_box.currentData())
        self.size_box.currentIndexChanged.connect(self._size_changed)  # before saving: the envelope follows
        for box in (self.size_box, self.orientation_box, self.panel_box, self.envelope_box):
            box.currentIndexChanged.connect(self._layout_changed)
        self.guides.toggled.connect(self._layout_changed)
        self.spacing.valueChanged.connect(self._layout_changed)
        self.restart.clicked.connect(self.fill_from_template)
        self.preview_button.clicked.connect(self.print_preview)
        self.print_button.clicked.connect(self.print_dialog)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.envelope_button.clicked.connect(self.envelope)
        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_dialog), ("Ctrl+Shift+P", self.print_preview),
                           ("Ctrl+Shift+S", self.save_pdf), ("Ctrl+Shift+V", self.envelope),
                           (QKeySequence.StandardKey.Close, self.close)):
            # A standard key keeps all its bindings (Close: Ctrl+W as well as Ctrl+F4); QKeySequence(key) has one.
            QShortcut(keys if isinstance(keys, QKeySequence.StandardKey) else QKeySequence(keys), self, slot)
        self.update_fit()

    @staticmethod
    def _combo(name: str, items: list[tuple[str, str]] | tuple[tuple[str, str], ...], current: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for key, label in items:
            box.addItem(label, key)
        index = box.findData(current)
        box.setCurrentIndex(max(index, 0))
        return box

    # ------------------------------------------------------------------ state
    @property
    def interview_id(self) -> int:
        return self.draft.interview_id

    @property
    def person_id(self) -> int:
        return self.draft.person_id

    def layout_now(self) -> CardLayout:
        return CardLayout(
            size=str(self.size_box.currentData()),
            orientation=Orientation(self.orientation_box.currentData()),
            panel=Panel(self.panel_box.currentData()),
            guides=self.guides.isChecked(),
            line_spacing_pt=self.spacing.value() / MM_PER_INCH * POINTS_PER_INCH,
        )

    def current_draft(self) -> CardDraft:
        return CardDraft(self.interview_id, self.person_id, self.text.toPlainText(), self.layout_now(),
                         str(self.envelope_box.currentData()))

    def update_fit(self) -> None:
        text = self.text.toPlainText()
        lines = lay_out(text, self.layout_now())
        # One verdict: never "a good length" beside "does not fit".
        self.words.setText(self._word_guidance(text, lines.fits))
        if lines.fits:
            self.fit.setText(self.tr("Fits: %1 of %2 lines on the card.").replace("%2", str(lines.capacity))
                             .replace("%1", str(len(lines.lines)), 1))
            self.fit.setStyleSheet(FIT_STYLE)
        else:
            self.fit.setText(self.tr("Does not fit: %1. Shorten it, or pick a larger card or closer lines.")
                             .replace("%1", lines.message))
            self.fit.setStyleSheet(ERROR_STYLE)

    def _size_changed(self) -> None:
        new = str(self.size_box.currentData())
        envelope = envelope_after_size_change(self._size, new, str(self.envelope_box.currentData()))
        self._size = new
        self.set_envelope(envelope)

    def set_envelope(self, key: str) -> None:
        """The envelope shown here and in the envelope dialog is one choice (saved with the layout)."""
        index = self.envelope_box.findData(key)
        if index >= 0 and index != self.envelope_box.currentIndex():
            self.envelope_box.setCurrentIndex(index)

    def _facts(self) -> DraftFacts:
        lines = lay_out(self.text.toPlainText(), self.layout_now())
        return card_facts(self.context, "" if lines.fits else lines.message, self.clock())

    def _checked_then(self, title: str, action: str, go: Callable[[], None], checked: Callable[[], None]) -> None:
        """Findings are asked about once; going ahead skips the separate "does not fit" question
        (not fitting is one of the findings)."""
        findings = self.checker.findings()
        if not findings:
            go()
            return
        self.dialogs.confirm(title, self.tr("Please check:") + "\n\n" + "\n".join(f"• {self.checker.words.text(f)}"
                                                                                  for f in findings),
                             action, checked, warning=True)

    def _word_guidance(self, text: str, fits: bool) -> str:
        kind, words = word_verdict(text, fits)
        if kind == "count":
            return self.tr("%n word.", "", words) if words == 1 else self.tr("%n words.", "", words)
        if kind == "empty":
            return self.tr("Empty: write about three sentences (30–60 words).")
        if kind == "short":
            if words == 1:
                return self.tr("%n word: a card has room for about three sentences (30–60 words).", "", words)
            return self.tr("%n words: a card has room for about three sentences (30–60 words).", "", words)
        if kind == "long":
            return self.tr("%n words: a handwritten card holds about 30–60; shorten it.", "", words)
        return self.tr("%n words: a good length for a card.", "", words)

    def _text_changed(self) -> None:
        self.update_fit()
        self.autosaver.changed("text")

    def _layout_changed(self) -> None:
        self.update_fit()
        self.checker.timer.start()  # a smaller card may no longer hold the text
        self.autosaver.changed("layout")

    def _save_text(self) -> None:
        save_card_text(self.interview_id, self.person_id, self.text.toPlainText(), self.clock())

    def _save_layout(self) -> None:
        save_card_layout(self.current_draft(), self.clock())

    def _saved(self) -> None:
        self.status.setText(self.tr("All changes are saved as you type."))
        self.status.setStyleSheet("")
        self.status.setEnabled(False)

    def _failed(self, message: str) -> None:
        say(self.status, message, assertive=True)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setEnabled(True)

    def fill_from_template(self) -> None:
        """Template text replaces the draft; one Ctrl+Z in the text brings the old one back."""
        values = template_values(card_context(self.interview_id, self.person_id), load_return_address())
        cursor = self.text.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(fill_card_template(load_card_template(), values))

    # ------------------------------------------------------------------ printing
    def _target(self) -> str:
        return str(self.target_box.currentData())

    def job_name(self) -> str:
        """What a print queue or a PDF printer calls the job: "Thank-you card — Dana Reyes"."""
        return self.tr("Thank-you card — %1").replace("%1", self.context.name)

    def print_preview(self) -> None:
        self.autosaver.flush()
        drafts, target, name = [self.current_draft()], self._target(), self.job_name()
        self._checked_then(self.tr("Before you print"), self.tr("Preview anyway"),
                           lambda: self.printing.preview(drafts, target, self.mark_printed, name),
                           lambda: self.printing.preview_paint(card_painter(drafts, target), self.mark_printed, name))

    def print_dialog(self) -> None:
        self.autosaver.flush()
        drafts, target, name = [self.current_draft()], self._target(), self.job_name()
        self._checked_then(self.tr("Before you print"), self.tr("Print anyway"),
                           lambda: self.printing.print_with_dialog(drafts, target, self.mark_printed, name),
                           lambda: self.printing.dialog_paint(card_painter(drafts, target), self.mark_printed, name))

    def save_pdf(self) -> None:
        self.autosaver.flush()
        drafts, target, name = [self.current_draft()], self._target(), self.job_name()

        def go() -> None:  # asked about or not, the same file dialog (a PDF has no "does not fit" question)
            self.printing.save_pdf(drafts, target, name)

        self._checked_then(self.tr("Before you save"), self.tr("Save anyway"), go, go)

    def mark_printed(self) -> None:
        if not self.autosaver.still_loaded():
            return  # the interview was replaced or removed while printing: never tick another row
        mark_printed([(self.interview_id, self.person_id)], self.clock())
        self.printed.emit()
        say(self.status, self.tr("Draft printed: the checklist shows it. Tick “mailed” once the card is posted."))
        self.status.setEnabled(True)

    def envelope(self) -> None:
        self.autosaver.flush()
        envelope = ENVELOPE_SIZES[str(self.envelope_box.currentData())]

        def create() -> EnvelopeDialog:
            dialog = EnvelopeDialog(self.person_id, self.context.name, envelope, self)
            dialog.size_box.currentIndexChanged.connect(lambda _i: self.set_envelope(dialog.envelope().key))
            self.dialogs.open_dialog(dialog)
            return dialog

        if self.editors is None:
            create()
            return
        # Keyed like its card: closed with it when the interview or interviewer is replaced or removed.
        self.editors.open(("envelope", self.interview_id, self.person_id), create, self.interview_id,
                          self.person_id, reloadable=False)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self.autosaver.flush():
            event.ignore()  # the text stays; the status says why it could not be saved
            return
        self.closed.emit(self.interview_id, self.person_id)
        super().closeEvent(event)
