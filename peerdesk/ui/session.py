"""The unlocked/locked state of one data folder, as Qt signals over the Qt-free vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from peerdesk.domain import db as dbmod
from peerdesk.domain import settings
from peerdesk.domain.vault import Vault


class Session(QObject):
    unlocked = Signal()
    locked = Signal()

    def __init__(self, data_dir: Path, *, demo: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.vault = Vault(data_dir)
        self.demo = demo

    @property
    def is_unlocked(self) -> bool:
        return dbmod.is_open()

    def needs_setup(self) -> bool:
        return not self.vault.exists()

    def create(self, passphrase: str, organisation: str, paper_size: str) -> str:
        """Create the database (stays unlocked); returns the recovery key to print."""
        recovery = self.vault.create(passphrase, organisation=organisation, paper_size=paper_size)
        self.unlocked.emit()
        return recovery

    def unlock(self, passphrase: str) -> None:
        """Raises WrongPassphrase (or VaultError) with a sentence for the user."""
        self.vault.open(passphrase)
        self.unlocked.emit()

    def recover(self, recovery_key: str, new_passphrase: str) -> None:
        data_key = self.vault.recover(recovery_key, new_passphrase)
        self.vault.open_with_key(data_key)
        self.unlocked.emit()

    def lock(self) -> None:
        if not self.is_unlocked:
            return
        dbmod.close_database()
        self.locked.emit()

    def organisation(self) -> str:
        return settings.get("organisation_name") if self.is_unlocked else ""

    def idle_minutes(self) -> int:
        return settings.get_int("idle_lock_minutes") if self.is_unlocked else 5
