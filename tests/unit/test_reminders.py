"""Reminder rules and the scheduler, on a fake clock: nothing here waits for real time."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app.domain.model import Interview, Person, Step
from desktop_app.domain.reminders import (
    MAX_TIMER_MS,
    Reminder,
    next_wake,
    snooze_until,
    split_catch_up,
    summary_title,
    timer_interval_ms,
    title,
    tomorrow_morning,
)
from desktop_app.reminders.scheduler import ReminderScheduler
from desktop_app.store import reminder_store
from desktop_app.store.database import db_proxy
from desktop_app.store.follow_up_queries import checklist, set_done
from desktop_app.store.interviews import delete_interview, save_interview

NY = ZoneInfo("America/New_York")
T0 = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now
        self.mono = 1000.0

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return self.mono

    def advance(self, **delta: float) -> None:
        step = timedelta(**delta)
        self.now += step
        self.mono += step.total_seconds()


@pytest.fixture(scope="module")
def qapp() -> Iterator[QCoreApplication]:
    app = QCoreApplication.instance() or QCoreApplication([])
    yield app


def interview(end: datetime, people: int = 1, company: str = "Acme") -> int:
    start = end - timedelta(hours=1)
    return save_interview(Interview(company, "Engineer", start, end, "America/New_York",
                                    interviewers=[Person(f"Dana {n}") for n in range(people)]))


class Recorder:
    def __init__(self, scheduler: ReminderScheduler) -> None:
        self.fired: list[list[Reminder]] = []
        self.caught_up: list[list[Reminder]] = []
        scheduler.fired.connect(self.fired.append)
        scheduler.caught_up.connect(self.caught_up.append)

    def titles(self) -> list[str]:
        return [title(r) for batch in self.fired for r in batch]


def make(clock: Clock) -> tuple[ReminderScheduler, Recorder]:
    scheduler = ReminderScheduler(clock, clock.monotonic)
    return scheduler, Recorder(scheduler)


# ---------------------------------------------------------------------- pure rules


def test_titles_say_what_to_do_and_for_whom() -> None:
    r = Reminder(1, 1, Step.THANK_YOU_EMAIL, "Acme", "Dev", "Dana Reyes", T0, T0)
    assert title(r) == "Send your thank-you e-mail to Dana Reyes"
    assert title(Reminder(1, 1, Step.NOTES, "Acme", "Dev", None, T0, T0)) == "Write your notes on the Acme interview"
    card = Reminder(1, 1, Step.HANDWRITTEN_NOTE, "Acme", "Dev", "Lee", T0, T0)
    assert title(card) == "Print the card draft for Lee, then mail it"
    assert title(Reminder(1, 1, Step.REFERRAL, "Acme", "Dev", "Ana Lima", T0, T0)) == "Contact Ana Lima"
    assert summary_title(1) == "1 follow-up came due while Finish Strong was closed"
    assert summary_title(3) == "3 follow-ups came due while Finish Strong was closed"


def test_tomorrow_morning_is_nine_local_even_across_dst() -> None:
    # Saturday 2026-03-07 evening in New York; Sunday is the spring-forward day.
    now = datetime(2026, 3, 7, 22, 0, tzinfo=NY)
    target = tomorrow_morning(now, NY)
    assert target.astimezone(NY).hour == 9 and target.astimezone(NY).day == 8
    assert target - now.astimezone(UTC) == timedelta(hours=10)  # 11 wall-clock hours, one skipped
    assert snooze_until(now, "hour", NY) == now + timedelta(hours=1)
    with pytest.raises(ValueError):
        snooze_until(now, "forever", NY)


def test_next_wake_respects_a_pause_and_long_waits_are_split() -> None:
    assert next_wake(None, None, T0) is None
    assert next_wake(T0 + timedelta(hours=1), T0 + timedelta(hours=3), T0) == T0 + timedelta(hours=3)
    assert next_wake(T0 + timedelta(hours=1), T0 - timedelta(hours=3), T0) == T0 + timedelta(hours=1)
    assert timer_interval_ms(T0 - timedelta(minutes=5), T0) == 0
    assert timer_interval_ms(T0 + timedelta(days=60), T0) == MAX_TIMER_MS  # QTimer's limit: re-armed later


def test_at_start_up_everything_due_is_one_summary_whatever_its_age() -> None:
    old = Reminder(1, 1, Step.NOTES, "A", "", None, T0, T0 - timedelta(hours=5))
    fresh = Reminder(2, 1, Step.NOTES, "A", "", None, T0, T0 - timedelta(seconds=30))
    assert split_catch_up([old, fresh]) == ([old, fresh], [])
    assert split_catch_up([fresh]) == ([], [fresh])  # a single one is shown as itself
    assert split_catch_up([]) == ([], [])


# ---------------------------------------------------------------------- the scheduler


def test_arms_for_the_earliest_alert_with_one_query(db: object, qapp: QCoreApplication) -> None:
    clock = Clock(T0)
    interview(T0 + timedelta(hours=5))
    interview(T0 + timedelta(hours=2), company="Globex")
    scheduler, _ = make(clock)
    statements: list[str] = []
    db_proxy.obj.connection().set_trace_callback(statements.append)
    try:
        scheduler.arm()
    finally:
        db_proxy.obj.connection().set_trace_callback(None)
    assert len(statements) == 1
    assert scheduler.armed_for == T0 + timedelta(hours=2)  # Globex's notes reminder, at its end
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 2 * 3600 * 1000


def test_fires_in_order_once_and_then_arms_for_the_next(db: object, qapp: QCoreApplication) -> None:
    clock = Clock(T0)
    interview(T0 + timedelta(minutes=10), people=1)
    scheduler, seen = make(clock)
    scheduler.start()
    assert seen.fired == [] and scheduler.armed_for == T0 + timedelta(minutes=10)
    clock.advance(minutes=10)
    scheduler.check()
    assert seen.titles() == ["Write your notes on the Acme interview"]
    scheduler.check()  # the same moment again: nothing twice
    assert len(seen.titles()) == 1
    assert scheduler.armed_for == T0 + timedelta(minutes=70)  # the thank-you e-mail, end + 1 h
    clock.advance(hours=2)
    scheduler.check()
    assert seen.titles()[1:] == ["Send your thank-you e-mail to Dana 0",
                                 "Print the card draft for Dana 0, then mail it"]


def test_nothing_fires_twice_over_a_restart(db: object, qapp: QCoreApplication) -> None:
    clock = Clock(T0)
    interview(T0 + timedelta(minutes=1))
    first, seen = make(clock)
    first.start()
    clock.advance(minutes=1)
    first.check()
    assert len(seen.titles()) == 1
    first.stop()
    second, again = make(clock)  # the app restarts
    second.start()
    assert again.fired == [] and again.caught_up == []


def test_catch_up_is_one_summary_and_not_repeated(db: object, qapp: QCoreApplication) -> None:
    interview(T0 - timedelta(days=3), people=2)  # everything came due while the app was closed
    clock = Clock(T0)
    scheduler, seen = make(clock)
    scheduler.start()
    assert len(seen.caught_up) == 1 and len(seen.caught_up[0]) == 5  # notes + 2 e-mails + 2 cards
    assert seen.fired == []
    again, later = make(clock)
    again.start()
    assert later.caught_up == [] and later.fired == []


def test_a_panel_due_a_minute_ago_is_one_summary_at_start_up(db: object, qapp: QCoreApplication) -> None:
    """Six interviewers' e-mail reminders came due a minute before the start: one notification, not seven."""
    interview(T0 - timedelta(hours=1, minutes=1), people=6)
    clock = Clock(T0)
    scheduler, seen = make(clock)
    scheduler.start()
    assert seen.fired == []
    assert len(seen.caught_up) == 1 and len(seen.caught_up[0]) == 7  # the notes and six e-mails


