"""Which server events a second Finish Strong adopts: ours (our X- properties), timed, and for an
interview this data folder has never had. The rows themselves are made in store/sync_adopt.py."""

from __future__ import annotations

from datetime import datetime

from ..store.sync_adopt import adopt_interview, known_here
from .ical_items import RemoteItem


def adopt_event(remote: RemoteItem) -> bool:
    """Create the interview `remote` (an event) describes, if this folder never had it; True if made."""
    uid = remote.interview_uid
    if uid is None or remote.data is None or not isinstance(remote.due, datetime) or remote.end is None:
        return False
    if known_here(uid):
        return False  # here, or deleted here with its deletion still on its way to the server
    return adopt_interview(uid, remote.due, remote.end, remote.location, remote.data)
