"""The plain values the rest of the app passes around.

They are deliberately storage-agnostic: `store/` maps them to rows, `ui/` shows them.
All datetimes are timezone-aware; the store keeps them in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Step(StrEnum):
    """The four follow-up steps of the article, in the order a user does them."""

    NOTES = "notes"
    THANK_YOU_EMAIL = "thank_you_email"
    HANDWRITTEN_NOTE = "handwritten_note"
    REFERRAL = "referral"
    #: Optional, not part of the plan: added by the reply radar when no reply came N days after the
    #: thank-you (store/check_in_store.py); removed when a reply arrives.
    CHECK_IN = "check_in"

    @property
    def order(self) -> int:
        return list(Step).index(self)

    @property
    def label(self) -> str:
        return STEP_LABELS[self]


STEP_LABELS = {
    Step.NOTES: "Write your notes",
    Step.THANK_YOU_EMAIL: "Send a thank-you e-mail",
    Step.HANDWRITTEN_NOTE: "Mail a handwritten note",
    Step.REFERRAL: "Contact the referral",
    Step.CHECK_IN: "Check in",
}


class Status(StrEnum):
    SCHEDULED = "scheduled"
    DONE = "done"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return self.value.capitalize()


ROUND_SUGGESTIONS = (
    "Phone screen",
    "Recruiter call",
    "Hiring manager",
    "Technical",
    "Take-home review",
    "Panel",
    "On-site",
    "Final",
)


#: How a letter addresses a person (letter_language.greeting): not known, "Ms" or "Mr". Chosen by the
#: user, never guessed from a first name; "" gets each language's neutral greeting.
FORMS_OF_ADDRESS = ("", "ms", "mr")


@dataclass
class Person:
    """Someone the user met; reused across interviews and rounds."""

    name: str
    title: str = ""
    email: str = ""
    postal_address: str = ""
    id: int | None = None
    #: Hobbies, pet peeves, shared interests: kept on the person across interviews.
    #: Written only by the debrief; saving an interview never touches it.
    personal_notes: str = ""
    #: One of FORMS_OF_ADDRESS (schema 11): "Sehr geehrte Frau Vogt," needs it, "Guten Tag Lena Vogt," not.
    form_of_address: str = ""


@dataclass
class Interview:
    company: str
    role: str
    start: datetime
    end: datetime
    timezone: str
    round: str = ""
    location: str = ""
    status: Status = Status.SCHEDULED
    interviewers: list[Person] = field(default_factory=list)
    id: int | None = None
    uid: str | None = None

    @property
    def title(self) -> str:
        """"Company — Role", leaving out a blank part: window titles and headings."""
        return " — ".join(p for p in (self.company, self.role) if p)


@dataclass(frozen=True)
class PlannedFollowUp:
    """One item of the plan as the rules compute it, before it is stored.

    `person_key` / `referral_key` say who the step is about, so an existing stored
    follow-up can be matched with its re-computed twin when the interview changes.
    """

    step: Step
    due_at: datetime
    remind_at: datetime
    person_key: int | None = None
    referral_key: int | None = None

    @property
    def key(self) -> tuple[Step, int | None, int | None]:
        return (self.step, self.person_key, self.referral_key)
