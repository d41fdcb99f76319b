"""The window follows the system look: warning colours readable on dark palettes, text not clipped
with a large font."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from peerdesk.ui import look
from peerdesk.ui.welcome import RecoveryKeyPage
from peerdesk.ui.widgets import ErrorLabel


def _dark() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8e8e8"))
    return palette


def test_warning_colours_contrast_with_the_background():
    for palette in (QPalette(QColor("#efefef")), _dark()):
        background = palette.color(QPalette.ColorRole.Window).lightness()
        for name in ("error", "warning"):
            assert abs(look.colour(name, palette).lightness() - background) > 80, name


def test_error_label_follows_a_switch_to_dark_mode(qtbot):
    label = ErrorLabel()
    qtbot.addWidget(label)
    light_style = label.styleSheet()
    app = QApplication.instance()
    before = app.palette()
    try:
        app.setPalette(_dark())
        qtbot.waitUntil(lambda: label.styleSheet() != light_style)
        assert look.colour("error", _dark()).name() in label.styleSheet()
    finally:
        app.setPalette(before)


def test_recovery_key_shows_both_lines_with_a_large_font(qtbot):
    page = RecoveryKeyPage(None)
    qtbot.addWidget(page)
    font = page.font()
    font.setPointSize(16)
    page.setFont(font)
    page.show_key("7KQ2-M4XD-9PLR-C3VH-T8WN-F6JB-2ZYA-5EGU")
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    label = page.key_label
    assert label.height() >= label.sizeHint().height()
