"""The IANA name of this machine's time zone, without Qt (for the CLI).

Invitations with floating times mean the reader's own wall clock, and an interview
imported from UTC times needs a zone to show: this one. The GUI asks Qt instead
(`ui.formatting.system_zone_name`), which reads the same sources.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from .domain.validation import is_valid_zone


def local_zone_name() -> str:
    """$TZ, then /etc/localtime's target, then /etc/timezone, then Windows' zone name; else UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    if os.name == "nt":  # time.tzname is a Windows zone name there ("Pacific Standard Time")
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

        candidates.append(WINDOWS_TO_OLSON.get(time.tzname[0], ""))
    return next((c for c in candidates if c and is_valid_zone(c)), "UTC")
