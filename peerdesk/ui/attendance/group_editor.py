"""Creating and editing a group: name, schedule, sign-in style, confidentiality, archived."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
)

from peerdesk.domain import groups
from peerdesk.domain.schedule import WEEKDAYS
from peerdesk.ui import look
from peerdesk.ui.widgets import ErrorLabel, save_cancel_buttons

RECURRENCE_TEXT = (
    ("weekly", QT_TRANSLATE_NOOP("GroupEditor", "Every week")),
    ("biweekly", QT_TRANSLATE_NOOP("GroupEditor", "Every 2 weeks")),
    ("monthly", QT_TRANSLATE_NOOP("GroupEditor", "Monthly")),
)
NTH_TEXT = (
    (1, QT_TRANSLATE_NOOP("GroupEditor", "First")),
    (2, QT_TRANSLATE_NOOP("GroupEditor", "Second")),
    (3, QT_TRANSLATE_NOOP("GroupEditor", "Third")),
    (4, QT_TRANSLATE_NOOP("GroupEditor", "Fourth")),
    (-1, QT_TRANSLATE_NOOP("GroupEditor", "Last")),
)
STYLE_TEXT = (
    ("first_initial", QT_TRANSLATE_NOOP("GroupEditor", "First name + initial")),
    ("full_name", QT_TRANSLATE_NOOP("GroupEditor", "Full name")),
    ("anonymous", QT_TRANSLATE_NOOP("GroupEditor", "Anonymous headcount only")),
)


def _combo(pairs) -> QComboBox:
    combo = QComboBox()
    for value, text in pairs:
        combo.addItem(QCoreApplication.translate("GroupEditor", text), value)
    return combo


def _weekday_names() -> list[tuple[int, str]]:
    """Monday=0 … Sunday=6, named in the window's language."""
    locale = QLocale()
    return [(i, locale.standaloneDayName(i + 1).capitalize()) for i in range(len(WEEKDAYS))]


class GroupEditor(QDialog):
    """Saves through the domain on OK; a refused value keeps the dialog open with one sentence."""

    def __init__(self, group: dict | None = None, parent=None) -> None:
        super().__init__(parent)
        self.group_id = group["id"] if group else None
        self.setWindowTitle(self.tr("Edit group") if group else self.tr("New group"))
        g = group or {}
        self.name = QLineEdit(g.get("name", ""))
        self.focus = QLineEdit(g.get("focus", ""))
        self.focus.setPlaceholderText(self.tr("grief, recovery, caregivers…"))
        self.description = QLineEdit(g.get("description", ""))
        self.location = QLineEdit(g.get("location", ""))
        self.weekday = _combo(
            [(None, QT_TRANSLATE_NOOP("GroupEditor", "No regular schedule")), *_weekday_names()]
        )
        self.weekday.setCurrentIndex(self.weekday.findData(g.get("weekday")))
        if g.get("weekday") is None:
            self.weekday.setCurrentIndex(0 if group else 2)  # new groups: Tuesday, a common pick
        self.recurrence = _combo(RECURRENCE_TEXT)
        self.recurrence.setCurrentIndex(max(0, self.recurrence.findData(g.get("recurrence"))))
        self.nth = _combo(NTH_TEXT)
        self.nth.setCurrentIndex(max(0, self.nth.findData(g.get("recurrence_nth"))))
        self.start_time = QTimeEdit()
        self.start_time.setDisplayFormat("HH:mm")
        self.start_time.setTime(QTime.fromString(g.get("start_time") or "19:00", "HH:mm"))
        self.duration = QSpinBox()
        self.duration.setRange(15, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(g.get("duration_minutes") or 90)
        self.schedule_start = QDateEdit()
        self.schedule_start.setCalendarPopup(True)
        self.schedule_start.setDisplayFormat("yyyy-MM-dd")
        start = g.get("schedule_start") or dt.date.today()
        self.schedule_start.setDate(QDate(start.year, start.month, start.day))
        self.schedule_start.setToolTip(
            self.tr("Every 2 weeks counts from the first meeting on this date")
        )
        self.facilitators = QLineEdit(g.get("facilitators", ""))
        self.style = _combo(STYLE_TEXT)
        self.style.setCurrentIndex(max(0, self.style.findData(g.get("signin_style"))))
        self.confidentiality = QPlainTextEdit(g.get("confidentiality", ""))
        self.confidentiality.setPlaceholderText(self.tr("Printed on every sign-in sheet"))
        self.confidentiality.setFixedHeight(look.lines(self.confidentiality, 3))
        self.archived = QCheckBox(self.tr("Archived (kept for history, hidden from check-in)"))
        self.archived.setChecked(bool(g.get("archived")))
        self.archived.setVisible(group is not None)
        self.error = ErrorLabel()
        self.recurrence.currentIndexChanged.connect(self._sync)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Focus"), self.focus)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("Meets on"), self.weekday)
        form.addRow(self.tr("&Repeats"), self.recurrence)
        form.addRow(self.tr("Which week"), self.nth)
        form.addRow(self.tr("Starts at"), self.start_time)
        form.addRow(self.tr("Lasts"), self.duration)
        form.addRow(self.tr("First meeting"), self.schedule_start)
        form.addRow(self.tr("Facilitators"), self.facilitators)
        form.addRow(self.tr("Sign-in &style"), self.style)
        form.addRow(self.tr("Confidentiality"), self.confidentiality)
        form.addRow("", self.archived)
        buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._sync()

    @classmethod
    def ask(cls, parent=None, group: dict | None = None) -> int | None:
        """Modal editor; the saved group's id, or None if cancelled. Tests monkeypatch this."""
        dialog = cls(group, parent)
        return dialog.group_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _sync(self) -> None:
        self.nth.setEnabled(self.recurrence.currentData() == "monthly")

    def values(self) -> dict:
        monthly = self.recurrence.currentData() == "monthly"
        day = self.schedule_start.date()
        return {
            "name": self.name.text(),
            "focus": self.focus.text().strip(),
            "description": self.description.text().strip(),
            "location": self.location.text().strip(),
            "weekday": self.weekday.currentData(),
            "recurrence": self.recurrence.currentData(),
            "recurrence_nth": self.nth.currentData() if monthly else None,
            "start_time": self.start_time.time().toString("HH:mm"),
            "duration_minutes": self.duration.value(),
            "schedule_start": dt.date(day.year(), day.month(), day.day()),
            "facilitators": self.facilitators.text().strip(),
            "signin_style": self.style.currentData(),
            "confidentiality": self.confidentiality.toPlainText().strip(),
        }

    def save(self) -> None:
        try:
            if self.group_id is None:
                self.group_id = groups.create_group(**self.values())
            else:
                groups.update_group(self.group_id, **self.values())
                groups.archive_group(self.group_id, self.archived.isChecked())
        except groups.GroupError as exc:
            self.error.show_error(str(exc))
            return
        self.accept()
