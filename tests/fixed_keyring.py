"""A keyring backend for a command-line child that must get past "no password stored" without the machine's
keyring: every lookup finds the same password, nothing is written anywhere.

Chosen with `PYTHON_KEYRING_BACKEND=tests.fixed_keyring.Keyring` (the repository on PYTHONPATH).
"""

from __future__ import annotations

from keyring.backend import KeyringBackend

PASSWORD = "fixed-test-password"


class Keyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]  # keyring declares it a classproperty

    def get_password(self, service: str, username: str) -> str | None:
        return PASSWORD

    def set_password(self, service: str, username: str, password: str) -> None:
        """Nothing is stored: the child only reads."""

    def delete_password(self, service: str, username: str) -> None:
        """Nothing was stored."""
