import datetime
import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from peerdesk.documents.signin_sheet import (
    ROW_HEIGHT,
    SignInSheet,
    _roster_table,
    build_signin_sheet,
)
from peerdesk.domain.signin import order_roster

SPECIAL = ["José G.", "Zoë", "Nguyễn Thị Ánh", "Дмитрий", "Αλέξανδρος", "O'Connor", "Ólafur Ørsted"]


def _sheet(**kwargs) -> SignInSheet:
    base = SignInSheet(
        organisation="Riverside Peer Support",
        group_name="Grief Circle",
        date=datetime.date(2026, 11, 26),
        time_text="7:00–8:30 pm",
        location="St Mark's Hall",
        facilitator="Ánh N.",
        confidentiality="What is shared here stays here.",
        style="full_name",
        roster=list(SPECIAL),
    )
    return replace(base, **kwargs)


def _read(sheet: SignInSheet) -> PdfReader:
    buf = io.BytesIO()
    build_signin_sheet(buf, sheet)
    return PdfReader(io.BytesIO(buf.getvalue()))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _sixty() -> list[str]:
    return SPECIAL + [f"Member {i:02d} Q." for i in range(len(SPECIAL), 60)]


def test_every_roster_name_is_printed():
    text = _text(_read(_sheet()))
    for name in SPECIAL:
        assert name in text
    for expected in (
        "Grief Circle",
        "Thursday 26 November 2026",
        "7:00–8:30 pm",
        "St Mark's Hall",
        "Ánh N.",
        "What is shared here stays here.",
        "First time?",
        "Initials",
        "Sign-in sheet — Grief Circle — Thursday 26 November 2026",
        "Page 1 of 1",
    ):
        assert expected in text, expected


def test_labels_from_domain_order():
    people = [(1, "José", "José García"), (2, "Ánh", "Nguyễn Thị Ánh"), (3, "Zoë", None)]
    roster = [label for _, label in order_roster(people, "first_initial")]
    assert roster == ["Ánh N.", "José G.", "Zoë"]
    text = _text(_read(_sheet(style="first_initial", roster=roster)))
    assert text.index("Ánh N.") < text.index("José G.") < text.index("Zoë")


def test_fonts_are_embedded():
    reader = _read(_sheet(roster=_sixty()))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for name in fonts:
            descriptor = fonts[name].get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor


def test_multi_page_sheet_has_numbered_footer_and_repeated_header():
    reader = _read(_sheet(roster=_sixty(), blank_rows=8, paper="letter"))
    pages = len(reader.pages)
    assert pages >= 2
    text = _text(reader)
    for name in _sixty():
        assert name in text
    for i, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        assert f"Page {i} of {pages}" in page_text
        assert "Initials" in page_text  # the header row repeats
        assert "Sign-in sheet — Grief Circle" in page_text


def test_anonymous_sheet_has_tally_and_no_names():
    reader = _read(_sheet(style="anonymous", roster=_sixty()))
    text = _text(reader)
    assert "Tally — mark one stroke per person" in text
    assert "Total" in text
    for name in _sixty():
        assert name not in text
    assert "Initials" not in text  # no table, no blank rows
    assert len(reader.pages) == 1


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_paper_size(paper, size):
    for style in ("full_name", "anonymous"):
        reader = _read(_sheet(paper=paper, style=style))
        for page in reader.pages:
            box = page.mediabox
            assert (round(float(box.width)), round(float(box.height))) == size


def test_rows_are_writable_height():
    assert 8 * mm <= ROW_HEIGHT
    table = _roster_table(_sheet(roster=_sixty(), blank_rows=8), 180 * mm)
    heights = table._argH[1:]
    assert len(heights) == 68
    assert all(h is None or h >= 8 * mm for h in heights)


def test_blank_rows_only():
    reader = _read(_sheet(roster=[], blank_rows=12))
    assert "Initials" in _text(reader)


def test_long_and_decomposed_names():
    long_name = "Maria-Magdalena Wojciechowska-Przybylska von Hohenzollern-Sigmaringen de la Cruz"
    text = _text(_read(_sheet(roster=["Zoe\u0308", long_name])))
    assert "Zoë" in text
    squashed = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", long_name) in squashed


def test_rejects_bad_input():
    with pytest.raises(ValueError):
        build_signin_sheet(io.BytesIO(), _sheet(style="nickname"))
    with pytest.raises(ValueError):
        build_signin_sheet(io.BytesIO(), _sheet(blank_rows=-1))
    with pytest.raises(ValueError):
        build_signin_sheet(io.BytesIO(), _sheet(paper="legal"))


def test_build_to_path(tmp_path):
    target = tmp_path / "sheet.pdf"
    build_signin_sheet(target, _sheet())
    assert PdfReader(target).metadata.title == (
        "Sign-in sheet — Grief Circle — Thursday 26 November 2026"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
