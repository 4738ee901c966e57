"""Full-text search over companies, people and every note (SQLite FTS5).

Each interview has a few *sources* — its own fields, each debrief section, each
interviewer (with what was said and their personal notes), its open questions and its
referrals — and each source is one FTS5 row whose rowid comes from `search_source`, so
an autosave re-indexes exactly one row without scanning the index.

Recency: a rebuild numbers the rows in the order of the interviews' dates, and rows written
later (a new interview, a section filled in for the first time) get higher numbers still, so
the highest rowids are the most recent interviews. A query is answered from its newest
matches first (`ORDER BY rowid DESC LIMIT`, which FTS5 stops early, helped by prefix indexes
for one to three letters) and only that bounded set is ranked: typing "t" into 100,000
interviews costs what 200 matches cost, and says it shows only the most recent ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from ..domain.debrief import SECTION_KEYS, SECTION_TITLES
from .database import db_proxy
from .models import (
    Debrief,
    Interview,
    InterviewPerson,
    OpenQuestion,
    Person,
    Referral,
    SearchSource,
    Setting,
)

SEARCH_INDEX_VERSION = 2  # 2: rowids in date order (recency), prefix indexes (schema v10)
HIT_START, HIT_END = "\x01", "\x02"  # snippet markers: never in typed text, escaped by the UI
MAX_RESULTS = 200


@dataclass(frozen=True)
class SearchHit:
    interview_id: int
    source: str  # "interview", a debrief section key, "person:<id>", "questions", "referrals"
    snippet: str  # with HIT_START / HIT_END around each match


def _collect_texts(interview_ids: list[int] | None = None) -> dict[int, dict[str, str]]:
    """What each source of each interview holds now, in a handful of bulk queries.

    `None` means every interview (a rebuild); otherwise only the given ones.
    """

    def only(query, column):  # type: ignore[no-untyped-def]
        return query if interview_ids is None else query.where(column.in_(interview_ids))

    texts: dict[int, dict[str, str]] = {}
    for iid, company, role, round_, location in only(
        Interview.select(Interview.id, Interview.company, Interview.role, Interview.round, Interview.location)
        .order_by(Interview.start_at, Interview.id),  # a rebuild numbers rows oldest first: rowid = recency
        Interview.id,
    ).tuples():
        texts[iid] = {"interview": "\n".join(p for p in (company, role, round_, location) if p)}
    for row in only(Debrief.select(), Debrief.interview):
        if row.interview_id in texts:
            texts[row.interview_id].update({key: getattr(row, key) for key in SECTION_KEYS})
    people = only(
        Person.select(Person, InterviewPerson.interview, InterviewPerson.talked_about).join(InterviewPerson),
        InterviewPerson.interview,
    ).objects()
    for p in people:
        parts = (p.name, p.title, p.email, p.talked_about, p.personal_notes)
        texts.get(p.interview, {})[f"person:{p.id}"] = "\n".join(x for x in parts if x)
    questions = only(OpenQuestion.select().order_by(OpenQuestion.position), OpenQuestion.interview)
    grouped: dict[int, list[str]] = {}
    for q in questions:
        grouped.setdefault(q.interview_id, []).append(f"{q.question}\n{q.answer}".strip())
    for iid, lines in grouped.items():
        texts.get(iid, {})["questions"] = "\n".join(lines)
    grouped = {}
    for r in only(Referral.select().order_by(Referral.position), Referral.interview):
        grouped.setdefault(r.interview_id, []).append(
            " ".join(p for p in (r.name, r.organization, r.contact, r.why, r.outcome) if p))
    for iid, lines in grouped.items():
        texts.get(iid, {})["referrals"] = "\n".join(lines)
    return texts


def index_source(interview_id: int, source: str, text: str) -> None:
    """(Re-)index one source of one interview; empty text removes it."""
    with db_proxy.atomic():
        row = SearchSource.get_or_none(SearchSource.interview == interview_id, SearchSource.source == source)
        if row is not None:
            db_proxy.execute_sql("DELETE FROM search_index WHERE rowid = ?", (row.id,))
            if not text.strip():
                row.delete_instance()
                return
        elif not text.strip():
            return
        else:
            row = SearchSource.create(interview=interview_id, source=source)
        db_proxy.execute_sql("INSERT INTO search_index (rowid, body) VALUES (?, ?)", (row.id, text))


def reindex_interview(interview_id: int) -> None:
    with db_proxy.atomic():
        texts = _collect_texts([interview_id]).get(interview_id, {})
        stale = SearchSource.select().where(
            SearchSource.interview == interview_id, SearchSource.source.not_in(list(texts) or [""])
        )
        for row in stale:
            db_proxy.execute_sql("DELETE FROM search_index WHERE rowid = ?", (row.id,))
            row.delete_instance()
        for source, text in texts.items():
            index_source(interview_id, source, text)


def reindex_person(person_id: int) -> None:
    """A person's details show in every interview they were on."""
    for (interview_id,) in InterviewPerson.select(InterviewPerson.interview).where(
        InterviewPerson.person == person_id
    ).tuples():
        reindex_interview(interview_id)


