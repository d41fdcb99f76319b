"""The edit form for one resource: every field of design §2, tags with completion, "Mark reviewed"
and the attached file. Validation is lenient (see domain.resources.cleaned); what is wrong is
said in one sentence per field and the field is marked, never a crash."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import resources
from peerdesk.domain.models import RESOURCE_CATEGORIES
from peerdesk.domain.resources import ResourceData, ResourceError
from peerdesk.ui import look
from peerdesk.ui.resources.attachment_box import AttachmentBox
from peerdesk.ui.resources.categories import category_name
from peerdesk.ui.resources.tags_edit import TagsEdit
from peerdesk.ui.widgets import ErrorLabel, save_cancel_buttons


class ResourceDialog(QDialog):
    def __init__(self, resource_id: int | None = None, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.resource_id = resource_id
        self.today = today or dt.date.today()
        data = resources.get_resource(resource_id) if resource_id else ResourceData()
        self.uuid = data.uuid
        self.setWindowTitle(self.tr("Edit resource") if resource_id else self.tr("New resource"))
        self.setMinimumWidth(620)

        self.title_edit = QLineEdit(data.title)
        self.category = QComboBox()
        for category in RESOURCE_CATEGORIES:
            self.category.addItem(category_name(category), category)
        self.category.setCurrentIndex(max(0, self.category.findData(data.category)))
        self.description = QPlainTextEdit(data.description)
        self.description.setFixedHeight(look.lines(self.description, 3))
        self.phone = QLineEdit(data.phone)
        self.phone.setPlaceholderText(self.tr("kept exactly as typed"))
        self.url = QLineEdit(data.url)
        self.url.setPlaceholderText(self.tr("e.g. example.org/help — https:// is added if missing"))
        self.address = QPlainTextEdit(data.address)
        self.address.setFixedHeight(look.lines(self.address, 2))
        self.hours = QLineEdit(data.hours)
        self.languages = QLineEdit(data.languages)
        self.languages.setPlaceholderText(self.tr("e.g. English, Spanish"))
        self.tags = TagsEdit(resources.all_tags())
        self.tags.setText(", ".join(data.tags))
        self.last_reviewed = data.last_reviewed
        self.reviewed_label = QLabel()
        self.reviewed_label.setAccessibleName(self.tr("Last reviewed"))
        self.reviewed_by = QLineEdit(data.reviewed_by)
        self.reviewed_by.setPlaceholderText(self.tr("your name"))
        self.reviewed_by.setAccessibleName(self.tr("Reviewed by"))
        self.mark_button = QPushButton(self.tr("Mark reviewed today"))
        self.mark_button.clicked.connect(self.mark_reviewed)
        self.error = ErrorLabel()
        self.attachment = AttachmentBox(resource_id, self.error)

        review_row = QWidget()
        review = QHBoxLayout(review_row)
        review.setContentsMargins(0, 0, 0, 0)
        review.addWidget(self.reviewed_label)
        review.addWidget(QLabel(self.tr("by")))
        review.addWidget(self.reviewed_by, 1)
        review.addWidget(self.mark_button)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Web address"), self.url)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Hours"), self.hours)
        form.addRow(self.tr("&Languages"), self.languages)
        form.addRow(self.tr("Ta&gs"), self.tags)
        form.addRow(self.tr("Last reviewed"), review_row)
        form.addRow(self.tr("Attached file"), self.attachment)
        self.fields = {
            "title": self.title_edit,
            "category": self.category,
            "url": self.url,
            "last_reviewed": self.reviewed_label,
            "reviewed_by": self.reviewed_by,
        }
        buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_review()

    @classmethod
    def launch(cls, parent, resource_id: int | None = None) -> int | None:
        """Show the form modally; the saved resource's id, or None if cancelled (a test seam)."""
        dialog = cls(resource_id, parent)
        return dialog.resource_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _show_review(self) -> None:
        day = self.last_reviewed
        if day is None:
            text = self.tr("Never reviewed — ⚠ review due")
        elif resources.is_review_due(day, self.today):
            text = self.tr("{date} — ⚠ review due").format(date=day.isoformat())
        else:
            text = self.tr("{date} (next review {next})").format(
                date=day.isoformat(), next=resources.review_due_date(day).isoformat()
            )
        self.reviewed_label.setText(text)

    def mark_reviewed(self) -> None:
        if not self.reviewed_by.text().strip():
            self._mark(
                {"reviewed_by": self.tr("Type who reviewed it in “by”, then mark it reviewed.")}
            )
            self.reviewed_by.setFocus()
            return
        self._mark({})
        self.last_reviewed = self.today
        self._show_review()

    def data(self) -> ResourceData:
        return ResourceData(
            title=self.title_edit.text(),
            category=self.category.currentData(),
            description=self.description.toPlainText(),
            phone=self.phone.text(),
            url=self.url.text(),
            address=self.address.toPlainText(),
            hours=self.hours.text(),
            languages=self.languages.text(),
            tags=self.tags.tags(),
            last_reviewed=self.last_reviewed,
            reviewed_by=self.reviewed_by.text(),
            uuid=self.uuid,
        )

    def _mark(self, problems: dict[str, str]) -> None:
        for name, widget in self.fields.items():
            widget.setStyleSheet(look.border_style("error") if name in problems else "")
        if problems:
            self.error.show_error(" ".join(problems.values()))
        else:
            self.error.clear_error()

    def save(self) -> None:
        try:
            if self.resource_id is None:
                self.resource_id = resources.create_resource(self.data(), self.today)
            else:
                resources.update_resource(self.resource_id, self.data(), self.today)
        except ResourceError as exc:
            self._mark(exc.problems)
            first = next(iter(exc.problems))
            if first in self.fields:
                self.fields[first].setFocus()
            return
        except resources.UnknownResource as exc:
            self._mark({"title": str(exc)})
            return
        self.accept()
