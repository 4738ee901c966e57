"""The form of address (schema 11): stored per person, exported, imported, and used by the drafts."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import peewee
import pytest

from desktop_app.domain.email_draft import DraftContext, default_templates, render
from desktop_app.domain.model import Person
from desktop_app.domain.validation import validate_person
from desktop_app.store import card_store
from desktop_app.store.database import close_database, open_database
from desktop_app.store.errors import ImportFormatError
from desktop_app.store.interchange import export_json, import_json
from desktop_app.store.interviews import list_people, load_interview, save_interview
from desktop_app.store.migrations import LATEST_VERSION
from desktop_app.store.models import Person as PersonRow
from desktop_app.store.settings_store import set_draft_language

from .conftest import MakeInterview

V1_FIXTURE = Path(__file__).resolve().parents[1] / "data" / "schema-v1.sqlite3"


@pytest.fixture
def german() -> Iterator[None]:
    set_draft_language("de")
    yield
    set_draft_language("en")


def test_the_form_is_stored_with_the_person_and_read_back(db: peewee.SqliteDatabase,
                                                          make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview(interviewers=[
        Person("Lena Vogt", form_of_address="ms"), Person("Jonas Weber", form_of_address="mr"), Person("Sam Lee"),
    ]))
    people = load_interview(interview_id).interviewers
    assert [(p.name, p.form_of_address) for p in people] == [("Lena Vogt", "ms"), ("Jonas Weber", "mr"),
                                                             ("Sam Lee", "")]
    # changed later, on the same person: the next round's drafts use the new form
    people[0].form_of_address = ""
    interview = load_interview(interview_id)
    interview.interviewers = people
    save_interview(interview)
    assert [p.form_of_address for p in load_interview(interview_id).interviewers] == ["", "mr", ""]
    assert {p.name: p.form_of_address for p in list_people()}["Jonas Weber"] == "mr"


def test_an_unknown_form_is_refused_by_validation_and_never_stored(db: peewee.SqliteDatabase,
                                                                     make_interview: MakeInterview) -> None:
    errors = validate_person(Person("Lena Vogt", form_of_address="Frau"), prefix="interviewers.0.")
    assert [e.field for e in errors] == ["interviewers.0.form_of_address"]
    interview_id = save_interview(make_interview(interviewers=[Person("Lena Vogt", form_of_address="<b>")]))
    assert load_interview(interview_id).interviewers[0].form_of_address == ""


def test_the_german_email_and_card_greet_by_the_stored_form(db: peewee.SqliteDatabase, german: None,
                                                            make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview(interviewers=[
        Person("Lena Vogt", form_of_address="ms"), Person("Jonas Weber", form_of_address="mr"), Person("Sam Lee"),
    ]))
    interview = load_interview(interview_id)
    formal, warm = default_templates("de")
    bodies = [render(formal, DraftContext(interview, person))[1] for person in interview.interviewers]
    assert [b.splitlines()[0] for b in bodies] == [
        "Sehr geehrte Frau Vogt,", "Sehr geehrter Herr Weber,", "Guten Tag Sam Lee,"]
    assert render(warm, DraftContext(interview, interview.interviewers[0]))[1].startswith("Liebe Lena,\n")
    cards = [card_store.ensure_card_draft(interview_id, p.id or 0, datetime.now(UTC)).text
             for p in interview.interviewers]
    assert [c.splitlines()[0] for c in cards] == [
        "Sehr geehrte Frau Vogt,", "Sehr geehrter Herr Weber,", "Guten Tag Sam Lee,"]


def test_the_export_carries_the_form_and_an_older_file_keeps_the_one_chosen(
        db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    save_interview(make_interview(interviewers=[Person("Lena Vogt", form_of_address="ms")]))
    doc = json.loads(export_json())
    assert [p["form_of_address"] for p in doc["people"]] == ["ms"]
    assert doc["version"] == 4  # optional and ignored by older readers: the version stays

    PersonRow.update(form_of_address="mr").execute()
    import_json(json.dumps(doc))
    assert [p.form_of_address for p in list_people()] == ["ms"]

    PersonRow.update(form_of_address="mr").execute()
    for person in doc["people"]:
        del person["form_of_address"]  # written before schema 11
    import_json(json.dumps(doc))
    assert [p.form_of_address for p in list_people()] == ["mr"]


@pytest.mark.parametrize("value", ["Frau", "MS", 1, None, "ms\n"])
def test_an_import_with_an_unknown_form_changes_nothing(db: peewee.SqliteDatabase, make_interview: MakeInterview,
                                                        value: object) -> None:
    save_interview(make_interview(interviewers=[Person("Lena Vogt", form_of_address="ms")]))
    doc = json.loads(export_json())
    doc["people"][0]["form_of_address"] = value
    doc["people"][0]["name"] = "Changed"
    with pytest.raises(ImportFormatError, match="form_of_address"):
        import_json(json.dumps(doc))
    assert [(p.name, p.form_of_address) for p in list_people()] == [("Lena Vogt", "ms")]


def test_an_old_database_is_migrated_and_greets_neutrally(tmp_path: Path, german: None) -> None:
    path = tmp_path / "data" / "finish-strong.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(V1_FIXTURE, path)
    try:
        open_database(path, path.parent / "backups")
        interview = load_interview(1)
        assert [(p.name, p.form_of_address) for p in interview.interviewers] == [("Dana Reyes", "")]
        body = render(default_templates("de")[0], DraftContext(interview, interview.interviewers[0]))[1]
        assert body.startswith("Guten Tag Dana Reyes,\n")
        interview.interviewers[0].form_of_address = "ms"  # and the new column takes a choice
        save_interview(interview)
        assert load_interview(1).interviewers[0].form_of_address == "ms"
    finally:
        close_database()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION >= 11
        assert connection.execute("SELECT form_of_address FROM person").fetchall() == [("ms",)]
    finally:
        connection.close()

