"""What a reminder says, in the user's language (notifications, the tray menu, the missed list).

domain/reminders.py holds the same wording in English for the command line (`finish-strong due`);
here each text goes through tr(), so a German user's notification reads "Dankes-E-Mail an Dana
Reyes senden". A QObject subclass, because plural forms need tr() for pyside6-lupdate to see them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...domain.model import Step
from ...domain.reminders import Reminder


class ReminderWords(QObject):
    def title(self, reminder: Reminder) -> str:
        who = reminder.person or ""
        if reminder.step == Step.NOTES:
            return self.tr("Write your notes on the %1 interview").replace("%1", reminder.company)
        if reminder.step == Step.THANK_YOU_EMAIL:
            return self.tr("Send your thank-you e-mail to %1").replace("%1", who).rstrip()
        if reminder.step == Step.HANDWRITTEN_NOTE:  # the reminder is the time to print; the deadline, to mail
            return self.tr("Print the card draft for %1, then mail it").replace("%1", who) if who else \
                self.tr("Print the card draft, then mail it")
        if reminder.step == Step.CHECK_IN:
            return self.tr("Check in with %1: no reply yet").replace("%1", who) if who else \
                self.tr("Check in: no reply yet")
        return self.tr("Contact %1").replace("%1", who) if who else self.tr("Contact the referral")

    def body(self, reminder: Reminder, due_text: str) -> str:
        what = ", ".join(p for p in (reminder.company, reminder.role) if p)
        return self.tr("%1 · due %2").replace("%2", due_text).replace("%1", what, 1)

    def summary_title(self, count: int) -> str:
        if count == 1:
            return self.tr("%n follow-up came due while Finish Strong was closed", "", count)
        return self.tr("%n follow-ups came due while Finish Strong was closed", "", count)


_WORDS: ReminderWords | None = None


def words() -> ReminderWords:
    """One instance for the app (made on first use, after the QApplication)."""
    global _WORDS
    if _WORDS is None:
        _WORDS = ReminderWords()
    return _WORDS
