"""First run: create the encrypted database, then print or save the recovery sheet."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.keys import KeyError_, passphrase_strength
from peerdesk.domain.vault import VaultError
from peerdesk.ui import printing
from peerdesk.ui.widgets import ErrorLabel


def ask_backup_file(parent) -> str | None:
    """The system's open dialog for a backup; tests monkeypatch this seam."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("WelcomePage", "Choose a peerdesk backup"),
        "",
        QCoreApplication.translate("WelcomePage", "peerdesk backups (*.db)"),
    )
    return path or None


def _centered(box: QWidget, parent: QWidget) -> None:
    # Stretches rather than an alignment flag: an aligned item is sized from its size hint, which
    # ignores how tall the wrapped labels inside become at the width it finally gets.
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(box, 100)
    row.addStretch(1)
    outer = QVBoxLayout(parent)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


class WelcomePage(QWidget):
    """Organisation, paper size and the passphrase (twice, with a strength hint)."""

    created = Signal(str)  # the recovery key

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisation name"))
        self.organisation.setPlaceholderText(self.tr("e.g. Riverside Peer Support"))
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.addItem(self.tr("A4"), "a4")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again.setAccessibleName(self.tr("Repeat passphrase"))
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.strength.setMaximumHeight(8)
        self.hint = QLabel(
            self.tr(
                "Use four or more words you can remember; nobody can recover data without it "
                "or the recovery sheet."
            )
        )
        self.hint.setWordWrap(True)
        self.passphrase.textChanged.connect(self._update_strength)
        self.create_button = QPushButton(self.tr("Create encrypted database"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.try_create)
        self.passphrase_again.returnPressed.connect(self.try_create)
        self.error = ErrorLabel()

        box = QWidget()
        box.setMaximumWidth(620)
        box.setMinimumWidth(560)  # wrapped labels would otherwise squeeze the form
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel("<h1>" + self.tr("Welcome to peerdesk") + "</h1>"))
        intro = QLabel(
            self.tr(
                "peerdesk keeps attendance, confidential notes and your resource library on this "
                "laptop, encrypted with a passphrase. Let's create your database."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Organisation name:"), self.organisation)
        form.addRow(self.tr("Paper size:"), self.paper)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow(self.tr("Repeat passphrase:"), self.passphrase_again)
        layout.addLayout(form)
        layout.addWidget(self.hint)  # below the form: a wrapped label in a form row gets clipped
        layout.addWidget(self.error)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        moving = QLabel(
            self.tr(
                "<b>Moving from another computer?</b> Type the passphrase (or recovery key) of "
                "your backup above, then choose the backup file; its .key file must be beside it."
            )
        )
        moving.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.clicked.connect(self.try_restore)
        layout.addSpacing(12)
        layout.addWidget(moving)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignRight)
        _centered(box, self)

    def _update_strength(self, text: str) -> None:
        score, hint = passphrase_strength(text)
        self.strength.setValue(score)
        self.hint.setText(self.tr("Strength: {hint}").format(hint=hint))

    def try_create(self) -> None:
        self.error.clear_error()
        if self.passphrase.text() != self.passphrase_again.text():
            self.error.show_error(self.tr("The two passphrases do not match."))
            return
        try:
            recovery = self.session.create(
                self.passphrase.text(), self.organisation.text(), self.paper.currentData()
            )
        except (KeyError_, VaultError) as exc:
            self.error.show_error(str(exc))
            return
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.created.emit(recovery)

    def try_restore(self) -> None:
        """Make this computer's database from a backup made elsewhere (a new laptop)."""
        from peerdesk.domain.backup import BackupError

        self.error.clear_error()
        secret = self.passphrase.text()
        if not secret.strip():
            self.error.show_error(
                self.tr(
                    "Type the backup's passphrase or recovery key in the Passphrase field first."
                )
            )
            return
        path = ask_backup_file(self)
        if not path:
            return
        try:
            self.session.restore_new(Path(path), secret)
        except (KeyError_, VaultError, BackupError) as exc:
            self.error.show_error(str(exc))
            return
        self.passphrase.clear()
        self.passphrase_again.clear()


class RecoveryKeyPage(QWidget):
    """Shows the recovery key once; the coordinator saves or prints the sheet, then continues."""

    done = Signal()

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._key = ""
        self.key_label = QLabel()
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setStyleSheet("border: 2px solid palette(text); padding: 12px;")
        self.save_button = QPushButton(self.tr("Save recovery sheet as PDF…"))
        self.save_button.clicked.connect(self.save_sheet)
        self.print_button = QPushButton(self.tr("Print recovery sheet…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = ErrorLabel()
        self.confirm = QCheckBox(
            self.tr("I have printed or saved the recovery sheet and will keep it locked away")
        )
        self.continue_button = QPushButton(self.tr("Continue to peerdesk"))
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)

        box = QWidget()
        box.setMaximumWidth(660)
        box.setMinimumWidth(600)
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel("<h1>" + self.tr("Your recovery key") + "</h1>"))
        text = QLabel(
            self.tr(
                "If you forget your passphrase, this key is the only way back into your data. "
                "It is shown only now. Print the recovery sheet and keep it somewhere safe, "
                "away from this laptop."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(self.key_label, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.confirm)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        _centered(box, self)

    def show_key(self, recovery_key: str) -> None:
        self._key = recovery_key
        groups = recovery_key.split("-")
        self.key_label.setText("-".join(groups[:4]) + "-\n" + "-".join(groups[4:]))
        self.key_label.setMinimumSize(self.key_label.sizeHint())  # both lines, never clipped
        self.confirm.setChecked(False)
        self.status.clear()
        self.error.clear_error()

    def build_sheet(self, path: str) -> None:
        from peerdesk.documents.recovery_sheet import build_recovery_sheet
        from peerdesk.domain import settings

        build_recovery_sheet(
            path,
            organisation=settings.get("organisation_name"),
            recovery_key=self._key,
            created_on=dt.date.today(),
            database_location=str(self.session.vault.data_dir),
            paper=settings.get("paper_size"),
        )

    def save_sheet(self) -> None:
        path = printing.ask_save_path(
            self, self.tr("Save recovery sheet"), "peerdesk-recovery-sheet.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        try:
            self.build_sheet(path)
        except OSError as exc:
            self.error.show_error(
                self.tr("The recovery sheet could not be saved ({reason}).").format(
                    reason=exc.strerror
                )
            )
            return
        self.error.clear_error()
        self.status.setText(
            self.tr(
                "Saved to {path}. Print it, then delete the file if it is on this laptop."
            ).format(path=path)
        )

    def print_sheet(self) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = str(Path(folder) / "recovery-sheet.pdf")
            self.build_sheet(path)
            if printing.print_pdf(path, self):
                self.status.setText(self.tr("Sent to the printer."))

    def _finish(self) -> None:
        self._key = ""
        self.key_label.clear()
        self.done.emit()
