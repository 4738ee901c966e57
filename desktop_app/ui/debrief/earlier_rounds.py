"""The 'next round' view: what was written in earlier rounds at the same company."""

from __future__ import annotations

from ...domain.debrief import SECTIONS, talking_points
from ...store.debrief_store import EarlierRound
from ..shared.formatting import date_text, local


def earlier_rounds_text(rounds: list[EarlierRound]) -> str:
    """Plain text (never rendered as markup), newest round first."""
    if not rounds:
        return "No earlier rounds at this company."
    parts = []
    for r in rounds:
        i, d = r.interview, r.debrief
        title = " — ".join(p for p in (i.round or "Interview", i.role, date_text(local(i.start).date())) if p)
        lines = [title, "=" * min(len(title), 60)]
        if i.interviewers:
            lines.append("With " + ", ".join(p.name for p in i.interviewers))
        points = d.all_talking_points()
        if points:
            lines += ["", "Talking points:", *(f"  ★ {p}" for p in points)]
        if d.questions:
            lines += ["", "Open questions:"]
            for q in d.questions:
                state = "answered" if q.answered else "open"
                lines.append(f"  • {q.question} ({state})" + (f"\n    → {q.answer}" if q.answer else ""))
        for key, heading, _ in SECTIONS:
            text = d.sections.get(key, "").strip()
            if text:
                lines += ["", f"{heading}:", *(f"  {line}" for line in text.splitlines())]
        for person in i.interviewers:
            talked = d.talked_about.get(person.id or -1, "").strip()
            if talked:
                lines += ["", f"With {person.name}:", *(f"  {line}" for line in talked.splitlines())]
        parts.append("\n".join(lines))
    return "\n\n\n".join(parts)


def count_points(rounds: list[EarlierRound]) -> int:
    return sum(len(talking_points(t)) for r in rounds for t in r.debrief.sections.values())
