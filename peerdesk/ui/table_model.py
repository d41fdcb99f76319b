"""A thin, lazily-filled QAbstractTableModel over a domain fetch function.

Rows arrive in pages through canFetchMore/fetchMore, so a view over 5,000 members or 26,000
meetings only ever asks the database for what is on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

Fetch = Callable[[str, int, int], Sequence[Any]]


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    align_right: bool = False
    format: Callable[[Any], str] | None = None
    context: str = "Column"  # translation context of the title (marked with QT_TRANSLATE_NOOP)


def _value(row: Any, key: str) -> Any:
    return row[key] if isinstance(row, dict) else getattr(row, key)


def default_format(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Column", "Yes")
            if value
            else QCoreApplication.translate("Column", "No")
        )
    if isinstance(value, float):
        return QLocale().toString(value, "f", 2)  # 14.00 / 14,00 as the language writes it
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class ColumnsModel(QAbstractTableModel):
    """Rows (dicts or objects) shown through named columns; read-only."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = _value(self._rows[index.row()], column.key)
            return (column.format or default_format)(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            return QCoreApplication.translate(column.context, column.title)
        return None


class RowsModel(ColumnsModel):
    """A small list held whole (who is here, history, reach-out)."""

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)


class LazyTableModel(ColumnsModel):
    """Filled page by page from fetch(query, offset, limit) as the view scrolls."""

    PAGE = 200

    def __init__(self, columns: Sequence[Column], fetch: Fetch, parent=None) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self._query = ""
        self._exhausted = True
        self._enabled = False

    # -- data source -------------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        self._query = text
        self.reload()

    def query(self) -> str:
        return self._query

    def reload(self) -> None:
        """Drop what is loaded and fetch the first page again (after an edit or unlock)."""
        first_page = list(self._fetch(self._query, 0, self.PAGE)) if self._enabled else []
        self.beginResetModel()
        self._rows = first_page
        self._exhausted = len(first_page) < self.PAGE
        self.endResetModel()

    def set_enabled(self, enabled: bool) -> None:
        """Disabled (locked) models hold no rows and never touch the database."""
        self._enabled = enabled
        self.reload()

    def loaded_rows(self) -> list[Any]:
        return list(self._rows)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex) -> None:
        if parent.isValid() or self._exhausted:
            return
        batch = list(self._fetch(self._query, len(self._rows), self.PAGE))
        if len(batch) < self.PAGE:
            self._exhausted = True
        if batch:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
            self._rows.extend(batch)
            self.endInsertRows()
