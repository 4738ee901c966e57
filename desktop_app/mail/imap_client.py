"""The user's own IMAP mailbox: file a sent copy once, and read only what is new.

Python's `imaplib` (stdlib) rather than a third-party client: the app needs six commands
(CAPABILITY, LOGIN/AUTHENTICATE, LIST, STATUS, EXAMINE/SELECT, UID SEARCH/FETCH, APPEND), all
in imaplib since Python 3.9 with a socket timeout and an `ssl_context`; one less dependency
to vet, bundle and keep current, and no code that parses untrusted server data beyond it.

Blocking: run it off the GUI thread (mail/check_worker.py). Certificates are always verified
(system CAs plus an optional company CA file); a password is never sent without TLS except
to a loopback address. Every failure is a MailError with a kind (mail/errors.py).
"""

from __future__ import annotations

import imaplib
import ipaddress
import re
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .errors import QT_TRANSLATE_NOOP, REFUSED, SILENT, UNREACHABLE, UNTRUSTED, MailError, MailErrorKind, words
from .tls import tls_context

SSL, STARTTLS = "ssl", "starttls"
# Sent folder names tried (last path segment, case-insensitive) when no folder is flagged \Sent.
SENT_NAMES = ("sent", "sent items", "sent messages", "sent mail", "gesendet", "gesendete elemente",
              "gesendete objekte", "envoyés", "éléments envoyés", "enviados", "elementos enviados",
              "posta inviata", "verzonden items")
FETCH_BATCH = 500


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: str  # SSL or STARTTLS
    user: str
    password: str
    ca_file: str = ""
    timeout: float = 30.0


@dataclass(frozen=True)
class Folder:
    name: str  # as the server spells it (modified UTF-7), used in commands
    flags: frozenset[str]
    delimiter: str


