"""Two-way CalDAV sync against real servers started here: Radicale and Xandikos on 127.0.0.1.

"The phone" is a separate client, the `caldav` library (test extra only: the app speaks WebDAV
through sync/webdav.py), that edits the server's objects as a phone app would (with LAST-MODIFIED).
Each app data folder is a real SQLite file; only one is open at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import caldav
import pytest
from icalendar import Calendar

from desktop_app.domain.model import Person
from desktop_app.domain.sync_rules import href_name, interview_ical_uid
from desktop_app.store import sync_store
from desktop_app.store.database import close_database, open_database
from desktop_app.store.follow_up_queries import checklist, set_done
from desktop_app.store.interchange import export_json
from desktop_app.store.interviews import delete_interview, load_interview, purge_deleted, save_interview
from desktop_app.store.json_import import import_json
from desktop_app.store.models import FollowUp, Interview
from desktop_app.store.sync_settings import SyncAccount
from desktop_app.sync.connect import create_calendar, find_calendars, open_client
from desktop_app.sync.dav import Dav
from desktop_app.sync.engine import SyncEngine
from desktop_app.sync.errors import SyncErrorKind
from desktop_app.sync.runner import run_sync
from desktop_app.sync.webdav import DavClient
from tests.caldav_servers import PASSWORD, USER, CalDAVServer
from tests.unit.conftest import build_interview


@contextmanager
def app(folder: Path) -> Iterator[None]:
    """One app data folder's database, open for the block (the store has one database at a time)."""
    open_database(folder / "finish-strong.sqlite3", folder / "backups")
    try:
        yield
    finally:
        close_database()


