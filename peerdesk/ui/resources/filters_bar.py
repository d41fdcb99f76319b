"""The row of filters above the library table: category, tag, language and "review due"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from peerdesk.domain import resources
from peerdesk.domain.models import RESOURCE_CATEGORIES
from peerdesk.domain.resources import Filters
from peerdesk.ui.resources.categories import category_heading


class FiltersBar(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Filter by category"))
        self.category.addItem(self.tr("Any category"), None)
        for category in RESOURCE_CATEGORIES:
            self.category.addItem(category_heading(category), category)
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Filter by language"))
        self.review_due = QCheckBox(self.tr("Review due only"))
        self.review_due.setToolTip(
            self.tr("Resources last reviewed 12 months ago or more, or never")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("Category"), self.category), (self.tr("Tag"), self.tag)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(QLabel(self.tr("Language")))
        row.addWidget(self.language)
        row.addWidget(self.review_due)
        row.addStretch(1)
        self.refresh_choices(enabled=False)  # the database may still be locked
        for combo in (self.category, self.tag, self.language):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.review_due.toggled.connect(lambda _on: self.changed.emit())

    def refresh_choices(self, *, enabled: bool = True) -> None:
        """Reload the tag and language lists (after edits), keeping the current choice."""
        for combo, label, values in (
            (self.tag, self.tr("Any tag"), resources.all_tags() if enabled else []),
            (self.language, self.tr("Any language"), resources.all_languages() if enabled else []),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, None)
            for value in values:
                combo.addItem(value, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def filters(self) -> Filters:
        return Filters(
            category=self.category.currentData(),
            tag=self.tag.currentData(),
            language=self.language.currentData(),
            review_due=self.review_due.isChecked(),
        )

    def reset(self) -> None:
        """Forget every choice (on lock) without emitting `changed`."""
        self.blockSignals(True)
        self.category.setCurrentIndex(0)
        self.review_due.setChecked(False)
        self.refresh_choices(enabled=False)
        self.blockSignals(False)
