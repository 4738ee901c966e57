"""One running Finish Strong per data folder; a second start brings the first window forward.

Two pieces, each doing what it is good at:

- a lock on `finish-strong.lock` in the data folder decides who owns it (`flock` on POSIX,
  `QLockFile` elsewhere; see InstanceLock). It costs one file open before the window, and a
  lock left by a crashed process does not block the next start.
- a `QLocalServer` (QtNetwork) carries "activate" from a later start to the owner. The owner
  starts listening only *after* its first paint (`listen()` is called from a zero-timer),
  because importing QtNetwork and creating the socket would delay the window. A second start
  that finds the lock held simply retries connecting for a few seconds, which also covers
  the moment between the owner's lock and its server.

The server name is derived from the data folder's resolved path (and the user id), so two
data folders give two independent instances, and a stale socket left by a crash is removed
with `QLocalServer.removeServer` before listening.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtNetwork import QLocalServer

LOCK_NAME = "finish-strong.lock"
ACTIVATE = "activate"
CONNECT_TIMEOUT_MS = 500
HANDOFF_SECONDS = 10.0  # how long a second start waits for the owner to listen (its first paint)
RETRY_SECONDS = 0.1


def server_name(data_dir: Path) -> str:
    import hashlib  # not needed by the owner before its first paint

    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return f"finish-strong-{user}-{digest}"


class InstanceLock:
    """The data folder's lock; `acquire()` is the only single-instance work before the window.

    On POSIX an `fcntl.flock` on `finish-strong.lock`: the kernel releases it when the owner
    dies in any way (SIGKILL, power loss), so a stale lock cannot exist, and it costs a few
    microseconds where QLockFile (PID, host name, app name written and read back) measured
    about 10 ms per start. Elsewhere a `QLockFile`, whose stale-lock detection (the PID in it
    is gone) covers crashes.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_NAME
        self.fd: int | None = None
        self.qt_lock: QLockFile | None = None

    def acquire(self) -> bool:
        if self.fd is not None or self.qt_lock is not None:
            return True
        try:
            import fcntl
        except ImportError:  # Windows
            return self._acquire_qt()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            # A read-only data folder: nothing can be written there, so nobody needs the lock;
            # opening the database next reports the folder problem in words.
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())  # for a curious user; the lock is the flock
        self.fd = fd
        return True

    def _acquire_qt(self) -> bool:
        from PySide6.QtCore import QLockFile

        lock = QLockFile(str(self.path))
        lock.setStaleLockTime(0)  # never stale by age: the owner may run for weeks; dead PIDs still are
        if lock.tryLock(0) or (lock.removeStaleLockFile() and lock.tryLock(0)):
            self.qt_lock = lock
            return True
        return False

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # releases the flock; the file stays (unlinking it would race a new owner)
            self.fd = None
        if self.qt_lock is not None:
            self.qt_lock.unlock()
            self.qt_lock = None


def hand_over(data_dir: Path, args: list[str], lock: InstanceLock, timeout: float = HANDOFF_SECONDS) -> bool | None:
    """Ask the running instance to come forward.

    Returns True when it answered, None when the lock became ours meanwhile (the owner
    died), False when nobody answered in time.
    """
    import json

    from PySide6.QtNetwork import QLocalSocket  # only a second start pays for QtNetwork before painting

    message = (json.dumps({"command": ACTIVATE, "args": args}) + "\n").encode()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        socket = QLocalSocket()
        socket.connectToServer(server_name(data_dir))
        if socket.waitForConnected(CONNECT_TIMEOUT_MS):
            socket.write(message)
            socket.flush()  # flush() already wrote it all: waitForBytesWritten would report False
            answered = socket.waitForReadyRead(2000)
            reply = bytes(socket.readAll().data()).strip()
            socket.disconnectFromServer()
            if answered and reply == b"ok":
                return True
        if lock.acquire():
            return None
        time.sleep(RETRY_SECONDS)
    return False


class ActivationServer(QObject):
    """Listens for later starts and calls `on_activate(args)` for each."""

    def __init__(self, data_dir: Path, on_activate: Callable[[list[str]], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.on_activate = on_activate
        self.server: QLocalServer | None = None

    def listen(self) -> bool:
        """Called after the first paint. We hold the lock, so any socket of that name is stale."""
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self.data_dir)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # only this user may connect
        if not server.listen(name):
            QLocalServer.removeServer(name)  # left by a crashed owner
            if not server.listen(name):
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def _accept(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket) -> None:  # type: ignore[no-untyped-def]
        if not socket.canReadLine():
            return
        import json

        line = bytes(socket.readLine().data())
        try:
            request = json.loads(line)
            args = [str(a) for a in request.get("args", [])] if isinstance(request, dict) else []
            command = request.get("command") if isinstance(request, dict) else None
        except (ValueError, AttributeError):
            command, args = None, []
        if command == ACTIVATE:
            socket.write(b"ok\n")
            socket.flush()
            self.on_activate(args)
        else:
            socket.write(b"unknown\n")
            socket.flush()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