@pytest.fixture(params=["radicale", "xandikos"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CalDAVServer]:
    started = CalDAVServer(request.param, tmp_path / request.param).start()
    yield started
    started.stop()


_OPEN_CLIENTS: list[DavClient | caldav.DAVClient] = []


@pytest.fixture(autouse=True)
def _close_clients() -> Iterator[None]:
    yield
    while _OPEN_CLIENTS:
        _OPEN_CLIENTS.pop().close()


def client_for(server: CalDAVServer, password: str = PASSWORD) -> DavClient:
    """The app's own client, for driving the engine directly; closed after the test."""
    client = open_client(server.root_url, USER, password if server.needs_password else None)
    _OPEN_CLIENTS.append(client)
    return client


def phone_for(server: CalDAVServer) -> caldav.DAVClient:
    """"The phone": the `caldav` library, an implementation independent of the app's; closed after the test."""
    client = caldav.DAVClient(url=server.root_url, username=USER if server.needs_password else None,
                              password=PASSWORD if server.needs_password else None,
                              auth_type="basic" if server.needs_password else None)
    _OPEN_CLIENTS.append(client)
    return client


@pytest.fixture
def calendar_url(server: CalDAVServer) -> str:
    """A calendar taking events and todos: found, or made with MKCALENDAR (Radicale starts empty)."""
    client = client_for(server)
    for found in find_calendars(client, server.root_url):
        if found.takes_events and found.takes_todos:
            return found.url
    return create_calendar(client, server.root_url).url


def account(server: CalDAVServer, calendar_url: str, task_list: str = "") -> SyncAccount:
    return SyncAccount(url=server.root_url, user=USER, calendar=calendar_url, task_list=task_list)


def sync(server: CalDAVServer, calendar_url: str, task_list: str = "", **kwargs: object):  # noqa: ANN201
    report = run_sync(account(server, calendar_url, task_list), PASSWORD if server.needs_password else "",
                      **kwargs)  # type: ignore[arg-type]
    return report


def add_interviews(count: int, start: datetime | None = None) -> list[int]:
    begin = start or datetime(2026, 12, 1, 14, 0)
    ids = []
    for n in range(count):
        when = begin + timedelta(days=n % 20, hours=n % 5)
        interview = build_interview(
            company=f"Company {n} <b>&</b> Ünïcode", start=when.strftime("%Y-%m-%d %H:%M"),
            zone="Europe/Berlin" if n % 2 else "America/New_York", location="https://meet.example/abc",
            interviewers=[Person(name=f"Dana {n}", email=f"dana{n}@example.com"), Person(name=f"Lee {n}")],
        )
        ids.append(save_interview(interview))
    return ids


def phone_objects(server: CalDAVServer, calendar_url: str) -> dict[str, Calendar]:
    """Every object on the server as the phone sees it (a listing, then a multiget), by UID."""
    calendar = phone_for(server).calendar(url=calendar_url)
    found = {}
    for item in calendar.objects(load_objects=True):
        if not item.data:
            continue  # an object the listing names without data (e.g. deleted meanwhile)
        parsed = Calendar.from_ical(item.data)
        for component in parsed.walk():
            if component.name in ("VEVENT", "VTODO"):
                found[str(component["uid"])] = parsed
    return found


def phone_edit(server: CalDAVServer, calendar_url: str, ical_uid: str, change, when: datetime) -> None:  # noqa: ANN001
    """Edit one object as a phone would: GET, change, set LAST-MODIFIED, PUT with If-Match."""
    client = phone_for(server)
    href = calendar_url.rstrip("/") + "/" + href_name(ical_uid)
    response = client.request(href, "GET")
    parsed = Calendar.from_ical(response.raw)
    for component in parsed.walk():
        if component.name in ("VTODO", "VEVENT"):
            change(component)
            component.pop("last-modified", None)
            component.add("last-modified", when)
    put = client.request(href, "PUT", parsed.to_ical().decode(), {
        "If-Match": response.headers["ETag"], "Content-Type": "text/calendar; charset=utf-8",
    })
    assert put.status in (200, 201, 204)


def todo_uid_of(follow_up_id: int) -> str:
    row = FollowUp.get_by_id(follow_up_id)
    snapshot = sync_store.snapshots([row.interview.uid])[row.interview.uid]
    return next(t.ical_uid for t in snapshot.todos if t.follow_up_id == follow_up_id)


def test_discovery_finds_the_calendar_from_the_server_root_and_well_known(
    server: CalDAVServer, calendar_url: str
) -> None:
    client = client_for(server)
    from_root = find_calendars(client, server.root_url)
    assert calendar_url in [c.url for c in from_root]
    chosen = next(c for c in from_root if c.url == calendar_url)
    assert chosen.takes_todos and chosen.takes_events
    well_known = find_calendars(client_for(server), server.root_url + ".well-known/caldav")
    assert {c.url for c in well_known} == {c.url for c in from_root}


def test_first_upload_then_a_sync_with_nothing_new_is_one_request_and_no_write(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    with app(tmp_path / "a"):
        add_interviews(50)
        open_steps = FollowUp.select().where(FollowUp.done_at.is_null()).count()
        first = sync(server, calendar_url)
        assert first.ok, first.error
        assert first.up["created"] == 50 + open_steps
        assert first.queued == 0
        second = sync(server, calendar_url)
        third = sync(server, calendar_url)
    assert (second.writes, third.writes) == (0, 0)
    assert third.requests == 1 and second.requests == 1
    objects = phone_objects(server, calendar_url)
    assert len(objects) == 50 + open_steps
    event = next(c for uid, c in objects.items() if uid.startswith("interview-")).walk("VEVENT")[0]
    assert "ATTENDEE" not in event and "ORGANIZER" not in event
    assert "Interviewer: Dana" in str(event["description"]) and event["location"] == "https://meet.example/abc"
    assert event["dtstart"].params["TZID"] in ("Europe/Berlin", "America/New_York")
    todo = next(c for uid, c in objects.items() if uid.startswith("follow-up-")).walk("VTODO")[0]
    assert todo["status"] == "NEEDS-ACTION" and "DUE" in todo and todo.walk("VALARM")


@pytest.mark.parametrize("use_sync_token", [True, False], ids=["sync-token", "ctag"])
def test_with_follow_ups_in_their_own_task_list_a_sync_with_nothing_new_is_still_one_request(
    server: CalDAVServer, calendar_url: str, tmp_path: Path, use_sync_token: bool
) -> None:
    task_list = create_calendar(client_for(server), server.root_url, name="Follow-ups").url
    with app(tmp_path / "a"):
        [interview_id] = add_interviews(1)
        first = sync(server, calendar_url, task_list, use_sync_token=use_sync_token)
        assert first.ok, first.error
        idle = [sync(server, calendar_url, task_list, use_sync_token=use_sync_token) for _ in range(2)]
        assert [(r.ok, r.requests, r.writes) for r in idle] == [(True, 1, 0), (True, 1, 0)]
        step = checklist(interview_id)[1]
        ticked_at = datetime(2026, 12, 1, 20, 30, tzinfo=UTC)

        def complete(todo) -> None:  # noqa: ANN001
            todo["status"] = "COMPLETED"
            todo.add("completed", ticked_at)

        phone_edit(server, task_list, todo_uid_of(step.id), complete, datetime.now(UTC))
        report = sync(server, calendar_url, task_list, use_sync_token=use_sync_token)
        assert report.ok and report.down["ticked"] == 1  # the moved token is noticed, and only there
        assert next(r for r in checklist(interview_id) if r.id == step.id).done_at == ticked_at
    objects = phone_objects(server, calendar_url)
    assert [uid for uid in objects if uid.startswith("follow-up-")] == []
    assert len([uid for uid in phone_objects(server, task_list) if uid.startswith("follow-up-")]) >= 4


def test_a_todo_completed_on_the_phone_ticks_the_step_with_the_phones_time(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    with app(tmp_path / "a"):
        [interview_id] = add_interviews(1)
        assert sync(server, calendar_url).ok
        step = checklist(interview_id)[1]
        ticked_at = datetime(2026, 12, 1, 20, 30, tzinfo=UTC)

        def complete(todo) -> None:  # noqa: ANN001
            todo["status"] = "COMPLETED"
            todo.add("completed", ticked_at)

        phone_edit(server, calendar_url, todo_uid_of(step.id), complete, datetime.now(UTC))
        report = sync(server, calendar_url)
        assert report.ok and report.down["ticked"] == 1
        assert next(r for r in checklist(interview_id) if r.id == step.id).done_at == ticked_at
        assert sync(server, calendar_url).writes == 0


def test_a_deadline_moved_on_the_phone_moves_the_step_and_its_reminder(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    with app(tmp_path / "a"):
        [interview_id] = add_interviews(1)
        assert sync(server, calendar_url).ok
        step = checklist(interview_id)[2]
        new_due = step.due_at + timedelta(days=1, hours=2)

        def move(todo) -> None:  # noqa: ANN001
            todo.pop("due")
            todo.add("due", new_due)

        phone_edit(server, calendar_url, todo_uid_of(step.id), move, datetime.now(UTC))
        report = sync(server, calendar_url)
        assert report.ok and report.down["moved"] == 1
        moved = next(r for r in checklist(interview_id) if r.id == step.id)
        assert moved.due_at == new_due
        assert moved.due_at - moved.remind_at == step.due_at - step.remind_at


def test_both_sides_changed_merge_by_field_and_nothing_is_lost(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    with app(tmp_path / "a"):
        [interview_id] = add_interviews(1)
        assert sync(server, calendar_url).ok
        rows = checklist(interview_id)
        ticked_on_phone, moved_on_phone, moved_earlier = rows[0], rows[1], rows[2]
        # The app: the interview moves by a day (its open steps move with it) ...
        interview = load_interview(interview_id)
        interview.start += timedelta(days=1)
        interview.end += timedelta(days=1)
        save_interview(interview)
        local_edit = datetime.now(UTC)
        # ... while the phone ticks one step, moves another later (after the app's edit) and a
        # third one before it.
        phone_due = rows[1].due_at + timedelta(hours=5)

        def complete(todo) -> None:  # noqa: ANN001
            todo["status"] = "COMPLETED"
            todo.add("completed", datetime(2026, 12, 1, 21, 0, tzinfo=UTC))

        def move(todo) -> None:  # noqa: ANN001
            todo.pop("due")
            todo.add("due", phone_due)

        phone_edit(server, calendar_url, todo_uid_of(ticked_on_phone.id), complete, local_edit + timedelta(minutes=1))
        phone_edit(server, calendar_url, todo_uid_of(moved_on_phone.id), move, local_edit + timedelta(minutes=1))
        phone_edit(server, calendar_url, todo_uid_of(moved_earlier.id), move, local_edit - timedelta(hours=1))
        report = sync(server, calendar_url)
        assert report.ok, report.error
        after = {r.id: r for r in checklist(interview_id)}
        assert after[ticked_on_phone.id].done_at == datetime(2026, 12, 1, 21, 0, tzinfo=UTC)  # done wins
        assert after[moved_on_phone.id].due_at == phone_due  # the later edit (the phone's) wins
        assert after[moved_earlier.id].due_at == rows[2].due_at + timedelta(days=1)  # the app's was later
        uids = {fid: todo_uid_of(fid) for fid in after}
        objects = phone_objects(server, calendar_url)
        server_due = {fid: objects[uids[fid]].walk("VTODO")[0]["due"].dt for fid in after}
        assert server_due[moved_on_phone.id] == phone_due
        assert server_due[moved_earlier.id] == after[moved_earlier.id].due_at
        assert objects[uids[ticked_on_phone.id]].walk("VTODO")[0]["status"] == "COMPLETED"
        event = objects[interview_ical_uid(Interview.get_by_id(interview_id).uid)].walk("VEVENT")[0]
        assert event["dtstart"].dt == interview.start
        assert sync(server, calendar_url).writes == 0


def test_a_write_that_meets_a_newer_server_copy_merges_it_instead_of_overwriting(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    """The 412 path: the phone writes between our look and our write (push without pull)."""
    with app(tmp_path / "a"):
        [interview_id] = add_interviews(1)
        assert sync(server, calendar_url).ok
        step = checklist(interview_id)[1]
        set_done(checklist(interview_id)[3].id, datetime(2026, 12, 1, 22, 0, tzinfo=UTC))  # the app changes
        phone_due = step.due_at + timedelta(hours=3)

        def move(todo) -> None:  # noqa: ANN001
            todo.pop("due")
            todo.add("due", phone_due)

        phone_edit(server, calendar_url, todo_uid_of(step.id), move, datetime.now(UTC) + timedelta(minutes=5))
        interview = load_interview(interview_id)  # and the app moves the interview: every open todo is written
        interview.start += timedelta(hours=1)
        interview.end += timedelta(hours=1)
        save_interview(interview)
        client = client_for(server)
        engine = SyncEngine(Dav(client), calendar_url, calendar_url)
        engine.push()
        assert engine.report.conflicts_merged >= 1
        assert next(r for r in checklist(interview_id) if r.id == step.id).due_at == phone_due
        todo = phone_objects(server, calendar_url)[todo_uid_of(step.id)].walk("VTODO")[0]
        assert todo["due"].dt == phone_due


def test_server_down_mid_sync_keeps_the_queue_and_the_next_sync_finishes(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    with app(tmp_path / "a"):
        add_interviews(6)

        class DropsAfterThreeWrites(Dav):
            def put(self, href: str, body: str, etag: str | None) -> str:
                if self.writes == 3:
                    server.stop()
                return super().put(href, body, etag)

        client = client_for(server)
        report = SyncEngine(DropsAfterThreeWrites(client), calendar_url, calendar_url).run()
        assert report.error is not None and report.error.kind is SyncErrorKind.UNREACHABLE
        assert sync_store.queue_length() == 6  # the first interview was not complete either
        server.start()
        again = sync(server, calendar_url)
        assert again.ok and again.queued == 0
        open_steps = FollowUp.select().where(FollowUp.done_at.is_null()).count()
    assert len(phone_objects(server, calendar_url)) == 6 + open_steps  # nothing twice


def test_a_deleted_interview_deletes_its_items_and_a_todo_deleted_on_the_phone_comes_back(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    with app(tmp_path / "a"):
        first, second = add_interviews(2)
        assert sync(server, calendar_url).ok
        step = checklist(second)[0]
        uid = todo_uid_of(step.id)
        phone = phone_for(server)
        assert phone.request(calendar_url.rstrip("/") + "/" + href_name(uid), "DELETE").status in (200, 204)
        first_uid = Interview.get_by_id(first).uid
        delete_interview(first)
        purge_deleted()
        report = sync(server, calendar_url)
        assert report.ok and report.down["restored"] == 1
        objects = phone_objects(server, calendar_url)
        assert uid in objects
        # Of the deleted interview only its deletion marker is left (docs/SYNC.md), for its lifetime.
        [marker] = [u for u in objects if Interview.get_by_id(second).uid not in u]
        assert marker == interview_ical_uid(first_uid)
        assert objects[marker].walk("VEVENT")[0].get("X-FINISH-STRONG-DELETED")
        later = sync(server, calendar_url, clock=lambda: datetime.now(UTC) + timedelta(days=31))
        assert later.ok and later.writes == 1
        assert not [u for u in phone_objects(server, calendar_url) if Interview.get_by_id(second).uid not in u]


def test_a_wrong_password_is_an_authentication_error(server: CalDAVServer, calendar_url: str, tmp_path: Path) -> None:
    if not server.needs_password:
        pytest.skip("Xandikos leaves authentication to a proxy")
    with app(tmp_path / "a"):
        add_interviews(1)
        report = run_sync(account(server, calendar_url), "wrong")
        assert report.error is not None and report.error.kind is SyncErrorKind.AUTHENTICATION
        assert sync_store.queue_length() == 1


def test_two_app_folders_on_one_server_converge(server: CalDAVServer, calendar_url: str, tmp_path: Path) -> None:
    with app(tmp_path / "a"):
        [interview_id] = add_interviews(1)
        assert sync(server, calendar_url).ok
        shared = export_json()
    with app(tmp_path / "b"):
        import_json(shared)  # the second computer has the same interview (same stable ids)
        report = sync(server, calendar_url)
        assert report.ok and report.up["created"] == 0 and report.down["adopted"] >= 1
    count = len(phone_objects(server, calendar_url))
    with app(tmp_path / "a"):
        ticked = checklist(interview_id)[1]
        set_done(ticked.id, datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
        assert sync(server, calendar_url).ok
        uid = Interview.get_by_id(interview_id).uid
    with app(tmp_path / "b"):
        assert sync(server, calendar_url).ok
        b_id = Interview.get(Interview.uid == uid).id
        done = [r for r in checklist(b_id) if r.done_at is not None]
        assert [r.done_at for r in done] == [datetime(2026, 12, 2, 9, 0, tzinfo=UTC)]
        assert sync(server, calendar_url).writes == 0
    assert len(phone_objects(server, calendar_url)) == count  # adopted, never duplicated


def test_without_sync_tokens_the_ctag_keeps_an_idle_sync_to_one_request(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    with app(tmp_path / "a"):
        add_interviews(3)
        assert sync(server, calendar_url, use_sync_token=False).ok
        sync(server, calendar_url, use_sync_token=False)  # sees its own writes once
        idle = sync(server, calendar_url, use_sync_token=False)
    assert idle.ok and (idle.requests, idle.writes) == (1, 0)


def test_an_untrusted_certificate_is_a_tls_error_and_the_ca_file_fixes_it(tmp_path: Path) -> None:
    import trustme

    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1")
    chain, key, ca_file = tmp_path / "chain.pem", tmp_path / "key.pem", tmp_path / "ca.pem"
    certificate.private_key_and_cert_chain_pem.write_to_path(str(chain))
    certificate.private_key_pem.write_to_path(str(key))
    authority.cert_pem.write_to_path(str(ca_file))
    server = CalDAVServer("radicale", tmp_path / "radicale", tls=(chain, key)).start()
    try:
        client = open_client(server.root_url, USER, PASSWORD, str(ca_file))
        _OPEN_CLIENTS.append(client)
        calendar_url = create_calendar(client, server.root_url).url
        with app(tmp_path / "a"):
            add_interviews(1)
            untrusted = run_sync(SyncAccount(url=server.root_url, user=USER, calendar=calendar_url), PASSWORD)
            assert untrusted.error is not None and untrusted.error.kind is SyncErrorKind.TLS
            assert sync_store.queue_length() == 1
            trusted = run_sync(SyncAccount(url=server.root_url, user=USER, calendar=calendar_url,
                                           ca_file=str(ca_file)), PASSWORD)
            assert trusted.ok and sync_store.queue_length() == 0
    finally:
        server.stop()


def test_a_password_never_goes_over_plain_http_to_another_machine(tmp_path: Path) -> None:
    with app(tmp_path / "a"):
        report = run_sync(SyncAccount(url="http://calendar.example.com/dav/", user=USER,
                                      calendar="http://calendar.example.com/dav/cal/"), "secret")
    assert report.error is not None and report.error.kind is SyncErrorKind.CONFIGURATION


def test_a_withdrawn_interview_keeps_a_cancelled_event_and_its_open_todos_go(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    from desktop_app.domain.model import Status

    with app(tmp_path / "a"):
        [interview_id] = add_interviews(1)
        assert sync(server, calendar_url).ok
        interview = load_interview(interview_id)
        interview.status = Status.WITHDRAWN
        save_interview(interview)
        report = sync(server, calendar_url)
        assert report.ok and report.up["deleted"] == len(checklist(interview_id))
        uid = interview_ical_uid(Interview.get_by_id(interview_id).uid)
    objects = phone_objects(server, calendar_url)
    assert list(objects) == [uid] and objects[uid].walk("VEVENT")[0]["status"] == "CANCELLED"


def test_an_interview_moved_on_the_phone_moves_here_with_its_open_steps(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    with app(tmp_path / "a"):
        [interview_id] = add_interviews(1)
        assert sync(server, calendar_url).ok
        before = load_interview(interview_id)
        steps_before = {r.id: r.due_at for r in checklist(interview_id)}
        shift = timedelta(days=2, hours=1)

        def move(event) -> None:  # noqa: ANN001
            start, end = event["dtstart"].dt + shift, event["dtend"].dt + shift
            event.pop("dtstart")
            event.pop("dtend")
            event.add("dtstart", start)
            event.add("dtend", end)

        phone_edit(server, calendar_url, interview_ical_uid(Interview.get_by_id(interview_id).uid), move,
                   datetime.now(UTC) + timedelta(minutes=1))
        report = sync(server, calendar_url)
        assert report.ok and report.down["moved"] >= 1
        after = load_interview(interview_id)
        assert (after.start, after.end) == (before.start + shift, before.end + shift)
        steps_after = {r.id: r.due_at for r in checklist(interview_id)}
        assert steps_after[min(steps_after)] > steps_before[min(steps_before)]
        objects = phone_objects(server, calendar_url)
        for step_id, due in steps_after.items():
            assert objects[todo_uid_of(step_id)].walk("VTODO")[0]["due"].dt == due  # the todos followed
        assert sync(server, calendar_url).writes == 0


def test_an_interview_moved_on_one_computer_moves_on_the_other(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    with app(tmp_path / "a"):
        [interview_id] = add_interviews(1)
        assert sync(server, calendar_url).ok
        shared = export_json()
    with app(tmp_path / "b"):
        import_json(shared)
        assert sync(server, calendar_url).ok
    with app(tmp_path / "a"):
        interview = load_interview(interview_id)
        interview.start += timedelta(days=1)
        interview.end += timedelta(days=1)
        save_interview(interview)
        assert sync(server, calendar_url).ok
        uid = Interview.get_by_id(interview_id).uid
        a_plan = sorted(r.due_at for r in checklist(interview_id))
    with app(tmp_path / "b"):
        assert sync(server, calendar_url).ok
        b_id = Interview.get(Interview.uid == uid).id
        assert load_interview(b_id).start == interview.start
        assert sorted(r.due_at for r in checklist(b_id)) == a_plan


def test_choosing_another_calendar_puts_everything_there(server: CalDAVServer, calendar_url: str,
                                                         tmp_path: Path) -> None:
    other = create_calendar(client_for(server), server.root_url, name="Job hunt").url
    with app(tmp_path / "a"):
        add_interviews(2)
        assert sync(server, calendar_url).ok
        count = len(phone_objects(server, calendar_url))
        moved = sync(server, other)  # e.g. `finish-strong settings set caldav.calendar OTHER`
        assert moved.ok and moved.up["created"] == count
    assert len(phone_objects(server, other)) == count


def test_a_done_steps_todo_deleted_on_the_phone_stays_gone_and_comes_back_if_reopened(
    server: CalDAVServer, calendar_url: str, tmp_path: Path
) -> None:
    from desktop_app.store.interviews import reopen_follow_up

    with app(tmp_path / "a"):
        [interview_id] = add_interviews(1)
        step = checklist(interview_id)[0]
        set_done(step.id, datetime(2026, 12, 1, 16, 0, tzinfo=UTC))
        assert sync(server, calendar_url).ok
        uid = todo_uid_of(step.id)
        assert phone_objects(server, calendar_url)[uid].walk("VTODO")[0]["status"] == "COMPLETED"
        assert phone_for(server).request(calendar_url.rstrip("/") + "/" + href_name(uid), "DELETE").status in (200, 204)
        report = sync(server, calendar_url)
        assert report.ok and report.down["restored"] == 0
        interview = load_interview(interview_id)  # the interview changes: its items are written again ...
        interview.location = "Room 4"
        save_interview(interview)
        changed = sync(server, calendar_url)
        assert changed.ok and changed.up["created"] == 0 and changed.up["updated"] >= 1
        assert uid not in phone_objects(server, calendar_url)  # ... but not the done step the phone deleted
        reopen_follow_up(step.id)
        reopened = sync(server, calendar_url)
        assert reopened.ok and reopened.up["created"] == 1
        assert phone_objects(server, calendar_url)[uid].walk("VTODO")[0]["status"] == "NEEDS-ACTION"
        assert sync(server, calendar_url).writes == 0
