"""The draft checker: what a careful friend would flag before a thank-you goes out.

Offline and deterministic — plain rules over the text, no service. Each `Finding` names
its rule, says what is wrong and how to fix it, and points at the spot (character offsets
into the text; an empty span is where something should go). The same checker runs on the
e-mail body and on the handwritten card, with the medium's own length.

The stock-filler phrases are data (data/stock_filler.txt), so the list grows without code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from functools import cache
from importlib.resources import files

EMAIL = "email"
CARD = "card"
#: Words a medium should have: an e-mail gets read on a phone, a card is about three sentences.
LENGTHS = {EMAIL: (80, 220), CARD: (30, 60)}
MAX_FINDINGS = 30
_WORD = re.compile(r"\w[\w'’-]*")
_GREETING = re.compile(r"\b(?:dear|hi|hello|hey|thanks|thank you)\b[\s,]*", re.IGNORECASE)
_SAYS = (r"said|says|mentioned|mentions|told\s+me|explained|noted|asked|thinks|thought|wants|wanted|"
         r"likes|liked|is|was|has|had")
_THIRD_PERSON = re.compile(rf"\b(?:he|she)\s+(?:{_SAYS})\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\$(?:\{\w*\}?|\w+)")


@dataclass(frozen=True)
class Finding:
    rule: str  # "name", "company", "role", "point", "answer", "others", "third_person", "filler", "length", ...
    message: str
    fix: str
    start: int = 0
    end: int = 0
    #: Which wording (`key`) with which values (`args`, strings): the window words it in the user's
    #: language (ui/shared/finding_words.py); `message` and `fix` are the English.
    key: str = ""
    args: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return f"{self.message} {self.fix}"


@dataclass(frozen=True)
class DraftFacts:
    """What the draft is checked against (all plain values, gathered by the caller)."""

    medium: str
    recipient: str  # the name as in their profile
    company: str = ""
    role: str = ""
    points: list[str] = field(default_factory=list)  # phrases and ★ notes that count as specific
    answers: list[tuple[str, str]] = field(default_factory=list)  # (question, answer) owed to them
    unanswered: list[str] = field(default_factory=list)
    others: list[tuple[str, str]] = field(default_factory=list)  # (text, whose) from other interviewers
    due: datetime | None = None
    now: datetime | None = None
    overflow: str = ""  # card: why it does not fit at handwriting size ("2 lines too long for …"), "" if it fits


@cache
def stock_phrases() -> tuple[str, ...]:
    text = files(__package__ or "desktop_app.domain").joinpath("data/stock_filler.txt").read_text("utf-8")
    return tuple(line.strip().casefold() for line in text.splitlines()
                 if line.strip() and not line.lstrip().startswith("#"))


def _fold(text: str) -> str:
    """Casefolded without accents and with straight apostrophes: "Zoë’s" ~ "zoe's"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _find(text: str, needle: str) -> int:
    """Where `needle` occurs, case-insensitively (offsets of `text`), or -1."""
    if not needle.strip():
        return -1
    match = re.search(re.escape(needle.strip()), text, re.IGNORECASE)
    return match.start() if match else -1


def _near_miss(text: str, wanted: str, threshold: float = 0.8) -> tuple[int, int] | None:
    """A span of as many words as `wanted` that is almost, but not exactly, it (a typo)."""
    target = _fold(wanted)
    size = len(wanted.split())
    words = list(_WORD.finditer(text))
    for index in range(len(words) - size + 1):
        start, end = words[index].start(), words[index + size - 1].end()
        if abs((end - start) - len(wanted)) > len(wanted) // 3:
            continue  # far too short or long to be a typo of it (cheap, before any comparison)
        candidate = _fold(text[start:end])
        if candidate == target:
            continue
        matcher = SequenceMatcher(None, candidate, target)
        if matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold:
            return start, end
    return None


