"""How names appear on a printed sign-in sheet, and in which order (no Qt, no database).

The order returned by :func:`order_roster` is the printed order; the app's "paper mode" reuses it
so that entering attendance from the paper sheet follows the sheet line by line.
"""

from __future__ import annotations

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
