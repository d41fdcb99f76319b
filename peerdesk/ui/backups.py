"""Automatic backups and the File menu's backup actions; the backups themselves are domain calls.

A backup runs every 30 minutes while there are changes no backup has yet, and when the app locks
or closes (after the views are cleared: the backup then reads through a connection of its own).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from peerdesk.domain import backup
from peerdesk.ui import look
from peerdesk.ui.dialogs.integrity_dialog import IntegrityDialog
from peerdesk.ui.dialogs.restore_dialog import RestoreDialog
from peerdesk.ui.jobs import Job, user_error_types

INTERVAL_MS = 30 * 60 * 1000


def ask_backup_path(parent, suggested: str) -> Path | None:
    """Where to write a backup (a USB stick, another folder); tests monkeypatch this seam."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BackupScheduler", "Back up to"),
        suggested,
        QCoreApplication.translate("BackupScheduler", "peerdesk backups (*.db)"),
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".db") else f"{path}.db")


def confirm(parent, title: str, text: str) -> bool:
    """A yes/no question; tests monkeypatch this seam."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def tell(parent, title: str, text: str) -> None:
    """An information box; tests monkeypatch this seam."""
    QMessageBox.information(parent, title, text)


class BackupScheduler(QObject):
    def __init__(self, session, window) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.jobs: list[Job] = []
        self.last_result = ""
        self._pending_key: bytes | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.back_up_if_changed)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Backup state"))
        self.warning = QLabel()
        self.warning.setAccessibleName(self.tr("Data folder warning"))
        self.warning.setStyleSheet(look.text_style("warning"))
        self.warning.setWordWrap(False)
        window.statusBar().addPermanentWidget(self.warning)
        window.statusBar().addPermanentWidget(self.status)

        self.backup_now = QAction(self.tr("&Back up now"), self)
        self.backup_now.triggered.connect(self.back_up_now)
        self.backup_to = QAction(self.tr("Back up &to…"), self)
        self.backup_to.triggered.connect(self.back_up_to)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.triggered.connect(self.restore)
        self.actions = [self.backup_now, self.backup_to, self.restore_action]

        self._closing = False
        window.installEventFilter(self)
        session.unlocked.connect(self._on_unlocked)
        session.about_to_lock.connect(self._on_about_to_lock)
        session.locked.connect(self._on_locked)
        session.damaged.connect(self._on_damaged)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if obj is self.window and event.type() == QEvent.Type.Close:
            self._closing = True  # the lock that follows must finish its backup before exit
        return False

    # -- automatic ---------------------------------------------------------------------------
    def _on_unlocked(self) -> None:
        self.timer.start()
        warnings = self.session.warnings()
        self.warning.setText(f"⚠ {warnings[0]}" if warnings else "")
        self.warning.setToolTip("\n".join(warnings))
        self.warning.setVisible(bool(warnings))

    def _on_about_to_lock(self) -> None:
        self.timer.stop()
        self._pending_key = None
        if self.session.vault.changed_since_backup():
            self._pending_key = self.session.data_key()

    def _on_locked(self) -> None:
        key, self._pending_key = self._pending_key, None
        self.status.clear()
        if key is not None:
            vault = self.session.vault
            job = self._run(
                Job(backup.backup_file, vault.db_path, key, vault.backup_dir), quiet=True
            )
            if self._closing:
                job.wait()

    def back_up_if_changed(self) -> None:
        if (
            self.session.is_unlocked
            and not self.busy()
            and self.session.vault.changed_since_backup()
        ):
            self.back_up_now()

    def back_up_now(self) -> None:
        if self.session.is_unlocked and not self.busy():
            self._run(Job(self.session.vault.automatic_backup))

    def _run(self, job: Job, *, quiet: bool = False) -> Job:
        def succeeded(path) -> None:
            self.last_result = self.tr("Backed up at {time}.").format(
                time=f"{dt.datetime.now():%H:%M}"
            )
            if not quiet:
                self.status.setText(f"✔ {self.last_result}")
                self.status.setToolTip(str(path))

        def failed(message: str) -> None:
            self.last_result = self.tr("The backup failed: {message}").format(message=message)
            self.status.setText(f"⚠ {self.last_result}")

        job.succeeded.connect(succeeded)
        job.failed.connect(failed)
        job.finished.connect(lambda: self.jobs.remove(job) if job in self.jobs else None)
        self.jobs.append(job)
        if not quiet:
            self.status.setText(self.tr("Backing up…"))
        return job.start()

    def busy(self) -> bool:
        """A backup is running or its result has not been shown yet."""
        return bool(self.jobs)

    def wait(self) -> None:
        """Let running backups finish (called before the app exits)."""
        for job in list(self.jobs):
            job.wait()

    # -- by hand -----------------------------------------------------------------------------
    def back_up_to(self) -> None:
        if not self.session.is_unlocked:
            return
        suggested = f"peerdesk-{dt.datetime.now():%Y-%m-%d}.db"
        dest = ask_backup_path(self.window, suggested)
        if dest is None:
            return
        key_path = self.session.vault.key_path

        def write(dest, progress=None):
            from peerdesk.domain.models import database

            return backup.write_backup(database.obj, dest, key_path)

        job = self._run(Job(write, dest))
        job.succeeded.connect(
            lambda path: tell(
                self.window,
                self.tr("Backed up"),
                self.tr(
                    "The backup was written to {path}.\n\nKeep {key} with it: with your "
                    "passphrase or recovery key, it unlocks the backup."
                ).format(path=path, key=backup.key_copy_path(path).name),
            )
        )
        job.failed.connect(lambda message: tell(self.window, self.tr("Backup failed"), message))

    def restore(self) -> None:
        if not self.session.is_unlocked:
            return
        path = RestoreDialog.ask(self.window, self.session.backups())
        if path is None:
            return
        if not confirm(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace what is in peerdesk now by the backup {name}? "
                "The current state is backed up first."
            ).format(name=path.name),
        ):
            return
        self.wait()
        try:
            self.session.restore(path)
        except user_error_types() as exc:
            tell(self.window, self.tr("Restore failed"), str(exc))
            return
        tell(
            self.window,
            self.tr("Restored"),
            self.tr("The backup {name} was restored.").format(name=path.name),
        )

    def _on_damaged(self, message: str) -> None:
        IntegrityDialog.launch(self.window, self.session, message)
