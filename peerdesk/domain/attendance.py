"""Taking attendance: today's meeting on demand, fast check-in search, check-in and undo,
walk-ins, headcounts, paper-mode ticks, each member's history and the "reach out" list.

Every write is its own short transaction so that a check-in is durable the moment it returns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from peerdesk.domain import meetings as meetings_mod
from peerdesk.domain.members import search_text_for
from peerdesk.domain.models import (
    ATTENDANCE_STATUSES,
    Attendance,
    Group,
    Meeting,
    Member,
    Membership,
    database,
    utcnow,
)
from peerdesk.domain.schedule import last_on_or_before, next_on_or_after, occurrences
from peerdesk.domain.signin import signin_label
from peerdesk.domain.text import fold
from peerdesk.i18n import translate

HEADCOUNTS = {"anonymous": Meeting.anonymous_count, "guests": Meeting.guest_count}


class AttendanceError(ValueError):
    """A check-in that cannot be done; str() is one sentence for the user."""


# -- which meeting -------------------------------------------------------------------------------


def _schedule(group: Group) -> dict:
    return {
        "nth": group.recurrence_nth,
        "anchor": group.schedule_start,
    }


def meeting_for_day(group_id: int, day: dt.date) -> int | None:
    """The group's meeting on `day`, created from its schedule the first time someone asks.

    Returns None when the group neither has a meeting nor is scheduled to meet that day.
    """
    existing = meetings_mod.meeting_on(group_id, day)
    if existing is not None:
        return existing
    group = Group.get_by_id(group_id)
    if day not in occurrences(group.weekday, group.recurrence, day, day, **_schedule(group)):
        return None
    return meetings_mod.add_meeting(group_id, day)


def meeting_choice(group_id: int, today: dt.date | None = None) -> dict:
    """Today's meeting (created on demand) or, when there is none, the nearest scheduled dates."""
    today = today or dt.date.today()
    meeting_id = meeting_for_day(group_id, today)
    group = Group.get_by_id(group_id)
    sched = _schedule(group)
    nxt = next_on_or_after(group.weekday, group.recurrence, today + dt.timedelta(days=1), **sched)
    last = (
        Meeting.select(fn.MAX(Meeting.date))
        .where(Meeting.group == group_id, Meeting.date < today, Meeting.status == "held")
        .scalar()
    )
    if last is None:
        last = last_on_or_before(
            group.weekday, group.recurrence, today - dt.timedelta(days=1), **sched
        )
    return {"today": meeting_id, "next_date": nxt, "last_date": last}


# -- search ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    member_id: int
    preferred_name: str
    full_name: str
    label: str  # as printed on the group's sign-in sheet
    in_group: bool
    checked_in: bool

    @property
    def display(self) -> str:
        return self.full_name or self.preferred_name


def search_for_checkin(
    group_id: int, text: str, limit: int = 8, meeting_id: int | None = None
) -> list[Match]:
    """Members matching every folded word of `text`: the group's members first, then everyone."""
    if not fold(text):
        return []
    words = fold(text).split()
    clause = Member.erased == False  # noqa: E712
    for word in words:
        clause &= Member.search_text.contains(word)
    # Names with a word starting like the first typed word come first: "an" ranks Anna first.
    first = words[0]
    starts = (Member.search_text.startswith(first)) | (Member.search_text.contains(" " + first))
    columns = (Member.id, Member.preferred_name, Member.full_name)
    in_group = Member.id.in_(
        Membership.select(Membership.member).where(Membership.group == group_id)
    )
    group = Group.get_by_id(group_id)
    ours = list(
        Member.select(*columns)
        .where(clause & in_group)
        .order_by(starts.desc(), Member.search_text, Member.id)
        .limit(limit)
        .tuples()
    )
    others = []
    if len(ours) < limit:
        others = list(
            Member.select(*columns)
            .where(clause & ~in_group & (Member.active == True))  # noqa: E712
            .order_by(starts.desc(), Member.search_text, Member.id)
            .limit(limit - len(ours))
            .tuples()
        )
    present = set()
    if meeting_id is not None:
        ids = [row[0] for row in ours + others]
        present = {
            m
            for (m,) in Attendance.select(Attendance.member)
            .where(Attendance.meeting == meeting_id, Attendance.member.in_(ids))
            .tuples()
        }
    style = group.signin_style if group.signin_style != "anonymous" else "first_initial"
    return [
        Match(mid, pref, full, signin_label(pref, full, style), n < len(ours), mid in present)
        for n, (mid, pref, full) in enumerate(ours + others)
    ]


# -- check-in -------------------------------------------------------------------------------------


def _refresh_status(meeting_id: int) -> None:
    """A meeting with anyone counted is held; an emptied one goes back to scheduled."""
    m = Meeting.get_by_id(meeting_id)
    if m.status == "cancelled":
        return
    someone = (
        m.anonymous_count
        or m.guest_count
        or Attendance.select().where(Attendance.meeting == m.id).exists()
    )
    status = "held" if someone else "scheduled"
    if status != m.status:
        Meeting.update(status=status).where(Meeting.id == m.id).execute()


