"""Open follow-ups across all members, overdue first, with a way to mark them done."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from peerdesk.domain import notes
from peerdesk.ui import translated
from peerdesk.ui.members.notes_panel import kind_label
from peerdesk.ui.table_model import Column, LazyTableModel

COLUMNS = (
    Column("due", QT_TRANSLATE_NOOP("FollowUpsDialog", "Due")),
    Column(
        "overdue",
        QT_TRANSLATE_NOOP("FollowUpsDialog", "Overdue"),
        format=lambda v: QCoreApplication.translate("FollowUpsDialog", "⚠ Overdue") if v else "",
    ),
    Column("member_name", QT_TRANSLATE_NOOP("FollowUpsDialog", "Member")),
    Column("kind", QT_TRANSLATE_NOOP("FollowUpsDialog", "Kind"), format=kind_label),
)


class FollowUpsDialog(QDialog):
    """Lists who to follow up with; note text stays hidden here (open the member to read it)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-ups"))
        self.chosen_member: int | None = None
        self._rows: list[notes.FollowUp] = []
        self.model = LazyTableModel(
            translated.columns("FollowUpsDialog", COLUMNS), self._fetch, self
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Open follow-ups"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.open_member())
        self.summary = QLabel()
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton(self.tr("Open member"))
        self.open_button.clicked.connect(self.open_member)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.done_button, self.open_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(560, 420)
        self.refresh()

    def _fetch(self, _query: str, offset: int, limit: int):
        return self._rows[offset : offset + limit]

    def refresh(self) -> None:
        self._rows = notes.open_follow_ups()
        self.model.set_enabled(True)
        overdue = sum(1 for r in self._rows if r.overdue)
        self.summary.setText(
            self.tr("{open} open, {overdue} overdue").format(open=len(self._rows), overdue=overdue)
        )
        self.view.resizeColumnsToContents()

    def selected(self) -> notes.FollowUp | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def mark_done(self) -> None:
        row = self.selected()
        if row is not None:
            notes.mark_done(row.note_id)
            self.refresh()

    def open_member(self) -> None:
        row = self.selected()
        if row is not None:
            self.chosen_member = row.member_id
            self.accept()


def launch(parent) -> int | None:
    """Show the list; returns the member to open, if one was chosen. Tests monkeypatch this."""
    dialog = FollowUpsDialog(parent)
    dialog.exec()
    return dialog.chosen_member
