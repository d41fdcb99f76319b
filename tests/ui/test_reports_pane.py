"""The reports pane: figures and charts computed in a Job, exports with progress and consent."""

from __future__ import annotations

import datetime as dt

from peerdesk.ui.reports import export_actions
from peerdesk.ui.reports.period import preset_range
from peerdesk.ui.reports.rows_model import RowsModel


def test_presets_cover_months_quarters_and_years():
    today = dt.date(2025, 2, 14)
    assert preset_range("This month", today) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert preset_range("Last month", today) == (dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    assert preset_range("This quarter", today) == (dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert preset_range("Last quarter", today) == (dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    assert preset_range("Last year", today) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_rows_model_passes_the_model_tester(qtmodeltester):
    model = RowsModel(["Month", "Meetings"])
    model.set_rows([["2025-01", 3], ["2025-02", 4.5]])
    qtmodeltester.check(model)


def test_pane_shows_figures_charts_and_exports(tmp_path, qtbot, qsettings, no_dialogs, monkeypatch):
    from peerdesk.ui.app import make_demo_session
    from peerdesk.ui.main_window import MainWindow

    window = MainWindow(make_demo_session(tmp_path / "d"), qsettings)
    qtbot.addWidget(window)
    window.show_pane(3)
    pane = window.panes[3]
    qtbot.waitUntil(lambda: pane.data is not None, timeout=10_000)
    pane.job.wait()
    assert pane.view.figure_labels["meetings_held"].text() != "–"
    assert pane.view.month_model.rowCount() == 12
    assert pane.view.attendance_chart.renderer().isValid()

    monkeypatch.setattr(export_actions.printing, "ask_save_path", lambda *a: str(tmp_path / "r"))
    pane.export_report(".pdf")
    qtbot.waitUntil(lambda: not pane.job.is_running(), timeout=10_000)
    pane.job.wait()
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")

    asked = []
    monkeypatch.setattr(export_actions, "confirm_named_export", lambda p: asked.append(1) or False)
    pane.named.setChecked(True)
    pane.export_attendance(".csv")
    assert asked and not (tmp_path / "r.csv").exists()


def test_chart_svg_has_no_black_filled_lines():
    from peerdesk.documents.charts import participants_chart, to_svg

    months = [
        {"month": f"2026-0{i}", "unduplicated_participants": i, "new_participants": 1}
        for i in range(1, 4)
    ]
    assert b"fill: None" not in to_svg(participants_chart(months))
