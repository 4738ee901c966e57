"""Real CalDAV servers for the sync tests: Radicale and Xandikos, each in a temp folder on 127.0.0.1.

Two implementations so the sync engine is not tuned to one server's habits. Each runs as a
child process of the test (its own Python from this venv) on a free port, and is stopped with
its process id. `stop()` then `start()` again on the same folder and port is "the server went
away and came back" for the offline-queue tests.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

USER = "alex"
PASSWORD = "correct horse ☃"  # non-ASCII on purpose: Basic auth must send UTF-8


def free_port() -> int:
    """A port the OS just handed out for 127.0.0.1 (bind port 0); the servers take a port number."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_listening(port: int, process: subprocess.Popen[bytes], log: Path, limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"CalDAV server exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("CalDAV server did not start listening")


@dataclass
class CalDAVServer:
    kind: str  # "radicale" or "xandikos"
    folder: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    #: (certificate chain file, key file) to serve HTTPS (Radicale only), e.g. from trustme.
    tls: tuple[Path, Path] | None = None

    @property
    def root_url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/"

    @property
    def needs_password(self) -> bool:
        return self.kind == "radicale"  # Xandikos leaves authentication to a proxy (or TLS + htpasswd)

    def _command(self) -> list[str]:
        if self.kind == "radicale":
            users = self.folder / "users"
            users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
            return [
                sys.executable, "-m", "radicale",
                "--server-hosts", f"127.0.0.1:{self.port}",
                "--storage-filesystem-folder", str(self.folder / "collections"),
                "--auth-type", "htpasswd",
                "--auth-htpasswd-filename", str(users),
                "--auth-htpasswd-encryption", "plain",
                "--rights-type", "owner_only",
                "--logging-level", "warning",
                *(["--server-ssl", "True", "--server-certificate", str(self.tls[0]),
                   "--server-key", str(self.tls[1])] if self.tls else []),
            ]
        return [
            sys.executable, "-m", "xandikos", "serve",
            "-d", str(self.folder / "dav"),
            "-l", "127.0.0.1", "-p", str(self.port),
            "--current-user-principal", f"/{USER}/",
            "--defaults", "--no-detect-systemd",
            "--state-dir", str(self.folder / "state"),
        ]

    def start(self) -> CalDAVServer:
        self.folder.mkdir(parents=True, exist_ok=True)
        log = self.folder / "server.log"
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        with log.open("ab") as out:
            self.process = subprocess.Popen(self._command(), stdout=out, stderr=subprocess.STDOUT, env=env)
        _wait_listening(self.port, self.process, log)
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
