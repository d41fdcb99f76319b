"""The profile editor: every member field of design §2, with messages that say what to fix."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import members
from peerdesk.domain.models import PREFER_NOT
from peerdesk.ui import look
from peerdesk.ui.widgets import ErrorLabel

_TEXT = {
    "preferred_name": ("Preferred name *", "What they like to be called"),
    "full_name": ("Full name", "Optional"),
    "pronouns": ("Pronouns", "e.g. she/her, they/them"),
    "phone": ("Phone", "e.g. 555-123-4567"),
    "email": ("Email", "name@example.org"),
    "emergency_contact": ("Emergency contact", "Name and phone, optional"),
    "joined_on": ("Joined on", "YYYY-MM-DD"),
    "consent_date": ("Consent date", "YYYY-MM-DD (today when left empty)"),
    "birth_year": ("Birth year", f"e.g. 1980, or '{PREFER_NOT}'"),
    "postal_code": ("Postal code", "Optional"),
}
_CHOICES = {
    "gender": ("", "woman", "man", "non-binary", "another gender", PREFER_NOT),
    "ethnicity": ("", PREFER_NOT),
}


class ProfileForm(QWidget):
    """Edits one member, or a new one when member_id is None. Emits saved(member_id)."""

    saved = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.member_id: int | None = None
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        for key in members.PROFILE_FIELDS:
            if key in ("consent_contact", "active"):
                label = "Agrees to be contacted" if key == "consent_contact" else "Active member"
                box = QCheckBox(label)
                self.fields[key] = box
                form.addRow("", box)
            elif key in _CHOICES:
                combo = QComboBox()
                combo.setEditable(True)
                combo.addItems(_CHOICES[key])
                combo.setAccessibleName(key.replace("_", " ").capitalize())
                self.fields[key] = combo
                form.addRow(key.capitalize(), combo)
            else:
                title, hint = _TEXT[key]
                edit = QLineEdit()
                edit.setPlaceholderText(hint)
                edit.setAccessibleName(title.rstrip(" *"))
                self.fields[key] = edit
                form.addRow(title, edit)
        form.addRow(
            "",
            QLabel("<small>Demographics are optional and only ever counted, never listed.</small>"),
        )
        self.error = ErrorLabel()
        self.save_button = QPushButton("Save profile")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)

    # -- data in and out -----------------------------------------------------------------------
    def load(self, member_id: int | None) -> None:
        self.member_id = member_id
        data = members.get_member(member_id) if member_id is not None else {"active": True}
        for key, widget in self.fields.items():
            value = data.get(key)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentText(value or "")
            else:
                widget.setText(value.isoformat() if isinstance(value, dt.date) else value or "")
        self._clear_marks()
        self.status.clear()

    def values(self) -> dict:
        out = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentText()
            else:
                out[key] = widget.text()
        return out

    def clear(self) -> None:
        self.member_id = None
        for widget in self.fields.values():
            if isinstance(widget, QCheckBox):
                widget.setChecked(False)
            elif isinstance(widget, QComboBox):
                widget.setCurrentText("")
            else:
                widget.clear()
        self._clear_marks()
        self.status.clear()

    def save(self) -> None:
        self._clear_marks()
        try:
            if self.member_id is None:
                self.member_id = members.create_member(self.values())
            else:
                members.update_member(self.member_id, self.values())
        except members.ValidationError as exc:
            for key, message in exc.errors.items():
                widget = self.fields[key]
                widget.setStyleSheet(look.border_style("error"))
                widget.setToolTip(message)
            self.error.show_error(" ".join(exc.errors.values()))
            first = next(iter(exc.errors))
            self.fields[first].setFocus()
            return
        except members.MemberError as exc:
            self.error.show_error(str(exc))
            return
        self.load(self.member_id)
        self.status.setText("Saved.")
        self.saved.emit(self.member_id)

    def _clear_marks(self) -> None:
        self.error.clear_error()
        for widget in self.fields.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