def test_snooze_survives_a_restart(db: object, qapp: QCoreApplication) -> None:
    clock = Clock(T0)
    interview_id = interview(T0 + timedelta(minutes=1), people=0)
    scheduler, seen = make(clock)
    scheduler.start()
    clock.advance(minutes=1)
    scheduler.check()
    notes = checklist(interview_id)[0]
    scheduler.snooze([notes.id], clock.now + timedelta(hours=1))
    restarted, later = make(clock)
    restarted.start()
    assert restarted.armed_for == clock.now + timedelta(hours=1)
    clock.advance(hours=1)
    restarted.check()
    assert [title(r) for batch in later.fired for r in batch] == ["Write your notes on the Acme interview"]


def test_done_elsewhere_cancels_the_alert(db: object, qapp: QCoreApplication) -> None:
    clock = Clock(T0)
    interview_id = interview(T0 + timedelta(minutes=5), people=0)
    scheduler, seen = make(clock)
    scheduler.start()
    set_done(checklist(interview_id)[0].id, clock.now)  # ticked in the window, or by a second instance
    clock.advance(minutes=5)
    scheduler.check()
    assert seen.fired == [] and scheduler.armed_for is None


def test_pause_holds_everything_until_it_ends_and_survives_a_restart(db: object, qapp: QCoreApplication) -> None:
    clock = Clock(T0)
    interview(T0 + timedelta(minutes=5), people=1)
    scheduler, seen = make(clock)
    scheduler.start()
    scheduler.pause(T0 + timedelta(hours=3))
    clock.advance(hours=2)
    scheduler.check()
    assert seen.fired == [] and scheduler.armed_for == T0 + timedelta(hours=3)
    restarted, later = make(clock)
    restarted.start()
    assert later.fired == [] and restarted.paused_until == T0 + timedelta(hours=3)
    clock.advance(hours=1)
    restarted.check()
    assert {title(r) for batch in later.fired for r in batch} == {
        "Write your notes on the Acme interview", "Send your thank-you e-mail to Dana 0",
        "Print the card draft for Dana 0, then mail it"}


