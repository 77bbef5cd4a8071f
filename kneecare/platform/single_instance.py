"""One running KneeCare per user (and data folder): a second launch asks the first to come forward, then
exits. A `QLockFile` in the runtime folder serialises start-up (held until this copy listens, which may be
after its first frame); a user-only Unix socket (`unix_listener`; QtNetwork's `QLocalServer` on Windows)
carries the "activate" message (with the second launch's `XDG_ACTIVATION_TOKEN`, so Wayland lets the window
forward).
Nothing is handed to a listener of another user (checked with `SO_PEERCRED` on Linux), a socket outside the
runtime folder lives in a private folder that is checked, and a lock left behind whose process id now
belongs to another program does not stop KneeCare.
"""

from __future__ import annotations

import logging
import os
import stat
import struct
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "kneecare.lock"
SOCKET_NAME = "kneecare.sock"
PREFIX = b"activate"
MAX_MESSAGE = 4096
SUN_PATH_MAX = 100  # sockaddr_un holds 104-108 bytes depending on the system; keep a margin


class Listener(Protocol):
    """What listens for later launches: a `UnixLineListener`, or QtNetwork's `QLocalServer` on Windows."""

    def isListening(self) -> bool: ...  # Qt's name

    def close(self) -> None: ...


class SingleInstanceError(Exception):
    """KneeCare cannot safely tell whether it already runs; the message says why and what to do."""


def _digest(runtime: Path) -> str:
    import hashlib  # only for a pipe name (Windows) or a long runtime path: not on every start

    return hashlib.sha256(os.fsencode(runtime.absolute())).hexdigest()[:16]


def fallback_folder() -> Path:
    """Where the socket goes when the runtime path is too long: a folder of this user's own in the temp
    folder (another user could otherwise listen first on a name in the shared temp folder)."""
    return Path(tempfile.gettempdir()) / f"kneecare-{os.geteuid()}"


def check_private_folder(folder: Path) -> None:
    """Create `folder` 0700, or check that the one there is a folder of this user's that nobody else can
    enter; SingleInstanceError otherwise (it is never used, changed or removed then)."""
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as e:
        raise SingleInstanceError(f"KneeCare cannot create the folder {folder}: {e.strerror or e}.") from e
    st = folder.lstat()
    if not stat.S_ISDIR(st.st_mode) or stat.S_ISLNK(st.st_mode):
        raise SingleInstanceError(f"{folder} is not a folder; KneeCare does not use it. Please remove it.")
    if st.st_uid != os.geteuid():
        raise SingleInstanceError(
            f"The folder {folder} belongs to another user (uid {st.st_uid}), so KneeCare does not use it. "
            "Please ask your administrator to remove it."
        )
    if stat.S_IMODE(st.st_mode) & 0o077:
        raise SingleInstanceError(
            f"The folder {folder} can be used by other users (mode {stat.S_IMODE(st.st_mode):o}), so "
            "KneeCare does not use it. Please remove it (or make it private with: chmod 700)."
        )


def server_name(runtime: Path) -> str:
    """The socket's full path in the runtime folder; where that path is too long for a Unix socket, the
    same in a private folder in the temp folder (`fallback_folder`). On Windows, a pipe name unique to the
    folder (Qt makes the pipe for this user only)."""
    path = runtime / SOCKET_NAME
    if sys.platform == "win32":
        user = os.environ.get("USERNAME") or "user"
        return f"kneecare-{user}-{_digest(runtime)}"
    if len(os.fsencode(path)) <= SUN_PATH_MAX:
        return str(path)
    return str(fallback_folder() / f"{_digest(runtime)}.sock")


def peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end of a connected Unix socket (Linux: SO_PEERCRED), or
    None where the system cannot say."""
    import socket as pysocket  # only when another KneeCare answered: not on every start

    option = getattr(pysocket, "SO_PEERCRED", None)
    if option is None or descriptor < 0:
        return None
    dup = pysocket.fromfd(descriptor, pysocket.AF_UNIX, pysocket.SOCK_STREAM)
    try:
        _pid, uid, _gid = struct.unpack("3i", dup.getsockopt(pysocket.SOL_SOCKET, option, 12))
    except OSError:
        return None
    finally:
        dup.close()
    return int(uid)


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


def activation_token() -> str:
    """The token a Wayland launcher gave this process, passed on so the running window may come forward."""
    return os.environ.get("XDG_ACTIVATION_TOKEN", "")


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
        if sys.platform != "win32" and Path(self.name).parent != self.runtime:
            check_private_folder(Path(self.name).parent)
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

    def _message(self) -> bytes:
        return PREFIX + b" " + activation_token().encode("utf-8", "replace") + b"\n"

    def _check_peer(self, uid: int | None) -> None:
        """A listener of another user is told nothing (Linux: SO_PEERCRED; elsewhere the folder's check)."""
        if uid is not None and uid != os.geteuid():
            raise SingleInstanceError(
                f"Another user's program (uid {uid}) listens where KneeCare expects itself ({self.name}). "
                "KneeCare told it nothing and does not start; please ask your administrator."
            )

    def _tell_running_copy(self) -> bool:
        if sys.platform == "win32":
            return self._tell_running_copy_qt()
        if not os.path.lexists(self.name):
            # Nobody listens: a running copy keeps its socket file (and a clean quit removes it), so the
            # everyday start loads no socket module before its first frame.
            return False
        from kneecare.platform.unix_listener import connect, send_line

        client = connect(self.name)
        if client is None:
            return False  # nobody listens: no socket, or one left behind by a crash
        try:
            self._check_peer(peer_uid(client.fileno()))
        except SingleInstanceError:
            client.close()
            raise
        send_line(client, self._message())
        return True

    def _tell_running_copy_qt(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(1000):
            return False  # nobody listens
        socket.write(QByteArray(self._message()))
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
