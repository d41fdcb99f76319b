"""Restore from backup: the backups with their dates and counts, or a backup file chosen by hand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from peerdesk.domain.backup import BackupInfo
from peerdesk.ui.widgets import tab_in_visual_order

COLUMNS = (
    QT_TRANSLATE_NOOP("RestoreDialog", "Made on"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Members"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Meetings"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Notes"),
    QT_TRANSLATE_NOOP("RestoreDialog", "File"),
)


def _when(info: BackupInfo) -> str:
    """ "Thu 26 Nov 2026, 14:05" in the window's language."""
    return QLocale().toString(QDateTime(info.made_at), "ddd d MMM yyyy, HH:mm")


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(720, 420)
        self.backups = backups
        self.chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. What is in peerdesk now is backed up first, "
                "so you can undo this by restoring again."
            )
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RestoreDialog", title) for title in COLUMNS]
        )
        for info in backups:
            counts = (info.members, info.meetings, info.notes)
            row = [QStandardItem(_when(info))]
            row += [QStandardItem("—" if n is None else f"{n:,}") for n in counts]
            row.append(QStandardItem(info.problem or info.path.name))
            for item in row:
                item.setEditable(False)
            for item in row[1:4]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if info.problem:
                for item in row:
                    item.setEnabled(False)
            self.model.appendRow(row)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.accept_selected())
        self.empty = QLabel(self.tr("There are no backups in the data folder yet."))
        self.empty.setVisible(not backups)
        self.table.setVisible(bool(backups))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.file_button = QPushButton(self.tr("Choose a backup file…"))
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.accept_selected)
        self.file_button.clicked.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._update_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        tab_in_visual_order(buttons)  # once in the dialog: reparenting resets the chain
        first_good = next((i for i, b in enumerate(backups) if b.problem is None), None)
        if first_good is not None:
            self.table.selectRow(first_good)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.backups[rows[0].row()]
        return None if info.problem else info

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def accept_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.chosen = info.path
            self.accept()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a peerdesk backup"), "", self.tr("peerdesk backups (*.db)")
        )
        if path:
            self.chosen = Path(path)
            self.accept()

    @classmethod
    def ask(cls, parent, backups: list[BackupInfo]) -> Path | None:
        """The backup to restore, or None; tests monkeypatch this seam."""
        dialog = cls(backups, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
