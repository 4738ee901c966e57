"""Thank-you letters in the user's language: greetings, dates, the small joining phrases, and the defaults.

A German job seeker's first draft is a German letter, a French one follows French conventions
("Madame, Monsieur," when the form of address is unknown, "Madame," / "Monsieur," when it is known:
French leaves the name out of a formal salutation), a Spanish one Spanish ones. The English texts
stay in email_draft.py and cards.py; this module holds the other languages, keyed by a two-letter code.
Pure: no Qt (the UI picks the language).

The greeting depends on how the user addresses the person: `form` is "ms", "mr" or "" (not known),
stored per person (schema 11) and chosen in the interview form.
Guessing it from a first name would be wrong too often, so an unknown form gets each language's
neutral greeting ("Guten Tag Lena Vogt,", "Madame, Monsieur,", "Estimado/a Lena Vogt:").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

LANGUAGES = ("en", "de", "fr", "es")


@dataclass(frozen=True)
class LetterWords:
    """The fixed words a filled-in draft uses, in one language."""

    fallback_point: str  # when the debrief has no talking point: "our conversation"
    and_word: str
    answers_intro: str  # before several answers
    you_asked: str  # "You asked" + “question” — answer
    left_open: str  # "To follow up on the question we left open," + “question” — answer
    introductions: str  # "{names}" is replaced by the people suggested
    days: tuple[str, ...]  # Monday first
    months: tuple[str, ...]
    date_format: str  # {weekday}, {day}, {month}, {year}


WORDS: dict[str, LetterWords] = {
    "en": LetterWords(
        "our conversation", "and", "To follow up on the questions we left open:", "You asked",
        "To follow up on the question we left open,",
        "Thank you also for suggesting I speak with {names}; I will get in touch this week.",
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"),
        "{weekday}, {day} {month} {year}"),
    "de": LetterWords(
        "unser Gespräch", "und", "Zu den Fragen, die offen geblieben sind:", "Sie hatten gefragt:",
        "Zu der Frage, die offen geblieben ist:",
        "Vielen Dank auch für den Hinweis auf {names} – ich melde mich noch diese Woche.",
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
         "November", "Dezember"),
        "{weekday}, {day}. {month} {year}"),
    "fr": LetterWords(
        "notre échange", "et", "Pour revenir sur les questions restées ouvertes :", "Vous m’aviez demandé",
        "Pour revenir sur la question restée ouverte,",
        "Merci également de m’avoir suggéré de contacter {names} ; je prendrai contact cette semaine.",
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
         "novembre", "décembre"),
        "{weekday} {day} {month} {year}"),
    "es": LetterWords(
        "nuestra conversación", "y", "Sobre las preguntas que quedaron abiertas:", "Me preguntó",
        "Sobre la pregunta que quedó abierta,",
        "Gracias también por sugerirme hablar con {names}; me pondré en contacto esta semana.",
        ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"),
        "{weekday}, {day} de {month} de {year}"),
}


def words(language: str) -> LetterWords:
    return WORDS.get(language, WORDS["en"])


def letter_date(day: date, language: str) -> str:
    """"Tuesday, 3 March 2026", "Dienstag, 3. März 2026", "mardi 3 mars 2026", "martes, 3 de marzo de 2026"."""
    w = words(language)
    return w.date_format.format(weekday=w.days[day.weekday()], day=day.day, month=w.months[day.month - 1],
                                year=day.year)


def join_names(items: list[str], language: str) -> str:
    """"a", "a und b", "a, b et c": a list as it reads in a sentence of that language."""
    items = [p for p in (p.strip() for p in items) if p]
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + f" {words(language).and_word} " + items[-1]


def _surname(name: str) -> str:
    parts = name.split()
    return parts[-1] if parts else ""


def _first(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else ""


def greeting(language: str, name: str, formal: bool, form: str = "") -> str:
    """The salutation line without its final punctuation's line break ("Sehr geehrte Frau Vogt,").

    formal: the formal register (Sie / vous / usted letters); informal uses the first name.
    form: the person's stored form of address (model.FORMS_OF_ADDRESS); without a name it is not used."""
    name = " ".join(name.split())
    if not name:
        form = ""  # "Sehr geehrte Frau ," would be worse than the neutral greeting
    if language == "de":
        if formal:
            if form == "ms":
                return f"Sehr geehrte Frau {_surname(name)},"
            if form == "mr":
                return f"Sehr geehrter Herr {_surname(name)},"
            return f"Guten Tag {name}," if name else "Guten Tag,"
        if form == "mr":
            return f"Lieber {_first(name)},"
        if form == "ms":
            return f"Liebe {_first(name)},"
        return f"Hallo {_first(name)}," if name else "Hallo,"
    if language == "fr":
        if formal:
            # French etiquette leaves the name out of a formal salutation: "Madame," not "Madame Martin,".
            if form == "ms":
                return "Madame,"
            if form == "mr":
                return "Monsieur,"
            return "Madame, Monsieur,"
        if form == "ms":
            return f"Chère {_first(name)},"
        if form == "mr":
            return f"Cher {_first(name)},"
        return f"Bonjour {_first(name)}," if name else "Bonjour,"
    if language == "es":
        if formal:
            if form == "ms":
                return f"Estimada Sra. {_surname(name)}:"
            if form == "mr":
                return f"Estimado Sr. {_surname(name)}:"
            return f"Estimado/a {name}:" if name else "Estimados señores:"
        return f"Hola, {_first(name)}:" if name else "Hola:"
    if formal:
        if form in ("ms", "mr") and name:
            return f"Dear {'Ms.' if form == 'ms' else 'Mr.'} {_surname(name)},"
        return f"Dear {name}," if name else "Dear Sir or Madam,"
    return f"Hi {_first(name)}," if name else "Hello,"


