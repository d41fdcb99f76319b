"""The resource handout (design §4): title, intro, resources grouped by category, QR codes for URLs.

Each resource is a block with its phone, address, hours and languages in words, and the web
address printed beside a QR code (reportlab's own encoder) so the page works in black and white
and for people without a phone camera. `build_handout` returns where each QR code was drawn, so
tests (and anyone curious) can check the printed code against the URL it should carry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from peerdesk.documents.base import (
    INK,
    RULE,
    Target,
    build_pdf,
    clean,
    frame_width,
    para_text,
    table,
)
from peerdesk.documents.base import styles as base_styles
from peerdesk.domain.resources import CATEGORY_LABELS, ResourceData
from peerdesk.i18n import translate

QR_SIZE = 24 * mm  # about 1 mm per module for a typical URL: scans from arm's length
QR_BORDER = 2  # quiet zone in modules (plus the cell padding around it)


@dataclass
class HandoutEntry:
    title: str
    category: str = "service"
    description: str = ""
    phone: str = ""
    address: str = ""
    hours: str = ""
    languages: str = ""
    url: str = ""


@dataclass
class HandoutDoc:
    title: str
    intro: str = ""
    entries: list[HandoutEntry] = field(default_factory=list)
    organisation: str = ""
    paper: str = "letter"


@dataclass(frozen=True)
class QrPlacement:
    """Where one QR code landed: page (1-based), lower-left corner and side, in PDF points."""

    title: str
    url: str
    page: int
    x: float
    y: float
    size: float
    border: int = QR_BORDER


class _QrDrawing(Drawing):
    """A QR drawing that notes its absolute position on the page when drawn."""

    def __init__(self, title: str, url: str, placements: list[QrPlacement]) -> None:
        super().__init__(QR_SIZE, QR_SIZE)
        self.add(
            QrCodeWidget(
                url, barWidth=QR_SIZE, barHeight=QR_SIZE, barBorder=QR_BORDER, barLevel="M"
            )
        )
        self._title, self._url, self._placements = title, url, placements

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 (reportlab API)
        ax, ay = canvas.absolutePosition(x, y)
        self._placements.append(
            QrPlacement(self._title, self._url, canvas.getPageNumber(), ax, ay, QR_SIZE)
        )
        super().drawOn(canvas, x, y, _sW)


def entry_for(resource: ResourceData) -> HandoutEntry:
    return HandoutEntry(
        title=resource.title,
        category=resource.category,
        description=resource.description,
        phone=resource.phone,
        address=resource.address,
        hours=resource.hours,
        languages=resource.languages,
        url=resource.url,
    )


def category_heading(category: str) -> str:
    """The plural heading of a category ("Hotlines"), in the printed language."""
    headings = {
        "hotline": translate("Categories", "Hotlines"),
        "service": translate("Categories", "Services"),
        "document": translate("Categories", "Documents"),
        "website": translate("Categories", "Websites"),
        "book": translate("Categories", "Books"),
        "event": translate("Categories", "Events"),
    }
    return headings.get(category) or CATEGORY_LABELS.get(category, category.capitalize())


def group_by_category(entries: Sequence[HandoutEntry]) -> list[tuple[str, list[HandoutEntry]]]:
    """Categories in the order they first appear in the chosen order; entries keep their order."""
    groups: dict[str, list[HandoutEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.category, []).append(entry)
    return [(category_heading(c), items) for c, items in groups.items()]


def _styles():
    st = base_styles()
    return {
        **st,
        "entry_title": st["label"].clone("entry_title", fontSize=11, leading=14, spaceAfter=1),
        "url": st["small"].clone("url", textColor=INK),
    }


def _entry(entry: HandoutEntry, width: float, placements: list[QrPlacement]) -> Flowable:
    st = _styles()
    lines: list[Flowable] = [Paragraph(para_text(entry.title), st["entry_title"])]
    if clean(entry.description):
        lines.append(Paragraph(para_text(entry.description), st["body"]))
    for label, value in (
        (translate("Handout", "Phone"), entry.phone),
        (
            translate("Handout", "Address"),
            ", ".join(p.strip() for p in clean(entry.address).splitlines() if p.strip()),
        ),
        (translate("Handout", "Hours"), entry.hours),
        (translate("Handout", "Languages"), entry.languages),
    ):
        if clean(value):
            text = translate("Handout", "<b>{label}:</b> {value}")
            lines.append(Paragraph(text.format(label=label, value=para_text(value)), st["body"]))
    url = clean(entry.url)
    if url:
        lines.append(Paragraph(para_text(url), st["url"]))
    if url:
        qr = _QrDrawing(clean(entry.title), url, placements)
        cells = [[lines, qr]]
        widths = [width - QR_SIZE - 4 * mm, QR_SIZE + 4 * mm]
    else:
        cells = [[lines]]
        widths = [width]
    block = table(
        cells,
        colWidths=widths,
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ],
    )
    return KeepTogether([block])


def build_handout(target: Target, doc: HandoutDoc) -> list[QrPlacement]:
    """Write the handout PDF; returns every QR code drawn, in drawing order."""
    st = _styles()
    width = frame_width(doc.paper)
    placements: list[QrPlacement] = []
    fallback = translate("Handout", "Resources")
    story: list[Flowable] = [Paragraph(para_text(doc.title) or fallback, st["title"])]
    if clean(doc.organisation):
        story.append(Paragraph(para_text(doc.organisation), st["subtitle"]))
    if clean(doc.intro):
        story += [Paragraph(para_text(doc.intro), st["body"]), Spacer(1, 2 * mm)]
    if not doc.entries:
        story.append(
            Paragraph(
                translate("Handout", "No resources were chosen for this handout."), st["body"]
            )
        )
    for heading, items in group_by_category(doc.entries):
        story.append(CondPageBreak(40 * mm))  # never strand a heading at the bottom of a page
        story.append(Paragraph(para_text(heading), st["heading"]))
        story += [_entry(item, width, placements) for item in items]
    build_pdf(
        target,
        title=clean(doc.title) or fallback,
        story=story,
        paper=doc.paper,
        subject=translate("Handout", "Resource handout"),
    )
    return placements
