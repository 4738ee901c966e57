"""Pure rules of the CalDAV sync: stable identities, what goes up, and how two edits merge.

Kept free of HTTP and SQL so the rules that decide what the user ends up with are tested on
their own. The app owns the plan: the server carries the interviews and open follow-ups so a
phone can show them, tick them and move them; it never adds steps.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta

UID_DOMAIN = "finish-strong"
#: File names we give our objects on the server; anything else in the calendar is not ours.
HREF_PREFIX = "finish-strong-"


def interview_ical_uid(interview_uid: str) -> str:
    """The VEVENT's UID: the same as in an .ics export, so both routes land on one event."""
    return f"interview-{interview_uid}@{UID_DOMAIN}"


def todo_ical_uid(interview_uid: str, step: str, person_uid: str | None, referral_uid: str | None) -> str:
    """The VTODO's UID, from the interview's stable id and who the step is about.

    Built from ids that travel with an export (interview, person and referral uids), never from
    row numbers, so a second app folder computes the same UID and adopts the server's item
    instead of adding a twin.
    """
    who = f"p{person_uid}" if person_uid else f"r{referral_uid}" if referral_uid else "all"
    return f"follow-up-{interview_uid}-{step}-{who}@{UID_DOMAIN}"


def href_name(ical_uid: str) -> str:
    """A file name for the object that any server accepts: the UID hashed, with our prefix."""
    digest = hashlib.sha256(ical_uid.encode("utf-8")).hexdigest()[:32]
    return f"{HREF_PREFIX}{digest}.ics"


#: The href of a done step's todo that was deleted elsewhere: remembered, so it is not put back up.
GONE_PREFIX = "gone:"


def gone_href(ical_uid: str) -> str:
    return GONE_PREFIX + ical_uid


#: The kind of a remembered item that is a deletion marker: an interview deleted by a Finish Strong,
#: its event replaced by a cancelled one carrying X-FINISH-STRONG-DELETED (docs/SYNC.md), so another
#: computer that still has the interview moves it to its trash instead of putting its items back.
MARKER_KIND = "deleted"
#: How long a deletion marker stays on the server: long enough for another computer that is off for a
#: holiday to see it; afterwards the first Finish Strong that syncs removes it (the server is then empty
#: of the interview). A computer that comes back later puts the items back, as before markers.
MARKER_LIFETIME = timedelta(days=30)


def is_our_href(href: str) -> bool:
    return href.rstrip("/").rsplit("/", 1)[-1].startswith(HREF_PREFIX)


@dataclass(frozen=True)
class PersonRef:
    """An interviewer as the calendar carries them: enough for a second app to create the same person
    (the stable uid keys their steps' UIDs); never an e-mail or postal address."""

    uid: str
    name: str
    title: str = ""


@dataclass(frozen=True)
class ReferralRef:
    """A referral as its step's todo carries it: the uid keys the step, the name says whom to contact."""

    uid: str
    name: str
    organization: str = ""


@dataclass(frozen=True)
class TodoSnapshot:
    """One follow-up as the calendar should show it."""

    follow_up_id: int
    ical_uid: str
    step_label: str
    who: str | None
    due: datetime
    remind: datetime
    done: datetime | None
    step: str = ""  # the Step value: with person_uid / referral, what a second app needs to adopt it
    person_uid: str | None = None
    referral: ReferralRef | None = None


@dataclass(frozen=True)
class InterviewSnapshot:
    """What of one interview may leave the machine: no notes, drafts or personal notes."""

    uid: str
    company: str
    role: str
    round: str
    start: datetime
    end: datetime
    timezone: str
    location: str
    status: str
    interviewers: tuple[str, ...]
    todos: tuple[TodoSnapshot, ...] = field(default_factory=tuple)
    people: tuple[PersonRef, ...] = field(default_factory=tuple)  # the interviewers, in order, with uids

    @property
    def title(self) -> str:
        return f"Interview: {self.role} – {self.company}" if self.role else f"Interview: {self.company}"


def todo_summary(interview: InterviewSnapshot, todo: TodoSnapshot) -> str:
    return todo.step_label + (f" — {todo.who}" if todo.who else "") + f" ({interview.company})"


def todo_description(interview: InterviewSnapshot, todo: TodoSnapshot) -> str:
    """What to do and for whom, readable on a phone without the app."""
    lines = [todo.step_label + (f" for {todo.who}." if todo.who else ".")]
    lines.append(f"After: {interview.title}" + (f" ({interview.round})" if interview.round else "") + ".")
    lines.append("Tick it here or in Finish Strong; moving it moves the deadline in the app.")
    return "\n".join(lines)


@dataclass(frozen=True)
class TodoState:
    """The two fields of a todo that either side may change."""

    due: datetime
    done: datetime | None


@dataclass(frozen=True)
class Merged:
    state: TodoState
    change_local: bool   # the app must take the merged values
    change_remote: bool  # the server must get the merged values


def merge_todo(
    base: TodoState | None,
    local: TodoState,
    remote: TodoState,
    local_changed_at: datetime | None,
    remote_changed_at: datetime | None,
) -> Merged:
    """Merge field by field, so neither side's change is lost.

    Done wins: a step ticked on either side stays ticked, with the time of the side that ticked
    it (the app's if both did). The deadline: a side that did not change it since the last sync
    (`base`) takes the other's; if both changed it, the later edit wins. A remote edit without a
    LAST-MODIFIED counts as older: the app owns the plan when nobody can tell.
    `base` is None when the item was never synced here (a second app adopting the server's copy).
    """
    done = local.done or remote.done
    if local.due == remote.due:
        due = local.due
    else:
        local_moved = base is None or local.due != base.due
        remote_moved = base is None or remote.due != base.due
        if remote_moved and not local_moved:
            due = remote.due
        elif local_moved and not remote_moved:
            due = local.due
        elif remote_changed_at is not None and (local_changed_at is None or remote_changed_at > local_changed_at):
            due = remote.due
        else:
            due = local.due
    merged = TodoState(due=due, done=done)
    return Merged(
        state=merged,
        change_local=merged != local,
        change_remote=(merged.due != remote.due) or ((merged.done is None) != (remote.done is None)),
    )
