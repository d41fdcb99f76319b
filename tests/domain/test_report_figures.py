"""Every figure of design §5 against a plain-Python count over generated data."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.domain import reports
from peerdesk.domain.models import Attendance, Group, Meeting, Member, database

BASE = dt.date(2024, 1, 1)
BIRTH_YEARS = ["", "prefer not to say", "1950", "1961", "1980", "1999", "2003", "2010", "2030"]
GENDERS = ["", "woman", "Woman", "man", "non-binary", "prefer not to say"]

meeting_st = st.tuples(
    st.integers(0, 2),  # group index
    st.integers(0, 90),  # day offset
    st.sampled_from(["held", "held", "held", "cancelled", "scheduled"]),
    st.integers(0, 4),
    st.integers(0, 2),
)
data_st = st.fixed_dictionaries(
    {
        "members": st.lists(
            st.tuples(st.sampled_from(BIRTH_YEARS), st.sampled_from(GENDERS)),
            min_size=1,
            max_size=8,
        ),
        "meetings": st.lists(meeting_st, min_size=3, max_size=14),
        "attendance": st.lists(
            st.tuples(st.integers(0, 99), st.integers(0, 99)), min_size=10, max_size=80
        ),
        "start": st.integers(0, 60),
        "length": st.integers(0, 90),
        "selected": st.sets(st.integers(0, 2), max_size=3),
    }
)


def expected(data, start, end, selected):
    """Plain Python: the definitions of §5 read literally."""
    meetings = [
        dict(group=g, date=BASE + dt.timedelta(d), status=s, anon=a + b)
        for g, d, s, a, b in data["meetings"]
    ]
    atts = attendance_pairs(data)

    def figures(lo, hi, groups):
        held = [
            i
            for i, m in enumerate(meetings)
            if m["status"] == "held" and lo <= m["date"] <= hi and m["group"] in groups
        ]
        named = [(mi, pi) for mi, pi in atts if mi in held]
        people = Counter(pi for _mi, pi in named)
        new = 0
        for pi in people:
            dates = [
                meetings[mi]["date"]
                for mi, p in atts
                if p == pi and meetings[mi]["status"] == "held" and meetings[mi]["group"] in groups
            ]
            new += min(dates) >= lo
        anon = sum(meetings[i]["anon"] for i in held)
        total = len(named) + anon
        return {
            "meetings_held": len(held),
            "named_attendances": len(named),
            "anonymous_attendances": anon,
            "total_attendances": total,
            "unduplicated_participants": len(people),
            "new_participants": new,
            "returning_participants": len(people) - new,
            "average_attendance": round(total / len(held), 2) if held else 0,
            "retained_participants": sum(1 for n in people.values() if n >= 3),
        }, people

    overall, people = figures(start, end, selected)
    months = []
    day = start
    while day <= end:
        last = min(
            end, (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)
        )
        months.append((f"{day:%Y-%m}", figures(day, last, selected)[0]))
        day = last + dt.timedelta(1)
    groups = {g: figures(start, end, {g})[0] for g in selected}

    def band(year_text):
        if not year_text.isdigit() or end.year - int(year_text) < 0:
            return "unknown"
        age = end.year - int(year_text)
        for limit, name in ((18, "under 18"), (25, "18–24"), (35, "25–34"), (45, "35–44")):
            if age < limit:
                return name
        return "45–54" if age < 55 else "55–64" if age < 65 else "65+"

    ages = Counter(band(data["members"][pi][0]) for pi in people)
    genders = Counter(
        "unknown"
        if data["members"][pi][1] in ("", "prefer not to say")
        else data["members"][pi][1].lower()
        for pi in people
    )
    return overall, months, groups, ages, genders


def attendance_pairs(data) -> list[tuple[int, int]]:
    """Generated (meeting, member) numbers folded onto the generated rows, without repeats."""
    if not data["meetings"] or not data["members"]:
        return []
    n_meetings, n_members = len(data["meetings"]), len(data["members"])
    return sorted({(mi % n_meetings, pi % n_members) for mi, pi in data["attendance"]})


def load(data):
    db = database.obj
    for table in ("attendance", "meeting", "membership", "member", '"group"'):
        db.execute_sql(f"DELETE FROM {table}")
    groups = [Group.create(name=f"Group {i}") for i in range(3)]
    members = [
        Member.create(preferred_name=f"P{i}", birth_year=b, gender=g)
        for i, (b, g) in enumerate(data["members"])
    ]
    meetings = [
        Meeting.create(
            group=groups[g], date=BASE + dt.timedelta(d), status=s, anonymous_count=a, guest_count=b
        )
        for g, d, s, a, b in data["meetings"]
    ]
    for mi, pi in attendance_pairs(data):
        Attendance.create(meeting=meetings[mi], member=members[pi])


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=data_st)
def test_figures_match_plain_python(vault, data):
    load(data)
    start = BASE + dt.timedelta(data["start"])
    end = start + dt.timedelta(data["length"])
    selected = data["selected"] or {0, 1, 2}
    names = [f"Group {i}" for i in sorted(data["selected"])]
    report = reports.compute(start, end, names)
    overall, months, groups, ages, genders = expected(data, start, end, selected)

    assert report.figures == overall
    assert [(m["month"], {k: m[k] for k in reports.FIGURES}) for m in report.by_month] == months
    assert {g["group"]: {k: g[k] for k in reports.FIGURES} for g in report.by_group} == {
        f"Group {i}": f for i, f in groups.items()
    }
    assert dict(report.demographics["age_band"]) == {b: ages.get(b, 0) for b in reports.AGE_BANDS}
    shown = {label.lower(): n for label, n in report.demographics["gender"] if n}
    assert shown == dict(genders)


def test_unknown_group_and_reversed_range_are_refused(vault):
    import pytest

    with pytest.raises(reports.ReportError, match="no group named"):
        reports.compute(BASE, BASE, ["Nope"])
    with pytest.raises(reports.ReportError, match="before the start"):
        reports.compute(BASE, BASE - dt.timedelta(1))


def test_empty_database_gives_zeros(vault):
    report = reports.compute(BASE, BASE + dt.timedelta(40))
    assert report.figures["average_attendance"] == 0
    assert [m["month"] for m in report.by_month] == ["2024-01", "2024-02"]
    assert report.by_group == []
