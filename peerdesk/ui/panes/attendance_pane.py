"""Attendance: every meeting with its named, anonymous and guest counts, newest first."""

from __future__ import annotations

from peerdesk.domain import meetings
from peerdesk.ui.panes.base import TablePane
from peerdesk.ui.table_model import Column, LazyTableModel

DATE, TIME, GROUP, STATUS, NAMED, ANONYMOUS, GUESTS, TOTAL, TOPIC = range(9)
COLUMNS = (
    Column("date", "Date"),
    Column("start_time", "Time"),
    Column("group", "Group"),
    Column("status", "Status", format=lambda s: str(s).capitalize()),
    Column("named", "Named", align_right=True),
    Column("anonymous", "Anonymous", align_right=True),
    Column("guests", "Guests", align_right=True),
    Column("total", "Total", align_right=True),
    Column("topic", "Topic"),
)


def meetings_model(parent=None) -> LazyTableModel:
    return LazyTableModel(
        COLUMNS, lambda query, offset, limit: meetings.list_meetings(query, offset, limit), parent
    )


class AttendancePane(TablePane):
    title = "Attendance"
    shortcut = "Ctrl+1"
    search_placeholder = "Search meetings by group, topic, status or date (e.g. 2026-03)"
    count_noun = "meetings"

    def __init__(self, parent=None) -> None:
        super().__init__(meetings_model(), parent)
