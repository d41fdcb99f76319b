"""The one boundary where an encrypted database is opened, configured and migrated."""

from __future__ import annotations

from pathlib import Path

from peewee import DatabaseError
from playhouse.sqlcipher_ext import SqlCipherDatabase

from peerdesk.domain import migrations
from peerdesk.domain.files import create_private_file
from peerdesk.domain.models import database
from peerdesk.i18n import translate

# Design §3.8, applied on every connection (peewee runs them after the key is set).
PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", 5000),
    ("secure_delete", 1),
    ("temp_store", "memory"),
    ("cipher_log_level", "NONE"),  # damaged pages are reported to the user, not to stderr
)


class DatabaseOpenError(Exception):
    """The file cannot be used; str() is one sentence for the user."""


class DatabaseDamaged(DatabaseOpenError):
    """The key is right but the file fails its check: the app must not write to it."""


# One sentence per session, e.g. a journal file that was missing or set aside at open.
open_warnings: list[str] = []


class PeerDatabase(SqlCipherDatabase):
    """SQLCipher keyed with the raw 256-bit data key, so SQLCipher runs no KDF of its own."""

    def __init__(self, path: Path, data_key: bytes, **kwargs):
        if len(data_key) != 32:
            raise ValueError("the data key must be 32 bytes")
        self.data_key = data_key
        super().__init__(
            str(path), passphrase=f"x'{data_key.hex()}'", pragmas=list(PRAGMAS), **kwargs
        )

    @property
    def path(self) -> Path:
        return Path(self.database)

    def sql_key(self) -> str:
        """The KEY clause for ATTACH, for backups written with the same key."""
        return f"\"x'{self.data_key.hex()}'\""


def connect(path: Path, data_key: bytes) -> PeerDatabase:
    """Open and verify the key; raises DatabaseOpenError if the file is not ours or damaged."""
    db = PeerDatabase(path, data_key)
    try:
        db.connect()
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        db.close()
        raise DatabaseOpenError(
            translate(
                "Database",
                "The database {path} cannot be opened: it is damaged or belongs to another key file.",
            ).format(path=path)
        ) from exc
    return db


def open_database(
    path: Path,
    data_key: bytes,
    *,
    create: bool = False,
    backup_dir: Path | None = None,
    quick_check: bool = True,
) -> PeerDatabase:
    """Connect, migrate (after a verified backup when upgrading an old file) and bind the models."""
    from peerdesk.domain import instance_lock, integrity

    path = Path(path)
    if not create and not path.exists():
        raise DatabaseOpenError(
            translate("Database", "There is no database at {path}.").format(path=path)
        )
    previous = instance_lock.acquire(path.parent)
    try:
        if create:
            create_private_file(path)
        open_warnings[:] = integrity.check_journal(path, previous)
        db = integrity.open_checked(path, data_key, quick_check=quick_check)
    except BaseException:
        instance_lock.release(path.parent, clean=False)
        raise
    try:
        version = migrations.current_version(db)
        if version > migrations.LATEST:
            raise DatabaseOpenError(
                translate(
                    "Database",
                    "This database was written by a newer version of peerdesk; please update peerdesk.",
                )
            )
        if version < migrations.LATEST:
            if version > 0:
                from peerdesk.domain import backup

                backup.backup_before_migration(db, backup_dir or path.parent / "backups", version)
            migrations.migrate(db)
    except BaseException:
        db.close()
        instance_lock.release(path.parent, clean=False)
        raise
    database.initialize(db)
    return db


def close_database() -> None:
    """Close this thread's connection and give up the folder lock.

    The session counts as cleanly closed only when SQLite has folded the -wal back in.
    """
    from peerdesk.domain import backup, instance_lock

    db = database.obj
    backed_up = db is not None and not backup.changed_since_backup(
        db.path, db.path.parent / "backups"
    )
    if db is not None and not db.is_closed():
        db.close()
    database.initialize(None)
    if backed_up:  # closing folds the -wal into the file: not a change to back up
        backup.mark_backed_up(db.path, db.path.parent / "backups")
    if db is not None:
        wal = Path(str(db.path) + "-wal")
        instance_lock.release(db.path.parent, clean=not wal.exists())


def is_open() -> bool:
    return database.obj is not None and not database.obj.is_closed()
