import datetime
import io
import re

import pytest
from pypdf import PdfReader

from peerdesk.documents.recovery_sheet import build_recovery_sheet

KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789-ABCD-EFGH-JKLM-NPQR-ST01"


def _read(key=KEY, paper="letter") -> PdfReader:
    buf = io.BytesIO()
    build_recovery_sheet(
        buf,
        organisation="Zoë's Ørsted Circle",
        recovery_key=key,
        created_on=datetime.date(2026, 11, 26),
        database_location="/home/ánh/peerdesk/peerdesk.db",
        paper=paper,
    )
    return PdfReader(io.BytesIO(buf.getvalue()))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_key_and_instructions(paper):
    reader = _read(paper=paper)
    assert len(reader.pages) == 1
    text = _text(reader)
    assert KEY in re.sub(r"\s+", "", text)
    for expected in (
        "Zoë's Ørsted Circle",
        "Thursday 26 November 2026",
        "/home/ánh/peerdesk/peerdesk.db",
        "Forgot passphrase?",
        "peerdesk change-passphrase --recovery-key",
        "away from the laptop",
        "Kept where:",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert reader.metadata.title == "Recovery key — Zoë's Ørsted Circle"
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for name in fonts:
            assert "/FontFile2" in fonts[name].get_object()["/FontDescriptor"].get_object()


def test_key_groups_stay_whole():
    text = _text(_read())
    for group in KEY.split("-"):
        assert group in text


def test_very_long_key_still_one_page():
    key = "-".join(["WXYZ"] * 40)
    reader = _read(key=key)
    assert len(reader.pages) == 1
    assert key in re.sub(r"\s+", "", _text(reader))


def test_empty_key_is_refused():
    with pytest.raises(ValueError):
        _read(key="  ")
