"""Attendance import (design §6): good file, bad rows, ambiguous dates, re-import, all or nothing."""

import datetime as dt

import pytest

from peerdesk.domain import groups
from peerdesk.domain.attendance_import import import_attendance
from peerdesk.domain.members import search_text_for
from peerdesk.domain.models import Attendance, Group, Meeting, Member, Membership


def _member(preferred, full=""):
    return Member.create(
        preferred_name=preferred, full_name=full, search_text=search_text_for(preferred, full)
    ).id


def _write(tmp_path, text, name="att.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _counts():
    return (
        Group.select().count(),
        Meeting.select().count(),
        Attendance.select().count(),
        Member.select().count(),
        Membership.select().count(),
    )


@pytest.fixture
def people(vault):
    return {
        "jose": _member("José", "José Álvarez"),
        "zoe": _member("Zoë", "Zoë Schmidt"),
        "oconnor": _member("Siobhan", "Siobhan O'Connor"),
    }


GOOD = (
    "Date,Group,Name,Status\n"
    "2024-01-09,Grief Circle,jose alvarez,present\n"
    "2024-01-09,Grief Circle,ZOE,late\n"
    "2024-01-16,grief circle,Siobhan O'Connor,\n"
    "2024-01-16,Grief Circle,siobhan oconnor,present\n"  # repeated in the file: skipped
)


def test_good_file_creates_groups_held_meetings_and_attendance(people, tmp_path):
    result = import_attendance(_write(tmp_path, GOOD))
    assert result.problems == [] and result.written
    assert (result.added, result.skipped, result.groups_created, result.meetings_created) == (
        3,
        1,
        1,
        2,
    )
    group = groups.get_by_name("Grief Circle")
    assert {m.status for m in Meeting.select()} == {"held"}
    assert Attendance.get(Attendance.member == people["zoe"]).status == "late"
    assert Membership.select().where(Membership.group == group.id).count() == 3


def test_reimport_adds_nothing(people, tmp_path):
    path = _write(tmp_path, GOOD)
    import_attendance(path)
    before = _counts()
    again = import_attendance(path)
    assert again.written and again.added == 0 and again.skipped == 4
    assert _counts() == before


def test_bad_rows_are_reported_and_nothing_is_written(people, tmp_path):
    text = (
        "Date,Group,Name,Status\n"
        "2024-01-09,Grief Circle,José Álvarez,present\n"
        "2024-02-30,Grief Circle,Zoë,present\n"
        "2024-01-09,Grief Circle,Nobody Known,present\n"
        "2024-01-09,Grief Circle,Zoë,asleep\n"
    )
    before = _counts()
    result = import_attendance(_write(tmp_path, text))
    assert not result.written
    assert [(p.row, p.column) for p in result.problems] == [
        (3, "Date"),
        (4, "Name"),
        (5, "Status"),
    ]
    assert "not a date" in result.problems[0].message
    assert "no member named 'Nobody Known'" in result.problems[1].message
    assert "unknown status 'asleep'" in result.problems[2].message
    assert _counts() == before
    assert "nothing was imported" in result.summary()


def test_create_members_adds_unknown_names(people, tmp_path):
    text = "Date,Group,Name\n2024-03-05,Caregivers,Nguyễn Thị Ánh\n2024-03-12,Caregivers,nguyen thi anh\n"
    result = import_attendance(_write(tmp_path, text), create_members=True)
    assert result.written and result.members_created == 1 and result.added == 2
    new = Member.get(Member.full_name == "Nguyễn Thị Ánh")
    assert new.preferred_name == "Nguyễn" and new.joined_on == dt.date(2024, 3, 5)


def test_ambiguous_name_is_a_problem(people, tmp_path):
    _member("José", "José Bravo")
    text = "Date,Group,Name\n2024-03-05,Caregivers,josé\n"
    result = import_attendance(_write(tmp_path, text))
    assert "matches several members" in result.problems[0].message


def test_ambiguous_dates_need_an_order_and_are_decided_per_file(people, tmp_path):
    ambiguous = "Date,Group,Name\n3/4/2024,Grief Circle,Zoë\n5/4/2024,Grief Circle,Zoë\n"
    path = _write(tmp_path, ambiguous)
    result = import_attendance(path)
    assert result.needs_date_order and not result.written
    assert "date order" in result.problems[0].message and len(result.problems) == 1
    assert _counts()[2] == 0
    done = import_attendance(path, date_order="dmy")
    assert done.written
    assert {m.date for m in Meeting.select()} == {dt.date(2024, 4, 3), dt.date(2024, 4, 5)}
    # a day above 12 anywhere in the file decides for all of it
    decided = (
        "Date,Group,Name\n3/4/2024,Grief Circle,José Álvarez\n25/4/2024,Grief Circle,José Álvarez\n"
    )
    result = import_attendance(_write(tmp_path, decided, "b.csv"))
    assert result.date_order == "dmy" and result.written


def test_dry_run_writes_nothing(people, tmp_path):
    before = _counts()
    result = import_attendance(_write(tmp_path, GOOD), dry_run=True)
    assert result.added == 3 and not result.written and result.problems == []
    assert _counts() == before
    assert result.summary().startswith("Would import 3")


def test_missing_columns(people, tmp_path):
    result = import_attendance(_write(tmp_path, "When,Who\n2024-01-01,Zoë\n"))
    assert {p.column for p in result.problems} == {"date", "group", "name"}
