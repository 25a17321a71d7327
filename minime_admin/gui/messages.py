"""Message boxes that do not block: ``open()`` plus a callback, never ``exec()``.

After qutebrowser's ``misc/msgbox.py``: a test drives the box through its signals
instead of monkeypatching ``QMessageBox``, and startup never sits in a nested event loop.
Also the last-resort excepthook, which writes a crash report (crash.py) and shows a generic
sentence naming it instead of dying silently.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from minime_admin import APP_NAME, crash
from minime_admin.domain.clock import Clock
from minime_admin.errors import KnownError

Button = QMessageBox.StandardButton
_log = logging.getLogger(__name__)


def show_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = Button.Ok,
    on_finished: Callable[[QMessageBox.StandardButton], None] | None = None,
    default: QMessageBox.StandardButton = Button.NoButton,
) -> QMessageBox:
    """Show a window-modal box at once; ``on_finished(button)`` runs when it closes."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages name paths: never render markup
    if default != Button.NoButton:
        box.setDefaultButton(default)
    # Standard buttons carry Qt's own translations; ours are set so they always match the
    # app's language, even where Qt's translation catalogue is missing.
    for button, label in _button_labels().items():
        if box.button(button) is not None:
            box.button(button).setText(label)
    if on_finished is not None:
        box.finished.connect(lambda _result: on_finished(box.standardButton(box.clickedButton())))
    box.open()
    return box


def _button_labels() -> dict[QMessageBox.StandardButton, str]:
    return {
        Button.Ok: QCoreApplication.translate("messages", "OK"),
        Button.Cancel: QCoreApplication.translate("messages", "Cancel"),
        Button.Yes: QCoreApplication.translate("messages", "&Yes"),
        Button.No: QCoreApplication.translate("messages", "&No"),
        Button.Close: QCoreApplication.translate("messages", "Close"),
        Button.Save: QCoreApplication.translate("messages", "&Save"),
        Button.Discard: QCoreApplication.translate("messages", "&Discard changes"),
    }


def show_error(
    parent: QWidget | None,
    error: KnownError,
    on_finished: Callable[[QMessageBox.StandardButton], None] | None = None,
) -> QMessageBox:
    """A known error in the user's language: one clear sentence, no traceback."""
    return show_message(
        parent,
        QMessageBox.Icon.Critical,
        APP_NAME,
        error.message(QCoreApplication.translate),
        on_finished=on_finished,
    )


def unexpected_error_text() -> str:
    return QCoreApplication.translate(
        "messages",
        "Something went wrong inside minime-admin. Before you repeat your last step, check "
        "whether it was done. If this happens again, restart the app and tell the developers "
        "what you were doing.",
    )


def report_bug(
    error: BaseException, clock: Clock | None = None, trace: TracebackType | None = None
) -> str:
    """Write a crash report (crash.py) for an unexpected error; the dialog's text naming it."""
    report = crash.write_report(error, "gui", clock, trace)
    name = report.name if report else "none"  # not the folder: it may name the login
    _log.error("the app hit an unexpected %s; report: %s", type(error).__name__, name)
    text = unexpected_error_text()
    if report is None:
        return text
    saved = QCoreApplication.translate(
        "messages",
        "A report for the developers, with no personal data, was saved as {path}; please "
        "send it to them.",
    )
    return f"{text}\n\n{saved.format(path=report)}"


class ErrorHook:
    """``sys.excepthook`` for the GUI: the traceback to stderr, a crash report, a dialog.

    The dialog deliberately shows no exception text: it could hold personal data. It names
    the crash report, which holds none. Only one dialog is shown at a time, so a failing
    repaint cannot flood the screen; nor does it flood the logs folder, as a report is
    written once per distinct place of failure.
    """

    def __init__(self, clock: Clock | None = None) -> None:
        self.previous = sys.excepthook
        self.clock = clock
        self._box: QMessageBox | None = None
        self._reported: dict[tuple[object, ...], str] = {}  # place of failure: dialog text

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        traceback.print_exception(kind, error, trace, file=sys.stderr)
        if isinstance(error, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        if isinstance(error, KnownError):
            if self._box is None:
                self._box = show_error(None, error, on_finished=self._closed)
            return
        text = self._report(kind, error, trace)
        if self._box is None:
            self._box = show_message(
                None, QMessageBox.Icon.Critical, APP_NAME, text, on_finished=self._closed
            )

    def _report(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> str:
        place = (kind, *((f.filename, f.lineno) for f in traceback.extract_tb(trace)))
        if place not in self._reported:
            self._reported[place] = report_bug(error, self.clock, trace)
        return self._reported[place]

    def _closed(self, _button: QMessageBox.StandardButton) -> None:
        self._box = None
