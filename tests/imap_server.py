"""A real IMAP server for the reply-radar tests: Dovecot (Debian's dovecot-imapd), started per
test on 127.0.0.1 with free ports, a passwd-file user, a trustme certificate and its own
base_dir / mail_location in a temporary folder — nothing of the machine's Dovecot is used.

`ImapServer(folder, special_use=True)` flags Sent/Drafts/Trash with RFC 6154 SPECIAL-USE; with
`special_use=False` the Sent folder is only a name ("Sent Items"), as on older servers.
`deliver()` puts a message into a folder as an MTA would (APPEND as the user, from the test).
"""

from __future__ import annotations

import imaplib
import os
import shutil
import socket
import ssl
import subprocess
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import trustme

from desktop_app.store.imap_settings import SSL, STARTTLS, ImapAccount
from tests.local_servers import free_port, stop_process, wait_listening

USER = "zoe@mail.example"
NOBODY = 65534
PASSWORD = "Pässwörd-4-IMAP ✓"


def _config(root: Path, imap_port: int, imaps_port: int, special_use: bool, cert: Path, key: Path) -> str:
    if os.geteuid() == 0:  # Dovecot's own unprivileged users (the package creates them); the mail
        # belongs to nobody (Dovecot refuses uid 0 for mail), the auth process runs as root.
        internal, login, uid, gid = "dovecot", "dovenull", NOBODY, NOBODY
    else:
        import getpass
        internal = login = getpass.getuser()
        uid, gid = os.getuid(), os.getgid()
    sent = "  mailbox Sent {\n    special_use = \\Sent\n    auto = subscribe\n  }\n" if special_use else \
        '  mailbox "Sent Items" {\n    auto = subscribe\n  }\n'
    others = ("  mailbox Drafts {\n    special_use = \\Drafts\n    auto = subscribe\n  }\n"
              "  mailbox Trash {\n    special_use = \\Trash\n    auto = subscribe\n  }\n") if special_use else \
        "  mailbox Drafts {\n    auto = subscribe\n  }\n"
    return f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
