"""Meeting dates from schedules: weekly, every 2 weeks, monthly n-th and last weekday."""

import datetime as dt

from peerdesk.domain.schedule import last_on_or_before, next_on_or_after, occurrences

D = dt.date


def test_weekly_every_tuesday():
    dates = list(occurrences(1, "weekly", D(2025, 3, 1), D(2025, 3, 31)))
    assert dates == [D(2025, 3, 4), D(2025, 3, 11), D(2025, 3, 18), D(2025, 3, 25)]


def test_every_two_weeks_follows_the_anchor():
    anchor = D(2025, 3, 11)
    dates = list(occurrences(1, "biweekly", D(2025, 3, 1), D(2025, 4, 30), anchor=anchor))
    assert dates == [D(2025, 3, 11), D(2025, 3, 25), D(2025, 4, 8), D(2025, 4, 22)]
    other = list(occurrences(1, "biweekly", D(2025, 3, 1), D(2025, 3, 31), anchor=D(2025, 3, 4)))
    assert other == [D(2025, 3, 4), D(2025, 3, 18)]


def test_monthly_nth_and_last_weekday():
    second_wed = list(occurrences(2, "monthly", D(2025, 1, 1), D(2025, 3, 31), nth=2))
    assert second_wed == [D(2025, 1, 8), D(2025, 2, 12), D(2025, 3, 12)]
    last_fri = list(occurrences(4, "monthly", D(2025, 1, 1), D(2025, 3, 31), nth=-1))
    assert last_fri == [D(2025, 1, 31), D(2025, 2, 28), D(2025, 3, 28)]
    # December wraps into January for "last"
    assert list(occurrences(0, "monthly", D(2024, 12, 1), D(2024, 12, 31), nth=-1)) == [
        D(2024, 12, 30)
    ]


def test_next_and_last_scheduled_dates():
    assert next_on_or_after(1, "weekly", D(2025, 3, 5)) == D(2025, 3, 11)
    assert next_on_or_after(1, "weekly", D(2025, 3, 4)) == D(2025, 3, 4)
    assert last_on_or_before(1, "weekly", D(2025, 3, 10)) == D(2025, 3, 4)
    assert next_on_or_after(None, "weekly", D(2025, 3, 5)) is None
    assert next_on_or_after(4, "monthly", D(2025, 2, 1), nth=-1) == D(2025, 2, 28)
