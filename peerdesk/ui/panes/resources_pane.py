"""Resources: the library of hotlines and services, with filters, review-due flags and handouts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from peerdesk.domain import resource_import, resources
from peerdesk.domain.resources import ResourceError
from peerdesk.ui import printing
from peerdesk.ui.panes.base import TablePane
from peerdesk.ui.resources import seams
from peerdesk.ui.resources.attachment_box import VIEWER_COPIES
from peerdesk.ui.resources.edit_dialog import ResourceDialog
from peerdesk.ui.resources.filters_bar import FiltersBar
from peerdesk.ui.resources.handout_builder import HandoutBuilder
from peerdesk.ui.resources.import_dialog import ImportDialog
from peerdesk.ui.resources.list_model import ResourceListModel
from peerdesk.ui.widgets import ErrorLabel

IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "ResourcesPane", "Resource lists (*.csv *.tsv *.txt *.xlsx *.zip);;All files (*)"
)


def resources_model(parent=None) -> ResourceListModel:
    return ResourceListModel(parent)


class ResourcesPane(TablePane):
    title = "Resources"
    shortcut = "Ctrl+3"
    search_placeholder = "Search resources by title, description, category, tag or phone"
    count_noun = "resources"

    def __init__(self, parent=None) -> None:
        self.title = QCoreApplication.translate("ResourcesPane", "Resources")
        self.search_placeholder = QCoreApplication.translate(
            "ResourcesPane", "Search resources by title, description, category, tag or phone"
        )
        self.count_noun = QCoreApplication.translate("ResourcesPane", "resources")
        super().__init__(resources_model(), parent)
        self.filters = FiltersBar()
        self.filters.changed.connect(self.apply_filters)
        self.error = ErrorLabel()
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.review_button = QPushButton(self.tr("Mark reviewed…"))
        self.handout_button = QPushButton(self.tr("Handout…"))
        self.handout_button.setToolTip(
            self.tr("Build a printable handout (from the selected resources)")
        )
        buttons = QHBoxLayout()
        for button, slot in (
            (self.new_button, self.new_resource),
            (self.edit_button, self.edit_selected),
            (self.delete_button, self.delete_selected),
            (self.review_button, self.mark_reviewed),
            (self.handout_button, self.open_handout),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.insertWidget(2, self.filters)
        self.layout_.addWidget(self.error)
        self.layout_.addLayout(buttons)

        self.import_action = QAction(self.tr("Import resources…"), self)
        self.import_action.triggered.connect(self.import_file)
        self.import_folder_action = QAction(self.tr("Import Open Referral folder…"), self)
        self.import_folder_action.triggered.connect(self.import_folder)
        self.export_action = QAction(self.tr("Export resources…"), self)
        self.export_action.triggered.connect(self.export_library)
        self._update_buttons()

    def menu_actions(self):
        return [
            ("&File", self.import_action),
            ("&File", self.import_folder_action),
            ("&File", self.export_action),
        ]

    # -- listing -------------------------------------------------------------------------------
    def apply_filters(self) -> None:
        self.model.set_filters(self.filters.filters())

    def total_count(self) -> int | None:
        return resources.count_resources(self.model.current_filters())

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_object(r)["id"] for r in rows]

    def _update_buttons(self) -> None:
        count = len(self.selected_ids()) if self.table.selectionModel() else 0
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count >= 1)
        self.review_button.setEnabled(count >= 1)

    def _changed(self) -> None:
        self.filters.refresh_choices()
        self.model.reload()

    # -- actions -------------------------------------------------------------------------------
    def new_resource(self) -> None:
        if ResourceDialog.launch(self) is not None:
            self._changed()

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and ResourceDialog.launch(self, ids[0]) is not None:
            self._changed()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        question = (
            self.tr("Delete this resource and any attached file?")
            if len(ids) == 1
            else self.tr("Delete these {count} resources and any attached file?").format(
                count=len(ids)
            )
        )
        if ids and seams.confirm(self, self.tr("Delete"), question):
            for rid in ids:
                resources.delete_resource(rid)
            self._changed()

    def mark_reviewed(self) -> None:
        ids = self.selected_ids()
        settings = QSettings()
        name = seams.ask_text(
            self,
            self.tr("Mark reviewed"),
            self.tr("Reviewed today by:"),
            settings.value("resources/reviewer", ""),
        )
        if not ids or name is None:
            return
        try:
            for rid in ids:
                resources.mark_reviewed(rid, name, dt.date.today())
        except ResourceError as exc:
            self.error.show_error(str(exc))
            return
        settings.setValue("resources/reviewer", name.strip())
        self.error.clear_error()
        self.model.reload()

    def open_handout(self) -> None:
        HandoutBuilder.launch(self, self.selected_ids())

    def import_file(self) -> None:
        path = seams.ask_open_path(self, self.tr("Import resources"), self.tr(IMPORT_FILTER))
        if path and ImportDialog.launch(self, path):
            self._changed()

    def import_folder(self) -> None:
        path = seams.ask_folder(self, self.tr("Open Referral (HSDS) folder"))
        if path and ImportDialog.launch(self, path):
            self._changed()

    def export_library(self) -> None:
        path = printing.ask_save_path(
            self, self.tr("Export resources"), "resources.csv", "CSV (*.csv)"
        )
        if not path:
            return
        try:
            resource_import.export_library(path)
        except OSError as exc:
            self.error.show_error(
                self.tr("The file could not be written ({reason}).").format(
                    reason=exc.strerror or exc
                )
            )
            return
        self.error.clear_error()

    # -- lock ----------------------------------------------------------------------------------
    def on_unlocked(self) -> None:
        self.filters.refresh_choices()
        self.model.filters = self.filters.filters()
        super().on_unlocked()

    def on_locked(self) -> None:
        VIEWER_COPIES.clear()
        self.filters.reset()
        self.model.filters = self.filters.filters()
        self.error.clear_error()
        super().on_locked()
