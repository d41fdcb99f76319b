"""The handout PDF: every title and phone is in the text, and each QR code carries its URL.

The QR check renders the page with pdftoppm and samples the centre of every module at the place
the builder reports, then compares with reportlab's encoder run here on the URL we expect.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

from peerdesk.documents.handout import HandoutDoc, HandoutEntry, build_handout, group_by_category

DPI = 300
ENTRIES = [
    HandoutEntry(
        "Crisis Line Zoë",
        "hotline",
        "24/7 support",
        "+1 555 0100",
        "",
        "24 hours",
        "English, Español",
        "https://crisis.example.org",
    ),
    HandoutEntry(
        "Food bank Nguyễn",
        "service",
        "Groceries",
        "555-0101",
        "12 Main St\nDemo Town",
        "Mon–Fri 9–5",
        "",
        "https://food.example.org/pantry?day=mon",
    ),
    HandoutEntry(
        "Coping skills sheet", "document", "", "", "", "", "", "https://example.org/coping"
    ),
    HandoutEntry("A book with no link", "book", "Read slowly.", "", "", "", "", ""),
    HandoutEntry(
        "Legal aid Дмитрий",
        "service",
        "Free advice",
        "555-0199",
        "1 Court Rd",
        "",
        "",
        "https://legal.example.org/" + "x" * 60,
    ),
] + [
    HandoutEntry(
        f"Warmline {i}",
        "hotline",
        "Evening calls",
        f"555-02{i:02d}",
        "",
        "",
        "",
        f"https://warm{i}.example.org",
    )
    for i in range(12)
]


def expected_matrix(url: str) -> list[list[bool]]:
    qr = QRCode(None, QRErrorCorrectLevel.M)
    qr.addData(url)
    qr.make()
    return [[bool(m) for m in row] for row in qr.modules]


def render_gray(pdf, page: int, tmp_path):
    folder = tmp_path / f"page{page}"
    folder.mkdir(exist_ok=True)
    out = folder / "p"
    subprocess.run(
        ["pdftoppm", "-gray", "-r", str(DPI), "-f", str(page), "-l", str(page), str(pdf), str(out)],
        check=True,
    )
    data = next(folder.glob("p*.pgm")).read_bytes()
    parts = data.split(maxsplit=4)
    assert parts[0] == b"P5"
    width, height = int(parts[1]), int(parts[2])
    pixels = parts[4][: width * height]
    return width, height, pixels


def sample(placement, size_modules, image, page_height_pt):
    width, _height, pixels = image
    scale = DPI / 72
    border = placement.border
    box = placement.size / (size_modules + 2 * border)

    def dark(r, c):  # r, c may run into the quiet zone (negative or >= size)
        x_pt = placement.x + (c + border + 0.5) * box
        y_pt = placement.y + placement.size - (r + border + 0.5) * box
        px, py = int(x_pt * scale), int((page_height_pt - y_pt) * scale)
        return pixels[py * width + px] < 128

    return dark


@pytest.fixture(scope="module")
def handout(tmp_path_factory):
    folder = tmp_path_factory.mktemp("handout")
    path = folder / "handout.pdf"
    doc = HandoutDoc("Tonight’s resources — Café", "Places that can help.", ENTRIES, "Riverside")
    placements = build_handout(path, doc)
    return path, placements, folder


def test_every_title_and_phone_is_in_the_text(handout):
    path, _placements, _folder = handout
    reader = PdfReader(path)
    assert len(reader.pages) >= 2  # the list spills over, so page tracking is exercised
    text = " ".join(page.extract_text() for page in reader.pages)
    for entry in ENTRIES:
        assert entry.title in text
        if entry.phone:
            assert entry.phone in text
    assert "Tonight’s resources — Café" in text and "Places that can help." in text
    assert "Hotlines" in text and "Services" in text and "Books" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_each_qr_code_carries_its_url(handout):
    path, placements, folder = handout
    with_url = {e.title: e.url for e in ENTRIES if e.url}
    assert sorted(p.title for p in placements) == sorted(with_url)
    reader = PdfReader(path)
    images = {}
    for placement in placements:
        page_height = float(reader.pages[placement.page - 1].mediabox.height)
        if placement.page not in images:
            images[placement.page] = render_gray(path, placement.page, folder)
        matrix = expected_matrix(with_url[placement.title])
        n = len(matrix)
        dark = sample(placement, n, images[placement.page], page_height)
        drawn = [[dark(r, c) for c in range(n)] for r in range(n)]
        assert drawn == matrix, placement.title
        # the quiet zone around the code is white
        assert not any(dark(-1, c) or dark(n, c) or dark(c, -1) or dark(c, n) for c in range(n))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_the_qr_check_tells_urls_apart(handout):
    """A code must not match a neighbour's URL of the same length: the check can fail."""
    path, placements, folder = handout
    first = next(p for p in placements if p.title == "Warmline 1")
    other = expected_matrix("https://warm2.example.org")
    page_height = float(PdfReader(path).pages[first.page - 1].mediabox.height)
    dark = sample(first, len(other), render_gray(path, first.page, folder), page_height)
    n = len(other)
    assert [[dark(r, c) for c in range(n)] for r in range(n)] != other


def test_groups_keep_the_chosen_order():
    groups = group_by_category(ENTRIES[:5])
    assert [name for name, _ in groups] == ["Hotlines", "Services", "Documents", "Books"]
    assert [e.title for e in groups[1][1]] == ["Food bank Nguyễn", "Legal aid Дмитрий"]


def test_empty_handout_still_builds(tmp_path):
    assert build_handout(tmp_path / "e.pdf", HandoutDoc("Nothing yet")) == []
    assert "No resources were chosen" in PdfReader(tmp_path / "e.pdf").pages[0].extract_text()
