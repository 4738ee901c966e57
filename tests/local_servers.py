"""What every real server the tests start on 127.0.0.1 needs: a free port, "wait until it
listens", and a stop that is sure the child has ended (SMTP, IMAP and CalDAV helpers share them,
so a fix to one — a longer limit, a kill after terminate — reaches all)."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path


def free_port(host: str = "127.0.0.1") -> int:
    """A port the OS just handed out (bind port 0); for servers that take a port number."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def wait_listening(name: str, port: int, process: subprocess.Popen[bytes], log: Path, limit: float) -> None:
    """Returns once 127.0.0.1:`port` accepts a connection; raises RuntimeError with the end of
    `log` if the process exits first or `limit` seconds pass (a failed start says why)."""
    deadline = time.monotonic() + limit
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                why = log.read_text(errors="replace")[-2000:] if log.exists() else ""
                state = "exited" if process.poll() is not None else "did not start listening"
                raise RuntimeError(f"{name} {state}: {why}") from None
            time.sleep(0.05)


def stop_process(process: subprocess.Popen[bytes], timeout: float = 10) -> None:
    """Ask a child to end, and make sure it has when this returns."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)
