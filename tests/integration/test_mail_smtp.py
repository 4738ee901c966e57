"""The thank-you e-mail over real SMTP: aiosmtpd with a trustme certificate, STARTTLS or implicit
TLS, and AUTH. What arrives is checked header by header; every failure is provoked for real and
must come back in plain words with the server's reason."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.debrief import OpenQuestion
from desktop_app.domain.email_draft import DEFAULT_TEMPLATES, context_for, render
from desktop_app.domain.model import Interview, Person
from desktop_app.mail.errors import MailErrorKind
from desktop_app.mail.message import build_message
from desktop_app.mail.smtp_sender import SendError, send
from desktop_app.store.database import close_database, open_database
from desktop_app.store.debrief_store import load_debrief, save_questions, save_talked_about
from desktop_app.store.email_store import SentMessage, record_sent, thank_you_done
from desktop_app.store.interviews import load_interview, save_interview
from tests.mail_server import PASSWORD, MailServer, free_port

pytestmark = [
    pytest.mark.integration,
    # aiosmtpd 1.4 itself touches its own deprecated Session.login_data on every successful AUTH.
    pytest.mark.filterwarnings("ignore:Session.login_data is deprecated:DeprecationWarning"),
]

SENT_AT = datetime(2026, 3, 4, 18, 30, tzinfo=UTC)


@pytest.fixture
def interview_id(tmp_path: Path) -> Iterator[int]:
    open_database(tmp_path / "data" / "finish-strong.sqlite3", tmp_path / "data" / "backups")
    start = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)
    saved = save_interview(Interview("Northwind Analytics", "Product Manager", start, start + timedelta(hours=1),
                                     "UTC", interviewers=[Person("Zoë Ñúñez", email="zoe@northwind.example")]))
    person = load_interview(saved).interviewers[0]
    assert person.id is not None
    save_talked_about(saved, person.id, "★ Real-time dashboards for the Ñúñez team")
    save_questions(saved, [OpenQuestion("Can you start in April?", "Yes — 1 April works.")])
    yield saved
    close_database()


def draft(interview_id: int) -> tuple[int, str, str]:
    interview = load_interview(interview_id)
    person = interview.interviewers[0]
    assert person.id is not None
    subject, body = render(DEFAULT_TEMPLATES[0], context_for(interview, person, load_debrief(interview_id), "Alex"))
    return person.id, subject, body


@pytest.mark.parametrize("implicit_tls", [False, True], ids=["starttls", "ssl"])
def test_message_arrives_with_headers_and_utf8_body_and_the_step_is_done(
        tmp_path: Path, interview_id: int, implicit_tls: bool) -> None:
    person_id, subject, body = draft(interview_id)
    with MailServer(tmp_path, implicit_tls) as server:
        account = server.account()
        message = build_message(account.sender, "Alex Kim", ["zoe@northwind.example"], subject, body, SENT_AT)
        assert send(account, PASSWORD, message) == {}
        record_sent(interview_id, person_id, SentMessage(person_id, SENT_AT, message["Message-ID"],
                                                         message["To"], subject, body, "smtp"))
    [arrived] = server.messages
    assert arrived["From"].addresses[0].display_name == "Alex Kim"
    assert arrived["From"].addresses[0].addr_spec == account.sender
    assert arrived["To"] == "zoe@northwind.example"
    assert arrived["Subject"] == subject
    assert arrived["Date"].datetime == SENT_AT
    assert arrived["Message-ID"] == message["Message-ID"] and arrived["Message-ID"].endswith("@mail.example>")
    text = arrived.get_content()
    assert "Dear Zoë Ñúñez" in text and "Real-time dashboards for the Ñúñez team" in text
    assert "yes — 1 April works." in text  # the answer, mid-sentence
    assert server.handler.envelopes == [(account.sender, ["zoe@northwind.example"])]
    assert thank_you_done(interview_id, person_id)


def failure(account_changes: dict[str, object], password: str, to: str, tmp_path: Path,
            trust: bool = True) -> tuple[str, MailServer]:
    with MailServer(tmp_path) as server:
        account = server.account(trust=trust, **account_changes)
        message = build_message(account.sender, "", [to], "Thanks", "Zoë", SENT_AT)
        with pytest.raises(SendError) as caught:
            send(account, password, message)
    return str(caught.value), server


def test_wrong_password_shows_the_servers_reason(tmp_path: Path) -> None:
    text, server = failure({}, "not it", "zoe@northwind.example", tmp_path)
    assert "refused the user name or password" in text and "Authentication credentials invalid" in text
    assert server.messages == []


def test_untrusted_certificate_is_refused_without_the_custom_ca(tmp_path: Path) -> None:
    text, server = failure({}, PASSWORD, "zoe@northwind.example", tmp_path, trust=False)
    assert "certificate is not trusted" in text and "CA file" in text
    assert server.messages == []


def test_refused_recipient_names_the_address_and_reason(tmp_path: Path) -> None:
    text, server = failure({}, PASSWORD, "nobody@refused.example", tmp_path)
    assert "nobody@refused.example" in text and "User unknown" in text and "550" in text
    assert server.messages == []


def test_closed_port_says_nothing_answers(tmp_path: Path) -> None:
    text, _server = failure({"port": free_port()}, PASSWORD, "zoe@northwind.example", tmp_path)
    assert "connection refused" in text


def test_a_server_that_never_answers_times_out(tmp_path: Path) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        with MailServer(tmp_path) as server:
            account = server.account(port=silent.getsockname()[1], timeout=0.5)
        message = build_message(account.sender, "", ["zoe@northwind.example"], "Thanks", "Zoë", SENT_AT)
        with pytest.raises(SendError, match="did not answer within 0.5 seconds"):
            send(account, PASSWORD, message)


def test_starttls_required_before_a_password_is_sent(tmp_path: Path) -> None:
    """Pointing a STARTTLS account at an implicit-TLS port fails cleanly instead of hanging."""
    with MailServer(tmp_path, implicit_tls=True) as server:
        account = server.account(security="starttls", timeout=3)
        message = build_message(account.sender, "", ["zoe@northwind.example"], "Thanks", "Zoë", SENT_AT)
        with pytest.raises(SendError):
            send(account, PASSWORD, message)
    assert server.messages == []


def test_a_missing_ca_file_is_reported(tmp_path: Path) -> None:
    text, _server = failure({"ca_file": str(tmp_path / "nope.pem")}, PASSWORD, "zoe@northwind.example", tmp_path)
    assert "could not be read" in text


# --------------------------------------------------------------- kinds (issue 16)
def kind_of(account_changes: dict[str, object], password: str, to: str, tmp_path: Path,
            trust: bool = True) -> MailErrorKind:
    with MailServer(tmp_path) as server:
        account = server.account(trust=trust, **account_changes)
        message = build_message(account.sender, "", [to], "Thanks", "Zoë", SENT_AT)
        with pytest.raises(SendError) as caught:
            send(account, password, message)
    return caught.value.kind


def test_each_failure_carries_its_kind(tmp_path: Path) -> None:
    """Callers branch on the kind: only AUTHENTICATION forgets the password (see test_compose)."""
    assert kind_of({}, "not it", "zoe@northwind.example", tmp_path) is MailErrorKind.AUTHENTICATION
    assert kind_of({}, PASSWORD, "zoe@northwind.example", tmp_path, trust=False) is MailErrorKind.TLS
    assert kind_of({}, PASSWORD, "nobody@refused.example", tmp_path) is MailErrorKind.RECIPIENT_REFUSED
    assert kind_of({"port": free_port()}, PASSWORD, "zoe@northwind.example", tmp_path) is MailErrorKind.UNREACHABLE
    assert kind_of({"ca_file": str(tmp_path / "nope.pem")}, PASSWORD, "zoe@northwind.example",
                   tmp_path) is MailErrorKind.CONFIGURATION


def test_silence_is_a_timeout_and_a_missing_starttls_is_tls(tmp_path: Path) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        with MailServer(tmp_path) as server:
            account = server.account(port=silent.getsockname()[1], timeout=0.5)
        message = build_message(account.sender, "", ["zoe@northwind.example"], "Thanks", "Zoë", SENT_AT)
        with pytest.raises(SendError) as caught:
            send(account, PASSWORD, message)
    assert caught.value.kind is MailErrorKind.TIMEOUT
    with MailServer(tmp_path, plain=True) as server:  # a server without STARTTLS, asked for STARTTLS
        account = server.account(security="starttls")
        with pytest.raises(SendError) as caught:
            send(account, PASSWORD, message)
    assert caught.value.kind is MailErrorKind.TLS and "STARTTLS" in str(caught.value)
    assert server.messages == []


def test_a_connection_dropped_after_the_message_went_out_says_it_may_have_been_sent(tmp_path: Path) -> None:
    with MailServer(tmp_path) as server:
        server.handler.drop_after_data = True
        account = server.account()
        message = build_message(account.sender, "", ["zoe@northwind.example"], "Thanks", "Zoë", SENT_AT)
        with pytest.raises(SendError) as caught:
            send(account, PASSWORD, message)
    assert caught.value.kind is MailErrorKind.MAYBE_SENT
    assert "may have been sent" in str(caught.value) and "Sent folder" in str(caught.value)
    assert len(server.messages) == 1  # it did arrive: "nothing was sent" would have been a lie


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
@pytest.mark.parametrize("with_auth", [True, False], ids=["auth", "no-auth"])
def test_a_relay_on_this_computer_works_without_tls(tmp_path: Path, host: str, with_auth: bool) -> None:
    if host == "::1" and not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    with MailServer(tmp_path, plain=True, host=host) as server:
        account = server.account(**({} if with_auth else {"user": ""}))
        message = build_message(account.sender, "", ["zoe@northwind.example"], "Thanks", "Zoë", SENT_AT)
        assert send(account, PASSWORD if with_auth else None, message) == {}
    assert [m["Subject"] for m in server.messages] == ["Thanks"]


def test_auth_without_tls_to_another_host_is_refused_before_connecting(tmp_path: Path) -> None:
    from desktop_app.store.mail_settings import PLAIN, MailAccount

    account = MailAccount(host="smtp.example.com", port=free_port(), security=PLAIN, user="zoe",
                          sender="zoe@mail.example", timeout=2)
    message = build_message(account.sender, "", ["zoe@northwind.example"], "Thanks", "Zoë", SENT_AT)
    with pytest.raises(SendError) as caught:
        send(account, PASSWORD, message)
    assert caught.value.kind is MailErrorKind.CONFIGURATION
    assert "unencrypted" in str(caught.value) and "smtp.example.com" in str(caught.value)
