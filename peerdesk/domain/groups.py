"""Groups: lookup and listing."""

from __future__ import annotations

from peewee import JOIN, fn

from peerdesk.domain.models import Group, Member, Membership
from peerdesk.domain.schedule import describe


class UnknownGroup(LookupError):
    def __init__(self, name: str) -> None:
        super().__init__(f"There is no group named {name!r}.")


def get_by_name(name: str) -> Group:
    group = Group.get_or_none(fn.lower(Group.name) == name.strip().lower())
    if group is None:
        raise UnknownGroup(name)
    return group


def list_groups(include_archived: bool = True) -> list[dict]:
    active_members = (
        Membership.select(Membership.group, fn.COUNT(fn.DISTINCT(Membership.member)).alias("n"))
        .join(Member)
        .where(Member.active == True, Member.erased == False)  # noqa: E712
        .group_by(Membership.group)
        .alias("counts")
    )
    query = (
        Group.select(Group, active_members.c.n.alias("member_count"))
        .join(active_members, JOIN.LEFT_OUTER, on=(active_members.c.group_id == Group.id))
        .order_by(Group.archived, fn.lower(Group.name))
    )
    if not include_archived:
        query = query.where(Group.archived == False)  # noqa: E712
    return [
        {
            "id": g.id,
            "uuid": g.uuid,
            "name": g.name,
            "focus": g.focus,
            "schedule": describe(g.weekday, g.recurrence, g.start_time, g.recurrence_nth),
            "location": g.location,
            "signin_style": g.signin_style,
            "archived": bool(g.archived),
            "members": int(g.member_count or 0),
        }
        for g in query.objects()
    ]