@dataclass(frozen=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int


@dataclass(frozen=True)
class Fetched:
    uid: int
    internal_date: datetime | None
    raw: bytes  # the fetched header fields, and the body's start when asked for


def is_loopback(host: str) -> bool:
    if host.strip().lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def decode_name(name: str) -> str:
    """A mailbox name as people read it: IMAP's modified UTF-7 (RFC 3501 5.1.3) decoded,
    "Envoy&AOk-s" → "Envoyés". Left as it is when it is not valid modified UTF-7."""
    import base64

    def decode(found: re.Match[str]) -> str:
        encoded = found.group(1)
        if not encoded:
            return "&"
        padded = encoded.replace(",", "/") + "=" * (-len(encoded) % 4)
        return base64.b64decode(padded).decode("utf-16-be")

    try:
        return re.sub(r"&([A-Za-z0-9+,]*)-", decode, name)
    except (ValueError, UnicodeDecodeError):
        return name


def quote(name: str) -> str:
    """A mailbox name as an IMAP quoted string (imaplib sends arguments as they are)."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


class ImapSession:
    """One logged-in connection. Use `connect()`; every method raises MailError."""

    def __init__(self, imap: imaplib.IMAP4, server: Server) -> None:
        self.imap = imap
        self.server = server
        self.selected: str | None = None

    # -- folders ---------------------------------------------------------------------------
    def folders(self) -> list[Folder]:
        data = self._ok(self.imap.list('""', '"*"'), "LIST")
        found = []
        for item in data:
            line = b" ".join(p for p in item if isinstance(p, bytes)) if isinstance(item, tuple) else item
            if not isinstance(line, bytes):
                continue
            parsed = _parse_list_line(line, item if isinstance(item, tuple) else None)
            if parsed is not None:
                found.append(parsed)
        return found

    def sent_folder(self, chosen: str = "") -> str:
        """The user's choice, else the folder flagged \\Sent (RFC 6154), else a usual name."""
        folders = self.folders()
        if chosen:
            for folder in folders:
                if chosen in (folder.name, decode_name(folder.name)):
                    return folder.name
            raise MailError(words(QT_TRANSLATE_NOOP("MailError", "The folder “%1” does not exist on %2. Choose the "
                                                    "Sent folder again in Settings › Replies."), chosen,
                                  self.server.host), MailErrorKind.CONFIGURATION)
        for folder in folders:
            if "\\sent" in folder.flags:
                return folder.name
        by_name: dict[str, str] = {}
        for folder in folders:
            readable = decode_name(folder.name)
            by_name[(readable.rsplit(folder.delimiter, 1)[-1] if folder.delimiter else readable).lower()] = folder.name
        for name in SENT_NAMES:
            if name in by_name:
                return by_name[name]
        raise MailError(words(QT_TRANSLATE_NOOP("MailError", "No Sent folder was found on %1. Choose one in "
                                                "Settings › Replies (imap.sent_folder)."), self.server.host),
                        MailErrorKind.CONFIGURATION)

    def status(self, folder: str) -> FolderStatus:
        data = self._ok(self.imap.status(quote(folder), "(UIDVALIDITY UIDNEXT)"), "STATUS")
        text = b" ".join(d for d in data if isinstance(d, bytes)).decode("ascii", "replace")
        validity = re.search(r"UIDVALIDITY (\d+)", text)
        uidnext = re.search(r"UIDNEXT (\d+)", text)
        if validity is None or uidnext is None:
            raise MailError(words(QT_TRANSLATE_NOOP("MailError", "%1 did not report UIDVALIDITY/UIDNEXT for %2."),
                                  self.server.host, folder), MailErrorKind.SERVER)
        return FolderStatus(int(validity.group(1)), int(uidnext.group(1)))

    def select(self, folder: str, readonly: bool = True) -> None:
        if self.selected == folder:
            return
        self._ok(self.imap.select(quote(folder), readonly=readonly), "SELECT")
        self.selected = folder

    # -- searching and fetching -------------------------------------------------------------
    def search_message_id(self, folder: str, message_id: str) -> list[int]:
        self.select(folder)
        quoted = quote(message_id)
        data = self._ok(self.imap.uid("SEARCH", "HEADER", "Message-ID", quoted), "SEARCH")
        return _uids(data)

    def uids_since(self, folder: str, day: datetime) -> list[int]:
        self.select(folder)
        months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
        stamp = f"{day.day}-{months[day.month - 1]}-{day.year}"
        return _uids(self._ok(self.imap.uid("SEARCH", "SINCE", stamp), "SEARCH"))

    def uids_from(self, folder: str, first_uid: int) -> list[int]:
        """UIDs at or above `first_uid` ("n:*" also names the last message when none is newer)."""
        self.select(folder)
        return [u for u in _uids(self._ok(self.imap.uid("SEARCH", "UID", f"{first_uid}:*"), "SEARCH"))
                if u >= first_uid]

    def fetch(self, folder: str, uids: list[int], what: str) -> list[Fetched]:
        """`what` is a FETCH item such as BODY.PEEK[HEADER.FIELDS (FROM)]; PEEK so nothing is marked read."""
        self.select(folder)
        fetched: list[Fetched] = []
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start:start + FETCH_BATCH]
            data = self._ok(self.imap.uid("FETCH", _sequence(batch), f"(UID INTERNALDATE {what})"), "FETCH")
            for item in data:
                if not isinstance(item, tuple) or len(item) < 2:
                    continue
                head = item[0].decode("ascii", "replace")
                uid = re.search(r"UID (\d+)", head)
                if uid is None:
                    continue
                date = re.search(r'INTERNALDATE "([^"]+)"', head)
                fetched.append(Fetched(int(uid.group(1)), _internal_date(date.group(1)) if date else None, item[1]))
        return fetched

    # -- filing -----------------------------------------------------------------------------
    def append(self, folder: str, message: bytes, when: datetime) -> None:
        """Append with \\Seen. Callers look for the Message-ID first (`search_message_id`)."""
        self._ok(self.imap.append(quote(folder), r"(\Seen)", imaplib.Time2Internaldate(when), message), "APPEND")
        self.selected = None  # the server may have changed the selected folder's state

    def _ok(self, result: tuple[str, list], command: str) -> list:  # type: ignore[type-arg]
        status, data = result
        if status != "OK":
            reason = b" ".join(d for d in data if isinstance(d, bytes)).decode("utf-8", "replace")
            raise MailError(words(QT_TRANSLATE_NOOP("MailError", "%1 refused %2: %3"), self.server.host, command,
                                  " ".join(reason.split())), MailErrorKind.SERVER)
        return data


