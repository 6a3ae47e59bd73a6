"""PDF pages as images (pypdfium2), for the preview and for printing through the system print dialog."""

from __future__ import annotations

import os

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def page_images(pdf: bytes, dpi: float = 96) -> list[QImage]:
    """Every page drawn at `dpi`, as images that own their pixels."""
    document = pdfium.PdfDocument(pdf)
    try:
        return [_image(document[index], dpi / 72) for index in range(len(document))]
    finally:
        document.close()


def _image(page, scale: float) -> QImage:
    bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB byte order, as QImage.Format_RGB888
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
        return image.copy()  # the bitmap's memory is freed below
    finally:
        bitmap.close()
        page.close()


def print_pdf(pdf: bytes, title: str, parent: QWidget | None = None) -> bool:
    """Ask for a printer (system print dialog) and print every page; False when the person cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pages(pdf, printer)
    keep_private(printer.outputFileName())
    return True


def keep_private(path: str) -> None:
    """"Print to file" writes with the usual mode (readable by all); a document naming the person stays
    owner-only, like every file Relais writes."""
    if path and os.path.exists(path):
        os.chmod(path, 0o600)


def paint_pages(pdf: bytes, printer: QPrinter) -> None:
    """Each PDF page on a printer page, scaled to the printable area, proportions kept."""
    painter = QPainter(printer)
    try:
        for number, image in enumerate(page_images(pdf, dpi=min(printer.resolution(), 300))):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), size), image)
    finally:
        painter.end()
