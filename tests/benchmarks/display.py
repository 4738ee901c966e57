"""A private X display for the start-up runs, so a desktop or another suite cannot disturb them.

Xvfb picks a free display number itself (`-displayfd`) and writes it once it accepts
connections, which avoids both guessing numbers and sleeping. Without Xvfb the runs use
Qt's offscreen platform, which still paints but skips the X round trips.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from tests.local_servers import stop_process

XVFB_READY_SECONDS = 15


class DisplayError(RuntimeError):
    """Xvfb is installed but did not start."""


@dataclass(frozen=True)
class Display:
    platform: str  # the QT_QPA_PLATFORM value
    display: str | None  # ":N" for xcb, None for offscreen
    why: str = ""  # why offscreen

    def describe(self) -> str:
        if self.display:
            return f"xcb on a private Xvfb {self.display} (1280x1024x24)"
        return f"offscreen ({self.why})" if self.why else "offscreen"

    def apply(self, env: dict[str, str]) -> dict[str, str]:
        """`env` made to point Qt at this display, and at nothing else."""
        env = dict(env)
        env["QT_QPA_PLATFORM"] = self.platform
        env.pop("WAYLAND_DISPLAY", None)
        if self.display:
            env["DISPLAY"] = self.display
        else:
            env.pop("DISPLAY", None)
        return env


@contextmanager
def private_display(prefer_xvfb: bool = True) -> Iterator[Display]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None or not prefer_xvfb:
        yield Display("offscreen", None, "Xvfb not found" if xvfb is None else "asked for with --offscreen")
        return
    read_end, write_end = os.pipe()
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            pass_fds=(write_end,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
        )
        os.close(write_end)
        try:
            number = _read_display_number(read_end, proc)
            if number is None:
                log.seek(0)
                detail = log.read().decode(errors="replace").strip()
                raise DisplayError(f"Xvfb did not report a display within {XVFB_READY_SECONDS} s:\n{detail}")
            yield Display("xcb", f":{number}")
        finally:
            os.close(read_end)
            stop_process(proc)


def _read_display_number(fd: int, proc: subprocess.Popen[bytes]) -> str | None:
    text = b""
    while b"\n" not in text:
        ready, _, _ = select.select([fd], [], [], XVFB_READY_SECONDS)
        chunk = os.read(fd, 64) if ready else b""
        if not chunk or proc.poll() is not None:
            return None
        text += chunk
    return text.decode().strip() or None