def forget_interviews(interview_ids: list[int]) -> None:
    """Drop index rows of interviews about to be deleted (FTS rows do not cascade)."""
    for chunk_start in range(0, len(interview_ids), 500):
        chunk = interview_ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        db_proxy.execute_sql(
            f"DELETE FROM search_index WHERE rowid IN "  # only "?" placeholders are formatted in
            f"(SELECT id FROM search_source WHERE interview_id IN ({marks}))",
            chunk,
        )


REBUILD_CHUNK = 500  # interviews whose texts are collected and indexed at a time


def rebuild_index() -> None:
    """Index everything afresh, REBUILD_CHUNK interviews at a time (bounded memory, linear time).

    Rows are numbered in the order of the interviews' dates, oldest first, so the highest
    rowids are the most recent interviews (see `search_page`)."""
    with db_proxy.atomic():
        db_proxy.execute_sql("DELETE FROM search_index")
        db_proxy.execute_sql("DELETE FROM search_source")
        connection = db_proxy.connection()
        ids = [i for (i,) in Interview.select(Interview.id).order_by(Interview.start_at, Interview.id).tuples()]
        next_id = 1
        for start in range(0, len(ids), REBUILD_CHUNK):
            chunk = ids[start : start + REBUILD_CHUNK]
            texts = _collect_texts(chunk)
            rows = [(iid, source, text) for iid in chunk for source, text in texts.get(iid, {}).items() if text.strip()]
            connection.executemany(
                "INSERT INTO search_source (id, interview_id, source) VALUES (?, ?, ?)",
                ((next_id + n, iid, source) for n, (iid, source, _) in enumerate(rows)),
            )
            connection.executemany(
                "INSERT INTO search_index (rowid, body) VALUES (?, ?)",
                ((next_id + n, text) for n, (_, _, text) in enumerate(rows)),
            )
            next_id += len(rows)
        # Merge the many segments a bulk load leaves into one now; otherwise FTS5 merges
        # them bit by bit during later writes, and the first autosaves stall for ~40 ms.
        db_proxy.execute_sql("INSERT INTO search_index (search_index) VALUES ('optimize')")
        Setting.insert(key="search_index_version", value=str(SEARCH_INDEX_VERSION)).on_conflict_replace().execute()


