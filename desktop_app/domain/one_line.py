"""One-line text: every kind of line break folded into a space.

Company, role, round and people's names become mail headers (To, Subject) and one-line
labels. A line break in one — CR, LF, CR LF, vertical tab, form feed, the file/group/record
separators, NEL (U+0085), LINE SEPARATOR (U+2028), PARAGRAPH SEPARATOR (U+2029), all that
`str.splitlines()` splits on — would make Send fail (Python's e-mail package refuses it) or, in
a less careful mail library, inject a header. So they are folded when the text is stored.
"""

from __future__ import annotations

import re

#: Exactly the characters str.splitlines() treats as line boundaries.
LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_BREAKS = re.compile(f"[{re.escape(LINE_BREAKS)}]+")
_SPACES = re.compile(r"[ \t]{2,}")


def one_line(text: str) -> str:
    """`text` with each run of line breaks replaced by one space, trimmed."""
    if not _BREAKS.search(text):
        return text.strip()
    return _SPACES.sub(" ", _BREAKS.sub(" ", text)).strip()


#: Bidirectional controls: an unclosed RIGHT-TO-LEFT OVERRIDE in a quoted title would reverse the
#: reason printed after it; a cut could leave one unclosed even in an honest title.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clip(text: str, limit: int = 80) -> str:
    """A title to quote inside a message: one line, no bidi controls, and cut with a visible "…".

    Messages are shown as plain text, so a title cut inside "<img src='…" swallows nothing;
    the "…" says the title goes on, and what follows the quote is the reason, intact.
    """
    flat = _BIDI.sub("", one_line(text))
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
