"""The printed recovery key: the one way back in when the passphrase is forgotten."""

from __future__ import annotations

import datetime
import re

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Paragraph, Spacer

from peerdesk.documents.base import (
    INK,
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
from peerdesk.documents.fonts import MONO_BOLD, SANS
from peerdesk.i18n import translate

_KEY_SIZES = (22, 20, 18, 16, 14, 12)


def _key_lines(key: str, width: float) -> tuple[list[str], float]:
    """Break the key between its groups (as given) into lines that fit width.

    Returns the lines and the font size. Line breaks fall after a separator, so reading the lines
    left to right, top to bottom gives exactly the key.
    """
    key = " ".join(clean(key).split())
    parts = re.findall(r"[^\s-]+[\s-]*", key) or [key]
    for size in _KEY_SIZES:
        lines: list[str] = []
        current = ""
        for part in parts:
            if current and stringWidth((current + part).rstrip(), MONO_BOLD, size) > width:
                lines.append(current.rstrip())
                current = part
            else:
                current += part
        if current:
            lines.append(current.rstrip())
        fits = all(stringWidth(line, MONO_BOLD, size) <= width for line in lines)
        if fits and len(lines) <= 4:
            return lines, size
    return lines, _KEY_SIZES[-1]


def build_recovery_sheet(
    target: Target,
    *,
    organisation: str,
    recovery_key: str,
    created_on: datetime.date,
    database_location: str,
    paper: str = "letter",
) -> None:
    """Write the recovery sheet PDF to target (path or binary stream)."""
    if not clean(recovery_key):
        raise ValueError("The recovery key is empty")
    st = styles()
    width = frame_width(paper)
    org = clean(organisation) or "peerdesk"

    lines, size = _key_lines(recovery_key, width - 16 * mm)
    key_style = st["key"].clone("key_sized", fontSize=size, leading=size * 1.45)
    key_box = table(
        [[Paragraph("<br/>".join(para_text(line) for line in lines), key_style)]],
        colWidths=[width],
        style=[
            ("BOX", (0, 0), (-1, -1), 2, INK),
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("TOPPADDING", (0, 0), (-1, -1), 5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
        ],
    )

    def bullets(items: list[str], numbered: bool = False) -> ListFlowable:
        return ListFlowable(
            [ListItem(Paragraph(text, st["body"]), leftIndent=7 * mm) for text in items],
            bulletType="1" if numbered else "bullet",
            start="1" if numbered else "•",
            bulletFormat="%s." if numbered else None,
            bulletFontName=SANS,
            bulletFontSize=10,
            leftIndent=7 * mm,
            spaceBefore=0,
        )

    def fill_in(label: str) -> Flowable:
        return table(
            [[Paragraph(label, st["label"]), ""]],
            colWidths=[42 * mm, width - 42 * mm],
            rowHeights=[11 * mm],
            style=[
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.75, INK),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ],
        )

    cmd = "<font name='PeerMono-Bold'>peerdesk change-passphrase --recovery-key</font>"
    story = [
        Paragraph(translate("RecoverySheet", "Recovery key"), st["title"]),
        Paragraph(
            translate("RecoverySheet", "{organisation} · peerdesk · created {date}").format(
                organisation=para_text(org), date=para_text(long_date(created_on))
            ),
            st["subtitle"],
        ),
        Paragraph(
            translate(
                "RecoverySheet",
                "<b>Keep this sheet secret and locked away.</b> Together with the laptop, it opens "
                "every confidential record in peerdesk.",
            ),
            st["body"],
        ),
        Spacer(1, 5 * mm),
        KeepTogether([key_box]),
        Spacer(1, 2 * mm),
        Paragraph(
            translate(
                "RecoverySheet",
                "Letters and digits are what count; dashes and spaces are only there to help you read.",
            ),
            st["small"],
        ),
        Paragraph(translate("RecoverySheet", "What it is for"), st["heading"]),
        Paragraph(
            translate(
                "RecoverySheet",
                "peerdesk keeps its data encrypted. Normally it is opened with your passphrase. If the "
                "passphrase is forgotten, this recovery key is the only other way to open the data "
                "and choose a new passphrase. Without the passphrase or this key, nobody — including "
                "the people who make peerdesk — can get the data back. The key keeps working after "
                "you change your passphrase.",
            ),
            st["body"],
        ),
        Spacer(1, 1.5 * mm),
        Paragraph(
            translate("RecoverySheet", "<b>Database:</b> {location}").format(
                location=para_text(database_location)
            ),
            st["body"],
        ),
        Paragraph(translate("RecoverySheet", "How to use it"), st["heading"]),
        Paragraph(translate("RecoverySheet", "<b>In the app</b>"), st["body"]),
        bullets(
            [
                translate(
                    "RecoverySheet",
                    "Start peerdesk. On the unlock screen, choose <b>Forgot passphrase?</b>",
                ),
                translate("RecoverySheet", "Type the recovery key printed above."),
                translate(
                    "RecoverySheet", "Choose a new passphrase, and type it again to confirm it."
                ),
            ],
            numbered=True,
        ),
        Spacer(1, 2 * mm),
        Paragraph(translate("RecoverySheet", "<b>On the command line</b>"), st["body"]),
        Paragraph(
            translate(
                "RecoverySheet",
                "Run {command}, type this key when asked, then choose a new passphrase. Type the "
                "key at the prompt; do not put it in scripts or on the command line itself.",
            ).format(command=cmd),
            st["body"],
        ),
        Paragraph(translate("RecoverySheet", "Keeping it safe"), st["heading"]),
        bullets(
            [
                translate(
                    "RecoverySheet",
                    "Store this sheet in a locked place, <b>away from the laptop</b> — never in the "
                    "laptop bag.",
                ),
                translate(
                    "RecoverySheet",
                    "Anyone holding both this sheet and the laptop can read all the data, names and "
                    "notes included.",
                ),
                translate(
                    "RecoverySheet",
                    "Do not photograph, scan, email or copy the key into another file.",
                ),
                translate(
                    "RecoverySheet",
                    "If the sheet goes missing, tell your organisation's coordinator straight away.",
                ),
            ]
        ),
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                fill_in(translate("RecoverySheet", "Kept where:")),
                fill_in(translate("RecoverySheet", "Stored on (date):")),
                fill_in(translate("RecoverySheet", "Stored by:")),
            ]
        ),
    ]
    build_pdf(
        target,
        title=translate("RecoverySheet", "Recovery key — {organisation}").format(organisation=org),
        story=story,
        paper=paper,
        subject=translate("RecoverySheet", "peerdesk recovery key"),
    )
