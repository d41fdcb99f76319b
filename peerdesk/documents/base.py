"""Shared PDF machinery: paper sizes, paragraph styles, the page footer and safe writing.

Every document is built with :func:`build_pdf`, which embeds the bundled Unicode font, puts
"<title> · Page N of M" in each page's footer, sets the PDF title metadata and, when given a
path, writes atomically (temp file in the same folder, then ``os.replace``).
"""

from __future__ import annotations

import contextlib
import datetime
import os
import tempfile
import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table

from peerdesk.documents.fonts import MONO_BOLD, SANS, SANS_BOLD, ensure_fonts
from peerdesk.i18n import translate

PAPER_SIZES = {"letter": LETTER, "a4": A4}

MARGIN = 16 * mm
FOOTER_GAP = 8 * mm  # distance from the bottom page edge to the footer baseline
INK = colors.black
RULE = colors.Color(0.35, 0.35, 0.35)
SHADE = colors.Color(0.93, 0.93, 0.93)  # light enough to print on any B&W printer

Target = str | os.PathLike[str] | BinaryIO


def page_size(paper: str) -> tuple[float, float]:
    """(width, height) in points for "letter" or "a4" (any case)."""
    try:
        return PAPER_SIZES[str(paper).strip().lower()]
    except KeyError:
        raise ValueError(f"Unknown paper size {paper!r}: use 'letter' or 'a4'") from None


def long_date(day: datetime.date) -> str:
    """ "Thursday 26 November 2026", in the language documents are printed in (peerdesk.i18n)."""
    from peerdesk.i18n import long_date as localized

    return localized(day)


def clean(text: object) -> str:
    """Text as it should be drawn: NFC-composed (reportlab cannot combine accents), stripped."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", str(text)).strip()


def para_text(text: object) -> str:
    """Plain text made safe for a Paragraph (XML-escaped, NFC, line breaks kept)."""
    return escape(clean(text)).replace("\n", "<br/>")


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles shared by all documents (fonts are registered on first call)."""
    ensure_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13.5, textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "title": ParagraphStyle(
            "title", parent=body, fontName=SANS_BOLD, fontSize=18, leading=22, spaceAfter=2 * mm
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=15, spaceAfter=3 * mm
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
        ),
        "label": ParagraphStyle("label", parent=body, fontName=SANS_BOLD),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=1 * mm
        ),
        "key": ParagraphStyle(
            "key", parent=body, fontName=MONO_BOLD, fontSize=20, leading=28, alignment=1
        ),
    }


def table(data: list[list], *, style: Sequence[tuple] = (), **kwargs) -> Table:
    """A Table whose plain-string cells use the embedded font (reportlab's default, Helvetica,
    is not embedded and would be referenced even by empty cells)."""
    return Table(data, style=[("FONT", (0, 0), (-1, -1), SANS, 10), *style], **kwargs)


def _numbered_canvas_class(title: str):
    """A Canvas that holds every page until the end so the footer can say "Page N of M"."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            # Start every page in the embedded font, so no unembedded Helvetica is referenced.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or SANS
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 10
            kwargs["initialLeading"] = kwargs.get("initialLeading") or 12
            super().__init__(*args, **kwargs)
            self._saved_page_states: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab API)
            self._saved_page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_page_states)
            for state in self._saved_page_states:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            width, _height = self._pagesize
            y = FOOTER_GAP
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
            self.setFillColor(INK)
            self.setFont(SANS, 8)
            right = translate("PdfFooter", "Page {page} of {total}").format(
                page=self._pageNumber, total=total
            )
            room = width - 2 * MARGIN - self.stringWidth(right, SANS, 8) - 6 * mm
            self.drawString(MARGIN, y, _fit(title, SANS, 8, room))
            self.drawRightString(width - MARGIN, y, right)
            self.restoreState()

    return NumberedCanvas


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis so it fits width."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def frame_width(paper: str = "letter") -> float:
    """Usable width between the margins, in points."""
    return page_size(paper)[0] - 2 * MARGIN


def build_pdf(
    target: Target,
    *,
    title: str,
    story: Sequence[Flowable],
    paper: str = "letter",
    subject: str | None = None,
) -> None:
    """Lay out story into a PDF at target (a path, or a binary stream opened for writing).

    When target is a path the file appears only once complete: on any error nothing is left.
    """
    ensure_fonts()
    size = page_size(paper)
    title = clean(title)
    if isinstance(target, str | os.PathLike):
        path = Path(target)
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path(".")
        )
        os.close(fd)
        try:
            _build(tmp_name, size=size, title=title, story=story, subject=subject)
            os.replace(tmp_name, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
    else:
        _build(target, size=size, title=title, story=story, subject=subject)


def _build(out, *, size, title: str, story, subject: str | None) -> None:
    width, height = size
    bottom = FOOTER_GAP + 9 * mm
    doc = BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=bottom,
        title=title,
        subject=clean(subject) if subject else "",
        author="",
        creator="peerdesk",
        producer="peerdesk (reportlab)",
        initialFontName=SANS,
        initialFontSize=10,
        initialLeading=12,
    )
    # No frame padding: tables sized with frame_width() line up exactly with paragraphs.
    frame = Frame(
        MARGIN,
        bottom,
        width - 2 * MARGIN,
        height - MARGIN - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=_numbered_canvas_class(title))
