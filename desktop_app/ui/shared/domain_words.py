"""The domain's fixed English words (steps, statuses, rounds, card sizes, form messages) in the user's language.

Validation messages are templates with values (domain/validation.py marks them in the "FieldError"
context): `field_error_text` translates the template and fills in the values in the locale's format.

domain/ stays free of Qt, so its labels are plain English strings. They are listed here once with
QT_TRANSLATE_NOOP, which is how `pyside6-lupdate` finds them, and translated by their English text
where a window shows them (`domain_text`). tests/unit/test_domain_words.py fails when the domain
gains a label that is missing here. Text the user typed (a round they named) is not in the list and
is shown as it is.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from ...domain.validation import CONTEXT as FIELD_ERROR_CONTEXT
from ...domain.validation import FieldError, Value, fill

CONTEXT = "DomainText"

DOMAIN_TEXTS = (
    # Steps (domain/model.py STEP_LABELS)
    QT_TRANSLATE_NOOP("DomainText", "Write your notes"),
    QT_TRANSLATE_NOOP("DomainText", "Send a thank-you e-mail"),
    QT_TRANSLATE_NOOP("DomainText", "Mail a handwritten note"),
    QT_TRANSLATE_NOOP("DomainText", "Contact the referral"),
    QT_TRANSLATE_NOOP("DomainText", "Check in"),
    # Statuses (Status.label)
    QT_TRANSLATE_NOOP("DomainText", "Scheduled"),
    QT_TRANSLATE_NOOP("DomainText", "Done"),
    QT_TRANSLATE_NOOP("DomainText", "Offer"),
    QT_TRANSLATE_NOOP("DomainText", "Rejected"),
    QT_TRANSLATE_NOOP("DomainText", "Withdrawn"),
    # Round suggestions (ROUND_SUGGESTIONS)
    QT_TRANSLATE_NOOP("DomainText", "Phone screen"),
    QT_TRANSLATE_NOOP("DomainText", "Recruiter call"),
    QT_TRANSLATE_NOOP("DomainText", "Hiring manager"),
    QT_TRANSLATE_NOOP("DomainText", "Technical"),
    QT_TRANSLATE_NOOP("DomainText", "Take-home review"),
    QT_TRANSLATE_NOOP("DomainText", "Panel"),
    QT_TRANSLATE_NOOP("DomainText", "On-site"),
    QT_TRANSLATE_NOOP("DomainText", "Final"),
    # Cards (domain/cards.py): orientation, panels, sizes
    QT_TRANSLATE_NOOP("DomainText", "Portrait"),
    QT_TRANSLATE_NOOP("DomainText", "Landscape"),
    QT_TRANSLATE_NOOP("DomainText", "Whole face"),
    QT_TRANSLATE_NOOP("DomainText", "Lower half (top fold)"),
    QT_TRANSLATE_NOOP("DomainText", "Upper half"),
    QT_TRANSLATE_NOOP("DomainText", "Right half (side fold)"),
    QT_TRANSLATE_NOOP("DomainText", "Left half"),
    QT_TRANSLATE_NOOP("DomainText", "Folded note 4¼×5½ in (A2 envelope)"),
    QT_TRANSLATE_NOOP("DomainText", "3½×5 in (A1 envelope)"),
    QT_TRANSLATE_NOOP("DomainText", "5×7 in (A7 envelope)"),
    QT_TRANSLATE_NOOP("DomainText", "4×6 in (A6 envelope)"),
    QT_TRANSLATE_NOOP("DomainText", "ISO A6 105×148 mm (C6 envelope)"),
    QT_TRANSLATE_NOOP("DomainText", "#10 4⅛×9½ in"),
    QT_TRANSLATE_NOOP("DomainText", "A1 3⅝×5⅛ in"),
    QT_TRANSLATE_NOOP("DomainText", "A2 4⅜×5¾ in"),
    QT_TRANSLATE_NOOP("DomainText", "A6 4¾×6½ in"),
    QT_TRANSLATE_NOOP("DomainText", "A7 5¼×7¼ in"),
    QT_TRANSLATE_NOOP("DomainText", "C6 114×162 mm"),
    QT_TRANSLATE_NOOP("DomainText", "DL 110×220 mm"),
    QT_TRANSLATE_NOOP("DomainText", "US Letter"),
    QT_TRANSLATE_NOOP("DomainText", "ISO A4"),
    # The debrief's sections and their hints (domain/debrief.py SECTIONS)
    QT_TRANSLATE_NOOP("DomainText", "Observations and impressions"),
    QT_TRANSLATE_NOOP("DomainText", "How did it go? What stood out about the team, the office, the mood?"),
    QT_TRANSLATE_NOOP("DomainText", "What was discussed"),
    QT_TRANSLATE_NOOP("DomainText", "Questions asked, projects described, your answers worth repeating."),
    QT_TRANSLATE_NOOP("DomainText", "The company's recent projects"),
    QT_TRANSLATE_NOOP("DomainText", "Launches, migrations, acquisitions they mentioned."),
    QT_TRANSLATE_NOOP("DomainText", "Professional organizations"),
    QT_TRANSLATE_NOOP("DomainText", "Associations or groups they belong to or recommended."),
    QT_TRANSLATE_NOOP("DomainText", "Industry events"),
    QT_TRANSLATE_NOOP("DomainText", "Meet-ups, trade shows, awards."),
    QT_TRANSLATE_NOOP("DomainText", "Upcoming conferences"),
    QT_TRANSLATE_NOOP("DomainText", "Where they will be, and when."),
    QT_TRANSLATE_NOOP("DomainText", "Company-wide meetings"),
    QT_TRANSLATE_NOOP("DomainText", "All-hands, offsites, planning cycles."),
    QT_TRANSLATE_NOOP("DomainText", "Anything else"),
    QT_TRANSLATE_NOOP("DomainText", "Whatever else you want to remember."),
)


def domain_text(text: str) -> str:
    """`text` in the user's language when it is one of the domain's fixed words, else unchanged."""
    return QCoreApplication.translate(CONTEXT, text)


def locale_value(value: Value) -> str:
    """A message's value as the user's locale writes it: 1.234 in German, a short date."""
    if isinstance(value, bool) or not isinstance(value, int | date):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def field_error_text(error: FieldError) -> str:
    """A validation message (domain/validation.py) in the user's language, its values in the locale's format.

    The template is translated by its English text in the "FieldError" context (where the domain marks it);
    a text that is no template (already in the user's words) comes back unchanged."""
    return fill(QCoreApplication.translate(FIELD_ERROR_CONTEXT, error.template), error.values, locale_value)
