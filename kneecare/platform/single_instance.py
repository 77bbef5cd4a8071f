"""One running KneeCare per user (and data folder): a second launch asks the first to come forward, then
exits. A `QLockFile` in the runtime folder serialises start-up; a user-only `QLocalServer` carries the
"activate" message (with the second launch's `XDG_ACTIVATION_TOKEN`, so Wayland lets the window forward).
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "kneecare.lock"
SOCKET_NAME = "kneecare.sock"
PREFIX = b"activate"
MAX_MESSAGE = 4096
SUN_PATH_MAX = 100  # sockaddr_un holds 104-108 bytes depending on the system; keep a margin


def server_name(runtime: Path) -> str:
    """The socket's full path in the runtime folder; where that path is too long for a Unix socket (or on
    Windows, where it is a pipe name), a name unique to the folder, which Qt puts in the temp folder."""
    path = runtime / SOCKET_NAME
    if sys.platform != "win32" and len(os.fsencode(path)) <= SUN_PATH_MAX:
        return str(path)
    digest = hashlib.sha256(os.fsencode(runtime.absolute())).hexdigest()[:16]
    user = os.environ.get("USERNAME") or os.environ.get("USER") or "user"
    return f"kneecare-{user}-{digest}"


def activation_token() -> str:
    """The token a Wayland launcher gave this process, passed on so the running window may come forward."""
    return os.environ.get("XDG_ACTIVATION_TOKEN", "")


class SingleInstance(QObject):
    """Call `claim()` early. True: this is the one copy, listening for later launches (`activationRequested`
    carries their token). False: another copy runs; it was asked to come forward, and this one should exit.
    """

    activationRequested = Signal(str)

    def __init__(self, runtime: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.name = server_name(runtime)
        self.server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def claim(self, lock_timeout_ms: int = 5000) -> bool:
        self.runtime.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.runtime / LOCK_NAME))
        lock.setStaleLockTime(0)  # held only while starting: stale only when its process is gone
        if not lock.tryLock(lock_timeout_ms):
            # Another copy has been starting for seconds (or hangs): do not start a second one beside it.
            log.warning("another KneeCare is starting (lock %s, error %s)", lock.fileName(), lock.error())
            return False
        try:
            if self._tell_running_copy():
                log.info("KneeCare already runs: asked it to come forward")
                return False
            self._listen()
            return True
        finally:
            lock.unlock()

    def close(self) -> None:
        """Stop listening (at quit); the server object stays with this one until Qt deletes both."""
        if self.server is not None:
            self.server.close()

    # -- inside ----------------------------------------------------------------------------------------

    def _tell_running_copy(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(1000):
            return False  # nobody listens: no socket, or one left behind by a crash
        message = PREFIX + b" " + activation_token().encode("utf-8", "replace") + b"\n"
        socket.write(QByteArray(message))
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(1000)
        return True

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # We hold the lock and nobody answered: whatever is there was left by a crash.
            log.info("removing a stale single-instance socket %s (%s)", self.name, server.errorString())
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning(
                    "cannot listen on %s: %s; a second launch will not find this one",
                    self.name,
                    server.errorString(),
                )
                return
        server.newConnection.connect(self._accept)
        self.server = server

    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            self._clients.append(socket)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE:
                socket.abort()
            return
        line = bytes(socket.readLine(MAX_MESSAGE).data()).rstrip(b"\r\n")
        word, _, token = line.partition(b" ")
        if word == PREFIX:
            log.info("a second launch asked this one to come forward")
            self.activationRequested.emit(token.decode("utf-8", "replace").strip())
        else:
            log.info("single instance: ignoring an unknown message")
        socket.disconnectFromServer()

    def _drop(self, socket: QLocalSocket) -> None:
        if socket.bytesAvailable():
            self._read(socket)
        if socket in self._clients:
            self._clients.remove(socket)
