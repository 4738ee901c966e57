"""The sync's pure rules: stable identities and the field-by-field merge (domain/sync_rules.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.domain.sync_rules import (
    TodoState,
    href_name,
    interview_ical_uid,
    is_our_href,
    merge_todo,
    todo_ical_uid,
)

T0 = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
EARLY, LATE = T0 - timedelta(hours=1), T0 + timedelta(hours=1)


def test_uids_come_from_stable_ids_so_two_app_folders_compute_the_same() -> None:
    assert todo_ical_uid("abc", "thank_you_email", "p1", None) == todo_ical_uid("abc", "thank_you_email", "p1", None)
    assert todo_ical_uid("abc", "referral", None, "r9") != todo_ical_uid("abc", "referral", None, "r8")
    assert todo_ical_uid("abc", "notes", None, None).endswith("@finish-strong")
    assert interview_ical_uid("abc") == "interview-abc@finish-strong"  # the same as an .ics export


def test_href_names_are_safe_for_any_uid_and_recognisably_ours() -> None:
    hostile = todo_ical_uid("<b>&amp;/../ ☃" + "x" * 5000, "notes", None, None)
    name = href_name(hostile)
    assert name.isascii() and "/" not in name and len(name) < 60 and name.endswith(".ics")
    assert is_our_href("http://h/cal/" + name) and not is_our_href("http://h/cal/phone-made.ics")


def test_done_wins_from_either_side_with_the_time_of_the_side_that_ticked() -> None:
    base = TodoState(T0, None)
    phone = merge_todo(base, TodoState(T0, None), TodoState(T0, LATE), None, None)
    assert phone.state.done == LATE and phone.change_local and not phone.change_remote
    app = merge_todo(base, TodoState(T0, EARLY), TodoState(T0, None), None, None)
    assert app.state.done == EARLY and app.change_remote and not app.change_local
    both = merge_todo(base, TodoState(T0, EARLY), TodoState(T0, LATE), None, None)
    assert both.state.done == EARLY and not both.change_remote  # already done there: nothing to write


def test_a_deadline_moved_on_one_side_only_is_taken() -> None:
    base = TodoState(T0, None)
    assert merge_todo(base, TodoState(T0, None), TodoState(LATE, None), None, None).state.due == LATE
    assert merge_todo(base, TodoState(EARLY, None), TodoState(T0, None), None, None).state.due == EARLY


def test_a_deadline_moved_on_both_sides_goes_to_the_later_edit() -> None:
    base = TodoState(T0, None)
    local, remote = TodoState(EARLY, None), TodoState(LATE, None)
    assert merge_todo(base, local, remote, local_changed_at=T0, remote_changed_at=LATE).state.due == LATE
    assert merge_todo(base, local, remote, local_changed_at=LATE, remote_changed_at=T0).state.due == EARLY
    assert merge_todo(base, local, remote, local_changed_at=T0, remote_changed_at=None).state.due == EARLY


def test_both_changes_survive_a_tick_on_one_side_and_a_move_on_the_other() -> None:
    merged = merge_todo(TodoState(T0, None), TodoState(LATE, None), TodoState(T0, EARLY), T0, None)
    assert merged.state == TodoState(LATE, EARLY)
    assert merged.change_local and merged.change_remote


def test_adopting_without_a_base_keeps_the_later_edit() -> None:
    merged = merge_todo(None, TodoState(T0, None), TodoState(LATE, None), EARLY, T0)
    assert merged.state.due == LATE