def check_in(
    meeting_id: int, member_id: int, status: str = "present", now: dt.datetime | None = None
) -> bool:
    """Record that the member is here; False if they already were (nothing changes)."""
    if status not in ATTENDANCE_STATUSES:
        raise AttendanceError(
            translate("Attendance", "Unknown attendance status '{status}'.").format(status=status)
        )
    with database.atomic():
        meeting = Meeting.get_by_id(meeting_id)
        if meeting.status == "cancelled":
            raise AttendanceError(
                translate("Attendance", "This meeting was cancelled; nobody can check in to it.")
            )
        already = (
            Attendance.select(Attendance.id)
            .where(Attendance.meeting == meeting_id, Attendance.member == member_id)
            .exists()
        )
        if already:
            return False
        Attendance.insert(
            meeting=meeting_id,
            member=member_id,
            status=status,
            checked_in_at=now or utcnow(),
            uuid=Attendance.uuid.default(),
        ).execute()
        inserted = True
        if inserted and meeting.status == "scheduled":
            Meeting.update(status="held").where(Meeting.id == meeting_id).execute()
    return bool(inserted)


def undo_check_in(meeting_id: int, member_id: int) -> None:
    with database.atomic():
        Attendance.delete().where(
            Attendance.meeting == meeting_id, Attendance.member == member_id
        ).execute()
        _refresh_status(meeting_id)


def set_status(meeting_id: int, member_id: int, status: str) -> None:
    """present, late or left early."""
    if status not in ATTENDANCE_STATUSES:
        raise AttendanceError(
            translate("Attendance", "Unknown attendance status '{status}'.").format(status=status)
        )
    with database.atomic():
        Attendance.update(status=status).where(
            Attendance.meeting == meeting_id, Attendance.member == member_id
        ).execute()


def add_walk_in(meeting_id: int, name: str, now: dt.datetime | None = None) -> int:
    """Create the member, their membership of the meeting's group and the check-in, at once.

    The first word is the name they go by; the whole text, when longer, is the full name.
    """
    text = " ".join((name or "").split())
    if not fold(text):
        raise AttendanceError(translate("Attendance", "Type the newcomer's name first."))
    preferred = text.split()[0]
    full = text if len(text.split()) > 1 else ""
    with database.atomic():
        meeting = Meeting.get_by_id(meeting_id)
        member = Member.create(
            preferred_name=preferred,
            full_name=full,
            joined_on=meeting.date,
            search_text=search_text_for(preferred, full),
        )
        Membership.create(member=member, group=meeting.group_id, since=meeting.date)
        check_in(meeting_id, member.id, now=now)
    return member.id


def checked_in(meeting_id: int) -> list[dict]:
    """Who is here, most recently recorded first, with the check-in time in local time and "first time?"."""
    earlier = (
        Attendance.select(Attendance.id)
        .join(Meeting)
        .where(
            Attendance.member == Member.id,
            Meeting.date < Meeting.select(Meeting.date).where(Meeting.id == meeting_id),
        )
    )
    rows = (
        Attendance.select(
            Member.id,
            Member.preferred_name,
            Member.full_name,
            Attendance.status,
            Attendance.checked_in_at,
            fn.EXISTS(earlier).alias("returning"),
        )
        .join(Member)
        .where(Attendance.meeting == meeting_id)
        .order_by(Attendance.id.desc())  # the order they were recorded in
        .tuples()
    )
    return [
        {
            "member_id": mid,
            "name": full or pref,
            "preferred_name": pref,
            "status": status,
            "time": local_time(at),
            "first_time": not returning,
        }
        for mid, pref, full, status, at, returning in rows
    ]


def local_time(at: dt.datetime | str | None) -> str:
    if at is None:
        return ""
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at)
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M")


def headcount(meeting_id: int) -> dict:
    """named + anonymous + guests = total."""
    m = Meeting.get_by_id(meeting_id)
    named = Attendance.select().where(Attendance.meeting == meeting_id).count()
    return {
        "named": named,
        "anonymous": m.anonymous_count,
        "guests": m.guest_count,
        "total": named + m.anonymous_count + m.guest_count,
    }


def change_headcount(meeting_id: int, kind: str, delta: int) -> dict:
    """Add delta (never below zero) to the anonymous or guest count; returns the headcount."""
    field = HEADCOUNTS[kind]
    with database.atomic():
        Meeting.update({field: fn.MAX(0, field + delta)}).where(Meeting.id == meeting_id).execute()
        _refresh_status(meeting_id)
    return headcount(meeting_id)


# -- paper mode -----------------------------------------------------------------------------------


