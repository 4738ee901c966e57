"""Render the one icon source (resources/finish-strong.svg) to every icon file the platforms use.

Run: `.venv/bin/python packaging/render_icons.py` (after `pip install -e '.[package]'`).
Writes, all committed:
- resources/icons/finish-strong-{16..256}.png: the window icon, the tray and Linux's hicolor
  theme. Pre-rendered so that the app sets its icon without loading Qt's SVG support at
  start-up (≈2 MiB, 7 ms), and so the bundle needs no SVG image plugin.
- resources/finish-strong.ico: the Windows executable and installer icon, every size in one file.
- resources/finish-strong.icns: the macOS .app icon (up to 1024 px for Retina).

Qt renders (its SVG renderer is the one the source was drawn for); Pillow only packs the
rendered images into .ico/.icns, because Qt can write .ico only one size per file and .icns
not at all without the qtimageformats add-on. Pillow is a build-time tool (the `package`
extra), never imported by the app.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "finish-strong.svg"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO = ROOT / "resources" / "finish-strong.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS = ROOT / "resources" / "finish-strong.icns"
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


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


def png_path(size: int, scratch: Path) -> Path:
    """The committed PNG of that size, or one rendered into `scratch` (512 and 1024 for macOS)."""
    if size in SIZES:
        return ICONS / f"finish-strong-{size}.png"
    path = scratch / f"finish-strong-{size}.png"
    if not path.exists():
        render(size, path)
    return path


def write_ico_and_icns(scratch: Path) -> None:
    from PIL import Image

    ico_images = [Image.open(png_path(s, scratch)).convert("RGBA") for s in ICO_SIZES]
    ico_images[-1].save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=ico_images[:-1])
    icns_images = [Image.open(png_path(s, scratch)).convert("RGBA") for s in ICNS_SIZES]
    icns_images[-1].save(ICNS, format="ICNS", append_images=icns_images[:-1])


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for size in SIZES:
        render(size, ICONS / f"finish-strong-{size}.png")
    with tempfile.TemporaryDirectory() as scratch:
        write_ico_and_icns(Path(scratch))
    print(f"rendered {len(SIZES)} PNG sizes, {ICO.name} and {ICNS.name} from {SOURCE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
