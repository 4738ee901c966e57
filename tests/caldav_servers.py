"""Real CalDAV servers for the sync tests: Radicale and Xandikos, each in a temp folder on 127.0.0.1.

Two implementations so the sync engine is not tuned to one server's habits. Each runs as a
child process of the test (its own Python from this venv) on a free port, and is stopped with
its process id. `stop()` then `start()` again on the same folder and port is "the server went
away and came back" for the offline-queue tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tests.local_servers import free_port, stop_process, wait_listening

USER = "alex"
PASSWORD = "correct horse ☃"  # non-ASCII on purpose: Basic auth must send UTF-8


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
        wait_listening("CalDAV server", self.port, self.process, log, limit=30.0)
        return self

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
        self.process = None
