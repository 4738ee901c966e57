"""Opens every window and dialog of the app and reports what is cut off or overlapping (JSON).

Run as its own process (tests/gui/test_layout.py) because QT_SCALE_FACTOR must be set before Qt
starts. The locale is an argument, so the same check runs for every translation: a longer German
or French text that no longer fits fails here, not in front of a user.

    python -m tests.gui.layout_child --locale en_US --out problems.json [--shots folder]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QLayout,
    QListWidget,
    QRadioButton,
    QSplitterHandle,
    QTreeWidget,
    QWidget,
)

LONG_ERROR = ("Test failed — The server's certificate is not trusted (self-signed certificate in certificate "
              "chain). If your company uses its own certificate authority, choose its CA file in the mail "
              "settings.")


def _managed(widget: QWidget) -> bool:
    """Placed by a layout of its parent (not floating on purpose, like a popup or a splitter handle)."""
    parent = widget.parentWidget()
    if parent is None or isinstance(widget, QSplitterHandle):
        return False
    return any(layout.indexOf(widget) >= 0 for layout in parent.findChildren(QLayout))


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    ident = widget.accessibleName() or widget.objectName() or type(widget).__name__
    return f"{type(widget).__name__} “{(text or ident)[:60]}”"


def problems_in(top: QWidget) -> list[str]:
    found: list[str] = []
    shown = [w for w in top.findChildren(QWidget) if w.isVisibleTo(top) and w.isVisible()]
    top_rect = top.rect()
    for widget in shown:
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    found.append(f"{_name(widget)} cut off: {widget.height()} px high, needs {need}")
            else:
                hint = widget.sizeHint()
                if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                    found.append(f"{_name(widget)} cut off: {widget.width()}×{widget.height()} px, "
                                 f"needs {hint.width()}×{hint.height()}")
        if isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint() if isinstance(widget, (QCheckBox, QRadioButton)) else widget.minimumSizeHint()
            if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                found.append(f"{_name(widget)} cut off: {widget.width()}×{widget.height()} px, "
                             f"needs {hint.width()}×{hint.height()}")
        if isinstance(widget, (QLabel, QAbstractButton)) and not _in_scroll_area(widget, top):
            where = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
            if not top_rect.contains(where.adjusted(1, 1, -1, -1)):
                found.append(f"{_name(widget)} runs past the window's edge")
        if isinstance(widget, (QTreeWidget, QListWidget)):
            found += _clipped_items(widget)
    for widget in shown:  # siblings laid out on top of each other
        if not _managed(widget):
            continue
        for other in shown:
            if other is widget or other.parentWidget() is not widget.parentWidget() or not _managed(other):
                continue
            if id(other) < id(widget):
                continue
            overlap = widget.geometry().intersected(other.geometry())
            if overlap.width() > 2 and overlap.height() > 2:
                found.append(f"{_name(widget)} overlaps {_name(other)} ({overlap.width()}×{overlap.height()} px)")
    return found


def _clipped_items(view: QTreeWidget | QListWidget) -> list[str]:
    """Rows whose text is cut ("Send a thank-you e-mail — Sam Ok…"): whose step a row is must show.
    Columns sized to their contents fit by construction; a stretched column may wrap its rows."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QHeaderView

    found = []
    if isinstance(view, QTreeWidget):
        for index in range(view.topLevelItemCount()):
            item = view.topLevelItem(index)
            for column in range(view.columnCount()):
                if view.header().sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
                    continue
                text = item.text(column)
                rect = view.visualItemRect(item)
                width = view.header().sectionSize(column) - 8
                if column == 0:
                    style = view.style()
                    icon = view.iconSize().width() if view.iconSize().isValid() else \
                        style.pixelMetric(style.PixelMetric.PM_SmallIconSize)
                    width -= icon + 6 if not item.icon(0).isNull() else 0
                    if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                        width -= style.pixelMetric(style.PixelMetric.PM_IndicatorWidth) + 6
                    width -= view.indentation() if view.rootIsDecorated() else 0
                if not text or not rect.height():
                    continue
                metrics = QFontMetrics(item.font(column))
                if view.wordWrap():
                    need = metrics.boundingRect(0, 0, max(width, 1), 10_000, Qt.TextFlag.TextWordWrap, text).height()
                    cut = need > rect.height() + 1
                else:
                    cut = metrics.horizontalAdvance(text) > width
                if cut:
                    found.append(f"{type(view).__name__} {view.accessibleName()!r}: row “{text}” cut off")
    return found


def build_data(folder: Path) -> tuple[int, int]:
    from desktop_app.domain.debrief import OpenQuestion
    from desktop_app.domain.model import Interview, Person
    from desktop_app.paths import backups_dir, database_path
    from desktop_app.store.database import open_database
    from desktop_app.store.debrief_store import save_questions, save_section, save_talked_about
    from desktop_app.store.interviews import load_interview, save_interview

    open_database(database_path(folder), backups_dir(folder))
    zone = "America/New_York"
    start = (datetime.now(UTC) - timedelta(hours=3)).astimezone(ZoneInfo(zone)).replace(second=0, microsecond=0)
    interview = Interview(
        company="Northwind Analytics International", role="Senior Product Manager, Data Platform",
        start=start, end=start + timedelta(hours=1), timezone=zone, round="Final round",
        location="https://meet.example.com/abc-defg-hij",
        interviewers=[Person("Dana Reyes", title="Head of Product", email="dana.reyes@northwind.example"),
                      Person("Sam Okafor", title="Engineering Manager", email="sam.okafor@northwind.example")])
    interview_id = save_interview(interview)
    dana = load_interview(interview_id).interviewers[0].id
    assert dana is not None
    save_talked_about(interview_id, dana, "★ Her team's on-call rotation and the move to real-time dashboards")
    save_section(interview_id, "conferences", "Speaking at PyCon in May")
    save_questions(interview_id, [OpenQuestion("Can you start in April?", "Yes — 1 April works.")])
    return interview_id, dana


