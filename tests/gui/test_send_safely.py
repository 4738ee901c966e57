"""Sending the thank-you safely: never twice by accident, not before the interview, the password
forgotten only when the server rejected it, and a dropped connection after DATA said honestly.
Real aiosmtpd servers on 127.0.0.1; every question is answered both ways."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_app.domain.model import Person
from desktop_app.store.email_store import sent_messages, thank_you_done
from desktop_app.store.interviews import load_interview, save_interview
from desktop_app.store.mail_settings import save_account
from tests.mail_server import PASSWORD, MailServer

from .conftest import sample_interview
from .test_compose import open_compose

pytestmark = [pytest.mark.filterwarnings("ignore:Session.login_data is deprecated:DeprecationWarning"),
              pytest.mark.usefixtures("no_keyring")]  # tests/gui/conftest.py


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MailServer]:
    with MailServer(tmp_path) as running:
        yield running


def interview(clock, hours_from_now: float = -2) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    saved = sample_interview(clock.now + timedelta(hours=hours_from_now))
    saved.interviewers = [Person("Dana Reyes", email="dana@northwind.example")]
    interview_id = save_interview(saved)
    person = load_interview(interview_id).interviewers[0].id
    assert person is not None
    return interview_id, person


def question(compose) -> QMessageBox:  # type: ignore[no-untyped-def]
    box = compose.dialogs.active
    assert isinstance(box, QMessageBox), box
    return box


def click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text().replace("&", "") == text).click()


def past_checks(compose) -> None:  # type: ignore[no-untyped-def]
    """These interviews have no debrief, so the draft checks ask "Please check"; send anyway."""
    box = compose.dialogs.active
    if isinstance(box, QMessageBox) and box.text().startswith("Please check"):
        click(box, "Send anyway")


def ctrl_return(qtbot, compose) -> None:  # type: ignore[no-untyped-def]
    """The shortcut as the user presses it: in the compose window, when it is the active window."""
    if compose.dialogs.active is None:
        compose.activateWindow()
        qtbot.waitUntil(compose.isActiveWindow, timeout=3000)
    qtbot.keyClick(compose.current().body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def send(compose) -> None:  # type: ignore[no-untyped-def]
    compose.send()
    past_checks(compose)


def test_a_sent_draft_says_so_and_sending_again_asks_naming_when(qtbot, make_window, clock, server) -> None:  # type: ignore[no-untyped-def]
    interview_id, dana = interview(clock)
    save_account(server.account())
    compose = open_compose(make_window(), interview_id)
    compose.passwords.set(server.account().host, server.account().user, PASSWORD)
    assert compose.current().to.text() == "Dana Reyes <dana@northwind.example>"
    send(compose)
    qtbot.waitUntil(lambda: compose.job is None and len(server.messages) == 1, timeout=15000)
    assert server.messages[0]["To"].addresses[0].display_name == "Dana Reyes"
    label = compose.current().sent_label.text()
    assert label.startswith("Sent ") and label.endswith("to Dana Reyes")

    clock.advance(minutes=5)
    ctrl_return(qtbot, compose)
    box = question(compose)
    assert "already sent this thank-you today at" in box.text() and "Dana Reyes" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert compose.job is None and len(server.messages) == 1

    compose.send()
    click(question(compose), "Send again")
    past_checks(compose)
    qtbot.waitUntil(lambda: compose.job is None and len(server.messages) == 2, timeout=15000)
    assert len(sent_messages(interview_id)) == 2 and thank_you_done(interview_id, dana)


def test_a_double_press_or_a_press_while_sending_sends_once(qtbot, make_window, clock, server) -> None:  # type: ignore[no-untyped-def]
    interview_id, _dana = interview(clock)
    save_account(server.account())
    compose = open_compose(make_window(), interview_id)
    compose.passwords.set(server.account().host, server.account().user, PASSWORD)
    compose.current().body.setPlainText("Dear Dana, thank you for your time today; I enjoyed it. Best, Alex")
    ctrl_return(qtbot, compose)
    checks = compose.dialogs.active
    ctrl_return(qtbot, compose)  # a double press
    assert compose.dialogs.active is checks  # the second press asked nothing new
    past_checks(compose)
    ctrl_return(qtbot, compose)  # pressed while sending
    compose.send_button.click()  # disabled while sending: nothing happens
    assert compose.dialogs.active is None  # no "already sent?" question stacked on top
    qtbot.waitUntil(lambda: compose.job is None, timeout=15000)
    assert len(server.messages) == 1 and len(sent_messages(interview_id)) == 1


def test_sending_before_the_interview_has_ended_asks(qtbot, make_window, clock, server) -> None:  # type: ignore[no-untyped-def]
    interview_id, dana = interview(clock, hours_from_now=26)
    save_account(server.account())
    compose = open_compose(make_window(), interview_id)
    compose.passwords.set(server.account().host, server.account().user, PASSWORD)
    compose.send()
    box = question(compose)
    assert box.text().startswith("The interview is ") and "send the thank-you now?" in box.text()
    assert "tomorrow at" in box.text() or " on " in box.text()  # 26 h ahead: tomorrow, or later near midnight
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert compose.job is None and server.messages == [] and not thank_you_done(interview_id, dana)
    compose.send()
    click(question(compose), "Send now")
    past_checks(compose)
    qtbot.waitUntil(lambda: compose.job is None and len(server.messages) == 1, timeout=15000)
    assert thank_you_done(interview_id, dana)


def test_a_tls_failure_keeps_the_stored_password_and_a_rejected_one_is_forgotten(  # type: ignore[no-untyped-def]
        qtbot, make_window, clock, tmp_path, server) -> None:
    interview_id, _dana = interview(clock)
    compose = open_compose(make_window(), interview_id)
    (tmp_path / "plain").mkdir()
    with MailServer(tmp_path / "plain", plain=True) as no_tls:  # offers no STARTTLS: "password" in the message
        account = no_tls.account(security="starttls")
        save_account(account)
        compose.passwords.set(account.host, account.user, PASSWORD)
        send(compose)
        qtbot.waitUntil(lambda: compose.job is None and "Not sent" in compose.status.text(), timeout=15000)
        assert "STARTTLS" in compose.status.text() and "password" in compose.status.text()
        assert compose.passwords.get(account.host, account.user) == PASSWORD  # kept: not an authentication error

    account = server.account()
    save_account(account)
    compose.passwords.set(account.host, account.user, "an old password")
    send(compose)
    qtbot.waitUntil(lambda: compose.job is None and "Not sent" in compose.status.text(), timeout=15000)
    assert compose.passwords.get(account.host, account.user) is None  # rejected by the server: forgotten


def test_a_password_typed_at_the_prompt_is_kept_only_once_the_server_accepted_it(  # type: ignore[no-untyped-def]
        qtbot, make_window, clock, server) -> None:
    interview_id, _dana = interview(clock)
    account = server.account(user="zoe@mail.example", trust=False)  # untrusted certificate: fails before AUTH
    save_account(account)
    compose = open_compose(make_window(), interview_id)
    send(compose)
    qtbot.waitUntil(lambda: isinstance(compose.dialogs.active, QInputDialog), timeout=3000)
    compose.dialogs.active.setTextValue(PASSWORD)
    compose.dialogs.active.accept()
    qtbot.waitUntil(lambda: compose.job is None and "Not sent" in compose.status.text(), timeout=15000)
    assert compose.passwords.get(account.host, account.user) is None  # never reached the server: not kept

    save_account(server.account())
    send(compose)
    qtbot.waitUntil(lambda: isinstance(compose.dialogs.active, QInputDialog), timeout=3000)
    compose.dialogs.active.setTextValue(PASSWORD)
    compose.dialogs.active.accept()
    qtbot.waitUntil(lambda: compose.job is None and len(server.messages) == 1, timeout=15000)
    assert compose.passwords.get(account.host, account.user) == PASSWORD


def test_a_connection_dropped_after_the_message_went_out_says_it_may_have_been_sent(  # type: ignore[no-untyped-def]
        qtbot, make_window, clock, server) -> None:
    interview_id, dana = interview(clock)
    save_account(server.account())
    server.handler.drop_after_data = True
    compose = open_compose(make_window(), interview_id)
    compose.passwords.set(server.account().host, server.account().user, PASSWORD)
    send(compose)
    qtbot.waitUntil(lambda: compose.job is None and compose.status.text().startswith("Perhaps sent"), timeout=15000)
    assert "may have been sent" in compose.status.text() and "Sent folder" in compose.status.text()
    assert compose.passwords.get(server.account().host, server.account().user) == PASSWORD
    assert len(server.messages) == 1 and not thank_you_done(interview_id, dana)


def test_ticking_a_step_before_the_interview_has_ended_asks(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.store.follow_up_queries import checklist

    interview_id, _dana = interview(clock, hours_from_now=3)
    window = make_window()
    window.select_interview(interview_id)
    tree = window.details.checklist
    tree.topLevelItem(1).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, QMessageBox))
    box = window.dialogs.active
    assert box.text().startswith("The interview is ") and "mark this step done already?" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: window.details.checklist.topLevelItem(1).checkState(0) == Qt.CheckState.Unchecked)
    assert all(row.done_at is None for row in checklist(interview_id))

    window.details.checklist.topLevelItem(1).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, QMessageBox))
    click(window.dialogs.active, "Mark done")
    qtbot.waitUntil(lambda: checklist(interview_id)[1].done_at == clock.now)

    clock.advance(hours=5)  # after the interview: no question
    window.details.checklist.topLevelItem(2).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: checklist(interview_id)[2].done_at == clock.now)
    assert window.dialogs.active is None
