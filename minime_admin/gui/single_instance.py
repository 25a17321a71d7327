"""One app per database file: a second start brings the first window forward (#19).

The first instance listens on a local socket (a named pipe on Windows, a socket file on
Unix) named after a hash of the database's full path and the login, so two people on one
computer, or two databases, never meet, and the name says nothing about either. A second
start on the same file connects, asks the first to show its window, and ends without
opening the file. A socket file left by a killed instance answers nobody: it is removed
and this instance listens in its place.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500  # the first instance is on this computer: it answers at once or not at all
RAISE = b"raise\n"


def server_name(path: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (a container): the path alone still separates
        user = ""
    digest = hashlib.sha256(f"{user}\0{path.resolve()}".encode()).hexdigest()[:24]
    return f"minime-admin-{digest}"


def ask_running_instance(path: Path) -> bool:
    """True when an instance already has ``path`` open; it has been asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(path))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts on the same database; ``on_raise`` shows this app's window."""

    def __init__(self, path: Path, on_raise: Callable[[], None]) -> None:
        super().__init__()
        self.on_raise = on_raise
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        name = server_name(path)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # left by a killed instance: nobody answered on it
            self.server.listen(name)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():  # arrived with the connection, before readyRead was heard
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.on_raise()

    def close(self) -> None:
        self.server.close()
