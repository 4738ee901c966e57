"""What a salvage is reported as, in words: "Recovered 33 interviews and 162 of 163 follow-ups…".

Plain strings (domain/ has no Qt): the CLI prints them, and the recovery prompt shows the same
sentence; both read the counts of store/salvage_merge.SalvageReport passed in as plain numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

#: (table, singular, plural) in the order the user cares about them.
NOUNS = (
    ("interview", "interview", "interviews"),
    ("follow_up", "follow-up", "follow-ups"),
    ("debrief", "interview's notes", "interviews' notes"),
    ("person", "person", "people"),
    ("referral", "referral", "referrals"),
    ("open_question", "open question", "open questions"),
    ("email_draft", "e-mail draft", "e-mail drafts"),
    ("sent_email", "sent e-mail", "sent e-mails"),
    ("card_draft", "card draft", "card drafts"),
)


@dataclass(frozen=True)
class Counts:
    recovered: int
    unreadable: int
    from_backup: int
    lost_pages: int = 0  # damaged pages of the table, for tables whose lost rows cannot be counted


def _noun(count: int, singular: str, plural: str) -> str:
    return singular if count == 1 else plural


def salvage_sentence(counts: dict[str, Counts], source: str = "the damaged file") -> str:
    """One sentence for the interviews and follow-ups (what the user counts), then what could not be read."""
    parts = []
    for table in ("interview", "follow_up"):
        c = counts.get(table, Counts(0, 0, 0))
        _, singular, plural = next(n for n in NOUNS if n[0] == table)
        total = c.recovered + c.unreadable
        parts.append(f"{c.recovered:,} of {total:,} {_noun(total, singular, plural)}" if c.unreadable
                     else f"{c.recovered:,} {_noun(c.recovered, singular, plural)}")
    text = f"Recovered {parts[0]} and {parts[1]} from {source}"
    lost = []
    for table, singular, plural in NOUNS:
        found = counts.get(table)
        if found is not None and found.unreadable:
            lost.append(f"{found.unreadable:,} {_noun(found.unreadable, singular, plural)}")
        elif found is not None and found.lost_pages:
            lost.append(f"the {plural} on {found.lost_pages:,} damaged {_noun(found.lost_pages, 'page', 'pages')}")
    if lost:
        text += f"; {_join(lost)} could not be read"
    return text + "."


def backup_sentence(counts: dict[str, Counts], backup: str) -> str:
    """What the merge took from the backup, or '' when it took nothing."""
    taken = [f"{c.from_backup:,} {_noun(c.from_backup, singular, plural)}"
             for table, singular, plural in NOUNS
             if (c := counts.get(table)) is not None and c.from_backup]
    return f"Taken from the backup of {backup}: {_join(taken)}." if taken else ""


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
