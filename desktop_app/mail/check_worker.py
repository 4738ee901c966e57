"""One reply-radar check off the GUI thread: a background thread, results as Qt signals.

peewee keeps one SQLite connection per thread, so the check writes its findings through its
own connection (closed when it ends) while the window goes on; a slow or broken server never
blocks it. The GUI learns of findings by a signal and reloads from the database.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from ..store.imap_settings import ImapAccount
from ..store.mail_settings import MailAccount
from .errors import QT_TRANSLATE_NOOP, MailError, words
from .job_keeper import keep_until_done


class CheckJob(QObject):
    # Delivered queued on the GUI thread: the findings (store/reply_store.Finding).
    finished = Signal(list)
    # The failure's kind (MailErrorKind value) and its reason as `Words` (mail/errors.py), which the
    # window translates.
    failed = Signal(str, object)

    def __init__(self, account: ImapAccount, smtp: MailAccount, password: str | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.account, self.smtp, self.password = account, smtp, password
        self.worker = threading.Thread(target=self._run, name="imap-check", daemon=True)

    def start(self) -> None:
        keep_until_done(self, self.worker)  # started without a parent by Settings: see mail/job_keeper.py
        self.worker.start()

    def _run(self) -> None:
        from ..store.database import db_proxy
        from .mail_check import check

        try:
            findings = check(self.account, self.smtp, self.password)
        except MailError as exc:
            self.failed.emit(exc.kind.value, exc.words)
            return
        except Exception as exc:  # a bug must not leave "Checking…" on screen forever
            self.failed.emit("server", words(QT_TRANSLATE_NOOP("MailError", "The check failed unexpectedly: %1: %2"),
                                             type(exc).__name__, str(exc)))
            return
        finally:
            if not db_proxy.is_closed():
                db_proxy.close()  # this thread's connection only (peewee keeps one per thread)
        self.finished.emit(findings)
