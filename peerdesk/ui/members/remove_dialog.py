"""Removing a member, two ways, each explained: delete everything, or erase the person."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from peerdesk.domain import members


class RemoveDialog(QDialog):
    def __init__(self, parent, member_id: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove a member"))
        data = members.get_member(member_id)
        name = html.escape(data["full_name"] or data["preferred_name"])
        visits = members.attendance_count(member_id)
        records = (
            self.tr("{name} has 1 attendance record.")
            if visits == 1
            else self.tr("{name} has {count} attendance records.")
        )
        intro = QLabel(
            self.tr("<h3>Remove {name}</h3>").format(name=name)
            + records.format(name=name, count=f"{visits:,}")
            + " "
            + self.tr("Choose how to remove them:")
        )
        intro.setWordWrap(True)
        self.erase = QRadioButton(self.tr("Erase the person, keep the numbers (recommended)"))
        erase_text = QLabel(
            self.tr(
                "Name, contact details, demographics, group memberships and every note are "
                "removed for good. Their attendance stays as anonymous counts, so reports you "
                "already sent to funders still add up."
            )
        )
        self.delete = QRadioButton(self.tr("Delete everything"))
        delete_text = QLabel(
            self.tr(
                "The person and all their attendance are removed, as if they had never come. "
                "Past meeting figures will go down. Use this for someone entered by mistake."
            )
        )
        for label in (erase_text, delete_text):
            label.setWordWrap(True)
            label.setIndent(24)
        self.erase.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Remove"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.erase, erase_text, self.delete, delete_text):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("<i>Neither can be undone.</i>")))
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def choice(self) -> str:
        return "erase" if self.erase.isChecked() else "delete"


def ask(parent, member_id: int) -> str | None:
    """ "erase", "delete" or None (cancelled); a seam that tests monkeypatch."""
    dialog = RemoveDialog(parent, member_id)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
