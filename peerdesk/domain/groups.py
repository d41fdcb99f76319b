"""Groups: lookup, listing, and creating, editing and archiving them with their schedule."""

from __future__ import annotations

import datetime as dt

from peewee import JOIN, IntegrityError, fn

from peerdesk.domain.models import RECURRENCES, Group, Member, Membership, database
from peerdesk.domain.schedule import describe
from peerdesk.domain.signin import SIGNIN_STYLES
from peerdesk.i18n import translate

EDITABLE = (
    "name",
    "focus",
    "description",
    "location",
    "weekday",
    "start_time",
    "duration_minutes",
    "recurrence",
    "recurrence_nth",
    "schedule_start",
    "facilitators",
    "signin_style",
    "confidentiality",
)


class UnknownGroup(LookupError):
    def __init__(self, name: str) -> None:
        super().__init__(translate("Groups", "There is no group named '{name}'.").format(name=name))


class GroupError(ValueError):
    """A group's fields are not acceptable; str() is one sentence for the user."""


def get_by_name(name: str) -> Group:
    group = Group.get_or_none(fn.lower(Group.name) == name.strip().lower())
    if group is None:
        raise UnknownGroup(name)
    return group


def get_group(group_id: int) -> dict:
    """Every editable field of one group, plus id, uuid, archived and the schedule in words."""
    g = Group.get_by_id(group_id)
    data = {key: getattr(g, key) for key in EDITABLE}
    data.update(
        id=g.id,
        uuid=g.uuid,
        archived=bool(g.archived),
        schedule=describe(g.weekday, g.recurrence, g.start_time, g.recurrence_nth),
    )
    return data


def _validated(values: dict) -> dict:
    out = {k: v for k, v in values.items() if k in EDITABLE}
    if "name" in out:
        out["name"] = " ".join(str(out["name"] or "").split())
        if not out["name"]:
            raise GroupError(translate("Groups", "A group needs a name."))
    if "recurrence" in out and out["recurrence"] not in RECURRENCES:
        raise GroupError(
            translate("Groups", "Unknown recurrence '{value}'.").format(value=out["recurrence"])
        )
    if "signin_style" in out and out["signin_style"] not in SIGNIN_STYLES:
        raise GroupError(
            translate("Groups", "Unknown sign-in style '{value}'.").format(
                value=out["signin_style"]
            )
        )
    if out.get("weekday") is not None and out["weekday"] not in range(7):
        raise GroupError(translate("Groups", "The weekday must be Monday to Sunday."))
    nth = out.get("recurrence_nth")
    if nth is not None and nth not in (1, 2, 3, 4, -1):
        raise GroupError(
            translate("Groups", "A monthly group meets on the 1st to 4th, or the last, weekday.")
        )
    start = out.get("start_time")
    if start:
        try:
            dt.time.fromisoformat(start)
        except ValueError:
            raise GroupError(
                translate("Groups", "'{value}' is not a time like 19:00.").format(value=start)
            ) from None
        out["start_time"] = start[:5]
    if "duration_minutes" in out and not 0 < int(out["duration_minutes"] or 0) <= 24 * 60:
        raise GroupError(translate("Groups", "A meeting lasts between 1 minute and 24 hours."))
    return out


def _check_unique(name: str | None, group_id: int | None = None) -> None:
    if name is None:
        return
    clash = Group.select().where(fn.lower(Group.name) == name.lower())
    if group_id is not None:
        clash = clash.where(Group.id != group_id)
    if clash.exists():
        raise GroupError(_name_taken(name))


def _name_taken(name: str) -> str:
    return translate("Groups", "There is already a group named '{name}'.").format(name=name)


def create_group(**values) -> int:
    """Create a group; returns its id. Raises GroupError (e.g. for a name already used)."""
    fields = _validated(values)
    if "name" not in fields:
        raise GroupError(translate("Groups", "A group needs a name."))
    if fields.get("recurrence") == "monthly" and fields.get("recurrence_nth") is None:
        fields["recurrence_nth"] = 1
    fields.setdefault("schedule_start", dt.date.today())
    _check_unique(fields["name"])
    try:
        with database.atomic():
            return Group.create(**fields).id
    except IntegrityError:
        raise GroupError(_name_taken(fields["name"])) from None


def update_group(group_id: int, **values) -> None:
    fields = _validated(values)
    if not fields:
        return
    _check_unique(fields.get("name"), group_id)
    try:
        with database.atomic():
            Group.update(**fields).where(Group.id == group_id).execute()
    except IntegrityError:
        raise GroupError(_name_taken(fields["name"])) from None


def archive_group(group_id: int, archived: bool = True) -> None:
    """Archived groups keep their history but leave the check-in chooser."""
    with database.atomic():
        Group.update(archived=archived).where(Group.id == group_id).execute()


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
