"""PDF pages on screen and on paper, drawn by PDFium (pypdfium2) instead of QtPdf.

QtPdf ships only in PySide6-Addons (~175 MB); pypdfium2 is a few MB and renders the same
PDFium pages. PDFium is not thread-safe, so every call into it holds one lock: a preview
and a print job may rasterize on pool threads at the same time.

Reusable pieces: :func:`rasterize` (any thread), :class:`PdfView` (pages in a scrollable
column, rendered off the GUI thread), :class:`PrintJob` (one page at a time onto a
QPrinter), :func:`ask_save_path`/:func:`ask_printer`, and :class:`PdfViewerDialog`
(a finished PDF with Save and Print, e.g. a letter reopened from the archive).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRect, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from minime_admin.gui.tasks import Task
from minime_admin.services import files

_PDFIUM = threading.Lock()
PAGE_GAP = 18  # around and between pages, in logical pixels
BACKDROP = "#d9dce1"  # grey behind the white pages, as in any PDF reader
# Letters are text: 300 dpi prints them crisp, while a page at a 1200 dpi printer's full
# resolution would be a 0.5 GB image.
PRINT_DPI = 300


def rasterize(
    pdf: bytes, width_px: int | None = None, dpi: float = 96, pages: range | None = None
) -> list[QImage]:
    """The pages as images, ``width_px`` wide (else at ``dpi``). Safe on any thread."""
    images = []
    import pypdfium2  # imported when first used: a fast start (#19.5)

    with _PDFIUM:
        document = pypdfium2.PdfDocument(pdf)
        try:
            for index in pages if pages is not None else range(len(document)):
                page = document[index]
                try:
                    scale = width_px / page.get_width() if width_px else dpi / 72
                    # RGBX: four bytes a pixel, which QImage takes as it is.
                    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
                    try:
                        image = QImage(
                            bytes(bitmap.buffer),
                            bitmap.width,
                            bitmap.height,
                            bitmap.stride,
                            QImage.Format.Format_RGBX8888,
                        )
                        images.append(image.copy())  # detached from the buffer freed below
                    finally:
                        bitmap.close()
                finally:
                    page.close()
        finally:
            document.close()
    return images


def page_count(pdf: bytes) -> int:
    import pypdfium2  # imported when first used: a fast start (#19.5)

    with _PDFIUM:
        document = pypdfium2.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


class PdfView(QScrollArea):
    """A PDF's pages, fitted to the width, in a scrollable column; or a message instead.

    Rasterizing runs in the thread pool; a newer PDF (or a resize) makes an older result
    stale, and it is dropped when it arrives.
    """

    rendered = Signal()  # the latest PDF's pages are on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # steady width
        self.setMinimumWidth(320)
        column = QWidget()
        column.setObjectName("pdfBackdrop")
        column.setStyleSheet(f"#pdfBackdrop {{ background: {BACKDROP}; }}")
        self._column = QVBoxLayout(column)
        self._column.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._column.setSpacing(PAGE_GAP)
        self._column.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setMaximumWidth(440)
        self.message.setStyleSheet("background: white; padding: 18px; border: 1px solid #b8bcc4;")
        self.message.hide()
        self._column.addWidget(self.message)
        self.setWidget(column)
        self.pages: list[QLabel] = []
        self.pdf: bytes | None = None
        self._generation = 0
        self._waiting_for: int | None = None  # the generation whose pages are awaited
        self._rendered_width = 0
        self._resized = QTimer(self, singleShot=True, interval=150)
        self._resized.timeout.connect(self._render)

    @property
    def busy(self) -> bool:
        return self._waiting_for is not None

    def show_pdf(self, pdf: bytes) -> None:
        self.pdf = pdf
        self._render()

    def show_message(self, text: str) -> None:
        """A sentence in place of the pages (e.g. why there is no preview)."""
        self.pdf = None
        self._generation += 1  # a rendering still under way is not wanted any more
        self._waiting_for = None
        self._set_pages([])
        self.message.setText(text)
        self.message.show()

    def _page_width(self) -> int:
        """The logical width a page gets, the same with or without a scroll bar."""
        bar = self.verticalScrollBar().sizeHint().width()
        return max(200, self.width() - 2 * self.frameWidth() - bar - 2 * PAGE_GAP - 2)

    def _render(self) -> None:
        if self.pdf is None:
            return
        self._generation += 1
        generation, pdf = self._generation, self.pdf
        ratio = self.devicePixelRatioF()
        width = self._page_width()
        self._waiting_for = generation

        def shown(images: list[QImage]) -> None:
            if generation == self._generation:
                self._waiting_for = None
                self._rendered_width = width
                self._set_pages(images, ratio)
                self.rendered.emit()

        def failed(_error: BaseException) -> None:
            if generation == self._generation:
                self.show_message(self.tr("This PDF cannot be shown."))

        task = Task(
            lambda _progress: rasterize(pdf, round(width * ratio)),
            on_success=shown,
            on_failure=failed,
            parent=self,  # a closed view drops results still on their way
        )
        task.done.connect(task.deleteLater)
        task.start()

    def _set_pages(self, images: list[QImage], ratio: float = 1.0) -> None:
        self.message.hide()
        while len(self.pages) > len(images):
            label = self.pages.pop()
            self._column.removeWidget(label)
            label.deleteLater()
        while len(self.pages) < len(images):
            label = QLabel()
            label.setStyleSheet("border: 1px solid #b8bcc4; background: white;")
            self._column.addWidget(label)
            self.pages.append(label)
        for number, (label, image) in enumerate(zip(self.pages, images, strict=True), 1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)  # crisp on high-DPI screens
            label.setPixmap(pixmap)
            label.setAccessibleName(self.tr("Page {number}").format(number=number))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.pdf is not None and abs(self._page_width() - self._rendered_width) > 4:
            self._resized.start()  # once the user stops dragging


class PrintJob(QObject):
    """Print a PDF: each page rasterized in the pool, then painted here, one at a time.

    Painting stays on the GUI thread (native print engines want it there); only one page
    image is held at a time, so a long letter does not fill the memory. A started job keeps
    itself alive until the last page, even if the window that started it closes.
    """

    finished = Signal()
    failed = Signal(str)  # the reason, in the user's language

    def __init__(self, printer: QPrinter, pdf: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.printer, self.pdf = printer, pdf
        self.printer.setFullPage(True)  # the letter has its own margins: paint the paper
        self.dpi = min(printer.resolution(), PRINT_DPI)
        self.count = page_count(pdf)
        self._painter: QPainter | None = None
        self._index = 0

    def start(self) -> PrintJob:
        _printing.add(self)
        self._next_page()
        return self

    def _next_page(self) -> None:
        index, pdf, dpi = self._index, self.pdf, self.dpi
        Task(
            lambda _progress: rasterize(pdf, dpi=dpi, pages=range(index, index + 1))[0],
            on_success=self._paint,
            on_failure=lambda _error: self._fail(self.tr("The PDF could not be printed.")),
            parent=self,
        ).start()

    def _paint(self, image: QImage) -> None:
        if self._painter is None:
            self._painter = QPainter()
            if not self._painter.begin(self.printer):
                self._painter = None
                self._fail(self.tr("The printer could not be started."))
                return
        elif not self.printer.newPage():
            self._fail(self.tr("The printer stopped before the last page."))
            return
        paper = self.printer.pageLayout().fullRectPixels(self.printer.resolution())
        size = image.size().scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(paper.center())  # A4 on Letter paper: centred, never cut
        self._painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self._painter.drawImage(target, image)
        self._index += 1
        if self._index < self.count:
            self._next_page()
        else:
            self._painter.end()
            self._painter = None
            _printing.discard(self)
            self.finished.emit()

    def _fail(self, reason: str) -> None:
        if self._painter is not None:
            self._painter.end()
            self._painter = None
        _printing.discard(self)
        self.failed.emit(reason)


_printing: set[PrintJob] = set()  # jobs under way, kept from the garbage collector


def ask_save_path(parent: QWidget, file_name: str) -> str:
    """The save dialog for a PDF, in the Documents folder; "" when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    target, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PdfViewerDialog", "Save PDF"),
        str(Path(folder) / file_name),
        QCoreApplication.translate("PdfViewerDialog", "PDF documents (*.pdf)"),
    )
    if target and not target.lower().endswith(".pdf"):
        target += ".pdf"
    return target


