"""Small shared widgets."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from peerdesk.ui import look


def save_cancel_buttons(dialog) -> QDialogButtonBox:
    """Save (calls dialog.save(), which accepts when it succeeds) and Cancel (rejects)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def tab_in_visual_order(box: QDialogButtonBox) -> None:
    """Tab through a button box in the order it lays its buttons out: the box places them by role
    and platform, so the order they were added in can run right to left. Call it once the box is
    in its dialog."""
    layout = box.layout()
    shown = [layout.itemAt(i).widget() for i in range(layout.count())]
    shown = [w for w in shown if w is not None and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    for first, second in itertools.pairwise(shown):
        QWidget.setTabOrder(first, second)


class ErrorLabel(QLabel):
    """One plain sentence in the window, in bold red with a warning sign (meaning not by colour alone)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(look.text_style("error"))
        self.setAccessibleName(self.tr("Error message"))
        self.hide()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.PaletteChange:  # e.g. the system switched to dark mode
            style = look.text_style("error", QApplication.palette())
            if style != self.styleSheet():  # a style sheet change is itself a palette change
                self.setStyleSheet(style)
        super().changeEvent(event)

    def show_error(self, message: str) -> None:
        self.setText(f"⚠ {message}")
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()
