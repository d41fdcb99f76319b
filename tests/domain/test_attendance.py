"""Check-in, undo, headcounts, today's meeting on demand, walk-ins and the reach-out list."""

import datetime as dt

import pytest

from peerdesk.domain import attendance, groups, meetings
from peerdesk.domain.members import search_text_for
from peerdesk.domain.models import Attendance, Meeting, Member, Membership

D = dt.date
TUESDAY = D(2025, 3, 4)


def _member(preferred, full="", group_id=None, active=True):
    m = Member.create(
        preferred_name=preferred,
        full_name=full,
        active=active,
        search_text=search_text_for(preferred, full),
    )
    if group_id:
        Membership.create(member=m, group=group_id)
    return m.id


@pytest.fixture
def grief(vault):
    return groups.create_group(
        name="Grief Circle", weekday=1, start_time="19:00", location="Library", facilitators="Ann"
    )


def test_todays_meeting_is_created_on_demand_once(grief):
    assert Meeting.select().count() == 0
    first = attendance.meeting_for_day(grief, TUESDAY)
    assert first is not None
    assert attendance.meeting_for_day(grief, TUESDAY) == first
    assert Meeting.select().count() == 1
    m = meetings.get_meeting(first)
    assert (m["start_time"], m["location"], m["facilitator"], m["status"]) == (
        "19:00",
        "Library",
        "Ann",
        "scheduled",
    )
    # Wednesday: not scheduled, nothing is created; the chooser offers the nearest dates
    assert attendance.meeting_for_day(grief, TUESDAY + dt.timedelta(days=1)) is None
    choice = attendance.meeting_choice(grief, TUESDAY + dt.timedelta(days=1))
    assert choice["today"] is None
    assert choice["next_date"] == D(2025, 3, 11)
    assert choice["last_date"] == TUESDAY


def test_check_in_undo_and_headcount(grief):
    meeting = attendance.meeting_for_day(grief, TUESDAY)
    ana = _member("Ana", "Ana Pérez", grief)
    assert attendance.check_in(meeting, ana) is True
    assert attendance.check_in(meeting, ana) is False  # twice is still once
    assert meetings.get_meeting(meeting)["status"] == "held"
    attendance.change_headcount(meeting, "anonymous", 2)
    counts = attendance.change_headcount(meeting, "guests", 1)
    assert counts == {"named": 1, "anonymous": 2, "guests": 1, "total": 4}
    assert attendance.change_headcount(meeting, "guests", -5)["guests"] == 0
    attendance.set_status(meeting, ana, "late")
    assert attendance.checked_in(meeting)[0]["status"] == "late"
    attendance.undo_check_in(meeting, ana)
    assert attendance.headcount(meeting)["named"] == 0
    attendance.change_headcount(meeting, "anonymous", -2)
    assert meetings.get_meeting(meeting)["status"] == "scheduled"  # nobody counted any more


def test_walk_in_creates_member_membership_and_attendance(grief):
    meeting = attendance.meeting_for_day(grief, TUESDAY)
    member_id = attendance.add_walk_in(meeting, "  Zoë   Müller ")
    m = Member.get_by_id(member_id)
    assert (m.preferred_name, m.full_name, m.joined_on) == ("Zoë", "Zoë Müller", TUESDAY)
    assert Membership.get(Membership.member == member_id).group_id == grief
    [row] = attendance.checked_in(meeting)
    assert row["first_time"] is True and row["name"] == "Zoë Müller"
    # and search finds her without accents
    assert attendance.search_for_checkin(grief, "zoe")[0].member_id == member_id
    with pytest.raises(attendance.AttendanceError):
        attendance.add_walk_in(meeting, "   ")


