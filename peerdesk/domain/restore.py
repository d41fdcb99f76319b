"""Putting a verified backup (or a rescued copy) in place of the working database, then reopening.

The current state is itself backed up first (or, when damaged, kept aside), so a restore can always
be undone by restoring again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path

from peerdesk.domain import backup, instance_lock, integrity
from peerdesk.domain import db as dbmod
from peerdesk.domain.backup import BackupError
from peerdesk.domain.files import PRIVATE_MODE, fsync_dir
from peerdesk.domain.keys import KeyError_, KeyFile
from peerdesk.i18n import translate


def backup_key(
    path: Path, data_key: bytes, passphrase: str | None = None
) -> tuple[bytes, KeyFile | None]:
    """The key that opens the backup, and its own key file when that differs from ours.

    A backup of this database opens with the current data key; one from another database opens
    with the passphrase (or recovery key) through the key copy that travels with it.
    """
    try:
        backup.open_backup(path, data_key).close()
        return data_key, None
    except BackupError as exc:
        sidecar = backup.key_copy_path(path)
        if "cannot be opened" not in str(exc) or not sidecar.exists() or not passphrase:
            raise
    keyfile = KeyFile.load(sidecar)
    other = _unlock_either(keyfile, passphrase)
    if other is None:
        raise BackupError(
            translate(
                "Backups",
                "The backup {name} belongs to another database and its passphrase "
                "or recovery key was not accepted.",
            ).format(name=Path(path).name)
        )
    backup.open_backup(path, other).close()
    return other, keyfile


def _unlock_either(keyfile: KeyFile, secret: str) -> bytes | None:
    """The data key, from the passphrase or from the recovery key; None if it is neither."""
    for unlock in (keyfile.unlock, keyfile.unlock_with_recovery):
        try:
            return unlock(secret)
        except KeyError_:
            continue
    return None


def _copy_in(vault, source: Path, key: bytes) -> Path:
    """A fresh, compacted copy of the backup beside the working database, ready to swap in."""
    folder = vault.data_dir
    tmp = folder / ".peerdesk.db.restore.part"
    with contextlib.suppress(OSError):
        tmp.unlink()
    src = backup.open_backup(source, key)
    try:
        src.execute_sql("VACUUM INTO ?", (str(tmp),))
    except Exception as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise backup._write_error(folder, exc) from None
    finally:
        src.close()
    return tmp


def _current_state_aside(vault, data_key: bytes) -> Path | None:
    """Back up the working database before it is replaced; set it aside if it cannot be read."""
    if not vault.db_path.exists():
        return None
    try:
        current = integrity.open_checked(vault.db_path, data_key)
    except dbmod.DatabaseOpenError:
        return integrity.set_aside(vault.db_path)
    try:
        stamp = dt.datetime.now().strftime(backup.STAMP)
        return backup.write_backup(
            current,
            backup._free_name(vault.backup_dir, f"peerdesk-before-restore-{stamp}"),
            vault.key_path,
        )
    finally:
        current.close()


def restore_backup(vault, source: Path, data_key: bytes, passphrase: str | None = None):
    """Replace the working database by the backup `source`, migrating it if it is older.

    Returns (path of the safety copy of the previous state or None, the reopened database).
    """
    source = Path(source)
    key, keyfile = backup_key(source, data_key, passphrase)
    return _swap_in(vault, _copy_in(vault, source, key), key, keyfile, data_key)


def restore_into_new_folder(vault, source: Path, secret: str):
    """On a new computer: make the data folder from a backup and the key copy beside it.

    `secret` is the passphrase, or the recovery key, that opened the original database.
    """
    source = Path(source)
    if vault.exists():
        raise BackupError(
            translate("Backups", "{folder} already holds a peerdesk database.").format(
                folder=vault.data_dir
            )
        )
    sidecar = backup.key_copy_path(source)
    if not sidecar.exists():
        raise BackupError(
            translate(
                "Backups",
                "The key copy {name} must be beside the backup to restore it on a new computer.",
            ).format(name=sidecar.name)
        )
    keyfile = KeyFile.load(sidecar)
    key = _unlock_either(keyfile, secret)
    if key is None:
        raise BackupError(
            translate(
                "Backups", "That is neither the passphrase nor the recovery key of this backup."
            )
        )
    try:
        vault.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise backup._write_error(vault.data_dir, exc) from None
    return _swap_in(vault, _copy_in(vault, source, key), key, keyfile, key)[1]


def _swap_in(vault, tmp: Path, key: bytes, keyfile: KeyFile | None, current_key: bytes):
    folder = vault.data_dir
    try:
        os.chmod(tmp, PRIVATE_MODE)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        backup._verify(tmp, key)
        dbmod.close_database()
        instance_lock.acquire(folder)
        safety = _current_state_aside(vault, current_key)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{vault.db_path}{suffix}")
        os.replace(tmp, vault.db_path)
        fsync_dir(folder)
        if keyfile is not None:
            keyfile.save(vault.key_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return safety, vault.open_with_key(key)


def rescue_into_place(vault, data_key: bytes, progress=None):
    """Keep the damaged file aside, copy what is readable into a new database and open it.

    Returns (where the damaged file went, the RescueReport, the reopened database).
    """
    dbmod.close_database()
    instance_lock.acquire(vault.data_dir)
    aside = integrity.set_aside(vault.db_path)
    tmp = vault.data_dir / ".peerdesk.db.rescue.part"
    with contextlib.suppress(OSError):
        tmp.unlink()
    try:
        kwargs = {"progress": progress} if progress else {}
        report = integrity.rescue(aside, data_key, tmp, **kwargs)
        os.replace(tmp, vault.db_path)
        fsync_dir(vault.data_dir)
    except BaseException:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(f"{tmp}{suffix}")
        if not vault.db_path.exists():  # put the damaged file back where it was
            os.replace(aside, vault.db_path)
        raise
    return aside, report, vault.open_with_key(data_key)
