"""backup, restore and change-passphrase: the data-safety commands."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from peerdesk.cli.common import UserError


def register(sub) -> None:
    p = sub.add_parser("backup", help="write a verified encrypted backup (and its key copy)")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="backup file (default: a new one in backups/)"
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the database by a backup (the current one is kept)")
    p.add_argument("file", metavar="FILE", help="a backup written by 'peerdesk backup'")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("change-passphrase", help="set a new passphrase (the data is not rewritten)")
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help="unlock with the printed recovery key instead of the current passphrase "
        "($PEERDESK_RECOVERY_KEY or a prompt)",
    )
    p.set_defaults(handler=cmd_change_passphrase)


def _warn_shared(ctx) -> None:
    from peerdesk.domain import db
    from peerdesk.domain.instance_lock import shared_folder_warning

    for warning in [shared_folder_warning(ctx.data_dir), *db.open_warnings]:
        if warning:
            print(f"peerdesk: warning: {warning}", file=sys.stderr)


def cmd_backup(ctx, args) -> int:
    from peerdesk.domain import backup

    database = ctx.open()
    _warn_shared(ctx)
    if args.output:
        dest = Path(args.output).expanduser()
        if dest.is_dir():
            dest = dest / f"peerdesk-{dt.datetime.now().strftime(backup.STAMP)}.db"
        if dest.suffix.lower() != ".db":
            raise UserError("The backup file name must end in .db.")
        path = backup.write_backup(database, dest, ctx.vault.key_path)
    else:
        path = backup.automatic_backup(database, ctx.vault.backup_dir)
    info = backup.describe(path, database.data_key)
    print(
        f"Backed up to {path} ({info.members} members, {info.meetings} meetings, {info.notes} notes); "
        f"keep {backup.key_copy_path(path).name} with it: it unlocks the backup with your "
        "passphrase or recovery key."
    )
    return 0


def cmd_restore(ctx, args) -> int:
    from peerdesk.domain import restore

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"There is no backup file at {source}.")
    if not ctx.vault.exists():  # a new computer: the backup and its key copy make the folder
        restore.restore_into_new_folder(ctx.vault, source, ctx.passphrase())
        from peerdesk.domain.check import summary

        counts = summary()
        print(
            f"Restored {source.name} into {ctx.data_dir}: {counts['member']} members, "
            f"{counts['meeting']} meetings, {counts['note']} notes."
        )
        return 0
    ctx.vault.require_existing()
    passphrase = ctx.passphrase()
    data_key = ctx.vault.keyfile().unlock(passphrase)  # a damaged database can still be replaced
    safety, _db = restore.restore_backup(ctx.vault, source, data_key, passphrase)
    from peerdesk.domain.check import summary

    counts = summary()
    kept = f" The previous state was kept as {safety}." if safety else ""
    print(
        f"Restored {source.name}: {counts['member']} members, {counts['meeting']} meetings, "
        f"{counts['note']} notes.{kept}"
    )
    return 0


def _new_passphrase() -> str:
    env = os.environ.get("PEERDESK_NEW_PASSPHRASE")
    if env is not None:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError("No new passphrase given: set PEERDESK_NEW_PASSPHRASE.")
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Repeat the new passphrase: ") != first:
        raise UserError("The two passphrases do not match.")
    return first


def cmd_change_passphrase(ctx, args) -> int:
    ctx.vault.require_existing()
    if args.recovery_key:
        key = os.environ.get("PEERDESK_RECOVERY_KEY")
        if key is None:
            if not sys.stdin or not sys.stdin.isatty():
                raise UserError("No recovery key given: set PEERDESK_RECOVERY_KEY.")
            key = getpass.getpass("Recovery key: ")
        ctx.vault.keyfile().unlock_with_recovery(key)  # check before asking for the new one
        ctx.vault.recover(key, _new_passphrase())
    else:
        old = ctx.passphrase(prompt="Current passphrase: ")
        ctx.vault.keyfile().unlock(old)
        ctx.vault.change_passphrase(old, _new_passphrase())
    print("The passphrase was changed; the backups in the data folder open with it too.")
    return 0
