"""Card drafts in the store: created from the template, autosaved, printed tick, today's pending."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import peewee

from desktop_app.domain.cards import CardLayout, Orientation, Panel
from desktop_app.domain.model import Person, Status, Step
from desktop_app.store import card_store
from desktop_app.store.debrief_store import save_section, save_talked_about
from desktop_app.store.follow_up_queries import checklist, set_done
from desktop_app.store.interviews import delete_interview, save_interview
from desktop_app.store.migrations import LATEST_VERSION, schema_version
from desktop_app.store.settings_store import save_card_template, save_return_address

from .conftest import MakeInterview

NOW = datetime(2026, 3, 4, 20, 0, tzinfo=UTC)


def _interview(make_interview: MakeInterview, **fields: object) -> tuple[int, list[int]]:
    people = [Person("Zoë Ñúñez", postal_address="1 Main St"), Person("Dana Reyes")]
    interview_id = save_interview(make_interview(interviewers=people, **fields))
    return interview_id, [p for p, _ in card_store.interviewers(interview_id)]


def test_schema_has_card_drafts(db: peewee.SqliteDatabase) -> None:
    assert schema_version(db) == LATEST_VERSION
    columns = {row[1] for row in db.execute_sql("PRAGMA table_info(card_draft)").fetchall()}
    assert {"body", "size", "orientation", "panel", "guides", "line_spacing", "updated_at"} <= columns
    assert "printed_at" in {row[1] for row in db.execute_sql("PRAGMA table_info(follow_up)").fetchall()}


def test_new_draft_is_filled_with_that_persons_talking_point(db: peewee.SqliteDatabase,
                                                             make_interview: MakeInterview) -> None:
    interview_id, (zoe, dana) = _interview(make_interview)
    save_talked_about(interview_id, zoe, "★ her <b>Rust</b> & Go migration.")
    save_section(interview_id, "discussed", "★ the quarterly roadmap")
    save_return_address("Alex Kim\n5 Elm St")
    first = card_store.ensure_card_draft(interview_id, zoe, NOW)
    assert first.text.startswith("Dear Zoë,")
    assert "I especially enjoyed your <b>Rust</b> & Go migration." in first.text  # literal, said to her
    assert first.text.rstrip().endswith("Alex Kim")
    other = card_store.ensure_card_draft(interview_id, dana, NOW)
    assert "the quarterly roadmap" in other.text and "Rust" not in other.text
    # Opening again keeps what was written, even after the template changes.
    card_store.save_card_text(interview_id, zoe, "My own words", NOW)
    save_card_template("Hi $name")
    assert card_store.ensure_card_draft(interview_id, zoe, NOW).text == "My own words"


def test_layout_round_trip(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id, (zoe, _) = _interview(make_interview)
    draft = card_store.ensure_card_draft(interview_id, zoe, NOW)
    draft.layout = CardLayout("iso_a6", Orientation.LANDSCAPE, Panel.LOWER, False, 20.5)
    draft.envelope = "dl"
    card_store.save_card_layout(draft, NOW)
    again = card_store.load_card_draft(interview_id, zoe)
    assert again is not None and again.layout == draft.layout and again.envelope == "dl"


def test_printing_ticks_draft_printed_and_mailed_is_the_done_tick(db: peewee.SqliteDatabase,
                                                                  make_interview: MakeInterview) -> None:
    interview_id, (zoe, dana) = _interview(make_interview)
    card_store.mark_printed([(interview_id, zoe)], NOW)
    rows = {(r.step, r.person): r for r in checklist(interview_id)}
    zoe_row = rows[(Step.HANDWRITTEN_NOTE, "Zoë Ñúñez")]
    assert zoe_row.printed_at == NOW and zoe_row.done_at is None
    assert rows[(Step.HANDWRITTEN_NOTE, "Dana Reyes")].printed_at is None
    assert card_store.card_target(zoe_row.id) == (interview_id, zoe)
    notes_row = rows[(Step.NOTES, None)]
    assert card_store.card_target(notes_row.id) is None
    set_done(zoe_row.id, NOW)
    assert card_store.pending_drafts(NOW + timedelta(days=30)) == [(interview_id, dana)]


def test_pending_drafts_are_todays_unprinted_open_ones(db: peewee.SqliteDatabase,
                                                       make_interview: MakeInterview) -> None:
    today, people = _interview(make_interview, start="2026-03-04 09:00")
    later, _ = _interview(make_interview, start="2026-03-20 09:00", company="Later Inc")
    withdrawn, _ = _interview(make_interview, start="2026-03-04 10:00", company="Gone",
                              status=Status.WITHDRAWN)
    deleted, _ = _interview(make_interview, start="2026-03-04 11:00", company="Deleted")
    delete_interview(deleted)
    end_of_tomorrow = datetime(2026, 3, 6, 5, 0, tzinfo=UTC)
    pending = card_store.pending_drafts(end_of_tomorrow)
    assert pending == [(today, people[0]), (today, people[1])]
    assert later not in {i for i, _ in pending} and withdrawn not in {i for i, _ in pending}
    card_store.mark_printed(pending[:1], NOW)
    assert card_store.pending_drafts(end_of_tomorrow) == pending[1:]


def test_postal_address_is_kept_on_the_person(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    _, (zoe, dana) = _interview(make_interview)
    assert card_store.postal_address(zoe) == "1 Main St"
    card_store.save_postal_address(dana, "  9 Quay Rd\nCork  ")
    assert card_store.postal_address(dana) == "9 Quay Rd\nCork"


def test_the_talking_point_fits_the_cards_sentence(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    """Issue 16: "I especially enjoyed her team's on-call rotation", not "Her team's"; said to her, "your"."""
    interview_id, (zoe, dana) = _interview(make_interview)
    save_section(interview_id, "discussed", "★ Her team's on-call rotation.")
    assert "I especially enjoyed her team's on-call rotation.\n" in card_store.ensure_card_draft(
        interview_id, dana, NOW).text
    save_talked_about(interview_id, zoe, "★ Her team's on-call rotation.")
    assert "I especially enjoyed your team's on-call rotation.\n" in card_store.ensure_card_draft(
        interview_id, zoe, NOW).text
