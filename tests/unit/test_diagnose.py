"""`finish-strong diagnose` reports what an installation finds; from source it finds everything."""

from __future__ import annotations

import json
import subprocess
import sys

from desktop_app import APP_ID


def test_diagnose_prints_keyring_qt_and_resources_as_json() -> None:
    result = subprocess.run([sys.executable, "-m", "desktop_app", "diagnose"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["app_id"] == APP_ID
    assert report["frozen"] is False
    assert "keyring.backends.SecretService.Keyring" in report["keyring"]["loaded"]
    assert set(report["qt"]["modules"]) == {"QtCore", "QtGui", "QtWidgets", "QtDBus", "QtNetwork", "QtPrintSupport"}
    assert set(report["qt"]["modules"].values()) == {"ok"}
    assert "finish-strong-16.png" in report["resources"]["icons"]
