"""Step 1 of the article: the notes written right after the interview.

The sections follow the article's list. Any line of any note can be flagged as a
*talking point* — something to mention in the thank-you — by starting it with the
talking-point mark. Keeping the flag inside the text (rather than as line numbers
beside it) means it survives every edit, autosave and export untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TALKING_POINT_MARK = "★"
_PREFIX = TALKING_POINT_MARK + " "

#: (key, title, hint) in the order the article lists them.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("observations", "Observations and impressions",
     "How did it go? What stood out about the team, the office, the mood?"),
    ("discussed", "What was discussed", "Questions asked, projects described, your answers worth repeating."),
    ("recent_projects", "The company's recent projects", "Launches, migrations, acquisitions they mentioned."),
    ("organizations", "Professional organizations", "Associations or groups they belong to or recommended."),
    ("industry_events", "Industry events", "Meet-ups, trade shows, awards."),
    ("conferences", "Upcoming conferences", "Where they will be, and when."),
    ("company_meetings", "Company-wide meetings", "All-hands, offsites, planning cycles."),
    ("anything_else", "Anything else", "Whatever else you want to remember."),
)
SECTION_KEYS = tuple(key for key, _, _ in SECTIONS)
SECTION_TITLES = {key: title for key, title, _ in SECTIONS}

#: Generous: a pasted 1 MB document must fit; far beyond that is a mistake, not notes. Measured
#: (make bench, docs/PERFORMANCE.md): at this size a keystroke stays under 20 ms and an autosave
#: well under 0.1 s; at 5 MB each autosave stalled typing for ~250–350 ms. The cap holds in the
#: editor (a longer paste is refused, with the reason) and in imports alike.
MAX_NOTE_CHARS = 1_200_000


def is_talking_point(line: str) -> bool:
    return line.lstrip().startswith(TALKING_POINT_MARK)


def talking_points(text: str) -> list[str]:
    """The flagged lines of a note, without the mark, in the order written."""
    points = []
    for line in text.splitlines():
        if is_talking_point(line):
            point = line.lstrip()[len(TALKING_POINT_MARK):].strip()
            if point:
                points.append(point)
    return points


def toggle_talking_point(line: str) -> str:
    """Flag an unflagged line, unflag a flagged one; indentation is kept."""
    indent = line[: len(line) - len(line.lstrip())]
    body = line.lstrip()
    if body.startswith(TALKING_POINT_MARK):
        return indent + body[len(TALKING_POINT_MARK):].lstrip(" ")
    return indent + _PREFIX + body


@dataclass
class OpenQuestion:
    """A question left unresolved in the interview, and the answer to give later.

    `answered` means answered during the interview itself: nothing is owed. Otherwise the
    `answer` goes into the e-mail of the person who asked (`asked_by`), or of everyone when
    nobody in particular asked.
    """

    question: str
    answer: str = ""
    answered: bool = False
    id: int | None = None
    asked_by: int | None = None  # a person id on the interview


@dataclass
class Referral:
    """Someone the interviewer suggested contacting: each gets a referral follow-up."""

    name: str = ""
    organization: str = ""
    contact: str = ""
    suggested_by: int | None = None  # a person id on the interview, if known
    why: str = ""
    outcome: str = ""
    id: int | None = None

    @property
    def label(self) -> str:
        parts = [p.strip() for p in (self.name, self.organization) if p.strip()]
        return " at ".join(parts) if len(parts) == 2 else (parts[0] if parts else "(unnamed referral)")

    @property
    def has_contact(self) -> bool:
        """No way to reach them is allowed (it may come later) but shown as a warning."""
        return bool(self.contact.strip())


@dataclass
class Debrief:
    """Everything written about one interview."""

    interview_id: int
    sections: dict[str, str] = field(default_factory=lambda: dict.fromkeys(SECTION_KEYS, ""))
    #: person id -> what you talked about with them in this interview
    talked_about: dict[int, str] = field(default_factory=dict)
    questions: list[OpenQuestion] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)

    def all_talking_points(self) -> list[str]:
        points: list[str] = []
        for key in SECTION_KEYS:
            points += talking_points(self.sections.get(key, ""))
        for text in self.talked_about.values():
            points += talking_points(text)
        return points


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: how pyside6-lupdate finds texts)
    """Marks `text` for translation; domain/ imports no Qt."""
    return text


#: referral_problems(): a fixed sentence, translated by its text in the context "DomainText"
REFERRAL_EMPTY = QT_TRANSLATE_NOOP("DomainText", "The referral is empty.")


def referral_problems(referral: Referral) -> list[str]:
    """What makes a referral not worth storing: nothing at all written in it.

    A missing name or contact is only a warning (the user may learn it later, and what
    was typed must never be refused); see `Referral.has_contact`.
    """
    fields = (referral.name, referral.organization, referral.contact, referral.why, referral.outcome)
    if not any(f.strip() for f in fields):
        return [REFERRAL_EMPTY]
    return []
