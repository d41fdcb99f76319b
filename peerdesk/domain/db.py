"""The one boundary where an encrypted database is opened, configured and migrated."""

from __future__ import annotations

from pathlib import Path

from peewee import DatabaseError
from playhouse.sqlcipher_ext import SqlCipherDatabase

from peerdesk.domain import migrations
from peerdesk.domain.files import create_private_file
from peerdesk.domain.models import database

# Design §3.8, applied on every connection (peewee runs them after the key is set).
PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", 5000),
    ("secure_delete", 1),
    ("temp_store", "memory"),
)


class DatabaseOpenError(Exception):
    """The file cannot be used; str() is one sentence for the user."""


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
            f"The database {path} cannot be opened: it is damaged or belongs to another key file."
        ) from exc
    return db


def open_database(
    path: Path, data_key: bytes, *, create: bool = False, backup_dir: Path | None = None
) -> PeerDatabase:
    """Connect, migrate (after a verified backup when upgrading an old file) and bind the models."""
    path = Path(path)
    if create:
        create_private_file(path)
    elif not path.exists():
        raise DatabaseOpenError(f"There is no database at {path}.")
    db = connect(path, data_key)
    try:
        version = migrations.current_version(db)
        if version > migrations.LATEST:
            raise DatabaseOpenError(
                "This database was written by a newer version of peerdesk; please update peerdesk."
            )
        if version < migrations.LATEST:
            if version > 0:
                from peerdesk.domain import backup

                backup.backup_before_migration(db, backup_dir or path.parent / "backups", version)
            migrations.migrate(db)
    except BaseException:
        db.close()
        raise
    database.initialize(db)
    return db


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()
    database.initialize(None)


def is_open() -> bool:
    return database.obj is not None and not database.obj.is_closed()
