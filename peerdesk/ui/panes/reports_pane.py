"""Reports: pick a period, groups and the suppression threshold; see every figure; export."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
)

from peerdesk.domain import exports, groups, reports, settings
from peerdesk.domain.settings import MIN_SUPPRESSION_K
from peerdesk.ui.formatting import number
from peerdesk.ui.jobs import Job
from peerdesk.ui.panes.base import Pane
from peerdesk.ui.reports import export_actions
from peerdesk.ui.reports.period import PRESETS, preset_range
from peerdesk.ui.reports.view import ReportView
from peerdesk.ui.widgets import ErrorLabel


def build_report(start, end, names, k, progress):
    """Figures, suppression and chart SVGs, all off the UI thread."""
    from peerdesk.documents.charts import attendance_chart, participants_chart, to_svg

    data = reports.as_dict(reports.compute(start, end, names, progress=progress), k)
    months = data["by_month"]
    return data, (to_svg(attendance_chart(months)), to_svg(participants_chart(months)))


def write_report_file(data, path, organisation, paper, progress):
    return exports.write_report(
        data, path, organisation=organisation, paper=paper, progress=progress
    )


class ReportsPane(Pane):
    shortcut = "Ctrl+4"
    title = "Reports"

    def __init__(self, parent=None, today: dt.date | None = None) -> None:
        self.title = QCoreApplication.translate("ReportsPane", "Reports")
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.data: dict | None = None
        self.job: Job | None = None

        self.preset = QComboBox()
        for name in PRESETS:
            self.preset.addItem(self.tr(name), name)
        self.preset.setAccessibleName(self.tr("Period"))
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
        self.group_list = QListWidget()
        self.group_list.setAccessibleName(self.tr("Groups (none ticked: all groups)"))
        self.group_list.setMaximumHeight(90)
        self.threshold = QSpinBox()
        self.threshold.setRange(MIN_SUPPRESSION_K, 1000)
        self.threshold.setAccessibleName(self.tr("Smallest count shown"))
        self.refresh_button = QPushButton(self.tr("Show figures"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.error = ErrorLabel()
        self.status = QLabel()
        self.view = ReportView()

        controls = QHBoxLayout()
        for label, widget in (
            (self.tr("Period"), self.preset),
            (self.tr("From"), self.start_edit),
            (self.tr("To"), self.end_edit),
            (self.tr("Groups (none ticked = all)"), self.group_list),
            (self.tr("Smallest count shown"), self.threshold),
        ):
            box = QVBoxLayout()
            box.addWidget(QLabel(label))
            box.addWidget(widget)
            box.addStretch(1)
            controls.addLayout(box)
        controls.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.export_buttons = {}
        exports_row = QHBoxLayout()
        exports_row.addWidget(QLabel(self.tr("Export report:")))
        for suffix in exports.REPORT_FORMATS:
            button = QPushButton(suffix[1:].upper())
            button.clicked.connect(lambda _c=False, s=suffix: self.export_report(s))
            self.export_buttons[suffix] = button
            exports_row.addWidget(button)
        exports_row.addSpacing(20)
        exports_row.addWidget(QLabel(self.tr("Attendance:")))
        self.named = QCheckBox(self.tr("with names (confidential)"))
        for suffix in exports.ATTENDANCE_FORMATS:
            button = QPushButton(self.tr("Attendance {format}").format(format=suffix[1:].upper()))
            button.clicked.connect(lambda _c=False, s=suffix: self.export_attendance(s))
            self.export_buttons["attendance" + suffix] = button
            exports_row.addWidget(button)
        exports_row.addWidget(self.named)
        exports_row.addStretch(1)

        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Report"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        busy.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Reports"))))
        layout.addLayout(controls)
        layout.addLayout(exports_row)
        layout.addLayout(busy)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)

        self.preset.currentIndexChanged.connect(
            lambda _i: self._apply_preset(self.preset.currentData())
        )
        self.start_edit.dateChanged.connect(self._custom)
        self.end_edit.dateChanged.connect(self._custom)
        self.refresh_button.clicked.connect(self.refresh)
        self.preset.setCurrentIndex(PRESETS.index("This year"))
        self._apply_preset("This year")
        self._set_busy(False)

    # -- choices -------------------------------------------------------------------------------
    def _apply_preset(self, name: str) -> None:
        if name == "Custom":
            return
        start, end = preset_range(name, self.today)
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _custom(self, *_args) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(PRESETS.index("Custom"))
        self.preset.blockSignals(False)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    def selected_groups(self) -> list[str]:
        return [
            self.group_list.item(i).text()
            for i in range(self.group_list.count())
            if self.group_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    # -- jobs ----------------------------------------------------------------------------------
    def _run(self, job: Job, on_success) -> None:
        self.error.clear_error()
        self.job = job
        job.progressed.connect(
            lambda f, m: (self.progress.setValue(int(f * 100)), self.status.setText(m))
        )
        job.succeeded.connect(on_success)
        job.failed.connect(self.error.show_error)
        job.finished.connect(lambda: self._set_busy(False))
        self._set_busy(True)
        job.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.refresh_button.setEnabled(not busy)
        for suffix, button in self.export_buttons.items():
            button.setEnabled(
                not busy and (self.data is not None or suffix.startswith("attendance"))
            )
        if busy:
            self.progress.setValue(0)
        else:
            self.status.clear()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def refresh(self) -> None:
        start, end = self.period()
        job = Job(
            build_report, start, end, self.selected_groups(), self.threshold.value(), parent=self
        )
        self._run(job, self._show)

    def _show(self, result) -> None:
        self.data, charts = result
        self.view.show_report(self.data, charts)
        self._set_busy(False)

    def export_report(self, suffix: str) -> None:
        if self.data is None:
            return
        start, end = self.period()
        path = export_actions.ask_path(
            self, self.tr("Save report"), f"report-{start}-{end}{suffix}", suffix
        )
        if not path:
            return
        job = Job(
            write_report_file,
            self.data,
            path,
            settings.get("organisation_name"),
            settings.get("paper_size"),
            parent=self,
        )
        self._run(job, lambda p: self.status.setText(self.tr("Saved {path}").format(path=p)))

    def export_attendance(self, suffix: str) -> None:
        named = self.named.isChecked()
        if named and not export_actions.confirm_named_export(self):
            return
        start, end = self.period()
        kind = "named" if named else "deidentified"
        path = export_actions.ask_path(
            self, self.tr("Save attendance"), f"attendance-{kind}-{start}-{end}{suffix}", suffix
        )
        if not path:
            return
        job = Job(
            exports.export_attendance,
            start,
            end,
            path,
            group_names=self.selected_groups(),
            named=named,
            parent=self,
        )
        self._run(
            job,
            lambda n: self.status.setText(
                self.tr("Exported {count} attendances").format(count=number(n))
            ),
        )

    # -- lock ----------------------------------------------------------------------------------
    def on_unlocked(self) -> None:
        self.group_list.clear()
        for group in groups.list_groups():
            item = QListWidgetItem(group["name"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.group_list.addItem(item)
        self.threshold.setValue(settings.get_int("suppression_k"))
        self.refresh()

    def on_locked(self) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
        self.data = None
        self.group_list.clear()
        self.view.clear()
        self.error.clear_error()
        self._set_busy(False)
