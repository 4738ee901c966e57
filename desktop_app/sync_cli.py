"""`finish-strong sync [--json]`: one sync from the command line, for scripts and the checks.

Prints what went up and down; a failure says its kind in a few words ("password refused") and
what to do, in the user's language (ui/shared/sync_words.py), and exits 1 with every change still
queued. `--json` keeps the kind's identifier (authentication, tls, unreachable, timeout, server,
conflict, configuration) and the English message.
`--find` lists the calendars at the configured server instead (for `settings set caldav.calendar`).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store.sync_settings import SyncAccount
    from .sync.errors import SyncError

EXIT_OK, EXIT_FAILURE = 0, 1


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    sync = commands.add_parser("sync", parents=[common],
                               help="sync with your CalDAV calendar once and say what went up and down (docs/SYNC.md)")
    sync.add_argument("--json", action="store_true", help="one JSON object instead of text")
    sync.add_argument("--find", action="store_true", help="list the calendars at caldav.url instead of syncing")


def run_sync_command(args: argparse.Namespace) -> int:
    from .store.sync_settings import load_sync_account
    from .sync.errors import SyncError

    account = load_sync_account()
    if args.find:
        try:
            return _find(account, args.json)
        except SyncError as exc:
            return _failed(exc, args.json)
    from .sync.runner import run_sync

    report = run_sync(account)
    if args.json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        from .cli_language import translate, words

        up, down = report.up, report.down
        print(words(translate("CommandLine", "Up: %1 created, %2 updated, %3 deleted."), up["created"],
                    up["updated"], up["deleted"]))
        print(words(translate("CommandLine", "Down: %1 ticked, %2 moved, %3 put back, %4 adopted."), down["ticked"],
                    down["moved"], down["restored"], down["adopted"]))
        if down["deleted"]:
            print(words(translate("CommandLine", "%1 interview(s) deleted on another computer, in the trash here."),
                        down["deleted"]))
        print(words(translate("CommandLine", "%1 request(s), %2 write(s); %3 interview(s) still queued."),
                    report.requests, report.writes, report.queued))
    if report.error is not None:
        if not args.json:
            from .cli_language import translate, words
            from .ui.shared.sync_words import sync_error_text, sync_kind_name  # plain Python: no Qt in English

            print("finish-strong: " + words(translate("CommandLine", "sync failed (%1): %2"),
                                            sync_kind_name(report.error.kind.value),
                                            _one_line(sync_error_text(report.error))), file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def _find(account: SyncAccount, as_json: bool) -> int:
    from .sync.connect import find_calendars, open_client
    from .sync.errors import SyncError, SyncErrorKind
    from .sync.runner import password_for

    if not account.url.strip():
        from .domain.words import Words
        from .sync.errors import CONTEXT, QT_TRANSLATE_NOOP

        raise SyncError(Words(CONTEXT, QT_TRANSLATE_NOOP(
            "SyncError", "Set caldav.url first (finish-strong settings set caldav.url URL).")),
            SyncErrorKind.CONFIGURATION)
    client = open_client(account.url, account.user, password_for(account), account.ca_file, account.timeout)
    try:
        calendars = find_calendars(client, account.url)
    finally:
        client.close()
    if as_json:
        print(json.dumps([{"url": c.url, "name": c.name, "components": list(c.components)} for c in calendars],
                         indent=2, ensure_ascii=False))
    else:
        for c in calendars:
            print(f"{c.url}\t{_one_line(c.name)}\t{','.join(c.components) or 'any'}")
    return EXIT_OK


def _failed(exc: SyncError, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"ok": False, "error": {"kind": exc.kind.value, "message": str(exc)}}, ensure_ascii=False))
    else:
        from .ui.shared.sync_words import sync_error_text, sync_kind_name  # plain Python: no Qt in English

        print(f"finish-strong: {sync_kind_name(exc.kind.value)}: {_one_line(sync_error_text(exc))}", file=sys.stderr)
    return EXIT_FAILURE


def _one_line(text: str) -> str:
    return " ".join(text.splitlines())
