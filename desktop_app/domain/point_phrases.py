"""From a ★ note line to the words a thank-you says, and sentences that read well with any count.

Notes are written in a hurry, in the third person, with a capital and a full stop: "She
mentioned her team's on-call rotation." A draft needs the phrase that fits *inside* its
sentence: "I especially enjoyed your team's on-call rotation." The rules are plain and
predictable (the user sees and may edit the result in the debrief, and the edit wins):

- a leading attribution ("he said", "she mentioned that", "Dana told me") is dropped;
- trailing sentence punctuation (". ! ? ; :" and "…") is dropped, the sentence supplies its own;
- the first word is lowercased only when it is a common word (names and products keep
  their capital: "Kubernetes", "Berlin", "I");
- a point written about the recipient in their own notes is said to them: a leading
  "her"/"his" becomes "your".
"""

from __future__ import annotations

import re

#: Words that start a note but are not names: lowercased when the phrase goes mid-sentence.
COMMON_STARTERS = frozenset("""
a an the her his their our your my its how what why when where which who whom whose that this these those
some any all both each every many much more most few several another other such no not
we they she he it you us them him
team teams plans plan new next upcoming recent recently current future first last same
working building learning using hearing talking moving scaling migrating running hiring growing
about on in at for with from to of by over under after before during between into
yes no sure absolutely lunch coffee dinner breakfast office culture mentoring onboarding career project projects product
roadmap process processes approach vision strategy company role position job work
""".split())

_ATTRIBUTION = re.compile(
    r"^\s*(?:(?:he|she|they|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+"
    r"(?:said|says|mentioned|mentions|told\s+me(?:\s+about)?|explained|noted|pointed\s+out|talked\s+about|"
    r"described|shared|brought\s+up|spoke\s+about|is\s+writing|was\s+saying)"
    r"(?:\s+that)?)[\s,:–—-]*",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"[\s.!?;:…,]+$")
_SECOND_PERSON = {"her": "your", "his": "your", "their": "your"}

FALLBACK_PHRASE = "our conversation"
CONNECTIVES = ("and", "or", "about", "on", "of", "with", "to", "for", "the", "a")


def derive_phrase(note: str, to_owner: bool = False) -> str:
    """The default phrase for a ★ line (see the module docstring); "" when nothing is left."""
    text = " ".join(note.split())
    attribution = _ATTRIBUTION.match(text)
    if attribution and text[attribution.end():].strip():
        reported = attribution.group().rstrip(" ,:–—-").casefold().endswith(" that")
        text = ("hearing that " if reported else "") + text[attribution.end():]
    text = _TRAILING.sub("", text).strip()
    if not text:
        return ""
    first, _, rest = mid_sentence(text).partition(" ")
    if to_owner and first.casefold() in _SECOND_PERSON and rest:
        first = _SECOND_PERSON[first.casefold()]
    return f"{first} {rest}".strip()


def mid_sentence(text: str) -> str:
    """The text as it reads after other words: a common first word loses its capital."""
    first, space, rest = text.partition(" ")
    if first[:1].isupper() and first[1:] == first[1:].lower() and first.casefold().strip("'’,") in COMMON_STARTERS:
        first = first.lower()
    return first + space + rest


def sentence_case(phrase: str) -> str:
    """A phrase that starts a sentence or a list line."""
    return phrase[:1].upper() + phrase[1:]


def join_phrases(phrases: list[str]) -> str:
    """"a", "a and b", "a, b and c": the list as it reads in a sentence."""
    items = [p for p in (p.strip() for p in phrases) if p]
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + " and " + items[-1]


def tidy(text: str) -> str:
    """Clean up what empty placeholders leave behind, so a draft never shows the seams.

    Lines are right-stripped, runs of spaces collapse, a space before punctuation goes,
    a doubled full stop or comma becomes one, a line that ends in a colon with nothing
    after it (an intro to an empty list) is dropped, and blank lines never come in threes.
    """
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = re.sub(r"(?<=\S) {2,}", " ", raw.rstrip())
        line = re.sub(r" +([.,;:!?])", r"\1", line)
        line = re.sub(r"(?<!\.)\.\.(?!\.)", ".", line)  # "..": one full stop; an ellipsis stays
        line = re.sub(r"([,;:!?])\1+", r"\1", line)
        line = re.sub(r"([,;:])\.", ".", line)
        lines.append(line)
    kept: list[str] = []
    for index, line in enumerate(lines):
        following = next((n for n in lines[index + 1:] if n.strip()), "")
        if line.endswith(":") and not following.lstrip().startswith(("-", "•")):
            continue  # "…our conversation about:" with no list below it
        kept.append(line)
    result = "\n".join(kept)
    while "\n\n\n" in result:
        result = result.replace("\n\n\n", "\n\n")
    return result.strip() + "\n"
