"""Open follow-ups across all members, overdue first, with a way to mark them done."""

from __future__ import annotations

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
from peerdesk.ui.table_model import Column, LazyTableModel

COLUMNS = (
    Column("due", "Due"),
    Column("overdue", "Overdue", format=lambda v: "⚠ Overdue" if v else ""),
    Column("member_name", "Member"),
    Column("kind", "Kind"),
)


class FollowUpsDialog(QDialog):
    """Lists who to follow up with; note text stays hidden here (open the member to read it)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Follow-ups")
        self.chosen_member: int | None = None
        self._rows: list[notes.FollowUp] = []
        self.model = LazyTableModel(COLUMNS, self._fetch, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName("Open follow-ups")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.open_member())
        self.summary = QLabel()
        self.done_button = QPushButton("Mark done")
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton("Open member")
        self.open_button.clicked.connect(self.open_member)
        close = QPushButton("Close")
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
        self.summary.setText(f"{len(self._rows)} open, {overdue} overdue")
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
