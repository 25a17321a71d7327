"""Edits that are not saved yet are never lost silently (#15.9).

Before a page shows something else, and before the app quits, the user is asked the usual
desktop question: Save, Discard or Cancel. Cancel keeps them where they were, with their
edits. A page that can hold unsaved edits offers two methods:

    has_unsaved() -> bool
    settle_unsaved(question, proceed) -> QMessageBox | None
        asks (or not, when nothing is unsaved) and calls ``proceed()`` once the edits are
        saved or discarded; never after Cancel.

The main window asks every such page before it closes (``confirm_close``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from minime_admin.gui.messages import show_message

Button = QMessageBox.StandardButton


class UnsavedQuestion(Enum):
    SWITCH = "switch"  # another record is about to be shown
    NEW_BREACH = "new_breach"
    SIGN_OFF = "sign_off"
    QUIT = "quit"


def _question(kind: UnsavedQuestion) -> str:
    return {
        UnsavedQuestion.SWITCH: QCoreApplication.translate(
            "Unsaved", "Save them before another breach is shown?"
        ),
        UnsavedQuestion.NEW_BREACH: QCoreApplication.translate(
            "Unsaved", "Save them before a new breach is opened?"
        ),
        UnsavedQuestion.SIGN_OFF: QCoreApplication.translate(
            "Unsaved", "Save them before the breach is signed off?"
        ),
        UnsavedQuestion.QUIT: QCoreApplication.translate(
            "Unsaved", "Save them before minime-admin closes?"
        ),
    }[kind]


def ask_unsaved(
    parent: QWidget,
    what: str,
    question: UnsavedQuestion,
    save: Callable[[], None],
    discard: Callable[[], None],
) -> QMessageBox:
    """Save / Discard / Cancel about ``what`` is unsaved; Cancel does nothing at all."""

    def answered(button: QMessageBox.StandardButton) -> None:
        if button == Button.Save:
            save()
        elif button == Button.Discard:
            discard()

    return show_message(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Unsaved", "Unsaved changes"),
        f"{what}\n\n{_question(question)}",
        Button.Save | Button.Discard | Button.Cancel,
        on_finished=answered,
        default=Button.Save,
    )


def confirm_close(
    window: QWidget,
    pages: Mapping[str, QWidget],
    show_page: Callable[[str], None],
    event: QCloseEvent,
) -> bool:
    """Whether the window may close now. If a page holds unsaved edits, the close is held
    back, that page is shown and asked; once its edits are saved or discarded the window
    is closed again (and the next page, if any, asked in turn)."""
    for key, page in pages.items():
        has_unsaved = getattr(page, "has_unsaved", None)
        if has_unsaved is not None and has_unsaved():
            event.ignore()
            show_page(key)
            page.settle_unsaved(UnsavedQuestion.QUIT, window.close)  # type: ignore[attr-defined]
            return False
    return True
