"""Talking points that belong to someone: whose each ★ line is, and the phrase a draft says.

A ★ line in an interviewer's own notes (what you talked about with them, or their personal
notes) is theirs. A ★ line in the interview's shared sections is for the whole interview
unless the user picks one interviewer for it. A draft to one interviewer gets their own
points first, then the interview-wide ones — never another interviewer's.

What the user chose (an owner, an edited phrase) is a `PointChoice`, stored beside the note
and keyed by the line's *key*: its text casefolded with punctuation and spacing squeezed
out, so re-flowing or re-punctuating a line keeps the choice. When a line's words change,
`attach` lets the choice follow it: an unmatched choice goes to the most similar unmatched
★ line of the same note (difflib ratio at least `FOLLOW_RATIO`); a line that disappears
leaves its choice unattached (kept, so bringing the line back brings the phrase back).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from .debrief import SECTION_KEYS, Debrief, talking_points
from .point_phrases import derive_phrase

TALKED_ABOUT = "talked_about"
PERSONAL = "personal"
#: Where a ★ line can be: one of the debrief's sections, or an interviewer's own notes.
SOURCES = (*SECTION_KEYS, TALKED_ABOUT, PERSONAL)
FOLLOW_RATIO = 0.6


def line_key(note: str) -> str:
    """The line's identity for stored choices: case, punctuation and spacing do not count."""
    return " ".join(re.sub(r"[^\w\s]", " ", note.casefold()).split())


@dataclass(frozen=True)
class PointChoice:
    """What the user decided about one ★ line (stored; absent means "the defaults")."""

    source: str
    source_person: int | None  # whose notes, for TALKED_ABOUT and PERSONAL
    key: str
    note: str = ""  # the line as it was when chosen (to follow it when its text changes)
    owner: int | None = None  # a person id; None: the whole interview
    phrase: str | None = None  # None: derived from the note


@dataclass(frozen=True)
class TalkingPoint:
    source: str
    source_person: int | None
    note: str
    key: str
    owner: int | None
    phrase: str
    edited: bool = False  # the phrase is the user's own

    @property
    def owner_fixed(self) -> bool:
        """A line in someone's own notes is theirs; only shared lines can be given to someone."""
        return self.source in (TALKED_ABOUT, PERSONAL)

    @property
    def derived_phrase(self) -> str:
        return derive_phrase(self.note, to_owner=self.owner is not None)


def flagged_lines(debrief: Debrief, personal_notes: dict[int, str]) -> list[tuple[str, int | None, str]]:
    """Every ★ line as (source, person, note): sections in the article's order, then each
    interviewer's talked-about notes and personal notes, in the interviewers' order."""
    lines: list[tuple[str, int | None, str]] = []
    for key in SECTION_KEYS:
        lines += [(key, None, note) for note in talking_points(debrief.sections.get(key, ""))]
    for person, text in debrief.talked_about.items():
        lines += [(TALKED_ABOUT, person, note) for note in talking_points(text)]
        lines += [(PERSONAL, person, note) for note in talking_points(personal_notes.get(person, ""))]
    return lines


def _keys(lines: list[tuple[str, int | None, str]]) -> list[str]:
    """Line keys, with a repeat of the same line in the same note told apart (#2, #3…)."""
    seen: dict[tuple[str, int | None, str], int] = {}
    keys = []
    for source, person, note in lines:
        base = line_key(note)
        count = seen.get((source, person, base), 0) + 1
        seen[(source, person, base)] = count
        keys.append(base if count == 1 else f"{base} #{count}")
    return keys


def attach(lines: list[tuple[str, int | None, str]], choices: list[PointChoice]
           ) -> tuple[list[TalkingPoint], list[tuple[PointChoice, str]]]:
    """The points with the user's choices applied, and the choices that moved to a new key.

    Returns (points, moved) where moved holds (choice, new key) for choices matched by
    similarity, so the store can re-key them.
    """
    keys = _keys(lines)
    by_key = {(c.source, c.source_person, c.key): c for c in choices}
    matched: dict[int, PointChoice] = {}
    used: set[tuple[str, int | None, str]] = set()
    for index, ((source, person, _note), key) in enumerate(zip(lines, keys, strict=True)):
        choice = by_key.get((source, person, key))
        if choice is not None:
            matched[index] = choice
            used.add((source, person, key))
    spare = [c for c in choices if (c.source, c.source_person, c.key) not in used]
    candidates = []
    for index, ((source, person, _note), key) in enumerate(zip(lines, keys, strict=True)):
        if index in matched:
            continue
        for choice in spare:
            if (choice.source, choice.source_person) == (source, person):
                ratio = SequenceMatcher(None, choice.key, key).ratio()
                if ratio >= FOLLOW_RATIO:
                    candidates.append((ratio, index, choice))
    moved: list[tuple[PointChoice, str]] = []
    taken: set[int] = set()
    for _ratio, index, choice in sorted(candidates, key=lambda c: -c[0]):
        if index in matched or id(choice) in taken:
            continue
        matched[index] = choice
        taken.add(id(choice))
        moved.append((choice, keys[index]))
    points = []
    for index, ((source, person, note), key) in enumerate(zip(lines, keys, strict=True)):
        choice = matched.get(index)
        owner = person if source in (TALKED_ABOUT, PERSONAL) else (choice.owner if choice else None)
        point = TalkingPoint(source, person, note, key, owner, "")
        if choice is not None and choice.phrase is not None and choice.phrase.strip():
            points.append(replace(point, phrase=choice.phrase.strip(), edited=True))
        else:
            points.append(replace(point, phrase=point.derived_phrase))
    return points, moved


def points_for(person_id: int, people: list[int], points: list[TalkingPoint]) -> list[TalkingPoint]:
    """The points a draft to this interviewer uses: their own first, then the interview's.

    On a panel the interview-wide points are rotated by the interviewer's place, so two
    interviewers who compare notes never find the same draft.
    """
    own = [p for p in points if p.owner == person_id and p.phrase]
    shared = [p for p in points if p.owner is None and p.phrase]
    place = people.index(person_id) if person_id in people else 0
    if shared:
        shift = place % len(shared)
        shared = shared[shift:] + shared[:shift]
    return own + shared


def others_points(person_id: int, points: list[TalkingPoint]) -> list[TalkingPoint]:
    """Points that belong to another interviewer: they must not reach this person's draft."""
    return [p for p in points if p.owner is not None and p.owner != person_id]
