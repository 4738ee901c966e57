"""The JSON import fed arbitrary and mutated documents: a clean import or ImportFormatError, all or nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import peewee
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.model import Interview, Person
from desktop_app.store.interchange import export_data, import_json

from .conftest import HUGE, expand, imported_or_refused_cleanly

json_leaf = (st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
             | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30)
             | st.sampled_from(["", HUGE, "2026-03-04T14:00:00+00:00", "2026-03-04T14:00:00", "\x00",
                                "<b>markup</b>", "‮rtl", "🚀" * 50, "Europe/Berlin", "Mars/Olympus"]))
json_value = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=15)


@pytest.fixture(scope="module")
def valid_export(db: peewee.SqliteDatabase) -> dict[str, Any]:
    """A real export of one interview with people, written by the app itself, then emptied again."""
    from desktop_app.store.debrief_store import save_section
    from desktop_app.store.interviews import save_interview

    start = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)
    with db.atomic() as transaction:
        interview_id = save_interview(Interview("Acme", "Engineer", start, start + timedelta(hours=1), "Europe/Berlin",
                                                interviewers=[Person("Dana", email="dana@acme.example")]))
        save_section(interview_id, "discussed", "★ Kubernetes")
        document = export_data()
        transaction.rollback()
    return document


def attempt(database: peewee.SqliteDatabase, text: str) -> None:
    expanded = expand(text)
    imported_or_refused_cleanly(database, lambda: import_json(expanded))


@given(text=st.text(max_size=200))
def test_arbitrary_text(db: peewee.SqliteDatabase, text: str) -> None:
    attempt(db, text)


@given(value=json_value)
def test_arbitrary_json(db: peewee.SqliteDatabase, value: Any) -> None:
    attempt(db, json.dumps(value))
    attempt(db, json.dumps({"format": "finish-strong", "version": 2, "people": value, "interviews": value}))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, child in node.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _paths(child, (*prefix, index))
    return found


@given(data=st.data())
def test_a_valid_export_with_one_part_replaced_or_removed(db: peewee.SqliteDatabase, valid_export: dict[str, Any],
                                                          data: st.DataObject) -> None:
    document = json.loads(json.dumps(valid_export))
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(document)[1:]))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        if data.draw(st.booleans()):
            parent[path[-1]] = data.draw(json_value)
        elif isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent.pop(path[-1])
        document = json.loads(json.dumps(document))  # paths may be stale after a change: re-read
    attempt(db, json.dumps(document))
