"""init, demo and check: creating and checking a database."""

from __future__ import annotations

import datetime as dt
import sys

from peerdesk.cli.common import UserError


def register(sub) -> None:
    p = sub.add_parser("init", help="create a new encrypted database (refuses to overwrite)")
    p.add_argument("--organisation", default="", help="organisation name printed on documents")
    p.add_argument(
        "--paper", choices=("letter", "a4"), default="letter", help="paper size (default letter)"
    )
    p.add_argument(
        "--recovery-sheet", metavar="FILE.pdf", help="also write the printable recovery sheet here"
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="create a database filled with clearly fictional data")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument(
        "--scale", choices=("small", "large"), default="small", help="small (default) or large"
    )
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", help="check the database: integrity, links and consistency")
    p.set_defaults(handler=cmd_check)


def _create(ctx, organisation: str = "", paper: str = "letter") -> str:
    if ctx.vault.exists():
        raise UserError(
            f"A peerdesk database already exists in {ctx.data_dir}; nothing was changed."
        )
    passphrase = ctx.passphrase(confirm=True, prompt="New passphrase: ")
    return ctx.vault.create(passphrase, organisation=organisation, paper_size=paper)


def cmd_init(ctx, args) -> int:
    if args.recovery_sheet and not args.recovery_sheet.lower().endswith(".pdf"):
        raise UserError("The recovery sheet must be a .pdf file.")
    recovery = _create(ctx, args.organisation, args.paper)
    print(f"Created an encrypted peerdesk database in {ctx.data_dir}.")
    if args.recovery_sheet:
        from peerdesk.documents.recovery_sheet import build_recovery_sheet

        try:
            build_recovery_sheet(
                args.recovery_sheet,
                organisation=args.organisation,
                recovery_key=recovery,
                created_on=dt.date.today(),
                database_location=str(ctx.data_dir),
                paper=args.paper,
            )
            print(
                f"Recovery sheet written to {args.recovery_sheet}: print it and keep it locked away."
            )
        except OSError as exc:
            print(
                f"peerdesk: the recovery sheet could not be written ({exc.strerror}).",
                file=sys.stderr,
            )
    print("Recovery key (write it down or print it; it is shown only once):")
    print(f"  {recovery}")
    return 0


def cmd_demo(ctx, args) -> int:
    from peerdesk.domain import demo

    _create(ctx, "Riverside Peer Support (DEMO: fictional people)")
    tty = sys.stderr.isatty()
    last = [-1]

    def progress(fraction: float, message: str) -> None:
        percent = int(fraction * 100)
        if tty:
            print(
                f"\rCreating demo data… {percent:3d}% ({message})\x1b[K",
                end="",
                file=sys.stderr,
                flush=True,
            )
        elif percent // 10 != last[0]:
            last[0] = percent // 10
            print(f"Creating demo data… {percent}%", file=sys.stderr, flush=True)

    try:
        counts = demo.populate(args.scale, seed=args.seed, progress=progress)
    except BaseException:
        from peerdesk.domain import db

        db.close_database()
        ctx.vault.remove_files()
        raise
    if tty:
        print(file=sys.stderr)
    summary = ", ".join(f"{n:,} {name}" for name, n in counts.items())
    print(f"Created a demo database in {ctx.data_dir}: {summary}.")
    return 0


def cmd_check(ctx, args) -> int:
    from peerdesk.domain.check import run_checks, summary

    ctx.open()
    problems = run_checks()
    if problems:
        for problem in problems:
            print(f"peerdesk: {problem}", file=sys.stderr)
        return 1
    counts = summary()
    print(
        f"The database is healthy: {counts['group']} groups, {counts['member']} members, "
        f"{counts['meeting']} meetings, {counts['attendance']} attendances, {counts['note']} notes, "
        f"{counts['resource']} resources."
    )
    return 0
