"""One sync with the stored account: what the CLI and the GUI's background worker call.

Reads the account from the settings and the password from the keyring, runs the engine and
records how it ended (for the status bar). Never called on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from ..domain.words import Words
from ..store.settings_store import get_setting, set_setting
from ..store.sync_settings import SyncAccount, load_sync_account, save_last_sync
from .dav import Dav
from .engine import SyncEngine, SyncReport
from .errors import CONTEXT, QT_TRANSLATE_NOOP, SyncError, SyncErrorKind


def password_for(account: SyncAccount) -> str | None:
    from ..mail.secrets import PasswordStore

    if not account.user.strip():
        return None
    return PasswordStore().get(account.keyring_host, account.user.strip())


#: The collections the sync state belongs to (this machine's bookkeeping, never exported).
TARGET_KEY = "sync_target"


#: What the items on the server look like; when it changes, everything is written again once.
#: 2: X-FINISH-STRONG-DATA (what a second computer adopts) and done steps as completed todos.
FORMAT_KEY, ITEM_FORMAT = "sync_item_format", 2


def _forget_other_target(account: SyncAccount) -> None:
    """Another calendar chosen (in Settings or with `settings set`): start over there, all queued.
    Items written in an older format are queued once too (only those whose content changed go up)."""
    from ..store.sync_store import enqueue_all, reset_sync_state

    target = [account.calendar.strip().rstrip("/"), account.todo_collection.rstrip("/")]
    if get_setting(TARGET_KEY) != target:
        reset_sync_state()
        set_setting(TARGET_KEY, target)
    elif get_setting(FORMAT_KEY) != ITEM_FORMAT:
        enqueue_all()
    if get_setting(FORMAT_KEY) != ITEM_FORMAT:  # written once, not at every sync
        set_setting(FORMAT_KEY, ITEM_FORMAT)


def run_sync(
    account: SyncAccount | None = None,
    password: str | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    use_sync_token: bool = True,
) -> SyncReport:
    account = account or load_sync_account()
    report = SyncReport()
    if not account.configured:
        report.error = SyncError(Words(CONTEXT, QT_TRANSLATE_NOOP(
            "SyncError", "Sync is not set up: choose a CalDAV server and calendar in Settings › Sync.")),
                                 SyncErrorKind.CONFIGURATION)
        return report
    try:
        from .connect import open_client

        if password is None:
            password = password_for(account)
        _forget_other_target(account)
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
