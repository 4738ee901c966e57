"""The reply radar in the window: Settings › Mail › Replies (IMAP), "Check now" against a real
Dovecot, and replied / out of office / bounced on the interview's checklist."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.model import Step
from desktop_app.store.email_store import SentMessage, record_sent
from desktop_app.store.follow_up_queries import checklist
from desktop_app.store.imap_settings import ImapAccount, load_imap_account, load_reply_radar, save_imap_account
from desktop_app.store.interviews import load_interview, save_interview
from desktop_app.store.mail_settings import MailAccount, save_account
from desktop_app.ui.mail.reply_radar import INTERVAL_MS, start_reply_radar
from tests.imap_server import PASSWORD, USER, ImapServer, dsn, mail

from .conftest import sample_interview

pytestmark = [pytest.mark.filterwarnings("ignore:Session.login_data is deprecated:DeprecationWarning"),
              pytest.mark.usefixtures("no_keyring")]  # tests/gui/conftest.py
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def imap(tmp_path: Path) -> Iterator[ImapServer]:
    with ImapServer(tmp_path) as running:
        yield running


def sent_thank_you(clock) -> tuple[int, int, str]:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now - timedelta(hours=3)))
    person = load_interview(interview_id).interviewers[0]
    assert person.id is not None
    message_id = "<thanks-1@home.example>"
    record_sent(interview_id, person.id, SentMessage(person.id, datetime.now(UTC) - timedelta(hours=1), message_id,
                                                     person.email, "Thank you", "Dear Dana,\nthanks.\n", "smtp"))
    return interview_id, person.id, message_id


def thank_you_item(window, interview_id: int):  # type: ignore[no-untyped-def]
    row = next(r for r in checklist(interview_id) if r.step == Step.THANK_YOU_EMAIL)
    return window.details.checklist.item_for(row.id)


def open_imap_box(window):  # type: ignore[no-untyped-def]
    window.menu_actions.settings_action.trigger()
    dialog = window.dialogs.active
    dialog.tabs.setCurrentIndex(2)
    assert dialog.tabs.tabText(2) == "&Replies" and dialog.imap_box.isVisible()
    return dialog, dialog.imap_box


def test_the_smtp_login_is_used_by_default_and_settings_are_saved(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog, box = open_imap_box(window)
    assert box.same_login.isChecked() and not box.user.isEnabled() and not box.password.isEnabled()
    box.host.setText("imap.example.com")
    box.same_login.setChecked(False)
    assert box.user.isEnabled()
    dialog.accept()
    assert dialog.isVisible() and "IMAP user name" in dialog.error.text()  # refused: no user
    box.user.setText("zoe")
    box.sent_folder.setText("Sent Items")
    box.nudge_days.setValue(10)
    dialog.accept()
    assert not dialog.isVisible()
    account = load_imap_account()
    assert (account.host, account.user, account.use_smtp_login, account.sent_folder, account.port) == (
        "imap.example.com", "zoe", False, "Sent Items", 993)
    assert load_reply_radar().nudge_days == 10


def test_check_now_files_the_copy_and_the_reply_shows_on_the_checklist(  # type: ignore[no-untyped-def]
        qtbot, make_window, clock, imap) -> None:
    interview_id, _person, message_id = sent_thank_you(clock)
    imap.deliver(mail("Dana Reyes <dana.private@gmail.example>", "Re: Thank you <b>not bold</b>",
                      "Lovely to meet you!\nTalk soon.\n", In_Reply_To=message_id))
    window = make_window()
    window.select_interview(interview_id)
    dialog, box = open_imap_box(window)
    account = imap.account()
    box.host.setText(account.host)
    box.port.setValue(account.port)
    box.ca_file.setText(account.ca_file)
    box.same_login.setChecked(False)
    box.user.setText(USER)
    box.password.setText("wrong")
    box.check_button.click()
    assert box.progress.isVisible() and not box.check_button.isEnabled()
    qtbot.waitUntil(lambda: box.job is None, timeout=20000)
    assert box.status.text().startswith("Check failed (authentication)")
    box.password.setText(PASSWORD)
    box.check_button.click()
    qtbot.waitUntil(lambda: box.job is None, timeout=20000)
    assert box.status.text() == "Checked: 1 filed in Sent, 1 replies, 0 auto-replies, 0 bounced."
    assert len(imap.messages("Sent")) == 1
    item = thank_you_item(window, interview_id)  # the window reloaded on its own
    assert "Replied" in item.text(2)
    tip = item.toolTip(0)
    assert "&lt;b&gt;not bold&lt;/b&gt;" in tip and "Lovely to meet you!" in tip  # markup shown as text
    answers = window.details.answers
    assert answers.isVisible() and answers.textFormat() == Qt.TextFormat.PlainText
    assert answers.text().startswith("Dana Reyes 0 replied ")
    assert answers.text().endswith(": “Re: Thank you <b>not bold</b>” — Lovely to meet you!")
    dialog.reject()


def test_a_bounce_is_red_and_reopens_the_step(qtbot, make_window, clock, imap, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    interview_id, person_id, message_id = sent_thank_you(clock)
    save_account(MailAccount(host="127.0.0.1", user=USER, sender="alex@home.example"))
    save_imap_account(imap.account(use_smtp_login=True))
    window = make_window()
    window.select_interview(interview_id)
    assert thank_you_item(window, interview_id).checkState(0) == Qt.CheckState.Checked
    imap.deliver(dsn(message_id, load_interview(interview_id).interviewers[0].email))
    window.thank_yous.passwords.set("127.0.0.1", USER, PASSWORD)  # typed once this session (no keyring)
    radar = start_reply_radar(window)
    assert radar.timer.isActive() and radar.timer.interval() == INTERVAL_MS == 15 * 60 * 1000
    qtbot.waitUntil(lambda: radar.job is None, timeout=20000)
    assert radar.last_failure is None
    item = thank_you_item(window, interview_id)
    assert item.checkState(0) == Qt.CheckState.Unchecked  # reopened
    assert item.text(2) == "Bounced — check Dana's address"
    assert "550 5.1.1" in item.toolTip(0)
    assert window.statusBar().currentMessage() == "New mail about your thank-yous: Dana Reyes 0"
    assert radar.check() is True  # the next check reads nothing new
    qtbot.waitUntil(lambda: radar.job is None, timeout=20000)
    monkeypatch.setattr("desktop_app.ui.mail.reply_radar.offline", lambda: True)
    assert radar.check() is False and radar.job is None  # no network: the tick is skipped
    radar.stop()


def test_no_account_means_no_check_and_a_missing_password_is_said(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    radar = start_reply_radar(window)
    assert radar.job is None and radar.last_failure is None
    radar.stop()
    save_imap_account(ImapAccount(host="imap.example.com", user="zoe", use_smtp_login=False))
    assert radar.check() is False
    assert radar.last_failure is not None and radar.last_failure[0] == "configuration"
    assert window.statusBar().currentMessage().startswith("Checking for replies failed (configuration)")


def test_imap_is_not_imported_at_start_up() -> None:
    code = ("import sys; import desktop_app.ui.app.application, desktop_app.ui.main.main_window, "
            "desktop_app.ui.mail.reply_radar; print(sorted(m for m in ('imaplib', 'keyring', 'ssl') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                         check=True, env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}).stdout
    assert "imaplib" not in out


def test_the_check_in_opens_its_draft_and_can_be_switched_off(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.store.check_in_store import check_ins_enabled, ensure_check_ins
    from desktop_app.store.debrief_store import save_talked_about
    from desktop_app.ui.mail.check_in_dialog import CheckInDialog

    interview_id, person_id, _ = sent_thank_you(clock)
    save_talked_about(interview_id, person_id, "★ the <i>dashboards</i> migration")
    ensure_check_ins(datetime.now(UTC) + timedelta(days=8), 7)
    window = make_window()
    window.select_interview(interview_id)
    row = next(r for r in checklist(interview_id) if r.step == Step.CHECK_IN)
    item = window.details.checklist.item_for(row.id)
    assert item.text(0).endswith("Check in with Dana Reyes 0")
    window.details.checklist.open_requested.emit(row.id)
    dialog = window.dialogs.active
    assert isinstance(dialog, CheckInDialog)
    assert "the <i>dashboards</i> migration" in dialog.body.toPlainText()
    assert "Product Manager" in dialog.subject.text()
    dialog.enabled.setChecked(False)
    dialog.reject()
    assert not check_ins_enabled(interview_id)
    assert all(r.step != Step.CHECK_IN for r in checklist(interview_id))
    qtbot.waitUntil(lambda: window.details.checklist.item_for(row.id) is None, timeout=3000)


def test_the_answer_opens_as_a_mid_link_or_its_id_is_copied(qtbot, make_window, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    from desktop_app.domain.reply_match import FindingKind, Incoming, Match
    from desktop_app.store.reply_store import record_finding, sent_records

    interview_id, _person, _ = sent_thank_you(clock)
    [sent] = sent_records()
    reply = Incoming("<r/1+x@northwind.example>", "dana@northwind.example", "Dana", "Re: Thank you",
                     datetime.now(UTC))
    record_finding(Match(FindingKind.REPLY, sent_id=sent.sent_id), reply, "k", datetime.now(UTC))
    window = make_window()
    window.select_interview(interview_id)
    row = next(r for r in checklist(interview_id) if r.step == Step.THANK_YOU_EMAIL)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    checklist_view = window.details.checklist
    checklist_view.answer_opener = {"has_handler": lambda: True}  # a desktop with a mid: handler
    assert checklist_view._answers[row.id] == "<r/1+x@northwind.example>"
    assert checklist_view.open_answer(checklist_view._answers[row.id]) is True
    assert opened == ["mid:r%2F1%2Bx@northwind.example"]
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # nothing opens links nor files
    assert checklist_view.open_answer("<r/1+x@northwind.example>") is False
    assert QGuiApplication.clipboard().text() == "<r/1+x@northwind.example>"


def test_without_a_mid_handler_the_stored_answer_opens_as_an_eml(qtbot, make_window, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import stat
    from email import message_from_bytes, policy

    from PySide6.QtCore import QUrl

    from desktop_app.domain.reply_match import FindingKind, Incoming, Match
    from desktop_app.store.reply_store import record_finding, sent_records
    from desktop_app.ui.mail.answer_opener import message_link

    interview_id, _person, _ = sent_thank_you(clock)
    [sent] = sent_records()
    subject = "Re: <i>Thank you</i> — Zoë 🎉"
    reply = Incoming("<r2@northwind.example>", "dana@northwind.example", "Dana", subject, datetime.now(UTC),
                     first_lines="Thanks, Alex!\nWe will be in touch.")
    record_finding(Match(FindingKind.REPLY, sent_id=sent.sent_id), reply, "k", datetime.now(UTC))
    window = make_window()
    window.select_interview(interview_id)
    checklist_view = window.details.checklist
    opened: list[str] = []
    folder = tmp_path / "answers"

    def opener(url: str) -> bool:
        opened.append(url)
        return url.startswith("file:")  # a file opens; no mail app takes mid: links

    checklist_view.answer_opener = {"opener": opener, "has_handler": lambda: False, "folder": folder,
                                    "platform": "linux"}
    assert checklist_view.open_answer("<r2@northwind.example>") is True
    [url] = opened  # no mid: link tried: xdg-mime names no handler
    path = Path(QUrl(url).toLocalFile())
    assert path.parent == folder and path.suffix == ".eml" and stat.S_IMODE(path.stat().st_mode) == 0o600
    saved = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert saved["Message-ID"] == "<r2@northwind.example>" and saved["Subject"] == subject
    assert "first lines" in saved.get_content() and "We will be in touch." in saved.get_content()

    opened.clear()  # a handler that exists but fails: the link is tried, then the file
    checklist_view.answer_opener = {"opener": opener, "has_handler": lambda: True, "folder": folder,
                                    "platform": "linux"}
    assert checklist_view.open_answer("<r2@northwind.example>") is True
    assert opened[0] == "mid:r2@northwind.example" and opened[1].startswith("file:")
    assert message_link("<r2@northwind.example>", "darwin") == "message://%3Cr2@northwind.example%3E"

    opened.clear()  # macOS: the message:// link, and Mail takes it
    checklist_view.answer_opener = {"opener": lambda url: opened.append(url) or True, "platform": "darwin"}
    assert checklist_view.open_answer("<r2@northwind.example>") is True
    assert opened == ["message://%3Cr2@northwind.example%3E"]


def test_a_check_in_reminder_opens_its_draft(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.store.check_in_store import ensure_check_ins
    from desktop_app.ui.mail.check_in_dialog import CheckInDialog
    from desktop_app.ui.reminders.reminder_controller import ReminderController

    interview_id, _person, _ = sent_thank_you(clock)
    ensure_check_ins(datetime.now(UTC) + timedelta(days=8), 7)
    row = next(r for r in checklist(interview_id) if r.step == Step.CHECK_IN)
    window = make_window()
    controller = ReminderController(window.reminder_host, clock, use_tray=False, prefer_dbus=False)
    window.reminders = controller
    controller.on_action(row.id, "open")
    assert isinstance(window.dialogs.active, CheckInDialog)
    assert "Dana Reyes 0" in window.dialogs.active.windowTitle()
    window.dialogs.active.reject()
