"""Step 2 of the article: the thank-you e-mail, drafted from the notes.

"Be professional, mention some specific points from the interview, answer any questions
left unresolved." A template is plain text with `$name` placeholders (stdlib
`string.Template`, so a `$` the user types twice stays a dollar sign and nothing in a
template can run code). Rendering fills them from the interview, the interviewer, the
talking points (★ lines, as the phrases shown in the debrief) and the answers owed; every
default template reads correctly with zero, one or several points. The draft checker
(draft_checker.py) looks the result over before it goes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from string import Template

from .debrief import Debrief
from .letter_language import EMAIL_DEFAULTS, greeting, join_names, letter_date, words
from .model import Interview, Person
from .point_phrases import FALLBACK_PHRASE, MAX_POINTS_IN_SENTENCE, join_phrases, mid_sentence, sentence_case, tidy
from .talking_points import TalkingPoint, attach, flagged_lines, others_points, points_for


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: how pyside6-lupdate finds texts)
    """Marks `text` for translation; domain/ imports no Qt (the settings page translates it)."""
    return text


#: (placeholder, what it becomes) — listed beside the template editor, translated there.
PLACEHOLDERS: tuple[tuple[str, str], ...] = (
    ("first_name", QT_TRANSLATE_NOOP("Placeholder", "The interviewer's first name")),
    ("name", QT_TRANSLATE_NOOP("Placeholder", "The interviewer's full name")),
    ("title", QT_TRANSLATE_NOOP("Placeholder", "The interviewer's job title")),
    ("company", QT_TRANSLATE_NOOP("Placeholder", "The company")),
    ("role", QT_TRANSLATE_NOOP("Placeholder", "The role you interviewed for")),
    ("round", QT_TRANSLATE_NOOP("Placeholder", "The interview round (e.g. Final)")),
    ("date", QT_TRANSLATE_NOOP("Placeholder", "The interview date, e.g. Tuesday, 3 March 2026")),
    ("points", QT_TRANSLATE_NOOP("Placeholder", "This person's talking points as one phrase ('X, Y and Z'), or 'our conversation'")),  # noqa: E501 (one string: lupdate reads it whole)
    ("talking_point", QT_TRANSLATE_NOOP("Placeholder", "This person's first talking point, or 'our conversation'")),
    ("talking_points", QT_TRANSLATE_NOOP("Placeholder", "This person's talking points, one per line")),
    ("answers", QT_TRANSLATE_NOOP("Placeholder", "Your answers to the questions this person left open (nothing when there are none)")),  # noqa: E501 (one string: lupdate reads it whole)
    ("introductions", QT_TRANSLATE_NOOP("Placeholder", "Thanks for the referrals this person suggested (nothing when there are none)")),  # noqa: E501 (one string: lupdate reads it whole)
    ("my_name", QT_TRANSLATE_NOOP("Placeholder", "Your name (the sender name in the mail settings)")),
    ("greeting", QT_TRANSLATE_NOOP("Placeholder", "The salutation in the template's language, e.g. 'Dear Dana Reyes,' or 'Sehr geehrte Frau Vogt,'")),  # noqa: E501 (one string: lupdate reads it whole)
)
PLACEHOLDER_NAMES = frozenset(name for name, _ in PLACEHOLDERS)


@dataclass(frozen=True)
class EmailTemplate:
    name: str
    subject: str
    body: str
    #: The language the template is written in: its dates, joining words and $greeting follow it.
    language: str = "en"
    #: Formal register ("Sehr geehrte …", "Dear Dana Reyes,") or not ("Liebe …", "Hi Dana,"): for $greeting.
    formal: bool = True


# Each template reads as a whole with zero, one or several points: $points falls back to
# "our conversation", and $answers / $introductions are whole sentences or nothing.
DEFAULT_TEMPLATES: tuple[EmailTemplate, ...] = (
    EmailTemplate(
        "Formal",
        "Thank you — $role interview on $date",
        "Dear $name,\n\n"
        "Thank you for taking the time to meet with me on $date to discuss the $role position at $company. "
        "I appreciated learning more about the team and the work ahead, and I especially valued $points.\n\n"
        "$answers\n\n"
        "$introductions\n\n"
        "Our conversation confirmed my interest in the role: the problems your team is working on are the kind "
        "I do my best work on, and I would be glad to bring that experience to $company. "
        "If it helps your decision, I am happy to share more about my recent work.\n\n"
        "Kind regards,\n$my_name\n",
    ),
    EmailTemplate(
        "Warm",
        "Great talking with you, $first_name",
        "Hi $first_name,\n\n"
        "Thanks so much for the conversation on $date — I really enjoyed it and came away even more "
        "excited about the $role role at $company. I keep thinking about $points.\n\n"
        "$answers\n\n"
        "$introductions\n\n"
        "It was a pleasure to hear how the team works, and I left with a clear picture of what the first "
        "months in the role would look like. I would love to be part of it, and I hope we talk again soon.\n\n"
        "Thanks again,\n$my_name\n",
    ),
    EmailTemplate(
        "After a phone screen",
        "Thank you for the call, $first_name",
        "Dear $first_name,\n\n"
        "Thank you for the call on $date about the $role position at $company. It was a helpful first "
        "conversation, and I especially enjoyed $points.\n\n"
        "$answers\n\n"
        "$introductions\n\n"
        "What you described matches what I am looking for in my next role, and I would welcome the chance to "
        "meet the team and talk about the work in more depth. I am happy to fit the next conversation "
        "around your schedule.\n\n"
        "Best regards,\n$my_name\n",
    ),
    EmailTemplate(
        "After a panel",
        "Thank you for the panel interview — $role",
        "Dear $first_name,\n\n"
        "Thank you for being part of the panel on $date for the $role position at $company. Meeting several "
        "of the team at once gave me a real sense of how you work together, and from our part of the "
        "conversation I especially appreciated $points.\n\n"
        "$answers\n\n"
        "$introductions\n\n"
        "I came away more interested in the role than before, and I would be glad to contribute to the "
        "team's work. Thank you again for your time and your questions.\n\n"
        "Kind regards,\n$my_name\n",
    ),
    EmailTemplate(
        "After a final round",
        "Thank you for the final interview — $role",
        "Dear $name,\n\n"
        "Thank you for meeting with me for the final round on $date. Having now met the team, "
        "I am more convinced than ever that the $role position at $company is the right next step for me. "
        "I keep thinking about $points.\n\n"
        "$answers\n\n"
        "$introductions\n\n"
        "If there is anything else you need from me to make your decision, such as references or examples "
        "of my work, I will send it the same day.\n\n"
        "With appreciation,\n$my_name\n",
    ),
    EmailTemplate(
        "After a referral's introduction",
        "Thank you for the introduction, $first_name",
        "Dear $first_name,\n\n"
        "Thank you for speaking with me on $date about the $role position at $company, and for thinking of "
        "people I should meet. I especially valued $points.\n\n"
        "$introductions\n\n"
        "$answers\n\n"
        "An introduction from you means a great deal, and I will let you know how the conversations go. "
        "Whatever comes of them, I appreciate the time and the trust.\n\n"
        "With thanks,\n$my_name\n",
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
    """What one interviewer's draft is filled from (and checked against)."""

    interview: Interview
    person: Person
    points: list[str] = field(default_factory=list)  # phrases, this person's own first
    answers: list[tuple[str, str]] = field(default_factory=list)  # (question, answer) owed to this person
    unanswered: list[str] = field(default_factory=list)  # their open questions without an answer yet
    my_name: str = ""
    introductions: list[str] = field(default_factory=list)  # referrals this person suggested
    notes: list[str] = field(default_factory=list)  # the raw ★ lines behind `points`
    others: list[tuple[str, str]] = field(default_factory=list)  # (text, whose) never to reach this draft
    asked: frozenset[str] = frozenset()  # questions this person asked (said "you asked")


