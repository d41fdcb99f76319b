"""The unlock page shown at start and after a lock; also recovers with the printed key."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.keys import KeyError_
from peerdesk.domain.vault import VaultError
from peerdesk.ui.widgets import ErrorLabel


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(320)
    return field


class UnlockPage(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.title = QLabel("<h1>" + self.tr("peerdesk is locked") + "</h1>")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.passphrase = _password_field(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.error = ErrorLabel()
        self.forgot_button = QPushButton(self.tr("Forgot passphrase?"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.show_recovery)

        # Recovery with the printed sheet.
        self.recovery_box = QFrame()
        self.recovery_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_passphrase = _password_field(self.tr("New passphrase"))
        self.new_passphrase_again = _password_field(self.tr("Repeat new passphrase"))
        self.recover_button = QPushButton(self.tr("Unlock and set the new passphrase"))
        self.recover_button.clicked.connect(self.try_recover)
        form = QFormLayout(self.recovery_box)
        form.addRow(
            QLabel(
                self.tr(
                    "Type the key from your printed recovery sheet and choose a new passphrase."
                )
            )
        )
        form.addRow(self.tr("Recovery key:"), self.recovery_key)
        form.addRow(self.tr("New passphrase:"), self.new_passphrase)
        form.addRow(self.tr("Repeat:"), self.new_passphrase_again)
        form.addRow(self.recover_button)
        self.recovery_box.hide()

        box = QWidget()
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        row = QFormLayout()
        row.addRow(self.tr("Passphrase:"), self.passphrase)
        inner.addLayout(row)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.error)
        inner.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.recovery_box)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def prepare(self, organisation_hint: str = "") -> None:
        """Reset to a clean state each time the page is shown."""
        self.passphrase.clear()
        self.recovery_key.clear()
        self.new_passphrase.clear()
        self.new_passphrase_again.clear()
        self.recovery_box.hide()
        self.error.clear_error()
        text = self.tr("Database: {path}").format(path=self.session.vault.db_path)
        if self.session.demo:
            text += "\n" + self.tr("This is the demo database; its passphrase is “demo”.")
        self.subtitle.setText(text)
        self.passphrase.setFocus()

    def show_recovery(self) -> None:
        self.recovery_box.setVisible(not self.recovery_box.isVisible())
        if self.recovery_box.isVisible():
            self.recovery_key.setFocus()

    def try_unlock(self) -> None:
        self.error.clear_error()
        try:
            self.session.unlock(self.passphrase.text())
        except (KeyError_, VaultError) as exc:
            self.passphrase.selectAll()
            self.error.show_error(str(exc))
            return
        self.passphrase.clear()

    def try_recover(self) -> None:
        self.error.clear_error()
        if self.new_passphrase.text() != self.new_passphrase_again.text():
            self.error.show_error(self.tr("The two new passphrases do not match."))
            return
        try:
            self.session.recover(self.recovery_key.text(), self.new_passphrase.text())
        except (KeyError_, VaultError) as exc:
            self.error.show_error(str(exc))
            return
        self.prepare()
