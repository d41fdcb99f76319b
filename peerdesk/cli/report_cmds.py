"""report … -o FILE and export attendance … -o FILE (design §6)."""

from __future__ import annotations

from pathlib import Path

from peerdesk.cli.common import UserError, command_group, iso_date, positive_int


def register(sub) -> None:
    p = sub.add_parser("report", help="write the funder report as PDF, XLSX, CSV or JSON")
    p.add_argument("--from", dest="start", type=iso_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="end", type=iso_date, required=True, metavar="DATE")
    p.add_argument("--group", action="append", default=[], metavar="NAME", help="repeatable")
    p.add_argument(
        "--min-cell", type=positive_int, metavar="K", help="suppress demographic counts below K"
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.set_defaults(handler=cmd_report)

    e = command_group(
        sub, "export", "export attendance, contacts or the resource library"
    ).add_parser("attendance", help="one row per attendance, de-identified unless --named")
    e.add_argument("--from", dest="start", type=iso_date, required=True, metavar="DATE")
    e.add_argument("--to", dest="end", type=iso_date, required=True, metavar="DATE")
    e.add_argument("--group", action="append", default=[], metavar="NAME", help="repeatable")
    e.add_argument("--named", action="store_true", help="add names (marked CONFIDENTIAL)")
    e.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    e.set_defaults(handler=cmd_export)


def _errors():
    from peerdesk.domain.exports import ExportError
    from peerdesk.domain.reports import ReportError
    from peerdesk.domain.suppression import SuppressionError

    return (ExportError, ReportError, SuppressionError)


def _check_folder(path: Path) -> None:
    if not path.parent.resolve().is_dir():
        raise UserError(f"The folder {path.parent} does not exist.")


def cmd_report(ctx, args) -> int:
    from peerdesk.domain import exports, reports, settings, suppression

    _check_folder(args.output)
    try:
        exports.check_suffix(args.output, exports.REPORT_FORMATS)
        ctx.open()
        k = args.min_cell if args.min_cell is not None else settings.get_int("suppression_k")
        suppression.check_k(k)
        report = reports.compute(args.start, args.end, args.group)
        exports.write_report(
            reports.as_dict(report, k),
            args.output,
            organisation=settings.get("organisation_name"),
            paper=settings.get("paper_size"),
        )
    except _errors() as exc:
        raise UserError(str(exc)) from None
    print(f"Wrote {args.output}")
    return 0


def cmd_export(ctx, args) -> int:
    from peerdesk.domain import exports

    _check_folder(args.output)
    try:
        exports.check_suffix(args.output, exports.ATTENDANCE_FORMATS)
        ctx.open()
        count = exports.export_attendance(
            args.start, args.end, args.output, group_names=args.group, named=args.named
        )
    except _errors() as exc:
        raise UserError(str(exc)) from None
    kind = "named (CONFIDENTIAL)" if args.named else "de-identified"
    print(f"Wrote {count:,} {kind} attendances to {args.output}")
    return 0
