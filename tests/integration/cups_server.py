"""A private CUPS scheduler with a cups-pdf queue, started and stopped by the test itself.

`cupsd -f` runs on its own configuration, spool and log folders and listens only on a
private Unix socket (clients find it through CUPS_SERVER), so the machine's own CUPS, if
any, is never touched. The cups-pdf backend reads its settings only from /etc/cups
(compiled in): the queue gets its own `/etc/cups/cups-pdf-<queue>.conf` naming a private
output folder, removed again afterwards. cupsd runs the backend as root, so this needs root
(as `make test` and CI run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import _needs, _stop, wait_until

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")

CUPSD_CONF = """\
Listen {socket}
LogLevel info
WebInterface No
Browsing No
DefaultShared No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""
CUPS_FILES_CONF = """\
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
User lp
Group lp
SystemGroup root
"""


@dataclass
class CupsServer:
    root: Path
    socket: Path
    queue: str
    out: Path
    env: dict[str, str]

    def lpstat(self, *args: str) -> str:
        return subprocess.run(["lpstat", *args], env=self.env, capture_output=True, text=True, timeout=30).stdout

    def log(self) -> str:
        path = self.root / "log" / "error_log"
        return path.read_text(errors="replace") if path.exists() else ""


@pytest.fixture
def cups_pdf_printer() -> Iterator[CupsServer]:
    cupsd = _needs("cupsd", "cups-daemon")
    _needs("lpadmin", "cups-client")
    _needs("lpstat", "cups-client")
    if not BACKEND.exists() or not PPD.exists():
        pytest.fail("the cups-pdf backend is not installed; `make test` installs it (printer-driver-cups-pdf)")
    if os.geteuid() != 0:
        pytest.skip("cupsd runs the cups-pdf backend as root; run the suite as root (make test in CI does)")
    # Not under pytest's 0700 tmp dirs: CUPS filters run as `lp` and must reach the spool.
    root = Path(tempfile.mkdtemp(prefix="fs-cups-"))
    root.chmod(0o755)
    for sub in ("spool/tmp", "cache", "state/certs", "log", "out", "etc"):
        (root / sub).mkdir(parents=True)
    shutil.chown(root / "spool", group="lp")
    (root / "spool").chmod(0o770)
    (root / "spool/tmp").chmod(0o1777)
    (root / "out").chmod(0o777)
    socket = root / "cups.sock"
    (root / "etc/cupsd.conf").write_text(CUPSD_CONF.format(socket=socket))
    (root / "etc/cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
    queue = f"finish-strong-test-{os.getpid()}"
    conf = Path(f"/etc/cups/cups-pdf-{queue}.conf")
    conf.write_text(f"Out {root / 'out'}\nAnonDirName {root / 'out'}\nLabel 0\n")
    env = {**os.environ, "CUPS_SERVER": str(socket)}
    log = (root / "log" / "cupsd.out").open("wb")
    process = subprocess.Popen([cupsd, "-f", "-c", str(root / "etc/cupsd.conf"),
                                "-s", str(root / "etc/cups-files.conf")], stdout=log, stderr=subprocess.STDOUT)
    server = CupsServer(root, socket, queue, root / "out", env)
    try:
        wait_until(lambda: process.poll() is not None or "scheduler is running" in server.lpstat("-r"), 20,
                   "the private cupsd to accept connections")
        if process.poll() is not None:
            pytest.fail(f"cupsd exited: {(root / 'log' / 'cupsd.out').read_text(errors='replace')}")
        subprocess.run(["lpadmin", "-p", queue, "-v", f"cups-pdf:/{queue}", "-P", str(PPD), "-E"],
                       env=env, check=True, capture_output=True, timeout=30)
        yield server
    finally:
        _stop(process)
        log.close()
        conf.unlink(missing_ok=True)
        time.sleep(0.1)
        shutil.rmtree(root, ignore_errors=True)
