"""One running KneeCare per user (and data folder): a second launch asks the first to come forward, then
exits. A `QLockFile` in the runtime folder serialises start-up (held until this copy listens, which may be
after its first frame); a user-only Unix socket (`unix_listener`; QtNetwork's `QLocalServer` on Windows)
carries the "activate" message (with the second launch's `XDG_ACTIVATION_TOKEN`, so Wayland lets the window
forward). The Qt-free half (the socket's place, the checks, the message) is `running_copy`, which a second
launch also tries on its own before it loads Qt.
Nothing is handed to a listener of another user (checked with `SO_PEERCRED` on Linux), a socket outside the
runtime folder lives in a private folder that is checked, and a lock left behind whose process id now
belongs to another program does not stop KneeCare.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal

from kneecare.platform.running_copy import PREFIX as PREFIX
from kneecare.platform.running_copy import SOCKET_NAME as SOCKET_NAME
from kneecare.platform.running_copy import SUN_PATH_MAX as SUN_PATH_MAX
from kneecare.platform.running_copy import SingleInstanceError as SingleInstanceError
from kneecare.platform.running_copy import activation_token as activation_token
from kneecare.platform.running_copy import check_private_folder as check_private_folder
from kneecare.platform.running_copy import check_socket_folder, message, tell_running_copy
from kneecare.platform.running_copy import fallback_folder as fallback_folder
from kneecare.platform.running_copy import peer_uid as peer_uid
from kneecare.platform.running_copy import server_name as server_name

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "kneecare.lock"
MAX_MESSAGE = 4096


class Listener(Protocol):
    """What listens for later launches: a `UnixLineListener`, or QtNetwork's `QLocalServer` on Windows."""

    def isListening(self) -> bool: ...  # Qt's name

    def close(self) -> None: ...


def looks_like_kneecare(pid: int) -> bool | None:
    """Whether process `pid` runs KneeCare, from its command line (/proc on Linux); None: cannot tell."""
    if pid == os.getpid():
        return True
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return False if Path("/proc/self").exists() else None
    except OSError:
        return None
    args = [a.decode("utf-8", "replace") for a in raw.split(b"\0") if a]
    for i, arg in enumerate(args):
        name = Path(arg).name.lower()
        if name in ("kneecare", "kneecare.exe") or name.startswith("kneecare."):
            return True
        if i and args[i - 1] == "-c" and "kneecare" in arg:  # python -c "...kneecare..." (tests)
            return True
    return False


def _lock_pid(lock: QLockFile) -> int:
    """The process id written in the lock file (0: none)."""
    info = lock.getLockInfo()
    try:
        return int(info[0]) if info else 0
    except (TypeError, ValueError):
        return 0