_LIST_LINE = re.compile(rb'^\((?P<flags>[^)]*)\) (?P<delim>"(?:[^"\\]|\\.)*"|NIL) (?P<name>.*)$')


def _parse_list_line(line: bytes, item: tuple[bytes, ...] | None) -> Folder | None:
    if item is not None:  # the name came as a literal: {n}\r\n<name>
        line = item[0].rsplit(b" ", 1)[0] + b" " + quote(item[1].decode("utf-8", "replace")).encode("utf-8")
    found = _LIST_LINE.match(line)
    if found is None:
        return None
    flags = frozenset(f.lower() for f in found.group("flags").decode("ascii", "replace").split())
    if "\\noselect" in flags or "\\nonexistent" in flags:
        return None
    delim = found.group("delim").decode("utf-8", "replace")
    delimiter = "" if delim == "NIL" else re.sub(r"\\(.)", r"\1", delim[1:-1])
    name = found.group("name").decode("utf-8", "replace").strip()
    if name.startswith('"') and name.endswith('"'):
        name = re.sub(r"\\(.)", r"\1", name[1:-1])
    return Folder(name, flags, delimiter)


def _uids(data: list) -> list[int]:  # type: ignore[type-arg]
    words = b" ".join(d for d in data if isinstance(d, bytes)).split()
    return sorted(int(w) for w in words if w.isdigit())


def _sequence(uids: list[int]) -> str:
    """1,2,3,7 → "1:3,7": short commands for long runs of new mail."""
    parts: list[str] = []
    ordered = sorted(set(uids))
    start = previous = ordered[0]
    for uid in [*ordered[1:], None]:
        if uid is not None and uid == previous + 1:
            previous = uid
            continue
        parts.append(str(start) if start == previous else f"{start}:{previous}")
        if uid is not None:
            start = previous = uid
    return ",".join(parts)


_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), start=1)}


def _internal_date(text: str) -> datetime | None:
    """ "17-Jul-1996 02:44:25 -0700" (locale-free: strptime's %b follows the user's locale)."""
    found = re.match(r"\s*(\d{1,2})-(\w{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)", text)
    if found is None or found.group(2) not in _MONTHS:
        return None
    day, _, year, hour, minute, second, sign, off_h, off_m = found.groups()
    offset = timedelta(hours=int(off_h), minutes=int(off_m)) * (1 if sign == "+" else -1)
    return datetime(int(year), _MONTHS[found.group(2)], int(day), int(hour), int(minute), int(second),
                    tzinfo=timezone(offset))


@contextmanager
def connect(server: Server) -> Iterator[ImapSession]:
    """A logged-in session; logs out on leaving. Network failures become MailError with a kind."""
    where = f"{server.host}:{server.port}"
    try:
        imap = _open(server)
    except MailError:
        raise
    except BaseException as exc:
        raise _classify(exc, where, server.timeout) from exc
    try:
        try:
            _login(imap, server)
        except MailError:
            raise
        except BaseException as exc:
            raise _classify(exc, where, server.timeout) from exc
        session = ImapSession(imap, server)
        try:
            yield session
        except MailError:
            raise
        except (imaplib.IMAP4.error, OSError, ssl.SSLError) as exc:
            raise _classify(exc, where, server.timeout) from exc
    finally:
        try:
            imap.logout()
        except (imaplib.IMAP4.error, OSError, ValueError):  # the connection is gone already
            with suppress(OSError):
                imap.shutdown()