def group_roster(group_id: int, day: dt.date) -> list[tuple[int, str, str]]:
    """(member_id, preferred name, full name) of the active members of the group on `day`."""
    return list(
        Member.select(Member.id, Member.preferred_name, Member.full_name)
        .join(Membership)
        .where(
            Membership.group == group_id,
            (Membership.since.is_null()) | (Membership.since <= day),
            (Membership.until.is_null()) | (Membership.until >= day),
            Member.active == True,  # noqa: E712
            Member.erased == False,  # noqa: E712
        )
        .distinct()
        .tuples()
    )


def paper_rows(meeting_id: int) -> list[dict]:
    """The printed sheet's roster in printed order, each with whether they are checked in."""
    from peerdesk.domain.signin import meeting_roster

    here = {
        m
        for (m,) in Attendance.select(Attendance.member)
        .where(Attendance.meeting == meeting_id)
        .tuples()
    }
    return [
        {"member_id": mid, "label": label, "present": mid in here}
        for mid, label in meeting_roster(meeting_id)
    ]


def set_present(meeting_id: int, member_id: int, present: bool) -> None:
    """Paper mode's tick: check in (at the meeting's start time) or remove the check-in."""
    if not present:
        undo_check_in(meeting_id, member_id)
        return
    m = Meeting.get_by_id(meeting_id)
    try:
        start = dt.time.fromisoformat(m.start_time) if m.start_time else dt.time(0, 0)
    except ValueError:
        start = dt.time(0, 0)
    local = dt.datetime.combine(m.date, start).astimezone()
    check_in(meeting_id, member_id, now=local.astimezone(dt.UTC).replace(tzinfo=None))


# -- history and follow-up ------------------------------------------------------------------------


def member_history(member_id: int, limit: int = 500) -> list[dict]:
    """Every meeting the member attended, newest first."""
    rows = (
        Attendance.select(Meeting.date, Group.name, Attendance.status, Meeting.topic)
        .join(Meeting)
        .join(Group)
        .where(Attendance.member == member_id)
        .order_by(Meeting.date.desc())
        .limit(limit)
        .tuples()
    )
    return [{"date": d, "group": g, "status": s, "topic": t} for d, g, s, t in rows]


def group_by_month(group_id: int) -> list[dict]:
    """The group's held meetings per month with named and total attendance, newest first."""
    month = fn.strftime("%Y-%m", Meeting.date)
    named = Attendance.select(fn.COUNT(Attendance.id)).where(Attendance.meeting == Meeting.id)
    rows = (
        Meeting.select(
            month.alias("month"),
            fn.COUNT(Meeting.id),
            fn.SUM(named),
            fn.SUM(Meeting.anonymous_count + Meeting.guest_count),
        )
        .where(Meeting.group == group_id, Meeting.status == "held")
        .group_by(month)
        .order_by(month.desc())
        .tuples()
    )
    out = []
    for m, held, n, anon in rows:
        n, anon = int(n or 0), int(anon or 0)
        out.append(
            {
                "month": m,
                "meetings": held,
                "named": n,
                "total": n + anon,
                "average": round((n + anon) / held, 1) if held else 0,
            }
        )
    return out


def reach_out(
    group_id: int, missed: int = 3, regular: int = 3, today: dt.date | None = None
) -> list[dict]:
    """Members who came to `regular` or more of the group's earlier meetings but to none of
    its last `missed` held meetings — people a coordinator may want to check on."""
    today = today or dt.date.today()
    recent = list(
        Meeting.select(Meeting.id, Meeting.date)
        .where(Meeting.group == group_id, Meeting.status == "held", Meeting.date <= today)
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .limit(missed)
        .tuples()
    )
    if len(recent) < missed:
        return []
    recent_ids = [mid for mid, _ in recent]
    cutoff = recent[-1][1]
    seen_recently = Attendance.select(Attendance.member).where(Attendance.meeting.in_(recent_ids))
    count = fn.COUNT(Attendance.id)
    rows = (
        Attendance.select(
            Member.id,
            Member.preferred_name,
            Member.full_name,
            Member.phone,
            Member.email,
            Member.consent_contact,
            count,
            fn.MAX(Meeting.date),
        )
        .join(Meeting)
        .switch(Attendance)
        .join(Member)
        .where(
            Meeting.group == group_id,
            Meeting.status == "held",
            Meeting.date < cutoff,
            Member.active == True,  # noqa: E712
            Member.erased == False,  # noqa: E712
            Attendance.member.not_in(seen_recently),
        )
        .group_by(Member.id)
        .having(count >= regular)
        .order_by(fn.MAX(Meeting.date).desc(), fn.lower(Member.preferred_name))
        .tuples()
    )
    return [
        {
            "member_id": mid,
            "name": full or pref,
            "phone": phone,
            "email": email,
            "may_contact": bool(consent),
            "attended": n,
            "last_seen": last if isinstance(last, dt.date) else dt.date.fromisoformat(str(last)),
        }
        for mid, pref, full, phone, email, consent, n, last in rows
    ]
