"""A second computer pointed at calendars another Finish Strong filled: it creates those interviews and
their steps (same deadlines, reminders and completions, same UIDs), duplicates nothing, and then
neither side has anything to write. Real Radicale and Xandikos (tests/caldav_servers.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.domain.debrief import Referral
from desktop_app.domain.model import Person, Status
from desktop_app.domain.plan import PlanRules
from desktop_app.domain.sync_rules import href_name, interview_ical_uid
from desktop_app.store import sync_store
from desktop_app.store.debrief_store import load_debrief, save_personal_notes, save_referrals, save_section
from desktop_app.store.follow_up_queries import checklist, set_done
from desktop_app.store.interviews import (
    delete_interview,
    load_interview,
    purge_deleted,
    restore_interview,
    save_interview,
)
from desktop_app.store.models import Interview
from desktop_app.store.models import Person as PersonRow
from desktop_app.store.settings_store import save_rules
from desktop_app.sync.connect import create_calendar
from desktop_app.sync.dav import Dav
from desktop_app.sync.engine import SyncEngine
from desktop_app.sync.ical_items import DELETED_PROPERTY
from tests.caldav_servers import CalDAVServer
from tests.integration import test_caldav_sync as caldav_sync
from tests.integration.test_caldav_sync import (
    add_interviews,
    app,
    client_for,
    phone_for,
    phone_objects,
    sync,
    todo_uid_of,
)
from tests.unit.conftest import build_interview

# The same servers and calendars as test_caldav_sync.py (both implementations).
server, calendar_url, _close_clients = caldav_sync.server, caldav_sync.calendar_url, caldav_sync._close_clients


def _what_the_second_computer_must_show() -> dict[str, object]:
    """Per interview uid: its fields, interviewers (uid, name, title) and steps (kind, who, times)."""
    shown: dict[str, object] = {}
    for row in Interview.select():
        interview = load_interview(row.id)
        shown[row.uid] = (
            interview.company, interview.role, interview.round, interview.start, interview.end,
            interview.timezone, interview.location, interview.status,
            [(PersonRow.get_by_id(p.id).uid, p.name, p.title) for p in interview.interviewers],
            # A withdrawn interview's open steps never go up: each computer plans its own for them.
            sorted((r.step.value, r.person or "", r.due_at, r.remind_at, r.done_at) for r in checklist(row.id)
                   if r.done_at is not None or interview.status is not Status.WITHDRAWN),
        )
    return shown


def _fill_first_computer() -> None:
    berlin = build_interview(
        company="Zq Ünïcode <b>&</b>; GmbH, \"quoted\"", role="Data \\ Engineer", round="Technical",
        start="2026-12-03 10:00", zone="Europe/Berlin", location="https://meet.example/abc?x=1;y=2",
        interviewers=[Person(name="Dana Kühn", title="Head, Data", email="dana@example.com"), Person(name="Lee")],
    )
    berlin_id = save_interview(berlin)
    save_section(berlin_id, "observations", "private notes ZqSecret")
    save_personal_notes(load_interview(berlin_id).interviewers[0].id or 0, "likes sailing ZqSecret")
    save_referrals(berlin_id, [Referral(name="Ana Ruiz", organization="Ruiz & Co", contact="private@example.com")])
    rows = checklist(berlin_id)
    set_done(rows[0].id, datetime(2026, 12, 3, 12, 5, tzinfo=UTC))  # done before the first sync
    moved = rows[2]  # a deadline the user moved: not what any plan rule gives
    sync_store.apply_remote_todo(moved.id, moved.due_at + timedelta(days=2, minutes=7), None)
    [_other] = add_interviews(1, datetime(2026, 12, 8, 9, 0))
    withdrawn = load_interview(_other)
    withdrawn.status = Status.WITHDRAWN
    withdrawn.interviewers.append(load_interview(berlin_id).interviewers[0])  # met twice: one person
    save_interview(withdrawn)


def test_a_second_computer_adopts_interviews_and_steps_it_never_had(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    with app(tmp_path / "a"):
        _fill_first_computer()
        first = sync(server, calendar_url)
        assert first.ok, first.error
        assert sync(server, calendar_url).writes == 0
        expected = _what_the_second_computer_must_show()
    on_server = len(phone_objects(server, calendar_url))
    with app(tmp_path / "b"):
        save_rules(PlanRules(email_due_minutes=9 * 60, card_due_minutes=48 * 60))  # other rules here
        adopted = sync(server, calendar_url)
        assert adopted.ok, adopted.error
        assert adopted.down["adopted"] == on_server
        assert adopted.writes == 0 and adopted.queued == 0
        assert _what_the_second_computer_must_show() == expected
        assert PersonRow.select().where(PersonRow.email != "").count() == 0  # addresses stay on the first
        assert PersonRow.select().where(PersonRow.personal_notes != "").count() == 0  # and notes
        assert PersonRow.select().where(PersonRow.name == "Dana Kühn").count() == 1  # one person, twice
        assert all(load_debrief(row.id).sections.get("observations", "") == "" for row in Interview.select())
        again = sync(server, calendar_url)
        assert (again.ok, again.requests, again.writes) == (True, 1, 0)
    assert len(phone_objects(server, calendar_url)) == on_server  # nothing twice
    with app(tmp_path / "a"):
        assert sync(server, calendar_url).writes == 0
        uid = next(r.uid for r in Interview.select() if r.round == "Technical")
        step = checklist(Interview.get(Interview.uid == uid).id)[1]
        set_done(step.id, datetime(2026, 12, 3, 18, 0, tzinfo=UTC))
        assert sync(server, calendar_url).ok
    with app(tmp_path / "b"):
        assert sync(server, calendar_url).down["ticked"] == 1
        b_id = Interview.get(Interview.uid == uid).id
        assert datetime(2026, 12, 3, 18, 0, tzinfo=UTC) in [r.done_at for r in checklist(b_id)]
        assert sync(server, calendar_url).writes == 0


def test_adopting_into_a_separate_task_list_is_one_request_when_idle(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    task_list = create_calendar(client_for(server), server.root_url, name="Follow-ups").url
    with app(tmp_path / "a"):
        add_interviews(2)
        assert sync(server, calendar_url, task_list).ok
        expected = _what_the_second_computer_must_show()
    with app(tmp_path / "b"):
        adopted = sync(server, calendar_url, task_list)
        assert adopted.ok and adopted.writes == 0
        assert _what_the_second_computer_must_show() == expected
        assert (sync(server, calendar_url, task_list).requests, sync(server, calendar_url, task_list).writes) == (1, 0)


def _uid_of(interview_id: int) -> str:
    return str(Interview.get_by_id(interview_id).uid)


def test_an_interview_deleted_on_one_computer_is_never_adopted_back_there_after_its_purge(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    """A deletes, B (still having it) puts its items back, A restarts (purge): A's tombstone keeps it
    from being adopted again, whatever B does with it afterwards. B puts them back because it never
    sees A's deletion marker: the phone deleted it (as when B is off for longer than its lifetime)."""
    with app(tmp_path / "a"):
        doomed, kept = add_interviews(2)
        uid = _uid_of(doomed)
        assert sync(server, calendar_url).ok
    with app(tmp_path / "b"):
        assert sync(server, calendar_url).down["adopted"] > 0
    with app(tmp_path / "a"):
        delete_interview(doomed)
        deleted = sync(server, calendar_url)
        assert deleted.ok and deleted.up["deleted"] > 0
    marker = calendar_url.rstrip("/") + "/" + href_name(interview_ical_uid(uid))
    assert phone_for(server).request(marker, "DELETE").status in (200, 204)
    with app(tmp_path / "b"):
        back = sync(server, calendar_url)
        assert back.ok and back.down["restored"] > 0 and back.up["created"] > 0
        b_doomed = Interview.get(Interview.uid == uid).id
    assert any(u.startswith(uid) or uid in u for u in phone_objects(server, calendar_url))
    with app(tmp_path / "a"):
        assert purge_deleted() == 1  # the next start
        for use_sync_token in (True, False):  # the sync-token and the ctag listing alike
            report = sync(server, calendar_url, use_sync_token=use_sync_token)
            assert report.ok and report.down["adopted"] == 0 and report.writes == 0
            assert not Interview.select().where(Interview.uid == uid).exists()
        assert Interview.get(Interview.uid == _uid_of(kept)).deleted_at is None
    with app(tmp_path / "b"):  # B changes it: its items move on the server
        set_done(checklist(b_doomed)[0].id, datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
        assert sync(server, calendar_url).ok
    with app(tmp_path / "a"):
        report = sync(server, calendar_url)
        assert report.ok and report.down["adopted"] == 0 and report.writes == 0
        assert not Interview.select().where(Interview.uid == uid).exists()
        assert sync_store.is_tombstoned(uid)


def _live_items_of(uid: str, server: CalDAVServer, calendar_url: str) -> list[str]:
    """The UIDs of the interview's event and todos on the server that are not a deletion marker."""
    return [
        u for u, parsed in phone_objects(server, calendar_url).items()
        if uid in u and not any(c.get(DELETED_PROPERTY) for c in parsed.walk("VEVENT"))
    ]


def _marker_on_server(uid: str, server: CalDAVServer, calendar_url: str) -> bool:
    parsed = phone_objects(server, calendar_url).get(interview_ical_uid(uid))
    return parsed is not None and any(c.get(DELETED_PROPERTY) for c in parsed.walk("VEVENT"))


def _later(days: int):  # noqa: ANN202
    return lambda: datetime.now(UTC) + timedelta(days=days)


def test_an_interview_deleted_on_one_computer_goes_to_the_others_trash_and_the_server_ends_empty(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    with app(tmp_path / "a"):
        doomed, kept = add_interviews(2)
        uid, kept_uid = _uid_of(doomed), _uid_of(kept)
        assert sync(server, calendar_url).ok
        phone_deletes = todo_uid_of(checklist(kept)[0].id)
    with app(tmp_path / "b"):
        assert sync(server, calendar_url).ok
        b_doomed = Interview.get(Interview.uid == uid).id
        save_section(b_doomed, "observations", "notes written on B ZqKeep")
    # The phone deletes one todo: still put back, nothing goes to a trash.
    assert phone_for(server).request(calendar_url.rstrip("/") + "/" + href_name(phone_deletes),
                                     "DELETE").status in (200, 204)
    with app(tmp_path / "b"):
        report = sync(server, calendar_url)
        assert report.ok and report.down["restored"] == 1 and report.down["deleted"] == 0 and not report.trashed
    assert phone_deletes in phone_objects(server, calendar_url)
    with app(tmp_path / "a"):
        delete_interview(doomed)
        deleted = sync(server, calendar_url)
        assert deleted.ok and deleted.up["deleted"] == 1 + len(checklist(doomed))
        assert sync(server, calendar_url).writes == 0
    assert _marker_on_server(uid, server, calendar_url) and _live_items_of(uid, server, calendar_url) == []
    with app(tmp_path / "b"):
        report = sync(server, calendar_url)
        assert report.ok and report.down["deleted"] == 1 and report.trashed == [b_doomed]
        assert report.down["restored"] == 0 and report.writes == 0
        row = Interview.get_by_id(b_doomed)
        assert row.deleted_at is not None  # in the trash, as the app's own Delete puts it ...
        assert load_debrief(b_doomed).sections["observations"] == "notes written on B ZqKeep"  # ... notes kept
        assert Interview.get(Interview.uid == kept_uid).deleted_at is None
        assert sync(server, calendar_url).writes == 0
    assert _live_items_of(uid, server, calendar_url) == []
    for folder in ("a", "b"):  # both restart (purge) and sync: nothing comes back, nothing is written
        with app(tmp_path / folder):
            assert purge_deleted() == 1
            report = sync(server, calendar_url)
            assert report.ok and report.writes == 0 and report.down["adopted"] == 0
            assert not Interview.select().where(Interview.uid == uid).exists()
    with app(tmp_path / "a"):  # the marker's time is over: the first computer to sync removes it
        expired = sync(server, calendar_url, clock=_later(31))
        assert expired.ok and expired.up["deleted"] == 0 and expired.writes == 1
    assert [u for u in phone_objects(server, calendar_url) if uid in u] == []
    for folder in ("b", "a", "b"):
        with app(tmp_path / folder):
            report = sync(server, calendar_url, clock=_later(32))
            assert report.ok and report.writes == 0 and not Interview.select().where(Interview.uid == uid).exists()


def test_undo_on_the_other_computer_brings_the_interview_back_there_and_on_the_server(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    with app(tmp_path / "a"):
        [doomed] = add_interviews(1)
        uid = _uid_of(doomed)
        assert sync(server, calendar_url).ok
        on_server = len(phone_objects(server, calendar_url))
    with app(tmp_path / "b"):
        assert sync(server, calendar_url).ok
    with app(tmp_path / "a"):
        delete_interview(doomed)
        assert sync(server, calendar_url).ok
    with app(tmp_path / "b"):
        [trashed] = sync(server, calendar_url).trashed
        restore_interview(trashed)  # Edit ▸ Undo
        back = sync(server, calendar_url)
        assert back.ok and back.up["updated"] == 1 and back.up["created"] == on_server - 1
        assert sync(server, calendar_url).writes == 0
    assert len(_live_items_of(uid, server, calendar_url)) == on_server
    with app(tmp_path / "a"):  # deleted here: it stays deleted here (and after the purge, for good)
        report = sync(server, calendar_url)
        assert report.ok and report.writes == 0
        assert purge_deleted() == 1
        report = sync(server, calendar_url)
        assert report.ok and report.writes == 0 and not Interview.select().where(Interview.uid == uid).exists()


def test_a_change_written_over_a_deletion_marker_trashes_the_interview_instead(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    """The 412 path: B moved the interview and writes it before it has read A's marker (push without
    pull). The marker is never written over: B's interview goes to its trash, its todos go."""
    with app(tmp_path / "a"):
        [doomed] = add_interviews(1)
        uid = _uid_of(doomed)
        assert sync(server, calendar_url).ok
    with app(tmp_path / "b"):
        assert sync(server, calendar_url).ok
        b_doomed = Interview.get(Interview.uid == uid).id
        interview = load_interview(b_doomed)
        interview.start += timedelta(hours=2)
        interview.end += timedelta(hours=2)
        save_interview(interview)  # open steps move: every item is written
    with app(tmp_path / "a"):
        delete_interview(doomed)
        assert sync(server, calendar_url).ok
    with app(tmp_path / "b"):
        engine = SyncEngine(Dav(client_for(server)), calendar_url, calendar_url)
        engine.push()
        assert engine.report.trashed == [b_doomed] and engine.report.down["deleted"] == 1
        assert Interview.get_by_id(b_doomed).deleted_at is not None
        assert Interview.get_by_id(b_doomed).start_at == interview.start  # the move is kept, in the trash
        assert _marker_on_server(uid, server, calendar_url) and _live_items_of(uid, server, calendar_url) == []
        report = sync(server, calendar_url)
        assert report.ok and report.writes == 0
    with app(tmp_path / "a"):
        report = sync(server, calendar_url)
        assert report.ok and report.writes == 0
