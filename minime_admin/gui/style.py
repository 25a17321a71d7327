"""Small shared looks: heading fonts, an error label, the monospace key font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QWidget

ERROR_COLOUR = "#b00020"
GOOD_COLOUR = "#1b6e20"


def title_font(scale: float = 1.35) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


def monospace_font(scale: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(QApplication.font().pointSizeF() * scale)
    return font


def error_label() -> QLabel:
    """A word-wrapped label for the last error, hidden until there is one."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.hide()
    return label


def fit_height(window: QWidget, width: int) -> None:
    """Size a dialog of wrapped labels to ``width`` and the height its text needs there.

    A top-level window ignores height-for-width by itself, so wrapped text would be cut
    after the texts change (another language, an error appearing).
    """
    window.setMinimumWidth(width)
    layout = window.layout()
    if layout is not None:
        layout.activate()
        needed = layout.totalHeightForWidth(max(width, window.width()))
        if needed < 0:  # -1: nothing in the layout wraps, so its plain size hint holds
            needed = layout.totalSizeHint().height()
        window.setMinimumHeight(needed)
        # Before the first show a window's height is Qt's default, not the user's choice.
        height = max(needed, window.height()) if window.isVisible() else needed
        window.resize(max(width, window.width()), height)
