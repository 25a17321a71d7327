"""Saving a PDF the wizards made: a non-blocking file chooser, then an atomic write.

Letters live in memory until the user says where they go, so nothing personal lands in a
temp file or in the app's own folders.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from minime_admin.services.files import write_atomic


class PdfSaver(QObject):
    """``ask(pdf, name)`` opens the chooser; ``saved(path)`` or ``failed(reason)`` follows."""

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.pdf = b""
        # One chooser, reused: deleting it from inside its own signal crashes PySide.
        self.dialog: QFileDialog | None = None

    def ask(self, pdf: bytes, file_name: str, title: str) -> QFileDialog:
        self.pdf = pdf
        if self.dialog is None:
            self.dialog = QFileDialog(self.parent_widget)
            self.dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            self.dialog.setDefaultSuffix("pdf")
            self.dialog.setDirectory(
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            )
            self.dialog.fileSelected.connect(self._chosen)
        self.dialog.setWindowTitle(title)
        self.dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        self.dialog.selectFile(file_name)
        self.dialog.open()
        return self.dialog

    @Slot(str)
    def _chosen(self, name: str) -> None:
        self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        try:
            write_atomic(path, self.pdf, mode=0o600)
        except OSError as error:
            self.failed.emit(
                self.tr("{path} could not be saved ({detail}).").format(
                    path=path, detail=error.strerror or type(error).__name__
                )
            )
            return False
        self.saved.emit(str(path))
        return True
