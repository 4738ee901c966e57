"""Saving interviews with their plan, soft delete, and the read-side queries."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import peewee
import pytest

from desktop_app.domain.model import Person, Status, Step
from desktop_app.domain.plan import PlanRules
from desktop_app.store import follow_up_queries as queries
from desktop_app.store.database import close_database, open_database
from desktop_app.store.debrief_store import load_debrief, save_section
from desktop_app.store.interviews import (
    count_interviews,
    delete_interview,
    list_people,
    load_interview,
    purge_deleted,
    restore_interview,
    save_interview,
)
from desktop_app.store.models import FollowUp, Interview, InterviewPerson
from desktop_app.store.models import Person as PersonRow
from desktop_app.store.settings_store import PLAN_RULES_KEY, load_rules, save_rules, set_setting

from .conftest import MakeInterview, aware

pytestmark = pytest.mark.usefixtures("db")

NY = "America/New_York"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def rows(interview_id: int) -> list[queries.ChecklistRow]:
    return queries.checklist(interview_id)


def by_step(interview_id: int, step: Step) -> list[queries.ChecklistRow]:
    return [r for r in rows(interview_id) if r.step is step]


# ------------------------------------------------------------------ saving


def test_saving_creates_the_whole_plan(make_interview: MakeInterview) -> None:
    # Wednesday 14:00-15:00 EST = 19:00-20:00 UTC
    interview = make_interview(interviewers=[Person("Dana Reyes"), Person("Lee Park")])
    interview_id = save_interview(interview)

    checklist = rows(interview_id)
    assert [(r.step, r.person) for r in checklist] == [
        (Step.NOTES, None),
        (Step.THANK_YOU_EMAIL, "Dana Reyes"),
        (Step.THANK_YOU_EMAIL, "Lee Park"),
        (Step.HANDWRITTEN_NOTE, "Dana Reyes"),
        (Step.HANDWRITTEN_NOTE, "Lee Park"),
    ]
    end = utc("2026-03-04 20:00")
    times = {(r.step, r.person): (r.remind_at, r.due_at) for r in checklist}
    assert times[(Step.NOTES, None)] == (end, end + timedelta(hours=1))
    assert times[(Step.THANK_YOU_EMAIL, "Lee Park")] == (end + timedelta(hours=1), end + timedelta(hours=4))
    assert times[(Step.HANDWRITTEN_NOTE, "Dana Reyes")] == (end + timedelta(hours=2), end + timedelta(hours=24))
    assert all(r.done_at is None for r in checklist)
    assert FollowUp.select().count() == 5


def test_saving_twice_without_changes_keeps_the_same_follow_ups(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview(interviewers=[Person("Dana")]))
    before = [(r.id, r.due_at) for r in rows(interview_id)]
    save_interview(load_interview(interview_id))
    assert [(r.id, r.due_at) for r in rows(interview_id)] == before


def test_saving_uses_the_rules_from_settings(make_interview: MakeInterview) -> None:
    save_rules(PlanRules(email_due_minutes=90))
    interview_id = save_interview(make_interview(interviewers=[Person("Dana")]))
    email = by_step(interview_id, Step.THANK_YOU_EMAIL)[0]
    assert email.due_at == utc("2026-03-04 20:00") + timedelta(minutes=90)


def test_settings_round_trip_and_ignore_junk() -> None:
    assert load_rules() == PlanRules()
    save_rules(PlanRules(card_due_minutes=48 * 60))
    assert load_rules() == PlanRules(card_due_minutes=48 * 60)
    set_setting(PLAN_RULES_KEY, ["not", "a", "dict"])
    assert load_rules() == PlanRules()
    set_setting(PLAN_RULES_KEY, {"email_due_minutes": "soon", "notes_due_minutes": 15})
    assert load_rules() == PlanRules(notes_due_minutes=15)


def test_times_are_stored_as_utc_text(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    save_interview(make_interview(start="2026-07-01 09:30", zone="Europe/Berlin"))  # CEST, UTC+2
    start, end, zone = db.execute_sql("SELECT start_at, end_at, timezone FROM interview").fetchone()
    assert (start, end, zone) == ("2026-07-01 07:30:00", "2026-07-01 08:30:00", "Europe/Berlin")
    loaded = load_interview(Interview.get().id)
    assert loaded.start == aware("2026-07-01 09:30", "Europe/Berlin")
    assert loaded.start.utcoffset() == timedelta(0)


def test_a_naive_time_is_never_stored(make_interview: MakeInterview) -> None:
    interview = make_interview()
    interview.start = interview.start.replace(tzinfo=None)
    with pytest.raises(ValueError, match="naive"):
        save_interview(interview)
    assert Interview.select().count() == 0


def test_text_is_stored_literally(make_interview: MakeInterview) -> None:
    company = "<b>Acme</b> & \"Sons\" 🚀"
    notes = "Line one\n<script>alert('x')</script>\n'; DROP TABLE interview; --\n😀 שלום\n"
    person = Person("Zoë O'Brien <zoe@example.com>", title="<i>VP</i>", postal_address="1 Rue\nParis")
    interview_id = save_interview(make_interview(company=company, interviewers=[person]))
    save_section(interview_id, "discussed", notes)

    loaded = load_interview(interview_id)
    assert loaded.company == company
    assert load_debrief(interview_id).sections["discussed"] == notes
    assert loaded.interviewers[0].name == person.name
    assert loaded.interviewers[0].title == "<i>VP</i>"
    assert loaded.interviewers[0].postal_address == "1 Rue\nParis"
    assert by_step(interview_id, Step.THANK_YOU_EMAIL)[0].person == person.name


def test_a_saved_interview_loads_back_equal(make_interview: MakeInterview) -> None:
    interview = make_interview(
        round="Panel", location="HQ", status=Status.DONE,
        interviewers=[Person("Dana", "Recruiter", "dana@example.com", "1 Main St")],
    )
    interview_id = save_interview(interview)
    loaded = load_interview(interview_id)
    assert (loaded.company, loaded.role, loaded.round, loaded.location, loaded.status) == (
        "Northwind Analytics", "Product Manager", "Panel", "HQ", Status.DONE,
    )
    assert (loaded.start, loaded.end, loaded.timezone) == (interview.start, interview.end, NY)
    assert [(p.name, p.title, p.email, p.postal_address) for p in loaded.interviewers] == [
        ("Dana", "Recruiter", "dana@example.com", "1 Main St"),
    ]
    assert loaded.uid and loaded.id == interview_id


# ------------------------------------------------------------------ editing


def test_moving_an_interview_moves_open_follow_ups_and_keeps_done_ones(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview(interviewers=[Person("Dana")]))
    email = by_step(interview_id, Step.THANK_YOU_EMAIL)[0]
    done_at = utc("2026-03-04 21:30")
    queries.set_done(email.id, done_at)
    before = {r.id: r for r in rows(interview_id)}

    moved = load_interview(interview_id)
    moved.start += timedelta(days=1)
    moved.end += timedelta(days=1)
    save_interview(moved)

    after = {r.id: r for r in rows(interview_id)}
    assert after.keys() == before.keys()
    assert after[email.id] == before[email.id]  # done: same due time, same done time
    assert after[email.id].done_at == done_at
    for follow_up_id, row in after.items():
        if follow_up_id != email.id:
            assert row.due_at == before[follow_up_id].due_at + timedelta(days=1)
            assert row.remind_at == before[follow_up_id].remind_at + timedelta(days=1)


def test_unticking_a_follow_up_after_a_move_lets_it_follow_the_next_move(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    notes = rows(interview_id)[0]
    queries.set_done(notes.id, utc("2026-03-04 20:10"))
    moved = load_interview(interview_id)
    moved.end += timedelta(hours=2)
    save_interview(moved)
    assert rows(interview_id)[0].due_at == notes.due_at

    queries.set_done(notes.id, None)
    save_interview(load_interview(interview_id))
    assert rows(interview_id)[0].due_at == notes.due_at + timedelta(hours=2)


def test_removing_an_interviewer_removes_only_their_open_follow_ups(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview(interviewers=[Person("Dana"), Person("Lee")]))
    dana_email = next(r for r in by_step(interview_id, Step.THANK_YOU_EMAIL) if r.person == "Dana")
    queries.set_done(dana_email.id, utc("2026-03-04 21:00"))

    edited = load_interview(interview_id)
    edited.interviewers = [p for p in edited.interviewers if p.name == "Lee"]
    save_interview(edited)

    assert [(r.step, r.person, r.done_at is not None) for r in rows(interview_id)] == [
        (Step.NOTES, None, False),
        (Step.THANK_YOU_EMAIL, "Lee", False),
        (Step.THANK_YOU_EMAIL, "Dana", True),  # done work is kept for the record, after current people
        (Step.HANDWRITTEN_NOTE, "Lee", False),
    ]
    assert PersonRow.select().count() == 2  # the person stays in the address book


def test_adding_an_interviewer_adds_their_follow_ups(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview(interviewers=[Person("Dana")]))
    edited = load_interview(interview_id)
    edited.interviewers.append(Person("Lee"))
    save_interview(edited)
    assert [r.person for r in by_step(interview_id, Step.HANDWRITTEN_NOTE)] == ["Dana", "Lee"]


def test_the_same_interviewer_twice_gets_one_set_of_follow_ups(make_interview: MakeInterview) -> None:
    first = save_interview(make_interview(interviewers=[Person("Dana")]))
    dana = load_interview(first).interviewers[0]
    second = save_interview(make_interview(interviewers=[dana, dana]))
    assert [r.person for r in by_step(second, Step.THANK_YOU_EMAIL)] == ["Dana"]


def test_a_person_is_reused_across_interviews(make_interview: MakeInterview) -> None:
    first = save_interview(make_interview(interviewers=[Person("Dana Reyes", "Recruiter")]))
    (dana,) = list_people()
    assert dana.id is not None

    dana.title = "Head of Talent"
    second = save_interview(make_interview(start="2026-03-11 10:00", round="Final", interviewers=[dana]))

    assert PersonRow.select().count() == 1
    assert load_interview(first).interviewers[0].title == "Head of Talent"
    assert load_interview(second).interviewers[0].id == dana.id
    assert FollowUp.select().where(FollowUp.person == dana.id).count() == 4  # e-mail + card, twice


def test_list_people_is_sorted_by_name_ignoring_case(make_interview: MakeInterview) -> None:
    save_interview(make_interview(interviewers=[Person("lee"), Person("Dana"), Person("Zoë"), Person("amy")]))
    assert [p.name for p in list_people()] == ["amy", "Dana", "lee", "Zoë"]


# ------------------------------------------------------------------ soft delete


def test_a_deleted_interview_is_hidden_until_restored(make_interview: MakeInterview) -> None:
    kept = save_interview(make_interview(company="Kept", interviewers=[Person("Dana")]))
    gone = save_interview(make_interview(company="Gone", interviewers=[Person("Lee")]))
    week = (utc("2026-03-01 00:00"), utc("2026-03-08 00:00"))
    late = utc("2026-03-10 00:00")

    delete_interview(gone)
    assert {e.company for e in queries.calendar_entries(*week)} == {"Kept"}
    assert {d.company for d in queries.due(late)} == {"Kept"}
    assert count_interviews() == 1

    restore_interview(gone)
    assert {e.company for e in queries.calendar_entries(*week)} == {"Kept", "Gone"}
    assert {d.company for d in queries.due(late)} == {"Kept", "Gone"}
    assert count_interviews() == 2
    assert len(rows(gone)) == 3 and len(rows(kept)) == 3


def test_purge_really_deletes_deleted_interviews_and_their_follow_ups(make_interview: MakeInterview) -> None:
    kept = save_interview(make_interview(company="Kept", interviewers=[Person("Dana")]))
    gone = save_interview(make_interview(company="Gone", interviewers=[Person("Lee")]))
    delete_interview(gone, now=utc("2026-03-05 00:00"))

    assert purge_deleted() == 1

    assert [i.id for i in Interview.select()] == [kept]
    assert FollowUp.select().where(FollowUp.interview == gone).count() == 0
    assert InterviewPerson.select().where(InterviewPerson.interview == gone).count() == 0
    assert FollowUp.select().count() == 3
    assert PersonRow.select().count() == 2  # people are kept for other interviews
    assert purge_deleted() == 0


def test_purge_leaves_interviews_that_were_restored(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    delete_interview(interview_id)
    restore_interview(interview_id)
    assert purge_deleted() == 0
    assert len(rows(interview_id)) == 1


# ------------------------------------------------------------------ calendar


class SelectCounter:
    def __init__(self, database: peewee.SqliteDatabase) -> None:
        self.statements: list[str] = []
        self.connection = database.connection()

    def __enter__(self) -> SelectCounter:
        self.connection.set_trace_callback(self._trace)
        return self

    def __exit__(self, *exc: object) -> None:
        self.connection.set_trace_callback(None)

    def _trace(self, statement: str) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            self.statements.append(statement)


def test_the_calendar_takes_exactly_two_queries(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    for day in range(1, 20):
        people = [Person(f"Person {day}-{n}") for n in range(day % 3)]
        save_interview(make_interview(start=f"2026-03-{day:02d} 10:00", interviewers=people))

    with SelectCounter(db) as counter:
        entries = queries.calendar_entries(utc("2026-03-01 00:00"), utc("2026-04-01 00:00"))

    assert len(counter.statements) == 2, counter.statements
    assert sum(e.kind == queries.INTERVIEW_KIND for e in entries) == 19
    assert len(entries) == FollowUp.select().count() + 19


def test_calendar_entries_for_a_range(make_interview: MakeInterview) -> None:
    # Wednesday 14:00-15:00 EST = 19:00-20:00 UTC
    interview_id = save_interview(make_interview(interviewers=[Person("Dana")]))
    save_interview(make_interview(company="Later", start="2026-03-20 10:00"))
    notes = rows(interview_id)[0]
    queries.set_done(notes.id, utc("2026-03-04 20:30"))

    # The e-mail (due 00:00 on 5 March) falls on the next day: the range's end is excluded.
    entries = queries.calendar_entries(utc("2026-03-04 00:00"), utc("2026-03-05 00:00"))
    assert [(e.when, e.kind, e.person, e.done) for e in entries] == [
        (utc("2026-03-04 19:00"), queries.INTERVIEW_KIND, None, False),
        (utc("2026-03-04 21:00"), Step.NOTES.value, None, True),
    ]
    next_day = queries.calendar_entries(utc("2026-03-05 00:00"), utc("2026-03-06 00:00"))
    assert [(e.when, e.kind, e.person) for e in next_day] == [
        (utc("2026-03-05 00:00"), Step.THANK_YOU_EMAIL.value, "Dana"),
        (utc("2026-03-05 20:00"), Step.HANDWRITTEN_NOTE.value, "Dana"),
    ]
    first = entries[0]
    assert (first.interview_id, first.company, first.role, first.end, first.status) == (
        interview_id, "Northwind Analytics", "Product Manager", utc("2026-03-04 20:00"), "scheduled",
    )
    assert entries[1].follow_up_id == notes.id


def test_calendar_range_includes_its_start_and_excludes_its_end(make_interview: MakeInterview) -> None:
    save_interview(make_interview(start="2026-03-04 14:00"))  # 19:00 UTC; notes due 21:00 UTC
    at_start = queries.calendar_entries(utc("2026-03-04 19:00"), utc("2026-03-04 21:00"))
    assert [e.kind for e in at_start] == [queries.INTERVIEW_KIND]
    at_end = queries.calendar_entries(utc("2026-03-04 21:00"), utc("2026-03-04 21:00:01"))
    assert [e.kind for e in at_end] == [Step.NOTES.value]


def test_the_calendar_accepts_bounds_in_any_zone(make_interview: MakeInterview) -> None:
    save_interview(make_interview(start="2026-03-04 14:00"))  # 19:00 UTC
    tokyo_day = (aware("2026-03-05 00:00", "Asia/Tokyo"), aware("2026-03-06 00:00", "Asia/Tokyo"))
    assert queries.INTERVIEW_KIND in [e.kind for e in queries.calendar_entries(*tokyo_day)]  # 04:00 Tokyo


# ------------------------------------------------------------------ checklist and done


def test_checklist_follows_steps_then_the_interviewers_order(make_interview: MakeInterview) -> None:
    save_interview(make_interview(interviewers=[Person("Amy")]))
    (amy,) = list_people()
    # Zed is created after Amy (higher id) and has a later name, but comes first on this interview.
    interview_id = save_interview(make_interview(interviewers=[Person("Zed"), amy]))
    assert [(r.step, r.person) for r in rows(interview_id)] == [
        (Step.NOTES, None),
        (Step.THANK_YOU_EMAIL, "Zed"),
        (Step.THANK_YOU_EMAIL, "Amy"),
        (Step.HANDWRITTEN_NOTE, "Zed"),
        (Step.HANDWRITTEN_NOTE, "Amy"),
    ]


def test_set_done_round_trip(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview(interviewers=[Person("Dana")]))
    card = by_step(interview_id, Step.HANDWRITTEN_NOTE)[0]
    done_at = aware("2026-03-04 18:45:30", NY)

    queries.set_done(card.id, done_at)
    stored = by_step(interview_id, Step.HANDWRITTEN_NOTE)[0]
    assert stored.done_at == done_at
    assert stored.done_at.tzinfo == UTC

    queries.set_done(card.id, None)
    assert by_step(interview_id, Step.HANDWRITTEN_NOTE)[0].done_at is None


# ------------------------------------------------------------------ due


def test_due_lists_open_reminders_oldest_first(make_interview: MakeInterview) -> None:
    early = save_interview(make_interview(company="Early", start="2026-03-02 09:00", interviewers=[Person("Dana")]))
    late = save_interview(make_interview(company="Late", start="2026-03-03 09:00", interviewers=[Person("Lee")]))
    # Early ends 15:00 UTC on 2 March, Late 15:00 UTC on 3 March.
    at = utc("2026-03-03 16:00")

    items = queries.due(at)
    assert [(i.company, i.step, i.person) for i in items] == [
        ("Early", Step.NOTES, None),
        ("Early", Step.THANK_YOU_EMAIL, "Dana"),
        ("Early", Step.HANDWRITTEN_NOTE, "Dana"),
        ("Late", Step.NOTES, None),
        ("Late", Step.THANK_YOU_EMAIL, "Lee"),
    ]
    assert [i.remind_at for i in items] == sorted(i.remind_at for i in items)
    assert items[0].interview_uid == load_interview(early).uid
    assert items[-1].interview_uid == load_interview(late).uid
    assert items[-1].remind_at == at and items[-1].due_at == utc("2026-03-03 19:00")


def test_due_includes_the_exact_reminder_time_and_nothing_later(make_interview: MakeInterview) -> None:
    save_interview(make_interview(start="2026-03-04 14:00"))  # notes reminder at 20:00 UTC
    assert queries.due(utc("2026-03-04 19:59:59")) == []
    assert [i.step for i in queries.due(utc("2026-03-04 20:00"))] == [Step.NOTES]
    assert [i.step for i in queries.due(aware("2026-03-04 15:00", NY))] == [Step.NOTES]


def test_due_leaves_out_done_and_deleted(make_interview: MakeInterview) -> None:
    done = save_interview(make_interview(company="Done"))
    deleted = save_interview(make_interview(company="Deleted"))
    save_interview(make_interview(company="Open"))
    queries.set_done(rows(done)[0].id, utc("2026-03-04 20:05"))
    delete_interview(deleted)
    assert [i.company for i in queries.due(utc("2026-03-05 00:00"))] == ["Open"]


def test_due_accepts_a_moment_in_any_zone(make_interview: MakeInterview) -> None:
    save_interview(make_interview(start="2026-03-04 14:00"))  # notes reminder at 20:00 UTC
    assert queries.due(aware("2026-03-05 04:59", "Asia/Tokyo")) == []
    assert len(queries.due(aware("2026-03-05 05:00", "Asia/Tokyo"))) == 1


# ------------------------------------------------------------------ the file


def test_the_database_file_is_private_and_in_wal_mode(db: peewee.SqliteDatabase, db_path: Path) -> None:
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_makes_a_too_open_file_private_again(db_path: Path) -> None:
    close_database()
    os.chmod(db_path, 0o644)
    open_database(db_path)
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600


def test_foreign_keys_are_enforced(db: peewee.SqliteDatabase) -> None:
    with pytest.raises(peewee.IntegrityError):
        FollowUp.create(uid="x", interview=12345, step="notes", due_at=utc("2026-01-01 00:00"),
                        remind_at=utc("2026-01-01 00:00"))


def test_data_survives_closing_and_reopening(db_path: Path, make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview(interviewers=[Person("Dana")]))
    before = rows(interview_id)
    close_database()
    open_database(db_path)
    assert rows(interview_id) == before
