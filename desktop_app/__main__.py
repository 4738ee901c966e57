"""Entry point: parse the command line, then start the GUI or run a CLI command.

Kept thin and free of Qt imports so that `finish-strong due` or `export` start fast
and work without a display; the GUI modules are imported only when needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__
from .std_streams import ensure_std_streams


class OneLineParser(argparse.ArgumentParser):
    """Bad arguments end with a single line naming the problem, and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    common = OneLineParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help="keep the database and everything else the app writes in DIR "
        "(default: $FINISH_STRONG_DATA_DIR, else the platform's user data folder)",
    )
    parser = OneLineParser(
        prog="finish-strong", parents=[common],
        description="Finish Strong: follow up after every job interview, on time. "
        "Give calendar invitations (FILE.ics) to import them in the window, as 'Open with' does.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--minimized", action="store_true",
        help="start in the tray without opening the window (used by start at login)",
    )
    parser.add_argument(
        "--quit-after-startup", action="store_true",
        help="open the main window, wait until it is painted once, then exit (smoke tests, benchmarks)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    export = commands.add_parser(
        "export", parents=[common],
        help="write all data to a JSON file, or interviews and follow-ups to a calendar file (FILE.ics)",
    )
    export.add_argument("file", metavar="FILE.json|FILE.ics", help="where to write ('-' for standard output)")
    export.add_argument("--format", choices=("json", "ics"), help="default: ics for a .ics file name, else json")
    imp = commands.add_parser(
        "import", parents=[common], help="read a JSON export or a calendar invitation (.ics); no duplicates",
    )
    imp.add_argument("file", metavar="FILE.json|FILE.ics")
    imp.add_argument(
        "--replace-settings", action="store_true",
        help="accept a JSON file that changes your mail server settings (without it, such a file is refused)",
    )
    imp.add_argument(
        "--me", action="append", default=[], metavar="ADDRESS",
        help="your own e-mail address, so you are not made an interviewer (repeatable; besides those in Settings)",
    )
    due = commands.add_parser("due", parents=[common], help="list follow-ups whose reminder time has come")
    due.add_argument("--json", action="store_true", help="print a JSON list instead of text")
    due.add_argument("--at", metavar="ISO-DATETIME", help="the moment to check (default: now)")
    search = commands.add_parser(
        "search", parents=[common], help="search notes, people and companies (the window's results, in its order)",
    )
    search.add_argument("query", metavar="QUERY", help="words to find; the last one may be the start of a word")
    search.add_argument("--json", action="store_true", help="print JSON (with match positions) instead of text")
    search.add_argument("--limit", type=_positive_int, default=200, metavar="N",
                        help="at most N matches, the most recent when more match (default: 200)")
    demo = commands.add_parser("demo", parents=[common], help="add realistic sample interviews")
    demo.add_argument("--interviews", type=_positive_int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    recover = commands.add_parser(
        "recover", parents=[common],
        help="read every readable row of a damaged database into a new file, filling gaps from the newest backup",
    )
    recover.add_argument("damaged", metavar="DAMAGED.sqlite3", help="the damaged file (only read, never changed)")
    recover.add_argument("out", metavar="OUT.sqlite3", help="the new database to write (must not exist)")
    source = recover.add_mutually_exclusive_group()
    source.add_argument("--backup", metavar="FILE",
                        help="take rows the damaged file lost from FILE (default: the newest good backup)")
    source.add_argument("--no-backup", action="store_true", help="only what the damaged file still holds")
    from . import mail_cli, settings_cli

    settings_cli.add_parsers(commands, common)
    mail_cli.add_parsers(commands, common)
    from . import sync_cli

    sync_cli.add_parsers(commands, common)
    commands.add_parser(
        "diagnose", help="print what this installation finds (keyring backend, Qt modules, resources) as JSON",
    )
    return parser


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:  # noqa: SLF001 — argparse keeps its subcommands only here
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return set(action.choices)
    return set()


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError("give a number from 1 to 1,000,000")
    return value


CALENDAR_SUFFIXES = (".ics", ".ical", ".icalendar", ".ifb", ".vcs")


def split_files(argv: Sequence[str], commands: set[str]) -> tuple[list[str], list[str]]:
    """(options and command, files to open): `finish-strong [--data-dir D] FILE.ics…` opens invitations.

    The desktop's "Open with" passes files (`Exec=finish-strong %F`). A first word that is not
    a command starts the file list; argparse alone cannot mix optional files with subcommands.
    """
    rest: list[str] = []
    items = list(argv)
    i = 0
    while i < len(items):
        item = items[i]
        if item == "--data-dir" and i + 1 < len(items):
            rest += items[i:i + 2]
            i += 2
            continue
        if item.startswith("-"):
            rest.append(item)
            i += 1
            continue
        if item in commands or not _looks_like_file(item):
            return rest + items[i:], []  # a command, or a typo argparse names ("invalid choice")
        return rest + [a for a in items[i:] if a.startswith("--")], [a for a in items[i:] if not a.startswith("--")]
    return rest, []


def _looks_like_file(word: str) -> bool:
    return word.lower().endswith(CALENDAR_SUFFIXES) or os.path.isfile(word)


GUI_FLAGS = {"--quit-after-startup": "quit_after_startup", "--minimized": "minimized"}


def plain_gui_start(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a plain window start (`finish-strong [--data-dir D] [--minimized]`), else None.

    Double-clicking the app is the hot path: building the whole command line (every
    subcommand, and the modules that define them) costs ~10 ms before the first paint, so
    only anything else (a command, files, --help, a typo) goes through argparse.
    """
    values: dict[str, object] = {"command": None, "quit_after_startup": False, "minimized": False}
    items = list(argv)
    while items:
        item = items.pop(0)
        if item in GUI_FLAGS:
            values[GUI_FLAGS[item]] = True
        elif item == "--data-dir" and items and not items[0].startswith("-"):
            values["data_dir"] = items.pop(0)
        elif item.startswith("--data-dir=") and len(item) > len("--data-dir="):
            values["data_dir"] = item.removeprefix("--data-dir=")
        else:
            return None
    return argparse.Namespace(**values)


def main(argv: Sequence[str] | None = None) -> int:
    ensure_std_streams()  # a windowed or detached start may have none: printing must not crash
    words = sys.argv[1:] if argv is None else argv
    args, files = plain_gui_start(words), list[str]()
    if args is None:
        parser = build_parser()
        options, files = split_files(words, _command_names(parser))
        args = parser.parse_args(options)
    data_dir = getattr(args, "data_dir", None)
    if args.command == "diagnose":
        from .diagnose import run

        return run()
    if args.command:
        from .cli import run_command

        return run_command(args, data_dir)
    from .display_check import no_display_reason

    missing = no_display_reason()
    if missing:
        print(f"finish-strong: {missing}", file=sys.stderr)
        return 1
    from .windows_identity import set_app_user_model_id

    set_app_user_model_id()  # Windows: notifications and taskbar under the installer's shortcut
    from .process_exit import exit_now
    from .ui.app.source_scan import lighten_pyside_source_scan

    lighten_pyside_source_scan()  # before the app's modules are imported: 4.8 MiB less at start-up
    from .ui.app.application import run_gui

    exit_now(run_gui(data_dir, quit_after_startup=args.quit_after_startup, minimized=args.minimized,
                     files=[os.path.abspath(f) for f in files]))  # absolute: a running instance has its own cwd


if __name__ == "__main__":
    sys.exit(main())
