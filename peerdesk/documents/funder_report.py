"""The funder report PDF: cover summary, charts, tables, demographics and plain-words definitions.

Takes the plain data of `reports.as_dict` (demographics already suppressed) so that what the PDF
shows is exactly what the JSON, CSV and XLSX show.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

from peerdesk.documents.base import SHADE, build_pdf, frame_width, long_date, para_text, styles
from peerdesk.documents.base import table as make_table
from peerdesk.documents.charts import attendance_chart, month_label, participants_chart

FIGURE_WORDS = (
    (
        "meetings_held",
        "Meetings held",
        "Meetings marked as held (cancelled and unmarked meetings are not counted).",
    ),
    ("named_attendances", "Named attendances", "Check-ins of known people at those meetings."),
    (
        "anonymous_attendances",
        "Anonymous and guest attendances",
        "The headcounts of people who did not give a name, plus guests.",
    ),
    ("total_attendances", "Total attendances", "Named plus anonymous and guest attendances."),
    (
        "unduplicated_participants",
        "Unduplicated participants",
        "Different people who came at least once; someone who came ten times counts once.",
    ),
    (
        "new_participants",
        "New participants",
        "People whose first attendance ever, in these groups, falls in this period.",
    ),
    (
        "returning_participants",
        "Returning participants",
        "Unduplicated participants who had come before this period.",
    ),
    ("average_attendance", "Average attendance", "Total attendances divided by meetings held."),
    (
        "retained_participants",
        "Retained participants",
        "People who came three or more times in this period.",
    ),
)
SHORT = {
    "meetings_held": "Meetings",
    "named_attendances": "Named",
    "anonymous_attendances": "Anon. +\nguests",
    "total_attendances": "Total",
    "unduplicated_participants": "Undupl.\npeople",
    "new_participants": "New",
    "returning_participants": "Returning",
    "average_attendance": "Average",
    "retained_participants": "Retained",
}
DEMOGRAPHIC_TITLES = {"age_band": "Age band", "gender": "Gender", "ethnicity": "Ethnicity"}


def _number(value) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _grid(header: list[str], rows: list[list], widths: list[float], numeric_from: int = 1):
    return make_table(
        [header, *rows],
        colWidths=widths,
        repeatRows=1,
        style=[
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, "grey"),
            ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
    )


def _figure_table(first: str, rows: list[dict], key: str, label, width: float):
    names = [name for name, _title, _words in FIGURE_WORDS]
    first_width = width * 0.2
    rest = (width - first_width) / len(names)
    body = [[label(row[key]), *(_number(row[n]) for n in names)] for row in rows]
    return _grid([first, *(SHORT[n] for n in names)], body, [first_width] + [rest] * len(names))


def build_funder_report(
    target,
    data: dict,
    *,
    organisation: str = "",
    paper: str = "letter",
    today: dt.date | None = None,
) -> None:
    st = styles()
    width = frame_width(paper)
    start, end = dt.date.fromisoformat(data["from"]), dt.date.fromisoformat(data["to"])
    groups = "All groups" if data["groups"] == "all" else ", ".join(data["groups"])
    k = data["min_cell"]
    title = f"Attendance report {start:%d %b %Y} – {end:%d %b %Y}"
    story = [
        Paragraph(para_text(organisation or "Attendance report"), st["title"]),
        Paragraph(
            para_text(f"Attendance report, {long_date(start)} to {long_date(end)}"), st["subtitle"]
        ),
        Paragraph(
            para_text(f"Groups: {groups}. Prepared {long_date(today or dt.date.today())}."),
            st["body"],
        ),
        Paragraph("Summary", st["heading"]),
        _grid(
            ["Figure", "Value"],
            [[t, _number(data[n])] for n, t, _w in FIGURE_WORDS],
            [width * 0.6, width * 0.4],
        ),
        Spacer(0, 3 * mm),
        Paragraph(
            para_text(
                "Counts are over meetings marked as held, from the first to the last day "
                "inclusive. No names appear in this report."
            ),
            st["small"],
        ),
        Paragraph("Charts", st["heading"]),
        attendance_chart(data["by_month"], width=width, height=190),
        Spacer(0, 4 * mm),
        participants_chart(data["by_month"], width=width, height=190),
        PageBreak(),
        Paragraph("By month", st["heading"]),
        _figure_table("Month", data["by_month"], "month", month_label, width),
        Paragraph("By group", st["heading"]),
        _figure_table("Group", data["by_group"], "group", para_text, width),
        Spacer(0, 2 * mm),
        Paragraph(
            para_text(
                "Unduplicated, new, returning and retained counts do not add up across months or "
                "groups: a person who came in March and in April is one person for the period "
                "but is counted in both months, and the same holds for someone in two groups."
            ),
            st["small"],
        ),
        Paragraph("Demographics", st["heading"]),
        Paragraph(
            para_text(
                f"Unduplicated participants by age band (age in {end.year}), gender and ethnicity. "
                f'To protect privacy, counts from 1 to {k - 1} are shown as "<{k}", and cells '
                'marked "*" are hidden so that a small count cannot be worked out from the total.'
            ),
            st["small"],
        ),
        Spacer(0, 2 * mm),
    ]
    for name, rows in data["demographics"].items():
        body = [
            [
                row["category"].capitalize()
                if row["category"] in ("unknown", "total")
                else row["category"],
                _number(row["participants"]),
            ]
            for row in rows
        ]
        story.append(
            KeepTogether(
                [
                    Paragraph(DEMOGRAPHIC_TITLES[name], st["label"]),
                    _grid(
                        [DEMOGRAPHIC_TITLES[name], "Participants"],
                        body,
                        [width * 0.5, width * 0.25],
                    ),
                    Spacer(0, 3 * mm),
                ]
            )
        )
    story.append(Paragraph("What each figure means", st["heading"]))
    for _name, label, words in FIGURE_WORDS:
        story.append(
            Paragraph(
                f"<b>{para_text(label)}</b>: {para_text(words)}", st["bullet"], bulletText="•"
            )
        )
    build_pdf(target, title=title, story=story, paper=paper, subject="Funder report")
