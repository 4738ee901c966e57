"""Hypothesis settings for the hostile-input suite: moderate example counts, no deadline.

`HYPOTHESIS_PROFILE=thorough` runs ten times as many examples (not in `make test`).
No example database is written (`database=None`): the suite leaves no files behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import peewee
import pytest
from hypothesis import HealthCheck, settings

from desktop_app.store.database import close_database, open_database
from desktop_app.store.errors import ImportFormatError

_common = dict(deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                     HealthCheck.too_slow])
settings.register_profile("finish", max_examples=40, **_common)
settings.register_profile("thorough", max_examples=400, **_common)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "finish"))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[peewee.SqliteDatabase]:
    """One database per module: each example must leave it exactly as it found it, or import cleanly."""
    folder = tmp_path_factory.mktemp("data")
    database = open_database(folder / "finish-strong.sqlite3", folder / "backups")
    yield database
    close_database()


def snapshot(database: peewee.SqliteDatabase) -> list[str]:
    """Every row of every table, as SQL text: equal snapshots mean nothing was written."""
    return list(database.connection().iterdump())


def imported_or_refused_cleanly(database: peewee.SqliteDatabase, run_import: Callable[[], object]) -> None:
    """Either the import goes through, or it is refused with a message and nothing written.

    Any other exception (a traceback for the user) fails the test by escaping.
    """
    before = snapshot(database)
    try:
        run_import()
    except ImportFormatError as exc:
        assert str(exc).strip()
        assert snapshot(database) == before  # never a partial write


DATA = Path(__file__).resolve().parents[1] / "data"


HUGE = "<HUGE>"


def expand(text: str) -> str:
    """Huge values are drawn as a short token and blown up here: Hypothesis reprs every argument."""
    return text.replace(HUGE, "x" * 200_000)
