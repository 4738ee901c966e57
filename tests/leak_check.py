"""Reusable check that a secret (an SMTP password, a note's marker text) was written nowhere.

`files_containing(folder, secret)` greps every file under `folder` — the database, its -wal,
backups, logs, window state — for the secret's bytes in UTF-8 and UTF-16 (Qt writes some
files in UTF-16). Use it after a send, a save or a provoked crash:

    assert files_containing(data_dir, b"hunter2") == []
"""

from __future__ import annotations

from pathlib import Path


def encodings(secret: bytes | str) -> list[bytes]:
    text = secret.decode("utf-8") if isinstance(secret, bytes) else secret
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_containing(folder: Path, secret: bytes | str) -> list[Path]:
    needles = encodings(secret)
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if any(needle in data for needle in needles):
                found.append(path)
    return found
