"""Step 2 in the window: compose the thank-you from the debrief, edit it, send it to a real SMTP
server (aiosmtpd, STARTTLS, AUTH) and see the checklist tick; failures keep the draft."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop_app.domain.debrief import OpenQuestion
from desktop_app.domain.model import Person, Step
from desktop_app.store.debrief_store import save_questions, save_talked_about
from desktop_app.store.email_store import load_draft, sent_messages, thank_you_done
from desktop_app.store.follow_up_queries import checklist
from desktop_app.store.interviews import load_interview, save_interview
from desktop_app.store.mail_settings import load_account, load_templates, save_account
from desktop_app.ui.mail.compose_window import ComposeWindow
from desktop_app.ui.settings.settings_dialog import SettingsDialog
from tests.mail_server import PASSWORD, MailServer

from .conftest import sample_interview

pytestmark = [pytest.mark.filterwarnings("ignore:Session.login_data is deprecated:DeprecationWarning"),
              pytest.mark.usefixtures("no_keyring")]  # tests/gui/conftest.py
POINT = "Moving the Ñúñez team's reports to real-time dashboards"
PHRASE = "moving the Ñúñez team's reports to real-time dashboards"  # as it reads mid-sentence


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MailServer]:
    with MailServer(tmp_path) as running:
        yield running


def interview_with_debrief(clock) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    interview = sample_interview(clock.now - timedelta(hours=2))
    interview.interviewers = [Person("Zoë Ñúñez", title="Head of Product", email="zoe@northwind.example"),
                              Person("Sam Lee", email="sam@northwind.example")]
    interview_id = save_interview(interview)
    zoe = load_interview(interview_id).interviewers[0].id
    assert zoe is not None
    save_talked_about(interview_id, zoe, f"small talk\n★ {POINT}")
    save_questions(interview_id, [OpenQuestion("Can you start in April?", "Yes — 1 April works.")])
    return interview_id, zoe


def open_compose(window, interview_id: int) -> ComposeWindow:  # type: ignore[no-untyped-def]
    window.select_interview(interview_id)
    window.menu_actions.thank_you_action.trigger()
    compose = window.thank_yous.windows[interview_id]
    assert compose.isVisible()
    return compose


def thank_you_row(window, interview_id: int, person: str):  # type: ignore[no-untyped-def]
    row = next(r for r in checklist(interview_id) if r.step == Step.THANK_YOU_EMAIL and r.person == person)
    return window.details.checklist.item_for(row.id)


def answer_password(qtbot, compose: ComposeWindow, password: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(compose.dialogs.active, QInputDialog), timeout=3000)
    box = compose.dialogs.active
    assert "session only" in box.labelText()  # no keyring here: said once, with the prompt
    box.setTextValue(password)
    box.accept()


def test_compose_from_the_debrief_edit_send_and_see_the_checklist_tick(qtbot, make_window, clock, server) -> None:  # type: ignore[no-untyped-def]
    interview_id, zoe = interview_with_debrief(clock)
    save_account(server.account())
    window = make_window()
    compose = open_compose(window, interview_id)
    page = compose.current()
    assert page is not None and page.person.name == "Zoë Ñúñez"
    body = page.body.toPlainText()
    assert PHRASE in body and "yes — 1 April works." in body and "Dear Zoë" in body
    assert page.checker.findings() == []  # a good debrief gives a draft worth sending as it is
    assert [compose.tabs.tabText(i) for i in range(compose.tabs.count())] == ["Zoë Ñúñez", "Sam Lee"]

    page.body.moveCursor(page.body.textCursor().MoveOperation.End)
    page.body.setFocus()
    qtbot.keyClicks(page.body, "P.S. Merci, ")  # QTest types ASCII only; the rest as an input method would
    page.body.insertPlainText("Zoë!")
    qtbot.waitUntil(lambda: "P.S. Merci, Zoë!" in getattr(load_draft(interview_id, zoe), "body", ""), timeout=3000)

    qtbot.keyClick(compose, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answer_password(qtbot, compose, PASSWORD)
    assert compose.progress.isVisible()
    qtbot.waitUntil(lambda: compose.job is None, timeout=15000)
    assert "Sent to Zoë Ñúñez <zoe@northwind.example>" in compose.status.text()  # To: carries the name
    [arrived] = server.messages
    assert arrived["Subject"] == page.subject.text()
    assert PHRASE in arrived.get_content() and "P.S. Merci, Zoë!" in arrived.get_content()
    assert thank_you_done(interview_id, zoe)
    [sent] = sent_messages(interview_id)
    assert sent.message_id == arrived["Message-ID"] and sent.how == "smtp"
    qtbot.waitUntil(lambda: thank_you_row(window, interview_id, "Zoë Ñúñez").checkState(0) == Qt.CheckState.Checked,
                    timeout=3000)
    assert thank_you_row(window, interview_id, "Sam Lee").checkState(0) == Qt.CheckState.Unchecked
    assert compose.tabs.tabText(0) == "✓ Zoë Ñúñez"
    assert compose.current().sent_label.text().startswith("Sent ")
    assert "to Zoë Ñúñez" in compose.current().sent_label.text()  # "Sent 9:07 AM to Zoë Ñúñez"


def test_wrong_password_keeps_the_draft_and_the_step_open_then_asks_again(qtbot, make_window, clock, server) -> None:  # type: ignore[no-untyped-def]
    interview_id, zoe = interview_with_debrief(clock)
    save_account(server.account())
    window = make_window()
    compose = open_compose(window, interview_id)
    compose.current().subject.setText("My own subject ✓")
    compose.send()
    answer_password(qtbot, compose, "wrong")
    qtbot.waitUntil(lambda: compose.job is None, timeout=15000)
    assert "Not sent" in compose.status.text() and "Authentication credentials invalid" in compose.status.text()
    assert "draft is kept" in compose.status.text()
    assert not thank_you_done(interview_id, zoe) and server.messages == []
    assert load_draft(interview_id, zoe).subject == "My own subject ✓"
    compose.send()  # the refused password was forgotten: asked again
    qtbot.waitUntil(lambda: isinstance(compose.dialogs.active, QInputDialog), timeout=3000)


def test_untrusted_certificate_refused_recipient_and_closed_port_leave_everything_open(  # type: ignore[no-untyped-def]
        qtbot, make_window, clock, server) -> None:
    interview_id, zoe = interview_with_debrief(clock)
    window = make_window()
    compose = open_compose(window, interview_id)
    compose.passwords.set(server.account().host, server.account().user, PASSWORD)
    page = compose.current()
    for account, to, reason in (
            (server.account(trust=False), "zoe@northwind.example", "certificate is not trusted"),
            (server.account(), "zoe@refused.example", "User unknown"),
            (server.account(port=1), "zoe@northwind.example", "connection refused")):
        save_account(account)
        page.to.setText(to)
        compose.send()
        qtbot.waitUntil(lambda: compose.job is None and "Not sent" in compose.status.text(), timeout=15000)
        assert reason in compose.status.text()
        compose.status.setText("")
    assert server.messages == [] and not thank_you_done(interview_id, zoe)
    compose.autosaver.flush()
    assert PHRASE in load_draft(interview_id, zoe).body and PHRASE in page.body.toPlainText()


def test_warnings_before_sending_can_be_cancelled_or_overridden(qtbot, make_window, clock, server) -> None:  # type: ignore[no-untyped-def]
    interview_id, zoe = interview_with_debrief(clock)
    save_account(server.account())
    window = make_window()
    compose = open_compose(window, interview_id)
    compose.passwords.set(server.account().host, server.account().user, PASSWORD)
    page = compose.current()
    page.subject.setText("")
    page.body.setPlainText("Thanks, $nmae!")
    compose.send()
    box = compose.dialogs.active
    assert isinstance(box, QMessageBox)
    for expected in ("The subject is empty.", "$nmae", "No specific point", "Can you start in April?"):
        assert expected in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert compose.job is None and server.messages == []
    compose.send()
    box = compose.dialogs.active
    next(b for b in box.buttons() if b.text() == "Send anyway").click()
    qtbot.waitUntil(lambda: len(server.messages) == 1 and compose.job is None, timeout=15000)
    assert thank_you_done(interview_id, zoe)


def test_checklist_row_opens_that_interviewers_draft_and_mark_as_sent_ticks_it(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id, _zoe = interview_with_debrief(clock)
    window = make_window()
    window.select_interview(interview_id)
    item = thank_you_row(window, interview_id, "Sam Lee")
    window.details.checklist.itemActivated.emit(item, 0)
    compose = window.thank_yous.windows[interview_id]
    assert compose.current().person.name == "Sam Lee"
    compose.copy_button.click()
    assert QApplication.clipboard().text().startswith("Subject: ")
    compose.mark_button.click()
    sam = compose.current().person.id
    assert thank_you_done(interview_id, sam)
    assert sent_messages(interview_id)[0].how == "manual"
    qtbot.waitUntil(lambda: thank_you_row(window, interview_id, "Sam Lee").checkState(0) == Qt.CheckState.Checked,
                    timeout=3000)


def test_open_in_mail_app_uses_mailto_or_an_unsent_eml_when_too_long(qtbot, make_window, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr("desktop_app.ui.mail.compose_window.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    interview_id, _zoe = interview_with_debrief(clock)
    window = make_window()
    compose = open_compose(window, interview_id)
    compose.current().body.setPlainText("Short thanks, Zoë.")
    compose.mail_app_button.click()
    encoded = opened[-1].toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert opened[-1].scheme() == "mailto" and "Zo%C3%AB" in encoded and "zoe@northwind.example" in encoded
    compose.current().body.setPlainText("Long thanks, Zoë. " * 400)
    compose.mail_app_button.click()
    path = Path(opened[-1].toLocalFile())
    assert path.suffix == ".eml" and path.exists()
    parsed = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert parsed["X-Unsent"] == "1" and parsed["To"] == "Zoë Ñúñez <zoe@northwind.example>"
    assert "Mark as sent" in compose.status.text()


def test_draft_survives_closing_and_reopening(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id, zoe = interview_with_debrief(clock)
    window = make_window()
    compose = open_compose(window, interview_id)
    compose.current().body.setPlainText("Edited, then closed at once")
    compose.close()
    assert load_draft(interview_id, zoe).body == "Edited, then closed at once"
    again = open_compose(window, interview_id)
    assert again is not compose and again.current().body.toPlainText() == "Edited, then closed at once"


def test_settings_mail_page_reports_unknown_placeholders_and_saves_account_and_templates(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.menu_actions.settings_action.trigger()
    dialog = window.dialogs.active
    assert isinstance(dialog, SettingsDialog)
    dialog.tabs.setCurrentWidget(dialog.mail_page)
    page = dialog.mail_page
    page.host.setText("smtp.example.com")
    page.security.setCurrentIndex(0)
    assert page.port.value() == 465
    page.user.setText("alex")
    page.sender_address.setText("alex@example.com")
    page.template_body.setPlainText("Dear $first_name at $compnay")
    assert "$compnay" in page.template_error.text()
    assert "Dear Zoë at $compnay" in page.preview.toPlainText()
    dialog.accept()
    assert dialog.isVisible() and "compnay" in dialog.error.text()  # refused, not saved
    assert not load_account().configured
    page.template_body.setPlainText("Dear $first_name at $company\n<b>kept</b>")
    assert page.template_error.text() == ""
    assert "Dear Zoë at Northwind Analytics" in page.preview.toPlainText()
    dialog.accept()
    assert load_account().host == "smtp.example.com" and load_account().port == 465
    assert load_templates()[0].body == "Dear $first_name at $company\n<b>kept</b>"


def test_the_thank_you_reminders_open_leads_to_that_interviewers_draft(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.reminders.reminder_controller import ReminderController

    interview_id, _zoe = interview_with_debrief(clock)
    window = make_window()
    controller = ReminderController(window.reminder_host, clock, use_tray=False, prefer_dbus=False)
    window.reminders = controller
    controller.start()
    sam_step = next(r.id for r in checklist(interview_id) if r.step == Step.THANK_YOU_EMAIL and r.person == "Sam Lee")
    controller.on_action(sam_step, "open")
    compose = window.thank_yous.windows[interview_id]
    assert compose.isVisible() and compose.current().person.name == "Sam Lee"
    controller.stop()


def test_cancel_while_a_silent_server_keeps_everyone_waiting(qtbot, make_window, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import socket

    interview_id, zoe = interview_with_debrief(clock)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        with MailServer(tmp_path) as server:
            save_account(server.account(port=silent.getsockname()[1], timeout=20))
        window = make_window()
        compose = open_compose(window, interview_id)
        compose.passwords.set("127.0.0.1", load_account().user, PASSWORD)
        compose.send()
        assert compose.progress.isVisible() and compose.cancel_button.isVisible()
        assert not compose.send_button.isEnabled()  # one send at a time
        compose.cancel_button.click()
        qtbot.waitUntil(lambda: compose.job is None, timeout=5000)
    assert "Cancelled: nothing was sent." in compose.status.text()
    assert not compose.progress.isVisible() and compose.send_button.isEnabled()
    assert not thank_you_done(interview_id, zoe)


def test_send_test_message_from_the_settings(qtbot, make_window, server) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.menu_actions.settings_action.trigger()
    page = window.dialogs.active.mail_page
    window.dialogs.active.tabs.setCurrentWidget(page)
    account = server.account()
    page.host.setText(account.host)
    page.security.setCurrentIndex(1)
    page.port.setValue(account.port)
    page.user.setText(account.user)
    page.sender_address.setText(account.sender)
    page.ca_file.setText(account.ca_file)
    page.password.setText("wrong")
    page.test_button.click()
    assert page.test_progress.isVisible() and not page.test_button.isEnabled()
    qtbot.waitUntil(lambda: page.job is None, timeout=15000)
    assert "Test failed" in page.account_status.text() and "535" in page.account_status.text()
    page.password.setText(PASSWORD)
    page.test_button.click()
    qtbot.waitUntil(lambda: page.job is None, timeout=15000)
    assert page.account_status.text() == f"Test message sent to {account.sender}."
    [arrived] = server.messages
    assert arrived["To"] == account.sender and arrived["Subject"] == "Finish Strong test message"


def test_markup_typed_in_notes_is_shown_in_the_draft_as_text(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    """A talking point with tags and entities reaches the draft character for character."""
    interview_id, zoe = interview_with_debrief(clock)
    marked = "<b>Q3</b> roadmap &amp; <i>launch</i> <script>x</script>"
    save_talked_about(interview_id, zoe, f"★ {marked}")
    window = make_window()
    compose = open_compose(window, interview_id)
    body = next(page for page in compose.pages if page.person.id == zoe).body
    assert marked in body.toPlainText()
    assert "&lt;b&gt;Q3&lt;/b&gt;" in body.document().toHtml()  # the tags are characters on screen, not bold
