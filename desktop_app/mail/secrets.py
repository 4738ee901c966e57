"""The SMTP password in the OS keyring (`keyring`), or in memory for this session only.

Never in the database, a log or a file. When no usable keyring exists — the `fail`
backend, a locked keyring the user did not unlock, a keyring error — the password is held
in this process only, and `session_only` tells the UI to say so once.
"""

from __future__ import annotations

from ..crash_log import register_secret

SERVICE = "Finish Strong"


class PasswordStore:
    """One per application run: remembers session-only passwords and whether the user was told."""

    def __init__(self) -> None:
        self._session: dict[str, str] = {}
        self.session_only = False  # True once the keyring turned out to be unusable
        self.told = False  # the "no keyring: this session only" message was shown
        self.last_error = ""

    def _key(self, host: str, user: str) -> str:
        return f"{user}@{host}"

    def _keyring_usable(self) -> bool:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            self._unusable("no keyring service is available on this system")
            return False
        return True

    def _unusable(self, why: str) -> None:
        self.session_only = True
        self.last_error = why

    def get(self, host: str, user: str) -> str | None:
        key = self._key(host, user)
        if key in self._session:
            return self._session[key]
        if self.session_only or not self._keyring_usable():
            return None
        import keyring
        from keyring.errors import KeyringError

        try:
            password = keyring.get_password(SERVICE, key)
        except KeyringError as exc:  # locked and not unlocked, D-Bus gone, ...
            self._unusable(str(exc) or type(exc).__name__)
            return None
        if password:
            register_secret(password)  # whatever is logged later, this never reaches the log file
        return password

    def set(self, host: str, user: str, password: str) -> bool:
        """True if stored in the keyring; False if kept for this session only."""
        key = self._key(host, user)
        register_secret(password)
        if not self.session_only and self._keyring_usable():
            import keyring
            from keyring.errors import KeyringError

            try:
                keyring.set_password(SERVICE, key, password)
                self._session.pop(key, None)
                return True
            except KeyringError as exc:
                self._unusable(str(exc) or type(exc).__name__)
        self._session[key] = password
        return False

    def delete(self, host: str, user: str) -> None:
        key = self._key(host, user)
        self._session.pop(key, None)
        if self.session_only or not self._keyring_usable():
            return
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(SERVICE, key)
        except PasswordDeleteError:
            pass  # nothing stored: fine
        except KeyringError as exc:
            self._unusable(str(exc) or type(exc).__name__)

    def tell_once(self) -> str | None:
        """The sentence to show the first time the keyring fails in this session, else None."""
        if not self.session_only or self.told:
            return None
        self.told = True
        return ("Your system's keyring could not be used (" + self.last_error.rstrip(". ") + "). "
                "Your password is kept in memory for this session only and never written anywhere; "
                "you will be asked again next time.")
