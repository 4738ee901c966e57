"""One sync with the stored account: what the CLI and the GUI's background worker call.

Reads the account from the settings and the password from the keyring, runs the engine and
records how it ended (for the status bar). Never called on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from ..store.sync_settings import SyncAccount, load_sync_account, save_last_sync
from .dav import Dav
from .engine import SyncEngine, SyncReport
from .errors import SyncError, SyncErrorKind


def password_for(account: SyncAccount) -> str | None:
    from ..mail.secrets import PasswordStore

    if not account.user.strip():
        return None
    return PasswordStore().get(account.keyring_host, account.user.strip())


def run_sync(
    account: SyncAccount | None = None,
    password: str | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    use_sync_token: bool = True,
) -> SyncReport:
    account = account or load_sync_account()
    report = SyncReport()
    if not account.configured:
        report.error = SyncError("Sync is not set up: choose a CalDAV server and calendar in Settings › Sync.",
                                 SyncErrorKind.CONFIGURATION)
        return report
    try:
        from .connect import open_client

        if password is None:
            password = password_for(account)
        client = open_client(account.url, account.user, password, account.ca_file, account.timeout)
        try:
            engine = SyncEngine(Dav(client), account.calendar.strip(), account.todo_collection, clock, use_sync_token)
            report = engine.run()
        finally:
            client.close()
    except SyncError as exc:
        report.error = exc
    save_last_sync({
        "at": clock().astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"),
        "ok": report.ok,
        "error_kind": None if report.error is None else report.error.kind.value,
        "queued": report.queued,
    })
    return report
