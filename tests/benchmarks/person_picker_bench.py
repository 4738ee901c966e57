"""The interview form's "someone you've met" with 100,000 people met: what opening the form cost before
(every person read and put in a combo box) and what a keystroke in the picker costs now.

`python -m tests.benchmarks.person_picker_bench [N]` (offscreen; a private temporary database);
prints one line, reported in docs/PERFORMANCE.md. Not part of `make bench`: the answer does not
depend on the rest of the data set, only on the number of people.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

FIRST = ["Dana", "Lena", "Sam", "Alex", "Jonas", "Zoë", "Ana", "Luis", "Claire", "Paul", "Mia", "Noah"]
LAST = ["Reyes", "Vogt", "Lee", "Kim", "Weber", "Ñúñez", "López", "Martin", "Durand", "Park", "Brandt", "Meyer"]
TYPED = ["D", "Da", "Dan", "Dana R", "Zo", "Zoë Ñ", "x"]


def main(count: int) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QComboBox

    app = QApplication.instance() or QApplication([])
    from desktop_app.store.database import close_database, open_database
    from desktop_app.store.interviews import find_people, list_people
    from desktop_app.store.models import Person

    folder = Path(tempfile.mkdtemp())
    database = open_database(folder / "people.sqlite3", folder / "backups")
    rng = random.Random(1)
    with database.atomic():
        rows = [{"uid": uuid.uuid4().hex, "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}", "title": "Manager"}
                for n in range(count)]
        for start in range(0, count, 5000):
            Person.insert_many(rows[start:start + 5000]).execute()
    opened = []
    for _ in range(3):  # the form as it was: every person read, then one combo item each
        began = time.perf_counter()
        box = QComboBox()
        for person in list_people():
            box.addItem(f"{person.name} ({person.title})", person.id)
        opened.append(time.perf_counter() - began)
    keystrokes = []
    for _ in range(5):
        for text in TYPED:
            began = time.perf_counter()
            find_people(text)
            keystrokes.append(time.perf_counter() - began)
    close_database()
    del app
    form_ms = statistics.median(opened) * 1000
    return (f"{count:,} people: opening the form read and listed everyone in {form_ms:,.0f} ms "
            f"(median of 3); a keystroke in the picker now asks {statistics.median(keystrokes) * 1000:.2f} ms "
            f"(median of {len(keystrokes)}, worst {max(keystrokes) * 1000:.2f} ms), and opening reads nobody")


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
