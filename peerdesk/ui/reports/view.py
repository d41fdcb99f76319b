"""Everything a report shows at once: headline figures, charts, per-month, per-group and
demographic tables. It only displays the plain data of `reports.as_dict`."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.exports import DEMOGRAPHIC_LABELS, FIGURE_LABELS
from peerdesk.domain.reports import FIGURES
from peerdesk.ui.reports.rows_model import RowsModel

SHORT = [
    "Meetings",
    "Named",
    "Anon. + guests",
    "Total",
    "People",
    "New",
    "Returning",
    "Average",
    "Retained",
]


def _table(model: RowsModel, rows_visible: int, name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(24 * rows_visible + 30)
    return view


class ReportView(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        figures = QGroupBox("Figures")
        grid = QGridLayout(figures)
        self.figure_labels: dict[str, QLabel] = {}
        for i, name in enumerate(FIGURES):
            value = QLabel("–")
            value.setAccessibleName(FIGURE_LABELS[name])
            big = value.font()  # relative to the system font, so a large one stays in proportion
            big.setPointSizeF(big.pointSizeF() * 1.6)
            big.setBold(True)
            value.setFont(big)
            self.figure_labels[name] = value
            cell = QVBoxLayout()
            cell.addWidget(value)
            cell.addWidget(QLabel(FIGURE_LABELS[name]))
            grid.addLayout(cell, i // 5, i % 5)
        layout.addWidget(figures)

        charts = QHBoxLayout()
        self.attendance_chart = QSvgWidget()
        self.participants_chart = QSvgWidget()
        for chart, name in (
            (self.attendance_chart, "Attendances per month chart"),
            (self.participants_chart, "Participants per month chart"),
        ):
            chart.setAccessibleName(name)
            chart.setMinimumSize(QSize(420, 180))
            charts.addWidget(chart)
        layout.addLayout(charts)

        self.month_model = RowsModel(["Month", *SHORT], self)
        self.group_model = RowsModel(["Group", *SHORT], self)
        layout.addWidget(QLabel("<b>By month</b>"))
        layout.addWidget(_table(self.month_model, 6, self.tr("By month")))
        layout.addWidget(QLabel("<b>By group</b>"))
        layout.addWidget(_table(self.group_model, 6, self.tr("By group")))
        self.note = QLabel(
            "People, new, returning and retained do not add up across months or groups: "
            "someone who came in two months is one person for the period."
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        self.demographics_note = QLabel()
        self.demographics_note.setWordWrap(True)
        layout.addWidget(QLabel("<b>Demographics</b> (unduplicated participants)"))
        layout.addWidget(self.demographics_note)
        row = QHBoxLayout()
        self.demographic_models: dict[str, RowsModel] = {}
        for name, title in DEMOGRAPHIC_LABELS.items():
            model = RowsModel([title, "Participants"], self)
            self.demographic_models[name] = model
            row.addWidget(_table(model, 9, title))
        layout.addLayout(row)

    def show_report(self, data: dict, charts: tuple[bytes, bytes]) -> None:
        for name, label in self.figure_labels.items():
            value = data[name]
            label.setText(f"{value:,.2f}" if isinstance(value, float) else f"{value:,}")
        self.attendance_chart.load(charts[0])
        self.participants_chart.load(charts[1])
        self.month_model.set_rows(
            [[r["month"], *(r[n] for n in FIGURES)] for r in data["by_month"]]
        )
        self.group_model.set_rows(
            [[r["group"], *(r[n] for n in FIGURES)] for r in data["by_group"]]
        )
        k = data["min_cell"]
        self.demographics_note.setText(
            f"Counts from 1 to {k - 1} show as “<{k}”; cells marked “*” are hidden so that "
            "a small count cannot be worked out from the total."
        )
        for name, model in self.demographic_models.items():
            model.set_rows([[r["category"], r["participants"]] for r in data["demographics"][name]])
        for table in self.findChildren(QTableView):
            table.resizeColumnToContents(0)

    def clear(self) -> None:
        for label in self.figure_labels.values():
            label.setText("–")
        empty = b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'
        self.attendance_chart.load(empty)
        self.participants_chart.load(empty)
        for model in (self.month_model, self.group_model, *self.demographic_models.values()):
            model.set_rows([])
