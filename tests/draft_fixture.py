"""One debrief to write drafts from, shared by the golden-draft tests and the GUI tests.

A panel of three (one name with diacritics), points for the whole interview and personal
ones, a point given to one interviewer, an edited phrase, questions answered in the
interview, owed to one person, to everyone, and still unanswered, and a referral.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.domain.debrief import Debrief, OpenQuestion, Referral
from desktop_app.domain.model import Interview, Person
from desktop_app.domain.talking_points import TALKED_ABOUT, PointChoice, line_key

START = datetime(2026, 3, 3, 14, 0, tzinfo=UTC)
ZOE, SAM, DANA = 1, 2, 3

SECTIONS = {
    "discussed": "Roadmap for next year\n★ The move to real-time dashboards.\n"
                 "★ She mentioned the Berlin office opening in spring",
    "recent_projects": "★ Launch of the self-serve analytics tier",
}
TALKED = {ZOE: "small talk about the weather\n★ Her team's on-call rotation.",
          SAM: "★ He said that they run Rust in production", DANA: ""}
PERSONAL = {SAM: "He is writing a blog post about Rust async", DANA: "★ Runs the Berlin marathon every year"}
QUESTIONS = [
    ("Can you start in April?", "Yes, from 1 April.", False, ZOE),
    ("Would you relocate to Berlin?", "", False, SAM),
    ("How many remote days?", "Two a week, settled in the interview.", True, None),
    ("Do you have references?", "Yes: two former managers, contacts on request.", False, None),
]
#: The recent-projects point goes to Sam only; Zoë's point is reworded by the user.
CHOICES = [
    PointChoice("recent_projects", None, line_key("Launch of the self-serve analytics tier"),
                "Launch of the self-serve analytics tier", owner=SAM),
    PointChoice(TALKED_ABOUT, ZOE, line_key("Her team's on-call rotation."), "Her team's on-call rotation.",
                phrase="how your team runs its on-call rotation"),
]


def people() -> list[Person]:
    return [Person("Zoë Ñúñez", title="Head of Product", email="zoe@northwind.example", id=ZOE),
            Person("Sam Okafor", title="Staff Engineer", email="sam@northwind.example", id=SAM),
            Person("Dana Reyes", title="Recruiter", email="dana@northwind.example", id=DANA)]


def interview() -> Interview:
    return Interview("Northwind Analytics", "Product Manager", START, START + timedelta(hours=2), "UTC",
                     round="Panel", interviewers=people())


def debrief() -> Debrief:
    result = Debrief(interview_id=1)
    result.sections.update(SECTIONS)
    result.talked_about = dict(TALKED)
    result.questions = [OpenQuestion(q, a, answered, asked_by=who) for q, a, answered, who in QUESTIONS]
    result.referrals = [Referral("Ana Lima", "Lumen & Co.", "ana@lumen.example", suggested_by=DANA,
                                 why="Hiring for a similar role")]
    return result
