"""Import members: pick a file, check the column mapping, see every problem, then import.

Nothing is written until "Import" is pressed, and then all rows or none (member_import). The
mapping guessed from the headers can be corrected here; each change re-checks the whole file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from peerdesk.domain import groups
from peerdesk.domain import member_import as mi
from peerdesk.domain.tabular import ImportFileError, Problem, read_table, write_problems_csv
from peerdesk.ui import look, printing
from peerdesk.ui.jobs import Job
from peerdesk.ui.widgets import ErrorLabel

NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportDialog", "— not imported —")
PREVIEW_FIELDS = ("preferred_name", "full_name", "email", "phone", "birth_year", "joined_on")


def ask_open_path(parent) -> str | None:
    """The system open dialog; a seam that tests monkeypatch."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import members"),
        "",
        QCoreApplication.translate(
            "ImportDialog", "Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)"
        ),
    )
    return path or None


def field_label(key: str, english: str) -> str:
    """The import's field names (member_import.FIELD_LABELS) in the window's language."""
    labels = {
        "preferred_name": QT_TRANSLATE_NOOP("ImportDialog", "Preferred name"),
        "first_name": QT_TRANSLATE_NOOP("ImportDialog", "First name"),
        "last_name": QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
        "full_name": QT_TRANSLATE_NOOP("ImportDialog", "Full name"),
        "pronouns": QT_TRANSLATE_NOOP("ImportDialog", "Pronouns"),
        "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
        "email": QT_TRANSLATE_NOOP("ImportDialog", "Email"),
        "birth_year": QT_TRANSLATE_NOOP("ImportDialog", "Birth year"),
        "gender": QT_TRANSLATE_NOOP("ImportDialog", "Gender"),
        "ethnicity": QT_TRANSLATE_NOOP("ImportDialog", "Ethnicity"),
        "postal_code": QT_TRANSLATE_NOOP("ImportDialog", "Postal code"),
        "consent_contact": QT_TRANSLATE_NOOP("ImportDialog", "Consents to contact"),
        "emergency_contact": QT_TRANSLATE_NOOP("ImportDialog", "Emergency contact"),
        "joined_on": QT_TRANSLATE_NOOP("ImportDialog", "Joined on"),
    }
    if labels.get(key) != english:
        return english
    return QCoreApplication.translate("ImportDialog", english)


def _raw_values(plan: mi.ImportPlan, row) -> dict:
    """A problem row's cells as typed, with names put together as the import would."""
    raw = {key: row.values[index] for key, index in plan.mapping.items()}
    first, last = raw.get("first_name", ""), raw.get("last_name", "")
    raw.setdefault("full_name", " ".join(p for p in (first, last) if p))
    raw["preferred_name"] = raw.get("preferred_name") or first
    return raw


