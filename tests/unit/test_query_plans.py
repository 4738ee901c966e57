"""Every query a start-up or a screen runs is answered through an index, never a full scan.

The queries are not listed by hand: the real store functions run on a small demo file with
SQLite's trace hook on, and each SELECT/UPDATE/DELETE they sent is explained
(`EXPLAIN QUERY PLAN`). A plan step `SCAN <table>` without an index means the work grows with
the whole file (issue 21: the start-up purge scanned `interview` for `deleted_at`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import peewee
import pytest

from desktop_app.store import card_store, email_store, reminder_store
from desktop_app.store.database import db_proxy, fill_company_keys
from desktop_app.store.debrief_store import earlier_rounds, load_debrief, referral_for_follow_up
from desktop_app.store.demo import generate_demo
from desktop_app.store.follow_up_queries import calendar_entries, checklist, due
from desktop_app.store.interviews import find_interview, find_people, has_interviews, load_interview, purge_deleted
from desktop_app.store.models import FollowUp, Interview
from desktop_app.store.search import search_grouped

NOW = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)
#: `SCAN t`, with or without an index, walks every row of t (or of one of its indexes).
FULL_SCAN = re.compile(r"^SCAN (\w+)(?: AS \w+)?(?: USING (?:COVERING )?INDEX \w+)?$")
#: Tables that stay tiny however many interviews there are.
SMALL_TABLES = {"setting"}
#: Partial indexes that hold open follow-ups only: walking one costs what the screen lists
#: (the pending work), not the history.
OPEN_WORK_INDEXES = {"follow_up_open_due", "follow_up_remind_open", "follow_up_alert"}
#: Scans that stop at the first row: "is there any interview?" reads one row unless
#: nearly every interview is deleted and awaiting its purge.
FIRST_ROW_ONLY = {"empty state"}
#: The index each hot query must use: a search through a less selective index (all
#: interviews that are not deleted, all follow-ups of the past) grows with the file too.
EXPECTED_INDEXES = {
    "start-up purge": ["interview_deleted"],
    "start-up company keys": ["interview_company"],
    "month page": ["interview_start", "follow_up_due"],
    "next alert": ["follow_up_alert"],
    "due alerts": ["follow_up_alert"],
    "tray list": ["follow_up_open_due"],
    "tray count": ["follow_up_open_due"],
    "today's cards": ["follow_up_open_due"],
    "earlier rounds": ["interview_company"],
    "due (CLI)": ["follow_up_remind_open"],
    "interview form picker": ["person_name"],
}


@pytest.fixture
def traced(db: peewee.SqliteDatabase) -> Iterator[list[str]]:
    generate_demo(60, now=NOW)
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    yield statements
    db.connection().set_trace_callback(None)


def _ids() -> tuple[int, int, int]:
    interview = Interview.select(Interview.id).order_by(Interview.start_at.desc()).scalar()
    follow_up = FollowUp.select(FollowUp.id).where(FollowUp.step == "referral").scalar()
    person = FollowUp.select(FollowUp.person).where(FollowUp.person.is_null(False)).scalar()
    return int(interview), int(follow_up), int(person)


def _screens() -> dict[str, Callable[[], Any]]:
    interview, referral_step, person = _ids()
    month = datetime(2026, 3, 1, tzinfo=UTC)
    return {
        "start-up purge": purge_deleted,
        "start-up company keys": lambda: fill_company_keys(db_proxy.obj),
        "empty state": has_interviews,
        "month page": lambda: calendar_entries(month, month + timedelta(days=42)),
        "checklist": lambda: checklist(interview),
        "details": lambda: find_interview(interview),
        "next alert": reminder_store.next_alert_time,
        "due alerts": lambda: reminder_store.due_alerts(NOW),
        "tray list": lambda: reminder_store.open_due_by(NOW + timedelta(days=1)),
        "tray count": lambda: reminder_store.due_by_count(NOW + timedelta(days=1)),
        "open from a reminder": lambda: reminder_store.follow_up_target(referral_step),
        "debrief": lambda: (load_interview(interview), load_debrief(interview)),
        "earlier rounds": lambda: earlier_rounds(interview),
        "referral outcome": lambda: referral_for_follow_up(referral_step),
        "compose": lambda: (email_store.load_draft(interview, person), email_store.sent_messages(interview),
                            email_store.thank_you_done(interview, person)),
        "card": lambda: (card_store.card_context(interview, person), card_store.printed_at(interview, person),
                         card_store.interviewers(interview)),
        "today's cards": lambda: card_store.pending_drafts(NOW + timedelta(hours=12)),
        "search": lambda: search_grouped("north"),
        "due (CLI)": lambda: due(NOW),
        "interview form picker": lambda: find_people("s", exclude=[person]),
    }


def _plan(db: peewee.SqliteDatabase, sql: str) -> list[str]:
    return [row[3] for row in db.connection().execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()]


SCREENS = [
    "start-up purge", "start-up company keys", "empty state", "month page", "checklist", "details",
    "next alert", "due alerts",
    "tray list", "tray count", "open from a reminder", "debrief", "earlier rounds", "referral outcome",
    "compose", "card", "today's cards", "search", "due (CLI)", "interview form picker",
]


@pytest.mark.parametrize("screen", SCREENS)
def test_each_screen_query_uses_an_index(db: peewee.SqliteDatabase, traced: list[str], screen: str) -> None:
    screens = _screens()
    assert set(screens) == set(SCREENS)
    run = screens[screen]
    traced.clear()
    run()
    queries = [s for s in traced if s.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE", "WITH"))]
    assert queries, f"{screen}: no query was traced"
    plans = {sql: _plan(db, sql) for sql in queries}
    scans = {
        sql: step
        for sql, plan in plans.items()
        for step in plan
        if (m := FULL_SCAN.match(step)) and m.group(1) not in SMALL_TABLES
        and step.split()[-1] not in OPEN_WORK_INDEXES
    }
    if screen not in FIRST_ROW_ONLY:
        assert not scans, f"{screen} scans whole tables: {scans}"
    used = " ".join(step for plan in plans.values() for step in plan)
    for index in EXPECTED_INDEXES.get(screen, []):
        assert f"INDEX {index} " in used, f"{screen} does not use {index}: {plans}"


def test_deleted_rows_are_found_through_the_index(db: peewee.SqliteDatabase) -> None:
    plan = " ".join(_plan(db, "SELECT id FROM interview WHERE deleted_at IS NOT NULL"))
    assert "interview_deleted" in plan
