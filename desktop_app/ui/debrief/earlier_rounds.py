"""The 'next round' view: what was written in earlier rounds at the same company."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.debrief import SECTIONS, talking_points
from ...store.debrief_store import EarlierRound
from ..shared.domain_words import domain_text
from ..shared.formatting import date_text, local

#: pyside6-lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


def earlier_rounds_text(rounds: list[EarlierRound]) -> str:
    """Plain text (never rendered as markup), newest round first."""
    if not rounds:
        return translate("EarlierRounds", "No earlier rounds at this company.")
    parts = []
    for r in rounds:
        i, d = r.interview, r.debrief
        name = i.round or translate("EarlierRounds", "Interview")
        title = " — ".join(p for p in (name, i.role, date_text(local(i.start).date())) if p)
        lines = [title, "=" * min(len(title), 60)]
        if i.interviewers:
            lines.append(translate("EarlierRounds", "With %1").replace("%1", ", ".join(p.name for p in i.interviewers)))
        points = d.all_talking_points()
        if points:
            lines += ["", translate("EarlierRounds", "Talking points:"), *(f"  ★ {p}" for p in points)]
        if d.questions:
            lines += ["", translate("EarlierRounds", "Open questions:")]
            for q in d.questions:
                state = translate("EarlierRounds", "answered") if q.answered else translate("EarlierRounds", "open")
                lines.append(f"  • {q.question} ({state})" + (f"\n    → {q.answer}" if q.answer else ""))
        for key, heading, _ in SECTIONS:
            text = d.sections.get(key, "").strip()
            if text:
                heading_text = translate("EarlierRounds", "%1:").replace("%1", domain_text(heading))
                lines += ["", heading_text, *(f"  {line}" for line in text.splitlines())]
        for person in i.interviewers:
            talked = d.talked_about.get(person.id or -1, "").strip()
            if talked:
                with_text = translate("EarlierRounds", "With %1:").replace("%1", person.name)
                lines += ["", with_text, *(f"  {line}" for line in talked.splitlines())]
        parts.append("\n".join(lines))
    return "\n\n\n".join(parts)


def count_points(rounds: list[EarlierRound]) -> int:
    return sum(len(talking_points(t)) for r in rounds for t in r.debrief.sections.values())
