"""What a salvage is reported as, in words: "Recovered 33 interviews and 162 of 163 follow-ups…".

domain/ has no Qt: the sentences are `Words` (domain/words.py), English templates in the context
"Salvage" with their counts, which the CLI (`finish-strong recover`) and the recovery prompt word in
the user's language (ui/shared/errors.py `words_text`); `str()` is the English sentence. Both read
the counts of store/salvage_merge.SalvageReport passed in as plain numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from .words import Words, counted

CONTEXT = "Salvage"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: how pyside6-lupdate finds texts)
    """Marks `text` for translation; domain/ imports no Qt."""
    return text


#: (table, "%1 singular", "%1 plural", the plural on its own) in the order the user cares about them.
NOUNS = (
    ("interview", QT_TRANSLATE_NOOP("Salvage", "%1 interview"), QT_TRANSLATE_NOOP("Salvage", "%1 interviews"),
     QT_TRANSLATE_NOOP("Salvage", "interviews")),
    ("follow_up", QT_TRANSLATE_NOOP("Salvage", "%1 follow-up"), QT_TRANSLATE_NOOP("Salvage", "%1 follow-ups"),
     QT_TRANSLATE_NOOP("Salvage", "follow-ups")),
    ("debrief", QT_TRANSLATE_NOOP("Salvage", "%1 interview's notes"),
     QT_TRANSLATE_NOOP("Salvage", "%1 interviews' notes"), QT_TRANSLATE_NOOP("Salvage", "interviews' notes")),
    ("person", QT_TRANSLATE_NOOP("Salvage", "%1 person"), QT_TRANSLATE_NOOP("Salvage", "%1 people"),
     QT_TRANSLATE_NOOP("Salvage", "people")),
    ("referral", QT_TRANSLATE_NOOP("Salvage", "%1 referral"), QT_TRANSLATE_NOOP("Salvage", "%1 referrals"),
     QT_TRANSLATE_NOOP("Salvage", "referrals")),
    ("open_question", QT_TRANSLATE_NOOP("Salvage", "%1 open question"),
     QT_TRANSLATE_NOOP("Salvage", "%1 open questions"), QT_TRANSLATE_NOOP("Salvage", "open questions")),
    ("email_draft", QT_TRANSLATE_NOOP("Salvage", "%1 e-mail draft"), QT_TRANSLATE_NOOP("Salvage", "%1 e-mail drafts"),
     QT_TRANSLATE_NOOP("Salvage", "e-mail drafts")),
    ("sent_email", QT_TRANSLATE_NOOP("Salvage", "%1 sent e-mail"), QT_TRANSLATE_NOOP("Salvage", "%1 sent e-mails"),
     QT_TRANSLATE_NOOP("Salvage", "sent e-mails")),
    ("card_draft", QT_TRANSLATE_NOOP("Salvage", "%1 card draft"), QT_TRANSLATE_NOOP("Salvage", "%1 card drafts"),
     QT_TRANSLATE_NOOP("Salvage", "card drafts")),
)
#: "%1 of %2 interviews": some of the table could not be read (%1 recovered, %2 in all)
PART_OF = {
    "interview": (QT_TRANSLATE_NOOP("Salvage", "%2 of %1 interview"),
                  QT_TRANSLATE_NOOP("Salvage", "%2 of %1 interviews")),
    "follow_up": (QT_TRANSLATE_NOOP("Salvage", "%2 of %1 follow-up"),
                  QT_TRANSLATE_NOOP("Salvage", "%2 of %1 follow-ups")),
}
RECOVERED = QT_TRANSLATE_NOOP("Salvage", "Recovered %1 and %2 from %3.")
RECOVERED_SOME_LOST = QT_TRANSLATE_NOOP("Salvage", "Recovered %1 and %2 from %3; %4 could not be read.")
THE_DAMAGED_FILE = QT_TRANSLATE_NOOP("Salvage", "the damaged file")
LOST_PAGES = (QT_TRANSLATE_NOOP("Salvage", "the %2 on %1 damaged page"),
              QT_TRANSLATE_NOOP("Salvage", "the %2 on %1 damaged pages"))
FROM_BACKUP = QT_TRANSLATE_NOOP("Salvage", "Taken from the backup of %1: %2.")
#: "%1, %2": the first items of a list; "%1 and %2": its last two
LIST_COMMA = QT_TRANSLATE_NOOP("Salvage", "%1, %2")
LIST_AND = QT_TRANSLATE_NOOP("Salvage", "%1 and %2")
#: the `finish-strong recover` line per table
TABLE_LINE = QT_TRANSLATE_NOOP("Salvage", "%1: %2 recovered, %3 unreadable, %4 from the backup")


@dataclass(frozen=True)
class Counts:
    recovered: int
    unreadable: int
    from_backup: int
    lost_pages: int = 0  # damaged pages of the table, for tables whose lost rows cannot be counted


def _noun(table: str) -> tuple[str, str, str]:
    return next(n[1:] for n in NOUNS if n[0] == table)


def salvage_sentence(counts: dict[str, Counts], source: str | Words = "") -> Words:
    """One sentence for the interviews and follow-ups (what the user counts), then what could not be read."""
    parts = []
    for table in ("interview", "follow_up"):
        c = counts.get(table, Counts(0, 0, 0))
        singular, plural, _ = _noun(table)
        total = c.recovered + c.unreadable
        parts.append(counted(CONTEXT, total, *PART_OF[table], c.recovered) if c.unreadable
                     else counted(CONTEXT, c.recovered, singular, plural))
    where = source or Words(CONTEXT, THE_DAMAGED_FILE)
    lost = []
    for table, singular, plural, bare in NOUNS:
        found = counts.get(table)
        if found is not None and found.unreadable:
            lost.append(counted(CONTEXT, found.unreadable, singular, plural))
        elif found is not None and found.lost_pages:
            lost.append(counted(CONTEXT, found.lost_pages, *LOST_PAGES, Words(CONTEXT, bare)))
    if lost:
        return Words(CONTEXT, RECOVERED_SOME_LOST, (parts[0], parts[1], where, join(lost)))
    return Words(CONTEXT, RECOVERED, (parts[0], parts[1], where))


def backup_sentence(counts: dict[str, Counts], backup: str) -> Words | None:
    """What the merge took from the backup, or None when it took nothing."""
    taken = [counted(CONTEXT, c.from_backup, singular, plural)
             for table, singular, plural, _ in NOUNS
             if (c := counts.get(table)) is not None and c.from_backup]
    return Words(CONTEXT, FROM_BACKUP, (backup, join(taken))) if taken else None


def table_lines(counts: dict[str, Counts]) -> list[Words]:
    """Per table with anything in it: recovered, unreadable, from the backup (`finish-strong recover`)."""
    return [Words(CONTEXT, TABLE_LINE, (Words(CONTEXT, bare), c.recovered, c.unreadable, c.from_backup))
            for table, _, _, bare in NOUNS
            if (c := counts.get(table)) is not None and (c.recovered or c.unreadable or c.from_backup)]


def join(items: list[Words]) -> Words:
    """"a", "a and b", "a, b and c" — the joining words in the user's language too."""
    if len(items) == 1:
        return items[0]
    head: Words = items[0]
    for item in items[1:-1]:
        head = Words(CONTEXT, LIST_COMMA, (head, item))
    return Words(CONTEXT, LIST_AND, (head, items[-1]))
