"""Resources: the library of hotlines and services, with review-due flags."""

from __future__ import annotations

from peerdesk.domain import resources
from peerdesk.ui.panes.base import TablePane
from peerdesk.ui.table_model import Column, LazyTableModel

TITLE, CATEGORY, PHONE, TAGS, REVIEWED, REVIEW_DUE = range(6)
COLUMNS = (
    Column("title", "Title"),
    Column("category", "Category", format=lambda s: str(s).capitalize()),
    Column("phone", "Phone"),
    Column("tags", "Tags"),
    Column("last_reviewed", "Last reviewed"),
    Column("review_due", "Review due", format=lambda due: "Review due" if due else ""),
)


def resources_model(parent=None) -> LazyTableModel:
    return LazyTableModel(
        COLUMNS, lambda query, offset, limit: resources.list_resources(query, offset, limit), parent
    )


class ResourcesPane(TablePane):
    title = "Resources"
    shortcut = "Ctrl+3"
    search_placeholder = "Search resources by title, description, category, tag or phone"
    count_noun = "resources"

    def __init__(self, parent=None) -> None:
        super().__init__(resources_model(), parent)
