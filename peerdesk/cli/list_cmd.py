"""list groups|members|meetings|resources [--group NAME] [--json]."""

from __future__ import annotations

from peerdesk.cli.common import UserError
from peerdesk.cli.output import print_json, print_table

_BATCH = 5000


def register(sub) -> None:
    p = sub.add_parser("list", help="list groups, members, meetings or resources")
    p.add_argument("what", choices=("groups", "members", "meetings", "resources"))
    p.add_argument("--group", metavar="NAME", help="only this group (members, meetings)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(handler=cmd_list)


def _all(fetch, **kwargs) -> list:
    rows, offset = [], 0
    while True:
        batch = fetch(offset=offset, limit=_BATCH, **kwargs)
        rows.extend(batch)
        if len(batch) < _BATCH:
            return rows
        offset += _BATCH


def cmd_list(ctx, args) -> int:
    from peerdesk.domain import groups, meetings, members, resources

    ctx.open(quick_check=False)
    group_id = None
    if args.group:
        if args.what in ("groups", "resources"):
            raise UserError(f"--group does not apply to 'list {args.what}'.")
        try:
            group_id = groups.get_by_name(args.group).id
        except groups.UnknownGroup as exc:
            raise UserError(str(exc)) from None

    if args.what == "groups":
        rows = groups.list_groups()
        columns = [
            ("name", "Group"),
            ("focus", "Focus"),
            ("schedule", "Schedule"),
            ("members", "Members"),
            ("archived", "Archived"),
        ]
    elif args.what == "members":
        rows = [
            {
                "id": m.id,
                "preferred_name": m.preferred_name,
                "full_name": m.full_name,
                "email": m.email,
                "phone": m.phone,
                "active": m.active,
                "joined_on": m.joined_on,
            }
            for m in _all(members.list_members, group_id=group_id)
        ]
        columns = [
            ("id", "ID"),
            ("preferred_name", "Name"),
            ("full_name", "Full name"),
            ("email", "Email"),
            ("phone", "Phone"),
            ("active", "Active"),
        ]
    elif args.what == "meetings":
        rows = _all(meetings.list_meetings, group_id=group_id)
        columns = [
            ("date", "Date"),
            ("start_time", "Time"),
            ("group", "Group"),
            ("status", "Status"),
            ("named", "Named"),
            ("anonymous", "Anon."),
            ("guests", "Guests"),
            ("topic", "Topic"),
        ]
    else:
        rows = _all(resources.list_resources)
        for row in rows:
            row.pop("description", None)
        columns = [
            ("id", "ID"),
            ("title", "Title"),
            ("category", "Category"),
            ("phone", "Phone"),
            ("tags", "Tags"),
            ("review_due", "Review due"),
        ]

    if args.json:
        print_json(rows)
    else:
        print_table(rows, columns)
    return 0
