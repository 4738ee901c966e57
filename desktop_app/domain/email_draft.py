"""Step 2 of the article: the thank-you e-mail, drafted from the notes.

"Be professional, mention some specific points from the interview, answer any questions
left unresolved." A template is plain text with `$name` placeholders (stdlib
`string.Template`, so a `$` the user types twice stays a dollar sign and nothing in a
template can run code). Rendering fills them from the interview, the interviewer, the
talking points (★ lines) and the answered open questions; the checks before sending
return warnings the user may override.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from string import Template

from .debrief import Debrief, talking_points
from .model import Interview, Person

#: (placeholder, what it becomes) — listed beside the template editor.
PLACEHOLDERS: tuple[tuple[str, str], ...] = (
    ("first_name", "The interviewer's first name"),
    ("name", "The interviewer's full name"),
    ("title", "The interviewer's job title"),
    ("company", "The company"),
    ("role", "The role you interviewed for"),
    ("round", "The interview round (e.g. Final)"),
    ("date", "The interview date, e.g. Tuesday, 3 March 2026"),
    ("talking_points", "Your ★ talking points for this person and the interview, one per line"),
    ("answers", "Your answers to the open questions, as 'question — answer' lines"),
    ("my_name", "Your name (the sender name in the mail settings)"),
)
PLACEHOLDER_NAMES = frozenset(name for name, _ in PLACEHOLDERS)


@dataclass(frozen=True)
class EmailTemplate:
    name: str
    subject: str
    body: str


DEFAULT_TEMPLATES: tuple[EmailTemplate, ...] = (
    EmailTemplate(
        "Formal",
        "Thank you — $role interview on $date",
        "Dear $name,\n\n"
        "Thank you for taking the time to meet with me on $date to discuss the $role position at $company. "
        "I appreciated learning more about the team and the work ahead.\n\n"
        "I especially valued our conversation about:\n$talking_points\n\n"
        "$answers\n\n"
        "I remain very interested in the role and look forward to hearing about the next steps.\n\n"
        "Kind regards,\n$my_name\n",
    ),
    EmailTemplate(
        "Warm",
        "Great talking with you, $first_name",
        "Hi $first_name,\n\n"
        "Thanks so much for the conversation on $date — I really enjoyed it and came away even more "
        "excited about the $role role at $company.\n\n"
        "A few things that stuck with me:\n$talking_points\n\n"
        "$answers\n\n"
        "Thanks again, and I hope to talk soon!\n\n"
        "Best,\n$my_name\n",
    ),
    EmailTemplate(
        "After a final round",
        "Thank you for the final interview — $role",
        "Dear $name,\n\n"
        "Thank you for meeting with me for the final round on $date. Having now met the team, "
        "I am more convinced than ever that the $role position at $company is the right next step for me.\n\n"
        "What we discussed that I keep thinking about:\n$talking_points\n\n"
        "$answers\n\n"
        "Please let me know if there is anything else you need from me to make your decision.\n\n"
        "With appreciation,\n$my_name\n",
    ),
)

ANSWERS_INTRO = "To follow up on the questions we left open:"


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders a template names that rendering cannot fill (reported, never sent).

    A malformed `$` (like `$ 5` or `${`) counts too, by its raw text: `Template` would
    refuse to render it.
    """
    template = Template(text)
    unknown = [name for name in template.get_identifiers() if name not in PLACEHOLDER_NAMES]
    if not template.is_valid():
        unknown += [m.group(0) for m in template.pattern.finditer(text) if m.group("invalid") is not None]
    return unknown


@dataclass
class DraftContext:
    """What one interviewer's draft is filled from."""

    interview: Interview
    person: Person
    points: list[str] = field(default_factory=list)
    answers: list[tuple[str, str]] = field(default_factory=list)  # (question, answer)
    unanswered: list[str] = field(default_factory=list)
    my_name: str = ""


def context_for(interview: Interview, person: Person, debrief: Debrief, my_name: str = "") -> DraftContext:
    """Talking points of this person's notes first, then those of the shared sections."""
    points = talking_points(debrief.talked_about.get(person.id, "")) if person.id is not None else []
    for text in debrief.sections.values():
        points += [p for p in talking_points(text) if p not in points]
    answers = [(q.question, q.answer.strip()) for q in debrief.questions if q.answer.strip()]
    unanswered = [q.question for q in debrief.questions if not q.answer.strip()]
    return DraftContext(interview, person, points, answers, unanswered, my_name)


def date_text(interview: Interview) -> str:
    start = interview.start
    return f"{start:%A}, {start.day} {start:%B %Y}"


def values_for(context: DraftContext) -> dict[str, str]:
    person, interview = context.person, context.interview
    answers = ""
    if context.answers:
        answers = ANSWERS_INTRO + "\n" + "\n".join(f"- {q} — {a}" for q, a in context.answers)
    return {
        "first_name": person.name.split()[0] if person.name.split() else person.name,
        "name": person.name,
        "title": person.title,
        "company": interview.company,
        "role": interview.role,
        "round": interview.round,
        "date": date_text(interview),
        "talking_points": "\n".join(f"- {p}" for p in context.points),
        "answers": answers,
        "my_name": context.my_name,
    }


def _tidy(text: str) -> str:
    """Empty placeholders (no answers, no points) must not leave runs of blank lines."""
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def render(template: EmailTemplate, context: DraftContext) -> tuple[str, str]:
    """(subject, body). Unknown placeholders are left as written, so the checks report them."""
    values = values_for(context)
    subject = Template(template.subject).safe_substitute(values).replace("\n", " ").strip()
    return subject, _tidy(Template(template.body).safe_substitute(values))


def pre_send_warnings(subject: str, body: str, context: DraftContext) -> list[str]:
    """What a careful reader would flag before the message goes out; each can be overridden."""
    warnings = []
    if not subject.strip():
        warnings.append("The subject is empty.")
    leftover = unknown_placeholders(subject) + unknown_placeholders(body)
    known_left = [n for n in Template(subject + "\n" + body).get_identifiers() if n in PLACEHOLDER_NAMES]
    if leftover or known_left:
        names = ", ".join(f"${n}" if not n.startswith("$") else n for n in dict.fromkeys(leftover + known_left))
        warnings.append(f"A placeholder is left in the text: {names}.")
    folded = body.casefold()
    if context.points and not any(p.casefold() in folded for p in context.points):
        warnings.append("None of your talking points is mentioned.")
    elif not context.points:
        warnings.append("The e-mail mentions no talking point: flag some with ★ in your notes.")
    for question in context.unanswered:
        warnings.append(f"The open question “{question}” has no answer yet.")
    for question, answer in context.answers:
        if answer.casefold() not in folded:
            warnings.append(f"Your answer to “{question}” is not in the e-mail.")
    return warnings
