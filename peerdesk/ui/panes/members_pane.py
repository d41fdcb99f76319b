"""Members: everyone in the database — search, filters, sortable columns — beside one member's detail.

The list is a lazy model whose fetch carries the filters and the sort key into SQL, so it stays
fast at 5,000+ members; clicking a header re-sorts in the database and reloads the first page.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
)

from peerdesk.domain import groups, members
from peerdesk.ui import printing, translated
from peerdesk.ui.members import followups_dialog, import_dialog, merge_dialog, remove_dialog
from peerdesk.ui.members.detail import MemberDetail
from peerdesk.ui.panes.base import TablePane
from peerdesk.ui.table_model import Column, LazyTableModel
from peerdesk.ui.widgets import ErrorLabel

NAME, FULL_NAME, EMAIL, PHONE, ACTIVE, CONSENT, JOINED = range(7)
COLUMNS = (
    Column("preferred_name", QT_TRANSLATE_NOOP("MembersPane", "Name")),
    Column("full_name", QT_TRANSLATE_NOOP("MembersPane", "Full name")),
    Column("email", QT_TRANSLATE_NOOP("MembersPane", "Email")),
    Column("phone", QT_TRANSLATE_NOOP("MembersPane", "Phone")),
    Column("active", QT_TRANSLATE_NOOP("MembersPane", "Active")),
    Column("consent_contact", QT_TRANSLATE_NOOP("MembersPane", "Contact OK")),
    Column("joined_on", QT_TRANSLATE_NOOP("MembersPane", "Joined")),
)
MIN_TEXT_COLUMN = 96  # px a trimmed email or full name keeps
SORT_KEYS = ("name", "full_name", "email", "phone", "active", "consent_contact", "joined_on")


def members_model(fetch=None, parent=None) -> LazyTableModel:
    return LazyTableModel(
        translated.columns("MembersPane", COLUMNS),
        fetch or (lambda query, offset, limit: members.list_members(query, offset, limit)),
        parent,
    )


class MembersPane(TablePane):
    title = "Members"
    shortcut = "Ctrl+2"
    search_placeholder = "Search members by name, email or phone (accents and case ignored)"
    count_noun = "members"

    def __init__(self, parent=None) -> None:
        self.title = QCoreApplication.translate("MembersPane", "Members")
        self.search_placeholder = QCoreApplication.translate(
            "MembersPane", "Search members by name, email or phone (accents and case ignored)"
        )
        self.count_noun = QCoreApplication.translate("MembersPane", "members")
        self.sort_key, self.descending = "name", False
        super().__init__(members_model(self._fetch), parent)
        self.group_filter = QComboBox()
        self.group_filter.setAccessibleName(self.tr("Filter by group"))
        self.group_filter.setMinimumContentsLength(16)
        self.active_filter = QComboBox()
        self.active_filter.setAccessibleName(self.tr("Filter by active"))
        for text, value in (
            (self.tr("Active and inactive"), None),
            (self.tr("Active"), True),
            (self.tr("Inactive"), False),
        ):
            self.active_filter.addItem(text, value)
        self.consent_filter = QCheckBox(self.tr("Agrees to be contacted"))
        self.overdue_filter = QCheckBox(self.tr("Overdue follow-up"))
        for signal in (
            self.group_filter.currentIndexChanged,
            self.active_filter.currentIndexChanged,
            self.consent_filter.toggled,
            self.overdue_filter.toggled,
        ):
            signal.connect(self._filters_changed)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        for widget in (
            self.group_filter,
            self.active_filter,
            self.consent_filter,
            self.overdue_filter,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.new_button = QPushButton(self.tr("New member"))
        self.new_button.clicked.connect(self.new_member)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setToolTip(
            self.tr("Select two members in the list to merge them into one")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.followups_button = QPushButton(self.tr("Follow-ups…"))
        self.followups_button.clicked.connect(self.show_follow_ups)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_members)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.merge_button,
            self.remove_button,
            self.followups_button,
            self.import_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.error = ErrorLabel()

        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self.sort_by_column)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.detail.tabs.setCurrentIndex(0))

        self.detail = MemberDetail()
        self.detail.saved.connect(self._member_saved)
        self.layout_.removeWidget(self.table)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._split_pending = False  # sized to the columns once they are filled and shown
        self.layout_.insertLayout(2, filters)
        self.layout_.insertLayout(3, buttons)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.splitter, 1)

        self.import_action = QAction(self.tr("&Import members…"), self)
        self.import_action.triggered.connect(self.import_members)
        self.export_action = QAction(self.tr("Export &contact list (CONFIDENTIAL)…"), self)
        self.export_action.triggered.connect(self.export_contacts)
        self.followups_action = QAction(self.tr("&Follow-ups"), self)
        self.followups_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.followups_action.triggered.connect(self.show_follow_ups)

    def menu_actions(self):
        return [
            ("&File", self.import_action),
            ("&File", self.export_action),
            ("&Go", self.followups_action),
        ]

    # -- listing -------------------------------------------------------------------------------
    def filters(self) -> members.MemberFilter:
        return members.MemberFilter(
            group_id=self.group_filter.currentData(),
            active=self.active_filter.currentData(),
            consent=True if self.consent_filter.isChecked() else None,
            overdue=self.overdue_filter.isChecked(),
        )

    def _fetch(self, query: str, offset: int, limit: int):
        return members.list_members(
            query,
            offset,
            limit,
            filters=self.filters(),
            order=self.sort_key,
            descending=self.descending,
        )

    def total_count(self) -> int:
        return members.count_members(self.model.query(), self.filters())

    def _filters_changed(self, *_args) -> None:
        if self.model._enabled:
            self.model.reload()

    def sort_by_column(self, column: int) -> None:
        key = SORT_KEYS[column]
        self.descending = not self.descending if key == self.sort_key else False
        self.sort_key = key
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.model.reload()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_object(r).id for r in rows]

    def _selection_changed(self, *_args) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and ids[0] != self.detail.member_id:
            self.detail.show_member(ids[0])
        self.merge_button.setEnabled(len(ids) == 2)
        self.remove_button.setEnabled(len(ids) == 1)

    def _member_saved(self, member_id: int) -> None:
        self.model.reload()
        self.error.clear_error()

    # -- actions -------------------------------------------------------------------------------
    def new_member(self) -> None:
        self.table.clearSelection()
        self.detail.new_member()

    def open_member(self, member_id: int) -> None:
        """Show one member's detail (from the follow-ups list), even if filtered out of the list."""
        self.table.clearSelection()
        self.detail.show_member(member_id)
        self.detail.tabs.setCurrentIndex(2)

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            self.error.show_error(self.tr("Select exactly two members (Ctrl+click) to merge them."))
            return
        answer = merge_dialog.ask(self, *ids)
        if answer is None:
            return
        keep, other, choices = answer
        try:
            members.merge_members(keep, other, choices)
        except members.MemberError as exc:
            self.error.show_error(str(exc))
            return
        self.model.reload()
        self.detail.show_member(keep)

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            self.error.show_error(self.tr("Select one member to remove."))
            return
        choice = remove_dialog.ask(self, ids[0])
        if choice is None:
            return
        try:
            if choice == "erase":
                members.erase_member(ids[0])
            else:
                members.delete_member(ids[0])
        except members.MemberError as exc:
            self.error.show_error(str(exc))
            return
        self.detail.clear()
        self.model.reload()

    def show_follow_ups(self) -> None:
        member_id = followups_dialog.launch(self)
        self.model.reload()
        if member_id is not None:
            self.open_member(member_id)

    def import_members(self) -> None:
        if import_dialog.launch(self):
            self._load_groups()
            self.model.reload()

    def export_contacts(self) -> None:
        from peerdesk.domain.contacts_export import export_contacts

        path = printing.ask_save_path(
            self, self.tr("Export contact list (CONFIDENTIAL)"), "contacts.csv", "CSV (*.csv)"
        )
        if not path:
            return
        try:
            count = export_contacts(path, self.group_filter.currentData())
        except OSError as exc:
            self.error.show_error(
                self.tr("The contact list could not be saved ({reason}).").format(
                    reason=exc.strerror
                )
            )
            return
        self.error.clear_error()
        self.count_label.setText(
            self.tr("Saved {count} contacts to {path} — keep it confidential.").format(
                count=f"{count:,}", path=path
            )
        )

    # -- lock ----------------------------------------------------------------------------------
    def _load_groups(self) -> None:
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), None)
        for g in groups.list_groups():
            self.group_filter.addItem(g["name"], g["id"])
        index = self.group_filter.findData(current)
        self.group_filter.setCurrentIndex(max(0, index))
        self.group_filter.blockSignals(False)

    def on_unlocked(self) -> None:
        self._load_groups()
        super().on_unlocked()
        self._selection_changed()
        self._split_pending = True
        if self.splitter.isVisible():
            self._fit_split()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._split_pending:
            self._fit_split()

    def _fit_split(self) -> None:
        """Give the list the width its columns need, as far as the detail's own minimum allows,
        so that at 1280 px the whole row is seen without scrolling sideways."""
        total = self.splitter.width() - self.splitter.handleWidth()
        if total <= 0:
            return
        self._split_pending = False
        table, header = self.table, self.table.horizontalHeader()
        last = header.count() - 1  # stretched to fill: start it from what its contents need
        header.setStretchLastSection(False)
        header.resizeSection(last, max(table.sizeHintForColumn(last), header.sectionSizeHint(last)))
        header.setStretchLastSection(True)
        columns = sum(header.sectionSize(c) for c in range(last + 1))
        wanted = columns + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()
        margins = self.detail.layout().contentsMargins()
        detail_min = max(  # as wide as it gets once a member is shown, tabs and all
            self.detail.minimumSizeHint().width(),
            self.detail.tabs.minimumSizeHint().width() + margins.left() + margins.right(),
        )
        room = total - detail_min
        list_width = max(min(wanted, room), total // 3)
        self.splitter.setSizes([list_width, total - list_width])
        # The long ones give way (elided) before anything needs a sideways scroll.
        for column in (EMAIL, FULL_NAME):
            excess = wanted - list_width
            if excess > 0:
                size = header.sectionSize(column)
                shrunk = max(size - excess, MIN_TEXT_COLUMN)
                header.resizeSection(column, shrunk)
                wanted -= size - shrunk

    def before_lock(self) -> None:
        self.detail.notes.flush()

    def on_locked(self) -> None:
        self.detail.on_locked()
        super().on_locked()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.blockSignals(False)
        for box in (self.consent_filter, self.overdue_filter, self.active_filter):
            box.blockSignals(True)
        self.consent_filter.setChecked(False)
        self.overdue_filter.setChecked(False)
        self.active_filter.setCurrentIndex(0)
        for box in (self.consent_filter, self.overdue_filter, self.active_filter):
            box.blockSignals(False)
        self.error.clear_error()
