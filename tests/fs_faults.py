"""Real faults for tests: another process holding SQLite's exclusive lock, a folder nobody can
write to (even root), a small disk that fills up. Each skips the test where the machine cannot
provide it, rather than faking the fault.

Why not chmod: the tests run as root, and root writes into a 0500 folder. An immutable folder
(`chattr +i`, needs CAP_LINUX_IMMUTABLE and ext4/xfs/btrfs) refuses root too, and a size-limited
tmpfs (needs CAP_SYS_ADMIN) gives a real ENOSPC / SQLITE_FULL.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
if sys.argv[2] == "exclusive":  # nobody else may even read (a fresh connection fails at once)
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""


@contextmanager
def locked_by_another_process(path: Path, exclusive: bool = True) -> Iterator[None]:
    """Another program (a separate process) holds an exclusive lock on the database at `path`.

    `exclusive=False`: it holds the write lock only (a long import in another program); in WAL
    mode connections already open can still read, every write waits and ends SQLITE_BUSY.
    """
    mode = "exclusive" if exclusive else "writer"
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path), mode], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.communicate(timeout=30)  # closes stdin (the holder lets go) and stdout


@contextmanager
def immutable(path: Path) -> Iterator[None]:
    """`chattr +i`: nothing (not even root) can create, rename or delete entries in the folder."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    result = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"cannot make a folder immutable here: {result.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)


@contextmanager
def small_disk(path: Path, size: str = "1m") -> Iterator[Path]:
    """A tmpfs of `size` mounted at `path`: writing more than that fails with ENOSPC / SQLITE_FULL."""
    path.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {result.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk under `folder`, leaving about `leave` bytes free; returns the filler file."""
    filler = folder / "filler"
    free = shutil.disk_usage(folder).free - leave
    with open(filler, "wb") as handle:
        try:
            handle.write(b"\0" * max(free, 0))
            handle.flush()
        except OSError:
            pass
    return filler