class PlanModel(QAbstractTableModel):
    """One line per data row of the file: what will happen to it and why."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PlanModel", "Row"),
        QT_TRANSLATE_NOOP("PlanModel", "Outcome"),
        QT_TRANSLATE_NOOP("PlanModel", "Name"),
        QT_TRANSLATE_NOOP("PlanModel", "Full name"),
        QT_TRANSLATE_NOOP("PlanModel", "Email"),
        QT_TRANSLATE_NOOP("PlanModel", "Phone"),
        QT_TRANSLATE_NOOP("PlanModel", "Birth year"),
        QT_TRANSLATE_NOOP("PlanModel", "Joined"),
        QT_TRANSLATE_NOOP("PlanModel", "Details"),
    )
    OUTCOMES = (
        QT_TRANSLATE_NOOP("PlanModel", "Problem"),
        QT_TRANSLATE_NOOP("PlanModel", "New member"),
        QT_TRANSLATE_NOOP("PlanModel", "Duplicate (importing)"),
        QT_TRANSLATE_NOOP("PlanModel", "Duplicate (skipped)"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple] = []

    def set_plan(self, plan: mi.ImportPlan | None, include_duplicates: bool) -> None:
        self.beginResetModel()
        self._rows = []
        if plan is not None:
            problems: dict[int, list[Problem]] = {}
            for p in plan.problems:
                problems.setdefault(p.row, []).append(p)
            planned = {m.row: m for m in plan.members}
            for row in plan.table.rows:
                if row.number in problems:
                    text = "; ".join(f"{p.column}: {p.message}" for p in problems[row.number])
                    values = _raw_values(plan, row)
                    self._rows.append((row.number, "Problem", values, text))
                    continue
                m = planned[row.number]
                if m.duplicate:
                    outcome = (
                        "Duplicate (importing)" if include_duplicates else "Duplicate (skipped)"
                    )
                    self._rows.append((row.number, outcome, m.values, m.duplicate))
                else:
                    self._rows.append((row.number, "New member", m.values, ""))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number, outcome, values, details = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == 0:
                return str(number)
            if col == 1:
                return self.tr(outcome)
            if col == len(self.HEADERS) - 1:
                return details
            value = values.get(PREVIEW_FIELDS[col - 2], "")
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole:
            if outcome == "Problem":
                return QBrush(look.colour("problem_row"))
            if outcome.startswith("Duplicate"):
                return QBrush(look.colour("duplicate_row"))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None


class ImportDialog(QDialog):
    def __init__(self, parent, path: str) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(self.tr("Import members — {file}").format(file=self.path.name))
        self.plan: mi.ImportPlan | None = None
        self.job: Job | None = None
        self.result: mi.ImportResult | None = None
        self.error = ErrorLabel()
        try:
            self.table = read_table(self.path)
        except ImportFileError as exc:
            self.table = None
            self.error.show_error(str(exc))

        mapping_box = QGroupBox(self.tr("Columns — which column of the file fills which field"))
        grid = QGridLayout(mapping_box)
        self.mapping_combos: dict[str, QComboBox] = {}
        guessed = mi.default_mapping(self.table) if self.table else {}
        for i, (key, label) in enumerate(mi.FIELD_LABELS.items()):
            combo = QComboBox()
            label = field_label(key, label)
            combo.setAccessibleName(self.tr("Column for {field}").format(field=label))
            combo.addItem(self.tr(NOT_IMPORTED), None)
            for index, header in enumerate(self.table.headers if self.table else []):
                combo.addItem(header, index)
            combo.setCurrentIndex(combo.findData(guessed.get(key)) if key in guessed else 0)
            combo.currentIndexChanged.connect(self.replan)
            self.mapping_combos[key] = combo
            grid.addWidget(QLabel(label), i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
        self.unknown_label = QLabel()
        self.unknown_label.setWordWrap(True)

        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("day/month (3/4 = 3 April)"), "dmy")
        self.date_order.addItem(self.tr("month/day (3/4 = March 4)"), "mdy")
        self.date_order.currentIndexChanged.connect(self.replan)
        self.date_order_label = QLabel(self.tr("Dates like 3/4/2025 in this file mean:"))
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.setAccessibleName(self.tr("Add everyone to group"))
        self.group.addItem("")
        self.group.addItems([g["name"] for g in groups.list_groups(include_archived=False)])
        self.group.lineEdit().setPlaceholderText(
            self.tr("(none) — type a new name to create a group")
        )
        self.include_duplicates = QCheckBox()
        self.include_duplicates.toggled.connect(self._update_preview)

        self.preview_model = PlanModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName(self.tr("Import preview"))
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))

        self.save_problems_button = QPushButton(self.tr("Save problems as CSV…"))
        self.save_problems_button.clicked.connect(self.save_problems)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.hide()

        options = QHBoxLayout()
        options.addWidget(self.date_order_label)
        options.addWidget(self.date_order)
        options.addSpacing(16)
        options.addWidget(QLabel(self.tr("Add everyone to group:")))
        options.addWidget(self.group, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_problems_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(mapping_box)
        layout.addWidget(self.unknown_label)
        layout.addLayout(options)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.include_duplicates)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.resize(980, 640)
        self.replan()

    # -- checking --------------------------------------------------------------------------------
    def mapping(self) -> dict[str, int]:
        return {
            key: combo.currentData()
            for key, combo in self.mapping_combos.items()
            if combo.currentData() is not None
        }

    def replan(self, *_args) -> None:
        self.plan = None
        if self.table is None:
            self._update_preview()
            return
        mapping = self.mapping()
        if len(set(mapping.values())) != len(mapping):
            self.error.show_error(self.tr("Each column of the file can fill only one field."))
            self._update_preview()
            return
        try:
            first = mi.plan_import(self.table, self.path.name, mapping)
            ask_order = first.date_order in ("ambiguous", "inconsistent")
            self.date_order.setVisible(ask_order)
            self.date_order_label.setVisible(ask_order)
            self.plan = (
                mi.plan_import(
                    self.table, self.path.name, mapping, date_order=self.date_order.currentData()
                )
                if first.date_order == "ambiguous"
                else first
            )
        except mi.MemberImportError as exc:
            self.error.show_error(str(exc))
        else:
            self.error.clear_error()
        self._update_preview()

    def _update_preview(self, *_args) -> None:
        plan = self.plan
        include = self.include_duplicates.isChecked()
        self.preview_model.set_plan(plan, include)
        self.preview.resizeColumnsToContents()
        if plan is None:
            self.summary.clear()
            self.unknown_label.clear()
            self.include_duplicates.hide()
            self.import_button.setEnabled(False)
            self.save_problems_button.setEnabled(False)
            return
        unknown = ", ".join(plan.unknown)
        self.unknown_label.setText(
            self.tr("Columns not imported: {columns}").format(columns=unknown)
            if unknown
            else self.tr("Every column is used.")
        )
        duplicates = len(plan.duplicates)
        self.include_duplicates.setVisible(bool(duplicates))
        self.include_duplicates.setText(
            self.tr("Also import the likely duplicate (highlighted in yellow) as a new member")
            if duplicates == 1
            else self.tr(
                "Also import the {count} likely duplicates (highlighted in yellow) as new members"
            ).format(count=duplicates)
        )
        count = len(plan.to_import(include))
        if plan.problems:
            n = len(plan.problems)
            text = (
                self.tr(
                    "⚠ 1 problem (highlighted in red) must be fixed in the file before anything "
                    "is imported — save it as CSV to work through it."
                )
                if n == 1
                else self.tr(
                    "⚠ {count} problems (highlighted in red) must be fixed in the file before "
                    "anything is imported — save them as CSV to work through them."
                ).format(count=n)
            )
            self.summary.setText(text)
        else:
            skipped = 0 if include else duplicates
            ready = (
                self.tr("Ready: 1 new member will be added")
                if count == 1
                else self.tr("Ready: {count} new members will be added").format(count=f"{count:,}")
            )
            if skipped:
                ready += (
                    self.tr("; 1 likely duplicate skipped")
                    if skipped == 1
                    else self.tr("; {count} likely duplicates skipped").format(count=skipped)
                )
            self.summary.setText(ready + self.tr(". Nothing is written until you press Import."))
        self.import_button.setEnabled(not plan.problems and count > 0)
        self.save_problems_button.setEnabled(bool(plan.problems or duplicates))

    def save_problems(self) -> None:
        if self.plan is None:
            return
        path = printing.ask_save_path(
            self, self.tr("Save problems"), f"{self.path.stem}-problems.csv", "CSV (*.csv)"
        )
        if not path:
            return
        try:
            count = write_problems_csv([*self.plan.problems, *self.plan.warnings()], path)
        except OSError as exc:
            self.error.show_error(
                self.tr("The problem list could not be saved ({reason}).").format(
                    reason=exc.strerror
                )
            )
            return
        self.summary.setText(
            self.tr("Saved {count} problems to {path}.").format(count=count, path=path)
        )

    # -- importing ---------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.plan is None or self.plan.problems:
            return
        self.import_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.job = Job(
            mi.apply_import,
            self.plan,
            group_name=self.group.currentText(),
            include_duplicates=self.include_duplicates.isChecked(),
            parent=self,
        )
        self.job.progressed.connect(lambda f, _m: self.progress.setValue(int(f * 100)))
        self.job.succeeded.connect(self._imported)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _imported(self, result: mi.ImportResult) -> None:
        self.job.wait()
        self.result = result
        self.summary.setText(mi.summary(self.plan, result))
        self.accept()

    def _failed(self, message: str) -> None:
        self.job.wait()
        self.progress.hide()
        self.error.show_error(message)
        self.import_button.setEnabled(True)

    def cancel(self) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
            return
        self.reject()

    def reject(self) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
        super().reject()


def launch(parent) -> mi.ImportResult | None:
    """Ask for a file and run the dialog; the result when members were imported. Tests monkeypatch."""
    path = ask_open_path(parent)
    if not path:
        return None
    dialog = ImportDialog(parent, path)
    dialog.exec()
    return dialog.result
