"""The command line of design §6: argument parsing, passphrase sources and the error contract.

Each command module exposes register(subparsers); a command's handler gets the parsed args and
returns an exit code. A user mistake raises UserError (exit 1, one sentence on stderr).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from peerdesk import __version__
from peerdesk.cli.common import CliContext, UserError, user_error_types

# Command modules, in the order they appear in --help. Each has register(subparsers).
COMMAND_MODULES = (
    "peerdesk.cli.setup_cmds",
    "peerdesk.cli.list_cmd",
    "peerdesk.cli.resource_cmds",
    "peerdesk.cli.attendance_cmds",
    "peerdesk.cli.member_cmds",
    "peerdesk.cli.backup_cmds",
    "peerdesk.cli.report_cmds",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors: exit 2 with a short message
        self.print_usage(sys.stderr)
        self.exit(2, f"peerdesk: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = _Parser(
        prog="peerdesk",
        description="Offline coordination for peer-support groups. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"peerdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="data folder (default: $PEERDESK_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--passphrase-file", type=Path, help="read the passphrase from the first line of this file"
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a throwaway demo database"
    )
    parser.add_argument(
        "--smoke-test",
        dest="demo",
        action="store_const",
        const="smoke-test",
        help=argparse.SUPPRESS,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from peerdesk.ui.app import run_gui

        return run_gui(data_dir=args.data_dir, demo=args.demo)
    if args.demo:
        parser.error("--demo opens the window; it cannot be combined with a command")
    ctx = CliContext(args)
    try:
        return int(args.handler(ctx, args) or 0)
    except UserError as exc:
        print(f"peerdesk: {exc}", file=sys.stderr)
        return 1
    except user_error_types() as exc:
        print(f"peerdesk: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a full disk, a read-only folder, a vanished USB stick
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"peerdesk: {exc.strerror or exc}{where}; nothing was changed.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("peerdesk: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    finally:
        ctx.close()
