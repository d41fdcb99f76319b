"""The report's charts as reportlab Drawings: one code for the PDF and the app (as SVG).

Greys, hatching-free solid fills and distinct line dashes keep the meaning when printed in black
and white. Month labels thin out so that even a ten-year range stays legible.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from peerdesk.documents.fonts import SANS, SANS_BOLD, ensure_fonts
from peerdesk.i18n import translate

DARK = colors.Color(0.2, 0.2, 0.2)
LIGHT = colors.Color(0.7, 0.7, 0.7)


def month_abbreviation(month: int) -> str:
    """ "Jan" … "Dec" in the printed language."""
    return (
        translate("Charts", "Jan"), translate("Charts", "Feb"), translate("Charts", "Mar"),
        translate("Charts", "Apr"), translate("Charts", "May"), translate("Charts", "Jun"),
        translate("Charts", "Jul"), translate("Charts", "Aug"), translate("Charts", "Sep"),
        translate("Charts", "Oct"), translate("Charts", "Nov"), translate("Charts", "Dec"),
    )[month - 1]  # fmt: skip


def month_label(key: str) -> str:
    year, month = key.split("-")
    return f"{month_abbreviation(int(month))} {year[2:]}"


def _labels(months: list[dict], room: int) -> list[str]:
    step = max(1, -(-len(months) // room))
    return [month_label(m["month"]) if i % step == 0 else "" for i, m in enumerate(months)]


def _frame(width: float, height: float, title: str) -> Drawing:
    ensure_fonts()
    drawing = Drawing(width, height)
    # An explicit white ground: an SVG viewer may otherwise show the chart on a dark window.
    drawing.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    drawing.add(String(0, height - 12, title, fontName=SANS_BOLD, fontSize=10, fillColor=DARK))
    return drawing


def _legend(drawing: Drawing, x: float, y: float, pairs) -> None:
    legend = Legend()
    legend.x, legend.y = x - 110 * len(pairs), y
    legend.fontName, legend.fontSize = SANS, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.dx = legend.dy = 8
    legend.colorNamePairs = pairs
    drawing.add(legend)


def attendance_chart(months: list[dict], width: float = 480, height: float = 200) -> Drawing:
    """Stacked bars per month: named attendances (dark) and anonymous + guests (light)."""
    drawing = _frame(width, height, translate("Charts", "Attendances per month"))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, width - 50, height - 62
    chart.data = [
        [m["named_attendances"] for m in months] or [0],
        [m["anonymous_attendances"] for m in months] or [0],
    ]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = _labels(months, 12) or [""]
    _style_axes(chart)
    chart.bars[0].fillColor = DARK
    chart.bars[1].fillColor = LIGHT
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    drawing.add(chart)
    _legend(
        drawing,
        width,
        height - 6,
        [
            (DARK, translate("Charts", "Named")),
            (LIGHT, translate("Charts", "Anonymous + guests")),
        ],
    )
    return drawing


def _style_axes(chart) -> None:
    """Small labels in the embedded font, counts from zero: the same on both charts."""
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = SANS
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True


def participants_chart(months: list[dict], width: float = 480, height: float = 200) -> Drawing:
    """Lines per month: unduplicated participants (solid) and new participants (dashed)."""
    drawing = _frame(width, height, translate("Charts", "Participants per month"))
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, width - 50, height - 62
    chart.data = [
        [m["unduplicated_participants"] for m in months] or [0],
        [m["new_participants"] for m in months] or [0],
    ]
    chart.categoryAxis.categoryNames = _labels(months, 12) or [""]
    _style_axes(chart)
    chart.lines[0].strokeColor = DARK
    chart.lines[0].strokeWidth = 2
    chart.lines[1].strokeColor = DARK
    chart.lines[1].strokeWidth = 1.2
    chart.lines[1].strokeDashArray = (4, 3)
    drawing.add(chart)
    _legend(
        drawing,
        width,
        height - 6,
        [
            (DARK, translate("Charts", "Unduplicated")),
            (LIGHT, translate("Charts", "New (dashed)")),
        ],
    )
    return drawing


def to_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG bytes, for QSvgWidget."""
    from reportlab.graphics import renderSVG

    # reportlab writes "fill: None"; Qt's SVG renderer only knows "none" and fills lines black.
    return renderSVG.drawToString(drawing).replace("fill: None", "fill: none").encode("utf-8")
