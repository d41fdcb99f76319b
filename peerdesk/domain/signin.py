"""How names appear on a printed sign-in sheet, and in which order (no Qt).

The order returned by :func:`order_roster` is the printed order; the app's "paper mode" reuses it
(through :func:`meeting_roster`) so that entering attendance from the paper sheet follows the
sheet line by line. Labels and order need no database; the two meeting functions at the end do,
and import the models lazily because models.py imports this module.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Iterable

from peerdesk.domain.text import fold

SIGNIN_STYLES = ("full_name", "first_initial", "anonymous")
DEFAULT_SIGNIN_STYLE = "first_initial"


def _nfc(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def _initial(word: str) -> str:
    for ch in word:
        if ch.isalnum():
            upper = ch.upper()
            return upper if len(upper) == 1 else ch
    return ""


def signin_label(preferred_name: str, full_name: str | None, style: str) -> str:
    """The text printed for one person.

    - ``full_name``: the full name if known, else the preferred name;
    - ``first_initial``: the preferred name plus the initial of the family name, taken from the
      last word of the full name, or from its first word when the last word is the preferred name
      itself (family name first, as in "Nguyễn Thị Ánh" → "Ánh N.");
    - ``anonymous``: nothing.
    """
    if style not in SIGNIN_STYLES:
        raise ValueError(f"Unknown sign-in style {style!r}; expected one of {SIGNIN_STYLES}")
    if style == "anonymous":
        return ""
    preferred = _nfc(preferred_name)
    full = _nfc(full_name)
    if style == "full_name":
        return full or preferred
    words = full.split()
    if not preferred:
        preferred = words[0] if words else ""
    if len(words) < 2:
        return preferred
    family = words[0] if fold(words[-1]) == fold(preferred) else words[-1]
    initial = _initial(family)
    return f"{preferred} {initial}." if initial else preferred


def order_roster(
    people: Iterable[tuple[int, str, str | None]], style: str
) -> list[tuple[int, str]]:
    """(member_id, label) in printed order: by accent-free label, ties by member_id."""
    labelled = [
        (member_id, signin_label(preferred, full, style)) for member_id, preferred, full in people
    ]
    labelled.sort(key=lambda item: (fold(item[1]), item[0]))
    return labelled


def meeting_roster(meeting_id: int) -> list[tuple[int, str]]:
    """The meeting's roster in printed order: what the sheet prints and paper mode follows."""
    from peerdesk.domain.attendance import group_roster
    from peerdesk.domain.models import Group, Meeting

    meeting = Meeting.get_by_id(meeting_id)
    group = Group.get_by_id(meeting.group_id)
    if group.signin_style == "anonymous":
        return []
    return order_roster(group_roster(group.id, meeting.date), group.signin_style)


def sheet_for_meeting(meeting_id: int, blank_rows: int = 8):
    """A `documents.signin_sheet.SignInSheet` filled from the database for one meeting."""
    from peerdesk.documents.signin_sheet import SignInSheet
    from peerdesk.domain import settings
    from peerdesk.domain.models import Group, Meeting

    meeting = Meeting.get_by_id(meeting_id)
    group = Group.get_by_id(meeting.group_id)
    time_text = meeting.start_time or ""
    if time_text and group.duration_minutes:
        try:
            start = datetime.datetime.combine(meeting.date, datetime.time.fromisoformat(time_text))
            end = start + datetime.timedelta(minutes=group.duration_minutes)
            time_text = f"{start:%H:%M}–{end:%H:%M}"
        except ValueError:
            pass
    return SignInSheet(
        organisation=settings.get("organisation_name"),
        group_name=group.name,
        date=meeting.date,
        time_text=time_text,
        location=meeting.location or group.location,
        facilitator=meeting.facilitator or group.facilitators,
        confidentiality=group.confidentiality,
        style=group.signin_style,
        roster=[label for _mid, label in meeting_roster(meeting_id)],
        blank_rows=blank_rows,
        paper=settings.get("paper_size"),
    )
