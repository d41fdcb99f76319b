"""Help → Keyboard shortcuts: read from the actions and shortcuts the window really registers, so the
list cannot drift from the app."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.attendance.checkin_view import FIELD_KEYS


@dataclass(frozen=True)
class Shortcut:
    keys: str
    what: str
    where: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def _where(obj, window: QWidget) -> str:
    """ "Anywhere" for window-wide shortcuts, else the named part of the window they work in."""
    widget = obj.parent()
    context = obj.shortcutContext() if hasattr(obj, "shortcutContext") else None
    if widget is window or context in (
        Qt.ShortcutContext.WindowShortcut,
        Qt.ShortcutContext.ApplicationShortcut,
    ):
        return _tr("Anywhere")
    while isinstance(widget, QWidget) and widget is not window:
        name = widget.accessibleName() or getattr(widget, "title", "")
        if name:
            return name
        widget = widget.parentWidget()
    return _tr("Anywhere")


def _menu_order(window: QWidget) -> list[QAction]:
    menu_bar = window.menuBar() if hasattr(window, "menuBar") else None
    ordered = []
    for top in menu_bar.actions() if menu_bar is not None else []:
        if top.menu() is not None:
            ordered.extend(a for a in top.menu().actions() if not a.isSeparator())
    return ordered


def collect(window: QWidget) -> list[Shortcut]:
    """Every shortcut of the window's actions and QShortcuts (menu order first), then the keys the
    check-in field handles itself. A shortcut that works in several places is listed once."""
    found: dict[tuple[str, str], list[str]] = {}
    objects = _menu_order(window)
    objects += [a for a in window.findChildren(QAction) if a not in objects]
    objects += window.findChildren(QShortcut)
    for obj in objects:
        sequences = obj.shortcuts() if isinstance(obj, QAction) else [obj.key()]
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
        )
        if not keys:
            continue
        what = (obj.text() if isinstance(obj, QAction) else obj.whatsThis()).replace("&&", "\0")
        what = what.replace("&", "").replace("\0", "&").rstrip("…").strip()
        wheres = found.setdefault((keys, what), [])
        where = _where(obj, window)
        if where not in wheres:
            wheres.append(where)
    rows = [Shortcut(keys, what, ", ".join(wheres)) for (keys, what), wheres in found.items()]
    rows.sort(key=lambda s: s.where != _tr("Anywhere"))  # stable: menu order within each
    rows += [Shortcut(keys, what, where) for keys, what, where in FIELD_KEYS]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: list[Shortcut], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 520)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does"), self.tr("Where")])
        for s in shortcuts:
            self.model.appendRow(
                [QStandardItem(s.keys), QStandardItem(s.what), QStandardItem(s.where)]
            )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus()

    @classmethod
    def launch(cls, window: QWidget) -> ShortcutsDialog:
        """Open without blocking (it is reference material); tests drive the returned dialog."""
        dialog = cls(collect(window), window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
