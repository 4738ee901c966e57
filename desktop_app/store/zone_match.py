"""A time zone defined only by an invitation's VTIMEZONE, matched to the IANA zone with the same rules.

Interviews keep an IANA zone name (every time shown "in the interview's zone" comes from it). A
file may define its own zone ("Hooli Campus Time", or an Outlook name no table knows); converting
such an interview to the user's zone would lose where it takes place. So the zone's offsets are
compared with every IANA zone's, weekly over the year around the event: a zone that agrees at
every sample (and so on its daylight-saving changes, to the week) stands in for it, and the
import says which one it chose.
"""

from __future__ import annotations

import zoneinfo
from datetime import datetime, timedelta, tzinfo
from functools import cache
from pathlib import Path

SAMPLES = 60  # weekly, from 30 weeks before the event to 30 after
STEP = timedelta(days=7)


@cache
def _candidates() -> tuple[str, ...]:
    """Canonical zones first (zone1970.tab: no backward-compatible aliases like Asia/Calcutta), then the rest."""
    canonical: list[str] = []
    for folder in zoneinfo.TZPATH:
        table = Path(folder) / "zone1970.tab"
        if table.is_file():
            for line in table.read_text(encoding="utf-8").splitlines():
                fields = line.split("\t")
                if len(fields) >= 3 and not line.startswith("#"):
                    canonical.append(fields[2])
            break
    rest = sorted(z for z in zoneinfo.available_timezones() if z not in set(canonical))
    return (*sorted(canonical), *rest)


def matching_zone(custom: tzinfo, moment: datetime) -> str | None:
    """The first IANA zone whose UTC offset equals `custom`'s around `moment`; None if none does."""
    instants = [moment + STEP * (n - SAMPLES // 2) for n in range(SAMPLES)]
    wanted = [i.astimezone(custom).utcoffset() for i in instants]
    if all(offset == timedelta(0) for offset in wanted):
        return None  # plain UTC says nothing about a place
    for name in _candidates():
        try:
            zone = zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            continue
        if all(i.astimezone(zone).utcoffset() == w for i, w in zip(instants, wanted, strict=True)):
            return name
    return None
