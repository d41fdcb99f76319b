"""Settings: organisation, paper, idle lock, suppression threshold, passphrase and recovery sheet,
and the window's language (a QSettings choice of this computer, read when peerdesk starts)."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from peerdesk import i18n
from peerdesk.domain import settings
from peerdesk.domain.keys import KeyError_
from peerdesk.domain.vault import Vault
from peerdesk.ui import printing, translations
from peerdesk.ui.widgets import ErrorLabel, save_cancel_buttons


def _password_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


class SettingsDialog(QDialog):
    def __init__(self, vault: Vault, parent=None, qsettings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.qsettings = qsettings or getattr(parent, "qsettings", None) or QSettings()
        self.setWindowTitle(self.tr("Settings"))
        values = settings.all_settings()

        self.organisation = QLineEdit(values["organisation_name"])
        self.organisation.setAccessibleName(self.tr("Organisation name"))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.setCurrentIndex(max(0, self.paper.findData(values["paper_size"])))
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setValue(settings.get_int("idle_lock_minutes"))
        self.idle.setAccessibleName(self.tr("Lock after idle minutes"))
        self.suppression = QSpinBox()
        self.suppression.setRange(settings.MIN_SUPPRESSION_K, 100)
        self.suppression.setValue(
            max(settings.MIN_SUPPRESSION_K, settings.get_int("suppression_k"))
        )
        self.suppression.setAccessibleName(self.tr("Suppression threshold"))
        general = QGroupBox(self.tr("Organisation and privacy"))
        form = QFormLayout(general)
        form.addRow(self.tr("Organisation name"), self.organisation)
        form.addRow(self.tr("Paper size"), self.paper)
        form.addRow(self.tr("Lock when idle for"), self.idle)
        form.addRow(self.tr("Hide report counts below"), self.suppression)
        hint = QLabel(
            "<small>"
            + self.tr(
                "In funder reports, demographic counts below this number print as “&lt;k” "
                "so nobody can be recognised (at least {k})."
            ).format(k=settings.MIN_SUPPRESSION_K)
            + "</small>"
        )
        hint.setWordWrap(True)
        hint.setMinimumHeight(hint.fontMetrics().lineSpacing() * 2)  # room to wrap in any language
        form.addRow(hint)

        self.current = _password_field(self.tr("Current passphrase"))
        self.new = _password_field(self.tr("New passphrase"))
        self.repeat = _password_field(self.tr("Repeat new passphrase"))
        self.change_button = QPushButton(self.tr("Change passphrase"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.sheet_button = QPushButton(self.tr("Print a new recovery sheet…"))
        self.sheet_button.setToolTip(
            self.tr("Makes a new recovery key (the old sheet stops working) and prints it")
        )
        self.sheet_button.clicked.connect(self.new_recovery_sheet)
        self.key_status = QLabel()
        self.key_status.setWordWrap(True)
        self.key_status.setAccessibleName(self.tr("Passphrase status"))
        security = QGroupBox(self.tr("Passphrase and recovery key"))
        sform = QFormLayout(security)
        sform.addRow(self.tr("Current passphrase"), self.current)
        sform.addRow(self.tr("New passphrase"), self.new)
        sform.addRow(self.tr("Repeat new passphrase"), self.repeat)
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        sform.addRow("", row)
        sform.addRow("", self.key_status)

        # Language names stay in their own language, so anyone can find theirs.
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in i18n.SUPPORTED.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(translations.chosen_language(self.qsettings)))
        )
        language_box = QGroupBox(self.tr("Language"))
        lform = QFormLayout(language_box)
        lform.addRow(self.tr("Show peerdesk in"), self.language)
        restart = QLabel("<small>" + self.tr("Takes effect when peerdesk restarts.") + "</small>")
        restart.setWordWrap(True)
        lform.addRow("", restart)

        self.error = ErrorLabel()
        buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(security)
        layout.addWidget(language_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def values(self) -> dict[str, str]:
        return {
            "organisation_name": self.organisation.text(),
            "paper_size": self.paper.currentData(),
            "idle_lock_minutes": str(self.idle.value()),
            "suppression_k": str(self.suppression.value()),
        }

    def save(self) -> None:
        try:
            settings.set_many(self.values())
        except settings.SettingError as exc:
            self.error.show_error(str(exc))
            return
        if self.language.currentData() != translations.chosen_language(self.qsettings):
            self.qsettings.setValue(translations.SETTINGS_KEY, self.language.currentData())
            self.qsettings.sync()
        self.accept()

    def _clear_passwords(self) -> None:
        for edit in (self.current, self.new, self.repeat):
            edit.clear()

    def change_passphrase(self) -> None:
        self.error.clear_error()
        new = self.new.text()
        if not new.strip():
            self.error.show_error(self.tr("The new passphrase cannot be empty."))
            return
        if new != self.repeat.text():
            self.error.show_error(self.tr("The two new passphrases do not match."))
            return
        try:
            self.vault.change_passphrase(self.current.text(), new)
        except KeyError_ as exc:
            self.error.show_error(str(exc))
            return
        self._clear_passwords()
        self.key_status.setText(self.tr("Passphrase changed. Use the new one from now on."))

    def new_recovery_sheet(self) -> None:
        """A new key needs the passphrase; the old printed sheet stops working."""
        self.error.clear_error()
        try:
            key = self.vault.new_recovery_key(self.current.text())
        except KeyError_ as exc:
            self.error.show_error(
                self.tr("{reason} Type the current passphrase first.").format(reason=exc)
            )
            return
        self._clear_passwords()
        with tempfile.TemporaryDirectory() as folder:
            path = str(Path(folder) / "recovery-sheet.pdf")
            from peerdesk.documents.recovery_sheet import build_recovery_sheet

            build_recovery_sheet(
                path,
                organisation=self.organisation.text(),
                recovery_key=key,
                created_on=dt.date.today(),
                database_location=str(self.vault.data_dir),
                paper=self.paper.currentData(),
            )
            printed = printing.print_pdf(path, self)
        if printed:
            self.key_status.setText(
                self.tr(
                    "A new recovery key was made and sent to the printer. Destroy the old sheet."
                )
            )
        else:
            self.key_status.setText(
                self.tr(
                    "A new recovery key was made but not printed — print another one now, or "
                    "the data cannot be recovered if the passphrase is forgotten."
                )
            )

    @classmethod
    def launch(cls, window) -> bool:
        """Run the dialog for the main window; True if settings were saved. Tests monkeypatch."""
        dialog = cls(window.session.vault, window, getattr(window, "qsettings", None))
        return dialog.exec() == QDialog.DialogCode.Accepted
