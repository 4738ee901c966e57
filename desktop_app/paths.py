"""Where Finish Strong keeps its files.

One folder holds everything the app writes (database, backups, window state, logs),
so `--data-dir DIR` or `FINISH_STRONG_DATA_DIR` isolates a run completely — which is
what tests, benchmarks and a portable install need.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_DATA_DIR = "FINISH_STRONG_DATA_DIR"
#: Icons and other files shipped with the app: the repository's top-level resources/, or in a
#: PyInstaller bundle the copy packaging/finish-strong.spec puts in the bundle's data folder.
RESOURCES = (
    Path(sys._MEIPASS) / "resources" if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS")
    else Path(__file__).resolve().parents[1] / "resources"
)
DATABASE_NAME = "finish-strong.sqlite3"


def default_data_dir() -> Path:
    import platformdirs  # only when no folder was given: a scripted start skips this import

    return Path(platformdirs.user_data_dir("finish-strong", appauthor=False))


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the command-line value, else the environment, else the platform's."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def ensure_data_dir(path: Path) -> Path:
    """Create the folder private to the user (0700); an existing one is left as it is."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def ui_state_path(data_dir: Path) -> Path:
    return data_dir / "window-state.ini"