def check_name(text: str, facts: DraftFacts) -> list[Finding]:
    names = [n for n in facts.recipient.split() if len(n) >= 2]
    if not names:
        return []
    findings = []
    spots = {m.end() for m in _GREETING.finditer(text)}
    wanted = [(name, _fold(name)) for name in names]
    for match in _WORD.finditer(text):
        word = match.group()[:-2] if match.group().endswith(("'s", "’s")) else match.group()
        if not word[:1].isupper() or word in names:
            continue
        folded = _fold(word)
        after_greeting = match.start() in spots
        for name, target in wanted:
            # Accents missing anywhere ("Zoe"), or a typo right after the greeting ("Dear Sma,"):
            # elsewhere a near miss is too often an ordinary word ("Data" for "Dana").
            typo = after_greeting and len(name) >= 3 and (
                sorted(folded) == sorted(target) or SequenceMatcher(None, folded, target).ratio() >= 0.7)
            if folded == target or typo:
                findings.append(Finding("name", f"“{word}” is not how {facts.recipient} writes the name.",
                                        f"Write “{name}”.", match.start(), match.start() + len(word),
                                        "name_spelling", (word, facts.recipient, name)))
                break
        if len(findings) >= MAX_FINDINGS:
            break
    if not findings and not any(_find(text, n) >= 0 for n in names):
        findings.append(Finding("name", f"The draft does not name {facts.recipient}.",
                                f"Greet them by name: “Dear {names[0]},”.", 0, 0, "name_missing",
                                (facts.recipient, names[0])))
    return findings


def check_company_and_role(text: str, facts: DraftFacts) -> list[Finding]:
    findings = []
    for rule, value, what in (("company", facts.company, "the company"), ("role", facts.role, "the role")):
        if not value.strip() or _find(text, value) >= 0:
            continue
        near = _near_miss(text, value)
        if near is not None:
            findings.append(Finding(rule, f"“{text[near[0]:near[1]]}” differs from {what} on the interview.",
                                    f"Write “{value.strip()}”.", *near, key=f"{rule}_differs",
                                    args=(text[near[0]:near[1]], value.strip())))
        else:
            findings.append(Finding(rule, f"The draft does not mention {what}, {value.strip()}.",
                                    f"Name it, e.g. “the {facts.role.strip() or 'role'} position at "
                                    f"{facts.company.strip() or 'the company'}”.", 0, 0, f"{rule}_missing",
                                    (value.strip(), facts.role.strip() or "role",
                                     facts.company.strip() or "the company")))
    return findings


def check_points(text: str, facts: DraftFacts) -> list[Finding]:
    if any(_find(text, p) >= 0 for p in facts.points):
        return []
    if facts.points:
        return [Finding("point", "No specific point from the interview is mentioned.",
                        f"Mention one, e.g. “{facts.points[0]}”.", 0, 0, "point_example", (facts.points[0],))]
    return [Finding("point", "No specific point from the interview is mentioned.",
                    "Flag a line with ★ in the debrief, or write one thing you talked about.", 0, 0, "point_none")]


def check_answers(text: str, facts: DraftFacts) -> list[Finding]:
    findings = []
    for question, answer in facts.answers:
        if _find(text, answer) < 0:
            findings.append(Finding("answer", f"Your answer to “{question}” is not in the draft.",
                                    f"Add it: “{answer}”.", len(text.rstrip()), len(text.rstrip()),
                                    "answer_missing", (question, answer)))
    for question in facts.unanswered:
        findings.append(Finding("answer", f"“{question}” is still open and has no answer yet.",
                                "Write the answer in the debrief's open questions, or tick “Answered in the "
                                "interview”.", 0, 0, "answer_open", (question,)))
    return findings


def check_others(text: str, facts: DraftFacts) -> list[Finding]:
    findings = []
    seen: set[int] = set()
    for note, whose in facts.others:
        if len(note.strip()) < 8:
            continue  # too short to tell from ordinary words
        at = _find(text, note)
        if at >= 0 and at not in seen:
            seen.add(at)
            findings.append(Finding("others", f"This comes from your notes on {whose}.",
                                    "Remove it: interviewers compare notes, and it was not said to this person.",
                                    at, at + len(note.strip()), "others", (whose,)))
    return findings