def context_for(interview: Interview, person: Person, debrief: Debrief, my_name: str = "",
                points: list[TalkingPoint] | None = None, personal_notes: dict[int, str] | None = None
                ) -> DraftContext:
    """This person's own points first, then the interview's; answers owed to them; their referrals.

    `points` are the debrief's points with the user's choices applied (store/talking_point_store);
    without them, the defaults are derived from the notes. A question asked by nobody in
    particular is answered to everyone; "answered" means answered in the interview: nothing to send.
    """
    personal = personal_notes or {}
    if points is None:
        points, _moved = attach(flagged_lines(debrief, personal), [])
    people = [p.id for p in interview.interviewers if p.id is not None]
    mine = points_for(person.id, people, points) if person.id is not None else []
    names = {p.id: p.name for p in interview.interviewers}
    others = [(text, names.get(p.owner, "another interviewer")) for p in others_points(person.id or -1, points)
              for text in (p.note, p.phrase)]
    for pid, text in personal.items():
        if pid != person.id:
            others += [(line.strip(), names.get(pid, "another interviewer")) for line in text.splitlines()
                       if len(line.strip()) >= 8]
    owed = [q for q in debrief.questions
            if not q.answered and q.question.strip() and q.asked_by in (None, person.id)]
    answers = [(q.question.strip(), q.answer.strip()) for q in owed if q.answer.strip()]
    unanswered = [q.question.strip() for q in owed if not q.answer.strip()]
    asked = frozenset(q.question.strip() for q in owed if q.asked_by is not None)
    introductions = [r.label for r in debrief.referrals if r.suggested_by == person.id and r.name.strip()]
    return DraftContext(interview, person, [p.phrase for p in mine], answers, unanswered, my_name,
                        introductions, [p.note for p in mine], others, asked)


