"""E-mail addresses as people paste them, and which mail hosts are on this computer.

A pasted "Dana Reyes <dana@example.com>" (from a signature or a mail header) must land as a
name and an address, never as one invalid address; and a mail relay on this computer may be
used without TLS because nothing leaves the machine unencrypted on the way to it.
"""

from __future__ import annotations

import ipaddress
from email.utils import getaddresses

from .validation import is_valid_email

LOCAL_HOST_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


def split_name_address(text: str) -> tuple[str, str] | None:
    """("Dana Reyes", "dana@example.com") for a pasted mailbox; None when `text` is not one.

    Accepts `Name <address>`, `"Reyes, Dana" <address>`, `<address>` and `address (Name)`.
    A bare address gives ("", address); anything without a valid address gives None.
    """
    text = text.strip()
    if not text or "\n" in text:
        return None
    found = getaddresses([text])
    if len(found) != 1:
        return None
    name, address = found[0]
    address = address.strip().removeprefix("mailto:")
    if not is_valid_email(address):
        return None
    return " ".join(name.split()), address


def format_mailbox(name: str, address: str) -> str:
    """`Dana Reyes <dana@example.com>` as people read it (the message builder quotes for the wire)."""
    name = " ".join(name.split())
    return f"{name} <{address}>" if name else address


def is_local_host(host: str) -> bool:
    """True for a name or address that always means this computer (127.0.0.0/8, ::1, localhost)."""
    host = host.strip().lower().removeprefix("[").removesuffix("]").rstrip(".")
    if host in LOCAL_HOST_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_mailboxes(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Recipients typed or pasted into a "To" field: ([(name, address)], [parts that are not addresses]).

    Separated by commas, semicolons or line breaks; bare addresses may also be separated by
    spaces. Each address once (case-insensitive), in the order typed.
    """
    valid: list[tuple[str, str]] = []
    invalid: list[str] = []
    seen: set[str] = set()
    parts = [p.strip() for p in text.replace(";", ",").replace("\n", ",").split(",")]
    for part in _split_quoted_commas(parts):
        if not part:
            continue
        found = split_name_address(part)
        if found is None and "<" not in part and " " in part:
            words = part.split()
            if all(split_name_address(w) for w in words):  # "a@x.example b@y.example"
                pairs = [split_name_address(w) for w in words]
                for pair in pairs:
                    assert pair is not None
                    _add(pair, valid, seen)
                continue
        if found is None:
            invalid.append(part)
        else:
            _add(found, valid, seen)
    return valid, invalid


def _add(pair: tuple[str, str], valid: list[tuple[str, str]], seen: set[str]) -> None:
    if pair[1].lower() not in seen:
        seen.add(pair[1].lower())
        valid.append(pair)


def _split_quoted_commas(parts: list[str]) -> list[str]:
    """Joins back a comma that was inside quotes: `"Reyes, Dana" <dana@x.example>`."""
    joined: list[str] = []
    for part in parts:
        if joined and joined[-1].count('"') % 2 == 1:
            joined[-1] += ", " + part
        else:
            joined.append(part)
    return joined
