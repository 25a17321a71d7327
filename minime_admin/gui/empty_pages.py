"""Honest placeholders for views that later versions build: what will be there, nothing more.

No invented figures and no sample rows: an empty page that says what is coming is better
than a convincing fake.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from minime_admin.gui.style import title_font

CONTEXT = "EmptyPage"

# page key -> (heading, sentence); the English source texts, translated at display time.
PLACEHOLDERS: dict[str, tuple[str, str]] = {}


class EmptyPage(QWidget):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.heading = QLabel()
        self.heading.setFont(title_font(1.6))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setMaximumWidth(640)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        heading, text = PLACEHOLDERS[self.key]
        self.heading.setText(QCoreApplication.translate(CONTEXT, heading))
        self.text.setText(QCoreApplication.translate(CONTEXT, text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
