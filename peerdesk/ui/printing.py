"""Printing a PDF we built, through the system print dialog (Qt's PDF module renders the pages)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The system print dialog; tests monkeypatch this seam."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filter_: str) -> str | None:
    """The system save dialog; tests monkeypatch this seam."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_)
    return path or None


def print_pdf(path: str, parent: QWidget | None = None) -> bool:
    """Print every page of the PDF at `path`; False if the user cancelled or it failed."""
    printer = ask_printer(parent)
    if printer is None:
        return False
    return render_to_printer(path, printer)


def render_to_printer(path: str, printer: QPrinter) -> bool:
    document = QPdfDocument()
    if document.load(path) != QPdfDocument.Error.None_:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = document.render(page, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(QPointF(0, 0), scaled.toSizeF()), image)
    finally:
        painter.end()
        document.close()
    return True
