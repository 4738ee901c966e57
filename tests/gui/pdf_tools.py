"""pdfinfo / pdftotext / pdftoppm (poppler-utils) on a produced PDF: what a user would see."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed; `make test` installs it (Debian package poppler-utils)")
    return path


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page."""
    out = subprocess.run([_tool("pdfinfo"), "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True,
                         check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]


def text_lines(pdf: Path) -> list[str]:
    """The page text laid out as printed, blank lines and edge spaces dropped; ligatures the font
    drew (ﬁ, ﬂ) read back as their letters."""
    out = subprocess.run([_tool("pdftotext"), "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return [unicodedata.normalize("NFKC", line).strip() for line in out.splitlines() if line.strip()]


def to_png(pdf: Path, prefix: Path, dpi: int = 72) -> list[Path]:
    subprocess.run([_tool("pdftoppm"), "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    return sorted(prefix.parent.glob(prefix.name + "*.png"))
