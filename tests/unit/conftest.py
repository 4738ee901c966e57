"""Fixtures for the domain and store tests: a fresh database per test, aware interviews."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import peewee
import pytest

from desktop_app.domain.model import Interview, Person
from desktop_app.store.database import close_database, open_database

MakeInterview = Callable[..., Interview]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "finish-strong.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[peewee.SqliteDatabase]:
    """A new, migrated database file for this test only."""
    database = open_database(db_path, db_path.parent / "backups")
    yield database
    close_database()


def aware(text: str, zone: str = "America/New_York") -> datetime:
    """`2026-03-04 15:00` as wall-clock time in `zone`."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


def build_interview(
    company: str = "Northwind Analytics",
    start: str = "2026-03-04 14:00",
    minutes: int = 60,
    zone: str = "America/New_York",
    interviewers: list[Person] | None = None,
    **fields: object,
) -> Interview:
    """An interview that passes validation, starting at `start` wall-clock time in `zone`."""
    begin = aware(start, zone)
    return Interview(
        company=company,
        role=str(fields.pop("role", "Product Manager")),
        start=begin,
        end=begin + timedelta(minutes=minutes),
        timezone=zone,
        interviewers=list(interviewers or []),
        **fields,  # type: ignore[arg-type]
    )


@pytest.fixture
def make_interview() -> MakeInterview:
    return build_interview
