"""The library table: a lazy model that also knows the filter bar's choices and the sort order."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from peerdesk.domain import resources
from peerdesk.domain.resources import Filters
from peerdesk.ui import look, translated
from peerdesk.ui.resources.categories import category_name
from peerdesk.ui.table_model import Column, LazyTableModel

TITLE, CATEGORY, PHONE, TAGS, REVIEWED, REVIEW_DUE = range(6)
DUE_TEXT = QT_TRANSLATE_NOOP("ResourceListModel", "⚠ Review due")
COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("ResourceListModel", "Title")),
    Column(
        "category",
        QT_TRANSLATE_NOOP("ResourceListModel", "Category"),
        format=lambda s: category_name(str(s)),
    ),
    Column("phone", QT_TRANSLATE_NOOP("ResourceListModel", "Phone")),
    Column("tags", QT_TRANSLATE_NOOP("ResourceListModel", "Tags")),
    Column(
        "last_reviewed",
        QT_TRANSLATE_NOOP("ResourceListModel", "Last reviewed"),
        format=lambda d: (
            d.isoformat() if d else QCoreApplication.translate("ResourceListModel", "never")
        ),
    ),
    Column(
        "review_due",
        QT_TRANSLATE_NOOP("ResourceListModel", "Review"),
        format=lambda due: (
            QCoreApplication.translate("ResourceListModel", DUE_TEXT)
            if due
            else QCoreApplication.translate("ResourceListModel", "OK")
        ),
    ),
)
_SORT_KEYS = ("title", "category", "phone", "tags", "last_reviewed", "review_due")


class ResourceListModel(LazyTableModel):
    def __init__(self, parent=None) -> None:
        self.filters = Filters()
        self.sort_key, self.descending = "title", False
        super().__init__(translated.columns("ResourceListModel", COLUMNS), self._fetch_page, parent)

    def _fetch_page(self, query: str, offset: int, limit: int) -> list[dict]:
        filters = Filters(
            query=query,
            category=self.filters.category,
            tag=self.filters.tag,
            language=self.filters.language,
            review_due=self.filters.review_due,
        )
        return resources.list_resources(
            offset=offset,
            limit=limit,
            filters=filters,
            sort=self.sort_key,
            descending=self.descending,
        )

    def current_filters(self) -> Filters:
        return Filters(self._query, *_choices(self.filters))

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.reload()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: A003
        self.sort_key = _SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == REVIEW_DUE
            and self.row_object(index.row())["review_due"]
        ):
            return look.colour("warning")  # the text says it too; colour only helps
        return super().data(index, role)


def _choices(filters: Filters) -> tuple:
    return filters.category, filters.tag, filters.language, filters.review_due
