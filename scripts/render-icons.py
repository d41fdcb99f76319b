"""Render resources/icons/peerdesk.svg to the PNG sizes, .ico and .icns the platforms need."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "peerdesk.svg"))
    if not renderer.isValid():
        print("peerdesk.svg could not be read", file=sys.stderr)
        return 1
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"peerdesk-{size}.png"))
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    if "ico" in formats:
        render(renderer, 256).save(str(ICONS / "peerdesk.ico"))
    if "icns" in formats:
        render(renderer, 512).save(str(ICONS / "peerdesk.icns"))
    print(f"rendered {len(SIZES)} PNG sizes; ico: {'ico' in formats}; icns: {'icns' in formats}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