def _open(server: Server) -> imaplib.IMAP4:
    context = tls_context(server.ca_file)
    if server.security == SSL:
        return imaplib.IMAP4_SSL(server.host, server.port, ssl_context=context, timeout=server.timeout)
    imap = imaplib.IMAP4(server.host, server.port, timeout=server.timeout)
    if "STARTTLS" in imap.capabilities:
        imap.starttls(ssl_context=context)
    elif not is_loopback(server.host):
        imap.shutdown()
        raise MailError(words(QT_TRANSLATE_NOOP("MailError", "%1 does not offer STARTTLS; the password would travel "
                                                "unencrypted, so nothing was sent. Choose SSL/TLS (port 993)."),
                              server.host), MailErrorKind.TLS)
    return imap


def _login(imap: imaplib.IMAP4, server: Server) -> None:
    """LOGIN sends ASCII only; a non-ASCII user or password goes as AUTHENTICATE PLAIN (UTF-8, RFC 4616)."""
    if "LOGINDISABLED" in imap.capabilities and not isinstance(imap.sock, ssl.SSLSocket) \
            and not is_loopback(server.host):
        raise MailError(words(QT_TRANSLATE_NOOP("MailError", "%1 does not allow a login without TLS."), server.host),
                        MailErrorKind.TLS)
    try:
        if (server.user + server.password).isascii():
            imap.login(server.user, server.password)
        else:
            token = b"\0" + server.user.encode() + b"\0" + server.password.encode()
            imap.authenticate("PLAIN", lambda _challenge: token)
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error as exc:  # the LOGIN/AUTHENTICATE command itself answered NO
        raise MailError(words(QT_TRANSLATE_NOOP("MailError", "%1 refused the user name or password (%2)."),
                              server.host, _reason(exc)), MailErrorKind.AUTHENTICATION) from exc


def _reason(exc: BaseException) -> str:
    text = str(exc)
    return " ".join(text.split()).removeprefix("b'").removesuffix("'") or type(exc).__name__


def _classify(exc: BaseException, where: str, timeout: float) -> MailError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailError(words(UNTRUSTED, str(exc.verify_message)), MailErrorKind.TLS)
    if isinstance(exc, ssl.SSLError):
        return MailError(words(QT_TRANSLATE_NOOP("MailError", "The secure connection to %1 failed (%2). Check the "
                                                 "port and the security setting (SSL/TLS is usually port 993, "
                                                 "STARTTLS port 143)."), where, str(exc.reason or exc)),
                         MailErrorKind.TLS)
    if isinstance(exc, TimeoutError):
        return MailError(words(SILENT, where, f"{timeout:g}"), MailErrorKind.TIMEOUT)
    if isinstance(exc, socket.gaierror):
        return MailError(words(QT_TRANSLATE_NOOP("MailError", "The server name in %1 cannot be found (%2)."), where,
                               str(exc.strerror)), MailErrorKind.UNREACHABLE)
    if isinstance(exc, ConnectionRefusedError):
        return MailError(words(REFUSED, where), MailErrorKind.UNREACHABLE)
    if isinstance(exc, imaplib.IMAP4.abort | ConnectionError | EOFError):
        return MailError(words(QT_TRANSLATE_NOOP("MailError", "The connection to %1 was lost (%2)."), where,
                               _reason(exc)), MailErrorKind.UNREACHABLE)
    if isinstance(exc, OSError):
        return MailError(words(UNREACHABLE, where, str(exc.strerror or exc)), MailErrorKind.UNREACHABLE)
    if isinstance(exc, imaplib.IMAP4.error):
        return MailError(words(QT_TRANSLATE_NOOP("MailError", "The server %1 answered with an error (%2)."), where,
                               _reason(exc)), MailErrorKind.SERVER)
    if isinstance(exc, Exception):
        return MailError(words(QT_TRANSLATE_NOOP("MailError", "Talking to %1 failed (%2: %3)."), where,
                               type(exc).__name__, str(exc)), MailErrorKind.SERVER)
    raise exc  # KeyboardInterrupt, SystemExit: not ours to turn into a message
