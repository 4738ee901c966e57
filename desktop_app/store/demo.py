"""`finish-strong demo`: realistic sample data for trying the app and for benchmarks.

Interviews are spread over the past and coming months, with interviewers reused
across rounds, notes, and follow-ups in every state (done, overdue, open). Rows are
written with bulk inserts in one transaction so 10,000 interviews take seconds.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from ..domain.model import ROUND_SUGGESTIONS, Status
from ..domain.plan import build_plan
from .database import db_proxy
from .interviews import new_uid
from .models import FollowUp, Interview, InterviewPerson, Person
from .settings_store import load_rules

COMPANIES = [
    "Northwind Analytics", "Blue Heron Health", "Keystone Robotics", "Lumen & Co.", "Tidewater Energy",
    "Orchard Labs", "Granite Insurance", "Paper Crane Studio", "Helix Biotech", "Atlas Freight",
    "Juniper Schools", "Café Météo", "Meridian Bank", "Sable Security", "Quarry Games",
]
ROLES = [
    "Product Manager", "Senior Software Engineer", "Data Analyst", "UX Designer", "Account Executive",
    "Operations Lead", "Marketing Manager", "Site Reliability Engineer", "Financial Analyst", "Nurse Manager",
]
FIRST = ["Dana", "Lee", "Priya", "Mateo", "Aiko", "Sam", "Fatima", "Jonas", "Grace", "Omar", "Zoë", "Chen"]
LAST = ["Reyes", "Okafor", "Nakamura", "Schmidt", "Haddad", "Kowalski", "Silva", "O'Brien", "Müller", "Park"]
TITLES = ["Hiring Manager", "Recruiter", "Staff Engineer", "Director of Product", "Team Lead", "VP Operations"]
ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Berlin"]
NOTES = [
    "Talked about their migration to the new platform; they are hiring two more people this quarter.",
    "Interviewer runs marathons and mentioned the company's charity 10k in spring.",
    "Open question: how the on-call rotation works. Follow up with the team lead.",
    "Recent project: a redesign of the customer portal, launched last month.",
    "They attend the regional industry conference in March; suggested I join the professional association.",
]
BATCH = 500


def generate_demo(count: int, seed: int = 7, now: datetime | None = None) -> int:
    """Add `count` sample interviews; returns how many were added."""
    rng = random.Random(seed)
    now = (now or datetime.now(UTC)).replace(minute=0, second=0, microsecond=0)
    rules = load_rules()
    with db_proxy.atomic():
        people = [
            {
                "uid": new_uid(),
                "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                "title": rng.choice(TITLES),
                "email": f"person{n}@example.com",
                "postal_address": f"{rng.randint(1, 999)} Main Street\nSpringfield, IL 6270{n % 10}",
            }
            for n in range(max(3, count // 3))
        ]
        for chunk in _chunks(people):
            Person.insert_many(chunk).execute()
        person_ids = [pid for (pid,) in Person.select(Person.id).order_by(Person.id.desc())
                      .limit(len(people)).tuples()]
        span_days = max(60, count // 2)  # a few interviews a week, as in a real search
        interviews, links, follow_ups = [], [], []
        first_id = (Interview.select(Interview.id).order_by(Interview.id.desc()).scalar() or 0) + 1
        for n in range(count):
            zone = rng.choice(ZONES)
            day = now + timedelta(days=rng.randint(-span_days, span_days // 2))
            local = day.astimezone(ZoneInfo(zone)).replace(hour=rng.randint(8, 16), minute=rng.choice([0, 30]))
            start = local.astimezone(UTC)
            end = start + timedelta(minutes=rng.choice([30, 45, 60, 90]))
            interview_id = first_id + n
            past = end < now
            status = rng.choice([Status.DONE, Status.DONE, Status.OFFER, Status.REJECTED]) if past else (
                Status.SCHEDULED)
            interviews.append({
                "id": interview_id, "uid": new_uid(), "company": rng.choice(COMPANIES),
                "role": rng.choice(ROLES), "round": rng.choice(ROUND_SUGGESTIONS), "start_at": start,
                "end_at": end, "timezone": zone, "status": status.value,
                "location": rng.choice(["Video call", "HQ, 4th floor", "https://meet.example.com/abc-defg"]),
                "notes": "\n".join(rng.sample(NOTES, 2)) if past else "",
            })
            chosen = rng.sample(person_ids, rng.randint(1, 3))
            links += [{"interview": interview_id, "person": p, "position": i} for i, p in enumerate(chosen)]
            for planned in build_plan(end, zone, chosen, rules=rules):
                done = planned.due_at < now and rng.random() < 0.7
                follow_ups.append({
                    "uid": new_uid(), "interview": interview_id, "step": planned.step.value,
                    "person": planned.person_key, "referral_key": None, "due_at": planned.due_at,
                    "remind_at": planned.remind_at,
                    "done_at": planned.due_at - timedelta(minutes=rng.randint(5, 120)) if done else None,
                })
        for rows, model in ((interviews, Interview), (links, InterviewPerson), (follow_ups, FollowUp)):
            for chunk in _chunks(rows):
                model.insert_many(chunk).execute()
    return count


def _chunks(rows: list[dict[str, object]]) -> list[list[dict[str, object]]]:
    return [rows[i : i + BATCH] for i in range(0, len(rows), BATCH)]
