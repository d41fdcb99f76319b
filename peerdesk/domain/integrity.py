"""Damage at open: quick_check, the -wal journal, keeping a damaged file aside, and rescue.

When the check fails the app stops writing: the file is only ever moved aside (never changed) and
either a verified backup is restored or what can still be read is copied, table by table, into a
new database. Nothing is deleted, so a specialist can still look at the damaged file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3
from peewee import DatabaseError as _PeeweeError

from peerdesk.domain.files import fsync_dir
from peerdesk.domain.progress import NO_PROGRESS, Progress
from peerdesk.i18n import translate

# peewee wraps errors raised by execute, but not those raised while iterating a cursor.
DatabaseError = (_PeeweeError, sqlcipher3.dbapi2.DatabaseError)
DAMAGED_DIR = "damaged"
# Parents before children, so rows keep their links.
TABLES = (
    "schema_version",
    "setting",
    "group",
    "member",
    "membership",
    "meeting",
    "attendance",
    "note",
    "tag",
    "resource",
    "resource_tag",
    "attachment",
    "handout",
    "handout_item",
)


def plain_names() -> dict[str, str]:
    """Each table as the user knows it, in the current language."""
    settings, resources = translate("Backups", "settings"), translate("Backups", "resources")
    handouts = translate("Backups", "handouts")
    return {
        "schema_version": settings,
        "setting": settings,
        "group": translate("Backups", "groups"),
        "member": translate("Backups", "members"),
        "membership": translate("Backups", "group memberships"),
        "meeting": translate("Backups", "meetings"),
        "attendance": translate("Backups", "attendance"),
        "note": translate("Backups", "notes"),
        "tag": resources,
        "resource": resources,
        "resource_tag": resources,
        "attachment": translate("Backups", "attached files"),
        "handout": handouts,
        "handout_item": handouts,
    }


def damaged_sentence(path: Path) -> str:
    return translate(
        "Backups",
        "The database file {name} is damaged: some of what it holds can no longer "
        "be read, so peerdesk has stopped writing to it.",
    ).format(name=Path(path).name)


def open_checked(path: Path, data_key: bytes, *, quick_check: bool = True):
    """Connect and run quick_check; DatabaseDamaged (one sentence) when either fails.

    Without quick_check only the header and schema are read: a quick open for read-mostly
    commands, whose callers check the whole file later or elsewhere (see verify()).
    """
    from peerdesk.domain.db import DatabaseDamaged, DatabaseOpenError, connect

    try:
        db = connect(path, data_key)
    except DatabaseOpenError:
        if path.stat().st_size == 0:
            raise
        raise DatabaseDamaged(damaged_sentence(path)) from None
    if quick_check:
        try:
            verify(db)
        except BaseException:
            db.close()
            raise
    return db


def verify(db) -> None:
    """quick_check over the whole file (about a second per 150 MB); DatabaseDamaged on failure."""
    from peerdesk.domain.db import DatabaseDamaged

    try:
        result = db.execute_sql("PRAGMA quick_check").fetchone()[0]
    except DatabaseError:
        result = "unreadable"
    if result != "ok":
        raise DatabaseDamaged(damaged_sentence(db.path))


def check_journal(path: Path, previous_state: bytes) -> list[str]:
    """Warnings about the -wal journal, decided from how the last session ended.

    After a clean close SQLite has folded the -wal back in and deleted it, so a -wal found then is
    stale (it belongs to another copy of the file) and is set aside before SQLite could replay it.
    After a crash the -wal holds committed work; if it is gone while its -shm index remains,
    the most recent changes were lost with it.
    """
    from peerdesk.domain.instance_lock import CLOSED, OPEN

    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    wal_size = wal.stat().st_size if wal.exists() else 0
    if previous_state == CLOSED and wal_size:
        aside = _aside_folder(path) / f"{path.name}-stale-{_stamp()}-wal"
        os.replace(wal, aside)
        with contextlib.suppress(OSError):
            shm.unlink()
        return [
            translate(
                "Backups",
                "A leftover journal file that did not belong to this database was set aside as "
                "{path}; the database itself was not changed.",
            ).format(path=aside)
        ]
    if previous_state == OPEN and not wal.exists() and shm.exists():
        return [
            translate(
                "Backups",
                "peerdesk did not close properly last time and its journal file (peerdesk.db-wal) "
                "is missing, so the most recent changes may be lost; restore the latest backup if "
                "something is missing.",
            )
        ]
    return []


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _aside_folder(path: Path) -> Path:
    folder = Path(path).parent / DAMAGED_DIR
    folder.mkdir(exist_ok=True, mode=0o700)
    return folder


def set_aside(path: Path) -> Path:
    """Move the database and its -wal/-shm into damaged/; returns where the database went."""
    path = Path(path)
    dest = _aside_folder(path) / f"peerdesk-damaged-{_stamp()}.db"
    n = 1
    while dest.exists():
        dest = dest.with_name(f"peerdesk-damaged-{_stamp()}-{n}.db")
        n += 1
    for suffix in ("-wal", "-shm", ""):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, f"{dest}{suffix}")
    fsync_dir(dest.parent)
    fsync_dir(path.parent)
    return dest


@dataclass
class RescueReport:
    rescued: dict[str, int] = field(default_factory=dict)
    damaged_tables: set[str] = field(default_factory=set)  # tables with unreadable rows
    dropped_links: int = 0  # rows whose parent record was lost

    @property
    def complete(self) -> bool:
        return not self.damaged_tables and not self.dropped_links

    def sentence(self) -> str:
        got = ", ".join(
            label.format(n=f"{self.rescued.get(t, 0):,}")
            for t, label in (
                ("member", translate("Backups", "{n} members")),
                ("meeting", translate("Backups", "{n} meetings")),
                ("note", translate("Backups", "{n} notes")),
            )
        )
        if self.complete:
            return translate("Backups", "Everything could be read: {counts}.").format(counts=got)
        names = plain_names()
        where = ", ".join(sorted({names[t] for t in self.damaged_tables})) or translate(
            "Backups", "links"
        )
        return translate(
            "Backups", "Rescued {counts}; some records could not be read ({where})."
        ).format(counts=got, where=where)


def _copy_table(db, table: str, report: RescueReport, chunk: int = 256) -> None:
    cols = ", ".join(f'"{c.name}"' for c in db.get_columns(table))
    insert = f'INSERT OR IGNORE INTO main."{table}" ({cols}) SELECT {cols} FROM old."{table}"'
    try:
        with db.atomic():
            db.execute_sql(insert)
        return
    except DatabaseError:
        pass
    report.damaged_tables.add(table)
    try:
        top = db.execute_sql(f'SELECT MAX(rowid) FROM old."{table}"').fetchone()[0] or 0
    except DatabaseError:  # the right edge is gone: probe a little past the last readable row
        top = 0
        with contextlib.suppress(DatabaseError):
            for (rowid,) in db.execute_sql(f'SELECT rowid FROM old."{table}" ORDER BY rowid'):
                top = rowid
        top += chunk * 8
    for start in range(0, top + 1, chunk):
        try:
            with db.atomic():
                db.execute_sql(f"{insert} WHERE rowid BETWEEN ? AND ?", (start, start + chunk - 1))
            continue
        except DatabaseError:
            pass
        for rowid in range(start, start + chunk):
            with contextlib.suppress(DatabaseError):
                db.execute_sql(f"{insert} WHERE rowid = ?", (rowid,))


def rescue(
    damaged: Path, data_key: bytes, dest: Path, progress: Progress = NO_PROGRESS
) -> RescueReport:
    """Copy every readable row of `damaged` into a new database at `dest` (same key)."""
    from peerdesk.domain import migrations
    from peerdesk.domain.db import DatabaseOpenError, connect

    dest = Path(dest)
    report = RescueReport()
    db = connect(dest, data_key)
    try:
        try:
            db.execute_sql(f"ATTACH DATABASE ? AS old KEY {db.sql_key()}", (str(damaged),))
            old_tables = {
                row[0]
                for row in db.execute_sql("SELECT name FROM old.sqlite_master WHERE type = 'table'")
            }
        except DatabaseError:
            raise DatabaseOpenError(
                translate(
                    "Backups",
                    "Nothing could be read from the damaged file; restore a backup instead.",
                )
            ) from None
        try:
            version = db.execute_sql("SELECT MAX(version) FROM old.schema_version").fetchone()[0]
        except DatabaseError:
            version = None
        migrations.migrate(db, min(int(version or migrations.LATEST), migrations.LATEST))
        db.execute_sql("DELETE FROM schema_version")
        db.execute_sql("PRAGMA foreign_keys = OFF")
        for index, table in enumerate(TABLES):
            progress(
                index / len(TABLES),
                translate("Progress", "Rescuing {what}").format(what=plain_names()[table]),
            )
            if table in old_tables:
                _copy_table(db, table, report)
        db.execute_sql("DETACH DATABASE old")
        if not db.execute_sql("SELECT COUNT(*) FROM schema_version").fetchone()[0]:
            db.execute_sql(
                "INSERT INTO schema_version (uuid, version) VALUES ('rescued', ?)",
                (int(version or migrations.LATEST),),
            )
        while orphans := db.execute_sql("PRAGMA foreign_key_check").fetchall():
            for table, rowid, _parent, _fk in orphans:
                db.execute_sql(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
            report.dropped_links += len(orphans)
        db.execute_sql("PRAGMA foreign_keys = ON")
        for table in TABLES:
            report.rescued[table] = db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        if db.execute_sql("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise DatabaseOpenError(
                translate(
                    "Backups", "The rescued database did not pass its check; restore a backup."
                )
            )
    finally:
        db.close()
    progress(1.0, translate("Progress", "Rescued"))
    return report
