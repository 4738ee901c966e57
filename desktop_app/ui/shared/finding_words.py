"""The draft checker's findings in the user's language.

domain/draft_checker.py decides what is wrong and says it in English (`message`, `fix`); each
finding also carries a `key` and its values (`args`), and this module words them through tr().
The English templates here give exactly the domain's English (tests/unit/test_finding_words.py
checks every key), so nothing changes for an English user. A finding without a key (a rule added
later) is shown in the domain's English rather than not at all.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from ...domain.draft_checker import Finding

#: key: (message, fix), with %1, %2… the finding's args in order.
TEMPLATES: dict[str, tuple[object, object]] = {  # QT_TRANSLATE_NOOP is typed as returning object
    "name_spelling": (QT_TRANSLATE_NOOP("FindingWords", "“%1” is not how %2 writes the name."),
                      QT_TRANSLATE_NOOP("FindingWords", "Write “%3”.")),
    "name_missing": (QT_TRANSLATE_NOOP("FindingWords", "The draft does not name %1."),
                     QT_TRANSLATE_NOOP("FindingWords", "Greet them by name: “Dear %2,”.")),
    "company_differs": (QT_TRANSLATE_NOOP("FindingWords", "“%1” differs from the company on the interview."),
                        QT_TRANSLATE_NOOP("FindingWords", "Write “%2”.")),
    "role_differs": (QT_TRANSLATE_NOOP("FindingWords", "“%1” differs from the role on the interview."),
                     QT_TRANSLATE_NOOP("FindingWords", "Write “%2”.")),
    "company_missing": (QT_TRANSLATE_NOOP("FindingWords", "The draft does not mention the company, %1."),
                        QT_TRANSLATE_NOOP("FindingWords", "Name it, e.g. “the %2 position at %3”.")),
    "role_missing": (QT_TRANSLATE_NOOP("FindingWords", "The draft does not mention the role, %1."),
                     QT_TRANSLATE_NOOP("FindingWords", "Name it, e.g. “the %2 position at %3”.")),
    "point_example": (QT_TRANSLATE_NOOP("FindingWords", "No specific point from the interview is mentioned."),
                      QT_TRANSLATE_NOOP("FindingWords", "Mention one, e.g. “%1”.")),
    "point_none": (QT_TRANSLATE_NOOP("FindingWords", "No specific point from the interview is mentioned."),
                   QT_TRANSLATE_NOOP("FindingWords",
                                     "Flag a line with ★ in the debrief, or write one thing you talked about.")),
    "answer_missing": (QT_TRANSLATE_NOOP("FindingWords", "Your answer to “%1” is not in the draft."),
                       QT_TRANSLATE_NOOP("FindingWords", "Add it: “%2”.")),
    "answer_open": (QT_TRANSLATE_NOOP("FindingWords", "“%1” is still open and has no answer yet."),
                    QT_TRANSLATE_NOOP("FindingWords", "Write the answer in the debrief's open questions, or tick "
                                                      "“Answered in the interview”.")),
    "others": (QT_TRANSLATE_NOOP("FindingWords", "This comes from your notes on %1."),
               QT_TRANSLATE_NOOP("FindingWords",
                                 "Remove it: interviewers compare notes, and it was not said to this person.")),
    "third_person": (QT_TRANSLATE_NOOP("FindingWords", "“%1” talks about someone in the third person."),
                     QT_TRANSLATE_NOOP("FindingWords", "Write to the reader as “you” (“you mentioned…”).")),
    "third_person_name": (QT_TRANSLATE_NOOP("FindingWords", "“%1” speaks of %2 in a letter to %2."),
                          QT_TRANSLATE_NOOP("FindingWords", "Write “you” instead.")),
    "filler": (QT_TRANSLATE_NOOP("FindingWords", "“%1” is stock filler."),
               QT_TRANSLATE_NOOP("FindingWords", "Cut it, or say the specific thing instead.")),
    "short_email": (QT_TRANSLATE_NOOP("FindingWords", "%1 words is short for an e-mail (about %2–%3)."),
                    QT_TRANSLATE_NOOP("FindingWords", "Add a sentence about something specific you talked about.")),
    "short_card": (QT_TRANSLATE_NOOP("FindingWords", "%1 words is short for a card (about %2–%3)."),
                   QT_TRANSLATE_NOOP("FindingWords", "Add a sentence about something specific you talked about.")),
    "long_email": (QT_TRANSLATE_NOOP("FindingWords", "%1 words is long for an e-mail (about %2–%3)."),
                   QT_TRANSLATE_NOOP("FindingWords", "Cut what the reader already knows.")),
    "long_card": (QT_TRANSLATE_NOOP("FindingWords", "%1 words is long for a card (about %2–%3)."),
                  QT_TRANSLATE_NOOP("FindingWords", "Cut what the reader already knows.")),
    "fit": (QT_TRANSLATE_NOOP("FindingWords", "%1: the last lines will not be on the card."),
            QT_TRANSLATE_NOOP("FindingWords", "Shorten it, or pick a larger card or closer lines.")),
    "placeholder": (QT_TRANSLATE_NOOP("FindingWords", "“%1” is a placeholder left in the text."),
                    QT_TRANSLATE_NOOP("FindingWords", "Replace it with the words it stands for.")),
}
TIMING_FIX = str(QT_TRANSLATE_NOOP("FindingWords", "Send it today all the same: late and specific beats never."))


def _fill(template: str, args: tuple[str, ...]) -> str:
    """%1, %2… replaced in one pass, so a value that contains "%2" is never replaced again."""
    import re

    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args)
                  else m.group(0), template)


class FindingWords(QObject):
    """A QObject so that the counted texts (timing) are plural forms pyside6-lupdate can see."""

    def parts(self, finding: Finding) -> tuple[str, str]:
        """(message, fix) in the user's language."""
        if finding.key.startswith("timing_") and finding.args:
            return self._timing(finding.key.removeprefix("timing_"), int(finding.args[0])), self.tr(TIMING_FIX)
        template = TEMPLATES.get(finding.key)
        if template is None:
            return finding.message, finding.fix
        return _fill(self.tr(str(template[0])), finding.args), _fill(self.tr(str(template[1])), finding.args)

    def text(self, finding: Finding) -> str:
        message, fix = self.parts(finding)
        return f"{message} {fix}"

    def _timing(self, unit: str, count: int) -> str:
        if unit == "minutes":
            return self.tr("This is %n minute past its due time.", "", count) if count == 1 else \
                self.tr("This is %n minutes past its due time.", "", count)
        if unit == "hours":
            return self.tr("This is %n hour past its due time.", "", count) if count == 1 else \
                self.tr("This is %n hours past its due time.", "", count)
        return self.tr("This is %n days past its due time.", "", count)
