"""The edit form's attachment row: file name and size, attach/replace, open, save a copy, remove."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from peerdesk.domain import attachments
from peerdesk.domain.attachments import AttachmentError
from peerdesk.ui import printing
from peerdesk.ui.resources import seams
from peerdesk.ui.widgets import ErrorLabel

FILE_FILTER = QT_TRANSLATE_NOOP(
    "AttachmentBox",
    "Documents and images (*.pdf *.png *.jpg *.jpeg *.gif *.doc *.docx *.odt *.txt);;All files (*)",
)

# One set of decrypted viewer copies for the whole app; the pane clears it on lock.
VIEWER_COPIES = attachments.PrivateCopies()


class AttachmentBox(QWidget):
    def __init__(self, resource_id: int | None, error: ErrorLabel, parent=None) -> None:
        super().__init__(parent)
        self.resource_id = resource_id
        self.error = error
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Attached file"))
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        for button in (self.attach_button, self.open_button, self.save_button, self.remove_button):
            row.addWidget(button)
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_copy)
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button.clicked.connect(self.remove)
        self.refresh()

    def refresh(self) -> None:
        if self.resource_id is None:
            self.label.setText(self.tr("Save the resource first, then attach a file."))
            info = None
        else:
            info = attachments.attachment_info(self.resource_id)
            self.label.setText(
                f"{info.filename} ({info.size_text})" if info else self.tr("No file attached")
            )
        self.attach_button.setEnabled(self.resource_id is not None)
        self.attach_button.setText(self.tr("Replace file…") if info else self.tr("Attach file…"))
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(info is not None)

    def _run(self, action) -> None:
        self.error.clear_error()
        try:
            action()
        except AttachmentError as exc:
            self.error.show_error(str(exc))
        self.refresh()

    def attach(self) -> None:
        path = seams.ask_open_path(self, self.tr("Attach a file"), self.tr(FILE_FILTER))
        if path:
            self._run(lambda: attachments.attach_file(self.resource_id, path))

    def open_copy(self) -> None:
        def action():
            path = VIEWER_COPIES.write(self.resource_id)
            if not seams.open_with_system(str(path)):
                raise AttachmentError(self.tr("No program on this computer can open this file."))

        self._run(action)

    def save_copy(self) -> None:
        info = attachments.attachment_info(self.resource_id)
        path = printing.ask_save_path(
            self, self.tr("Save a copy"), info.filename, self.tr("All files (*)")
        )
        if path:
            self._run(lambda: attachments.save_copy(self.resource_id, path))

    def remove(self) -> None:
        if seams.confirm(
            self,
            self.tr("Remove the file"),
            self.tr("Remove the attached file from this resource?"),
        ):
            self._run(lambda: attachments.remove_attachment(self.resource_id))
