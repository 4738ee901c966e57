"""`export` never destroys what is not a regular file, fails loudly when standard output is
closed, and writes nothing a calendar app chokes on; saved .eml drafts are private (0600)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.mail.message import build_message, write_eml
from desktop_app.store.database import close_database, open_database
from desktop_app.store.ics_export import export_ics
from desktop_app.store.interviews import save_interview

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def data(tmp_path: Path, make_interview) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    open_database(folder / "finish-strong.sqlite3", folder / "backups")
    save_interview(make_interview(company="Null\x00Byte Inc", role="Dev\x01\x7f"))
    close_database()
    return folder


def cli(*args: str | Path, data: Path, **kwargs) -> subprocess.CompletedProcess[bytes]:  # type: ignore[no-untyped-def]
    env = dict(os.environ, PYTHONIOENCODING="utf-8",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "desktop_app", *map(str, args), "--data-dir", str(data)],
                          stderr=subprocess.PIPE, env=env, cwd=REPO, timeout=60, check=False, **kwargs)


def test_a_device_or_pipe_is_refused_and_left_alone(data: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "a-pipe"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/null")):
        result = cli("export", target, data=data)
        assert result.returncode == 1
        assert b"not a regular file" in result.stderr and len(result.stderr.splitlines()) == 1
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and stat.S_ISCHR(os.stat("/dev/null").st_mode)
    link = tmp_path / "link-to-null"
    link.symlink_to("/dev/null")
    assert cli("export", link, data=data).returncode == 1
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert not list(tmp_path.glob(".export-*"))


def test_a_symlink_to_a_regular_file_keeps_the_link_and_updates_its_file(data: Path, tmp_path: Path) -> None:
    real = tmp_path / "real" / "interviews.json"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "interviews.json"
    link.symlink_to(real)
    result = cli("export", link, data=data)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)  # the link is not replaced by a file
    assert real.read_text(encoding="utf-8").startswith("{") and stat.S_IMODE(real.stat().st_mode) == 0o600
    assert not list(real.parent.glob(".export-*")) and not list(tmp_path.glob(".export-*"))


def test_export_to_a_closed_standard_output_fails(data: Path) -> None:
    result = cli("export", "-", data=data, stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(1))  # noqa: PLW1509
    assert result.returncode == 1
    assert b"standard output is closed" in result.stderr


def test_export_to_a_full_standard_output_fails(data: Path) -> None:
    with open("/dev/full", "wb") as full:  # every write: ENOSPC
        result = cli("export", "-", data=data, stdout=full)
    assert result.returncode == 1 and b"incomplete" in result.stderr


def test_no_nul_or_other_control_byte_reaches_an_exported_ics(data: Path, tmp_path: Path) -> None:
    open_database(data / "finish-strong.sqlite3", data / "backups")
    try:
        calendar = export_ics()
    finally:
        close_database()
    assert b"NullByte Inc" in calendar
    assert not any(b in calendar for b in [*range(0, 9), 11, 12, *range(14, 32), 127])
    out = tmp_path / "out.ics"
    assert cli("export", out, data=data).returncode == 0
    assert b"\x00" not in out.read_bytes() and b"NullByte Inc" in out.read_bytes()


def test_a_saved_eml_draft_is_private(tmp_path: Path) -> None:
    message = build_message("me@example.com", "Me", ["dana@example.com"], "Thanks", "Body",
                            datetime.now().astimezone())
    folder = tmp_path / "drafts"
    folder.mkdir(mode=0o755)
    (folder / "Thank you Dana.eml").write_text("older draft")
    os.chmod(folder / "Thank you Dana.eml", 0o644)
    old_umask = os.umask(0o022)
    try:
        path = write_eml(folder, message, "Thank you Dana")
        fresh = write_eml(folder, message, "Thank you Lee")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(fresh.stat().st_mode) == 0o600
    assert b"X-Unsent: 1" in path.read_bytes()
