"""Small system dialogs and the system viewer, as functions that tests monkeypatch."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def ask_open_path(parent: QWidget | None, title: str, filter_: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filter_)
    return path or None


def ask_folder(parent: QWidget | None, title: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, title) or None


def ask_text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, text=default)
    return text if ok else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def open_with_system(path: str) -> bool:
    """Hand a file to the desktop's default viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
