"""The window's rarer messages in the user's language: an invitation's notes and problems in the import dialog,
the salvage summary in the recovery prompt, a sync failure in Settings › Sync and a mail failure in Settings › Mail.

domain/ and store/ hand these over as English templates with values (domain/words.py); the widgets word them
through the translators. Under the pseudo-language every one of them must come out wrapped, and in German a
person reads German.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from desktop_app.ui.app.translations import install_language
from desktop_app.ui.main.import_dialog import ImportDialog
from desktop_app.ui.settings.settings_mail_page import MailSettingsPage
from desktop_app.ui.settings.settings_sync_page import SyncSettingsPage
from tests.local_servers import free_port

from .test_sync_ui import MemoryPasswords

ICS = Path(__file__).resolve().parents[1] / "data" / "ics"


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_language("de", qapp)
    yield
    install_language("en", qapp)


def open_import(qtbot, window, name: str) -> ImportDialog:  # type: ignore[no-untyped-def]
    window.invitations.import_files([ICS / name])
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, ImportDialog))
    return window.dialogs.active


def notes_and_problems(dialog: ImportDialog) -> list[str]:
    boxes = [*dialog.boxes, *dialog.problem_boxes]
    return [label.text() for box in boxes for name in ("importNote", "eventProblem")
            for label in box.findChildren(QLabel, name)]


@pytest.mark.parametrize("name", ["custom-zone.ics", "one-bad-event.ics", "all-day.ics", "zoom.ics"])
def test_every_note_and_problem_of_an_invitation_goes_through_the_translator(
        qtbot, make_window, pseudo, name: str) -> None:  # type: ignore[no-untyped-def]
    dialog = open_import(qtbot, make_window(), name)
    texts = notes_and_problems(dialog)
    if name != "zoom.ics":
        assert texts
    assert [t for t in texts if not (t.startswith("[!! ") and t.endswith(" !!]"))] == []
    dialog.reject()


def test_the_import_dialog_shows_the_custom_zone_note_in_german(qtbot, make_window, german) -> None:  # type: ignore[no-untyped-def]
    dialog = open_import(qtbot, make_window(), "custom-zone.ics")
    notes = notes_and_problems(dialog)
    assert any(n.startswith("Die eigene Zeitzone der Einladung „Hooli Campus Time“ wird als ") for n in notes), notes
    dialog.resize(700, 600)
    dialog.grab().save("/tmp/finish-strong-import-de.png")
    dialog.reject()


def test_a_bad_event_is_explained_in_german(qtbot, make_window, german) -> None:  # type: ignore[no-untyped-def]
    dialog = open_import(qtbot, make_window(), "one-bad-event.ics")
    problems = [t for t in notes_and_problems(dialog) if "DTSTART" in t]
    assert problems == ["Termin 2 („Interview: SRE system design – Hooli“) hat keine Anfangszeit (DTSTART)."]
    assert any(n.startswith("Eine unlesbare Teilnehmerzeile wurde übersprungen: ") for n in notes_and_problems(dialog))
    dialog.reject()


class _Refusing(BaseHTTPRequestHandler):
    """A CalDAV server that refuses every user name and password."""

    def do_PROPFIND(self) -> None:  # noqa: N802 (http.server's name)
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="calendars"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def refusing_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Refusing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/dav/"
    server.shutdown()
    server.server_close()


def test_settings_sync_says_a_refused_password_in_german(qtbot, data_dir: Path, german,  # type: ignore[no-untyped-def]
                                                         refusing_server: str) -> None:
    page = SyncSettingsPage(MemoryPasswords())
    qtbot.addWidget(page)
    page.url.setText(refusing_server)
    page.user.setText("dana")
    page.password.setText("wrong")
    page.find_calendars()
    qtbot.waitUntil(lambda: page.find_button.isEnabled(), timeout=20_000)
    assert page.status.text() == (
        "Ihre Kalender waren nicht erreichbar (Passwort abgelehnt): Der Kalenderserver hat Benutzername oder Passwort "
        "nicht angenommen. Prüfen Sie beides unter Einstellungen › Synchronisation.")
    page.resize(640, 480)
    page.grab().save("/tmp/finish-strong-sync-de.png")


def test_a_sync_failure_in_settings_goes_through_the_translator(qtbot, data_dir: Path, pseudo,  # type: ignore[no-untyped-def]
                                                                refusing_server: str) -> None:
    page = SyncSettingsPage(MemoryPasswords())
    qtbot.addWidget(page)
    page.url.setText(refusing_server)
    page.find_calendars()
    qtbot.waitUntil(lambda: page.find_button.isEnabled(), timeout=20_000)
    text = page.status.text()
    assert text.startswith("[!! ") and "[!! password refused !!]" in text
    assert "[!! The calendar server did not accept the user name or password." in text


def test_the_recovery_prompt_says_what_it_salvaged_in_german(qtbot, make_window, clock, data_dir: Path,  # type: ignore[no-untyped-def]
                                                             german) -> None:
    from .test_salvage_prompt import damaged_window

    _, prompt, _, _ = damaged_window(qtbot, make_window, clock, data_dir, count=3)
    qtbot.waitUntil(lambda: not prompt.reading, timeout=30_000)
    found = [p for p in prompt.text().split("\n\n") if "gerettet" in p]
    assert len(found) == 1 and found[0].startswith("Aus der beschädigten Datei gerettet: 3 Gespräche und ")
    assert found[0].endswith("; nicht lesbar waren: die Gesprächsnotizen auf 1 beschädigten Seite.")
    prompt.grab().save("/tmp/finish-strong-salvage-de.png")


class _Passwords(MemoryPasswords):
    def tell_once(self) -> str:
        return ""  # the keyring notice: not what these tests are about


def _test_to_a_closed_port(qtbot) -> tuple[MailSettingsPage, int]:  # type: ignore[no-untyped-def]
    """Settings › Mail's "Send test message" to a port on this computer where nothing listens (no user name: no
    password needed, so the connection is tried at once)."""
    page = MailSettingsPage(_Passwords())
    qtbot.addWidget(page)
    port = free_port()  # bound, then closed again
    page.host.setText("127.0.0.1")
    page.port.setValue(port)
    page.user.setText("")
    page.sender_address.setText("alex@home.example")
    page.test_button.click()
    qtbot.waitUntil(lambda: page.job is None, timeout=15_000)
    return page, port


def test_settings_mail_test_says_a_refused_connection_in_german(qtbot, data_dir: Path, german) -> None:  # type: ignore[no-untyped-def]
    page, port = _test_to_a_closed_port(qtbot)
    assert page.account_status.text() == (f"Test fehlgeschlagen — Unter 127.0.0.1:{port} antwortet nichts "
                                          "(Verbindung abgelehnt). Prüfen Sie Servername und Port.")


def test_a_mail_failure_in_settings_goes_through_the_translator(qtbot, data_dir: Path, pseudo) -> None:  # type: ignore[no-untyped-def]
    page, port = _test_to_a_closed_port(qtbot)
    assert page.account_status.text() == ("[!! Test failed — %1 !!]".replace(
        "%1", f"[!! Nothing answers at 127.0.0.1:{port} (connection refused). Check the server name and port. !!]"))


def test_the_template_placeholders_are_explained_in_german_and_never_overlap(qtbot, data_dir: Path,  # type: ignore[no-untyped-def]
                                                                            german) -> None:
    page = MailSettingsPage(MemoryPasswords())
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.resize(640, 560)  # made narrower: the explanations wrap now
    QCoreApplication.processEvents()
    listing = page.placeholders
    first = listing.item(0)
    assert first.text() == "$first_name — Vorname der Gesprächsperson"
    rects = [listing.visualItemRect(listing.item(i)) for i in range(listing.count())]
    assert any(r.height() > rects[0].height() for r in rects)  # some wrapped onto two lines…
    assert all(a.bottom() < b.top() for a, b in zip(rects, rects[1:], strict=False))  # …without covering the next
    page.template_body.clear()
    listing.itemDoubleClicked.emit(first)
    assert page.template_body.toPlainText() == "$first_name"  # the placeholder itself, whatever the language
