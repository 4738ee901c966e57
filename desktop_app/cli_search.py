"""`finish-strong search QUERY [--json] [--limit N]`: the search box's results for scripts.

Same function, same order as the window (store.search.search_results): groups by interview,
best group first, each hit with where it was found and a snippet. On a terminal the matched
words are bold; piped, the text is plain; `--json` gives the match positions instead.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from .cli_language import day_text, translate, words
from .store.search import HIT_END, HIT_START, SearchResults, search_results, source_title

BOLD, NORMAL = "\x1b[1m", "\x1b[22m"


def where(source: str, people: dict[int, str]) -> str:
    """As the window labels a hit: an interviewer's hits are named after them (English: the JSON's "where")."""
    if source.startswith("person:"):
        name = people.get(int(source.split(":", 1)[1]), "")
        return f"Interviewer {name}" if name else "Interviewer"
    return source_title(source)


def where_text(source: str, people: dict[int, str]) -> str:
    """`where` in the user's language, with the window's own words (ui/main/search_panel.py)."""
    if source.startswith("person:"):
        name = people.get(int(source.split(":", 1)[1]), "")
        return words(translate("SearchPanel", "Interviewer %1"), name) if name else translate("SearchPanel",
                                                                                               "Interviewer")
    title = source_title(source)
    if title in ("Interview", "Open questions", "Referrals"):
        return translate("SearchPanel", title)
    return translate("DomainText", title)  # the debrief's sections


def plain_and_marks(snippet: str) -> tuple[str, list[list[int]]]:
    """The snippet without markers, and [start, end) of each match in that plain text."""
    text: list[str] = []
    marks: list[list[int]] = []
    length = 0
    for ch in snippet:
        if ch == HIT_START:
            marks.append([length, length])
        elif ch == HIT_END:
            if marks:
                marks[-1][1] = length
        else:
            text.append(ch)
            length += 1
    return "".join(text), marks


def results_json(results: SearchResults) -> dict[str, Any]:
    groups = []
    for group in results.groups:
        hits = []
        for hit in group.hits:
            plain, marks = plain_and_marks(hit.snippet)
            hits.append({"source": hit.source, "where": where(hit.source, group.people), "snippet": plain,
                         "matches": marks})
        groups.append({
            "interview": group.uid, "company": group.company, "role": group.role,
            "start": group.start.isoformat(), "hits": hits,
        })
    return {"query": results.text, "limit": results.limit, "truncated": results.truncated, "results": groups}


def print_results(results: SearchResults, out: TextIO, bold: bool) -> None:
    if not results.groups:
        print(words(translate("CommandLine", "No notes, people or companies match “%1”."), results.text.strip()),
              file=out)
        return
    for group in results.groups:
        title = " — ".join(p for p in (group.company, group.role) if p)
        print(" ".join(f"{title}   ({day_text(group.start.astimezone().date())})".split("\n")), file=out)
        for hit in group.hits:
            snippet = hit.snippet.replace("\n", " · ")
            if bold:
                snippet = snippet.replace(HIT_START, BOLD).replace(HIT_END, NORMAL)
            else:
                snippet = snippet.replace(HIT_START, "").replace(HIT_END, "")
            print(f"  {where_text(hit.source, group.people)}: {snippet}", file=out)
    if results.truncated:
        print(words(translate("CommandLine", "Showing the %1 most recent matches — add words to narrow."),
                    results.limit), file=out)


def run_search(text: str, limit: int, as_json: bool) -> None:
    results = search_results(text, limit)
    if as_json:
        print(json.dumps(results_json(results), indent=2, ensure_ascii=False))
    else:
        print_results(results, sys.stdout, bold=sys.stdout.isatty())