def ask_printer(
    parent: QWidget, document_name: str, on_chosen: Callable[[QPrinter], None]
) -> QPrintDialog:
    """The system print dialog, window-modal; ``on_chosen(printer)`` if the user prints."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName(document_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_chosen(printer))
    # PySide6 binds only QPrintDialog.open(receiver, member); the plain window-modal open()
    # is QDialog's. Calling dialog.open() raised TypeError on every Print button.
    QDialog.open(dialog)
    return dialog


class PdfViewerDialog(QDialog):
    """A finished PDF (already archived): look at it, save a copy, print it."""

    def __init__(
        self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf, self.file_name = pdf, file_name
        self.print_job: PrintJob | None = None
        # The save dialog is a hook tests replace; printing always goes through the real
        # system print dialog (tests drive it), because a replaced printer hid a crash.
        self.choose_save_path: Callable[[str], str] = lambda name: ask_save_path(self, name)
        self.view = PdfView()
        self.view.show_pdf(pdf)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.save_button, self.print_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(760, 720)

    def save(self) -> None:
        target = self.choose_save_path(self.file_name)
        if not target:
            return
        path, pdf = Path(target), self.pdf

        def write(_progress: Any) -> str | None:
            try:
                files.write_atomic(path, pdf)
            except OSError as error:  # a full disk or a read-only folder: say so
                return error.strerror or str(error)
            return None

        def written(problem: str | None) -> None:
            if problem is None:
                self.status.setText(self.tr("Saved to {path}.").format(path=path))
            else:
                self.status.setText(
                    self.tr("{path} could not be written ({problem}).").format(
                        path=path, problem=problem
                    )
                )

        Task(write, on_success=written, parent=self).start()

    def print_pdf(self) -> None:
        ask_printer(self, self.file_name, self._print_to)

    def _print_to(self, printer: QPrinter) -> None:
        self.print_job = PrintJob(printer, self.pdf)
        self.print_job.finished.connect(self._printed)  # bound: dropped if the dialog closes
        self.print_job.failed.connect(self.status.setText)
        self.print_job.start()

    def _printed(self) -> None:
        self.status.setText(self.tr("Sent to the printer."))
