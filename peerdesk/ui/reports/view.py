"""Everything a report shows at once: headline figures, charts, per-month, per-group and
demographic tables. It only displays the plain data of `reports.as_dict`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
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

from peerdesk.domain.reports import FIGURES
from peerdesk.ui.formatting import number
from peerdesk.ui.reports.rows_model import RowsModel

SHORT = [
    QT_TRANSLATE_NOOP("ReportView", "Meetings"),
    QT_TRANSLATE_NOOP("ReportView", "Named"),
    QT_TRANSLATE_NOOP("ReportView", "Anon. + guests"),
    QT_TRANSLATE_NOOP("ReportView", "Total"),
    QT_TRANSLATE_NOOP("ReportView", "People"),
    QT_TRANSLATE_NOOP("ReportView", "New"),
    QT_TRANSLATE_NOOP("ReportView", "Returning"),
    QT_TRANSLATE_NOOP("ReportView", "Average"),
    QT_TRANSLATE_NOOP("ReportView", "Retained"),
]
# The same words as domain.exports.FIGURE_LABELS (the English of the XLSX/CSV), for translation.
FIGURE_LABELS = {
    "meetings_held": QT_TRANSLATE_NOOP("ReportView", "Meetings held"),
    "named_attendances": QT_TRANSLATE_NOOP("ReportView", "Named attendances"),
    "anonymous_attendances": QT_TRANSLATE_NOOP("ReportView", "Anonymous and guest attendances"),
    "total_attendances": QT_TRANSLATE_NOOP("ReportView", "Total attendances"),
    "unduplicated_participants": QT_TRANSLATE_NOOP("ReportView", "Unduplicated participants"),
    "new_participants": QT_TRANSLATE_NOOP("ReportView", "New participants"),
    "returning_participants": QT_TRANSLATE_NOOP("ReportView", "Returning participants"),
    "average_attendance": QT_TRANSLATE_NOOP("ReportView", "Average attendance per meeting"),
    "retained_participants": QT_TRANSLATE_NOOP(
        "ReportView", "Retained participants (3+ attendances)"
    ),
}
DEMOGRAPHIC_LABELS = {
    "age_band": QT_TRANSLATE_NOOP("ReportView", "Age band"),
    "gender": QT_TRANSLATE_NOOP("ReportView", "Gender"),
    "ethnicity": QT_TRANSLATE_NOOP("ReportView", "Ethnicity"),
}
_CATEGORIES = {
    "under 18": QT_TRANSLATE_NOOP("ReportView", "under 18"),
    "unknown": QT_TRANSLATE_NOOP("ReportView", "unknown"),
    "total": QT_TRANSLATE_NOOP("ReportView", "total"),
    "woman": QT_TRANSLATE_NOOP("ReportView", "woman"),
    "man": QT_TRANSLATE_NOOP("ReportView", "man"),
    "non-binary": QT_TRANSLATE_NOOP("ReportView", "non-binary"),
    "another gender": QT_TRANSLATE_NOOP("ReportView", "another gender"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportView", text)


def category_label(value: str) -> str:
    """Age bands and the form's gender choices in the window's language; other values are data."""
    return _tr(_CATEGORIES[value]) if value in _CATEGORIES else value


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
        figures = QGroupBox(self.tr("Figures"))
        grid = QGridLayout(figures)
        self.figure_labels: dict[str, QLabel] = {}
        for i, name in enumerate(FIGURES):
            value = QLabel("–")
            value.setAccessibleName(_tr(FIGURE_LABELS[name]))
            big = value.font()  # relative to the system font, so a large one stays in proportion
            big.setPointSizeF(big.pointSizeF() * 1.6)
            big.setBold(True)
            value.setFont(big)
            self.figure_labels[name] = value
            cell = QVBoxLayout()
            cell.addWidget(value)
            cell.addWidget(QLabel(_tr(FIGURE_LABELS[name])))
            grid.addLayout(cell, i // 5, i % 5)
        layout.addWidget(figures)

        charts = QHBoxLayout()
        self.attendance_chart = QSvgWidget()
        self.participants_chart = QSvgWidget()
        for chart, name in (
            (self.attendance_chart, self.tr("Attendances per month chart")),
            (self.participants_chart, self.tr("Participants per month chart")),
        ):
            chart.setAccessibleName(name)
            chart.setMinimumSize(QSize(420, 180))
            charts.addWidget(chart)
        layout.addLayout(charts)

        short = [_tr(text) for text in SHORT]
        self.month_model = RowsModel([self.tr("Month"), *short], self)
        self.group_model = RowsModel([self.tr("Group"), *short], self)
        layout.addWidget(QLabel(self.tr("<b>By month</b>")))
        layout.addWidget(_table(self.month_model, 6, self.tr("By month")))
        layout.addWidget(QLabel(self.tr("<b>By group</b>")))
        layout.addWidget(_table(self.group_model, 6, self.tr("By group")))
        self.note = QLabel(
            self.tr(
                "People, new, returning and retained do not add up across months or groups: "
                "someone who came in two months is one person for the period."
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        self.demographics_note = QLabel()
        self.demographics_note.setWordWrap(True)
        layout.addWidget(QLabel(self.tr("<b>Demographics</b> (unduplicated participants)")))
        layout.addWidget(self.demographics_note)
        row = QHBoxLayout()
        self.demographic_models: dict[str, RowsModel] = {}
        for name, title in DEMOGRAPHIC_LABELS.items():
            model = RowsModel([_tr(title), self.tr("Participants")], self)
            self.demographic_models[name] = model
            row.addWidget(_table(model, 9, _tr(title)))
        layout.addLayout(row)

    def show_report(self, data: dict, charts: tuple[bytes, bytes]) -> None:
        for name, label in self.figure_labels.items():
            value = data[name]
            label.setText(number(value, 2 if isinstance(value, float) else 0))
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
            self.tr(
                "Counts from 1 to {below} show as “<{k}”; cells marked “*” are hidden so that "
                "a small count cannot be worked out from the total."
            ).format(below=k - 1, k=k)
        )
        for name, model in self.demographic_models.items():
            model.set_rows(
                [
                    [category_label(r["category"]), r["participants"]]
                    for r in data["demographics"][name]
                ]
            )
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
