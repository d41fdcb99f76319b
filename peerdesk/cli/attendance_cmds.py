"""signin-sheet --group NAME [--date D] [--blank-rows N] -o FILE.pdf, and import attendance FILE."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from peerdesk.cli.common import UserError, command_group, iso_date, positive_int


def register(sub) -> None:
    p = sub.add_parser("signin-sheet", help="print a meeting's sign-in sheet to PDF")
    p.add_argument("--group", metavar="NAME", required=True)
    p.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="meeting date (default: the group's meeting today, else its next one)",
    )
    p.add_argument("--blank-rows", type=positive_int, default=8, metavar="N")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_signin_sheet)

    a = command_group(sub, "import", "import members, attendance or resources").add_parser(
        "attendance", help="import attendance history: date, group, name (or member uuid), status"
    )
    a.add_argument("file", type=Path, metavar="FILE")
    a.add_argument("--create-members", action="store_true", help="create unknown names as members")
    a.add_argument("--dry-run", action="store_true", help="check the file and change nothing")
    a.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="how to read dates like 3/4/2025 when the file does not settle it",
    )
    a.set_defaults(handler=cmd_import_attendance)


def _meeting_for(group, day: dt.date | None) -> int:
    from peerdesk.domain import attendance, meetings, schedule

    today = dt.date.today()
    if day is None:
        meeting_id = attendance.meeting_for_day(group.id, today)
        if meeting_id is not None:
            return meeting_id
        day = schedule.next_on_or_after(
            group.weekday,
            group.recurrence,
            today,
            nth=group.recurrence_nth,
            anchor=group.schedule_start,
        )
        if day is None:
            raise UserError(f"{group.name} has no regular schedule; give the meeting's --date.")
    meeting_id = meetings.meeting_on(group.id, day) or attendance.meeting_for_day(group.id, day)
    if meeting_id is None:  # a date off the schedule: a sheet for a meeting added by hand
        meeting_id = meetings.add_meeting(group.id, day)
    return meeting_id


def cmd_signin_sheet(ctx, args) -> int:
    from peerdesk.documents.signin_sheet import build_signin_sheet
    from peerdesk.domain import groups
    from peerdesk.domain.signin import sheet_for_meeting

    if args.output.suffix.lower() != ".pdf":
        raise UserError("The sign-in sheet is a PDF; give an output file ending in .pdf.")
    if not args.output.parent.exists():
        raise UserError(f"The folder {args.output.parent} does not exist.")
    ctx.open(quick_check=False)
    try:
        group = groups.get_by_name(args.group)
    except groups.UnknownGroup as exc:
        raise UserError(str(exc)) from None
    sheet = sheet_for_meeting(_meeting_for(group, args.date), blank_rows=args.blank_rows)
    try:
        build_signin_sheet(args.output, sheet)
    except OSError as exc:
        raise UserError(f"Could not write {args.output}: {exc.strerror or exc}.") from None
    print(f"Wrote the sign-in sheet for {group.name} on {sheet.date.isoformat()} to {args.output}.")
    return 0


def cmd_import_attendance(ctx, args) -> int:
    from peerdesk.domain.attendance_import import import_attendance
    from peerdesk.domain.tabular import ImportFileError, read_table

    try:
        table = read_table(args.file)
    except ImportFileError as exc:
        raise UserError(str(exc)) from None
    ctx.open()
    result = import_attendance(
        table,
        create_members=args.create_members,
        dry_run=args.dry_run,
        date_order=args.date_order,
    )
    stream = sys.stdout if args.dry_run else sys.stderr
    for problem in result.problems:
        print(f"row {problem.row}, {problem.column}: {problem.message}", file=stream)
    if result.problems and not args.dry_run:
        raise UserError(
            f"{len(result.problems)} problems in {args.file.name}; nothing was imported "
            "(run with --dry-run to check the file)."
        )
    print(result.summary())
    return 1 if result.problems else 0
