"""Step 2: the thank-you e-mail, one draft per interviewer, saved as the user types.

Send (over SMTP, off the GUI thread), Open in mail app (mailto:, or an .eml draft when too
long), Copy to clipboard, Mark as sent. The checks of domain/email_draft.py run before
anything leaves; the user may send anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.addresses import format_mailbox, parse_mailboxes
from ...domain.draft_checker import EMAIL, DraftFacts
from ...domain.email_draft import DraftContext, context_for, pre_send_warnings, render, suggested_template
from ...domain.model import Person, Step
from ...domain.words import Words
from ...mail.errors import MailErrorKind
from ...store.debrief_store import load_debrief
from ...store.email_store import SentMessage, load_draft, record_sent, save_draft, sent_messages, thank_you_done
from ...store.interviews import load_interview
from ...store.mail_settings import load_account, load_templates
from ...store.talking_point_store import load_points, open_step_due, personal_notes_of
from ..main.interview_dialog import ERROR_STYLE
from ..shared.accessible_windows import accessible_window
from ..shared.announce import say
from ..shared.autosave import Autosaver
from ..shared.dialogs import DialogHost
from ..shared.draft_checker_panel import DraftCheckerPanel
from ..shared.errors import describe, words_text
from ..shared.fields import busy_bar
from ..shared.formatting import recent_text, when_text
from ..shared.labels import heading, hint, menu_text, plain_label

if TYPE_CHECKING:
    from ...mail.send_worker import SendJob  # loaded when sending, not with the window

Clock = Callable[[], datetime]


class DraftPage(QWidget):
    """One interviewer's draft: To, template, subject, body."""

    def __init__(self, person: Person, context: DraftContext, clock: Clock | None = None,
                 due: datetime | None = None) -> None:
        super().__init__()
        self.person = person
        self.context = context
        self.clock = clock
        self.due = due
        self.to = QLineEdit(format_mailbox(person.name, person.email) if person.email else "")
        self.to.setAccessibleName(self.tr("To (%1)").replace("%1", person.name))
        self.to.setPlaceholderText(self.tr("name@company.example"))
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template"))
        self.templates = load_templates()
        self.template.addItems([t.name for t in self.templates])
        self.template.setCurrentIndex(suggested_template(context.interview, self.templates))
        self.apply = QPushButton(self.tr("Re&fill from template"))
        self.apply.setToolTip(self.tr("Replace the subject and text with the chosen template, filled in again"))
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)  # Tab leads on to the buttons (no keyboard trap), as in the card editor
        self.body.setAccessibleName(self.tr("E-mail text"))
        self.sent_label = hint()
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(self.apply)
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.to)
        template_label = QLabel(self.tr("Te&mplate:"))  # a row of two widgets: the mnemonic needs its buddy set by hand
        template_label.setBuddy(self.template)
        form.addRow(template_label, row)
        form.addRow(self.tr("&Subject:"), self.subject)
        self.checker = DraftCheckerPanel(self.body, self.facts)
        text_and_checks = QHBoxLayout()
        text_and_checks.addWidget(self.body, 3)
        text_and_checks.addWidget(self.checker, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(text_and_checks, 1)
        layout.addWidget(self.sent_label)
        self.apply.clicked.connect(self.fill_from_template)

    def facts(self) -> DraftFacts:
        c = self.context
        return DraftFacts(EMAIL, self.person.name, c.interview.company, c.interview.role, c.points + c.notes,
                          c.answers, c.unanswered, c.others, self.due, self.clock() if self.clock else None)

    def fill_from_template(self) -> None:
        subject, body = render(self.templates[max(0, self.template.currentIndex())], self.context)
        self.subject.setText(subject)
        self.body.setPlainText(body)

    def recipients(self) -> list[str]:
        """The "To" mailboxes with their display names (`Dana Reyes <dana@…>`); the interviewer's
        own address gets the interviewer's name when none was typed."""
        mailboxes, _bad = parse_mailboxes(self.to.text())
        own = self.person.email.strip().lower()
        return [_mailbox(name or (self.person.name if address.lower() == own else ""), address)
                for name, address in mailboxes]

    def addresses(self) -> list[str]:
        """Bare addresses, for a mailto: link (RFC 6068 has no room for display names)."""
        return [address for _name, address in parse_mailboxes(self.to.text())[0]]

    def warnings(self) -> list[str]:
        found = pre_send_warnings(self.subject.text(), self.body.toPlainText(), self.context)
        found += [self.checker.words.text(f) for f in self.checker.findings()
                  if f.rule != "placeholder"]  # said above already
        _mailboxes, bad = parse_mailboxes(self.to.text())
        if bad:
            found.insert(0, self.tr("Not an e-mail address: %1.").replace("%1", ", ".join(bad)))
        return found


@accessible_window
class ComposeWindow(QWidget):
    plan_changed = Signal()
    closed = Signal(int)

    def __init__(self, interview_id: int, clock: Clock, passwords, drafts_folder: Path,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.dialogs = DialogHost(self)  # its questions and the password prompt; the open one is `dialogs.active`
        self.interview_id = interview_id
        self.clock = clock
        self.passwords = passwords
        self.drafts_folder = drafts_folder
        self.job: SendJob | None = None  # the message on its way
        interview = load_interview(interview_id)
        debrief = load_debrief(interview_id)
        account = load_account()
        company_role = interview.title
        self.setWindowTitle(self.tr("Thank-you e-mail: %1").replace("%1", company_role))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1000, 660)
        self.autosaver = Autosaver(self)
        title = heading(1.2, "composeTitle")
        title.setText(company_role)
        self.tabs = QTabWidget()
        self.pages: list[DraftPage] = []
        personal = personal_notes_of(interview_id)
        points = load_points(interview_id, debrief, personal)
        for person in interview.interviewers:
            if person.id is None:
                continue
            context = context_for(interview, person, debrief, account.sender_name, points, personal)
            page = DraftPage(person, context, clock,
                             open_step_due(interview_id, person.id, Step.THANK_YOU_EMAIL.value))
            draft = load_draft(interview_id, person.id)
            if draft is None:
                page.fill_from_template()
            else:
                page.subject.setText(draft.subject)
                page.body.setPlainText(draft.body)
            key = f"draft:{person.id}"
            self.autosaver.register(key, partial(self._save, page), page.body)
            page.subject.textChanged.connect(partial(self._typed, key))  # textChanged(str): the text is not needed
            page.body.textChanged.connect(partial(self._typed, key))
            self.pages.append(page)
            self.tabs.addTab(page, menu_text(person.name))
        if not self.pages:
            self.tabs.addTab(hint(self.tr("No interviewers on this interview. Add them with Edit interview.")), "—")
        self.status = plain_label(self.tr("Drafts are saved as you type."))
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)
        self.progress = busy_bar(self.tr("Sending"))
        self.cancel_button = QPushButton(self.tr("Cancel sending"))
        self.cancel_button.hide()
        self.send_button = QPushButton(self.tr("&Send (Ctrl+Return)"))
        self.send_button.setToolTip(self.tr("Send through your mail account (File > Settings > Mail)"))
        self.mail_app_button = QPushButton(self.tr("Open in &mail app"))
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"))
        self.mark_button = QPushButton(self.tr("Mar&k as sent"))
        self.mark_button.setToolTip(self.tr("You sent it some other way: tick this interviewer's e-mail step"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(0)
        for button in (self.copy_button, self.mail_app_button, self.mark_button, self.send_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(plain_label(self.tr("One draft per interviewer, with their talking points and the "
                                             "answers they are owed from your debrief; edit freely.")))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.send_button.clicked.connect(self.send)
        self.mail_app_button.clicked.connect(self.open_in_mail_app)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.mark_button.clicked.connect(self.mark_sent)
        self.cancel_button.clicked.connect(self.cancel_send)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.send)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)  # every binding: Ctrl+W as well as Ctrl+F4
        self.autosaver.saved.connect(
            lambda when: self._say(self.tr("Draft saved %1.").replace("%1", f"{when:%H:%M:%S}"), announced=False))
        self.autosaver.failed.connect(lambda message: self._say(message, error=True))
        self.timeout = QTimer(self)
        self.timeout.setSingleShot(True)
        self.timeout.timeout.connect(self._timed_out)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_state())
        self.refresh_state()

    # ------------------------------------------------------------------ helpers
    def current(self) -> DraftPage | None:
        page = self.tabs.currentWidget()
        return page if isinstance(page, DraftPage) else None

    def select_person(self, person_id: int) -> None:
        for index, page in enumerate(self.pages):
            if page.person.id == person_id:
                self.tabs.setCurrentIndex(index)

    def _typed(self, key: str, *_text: object) -> None:
        self.autosaver.changed(key)

    def _save(self, page: DraftPage) -> None:
        assert page.person.id is not None
        save_draft(self.interview_id, page.person.id, page.subject.text(), page.body.toPlainText(), self.clock())

    def _say(self, text: str, error: bool = False, announced: bool = True) -> None:
        """Show `text` in the status line; a screen reader hears it too (an error at once), but not
        autosave's "Draft saved", which would speak after every pause in typing."""
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        if announced:
            say(self.status, text, assertive=error)
        else:
            self.status.setText(text)

    def refresh_state(self) -> None:
        sent = sent_messages(self.interview_id)
        for index, page in enumerate(self.pages):
            assert page.person.id is not None
            done = thank_you_done(self.interview_id, page.person.id)
            self.tabs.setTabText(index, ("✓ " if done else "") + menu_text(page.person.name))
            mine = [m for m in sent if m.person_id == page.person.id]
            lines = [sent_line(m, self.clock()) for m in mine]
            if done and not mine:
                lines.append(self.tr("This interviewer's e-mail step is done."))
            page.sent_label.setText("\n".join(lines))
        sending = self.job is not None
        has_page = self.current() is not None
        for button in (self.send_button, self.mail_app_button, self.copy_button, self.mark_button):
            button.setEnabled(has_page and not sending)

    # ------------------------------------------------------------------ send
    def _keep(self, page: DraftPage) -> bool:
        """Store the draft as it is now (even untouched from the template): whatever happens
        next, sending, failing or opening elsewhere, this text is on disk."""
        if not self.autosaver.flush():
            return False
        if not self.autosaver.still_loaded():
            self._say(self.tr("This interview was replaced or removed: nothing was saved here."), error=True)
            return False
        try:
            self._save(page)
        except Exception as exc:  # noqa: BLE001 (shown, the text stays on screen)
            self._say(describe(exc), error=True)
            return False
        return True

    def send(self) -> None:
        """Ctrl+Return or Send. A press while a question is open or a message is on its way does
        nothing, so a double press sends once; a draft already sent, or an interview that has not
        ended yet, is asked about first."""
        page = self.current()
        if page is None or self.job is not None or self.dialogs.active is not None or not self._keep(page):
            return
        account = load_account()
        if not account.configured:
            self._say(self.tr("No mail account is set up: fill in File > Settings > Mail, or use “Open in mail app”."),
                      error=True)
            return
        if not page.recipients():
            self._say(self.tr("Add %1's e-mail address in “To”.").replace("%1", page.person.name), error=True)
            return
        self._ask_if_sent(page, lambda: self._ask_if_early(
            page, lambda: self._check_then(page, lambda: self._with_password(page, account))))

    def _ask_if_sent(self, page: DraftPage, go: Callable[[], None]) -> None:
        """Sending again is possible (a correction) but never by accident: ask, naming when it went."""
        mine = [m for m in sent_messages(self.interview_id) if m.person_id == page.person.id and m.how == "smtp"]
        if not mine:
            go()
            return
        last = mine[-1]
        text = self.tr("You already sent this thank-you %1 to %2.\n\nSend it again?").replace(
            "%1", when_text(last.sent_at, self.clock())).replace("%2", recipient_names(last.recipients))
        self.dialogs.confirm(self.tr("Already sent"), text, self.tr("Send again"), go, warning=True)

    def _ask_if_early(self, page: DraftPage, go: Callable[[], None]) -> None:
        """A thank-you sent before the interview has even ended is almost always a slip."""
        end = load_interview(self.interview_id).end
        now = self.clock()
        if now >= end:
            go()
            return
        start = load_interview(self.interview_id).start
        moment = start if now < start else end
        text = (self.tr("The interview is %1 — send the thank-you now?") if now < start
                else self.tr("The interview ends %1 — send the thank-you now?")).replace("%1", when_text(moment, now))
        self.dialogs.confirm(self.tr("Before the interview"), text, self.tr("Send now"), go, warning=True)

    def _check_then(self, page: DraftPage, go: Callable[[], None]) -> None:
        warnings = page.warnings()
        if not warnings:
            go()
            return
        self.dialogs.confirm(self.tr("Before you send"),
                             self.tr("Please check:") + "\n\n" + "\n".join(f"• {w}" for w in warnings),
                             self.tr("Send anyway"), go, warning=True)

    def _with_password(self, page: DraftPage, account) -> None:  # type: ignore[no-untyped-def]
        if not account.user:
            self._start(page, account, None)
            return
        password = self.passwords.get(account.host, account.user)
        told = self.passwords.tell_once()
        if password is not None:
            self._start(page, account, password)
            if told:
                self._say(told)
            return
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        box = QInputDialog(self)
        box.setWindowTitle(self.tr("Mail password"))
        text = self.tr("Password for %1 on %2:").replace("%2", account.host).replace("%1", account.user, 1)
        if told:
            text = told + "\n\n" + text
        box.setLabelText(text)
        box.setTextEchoMode(QLineEdit.EchoMode.Password)
        box.setOkButtonText(self.tr("Send"))
        # Stored only once the server has accepted it (_sent): a mistyped password is never kept.
        self.dialogs.open_dialog(box, lambda: self._start(page, account, box.textValue(), typed=True))

    def _start(self, page: DraftPage, account, password: str | None,  # type: ignore[no-untyped-def]
               typed: bool = False) -> None:
        from ...mail.message import build_message
        from ...mail.send_worker import SendJob

        message = build_message(account.sender, account.sender_name, page.recipients(), page.subject.text(),
                                page.body.toPlainText(), self.clock().astimezone())
        job = SendJob(account, password, message)  # no parent: mail/job_keeper.py
        self.job = job
        self._sending = (page, message, account, password if typed else None)
        # Emitted on the worker thread: bound methods of this window, queued, run on the GUI thread.
        job.succeeded.connect(self._sent, Qt.ConnectionType.QueuedConnection)
        job.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.progress.show()
        self.cancel_button.show()
        self._say(self.tr("Sending to %1…").replace("%1", ", ".join(page.recipients())))
        self.refresh_state()
        self.timeout.start(int(account.timeout * 2 * 1000) + 5000)  # smtplib's own timeout is per operation
        job.start()

    def _finish_job(self) -> None:
        self.timeout.stop()
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.refresh_state()

    def _sent(self, refused: list[str]) -> None:
        page, message, account, typed = self._sending
        self._finish_job()
        notice = None
        if typed is not None:  # the server accepted the password typed at the prompt: now keep it
            self.passwords.set(account.host, account.user, typed)
            notice = self.passwords.tell_once()
        self._record(page, SentMessage(page.person.id, self.clock(), str(message["Message-ID"]),
                                       str(message["To"]), page.subject.text(), page.body.toPlainText(), "smtp"))
        note = " " + self.tr("Refused: %1.").replace("%1", "; ".join(refused)) if refused else ""
        done = self.tr("Sent to %1. %2's e-mail step is done.").replace("%2", page.person.name)
        self._say(done.replace("%1", str(message["To"]), 1) + note + (" " + notice if notice else ""))

    def _failed(self, words: Words, kind: MailErrorKind) -> None:
        _page, _message, account, _typed = self._sending
        reason = words_text(words)  # the send's reason (mail/errors.py) in the user's language
        self._finish_job()
        if kind is MailErrorKind.AUTHENTICATION and account.user:
            self.passwords.delete(account.host, account.user)  # refused: ask for it again next time
        if kind is MailErrorKind.MAYBE_SENT:
            self._say(self.tr("Perhaps sent — %1 Your draft is kept and the step stays open.").replace("%1", reason),
                      error=True)
            return
        self._say(self.tr("Not sent — %1 Your draft is kept and the step stays open.").replace("%1", reason),
                  error=True)

    def cancel_send(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _timed_out(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _record(self, page: DraftPage, message: SentMessage) -> None:
        if not self.autosaver.still_loaded():  # a restore or import during the send: never another row
            self._say(self.tr("Sent, but this interview was replaced meanwhile: the send was not recorded."),
                      error=True)
            return
        try:
            assert page.person.id is not None
            record_sent(self.interview_id, page.person.id, message)
        except Exception as exc:  # noqa: BLE001 (shown, not swallowed)
            self._say(describe(exc), error=True)
            return
        self.plan_changed.emit()
        self.refresh_state()

    # ------------------------------------------------------------------ without an account
    def open_in_mail_app(self) -> None:
        page = self.current()
        if page is None or not self._keep(page):
            return
        from ...mail.message import build_message, fits_mailto, mailto_url, write_eml

        url = mailto_url(page.addresses(), page.subject.text(), page.body.toPlainText())
        if fits_mailto(url):
            opened = QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))
            where = self.tr("your mail app")
        else:
            account = load_account()
            message = build_message(account.sender or "me@localhost", account.sender_name, page.recipients(),
                                    page.subject.text(), page.body.toPlainText(), self.clock().astimezone())
            path = write_eml(self.drafts_folder, message, f"Thank you {page.person.name}")
            opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            where = self.tr("the draft file %1").replace("%1", str(path))
        if opened:
            self._say(self.tr("Opened in %1. Once you have sent it, click “Mark as sent”.").replace("%1", where))
        else:
            self._say(self.tr("Could not open %1. Use “Copy to clipboard” and paste it into your mail.")
                      .replace("%1", where), error=True)

    def copy_to_clipboard(self) -> None:
        page = self.current()
        if page is None:
            return
        QGuiApplication.clipboard().setText(self.tr("Subject: %1").replace("%1", page.subject.text())
                                            + f"\n\n{page.body.toPlainText()}")
        self._say(self.tr("Subject and text copied. Once you have sent it, click “Mark as sent”."))

    def mark_sent(self) -> None:
        page = self.current()
        if page is None or not self._keep(page):
            return
        self._record(page, SentMessage(page.person.id, self.clock(), "", page.to.text(), page.subject.text(),
                                       page.body.toPlainText(), "manual"))
        self._say(self.tr("Marked as sent: %1's e-mail step is done.").replace("%1", page.person.name))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self.autosaver.flush():
            event.ignore()
            return
        if self.job is not None:
            self.job.cancel()
        self.closed.emit(self.interview_id)
        super().closeEvent(event)



