"""Export buttons: choose a file, confirm named exports, run in a Job with progress and cancel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from peerdesk.ui import printing


def confirm_named_export(parent: QWidget | None) -> bool:
    """Explicit confirmation before names leave the app (design §3 rule 5); tests patch this."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("ExportActions", "Export with names?"),
        QCoreApplication.translate(
            "ExportActions",
            "This file will contain the names of people who attend your groups. It will be "
            "marked CONFIDENTIAL. Only continue if you must share names and can keep the file "
            "safe.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


FILTERS = {
    ".pdf": "PDF (*.pdf)",
    ".xlsx": QT_TRANSLATE_NOOP("ExportActions", "Excel workbook (*.xlsx)"),
    ".csv": "CSV (*.csv)",
    ".json": "JSON (*.json)",
}


def ask_path(parent: QWidget, title: str, suggested: str, suffix: str) -> str | None:
    path = printing.ask_save_path(
        parent, title, suggested, QCoreApplication.translate("ExportActions", FILTERS[suffix])
    )
    if path and not path.lower().endswith(suffix):
        path += suffix
    return path
