"""`finish-strong mail check [--json]`: one reply-radar check from the command line.

Prints one line (or one JSON object per line) per finding; a failure ends with one line
naming its kind (authentication, tls, unreachable, timeout, server, configuration) and exit 1.
"""

from __future__ import annotations

import argparse
import json
import sys

from .cli_language import translate, words

EXIT_OK, EXIT_FAILURE = 0, 1

def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: how pyside6-lupdate finds texts)
    return text


LABELS = {"reply": QT_TRANSLATE_NOOP("CommandLine", "Reply"),
          "auto_reply": QT_TRANSLATE_NOOP("CommandLine", "Auto-reply"),
          "bounce": QT_TRANSLATE_NOOP("CommandLine", "Bounced"),
          "filed_sent": QT_TRANSLATE_NOOP("CommandLine", "Filed in Sent")}


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    mail = commands.add_parser("mail", parents=[common], help="the reply radar over IMAP (docs/MAIL.md)")
    actions = mail.add_subparsers(dest="mail_action", metavar="ACTION", required=True, parser_class=type(mail))
    check = actions.add_parser("check", parents=[common],
                               help="file sent copies, read new mail once, print what was found")
    check.add_argument("--json", action="store_true", help="one JSON object per line instead of text")


def run_mail(args: argparse.Namespace) -> int:
    from .mail.errors import MailError
    from .mail.mail_check import check
    from .mail.secrets import PasswordStore
    from .store.imap_settings import imap_login, load_imap_account
    from .store.mail_settings import load_account

    account = load_imap_account()
    login = imap_login(account)
    passwords = PasswordStore()
    password = passwords.get(login.keyring_host, login.user) if account.configured and login.user else None
    try:
        findings = check(account, load_account(), password)
    except MailError as exc:
        from .ui.shared.errors import words_text  # plain Python: no Qt in English

        print("finish-strong: " + words(translate("CommandLine", "mail check failed (%1): %2"), exc.kind.value,
                                        " ".join(words_text(exc.words).split())), file=sys.stderr)
        return EXIT_FAILURE
    for finding in findings:
        received = finding.received_at.astimezone().isoformat() if finding.received_at else None
        if args.json:
            print(json.dumps({
                "kind": finding.kind, "interview": finding.interview, "company": finding.company,
                "person": finding.person, "follow_up": finding.follow_up, "message_id": finding.message_id,
                "received_at": received, "subject": finding.subject,
                **({"detail": finding.detail} if finding.detail else {}),
            }, ensure_ascii=False))
        else:
            extra = f" — {finding.detail}" if finding.detail else ""
            when = f" ({received[:16].replace('T', ' ')})" if received else ""
            label = translate("CommandLine", LABELS[finding.kind])
            line = f"{label}: {finding.person}, {finding.company}{when}: {finding.subject}{extra}"
            print(" ".join(line.split()))
    return EXIT_OK
