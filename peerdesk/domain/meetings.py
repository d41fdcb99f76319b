"""Meetings: listing with their attendance counts; adding, moving and cancelling them."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from peerdesk.domain.models import MEETING_STATUSES, Attendance, Group, Meeting, database
from peerdesk.domain.text import fold
from peerdesk.i18n import translate


def _query(query: str = "", group_id: int | None = None):
    q = Meeting.select(
        Meeting.id,
        Meeting.uuid,
        Group.name,
        Meeting.date,
        Meeting.start_time,
        Meeting.status,
        Meeting.topic,
        Meeting.location,
        Meeting.anonymous_count,
        Meeting.guest_count,
    ).join(Group)
    if group_id is not None:
        q = q.where(Meeting.group == group_id)
    for word in fold(query).split():
        q = q.where(
            fn.lower(Group.name).contains(word)
            | fn.lower(Meeting.topic).contains(word)
            | Meeting.date.cast("text").startswith(word)
            | (Meeting.status == word)
        )
    return q


def named_counts(meeting_ids: list[int]) -> dict[int, int]:
    """Attendance records per meeting, for just these meetings (an index lookup each)."""
    if not meeting_ids:
        return {}
    q = (
        Attendance.select(Attendance.meeting, fn.COUNT(Attendance.id))
        .where(Attendance.meeting.in_(meeting_ids))
        .group_by(Attendance.meeting)
    )
    return dict(q.tuples())


def list_meetings(
    query: str = "", offset: int = 0, limit: int = 200, group_id: int | None = None
) -> list[dict]:
    """Newest first; `query` matches group name, topic, status or a date prefix (2025-03).

    Counts are looked up for the page's meetings only: grouping a million attendance rows
    for every page would make the first screen slow on a large database.
    """
    q = (
        _query(query, group_id)
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .offset(offset)
        .limit(limit)
    )
    keys = (
        "id",
        "uuid",
        "group",
        "date",
        "start_time",
        "status",
        "topic",
        "location",
        "anonymous",
        "guests",
    )
    rows = [dict(zip(keys, values, strict=True)) for values in q.tuples()]
    counts = named_counts([row["id"] for row in rows])
    for row in rows:
        row["named"] = counts.get(row["id"], 0)
        row["total"] = row["named"] + row["anonymous"] + row["guests"]
    return rows


class MeetingError(ValueError):
    """A meeting change that cannot be made; str() is one sentence for the user."""


def get_meeting(meeting_id: int) -> dict:
    """One meeting with its group's name, sign-in style and confidentiality statement."""
    m = Meeting.select(Meeting, Group).join(Group).where(Meeting.id == meeting_id).get()
    return {
        "id": m.id,
        "uuid": m.uuid,
        "group_id": m.group.id,
        "group": m.group.name,
        "signin_style": m.group.signin_style,
        "confidentiality": m.group.confidentiality,
        "date": m.date,
        "start_time": m.start_time,
        "location": m.location,
        "topic": m.topic,
        "facilitator": m.facilitator,
        "status": m.status,
        "anonymous": m.anonymous_count,
        "guests": m.guest_count,
    }


def meeting_on(group_id: int, day: dt.date) -> int | None:
    """The id of the group's (non-cancelled first) meeting on that day, if any."""
    row = (
        Meeting.select(Meeting.id)
        .where(Meeting.group == group_id, Meeting.date == day)
        .order_by(Meeting.status == "cancelled", Meeting.id)
        .first()
    )
    return row.id if row else None


def groups_meeting_on(day: dt.date) -> set[int]:
    """Ids of the groups with a meeting that day that is not cancelled (one query)."""
    q = Meeting.select(Meeting.group).where(Meeting.date == day, Meeting.status != "cancelled")
    return {group_id for (group_id,) in q.tuples()}


def add_meeting(
    group_id: int,
    day: dt.date,
    *,
    start_time: str | None = None,
    location: str | None = None,
    topic: str = "",
    facilitator: str | None = None,
    status: str = "scheduled",
) -> int:
    """Add a meeting by hand; time, place and facilitator default to the group's."""
    if status not in MEETING_STATUSES:
        raise MeetingError(
            translate("Meetings", "Unknown meeting status '{status}'.").format(status=status)
        )
    group = Group.get_by_id(group_id)
    with database.atomic():
        return Meeting.create(
            group=group,
            date=day,
            start_time=group.start_time if start_time is None else start_time,
            location=group.location if location is None else location,
            topic=topic,
            facilitator=(group.facilitators if facilitator is None else facilitator),
            status=status,
        ).id


def move_meeting(meeting_id: int, day: dt.date, start_time: str | None = None) -> None:
    fields: dict = {Meeting.date: day}
    if start_time is not None:
        fields[Meeting.start_time] = start_time
    with database.atomic():
        Meeting.update(fields).where(Meeting.id == meeting_id).execute()


def update_meeting(meeting_id: int, **values) -> None:
    """Edit topic, location, facilitator, start time or status."""
    allowed = {"topic", "location", "facilitator", "start_time", "status"}
    fields = {k: v for k, v in values.items() if k in allowed}
    if fields.get("status", "scheduled") not in MEETING_STATUSES:
        raise MeetingError(
            translate("Meetings", "Unknown meeting status '{status}'.").format(
                status=fields["status"]
            )
        )
    if fields:
        with database.atomic():
            Meeting.update(**fields).where(Meeting.id == meeting_id).execute()


def cancel_meeting(meeting_id: int) -> None:
    """Cancelled meetings stay listed but count nowhere; attendance already taken refuses it."""
    if Attendance.select().where(Attendance.meeting == meeting_id).exists():
        raise MeetingError(
            translate(
                "Meetings", "People are checked in to this meeting; undo their check-ins first."
            )
        )
    with database.atomic():
        Meeting.update(status="cancelled").where(Meeting.id == meeting_id).execute()
