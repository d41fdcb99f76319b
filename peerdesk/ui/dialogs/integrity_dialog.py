"""Shown when the database fails its check at unlock: explain, then restore or rescue.

The damaged file is never written to; either choice first moves it into the data folder's
`damaged/` folder, so nothing is thrown away.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from peerdesk.ui.formatting import long_date
from peerdesk.ui.jobs import user_error_types
from peerdesk.ui.widgets import ErrorLabel


class IntegrityDialog(QDialog):
    def __init__(self, session, message: str, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("The database needs attention"))
        self.setMinimumWidth(600)
        aside = session.vault.data_dir / "damaged"
        heading = QLabel("<h2>⚠ " + self.tr("The database file is damaged") + "</h2>")
        explain = QLabel(
            f"{message}<br><br>"
            + self.tr(
                "This can happen after a power cut, a full disk or a failing drive. "
                "Nothing has been deleted. Whatever you choose below, the damaged file is first "
                "moved to <b>{folder}</b> and kept there."
            ).format(folder=aside)
        )
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.RichText)
        latest = session.latest_backup()
        self.latest = latest
        if latest is not None:
            locale = QLocale()
            backup_text = self.tr(
                "<b>Restore the latest backup</b> (recommended): everything as it was on {date} "
                "at {time} — {members} members, {meetings} meetings, {notes} notes. "
                "Changes made after that are not in it."
            ).format(
                date=long_date(latest.made_at.date()),
                time=f"{latest.made_at:%H:%M}",
                members=locale.toString(latest.members),
                meetings=locale.toString(latest.meetings),
                notes=locale.toString(latest.notes),
            )
        else:
            backup_text = self.tr(
                "<b>There is no verified backup</b> in the data folder to restore."
            )
        rescue_text = self.tr(
            "<b>Rescue what can still be read</b>: copies every readable record, table by "
            "table, into a new database. It may include newer changes than the backup, but "
            "records on the damaged parts of the file will be missing."
        )
        options = QLabel(f"{backup_text}<br><br>{rescue_text}")
        options.setWordWrap(True)
        options.setTextFormat(Qt.TextFormat.RichText)
        self.error = ErrorLabel()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Result"))
        self.result.hide()

        self.restore_button = QPushButton(self.tr("Restore the latest backup"))
        self.restore_button.setEnabled(latest is not None)
        self.restore_button.clicked.connect(self.do_restore)
        self.rescue_button = QPushButton(self.tr("Rescue what can be read"))
        self.rescue_button.clicked.connect(self.do_rescue)
        self.close_button = QPushButton(self.tr("Close without changing anything"))
        self.close_button.clicked.connect(self.reject)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.clicked.connect(self.accept)
        self.continue_button.hide()
        (self.restore_button if latest else self.rescue_button).setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.rescue_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addSpacing(8)
        layout.addWidget(options)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addLayout(buttons)

    def _done(self, text: str) -> None:
        self.result.setText(f"✔ {text}")
        self.result.show()
        for button in (self.restore_button, self.rescue_button, self.close_button):
            button.hide()
        self.continue_button.show()
        self.continue_button.setDefault(True)
        self.continue_button.setFocus()
        self.adjustSize()

    def do_restore(self) -> None:
        self.error.clear_error()
        try:
            self.session.restore(self.latest.path)
        except user_error_types() as exc:
            self.error.show_error(str(exc))
            return
        self._done(
            self.tr(
                "The backup from {when} was restored; "
                "the damaged file is kept in the “damaged” folder."
            ).format(when=f"{long_date(self.latest.made_at.date())}, {self.latest.made_at:%H:%M}")
        )

    def do_rescue(self) -> None:
        self.error.clear_error()
        try:
            summary = self.session.rescue()
        except user_error_types() as exc:
            self.error.show_error(str(exc))
            return
        self._done(summary + " " + self.tr("The damaged file is kept in the “damaged” folder."))

    @classmethod
    def launch(cls, parent, session, message: str) -> None:
        """Show the dialog modally; tests monkeypatch this seam."""
        cls(session, message, parent).exec()
