"""The check-in screen, keyboard first: type, arrows, Enter; walk-ins; undo; headcounts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import attendance
from peerdesk.ui import look
from peerdesk.ui.attendance.models import NEW, MatchListModel, status_text
from peerdesk.ui.table_model import Column, RowsModel
from peerdesk.ui.widgets import ErrorLabel

CHECKED_COLUMNS = (
    Column("time", QT_TRANSLATE_NOOP("Column", "Time")),
    Column("name", QT_TRANSLATE_NOOP("Column", "Name")),
    Column("status", QT_TRANSLATE_NOOP("Column", "Status"), format=status_text),
    Column(
        "first_time",
        QT_TRANSLATE_NOOP("Column", "First time"),
        format=lambda b: (
            "★ " + QCoreApplication.translate("CheckInView", "first time") if b else ""
        ),
    ),
)
SHORTCUTS = {
    ("anonymous", 1): "F7",
    ("anonymous", -1): "Shift+F7",
    ("guests", 1): "F8",
    ("guests", -1): "Shift+F8",
}

# Keys the search field handles itself (see eventFilter); Help → Keyboard shortcuts lists them.
FIELD_KEYS = (
    ("Up, Down", "Move the highlight in the matches", "Check-in search"),
    ("Enter", "Check in the highlighted person (or add the walk-in)", "Check-in search"),
    ("Esc", "Clear the search", "Check-in search"),
)


class CheckInView(QWidget):
    """Works on one meeting at a time (set_meeting); emits changed after every write."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.meeting_id: int | None = None
        self.group_id: int | None = None
        self._undo: list[int] = []  # member ids checked in here, newest last
        self.setAccessibleName(self.tr("Check-in"))  # also where its shortcuts are listed

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, then Enter"))
        self.search.setToolTip(
            self.tr("Type part of a name; arrows move, Enter checks in the highlighted person")
        )
        self.search.setAccessibleName(self.tr("Check-in search"))
        self.search.setClearButtonEnabled(True)
        big = QFont(self.search.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.search.setFont(big)
        self.search.setMinimumHeight(44)
        self.search.textChanged.connect(self.refresh_results)
        self.search.returnPressed.connect(self.check_in_current)
        self.search.installEventFilter(self)

        self.results_model = MatchListModel(self)
        self.results = QListView()
        self.results.setModel(self.results_model)
        self.results.setAccessibleName(self.tr("Matching members"))
        self.results.setWordWrap(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows stay in the search field
        self.results.clicked.connect(lambda index: self.activate(index.row()))
        results_font = QFont(self.results.font())
        results_font.setPointSizeF(results_font.pointSizeF() * 1.25)
        self.results.setFont(results_font)

        self.checked_model = RowsModel(CHECKED_COLUMNS, self)
        self.checked = QTableView()
        self.checked.setModel(self.checked_model)
        self.checked.setAccessibleName(self.tr("Checked in"))
        self.checked.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checked.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checked.verticalHeader().setVisible(False)
        self.checked.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.checked.setAlternatingRowColors(True)

        self.error = ErrorLabel()
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Last check-in"))
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("Total"))
        self.total_label.setWordWrap(True)  # a large system font must not squeeze the matches
        total_font = QFont(self.total_label.font())
        total_font.setPointSizeF(total_font.pointSizeF() * 1.5)
        total_font.setBold(True)
        self.total_label.setFont(total_font)

        self.undo_action = QAction(self.tr("Undo last check-in"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_last)
        self.addAction(self.undo_action)
        undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        undo_button.setAccessibleName(self.tr("Undo last check-in"))
        undo_button.clicked.connect(self.undo_last)
        self.status_buttons = []
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Selected:")))
        for status, text in (
            ("late", self.tr("Late")),
            ("left early", self.tr("Left early")),
            ("present", self.tr("On time")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=status: self.mark_selected(s))
            self.status_buttons.append(button)
            status_row.addWidget(button)
        remove = QPushButton(self.tr("Remove"))
        remove.setToolTip(self.tr("Undo the selected person's check-in"))
        remove.clicked.connect(self.remove_selected)
        status_row.addWidget(remove)
        status_row.addStretch(1)
        status_row.addWidget(undo_button)

        self.counts: dict[str, QLabel] = {}
        heads = QGridLayout()
        kinds = (("anonymous", self.tr("Anonymous")), ("guests", self.tr("Guests")))
        for row, (kind, title) in enumerate(kinds):
            heads.addWidget(QLabel(f"<b>{title}</b>"), row, 0)
            for col, delta in ((1, -1), (3, 1)):
                sign = "−" if delta < 0 else "+"
                shortcut = SHORTCUTS[(kind, delta)]
                button = QPushButton(sign)
                button.setFixedWidth(max(44, look.chars(button, 5)))
                button.setAccessibleName(self.tr("{kind} {sign}").format(kind=title, sign=sign))
                button.setToolTip(f"{title} {sign}1 ({shortcut})")
                button.clicked.connect(lambda _c=False, k=kind, d=delta: self.bump(k, d))
                heads.addWidget(button, row, col)
                action = QAction(f"{title} {sign}1", self)
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(lambda _c=False, k=kind, d=delta: self.bump(k, d))
                self.addAction(action)
            label = QLabel("0")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumWidth(40)
            label.setAccessibleName(self.tr("{kind} count").format(kind=title))
            self.counts[kind] = label
            heads.addWidget(label, row, 2)
        heads.addWidget(
            QLabel(self.tr("F7 adds an anonymous person, F8 a guest; with Shift, takes one away")),
            2,
            0,
            1,
            5,
        )
        heads.setColumnStretch(4, 1)

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        left.addWidget(self.error)
        left.addWidget(self.message)
        right = QVBoxLayout()
        right.addWidget(self.total_label)
        right.addWidget(self.checked, 1)
        right.addLayout(status_row)
        right.addLayout(heads)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addLayout(right, 6)
        self.setEnabled(False)

    # -- meeting ----------------------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None, group_id: int | None) -> None:
        self.meeting_id, self.group_id = meeting_id, group_id
        self._undo.clear()
        self.search.clear()
        self.error.clear_error()
        self.message.clear()
        self.setEnabled(meeting_id is not None)
        self.reload()

    def clear(self) -> None:
        """Forget everything on screen (lock)."""
        self.meeting_id = self.group_id = None
        self._undo.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.results_model.clear()
        self.checked_model.set_rows([])
        self.message.clear()
        self.total_label.clear()
        for label in self.counts.values():
            label.setText("0")
        self.setEnabled(False)

    def reload(self) -> None:
        if self.meeting_id is None:
            self.checked_model.set_rows([])
            self.results_model.clear()
            self.total_label.clear()
            return
        self.checked_model.set_rows(attendance.checked_in(self.meeting_id))
        self._show_counts(attendance.headcount(self.meeting_id))
        self.refresh_results()

    def _show_counts(self, counts: dict) -> None:
        self.counts["anonymous"].setText(str(counts["anonymous"]))
        self.counts["guests"].setText(str(counts["guests"]))
        self.total_label.setText(
            self.tr(
                "Total {total}  ·  {named} named, {anonymous} anonymous, {guests} guests"
            ).format(**counts)
        )

    # -- search and check-in ----------------------------------------------------------------------
    def refresh_results(self) -> None:
        text = self.search.text()
        if self.meeting_id is None or not text.strip():
            self.results_model.clear()
            return
        matches = attendance.search_for_checkin(self.group_id, text, 8, self.meeting_id)
        self.results_model.set_results(matches, text)
        first = next((i for i, m in enumerate(matches) if not m.checked_in), 0)
        self.results.setCurrentIndex(self.results_model.index(first))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                rows = self.results_model.rowCount()
                if rows:
                    step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) else -1
                    current = self.results.currentIndex().row()
                    row = max(0, min(rows - 1, current + step))
                    self.results.setCurrentIndex(self.results_model.index(row))
                return True
            if key == Qt.Key.Key_Escape:
                self.search.clear()
                return True
            if event.matches(QKeySequence.StandardKey.Undo):  # check-ins, not the typed text
                self.undo_last()
                return True
        return super().eventFilter(obj, event)

    def check_in_current(self) -> None:
        row = self.results.currentIndex().row()
        if row >= 0:
            self.activate(row)

    def activate(self, row: int) -> None:
        item = self.results_model.item(row)
        if item is None or self.meeting_id is None:
            return
        self.error.clear_error()
        try:
            if isinstance(item, tuple) and item[0] == NEW:
                member_id = attendance.add_walk_in(self.meeting_id, item[1])
                name, done = item[1], True
                note = " — " + self.tr("welcome, first time!")
            else:
                member_id, name = item.member_id, item.display
                done = attendance.check_in(self.meeting_id, member_id)
                note = ""
        except attendance.AttendanceError as exc:
            self.error.show_error(str(exc))
            return
        if done:
            self._undo.append(member_id)
            self.message.setText("✓ " + self.tr("{name} checked in").format(name=name) + note)
        else:
            self.message.setText(self.tr("{name} was already checked in").format(name=name))
        self.search.clear()
        self.search.setFocus()
        self.reload()
        self.changed.emit()

    def undo_last(self) -> None:
        if self.meeting_id is None or not self._undo:
            self.message.setText(self.tr("Nothing to undo"))
            return
        member_id = self._undo.pop()
        rows = {r["member_id"]: r["name"] for r in self.checked_model.rows()}
        attendance.undo_check_in(self.meeting_id, member_id)
        who = rows.get(member_id) or self.tr("someone")
        self.message.setText("↶ " + self.tr("Undid the check-in of {name}").format(name=who))
        self.reload()
        self.changed.emit()

    def _selected_member(self) -> int | None:
        index = self.checked.currentIndex()
        if not index.isValid():
            return None
        return self.checked_model.row_object(index.row())["member_id"]

    def mark_selected(self, status: str) -> None:
        member_id = self._selected_member()
        if member_id is None or self.meeting_id is None:
            return
        row = self.checked.currentIndex().row()
        attendance.set_status(self.meeting_id, member_id, status)
        self.reload()
        self.checked.selectRow(row)
        self.changed.emit()

    def remove_selected(self) -> None:
        member_id = self._selected_member()
        if member_id is None or self.meeting_id is None:
            return
        attendance.undo_check_in(self.meeting_id, member_id)
        if member_id in self._undo:
            self._undo.remove(member_id)
        self.reload()
        self.changed.emit()

    def bump(self, kind: str, delta: int) -> None:
        if self.meeting_id is None:
            return
        self._show_counts(attendance.change_headcount(self.meeting_id, kind, delta))
        self.changed.emit()
