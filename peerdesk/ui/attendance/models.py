"""Small list-backed models for the check-in view: search results, who is here, plain rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from peerdesk.domain.attendance import Match

NEW = "new"  # the kind of the "Add ‘…’ as a new member" row

# Attendance and meeting statuses as stored, and how the tables show them.
_STATUS_TEXT = {
    "present": QT_TRANSLATE_NOOP("Status", "Present"),
    "late": QT_TRANSLATE_NOOP("Status", "Late"),
    "left early": QT_TRANSLATE_NOOP("Status", "Left early"),
    "held": QT_TRANSLATE_NOOP("Status", "Held"),
    "scheduled": QT_TRANSLATE_NOOP("Status", "Scheduled"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "Cancelled"),
}


def status_text(status: Any) -> str:
    text = _STATUS_TEXT.get(str(status))
    return QCoreApplication.translate("Status", text) if text else str(status).capitalize()


class MatchListModel(QAbstractListModel):
    """Search results, then one row that adds the typed text as a new member."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._matches: list[Match] = []
        self._new_text = ""

    def set_results(self, matches: Sequence[Match], new_text: str) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self._new_text = " ".join(new_text.split())
        self.endResetModel()

    def clear(self) -> None:
        self.set_results([], "")

    def item(self, row: int) -> Match | tuple[str, str] | None:
        """A Match, or (NEW, text) for the last row."""
        if 0 <= row < len(self._matches):
            return self._matches[row]
        if row == len(self._matches) and self._new_text:
            return (NEW, self._new_text)
        return None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._matches) + (1 if self._new_text else 0)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index.row())
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if isinstance(item, tuple):
                return self.tr("+ Add ‘{name}’ as a new member").format(name=item[1])
            text = item.display
            if item.full_name and item.preferred_name not in item.full_name:
                text += f" ({item.preferred_name})"
            if item.checked_in:
                text += "   ✓ " + self.tr("already checked in")
            elif not item.in_group:
                text += "   · " + self.tr("not yet in this group")
            return text
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(item, tuple):
            return self.tr("Creates the member, adds them to this group and checks them in")
        return None