def test_search_puts_the_group_first_and_ignores_accents(grief):
    other = groups.create_group(name="Caregivers")
    outsider = _member("José", "José Álvarez", other)
    insider = _member("Josefina", "Josefina Ruiz", grief)
    _member("Joseph", "Joseph Gone", None, active=False)
    oconnor = _member("Siobhan", "Siobhan O'Connor", grief)
    found = attendance.search_for_checkin(grief, "jose")
    assert [m.member_id for m in found] == [insider, outsider]
    assert [m.in_group for m in found] == [True, False]
    assert found[0].label == "Josefina R."
    assert [m.member_id for m in attendance.search_for_checkin(grief, "oconnor")] == [oconnor]
    assert attendance.search_for_checkin(grief, "  ") == []
    meeting = attendance.meeting_for_day(grief, TUESDAY)
    attendance.check_in(meeting, insider)
    flags = attendance.search_for_checkin(grief, "jose", meeting_id=meeting)
    assert [m.checked_in for m in flags] == [True, False]


def test_cancelled_meeting_refuses_check_in_and_cancel_refuses_attended(grief):
    meeting = attendance.meeting_for_day(grief, TUESDAY)
    ana = _member("Ana", "", grief)
    attendance.check_in(meeting, ana)
    with pytest.raises(meetings.MeetingError):
        meetings.cancel_meeting(meeting)
    later = meetings.add_meeting(grief, D(2025, 3, 20))
    meetings.cancel_meeting(later)
    with pytest.raises(attendance.AttendanceError):
        attendance.check_in(later, ana)
    meetings.move_meeting(meeting, D(2025, 3, 5), "18:30")
    assert meetings.get_meeting(meeting)["date"] == D(2025, 3, 5)


def test_reach_out_lists_regulars_who_missed_the_last_meetings(grief):
    regular = _member("Regular", "", grief)
    faded = _member("Faded", "", grief)
    rare = _member("Rare", "", grief)
    dates = [TUESDAY + dt.timedelta(weeks=i) for i in range(7)]
    ids = [meetings.add_meeting(grief, d, status="held") for d in dates]
    for mid in ids:
        Attendance.create(meeting=mid, member=regular)
    for mid in ids[:4]:  # four in a row, then nothing for the last three
        Attendance.create(meeting=mid, member=faded)
    for mid in ids[:2]:
        Attendance.create(meeting=mid, member=rare)
    rows = attendance.reach_out(grief, missed=3, today=dates[-1])
    assert [r["member_id"] for r in rows] == [faded]
    assert rows[0]["attended"] == 4 and rows[0]["last_seen"] == dates[3]
    assert attendance.reach_out(grief, missed=2, regular=2, today=dates[-1])[0]["member_id"] in (
        faded,
        rare,
    )
    assert attendance.reach_out(grief, missed=10, today=dates[-1]) == []
    history = attendance.member_history(faded)
    assert [h["date"] for h in history] == sorted(dates[:4], reverse=True)
    months = attendance.group_by_month(grief)
    assert sum(m["named"] for m in months) == 7 + 4 + 2


def test_paper_rows_follow_printed_order_and_ticks_write(grief):
    meeting = attendance.meeting_for_day(grief, TUESDAY)
    ids = {n: _member(n.split()[0], n, grief) for n in ("Zed Adams", "Ana Young", "Émile Brun")}
    rows = attendance.paper_rows(meeting)
    assert [r["label"] for r in rows] == ["Ana Y.", "Émile B.", "Zed A."]
    attendance.set_present(meeting, ids["Émile Brun"], True)
    assert [r["present"] for r in attendance.paper_rows(meeting)] == [False, True, False]
    attendance.set_present(meeting, ids["Émile Brun"], False)
    assert not any(r["present"] for r in attendance.paper_rows(meeting))


def test_group_create_edit_archive(vault):
    gid = groups.create_group(name="  Young  Carers ", recurrence="monthly", weekday=2)
    g = groups.get_group(gid)
    assert g["name"] == "Young Carers" and g["recurrence_nth"] == 1
    with pytest.raises(groups.GroupError):
        groups.create_group(name="young carers")
    with pytest.raises(groups.GroupError):
        groups.update_group(gid, start_time="7pm")
    groups.update_group(gid, recurrence_nth=-1, start_time="18:30")
    assert groups.get_group(gid)["schedule"] == "Last Wednesday of the month at 18:30"
    groups.archive_group(gid)
    assert groups.list_groups(include_archived=False) == []
