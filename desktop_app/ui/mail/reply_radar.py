"""The reply radar in the running app: a check after the first paint, every 15 minutes, and on
request, each in a background thread (mail/check_worker.py).

QTimer's clock stops while the machine sleeps, so a sleeping machine makes no checks and the
first one after waking comes at the next tick. While the system reports no network
(QNetworkInformation) a tick is skipped; a check that fails as "unreachable" or "timeout" is
quiet too, and the next tick tries again. Findings are in the database already when
`checked` is emitted; the window reloads through `data_changed`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...domain.words import Words
from ...mail.secrets import PasswordStore
from ..shared.errors import words_text

INTERVAL_MS = 15 * 60 * 1000


class ReplyRadar(QObject):
    checked = Signal(list)  # the findings of one check (may be empty)
    failed = Signal(str, str)  # kind, text

    def __init__(self, passwords: Callable[[], PasswordStore], data_changed: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.passwords = passwords
        self.data_changed = data_changed
        self.job: QObject | None = None
        self.last_failure: tuple[str, str] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> bool:
        """Start a check unless one is running or no IMAP account is set up; True if started."""
        if self.job is not None:
            return False
        from ...store.imap_settings import imap_login, load_imap_account
        from ...store.mail_settings import load_account

        account = load_imap_account()
        if not account.configured:
            return False  # no IMAP: nothing loaded, nothing asked (no keyring, no network state)
        if self.timer.isActive() and offline():
            return False  # the next tick tries again; "Check now" in the settings always tries
        login = imap_login(account)
        password = self.passwords().get(login.keyring_host, login.user) if login.user else None
        if not password:
            self._failed("configuration", self.tr("No IMAP password is stored; type it in Settings › Replies "
                                                  "(or Mail, with the SMTP login)."))
            return False
        from ...mail.check_worker import CheckJob

        job = CheckJob(account, load_account(), password, self)
        self.job = job
        job.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        job.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        job.start()
        return True

    def _finished(self, findings: list) -> None:  # type: ignore[type-arg]
        self.job = None
        self.last_failure = None
        if findings:
            self.data_changed()
        self.checked.emit(findings)

    def _failed(self, kind: str, reason: Words | str) -> None:
        """`reason`: the check's `Words` (mail/errors.py), translated here, or a text already translated."""
        self.job = None
        text = reason if isinstance(reason, str) else words_text(reason)
        self.last_failure = (kind, text)
        self.failed.emit(kind, text)


def offline() -> bool:
    """True only when the system says there is no network (QNetworkInformation: NetworkManager on
    Linux, the system's own elsewhere). Without a backend nothing is known, and a check is tried."""
    from PySide6.QtNetwork import QNetworkInformation  # QtNetwork is loaded after the first paint anyway

    if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
        return False
    info = QNetworkInformation.instance()
    return info is not None and info.reachability() == QNetworkInformation.Reachability.Disconnected


def start_reply_radar(window: QObject) -> ReplyRadar:
    """Called after the first paint (ui/app/application.py); shares the window's password store
    when the e-mail windows have one (a session-only password typed there serves IMAP too)."""
    own = PasswordStore()

    def passwords() -> PasswordStore:
        windows = getattr(window, "_thank_yous", None)
        return windows.passwords if windows is not None else own

    events = getattr(window, "events", None)
    radar = ReplyRadar(passwords, events.data_changed.emit if events is not None else (lambda: None), window)
    window.reply_radar = radar  # type: ignore[attr-defined]
    status_bar = getattr(window, "statusBar", None)
    if status_bar is not None:
        radar.failed.connect(lambda kind, text: _tell(status_bar(), radar, kind, text))
        radar.checked.connect(lambda findings: _found(status_bar(), radar, findings))
    radar.start()
    return radar


#: Failures the user must act on; an unreachable or silent server (offline, asleep) waits for the next tick.
ACTIONABLE = ("authentication", "tls", "configuration", "server")


def _tell(status_bar, radar: ReplyRadar, kind: str, text: str) -> None:  # type: ignore[no-untyped-def]
    if kind in ACTIONABLE:
        status_bar.showMessage(radar.tr("Checking for replies failed ({kind}): {text}").format(kind=kind, text=text),
                               30000)


def _found(status_bar, radar: ReplyRadar, findings: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    answers = [f for f in findings if f.kind != "filed_sent"]
    if answers:
        names = ", ".join(dict.fromkeys(f.person for f in answers))
        status_bar.showMessage(radar.tr("New mail about your thank-yous: {names}").format(names=names), 15000)
