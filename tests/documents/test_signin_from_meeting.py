"""A meeting's sign-in sheet from the database: roster names (read back) and embedded fonts."""

import datetime as dt
import io

from pypdf import PdfReader

from peerdesk.documents.signin_sheet import build_signin_sheet
from peerdesk.domain import attendance, groups, settings
from peerdesk.domain.members import search_text_for
from peerdesk.domain.models import Member, Membership
from peerdesk.domain.signin import sheet_for_meeting

PEOPLE = [
    ("José", "José García"),
    ("Zoë", "Zoë Schmidt"),
    ("Ánh", "Nguyễn Thị Ánh"),
    ("Дмитрий", "Дмитрий Козлов"),
    ("Siobhan", "Siobhan O'Connor"),
]


def test_sheet_for_meeting_prints_the_roster_with_embedded_fonts(vault):
    settings.set_value("paper_size", "a4")
    gid = groups.create_group(
        name="Grief Circle", weekday=1, start_time="19:00", signin_style="full_name",
        confidentiality="What is shared here stays here.",
    )  # fmt: skip
    for preferred, full in PEOPLE:
        m = Member.create(
            preferred_name=preferred, full_name=full, search_text=search_text_for(preferred, full)
        )
        Membership.create(member=m, group=gid)
    gone = Member.create(preferred_name="Inactive", full_name="Inactive Person", active=False)
    Membership.create(member=gone, group=gid)
    meeting = attendance.meeting_for_day(gid, dt.date(2025, 3, 4))
    sheet = sheet_for_meeting(meeting, blank_rows=4)
    assert sheet.paper == "a4" and sheet.time_text == "19:00–20:30"
    assert sheet.roster == [
        "José García", "Nguyễn Thị Ánh", "Siobhan O'Connor", "Zoë Schmidt", "Дмитрий Козлов"
    ]  # fmt: skip
    buf = io.BytesIO()
    build_signin_sheet(buf, sheet)
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for name in ("José", "Zoë", "Nguyễn Thị Ánh", "Дмитрий", "O'Connor"):
        assert name in text
    assert "Inactive" not in text and "Page 1 of 1" in text
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for key in fonts:
            descriptor = fonts[key].get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor
    groups.update_group(gid, signin_style="anonymous")
    assert sheet_for_meeting(meeting).roster == []
