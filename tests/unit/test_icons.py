"""The icon files packaging/render_icons.py generates from the one SVG: every size a platform asks for."""

from __future__ import annotations

import struct

from PySide6.QtGui import QImage, QImageReader

from desktop_app.paths import RESOURCES

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def test_the_png_icons_have_their_size_and_show_the_calendar(qapp) -> None:  # noqa: ARG001 (QImage needs an app)
    for size in PNG_SIZES:
        image = QImage(str(RESOURCES / "icons" / f"finish-strong-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0  # transparent corners, not a white square
        middle = image.pixelColor(size * 3 // 4, size * 13 // 16)  # right of the tick: the calendar's blue
        assert middle.alpha() == 255 and middle.blue() > middle.red() + 80, (size, middle.name())


def test_the_windows_ico_holds_every_size_from_16_to_256(qapp) -> None:  # noqa: ARG001
    reader = QImageReader(str(RESOURCES / "finish-strong.ico"), b"ico")
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.width())
    assert sorted(sizes) == list(PNG_SIZES)


def test_the_macos_icns_holds_retina_sizes_up_to_1024() -> None:
    data = (RESOURCES / "finish-strong.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        kinds.add(kind.decode("ascii"))
        offset += length
    assert offset == len(data)
    # ic10: 512@2x (1024 px), ic09: 512, ic08: 256, ic07: 128, ic12: 32@2x, ic11: 16@2x
    assert {"ic10", "ic09", "ic08", "ic07"} <= kinds, kinds
