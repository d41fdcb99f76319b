"""The chosen group's meetings, newest first: open one for check-in, add, move or cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from peerdesk.domain import meetings
from peerdesk.ui.attendance.meeting_dialog import MeetingDialog
from peerdesk.ui.attendance.models import status_text
from peerdesk.ui.panes.base import TablePane
from peerdesk.ui.table_model import Column, LazyTableModel
from peerdesk.ui.widgets import ErrorLabel

COLUMNS = (
    Column("date", QT_TRANSLATE_NOOP("Column", "Date")),
    Column("start_time", QT_TRANSLATE_NOOP("Column", "Time")),
    Column("status", QT_TRANSLATE_NOOP("Column", "Status"), format=status_text),
    Column("named", QT_TRANSLATE_NOOP("Column", "Named"), align_right=True),
    Column("anonymous", QT_TRANSLATE_NOOP("Column", "Anonymous"), align_right=True),
    Column("guests", QT_TRANSLATE_NOOP("Column", "Guests"), align_right=True),
    Column("total", QT_TRANSLATE_NOOP("Column", "Total"), align_right=True),
    Column("topic", QT_TRANSLATE_NOOP("Column", "Topic")),
)


def meetings_model(group: Callable[[], int | None] = lambda: None, parent=None) -> LazyTableModel:
    """Meetings of the group that `group()` names (every group's when it names none)."""
    return LazyTableModel(
        COLUMNS,
        lambda query, offset, limit: meetings.list_meetings(query, offset, limit, group_id=group()),
        parent,
    )


class MeetingsView(TablePane):
    title = QT_TRANSLATE_NOOP("MeetingsView", "Meetings")
    search_placeholder = QT_TRANSLATE_NOOP(
        "MeetingsView", "Search this group's meetings by topic, status or date (e.g. 2026-03)"
    )
    count_noun = QT_TRANSLATE_NOOP("MeetingsView", "meetings")
    open_requested = Signal(int)
    changed = Signal()

    def __init__(self, parent=None) -> None:
        self._group_id: int | None = None
        model = LazyTableModel(
            COLUMNS,
            lambda query, offset, limit: (
                meetings.list_meetings(query, offset, limit, group_id=self._group_id)
                if self._group_id is not None
                else []
            ),
        )
        super().__init__(model, parent)
        model.setParent(self)
        self.error = ErrorLabel()
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Open for check-in"), self.open_selected),
            (self.tr("Add a meeting…"), self.add_meeting),
            (self.tr("Move…"), self.move_selected),
            (self.tr("Cancel meeting"), self.cancel_selected),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addWidget(self.error)
        self.layout_.addLayout(row)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())

    def set_group(self, group_id: int | None) -> None:
        self._group_id = group_id
        self.model.reload()
        self.table.resizeColumnsToContents()  # dates and statuses whole, in any language

    def ids(self) -> set[int]:
        return {row["id"] for row in self.model.loaded_rows()}

    def selected(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row["id"])

    def add_meeting(self) -> None:
        if self._group_id is None:
            return
        if MeetingDialog.ask(self, self._group_id) is not None:
            self.model.reload()
            self.changed.emit()

    def move_selected(self) -> None:
        row = self.selected()
        if row is None or self._group_id is None:
            return
        if MeetingDialog.ask(self, self._group_id, meetings.get_meeting(row["id"])) is not None:
            self.model.reload()
            self.changed.emit()

    def cancel_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            meetings.cancel_meeting(row["id"])
        except meetings.MeetingError as exc:
            self.error.show_error(str(exc))
            return
        self.error.clear_error()
        self.model.reload()
        self.changed.emit()
