import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, PageBreak, Paragraph

from peerdesk.documents.base import build_pdf, long_date, page_size, styles
from peerdesk.documents.fonts import MONO_BOLD, SANS, SANS_BOLD, ensure_fonts

NAMES = ["José", "Zoë", "Nguyễn Thị Ánh", "Ólafur", "Ørsted", "Дмитрий", "Αλέξανδρος", "O'Connor"]


class Boom(Flowable):
    def wrap(self, availWidth, availHeight):  # noqa: N803
        return 10, 10

    def draw(self):
        raise RuntimeError("boom")


def _pdf(story, **kwargs) -> PdfReader:
    buf = io.BytesIO()
    build_pdf(buf, title=kwargs.pop("title", "Test document"), story=story, **kwargs)
    assert buf.getvalue().startswith(b"%PDF")
    return PdfReader(io.BytesIO(buf.getvalue()))


def _assert_fonts_embedded(reader: PdfReader) -> None:
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        assert len(fonts) > 0
        for name in fonts:
            font = fonts[name].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, (name, font.get("/BaseFont"))


@pytest.mark.parametrize(
    ("paper", "size"), [("letter", (612, 792)), ("LETTER", (612, 792)), ("A4", (595, 842))]
)
def test_page_size(paper, size):
    w, h = page_size(paper)
    assert (round(w), round(h)) == size


@pytest.mark.parametrize("paper", ["legal", "", "a5", "letter-size"])
def test_page_size_rejects_unknown(paper):
    with pytest.raises(ValueError):
        page_size(paper)


def test_build_pdf_rejects_unknown_paper():
    with pytest.raises(ValueError):
        build_pdf(io.BytesIO(), title="x", story=[], paper="legal")


def test_fonts_registered_once_with_bold_family():
    ensure_fonts()
    ensure_fonts()
    registered = pdfmetrics.getRegisteredFontNames()
    assert {SANS, SANS_BOLD, MONO_BOLD} <= set(registered)
    assert tt2ps(SANS, 1, 0) == SANS_BOLD
    assert tt2ps(SANS, 0, 0) == SANS


@pytest.mark.parametrize("name", NAMES)
def test_font_has_every_glyph(name):
    ensure_fonts()
    for font in (SANS, SANS_BOLD):
        face = pdfmetrics.getFont(font).face
        missing = [ch for ch in name if ch != " " and ord(ch) not in face.charToGlyph]
        assert not missing, (font, missing)


def test_unicode_text_and_footer_and_metadata():
    st = styles()
    story = [Paragraph(f"<b>{n}</b> and {n}", st["body"]) for n in NAMES]
    reader = _pdf(story, title="Names — test", subject="Subject line")
    text = reader.pages[0].extract_text()
    for name in NAMES:
        assert name in text
    assert "Page 1 of 1" in text
    assert "Names — test" in text
    assert reader.metadata.title == "Names — test"
    assert reader.metadata.subject == "Subject line"
    _assert_fonts_embedded(reader)


def test_footer_counts_pages():
    st = styles()
    story = [Paragraph("one", st["body"]), PageBreak(), Paragraph("two", st["body"])]
    story += [PageBreak(), Paragraph("three", st["body"])]
    reader = _pdf(story)
    assert len(reader.pages) == 3
    for i, page in enumerate(reader.pages, start=1):
        assert f"Page {i} of 3" in page.extract_text()
    _assert_fonts_embedded(reader)


def test_paper_sizes_in_mediabox():
    st = styles()
    for paper, expected in (("letter", (612, 792)), ("a4", (595, 842))):
        box = _pdf([Paragraph("x", st["body"])], paper=paper).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == expected


@pytest.mark.parametrize("as_str", [True, False])
def test_build_to_path(tmp_path: Path, as_str):
    target = tmp_path / "out.pdf"
    build_pdf(
        str(target) if as_str else target, title="T", story=[Paragraph("x", styles()["body"])]
    )
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_failed_build_leaves_no_file(tmp_path: Path):
    target = tmp_path / "out.pdf"
    with pytest.raises(RuntimeError, match="boom"):
        build_pdf(target, title="T", story=[Paragraph("x", styles()["body"]), Boom()])
    assert list(tmp_path.iterdir()) == []


def test_failed_build_keeps_previous_file(tmp_path: Path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        build_pdf(target, title="T", story=[Boom()])
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_long_date():
    import datetime

    assert long_date(datetime.date(2026, 11, 26)) == "Thursday 26 November 2026"
    assert long_date(datetime.date(2027, 1, 3)) == "Sunday 3 January 2027"


def test_styles_use_embedded_fonts():
    for style in styles().values():
        assert style.fontName in {SANS, SANS_BOLD, MONO_BOLD}
    assert styles()["body"].fontSize >= 9  # readable body text
