"""Dates and birth years as people type them into spreadsheets (shared by every import).

A file's numeric dates are read in one order, decided from the file itself: a day above 12
settles it; when nothing does, the caller asks the user (design §6).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Literal

from peerdesk.domain.text import fold
from peerdesk.i18n import translate

DateOrder = Literal["dmy", "mdy", "iso", "ambiguous", "inconsistent"]

# 3/4/2025, 03.04.25, 3-4-2025, optionally followed by a time (CSV exports of Excel datetimes).
_NUMERIC_DATE = re.compile(
    r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
# 2025-04-03, 2025/4/3, 2025.04.03, optionally followed by a time.
_YEAR_FIRST = re.compile(
    r"^(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur",
    "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
}  # fmt: skip
_ORDINALS = {"st", "nd", "rd", "th"}


def detect_date_order(values: Iterable[str]) -> DateOrder:
    """Decide, for a whole column, whether 3/4/2025 means 3 April ("dmy") or March 4 ("mdy").

    A first part above 12 proves "dmy"; a second part above 12 proves "mdy"; both in one
    column is "inconsistent" (the caller reports it). When numeric day/month values exist but
    none decides, the answer is "ambiguous" and the user must be asked. "iso" means no value
    needs an order: ISO dates, month names, empty cells, or day equal to month (5/5/2025).
    """
    day_first = month_first = undecided = False
    for value in values:
        match = _NUMERIC_DATE.match(value.strip())
        if not match:
            continue
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 and second > 12:
            continue  # not a date in any order; parse_date will report it
        if first > 12:
            day_first = True
        elif second > 12:
            month_first = True
        elif first != second:
            undecided = True
    if day_first and month_first:
        return "inconsistent"
    if day_first:
        return "dmy"
    if month_first:
        return "mdy"
    return "ambiguous" if undecided else "iso"


def parse_date(value: str, order: str) -> dt.date:
    """Parse one date cell, using `order` ("dmy"/"mdy") for numeric day/month values.

    Accepts 2025-04-03, 3/4/2025, 3.4.2025, 3-4-2025, two-digit years (00–69 are 2000s,
    70–99 are 1900s), "3 Apr 2025", "April 3, 2025" and "Thu 3rd April 2025". With any other
    order a numeric value is parsed only if it is unambiguous by itself (13/4/2025, 5/5/2025).
    Raises ValueError with a short phrase usable as a problem message.
    """
    text = value.strip()
    if not text:
        raise ValueError(translate("Imports", "no date given"))
    year = month = day = None
    if match := _YEAR_FIRST.match(text):
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
    elif match := _NUMERIC_DATE.match(text):
        first, second = int(match.group(1)), int(match.group(3))
        year = _full_year(match.group(4))
        if order == "dmy" or (order != "mdy" and first > 12):
            day, month = first, second
        elif order == "mdy" or second > 12 or first == second:
            month, day = first, second
        else:
            raise ValueError(
                translate("Imports", "ambiguous date: '{text}' (day/month or month/day?)").format(
                    text=text
                )
            )
    else:
        parts = _named_month_date(text)
        if parts is None:
            raise ValueError(translate("Imports", "not a date: '{text}'").format(text=text))
        year, month, day = parts
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(translate("Imports", "not a date: '{text}'").format(text=text)) from None


def _full_year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        return year + (2000 if year < 70 else 1900)
    return year


def _named_month_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) from "3 Apr 2025", "April 3, 2025", "03-Apr-25"; None if not that."""
    if re.search(r"[^\w\s,./-]", text):
        return None
    tokens = re.findall(r"[^\W\d_]+|\d+", text.lower())
    if tokens and tokens[0] in _WEEKDAYS:
        tokens = tokens[1:]
    # drop ordinal suffixes: "3rd" arrives as "3", "rd"
    tokens = [
        t for i, t in enumerate(tokens) if not (t in _ORDINALS and i and tokens[i - 1].isdigit())
    ]
    if len(tokens) != 3:
        return None
    if tokens[1] in _MONTHS and tokens[0].isdigit():  # 3 Apr 2025
        day_text, month_name, year_text = tokens
    elif tokens[0] in _MONTHS and tokens[1].isdigit():  # April 3, 2025
        month_name, day_text, year_text = tokens
    else:
        return None
    if not year_text.isdigit() or len(year_text) not in (2, 4) or len(day_text) > 2:
        return None
    return _full_year(year_text), _MONTHS[month_name], int(day_text)


# Birth years

PREFER_NOT = "prefer not to say"
_PREFER_NOT_WORDS = {
    "prefer not to say",
    "prefer not to answer",
    "prefer not to disclose",
    "rather not say",
    "declined",
    "declined to answer",
    "declined to state",
}
_YEAR_ONLY = re.compile(r"^(\d{4})(?:\.0+)?$")
_YEAR_AT_START = re.compile(r"^(\d{4})[./-]\d{1,2}[./-]\d{1,2}(?:[ T].*)?$")
_YEAR_AT_END = re.compile(r"^\d{1,2}([./-])\d{1,2}\1(\d{4}|\d{2})(?:[ T].*)?$")


def parse_birth_year(value: str, *, today: dt.date | None = None) -> int | str | None:
    """Birth year from "1980", "1980-05-01", "05/01/1980" (any day/month order: only the year
    is kept, so no question needs asking) or "3 May 1980".

    Returns None for an empty cell and PREFER_NOT for "prefer not to say" (and its usual
    variants), which the caller stores as given. A two-digit year is taken in the past century
    when it would otherwise be in the future. Raises ValueError for a year in the future, one
    before 1900, or text that is not a birth year.
    """
    text = value.strip()
    if not text:
        return None
    if fold(text) in _PREFER_NOT_WORDS:
        return PREFER_NOT
    this_year = (today or dt.date.today()).year
    year: int | None = None
    if (match := _YEAR_ONLY.match(text)) or (match := _YEAR_AT_START.match(text)):
        year = int(match.group(1))
    elif match := _YEAR_AT_END.match(text):
        digits = match.group(2)
        year = int(digits)
        if len(digits) == 2:
            year += 2000 if 2000 + year <= this_year else 1900
    else:
        parts = _named_month_date(text)
        if parts is not None:
            year = parts[0]
    if year is None:
        raise ValueError(translate("Imports", "not a birth year: '{text}'").format(text=text))
    if year > this_year:
        raise ValueError(
            translate("Imports", "birth year {year} is in the future").format(year=year)
        )
    if year < 1900:
        raise ValueError(translate("Imports", "birth year {year} is before 1900").format(year=year))
    return year