ssl_dh = </usr/share/dovecot/dh.pem
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = {internal}
default_internal_group = {internal}
default_login_user = {login}
first_valid_uid = {uid}
first_valid_gid = {gid}
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
  default_fields = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service auth {{
  user = {"root" if os.geteuid() == 0 else internal}
}}
service imap-login {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  separator = /
{sent}{others}}}
"""


class ImapServer:
    def __init__(self, folder: Path, special_use: bool = True) -> None:
        self.dovecot = shutil.which("dovecot") or "/usr/sbin/dovecot"
        if not Path(self.dovecot).exists():
            raise RuntimeError("dovecot is not installed; `make test` installs it (Debian package dovecot-imapd)")
        # Its own folder under /tmp rather than in pytest's 0700 tree: Dovecot's processes run as
        # other users and must reach the mail folders. Removed on exit.
        import tempfile

        self.sent_folder = "Sent" if special_use else "Sent Items"
        self.root = Path(tempfile.mkdtemp(prefix="fs-dovecot-"))
        os.chmod(self.root, 0o711)
        for sub in ("run", "state", "mail", "home"):
            (self.root / sub).mkdir()
        if os.geteuid() == 0:
            for sub in ("mail", "home"):
                os.chown(self.root / sub, NOBODY, NOBODY)
        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        self.ca_file = folder / "imap-test-ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_file))
        cert_file, key_file = self.root / "cert.pem", self.root / "key.pem"
        cert.cert_chain_pems[0].write_to_path(str(cert_file))
        cert.private_key_pem.write_to_path(str(key_file))
        (self.root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n", encoding="utf-8")
        self.port, self.ssl_port = free_port(), free_port()
        self.config = self.root / "dovecot.conf"
        self.config.write_text(_config(self.root, self.port, self.ssl_port, special_use, cert_file, key_file),
                               encoding="utf-8")
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> ImapServer:
        self.process = subprocess.Popen([self.dovecot, "-F", "-c", str(self.config)], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        try:
            wait_listening("dovecot", self.ssl_port, self.process, self.root / "dovecot.log", limit=20)
        except RuntimeError:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            stop_process(self.process)
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def account(self, trust: bool = True, implicit_tls: bool = True, **changes: object) -> ImapAccount:
        values: dict[str, object] = dict(
            host="127.0.0.1", port=self.ssl_port if implicit_tls else self.port,
            security=SSL if implicit_tls else STARTTLS, user=USER, use_smtp_login=False,
            ca_file=str(self.ca_file) if trust else "", timeout=10.0)
        values.update(changes)
        return ImapAccount(**values)  # type: ignore[arg-type]

    def client(self) -> imaplib.IMAP4_SSL:
        context = ssl.create_default_context(cafile=str(self.ca_file))
        imap = imaplib.IMAP4_SSL("127.0.0.1", self.ssl_port, ssl_context=context, timeout=10)
        imap.authenticate("PLAIN", lambda _: b"\0" + USER.encode() + b"\0" + PASSWORD.encode())
        return imap

    def deliver(self, message: EmailMessage | bytes, folder: str = "INBOX") -> None:
        raw = bytes(message) if isinstance(message, EmailMessage) else message
        imap = self.client()
        try:
            status, data = imap.append(f'"{folder}"', "", None, raw)
            assert status == "OK", data
        finally:
            imap.logout()

    def messages(self, folder: str) -> list[bytes]:
        """Every message in `folder`, whole (the test's view of the mailbox)."""
        imap = self.client()
        try:
            imap.select(f'"{folder}"', readonly=True)
            status, data = imap.uid("SEARCH", "ALL")
            uids = data[0].split()
            found = []
            for uid in uids:
                _, fetched = imap.uid("FETCH", uid, "(BODY.PEEK[] FLAGS)")
                found.append(fetched[0][1])
            return found
        finally:
            imap.logout()

    def flags(self, folder: str) -> list[str]:
        imap = self.client()
        try:
            imap.select(f'"{folder}"', readonly=True)
            _, data = imap.uid("FETCH", "1:*", "(FLAGS)")
            return [d.decode() for d in data if isinstance(d, bytes)]
        finally:
            imap.logout()


class DropAfterUpload:
    """A TCP relay in front of the server that loses the answer to the first big upload.

    Bytes pass through untouched (TLS included). Once the client has sent a chunk of at least
    `upload` bytes — an APPEND's message, far bigger than anything else a client sends — the
    next bytes from the server (its answer: the append is complete) are swallowed and both
    connections are closed: the server stored the message, the client never heard so.
    """

    def __init__(self, target_port: int, upload: int = 3000) -> None:
        import threading

        self.target_port, self.upload = target_port, upload
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen()
        self.port = int(self.listener.getsockname()[1])
        self.dropped = False
        self._stop = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        import select

        while not self._stop:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            armed = False
            try:
                while True:
                    ready, _, _ = select.select([client, server], [], [], 30)
                    if not ready:
                        break
                    if client in ready:
                        data = client.recv(65536)
                        if not data:
                            break
                        server.sendall(data)
                        armed = armed or (len(data) >= self.upload and not self.dropped)
                    if server in ready:
                        data = server.recv(65536)
                        if not data:
                            break
                        if armed:
                            self.dropped = True
                            break  # the answer is lost with the connection
                        client.sendall(data)
            except OSError:
                pass
            finally:
                client.close()
                server.close()

    def close(self) -> None:
        self._stop = True
        self.listener.close()


# Messages as they arrive: a person's mail, and a delivery failure.
ME = "alex@home.example"


def mail(sender: str, subject: str, body: str = "Thanks, Alex — let's talk next week.\nBest,\nDana\n",
         **headers: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ME
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message


def dsn(original_id: str, recipient: str) -> bytes:
    """A delivery failure as Postfix writes it (RFC 3464 multipart/report)."""
    when = format_datetime(datetime.now(UTC))
    return (
        "From: MAILER-DAEMON@mail.example (Mail Delivery System)\r\n"
        f"To: {ME}\r\nSubject: Undelivered Mail Returned to Sender\r\nDate: {when}\r\n"
        f"Message-ID: {make_msgid(domain='mail.example')}\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B0UND"\r\n\r\n'
        "This is a MIME-encapsulated message.\r\n\r\n--B0UND\r\nContent-Description: Notification\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n\r\nThis is the mail system at host mail.example.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n"
        f"<{recipient}>: host mx.northwind.example said: 550 5.1.1 User unknown\r\n\r\n"
        "--B0UND\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mail.example\r\nX-Postfix-Queue-ID: 4F1A2B3C\r\n"
        f"Arrival-Date: {when}\r\n\r\nFinal-Recipient: rfc822; {recipient}\r\n"
        f"Original-Recipient: rfc822;{recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Remote-MTA: dns; mx.northwind.example\r\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 <{recipient}>: Recipient address rejected: User unknown\r\n\r\n"
        "--B0UND\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: Alex Kim <{ME}>\r\nTo: {recipient}\r\nSubject: Thank you\r\nMessage-ID: {original_id}\r\n\r\n"
        "--B0UND--\r\n"
    ).encode("ascii")