def date_text(interview: Interview) -> str:
    start = interview.start
    return f"{start:%A}, {start.day} {start:%B %Y}"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".!?…" else text + "."


def answers_text(context: DraftContext) -> str:
    """One answer reads as a sentence; several as a short list under one line."""
    if not context.answers:
        return ""
    if len(context.answers) == 1:
        question, answer = context.answers[0]
        lead = "You asked" if question in context.asked else "To follow up on the question we left open,"
        return f"{lead} “{question}” — {_sentence(mid_sentence(answer))}"
    return ANSWERS_INTRO + "\n" + "\n".join(f"- {q} — {_sentence(mid_sentence(a))}" for q, a in context.answers)


def introductions_text(context: DraftContext) -> str:
    if not context.introductions:
        return ""
    return (f"Thank you also for suggesting I speak with {join_phrases(context.introductions)}; "
            "I will get in touch this week.")


def values_for(context: DraftContext) -> dict[str, str]:
    person, interview = context.person, context.interview
    return {
        "first_name": person.name.split()[0] if person.name.split() else person.name,
        "name": person.name,
        "title": person.title,
        "company": interview.company,
        "role": interview.role,
        "round": interview.round,
        "date": date_text(interview),
        "points": join_phrases(context.points[:MAX_POINTS_IN_SENTENCE]) or FALLBACK_PHRASE,
        "talking_point": context.points[0] if context.points else FALLBACK_PHRASE,
        "talking_points": "\n".join(f"- {sentence_case(p)}" for p in context.points),
        "answers": answers_text(context),
        "introductions": introductions_text(context),
        "my_name": context.my_name,
    }


def default_templates(language: str = "en") -> list[EmailTemplate]:
    """The templates a new user starts with, in their language (English when there are none in it)."""
    letters = EMAIL_DEFAULTS.get(language)
    if not letters:
        return list(DEFAULT_TEMPLATES)
    return [EmailTemplate(t.name, t.subject, t.body, language, t.formal) for t in letters]


#: Quotation marks around a question, by language.
QUOTES = {"de": ("„", "“"), "fr": ("« ", " »"), "es": ("«", "»")}


def _localized(values: dict[str, str], context: DraftContext, language: str, formal: bool) -> dict[str, str]:
    """The values that carry words, in `language` (the others are the user's data)."""
    w = words(language)
    values["greeting"] = greeting(language, context.person.name, formal, context.person.form_of_address)
    if language == "en":
        return values
    values["date"] = letter_date(context.interview.start.date(), language)
    values["points"] = join_names(context.points[:MAX_POINTS_IN_SENTENCE], language) or w.fallback_point
    values["talking_point"] = context.points[0] if context.points else w.fallback_point
    if context.answers:
        if len(context.answers) == 1:
            question, answer = context.answers[0]
            lead = w.you_asked if question in context.asked else w.left_open
            opening, closing = QUOTES.get(language, ("“", "”"))
            values["answers"] = f"{lead} {opening}{question}{closing} — {_sentence(answer)}"
        else:
            values["answers"] = w.answers_intro + "\n" + "\n".join(f"- {q} — {_sentence(a)}"
                                                                  for q, a in context.answers)
    if context.introductions:
        values["introductions"] = w.introductions.format(names=join_names(context.introductions, language))
    return values


def render(template: EmailTemplate, context: DraftContext) -> tuple[str, str]:
    """(subject, body). Unknown placeholders are left as written, so the checks report them."""
    values = _localized(values_for(context), context, template.language, template.formal)
    subject = Template(template.subject).safe_substitute(values).replace("\n", " ").strip()
    return " ".join(subject.split()), tidy(Template(template.body).safe_substitute(values))


def suggested_template(interview: Interview, templates: list[EmailTemplate]) -> int:
    """Which template to start from: by the round's name, else a panel, else the first."""
    round_name = interview.round.casefold()
    wanted = ("After a final round" if "final" in round_name
              else "After a phone screen" if "phone" in round_name or "screen" in round_name
              else "After a panel" if "panel" in round_name or len(interview.interviewers) > 2
              else "")
    names = [t.name for t in templates]
    return names.index(wanted) if wanted in names else 0


def pre_send_warnings(subject: str, body: str, context: DraftContext) -> list[str]:
    """What must be fixed before the message goes out, beyond the draft checker's findings
    (domain/draft_checker.py): an empty subject and placeholders left in the text."""
    warnings = []
    if not subject.strip():
        warnings.append("The subject is empty.")
    leftover = unknown_placeholders(subject) + unknown_placeholders(body)
    known_left = [n for n in Template(subject + "\n" + body).get_identifiers() if n in PLACEHOLDER_NAMES]
    if leftover or known_left:
        names = ", ".join(f"${n}" if not n.startswith("$") else n for n in dict.fromkeys(leftover + known_left))
        warnings.append(f"A placeholder is left in the text: {names}.")
    return warnings
