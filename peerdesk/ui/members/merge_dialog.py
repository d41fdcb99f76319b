"""Merging two records of one person: pick the record to keep and, where they differ, the values."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from peerdesk.domain import members
from peerdesk.ui.members.import_dialog import field_label as _import_label


def _text(value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class MergeDialog(QDialog):
    def __init__(self, parent, first_id: int, second_id: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two members"))
        # Keep the record with more history; the other one's attendance, groups and notes move over.
        if members.attendance_count(second_id) > members.attendance_count(first_id):
            first_id, second_id = second_id, first_id
        self.keep_id, self.other_id = first_id, second_id
        keep, other = members.get_member(first_id), members.get_member(second_id)
        intro = QLabel(
            self.tr(
                "<b>{first}</b> and <b>{second}</b> become one member. All attendance, group "
                "memberships and notes of both are kept (a meeting both records attended counts "
                "once). Empty fields are filled from the other record."
            ).format(first=_name(keep), second=_name(other))
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.conflicts = members.merge_conflicts(first_id, second_id)
        self.choices: dict[str, tuple[QRadioButton, object, object]] = {}
        if self.conflicts:
            layout.addWidget(QLabel(self.tr("Where the two records differ, choose what to keep:")))
            grid = QGridLayout()
            for row, (field, (a, b)) in enumerate(self.conflicts.items()):
                grid.addWidget(QLabel(field_label(field)), row, 0)
                group = QButtonGroup(self)
                first, second = QRadioButton(_text(a)), QRadioButton(_text(b))
                first.setChecked(True)
                group.addButton(first)
                group.addButton(second)
                grid.addWidget(first, row, 1)
                grid.addWidget(second, row, 2)
                self.choices[field] = (second, a, b)
            layout.addLayout(grid)
        else:
            layout.addWidget(QLabel(self.tr("The two records do not disagree on any field.")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> dict:
        return {
            field: (b if second.isChecked() else a)
            for field, (second, a, b) in self.choices.items()
        }


def field_label(field: str) -> str:
    """A member field's name as the profile form shows it, in the window's language."""
    english = field.replace("_", " ").capitalize()
    return _import_label(field, english)


def _name(data: dict) -> str:
    import html

    return html.escape(data["full_name"] or data["preferred_name"])


def ask(parent, first_id: int, second_id: int) -> tuple[int, int, dict] | None:
    """(keep_id, other_id, field choices) or None if cancelled; a seam tests monkeypatch."""
    dialog = MergeDialog(parent, first_id, second_id)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.keep_id, dialog.other_id, dialog.chosen()
