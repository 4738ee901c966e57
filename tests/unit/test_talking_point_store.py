"""Talking-point choices in the store (schema 7), who asked a question, and both in the JSON file."""

from __future__ import annotations

import json
from pathlib import Path

import peewee
import pytest

from desktop_app.domain.debrief import OpenQuestion
from desktop_app.domain.model import Person
from desktop_app.store.database import close_database, open_database
from desktop_app.store.debrief_store import (
    load_debrief,
    save_personal_notes,
    save_questions,
    save_section,
    save_talked_about,
)
from desktop_app.store.errors import ImportFormatError
from desktop_app.store.interchange import export_json, import_json
from desktop_app.store.interviews import load_interview, save_interview
from desktop_app.store.migrations import LATEST_VERSION, schema_version
from desktop_app.store.models import Interview as InterviewRow
from desktop_app.store.models import Person as PersonRow
from desktop_app.store.talking_point_store import TalkingPointRow, load_points, save_choice

from .conftest import MakeInterview


def _panel(make_interview: MakeInterview) -> tuple[int, int, int]:
    interview_id = save_interview(make_interview(interviewers=[Person("Zoë Ñúñez"), Person("Sam Okafor")]))
    zoe, sam = (p.id for p in load_interview(interview_id).interviewers)
    assert zoe is not None and sam is not None
    save_section(interview_id, "discussed", "★ The roadmap\n★ Hiring plans.")
    save_talked_about(interview_id, zoe, "★ Her team's on-call rotation")
    save_personal_notes(sam, "★ Runs marathons")
    return interview_id, zoe, sam


def test_schema_7_has_the_choices_and_who_asked(db: peewee.SqliteDatabase) -> None:
    assert schema_version(db) == LATEST_VERSION >= 7
    columns = {row[1] for row in db.execute_sql("PRAGMA table_info(talking_point)").fetchall()}
    assert {"interview_id", "source", "source_person_id", "line_key", "note", "owner_id", "phrase"} <= columns
    assert "asked_by" in {row[1] for row in db.execute_sql("PRAGMA table_info(open_question)").fetchall()}


def test_defaults_are_derived_and_nothing_is_stored_for_them(db: peewee.SqliteDatabase,
                                                             make_interview: MakeInterview) -> None:
    interview_id, zoe, sam = _panel(make_interview)
    points = load_points(interview_id)
    assert [(p.owner, p.phrase) for p in points] == [
        (None, "the roadmap"), (None, "hiring plans"), (zoe, "your team's on-call rotation"),
        (sam, "hearing that you run marathons")]
    save_choice(interview_id, points[0], None, "the roadmap")  # the same as derived: nothing to keep
    assert TalkingPointRow.select().count() == 0


def test_owner_and_phrase_are_kept_and_follow_an_edited_line(db: peewee.SqliteDatabase,
                                                             make_interview: MakeInterview) -> None:
    interview_id, zoe, sam = _panel(make_interview)
    roadmap = load_points(interview_id)[0]
    save_choice(interview_id, roadmap, sam, "  your 2027 roadmap ")
    [point] = [p for p in load_points(interview_id) if p.note == "The roadmap"]
    assert (point.owner, point.phrase, point.edited) == (sam, "your 2027 roadmap", True)
    # The user rewords the note: the choice follows, and the stored key is brought up to date.
    save_section(interview_id, "discussed", "★ Hiring plans.\n★ The product roadmap!")
    [point] = [p for p in load_points(interview_id) if "roadmap" in p.note]
    assert (point.owner, point.phrase) == (sam, "your 2027 roadmap")
    assert [r.line_key for r in TalkingPointRow.select()] == ["the product roadmap"]
    # A personal line cannot be given away; resetting removes the row.
    marathon = next(p for p in load_points(interview_id) if p.source == "personal")
    save_choice(interview_id, marathon, zoe, None)
    assert next(p for p in load_points(interview_id) if p.source == "personal").owner == sam
    save_choice(interview_id, point, None, None)
    assert TalkingPointRow.select().count() == 0


def test_a_deleted_owner_gives_the_point_back_to_the_interview(db: peewee.SqliteDatabase,
                                                               make_interview: MakeInterview) -> None:
    interview_id, _zoe, sam = _panel(make_interview)
    save_choice(interview_id, load_points(interview_id)[0], sam, None)
    PersonRow.delete().where(PersonRow.id == sam).execute()
    assert load_points(interview_id)[0].owner is None


def test_who_asked_is_stored(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id, zoe, _sam = _panel(make_interview)
    save_questions(interview_id, [OpenQuestion("Start date?", "April", asked_by=zoe), OpenQuestion("Visa?")])
    assert [q.asked_by for q in load_debrief(interview_id).questions] == [zoe, None]


def test_choices_and_askers_survive_export_and_import(db: peewee.SqliteDatabase, make_interview: MakeInterview,
                                                      tmp_path: Path) -> None:
    interview_id, zoe, sam = _panel(make_interview)
    save_choice(interview_id, load_points(interview_id)[1], zoe, "your <b>hiring</b> plans 🚀")
    save_questions(interview_id, [OpenQuestion("Start date?", "April", asked_by=sam)])
    text = export_json()
    [interview] = json.loads(text)["interviews"]
    assert interview["talking_points"] == [{
        "source": "discussed", "person": None, "line": "hiring plans", "note": "Hiring plans.",
        "owner": interview["interviewers"][0]["person"], "phrase": "your <b>hiring</b> plans 🚀"}]
    assert interview["open_questions"][0]["asked_by"] == interview["interviewers"][1]["person"]
    close_database()
    open_database(tmp_path / "other" / "f.sqlite3", tmp_path / "other" / "backups")
    import_json(text)
    assert export_json() == text
    new_id = InterviewRow.select().get().id
    assert next(p for p in load_points(new_id) if p.note == "Hiring plans.").phrase == "your <b>hiring</b> plans 🚀"


def test_a_file_without_choices_keeps_the_stored_ones(db: peewee.SqliteDatabase,
                                                      make_interview: MakeInterview) -> None:
    interview_id, zoe, _sam = _panel(make_interview)
    save_choice(interview_id, load_points(interview_id)[0], zoe, None)
    doc = json.loads(export_json())
    for interview in doc["interviews"]:
        del interview["talking_points"]
        for question in interview["open_questions"]:
            question.pop("asked_by")
    import_json(json.dumps(doc))
    assert load_points(interview_id)[0].owner == zoe


@pytest.mark.parametrize(("change", "message"), [
    ({"source": "gossip"}, "unknown source"),
    ({"person": "nobody"}, "not in “people”"),
    ({"owner": "nobody"}, "not in “people”"),
    ({"source": "talked_about"}, "needs a person"),
    ({"phrase": 5}, "phrase"),
])
def test_a_bad_choice_is_refused_and_nothing_is_written(db: peewee.SqliteDatabase, make_interview: MakeInterview,
                                                        change: dict[str, object], message: str) -> None:
    interview_id, zoe, _sam = _panel(make_interview)
    save_choice(interview_id, load_points(interview_id)[0], zoe, "before")
    doc = json.loads(export_json())
    doc["interviews"][0]["talking_points"][0].update(change)
    with pytest.raises(ImportFormatError, match=message):
        import_json(json.dumps(doc))
    assert load_points(interview_id)[0].phrase == "before"
