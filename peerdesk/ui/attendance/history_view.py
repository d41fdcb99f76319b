"""A group's attendance over time, the "reach out" list, and one member's history."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import attendance
from peerdesk.ui.attendance.models import status_text
from peerdesk.ui.table_model import Column, RowsModel

MONTH_COLUMNS = (
    Column("month", QT_TRANSLATE_NOOP("Column", "Month")),
    Column("meetings", QT_TRANSLATE_NOOP("Column", "Meetings"), align_right=True),
    Column("named", QT_TRANSLATE_NOOP("Column", "Named"), align_right=True),
    Column("total", QT_TRANSLATE_NOOP("Column", "Total"), align_right=True),
    Column("average", QT_TRANSLATE_NOOP("Column", "Average"), align_right=True),
)
REACH_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Column", "Name")),
    Column("attended", QT_TRANSLATE_NOOP("Column", "Came"), align_right=True),
    Column("last_seen", QT_TRANSLATE_NOOP("Column", "Last seen")),
    Column("phone", QT_TRANSLATE_NOOP("Column", "Phone")),
    Column("email", QT_TRANSLATE_NOOP("Column", "Email")),
    Column("may_contact", QT_TRANSLATE_NOOP("Column", "May contact")),
)
HISTORY_COLUMNS = (
    Column("date", QT_TRANSLATE_NOOP("Column", "Date")),
    Column("group", QT_TRANSLATE_NOOP("Column", "Group")),
    Column("status", QT_TRANSLATE_NOOP("Column", "Status"), format=status_text),
    Column("topic", QT_TRANSLATE_NOOP("Column", "Topic")),
)


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.setAlternatingRowColors(True)
    return view


class HistoryView(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.group_id: int | None = None
        self.months = RowsModel(MONTH_COLUMNS, self)
        self.reach = RowsModel(REACH_COLUMNS, self)
        self.history = RowsModel(HISTORY_COLUMNS, self)
        self.missed = QSpinBox()
        self.missed.setRange(1, 20)
        self.missed.setValue(3)
        self.missed.setAccessibleName(self.tr("Missed meetings"))
        self.missed.valueChanged.connect(self.reload)
        self.reach_table = _table(self.reach, self.tr("Reach out"))
        self.reach_table.selectionModel().currentRowChanged.connect(self._show_member)
        self.history_title = QLabel(self.tr("Select someone to see their attendance history."))

        reach_box = QGroupBox(self.tr("Reach out"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Came to 3 or more earlier meetings but missed the last")))
        top.addWidget(self.missed)
        top.addWidget(QLabel(self.tr("meetings")))
        top.addStretch(1)
        reach_layout = QVBoxLayout(reach_box)
        reach_layout.addLayout(top)
        reach_layout.addWidget(self.reach_table)
        reach_layout.addWidget(self.history_title)
        reach_layout.addWidget(_table(self.history, self.tr("Member history")))
        months_box = QGroupBox(self.tr("Attendance by month"))
        QVBoxLayout(months_box).addWidget(_table(self.months, self.tr("Attendance by month")))
        layout = QHBoxLayout(self)
        layout.addWidget(months_box, 2)
        layout.addWidget(reach_box, 3)

    def set_group(self, group_id: int | None) -> None:
        self.group_id = group_id
        self.reload()

    def reload(self) -> None:
        self.history.set_rows([])
        self.history_title.setText(self.tr("Select someone to see their attendance history."))
        if self.group_id is None:
            self.months.set_rows([])
            self.reach.set_rows([])
            return
        self.months.set_rows(attendance.group_by_month(self.group_id))
        self.reach.set_rows(attendance.reach_out(self.group_id, missed=self.missed.value()))

    def _show_member(self, current, _previous=None) -> None:
        if not current.isValid():
            return
        row = self.reach.row_object(current.row())
        self.history_title.setText(f"<b>{row['name']}</b> — " + self.tr("every meeting attended"))
        self.history.set_rows(attendance.member_history(row["member_id"]))

    def clear(self) -> None:
        self.group_id = None
        for model in (self.months, self.reach, self.history):
            model.set_rows([])
