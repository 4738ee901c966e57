"""The command-line subcommands: export, import, due, demo, settings, password, mail.

`import` and `export` speak JSON (docs/INTERCHANGE.md) and, for FILE.ics, iCalendar
(calendar invitations in, interviews and follow-ups out; docs/ICS.md).

Uses `store/` and `domain/` only — no Qt in English — so it runs on a headless machine. What it
prints for people is in the user's language (cli_language.py: Qt's translators, QtCore only, loaded
when the language is not English); JSON output is the same in every language.
Every failure the user can fix ends with one line on stderr and a non-zero exit,
and leaves the data as it was.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import BinaryIO
from zoneinfo import ZoneInfo

from .cli_language import moment_text, translate, use_language, words, zoned_moment_text
from .paths import backups_dir, database_path, ensure_data_dir, resolve_data_dir
from .store.database import close_database, open_database
from .store.errors import StoreError
from .store.faults import DATABASE_ERRORS, FaultKind, fault_kind

EXIT_OK, EXIT_FAILURE = 0, 1


class CommandError(Exception):
    """A problem to report in one line."""


def run_command(args: argparse.Namespace, data_dir_option: str | None) -> int:
    use_language()  # the system's until the database (and its language setting) is open
    if args.command == "recover":
        return _run_recover(args, data_dir_option)
    handler = {"export": _export, "import": _import, "due": _due, "demo": _demo, "settings": _settings,
               "password": _password, "mail": _mail, "sync": _sync,
               "search": _search}[args.command]
    try:
        return _run(handler, args, data_dir_option)
    finally:
        source = getattr(args, "json_file", None)
        if source is not None:
            source.close()


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace, data_dir_option: str | None) -> int:
    try:
        if args.command == "import":
            _read_import(args)  # read and check before opening anything: a bad file changes nothing
        if args.command == "due":
            args.moment = _parse_moment(args.at)
        if args.command == "export" and args.file != "-":
            _check_export_target(Path(args.file))  # before anything is created
        data_dir = ensure_data_dir(resolve_data_dir(data_dir_option))
        open_database(database_path(data_dir), backups_dir(data_dir))
        from .store.settings_store import load_language

        use_language(load_language())  # Settings › Language, when the user chose one
        try:
            return handler(args)
        finally:
            close_database()
    except CommandError as exc:
        print(f"finish-strong: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_FAILURE
    except StoreError as exc:
        from .ui.shared.errors import store_error_text  # plain Python: the message table, no Qt

        print(f"finish-strong: {_one_line(store_error_text(exc))}", file=sys.stderr)
        return EXIT_FAILURE
    except DATABASE_ERRORS as exc:
        if fault_kind(exc) is FaultKind.BUG:
            raise  # not the user's to fix: the traceback is the report
        # locked, disk full, read-only, damaged: one line the user can act on
        from .ui.shared.errors import describe_startup  # plain Python: the message table, no Qt

        print(f"finish-strong: {_one_line(describe_startup(exc))}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        # `finish-strong due | head`: the reader left; that is not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        print(_one_line(f"finish-strong: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")), file=sys.stderr)
        return EXIT_FAILURE


def _one_line(text: str) -> str:
    """Messages quote what the user typed (a company name from a file may hold newlines)."""
    return " ".join(text.splitlines())


def _export_destination(target: Path) -> Path:
    """The regular file an export replaces: a symlink's target (the link itself is kept).

    A device, pipe or socket is refused: the export is written beside the target and renamed
    over it, which would replace `/dev/sda1` or a named pipe with a file — and writing into one
    directly could not be made all-or-nothing.
    """
    real = Path(os.path.realpath(target)) if target.is_symlink() else target
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return real
    except OSError as exc:
        raise CommandError(_cannot_write(target, exc)) from exc
    if stat.S_ISDIR(mode):
        raise CommandError(words(translate("CommandLine", "%1 is a folder; give a file name."), str(target)))
    if not stat.S_ISREG(mode):
        raise CommandError(words(translate(
            "CommandLine", "%1 is not a regular file (a device, pipe or socket); nothing was written. "
            "Give a file name, or '-' for standard output."), str(target)))
    return real


def _cannot_write(target: Path, exc: OSError) -> str:
    return words(translate("CommandLine", "cannot write %1: %2"), str(target), str(exc.strerror or exc))


def _cannot_read(path: Path | str) -> str:
    """A file to read that is not there (or is a folder)."""
    if Path(path).is_dir():
        return words(translate("CommandLine", "cannot read %1: it is a folder"), str(path))
    return words(translate("CommandLine", "cannot read %1: no such file"), str(path))


def _check_export_target(target: Path) -> None:
    target = _export_destination(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(words(translate("CommandLine", "cannot write %1: the folder %2 does not exist"),
                                 str(target), str(folder)))
    if not os.access(folder, os.W_OK):
        raise CommandError(words(translate("CommandLine", "cannot write %1: the folder %2 is not writable"),
                                 str(target), str(folder)))
def _is_ics(name: str) -> bool:
    from .store.ics_reader import looks_like_ics

    return name != "-" and looks_like_ics(Path(name))


def _read_import(args: argparse.Namespace) -> None:
    args.invitation = None
    if _is_ics(args.file):
        from .local_zone import local_zone_name
        from .store.ics_reader import read_invitation_file

        path = Path(args.file)
        if not path.is_file():
            raise CommandError(_cannot_read(args.file))
        args.invitation = read_invitation_file(path, local_zone_name())
        return
    args.json_file = _open_import(args.file)
    start = args.json_file.read(4096)
    args.json_file.seek(0)
    if start.decode("utf-8", "ignore").lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:VCALENDAR"):
        from .local_zone import local_zone_name  # an invitation piped in
        from .store.ics_reader import parse_invitation

        args.invitation = parse_invitation(_decoded(args.json_file.read(), args.file), local_zone_name())
        return
    from .store.json_stream_import import check_file_header

    check_file_header(args.json_file)  # before anything is opened: a file that is no export changes nothing


def _open_import(name: str) -> BinaryIO:
    """The file to import, seekable (standard input is copied to a temporary file as it comes)."""
    if name != "-":
        try:
            return open(name, "rb")  # noqa: SIM115 (closed when the process ends)
        except OSError as exc:
            if isinstance(exc, FileNotFoundError | IsADirectoryError):
                raise CommandError(_cannot_read(name)) from exc
            raise CommandError(words(translate("CommandLine", "cannot read %1: %2"), name, str(exc.strerror))) from exc
    spool = tempfile.TemporaryFile()  # noqa: SIM115
    shutil.copyfileobj(sys.stdin.buffer, spool)
    spool.seek(0)
    return spool


def _decoded(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CommandError(words(translate("CommandLine", "%1 is not a UTF-8 text file."), name)) from exc


def _parse_moment(text: str | None) -> datetime:
    if text is None:
        return datetime.now().astimezone()
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise CommandError(words(translate("CommandLine", "--at: %1 is not an ISO 8601 date-time (e.g. "
                                           "2026-03-01T09:00)"), repr(text))) from None
    return value if value.tzinfo else value.astimezone()  # a naive time is the machine's local time


def _export(args: argparse.Namespace) -> int:
    as_ics = (args.format or ("ics" if args.file.lower().endswith(".ics") else "json")) == "ics"
    from .cli_progress import ProgressLine

    line = ProgressLine(translate("CommandLine", "Exporting…"))

    def write(handle: BinaryIO) -> None:
        """Stream the export into `handle`: written as it is read, never whole in memory."""
        if as_ics:
            from .store.ics_export import write_ics

            write_ics(handle, progress=line)
            return
        from .store.interchange import write_json

        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        try:
            write_json(text, progress=line)
            text.flush()
        finally:
            text.detach()

    try:
        if args.file == "-":
            return _write_stdout(write)
        return _write_beside(Path(args.file), write)
    finally:
        line.close()


def _write_beside(asked: Path, write: Callable[[BinaryIO], None]) -> int:
    target = _export_destination(asked)
    # Write beside the target and rename, so a full disk never leaves half a file.
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=".export-")
    except OSError as exc:  # name the file the user asked for, not our temporary one
        raise CommandError(_cannot_write(asked, exc)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CommandError(_cannot_write(asked, exc)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return EXIT_OK


def _write_stdout(write: Callable[[BinaryIO], None]) -> int:
    """`export -`: a closed or vanished standard output is a failure, never a silent success."""
    from .std_streams import MISSING

    if "stdout" in MISSING:
        raise CommandError(translate("CommandLine", "standard output is closed; nothing was exported."))
    try:
        sys.stdout.flush()
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        sys.stdout.flush()
    except OSError as exc:  # EPIPE (the reader left), EBADF, ENOSPC on a redirected file
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        raise CommandError(words(translate("CommandLine", "standard output could not take the export (%1); "
                                           "it is incomplete."), str(exc.strerror or exc))) from exc
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    if args.invitation is not None:
        return _import_invitation(args)
    from .cli_progress import ProgressLine
    from .store.errors import MailSettingsChangeError
    from .store.json_stream_import import import_json_file

    size = os.fstat(args.json_file.fileno()).st_size
    line = ProgressLine(translate("CommandLine", "Importing…"))
    try:
        interviews, people = import_json_file(args.json_file, size, line, replace_settings=args.replace_settings)
    except MailSettingsChangeError as exc:
        from .ui.shared.errors import store_error_text

        raise CommandError(words(translate("CommandLine", "%1 To accept the new mail settings, run the import "
                                           "again with --replace-settings."), store_error_text(exc))) from exc
    finally:
        line.close()
    print(words(translate("CommandLine", "Imported %1 interviews and %2 people."), interviews, people))
    return EXIT_OK


def _import_invitation(args: argparse.Namespace) -> int:
    from .domain.validation import is_valid_email
    from .store.ics_import import apply_import, describe_words, plan_import
    from .store.settings_store import load_my_addresses
    from .ui.shared.errors import words_text  # plain Python: no Qt for English

    for address in args.me:
        if not is_valid_email(address):
            raise CommandError(words(translate("CommandLine", "--me: “%1” is not an e-mail address."), address))
    if args.invitation.problems:  # all or nothing here; the window's import can leave an event out
        problem = args.invitation.problems[0]
        raise CommandError(words(translate("CommandLine", "%1 Nothing was imported; the app's Import "
                                           "invitation… can leave that event out."),
                                     words_text(problem.message) if not isinstance(problem.message, str)
                                     else problem.message))
    items = plan_import(args.invitation, [*load_my_addresses(), *args.me])
    apply_import(items)
    for item in items:
        start = item.interview.start.astimezone(ZoneInfo(item.interview.timezone))
        print(_one_line(" ".join(words_text(part) for part in describe_words(item, zoned_moment_text(start)))))
    return EXIT_OK


def _due(args: argparse.Namespace) -> int:
    from .store.follow_up_queries import iter_due

    items = iter_due(args.moment)  # printed as read: a backlog of thousands needs no memory
    if args.json:
        opened = False
        for item in items:
            record = {
                "kind": item.step.value,
                "interview": item.interview_uid,
                "company": item.company,
                "role": item.role,
                "person": item.person,
                "remind_at": item.remind_at.astimezone().isoformat(),
                "due_at": item.due_at.astimezone().isoformat(),
                "follow_up": item.follow_up_id,
            }
            # exactly what json.dumps(all, indent=2) writes, one item at a time
            text = json.dumps(record, indent=2, ensure_ascii=False).replace("\n", "\n  ")
            sys.stdout.write(("[\n  " if not opened else ",\n  ") + text)
            opened = True
        print("\n]" if opened else "[]")
        return EXIT_OK
    first = next(items, None)
    if first is None:
        print(translate("CommandLine", "Nothing is due."))
    for item in itertools.chain([] if first is None else [first], items):
        step = translate("DomainText", item.step.label)  # the step names the window shows
        what = ", ".join(part for part in (item.company, item.role) if part)  # never "(Globex, )"
        if item.person:
            line = words(translate("CommandLine", "%1 — %2 (%3); due %4"), step, item.person, what,
                         moment_text(item.due_at))
        else:
            line = words(translate("CommandLine", "%1 (%2); due %3"), step, what, moment_text(item.due_at))
        print(line)
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    from .cli_search import run_search

    run_search(args.query, args.limit, args.json)
    return EXIT_OK


def _settings(args: argparse.Namespace) -> int:
    from .settings_cli import run_settings

    return run_settings(args)


def _password(args: argparse.Namespace) -> int:
    from .settings_cli import run_password

    return run_password(args)


def _mail(args: argparse.Namespace) -> int:
    from .mail_cli import run_mail

    return run_mail(args)


def _sync(args: argparse.Namespace) -> int:
    from .sync_cli import run_sync_command

    return run_sync_command(args)


def _demo(args: argparse.Namespace) -> int:
    from .store.demo import generate_demo

    added = generate_demo(args.interviews, seed=args.seed)
    print(words(translate("CommandLine", "Added %1 sample interviews."), added))
    return EXIT_OK


def _run_recover(args: argparse.Namespace, data_dir_option: str | None) -> int:
    """The live database is not opened: it may be the damaged file itself."""
    try:
        return _recover(args, data_dir_option)
    except CommandError as exc:
        print(f"finish-strong: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        print(_one_line(f"finish-strong: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")), file=sys.stderr)
        return EXIT_FAILURE


def _recover(args: argparse.Namespace, data_dir_option: str | None) -> int:
    """`recover DAMAGED OUT`: salvage into a new file; the live database is not opened at all."""
    from .domain.salvage_text import Counts, backup_sentence, salvage_sentence, table_lines
    from .store.recovery import newest_good_backup
    from .store.salvage_merge import salvage_file

    damaged, out = Path(args.damaged), Path(args.out)
    if not damaged.is_file():
        raise CommandError(_cannot_read(damaged))
    if out.exists() or Path(f"{out}-wal").exists():
        raise CommandError(words(translate("CommandLine", "%1 already exists; give the name of a new file."), str(out)))
    if damaged.resolve() == out.resolve():
        raise CommandError(translate("CommandLine", "the new file must not be the damaged one."))
    backup: Path | None = None
    backup_name = ""
    if args.backup:
        backup = Path(args.backup)
        if not backup.is_file():
            raise CommandError(words(translate("CommandLine", "cannot read the backup %1: no such file"), str(backup)))
        backup_name = str(backup)
    elif not args.no_backup:
        info = newest_good_backup(backups_dir(resolve_data_dir(data_dir_option)))
        if info is not None:
            backup, backup_name = info.path, (info.taken_at.isoformat(" ", "minutes") if info.taken_at
                                              else str(info.path))
    report = salvage_file(damaged, out, backup)
    counts = {name: Counts(c.recovered, c.unreadable, c.from_backup, c.lost_pages)
              for name, c in report.tables.items()}
    from .ui.shared.errors import words_text  # plain Python: no Qt for English

    print(_one_line(words_text(salvage_sentence(counts, str(damaged)))))
    if backup is not None:
        taken = backup_sentence(counts, backup_name)
        print(_one_line(words_text(taken) if taken is not None
                        else words(translate("CommandLine", "Nothing needed from the backup %1."), backup_name)))
    for line in table_lines(counts):
        print("  " + words_text(line))
    if report.damaged_pages:
        print(words(translate("CommandLine", "Damaged pages skipped: %1."), report.damaged_pages))
    print(words(translate("CommandLine", "Wrote %1. %2 was not changed."), str(out), str(damaged)))
    return EXIT_OK
