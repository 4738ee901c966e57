"""The nudge: when no reply came N days after a thank-you, an optional "Check in with Dana"
follow-up with a short draft that names the role and one point from the conversation.

Pure rules: when it is due, and its text. The store adds and removes the follow-up.
"""

from __future__ import annotations

from datetime import datetime, timedelta


def check_in_due(sent_at: datetime, nudge_days: int) -> datetime:
    return sent_at + timedelta(days=nudge_days)


def check_in_draft(first_name: str, role: str, company: str, point: str, my_name: str) -> tuple[str, str]:
    """(subject, body): short, polite, about the role and one thing talked about."""
    role_text = f"the {role} role" if role else "the role"
    subject = f"Following up — {role or 'our conversation'}" + (f" at {company}" if company else "")
    greeting = f"Dear {first_name}," if first_name else "Hello,"
    about = (f"I enjoyed our conversation about {point.strip().rstrip('.')}, and I'm still very interested in "
             f"{role_text}." if point.strip() else "I'm still very interested and would love to hear about the "
             "next steps.")
    lines = [greeting, "", f"I wanted to check in after my interview for {role_text}"
             + (f" at {company}" if company else "") + ".", about,
             "Is there anything else I can share to help with your decision?", "", "Kind regards,"]
    if my_name:
        lines.append(my_name)
    return subject, "\n".join(lines) + "\n"
