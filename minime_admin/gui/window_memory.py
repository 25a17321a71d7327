"""The main window comes back where it was: its size and place, and every splitter.

Kept in the user's preferences (gui/preferences.py) when the window closes, put back when it
opens. A place on a screen that is gone (a laptop without its second monitor) is never
restored off-screen: Qt moves a restored window onto a screen, and a window that still lands
on none, or a kept value that cannot be read, gets the default size on the primary screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

from minime_admin.gui import preferences

TITLE_BAR = 32  # the strip of the window a user must be able to grab to move it


class WindowMemory(QObject):
    """Watches ``window`` close and keeps its layout; ``restore`` puts it back."""

    def __init__(
        self, window: QWidget, splitters: dict[str, QSplitter], default: tuple[int, int]
    ) -> None:
        super().__init__(window)
        self.window, self.splitters, self.default = window, splitters, default
        window.installEventFilter(self)

    def restore(self) -> bool:
        """Put back the kept layout; False (and the default size) when there is none."""
        for name, splitter in self.splitters.items():
            state = preferences.splitter_state(name)
            if state is not None:
                splitter.restoreState(state)
        geometry = preferences.window_geometry()
        if geometry is None:  # the first start: the default size, where the system puts it
            self.window.resize(*self.default)
            return False
        if self.window.restoreGeometry(geometry) and self._on_a_screen():
            return True
        self._default_place()
        return False

    def add_splitters(self, splitters: dict[str, QSplitter]) -> None:
        """A page built after the window opened: its splitters put back and kept too (the
        states of pages never built stay as they were kept)."""
        self.splitters.update(splitters)
        for name, splitter in splitters.items():
            state = preferences.splitter_state(name)
            if state is not None:
                splitter.restoreState(state)

    def save(self) -> None:
        preferences.save_window_layout(
            self.window.saveGeometry().data(),
            {name: splitter.saveState().data() for name, splitter in self.splitters.items()},
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save()
        return False

    def _on_a_screen(self) -> bool:
        frame = self.window.frameGeometry()
        grip = QRect(frame.left(), frame.top(), frame.width(), TITLE_BAR)
        return any(
            screen.availableGeometry().intersected(grip).width() >= min(100, frame.width())
            for screen in QGuiApplication.screens()
        )

    def _default_place(self) -> None:
        """The default size, within the primary screen and centred on it."""
        width, height = self.default
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.window.resize(width, height)
            return
        room = screen.availableGeometry()
        self.window.resize(min(width, room.width()), min(height, room.height()))
        frame = self.window.frameGeometry()
        frame.moveCenter(room.center())
        self.window.move(frame.topLeft())
