"""Guessing company, role, round, link and interviewers from invitations as people write them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.domain.invitation import InvitationEvent, Invitee, draft_interview, interviewers
from desktop_app.domain.invitation_guess import (
    company_from_email,
    find_video_link,
    guess_company_role,
    interview_location,
    name_from_email,
)
from desktop_app.domain.validation import parse_address_list


@pytest.mark.parametrize(
    ("summary", "emails", "company", "role"),
    [
        ("Interview: Product Manager – Northwind", ["dana@northwind.example"], "Northwind", "Product Manager"),
        ("Interview: Product Manager – Northwind Analytics", ["dana@northwind.example"],
         "Northwind Analytics", "Product Manager"),
        ("Northwind Analytics - Senior Data Engineer interview", [], "Northwind Analytics", "Senior Data Engineer"),
        ("Contoso Robotics | Firmware Engineer | Technical interview", [], "Contoso Robotics", "Firmware Engineer"),
        ("Phone screen with Initech for QA Analyst", ["talent@greenhouse.io"], "Initech", "QA Analyst"),
        ("UX Designer at Tailspin Toys", ["lena@gmail.com"], "Tailspin Toys", "UX Designer"),
        ("Product Manager interview with Northwind", [], "Northwind", "Product Manager"),
        ("Wingtip Toys — Marketing Analyst (Final round)", [], "Wingtip Toys", "Marketing Analyst"),
        ("Canceled: Interview: Product Manager – Northwind", [], "Northwind", "Product Manager"),
        # The title names only the role: the organizer's domain names the company.
        ("Senior Data Engineer", ["jordan@careers.fabrikam.co.uk"], "Fabrikam", "Senior Data Engineer"),
        # A recruiting agency organizes: the title's company beats the agency's domain.
        ("Interview: Product Manager – Northwind", ["amy@hays-recruiting.example"], "Northwind", "Product Manager"),
    ],
)
def test_company_and_role_from_the_title(summary: str, emails: list[str], company: str, role: str) -> None:
    guess = guess_company_role(summary, emails)
    assert (guess.company, guess.role) == (company, role)


def test_a_person_in_the_title_is_not_taken_for_the_company() -> None:
    guess = guess_company_role("Interview with Jordan Lee", ["jordan.lee@contoso.example"], ["Jordan Lee"])
    assert (guess.company, guess.role) == ("Contoso", "")


def test_scheduling_tool_titles_name_the_company_by_the_organizers_domain() -> None:
    guess = guess_company_role("30 Minute Meeting between Jordan Candidate and Hooli",
                               ["gavin@hooli.example", "jordan.candidate@gmail.com"], ["Gavin Belson"])
    assert (guess.company, guess.role) == ("Hooli", "")
    guess = guess_company_role("45 min Interview between Jordan Candidate and Hooli: Data Analyst",
                               ["recruiting@hooli.example"], ["Jordan Candidate"])
    assert (guess.company, guess.role) == ("Hooli", "Data Analyst")


@pytest.mark.parametrize(
    ("summary", "company", "role", "round_"),
    [
        ("Initech assessment day", "Initech", "", "Assessment day"),
        ("Assessment Day – Initech – Graduate Analyst", "Initech", "Graduate Analyst", "Assessment day"),
        ("Hooli Superday", "Hooli", "", "Superday"),
        ("Interview day at Hooli", "Hooli", "", ""),
    ],
)
def test_event_names_are_kept_whole(summary: str, company: str, role: str, round_: str) -> None:
    guess = guess_company_role(summary, [])
    assert (guess.company, guess.role, guess.round) == (company, role, round_)


def test_the_round_is_recognised() -> None:
    assert guess_company_role("Initech phone screen").round == "Phone screen"
    assert guess_company_role("Onsite interview – Litware").round == "On-site"
    assert guess_company_role("Interview: Engineer – Litware").round == ""


def test_a_title_with_nothing_recognisable_is_kept_as_the_company() -> None:
    assert guess_company_role("Annual Employee Review").company == "Annual Employee Review"


@pytest.mark.parametrize(
    ("email", "company"),
    [
        ("dana@northwind.example", "Northwind"),
        ("dana@mail.northwind-analytics.com", "Northwind Analytics"),
        ("jordan@careers.fabrikam.co.uk", "Fabrikam"),
        ("alex@gmail.com", ""),
        ("no-reply@zoom.us", ""),
        ("scheduling@us.greenhouse.io", ""),
        ("not an address", ""),
    ],
)
def test_company_from_the_email_domain(email: str, company: str) -> None:
    assert company_from_email(email) == company


def test_names_from_addresses_without_a_name() -> None:
    assert name_from_email("jordan.lee@contoso.example") == "Jordan Lee"
    assert name_from_email("priya_raman+jobs@x.example") == "Priya Raman Jobs"


def test_video_links_from_the_places_producers_put_them() -> None:
    zoom = "https://us02web.zoom.us/j/85512345678?pwd=QWxl"
    teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2Q%40thread.v2/0?context=%7b%7d"
    assert find_video_link(f"Join Zoom Meeting\n{zoom}.\nMeeting ID: 855") == zoom
    assert find_video_link(f"Click here to join the meeting<{teams}>") == teams
    assert find_video_link("See https://careers.northwind.example/jobs/12", "https://meet.google.com/abc-defg-hij") \
        == "https://meet.google.com/abc-defg-hij"
    assert find_video_link("Northwind HQ, 1 Harbor Way", "") == ""


def test_the_location_line_combines_place_and_link() -> None:
    link = "https://meet.google.com/abc-defg-hij"
    assert interview_location("Microsoft Teams Meeting", link) == link
    assert interview_location("", link) == link
    assert interview_location("Wingtip Toys\n350 Fifth Avenue", "") == "Wingtip Toys, 350 Fifth Avenue"
    assert interview_location("Room 4", link) == f"Room 4 — {link}"


def event(**fields: object) -> InvitationEvent:
    start = datetime(2026, 11, 30, 17, tzinfo=UTC)
    values: dict[str, object] = {"uid": "u1", "start": start, "end": start + timedelta(hours=1),
                                 "timezone": "America/New_York"}
    values.update(fields)
    return InvitationEvent(**values)  # type: ignore[arg-type]


def test_attendees_other_than_me_become_interviewers_once_each() -> None:
    e = event(attendees=[
        Invitee("Dana Reyes", "dana@northwind.example"),
        Invitee("alex@candidate.example", "alex@candidate.example"),
        Invitee("DANA REYES", "Dana@Northwind.example"),  # the same person again
        Invitee("sam.okafor@northwind.example", "sam.okafor@northwind.example"),  # CN is the address
        Invitee("Front desk", ""),
        Invitee("", "not-an-address"),
    ])
    people = interviewers(e, ["Alex@Candidate.example"])
    assert [(p.name, p.email) for p in people] == [
        ("Dana Reyes", "dana@northwind.example"),
        ("Sam Okafor", "sam.okafor@northwind.example"),
        ("Front desk", ""),
    ]


def test_draft_interview_uses_every_guess() -> None:
    e = event(summary="Interview: Product Manager – Northwind Analytics",
              organizer=Invitee("Dana Reyes", "dana@northwind.example"),
              attendees=[Invitee("Dana Reyes", "dana@northwind.example")],
              links=("https://meet.google.com/xkp-qwer-tzu",))
    draft = draft_interview(e, [])
    assert (draft.company, draft.role, draft.location) == (
        "Northwind Analytics", "Product Manager", "https://meet.google.com/xkp-qwer-tzu")
    assert (draft.start, draft.end, draft.timezone) == (e.start, e.end, "America/New_York")
    assert [p.name for p in draft.interviewers] == ["Dana Reyes"]


def test_my_addresses_are_parsed_from_what_the_user_typed() -> None:
    valid, invalid = parse_address_list("alex@candidate.example, ALEX@candidate.example\nmailto:a.c@gmail.com; oops")
    assert valid == ["alex@candidate.example", "a.c@gmail.com"]
    assert invalid == ["oops"]
