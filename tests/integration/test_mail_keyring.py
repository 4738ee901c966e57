"""The SMTP password in the real Secret Service (gnome-keyring on the suite's private D-Bus),
and, with keyring's `fail` backend, in memory for the session only and nowhere on disk."""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import shutil
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.mail.secrets import SERVICE, PasswordStore
from tests.mail_server import PASSWORD, MailServer

from .conftest import _stop, name_has_owner, wait_until

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=[True], ids=["unlocked"])
def secret_service(request: pytest.FixtureRequest, session_bus: str, tmp_path: Path,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """gnome-keyring-daemon in a throw-away HOME: unlocked with a password on stdin, or (param False)
    left locked, as when the user dismisses the unlock prompt (there is no prompter here)."""
    daemon = shutil.which("gnome-keyring-daemon")
    if daemon is None:
        pytest.fail("gnome-keyring-daemon is not installed; `make test` installs it (Debian package gnome-keyring)")
    home, data, runtime = tmp_path / "home", tmp_path / "xdg-data", tmp_path / "runtime"
    for folder in (home, data, runtime):
        folder.mkdir(mode=0o700)
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=session_bus, HOME=str(home), XDG_DATA_HOME=str(data),
               XDG_RUNTIME_DIR=str(runtime))
    unlock = ["--unlock"] if request.param else []
    process = subprocess.Popen([daemon, "--foreground", *unlock, "--components=secrets"], env=env,
                               stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert process.stdin is not None
    if request.param:
        process.stdin.write(b"keyring-unlock-password")
    process.stdin.close()
    try:
        wait_until(lambda: name_has_owner(session_bus, "org.freedesktop.secrets"), 15, "gnome-keyring on the bus")
        import keyring
        from keyring.backends import SecretService

        previous = keyring.get_keyring()
        for name in ("DBUS_SESSION_BUS_ADDRESS", "HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
            monkeypatch.setenv(name, env[name])
        keyring.set_keyring(SecretService.Keyring())
        try:
            yield env
        finally:
            keyring.set_keyring(previous)
    finally:
        _stop(process)


def read_in_another_process(env: dict[str, str], key: str) -> str | None:
    """What a fresh program (the next app start) finds in the keyring."""
    code = f"import keyring; print(repr(keyring.get_password({SERVICE!r}, {key!r})))"
    out = subprocess.run([sys.executable, "-c", code], env=dict(
        env, PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring"), capture_output=True, text=True,
        timeout=60, check=True).stdout.strip()
    return eval(out)  # noqa: S307 (a repr we printed ourselves)


def test_store_read_back_replace_delete(secret_service: dict[str, str], tmp_path: Path) -> None:
    store = PasswordStore()
    assert store.get("smtp.example.com", "zoe") is None
    assert store.set("smtp.example.com", "zoe", "Fïrst ✓ secret") is True
    assert not store.session_only and store.tell_once() is None
    assert PasswordStore().get("smtp.example.com", "zoe") == "Fïrst ✓ secret"
    assert read_in_another_process(secret_service, "zoe@smtp.example.com") == "Fïrst ✓ secret"
    store.set("smtp.example.com", "zoe", "second")
    assert read_in_another_process(secret_service, "zoe@smtp.example.com") == "second"
    assert store.get("smtp.example.com", "other") is None  # per account
    store.delete("smtp.example.com", "zoe")
    assert PasswordStore().get("smtp.example.com", "zoe") is None
    store.delete("smtp.example.com", "zoe")  # deleting twice is fine


def test_without_a_keyring_the_password_is_for_this_session_only_and_never_written(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    home = tmp_path / "home"
    for folder in (data_dir, home):
        folder.mkdir(mode=0o700)
    with MailServer(tmp_path) as server:
        account = dataclasses.asdict(server.account())
        env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", QT_QPA_PLATFORM="offscreen",
                   HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"),
                   XDG_CACHE_HOME=str(home / ".cache"), PYTHONPATH=str(ROOT),
                   PYTHONWARNINGS="ignore::DeprecationWarning")
        result = subprocess.run([sys.executable, str(Path(__file__).with_name("keyring_fail_child.py")),
                                 str(data_dir), json.dumps(account)], input=PASSWORD, env=env, capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == 0, result.stderr
    told = json.loads(result.stdout.strip().splitlines()[-1])
    assert told["session_only"] and told["same"] and told["field_cleared"] and told["refused"] == []
    first, second = told["told"]
    assert first is not None and "session only" in first and "keyring" in first
    assert second is None  # said once
    assert len(server.messages) == 1  # the session password worked
    secret = PASSWORD.encode()
    written = [p for p in [*data_dir.rglob("*"), *home.rglob("*")] if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in written)
    log = data_dir / "logs" / "finish-strong.log"
    assert "RuntimeError" in log.read_text(encoding="utf-8")  # the provoked error was logged, password scrubbed
    leaks = [p for p in written if secret in p.read_bytes() or PASSWORD.encode("utf-16-le") in p.read_bytes()]
    assert leaks == []
    assert PASSWORD not in result.stderr


@pytest.mark.parametrize("secret_service", [False], ids=["locked"], indirect=True)
def test_a_locked_keyring_left_locked_means_this_session_only(secret_service: dict[str, str]) -> None:
    store = PasswordStore()
    assert store.set("smtp.example.com", "zoe", "typed once") is False
    assert store.session_only
    message = store.tell_once()
    assert message is not None and "keyring could not be used" in message and "this session only" in message
    assert store.tell_once() is None
    assert store.get("smtp.example.com", "zoe") == "typed once"
    folders = [Path(secret_service[name]) for name in ("HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR")]
    files = [p for folder in folders for p in folder.rglob("*") if p.is_file()]
    assert not any(b"typed once" in p.read_bytes() for p in files)
    # keyring's Secret Service backend leaves its D-Bus connection open when the collection
    # cannot be unlocked (a library leak, harmless in the app): collect it here, quietly.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def test_a_keyring_error_falls_back_to_the_session_and_says_so_once() -> None:
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringLocked

    class Locked(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            raise KeyringLocked("the keyring is locked and was not unlocked")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise KeyringLocked("the keyring is locked and was not unlocked")

        def delete_password(self, service: str, username: str) -> None:
            raise KeyringLocked("the keyring is locked and was not unlocked")

    previous = keyring.get_keyring()
    keyring.set_keyring(Locked())
    try:
        store = PasswordStore()
        assert store.get("h", "u") is None
        message = store.tell_once()
        assert message is not None and "locked" in message
        assert store.set("h", "u", "typed") is False
        assert store.get("h", "u") == "typed"
        assert store.tell_once() is None
    finally:
        keyring.set_keyring(previous)
