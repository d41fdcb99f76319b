"""Date range presets for reports: this/last month, quarter and year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Keys for preset_range; marked so the reports pane can show them translated.
PRESETS = (
    QT_TRANSLATE_NOOP("ReportsPane", "This month"),
    QT_TRANSLATE_NOOP("ReportsPane", "Last month"),
    QT_TRANSLATE_NOOP("ReportsPane", "This quarter"),
    QT_TRANSLATE_NOOP("ReportsPane", "Last quarter"),
    QT_TRANSLATE_NOOP("ReportsPane", "This year"),
    QT_TRANSLATE_NOOP("ReportsPane", "Last year"),
    QT_TRANSLATE_NOOP("ReportsPane", "Custom"),
)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(1)


def preset_range(name: str, today: dt.date) -> tuple[dt.date, dt.date]:
    y, m = today.year, today.month
    if name == "This month":
        return dt.date(y, m, 1), _month_end(y, m)
    if name == "Last month":
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        return dt.date(y, m, 1), _month_end(y, m)
    q = (m - 1) // 3
    if name == "Last quarter":
        y, q = (y, q - 1) if q else (y - 1, 3)
    if name in ("This quarter", "Last quarter"):
        return dt.date(y, 3 * q + 1, 1), _month_end(y, 3 * q + 3)
    if name == "Last year":
        y -= 1
    return dt.date(y, 1, 1), dt.date(y, 12, 31)
