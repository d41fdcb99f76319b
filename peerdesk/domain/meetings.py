"""Meetings: listing with their attendance counts."""

from __future__ import annotations

from peewee import JOIN, fn

from peerdesk.domain.models import Attendance, Group, Meeting
from peerdesk.domain.text import fold


def _query(query: str = "", group_id: int | None = None):
    counts = (
        Attendance.select(Attendance.meeting, fn.COUNT(Attendance.id).alias("n"))
        .group_by(Attendance.meeting)
        .alias("counts")
    )
    q = (
        Meeting.select(
            Meeting.id,
            Meeting.uuid,
            Group.name,
            Meeting.date,
            Meeting.start_time,
            Meeting.status,
            Meeting.topic,
            Meeting.location,
            counts.c.n,
            Meeting.anonymous_count,
            Meeting.guest_count,
        )
        .join(Group)
        .switch(Meeting)
        .join(counts, JOIN.LEFT_OUTER, on=(counts.c.meeting_id == Meeting.id))
    )
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


def list_meetings(
    query: str = "", offset: int = 0, limit: int = 200, group_id: int | None = None
) -> list[dict]:
    """Newest first; `query` matches group name, topic, status or a date prefix (2025-03)."""
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
        "named",
        "anonymous",
        "guests",
    )
    rows = []
    for values in q.tuples():
        row = dict(zip(keys, values, strict=True))
        row["named"] = int(row["named"] or 0)
        row["total"] = row["named"] + row["anonymous"] + row["guests"]
        rows.append(row)
    return rows
