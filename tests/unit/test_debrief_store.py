"""Storing the debrief: sections, per-interviewer notes, open questions, referrals and their
follow-ups, the notes step, earlier rounds, the v1 → v2 upgrade and the JSON format."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.company_key import company_key
from desktop_app.domain.debrief import SECTION_KEYS, OpenQuestion, Referral
from desktop_app.domain.model import Person, Step
from desktop_app.domain.plan import PlanRules, add_business_days
from desktop_app.store.database import close_database, open_database
from desktop_app.store.debrief_store import (
    complete_notes_step,
    earlier_rounds,
    load_debrief,
    referral_for_follow_up,
    save_personal_notes,
    save_questions,
    save_referrals,
    save_section,
    save_talked_about,
    set_referral_outcome,
)
from desktop_app.store.demo import generate_demo
from desktop_app.store.follow_up_queries import ChecklistRow, checklist, set_done
from desktop_app.store.interchange import FORMAT_VERSION, export_json, import_json
from desktop_app.store.interviews import (
    delete_interview,
    load_interview,
    reopen_follow_up,
    save_interview,
)
from desktop_app.store.models import Debrief as DebriefRow
from desktop_app.store.models import FollowUp, Interview, InterviewPerson
from desktop_app.store.models import OpenQuestion as QuestionRow
from desktop_app.store.models import Referral as ReferralRow
from desktop_app.store.search import SEARCH_INDEX_VERSION, search
from desktop_app.store.settings_store import get_setting, load_rules, save_rules

from .conftest import MakeInterview, aware

pytestmark = pytest.mark.usefixtures("db")

NY = "America/New_York"
V1_FIXTURE = Path(__file__).resolve().parents[1] / "data" / "schema-v1.sqlite3"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def referral_steps(interview_id: int) -> list[ChecklistRow]:
    return [r for r in checklist(interview_id) if r.step is Step.REFERRAL]


def switch_to_new_database(folder: Path) -> None:
    close_database()
    open_database(folder / "finish-strong.sqlite3", folder / "backups")


def with_two(make_interview: MakeInterview, **fields: object) -> tuple[int, int, int]:
    """An interview with Dana and Lee; returns (interview, dana, lee) ids."""
    interview_id = save_interview(make_interview(interviewers=[Person("Dana Reyes"), Person("Lee Park")], **fields))
    dana, lee = load_interview(interview_id).interviewers
    assert dana.id is not None and lee.id is not None
    return interview_id, dana.id, lee.id


# ------------------------------------------------------------------ sections


def test_sections_save_and_load(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    assert load_debrief(interview_id).sections == dict.fromkeys(SECTION_KEYS, "")

    for n, key in enumerate(SECTION_KEYS):
        save_section(interview_id, key, f"text of {key}\n★ point {n}")

    debrief = load_debrief(interview_id)
    assert debrief.sections == {key: f"text of {key}\n★ point {n}" for n, key in enumerate(SECTION_KEYS)}
    assert debrief.all_talking_points() == [f"point {n}" for n in range(len(SECTION_KEYS))]


def test_saving_one_section_leaves_the_others_and_other_interviews_alone(make_interview: MakeInterview) -> None:
    first = save_interview(make_interview())
    second = save_interview(make_interview(company="Other"))
    save_section(first, "observations", "calm team")
    save_section(first, "discussed", "roadmap")
    save_section(second, "discussed", "something else")

    save_section(first, "discussed", "roadmap, edited")

    assert load_debrief(first).sections["observations"] == "calm team"
    assert load_debrief(first).sections["discussed"] == "roadmap, edited"
    assert load_debrief(second).sections["discussed"] == "something else"


def test_an_unknown_section_is_refused_and_nothing_written(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    with pytest.raises(ValueError, match="gossip"):
        save_section(interview_id, "gossip", "text")
    with pytest.raises(ValueError):
        save_section(interview_id, "notes", "the v1 field is gone")
    assert DebriefRow.select().count() == 0
    assert search("text") == []


MEGABYTE_NOTE = "".join(f"★ pasted line {n} with some words to fill it up\n" for n in range(22_000)) + "needle"

UNUSUAL = {
    "a megabyte": MEGABYTE_NOTE,
    "emoji": "Great vibe 🚀🔥 👩🏽‍💻 (ZWJ sequence) 🇩🇪",
    "right-to-left": "מהנדסת תוכנה\nمهندس برمجيات\n\u202eRTL override\u202c",
    "markup": "<script>alert('x')</script>\n<b>bold</b> &amp; &lt;tag&gt; {{ template }} %s $1",
    "whitespace": "  leading\n\ttab\r\nwindows\n\n\ntrailing   \n",
}


@pytest.mark.parametrize("case", sorted(UNUSUAL))
def test_unusual_text_is_kept_literally(make_interview: MakeInterview, case: str) -> None:
    interview_id = save_interview(make_interview())
    save_section(interview_id, "anything_else", UNUSUAL[case])
    assert load_debrief(interview_id).sections["anything_else"] == UNUSUAL[case]


def test_a_pasted_megabyte_is_stored_indexed_and_survives_export(make_interview: MakeInterview, tmp_path: Path) -> None:
    assert len(MEGABYTE_NOTE.encode()) > 1_000_000
    interview_id = save_interview(make_interview())
    save_section(interview_id, "discussed", MEGABYTE_NOTE)
    assert [h.interview_id for h in search("needle")] == [interview_id]
    assert len(load_debrief(interview_id).all_talking_points()) == 22_000

    # The 1,200,000-character limit (MAX_NOTE_CHARS) holds for the editor and the import alike.
    text = export_json()
    switch_to_new_database(tmp_path / "other")
    import_json(text)
    (row,) = Interview.select()
    assert load_debrief(row.id).sections["discussed"] == MEGABYTE_NOTE
    assert export_json() == text


# ------------------------------------------------------------------ per interviewer


def test_talked_about_belongs_to_one_interview_and_one_person(make_interview: MakeInterview) -> None:
    first, dana, lee = with_two(make_interview)
    second = save_interview(make_interview(company="Other", interviewers=load_interview(first).interviewers[:1]))

    save_talked_about(first, dana, "★ We both started in support")

    assert load_debrief(first).talked_about == {dana: "★ We both started in support", lee: ""}
    assert load_debrief(second).talked_about == {dana: ""}


def test_talked_about_about_someone_not_on_the_interview_is_not_stored(make_interview: MakeInterview) -> None:
    first, dana, _ = with_two(make_interview)
    second = save_interview(make_interview(company="Other", interviewers=[Person("Kim")]))
    save_talked_about(second, dana, "lost?")
    assert dana not in load_debrief(second).talked_about
    assert InterviewPerson.select().where(InterviewPerson.interview == second).count() == 1


def test_editing_the_interview_keeps_what_was_talked_about(make_interview: MakeInterview) -> None:
    interview_id, dana, lee = with_two(make_interview)
    save_talked_about(interview_id, dana, "★ Dana: marathons")
    save_talked_about(interview_id, lee, "★ Lee: chess")

    edited = load_interview(interview_id)
    edited.role = "Senior Product Manager"
    edited.interviewers[0].title = "VP Product"
    save_interview(edited)
    assert load_debrief(interview_id).talked_about == {dana: "★ Dana: marathons", lee: "★ Lee: chess"}

    reordered = load_interview(interview_id)
    reordered.interviewers.reverse()
    save_interview(reordered)
    debrief = load_debrief(interview_id)
    assert debrief.talked_about == {lee: "★ Lee: chess", dana: "★ Dana: marathons"}
    # The thank-you mentions them in the order the interviewers now have.
    assert debrief.all_talking_points() == ["Lee: chess", "Dana: marathons"]


def test_removing_an_interviewer_drops_only_their_notes(make_interview: MakeInterview) -> None:
    interview_id, dana, lee = with_two(make_interview)
    save_talked_about(interview_id, dana, "Dana stuff")
    save_talked_about(interview_id, lee, "Lee stuff")
    edited = load_interview(interview_id)
    edited.interviewers = edited.interviewers[1:]
    save_interview(edited)
    assert load_debrief(interview_id).talked_about == {lee: "Lee stuff"}


def test_personal_notes_live_on_the_person(make_interview: MakeInterview) -> None:
    first, dana, _ = with_two(make_interview)
    dana_person = load_interview(first).interviewers[0]
    later = save_interview(make_interview(company="Another Company", start="2026-04-01 10:00",
                                          interviewers=[dana_person, Person("Sam")]))

    save_personal_notes(dana, "Runs marathons; pet peeve: meetings without an agenda 🙄")

    for interview_id in (first, later):
        people = {p.id: p.personal_notes for p in load_interview(interview_id).interviewers}
        assert people[dana] == "Runs marathons; pet peeve: meetings without an agenda 🙄"
    assert [p.personal_notes for p in load_interview(later).interviewers][1] == ""


def test_the_interview_form_never_overwrites_personal_notes(make_interview: MakeInterview) -> None:
    interview_id, dana, _ = with_two(make_interview)
    stale = load_interview(interview_id)  # loaded before the notes were written, as a form would be
    save_personal_notes(dana, "Loves sailing")

    stale.interviewers[0].name = "Dana Reyes-Smith"
    save_interview(stale)
    fresh = load_interview(interview_id)
    assert (fresh.interviewers[0].name, fresh.interviewers[0].personal_notes) == ("Dana Reyes-Smith", "Loves sailing")

    fresh.interviewers[0].personal_notes = "typed somewhere else"
    save_interview(fresh)
    assert load_interview(interview_id).interviewers[0].personal_notes == "Loves sailing"


# ------------------------------------------------------------------ open questions


def test_open_questions_add_edit_reorder_remove_with_stable_ids(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    saved = save_questions(interview_id, [OpenQuestion("Budget?"), OpenQuestion("Team size?"),
                                          OpenQuestion("On-call?")])
    budget, team, on_call = saved
    assert all(q.id is not None for q in saved)
    assert len({q.id for q in saved}) == 3
    assert load_debrief(interview_id).questions == saved

    budget.answer, budget.answered = "Approved for Q3", True
    again = save_questions(interview_id, [on_call, OpenQuestion("Remote days?"), budget])  # team removed

    assert [q.id for q in again[:1] + again[2:]] == [on_call.id, budget.id]
    loaded = load_debrief(interview_id).questions
    assert [(q.question, q.answer, q.answered) for q in loaded] == [
        ("On-call?", "", False), ("Remote days?", "", False), ("Budget?", "Approved for Q3", True),
    ]
    assert [q.id for q in loaded] == [q.id for q in again]
    assert QuestionRow.get_or_none(QuestionRow.id == team.id) is None
    assert QuestionRow.select().count() == 3


def test_saving_questions_touches_no_other_interview(make_interview: MakeInterview) -> None:
    first = save_interview(make_interview())
    second = save_interview(make_interview(company="Other"))
    kept = save_questions(second, [OpenQuestion("Keep me?")])
    save_questions(first, [OpenQuestion("Mine")])
    save_questions(first, [])
    assert load_debrief(first).questions == []
    assert load_debrief(second).questions == kept


# ------------------------------------------------------------------ referrals and their follow-ups


def friday(make_interview: MakeInterview, **fields: object) -> int:
    """Friday 6 March 2026, 16:00-17:00 New York; the US switches to summer time on Sunday."""
    return save_interview(make_interview(start="2026-03-06 16:00", interviewers=[Person("Dana")], **fields))


def test_a_referral_gets_exactly_one_follow_up_two_business_days_later(make_interview: MakeInterview) -> None:
    interview_id = friday(make_interview)
    (ana,) = save_referrals(interview_id, [Referral("Ana Lima", "Lumen & Co.", "ana@lumen.example")])

    (row,) = referral_steps(interview_id)
    # Friday 17:00 + 2 business days = Tuesday 17:00 New York, now in summer time.
    assert row.due_at == aware("2026-03-10 17:00") == utc("2026-03-10 21:00")
    assert row.remind_at == aware("2026-03-09 17:00")
    rules = load_rules()
    end = load_interview(interview_id).end
    assert row.due_at == add_business_days(end, rules.referral_due_business_days, NY)
    assert row.remind_at == add_business_days(end, rules.referral_remind_business_days, NY)
    assert (row.person, row.done_at) == ("Ana Lima", None)
    assert referral_for_follow_up(row.id) == ana

    save_referrals(interview_id, load_debrief(interview_id).referrals)  # autosave again: no duplicate
    assert [r.id for r in referral_steps(interview_id)] == [row.id]


def test_referral_follow_ups_use_the_rules_from_settings(make_interview: MakeInterview) -> None:
    save_rules(PlanRules(referral_remind_business_days=3, referral_due_business_days=5))
    interview_id = friday(make_interview)
    save_referrals(interview_id, [Referral("Ana")])
    (row,) = referral_steps(interview_id)
    assert (row.remind_at, row.due_at) == (aware("2026-03-11 17:00"), aware("2026-03-13 17:00"))


def test_each_referral_has_its_own_follow_up_named_after_it(make_interview: MakeInterview) -> None:
    interview_id = friday(make_interview)
    save_referrals(interview_id, [Referral("Ana Lima", "Lumen"), Referral("", "Women in Tech"), Referral("Bo")])
    assert [r.person for r in referral_steps(interview_id)] == ["Ana Lima", "Women in Tech", "Bo"]
    assert FollowUp.select().where(FollowUp.step == Step.REFERRAL.value).count() == 3


def test_removing_an_open_referral_removes_its_follow_up(make_interview: MakeInterview) -> None:
    interview_id = friday(make_interview)
    ana, bo = save_referrals(interview_id, [Referral("Ana"), Referral("Bo")])
    (bo_step,) = [r for r in referral_steps(interview_id) if r.person == "Bo"]

    save_referrals(interview_id, [bo])

    assert [(r.id, r.person) for r in referral_steps(interview_id)] == [(bo_step.id, "Bo")]
    assert ReferralRow.get_or_none(ReferralRow.id == ana.id) is None
    assert [r.label for r in load_debrief(interview_id).referrals] == ["Bo"]


def test_removing_a_referral_whose_follow_up_is_done_keeps_the_done_follow_up(make_interview: MakeInterview) -> None:
    interview_id = friday(make_interview)
    save_referrals(interview_id, [Referral("Ana")])
    (step,) = referral_steps(interview_id)
    done = utc("2026-03-09 15:00")
    set_done(step.id, done)

    save_referrals(interview_id, [])

    assert [(r.id, r.done_at) for r in referral_steps(interview_id)] == [(step.id, done)]
    assert load_debrief(interview_id).referrals == []


def test_a_referral_added_after_removing_a_done_one_gets_its_own_open_follow_up(
    make_interview: MakeInterview,
) -> None:
    interview_id = friday(make_interview)
    save_referrals(interview_id, [Referral("Ana")])
    (ana_step,) = referral_steps(interview_id)
    set_done(ana_step.id, utc("2026-03-09 15:00"))
    save_referrals(interview_id, [])

    # SQLite may give the new referral the removed one's id; it must not inherit the done step.
    save_referrals(interview_id, [Referral("Bo")])

    steps = referral_steps(interview_id)
    assert len(steps) == 2
    (bo_step,) = [r for r in steps if r.id != ana_step.id]
    assert (bo_step.person, bo_step.done_at) == ("Bo", None)
    assert next(r for r in steps if r.id == ana_step.id).done_at == utc("2026-03-09 15:00")


def test_moving_the_interview_moves_open_referral_follow_ups(make_interview: MakeInterview) -> None:
    interview_id = friday(make_interview)
    save_referrals(interview_id, [Referral("Ana"), Referral("Bo")])
    ana_step, bo_step = referral_steps(interview_id)
    set_done(bo_step.id, utc("2026-03-09 15:00"))

    moved = load_interview(interview_id)
    moved.start, moved.end = aware("2026-03-11 10:00"), aware("2026-03-11 11:00")  # a Wednesday
    save_interview(moved)

    after = {r.id: r for r in referral_steps(interview_id)}
    assert set(after) == {ana_step.id, bo_step.id}
    assert (after[ana_step.id].remind_at, after[ana_step.id].due_at) == (
        aware("2026-03-12 11:00"), aware("2026-03-13 11:00"))
    assert (after[bo_step.id].due_at, after[bo_step.id].done_at) == (bo_step.due_at, utc("2026-03-09 15:00"))


def test_a_referral_without_contact_details_is_stored_and_flagged(make_interview: MakeInterview) -> None:
    interview_id = friday(make_interview)
    dana = load_interview(interview_id).interviewers[0].id
    save_referrals(interview_id, [Referral("Ana Lima", suggested_by=dana, why="Hiring for a similar role"),
                                  Referral("Bo", contact="bo@example.com")])
    ana, bo = load_debrief(interview_id).referrals
    assert (ana.name, ana.contact, ana.suggested_by, ana.why) == ("Ana Lima", "", dana, "Hiring for a similar role")
    assert (ana.has_contact, bo.has_contact) == (False, True)
    assert len(referral_steps(interview_id)) == 2  # no contact yet is no reason to skip the follow-up


def test_referral_edits_and_order_are_kept(make_interview: MakeInterview) -> None:
    interview_id = friday(make_interview)
    ana, bo = save_referrals(interview_id, [Referral("Ana"), Referral("Bo")])
    ana.contact = "ana@example.com"
    save_referrals(interview_id, [bo, ana])
    assert [(r.id, r.name, r.contact) for r in load_debrief(interview_id).referrals] == [
        (bo.id, "Bo", ""), (ana.id, "Ana", "ana@example.com"),
    ]


def test_set_referral_outcome(make_interview: MakeInterview) -> None:
    interview_id = friday(make_interview)
    (ana,) = save_referrals(interview_id, [Referral("Ana Lima", "Lumen")])
    assert ana.id is not None
    (step,) = referral_steps(interview_id)

    set_referral_outcome(ana.id, "Coffee on Thursday; she forwards my CV")

    (loaded,) = load_debrief(interview_id).referrals
    assert loaded.outcome == "Coffee on Thursday; she forwards my CV"
    found = referral_for_follow_up(step.id)
    assert found is not None and found.outcome == loaded.outcome
    assert [h.source for h in search("forwards")] == ["referrals"]


def test_referral_for_follow_up_is_none_for_other_steps(make_interview: MakeInterview) -> None:
    interview_id = friday(make_interview)
    save_referrals(interview_id, [Referral("Ana")])
    others = [r for r in checklist(interview_id) if r.step is not Step.REFERRAL]
    assert others and all(referral_for_follow_up(r.id) is None for r in others)
    assert referral_for_follow_up(999_999) is None


# ------------------------------------------------------------------ the notes step


def test_completing_the_notes_step_ticks_only_it_and_only_once(make_interview: MakeInterview) -> None:
    interview_id = friday(make_interview)
    save_referrals(interview_id, [Referral("Ana")])
    when = utc("2026-03-06 22:30")

    assert complete_notes_step(interview_id, when) is True
    assert complete_notes_step(interview_id, when + timedelta(hours=1)) is False

    done = {(r.step, r.person): r.done_at for r in checklist(interview_id)}
    assert done.pop((Step.NOTES, None)) == when  # the first time is kept
    assert set(done.values()) == {None}


def test_completing_the_notes_step_again_after_reopening(make_interview: MakeInterview) -> None:
    interview_id = friday(make_interview)
    complete_notes_step(interview_id, utc("2026-03-06 22:30"))
    (notes,) = [r for r in checklist(interview_id) if r.step is Step.NOTES]
    reopen_follow_up(notes.id)
    assert complete_notes_step(interview_id, utc("2026-03-07 09:00")) is True
    (notes,) = [r for r in checklist(interview_id) if r.step is Step.NOTES]
    assert notes.done_at == utc("2026-03-07 09:00")


def test_completing_the_notes_step_touches_no_other_interview(make_interview: MakeInterview) -> None:
    first = friday(make_interview)
    second = friday(make_interview, company="Other")
    complete_notes_step(first, utc("2026-03-06 22:30"))
    assert all(r.done_at is None for r in checklist(second))


# ------------------------------------------------------------------ earlier rounds


def test_earlier_rounds_at_the_same_company_newest_first(make_interview: MakeInterview) -> None:
    def add(company: str, start: str) -> int:
        return save_interview(make_interview(company=company, start=start))

    first = add("Northwind Analytics", "2026-03-02 10:00")
    second = add("NORTHWIND ANALYTICS", "2026-03-03 10:00")
    deleted = add("Northwind Analytics", "2026-03-04 10:00")
    add("Other Company", "2026-03-05 10:00")
    add("Northwind Analytics Labs", "2026-03-05 11:00")
    current = add("northwind analytics", "2026-03-10 10:00")
    later = add("Northwind Analytics", "2026-03-20 10:00")
    delete_interview(deleted)
    save_section(first, "discussed", "★ Their Kubernetes move")
    save_questions(first, [OpenQuestion("On-call?")])

    rounds = earlier_rounds(current)

    assert [r.interview.id for r in rounds] == [second, first]
    assert rounds[1].debrief.all_talking_points() == ["Their Kubernetes move"]
    assert [q.question for q in rounds[1].debrief.questions] == ["On-call?"]
    assert [r.interview.id for r in earlier_rounds(first)] == []
    assert [r.interview.id for r in earlier_rounds(later)] == [current, second, first]


def test_earlier_rounds_ignore_case_beyond_ascii_and_surrounding_spaces(make_interview: MakeInterview) -> None:
    caps = save_interview(make_interview(company="CAFÉ MÉTÉO", start="2026-03-02 10:00"))
    spaced = save_interview(make_interview(company="Café Météo", start="2026-03-03 10:00"))
    # An imported file can carry spaces the form would have trimmed.
    Interview.update(company="  Café Météo\t").where(Interview.id == spaced).execute()
    current = save_interview(make_interview(company="café météo", start="2026-03-10 10:00"))
    assert [r.interview.id for r in earlier_rounds(current)] == [spaced, caps]


def test_earlier_rounds_ignore_accents_too(make_interview: MakeInterview) -> None:
    """The stored key is accent-folded: a name typed without accents finds the accented one."""
    accented = save_interview(make_interview(company="CAFÉ MÉTÉO", start="2026-03-02 10:00"))
    plain = save_interview(make_interview(company="Cafe Meteo", start="2026-03-10 10:00"))
    renamed = save_interview(make_interview(company="Other", start="2026-03-12 10:00"))
    assert [r.interview.id for r in earlier_rounds(plain)] == [accented]
    edited = load_interview(renamed)
    edited.company = "café météo"  # renaming an interview moves it to the other company's rounds
    save_interview(edited)
    assert [r.interview.id for r in earlier_rounds(renamed)] == [plain, accented]


def test_every_writer_stores_the_company_key(make_interview: MakeInterview) -> None:
    save_interview(make_interview(company="  Ünïcode   Ltd "))
    generate_demo(20)
    text = export_json()
    Interview.update(company_key="").execute()
    import_json(text)  # matched by id: every interview is written again
    rows = list(Interview.select(Interview.company, Interview.company_key).tuples())
    assert len(rows) == 21
    assert all(key == company_key(company) and key for company, key in rows)


def test_a_missing_company_key_is_filled_at_the_next_open(make_interview: MakeInterview, db_path: Path) -> None:
    """A salvaged older file or a writer that forgot the key: the next start fills it in."""
    first = save_interview(make_interview(company="Ünïcode Ltd", start="2026-03-02 10:00"))
    second = save_interview(make_interview(company="unicode ltd", start="2026-03-10 10:00"))
    Interview.update(company_key="").where(Interview.id == first).execute()
    assert earlier_rounds(second) == []
    close_database()
    open_database(db_path, db_path.parent / "backups")
    assert [r.interview.id for r in earlier_rounds(second)] == [first]


def test_an_interview_at_the_same_moment_is_not_an_earlier_round(make_interview: MakeInterview) -> None:
    one = save_interview(make_interview(start="2026-03-02 10:00"))
    two = save_interview(make_interview(start="2026-03-02 10:00"))
    assert earlier_rounds(one) == [] and earlier_rounds(two) == []


# ------------------------------------------------------------------ upgrading a v1 database


@pytest.fixture
def v1_copy(tmp_path: Path) -> Iterator[Path]:
    close_database()  # the `db` fixture's empty file is not the one under test
    target = tmp_path / "v1" / "finish-strong.sqlite3"
    target.parent.mkdir()
    shutil.copyfile(V1_FIXTURE, target)
    yield target
    close_database()


def test_v1_notes_become_the_anything_else_section_and_are_searchable(v1_copy: Path) -> None:
    database = open_database(v1_copy, v1_copy.parent / "backups")

    debrief = load_debrief(1)
    assert debrief.sections == {**dict.fromkeys(SECTION_KEYS, ""), "anything_else": "Ask about the 🚀 launch."}
    assert debrief.talked_about == {1: ""}
    assert (debrief.questions, debrief.referrals) == ([], [])
    assert load_interview(1).interviewers[0].personal_notes == ""
    assert [(h.interview_id, h.source) for h in search("launch")] == [(1, "anything_else")]
    assert [h.interview_id for h in search("dana")] == [1]
    columns = {row[1] for row in database.execute_sql("PRAGMA table_info(interview)")}
    assert "notes" not in columns
    assert get_setting("search_index_version") == SEARCH_INDEX_VERSION  # built right after migrating


def test_a_v1_database_takes_new_debrief_writes(v1_copy: Path) -> None:
    open_database(v1_copy, v1_copy.parent / "backups")
    save_section(1, "observations", "Friendly panel")
    save_referrals(1, [Referral("Ana")])
    assert load_debrief(1).sections["anything_else"] == "Ask about the 🚀 launch."
    assert [r.person for r in referral_steps(1)] == ["Ana"]
    assert [h.interview_id for h in search("friendly")] == [1]


# ------------------------------------------------------------------ JSON


def fill(make_interview: MakeInterview) -> int:
    """An interview using every part of the debrief, with done and removed referral steps."""
    interview_id = friday(make_interview, company="Café <b>Météo</b>")
    dana = load_interview(interview_id).interviewers[0].id
    assert dana is not None
    later = save_interview(make_interview(company="Café <b>Météo</b>", start="2026-03-20 09:00",
                                          interviewers=load_interview(interview_id).interviewers))
    for n, key in enumerate(SECTION_KEYS):
        save_section(interview_id, key, f"★ point {n} <i>literally</i> 🚀\nplain עברית")
    save_talked_about(interview_id, dana, "★ Both ran the Tegernsee marathon")
    save_talked_about(later, dana, "Second round chat")
    save_personal_notes(dana, "Pet peeve: 'quotes' & \"double quotes\"")
    save_questions(interview_id, [OpenQuestion("Budget?", "Approved for Q3", answered=True),
                                  OpenQuestion("Team size?")])
    gone, ana, _ = save_referrals(interview_id, [
        Referral("Gone Soon"), Referral("Ana Lima", "Lumen & Co.", "", suggested_by=dana, why="Hiring"),
        Referral("", "Women in Tech", "https://wit.example"),
    ])
    steps = {r.person: r for r in referral_steps(interview_id)}
    set_done(steps["Gone Soon"].id, utc("2026-03-09 14:00"))
    set_done(steps["Ana Lima"].id, utc("2026-03-09 15:00"))
    assert ana.id is not None
    set_referral_outcome(ana.id, "Coffee next week")
    save_referrals(interview_id, load_debrief(interview_id).referrals[1:])  # "Gone Soon" removed after done
    complete_notes_step(interview_id, utc("2026-03-06 22:30"))
    return interview_id


def test_json_round_trip_of_the_debrief_is_byte_identical(make_interview: MakeInterview, tmp_path: Path) -> None:
    fill(make_interview)
    text = export_json()
    doc = json.loads(text)
    first = doc["interviews"][0]
    assert first["debrief"]["anything_else"] == "★ point 7 <i>literally</i> 🚀\nplain עברית"
    assert first["interviewers"][0]["talked_about"] == "★ Both ran the Tegernsee marathon"
    assert [r["outcome"] for r in first["referrals"]] == ["Coffee next week", ""]
    assert doc["people"][0]["personal_notes"] == "Pet peeve: 'quotes' & \"double quotes\""

    switch_to_new_database(tmp_path / "other")
    assert import_json(text) == (2, 1)

    assert export_json() == text
    (iid,) = [i.id for i in Interview.select().where(Interview.start_at < utc("2026-03-10 00:00"))]
    debrief = load_debrief(iid)
    assert debrief.all_talking_points()[-1] == "Both ran the Tegernsee marathon"
    assert [(q.question, q.answered) for q in debrief.questions] == [("Budget?", True), ("Team size?", False)]
    assert [r.label for r in debrief.referrals] == ["Ana Lima at Lumen & Co.", "Women in Tech"]
    assert [(r.person, r.done_at is not None) for r in referral_steps(iid)] == [
        (None, True), ("Ana Lima", True), ("Women in Tech", False),
    ]
    assert [h.interview_id for h in search("tegernsee")] == [iid]


def test_an_imported_referral_follow_up_keeps_its_referral(make_interview: MakeInterview, tmp_path: Path) -> None:
    fill(make_interview)
    text = export_json()
    switch_to_new_database(tmp_path / "other")
    import_json(text)
    (iid,) = [i.id for i in Interview.select().where(Interview.start_at < utc("2026-03-10 00:00"))]
    ana_step = next(r for r in referral_steps(iid) if r.person == "Ana Lima")
    referral = referral_for_follow_up(ana_step.id)
    assert referral is not None
    assert (referral.label, referral.outcome) == ("Ana Lima at Lumen & Co.", "Coffee next week")
    # The plan, re-synced after import, still sees the link: no second follow-up appears.
    save_referrals(iid, load_debrief(iid).referrals)
    assert len(referral_steps(iid)) == 3


def v1_document() -> dict[str, object]:
    """As Finish Strong 0.1 wrote it: one notes field, interviewers as bare person ids."""
    return {
        "format": "finish-strong",
        "version": 1,
        "settings": {"plan_rules": {"email_due_minutes": 180}},
        "people": [
            {"id": "p-dana", "name": "Dana Reyes", "title": "Hiring Manager", "email": "dana@example.com",
             "postal_address": "1 Main Street\nSpringfield"},
            {"id": "p-lee", "name": "Lee Park", "title": "", "email": "", "postal_address": ""},
        ],
        "interviews": [
            {
                "id": "i-1", "company": "Northwind", "role": "Analyst", "round": "Panel",
                "start": "2024-05-14T14:00:00+00:00", "end": "2024-05-14T15:00:00+00:00",
                "timezone": "Europe/Berlin", "location": "Video call", "status": "done",
                "notes": "★ Ask about the 🚀 launch.\n<b>not bold</b>",
                "interviewers": ["p-lee", "p-dana"],
                "follow_ups": [
                    {"id": "f-notes", "step": "notes", "person": None, "referral_key": None,
                     "due_at": "2024-05-14T16:00:00+00:00", "remind_at": "2024-05-14T15:00:00+00:00",
                     "done_at": "2024-05-14T15:20:00+00:00"},
                ],
            },
        ],
    }


def test_a_version_1_document_imports_its_notes_into_anything_else() -> None:
    assert import_json(json.dumps(v1_document(), ensure_ascii=False)) == (1, 2)

    (row,) = Interview.select()
    debrief = load_debrief(row.id)
    assert debrief.sections == {**dict.fromkeys(SECTION_KEYS, ""),
                                "anything_else": "★ Ask about the 🚀 launch.\n<b>not bold</b>"}
    assert debrief.all_talking_points() == ["Ask about the 🚀 launch."]
    interview = load_interview(row.id)
    assert [p.name for p in interview.interviewers] == ["Lee Park", "Dana Reyes"]
    assert set(debrief.talked_about.values()) == {""}
    assert [(r.step, r.done_at) for r in checklist(row.id)] == [(Step.NOTES, utc("2024-05-14 15:20"))]
    assert [h.source for h in search("launch")] == ["anything_else"]

    doc = json.loads(export_json())
    assert doc["version"] == FORMAT_VERSION  # written in the current format
    assert doc["interviews"][0]["interviewers"] == [
        {"person": "p-lee", "talked_about": ""}, {"person": "p-dana", "talked_about": ""}]
    assert "notes" not in doc["interviews"][0]


def test_a_version_1_document_without_notes_gets_an_empty_debrief() -> None:
    doc = v1_document()
    interview = doc["interviews"][0]  # type: ignore[index]
    del interview["notes"]
    import_json(json.dumps(doc))
    (row,) = Interview.select()
    assert load_debrief(row.id).sections == dict.fromkeys(SECTION_KEYS, "")

