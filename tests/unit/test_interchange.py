"""The JSON export/import: lossless round trips, no duplicates, and nothing written on error."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.cards import CardLayout, Orientation, Panel
from desktop_app.domain.debrief import OpenQuestion, Referral
from desktop_app.domain.email_draft import EmailTemplate
from desktop_app.domain.model import Person, Status
from desktop_app.domain.plan import PlanRules
from desktop_app.store.card_store import (
    ensure_card_draft,
    load_card_draft,
    mark_printed,
    printed_at,
    save_card_layout,
    save_card_text,
)
from desktop_app.store.database import close_database, open_database
from desktop_app.store.debrief_store import (
    load_debrief,
    save_personal_notes,
    save_questions,
    save_referrals,
    save_section,
    save_talked_about,
)
from desktop_app.store.demo import generate_demo
from desktop_app.store.email_store import (
    EmailDraft,
    SentEmail,
    SentMessage,
    load_draft,
    record_sent,
    save_draft,
    sent_messages,
    thank_you_done,
)
from desktop_app.store.errors import ImportFormatError
from desktop_app.store.follow_up_queries import checklist, set_done
from desktop_app.store.ics_import import apply_import, plan_import
from desktop_app.store.ics_reader import read_invitation_file
from desktop_app.store.interchange import FORMAT_VERSION, export_json, import_json, parse_import
from desktop_app.store.interviews import delete_interview, load_interview, save_interview
from desktop_app.store.mail_settings import MailAccount, save_account, save_templates
from desktop_app.store.models import CalendarLink, FollowUp, Interview, InterviewPerson
from desktop_app.store.models import CardDraft as CardDraftRow
from desktop_app.store.models import Person as PersonRow
from desktop_app.store.search import search
from desktop_app.store.settings_store import load_rules, save_rules
from desktop_app.store.talking_point_store import load_points, save_choice

from .conftest import MakeInterview

ICS = Path(__file__).resolve().parents[1] / "data" / "ics"
OUTLOOK_UID = ("040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A60100000000000000001000000012A4F5B8C9D0E1F2"
               "3456789ABCDEF0")

pytestmark = pytest.mark.usefixtures("db")

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def counts() -> tuple[int, int, int, int]:
    return (
        Interview.select().count(),
        PersonRow.select().count(),
        InterviewPerson.select().count(),
        FollowUp.select().count(),
    )


def switch_to_new_database(folder: Path) -> None:
    close_database()
    open_database(folder / "finish-strong.sqlite3", folder / "backups")


def add_unusual_interview(make_interview: MakeInterview) -> int:
    interview = make_interview(
        company="Café <b>Météo</b> & Söhne 🚀",
        role="מהנדסת תוכנה",  # right-to-left
        round="Round \"2\" — final",
        location="Zoom: https://example.com/j/1?pwd=a&b=<c>",
        status=Status.OFFER,
        zone="Asia/Kathmandu",
        start="2026-03-06 16:45",
        interviewers=[
            Person("Zoë O'Brien", "Директор", "zoe@example.com", "Straße 1\n10115 Berlin"),
            Person("李小龍", email="li@example.cn"),
        ],
    )
    interview_id = save_interview(interview)
    save_section(interview_id, "anything_else", UNUSUAL_NOTES)
    save_section(interview_id, "discussed", "★ Their <b>new</b> API\nplain line")
    zoe, li = load_interview(interview_id).interviewers
    save_talked_about(interview_id, zoe.id, "★ Both of us ran the Tegernsee marathon 🏃")
    save_personal_notes(li.id, "Pet peeve: 'quotes' & \"double quotes\"")
    save_questions(interview_id, [OpenQuestion("Budget?", "Approved for Q3", answered=True),
                                  OpenQuestion("Team size?", asked_by=li.id)])
    save_referrals(interview_id, [Referral("Ana Lima", "Lumen & Co.", "", suggested_by=zoe.id, why="Hiring"),
                                  Referral("", "Women in Tech", "https://wit.example")])
    api = load_points(interview_id)[0]  # the shared "Their <b>new</b> API", given to Li with new words
    save_choice(interview_id, api, li.id, "your new <b>API</b> 🚀")
    set_done(checklist(interview_id)[1].id, datetime(2026, 3, 6, 12, 5, tzinfo=UTC))
    return interview_id


UNUSUAL_NOTES = "First line\nSecond line\r\n\tIndented\n<script>alert('x')</script>\n\u202eRTL override\u202c\n👩🏽‍💻\n"


@pytest.fixture
def filled(make_interview: MakeInterview) -> str:
    """A database with ~50 demo interviews, an unusual one, custom rules; returns its export."""
    save_rules(PlanRules(email_due_minutes=180))
    generate_demo(50, seed=3, now=NOW)
    add_unusual_interview(make_interview)
    apply_import(plan_import(read_invitation_file(ICS / "outlook-exchange-update.ics", "UTC"), []))
    return export_json()


def test_export_import_export_is_byte_identical(filled: str, tmp_path: Path) -> None:
    switch_to_new_database(tmp_path / "other")
    assert counts() == (0, 0, 0, 0) and CalendarLink.select().count() == 0

    assert import_json(filled) == (52, len(json.loads(filled)["people"]))  # demo, unusual, invitation

    assert export_json() == filled
    assert load_rules() == PlanRules(email_due_minutes=180)


def test_unusual_text_survives_the_round_trip(filled: str, tmp_path: Path) -> None:
    switch_to_new_database(tmp_path / "other")
    import_json(filled)
    (row,) = Interview.select().where(Interview.timezone == "Asia/Kathmandu")
    assert row.company == "Café <b>Météo</b> & Söhne 🚀"
    assert row.role == "מהנדסת תוכנה"
    debrief = load_debrief(row.id)
    assert debrief.sections["anything_else"] == UNUSUAL_NOTES
    assert debrief.all_talking_points() == ["Their <b>new</b> API", "Both of us ran the Tegernsee marathon 🏃"]
    assert [(q.question, q.answered) for q in debrief.questions] == [("Budget?", True), ("Team size?", False)]
    assert [r.label for r in debrief.referrals] == ["Ana Lima at Lumen & Co.", "Women in Tech"]
    names = [name for _, name, _ in checklist_people(row.id)]
    assert names == [None, "Zoë O'Brien", "李小龍", "Zoë O'Brien", "李小龍", "Ana Lima", "Women in Tech"]
    assert [done for _, _, done in checklist_people(row.id)] == [False, True, False, False, False, False, False]
    assert search("tegernsee")[0].interview_id == row.id  # the import indexed it


def checklist_people(interview_id: int) -> list[tuple[str, str | None, bool]]:
    return [(r.step.value, r.person, r.done_at is not None) for r in checklist(interview_id)]


def test_the_export_is_readable_json_in_a_stable_order(filled: str) -> None:
    doc = json.loads(filled)
    assert (doc["format"], doc["version"]) == ("finish-strong", FORMAT_VERSION)
    assert "Café <b>Météo</b> & Söhne 🚀" in filled  # UTF-8, not \\u escapes; markup untouched
    starts = [(i["start"], i["id"]) for i in doc["interviews"]]
    assert starts == sorted(starts)
    assert [p["id"] for p in doc["people"]] == sorted(p["id"] for p in doc["people"])
    assert all(i["start"].endswith("+00:00") for i in doc["interviews"])
    assert filled.endswith("}\n")
    assert export_json() == filled  # exporting twice gives the same text


def test_importing_twice_adds_nothing(filled: str) -> None:
    before = counts()
    import_json(filled)
    assert counts() == before
    import_json(filled)
    assert counts() == before
    assert export_json() == filled


def test_importing_updates_records_with_the_same_id(filled: str) -> None:
    doc = json.loads(filled)
    doc["people"][0]["name"] = "Renamed Person"
    doc["interviews"][0]["company"] = "Renamed Company"
    before = counts()
    import_json(json.dumps(doc))
    assert counts() == before
    assert PersonRow.get(PersonRow.uid == doc["people"][0]["id"]).name == "Renamed Person"
    assert Interview.get(Interview.uid == doc["interviews"][0]["id"]).company == "Renamed Company"


def test_importing_brings_back_a_deleted_interview(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    text = export_json()
    delete_interview(interview_id)
    assert json.loads(export_json())["interviews"] == []  # deleted interviews are not exported
    import_json(text)
    assert export_json() == text
    assert Interview.select().count() == 1


# ------------------------------------------------------------------ bad files


Mutation = Callable[[dict[str, Any]], None]


def set_path(*path: Any, value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def delete_path(*path: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


LAST = -1  # break the last interview, so a half-done import would already have written others

BAD_DOCUMENTS: dict[str, tuple[Mutation, str]] = {
    "wrong format name": (set_path("format", value="other-app"), "not a Finish Strong export"),
    "no format": (delete_path("format"), "not a Finish Strong export"),
    "newer version": (set_path("version", value=FORMAT_VERSION + 1), f"format version {FORMAT_VERSION + 1}"),
    "version as text": (set_path("version", value="1"), "version"),
    "version as bool": (set_path("version", value=True), "version"),
    "settings not an object": (set_path("settings", value=[]), "settings"),
    "people not a list": (set_path("people", value={}), "people"),
    "missing company": (delete_path("interviews", LAST, "company"), "company"),
    "company as number": (set_path("interviews", LAST, "company", value=42), "company"),
    "missing follow_ups": (delete_path("interviews", LAST, "follow_ups"), "follow_ups"),
    "bad status": (set_path("interviews", LAST, "status", value="maybe"), "maybe"),
    "dangling interviewer": (
        set_path("interviews", LAST, "interviewers", value=[{"person": "no-such-person", "talked_about": ""}]),
        "no-such-person"),
    "interviewer as a bare id (v1 shape in v2)": (
        set_path("interviews", LAST, "interviewers", value=["x"]), "missing"),
    "unknown debrief section": (set_path("interviews", LAST, "debrief", "gossip", value="x"), "gossip"),
    "debrief not an object": (set_path("interviews", LAST, "debrief", value="notes"), "debrief"),
    "question without answered": (
        set_path("interviews", LAST, "open_questions", value=[{"id": "q", "question": "?", "answer": ""}]),
        "answered"),
    "plan settings with a reminder after its deadline": (
        set_path("settings", value={"plan_rules": {"card_remind_minutes": 600, "card_due_minutes": 60}}),
        "handwritten note reminder comes after its deadline"),
    "follow-up reminded after its deadline": (
        set_path("interviews", LAST, "follow_ups", 0, "remind_at", value="2031-01-01T00:00:00+00:00"),
        "reminded after its deadline"),
    "thank-you step without a person": (
        lambda doc: next(f for f in doc["interviews"][LAST]["follow_ups"]
                         if f["step"] == "thank_you_email").update(person=None), "needs a person"),
    "empty referral": (
        set_path("interviews", LAST, "referrals", value=[{
            "id": "r", "name": " ", "organization": "", "contact": "", "suggested_by": None, "why": "",
            "outcome": ""}]), "referral is empty"),
    "referral suggested by a stranger": (
        set_path("interviews", LAST, "referrals", value=[{
            "id": "r", "name": "Ana", "organization": "", "contact": "", "suggested_by": "ghost", "why": "",
            "outcome": ""}]), "ghost"),
    "referral follow-up without its referral": (
        set_path("interviews", LAST, "follow_ups", 0, "step", value="referral"), "referral"),
    "huge debrief section": (
        set_path("interviews", LAST, "debrief", "discussed", value="x" * 5_000_001), "too long"),
    "end before start": (set_path("interviews", LAST, "end", value="2020-01-01T00:00:00+00:00"), "end after"),
    "naive start": (set_path("interviews", LAST, "start", value="2026-03-06T10:00:00"), "UTC offset"),
    "start not a date": (set_path("interviews", LAST, "start", value="next Tuesday"), "ISO 8601"),
    "unknown zone": (set_path("interviews", LAST, "timezone", value="Mars/Base"), "time zone"),
    "blank company": (set_path("interviews", LAST, "company", value="  "), "company"),
    "bad step": (set_path("interviews", LAST, "follow_ups", 0, "step", value="party"), "party"),
    "dangling follow-up person": (
        set_path("interviews", LAST, "follow_ups", 0, "person", value="ghost"), "ghost"),
    "referral as a number": (set_path("interviews", LAST, "follow_ups", 0, "referral", value=1), "referral"),
    "follow-up not an object": (set_path("interviews", LAST, "follow_ups", 0, value="notes"), "missing"),
    "interview not an object": (set_path("interviews", LAST, value=[]), "missing"),
    "bad e-mail": (set_path("people", 0, "email", value="not-an-address"), "e-mail"),
    "duplicate person id": (lambda doc: doc["people"].append(dict(doc["people"][0])), "used twice"),
    "follow-up id in two interviews": (
        lambda doc: doc["interviews"][LAST]["follow_ups"].append(
            dict(doc["interviews"][0]["follow_ups"][0])), "used twice"),
    "duplicate interview id": (
        lambda doc: doc["interviews"].append(copy.deepcopy(doc["interviews"][0])), "used twice"),
}


@pytest.fixture
def small(make_interview: MakeInterview) -> str:
    """Two interviews already in the database; returns its export."""
    save_interview(make_interview(company="Existing", interviewers=[Person("Dana", email="dana@example.com")]))
    save_interview(make_interview(company="Second", start="2026-03-05 10:00", interviewers=[Person("Lee")]))
    return export_json()


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_a_bad_file_is_refused_and_nothing_is_written(small: str, case: str) -> None:
    mutate, expected = BAD_DOCUMENTS[case]
    doc = json.loads(small)
    for person in doc["people"]:
        person["id"] = "new-" + person["id"]
    for interview in doc["interviews"]:
        interview["id"] = "new-" + interview["id"]
        interview["company"] += " (imported)"
        for link in interview["interviewers"]:
            link["person"] = "new-" + link["person"]
        for f in interview["follow_ups"]:
            f["id"] = "new-" + f["id"]
            f["person"] = "new-" + f["person"] if f["person"] else None
    import_json(json.dumps(doc))  # the unbroken document is fine...
    reference = export_json()
    doc["settings"] = {"plan_rules": {"email_due_minutes": 90}}
    for interview in doc["interviews"]:
        interview["id"] = "other-" + interview["id"]
    mutate(doc)

    with pytest.raises(ImportFormatError) as caught:
        import_json(json.dumps(doc, ensure_ascii=False))

    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)
    assert export_json() == reference  # ...the broken one changed nothing, not even settings
    assert load_rules() == PlanRules()


@pytest.mark.parametrize("text", ["", "{not json", "[]", "null", '"finish-strong"', "{\"format\": \"finish-strong\"}"])
def test_text_that_is_not_an_export_is_refused(small: str, text: str) -> None:
    with pytest.raises(ImportFormatError):
        import_json(text)
    assert export_json() == small


def test_invalid_json_says_so(small: str) -> None:
    with pytest.raises(ImportFormatError, match="not valid JSON"):
        import_json(small[:-20])
    assert export_json() == small


def test_parse_import_returns_the_document_without_writing(small: str) -> None:
    doc = json.loads(small)
    doc["interviews"][0]["id"] = "brand-new"
    assert parse_import(json.dumps(doc))["interviews"][0]["id"] == "brand-new"
    assert export_json() == small


# ------------------------------------------------------------------ version 2: the invitation


def test_version_2_exports_the_invitation_of_imported_interviews(filled: str) -> None:
    doc = json.loads(filled)
    assert doc["version"] == FORMAT_VERSION >= 2
    linked = [i for i in doc["interviews"] if i["invitation"] is not None]
    assert [(i["company"], i["invitation"]) for i in linked] == [
        ("Fabrikam", {"uid": OUTLOOK_UID, "sequence": 1}),
    ]
    assert all("invitation" in i for i in doc["interviews"])  # null when typed in by hand
    keys = list(linked[0])
    assert keys.index("status") + 1 == keys.index("invitation")


def test_the_invitation_survives_the_round_trip_so_re_importing_it_updates(filled: str, tmp_path: Path) -> None:
    switch_to_new_database(tmp_path / "other")
    import_json(filled)
    assert export_json() == filled
    (item,) = plan_import(read_invitation_file(ICS / "outlook-exchange-update.ics", "UTC"), [])
    assert item.action.value == "skip" and str(item.reason) == "it is already up to date"


def test_a_version_1_file_is_still_read(small: str) -> None:
    doc = json.loads(small)
    doc["version"] = 1  # rewritten in version 1's shape: no invitation, debrief, questions, referrals
    for interview in doc["interviews"]:
        for key in ("invitation", "debrief", "open_questions", "referrals"):
            interview.pop(key)
        interview["notes"] = ""
        interview["interviewers"] = [link["person"] for link in interview["interviewers"]]
        for f in interview["follow_ups"]:
            f.pop("alert_at")
            f.pop("referral")
            f["referral_key"] = None
    interviews, _ = import_json(json.dumps(doc))
    assert interviews == len(doc["interviews"])
    assert CalendarLink.select().count() == 0


@pytest.mark.parametrize(
    ("invitation", "message"),
    [
        ("abc", "must be an object or null"),
        ({"uid": "x"}, "“sequence” is missing"),
        ({"uid": "", "sequence": 0}, "empty or used twice"),
        ({"uid": "x", "sequence": -1}, "negative"),
        ({"uid": "x", "sequence": "1"}, "wrong type"),
    ],
)
def test_a_bad_invitation_field_is_refused(small: str, invitation: object, message: str) -> None:
    doc = json.loads(small)
    doc["interviews"][0]["invitation"] = invitation
    with pytest.raises(ImportFormatError, match=message):
        parse_import(json.dumps(doc))


def test_the_file_decides_which_interview_holds_an_invitation(small: str) -> None:
    doc = json.loads(small)
    doc["interviews"][0]["invitation"] = {"uid": "invite-1@example.com", "sequence": 3}
    import_json(json.dumps(doc))
    doc["interviews"][0]["invitation"] = None
    doc["interviews"][1]["invitation"] = {"uid": "invite-1@example.com", "sequence": 4}
    import_json(json.dumps(doc))
    (link,) = CalendarLink.select()
    assert (link.interview.uid, link.sequence) == (doc["interviews"][1]["id"], 4)


# ------------------------------------------------------------------ version 3: thank-you e-mail and card drafts

MAIL_BODY = "Dear Zoë,\n<b>Thanks</b> & <script>alert('x')</script>\r\n\tשלום 👩🏽‍💻 \u202eRTL\u202c\n"
SENT_AT = datetime(2026, 3, 6, 18, 30, tzinfo=UTC)


def add_mail_and_cards(interview_id: int) -> tuple[int, int]:
    """A draft and a sent message for one interviewer, a manual send and a printed card for the other."""
    zoe, li = (p.id for p in load_interview(interview_id).interviewers)
    assert zoe is not None and li is not None
    save_draft(interview_id, li, "Re: <Round 2> & next", MAIL_BODY, NOW)
    record_sent(interview_id, zoe, SentMessage(zoe, SENT_AT, "<abc.123@example.com>", "Zoë <zoe@example.com>",
                                               "Thank you — Café", MAIL_BODY, "smtp"))
    record_sent(interview_id, li, SentMessage(li, SENT_AT, "", "li@example.cn", "谢谢", "Sent from my phone", "manual"))
    for person in (zoe, li):
        draft = ensure_card_draft(interview_id, person, NOW)
        draft.layout = CardLayout("iso_a6", Orientation.LANDSCAPE, Panel.LOWER, False, 20.5)
        draft.envelope = "C6 <envelope> & co"
        save_card_layout(draft, NOW)
    save_card_text(interview_id, zoe, MAIL_BODY, NOW)
    mark_printed([(interview_id, zoe)], datetime(2026, 3, 7, 8, 0, tzinfo=UTC))
    return zoe, li


@pytest.fixture
def with_mail(make_interview: MakeInterview) -> str:
    """An unusual interview with e-mail drafts, sent mail, card drafts and a printed card; returns its export."""
    save_account(MailAccount(host="smtp.example.com", user="me@example.com", sender="me@example.com"))
    save_templates([EmailTemplate("Mine <b>", "Thanks, $first_name", "Hi $first_name,\n★ $talking_point")])
    add_mail_and_cards(add_unusual_interview(make_interview))
    generate_demo(3, seed=5, now=NOW)
    return export_json()


def mail_counts() -> tuple[int, int, int]:
    return EmailDraft.select().count(), SentEmail.select().count(), CardDraftRow.select().count()


def test_v3_round_trip_with_mail_and_cards_is_byte_identical(with_mail: str, tmp_path: Path) -> None:
    doc = json.loads(with_mail)
    assert (len(doc["email_drafts"]), len(doc["sent_emails"]), len(doc["card_drafts"])) == (1, 2, 2)
    printed = [f["printed_at"] for i in doc["interviews"] for f in i["follow_ups"] if f["printed_at"]]
    assert printed == ["2026-03-07T08:00:00+00:00"]

    switch_to_new_database(tmp_path / "other")
    import_json(with_mail)

    assert export_json() == with_mail
    assert mail_counts() == (1, 2, 2)
    (row,) = Interview.select().where(Interview.timezone == "Asia/Kathmandu")
    zoe, li = (p.id for p in load_interview(row.id).interviewers)
    assert zoe is not None and li is not None
    draft = load_draft(row.id, li)
    assert draft is not None and (draft.subject, draft.body) == ("Re: <Round 2> & next", MAIL_BODY)
    assert sorted((m.person_id == zoe, m.message_id, m.how, m.body, m.sent_at) for m in sent_messages(row.id)) == [
        (False, "", "manual", "Sent from my phone", SENT_AT),
        (True, "<abc.123@example.com>", "smtp", MAIL_BODY, SENT_AT),
    ]
    card = load_card_draft(row.id, zoe)
    assert card is not None and card.text == MAIL_BODY and card.envelope == "C6 <envelope> & co"
    assert card.layout == CardLayout("iso_a6", Orientation.LANDSCAPE, Panel.LOWER, False, 20.5)
    assert printed_at(row.id, zoe) == datetime(2026, 3, 7, 8, 0, tzinfo=UTC) and printed_at(row.id, li) is None
    assert thank_you_done(row.id, zoe)  # the step ticked by sending stays ticked


def test_v3_bodies_are_written_literally(with_mail: str) -> None:
    assert "<script>alert('x')</script>" in with_mail and "👩🏽‍💻" in with_mail and "&amp;" not in with_mail
    (sent,) = [m for m in json.loads(with_mail)["sent_emails"] if m["how"] == "smtp"]
    assert sent["body"] == MAIL_BODY and sent["recipients"] == "Zoë <zoe@example.com>"


def test_mail_settings_are_exported_but_never_a_password(with_mail: str) -> None:
    settings = json.loads(with_mail)["settings"]
    assert settings["mail_account"]["host"] == "smtp.example.com"
    assert settings["email_templates"][0]["name"] == "Mine <b>"
    assert "password" not in with_mail.lower()


def test_v3_importing_twice_adds_no_drafts_or_sent_mail(with_mail: str) -> None:
    import_json(with_mail)
    import_json(with_mail)
    assert mail_counts() == (1, 2, 2)
    assert export_json() == with_mail


def test_v3_import_updates_the_draft_of_the_same_interview_and_person(with_mail: str) -> None:
    doc = json.loads(with_mail)
    doc["email_drafts"][0]["body"] = "Edited elsewhere"
    doc["card_drafts"][0]["line_spacing"] = 30
    import_json(json.dumps(doc))
    assert mail_counts() == (1, 2, 2)
    assert EmailDraft.get().body == "Edited elsewhere"
    assert json.loads(export_json())["card_drafts"][0]["line_spacing"] == 30.0


def test_a_version_2_file_still_imports_and_keeps_the_printed_tick(with_mail: str, tmp_path: Path) -> None:
    doc = json.loads(with_mail)
    doc["version"] = 2
    for key in ("email_drafts", "sent_emails", "card_drafts"):
        del doc[key]
    for interview in doc["interviews"]:
        for f in interview["follow_ups"]:
            del f["printed_at"]
    import_json(json.dumps(doc))  # over the data it came from: the stored drafts, mail and tick stay
    assert export_json() == with_mail

    switch_to_new_database(tmp_path / "other")
    interviews, _ = import_json(json.dumps(doc))
    assert interviews == len(doc["interviews"]) and mail_counts() == (0, 0, 0)
    exported = json.loads(export_json())
    assert exported["version"] == FORMAT_VERSION and exported["email_drafts"] == []


def break_mail(key: str, field: str, value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        interview, person = doc["interviews"][LAST]["id"], doc["interviews"][LAST]["interviewers"][0]["person"]
        record = {
            "email_drafts": {"interview": interview, "person": person, "subject": "Hi", "body": "Thanks",
                             "updated_at": "2026-03-04T12:00:00+00:00"},
            "sent_emails": {"interview": interview, "person": person, "sent_at": "2026-03-04T12:00:00+00:00",
                            "message_id": "<m@x>", "recipients": "a@example.com", "subject": "Hi", "body": "Thanks",
                            "how": "smtp"},
            "card_drafts": {"interview": interview, "person": person, "body": "Thanks", "size": "a2",
                            "orientation": "portrait", "panel": "whole", "guides": True, "line_spacing": 24.0,
                            "envelope": "", "updated_at": "2026-03-04T12:00:00+00:00"},
        }[key]
        doc[key] = [record]
        if field == "(twice)":
            doc[key].append(dict(record))
        elif value is ...:
            del record[field]
        else:
            record[field] = value

    return mutate


BAD_MAIL: dict[str, tuple[Mutation, str]] = {
    "draft for an unknown interview": (break_mail("email_drafts", "interview", "no-such-interview"),
                                       "'no-such-interview' is not in “interviews”"),
    "draft for an unknown person": (break_mail("email_drafts", "person", "ghost"), "'ghost' is not in “people”"),
    "draft without a person": (break_mail("email_drafts", "person", None), "“person” has the wrong type"),
    "draft body as a number": (break_mail("email_drafts", "body", 42), "“body” has the wrong type"),
    "huge draft body": (break_mail("email_drafts", "body", "x" * 5_000_001), "too long"),
    "draft without updated_at": (break_mail("email_drafts", "updated_at", ...), "“updated_at” is missing"),
    "two drafts for one person": (break_mail("email_drafts", "(twice)", None), "second draft"),
    "sent for an unknown interview": (break_mail("sent_emails", "interview", "gone"), "'gone' is not in “interviews”"),
    "sent to an unknown person": (break_mail("sent_emails", "person", "ghost"), "'ghost' is not in “people”"),
    "sent at a naive time": (break_mail("sent_emails", "sent_at", "2026-03-04T12:00:00"), "UTC offset"),
    "sent how unknown": (break_mail("sent_emails", "how", "pigeon"), "pigeon"),
    "sent twice in one file": (break_mail("sent_emails", "(twice)", None), "listed twice"),
    "card for an unknown interview": (break_mail("card_drafts", "interview", "gone"), "'gone' is not in “interviews”"),
    "card of unknown size": (break_mail("card_drafts", "size", "poster"), "poster"),
    "card panel unknown": (break_mail("card_drafts", "panel", "middle"), "middle"),
    "card guides as text": (break_mail("card_drafts", "guides", "yes"), "“guides” has the wrong type"),
    "card line spacing as bool": (break_mail("card_drafts", "line_spacing", True), "wrong type"),
    "card line spacing absurd": (break_mail("card_drafts", "line_spacing", 1e9), "points"),
    "printed_at not a date": (set_path("interviews", LAST, "follow_ups", 0, "printed_at", value="today"), "ISO"),
    "drafts not a list": (set_path("email_drafts", value={}), "email_drafts"),
    "v3 without card_drafts": (delete_path("card_drafts"), "“card_drafts” is missing"),
}


@pytest.mark.parametrize("case", sorted(BAD_MAIL))
def test_a_bad_v3_record_is_refused_and_nothing_is_written(small: str, case: str) -> None:
    mutate, expected = BAD_MAIL[case]
    doc = json.loads(small)
    doc["people"].append({"id": "new-person", "name": "New", "title": "", "email": "", "postal_address": ""})
    doc["interviews"][0]["id"] = "new-interview"  # a half-done import would already have written these
    doc["settings"] = {"plan_rules": {"email_due_minutes": 90}}
    mutate(doc)

    with pytest.raises(ImportFormatError) as caught:
        import_json(json.dumps(doc, ensure_ascii=False))

    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)
    assert export_json() == small and mail_counts() == (0, 0, 0)
    assert load_rules() == PlanRules()
