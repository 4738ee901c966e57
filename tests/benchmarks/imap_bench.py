"""The reply radar on a 20,000-message INBOX: Dovecot (tests/imap_server.py) on 127.0.0.1, the
mailbox written as Maildir files spread over two years, and the big demo data set plus one
thank-you sent ten days ago.

Measured in one child process (`python -m tests.benchmarks.imap_bench DATA_DIR`, JSON on
stdout): the first check (reads back to the oldest thank-you only), then a series of
incremental checks after two new messages arrive each time (one of them a reply), and checks
when nothing is new. Each check is the whole of `mail.mail_check.check`: TLS connect, login,
STATUS, the new UIDs' headers, the matched message's first lines, the database writes, logout.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

MESSAGES = 20_000
RUNS = 15
CHILD_TIMEOUT_SECONDS = 600


@dataclass
class ImapBenchResult:
    messages: int
    fill_seconds: float
    first_check_ms: float
    first_check_uids: int
    incremental_median_ms: float
    incremental_max_ms: float
    incremental_uids: list[int]
    nothing_new_median_ms: float
    runs: int
    replies_found: int

    @classmethod
    def from_json(cls, text: str) -> ImapBenchResult:
        return cls(**json.loads(text))


def _raw(number: int, when: datetime) -> bytes:
    return (f"From: Newsletter {number % 97} <news{number % 97}@shop.example>\r\nTo: zoe@mail.example\r\n"
            f"Subject: Offer number {number}\r\nDate: {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\r\n"
            f"Message-ID: <bench.{number}@shop.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\r\n" * 20).encode()


def fill_maildir(folder: Path, count: int, now: datetime) -> None:
    """Maildir files, as a mail server stores delivered mail; Dovecot indexes them on first use.
    The file time is the message's arrival (INTERNALDATE), spread evenly over two years."""
    from tests.imap_server import NOBODY

    cur = folder / "cur"
    for sub in ("cur", "new", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    span = timedelta(days=730)
    for number in range(count):
        when = now - span + span * number / count
        path = cur / f"{int(when.timestamp())}.M{number}P1.bench:2,S"
        path.write_bytes(_raw(number, when))
        os.utime(path, (when.timestamp(), when.timestamp()))
        if os.geteuid() == 0:
            os.chown(path, NOBODY, NOBODY)
    if os.geteuid() == 0:
        for path in (folder, *(folder / s for s in ("cur", "new", "tmp"))):
            os.chown(path, NOBODY, NOBODY)


def measure(data_dir: Path, messages: int = MESSAGES, runs: int = RUNS) -> ImapBenchResult:
    from desktop_app.domain.model import Person
    from desktop_app.mail.imap_client import ImapSession
    from desktop_app.mail.mail_check import check
    from desktop_app.paths import backups_dir, database_path
    from desktop_app.store.database import open_database
    from desktop_app.store.email_store import SentMessage, record_sent
    from desktop_app.store.interviews import load_interview, save_interview
    from desktop_app.store.mail_settings import MailAccount
    from tests.imap_server import PASSWORD, USER, ImapServer, mail
    from tests.unit.conftest import build_interview

    open_database(database_path(data_dir), backups_dir(data_dir))
    now = datetime.now(UTC)
    interview_id = save_interview(build_interview(
        company="Bench Corp", start=(now - timedelta(days=10, hours=3)).strftime("%Y-%m-%d %H:%M"), zone="UTC",
        interviewers=[Person("Dana Bench", email="dana@bench.example")]))
    dana = load_interview(interview_id).interviewers[0].id
    assert dana is not None
    message_id = "<bench-thanks@home.example>"
    record_sent(interview_id, dana, SentMessage(dana, now - timedelta(days=10), message_id, "dana@bench.example",
                                                "Thank you", "Dear Dana", "manual"))
    smtp = MailAccount(host="127.0.0.1", user=USER, sender="alex@home.example")
    uids: list[int] = []
    original = ImapSession.fetch

    def counting(self, folder, wanted, what):  # type: ignore[no-untyped-def]
        if "HEADER.FIELDS" in what:
            uids.append(len(wanted))
        return original(self, folder, wanted, what)

    ImapSession.fetch = counting  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory(prefix="fs-imap-bench-") as tmp, ImapServer(Path(tmp)) as server:
        started = time.perf_counter()
        fill_maildir(server.root / "mail" / USER, messages, now)
        fill_seconds = time.perf_counter() - started
        account = server.account()
        started = time.perf_counter()
        check(account, smtp, PASSWORD)
        first_ms = (time.perf_counter() - started) * 1000
        first_uids = sum(uids)
        incremental, nothing_new, found, per_check = [], [], 0, []
        for run in range(runs):
            server.deliver(mail("news@shop.example", f"New offer {run}"))
            server.deliver(mail("Dana Bench <dana@bench.example>", f"Re: Thank you ({run})",
                                In_Reply_To=message_id))
            uids.clear()
            started = time.perf_counter()
            findings = check(account, smtp, PASSWORD)
            incremental.append((time.perf_counter() - started) * 1000)
            per_check.append(sum(uids))
            found += sum(1 for f in findings if f.kind == "reply")
            started = time.perf_counter()
            check(account, smtp, PASSWORD)
            nothing_new.append((time.perf_counter() - started) * 1000)
    return ImapBenchResult(messages, fill_seconds, first_ms, first_uids, statistics.median(incremental),
                           max(incremental), per_check, statistics.median(nothing_new), runs, found)


def measure_in_child(data_dir: Path, env: dict[str, str], repo: Path) -> ImapBenchResult:
    done = subprocess.run([sys.executable, "-m", "tests.benchmarks.imap_bench", str(data_dir)], cwd=repo,
                          env={**env, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT_SECONDS)
    if done.returncode != 0:
        raise OSError(f"the IMAP benchmark failed:\n{done.stderr.strip()[-2000:]}")
    return ImapBenchResult.from_json(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else MESSAGES
    print(json.dumps(asdict(measure(folder, count))))
