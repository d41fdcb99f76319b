"""Small shared widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class ErrorLabel(QLabel):
    """One plain sentence in the window, in bold red with a warning sign (meaning not by colour alone)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setAccessibleName("Error message")
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(f"⚠ {message}")
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()
