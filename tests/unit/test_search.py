"""Full-text search: every source is found, typed text is data, and the index follows every change."""

from __future__ import annotations

import pytest

from desktop_app.domain.debrief import SECTION_KEYS, OpenQuestion, Referral
from desktop_app.domain.model import Person
from desktop_app.store.debrief_store import (
    load_debrief,
    save_personal_notes,
    save_questions,
    save_referrals,
    save_section,
    save_talked_about,
    set_referral_outcome,
)
from desktop_app.store.interviews import (
    delete_interview,
    load_interview,
    purge_deleted,
    restore_interview,
    save_interview,
)
from desktop_app.store.models import Interview, Setting
from desktop_app.store.models import Person as PersonRow
from desktop_app.store.search import (
    HIT_END,
    HIT_START,
    SEARCH_INDEX_VERSION,
    ensure_index,
    fts_query,
    rebuild_index,
    reindex_person,
    search,
    search_grouped,
)

from .conftest import MakeInterview

pytestmark = pytest.mark.usefixtures("db")


def found(text: str) -> list[int]:
    """The interviews a search lists, in result order, each once."""
    return list(dict.fromkeys(h.interview_id for h in search(text)))


def index_rows() -> int:
    return int(Interview._meta.database.execute_sql("SELECT count(*) FROM search_index").fetchone()[0])


def source_rows() -> int:
    return int(Interview._meta.database.execute_sql("SELECT count(*) FROM search_source").fetchone()[0])


def index_content() -> list[tuple[int, str, str]]:
    cursor = Interview._meta.database.execute_sql(
        "SELECT s.interview_id, s.source, i.body FROM search_index AS i JOIN search_source AS s ON s.id = i.rowid"
    )
    return sorted(cursor.fetchall())


# ------------------------------------------------------------------ every source is searchable

#: A word only that field holds -> the source the hit must come from ("person" = "person:<id>").
SOURCES = {
    "zephyrine": "interview",  # company
    "cartographer": "interview",  # role
    "quartermaster": "interview",  # round
    "lighthouse": "interview",  # location
    **{f"{key.replace('_', '')}word": key for key in SECTION_KEYS},
    "ottoline": "person",  # name
    "archivist": "person",  # title
    "quillfeather": "person",  # e-mail
    "tegernsee": "person",  # talked about
    "bouldering": "person",  # personal notes
    "onboarding": "questions",  # question
    "shadowing": "questions",  # answer
    "ingrid": "referrals",  # name
    "lumenworks": "referrals",  # organization
    "ingridmail": "referrals",  # contact
    "mentorship": "referrals",  # why
    "espresso": "referrals",  # outcome
}


def full_interview(make_interview: MakeInterview) -> tuple[int, int]:
    """An interview with a distinct word in every field; returns (interview, person) ids."""
    interview_id = save_interview(make_interview(
        company="Zephyrine Systems", role="Cartographer", round="Quartermaster", location="Lighthouse Building",
        interviewers=[Person("Ottoline Vance", "Chief Archivist", "ottoline@quillfeather.example")],
    ))
    (person,) = load_interview(interview_id).interviewers
    assert person.id is not None
    for key in SECTION_KEYS:
        save_section(interview_id, key, f"Some notes with {key.replace('_', '')}word inside.")
    save_talked_about(interview_id, person.id, "★ We both ran around the Tegernsee")
    save_personal_notes(person.id, "Loves bouldering")
    save_questions(interview_id, [OpenQuestion("How does onboarding work?", "I'd suggest shadowing first")])
    (ingrid,) = save_referrals(interview_id, [Referral("Ingrid Holm", "Lumenworks", "ingridmail@example.org",
                                                       suggested_by=person.id, why="Mentorship circle")])
    assert ingrid.id is not None
    set_referral_outcome(ingrid.id, "Espresso on Friday")
    return interview_id, person.id


@pytest.mark.parametrize(("word", "source"), sorted(SOURCES.items()))
def test_every_field_is_searchable(make_interview: MakeInterview, word: str, source: str) -> None:
    save_interview(make_interview(company="Unrelated Inc"))  # a second interview that must not match
    interview_id, person_id = full_interview(make_interview)

    hits = search(word)

    expected = f"person:{person_id}" if source == "person" else source
    assert [(h.interview_id, h.source) for h in hits] == [(interview_id, expected)]


