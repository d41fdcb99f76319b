"""Members: everyone in the database, searchable by name, email or phone."""

from __future__ import annotations

from peerdesk.domain import members
from peerdesk.ui.panes.base import TablePane
from peerdesk.ui.table_model import Column, LazyTableModel

NAME, FULL_NAME, EMAIL, PHONE, ACTIVE, JOINED = range(6)
COLUMNS = (
    Column("preferred_name", "Name"),
    Column("full_name", "Full name"),
    Column("email", "Email"),
    Column("phone", "Phone"),
    Column("active", "Active"),
    Column("joined_on", "Joined"),
)


def members_model(parent=None) -> LazyTableModel:
    return LazyTableModel(
        COLUMNS, lambda query, offset, limit: members.list_members(query, offset, limit), parent
    )


class MembersPane(TablePane):
    title = "Members"
    shortcut = "Ctrl+2"
    search_placeholder = "Search members by name, email or phone (accents and case ignored)"
    count_noun = "members"

    def __init__(self, parent=None) -> None:
        super().__init__(members_model(), parent)

    def total_count(self) -> int:
        return members.count_members(self.model.query())
