"""Meeting dates from a group's schedule, computed on demand (never pre-generated forever)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    if nth == -1:
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        day = nxt - dt.timedelta(days=1)
        return day - dt.timedelta(days=(day.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None


def occurrences(
    weekday: int | None,
    recurrence: str,
    start: dt.date,
    end: dt.date,
    *,
    nth: int | None = None,
    anchor: dt.date | None = None,
) -> Iterator[dt.date]:
    """Dates in [start, end] on which a group with this schedule meets."""
    if weekday is None or start > end:
        return
    if recurrence == "monthly":
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            day = _nth_weekday(year, month, weekday, nth or 1)
            if day is not None and start <= day <= end:
                yield day
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return
    step = 14 if recurrence == "biweekly" else 7
    day = start + dt.timedelta(days=(weekday - start.weekday()) % 7)
    if step == 14 and anchor is not None:
        anchor_day = anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
        if (day - anchor_day).days % 14:
            day += dt.timedelta(days=7)
    while day <= end:
        yield day
        day += dt.timedelta(days=step)


def describe(
    weekday: int | None, recurrence: str, start_time: str = "", nth: int | None = None
) -> str:
    """Plain words: "Every Tuesday at 19:00", "First Wednesday of the month"."""
    if weekday is None:
        return "No regular schedule"
    name = WEEKDAYS[weekday]
    if recurrence == "monthly":
        text = f"{ORDINALS.get(nth or 1, 'first').capitalize()} {name} of the month"
    elif recurrence == "biweekly":
        text = f"Every other {name}"
    else:
        text = f"Every {name}"
    return f"{text} at {start_time}" if start_time else text


def next_on_or_after(
    weekday: int | None,
    recurrence: str,
    day: dt.date,
    *,
    nth: int | None = None,
    anchor: dt.date | None = None,
) -> dt.date | None:
    """The first scheduled date on or after `day` (None without a regular schedule)."""
    return next(
        occurrences(weekday, recurrence, day, day + dt.timedelta(days=62), nth=nth, anchor=anchor),
        None,
    )


def last_on_or_before(
    weekday: int | None,
    recurrence: str,
    day: dt.date,
    *,
    nth: int | None = None,
    anchor: dt.date | None = None,
) -> dt.date | None:
    """The last scheduled date on or before `day` (None without a regular schedule)."""
    dates = list(
        occurrences(weekday, recurrence, day - dt.timedelta(days=62), day, nth=nth, anchor=anchor)
    )
    return dates[-1] if dates else None
