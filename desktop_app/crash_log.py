"""The log file in the data folder's `logs/`, written so that it never holds user text or secrets.

Why so strict: the log is what a user attaches to a bug report, and the app's data are
interview notes and an SMTP password. So:

- an exception is logged as its *type* and its traceback *frames* (file, line, function,
  the source line of our code) — never its message, never `repr` of local values, since
  both can carry note text (an IntegrityError quotes the row, an ImportFormatError the title);
- a log record's `args` are dropped and only its format string is kept, so
  `log.info("saved %s", text)` cannot leak `text` even by mistake;
- any secret registered with `register_secret()` (the mail code registers the SMTP password
  while it holds it) is replaced by `***` in whatever is still written, as a second fence.

The files are 0600 in a 0700 folder, rotated at 256 kB × 3. No Qt here: the CLI can use it too.
"""

from __future__ import annotations

import logging
import os
import threading
import traceback
from pathlib import Path
from types import TracebackType

LOG_NAME = "finish-strong.log"
MAX_BYTES = 256 * 1024
BACKUP_COUNT = 3
REDACTED = "***"

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
log = logging.getLogger("finish_strong")


def register_secret(secret: str) -> None:
    """Never let `secret` reach the log, whatever a future log call passes."""
    if secret:
        with _secrets_lock:
            _secrets.add(secret)


def forget_secret(secret: str) -> None:
    with _secrets_lock:
        _secrets.discard(secret)


def scrub(text: str) -> str:
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text


def safe_traceback(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> str:
    """The exception's type and frames, without its message or any local value (see module doc)."""
    lines = ["Traceback (most recent call last):"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}')
        if frame.line and _is_app_code(frame.filename):
            lines.append(f"    {frame.line.strip()}")
    lines.append(f"{exc_type.__module__}.{exc_type.__qualname__} (message withheld: it may quote your data)")
    cause = exc.__cause__ or exc.__context__ if exc is not None else None
    if cause is not None and cause is not exc:
        lines.append("Caused by:")
        lines.append(safe_traceback(type(cause), None, cause.__traceback__))
    return "\n".join(lines)


def _is_app_code(filename: str) -> bool:
    # Source lines of libraries are code too, but an app frame is what a bug report needs.
    return f"{os.sep}desktop_app{os.sep}" in filename


def _short_path(filename: str) -> str:
    marker = f"{os.sep}desktop_app{os.sep}"
    return "desktop_app/" + filename.split(marker, 1)[1] if marker in filename else Path(filename).name


class PrivacyFilter(logging.Filter):
    """Keeps a record's format string, drops its arguments and its exception message."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.msg = f"{record.msg} [arguments withheld]"
            record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            exc_type, exc, tb = record.exc_info
            record.exc_text = safe_traceback(exc_type, exc, tb)
            record.exc_info = None
        record.msg = scrub(str(record.msg))
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True


def _private_handler(path: Path) -> logging.Handler:
    """A RotatingFileHandler that creates every file (the rotated ones too) 0600 before writing.

    Built here, not at import: `logging.handlers` pulls in socket, pickle and queue, which
    the first paint does not need (the log is set up right after it).
    """
    import logging.handlers

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]
            fd = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
            os.close(fd)
            os.chmod(self.baseFilename, 0o600)
            return super()._open()

    handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8",
                                         delay=True)
    handler.set_name(LOG_NAME)
    return handler


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def setup_logging(data_dir: Path) -> Path:
    """Send the app's log to `logs/finish-strong.log`; returns the file's path. Safe to call twice."""
    folder = logs_dir(data_dir)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    path = folder / LOG_NAME
    for old in list(log.handlers):
        if old.get_name() == LOG_NAME:
            log.removeHandler(old)
            old.close()
    handler = _private_handler(path)
    handler.addFilter(PrivacyFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path


def ensure_logging(data_dir: Path) -> None:
    """Set the log up unless it already is (a crash before the deferred set-up still gets logged)."""
    path = str(logs_dir(data_dir) / LOG_NAME)
    if not any(getattr(h, "baseFilename", None) == os.path.abspath(path) for h in log.handlers):
        setup_logging(data_dir)


def log_exception(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
                  where: str = "") -> str:
    """Write one unexpected exception to the log; returns the safe details shown to the user."""
    details = scrub(safe_traceback(exc_type, exc, tb))
    # Built here, not passed as arguments: the filter drops arguments, and `details` is already safe.
    log.error(f"Unexpected error{' in ' + where if where else ''}:\n{details}")
    for handler in log.handlers:
        handler.flush()
    return details
