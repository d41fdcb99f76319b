"""Paper mode: tick the printed sheet's names in the printed order, after the meeting.

Space toggles the highlighted name and moves on; arrows move. Each tick is saved at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from peerdesk.domain import attendance
from peerdesk.ui.formatting import long_date
from peerdesk.ui.widgets import ErrorLabel


class PaperModeDialog(QDialog):
    def __init__(self, meeting: dict, parent=None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.setWindowTitle(self.tr("Paper mode — {group}").format(group=meeting["group"]))
        self.resize(520, 720)
        heading = QLabel(
            f"<h2>{meeting['group']}</h2>{long_date(meeting['date'])}<br>"
            + self.tr(
                "Names are in the order of the printed sheet. <b>Space</b> ticks and moves on; "
                "arrows move."
            )
        )
        heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Roster in printed order"))
        font = QFont(self.list.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.list.setFont(font)
        self.list.setAlternatingRowColors(True)
        self.list.itemChanged.connect(self._ticked)
        self.list.installEventFilter(self)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Ticked"))
        self.newcomer = QLineEdit()
        self.newcomer.setPlaceholderText(self.tr("A name written on a blank row"))
        self.newcomer.setAccessibleName(self.tr("Newcomer name"))
        self.newcomer.returnPressed.connect(self.add_newcomer)
        add = QPushButton(self.tr("Add and tick"))
        add.clicked.connect(self.add_newcomer)
        self.added = QLabel()
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.newcomer, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addLayout(row)
        layout.addWidget(self.added)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reload()
        self.list.setCurrentRow(0)
        self.list.setFocus()

    @classmethod
    def launch(cls, meeting: dict, parent=None) -> PaperModeDialog:
        """Open without blocking; tests call this seam too and drive the returned dialog."""
        dialog = cls(meeting, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def reload(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for row in attendance.paper_rows(self.meeting["id"]):
            item = QListWidgetItem(row["label"])
            item.setData(Qt.ItemDataRole.UserRole, row["member_id"])
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            state = Qt.CheckState.Checked if row["present"] else Qt.CheckState.Unchecked
            item.setCheckState(state)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._count()

    def labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _count(self) -> None:
        ticked = sum(
            self.list.item(i).checkState() == Qt.CheckState.Checked
            for i in range(self.list.count())
        )
        self.count.setText(
            self.tr("{ticked} of {total} ticked").format(ticked=ticked, total=self.list.count())
        )

    def _ticked(self, item: QListWidgetItem) -> None:
        present = item.checkState() == Qt.CheckState.Checked
        attendance.set_present(self.meeting["id"], item.data(Qt.ItemDataRole.UserRole), present)
        self._count()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if (
            obj is getattr(self, "list", None)  # events can arrive while the dialog is torn down
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
        ):
            item = self.list.currentItem()
            if item is not None:
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                self.list.setCurrentRow(min(self.list.currentRow() + 1, self.list.count() - 1))
            return True
        return super().eventFilter(obj, event)

    def add_newcomer(self) -> None:
        name = self.newcomer.text()
        try:
            attendance.add_walk_in(self.meeting["id"], name)
        except attendance.AttendanceError as exc:
            self.error.show_error(str(exc))
            return
        self.error.clear_error()
        self.added.setText(
            self.tr("Added {name} as a new member, ticked.").format(name=" ".join(name.split()))
        )
        self.newcomer.clear()
        self.reload()
