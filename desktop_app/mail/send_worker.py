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
from .errors import QT_TRANSLATE_NOOP, MailErrorKind, words
from .job_keeper import keep_until_done
from .smtp_sender import SendError, send


class SendJob(QObject):
    # Delivered on the GUI thread (queued): refused recipients as "addr: reason" lines.
    succeeded = Signal(list)
    # The reason as `Words` (mail/errors.py; the window translates it) and its MailErrorKind (callers
    # branch on the kind, never the text).
    failed = Signal(object, object)

    def __init__(self, account: MailAccount, password: str | None, message: EmailMessage,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.password = password
        self.message = message
        self.cancelled = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        # not `self.thread`: that would hide QObject.thread()
        self.worker_thread = threading.Thread(target=self._run, name="smtp-send", daemon=True)

    def start(self) -> None:
        keep_until_done(self, self.worker_thread)  # start it without a parent: see mail/job_keeper.py
        self.worker_thread.start()

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
            if self.cancelled and exc.kind is not MailErrorKind.MAYBE_SENT:
                self.failed.emit(words(QT_TRANSLATE_NOOP("MailError", "Cancelled: nothing was sent.")), exc.kind)
            else:  # cancelled after the whole message went out: it may have arrived
                self.failed.emit(exc.words, exc.kind)
            return
        except Exception as exc:  # a bug must not leave the window waiting forever
            self.failed.emit(words(QT_TRANSLATE_NOOP("MailError", "Sending failed unexpectedly: %1: %2"),
                                   type(exc).__name__, str(exc)), MailErrorKind.SERVER)
            return
        self.succeeded.emit([f"{addr}: {code} {err.decode('utf-8', 'replace')}" for addr, (code, err)
                             in refused.items()])
