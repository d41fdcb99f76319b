"""The handout builder: pick resources (or a tag), drag them into order, title and intro, save for
reuse; the PDF preview on the right follows every change, and can be printed or saved."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import handouts, resources, settings
from peerdesk.domain.handouts import HandoutData, HandoutError
from peerdesk.ui import look, printing
from peerdesk.ui.resources import seams
from peerdesk.ui.resources.categories import category_name
from peerdesk.ui.resources.handout_model import HandoutItemsModel
from peerdesk.ui.table_model import Column, LazyTableModel
from peerdesk.ui.widgets import ErrorLabel


def _items(ids: list[int]) -> dict[int, dict]:
    out = {}
    for rid in ids:
        try:
            r = resources.get_resource(rid)
        except resources.UnknownResource:
            continue
        out[rid] = {"id": rid, "title": r.title, "category": r.category}
    return out


class HandoutBuilder(QDialog):
    def __init__(self, parent=None, resource_ids: list[int] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handout"))
        self.resize(1250, 760)
        self.handout_id: int | None = None
        self._tmp = Path(tempfile.mkdtemp(prefix="peerdesk-handout-"))
        self.preview_path = self._tmp / "handout.pdf"
        self.error = ErrorLabel()

        # library to pick from
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the library"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the library"))
        self.library = LazyTableModel(
            (
                Column("title", self.tr("Title")),
                Column("category", self.tr("Category"), format=category_name),
            ),
            lambda q, o, n: resources.list_resources(q, o, n),
            self,
        )
        self.library_view = QTableView()
        self.library_view.setModel(self.library)
        self.library_view.setAccessibleName(self.tr("Library"))
        self.library_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.library_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.library_view.verticalHeader().setVisible(False)
        header = self.library_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.library_view.doubleClicked.connect(lambda _i: self.add_selected())
        self.add_button = QPushButton(self.tr("Add to handout →"))
        self.tag_combo = QComboBox()
        self.tag_combo.setAccessibleName(self.tr("Tag to add"))
        self.tag_button = QPushButton(self.tr("Add all with this tag"))
        self.search.textChanged.connect(self.library.set_query)
        self.add_button.clicked.connect(self.add_selected)
        self.tag_button.clicked.connect(self.add_tag)

        # the handout itself
        self.saved = QComboBox()
        self.saved.setAccessibleName(self.tr("Saved handouts"))
        self.open_button = QPushButton(self.tr("Open"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.title_edit = QLineEdit(self.default_title())
        self.intro = QPlainTextEdit()
        self.intro.setPlaceholderText(self.tr("A short paragraph under the title (optional)"))
        self.intro.setFixedHeight(look.lines(self.intro, 3))
        self.items = HandoutItemsModel(_items, self)
        self.list_view = QListView()
        self.list_view.setModel(self.items)
        self.list_view.setAccessibleName(self.tr("Resources in this handout, drag to reorder"))
        self.list_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.save_button = QPushButton(self.tr("Save for reuse"))
        self.open_button.clicked.connect(self.open_saved)
        self.delete_button.clicked.connect(self.delete_saved)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.remove_button.clicked.connect(self.remove_current)
        self.save_button.clicked.connect(self.save_handout)

        # preview
        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setAccessibleName(self.tr("Handout preview"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_pdf_button = QPushButton(self.tr("Save PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self.print_handout)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.accept)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh_preview)
        for signal in (
            self.items.rowsInserted,
            self.items.rowsRemoved,
            self.items.rowsMoved,
            self.items.modelReset,
            self.title_edit.textChanged,
            self.intro.textChanged,
        ):
            signal.connect(lambda *_a: self._debounce.start())

        self._layout()
        self.library.set_enabled(True)
        self._reload_saved()
        self.tag_combo.addItems(resources.all_tags())
        self.tag_button.setEnabled(self.tag_combo.count() > 0)
        if resource_ids:
            self.items.set_items(list(_items(list(resource_ids)).values()))
        self.refresh_preview()

    def default_title(self) -> str:
        """The handout's title until the coordinator types one, in the window's language."""
        return self.tr("Resources")

    @classmethod
    def launch(cls, parent, resource_ids: list[int] = ()) -> None:
        """Show the builder modally (a test seam)."""
        cls(parent, resource_ids).exec()

    def _layout(self) -> None:
        left = QWidget()
        col = QVBoxLayout(left)
        col.addWidget(QLabel(self.tr("<b>Library</b>")))
        col.addWidget(self.search)
        col.addWidget(self.library_view, 1)
        col.addWidget(self.add_button)
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.tag_combo, 1)
        tag_row.addWidget(self.tag_button)
        col.addLayout(tag_row)

        middle = QWidget()
        grid = QGridLayout(middle)
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Saved")))
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.open_button)
        saved_row.addWidget(self.delete_button)
        grid.addLayout(saved_row, 0, 0, 1, 3)
        title_label, intro_label = QLabel(self.tr("&Title")), QLabel(self.tr("&Intro"))
        title_label.setBuddy(self.title_edit)
        intro_label.setBuddy(self.intro)
        grid.addWidget(title_label, 1, 0)
        grid.addWidget(self.title_edit, 1, 1, 1, 2)
        grid.addWidget(intro_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.intro, 2, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("<b>In this handout</b> — drag to reorder")), 3, 0, 1, 3)
        grid.addWidget(self.list_view, 4, 0, 1, 3)
        buttons = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, 5, 0, 1, 3)
        grid.setRowStretch(4, 1)

        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.addWidget(self.pdf_view, 1)
        rrow = QHBoxLayout()
        rrow.addStretch(1)
        for b in (self.print_button, self.save_pdf_button, self.close_button):
            rrow.addWidget(b)
        rcol.addLayout(rrow)

        splitter = QSplitter()
        for w in (left, middle, right):
            splitter.addWidget(w)
        splitter.setSizes([330, 380, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)

    # -- choosing ------------------------------------------------------------------------------
    def add_selected(self) -> None:
        rows = sorted({i.row() for i in self.library_view.selectionModel().selectedRows()})
        ids = [self.library.row_object(r)["id"] for r in rows]
        self.items.add(list(_items(ids).values()))

    def add_tag(self) -> None:
        ids = resources.ids_with_tag(self.tag_combo.currentText())
        self.items.add(list(_items(ids).values()))
        if self.title_edit.text() in ("", self.default_title()):
            self.title_edit.setText(
                self.tr("Resources: {tag}").format(tag=self.tag_combo.currentText())
            )

    def move_current(self, step: int) -> None:
        row = self.list_view.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.items.rowCount():
            return
        dest = target + 1 if step > 0 else target
        self.items.moveRows(QModelIndex(), row, 1, QModelIndex(), dest)
        self.list_view.setCurrentIndex(self.items.index(target))

    def remove_current(self) -> None:
        row = self.list_view.currentIndex().row()
        if row >= 0:
            self.items.removeRows(row, 1)

    # -- saved handouts ------------------------------------------------------------------------
    def _reload_saved(self) -> None:
        self.saved.clear()
        for h in handouts.list_handouts():
            self.saved.addItem(f"{h['title']} ({h['count']})", h["id"])
        has = self.saved.count() > 0
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def open_saved(self) -> None:
        data = handouts.get_handout(self.saved.currentData())
        self.handout_id = data.id
        self.title_edit.setText(data.title)
        self.intro.setPlainText(data.intro)
        self.items.set_items(list(_items(data.resource_ids).values()))

    def delete_saved(self) -> None:
        if seams.confirm(
            self,
            self.tr("Delete handout"),
            self.tr("Delete the saved handout “{name}”?").format(name=self.saved.currentText()),
        ):
            handouts.delete_handout(self.saved.currentData())
            if self.handout_id == self.saved.currentData():
                self.handout_id = None
            self._reload_saved()

    def save_handout(self) -> None:
        data = HandoutData(
            self.title_edit.text(), self.intro.toPlainText(), self.items.ids(), self.handout_id
        )
        try:
            self.handout_id = handouts.save_handout(data)
        except HandoutError as exc:
            self.error.show_error(str(exc))
            return
        self.error.clear_error()
        self._reload_saved()
        self.saved.setCurrentIndex(self.saved.findData(self.handout_id))

    # -- the PDF -------------------------------------------------------------------------------
    def handout_doc(self):
        from peerdesk.documents.handout import HandoutDoc, entry_for  # reportlab: only when needed

        return HandoutDoc(
            title=self.title_edit.text().strip() or self.default_title(),
            intro=self.intro.toPlainText(),
            entries=[entry_for(r) for r in resources.get_resources(self.items.ids())],
            organisation=settings.get("organisation_name"),
            paper=settings.get("paper_size"),
        )

    def refresh_preview(self) -> None:
        self._debounce.stop()
        self.document.close()
        from peerdesk.documents.handout import build_handout

        build_handout(self.preview_path, self.handout_doc())
        self.document.load(str(self.preview_path))

    def print_handout(self) -> None:
        self.refresh_preview()
        printing.print_pdf(str(self.preview_path), self)

    def save_pdf(self) -> None:
        name = (self.title_edit.text().strip() or self.tr("handout")).replace("/", "-") + ".pdf"
        path = printing.ask_save_path(self, self.tr("Save handout"), name, "PDF (*.pdf)")
        if not path:
            return
        try:
            from peerdesk.documents.handout import build_handout

            build_handout(path, self.handout_doc())
        except OSError as exc:
            self.error.show_error(
                self.tr("The handout could not be saved ({reason}).").format(
                    reason=exc.strerror or exc
                )
            )
            return
        self.error.clear_error()

    def done(self, result: int) -> None:
        self.document.close()
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().done(result)