class SingleInstance(QObject):
    """Call `claim()` early. True: this is the one copy, listening for later launches (`activationRequested`
    carries their token). False: another copy runs; it was asked to come forward, and this one should exit.
    With `listen_now=False`, the start-up lock stays held until `listen()` (after the first frame), so a
    launch in between waits for this copy's socket instead of missing it.
    """

    activationRequested = Signal(str)

    def __init__(self, runtime: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.name = server_name(runtime)
        self.server: Listener | None = None
        self._clients: list[QLocalSocket] = []
        self._lock: QLockFile | None = None  # held from a claim without listening until `listen()`

    def claim(self, lock_timeout_ms: int = 5000, listen_now: bool = True) -> bool:
        """Raises SingleInstanceError when it cannot safely tell (the message is for the person)."""
        check_socket_folder(self.runtime, self.name)
        try:
            self.runtime.mkdir(parents=True, exist_ok=True)
        except OSError as e:  # a read-only or full disk: go on without the start-up lock
            log.warning("cannot create the runtime folder %s: %s", self.runtime, e)
        lock = QLockFile(str(self.runtime / LOCK_NAME))
        lock.setStaleLockTime(0)  # held only while starting: stale only when its process is gone
        locked = lock.tryLock(0)
        if not locked and lock.error() == QLockFile.LockError.LockFailedError:
            locked = self._take_lock_from_another_program(lock) or lock.tryLock(lock_timeout_ms)
        if not locked and lock.error() != QLockFile.LockError.LockFailedError:
            # Not "held by another": the lock file cannot be made (a read-only or full disk).
            log.warning("cannot create the start-up lock %s (error %s)", lock.fileName(), lock.error())
        try:
            if self._tell_running_copy():
                log.info("KneeCare already runs: asked it to come forward")
                return False
            if not locked:
                pid = _lock_pid(lock)
                if lock.error() == QLockFile.LockError.LockFailedError and pid:
                    raise SingleInstanceError(
                        f"Another KneeCare (process {pid}) seems to be starting but does not answer. "
                        "If it does not appear, end it, or restart your computer, then start KneeCare again."
                    )
            if listen_now:
                self._listen()
            elif locked:
                self._lock = lock  # released by listen()
            return True
        finally:
            if locked and self._lock is not lock:
                lock.unlock()

    def listen(self) -> None:
        """Listen for later launches (after a `claim(listen_now=False)`), then let go of the start-up lock."""
        try:
            if self.server is None:
                self._listen()
        finally:
            if self._lock is not None:
                self._lock.unlock()
                self._lock = None

    def _take_lock_from_another_program(self, lock: QLockFile) -> bool:
        """The lock is held by a live process: if that process is not KneeCare (its id was reused after a
        crash), the lock is stale. True when the lock is ours now."""
        pid = _lock_pid(lock)
        if pid and looks_like_kneecare(pid) is False:
            log.warning("the start-up lock names process %s, which is not KneeCare: removing it", pid)
            lock.removeStaleLockFile()
            return lock.tryLock(1000)
        log.info("another KneeCare (process %s) is starting; waiting for it", pid)
        return False

    def close(self) -> None:
        """Stop listening (at quit); the server object stays with this one until Qt deletes both."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        if self.server is not None:
            self.server.close()

    # -- inside ----------------------------------------------------------------------------------------

    def _tell_running_copy(self) -> bool:
        if sys.platform == "win32":
            return self._tell_running_copy_qt()
        return tell_running_copy(self.runtime)

    def _tell_running_copy_qt(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(1000):
            return False  # nobody listens
        socket.write(QByteArray(message()))
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(1000)
        return True

    def _listen(self) -> None:
        if sys.platform == "win32":
            self._listen_qt()
            return
        from kneecare.platform.unix_listener import UnixLineListener

        listener = UnixLineListener(self.name, MAX_MESSAGE, self)
        if not listener.listen():
            # We hold the lock and nobody answered: whatever is there was left by a crash.
            log.info("removing a stale single-instance socket %s (%s)", self.name, listener.error)
            listener.remove_stale()
            if not listener.listen():
                log.warning(
                    "cannot listen on %s: %s; a second launch will not find this one",
                    self.name,
                    listener.error,
                )
                return
        listener.lineReceived.connect(self._heard)
        self.server = listener

    def _listen_qt(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.info("removing a stale single-instance socket %s (%s)", self.name, server.errorString())
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning(
                    "cannot listen on %s: %s; a second launch will not find this one",
                    self.name,
                    server.errorString(),
                )
                return
        server.newConnection.connect(lambda: self._accept(server))
        self.server = server

    def _heard(self, line: bytes) -> None:
        word, _, token = line.partition(b" ")
        if word == PREFIX:
            log.info("a second launch asked this one to come forward")
            self.activationRequested.emit(token.decode("utf-8", "replace").strip())
        else:
            log.info("single instance: ignoring an unknown message")

    # -- Windows (QtNetwork) ---------------------------------------------------------------------------

    def _accept(self, server: QLocalServer) -> None:
        while (socket := server.nextPendingConnection()) is not None:
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
        self._heard(bytes(socket.readLine(MAX_MESSAGE).data()).rstrip(b"\r\n"))
        socket.disconnectFromServer()

    def _drop(self, socket: QLocalSocket) -> None:
        if socket.bytesAvailable():
            self._read(socket)
        if socket in self._clients:
            self._clients.remove(socket)
