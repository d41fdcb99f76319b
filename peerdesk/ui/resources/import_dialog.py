"""Import preview: what a library CSV or an Open Referral directory would add, and every problem.

Reading and writing run in Jobs (progress, cancel); the Import button stays disabled while there
is any problem, because every import is all rows or none.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from peerdesk.domain import resource_import
from peerdesk.domain.tabular import ImportFileError, write_problems_csv
from peerdesk.ui import printing
from peerdesk.ui.jobs import Job
from peerdesk.ui.resources.categories import category_name
from peerdesk.ui.table_model import Column, LazyTableModel
from peerdesk.ui.widgets import ErrorLabel


def _list_model(rows: list, columns, parent) -> LazyTableModel:
    model = LazyTableModel(columns, lambda _q, offset, limit: rows[offset : offset + limit], parent)
    model.set_enabled(True)
    return model


def _read(path: str, progress):
    try:
        return resource_import.preview_resources(path, progress)
    except ImportFileError as exc:
        raise ValueError(str(exc)) from None


class ImportDialog(QDialog):
    def __init__(self, path: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import resources"))
        self.resize(820, 560)
        self.path = path
        self.preview: resource_import.ImportPreview | None = None
        self.added = 0
        self.summary = QLabel(self.tr("Reading…"))
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.error = ErrorLabel()
        self.adds = QTableView()
        self.adds.setAccessibleName(self.tr("Resources to add"))
        self.problems = QTableView()
        self.problems.setAccessibleName(self.tr("Problems"))
        for view in (self.adds, self.problems):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
        self.problems_label = QLabel(
            self.tr("<b>Problems</b> (fix them in the file, then import again)")
        )
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.save_problems_button = QPushButton(self.tr("Save problem list…"))
        self.save_problems_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.import_button.clicked.connect(self.run_import)
        self.save_problems_button.clicked.connect(self.save_problems)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_problems_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(QLabel(self.tr("<b>To add</b>")))
        layout.addWidget(self.adds, 2)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.job = self._start(Job(_read, path, parent=self), self._previewed)

    @classmethod
    def launch(cls, parent, path: str) -> int:
        """Show the preview modally; returns how many resources were added (a test seam)."""
        dialog = cls(path, parent)
        dialog.exec()
        return dialog.added

    def _start(self, job: Job, on_success) -> Job:
        job.progressed.connect(lambda f, _m: self.progress.setValue(int(f * 100)))
        job.succeeded.connect(on_success)
        job.failed.connect(self._failed)
        job.finished.connect(lambda: self.progress.setValue(100))
        return job.start()

    def _failed(self, message: str) -> None:
        self.summary.setText(self.tr("Nothing was imported."))
        self.error.show_error(message)
        self.import_button.setEnabled(False)

    def _previewed(self, preview) -> None:
        self.preview = preview
        self.summary.setText(f"{preview.name} ({preview.source}): {preview.summary()}")
        rows = [
            {"row": row, "title": d.title, "category": category_name(d.category), "phone": d.phone}
            for row, d in preview.rows
        ]
        self.adds.setModel(
            _list_model(
                rows,
                (
                    Column("row", self.tr("Row"), align_right=True),
                    Column("title", self.tr("Title")),
                    Column("category", self.tr("Category")),
                    Column("phone", self.tr("Phone")),
                ),
                self,
            )
        )
        self.problems.setModel(
            _list_model(
                preview.problems,
                (
                    Column("row", self.tr("Row"), align_right=True),
                    Column("column", self.tr("Column")),
                    Column("message", self.tr("Problem")),
                ),
                self,
            )
        )
        for view in (self.adds, self.problems):
            view.resizeColumnsToContents()
        self.problems.setVisible(bool(preview.problems))
        self.problems_label.setVisible(bool(preview.problems))
        self.save_problems_button.setEnabled(bool(preview.problems))
        self.import_button.setEnabled(preview.ok and bool(preview.rows))

    def run_import(self) -> None:
        self.import_button.setEnabled(False)
        self.job = self._start(
            Job(resource_import.apply_import, self.preview, parent=self), self._imported
        )

    def _imported(self, count: int) -> None:
        self.added = count
        self.accept()

    def save_problems(self) -> None:
        path = printing.ask_save_path(
            self, self.tr("Save problem list"), "problems.csv", "CSV (*.csv)"
        )
        if path:
            try:
                write_problems_csv(self.preview.problems, path)
            except OSError as exc:
                self.error.show_error(
                    self.tr("The list could not be saved ({reason}).").format(
                        reason=exc.strerror or exc
                    )
                )

    def cancel(self) -> None:
        if self.job.is_running():
            self.job.cancel()
            self.job.wait()
        self.reject()

    def done(self, result: int) -> None:
        if self.job.is_running():
            self.job.cancel()
            self.job.wait()
        super().done(result)
