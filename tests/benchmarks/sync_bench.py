"""`make bench` for the CalDAV sync: an idle sync at 10,000 interviews and a first full upload.

Against a real Radicale on 127.0.0.1 (tests/caldav_servers.py). The local file holds 10,000
demo interviews; the first upload is timed on the newest UPLOAD of them (the whole 10,000 would
be ~60,000 PUTs, many minutes on a shared machine) and its rate is reported; the rest are marked
as already synced by emptying their queue rows. Then the idle sync (nothing new) is timed:
the goal is one request and under 0.5 s. Results go to stdout and docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "PERFORMANCE.md"
BEGIN, END = "<!-- sync-bench:begin -->", "<!-- sync-bench:end -->"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.sync_bench", description=__doc__)
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--upload", type=int, default=300, help="interviews in the timed first upload")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-docs", action="store_true")
    args = parser.parse_args()

    from desktop_app.store.database import close_database, db_proxy, open_database
    from desktop_app.store.demo import generate_demo
    from desktop_app.store.sync_settings import SyncAccount
    from desktop_app.store.sync_store import SyncItem, SyncQueue, queued
    from desktop_app.sync.connect import create_calendar, open_client
    from desktop_app.sync.runner import run_sync
    from tests.caldav_servers import PASSWORD, USER, CalDAVServer

    folder = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    server = CalDAVServer("radicale", folder / "radicale").start()
    try:
        client = open_client(server.root_url, USER, PASSWORD)
        calendar = create_calendar(client, server.root_url).url
        task_list = create_calendar(client, server.root_url, name="Follow-ups").url
        client.close()
        open_database(folder / "data" / "finish-strong.sqlite3", folder / "data" / "backups")
        generate_demo(args.interviews)
        from desktop_app.sync.runner import _forget_other_target

        def measure(account: SyncAccount) -> tuple[float, Any, int, list[float], set[int], set[int]]:
            _forget_other_target(account)  # the calendar is chosen (a first run would queue everything again)
            keep = {q.interview_uid for q in queued()[-args.upload:]}
            with db_proxy.atomic():
                SyncQueue.delete().where(SyncQueue.interview_uid.not_in(list(keep))).execute()
            started = time.perf_counter()
            first = run_sync(account, PASSWORD)
            upload_seconds = time.perf_counter() - started
            assert first.ok, first.error
            items = SyncItem.select().count()
            run_sync(account, PASSWORD)  # sees its own writes once
            idle_times, idle_requests, idle_writes = [], set(), set()
            for _ in range(args.runs):
                started = time.perf_counter()
                report = run_sync(account, PASSWORD)
                idle_times.append(time.perf_counter() - started)
                idle_requests.add(report.requests)
                idle_writes.add(report.writes)
            return upload_seconds, first, items, idle_times, idle_requests, idle_writes

        upload_seconds, first, items, idle_times, idle_requests, idle_writes = measure(
            SyncAccount(url=server.root_url, user=USER, calendar=calendar))
        two = measure(SyncAccount(url=server.root_url, user=USER, calendar=calendar, task_list=task_list))
        close_database()
    finally:
        server.stop()
    median = statistics.median(idle_times)
    two_median = statistics.median(two[3])
    lines = [
        f"- Idle sync (nothing new) at {args.interviews:,} interviews: requests {sorted(idle_requests)}, "
        f"writes {sorted(idle_writes)}, median {median * 1000:.0f} ms over {args.runs} runs "
        f"(min {min(idle_times) * 1000:.0f}, max {max(idle_times) * 1000:.0f}); goal one request, < 500 ms: "
        + ("met" if idle_requests == {1} and median < 0.5 else "NOT met") + ".",
        f"- The same with follow-ups in their own task list (two collections): requests {sorted(two[4])}, "
        f"writes {sorted(two[5])}, median {two_median * 1000:.0f} ms (min {min(two[3]) * 1000:.0f}, "
        f"max {max(two[3]) * 1000:.0f}): " + ("met" if two[4] == {1} and two_median < 0.5 else "NOT met") + ".",
        f"- First full upload: {args.upload:,} interviews = {items:,} calendar objects (events and todos, done "
        f"steps included) in {upload_seconds:.1f} s, {items / upload_seconds:.0f} objects/s, "
        f"{first.requests:,} requests; at that rate {args.interviews:,} interviews "
        f"(~{items * args.interviews // args.upload:,} objects) "
        f"take about {items * args.interviews / args.upload / (items / upload_seconds) / 60:.0f} min.",
    ]
    print("\n".join(lines))
    if not args.no_docs:
        block = f"{BEGIN}\n" + "\n".join(lines) + f"\n{END}"
        text = DOC.read_text(encoding="utf-8")
        if BEGIN in text:
            text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _m: block, text, flags=re.S)
        else:
            text += ("\n## CalDAV sync (`make bench`, tests/benchmarks/sync_bench.py)\n\n"
                     "Radicale on 127.0.0.1 with a password, the app's file with demo interviews.\n\n" + block + "\n")
        DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
