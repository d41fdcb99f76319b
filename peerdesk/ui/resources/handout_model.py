"""The ordered list of resources in a handout: drag to reorder (moveRows), drop resources in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, Qt

from peerdesk.ui.resources.categories import category_name

MIME = "application/x-peerdesk-resource-ids"


def encode_ids(ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME, QByteArray(",".join(str(i) for i in ids).encode()))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(MIME):
        return []
    text = bytes(mime.data(MIME).data()).decode()
    return [int(part) for part in text.split(",") if part.isdigit()]


class HandoutItemsModel(QAbstractListModel):
    """Rows are dicts with id, title and category; each resource appears at most once."""

    def __init__(self, lookup: Callable[[list[int]], dict[int, dict]], parent=None) -> None:
        """`lookup(ids)` gives {id: item} for resources dropped in from elsewhere."""
        super().__init__(parent)
        self._lookup = lookup
        self._items: list[dict] = []

    def set_items(self, items: list[dict]) -> None:
        self.beginResetModel()
        self._items = list({item["id"]: item for item in items}.values())
        self.endResetModel()

    def items(self) -> list[dict]:
        return list(self._items)

    def ids(self) -> list[int]:
        return [item["id"] for item in self._items]

    def add(self, items: list[dict], row: int = -1) -> int:
        """Insert new resources at row (end when -1); ones already present are ignored."""
        present = set(self.ids())
        fresh = [i for i in dict((i["id"], i) for i in items).values() if i["id"] not in present]
        if not fresh:
            return 0
        row = len(self._items) if row < 0 or row > len(self._items) else row
        self.beginInsertRows(QModelIndex(), row, row + len(fresh) - 1)
        self._items[row:row] = fresh
        self.endInsertRows()
        return len(fresh)

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            label = category_name(item["category"])
            return f"{index.row() + 1}. {item['title']}  ({label})"
        if role == Qt.ItemDataRole.UserRole:
            return item["id"]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            return (
                base
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | (Qt.ItemFlag.ItemIsDragEnabled)
            )
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids([self._items[r]["id"] for r in rows])

    def moveRows(self, src_parent, src_row, count, dst_parent, dst_child) -> bool:  # noqa: N802
        n = len(self._items)
        if (
            src_parent.isValid()
            or dst_parent.isValid()
            or count < 1
            or src_row < 0
            or src_row + count > n
            or not 0 <= dst_child <= n
            or src_row <= dst_child <= src_row + count  # onto itself: nothing to do
        ):
            return False
        self.beginMoveRows(QModelIndex(), src_row, src_row + count - 1, QModelIndex(), dst_child)
        moving = self._items[src_row : src_row + count]
        del self._items[src_row : src_row + count]
        at = dst_child - count if dst_child > src_row else dst_child
        self._items[at:at] = moving
        self.endMoveRows()
        # numbers in the labels changed for every row between
        self.dataChanged.emit(self.index(0), self.index(n - 1))
        return True

    def removeRows(self, row: int, count: int, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._items):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._items[row : row + count]
        self.endRemoveRows()
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))
        return True

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return data.hasFormat(MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """Put the dropped resources at `row`, in the dropped order (moving any already here).

        QListView reorders its own rows through moveRows; this handles drops from the library
        table, and any drop of rows that are already in the list.
        """
        ids = list(dict.fromkeys(decode_ids(data)))
        if not ids or action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        if parent.isValid():  # dropped onto an item: insert before it
            row = parent.row()
        row = len(self._items) if row < 0 or row > len(self._items) else row
        known = {item["id"]: item for item in self._items}
        known.update(self._lookup([i for i in ids if i not in known]))
        moving = [known[i] for i in ids if i in known]
        if not moving:
            return False
        chosen = {item["id"] for item in moving}
        row -= sum(1 for item in self._items[:row] if item["id"] in chosen)
        rest = [item for item in self._items if item["id"] not in chosen]
        self.beginResetModel()
        self._items = rest[:row] + moving + rest[row:]
        self.endResetModel()
        return True
