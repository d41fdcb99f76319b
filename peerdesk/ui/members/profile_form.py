"""The profile editor: every member field of design §2, with messages that say what to fix."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
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
    "preferred_name": (
        QT_TRANSLATE_NOOP("ProfileForm", "Preferred name *"),
        QT_TRANSLATE_NOOP("ProfileForm", "What they like to be called"),
    ),
    "full_name": (
        QT_TRANSLATE_NOOP("ProfileForm", "Full name"),
        QT_TRANSLATE_NOOP("ProfileForm", "Optional"),
    ),
    "pronouns": (
        QT_TRANSLATE_NOOP("ProfileForm", "Pronouns"),
        QT_TRANSLATE_NOOP("ProfileForm", "e.g. she/her, they/them"),
    ),
    "phone": (
        QT_TRANSLATE_NOOP("ProfileForm", "Phone"),
        QT_TRANSLATE_NOOP("ProfileForm", "e.g. 555-123-4567"),
    ),
    "email": (
        QT_TRANSLATE_NOOP("ProfileForm", "Email"),
        QT_TRANSLATE_NOOP("ProfileForm", "name@example.org"),
    ),
    "emergency_contact": (
        QT_TRANSLATE_NOOP("ProfileForm", "Emergency contact"),
        QT_TRANSLATE_NOOP("ProfileForm", "Name and phone, optional"),
    ),
    "joined_on": (
        QT_TRANSLATE_NOOP("ProfileForm", "Joined on"),
        QT_TRANSLATE_NOOP("ProfileForm", "YYYY-MM-DD"),
    ),
    "consent_date": (
        QT_TRANSLATE_NOOP("ProfileForm", "Consent date"),
        QT_TRANSLATE_NOOP("ProfileForm", "YYYY-MM-DD (today when left empty)"),
    ),
    "birth_year": (
        QT_TRANSLATE_NOOP("ProfileForm", "Birth year"),
        QT_TRANSLATE_NOOP("ProfileForm", "e.g. 1980, or 'prefer not to say'"),
    ),
    "postal_code": (
        QT_TRANSLATE_NOOP("ProfileForm", "Postal code"),
        QT_TRANSLATE_NOOP("ProfileForm", "Optional"),
    ),
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
                label = (
                    self.tr("Agrees to be contacted")
                    if key == "consent_contact"
                    else self.tr("Active member")
                )
                box = QCheckBox(label)
                self.fields[key] = box
                form.addRow("", box)
            elif key in _CHOICES:
                combo = QComboBox()
                combo.setEditable(True)
                combo.addItems(_CHOICES[key])
                label = self.tr("Gender") if key == "gender" else self.tr("Ethnicity")
                combo.setAccessibleName(label)
                self.fields[key] = combo
                form.addRow(label, combo)
            else:
                title, hint = (self.tr(text) for text in _TEXT[key])
                edit = QLineEdit()
                edit.setPlaceholderText(hint)
                edit.setAccessibleName(title.rstrip(" *"))
                self.fields[key] = edit
                form.addRow(title, edit)
        privacy = QLabel(
            self.tr("<small>Demographics are optional and only ever counted, never listed.</small>")
        )
        privacy.setWordWrap(True)
        form.addRow("", privacy)
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("Save profile"))
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
        self.status.setText(self.tr("Saved."))
        self.saved.emit(self.member_id)

    def _clear_marks(self) -> None:
        self.error.clear_error()
        for widget in self.fields.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
