"""`finish-strong demo`: realistic sample data for trying the app and for benchmarks.

Interviews are spread over the past and coming months, with interviewers reused
across rounds, debriefs with talking points, open questions, referrals, and follow-ups
in every state (done, overdue, open). Rows are
written with bulk inserts in one transaction so 10,000 interviews take seconds.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from ..domain.company_key import company_key
from ..domain.model import ROUND_SUGGESTIONS, Status
from ..domain.plan import build_plan
from .database import db_proxy
from .interviews import new_uid
from .models import Debrief, FollowUp, Interview, InterviewPerson, OpenQuestion, Person, Referral
from .search import rebuild_index
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
SECTION_SAMPLES = {
    "observations": ["Team seemed relaxed and collaborative.", "The hiring manager was pressed for time."],
    "discussed": ["★ Their migration to the new platform; two more hires this quarter.",
                  "Walked through my last project's launch metrics."],
    "recent_projects": ["★ Redesign of the customer portal, launched last month.", "A new office in Lisbon."],
    "organizations": ["Recommended joining the regional product association."],
    "industry_events": ["They sponsor the city's tech meet-up every month."],
    "conferences": ["★ Several of the team speak at the spring industry conference in March."],
    "company_meetings": ["Quarterly all-hands; next one is in two weeks."],
    "anything_else": ["Parking is behind the building.", "Bring a portfolio next round."],
}
TALKED_ABOUT = ["★ We both started in customer support.", "Asked how I handle conflicting priorities.",
                "★ Their mentoring programme for new hires."]
PERSONAL = ["Runs marathons; training for the city marathon.", "Pet peeve: meetings without an agenda.",
            "Shared interest: sourdough baking.", ""]
QUESTIONS = [("How does the on-call rotation work?", "I would ask to shadow a rotation first."),
             ("What does success look like at 90 days?", ""),
             ("Is the role open to hybrid work?", "Yes — two days in the office suits me.")]
REFERRALS = [("Sam Okafor", "Regional Product Association", "sam@rpa.example", "Runs the mentoring circle"),
             ("Aiko Park", "Lumen & Co.", "", "Hiring for a similar role"),
             ("", "Women in Tech Springfield", "https://wits.example/join", "Great network")]
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
                "personal_notes": rng.choice(PERSONAL),
            }
            for n in range(max(3, count // 3))
        ]
        for chunk in _chunks(people):
            Person.insert_many(chunk).execute()
        person_ids = [pid for (pid,) in Person.select(Person.id).order_by(Person.id.desc())
                      .limit(len(people)).tuples()]
        span_days = max(60, count // 2)  # a few interviews a week, as in a real search
        interviews, links, follow_ups, debriefs, questions, referrals = [], [], [], [], [], []
        first_id = (Interview.select(Interview.id).order_by(Interview.id.desc()).scalar() or 0) + 1
        referral_id = (Referral.select(Referral.id).order_by(Referral.id.desc()).scalar() or 0) + 1
        for n in range(count):
            zone = rng.choice(ZONES)
            day = now + timedelta(days=rng.randint(-span_days, span_days // 2))
            while day.astimezone(ZoneInfo(zone)).weekday() >= 5:  # interviews happen on weekdays
                day += timedelta(days=1)
            local = day.astimezone(ZoneInfo(zone)).replace(hour=rng.randint(8, 16), minute=rng.choice([0, 30]))
            start = local.astimezone(UTC)
            end = start + timedelta(minutes=rng.choice([30, 45, 60, 90]))
            interview_id = first_id + n
            past = end < now
            status = rng.choice([Status.DONE, Status.DONE, Status.DONE, Status.OFFER, Status.REJECTED,
                                 Status.WITHDRAWN]) if past else rng.choice([Status.SCHEDULED] * 9 + [Status.WITHDRAWN])
            company = rng.choice(COMPANIES)
            interviews.append({
                "id": interview_id, "uid": new_uid(), "company": company, "company_key": company_key(company),
                "role": rng.choice(ROLES), "round": rng.choice(ROUND_SUGGESTIONS), "start_at": start,
                "end_at": end, "timezone": zone, "status": status.value,
                "location": rng.choice(["Video call", "HQ, 4th floor", "https://meet.example.com/abc-defg"]),
            })
            chosen = rng.sample(person_ids, rng.randint(1, 3))
            links += [
                {"interview": interview_id, "person": p, "position": i,
                 "talked_about": rng.choice(TALKED_ABOUT) if past else ""}
                for i, p in enumerate(chosen)
            ]
            keys: list[int] = []
            if past:
                debriefs.append({"interview": interview_id, **{
                    key: "\n".join(rng.sample(lines, rng.randint(1, len(lines))))
                    for key, lines in SECTION_SAMPLES.items()}})
                for position, (question, answer) in enumerate(rng.sample(QUESTIONS, rng.randint(0, 2))):
                    questions.append({"uid": new_uid(), "interview": interview_id, "position": position,
                                      "question": question, "answer": answer, "answered": bool(answer)})
                for position, (name, org, contact, why) in enumerate(rng.sample(REFERRALS, rng.randint(0, 2))):
                    referrals.append({"id": referral_id, "uid": new_uid(), "interview": interview_id,
                                      "position": position, "name": name, "organization": org,
                                      "contact": contact, "why": why, "suggested_by": chosen[0]})
                    keys.append(referral_id)
                    referral_id += 1
            for planned in build_plan(end, zone, chosen, keys, rules=rules):
                done = planned.due_at < now and rng.random() < 0.7
                follow_ups.append({
                    "uid": new_uid(), "interview": interview_id, "step": planned.step.value,
                    "person": planned.person_key, "referral_key": planned.referral_key, "due_at": planned.due_at,
                    "remind_at": planned.remind_at,
                    # Done some time between the interview's end and the deadline, as in real life.
                    "done_at": end + (planned.due_at - end) * rng.uniform(0.2, 0.95) if done else None,
                    # Past reminders of open steps were shown already; future ones are pending.
                    "alert_at": planned.remind_at if not done and planned.remind_at > now else None,
                })
        tables = ((interviews, Interview), (links, InterviewPerson), (debriefs, Debrief),
                  (questions, OpenQuestion), (referrals, Referral), (follow_ups, FollowUp))
        for rows, model in tables:
            for chunk in _chunks(rows):
                model.insert_many(chunk).execute()
        rebuild_index()
    return count


def _chunks(rows: list[dict[str, object]]) -> list[list[dict[str, object]]]:
    return [rows[i : i + BATCH] for i in range(0, len(rows), BATCH)]