Opener = Callable[[], QWidget]


def openers(window, interview_id: int, dana: int) -> dict[str, Opener]:  # type: ignore[no-untyped-def]
    from desktop_app.store.interviews import load_interview
    from desktop_app.ui.main.interview_dialog import InterviewDialog
    from desktop_app.ui.settings.settings_dialog import SettingsDialog

    def main() -> QWidget:
        window.select_interview(interview_id)
        return window

    def search() -> QWidget:
        window.search_box.setText("PyCon")
        window.search_panel.run()
        return window

    def new_interview() -> QWidget:
        dialog = InterviewDialog(None, datetime.now().date(), window)
        dialog.accept()  # nothing typed: every error shows beside its field
        return dialog

    def edit_interview() -> QWidget:
        return InterviewDialog(load_interview(interview_id), datetime.now().date(), window)

    def settings(tab: int) -> Opener:
        def build() -> QWidget:
            dialog = SettingsDialog(window)
            dialog.tabs.setCurrentIndex(tab)
            if tab == 1:
                dialog.mail_page._say(LONG_ERROR, error=True)
            if tab == 2:
                dialog.imap_box._say(LONG_ERROR, error=True)
            return dialog
        return build

    def debrief() -> QWidget:
        window.debriefs.open(interview_id)
        return window.debriefs.windows[interview_id]

    def compose() -> QWidget:
        window.thank_yous.open(interview_id)
        compose = window.thank_yous.windows[interview_id]
        compose._say("Not sent — " + LONG_ERROR.removeprefix("Test failed — ")
                     + " Your draft is kept and the step stays open.", error=True)
        return compose

    def card() -> QWidget:
        return window.cards.open(interview_id, dana)

    def check_in() -> QWidget:
        """The reply radar's nudge: "Check in with Dana" and its draft (issue 18)."""
        from desktop_app.store.check_in_store import check_in_text
        from desktop_app.ui.mail.check_in_dialog import CheckInDialog

        assert check_in_text(interview_id, dana)[0]
        return CheckInDialog(0, interview_id, dana, "Dana Reyes", lambda: datetime.now(UTC), lambda: None, window)

    def envelope() -> QWidget:
        editor = window.cards.open(interview_id, dana)
        editor.envelope()
        dialog = editor.dialogs.active
        dialog.check()  # no addresses yet: the error shows
        return dialog

    return {"main-window": main, "search": search, "interview-form-errors": new_interview,
            "interview-form": edit_interview, "settings-general": settings(0), "settings-mail": settings(1),
            "settings-replies": settings(2), "settings-cards": settings(3), "settings-sync": settings(4),
            "debrief": debrief,
            "thank-you-email": compose, "card-editor": card, "check-in": check_in,
            "envelope": envelope}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--locale", default="en_US")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--contrast", default="", choices=["", "high"])
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    if args.contrast:
        from desktop_app.ui.shared.theme import ThemeFollower

        ThemeFollower(app, args.contrast)  # high contrast's frames and padding must fit too
    QLocale.setDefault(QLocale(args.locale))
    from desktop_app.store.settings_store import set_draft_language
    from desktop_app.ui.app.translations import install_language

    language = args.locale.split("_")[0]
    install_language(language, app)  # the texts in that language too, as the app starts
    set_draft_language(language)  # and the first drafts
    from desktop_app.paths import ui_state_path
    from desktop_app.ui.main.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        interview_id, dana = build_data(folder)
        window = MainWindow(ui_state_path(folder))
        window.show()
        screen = app.primaryScreen()
        report: dict[str, list[str]] = {
            "screen": [f"{screen.geometry().width()}×{screen.geometry().height()} at {screen.devicePixelRatio()}"]}
        window.select_interview(interview_id)
        for _ in range(5):
            app.processEvents()
        report["main-window-default-size"] = problems_in(window)  # 1100×700, as a first start opens
        if args.shots is not None:
            args.shots.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(args.shots / "main-window-default-size.png"))
        window.resize(1280, 800)
        for name, open_it in openers(window, interview_id, dana).items():
            top = open_it()
            top.show()
            for _ in range(5):
                app.processEvents()
            found = problems_in(top)
            if top.width() > 1280 or top.height() > 800:
                found.append(f"the window is {top.width()}×{top.height()}, larger than a 1280×800 screen")
            report[name] = found
            if args.shots is not None:
                args.shots.mkdir(parents=True, exist_ok=True)
                top.grab().save(str(args.shots / f"{name}.png"))
            if top is not window:
                top.close()
        args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
