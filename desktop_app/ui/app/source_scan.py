"""PySide6 reads every module imported after it; this makes that read leave nothing behind.

PySide6's import hook (shibokensupport.feature, PYSIDE-2029) asks of each newly imported module
whether its source mentions "PySide6", to know where `from __feature__ import …` may apply. It
asks through `inspect.getsource`, which goes through `linecache`: the lines of every module the
app imports stay in memory for the life of the process. Measured on the start-up path, that was
4.8 MiB of a 83 MiB peak (docs/PERFORMANCE.md) — the difference between meeting and missing the
memory target. The replacement asks the same question of the same file, reading its bytes once.

Only a module that has a `.py` file is read, as before (a built-in, an extension or a frozen
module without source gives False either way). If a later PySide6 renames or drops the hook,
nothing is patched and the app behaves as PySide6 does.
"""

from __future__ import annotations

import sys
from types import ModuleType

_MARK = "_finish_strong_reads_bytes"


def mentions_pyside(module: ModuleType) -> bool:
    """The hook's question — does the module's source mention PySide6? — without linecache."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def lighten_pyside_source_scan() -> bool:
    """Put `mentions_pyside` in place of PySide6's scanner; True if it is in place now."""
    import PySide6.QtCore  # noqa: F401 — initialises shiboken, which installs the hook being replaced

    feature = sys.modules.get("shibokensupport.feature")
    current = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(current):
        return False
    if not getattr(current, _MARK, False):
        setattr(mentions_pyside, _MARK, True)
        feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]
    return True
