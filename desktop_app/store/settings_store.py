"""User settings kept in the database as JSON values (so they travel with export/import)."""

from __future__ import annotations

import json
from typing import Any

from ..domain.plan import PlanRules
from .models import Setting

PLAN_RULES_KEY = "plan_rules"
#: Bookkeeping of this installation, not the user's choices: never exported or imported.
INTERNAL_SETTINGS = frozenset({"search_index_version", "sync_last", "sync_target", "sync_item_format"})
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


#: The user's postal address for envelopes (several lines; the first is their name).
RETURN_ADDRESS_KEY = "return_address"
#: The editable template new handwritten-note drafts start from (string.Template, $name).
CARD_TEMPLATE_KEY = "card_template"


def load_return_address() -> str:
    stored = get_setting(RETURN_ADDRESS_KEY, "")
    return stored if isinstance(stored, str) else ""


def save_return_address(text: str) -> None:
    set_setting(RETURN_ADDRESS_KEY, text.strip())


def load_card_template() -> str:
    stored = get_setting(CARD_TEMPLATE_KEY, "")
    return stored if isinstance(stored, str) and stored.strip() else default_card_template()


def default_card_template() -> str:
    """The card template a new user starts with, in the language the app speaks."""
    from ..domain.cards import DEFAULT_CARD_TEMPLATE
    from ..domain.letter_language import CARD_DEFAULTS

    return CARD_DEFAULTS.get(draft_language(), DEFAULT_CARD_TEMPLATE)


def save_card_template(text: str) -> None:
    set_setting(CARD_TEMPLATE_KEY, text)


#: The language the windows speak ("de", "fr", …); "" follows the system (ui/app/translations.py).
LANGUAGE_KEY = "language"


def load_language() -> str:
    stored = get_setting(LANGUAGE_KEY, "")
    return stored if isinstance(stored, str) else ""


def save_language(code: str) -> None:
    set_setting(LANGUAGE_KEY, code)


#: "high" or "normal" contrast; "" follows the system's preference where the platform reports one
#: (ui/shared/theme.py). Linux desktops without the settings portal report nothing, hence the setting.
CONTRAST_KEY = "contrast"


def load_contrast() -> str:
    stored = get_setting(CONTRAST_KEY, "")
    return stored if stored in ("", "high", "normal") else ""


def save_contrast(choice: str) -> None:
    set_setting(CONTRAST_KEY, choice)


#: The language new drafts start in (default templates, greeting, dates): set once at start-up by the
#: UI from the language it chose (ui/app/translations.py), "en" for the CLI and tests.
_draft_language = "en"


def set_draft_language(code: str) -> None:
    global _draft_language
    _draft_language = code


def draft_language() -> str:
    return _draft_language
