"""The unlocked/locked state of one data folder, as Qt signals over the Qt-free vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from peerdesk.domain import backup, restore, settings
from peerdesk.domain import db as dbmod
from peerdesk.domain.instance_lock import shared_folder_warning
from peerdesk.domain.models import database
from peerdesk.domain.vault import Vault, VaultDamaged

BACKGROUND_CHECK_BYTES = 48 * 1024 * 1024  # quick_check of a file this size takes ~0.3 s


class Session(QObject):
    unlocked = Signal()
    about_to_lock = Signal()  # the database is still open: last chance to back it up
    locked = Signal()
    damaged = Signal(str)  # the passphrase was right but the file failed its check

    def __init__(self, data_dir: Path, *, demo: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.vault = Vault(data_dir)
        self.demo = demo
        self._damaged_key: bytes | None = None
        self._verified = False  # quick_check has passed during this run
        self.integrity_job = None

    @property
    def is_unlocked(self) -> bool:
        return dbmod.is_open()

    @property
    def is_damaged(self) -> bool:
        return self._damaged_key is not None

    def needs_setup(self) -> bool:
        return not self.vault.exists()

    def create(self, passphrase: str, organisation: str, paper_size: str) -> str:
        """Create the database (stays unlocked); returns the recovery key to print."""
        recovery = self.vault.create(passphrase, organisation=organisation, paper_size=paper_size)
        self.unlocked.emit()
        return recovery

    def _open(self, data_key: bytes) -> None:
        # quick_check runs once per start. On a large file it takes about a second, which
        # unlocking must not wait for, so there it runs in the background after unlock.
        in_background = (
            not self._verified and self.vault.db_path.stat().st_size > BACKGROUND_CHECK_BYTES
        )
        try:
            self.vault.open_with_key(data_key, quick_check=not self._verified and not in_background)
        except VaultDamaged as exc:
            self._damaged_key = exc.data_key
            self.damaged.emit(str(exc))
            return
        self._damaged_key = None
        self._verified = self._verified or not in_background
        self.unlocked.emit()
        if in_background and self.is_unlocked:
            self._start_integrity_check()

    def _start_integrity_check(self) -> None:
        from peerdesk.ui.jobs import Job

        self.integrity_job = Job(_verify_open_database, parent=self)
        self.integrity_job.succeeded.connect(self._integrity_ok)
        self.integrity_job.failed.connect(self._integrity_failed)
        self.integrity_job.start()

    def _integrity_ok(self, _result) -> None:
        self._verified = True

    def _integrity_failed(self, message: str) -> None:
        """Stop writing at once: close without the usual last backup, then offer the repairs."""
        if not self.is_unlocked:
            return
        data_key = database.obj.data_key
        dbmod.close_database()
        self.locked.emit()
        self._damaged_key = data_key
        self.damaged.emit(message)

    def restore_new(self, path: Path, secret: str) -> None:
        """A new computer: the data folder is made from a backup and its key copy, then opened."""
        restore.restore_into_new_folder(self.vault, path, secret)
        self._verified = True  # the backup was checked as it was copied in
        self._damaged_key = None
        self.unlocked.emit()

    def unlock(self, passphrase: str) -> None:
        """Raises WrongPassphrase (or VaultError) with a sentence; damage emits `damaged`."""
        self.vault.require_existing()
        self._open(self.vault.keyfile().unlock(passphrase))

    def recover(self, recovery_key: str, new_passphrase: str) -> None:
        self._open(self.vault.recover(recovery_key, new_passphrase))

    def lock(self) -> None:
        self._damaged_key = None
        if not self.is_unlocked:
            return
        self.about_to_lock.emit()
        dbmod.close_database()
        self.locked.emit()

    def organisation(self) -> str:
        return settings.get("organisation_name") if self.is_unlocked else ""

    def idle_minutes(self) -> int:
        return settings.get_int("idle_lock_minutes") if self.is_unlocked else 5

    # -- data safety -------------------------------------------------------------------------
    def data_key(self) -> bytes:
        return self._damaged_key or database.obj.data_key

    def warnings(self) -> list[str]:
        """Sentences to keep in view: a shared data folder, a journal problem found at open."""
        shared = shared_folder_warning(self.vault.data_dir)
        return [w for w in (shared, *dbmod.open_warnings) if w]

    def backups(self) -> list[backup.BackupInfo]:
        return self.vault.list_backups(self.data_key())

    def latest_backup(self) -> backup.BackupInfo | None:
        if not self.vault.backup_dir.is_dir():
            return None
        return backup.latest_good_backup(self.vault.backup_dir, self.data_key())

    def restore(self, path: Path, passphrase: str | None = None) -> Path | None:
        """Restore a backup in place (the current state is kept first) and reopen it."""
        key = self.data_key()
        safety, _db = restore.restore_backup(self.vault, path, key, passphrase)
        self._damaged_key = None
        self.unlocked.emit()
        return safety

    def rescue(self) -> str:
        """Keep the damaged file aside, rescue what can be read, reopen; returns the summary."""
        _aside, report, _db = restore.rescue_into_place(self.vault, self.data_key())
        self._damaged_key = None
        self.unlocked.emit()
        return report.sentence()


def _verify_open_database(progress) -> None:
    from peerdesk.domain import integrity

    progress(0.0, QCoreApplication.translate("Session", "Checking the database file"))
    integrity.verify(database.obj)
