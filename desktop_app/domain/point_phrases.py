"""From a ★ note line to the words a thank-you says, and sentences that read well with any count.

Notes are written in a hurry, in the third person, with a capital and a full stop: "She
mentioned her team's on-call rotation." A draft needs the phrase that fits *inside* its
sentence: "I especially enjoyed your team's on-call rotation." The rules are plain and
predictable (the user sees and may edit the result in the debrief, and the edit wins):

- a leading attribution ("he said", "she mentioned", "Dana told me about") is dropped; a
  reported clause ("he said that they run Rust") becomes "hearing that they run Rust";
- punctuation the sentence supplies or would double (a trailing full stop, "!!", " ,") and a
  connective left hanging at the end ("… and") are dropped;
- the first word is lowercased only when it is a common word (names and products keep
  their capital: "Kubernetes", "Berlin", "I"); a bare noun gets its article ("the launch of");
- a point written about the recipient in their own notes is said to them: a leading
  "her"/"his" becomes "your", and "(She) runs marathons" becomes "hearing that you run marathons".
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
something anything everything nothing yes no sure absolutely
lunch coffee dinner breakfast office culture mentoring onboarding career project projects product
roadmap process processes approach vision strategy company role position job work
launch launches release migration move rewrite redesign expansion acquisition growth reorganisation
reorganization rollout transition shift switch push investment focus interest idea ideas question questions
data pricing tooling testing security design engineering sales marketing support customers users quality
""".split())

#: Nouns that start a note without their article ("Launch of the new tier"); mid-sentence they
#: need one: "I especially enjoyed the launch of the new tier".
NOUNS_TAKING_THE = frozenset("""
launch release migration move rewrite redesign expansion acquisition rollout transition shift switch
reorganisation reorganization roadmap offsite conference meetup hackathon
""".split())

#: A note about someone often starts with what they do ("Runs the Berlin marathon", "She has
#: two dogs"); said to them, the verb takes "you": third-person form -> base form.
THIRD_PERSON_VERBS = {
    "is": "are", "was": "were", "has": "have", "does": "do", "goes": "go", "runs": "run", "writes": "write",
    "plays": "play", "loves": "love", "likes": "like", "enjoys": "enjoy", "coaches": "coach", "teaches": "teach",
    "volunteers": "volunteer", "works": "work", "leads": "lead", "builds": "build", "speaks": "speak",
    "organizes": "organize", "organises": "organise", "collects": "collect", "climbs": "climb", "cycles": "cycle",
    "bakes": "bake", "reads": "read", "hosts": "host", "mentors": "mentor", "studies": "study", "swims": "swim",
    "cooks": "cook", "travels": "travel", "sings": "sing", "paints": "paint", "grows": "grow", "owns": "own",
    "knows": "know", "manages": "manage", "founded": "founded", "started": "started", "moved": "moved",
    "lived": "lived", "ran": "ran", "wrote": "wrote", "grew": "grew", "built": "built", "spent": "spent",
}

_SPEECH = (r"said|says|mentioned|mentions|told\s+me(?:\s+about)?|explained|noted|pointed\s+out|"
           r"talked\s+about|spoke\s+about")
# "She shared …" is an attribution; "Products shared …" is not: after a name only verbs of speech count.
_ATTRIBUTION = re.compile(
    rf"^\s*(?:(?i:he|she|they)\s+(?i:{_SPEECH}|described|shared|brought\s+up)"
    rf"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?i:{_SPEECH}))"
    r"(?:\s+(?i:that))?[\s,:–—-]*",
)
_TRAILING = re.compile(r"[\s.!?;:…,–—-]+$")
_LEADING = re.compile(r"^[\s.!?;:…,–—-]+")
_SECOND_PERSON = {"her": "your", "his": "your", "their": "your"}

FALLBACK_PHRASE = "our conversation"
#: A sentence names at most this many points; a longer list reads like a transcript.
MAX_POINTS_IN_SENTENCE = 3
#: Words a phrase or a sentence must not end on: something was meant to follow them.
CONNECTIVES = ("and", "or", "but", "about", "on", "of", "with", "to", "for", "the", "a", "an", "that", "in", "at")


def derive_phrase(note: str, to_owner: bool = False) -> str:
    """The default phrase for a ★ line (see the module docstring); "" when nothing is left."""
    text = " ".join(note.split())
    attribution = _ATTRIBUTION.match(text)
    if attribution and re.search(r"\w", text[attribution.end():]):
        reported = attribution.group().rstrip(" ,:–—-").casefold().endswith(" that")
        text = ("hearing that " if reported else "") + text[attribution.end():]
    text = _clean(text)
    if not text:
        return ""
    about_someone = _about_someone(text, to_owner)
    if about_someone:
        return about_someone
    first, _, rest = mid_sentence(text).partition(" ")
    if to_owner and first.casefold() in _SECOND_PERSON and rest:
        first = _SECOND_PERSON[first.casefold()]
    if first in NOUNS_TAKING_THE:
        first = "the " + first
    return f"{first} {rest}".strip()


def _clean(text: str) -> str:
    """Punctuation a sentence around the phrase would double: leading and trailing marks, a
    repeated mark, a space before a mark; and a connective left hanging at the end ("… and")."""
    text = re.sub(r"\s+([,;:!?.])", r"\1", text)
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    text = re.sub(r"([,;:!?])[,;:!?.]+", r"\1", text)
    while True:
        text = _LEADING.sub("", _TRAILING.sub("", text))
        last = re.search(r"(?<![\w'’-])[\w'’\"“”‘]+$", text)
        if last is None or last.group().casefold().strip("'’\"“”‘") not in CONNECTIVES:
            return text
        text = text[:last.start()]


def _about_someone(text: str, to_owner: bool) -> str:
    """ "(She) runs the Berlin marathon" -> "hearing that you run the Berlin marathon" said to her;
    "hearing that she runs …" to others. "" when the note does not start that way."""
    words = text.split(" ")
    subject = words[0].casefold() if words[0].casefold() in ("he", "she") and len(words) > 1 else ""
    verb = words[1 if subject else 0].casefold()
    if verb not in THIRD_PERSON_VERBS or (not subject and not to_owner) or len(words) < (3 if subject else 2):
        return ""
    rest = " ".join(words[2 if subject else 1:])
    if to_owner:
        return f"hearing that you {THIRD_PERSON_VERBS[verb]} {rest}"
    return f"hearing that {subject} {verb} {rest}"


def mid_sentence(text: str) -> str:
    """The text as it reads after other words: a common first word loses its capital."""
    first, space, rest = text.partition(" ")
    if first[:1].isupper() and first[1:] == first[1:].lower() and first.casefold().strip("'’,:;") in COMMON_STARTERS:
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
