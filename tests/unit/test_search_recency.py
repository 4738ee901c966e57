"""Search stays bounded: the newest matches first, a notice when more matched, cancellable.

Behaviour only (what the user sees and in which order); the timing is in `make bench`.
"""

from __future__ import annotations

import threading

import peewee
import pytest

from desktop_app.store import search_session
from desktop_app.store.debrief_store import save_section
from desktop_app.store.interviews import delete_interview, save_interview
from desktop_app.store.search import rebuild_index, search, search_page, search_results
from desktop_app.store.search_session import SearchSession

from .conftest import MakeInterview

pytestmark = pytest.mark.usefixtures("db")


def _dated(make_interview: MakeInterview, days: list[int], note: str = "tango") -> list[int]:
    """Interviews (saved in the given order) on 2026-03-01 + day, each with `note` in a section."""
    ids = []
    for day in days:
        start = f"2026-03-{1 + day:02d} 10:00"
        interview_id = save_interview(make_interview(company=f"Company {day}", start=start))
        save_section(interview_id, "discussed", note)
        ids.append(interview_id)
    return ids


def _interviews(hits) -> list[int]:  # type: ignore[no-untyped-def]
    return list(dict.fromkeys(h.interview_id for h in hits))


def test_more_matches_than_the_limit_gives_the_most_recent_interviews(make_interview: MakeInterview) -> None:
    ids = _dated(make_interview, [5, 1, 9, 3, 7])  # written out of date order
    rebuild_index()  # numbers the index rows by date: recency
    hits, truncated = search_page("tango", limit=3)
    assert truncated
    by_day = dict(zip([5, 1, 9, 3, 7], ids, strict=True))
    assert sorted(_interviews(hits)) == sorted([by_day[9], by_day[7], by_day[5]])
    results = search_results("tang", limit=3)
    assert results.truncated and results.limit == 3 and results.hit_count == 3


def test_a_query_within_the_limit_is_complete_and_best_first(make_interview: MakeInterview) -> None:
    weak, strong = _dated(make_interview, [1, 2], note="tango and many other words in a long sentence here")
    save_section(strong, "discussed", "tango tango")
    hits, truncated = search_page("tango", limit=10)
    assert not truncated
    assert _interviews(hits)[0] == strong  # FTS5 rank, as before
    assert set(_interviews(hits)) == {weak, strong}


def test_an_interview_added_after_a_rebuild_counts_as_recent(make_interview: MakeInterview) -> None:
    _dated(make_interview, [1, 2, 3])
    rebuild_index()
    (newest,) = _dated(make_interview, [0])  # an old date, but just written
    assert _interviews(search("tango", limit=1)) == [newest]


def test_deleted_interviews_neither_show_nor_take_a_place(make_interview: MakeInterview) -> None:
    old, new = _dated(make_interview, [1, 2])
    delete_interview(new)
    hits, truncated = search_page("tango", limit=1)
    assert _interviews(hits) == [old] and not truncated


def test_results_are_grouped_by_interview_with_matches_marked(make_interview: MakeInterview) -> None:
    (interview_id,) = _dated(make_interview, [1], note="Tango lessons")
    save_section(interview_id, "observations", "tangerine walls")
    (group,) = search_results("tang").groups
    assert group.interview_id == interview_id and group.uid and len(group.hits) == 2
    assert all("\x01" in hit.snippet and "\x02" in hit.snippet for hit in group.hits)


def test_cancel_interrupts_a_running_search_and_leaves_the_data_alone(
    make_interview: MakeInterview, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A query that would run for minutes stops when cancelled; the session then answers again."""
    _dated(make_interview, [1])
    started = threading.Event()

    def endless(text: str, limit: int):  # type: ignore[no-untyped-def]
        from desktop_app.store.database import db_proxy

        started.set()
        db_proxy.execute_sql(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"
        ).fetchall()
        raise AssertionError("not interrupted")

    session = SearchSession()
    outcome: list[object] = []
    monkeypatch.setattr(search_session, "search_results", endless)
    worker = threading.Thread(daemon=True, target=lambda: outcome.append(session.run("tango", tag=1)))
    worker.start()
    assert started.wait(10)
    session.cancel(before=2)
    worker.join(10)
    assert not worker.is_alive() and outcome == [None]

    monkeypatch.undo()
    again: list[object] = []
    worker = threading.Thread(daemon=True, target=lambda: again.append(session.run("tango", tag=3)))
    worker.start()
    worker.join(10)
    assert again and again[0] is not None and again[0].hit_count == 1  # type: ignore[attr-defined]


def test_cancel_spares_a_newer_search(make_interview: MakeInterview, monkeypatch: pytest.MonkeyPatch) -> None:
    _dated(make_interview, [1])
    session = SearchSession()
    inside = threading.Event()
    release = threading.Event()
    real = search_session.search_results

    def slow(text: str, limit: int):  # type: ignore[no-untyped-def]
        inside.set()
        release.wait(10)
        return real(text, limit)

    monkeypatch.setattr(search_session, "search_results", slow)
    result: list[object] = []
    worker = threading.Thread(daemon=True, target=lambda: result.append(session.run("tango", tag=5)))
    worker.start()
    assert inside.wait(10)
    session.cancel(before=5)  # a request older than the one running: nothing to stop
    release.set()
    worker.join(10)
    assert result and result[0] is not None


def test_a_bug_in_the_search_is_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, limit: int):  # type: ignore[no-untyped-def]
        raise peewee.OperationalError("no such table: search_index")

    monkeypatch.setattr(search_session, "search_results", broken)
    with pytest.raises(peewee.OperationalError):
        SearchSession().run("x")


def test_a_limit_of_zero_or_nothing_to_search_finds_nothing(make_interview: MakeInterview) -> None:
    _dated(make_interview, [1])
    assert search_page("tango", limit=0) == ([], False)
    assert search_page("  …  ") == ([], False)

