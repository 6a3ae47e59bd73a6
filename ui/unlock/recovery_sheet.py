"""The recovery-code sheet: one page to print (or save as PDF) and keep away from the computer."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from ui.common.i18n import fill

translate = QCoreApplication.translate



def sheet_html(code: str, folder: Path, created: date) -> str:
    when = QLocale().toString(QDate(created.year, created.month, created.day), QLocale.FormatType.LongFormat)
    title = translate("RecoverySheet", "Relais — recovery code")
    where = fill(translate("RecoverySheet", "Register created on %1, in the folder %2."), when, folder)
    paragraphs = (
        translate("RecoverySheet", "This code opens your register if you forget your passphrase. It is "
                  "shown only once and cannot be recovered."),
        translate("RecoverySheet", "Keep this sheet somewhere safe, away from the computer (with your "
                  "important papers). Anyone who has both this code and the register can read it."),
        translate("RecoverySheet", "To use it: in the unlock window, choose “Use the recovery code "
                  "instead”. Capitals, spaces and dashes do not matter."),
    )
    code_html = ("<p style='font-family: monospace; font-size: 22pt; margin: 24px 0;'>"
                 f"<b>{html.escape(code)}</b></p>")
    body = "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs)
    return f"<h1>{html.escape(title)}</h1><p>{html.escape(where)}</p>{code_html}{body}"


def _document(code: str, folder: Path, created: date) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(sheet_html(code, folder, created))
    return document


def _prepare(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))


def save_pdf(code: str, folder: Path, target: Path, created: date | None = None) -> None:
    """Write the sheet as a one-page PDF (raises OSError when the file cannot be written)."""
    writer = QPdfWriter(str(target))
    writer.setTitle(translate("RecoverySheet", "Relais — recovery code"))
    writer.setCreator("Relais")
    _prepare(writer)
    _document(code, folder, created or date.today()).print_(writer)
    del writer  # flushes and closes the file
    if not Path(target).is_file() or Path(target).stat().st_size == 0:
        raise OSError(fill(translate("RecoverySheet", "The PDF could not be written to %1."), target))


def printing_available() -> bool:
    try:
        from PySide6 import QtPrintSupport  # noqa: F401 - optional Qt module
    except ImportError:
        return False
    return True


def print_sheet(code: str, folder: Path, parent: QWidget | None = None) -> bool:
    """Show the print dialog and print the sheet; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("RecoverySheet", "Print the recovery code"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _document(code, folder, date.today()).print_(printer)
    return True
