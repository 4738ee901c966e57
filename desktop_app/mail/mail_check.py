"""One check of the reply radar: file pending sent copies, read new mail, record findings.

Used by `finish-strong mail check` and by the GUI's background check (mail/check_worker.py).
Blocking; the database is written only with what was matched (headers and first lines).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage

from ..domain.reply_match import Incoming, match
from ..store import reply_store
from ..store.check_in_store import ensure_check_ins
from ..store.imap_settings import ImapAccount, imap_login, load_reply_radar
from ..store.mail_settings import MailAccount
from ..store.settings_store import load_my_addresses
from .errors import QT_TRANSLATE_NOOP, MailError, MailErrorKind, words
from .imap_client import ImapSession, Server, connect
from .imap_parse import HEADER_FIELDS, parse

# How much of a matched message is fetched: enough for a DSN's report part and the first lines.
BODY_PREFIX = 65536
HEADERS_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]"
Clock = Callable[[], datetime]


def server_for(account: ImapAccount, password: str | None) -> Server:
    login = imap_login(account)
    if not account.configured:
        raise MailError(words(QT_TRANSLATE_NOOP("MailError", "No IMAP account is set up (Settings › Replies, or "
                                                "`finish-strong settings set imap.host`).")),
                        MailErrorKind.CONFIGURATION)
    if not login.user:
        raise MailError(words(QT_TRANSLATE_NOOP("MailError", "The IMAP user name is empty (imap.user, or smtp.user "
                                                "with imap.use_smtp_login).")), MailErrorKind.CONFIGURATION)
    if not password:
        raise MailError(words(QT_TRANSLATE_NOOP("MailError", "No IMAP password is stored (`finish-strong password "
                                                "set imap`, or Settings › Replies).")), MailErrorKind.CONFIGURATION)
    return Server(account.host.strip(), account.port, account.security, login.user, password, account.ca_file,
                  account.timeout)


def sent_copy(copy: reply_store.PendingCopy, smtp: MailAccount) -> EmailMessage:
    """The message as it was sent (same Message-ID, Date, To, Subject and text), rebuilt for Sent."""
    from email.utils import format_datetime, formataddr

    message = EmailMessage()
    message["From"] = formataddr((smtp.sender_name, smtp.sender)) if smtp.sender_name else smtp.sender
    message["To"] = copy.recipients
    message["Subject"] = copy.subject
    message["Date"] = format_datetime(copy.sent_at)
    message["Message-ID"] = copy.message_id
    message.set_content(copy.body, charset="utf-8")
    return message


def check(account: ImapAccount, smtp: MailAccount, password: str | None,
          clock: Clock = lambda: datetime.now(UTC)) -> list[reply_store.Finding]:
    server = server_for(account, password)
    findings: list[reply_store.Finding] = []
    with connect(server) as session:
        findings += _file_copies(session, account, smtp, clock)
        folders = ["INBOX"] + ([account.extra_folder.strip()] if account.extra_folder.strip() else [])
        key = f"{server.user}@{server.host}:{server.port}"
        for folder in dict.fromkeys(folders):
            findings += _read_folder(session, key, folder, smtp, clock)
    radar = load_reply_radar()
    if radar.nudge:  # after reading: a reply that just came in means no check-in
        ensure_check_ins(clock(), radar.nudge_days)
    return findings


def _file_copies(session: ImapSession, account: ImapAccount, smtp: MailAccount,
                 clock: Clock) -> list[reply_store.Finding]:
    pending = reply_store.pending_copies()
    if not pending:
        return []
    folder = session.sent_folder(account.sent_folder.strip())
    filed = []
    for copy in pending:
        # Look before appending: an append whose answer was lost (dropped connection) is not repeated.
        if not session.search_message_id(folder, copy.message_id):
            session.append(folder, bytes(sent_copy(copy, smtp)), copy.sent_at)
        reply_store.mark_filed(copy.sent_id, folder, clock())
        filed.append(reply_store.filed_finding(copy, folder))
    return filed


def _read_folder(session: ImapSession, key: str, folder: str, smtp: MailAccount,
                 clock: Clock) -> list[reply_store.Finding]:
    try:
        status = session.status(folder)
    except MailError as exc:
        if folder == "INBOX" or exc.kind is not MailErrorKind.SERVER:
            raise
        raise MailError(words(QT_TRANSLATE_NOOP("MailError", "The folder “%1” cannot be read on %2 (%3). Check the "
                                                "folder watched besides INBOX in Settings › Replies."), folder,
                              session.server.host, exc.words), MailErrorKind.CONFIGURATION) from exc
    known = reply_store.folder_state(key, folder)
    if known is not None and known[0] == status.uidvalidity:
        if status.uidnext <= known[1]:
            return []  # nothing new: one STATUS, no SELECT
        uids = session.uids_from(folder, known[1])
    else:  # first check, or the server renumbered the folder: read back to the oldest thank-you only
        uids = session.uids_since(folder, reply_store.earliest_interest(clock()))
    findings = []
    sent = reply_store.sent_records() if uids else []
    referrals = reply_store.referral_contacts(clock()) if uids else []
    if sent or referrals:  # nothing sent and no referral: nothing to match, only the position is kept
        mine = {a.lower() for a in [smtp.sender, *load_my_addresses()] if a}
        candidates: list[int] = []
        for item in session.fetch(folder, uids, HEADERS_ITEM):
            message = parse(item.raw, item.internal_date)
            if message.sender in mine:
                continue
            if message.is_report or match(message, sent, referrals) is not None:
                candidates.append(item.uid)
        if candidates:
            for item in session.fetch(folder, candidates, f"BODY.PEEK[]<0.{BODY_PREFIX}>"):
                message = parse(item.raw, item.internal_date)
                found = match(message, sent, referrals)
                if found is None:
                    continue
                finding = reply_store.record_finding(found, message, _key(message, folder, status.uidvalidity,
                                                                          item.uid), clock())
                if finding is not None:
                    findings.append(finding)
    uidnext = max([status.uidnext, *(u + 1 for u in uids)])
    reply_store.save_folder_state(key, folder, status.uidvalidity, uidnext, clock())
    return findings


def _key(message: Incoming, folder: str, uidvalidity: int, uid: int) -> str:
    """A stand-in Message-ID for a message without one, stable while the folder keeps its UIDs."""
    return message.message_id or f"<{uidvalidity}.{uid}@{folder}.imap.invalid>"
