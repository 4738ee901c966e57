"""Which rows an editor window loaded, told apart by their stable `uid`, not only by their id.

A restore or an import can put a *different* interview under the same id (the ids of a
backup are its own). An editor remembers the identity it loaded and the window registry
(ui/shared/editor_registry.py) compares it with the current one before anything is saved,
so an editor never writes to a row it did not load.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Interview, InterviewPerson, Person


@dataclass(frozen=True)
class RowIdentity:
    interview_uid: str
    #: The interview's people as (person id, person uid), in their order on the interview.
    people: tuple[tuple[int, str], ...]

    def has_person(self, person_id: int, uid: str | None = None) -> bool:
        return any(pid == person_id and (uid is None or puid == uid) for pid, puid in self.people)

    def person_uid(self, person_id: int) -> str | None:
        return next((puid for pid, puid in self.people if pid == person_id), None)


def row_identity(interview_id: int) -> RowIdentity | None:
    """The interview's identity now; None when it is gone or deleted (two small queries)."""
    row = (Interview.select(Interview.uid)
           .where(Interview.id == interview_id, Interview.deleted_at.is_null())
           .tuples().first())
    if row is None:
        return None
    people = (Person.select(Person.id, Person.uid)
              .join(InterviewPerson)
              .where(InterviewPerson.interview == interview_id)
              .order_by(InterviewPerson.position, Person.id)
              .tuples())
    return RowIdentity(str(row[0]), tuple((int(pid), str(uid)) for pid, uid in people))
