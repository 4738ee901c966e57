"""Storing thank-you drafts, sent messages (which tick the step and cancel its reminder), the
mail account (never a password) and the templates."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import peewee

from desktop_app.domain.email_draft import DEFAULT_TEMPLATES, EmailTemplate
from desktop_app.domain.model import Person, Step
from desktop_app.store import migrations
from desktop_app.store.database import close_database, open_database
from desktop_app.store.email_store import (
    SentMessage,
    load_draft,
    record_sent,
    save_draft,
    sent_messages,
    thank_you_done,
    thank_you_follow_up,
)
from desktop_app.store.follow_up_queries import checklist
from desktop_app.store.interviews import load_interview, save_interview
from desktop_app.store.mail_settings import (
    SSL,
    MailAccount,
    load_account,
    load_templates,
    save_account,
    save_templates,
)
from desktop_app.store.models import FollowUp
from desktop_app.store.reminder_store import follow_up_target
from desktop_app.store.settings_store import all_settings, set_setting

from .conftest import MakeInterview

NOW = datetime(2026, 3, 4, 20, 0, tzinfo=UTC)


def two_people(make_interview: MakeInterview) -> tuple[int, list[int]]:
    interview_id = save_interview(make_interview(interviewers=[
        Person("Zoë Ñúñez", email="zoe@northwind.example"), Person("Sam Lee", email="sam@northwind.example")]))
    return interview_id, [p.id for p in load_interview(interview_id).interviewers]  # type: ignore[misc]


def test_schema_has_the_mail_tables(db: peewee.SqliteDatabase) -> None:
    tables = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"email_draft", "sent_email"} <= tables
    assert migrations.schema_version(db) == migrations.LATEST_VERSION


def test_draft_survives_a_restart(db_path: Path, db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id, (zoe, sam) = two_people(make_interview)
    assert load_draft(interview_id, zoe) is None
    save_draft(interview_id, zoe, "Thanks", "first", NOW)
    save_draft(interview_id, zoe, "Thank you, Zoë", "Dear Zoë Ñúñez,\n★ <b>markup</b>\n", NOW)
    close_database()
    open_database(db_path, db_path.parent / "backups")
    draft = load_draft(interview_id, zoe)
    assert draft is not None and draft.subject == "Thank you, Zoë"
    assert draft.body == "Dear Zoë Ñúñez,\n★ <b>markup</b>\n" and draft.updated_at == NOW
    assert load_draft(interview_id, sam) is None  # one draft per interviewer


def test_sending_ticks_only_that_interviewers_step_and_cancels_its_reminder(
        db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id, (zoe, sam) = two_people(make_interview)
    zoe_step = thank_you_follow_up(interview_id, zoe)
    assert zoe_step is not None and follow_up_target(zoe_step).person_id == zoe
    assert FollowUp.get_by_id(zoe_step).alert_at is not None
    record_sent(interview_id, zoe, SentMessage(zoe, NOW, "<1@home.example>", "zoe@northwind.example",
                                               "Thanks", "Dear Zoë", "smtp"))
    assert thank_you_done(interview_id, zoe) and not thank_you_done(interview_id, sam)
    assert FollowUp.get_by_id(zoe_step).alert_at is None
    rows = [r for r in checklist(interview_id) if r.step == Step.THANK_YOU_EMAIL]
    assert [r.done_at for r in rows] == [NOW, None]
    [sent] = sent_messages(interview_id)
    assert (sent.message_id, sent.recipients, sent.body, sent.sent_at) == (
        "<1@home.example>", "zoe@northwind.example", "Dear Zoë", NOW)


def test_account_is_stored_without_a_password(db: peewee.SqliteDatabase) -> None:
    assert not load_account().configured
    save_account(MailAccount(host="smtp.example.com", port=465, security=SSL, user="alex", sender="alex@example.com"))
    account = load_account()
    assert account.configured and account.port == 465 and account.security == SSL
    assert "password" not in str(all_settings()).lower()


def test_garbage_settings_fall_back_to_defaults(db: peewee.SqliteDatabase) -> None:
    set_setting("mail_account", {"host": "h", "security": "telnet", "bogus": 1})
    assert load_account().security == "starttls" and load_account().host == "h"
    set_setting("email_templates", "not a list")
    assert load_templates() == list(DEFAULT_TEMPLATES)


def test_templates_round_trip(db: peewee.SqliteDatabase) -> None:
    mine = [EmailTemplate("Mine ✓", "Merci $first_name", "Chère $name,\n$talking_points")]
    save_templates(mine)
    assert load_templates() == mine
