"""handout, import resources and export resources: the resource library without a window."""

from __future__ import annotations

from pathlib import Path

from peerdesk.cli.common import UserError, command_group


def register(sub) -> None:
    p = sub.add_parser("handout", help="write a resource handout PDF")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--tag", metavar="TAG", help="every resource with this tag")
    which.add_argument(
        "--resource",
        metavar="ID",
        type=int,
        nargs="+",
        help="these resources, in this order (IDs from 'list resources')",
    )
    p.add_argument("--title", metavar="TEXT", help="title printed at the top")
    p.add_argument("--intro", metavar="TEXT", default="", help="a paragraph under the title")
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    p.set_defaults(handler=cmd_handout)

    p = command_group(sub, "import", "import members, attendance or resources").add_parser(
        "resources", help="import a library CSV/XLSX, or an Open Referral (HSDS) folder or zip"
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    p.add_argument("--problems", metavar="FILE.csv", help="also save the problems to this CSV")
    p.set_defaults(handler=cmd_import_resources)

    p = command_group(
        sub, "export", "export attendance, contacts or the resource library"
    ).add_parser("resources", help="export the resource library as CSV")
    p.add_argument("-o", "--output", metavar="FILE.csv", required=True)
    p.set_defaults(handler=cmd_export_resources)


def _check_output(path: str, suffix: str) -> Path:
    out = Path(path)
    if out.suffix.lower() != suffix:
        raise UserError(f"The output must be a {suffix} file.")
    if not out.parent.expanduser().is_dir():
        raise UserError(f"The folder {out.parent} does not exist.")
    return out


def cmd_handout(ctx, args) -> int:
    from peerdesk.documents.handout import HandoutDoc, build_handout, entry_for
    from peerdesk.domain import resources, settings

    out = _check_output(args.output, ".pdf")
    ctx.open(quick_check=False)
    if args.tag:
        ids = resources.ids_with_tag(args.tag)
        if not ids:
            raise UserError(f"No resource has the tag “{args.tag}”.")
        title = args.title or f"Resources: {args.tag}"
    else:
        ids = list(dict.fromkeys(args.resource))
        title = args.title or "Resources"
    try:
        chosen = resources.get_resources(ids)
    except resources.UnknownResource as exc:
        raise UserError(str(exc)) from None
    doc = HandoutDoc(
        title=title,
        intro=args.intro,
        entries=[entry_for(r) for r in chosen],
        organisation=settings.get("organisation_name"),
        paper=settings.get("paper_size"),
    )
    try:
        build_handout(out, doc)
    except OSError as exc:
        raise UserError(f"The handout could not be written ({exc.strerror or exc}).") from None
    print(f"Wrote a handout with {len(chosen)} resource(s) to {out}.")
    return 0


def cmd_import_resources(ctx, args) -> int:
    from peerdesk.domain import resource_import
    from peerdesk.domain.tabular import ImportFileError, write_problems_csv

    ctx.open()
    try:
        preview = resource_import.import_resources(args.file, dry_run=args.dry_run)
    except (ImportFileError, OSError) as exc:
        raise UserError(str(exc)) from None
    for row, title, reason in preview.skipped:
        print(f"skipped row {row}: {title} ({reason})")
    for p in preview.problems:
        print(f"problem: row {p.row}, {p.column}: {p.message}")
    if args.problems and preview.problems:
        write_problems_csv(preview.problems, args.problems)
    if not preview.ok:
        raise UserError(
            f"{args.file.name}: {len(preview.problems)} problem(s) listed above; nothing was imported."
        )
    verb = "Would add" if args.dry_run else "Added"
    print(f"{verb} {len(preview.rows)} resource(s) from {args.file.name} ({preview.source}).")
    return 0


def cmd_export_resources(ctx, args) -> int:
    from peerdesk.domain import resource_import

    out = _check_output(args.output, ".csv")
    ctx.open(quick_check=False)
    try:
        count = resource_import.export_library(out)
    except OSError as exc:
        raise UserError(f"The file could not be written ({exc.strerror or exc}).") from None
    print(f"Exported {count} resource(s) to {out}.")
    return 0
