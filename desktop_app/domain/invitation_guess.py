"""Educated guesses about a calendar invitation: company, role, round, video link, names.

Invitations say none of this in a field of its own. A recruiter writes the company and
the role into the title in a dozen ways ("Interview: Product Manager – Northwind",
"Northwind Analytics - Data Engineer interview", "Phone screen with Initech for QA
Analyst"), and the organizer's e-mail domain usually names the company. The GUI shows
every guess for confirmation; the CLI uses them as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import ROUND_SUGGESTIONS

# Mail providers and scheduling tools: their domain says nothing about the employer.
NOT_A_COMPANY_DOMAINS = (
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
    "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net",
    "web.de", "mail.com", "yandex.ru", "zoho.com", "fastmail.com", "hey.com",
    "calendar.google.com", "google.com", "zoom.us", "greenhouse.io", "lever.co", "calendly.com",
    "goodtime.io", "ashbyhq.com", "myworkday.com", "smartrecruiters.com", "icims.com", "gem.com",
    "modernloop.io", "jobvite.com", "bamboohr.com", "recruitee.com", "teamtailor.com", "workable.com",
)
_GENERIC_SUBDOMAINS = {"mail", "email", "e-mail", "corp", "careers", "jobs", "talent", "recruiting", "hr", "people"}
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "or", "ne", "go"}

_ROLE_WORDS = {
    "manager", "engineer", "developer", "designer", "analyst", "scientist", "director", "lead", "intern",
    "specialist", "consultant", "architect", "coordinator", "associate", "officer", "head", "vp",
    "president", "administrator", "representative", "recruiter", "accountant", "nurse", "teacher", "writer",
    "editor", "marketer", "strategist", "technician", "programmer", "researcher", "owner", "executive",
    "assistant", "sre", "devops", "qa", "cto", "cfo", "ceo", "partner", "product", "sales", "support",
}
_COMPANY_SUFFIXES = {"inc", "llc", "ltd", "gmbh", "corp", "co", "ag", "sa", "plc", "bv", "oy", "ab", "labs", "group"}
_PREFIXES = re.compile(
    r"^\s*(?:(?:updated\s+invitation|invitation|updated|canceled|cancelled|accepted|fw|fwd|re|\[external\])"
    r"\s*(?:with\s+note)?\s*:\s*)+", re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s+[-–—|·•/@]\s+|\s*[|·•()\[\]]\s*|:\s+|\s+[–—]\s*|\s*[–—]\s+")
_INTRODUCERS = re.compile(r"\s+(?=(?:with|at|for|@)\s)", re.IGNORECASE)
_INTERVIEW_WORDS = re.compile(
    r"\b(?:job\s+)?(?:interview(?:ing)?(?:\s+day)?|invitation|meeting|call|chat|conversation)\b", re.IGNORECASE
)
# Names of a whole event, kept whole as the round ("assessment day" is not "assessment" plus a stray "day").
_EVENT_PHRASES = re.compile(
    r"\b(?:assessment\s+(?:day|centre|center)|super\s?day|open\s+day|on-?site\s+day|hiring\s+event)\b",
    re.IGNORECASE,
)
# Scheduling tools (Calendly, Google appointment pages…): "30 Minute Meeting between Jordan Candidate and Hooli".
_DURATION = re.compile(r"\b\d+\s*-?\s*(?:minutes?|mins?|hours?|hrs?|h)\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(.+?)\s+and\s+(.+)$", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>\"'\\]+", re.IGNORECASE)
VIDEO_HOSTS = re.compile(
    r"https?://(?:[\w-]+\.)*(?:zoom\.us/(?:j|my|w|s)/|meet\.google\.com/|teams\.microsoft\.com/l/meetup-join"
    r"|teams\.live\.com/meet|webex\.com/|whereby\.com/|meet\.jit\.si/|chime\.aws/|bluejeans\.com/"
    r"|meet\.goto\.com/|gotomeeting\.com/join)",
    re.IGNORECASE,
)
# LOCATION values that only name the video service; the link says more.
_SERVICE_ONLY = re.compile(
    r"^(?:microsoft\s+teams(?:\s+meeting)?|zoom(?:\s+meeting)?|google\s+meet|webex|online|video\s+call|"
    r"virtual|remote)$", re.IGNORECASE,
)


@dataclass(frozen=True)
class Guess:
    company: str
    role: str
    round: str = ""


def _domain(email: str) -> str:
    return email.rpartition("@")[2].strip().lower().rstrip(".")


def is_company_domain(domain: str) -> bool:
    return bool(domain) and not any(domain == d or domain.endswith("." + d) for d in NOT_A_COMPANY_DOMAINS)


def company_from_email(email: str) -> str:
    """'dana@careers.northwind-analytics.co.uk' → 'Northwind Analytics'; '' for free mail."""
    domain = _domain(email)
    if "@" not in email or not is_company_domain(domain):
        return ""
    labels = [label for label in domain.split(".") if label]
    if len(labels) < 2:
        return ""
    labels.pop()  # the top-level domain
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    labels = [label for label in labels if label not in _GENERIC_SUBDOMAINS] or labels
    return " ".join(part.capitalize() for part in re.split(r"[-_]+", labels[-1]) if part)


def name_from_email(email: str) -> str:
    """'jordan.lee@contoso.example' → 'Jordan Lee' (for attendees without a CN)."""
    local = email.partition("@")[0]
    return " ".join(part.capitalize() for part in re.split(r"[._+-]+", local) if part)


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _matches_company(fragment: str, companies: Sequence[str]) -> bool:
    squashed = _squash(fragment)
    return bool(squashed) and any(
        c and (squashed.startswith(_squash(c)) or _squash(c).startswith(squashed)) for c in companies
    )


def guess_round(summary: str) -> str:
    lowered = summary.lower().replace("onsite", "on-site")
    suggested = next((r for r in ROUND_SUGGESTIONS if r.lower() in lowered), "")
    if suggested:
        return suggested
    phrase = _EVENT_PHRASES.search(summary)
    return re.sub(r"\s+", " ", phrase.group(0)).capitalize() if phrase else ""


def _fragments(summary: str) -> list[tuple[str, str]]:
    """Pieces of the title with the word that introduced them ('at', 'with', 'for' or '')."""
    pieces: list[tuple[str, str]] = []
    title = _EVENT_PHRASES.sub(" ", _DURATION.sub(" ", _PREFIXES.sub("", summary)))
    title = _BETWEEN.sub(lambda m: f" | {m.group(1)} | {m.group(2)}", title)
    for part in _SEPARATORS.split(title):
        for chunk in _INTRODUCERS.split(part):
            word, _, rest = chunk.strip().partition(" ")
            intro = word.lower() if word.lower() in {"with", "at", "for", "@"} and rest else ""
            text = rest if intro else chunk
            text = _INTERVIEW_WORDS.sub(" ", text)
            text = re.sub(r"\s+", " ", text).strip(" -–—:|,()[]")
            if text:
                pieces.append((text, intro))
    return pieces


def _is_role(text: str) -> bool:
    return any(word in _ROLE_WORDS for word in re.findall(r"[a-z]+", text.lower()))


def _has_company_suffix(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and words[-1] in _COMPANY_SUFFIXES


def guess_company_role(summary: str, emails: Iterable[str] = (), people: Iterable[str] = ()) -> Guess:
    """Company and role from the event title, helped by the participants' e-mail domains.

    `emails` are the organizer's and attendees' addresses (best first); `people` are
    their names, so "Interview with Jordan Lee" is not read as a company called Jordan Lee.
    """
    domain_companies = [c for c in (company_from_email(e) for e in emails) if c]
    names = {_squash(p) for p in people if p.strip()}
    round_ = guess_round(summary)
    rounds = {_squash(r) for r in ROUND_SUGGESTIONS} | {"onsite", "round", "final", "screen", "phonescreen"}
    fragments = [
        (text, intro) for text, intro in _fragments(summary)
        if _squash(text) not in names and _squash(text) not in rounds
        and not re.fullmatch(r"(?:round\s*)?\d+|round \w+", text, re.IGNORECASE)
    ]
    company = next((t for t, _ in fragments if _matches_company(t, domain_companies)), "")
    company = company or next((t for t, i in fragments if i in {"at", "@"} or _has_company_suffix(t)), "")
    role = next((t for t, i in fragments if t != company and (_is_role(t) or i == "for")), "")
    # The title beats the domain: a recruiting agency's address names the agency, not the employer.
    rest = [t for t, i in fragments if t not in {company, role}]
    company = company or next((t for t, i in fragments if t != role and i == "with"), "")
    company = company or (rest[0] if rest else "") or (domain_companies[0] if domain_companies else "")
    company = company or _PREFIXES.sub("", summary).strip()
    return Guess(company=company, role=role, round=round_)


def find_video_link(*texts: str) -> str:
    """The first video-call link (Zoom, Meet, Teams, Webex…) in the given texts, best first."""
    for text in texts:
        for match in _URL.finditer(text or ""):
            url = match.group(0).rstrip(".,;)]>")
            if VIDEO_HOSTS.match(url):
                return url
    return ""


def interview_location(location: str, link: str) -> str:
    """One line for the interview's location: the place, the video link, or both."""
    place = ", ".join(line.strip() for line in location.splitlines() if line.strip())
    if not place or _SERVICE_ONLY.match(place) or place == link:
        return link or place
    if link and link not in place:
        return f"{place} — {link}"
    return place


def own_address(email: str, my_addresses: Iterable[str]) -> bool:
    return email.strip().lower() in {a.strip().lower() for a in my_addresses}