@dataclass(frozen=True)
class DefaultLetter:
    """One default e-mail template: name, subject, body (string.Template, $greeting first), and its register."""

    name: str
    subject: str
    body: str
    formal: bool


EMAIL_DEFAULTS: dict[str, tuple[DefaultLetter, ...]] = {
    "de": (
        DefaultLetter(
            "Förmlich", "Vielen Dank für das Gespräch – $role",
            "$greeting\n\n"
            "vielen Dank, dass Sie sich am $date Zeit genommen haben, mit mir über die Stelle als $role bei "
            "$company zu sprechen. Ich habe viel über das Team und die anstehenden Aufgaben erfahren; besonders "
            "geschätzt habe ich $points.\n\n"
            "$answers\n\n"
            "$introductions\n\n"
            "Das Gespräch hat mein Interesse an der Stelle bestärkt: Die Themen, an denen Ihr Team arbeitet, "
            "liegen mir, und ich würde meine Erfahrung gern bei $company einbringen. Wenn es Ihnen bei der "
            "Entscheidung hilft, erzähle ich Ihnen gern mehr über meine bisherigen Projekte.\n\n"
            "Mit freundlichen Grüßen\n$my_name\n", True),
        DefaultLetter(
            "Herzlich", "Danke für das gute Gespräch, $first_name",
            "$greeting\n\n"
            "vielen Dank für das Gespräch am $date – es hat mir großen Spaß gemacht, und die Stelle als $role "
            "bei $company reizt mich jetzt noch mehr. Besonders hängen geblieben ist mir $points.\n\n"
            "$answers\n\n"
            "$introductions\n\n"
            "Ich würde sehr gern Teil des Teams werden und freue mich, bald wieder von Ihnen zu hören.\n\n"
            "Herzliche Grüße\n$my_name\n", False),
    ),
    "fr": (
        DefaultLetter(
            "Formel", "Merci pour notre entretien – $role",
            "$greeting\n\n"
            "Je vous remercie d’avoir pris le temps de me recevoir le $date pour échanger sur le poste de $role "
            "chez $company. J’ai beaucoup apprécié d’en apprendre davantage sur l’équipe et ses projets, en "
            "particulier $points.\n\n"
            "$answers\n\n"
            "$introductions\n\n"
            "Notre échange a confirmé mon intérêt pour ce poste, et j’aurais plaisir à mettre mon expérience "
            "au service de $company. Je reste à votre disposition pour tout complément d’information.\n\n"
            "Veuillez agréer l’expression de mes salutations distinguées.\n$my_name\n",
            True),
        DefaultLetter(
            "Chaleureux", "Merci pour l’échange, $first_name",
            "$greeting\n\n"
            "Merci beaucoup pour notre échange du $date : il a encore renforcé ma motivation pour le poste de "
            "$role chez $company. Je repense souvent à $points.\n\n"
            "$answers\n\n"
            "$introductions\n\n"
            "J’espère vivement rejoindre l’équipe et avoir bientôt de vos nouvelles.\n\n"
            "Bien cordialement,\n$my_name\n", False),
    ),
    "es": (
        DefaultLetter(
            "Formal", "Gracias por la entrevista – $role",
            "$greeting\n\n"
            "Muchas gracias por dedicarme su tiempo el $date para hablar del puesto de $role en $company. "
            "Me resultó muy valioso conocer mejor al equipo y su trabajo, en especial $points.\n\n"
            "$answers\n\n"
            "$introductions\n\n"
            "La conversación confirmó mi interés en el puesto y me encantaría aportar mi experiencia a "
            "$company. Quedo a su disposición para cualquier información adicional.\n\n"
            "Atentamente,\n$my_name\n", True),
        DefaultLetter(
            "Cercano", "Gracias por la conversación, $first_name",
            "$greeting\n\n"
            "Muchas gracias por la conversación del $date; me gustó mucho y el puesto de $role en $company "
            "me ilusiona aún más. Sigo pensando en $points.\n\n"
            "$answers\n\n"
            "$introductions\n\n"
            "Me encantaría formar parte del equipo y espero que volvamos a hablar pronto.\n\n"
            "Un saludo,\n$my_name\n", False),
    ),
}

CARD_DEFAULTS: dict[str, str] = {
    "de": ("$greeting\nvielen Dank für das Gespräch über die Stelle als $role bei $company. "
           "Besonders gefallen hat mir $talking_point.\nIch würde mich freuen, mit Ihnen zu arbeiten.\n$my_name"),
    "fr": ("$greeting\nMerci pour notre échange au sujet du poste de $role chez $company. "
           "J’ai particulièrement apprécié $talking_point.\nAu plaisir de travailler avec vous.\n$my_name"),
    "es": ("$greeting\nGracias por hablar conmigo sobre el puesto de $role en $company. "
           "Me gustó especialmente $talking_point.\nOjalá podamos trabajar juntos.\n$my_name"),
}

