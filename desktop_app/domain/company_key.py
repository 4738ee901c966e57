"""The key that tells whether two company names mean the same company.

Earlier rounds at "CAFÉ Météo" and "  café  meteo" belong together, so names are compared
case- and accent-folded with their spaces collapsed. SQLite's own lower() folds ASCII only,
so the key is computed here, in Python, when an interview is written, and stored beside
the name (`interview.company_key`, indexed): looking up the earlier rounds of one company
is then one index search however many interviews the file holds.
"""

from __future__ import annotations

import unicodedata


def company_key(company: str) -> str:
    """Case-, accent- and spacing-insensitive form of a company name ("" for a blank one)."""
    decomposed = unicodedata.normalize("NFKD", company)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())
