"""Verified backups: written with VACUUM INTO to a temp file, checked, then renamed into place.

Never a file copy: copying an open WAL database silently loses the rows still in the -wal file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path

from peerdesk.domain.files import PRIVATE_MODE, fsync_dir


class BackupError(Exception):
    """str() is one sentence for the user."""


def _verify(path: Path, data_key: bytes) -> None:
    from peerdesk.domain.db import DatabaseOpenError, connect

    try:
        db = connect(path, data_key)
    except DatabaseOpenError as exc:
        raise BackupError("The backup could not be read back.") from exc
    try:
        result = db.execute_sql("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise BackupError("The backup failed its integrity check.")
    finally:
        db.close()


def write_backup(db, dest: Path) -> Path:
    """Write a verified, encrypted copy of `db` to `dest` (replaced atomically)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        db.execute_sql("VACUUM INTO ?", (str(tmp),))
        os.chmod(tmp, PRIVATE_MODE)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        _verify(tmp, db.data_key)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise BackupError(
            f"The backup could not be written to {dest.parent} ({exc.strerror})."
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return dest


def backup_before_migration(db, backup_dir: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return write_backup(db, Path(backup_dir) / f"peerdesk-before-v{version + 1}-{stamp}.db")
