"""Render the app icon (resources/icons/minime-admin.svg) to the files each system wants.

    QT_QPA_PLATFORM=offscreen python tools/make_icons.py

Writes beside the SVG: minime-admin.png (256 px, the window icon and Linux), minime-admin.ico
(Windows: the installer, the Start-menu entry) and minime-admin.icns (macOS). Qt's own SVG
renderer draws each size; the ICO and ICNS containers hold PNG images, which both formats
allow (Windows Vista+, macOS 10.7+), so no image library beyond Qt is needed. Run it again
after changing the SVG and commit the results.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = FOLDER / "minime-admin.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types that hold PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}  # fmt: skip


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY a size, then the PNG data (0 in a size byte means 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", len(png) + 8) + png for size, png in images.items()
    )
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    (FOLDER / "minime-admin.png").write_bytes(render_png(renderer, 256))
    (FOLDER / "minime-admin.ico").write_bytes(ico({s: render_png(renderer, s) for s in ICO_SIZES}))
    (FOLDER / "minime-admin.icns").write_bytes(
        icns({s: render_png(renderer, s) for s in ICNS_TYPES})
    )
    print(f"wrote the PNG, ICO and ICNS icons in {FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