def test_snooze_all_moves_every_due_alert_an_hour(db: object, qapp: QCoreApplication) -> None:
    clock = Clock(T0)
    interview(T0 + timedelta(minutes=5), people=1)
    scheduler, seen = make(clock)
    scheduler.start()
    moved = scheduler.snooze_all(clock.now + timedelta(hours=1))
    assert moved == 1  # only the notes (due at T0+5 min) fall within the hour; the e-mail comes at T0+65 min
    assert scheduler.armed_for == clock.now + timedelta(hours=1)
    clock.advance(minutes=30)
    scheduler.check()
    assert seen.fired == []  # the snoozed notes reminder waits for the hour to pass


def test_a_clock_jump_forward_is_noticed_without_waiting_for_the_timer(db: object, qapp: QCoreApplication) -> None:
    clock = Clock(T0)
    interview(T0 + timedelta(hours=2), people=0)
    scheduler, seen = make(clock)
    scheduler.start()
    clock.now += timedelta(hours=3)  # suspend or a clock change: the wall clock moved, the monotonic did not
    scheduler.watchdog()
    assert seen.titles() == ["Write your notes on the Acme interview"]


def test_a_clock_jump_backward_re_arms_for_the_right_interval(db: object, qapp: QCoreApplication) -> None:
    clock = Clock(T0)
    interview(T0 + timedelta(hours=2), people=0)
    scheduler, seen = make(clock)
    scheduler.start()
    clock.now -= timedelta(hours=1)
    scheduler.watchdog()
    assert seen.fired == []
    assert scheduler.timer.interval() == 3 * 3600 * 1000  # 3 hours from the new "now"


def test_the_watchdog_does_nothing_without_a_jump(db: object, qapp: QCoreApplication) -> None:
    clock = Clock(T0)
    interview(T0 + timedelta(hours=2), people=0)
    scheduler, seen = make(clock)
    scheduler.start()
    statements: list[str] = []
    clock.advance(minutes=1)
    db_proxy.obj.connection().set_trace_callback(statements.append)
    try:
        scheduler.watchdog()
    finally:
        db_proxy.obj.connection().set_trace_callback(None)
    assert statements == []  # a quiet minute costs no query


def test_a_time_zone_change_re_checks(db: object, qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(T0)
    interview(T0 + timedelta(hours=2), people=0)
    scheduler, seen = make(clock)
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        scheduler.start()
        armed = []
        scheduler.armed.connect(armed.append)
        monkeypatch.setenv("TZ", "Asia/Tokyo")
        scheduler.watchdog()
        assert armed, "a zone change must re-check and re-arm"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert os.environ.get("TZ") is None


def test_deleted_and_withdrawn_interviews_do_not_remind(db: object, qapp: QCoreApplication) -> None:
    clock = Clock(T0)
    gone = interview(T0 + timedelta(minutes=1), people=0, company="Gone")
    delete_interview(gone)
    scheduler, seen = make(clock)
    scheduler.start()
    assert scheduler.armed_for is None
    clock.advance(minutes=2)
    scheduler.check()
    assert seen.fired == []
    assert reminder_store.next_alert_time() is None


# ---------------------------------------------------------------------- a busy database


def test_a_reminder_due_while_the_database_is_locked_retries_and_shows_once_it_is_free(
        db: object, qapp: QCoreApplication, db_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.reminders.scheduler import RETRY_FIRST_MS, RETRY_MAX_MS
    from tests.fs_faults import locked_by_another_process

    clock = Clock(T0)
    interview(T0 + timedelta(minutes=10))
    scheduler, seen = make(clock)
    scheduler.start()
    db_proxy.obj.execute_sql("PRAGMA busy_timeout = 50")  # the test does not wait 5 s per try
    clock.advance(minutes=10)
    with locked_by_another_process(db_path, exclusive=False):  # another program writing for a long time
        intervals = []
        for _ in range(8):
            scheduler.check()  # what the timer does; no exception escapes, no bug dialog
            assert scheduler.timer.isActive()  # always re-armed
            intervals.append(scheduler.timer.interval())
        assert seen.fired == []
    assert intervals == [RETRY_FIRST_MS * 2 ** n for n in range(6)] + [RETRY_MAX_MS] * 2
    scheduler.check()  # the lock is gone: shown now, once
    assert seen.titles() == ["Write your notes on the Acme interview"]
    scheduler.check()
    assert len(seen.titles()) == 1
    assert scheduler.retry_ms == 0 and scheduler.armed_for == T0 + timedelta(minutes=70)
