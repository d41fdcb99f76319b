"""import members FILE [--group NAME] [--dry-run]; export contacts [--group NAME] -o FILE.csv."""

from __future__ import annotations

import sys
from pathlib import Path

from peerdesk.cli.common import UserError, command_group


def register(sub) -> None:
    imports = command_group(sub, "import", "import members, attendance or resources")
    p = imports.add_parser("members", help="import members from a CSV or XLSX file")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--group", metavar="NAME", help="add everyone to this group (created if new)")
    p.add_argument("--dry-run", action="store_true", help="check and report; change nothing")
    p.set_defaults(handler=cmd_import_members)

    exports = command_group(sub, "export", "export attendance, contacts or the resource library")
    p = exports.add_parser("contacts", help="CONFIDENTIAL contact list of consenting members")
    p.add_argument("--group", metavar="NAME", help="only members of this group")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.csv")
    p.set_defaults(handler=cmd_export_contacts)


def cmd_import_members(ctx, args) -> int:
    from peerdesk.domain.member_import import MemberImportError, import_members_file, summary
    from peerdesk.domain.tabular import ImportFileError

    ctx.open()
    try:
        plan, result = import_members_file(
            args.file, group_name=args.group or "", dry_run=args.dry_run
        )
    except (ImportFileError, MemberImportError) as exc:
        raise UserError(str(exc)) from None
    for p in plan.problems:
        print(f"row {p.row}, {p.column}: {p.message}")
    for p in plan.warnings():
        print(f"row {p.row}: {p.message} (skipped)")
    if plan.problems:
        n = len(plan.problems)
        raise UserError(
            f"{args.file.name} has {n} problem{'s' if n != 1 else ''} (listed above); "
            "nothing was imported."
        )
    print(summary(plan, result, dry_run=args.dry_run))
    if args.dry_run:
        print("Dry run: nothing was changed.", file=sys.stderr)
    return 0


def cmd_export_contacts(ctx, args) -> int:
    from peerdesk.domain import groups
    from peerdesk.domain.contacts_export import export_contacts

    if args.output.suffix.lower() != ".csv":
        raise UserError("The contact list is written as CSV; name the file something.csv.")
    ctx.open(quick_check=False)
    group_id = None
    if args.group:
        try:
            group_id = groups.get_by_name(args.group).id
        except groups.UnknownGroup as exc:
            raise UserError(str(exc)) from None
    try:
        count = export_contacts(args.output, group_id)
    except OSError as exc:
        raise UserError(f"{args.output} cannot be written ({exc.strerror or exc}).") from None
    print(
        f"Wrote {count:,} contacts to {args.output} (CONFIDENTIAL: keep it safe, delete it after use)."
    )
    return 0