def test_a_person_is_found_in_each_of_their_interviews(make_interview: MakeInterview) -> None:
    first, _ = full_interview(make_interview)
    second = save_interview(make_interview(company="Later Co", start="2026-04-01 10:00",
                                           interviewers=load_interview(first).interviewers))
    assert sorted(found("ottoline")) == sorted([first, second])
    assert sorted(found("bouldering")) == sorted([first, second])  # personal notes travel with the person
    assert found("tegernsee") == [first]  # what was said belongs to one interview


# ------------------------------------------------------------------ how the query is read


def test_the_last_word_matches_as_a_prefix(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    save_section(interview_id, "discussed", "They run the Tegernsee marathon every year")

    assert found("teg") == [interview_id]
    assert found("marathon teger") == [interview_id]
    assert found("tegernsee mara") == [interview_id]
    assert found("teger marathon") == []  # only the last word is a prefix
    assert found("tegernsee triathlon") == []  # every word must match


@pytest.mark.parametrize("query", ["cafe", "CAFE", "Café", "meteo", "METEO", "Météo", "soehne", "sohne"])
def test_accents_and_case_are_folded(make_interview: MakeInterview, query: str) -> None:
    interview_id = save_interview(make_interview(company="Café Météo & Söhne"))
    save_section(interview_id, "observations", "Cafe meteo, soehne")  # the unaccented spelling, elsewhere
    assert found(query) == [interview_id]


def test_unicode_words_are_found(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview(role="מהנדסת תוכנה"))
    save_section(interview_id, "discussed", "Встреча прошла хорошо 🚀; 李小龍 was there")
    assert found("תוכנה") == [interview_id]
    assert found("встреча") == [interview_id]  # Cyrillic case folded too
    assert found("李小龍") == [interview_id]


TRICKY_QUERIES = ['"', '""', "'", "AND", "OR", "NOT", "NEAR(", "NEAR(a b)", "*", "a*", "(", ")", "-x", "+", "^",
                  "col:word", "body:word", "<b>", "</b>", "'; DROP TABLE interview; --", "%", "_", "\\", "\x00",
                  "a AND OR NOT b", '"unbalanced', "{x y}", "🚀", "x" * 5000]


@pytest.mark.parametrize("query", TRICKY_QUERIES)
def test_query_syntax_in_the_search_box_is_data(make_interview: MakeInterview, query: str) -> None:
    interview_id = save_interview(make_interview())
    save_section(interview_id, "discussed", "rock AND roll, NOT this NEAR that, <b>bold</b> claim; drop table talk")

    hits = search(query)  # no FTS5 syntax error, whatever the user types

    assert all(h.interview_id == interview_id for h in hits)
    assert Interview.select().count() == 1


@pytest.mark.parametrize(("query", "source"), [("AND", "discussed"), ("NOT", "discussed"), ("NEAR(", "discussed"),
                                                ("<b>", "discussed"), ("'; DROP TABLE", "discussed")])
def test_operator_words_and_markup_are_searched_for_as_words(make_interview: MakeInterview, query: str,
                                                             source: str) -> None:
    interview_id = save_interview(make_interview(company="Plain", role=""))
    save_section(interview_id, "discussed", "rock AND roll, NOT this NEAR that, <b>bold</b> claim; drop table talk")
    assert [(h.interview_id, h.source) for h in search(query)] == [(interview_id, source)]


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('say "hi" OR NEAR(x') == '"say" AND "hi" AND "OR" AND "NEAR" AND "x"*'
    assert fts_query("'; DROP TABLE") == '"DROP" AND "TABLE"*'
    assert fts_query('"*()') is None


@pytest.mark.parametrize("query", ["", "   ", "\n\t", "!!!", "*", '"'])
def test_an_empty_query_finds_nothing(make_interview: MakeInterview, query: str) -> None:
    save_interview(make_interview())
    assert search(query) == []
    assert search_grouped(query) == []


# ------------------------------------------------------------------ the index follows every change


def test_a_deleted_interview_is_not_found_until_restored(make_interview: MakeInterview) -> None:
    kept = save_interview(make_interview(company="Shared Word One"))
    gone = save_interview(make_interview(company="Shared Word Two"))
    save_section(gone, "discussed", "kubernetes")

    delete_interview(gone)
    assert found("shared") == [kept]
    assert found("kubernetes") == []
    assert search_grouped("kubernetes") == []

    restore_interview(gone)
    assert sorted(found("shared")) == sorted([kept, gone])
    assert found("kubernetes") == [gone]


def test_purge_removes_the_index_rows_of_purged_interviews(make_interview: MakeInterview) -> None:
    kept, _ = full_interview(make_interview)
    rows_of_kept = index_rows()
    gone, _ = full_interview(make_interview)
    assert index_rows() > rows_of_kept

    delete_interview(gone)
    purge_deleted()

    assert index_rows() == source_rows() == rows_of_kept
    assert {iid for iid, _, _ in index_content()} == {kept}
    assert found("tegernsee") == [kept]


def test_autosaving_a_section_reindexes_it_without_growing_the_index(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    save_section(interview_id, "discussed", "alpha")
    rows = index_rows()

    text = ""
    for word in ["bravo", "charlie", "delta", "echo", "foxtrot"] * 8:  # typing, saved every second
        text += word + " "
        save_section(interview_id, "discussed", text)
        assert index_rows() == source_rows() == rows

    assert found("alpha") == []
    assert found("foxtrot") == [interview_id]
    save_section(interview_id, "discussed", "golf")
    assert (found("bravo"), found("golf")) == ([], [interview_id])

    save_section(interview_id, "discussed", "   ")  # cleared: its row goes
    assert index_rows() == source_rows() == rows - 1
    assert found("golf") == []


def test_every_debrief_writer_reindexes(make_interview: MakeInterview) -> None:
    interview_id, person_id = full_interview(make_interview)
    rows = index_rows()

    save_talked_about(interview_id, person_id, "sailing")
    save_personal_notes(person_id, "origami")
    save_questions(interview_id, [OpenQuestion("Visa?", "sponsored")])
    (referral,) = save_referrals(interview_id, [Referral("Magnus")])
    assert referral.id is not None
    set_referral_outcome(referral.id, "voicemail")

    for old in ("tegernsee", "bouldering", "onboarding", "shadowing", "ingrid", "espresso"):
        assert found(old) == [], old
    for new in ("sailing", "origami", "visa", "sponsored", "magnus", "voicemail"):
        assert found(new) == [interview_id], new
    assert index_rows() == source_rows() == rows

    save_questions(interview_id, [])
    save_referrals(interview_id, [])
    assert (found("visa"), found("magnus")) == ([], [])
    assert index_rows() == source_rows() == rows - 2


def test_editing_the_interview_reindexes_it(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview(company="Oldname Corp"))
    save_section(interview_id, "discussed", "kept note")
    edited = load_interview(interview_id)
    edited.company = "Newname Corp"
    save_interview(edited)
    assert (found("oldname"), found("newname"), found("kept")) == ([], [interview_id], [interview_id])


def test_renaming_a_person_reindexes_all_their_interviews(make_interview: MakeInterview) -> None:
    first = save_interview(make_interview(interviewers=[Person("Dana Reyes")]))
    dana = load_interview(first).interviewers[0]
    second = save_interview(make_interview(company="Other", start="2026-04-01 10:00", interviewers=[dana]))
    unrelated = save_interview(make_interview(company="Third", interviewers=[Person("Lee")]))

    renamed = load_interview(second)  # renamed in the form of the *second* interview
    renamed.interviewers[0].name = "Dana Okafor"
    save_interview(renamed)

    assert found("reyes") == []
    assert sorted(found("okafor")) == sorted([first, second])
    assert unrelated not in found("dana")


def test_reindex_person_after_a_direct_rename(make_interview: MakeInterview) -> None:
    first = save_interview(make_interview(interviewers=[Person("Dana Reyes")]))
    dana = load_interview(first).interviewers[0]
    second = save_interview(make_interview(company="Other", interviewers=[dana]))
    PersonRow.update(name="Dana Okafor").where(PersonRow.id == dana.id).execute()
    assert found("okafor") == []  # not yet: nothing re-indexed

    assert dana.id is not None
    reindex_person(dana.id)

    assert sorted(found("okafor")) == sorted([first, second])
    assert found("reyes") == []


QUERIES = ["tegernsee", "ottoline", "zephyrine", "northwind", "kubernetes", "product", "notes", "espresso", "café"]


def build_several(make_interview: MakeInterview) -> None:
    full_interview(make_interview)
    full_interview(make_interview)
    other = save_interview(make_interview(start="2026-03-10 09:00", interviewers=[Person("Kim Lee")]))
    save_section(other, "recent_projects", "★ Kubernetes migration\nkubernetes again, Kubernetes everywhere")
    save_section(other, "observations", "Northwind's café had great coffee")
    deleted = save_interview(make_interview(company="Deleted Co"))
    save_section(deleted, "discussed", "kubernetes")
    delete_interview(deleted)


def test_rebuilding_gives_the_same_index_and_results_as_incremental_indexing(make_interview: MakeInterview) -> None:
    build_several(make_interview)
    content = index_content()
    results = {q: search(q) for q in QUERIES}
    assert all(results[q] for q in QUERIES)

    rebuild_index()

    assert index_content() == content
    assert {q: search(q) for q in QUERIES} == results
    assert index_rows() == source_rows() == len(content)


def test_ensure_index_rebuilds_an_index_from_an_older_indexer(make_interview: MakeInterview) -> None:
    build_several(make_interview)
    content = index_content()
    database = Interview._meta.database
    database.execute_sql("DELETE FROM search_index")  # as if built by another indexer version
    Setting.update(value="0").where(Setting.key == "search_index_version").execute()
    assert search("tegernsee") == []

    ensure_index()

    assert index_content() == content
    assert len(found("tegernsee")) == 2
    assert Setting.get_by_id("search_index_version").value == str(SEARCH_INDEX_VERSION)


def test_ensure_index_leaves_a_current_index_alone(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    save_section(interview_id, "discussed", "kubernetes")
    Interview._meta.database.execute_sql("DELETE FROM search_index")  # a marker: a rebuild would refill it
    ensure_index()
    assert search("kubernetes") == []


def test_ensure_index_builds_an_index_that_was_never_built(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    save_section(interview_id, "discussed", "kubernetes")
    Interview._meta.database.execute_sql("DELETE FROM search_index")
    Setting.delete().where(Setting.key == "search_index_version").execute()
    ensure_index()
    assert found("kubernetes") == [interview_id]


# ------------------------------------------------------------------ results as the window shows them


def test_results_are_grouped_by_interview_in_rank_order(make_interview: MakeInterview) -> None:
    weak = save_interview(make_interview(company="Weak Match", role="Analyst", start="2026-03-02 10:00"))
    save_section(weak, "discussed", "A long note about many things. " * 40 + "Kubernetes came up once.")
    strong = save_interview(make_interview(company="Strong Match", role="SRE", start="2026-03-05 09:30"))
    save_section(strong, "discussed", "Kubernetes, Kubernetes, Kubernetes")
    save_section(strong, "recent_projects", "Their kubernetes migration")
    save_section(strong, "conferences", "KubeCon")
    save_interview(make_interview(company="No Match"))

    hits = search("kube")
    groups = search_grouped("kube")

    assert [h.interview_id for h in hits][0] == strong  # best first (FTS5 rank)
    assert [g.interview_id for g in groups] == [strong, weak]
    assert [(g.company, g.role) for g in groups] == [("Strong Match", "SRE"), ("Weak Match", "Analyst")]
    assert [g.start for g in groups] == [load_interview(strong).start, load_interview(weak).start]
    assert sorted(h.source for h in groups[0].hits) == ["conferences", "discussed", "recent_projects"]
    assert [h.source for h in groups[1].hits] == ["discussed"]
    assert [h for g in groups for h in g.hits] == sorted(hits, key=lambda h: [strong, weak].index(h.interview_id))


def test_the_result_limit_counts_hits(make_interview: MakeInterview) -> None:
    for n in range(5):
        interview_id = save_interview(make_interview(company=f"Company {n}"))
        save_section(interview_id, "discussed", "kubernetes")
    assert len(search("kubernetes", limit=3)) == 3
    assert len(search("kubernetes")) == 5


def test_the_snippet_marks_the_match(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    save_section(interview_id, "discussed", "We talked about <b>Tegernsee</b> & marathons 🏃 for a while")

    (hit,) = search("tegern")

    assert f"{HIT_START}Tegernsee{HIT_END}" in hit.snippet
    assert "<b>" in hit.snippet and "🏃" in hit.snippet  # markup kept as text, for the UI to escape
    assert hit.snippet.count(HIT_START) == hit.snippet.count(HIT_END) == 1


def test_a_long_note_gives_a_short_snippet_around_the_match(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    save_section(interview_id, "discussed", "filler words here " * 2000 + "the needle is here " + "more " * 2000)
    (hit,) = search("needle")
    assert f"{HIT_START}needle{HIT_END}" in hit.snippet
    assert len(hit.snippet) < 200


def test_every_match_in_the_snippet_is_marked(make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    save_section(interview_id, "discussed", "Café talk, then more café")
    (hit,) = search("cafe")
    assert hit.snippet.count(HIT_START) == 2
    assert f"{HIT_START}Café{HIT_END}" in hit.snippet  # the text as typed, accents and all
    assert load_debrief(interview_id).sections["discussed"] == "Café talk, then more café"