def _mailbox(name: str, address: str) -> str:
    """`Zoë Ñúñez <zoe@…>` readable here, quoted where needed ("Reyes, Dana"); the message encodes it."""
    from email.errors import HeaderParseError
    from email.headerregistry import Address

    try:
        return str(Address(display_name=name, addr_spec=address))
    except (HeaderParseError, ValueError, IndexError):
        return address


def recipient_names(recipients: str) -> str:
    """"Dana Reyes" for `Dana Reyes <dana@…>`, the address when no name was given."""
    from email.utils import getaddresses

    names = [name or address for name, address in getaddresses([recipients]) if address]
    return ", ".join(names) or recipients


def sent_line(message: SentMessage, now: datetime) -> str:
    """"Sent 9:07 AM to Dana Reyes" under the draft, so a sent draft is never mistaken for a new one."""
    from PySide6.QtCore import QCoreApplication

    when = recent_text(message.sent_at, now)
    if message.how == "smtp":
        text = QCoreApplication.translate("ComposeWindow", "Sent %1 to %2") if message.recipients else \
            QCoreApplication.translate("ComposeWindow", "Sent %1")
    else:
        text = QCoreApplication.translate("ComposeWindow", "Marked as sent %1 (to %2)") if message.recipients else \
            QCoreApplication.translate("ComposeWindow", "Marked as sent %1")
    return text.replace("%1", when).replace("%2", recipient_names(message.recipients))
