"""Render the one icon source (resources/finish-strong.svg) to the PNG sizes desktops use.

Run: `.venv/bin/python packaging/render_icons.py`. The PNGs are committed so that the
app can set its window icon without loading Qt's SVG support at start-up (≈2 MiB, 7 ms).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "finish-strong.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise SystemExit(f"could not write {target}")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for size in SIZES:
        render(size, ROOT / "resources" / "icons" / f"finish-strong-{size}.png")
    print(f"rendered {len(SIZES)} sizes from {SOURCE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
