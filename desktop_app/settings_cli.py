"""`finish-strong settings list|get|set` and `finish-strong password set|forget ACCOUNT`.

Both read the tables in store/settings_keys.py and store/secret_accounts.py, so a new setting or keyring secret needs a
row there and nothing here. A password is read from standard input (without echo on a
terminal) straight into the keyring; it is never printed, logged or written to a file, and
with no usable keyring the command fails instead of keeping it anywhere else.
"""

from __future__ import annotations

import argparse
import json
import sys

from .cli_language import translate, words

EXIT_OK, EXIT_FAILURE = 0, 1


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    settings = commands.add_parser("settings", parents=[common],
                                   help="list, read or change settings (docs/SETTINGS.md)")
    actions = settings.add_subparsers(dest="settings_action", metavar="ACTION", required=True,
                                      parser_class=type(settings))
    listing = actions.add_parser("list", parents=[common], help="every setting with its value")
    listing.add_argument("--json", action="store_true", help="one JSON object instead of text")
    get = actions.add_parser("get", parents=[common], help="print one setting's value")
    get.add_argument("key")
    put = actions.add_parser("set", parents=[common], help="change one setting (checked first)")
    put.add_argument("key")
    put.add_argument("value")
    from .store.secret_accounts import SECRETS  # names only: no database code at parse time

    password = commands.add_parser("password", parents=[common],
                                   help="store a password read from standard input in the keyring, or forget it")
    password_actions = password.add_subparsers(dest="password_action", metavar="ACTION", required=True,
                                               parser_class=type(password))
    for action, text in (("set", "read one line from standard input into the keyring"),
                         ("forget", "remove the password from the keyring")):
        sub = password_actions.add_parser(action, parents=[common], help=text)
        sub.add_argument("account", choices=sorted(SECRETS))


def run_settings(args: argparse.Namespace) -> int:
    from .store import settings_keys as keys

    try:
        if args.settings_action == "list":
            values = {key.name: keys.read(key) for key in keys.SETTINGS}
            if args.json:
                print(json.dumps(values, indent=2, ensure_ascii=False))
            else:
                for key in keys.SETTINGS:
                    shown = key.kind.show(values[key.name])
                    if "\n" in shown or "\r" in shown:  # one line per setting: quote multi-line text
                        shown = json.dumps(shown, ensure_ascii=False)
                    print(f"{key.name} = {shown}")
        elif args.settings_action == "get":
            key = keys.find(args.key)
            print(key.kind.show(keys.read(key)))
        else:
            keys.write(args.key, args.value)
    except keys.SettingError as exc:
        from .ui.shared.errors import store_error_text  # plain Python: no Qt for English

        print(f"finish-strong: {' '.join(store_error_text(exc).splitlines())}", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def _read_password() -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(translate("CommandLine", "Password: "))
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.removesuffix("\n").removesuffix("\r")


def run_password(args: argparse.Namespace) -> int:
    from .store.secret_accounts import SECRETS

    account = SECRETS[args.account]
    host, user = account.login()
    if not host or not user:
        print("finish-strong: " + words(translate("CommandLine", "set %1 first (finish-strong settings set KEY "
                                                  "VALUE)."), account.needs), file=sys.stderr)
        return EXIT_FAILURE
    from .mail.secrets import PasswordStore

    store = PasswordStore()
    if args.password_action == "forget":
        store.delete(host, user)
        if store.session_only:
            print("finish-strong: " + words(translate("CommandLine", "the keyring cannot be used (%1)."),
                                            str(store.last_error)), file=sys.stderr)
            return EXIT_FAILURE
        print(words(translate("CommandLine", "Forgot the %1 password for %2 at %3."), account.label, user, host))
        return EXIT_OK
    password = _read_password()
    if not password:
        print("finish-strong: " + translate("CommandLine", "no password on standard input; nothing was stored."),
              file=sys.stderr)
        return EXIT_FAILURE
    if not store.set(host, user, password):
        print("finish-strong: " + words(translate("CommandLine", "the keyring cannot be used (%1); nothing was "
                                                  "stored."), str(store.last_error)), file=sys.stderr)
        return EXIT_FAILURE
    print(words(translate("CommandLine", "Stored the %1 password for %2 at %3 in the keyring."), account.label, user,
                host))
    return EXIT_OK
