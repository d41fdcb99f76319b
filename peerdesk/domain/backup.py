"""Verified backups: written with VACUUM INTO to a temp file, synced, checked, then renamed into place.

Never a file copy: copying an open WAL database silently loses the rows still in the -wal file.
Each backup `X.db` travels with `X.key`, a copy of the key file, so it can be unlocked with the
passphrase or the printed recovery key even when the laptop it came from is gone. Backups stay
encrypted with the same data key (VACUUM INTO on SQLCipher keeps the key).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseError

from peerdesk.domain.files import PRIVATE_MODE, fsync_dir, write_private_atomic
from peerdesk.domain.progress import NO_PROGRESS, Progress
from peerdesk.i18n import translate

STAMP = "%Y%m%d-%H%M%S"
AUTO_RE = re.compile(r"^peerdesk-(?:before-[a-z0-9-]+?-)?(\d{8}-\d{6})(?:-\d+)?\.db$")
MARKER = "last-backup.json"
KEEP_LAST, KEEP_DAYS, KEEP_MONTHS = 10, 30, 12


class BackupError(Exception):
    """str() is one sentence for the user."""


def key_copy_path(backup: Path) -> Path:
    return Path(backup).with_suffix(".key")


def _write_error(folder: Path, exc: BaseException) -> BackupError:
    """Turn an OS or SQLite write failure into one sentence."""
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT) or "full" in text or "too large" in text:
        return BackupError(
            translate(
                "Backups",
                "There is not enough free space in {folder} for the backup; nothing was written.",
            ).format(folder=folder)
        )
    if (
        code in (errno.EROFS, errno.EACCES, errno.EPERM)
        or "readonly" in text
        or "unable to open" in text
    ):
        return BackupError(
            translate(
                "Backups", "The folder {folder} cannot be written to; nothing was written."
            ).format(folder=folder)
        )
    if isinstance(exc, OSError) and exc.strerror:
        return BackupError(
            translate("Backups", "The backup could not be written to {folder} ({reason}).").format(
                folder=folder, reason=exc.strerror
            )
        )
    return BackupError(
        translate(
            "Backups",
            "The backup could not be written to {folder} (the disk is full or failing); "
            "nothing was written.",
        ).format(folder=folder)
    )


def _verify(path: Path, data_key: bytes) -> None:
    from peerdesk.domain.db import DatabaseOpenError, connect

    try:
        db = connect(path, data_key)
    except DatabaseOpenError as exc:
        raise BackupError(translate("Backups", "The backup could not be read back.")) from exc
    try:
        result = db.execute_sql("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise BackupError(translate("Backups", "The backup failed its integrity check."))
    except DatabaseError as exc:
        raise BackupError(translate("Backups", "The backup failed its integrity check.")) from exc
    finally:
        db.close()


def _unlink_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def write_backup(db, dest: Path, key_file: Path | None = None) -> Path:
    """Write a verified, encrypted copy of `db` (plus `dest.key`) to `dest`, replaced atomically."""
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise _write_error(dest.parent, exc) from None
    tmp = dest.with_name(f".{dest.name}.part")
    key_tmp = dest.with_name(f".{dest.stem}.key.part")
    key_dest = key_copy_path(dest)
    _unlink_quietly(tmp, key_tmp)
    key_file = Path(key_file) if key_file else Path(db.path).with_name("peerdesk.key")
    try:
        db.execute_sql("VACUUM INTO ?", (str(tmp),))
        os.chmod(tmp, PRIVATE_MODE)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        _verify(tmp, db.data_key)
        if key_file.exists():
            with open(key_tmp, "wb") as fh:
                os.fchmod(fh.fileno(), PRIVATE_MODE)
                fh.write(key_file.read_bytes())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(key_tmp, key_dest)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except (OSError, DatabaseError) as exc:
        _unlink_quietly(tmp, key_tmp)
        raise _write_error(dest.parent, exc) from exc
    except BaseException:
        _unlink_quietly(tmp, key_tmp)
        raise
    return dest


def _free_name(folder: Path, stem: str) -> Path:
    dest = folder / f"{stem}.db"
    n = 1
    while dest.exists():
        dest = folder / f"{stem}-{n}.db"
        n += 1
    return dest


def backup_before_migration(db, backup_dir: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime(STAMP)
    return write_backup(db, _free_name(Path(backup_dir), f"peerdesk-before-v{version + 1}-{stamp}"))


# -- automatic backups -------------------------------------------------------------------------


def source_signature(db_path: Path) -> list:
    """Size and mtime of the database and its -wal: any commit changes them."""
    sig = []
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            st = os.stat(str(db_path) + suffix)
            if st.st_size:
                sig.append([suffix, st.st_size, st.st_mtime_ns])
    return sig


def changed_since_backup(db_path: Path, backup_dir: Path) -> bool:
    """True when the database may hold changes that no automatic backup has yet."""
    try:
        marker = json.loads((Path(backup_dir) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return marker.get("source") != source_signature(db_path)


def mark_backed_up(db_path: Path, backup_dir: Path, signature: list | None = None) -> None:
    sig = source_signature(db_path) if signature is None else signature
    with contextlib.suppress(OSError):
        write_private_atomic(Path(backup_dir) / MARKER, json.dumps({"source": sig}).encode())


def automatic_backup(
    db, backup_dir: Path, *, now: dt.datetime | None = None, progress: Progress = NO_PROGRESS
) -> Path:
    """A timestamped verified backup in `backup_dir`, then rotation of the older ones."""
    progress(0.0, translate("Progress", "Backing up"))
    before = source_signature(db.path)
    now = now or dt.datetime.now()
    dest = write_backup(db, _free_name(Path(backup_dir), f"peerdesk-{now.strftime(STAMP)}"))
    progress(0.9, translate("Progress", "Removing old backups"))
    rotate(backup_dir, now=now)
    if source_signature(db.path) == before:  # nothing was written while the backup ran
        mark_backed_up(db.path, backup_dir, before)
    progress(1.0, translate("Progress", "Backed up"))
    return dest


def backup_stamp(path: Path) -> dt.datetime | None:
    match = AUTO_RE.match(Path(path).name)
    return dt.datetime.strptime(match.group(1), STAMP) if match else None


def choose_keep(stamps: list[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """The last 10, the newest of each day for 30 days, the newest of each month for a year."""
    ordered = sorted(stamps, reverse=True)
    keep = set(ordered[:KEEP_LAST])
    days, months = set(), set()
    for stamp in ordered:
        age = now - stamp
        if age <= dt.timedelta(days=KEEP_DAYS) and stamp.date() not in days:
            days.add(stamp.date())
            keep.add(stamp)
        month = (stamp.year, stamp.month)
        if age <= dt.timedelta(days=366) and month not in months:
            months.add(month)
            keep.add(stamp)
    return keep


def rotate(backup_dir: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete automatic backups the policy no longer keeps; before-migration ones always stay."""
    now = now or dt.datetime.now()
    candidates = {}
    for path in Path(backup_dir).glob("peerdesk-*.db"):
        stamp = backup_stamp(path)
        if stamp is not None and "-before-" not in path.name:
            candidates.setdefault(stamp, []).append(path)
    keep = choose_keep(list(candidates), now)
    removed = []
    for stamp, paths in candidates.items():
        if stamp not in keep:
            for path in paths:
                _unlink_quietly(path, key_copy_path(path))
                removed.append(path)
    return removed


