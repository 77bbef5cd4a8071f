"""A user-only Unix socket that hears one line per connection, on Qt's loop (QSocketNotifier): what the
single instance listens with on Linux and macOS, so QtNetwork is never loaded there."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import stat
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

BACKLOG = 8


class UnixLineListener(QObject):
    """Listens on `path` (a socket file only this user can use); each connection's first line (up to
    `limit` bytes, without its line end) comes out as `lineReceived`, then the connection is closed. A
    connection that sends more than `limit` bytes without a line end, or none before it closes, is dropped."""

    lineReceived = Signal(bytes)

    def __init__(self, path: str, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.limit = limit
        self.error = ""
        self._socket: socket.socket | None = None
        self._inode: int | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[int, tuple[socket.socket, QSocketNotifier, bytearray]] = {}

    def listen(self) -> bool:
        """Bind and listen; False (and `error` says why) when the path is taken or cannot be made."""
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old_mask = os.umask(0o077)  # the socket file is born user-only: no moment open to others
        try:
            server.bind(self.path)
            Path(self.path).chmod(0o600)
            server.listen(BACKLOG)
        except OSError as e:
            server.close()
            self.error = e.strerror or str(e)
            return False
        finally:
            os.umask(old_mask)
        server.setblocking(False)
        self._inode = Path(self.path).stat().st_ino
        self._socket = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def remove_stale(self) -> None:
        """Remove a socket file left behind by a crash (only a socket: never a file of another kind)."""
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISSOCK(Path(self.path).lstat().st_mode):
                Path(self.path).unlink()

    def isListening(self) -> bool:  # QLocalServer's name, which the Windows path uses
        return self._socket is not None

    def close(self) -> None:
        """Stop listening and remove the socket file (when it is still the one made here)."""
        for fd in list(self._clients):
            self._drop(fd)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
            with contextlib.suppress(OSError):
                if Path(self.path).lstat().st_ino == self._inode:
                    Path(self.path).unlink()

    def _accept(self) -> None:
        assert self._socket is not None
        while True:
            try:
                client, _ = self._socket.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as e:
                log.info("single instance: a connection failed: %s", e)
                return
            client.setblocking(False)
            fd = client.fileno()
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            notifier.activated.connect(lambda *_activation, fd=fd: self._read(fd))
            self._clients[fd] = (client, notifier, bytearray())
            self._read(fd)

    def _read(self, fd: int) -> None:
        if fd not in self._clients:
            return
        client, _, buffer = self._clients[fd]
        try:
            data = client.recv(self.limit + 1)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # closed before a whole line: nothing to hear
            self._drop(fd)
            return
        buffer += data
        line, newline, _ = bytes(buffer).partition(b"\n")
        if newline:
            self._drop(fd)
            self.lineReceived.emit(line[: self.limit].rstrip(b"\r"))
        elif len(buffer) > self.limit:
            self._drop(fd)

    def _drop(self, fd: int) -> None:
        client, notifier, _ = self._clients.pop(fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        client.close()
