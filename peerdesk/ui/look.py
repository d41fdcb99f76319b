"""Colours and sizes that follow the system: light or dark palette, font size and scaling.

Colours that carry a warning are picked for the current palette (a dark red vanishes on a dark
background); the text always says it too, so meaning never rests on colour alone. Sizes are
given in lines and characters of the widget's own font, never in pixels, so a large system font
or a 200 % display still fits.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# (on a light background, on a dark background)
_COLOURS = {
    "error": ("#b00020", "#ff8a80"),
    "warning": ("#8a4b00", "#ffb74d"),
    "problem_row": ("#fde7e9", "#5c1f26"),
    "duplicate_row": ("#fff4d6", "#4d3d12"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(name: str, palette: QPalette | None = None) -> QColor:
    light, dark = _COLOURS[name]
    return QColor(dark if is_dark(palette) else light)


def text_style(name: str, palette: QPalette | None = None) -> str:
    """A style sheet for bold text in a warning colour."""
    return f"color: {colour(name, palette).name()}; font-weight: bold;"


def border_style(name: str, palette: QPalette | None = None) -> str:
    return f"border: 2px solid {colour(name, palette).name()};"


def lines(widget: QWidget, count: float) -> int:
    """Height of `count` lines of the widget's font, plus a frame's room."""
    return round(widget.fontMetrics().lineSpacing() * count) + 12


def chars(widget: QWidget, count: float) -> int:
    """Width of `count` average characters of the widget's font."""
    return round(widget.fontMetrics().averageCharWidth() * count)
