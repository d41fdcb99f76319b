"""Preview of a PDF we built (Qt's PDF module), with Print and Save a copy.

The PDF holds names, so it lives in a private temporary folder only while the preview is open.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from peerdesk.ui import printing
from peerdesk.ui.widgets import ErrorLabel


class PdfPreviewDialog(QDialog):
    def __init__(
        self, title: str, filename: str, build: Callable[[Path], None], parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 900)
        self.filename = filename
        self._build = build
        self._folder = Path(tempfile.mkdtemp(prefix="peerdesk-preview-"))
        self.path = self._folder / filename
        build(self.path)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Preview"))
        self.pages = QLabel(self.tr("{count} page(s)").format(count=self.document.pageCount()))
        self.status = QLabel()
        self.error = ErrorLabel()
        print_button = QPushButton(self.tr("&Print…"))
        print_button.clicked.connect(self.print_)
        save = QPushButton(self.tr("&Save a copy…"))
        save.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.pages)
        row.addWidget(self.status, 1)
        row.addWidget(print_button)
        row.addWidget(save)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.finished.connect(self._cleanup)

    @classmethod
    def launch(cls, title, filename, build, parent=None) -> PdfPreviewDialog:
        """Open without blocking; tests drive the returned dialog."""
        dialog = cls(title, filename, build, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def print_(self) -> bool:
        done = printing.print_pdf(str(self.path), self)
        self.status.setText(self.tr("Sent to the printer.") if done else "")
        return done

    def save(self) -> Path | None:
        target = printing.ask_save_path(
            self, self.tr("Save a copy"), self.filename, self.tr("PDF files (*.pdf)")
        )
        if not target:
            return None
        target_path = Path(target)
        if target_path.suffix.lower() != ".pdf":
            target_path = target_path.with_suffix(".pdf")
        try:
            self._build(target_path)  # written atomically by the document builder
        except OSError as exc:
            self.error.show_error(
                self.tr("Could not save {file}: {reason}.").format(
                    file=target_path.name, reason=exc.strerror or exc
                )
            )
            return None
        self.error.clear_error()
        self.status.setText(self.tr("Saved {file}.").format(file=target_path.name))
        return target_path

    def _cleanup(self) -> None:
        self.document.close()
        shutil.rmtree(self._folder, ignore_errors=True)
