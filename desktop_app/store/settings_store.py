"""User settings kept in the database as JSON values (so they travel with export/import)."""

from __future__ import annotations

import json
from typing import Any

from ..domain.plan import PlanRules
from .models import Setting

PLAN_RULES_KEY = "plan_rules"
#: Bookkeeping of this installation, not the user's choices: never exported or imported.
INTERNAL_SETTINGS = frozenset({"search_index_version"})
#: The user's own e-mail addresses: attendees with these are not interviewers.
MY_ADDRESSES_KEY = "my_addresses"


def get_setting(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def set_setting(key: str, value: Any) -> None:
    encoded = json.dumps(value, sort_keys=True, ensure_ascii=False)
    Setting.insert(key=key, value=encoded).on_conflict_replace().execute()


def all_settings() -> dict[str, Any]:
    return {row.key: get_setting(row.key) for row in Setting.select().order_by(Setting.key)}


def load_rules() -> PlanRules:
    stored = get_setting(PLAN_RULES_KEY, {})
    return PlanRules.from_dict(stored if isinstance(stored, dict) else {})


def save_rules(rules: PlanRules) -> None:
    set_setting(PLAN_RULES_KEY, rules.to_dict())


def load_my_addresses() -> list[str]:
    stored = get_setting(MY_ADDRESSES_KEY, [])
    if not isinstance(stored, list):
        return []
    return [a for a in stored if isinstance(a, str) and a.strip()]


def save_my_addresses(addresses: list[str]) -> None:
    set_setting(MY_ADDRESSES_KEY, addresses)
