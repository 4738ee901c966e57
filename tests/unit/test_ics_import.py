"""Importing invitations into the store: new, re-imported, moved, cancelled — all or nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import peewee
import pytest

from desktop_app.domain.model import Person, Status, Step
from desktop_app.store.errors import ImportFormatError
from desktop_app.store.follow_up_queries import checklist
from desktop_app.store.ics_import import Action, apply_import, describe, plan_import
from desktop_app.store.ics_reader import parse_invitation, read_invitation_file
from desktop_app.store.interchange import export_json
from desktop_app.store.interviews import count_interviews, delete_interview, list_people, load_interview
from desktop_app.store.models import CalendarLink, FollowUp

from .conftest import MakeInterview

pytestmark = pytest.mark.usefixtures("db")

ICS = Path(__file__).resolve().parents[1] / "data" / "ics"
ME = ["alex.candidate@gmail.com", "alex@candidate.example"]


def import_file(name: str, me: list[str] = ME, zone: str = "America/New_York") -> list:  # type: ignore[type-arg]
    items = plan_import(read_invitation_file(ICS / name, zone), me)
    apply_import(items)
    return items


def only_interview_id() -> int:
    (link,) = CalendarLink.select()
    return int(link.interview_id)


def test_a_google_invitation_becomes_an_interview_with_its_plan() -> None:
    (item,) = import_file("google-calendar.ics")
    assert item.action is Action.NEW
    interview = load_interview(only_interview_id())
    assert (interview.company, interview.role) == ("Northwind Analytics", "Product Manager")
    assert interview.start == datetime(2026, 11, 30, 17, tzinfo=UTC)
    assert interview.location == "https://meet.google.com/xkp-qwer-tzu"
    assert [(p.name, p.email) for p in interview.interviewers] == [
        ("Dana Reyes", "dana.reyes@northwind.example"), ("Sam Okafor", "sam.okafor@northwind.example"),
    ]
    steps = [(row.step, row.person) for row in checklist(only_interview_id())]
    assert steps == [
        (Step.NOTES, None),
        (Step.THANK_YOU_EMAIL, "Dana Reyes"), (Step.THANK_YOU_EMAIL, "Sam Okafor"),
        (Step.HANDWRITTEN_NOTE, "Dana Reyes"), (Step.HANDWRITTEN_NOTE, "Sam Okafor"),
    ]
    assert describe(item) == ("Added Northwind Analytics — Product Manager, Mon 30 Nov 2026 12:00 "
                              "(America/New_York), with Dana Reyes, Sam Okafor.")


def test_without_my_addresses_i_would_be_my_own_interviewer() -> None:
    import_file("google-calendar.ics", me=[])
    names = [p.name for p in load_interview(only_interview_id()).interviewers]
    assert "Alex Candidate" in names  # why the setting exists


def test_importing_the_same_invitation_twice_adds_nothing() -> None:
    import_file("google-calendar.ics")
    before = export_json()
    (item,) = import_file("google-calendar.ics")
    assert item.action is Action.SKIP and str(item.reason) == "it is already up to date"
    assert export_json() == before
    assert count_interviews() == 1


def test_an_update_moves_the_interview_and_its_open_follow_ups_and_keeps_what_i_typed() -> None:
    import_file("outlook-exchange.ics")
    interview_id = only_interview_id()
    stored = load_interview(interview_id)
    stored.company = "Fabrikam Inc."
    from desktop_app.store.debrief_store import save_section
    from desktop_app.store.interviews import save_interview

    save_interview(stored)
    save_section(interview_id, "anything_else", "Ask about the data platform.")
    first = checklist(interview_id)
    FollowUp.update(done_at=datetime(2026, 12, 2, 19, tzinfo=UTC)).where(FollowUp.id == first[0].id).execute()

    (item,) = import_file("outlook-exchange-update.ics")

    assert item.action is Action.UPDATE
    assert count_interviews() == 1
    moved = load_interview(interview_id)
    assert moved.start.astimezone(UTC) == datetime(2026, 12, 3, 22, tzinfo=UTC)  # 14:00 Pacific
    from desktop_app.store.debrief_store import load_debrief

    assert moved.company == "Fabrikam Inc."
    assert load_debrief(interview_id).sections["anything_else"] == "Ask about the data platform."
    after = checklist(interview_id)
    assert after[0].due_at == first[0].due_at  # done: left as it was
    shift = moved.start - stored.start
    assert shift == timedelta(days=1, hours=4, minutes=30)
    assert all(new.due_at - old.due_at == shift for old, new in zip(first[1:], after[1:], strict=True))
    assert CalendarLink.get_by_id(interview_id).sequence == 1


def test_an_older_copy_of_an_updated_invitation_changes_nothing() -> None:
    import_file("outlook-exchange.ics")
    import_file("outlook-exchange-update.ics")
    before = export_json()
    (item,) = import_file("outlook-exchange.ics")
    assert item.action is Action.SKIP and "newer version" in str(item.reason)
    assert export_json() == before


def test_a_cancellation_marks_the_interview_withdrawn() -> None:
    import_file("google-calendar.ics")
    (item,) = import_file("google-calendar-cancel.ics")
    assert item.action is Action.CANCEL
    assert load_interview(only_interview_id()).status == Status.WITHDRAWN
    assert "withdrawn: the invitation was cancelled" in describe(item)
    (again,) = import_file("google-calendar-cancel.ics")
    assert again.action is Action.SKIP and str(again.reason) == "it is already marked withdrawn"


def test_a_cancellation_of_an_unknown_interview_adds_nothing() -> None:
    (item,) = import_file("google-calendar-cancel.ics")
    assert item.action is Action.SKIP and "not among your interviews" in str(item.reason)
    assert count_interviews() == 0


def test_several_events_become_several_interviews() -> None:
    items = import_file("several-events.ics")
    assert [i.action for i in items] == [Action.NEW, Action.NEW]
    assert count_interviews() == 2
    assert "assumed to last one hour" in describe(items[1])


def test_attendees_i_have_met_are_reused_by_email(make_interview: MakeInterview) -> None:
    from desktop_app.store.interviews import save_interview

    save_interview(make_interview(interviewers=[Person(name="Dana R.", title="Hiring Manager",
                                                       email="DANA.REYES@northwind.example")]))
    import_file("google-calendar.ics")
    people = list_people()
    assert [(p.name, p.title) for p in people] == [("Dana R.", "Hiring Manager"), ("Sam Okafor", "")]


def test_a_person_in_two_events_of_one_file_is_stored_once() -> None:
    text = (ICS / "several-events.ics").read_text().replace("tom.becker", "ines.moreau").replace("Tom Becker", "Ines")
    apply_import(plan_import(parse_invitation(text, "Europe/Berlin"), ME))
    assert [p.email for p in list_people()] == ["ines.moreau@adventure-works.example"]


def test_re_importing_brings_back_an_interview_awaiting_undo() -> None:
    import_file("outlook-exchange.ics")
    delete_interview(only_interview_id())
    assert count_interviews() == 0
    import_file("outlook-exchange-update.ics")
    assert count_interviews() == 1


def test_an_invalid_event_refuses_the_whole_file_and_writes_nothing() -> None:
    import_file("google-calendar.ics")
    before = export_json()
    text = (ICS / "several-events.ics").read_text().replace("DTEND:20261215T100000Z", "DTEND:20261215T080000Z")
    items = plan_import(parse_invitation(text, "Europe/Berlin"), ME)
    with pytest.raises(ImportFormatError) as caught:
        apply_import(items)
    assert str(caught.value) == ("Event 1 (“Interview: Backend Engineer – Adventure Works”): "
                                 "The interview must end after it starts. Nothing was imported.")
    assert export_json() == before


def test_a_failure_in_the_middle_rolls_back_every_event(monkeypatch: pytest.MonkeyPatch) -> None:
    items = plan_import(read_invitation_file(ICS / "several-events.ics", "Europe/Berlin"), ME)
    before = export_json()
    from desktop_app.store import ics_import

    real_save = ics_import.save_interview
    calls = []

    def save_then_fail(interview):  # type: ignore[no-untyped-def]
        calls.append(interview)
        if len(calls) == 2:
            raise peewee.OperationalError("disk I/O error")
        return real_save(interview)

    monkeypatch.setattr(ics_import, "save_interview", save_then_fail)
    with pytest.raises(peewee.OperationalError):
        apply_import(items)
    assert export_json() == before
    assert count_interviews() == 0 and CalendarLink.select().count() == 0