def check_third_person(text: str, facts: DraftFacts) -> list[Finding]:
    findings = [Finding("third_person", f"“{m.group()}” talks about someone in the third person.",
                        "Write to the reader as “you” (“you mentioned…”).", m.start(), m.end(),
                        "third_person", (m.group(),))
                for m in _THIRD_PERSON.finditer(text)]
    first = facts.recipient.split()[0] if facts.recipient.split() else ""
    if first:
        pattern = re.compile(rf"\b{re.escape(first)}\s+(?:{_SAYS})\b", re.IGNORECASE)
        findings += [Finding("third_person", f"“{m.group()}” speaks of {first} in a letter to {first}.",
                             "Write “you” instead.", m.start(), m.end(), "third_person_name", (m.group(), first))
                     for m in pattern.finditer(text)]
    return findings


def check_filler(text: str) -> list[Finding]:
    folded = text.replace("’", "'").casefold()
    findings = []
    for phrase in stock_phrases():
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded):
            findings.append(Finding("filler", f"“{text[match.start():match.end()]}” is stock filler.",
                                    "Cut it, or say the specific thing instead.", match.start(), match.end(),
                                    "filler", (text[match.start():match.end()],)))
    return sorted(findings, key=lambda f: f.start)


def check_length(text: str, facts: DraftFacts) -> list[Finding]:
    low, high = LENGTHS[facts.medium]
    words = len(_WORD.findall(text))
    what = "an e-mail" if facts.medium == EMAIL else "a card"
    findings = []
    if words < low:
        findings.append(Finding("length", f"{words} words is short for {what} (about {low}–{high}).",
                                "Add a sentence about something specific you talked about.", len(text), len(text),
                                f"short_{facts.medium}", (str(words), str(low), str(high))))
    elif words > high:
        findings.append(Finding("length", f"{words} words is long for {what} (about {low}–{high}).",
                                "Cut what the reader already knows.", 0, len(text), f"long_{facts.medium}",
                                (str(words), str(low), str(high))))
    if facts.medium == CARD and facts.overflow:
        findings.append(Finding("fit", f"{facts.overflow[:1].upper()}{facts.overflow[1:]}: the last lines will "
                                "not be on the card.", "Shorten it, or pick a larger card or closer lines.",
                                0, len(text), "fit", (f"{facts.overflow[:1].upper()}{facts.overflow[1:]}",)))
    return findings


def lateness_in(due: datetime, now: datetime) -> tuple[str, int]:
    """("minutes" | "hours" | "days", count): how far past its due time a step is, as data."""
    hours = int((now - due).total_seconds() // 3600)
    if hours < 1:
        return "minutes", max(1, int((now - due).total_seconds() // 60))
    if hours < 48:
        return "hours", hours
    return "days", hours // 24


def lateness(due: datetime, now: datetime) -> str:
    """ "3 hours", "2 days": how far past its due time a step is."""
    hours = int((now - due).total_seconds() // 3600)
    if hours < 1:
        minutes = max(1, int((now - due).total_seconds() // 60))
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    if hours < 48:
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{hours // 24} days"


def check_timing(facts: DraftFacts) -> list[Finding]:
    if facts.due is None or facts.now is None or facts.now <= facts.due:
        return []
    unit, count = lateness_in(facts.due, facts.now)
    return [Finding("timing", f"This is {lateness(facts.due, facts.now)} past its due time.",
                    "Send it today all the same: late and specific beats never.", 0, 0, f"timing_{unit}",
                    (str(count),))]


def check_placeholders(text: str) -> list[Finding]:
    return [Finding("placeholder", f"“{m.group()}” is a placeholder left in the text.",
                    "Replace it with the words it stands for.", m.start(), m.end(), "placeholder", (m.group(),))
            for m in _PLACEHOLDER.finditer(text.replace("$$", "  "))]


def check_draft(text: str, facts: DraftFacts) -> list[Finding]:
    """Every finding for this draft (at most MAX_FINDINGS: beyond that it needs rewriting, not a list)."""
    findings = (check_name(text, facts) + check_company_and_role(text, facts) + check_points(text, facts)
                + check_answers(text, facts) + check_others(text, facts) + check_third_person(text, facts)
                + check_filler(text) + check_placeholders(text) + check_length(text, facts) + check_timing(facts))
    return findings[:MAX_FINDINGS]