def ensure_index() -> None:
    """Build the index if this file's was made by an older indexer (or never)."""
    row = Setting.get_or_none(Setting.key == "search_index_version")
    if row is None or row.value != str(SEARCH_INDEX_VERSION):
        rebuild_index()


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """The user's words as an FTS5 query: every word must match, the last as a prefix.

    Quotes, operators and markup in the input are data, never query syntax.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " AND ".join(quoted)


def search(text: str, limit: int = MAX_RESULTS) -> list[SearchHit]:
    """Matches, best first (FTS5 rank), from interviews that are not deleted."""
    return search_page(text, limit)[0]


def search_page(text: str, limit: int = MAX_RESULTS) -> tuple[list[SearchHit], bool]:
    """The `limit` most recent matches, best first, and whether there were more.

    Two bounded queries: the newest `limit + 1` matching rowids (FTS5 walks the doclist
    backwards and stops), then the snippets of just those (`rowid >= ` the oldest kept).
    When nothing was left out, that is every match, ranked best first (FTS5 rank) as before.
    When more matched, the newest come first: FTS5's bm25 rank weighs a word by how many
    rows hold it, which it counts over the whole index — for "t" that is most of it.
    """
    query = fts_query(text)
    if query is None or limit <= 0:
        return [], False
    newest = [
        rowid for (rowid,) in db_proxy.execute_sql(
            "SELECT search_index.rowid FROM search_index JOIN search_source AS s ON s.id = search_index.rowid "
            "JOIN interview AS i ON i.id = s.interview_id "
            "WHERE search_index MATCH ? AND i.deleted_at IS NULL ORDER BY search_index.rowid DESC LIMIT ?",
            (query, limit + 1),
        ).fetchall()
    ]
    if not newest:
        return [], False
    truncated = len(newest) > limit
    oldest_kept = newest[min(limit, len(newest)) - 1]
    cursor = db_proxy.execute_sql(
        "SELECT s.interview_id, s.source, snippet(search_index, 0, ?, ?, '…', 12) "
        "FROM search_index JOIN search_source AS s ON s.id = search_index.rowid "
        "JOIN interview AS i ON i.id = s.interview_id "
        "WHERE search_index MATCH ? AND search_index.rowid >= ? AND i.deleted_at IS NULL "
        + ("ORDER BY search_index.rowid DESC" if truncated else "ORDER BY rank") + " LIMIT ?",
        (HIT_START, HIT_END, query, oldest_kept, limit),
    )
    return [SearchHit(iid, source, snippet) for iid, source, snippet in cursor.fetchall()], truncated


@dataclass(frozen=True)
class HitGroup:
    """The results of one interview, with what the UI needs for its heading."""

    interview_id: int
    company: str
    role: str
    start: datetime
    hits: list[SearchHit]
    #: The names of the people whose hits are in this group ("person:<id>" sources), keyed by id.
    people: dict[int, str] = field(default_factory=dict)
    uid: str = ""  # the interview's stable id (docs/INTERCHANGE.md), for `finish-strong search --json`


@dataclass(frozen=True)
class SearchResults:
    """What the search panel and `finish-strong search` show: groups, best first."""

    text: str
    groups: list[HitGroup]
    #: More matched than `limit`: these are the `limit` most recent ("type more to narrow").
    truncated: bool
    limit: int

    @property
    def hit_count(self) -> int:
        return sum(len(g.hits) for g in self.groups)


def search_results(text: str, limit: int = MAX_RESULTS) -> SearchResults:
    """Search, then group by interview (best group first): three bounded queries."""
    hits, truncated = search_page(text, limit)
    return SearchResults(text, _grouped(hits), truncated, limit)


def search_grouped(text: str, limit: int = MAX_RESULTS) -> list[HitGroup]:
    """Search, then group by interview (best group first)."""
    return _grouped(search(text, limit))


def _grouped(hits: list[SearchHit]) -> list[HitGroup]:
    order: dict[int, list[SearchHit]] = {}
    for hit in hits:
        order.setdefault(hit.interview_id, []).append(hit)
    if not order:
        return []
    rows = {
        iid: (company, role, start, uid)
        for iid, company, role, start, uid in Interview.select(
            Interview.id, Interview.company, Interview.role, Interview.start_at, Interview.uid
        ).where(Interview.id.in_(list(order))).tuples()
    }
    person_ids = {int(h.source.split(":", 1)[1]) for h in hits if h.source.startswith("person:")}
    names = dict(Person.select(Person.id, Person.name).where(Person.id.in_(list(person_ids))).tuples()) \
        if person_ids else {}
    return [HitGroup(iid, *rows[iid][:3], hits=group, uid=rows[iid][3],
                     people={pid: names[pid] for h in group if h.source.startswith("person:")
                             for pid in [int(h.source.split(":", 1)[1])] if pid in names})
            for iid, group in order.items() if iid in rows]


def source_title(source: str) -> str:
    """Where in the interview a hit is (plain English; the window translates its own copy)."""
    if source == "interview":
        return "Interview"
    if source.startswith("person:"):
        return "Interviewer"
    if source == "questions":
        return "Open questions"
    if source == "referrals":
        return "Referrals"
    return SECTION_TITLES.get(source, source)
