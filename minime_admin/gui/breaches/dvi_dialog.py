"""The notice to the DVI field by field, each with a Copy button for the online form.

The fields and their order are our own design from Art. 33(3), (1) and (4) (docs/legal.md §6):
the dialog says so rather than claim to mirror the inspectorate's form. "Save PDF…" makes
the same notice as a document: a watermarked draft until a manager has signed it off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.breach import NoticePhase
from minime_admin.gui.breaches import labels
from minime_admin.gui.style import GOOD_COLOUR

Fields = list[tuple[str, list[tuple[str, str]]]]
LANGUAGE_NAMES = {"lv": "Latviešu", "en": "English"}  # each named in itself
CAPTION_WIDTH = 250


class DviNoticeDialog(QDialog):
    save_requested = Signal(str, str)  # language, phase (a NoticePhase's value)

    def __init__(
        self,
        reference: str,
        load: Callable[[str, NoticePhase], Fields],
        signed_by: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reference, self.load, self.signed_by = reference, load, signed_by
        self.copy_buttons: list[tuple[str, str, QPushButton]] = []  # label, value, button
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.phase, self.language = QComboBox(), QComboBox()
        for phase in NoticePhase:
            self.phase.addItem("", phase.value)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.phase_caption, self.language_caption = QLabel(), QLabel()
        self.phase_caption.setBuddy(self.phase)
        self.language_caption.setBuddy(self.language)
        choices = QHBoxLayout()
        for widget in (self.phase_caption, self.phase, self.language_caption, self.language):
            choices.addWidget(widget)
        choices.addStretch(1)
        self.fields = QWidget()
        self.fields_layout = QVBoxLayout(self.fields)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._save)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.copied = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.copied)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(choices)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.phase.currentIndexChanged.connect(self.reload)
        self.language.currentIndexChanged.connect(self.reload)
        self.resize(860, 720)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Notice to the DVI: {reference}").format(reference=self.reference)
        )
        self.intro.setText(
            self.tr(
                "Copy each field into the Data State Inspectorate's online form "
                "(pazinojums.dvi.gov.lv), or save the notice as a PDF. The fields follow "
                "Art. 33(3) in our own order; the inspectorate's form may order them "
                "differently."
            )
        )
        self.phase_caption.setText(self.tr("&Notice:"))
        self.phase.setItemText(0, self.tr("Initial"))
        self.phase.setItemText(1, self.tr("Follow-up (Art. 33(4))"))
        self.language_caption.setText(self.tr("&Language:"))
        self.save_button.setText(self.tr("&Save PDF…"))
        self.close_button.setText(self.tr("Close"))
        if self.signed_by:
            self.state.setText(
                self.tr("Final: signed off by {name}; the PDF carries the signature.").format(
                    name=self.signed_by
                )
            )
            self.state.setStyleSheet(f"color: {GOOD_COLOUR};")
        else:
            self.state.setText(
                self.tr("Draft: not signed off, so the PDF is watermarked {mark}.").format(
                    mark=labels.DRAFT_MARK
                )
            )
            self.state.setStyleSheet(f"color: {labels.AMBER}; font-weight: bold;")
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def reload(self) -> None:
        while self.fields_layout.count():
            item = self.fields_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.copy_buttons.clear()
        sections = self.load(str(self.language.currentData()), self.chosen_phase())
        for title, rows in sections:
            box = QGroupBox(title)
            grid = QGridLayout(box)
            grid.setColumnStretch(1, 1)
            grid.setHorizontalSpacing(12)
            for number, (label, value) in enumerate(rows):
                caption = QLabel(label)
                caption.setWordWrap(True)
                caption.setFixedWidth(CAPTION_WIDTH)  # the same in every section: aligned
                shown = QLabel(value)
                shown.setWordWrap(True)
                shown.setTextFormat(Qt.TextFormat.PlainText)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                button = QPushButton(self.tr("Copy"))
                button.setToolTip(self.tr("Copy “{field}” to the clipboard").format(field=label))
                button.clicked.connect(
                    lambda _checked=False, label=label, value=value: self.copy(label, value)
                )
                grid.addWidget(caption, number, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(shown, number, 1, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(button, number, 2, Qt.AlignmentFlag.AlignTop)
                self.copy_buttons.append((label, value, button))
            self.fields_layout.addWidget(box)
        self.fields_layout.addStretch(1)
        self.copied.clear()

    def copy(self, label: str, value: str) -> None:
        QApplication.clipboard().setText(value)
        self.copied.setText(self.tr("Copied: {field}").format(field=label))

    @Slot()
    def _save(self) -> None:
        self.save_requested.emit(str(self.language.currentData()), self.chosen_phase().value)

    def chosen_phase(self) -> NoticePhase:
        return NoticePhase(self.phase.currentData())  # Qt hands item data back as a plain str
