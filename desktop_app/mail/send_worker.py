"""Sending off the GUI thread: one background thread per message, results as Qt signals.

Cancel shuts the connection's socket down, which makes the blocked smtplib call fail at
once; a message the server had already accepted is still reported as sent.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from email.message import EmailMessage

from PySide6.QtCore import QObject, Signal

from ..store.mail_settings import MailAccount
from .smtp_sender import SendError, send


class SendJob(QObject):
    #: Delivered on the GUI thread (queued): refused recipients as "addr: reason" lines.
    succeeded = Signal(list)
    failed = Signal(str)

    def __init__(self, account: MailAccount, password: str | None, message: EmailMessage,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.password = password
        self.message = message
        self.cancelled = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, name="smtp-send", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._sock is not None:
                with contextlib.suppress(OSError):
                    self._sock.shutdown(socket.SHUT_RDWR)

    def _connected(self, sock: socket.socket) -> None:
        with self._lock:
            self._sock = sock
            if self.cancelled:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def _run(self) -> None:
        try:
            refused = send(self.account, self.password, self.message, self._connected)
        except SendError as exc:
            self.failed.emit("Cancelled: nothing was sent." if self.cancelled else str(exc))
            return
        except Exception as exc:  # a bug must not leave the window waiting forever
            self.failed.emit(f"Sending failed unexpectedly: {type(exc).__name__}: {exc}")
            return
        self.succeeded.emit([f"{addr}: {code} {err.decode('utf-8', 'replace')}" for addr, (code, err)
                             in refused.items()])