# -- listing and reading backups ---------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    members: int | None = None
    meetings: int | None = None
    notes: int | None = None
    problem: str | None = None  # one sentence when the backup cannot be used


def open_backup(path: Path, data_key: bytes, *, check: bool = True):
    """Connect to a backup and check it; BackupError (one sentence) if it cannot be restored."""
    from peerdesk.domain import migrations
    from peerdesk.domain.db import DatabaseOpenError, connect

    path = Path(path)
    if not path.is_file():
        raise BackupError(
            translate("Backups", "There is no backup file at {path}.").format(path=path)
        )
    size = path.stat().st_size
    if size == 0 or size % 1024:
        raise BackupError(
            translate(
                "Backups", "The backup {name} is incomplete (the file was cut short)."
            ).format(name=path.name)
        )
    try:
        db = connect(path, data_key)
    except DatabaseOpenError:
        raise BackupError(
            translate(
                "Backups",
                "The backup {name} cannot be opened: it is damaged or was made for another database.",
            ).format(name=path.name)
        ) from None
    damaged = translate("Backups", "The backup {name} is damaged or incomplete.")
    try:
        if check and db.execute_sql("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupError(damaged.format(name=path.name))
        version = migrations.current_version(db)
    except DatabaseError:
        db.close()
        raise BackupError(damaged.format(name=path.name)) from None
    except BaseException:
        db.close()
        raise
    if version > migrations.LATEST:
        db.close()
        raise BackupError(
            translate(
                "Backups",
                "The backup {name} was made by a newer version of peerdesk; "
                "update peerdesk to restore it.",
            ).format(name=path.name)
        )
    if version < 1:
        db.close()
        raise BackupError(
            translate("Backups", "The backup {name} is not a peerdesk database.").format(
                name=path.name
            )
        )
    return db


def describe(path: Path, data_key: bytes, *, check: bool = True) -> BackupInfo:
    """Date and counts; check=False skips the full read (restoring checks again anyway)."""
    path = Path(path)
    made = backup_stamp(path) or dt.datetime.fromtimestamp(path.stat().st_mtime)
    try:
        db = open_backup(path, data_key, check=check)
    except BackupError as exc:
        return BackupInfo(path, made, problem=str(exc))
    try:
        counts = [
            db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
            for t in ("member", "meeting", "note")
        ]
    finally:
        db.close()
    return BackupInfo(path, made, *counts)


def list_backups(backup_dir: Path, data_key: bytes) -> list[BackupInfo]:
    """Every backup in the folder, newest first, with its counts of members, meetings and notes."""
    paths = [p for p in Path(backup_dir).glob("*.db") if not p.name.startswith(".")]
    infos = [describe(p, data_key, check=False) for p in paths]
    return sorted(infos, key=lambda i: (i.made_at, i.path.stat().st_mtime_ns), reverse=True)


def latest_good_backup(backup_dir: Path, data_key: bytes) -> BackupInfo | None:
    """The newest backup that passes its full check."""
    for info in list_backups(backup_dir, data_key):
        if info.problem is None and describe(info.path, data_key).problem is None:
            return info
    return None


def backup_file(db_path: Path, data_key: bytes, backup_dir: Path, progress: Progress = NO_PROGRESS):
    """An automatic backup through a connection of its own, e.g. just after the app locked."""
    from peerdesk.domain.db import connect

    db = connect(db_path, data_key)
    try:
        return automatic_backup(db, backup_dir, progress=progress)
    finally:
        db.close()


def refresh_key_copies(backup_dir: Path, key_file: Path) -> None:
    """After a passphrase change, let this database's backups open with the new passphrase too.

    A copy is ours when its recovery wrap is the current one (a passphrase change keeps it).
    """
    data = Path(key_file).read_bytes()
    recovery = json.loads(data).get("recovery")
    for path in Path(backup_dir).glob("*.key"):
        with contextlib.suppress(OSError, ValueError):
            if json.loads(path.read_bytes()).get("recovery") == recovery:
                write_private_atomic(path, data)
