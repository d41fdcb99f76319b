"""A data folder: the encrypted database plus the key file that unlocks it."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from peerdesk import paths
from peerdesk.domain import db as dbmod
from peerdesk.domain import settings
from peerdesk.domain.keys import KdfParams, KeyFile, create_keyfile
from peerdesk.i18n import translate


class VaultError(Exception):
    """str() is one sentence for the user."""


class VaultDamaged(VaultError):
    """The passphrase was right but the database file is damaged; carries the key to repair it."""

    def __init__(self, message: str, data_key: bytes) -> None:
        super().__init__(message)
        self.data_key = data_key


@dataclass
class Vault:
    data_dir: Path

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir).expanduser()

    @property
    def db_path(self) -> Path:
        return paths.db_path(self.data_dir)

    @property
    def key_path(self) -> Path:
        return paths.key_path(self.data_dir)

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def exists(self) -> bool:
        return self.db_path.exists() or self.key_path.exists()

    def require_existing(self) -> None:
        if not self.data_dir.is_dir():
            raise VaultError(
                translate("Vault", "The data folder {folder} does not exist.").format(
                    folder=self.data_dir
                )
            )
        if not self.db_path.exists():
            raise VaultError(
                translate(
                    "Vault", "There is no peerdesk database in {folder}; run 'peerdesk init' first."
                ).format(folder=self.data_dir)
            )

    def create(
        self,
        passphrase: str,
        *,
        organisation: str = "",
        paper_size: str = "letter",
        kdf: KdfParams | None = None,
    ) -> str:
        """Create the key file and an empty migrated database; returns the recovery key."""
        if self.exists():
            raise VaultError(
                translate("Vault", "A peerdesk database already exists in {folder}.").format(
                    folder=self.data_dir
                )
            )
        keyfile, data_key, recovery = create_keyfile(passphrase, kdf)
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise VaultError(
                translate("Vault", "The folder {folder} cannot be created ({reason}).").format(
                    folder=self.data_dir, reason=exc.strerror
                )
            ) from None
        try:
            keyfile.save(self.key_path)
            dbmod.open_database(self.db_path, data_key, create=True)
            settings.set_many(
                {"organisation_name": organisation.strip(), "paper_size": paper_size.lower()}
            )
        except BaseException:
            dbmod.close_database()
            self.remove_files()
            raise
        return recovery

    def remove_files(self) -> None:
        """Remove a database that was never finished (creation failed or was interrupted)."""
        for path in (self.db_path, self.key_path):
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    os.unlink(str(path) + suffix)

    def keyfile(self) -> KeyFile:
        return KeyFile.load(self.key_path)

    def open(self, passphrase: str, *, quick_check: bool = True) -> dbmod.PeerDatabase:
        """Unwrap the data key (WrongPassphrase if it fails) and open the database."""
        self.require_existing()
        data_key = self.keyfile().unlock(passphrase)
        return self.open_with_key(data_key, quick_check=quick_check)

    def open_with_key(self, data_key: bytes, *, quick_check: bool = True) -> dbmod.PeerDatabase:
        from peerdesk.domain.instance_lock import AlreadyOpen

        try:
            return dbmod.open_database(
                self.db_path, data_key, backup_dir=self.backup_dir, quick_check=quick_check
            )
        except dbmod.DatabaseDamaged as exc:
            raise VaultDamaged(str(exc), data_key) from None
        except (dbmod.DatabaseOpenError, AlreadyOpen) as exc:
            raise VaultError(str(exc)) from None

    def recover(self, recovery_key: str, new_passphrase: str) -> bytes:
        """Unlock with the printed recovery key and set a new passphrase; returns the data key."""
        keyfile = self.keyfile()
        data_key = keyfile.unlock_with_recovery(recovery_key)
        keyfile.set_passphrase(data_key, new_passphrase)
        keyfile.save(self.key_path)
        self._refresh_backup_keys()
        return data_key

    def change_passphrase(self, old: str, new: str) -> None:
        keyfile = self.keyfile()
        data_key = keyfile.unlock(old)
        keyfile.set_passphrase(data_key, new)
        keyfile.save(self.key_path)
        self._refresh_backup_keys()

    def _refresh_backup_keys(self) -> None:
        from peerdesk.domain.backup import refresh_key_copies

        if self.backup_dir.is_dir():
            refresh_key_copies(self.backup_dir, self.key_path)

    def new_recovery_key(self, passphrase: str) -> str:
        keyfile = self.keyfile()
        data_key = keyfile.unlock(passphrase)
        key = keyfile.new_recovery_key(data_key)
        keyfile.save(self.key_path)
        return key

    def automatic_backup(self, progress=None):
        """A rotated, verified backup in backups/ of the open database."""
        from peerdesk.domain import backup
        from peerdesk.domain.models import database

        kwargs = {"progress": progress} if progress is not None else {}
        return backup.automatic_backup(database.obj, self.backup_dir, **kwargs)

    def changed_since_backup(self) -> bool:
        from peerdesk.domain import backup

        return backup.changed_since_backup(self.db_path, self.backup_dir)

    def list_backups(self, data_key: bytes):
        from peerdesk.domain import backup

        return backup.list_backups(self.backup_dir, data_key) if self.backup_dir.is_dir() else []
