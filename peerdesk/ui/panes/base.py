"""What every pane shares: a title, a search field, a lazy table and lock/unlock hooks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.clipboard import copy_text
from peerdesk.ui.table_model import LazyTableModel

# Class-level texts of the panes, so the sidebar and headings translate even where a pane's own
# module does not mark them (a pane may also mark them itself, in its class's context).
_PANE_TEXTS = (
    QT_TRANSLATE_NOOP("Pane", "Attendance"),
    QT_TRANSLATE_NOOP("Pane", "Members"),
    QT_TRANSLATE_NOOP("Pane", "Resources"),
    QT_TRANSLATE_NOOP("Pane", "Reports"),
    QT_TRANSLATE_NOOP("Pane", "Search"),
    QT_TRANSLATE_NOOP("Pane", "rows"),
    QT_TRANSLATE_NOOP("Pane", "members"),
    QT_TRANSLATE_NOOP("Pane", "resources"),
)


class Pane(QWidget):
    """Base of the sidebar panes. Subclasses build their content and react to lock/unlock."""

    title = ""
    shortcut = ""

    def translated(self, text: str) -> str:
        """A class-level text (title, placeholder, noun) in the current language."""
        own = QCoreApplication.translate(type(self).__name__, text)
        return own if own != text else QCoreApplication.translate("Pane", text)

    def display_title(self) -> str:
        return self.translated(self.title)

    def menu_actions(self) -> list[tuple[str, QAction]]:
        """(menu name, action) pairs the main window adds to its menus, e.g. ("&File", export)."""
        return []

    def on_unlocked(self) -> None:
        """Show data again; the database is open."""

    def before_lock(self) -> None:
        """Write anything typed but not yet saved; the database is still open."""

    def on_locked(self) -> None:
        """Forget every row and every typed filter; the database is closed."""


class TablePane(Pane):
    """A pane whose heart is a searchable lazy table."""

    search_placeholder = "Search"

    def __init__(self, model: LazyTableModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.heading = QLabel(f"<h2>{self.display_title()}</h2>")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.translated(self.search_placeholder))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(
            self.tr("Search {title}").format(title=self.display_title().lower())
        )
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of rows"))
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("{title} table").format(title=self.display_title()))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Size columns from the first rows only: measuring every loaded row costs start-up time.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        copy = QAction(self.tr("Copy rows"), self.table)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.table.addAction(copy)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        # Filter as you type, but let a burst of keystrokes settle into one query.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.apply_search)
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.search)
        self.layout_.addWidget(self.table, 1)

    def apply_search(self) -> None:
        self._debounce.stop()
        if self.model.query() != self.search.text():
            self.model.set_query(self.search.text())

    def total_count(self) -> int | None:
        """Subclasses that can count cheaply return the full number of matches."""
        return None

    def _update_count(self, *args) -> None:
        if not self.isEnabled() or not self.model._enabled:
            self.count_label.clear()
            return
        total = self.total_count()
        shown = self.model.rowCount()
        noun = self.translated(self.count_noun)
        if total is None:
            more = "+" if self.model.canFetchMore(self.table.rootIndex()) else ""
            self.count_label.setText(f"{shown}{more} {noun}")
        else:
            self.count_label.setText(f"{total:,} {noun}")

    count_noun = "rows"

    def copy_selection(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        lines = []
        for row in rows:
            cells = [
                self.model.index(row, col).data() or "" for col in range(self.model.columnCount())
            ]
            lines.append("\t".join(cells))
        copy_text("\n".join(lines))

    def on_unlocked(self) -> None:
        self.model.set_enabled(True)
        self.table.resizeColumnsToContents()

    def on_locked(self) -> None:
        self._debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model._query = ""
        self.model.set_enabled(False)
        self.count_label.clear()
