"""Printing in tests through the real system print dialog, to a PDF file.

Offscreen (and on a machine without printers) Qt's own print dialog offers "Print to file
(PDF)"; a test types the target into its file field and presses Print, so the app's whole
printing path runs: the dialog, the QPrinter it configures, and PrintJob's painting.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit
from pytestqt.qtbot import QtBot


def print_to_file(qtbot: QtBot, print_button: QAbstractButton, target: Path) -> None:
    """Click ``print_button``, then print to ``target`` in the dialog that opens."""
    print_button.click()
    dialogs: list[QPrintDialog] = []

    def dialog_open() -> bool:
        dialogs[:] = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QPrintDialog) and widget.isVisible()
        ]
        return bool(dialogs)

    qtbot.wait_until(dialog_open, timeout=5_000)
    dialog = dialogs[0]
    assert dialog.isModal() or dialog.windowModality() != 0
    file_field = dialog.findChild(QLineEdit, "filename")
    assert file_field is not None, "Qt's print dialog has no file field here"
    file_field.setText(str(target))
    dialog.accept()
