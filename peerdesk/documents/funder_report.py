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
from peerdesk.documents.charts import (
    attendance_chart,
    month_abbreviation,
    month_label,
    participants_chart,
)
from peerdesk.i18n import translate


def figure_words() -> tuple[tuple[str, str, str], ...]:
    """(figure key, label, plain-words definition), in the printed language."""
    return (
        (
            "meetings_held",
            translate("FunderReport", "Meetings held"),
            translate(
                "FunderReport",
                "Meetings marked as held (cancelled and unmarked meetings are not counted).",
            ),
        ),
        (
            "named_attendances",
            translate("FunderReport", "Named attendances"),
            translate("FunderReport", "Check-ins of known people at those meetings."),
        ),
        (
            "anonymous_attendances",
            translate("FunderReport", "Anonymous and guest attendances"),
            translate(
                "FunderReport", "The headcounts of people who did not give a name, plus guests."
            ),
        ),
        (
            "total_attendances",
            translate("FunderReport", "Total attendances"),
            translate("FunderReport", "Named plus anonymous and guest attendances."),
        ),
        (
            "unduplicated_participants",
            translate("FunderReport", "Unduplicated participants"),
            translate(
                "FunderReport",
                "Different people who came at least once; someone who came ten times counts once.",
            ),
        ),
        (
            "new_participants",
            translate("FunderReport", "New participants"),
            translate(
                "FunderReport",
                "People whose first attendance ever, in these groups, falls in this period.",
            ),
        ),
        (
            "returning_participants",
            translate("FunderReport", "Returning participants"),
            translate("FunderReport", "Unduplicated participants who had come before this period."),
        ),
        (
            "average_attendance",
            translate("FunderReport", "Average attendance"),
            translate("FunderReport", "Total attendances divided by meetings held."),
        ),
        (
            "retained_participants",
            translate("FunderReport", "Retained participants"),
            translate("FunderReport", "People who came three or more times in this period."),
        ),
    )


def short_labels() -> dict[str, str]:
    """Column heads of the month and group tables (two lines at most)."""
    return {
        "meetings_held": translate("FunderReport", "Meetings"),
        "named_attendances": translate("FunderReport", "Named"),
        "anonymous_attendances": translate("FunderReport", "Anon. +\nguests"),
        "total_attendances": translate("FunderReport", "Total"),
        "unduplicated_participants": translate("FunderReport", "Undupl.\npeople"),
        "new_participants": translate("FunderReport", "New"),
        "returning_participants": translate("FunderReport", "Returning"),
        "average_attendance": translate("FunderReport", "Average"),
        "retained_participants": translate("FunderReport", "Retained"),
    }


def demographic_titles() -> dict[str, str]:
    return {
        "age_band": translate("FunderReport", "Age band"),
        "gender": translate("FunderReport", "Gender"),
        "ethnicity": translate("FunderReport", "Ethnicity"),
    }


def _category(value: str) -> str:
    """Age bands, unknown/total and the form's gender choices are ours; other categories are data."""
    if value == "unknown":
        return translate("FunderReport", "Unknown")
    if value == "total":
        return translate("FunderReport", "Total")
    known = {
        "under 18": translate("FunderReport", "under 18"),
        "woman": translate("FunderReport", "woman"),
        "man": translate("FunderReport", "man"),
        "non-binary": translate("FunderReport", "non-binary"),
        "another gender": translate("FunderReport", "another gender"),
    }
    return known.get(value, value)


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
    names = [name for name, _title, _words in figure_words()]
    short = short_labels()
    first_width = width * 0.2
    rest = (width - first_width) / len(names)
    body = [[label(row[key]), *(_number(row[n]) for n in names)] for row in rows]
    return _grid([first, *(short[n] for n in names)], body, [first_width] + [rest] * len(names))


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
    groups = (
        translate("FunderReport", "All groups")
        if data["groups"] == "all"
        else ", ".join(data["groups"])
    )
    k = data["min_cell"]
    words = figure_words()
    report_name = translate("FunderReport", "Attendance report")

    def short(day: dt.date) -> str:
        return f"{day:%d} {month_abbreviation(day.month)} {day.year}"

    title = f"{report_name} {short(start)} – {short(end)}"
    story = [
        Paragraph(para_text(organisation or report_name), st["title"]),
        Paragraph(
            para_text(
                translate("FunderReport", "Attendance report, {start} to {end}").format(
                    start=long_date(start), end=long_date(end)
                )
            ),
            st["subtitle"],
        ),
        Paragraph(
            para_text(
                translate("FunderReport", "Groups: {groups}. Prepared {date}.").format(
                    groups=groups, date=long_date(today or dt.date.today())
                )
            ),
            st["body"],
        ),
        Paragraph(translate("FunderReport", "Summary"), st["heading"]),
        _grid(
            [translate("FunderReport", "Figure"), translate("FunderReport", "Value")],
            [[t, _number(data[n])] for n, t, _w in words],
            [width * 0.6, width * 0.4],
        ),
        Spacer(0, 3 * mm),
        Paragraph(
            para_text(
                translate(
                    "FunderReport",
                    "Counts are over meetings marked as held, from the first to the last day "
                    "inclusive. No names appear in this report.",
                )
            ),
            st["small"],
        ),
        Paragraph(translate("FunderReport", "Charts"), st["heading"]),
        attendance_chart(data["by_month"], width=width, height=190),
        Spacer(0, 4 * mm),
        participants_chart(data["by_month"], width=width, height=190),
        PageBreak(),
        Paragraph(translate("FunderReport", "By month"), st["heading"]),
        _figure_table(
            translate("FunderReport", "Month"), data["by_month"], "month", month_label, width
        ),
        Paragraph(translate("FunderReport", "By group"), st["heading"]),
        _figure_table(
            translate("FunderReport", "Group"), data["by_group"], "group", para_text, width
        ),
        Spacer(0, 2 * mm),
        Paragraph(
            para_text(
                translate(
                    "FunderReport",
                    "Unduplicated, new, returning and retained counts do not add up across "
                    "months or groups: a person who came in March and in April is one person for "
                    "the period but is counted in both months, and the same holds for someone in "
                    "two groups.",
                )
            ),
            st["small"],
        ),
        Paragraph(translate("FunderReport", "Demographics"), st["heading"]),
        Paragraph(
            para_text(
                translate(
                    "FunderReport",
                    "Unduplicated participants by age band (age in {year}), gender and "
                    'ethnicity. To protect privacy, counts from 1 to {below} are shown as "<{k}", '
                    'and cells marked "*" are hidden so that a small count cannot be worked out '
                    "from the total.",
                ).format(year=end.year, below=k - 1, k=k)
            ),
            st["small"],
        ),
        Spacer(0, 2 * mm),
    ]
    titles = demographic_titles()
    for name, rows in data["demographics"].items():
        body = [[_category(row["category"]), _number(row["participants"])] for row in rows]
        story.append(
            KeepTogether(
                [
                    Paragraph(titles[name], st["label"]),
                    _grid(
                        [titles[name], translate("FunderReport", "Participants")],
                        body,
                        [width * 0.5, width * 0.25],
                    ),
                    Spacer(0, 3 * mm),
                ]
            )
        )
    story.append(Paragraph(translate("FunderReport", "What each figure means"), st["heading"]))
    for _name, label, meaning in words:
        story.append(
            Paragraph(
                f"<b>{para_text(label)}</b>: {para_text(meaning)}", st["bullet"], bulletText="•"
            )
        )
    build_pdf(
        target,
        title=title,
        story=story,
        paper=paper,
        subject=translate("FunderReport", "Funder report"),
    )
