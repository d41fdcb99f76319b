"""Importing attendance history in the window: check the file, list every problem, then import.

Checking is a dry run; the import itself runs only when the check found nothing wrong, and it is
all or nothing, like the command line. Both run off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from peerdesk.domain.attendance_import import import_attendance
from peerdesk.ui.jobs import Job
from peerdesk.ui.table_model import Column, RowsModel

PROBLEM_COLUMNS = (
    Column("row", QT_TRANSLATE_NOOP("Column", "Row"), align_right=True),
    Column("column", QT_TRANSLATE_NOOP("Column", "Column")),
    Column("message", QT_TRANSLATE_NOOP("Column", "Problem")),
)
ORDERS = (
    (None, QT_TRANSLATE_NOOP("AttendanceImportDialog", "Automatic (from the file)")),
    ("dmy", QT_TRANSLATE_NOOP("AttendanceImportDialog", "Day/month (3/4 = 3 April)")),
    ("mdy", QT_TRANSLATE_NOOP("AttendanceImportDialog", "Month/day (3/4 = March 4)")),
)


def ask_open_path(parent) -> str | None:
    """The system open dialog; tests monkeypatch this seam."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("AttendanceImportDialog", "Import attendance"),
        "",
        QCoreApplication.translate(
            "AttendanceImportDialog", "Spreadsheets (*.csv *.tsv *.txt *.xlsx)"
        ),
    )
    return path or None


class AttendanceImportDialog(QDialog):
    imported = Signal()

    def __init__(self, path: str, parent=None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.job: Job | None = None
        self.result = None
        self.setWindowTitle(self.tr("Import attendance — {file}").format(file=self.path.name))
        self.resize(760, 520)
        self.order = QComboBox()
        for value, text in ORDERS:
            self.order.addItem(self.tr(text), value)
        self.order.setAccessibleName(self.tr("Date order"))
        self.create_members = QCheckBox(self.tr("Create members for names not found"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.problems = RowsModel(PROBLEM_COLUMNS, self)
        table = QTableView()
        table.setModel(self.problems)
        table.setAccessibleName(self.tr("Problems"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.check_button = QPushButton(self.tr("Check again"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.order.currentIndexChanged.connect(self.check)
        self.create_members.toggled.connect(self.check)

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Dates like 3/4/2025 are")))
        options.addWidget(self.order)
        options.addWidget(self.create_members)
        options.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        self.check()

    @classmethod
    def launch(cls, parent=None) -> AttendanceImportDialog | None:
        path = ask_open_path(parent)
        if not path:
            return None
        dialog = cls(path, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _start(self, dry_run: bool) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
        self.import_button.setEnabled(False)
        self.progress.show()
        self.job = Job(
            import_attendance,
            self.path,
            create_members=self.create_members.isChecked(),
            dry_run=dry_run,
            date_order=self.order.currentData(),
            parent=self,
        )
        self.job.progressed.connect(lambda f, _m: self.progress.setValue(int(f * 100)))
        self.job.succeeded.connect(self._checked if dry_run else self._done)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self.progress.hide)
        self.job.start()

    def check(self) -> None:
        self.summary.setText(self.tr("Checking the file…"))
        self._start(dry_run=True)

    def run_import(self) -> None:
        self.summary.setText(self.tr("Importing…"))
        self._start(dry_run=False)

    def _checked(self, result) -> None:
        self.result = result
        self.problems.set_rows([_problem(p) for p in result.problems])
        text = result.summary()
        if result.needs_date_order:
            text += " " + self.tr("Choose how to read the dates above.")
        self.summary.setText(text)
        self.import_button.setEnabled(not result.problems and result.added > 0)

    def _done(self, result) -> None:
        self.result = result
        self.problems.set_rows([_problem(p) for p in result.problems])
        self.summary.setText(result.summary())
        if result.written:
            self.imported.emit()
            self.cancel_button.setText(self.tr("Close"))
            self.check_button.setEnabled(False)

    def _failed(self, message: str) -> None:
        self.summary.setText(f"⚠ {message}")

    def done(self, code: int) -> None:  # noqa: D401 (Qt API)
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
        super().done(code)


def _problem(p) -> dict:
    return {"row": p.row, "column": p.column, "message": p.message}
