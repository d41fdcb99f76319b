"""Reports: this year's figures per group (design §5 definitions)."""

from __future__ import annotations

import datetime as dt

from peerdesk.domain import reports
from peerdesk.ui.panes.base import TablePane
from peerdesk.ui.table_model import Column, LazyTableModel

GROUP, HELD, NAMED, ANONYMOUS, TOTAL, UNDUPLICATED, AVERAGE = range(7)
COLUMNS = (
    Column("group", "Group"),
    Column("meetings_held", "Meetings held", align_right=True),
    Column("named_attendances", "Named attendances", align_right=True),
    Column("anonymous_attendances", "Anonymous + guests", align_right=True),
    Column("total_attendances", "Total attendances", align_right=True),
    Column("unduplicated_participants", "Participants", align_right=True),
    Column("average_attendance", "Average", align_right=True, format=lambda v: f"{v:.2f}"),
)


def year_range(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    today = today or dt.date.today()
    return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)


def group_summary_model(parent=None) -> LazyTableModel:
    def fetch(query: str, offset: int, limit: int):
        start, end = year_range()
        return reports.group_summary(start, end, query)[offset : offset + limit]

    return LazyTableModel(COLUMNS, fetch, parent)


class ReportsPane(TablePane):
    shortcut = "Ctrl+4"
    search_placeholder = "Filter groups by name"
    count_noun = "groups"

    @property
    def title(self) -> str:  # noqa: D401
        return "Reports"

    def __init__(self, parent=None) -> None:
        super().__init__(group_summary_model(), parent)
        start, end = year_range()
        self.heading.setText(
            f"<h2>Reports</h2> Figures for this year, {start.year}, over held meetings"
        )
        self.period = f"{start:%-d %B %Y} – {end:%-d %B %Y}"
        self.heading.setToolTip(f"Figures for {self.period}, held meetings only")
