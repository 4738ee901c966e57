"""The reply radar against a real Dovecot on 127.0.0.1 (tests/imap_server.py): sent copies filed
once, replies, auto-replies, bounces and referral answers matched, and failures told by kind."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from email.utils import make_msgid
from pathlib import Path

import pytest

from desktop_app.domain.debrief import Referral
from desktop_app.domain.model import Person
from desktop_app.mail.errors import MailError, MailErrorKind
from desktop_app.mail.imap_client import ImapSession
from desktop_app.mail.mail_check import check
from desktop_app.store.database import close_database, open_database
from desktop_app.store.debrief_store import save_referrals
from desktop_app.store.email_store import SentEmail, SentMessage, record_sent, thank_you_follow_up
from desktop_app.store.imap_settings import ImapAccount
from desktop_app.store.interviews import load_interview, save_interview
from desktop_app.store.mail_settings import MailAccount
from desktop_app.store.models import FollowUp
from desktop_app.store.reply_store import Finding, folder_state, outcomes
from tests.imap_server import PASSWORD, USER, DropAfterUpload, ImapServer, dsn, mail
from tests.unit.conftest import build_interview

pytestmark = pytest.mark.integration
ME = "alex@home.example"
DANA = "dana@northwind.example"
SAM = "sam@northwind.example"
PAT = "pat@referral.example"


@dataclass
class Radar:
    server: ImapServer
    account: ImapAccount
    smtp: MailAccount
    interview_id: int
    dana: int
    sam: int
    dana_mid: str

    def check(self, **changes: object) -> list[Finding]:
        return check(replace(self.account, **changes), self.smtp, PASSWORD)

    def send(self, person_id: int, to: str, subject: str = "Thank you") -> str:
        message_id = make_msgid(domain="home.example")
        record_sent(self.interview_id, person_id, SentMessage(
            person_id, datetime.now(UTC) - timedelta(hours=1), message_id, to, subject,
            "Dear Dana,\nthank you for your time today.\n", "smtp"))
        return message_id


@pytest.fixture(params=[True, False], ids=["special-use", "no-special-use"])
def radar(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Radar]:
    open_database(tmp_path / "data" / "finish-strong.sqlite3", tmp_path / "data" / "backups")
    try:
        with ImapServer(tmp_path, special_use=request.param) as server:
            start = (datetime.now(UTC) - timedelta(hours=3)).strftime("%Y-%m-%d %H:%M")
            interview_id = save_interview(build_interview(start=start, zone="UTC", interviewers=[
                Person("Dana Whitfield", email=DANA), Person("Sam Lee", email=SAM)]))
            dana, sam = (p.id for p in load_interview(interview_id).interviewers)
            save_referrals(interview_id, [Referral(name="Pat Jones", contact=f"Pat <{PAT}>", suggested_by=dana)])
            smtp = MailAccount(host="127.0.0.1", user=USER, sender=ME, sender_name="Alex Kim")
            radar = Radar(server, server.account(), smtp, interview_id, dana, sam, "")  # type: ignore[arg-type]
            radar.dana_mid = radar.send(dana, DANA)
            yield radar
    finally:
        close_database()


def kinds(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.kind, f.person) for f in findings]


def test_sent_copy_is_filed_once_with_seen(radar: Radar) -> None:
    sent_folder = radar.server.sent_folder
    first = radar.check()
    assert kinds(first) == [("filed_sent", "Dana Whitfield")]
    assert first[0].detail == sent_folder
    assert kinds(radar.check()) == []
    copies = radar.server.messages(sent_folder)
    assert len(copies) == 1 and radar.dana_mid.encode() in copies[0]
    assert "\\Seen" in radar.server.flags(sent_folder)[0]


def test_an_append_whose_answer_was_lost_is_not_repeated(radar: Radar) -> None:
    """A relay drops the connection after the server stored the copy but before its OK came back."""
    SentEmail.update(body="A long thank-you.\n" * 400).execute()  # an upload the relay recognises
    relay = DropAfterUpload(radar.server.ssl_port)
    try:
        with pytest.raises(MailError) as failed:
            radar.check(port=relay.port)
        assert relay.dropped
        assert failed.value.kind in (MailErrorKind.UNREACHABLE, MailErrorKind.TLS)
        assert len(radar.server.messages(radar.server.sent_folder)) == 1  # stored, but not known to be
        assert kinds(radar.check(port=relay.port)) == [("filed_sent", "Dana Whitfield")]  # retried at the next check
    finally:
        relay.close()
    assert len(radar.server.messages(radar.server.sent_folder)) == 1  # no duplicate
    assert kinds(radar.check()) == []


def test_reply_by_in_reply_to_from_another_address(radar: Radar) -> None:
    radar.check()
    radar.server.deliver(mail("Dana W <dana.w@gmail.example>", "Re: Thank you", In_Reply_To=radar.dana_mid))
    found = radar.check()
    assert kinds(found) == [("reply", "Dana Whitfield")]
    assert found[0].follow_up == FollowUp.get_by_id(thank_you_follow_up(radar.interview_id, radar.dana)).uid
    shown = outcomes(radar.interview_id)[radar.dana]
    assert shown.kind == "reply" and shown.subject == "Re: Thank you"
    assert shown.first_lines.startswith("Thanks, Alex — let's talk next week.")
    assert kinds(radar.check()) == []  # read once


def test_reply_by_sender_only(radar: Radar) -> None:
    radar.server.deliver(mail(f"Dana Whitfield <{DANA}>", "Next steps"))
    assert kinds(radar.check()) == [("filed_sent", "Dana Whitfield"), ("reply", "Dana Whitfield")]


def test_reply_in_a_thread_of_several_names_the_right_thank_you(radar: Radar) -> None:
    sam_mid = radar.send(radar.sam, SAM)
    radar.check()
    references = f"{make_msgid(domain='x.example')} {sam_mid} {make_msgid(domain='y.example')}"
    radar.server.deliver(mail("assistant@northwind.example", "Re: Re: Thank you", References=references,
                              In_Reply_To=make_msgid(domain="y.example")))
    assert kinds(radar.check()) == [("reply", "Sam Lee")]


def test_auto_reply_is_out_of_office_not_a_reply(radar: Radar) -> None:
    radar.check()
    radar.server.deliver(mail(DANA, "Automatic reply: Thank you",
                              "I am out of the office until 12 December 2030 with limited access to e-mail.\n",
                              Auto_Submitted="auto-replied", In_Reply_To=radar.dana_mid))
    assert kinds(radar.check()) == [("auto_reply", "Dana Whitfield")]
    shown = outcomes(radar.interview_id)[radar.dana]
    assert shown.kind == "auto_reply" and shown.until == date(2030, 12, 12)


def test_bounce_reopens_the_step_with_the_servers_reason(radar: Radar) -> None:
    follow_up = thank_you_follow_up(radar.interview_id, radar.dana)
    assert FollowUp.get_by_id(follow_up).done_at is not None  # ticked when sent
    radar.check()
    radar.server.deliver(dsn(radar.dana_mid, DANA))
    found = radar.check()
    assert kinds(found) == [("bounce", "Dana Whitfield")]
    assert "550 5.1.1" in found[0].detail and "User unknown" in found[0].detail
    assert FollowUp.get_by_id(follow_up).done_at is None  # reopened
    assert outcomes(radar.interview_id)[radar.dana].kind == "bounce"


def test_a_referrals_answer(radar: Radar) -> None:
    radar.check()
    radar.server.deliver(mail(f"Pat Jones <{PAT}>", "Happy to chat"))
    found = radar.check()
    assert kinds(found) == [("reply", "Pat Jones")]
    referral_step = FollowUp.get(FollowUp.step == "referral")
    assert found[0].follow_up == referral_step.uid
    assert referral_step.done_at == found[0].received_at  # "Contact the referral" ticked at the answer's time


def test_unrelated_mail_matches_nothing(radar: Radar) -> None:
    radar.check()
    radar.server.deliver(mail("news@shop.example", "Our weekly offers",
                              In_Reply_To=make_msgid(domain="shop.example")))
    radar.server.deliver(mail(DANA.replace("dana", "dan"), "Hello"))
    assert kinds(radar.check()) == []
    assert outcomes(radar.interview_id) == {}


def test_a_check_after_the_first_reads_only_new_uids(radar: Radar, monkeypatch: pytest.MonkeyPatch) -> None:
    for number in range(5):
        radar.server.deliver(mail("news@shop.example", f"Offer {number}"))
    radar.check()
    validity, uidnext = folder_state(f"{USER}@127.0.0.1:{radar.account.port}", "INBOX")  # type: ignore[misc]
    assert uidnext == 6
    asked: list[list[int]] = []
    original = ImapSession.fetch

    def spy(self: ImapSession, folder: str, uids: list[int], what: str):  # type: ignore[no-untyped-def]
        asked.append(list(uids))
        return original(self, folder, uids, what)

    monkeypatch.setattr(ImapSession, "fetch", spy)
    assert radar.check() == [] and asked == []  # nothing new: not even a FETCH
    radar.server.deliver(mail(DANA, "Re: Thank you"))
    assert kinds(radar.check()) == [("reply", "Dana Whitfield")]
    assert asked[0] == [6]


def test_starttls_on_the_plain_port(radar: Radar) -> None:
    assert kinds(radar.check(port=radar.server.port, security="starttls")) == [("filed_sent", "Dana Whitfield")]


def test_wrong_password_is_an_authentication_failure(radar: Radar) -> None:
    with pytest.raises(MailError) as failed:
        check(radar.account, radar.smtp, "wrong password")
    assert failed.value.kind is MailErrorKind.AUTHENTICATION


def test_an_untrusted_certificate_is_refused(radar: Radar) -> None:
    with pytest.raises(MailError) as failed:
        radar.check(ca_file="")
    assert failed.value.kind is MailErrorKind.TLS
    assert "not trusted" in str(failed.value)


def test_a_server_that_hangs_times_out(radar: Radar) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True)
    thread.start()
    try:
        with pytest.raises(MailError) as failed:
            radar.check(port=listener.getsockname()[1], timeout=1.0)
        assert failed.value.kind is MailErrorKind.TIMEOUT
    finally:
        for sock in accepted:
            sock.close()
        listener.close()


def test_no_reply_after_a_week_adds_a_check_in_that_a_reply_removes(radar: Radar) -> None:
    from desktop_app.store.follow_up_queries import checklist

    def check_ins() -> list[str | None]:
        return [r.person for r in checklist(radar.interview_id) if r.step.value == "check_in"]

    radar.check()
    assert check_ins() == []  # too early
    week_later = datetime.now(UTC) + timedelta(days=7, minutes=1)
    check(radar.account, radar.smtp, PASSWORD, clock=lambda: week_later)
    assert check_ins() == ["Dana Whitfield"]
    radar.server.deliver(mail(DANA, "Re: Thank you", In_Reply_To=radar.dana_mid))
    assert kinds(check(radar.account, radar.smtp, PASSWORD, clock=lambda: week_later)) == [
        ("reply", "Dana Whitfield")]
    assert check_ins() == []


def test_a_missing_extra_folder_is_a_configuration_problem(radar: Radar) -> None:
    with pytest.raises(MailError) as failed:
        radar.check(extra_folder="Recruiters")
    assert failed.value.kind is MailErrorKind.CONFIGURATION and "Recruiters" in str(failed.value)


def test_an_extra_folder_is_watched_and_huge_headers_are_cut(radar: Radar) -> None:
    imap = radar.server.client()
    try:
        assert imap.create('"Recruiters"')[0] == "OK"
    finally:
        imap.logout()
    radar.check(extra_folder="Recruiters")
    radar.server.deliver(mail(f"{'Dana ' * 400}<{DANA}>", "Re: " + "Thank you " * 200, "<b>" * 5000),
                         folder="Recruiters")
    found = radar.check(extra_folder="Recruiters")
    assert kinds(found) == [("reply", "Dana Whitfield")]
    shown = outcomes(radar.interview_id)[radar.dana]
    assert len(shown.subject) <= 500 and len(shown.sender) <= 500 and len(shown.first_lines) <= 300


def test_a_chosen_sent_folder_with_a_non_ascii_name(radar: Radar) -> None:
    imap = radar.server.client()
    try:
        assert imap.create('"&AMk-l&AOk-ments envoy&AOk-s"')[0] == "OK"  # "Éléments envoyés", modified UTF-7
    finally:
        imap.logout()
    found = radar.check(sent_folder="Éléments envoyés")
    assert kinds(found) == [("filed_sent", "Dana Whitfield")]
    assert len(radar.server.messages("&AMk-l&AOk-ments envoy&AOk-s")) == 1
    assert radar.server.messages(radar.server.sent_folder) == []
