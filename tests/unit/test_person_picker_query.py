"""The interview form's "someone you've met" asks the store for a screenful, by the start of a name."""

from __future__ import annotations

import peewee

from desktop_app.domain.model import Person
from desktop_app.store.interviews import PICKER_LIMIT, find_people, save_interview

from .conftest import MakeInterview


def test_the_picker_asks_for_a_screenful_of_people_by_the_start_of_their_name(
        db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    save_interview(make_interview(interviewers=[Person(n) for n in (
        "Zoë Ñúñez", "zoe Park", "Lena Vogt", "  Dana   Reyes ", *(f"Zq {n:03}" for n in range(45)))]))
    assert [p.name for p in find_people("zo")] == ["zoe Park", "Zoë Ñúñez"]  # any case; ASCII order first
    assert [p.name for p in find_people("  dana  ")] == ["Dana   Reyes"]  # typed around it: ignored
    assert [p.name for p in find_people("Zq")] == [f"Zq {n:03}" for n in range(PICKER_LIMIT)]
    first = find_people("Zq")[0]
    assert first.id is not None and find_people("Zq", exclude=[first.id])[0].name == "Zq 001"
    assert find_people("%") == [] and find_people("Vogt") == []  # no LIKE patterns; the start of the name only
    assert len(find_people("")) == PICKER_LIMIT
