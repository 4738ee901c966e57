"""`finish-strong search`: the window's results, in the window's order, as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.domain.company_key import company_key
from desktop_app.store.database import close_database, open_database
from desktop_app.store.debrief_store import save_section
from desktop_app.store.demo import generate_demo
from desktop_app.store.interviews import save_interview
from desktop_app.store.search import search_results

from .conftest import build_interview
from .test_cli import Run, ok, run  # noqa: F401


def _fill(data: Path) -> list[tuple[str, list[str]]]:
    """Sample data plus one interview with markup in its notes; the window's order for "a"."""
    open_database(data / "finish-strong.sqlite3")
    try:
        generate_demo(30)
        odd = save_interview(build_interview(company="Ångström <b>AB</b>", start="2026-03-04 10:00"))
        save_section(odd, "discussed", "Asked about <script>alert(1)</script>\nand the Ångström unit")
        results = search_results("a", 25)
        return [(g.uid, [h.source for h in g.hits]) for g in results.groups]
    finally:
        close_database()


def test_json_lists_the_same_groups_in_the_same_order_as_the_window(run: Run, tmp_path: Path) -> None:  # noqa: F811 (the CLI fixture)
    data = tmp_path / "data"
    expected = _fill(data)
    doc = json.loads(ok(run("search", "a", "--json", "--limit", "25", "--data-dir", data)).stdout)
    assert [(g["interview"], [h["source"] for h in g["hits"]]) for g in doc["results"]] == expected
    assert doc["truncated"] is True and doc["limit"] == 25
    assert sum(len(g["hits"]) for g in doc["results"]) == 25
    for group in doc["results"]:
        for hit in group["hits"]:
            assert hit["matches"], hit  # every hit says where its match is
            for start, end in hit["matches"]:
                assert company_key(hit["snippet"][start:end]).startswith("a")  # "Ångström" too


def test_text_is_grouped_plain_when_piped_and_says_when_capped(run: Run, tmp_path: Path) -> None:  # noqa: F811 (the CLI fixture)
    data = tmp_path / "data"
    _fill(data)
    out = ok(run("search", "ångström", "--data-dir", data)).stdout
    lines = out.splitlines()
    assert lines[0].startswith("Ångström <b>AB</b> — Product Manager")  # literally, no markup rendered
    assert "  Debrief" not in lines[0] and any("<script>" in line for line in lines[1:])
    assert "\x1b[" not in out and "\x01" not in out  # piped: no bold, no markers
    assert "most recent" not in out
    capped = ok(run("search", "a", "--limit", "3", "--data-dir", data)).stdout
    assert capped.splitlines()[-1] == "Showing the 3 most recent matches — add words to narrow."


def test_nothing_found_and_bad_limits(run: Run, tmp_path: Path) -> None:  # noqa: F811 (the CLI fixture)
    data = tmp_path / "data"
    _fill(data)
    assert ok(run("search", '"NEAR(', "--data-dir", data)).stdout.startswith("No notes, people or companies")
    empty = json.loads(ok(run("search", "zzzz", "--json", "--data-dir", data)).stdout)
    assert empty["results"] == [] and empty["truncated"] is False
    refused = run("search", "a", "--limit", "0", "--data-dir", data)
    assert refused.returncode == 2 and "--limit" in refused.stderr
