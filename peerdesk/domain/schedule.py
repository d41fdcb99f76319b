"""Meeting dates from a group's schedule, computed on demand (never pre-generated forever)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


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
    """Plain words in the current language: "Every Tuesday at 19:00", "First Wednesday of the month"."""
    from peerdesk.i18n import translate

    if weekday is None:
        return translate("Schedule", "No regular schedule")
    name = translate("Dates", WEEKDAYS[weekday])
    if recurrence == "monthly":
        ordinal = {
            1: translate("Schedule", "First"),
            2: translate("Schedule", "Second"),
            3: translate("Schedule", "Third"),
            4: translate("Schedule", "Fourth"),
            -1: translate("Schedule", "Last"),
        }.get(nth or 1, translate("Schedule", "First"))
        text = translate("Schedule", "{ordinal} {weekday} of the month")
        text = text.format(ordinal=ordinal, weekday=name)
    elif recurrence == "biweekly":
        text = translate("Schedule", "Every other {weekday}").format(weekday=name)
    else:
        text = translate("Schedule", "Every {weekday}").format(weekday=name)
    if start_time:
        text = translate("Schedule", "{schedule} at {time}").format(schedule=text, time=start_time)
    return text[:1].upper() + text[1:]


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
