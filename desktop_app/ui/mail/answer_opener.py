"""Opening a stored answer (reply radar) in the user's mail app, best way first.

1. A message link: `message://%3C…%3E` on macOS (Mail.app), `mid:` (RFC 2392) elsewhere — but on
   Linux only when `xdg-mime` names a handler for `x-scheme-handler/mid`, since `xdg-open` starts
   (and Qt reports success) even when nothing handles the scheme.
2. Else the `.eml` fallback (mail/answer_file.py): the stored headers and first lines, written
   0600 to the data folder's cache and opened as a file. Nothing is read from the mailbox for it.
3. Else (nothing stored, or the file cannot be written) the Message-ID is copied, to search for.

The opener, the handler check and the folder are injectable, so tests need no mail app.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QUrl

#: Opens a URL given as text; True when something took it.
Opener = Callable[[str], bool]


def message_link(message_id: str, platform: str = sys.platform) -> str:
    bare = message_id.strip().strip("<>")
    if platform == "darwin":
        return "message://" + quote(f"<{bare}>", safe="@")
    return "mid:" + quote(bare, safe="@")


def linux_has_mid_handler() -> bool:
    """True when the desktop names an application for `mid:` links (xdg-mime); without xdg-mime,
    nothing is known and the link is tried."""
    tool = shutil.which("xdg-mime")
    if tool is None:
        return True
    try:
        done = subprocess.run([tool, "query", "default", "x-scheme-handler/mid"], capture_output=True,
                              text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return True
    return bool(done.stdout.strip())


def _default_opener(url: str) -> bool:
    """QDesktopServices, except for macOS `message://%3C…%3E` links, which QUrl rejects (the
    authority is not a host name): `open` takes them as they are and fails when nothing handles them."""
    if url.startswith("message:"):
        try:
            return subprocess.run(["open", url], capture_output=True, timeout=10, check=False).returncode == 0
        except (OSError, subprocess.SubprocessError):
            return False
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl(url))


def open_answer(message_id: str, opener: Opener | None = None, has_handler: Callable[[], bool] | None = None,
                folder: Path | None = None, platform: str = sys.platform) -> str:
    """Open the answer; returns how: "link", "eml" or "" (nothing opened: the caller copies the ID)."""
    open_url = opener or _default_opener
    if platform.startswith("linux"):
        handled = (has_handler or linux_has_mid_handler)()
    else:
        handled = has_handler() if has_handler is not None else True
    if handled and open_url(message_link(message_id, platform)):
        return "link"
    from ...mail.answer_file import write_answer_file
    from ...store.reply_store import answer_cache_dir, stored_answer

    answer = stored_answer(message_id)
    if answer is None:
        return ""
    note = QCoreApplication.translate(
        "AnswerOpener", "Finish Strong keeps only the headers and the first lines of this message; "
                        "this file holds nothing more. The whole message is in your mailbox.")
    try:
        path = write_answer_file(folder or answer_cache_dir(), answer, note)
    except OSError:
        return ""
    return "eml" if open_url(QUrl.fromLocalFile(str(path)).toString()) else ""
