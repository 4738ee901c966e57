"""The GUI process ends with os._exit after shutting down: nothing buffered may be lost on the way."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_child(body: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "child.py"
    script.write_text(textwrap.dedent(body), encoding="utf-8")
    return subprocess.run([sys.executable, str(script)], cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})


def test_exit_now_keeps_the_exit_code_and_flushes_buffered_output_and_logs(tmp_path: Path) -> None:
    log = tmp_path / "app.log"
    result = run_child(f"""
        import logging, logging.handlers, sys
        from desktop_app.process_exit import exit_now

        # A memory handler holds records until it is closed: only logging.shutdown() writes them.
        target = logging.FileHandler({str(log)!r}, encoding="utf-8")
        logging.getLogger().addHandler(logging.handlers.MemoryHandler(1000, flushLevel=logging.CRITICAL, target=target))
        logging.getLogger().warning("last words: Zoë")
        print("no newline at the end", end="")  # stdout is a pipe here: block-buffered
        sys.stderr.write("and on stderr")
        exit_now(3)
        print("never printed")
    """, tmp_path)
    assert result.returncode == 3
    assert result.stdout == "no newline at the end"
    assert result.stderr == "and on stderr"
    assert log.read_text(encoding="utf-8") == "last words: Zoë\n"


def test_exit_now_works_without_standard_streams_as_in_a_windowed_frozen_app(tmp_path: Path) -> None:
    result = run_child("""
        import sys
        from desktop_app.process_exit import exit_now

        sys.stdout = sys.stderr = None
        exit_now(0)
    """, tmp_path)
    assert result.returncode == 0, result.stderr
