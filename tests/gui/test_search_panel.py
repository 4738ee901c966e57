"""The search panel at scale: answers off the GUI thread, newest keystroke wins, a notice when capped."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desktop_app.store.debrief_store import save_section
from desktop_app.store.demo import generate_demo
from desktop_app.store.interviews import save_interview
from desktop_app.store.search import MAX_RESULTS

from .conftest import sample_interview


def _answered(panel) -> bool:  # type: ignore[no-untyped-def]
    return panel.shown_generation == panel.runner.generation


def test_typing_fast_shows_only_the_last_words_answer(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    generate_demo(40, now=clock.now)
    target = save_interview(sample_interview(clock.now - timedelta(days=1), company="Zanzibar Zinc"))
    save_section(target, "discussed", "★ Quokka habitat survey")
    window = make_window()
    panel = window.search_panel
    shown: list[int] = []
    panel.runner.finished.connect(lambda generation, results: shown.append(generation))
    for text in ("q", "qu", "quo", "quok"):  # each request overtakes the one before
        window.search_box.setText(text)
        panel.run()
    qtbot.waitUntil(lambda: _answered(panel), timeout=5000)
    assert panel.shown_generation == panel.runner.generation == 4
    assert panel.tree.topLevelItemCount() == 1
    group = panel.tree.topLevelItem(0)
    assert group.text(0).startswith("Zanzibar Zinc") and group.font(0).bold()
    assert "<b><u>Quokka</u></b>" in group.child(0).data(0, Qt.ItemDataRole.UserRole + 1)
    assert "Showing the" not in panel.summary.text()
    qtbot.wait(50)
    assert shown[-1] == 4  # the last answer painted is the last request's


def test_a_one_letter_search_says_it_shows_only_the_most_recent(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    generate_demo(60, now=clock.now)  # far more than 200 rows contain a word starting with "a"
    window = make_window()
    qtbot.keyClicks(window.search_box, "a")
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0 and _answered(panel), timeout=5000)
    assert panel.summary.text() == f"Showing the {MAX_RESULTS} most recent matches — type more to narrow."
    hits = sum(panel.tree.topLevelItem(n).childCount() for n in range(panel.tree.topLevelItemCount()))
    assert hits == MAX_RESULTS  # grouped by interview, every hit once


def test_the_window_keeps_painting_while_a_search_runs(qtbot, make_window, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A search that never ends does not freeze the window; the next keystroke stops it."""
    import threading

    from desktop_app.store import search_session

    save_interview(sample_interview(clock.now, company="Yarrow"))
    real = search_session.search_results
    started = threading.Event()

    def endless_for_x(text: str, limit: int):  # type: ignore[no-untyped-def]
        if text == "x":
            from desktop_app.store.database import db_proxy

            started.set()
            db_proxy.execute_sql(
                "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"
            ).fetchall()
        return real(text, limit)

    monkeypatch.setattr(search_session, "search_results", endless_for_x)
    window = make_window()
    panel = window.search_panel
    window.search_box.setText("x")
    panel.run()
    assert started.wait(5)
    ticks: list[int] = []
    window.startTimer(10)
    window.timerEvent = lambda event: ticks.append(1)  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)  # the event loop runs meanwhile
    window.search_box.setText("yarrow")
    panel.run()
    qtbot.waitUntil(lambda: _answered(panel), timeout=5000)
    assert panel.tree.topLevelItemCount() == 1
    assert panel.tree.topLevelItem(0).text(0).startswith("Yarrow")


def test_newer_results_replace_a_fill_still_under_way(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    """Many results are added a slice per event-loop turn; newer ones never mix with them."""
    from desktop_app.store.search import search_results

    generate_demo(60, now=clock.now)
    target = save_interview(sample_interview(clock.now, company="Quillon Quarry"))
    save_section(target, "observations", "quillon")
    window = make_window()
    panel = window.search_panel
    panel.show_results(search_results("a"), generation=panel.runner.generation)
    assert 0 < sum(panel.tree.topLevelItem(n).childCount() for n in range(panel.tree.topLevelItemCount())) < 200
    panel.show_results(search_results("quillon"), generation=panel.runner.generation)
    qtbot.wait(100)
    assert panel.tree.topLevelItemCount() == 1
    assert panel.tree.topLevelItem(0).text(0).startswith("Quillon Quarry")


def test_focusing_the_box_builds_the_results_panel_before_the_first_key(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window._search_panel is None  # start-up does not pay for it
    window.menu_actions.find_action.trigger()
    qtbot.waitUntil(lambda: window._search_panel is not None, timeout=2000)
    assert window._search_panel._warm
    assert window.right_stack.currentWidget() is not window._search_panel  # nothing shown until typing
