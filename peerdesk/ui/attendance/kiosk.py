"""Self check-in: a full-screen window that never shows the roster.

Names appear only after three typed letters and only as "first name + initial", so someone at
the door cannot read who else belongs to the group. Leaving needs the coordinator's passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import attendance
from peerdesk.domain.keys import KeyError_
from peerdesk.domain.signin import signin_label
from peerdesk.domain.text import fold
from peerdesk.ui import look

MIN_LETTERS = 3
NEWCOMER = -1


class KioskWindow(QWidget):
    """Emits closed after the passphrase was given (or the session locked)."""

    closed = Signal()

    def __init__(self, vault, meeting_id: int, group_id: int, group_name: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.vault = vault
        self.meeting_id, self.group_id = meeting_id, group_id
        self._may_close = False
        self.setWindowTitle(self.tr("Check in — {group}").format(group=group_name))
        self.setAccessibleName(self.tr("Self check-in"))
        base = QFont(self.font())
        base.setPointSizeF(base.pointSizeF() * 1.8)
        self.setFont(base)

        title = QLabel(
            "<h1>" + self.tr("Welcome to {group}").format(group=_escape(group_name)) + "</h1>"
        )
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Type your first name, pick it, and press Check in."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Your name"))
        self.search.setPlaceholderText(self.tr("Your first name"))
        self.search.setMinimumHeight(64)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.check_in)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching names"))
        self.results.itemDoubleClicked.connect(lambda _item: self.check_in())
        self.button = QPushButton(self.tr("Check in"))
        self.button.setMinimumHeight(64)
        self.button.clicked.connect(self.check_in)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Message"))
        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.setInterval(4000)
        self._clear_timer.timeout.connect(self.message.clear)

        # Leaving: an inline passphrase prompt (no modal dialog for a passer-by to play with).
        self.leave_panel = QWidget()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Coordinator passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Coordinator passphrase"))
        self.passphrase.returnPressed.connect(self.try_leave)
        leave = QPushButton(self.tr("Leave kiosk"))
        leave.clicked.connect(self.try_leave)
        stay = QPushButton(self.tr("Stay"))
        stay.clicked.connect(self._hide_leave)
        self.leave_error = QLabel()
        self.leave_error.setAccessibleName(self.tr("Passphrase error"))
        self.leave_error.setStyleSheet(look.text_style("error"))
        row = QHBoxLayout(self.leave_panel)
        row.addWidget(self.passphrase, 1)
        row.addWidget(leave)
        row.addWidget(stay)
        row.addWidget(self.leave_error)
        self.leave_panel.hide()
        exit_button = QPushButton(self.tr("Coordinator: leave kiosk…"))
        exit_button.setFlat(True)
        exit_button.clicked.connect(self.request_leave)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(hint)
        column.addWidget(self.search)
        column.addWidget(self.results, 2)
        column.addWidget(self.button)
        column.addWidget(self.message)
        column.addStretch(1)
        column.addWidget(self.leave_panel)
        column.addWidget(exit_button, 0, Qt.AlignmentFlag.AlignRight)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    # -- self check-in ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.results.clear()
        text = self.search.text()
        if len(fold(text).replace(" ", "")) < MIN_LETTERS:
            return
        for match in attendance.search_for_checkin(self.group_id, text, 6, self.meeting_id):
            if not match.in_group or match.checked_in:
                continue  # other groups' members stay private; the checked-in need nothing
            label = signin_label(match.preferred_name, match.full_name, "first_initial")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, match.member_id)
            self.results.addItem(item)
        first = fold(text).split()[0].capitalize()
        newcomer = QListWidgetItem(
            self.tr("I'm new here — check me in as “{name}”").format(name=first)
        )
        newcomer.setData(Qt.ItemDataRole.UserRole, NEWCOMER)
        self.results.addItem(newcomer)
        self.results.setCurrentRow(0)

    def shown_names(self) -> list[str]:
        return [self.results.item(i).text() for i in range(self.results.count())]

    def check_in(self) -> None:
        item = self.results.currentItem()
        if item is None:
            self._say(self.tr("Type at least three letters of your first name."))
            return
        member_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            if member_id == NEWCOMER:
                first = fold(self.search.text()).split()[0]
                name = self.search.text().split()[0].strip().capitalize() or first
                attendance.add_walk_in(self.meeting_id, name)
                self._say(self.tr("Welcome, {name}! You're checked in.").format(name=name))
            else:
                attendance.check_in(self.meeting_id, member_id)
                self._say(
                    self.tr("Thank you, {name} — you're checked in.").format(name=item.text())
                )
        except attendance.AttendanceError as exc:
            self._say(str(exc))
        self.search.clear()
        self.search.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self._clear_timer.start()

    # -- leaving ----------------------------------------------------------------------------------
    def request_leave(self) -> None:
        self.leave_error.clear()
        self.passphrase.clear()
        self.leave_panel.show()
        self.passphrase.setFocus()

    def _hide_leave(self) -> None:
        self.passphrase.clear()
        self.leave_panel.hide()
        self.search.setFocus()

    def try_leave(self) -> bool:
        try:
            self.vault.keyfile().unlock(self.passphrase.text())
        except KeyError_:
            self.passphrase.clear()
            self.leave_error.setText(self.tr("Wrong passphrase."))
            return False
        self.force_close()
        return True

    def force_close(self) -> None:
        """Close without the passphrase: after it was given, or when the session locks."""
        self._may_close = True
        self.passphrase.clear()
        self.close()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape:
            if self.leave_panel.isVisible():
                self._hide_leave()
            else:
                self.request_leave()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self._may_close:
            event.ignore()
            self.request_leave()
            return
        self.results.clear()
        self.search.clear()
        super().closeEvent(event)
        self.closed.emit()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
