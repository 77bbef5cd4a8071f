"""Finding a KneeCare that already runs, without Qt: where its socket is, whether it is safe to talk to,
and the "activate" message that asks it to come forward. A second launch tries this before it loads Qt
(`kneecare.__main__`), and `single_instance` uses the same functions behind its start-up lock."""

from __future__ import annotations

import logging
import os
import stat
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import socket

log = logging.getLogger(__name__)

SOCKET_NAME = "kneecare.sock"
PREFIX = b"activate"
SUN_PATH_MAX = 100  # sockaddr_un holds 104-108 bytes depending on the system; keep a margin


class SingleInstanceError(Exception):
    """KneeCare cannot safely tell whether it already runs; the message says why and what to do."""


def _digest(runtime: Path) -> str:
    import hashlib  # only for a pipe name (Windows) or a long runtime path: not on every start

    return hashlib.sha256(os.fsencode(runtime.absolute())).hexdigest()[:16]


def fallback_folder() -> Path:
    """Where the socket goes when the runtime path is too long: a folder of this user's own in the temp
    folder (another user could otherwise listen first on a name in the shared temp folder)."""
    import tempfile  # only for a long runtime path: not on every start

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


def check_socket_folder(runtime: Path, name: str) -> None:
    """A socket outside the runtime folder (the fallback) is used only in a private folder of this user's."""
    if sys.platform != "win32" and Path(name).parent != runtime:
        check_private_folder(Path(name).parent)


def peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end of a connected Unix socket (Linux: SO_PEERCRED), or
    None where the system cannot say."""
    import socket as pysocket

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


def check_peer(uid: int | None, name: str) -> None:
    """A listener of another user is told nothing (Linux: SO_PEERCRED; elsewhere the folder's check)."""
    if uid is not None and uid != os.geteuid():
        raise SingleInstanceError(
            f"Another user's program (uid {uid}) listens where KneeCare expects itself ({name}). "
            "KneeCare told it nothing and does not start; please ask your administrator."
        )


def activation_token() -> str:
    """The token a Wayland launcher gave this process, passed on so the running window may come forward."""
    return os.environ.get("XDG_ACTIVATION_TOKEN", "")


def message() -> bytes:
    """What asks the running copy to come forward: `activate <token>` and a line end."""
    return PREFIX + b" " + activation_token().encode("utf-8", "replace") + b"\n"


def connect(path: str, timeout: float = 1.0) -> socket.socket | None:
    """Connect to `path`; the connected socket (for the caller to check its peer, then `send_line`), or
    None when nobody listens there (no socket, or one left behind by a crash)."""
    import socket as pysocket

    client = pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM)
    client.settimeout(timeout)
    try:
        client.connect(path)
    except OSError:
        client.close()
        return None
    return client


def send_line(client: socket.socket, line: bytes) -> None:
    """Send `line`, then wait (within the socket's timeout) for the listener to close: it has read it."""
    import socket as pysocket

    try:
        client.sendall(line)
        client.shutdown(pysocket.SHUT_WR)
        while client.recv(256):
            pass
    except OSError as e:
        log.info("single instance: the running copy did not take the whole message: %s", e)
    finally:
        client.close()


def tell_running_copy(runtime: Path) -> bool:
    """Unix: ask the KneeCare listening for `runtime` to come forward. True when one listened and was told;
    False when none listens (no socket file: the everyday first start loads no socket module). Raises
    SingleInstanceError when the socket's folder or its listener is not this user's (it is told nothing)."""
    name = server_name(runtime)
    check_socket_folder(runtime, name)
    if not os.path.lexists(name):
        return False  # a running copy keeps its socket file, and a clean quit removes it
    client = connect(name)
    if client is None:
        return False  # nobody listens: a socket left behind by a crash
    try:
        check_peer(peer_uid(client.fileno()), name)
    except SingleInstanceError:
        client.close()
        raise
    send_line(client, message())
    return True
