"""Closing Settings while its test message is being sent: the send ends quietly, the app keeps running.

The job was a child of the page; closed mid-send, the page took the job with it and the sending thread
then emitted on a deleted object — a crash, not an exception (mail/job_keeper.py).
"""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from desktop_app.mail.job_keeper import held_jobs
from desktop_app.ui.settings.settings_mail_page import MailSettingsPage

from .test_translated_messages import _Passwords


def test_settings_closed_mid_send_leaves_the_job_to_finish_alone(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    silent = socket.create_server(("127.0.0.1", 0))  # accepts, never greets: the send waits
    port = silent.getsockname()[1]
    page = MailSettingsPage(_Passwords())
    page.host.setText("127.0.0.1")
    page.port.setValue(port)
    page.user.setText("")
    page.sender_address.setText("alex@home.example")
    page.test_button.click()
    job = page.job
    assert job is not None and job.parent() is None
    connection, _ = silent.accept()
    thread = job.worker_thread
    page.deleteLater()  # the user closes Settings while it sends
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del page
    connection.close()  # the server hangs up: the thread now reports a failure to nobody
    silent.close()
    thread.join(timeout=30)
    assert not thread.is_alive()
    for _ in range(5):
        QCoreApplication.processEvents()  # the failure's queued call finds no page, and nothing breaks
    assert held_jobs() >= 1  # held until a later job starts, never freed under the thread
