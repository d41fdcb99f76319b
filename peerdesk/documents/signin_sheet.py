"""The printed sign-in sheet for one meeting: roster rows, blank rows for newcomers, or a tally."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from peerdesk.documents.base import (
    INK,
    RULE,
    SHADE,
    Target,
    build_pdf,
    clean,
    frame_width,
    long_date,
    para_text,
    styles,
    table,
)
from peerdesk.documents.fonts import SANS, SANS_BOLD
from peerdesk.domain.signin import SIGNIN_STYLES
from peerdesk.i18n import translate

ROW_HEIGHT = 9 * mm  # at least 8 mm so people can write in them
NAME_SIZE = 11
MIN_NAME_SIZE = 8
TICK_W = 17 * mm
FIRST_W = 22 * mm
INITIALS_W = 30 * mm
BOX = 4.6 * mm


@dataclass
class SignInSheet:
    organisation: str
    group_name: str
    date: datetime.date
    time_text: str
    location: str
    facilitator: str
    confidentiality: str
    style: str
    roster: list[str] = field(default_factory=list)  # labels, already in printed order
    blank_rows: int = 8
    paper: str = "letter"

    @property
    def title(self) -> str:
        return translate("SignInSheet", "Sign-in sheet — {group} — {date}").format(
            group=clean(self.group_name), date=long_date(self.date)
        )


class _TickBox(Flowable):
    """An empty square drawn with lines, so it never depends on a font glyph."""

    def __init__(self, size: float = BOX):
        super().__init__()
        self.size = size

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        return self.size, self.size

    def draw(self):
        self.canv.setLineWidth(0.9)
        self.canv.setStrokeColor(INK)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class _WritingLine(Flowable):
    """A dotted line to write a name on, spanning the cell."""

    def __init__(self, width: float):
        super().__init__()
        self.width = width

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        return self.width, 1

    def draw(self):
        self.canv.setLineWidth(0.5)
        self.canv.setStrokeColor(RULE)
        self.canv.setDash(1, 2)
        self.canv.line(0, 0, self.width, 0)


def _header(sheet: SignInSheet, width: float) -> list[Flowable]:
    st = styles()
    org = clean(sheet.organisation)
    sheet_name = translate("SignInSheet", "Sign-in sheet")
    sub = sheet_name + (f" · {para_text(org)}" if org else "")
    label, body = st["label"], st["body"]
    rows = [
        [
            Paragraph(translate("SignInSheet", "Date"), label),
            Paragraph(para_text(long_date(sheet.date)), body),
            Paragraph(translate("SignInSheet", "Time"), label),
            Paragraph(para_text(sheet.time_text) or "—", body),
        ],
        [
            Paragraph(translate("SignInSheet", "Location"), label),
            Paragraph(para_text(sheet.location) or "—", body),
            Paragraph(translate("SignInSheet", "Facilitator"), label),
            Paragraph(para_text(sheet.facilitator) or "—", body),
        ],
    ]
    lw = 28 * mm
    info = table(
        rows,
        colWidths=[lw, width / 2 - lw, lw, width / 2 - lw],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ],
    )
    out: list[Flowable] = [
        Paragraph(para_text(sheet.group_name) or sheet_name, st["title"]),
        Paragraph(sub, st["subtitle"]),
        info,
        Spacer(1, 4 * mm),
    ]
    statement = clean(sheet.confidentiality)
    if statement:
        out.append(
            table(
                [
                    [
                        Paragraph(
                            "<b>{}</b> {}".format(
                                translate("SignInSheet", "Confidentiality."), para_text(statement)
                            ),
                            body,
                        )
                    ]
                ],
                colWidths=[width],
                style=[
                    ("BOX", (0, 0), (-1, -1), 1.2, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ],
            )
        )
        out.append(Spacer(1, 5 * mm))
    return out


def _roster_table(sheet: SignInSheet, width: float) -> Flowable:
    name_w = width - TICK_W - FIRST_W - INITIALS_W
    room = name_w - 4 * mm  # left + right padding
    box = _TickBox()
    data: list[list] = [
        [
            translate("SignInSheet", "Here"),
            translate("SignInSheet", "Name"),
            translate("SignInSheet", "First time?"),
            translate("SignInSheet", "Initials"),
        ]
    ]
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 9),
        ("FONT", (0, 1), (-1, -1), SANS, NAME_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (2, 0), (2, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("BOX", (0, 0), (-1, -1), 1, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
        ("INNERGRID", (0, 1), (-1, -1), 0.5, RULE),
        ("LINEAFTER", (0, 0), (-2, 0), 0.5, RULE),
    ]
    heights = [7 * mm]
    labels = [clean(name) for name in sheet.roster]
    for i, name in enumerate(labels, start=1):
        data.append([box, name, box, ""])
        heights.append(ROW_HEIGHT)
        if stringWidth(name, SANS, NAME_SIZE) > room:
            size = NAME_SIZE * room / stringWidth(name, SANS, NAME_SIZE)
            if size >= MIN_NAME_SIZE:
                style.append(("FONTSIZE", (1, i), (1, i), size))
            else:  # very long: wrap onto two lines, let the row grow
                st = styles()["body"].clone("long_name", fontSize=9, leading=10.5)
                data[i][1] = Paragraph(para_text(name), st)
                heights[i] = None
    if sheet.roster and sheet.blank_rows:
        style.append(("LINEABOVE", (0, len(labels) + 1), (-1, len(labels) + 1), 1, INK))
    line = _WritingLine(room)
    for _ in range(sheet.blank_rows):
        data.append([box, line, box, ""])
        heights.append(ROW_HEIGHT)
    if len(labels) > 1:
        # light zebra striping over the roster only, so eyes can follow a row across
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, len(labels)), [None, SHADE]))
    if sheet.blank_rows:
        start = len(labels) + 1
        style += [
            ("VALIGN", (1, start), (1, -1), "BOTTOM"),
            ("BOTTOMPADDING", (1, start), (1, -1), 2.2 * mm),
        ]
    return table(
        data,
        colWidths=[TICK_W, name_w, FIRST_W, INITIALS_W],
        rowHeights=heights,
        style=style,
        repeatRows=1,
    )


def _tally(width: float) -> list[Flowable]:
    st = styles()
    box = table(
        [
            [
                Paragraph(
                    translate("SignInSheet", "<b>Tally</b> — mark one stroke per person"),
                    st["body"],
                )
            ],
            [""],
        ],
        colWidths=[width],
        rowHeights=[10 * mm, 125 * mm],
        style=[
            ("BOX", (0, 0), (-1, -1), 1.5, INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
        ],
    )
    total = table(
        [[Paragraph("<b>{}</b>".format(translate("SignInSheet", "Total")), st["body"]), "", ""]],
        colWidths=[18 * mm, 30 * mm, width - 48 * mm],
        rowHeights=[12 * mm],
        style=[
            ("BOX", (1, 0), (1, 0), 1.5, INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
        ],
        hAlign="LEFT",
    )
    note = Paragraph(
        translate(
            "SignInSheet",
            "No names are collected at this meeting. Count everyone present, including "
            "facilitators and guests, then write the total.",
        ),
        st["small"],
    )
    return [KeepTogether([box, Spacer(1, 4 * mm), total, Spacer(1, 3 * mm), note])]


def build_signin_sheet(target: Target, sheet: SignInSheet) -> None:
    """Write the sign-in sheet PDF to target (path or binary stream)."""
    if sheet.style not in SIGNIN_STYLES:
        raise ValueError(f"Unknown sign-in style {sheet.style!r}")
    if sheet.blank_rows < 0:
        raise ValueError("blank_rows cannot be negative")
    width = frame_width(sheet.paper)
    story = _header(sheet, width)
    if sheet.style == "anonymous":
        story += _tally(width)
    else:
        hint = translate("SignInSheet", "Tick “Here” next to your name.")
        if sheet.blank_rows:
            hint += " " + translate(
                "SignInSheet",
                "New here? Welcome — please write the name you would like to be called in an "
                "empty row at the end, and tick “First time?”.",
            )
        story += [Paragraph(hint, styles()["small"]), Spacer(1, 2 * mm)]
        story.append(_roster_table(sheet, width))
    build_pdf(
        target,
        title=sheet.title,
        story=story,
        paper=sheet.paper,
        subject=translate("SignInSheet", "Sign-in sheet for {group}").format(
            group=clean(sheet.group_name)
        ),
    )
