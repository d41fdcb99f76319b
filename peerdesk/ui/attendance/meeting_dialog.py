"""Adding a meeting by hand, or moving one to another date or time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
)

from peerdesk.domain import meetings
from peerdesk.ui.widgets import save_cancel_buttons


class MeetingDialog(QDialog):
    def __init__(self, group_id: int, meeting: dict | None = None, parent=None) -> None:
        super().__init__(parent)
        self.group_id, self.meeting = group_id, meeting
        self.meeting_id = meeting["id"] if meeting else None
        self.setWindowTitle(self.tr("Move meeting") if meeting else self.tr("Add a meeting"))
        day = meeting["date"] if meeting else dt.date.today()
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        start = (meeting or {}).get("start_time") or "19:00"
        self.time.setTime(QTime.fromString(start, "HH:mm"))
        self.topic = QLineEdit((meeting or {}).get("topic", ""))
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Time"), self.time)
        form.addRow(self.tr("T&opic"), self.topic)
        buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent, group_id: int, meeting: dict | None = None) -> int | None:
        """Modal; the meeting's id once saved, None if cancelled. Tests monkeypatch this."""
        dialog = cls(group_id, meeting, parent)
        return dialog.meeting_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    def chosen_date(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def save(self) -> None:
        time_text = self.time.time().toString("HH:mm")
        if self.meeting_id is None:
            self.meeting_id = meetings.add_meeting(
                self.group_id, self.chosen_date(), start_time=time_text, topic=self.topic.text()
            )
        else:
            meetings.move_meeting(self.meeting_id, self.chosen_date(), time_text)
            meetings.update_meeting(self.meeting_id, topic=self.topic.text().strip())
        self.accept()
