"""Issue 15.6: the single-instance guard cannot be squatted or fooled: the socket's fallback lives in a
private folder that is checked, nothing is handed to a listener of another user (SO_PEERCRED), and a
stale lock naming a live process that is not KneeCare does not stop the start."""

from __future__ import annotations

import hashlib
import os
import pwd
import select
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kneecare.platform import single_instance
from kneecare.platform.single_instance import LOCK_NAME, SingleInstance, server_name
from tests.faults.support import need_root, skip_or_fail

LISTEN_SECONDS = 20  # a bound on the squatter's life, never a wait


@pytest.fixture
def temp_dir(monkeypatch) -> Iterator[Path]:
    """A short, world-enterable temp folder of the test's own, in place of /tmp."""
    where = Path(tempfile.mkdtemp(prefix="kc-", dir="/tmp"))
    where.chmod(0o1777)
    monkeypatch.setattr(tempfile, "tempdir", str(where))
    yield where
    subprocess.run(["rm", "-rf", str(where)], check=False)


def long_runtime(tmp_path: Path) -> Path:
    return tmp_path / ("deep-" * 30) / "run"


def nobody() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam("nobody")
    except KeyError:
        skip_or_fail("no user 'nobody' to play another local user")
        raise


def squat(path: Path) -> tuple[subprocess.Popen[bytes], int]:
    """A listener on `path` owned by user nobody (bound as root, then setuid before listen, so the
    kernel records nobody as the listener); it prints what it was told. Returns it and nobody's uid."""
    need_root("a listener of another uid")
    uid = nobody().pw_uid
    code = (
        "import os, socket, select, sys\n"
        f"s = socket.socket(socket.AF_UNIX); s.bind({str(path)!r}); os.chmod({str(path)!r}, 0o777)\n"
        f"os.setgid({nobody().pw_gid}); os.setuid({uid}); s.listen(5)\n"
        "print('listening', flush=True)\n"
        f"while select.select([s], [], [], {LISTEN_SECONDS})[0]:\n"
        "    c, _ = s.accept(); c.settimeout(2)\n"
        "    try: data = c.recv(4096)\n"
        "    except OSError: data = b''\n"
        "    print('told', repr(data), flush=True); c.close()\n"
    )
    squatter = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    assert squatter.stdout is not None and squatter.stdout.readline().strip() == b"listening"
    return squatter, uid


def told(squatter: subprocess.Popen[bytes]) -> bytes:
    squatter.kill()
    out, _ = squatter.communicate(timeout=10)
    return out


def test_the_fallback_socket_ignores_a_listener_of_another_user_in_the_shared_temp_folder(
    qtbot, tmp_path, temp_dir
):
    """Where today's name lives (kneecare-<user>-<digest> in the temp folder) another user listens first:
    KneeCare starts all the same, in its own folder, and tells that listener nothing."""
    runtime = long_runtime(tmp_path)
    digest = hashlib.sha256(os.fsencode(runtime.absolute())).hexdigest()[:16]
    user = os.environ.get("USERNAME") or os.environ.get("USER") or "user"
    squatter, _ = squat(temp_dir / f"kneecare-{user}-{digest}")
    try:
        instance = SingleInstance(runtime)
        assert instance.claim(lock_timeout_ms=2000)  # the one copy, not a silent exit
        assert Path(instance.name).parent == single_instance.fallback_folder()
        assert (single_instance.fallback_folder().stat().st_mode & 0o777) == 0o700
        instance.close()
    finally:
        assert b"activate" not in told(squatter)


def test_a_listener_of_another_user_is_told_nothing_and_the_start_says_so(qtbot, tmp_path, temp_dir):
    """Even in the private folder (made before it was private, say), the peer's uid is checked first."""
    runtime = long_runtime(tmp_path)
    folder = single_instance.fallback_folder()
    folder.mkdir(mode=0o700)
    squatter, uid = squat(Path(server_name(runtime)))
    try:
        with pytest.raises(
            single_instance.SingleInstanceError, match=f"Another user's program \\(uid {uid}\\)"
        ):
            SingleInstance(runtime).claim(lock_timeout_ms=2000)
    finally:
        assert b"activate" not in told(squatter)


@pytest.mark.parametrize("problem", ["owned by nobody", "open to all"])
def test_a_fallback_folder_that_is_not_private_is_refused_with_a_message(qtbot, tmp_path, temp_dir, problem):
    folder = single_instance.fallback_folder()
    folder.mkdir(mode=0o700)
    if problem == "owned by nobody":
        need_root("a folder owned by another uid")
        os.chown(folder, nobody().pw_uid, nobody().pw_gid)
        said = "belongs to another user"
    else:
        folder.chmod(0o777)
        said = "can be used by other users"
    with pytest.raises(single_instance.SingleInstanceError, match=said):
        SingleInstance(long_runtime(tmp_path)).claim(lock_timeout_ms=2000)


def write_lock(runtime: Path, pid: int) -> None:
    """A lock file as QLockFile writes it, naming `pid` and its program's name, so that Qt's own check
    (is that process alive, with that name?) takes it for a live lock."""
    runtime.mkdir(parents=True, exist_ok=True)
    host = socket.gethostname()
    name = Path(f"/proc/{pid}/exe").readlink().name
    (runtime / LOCK_NAME).write_text(f"{pid}\n{name}\n{host}\n", encoding="utf-8")


@pytest.fixture
def sleeper() -> Iterator[subprocess.Popen[bytes]]:
    """A live Python process that is not KneeCare; killed at teardown."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process
    process.kill()
    process.wait(timeout=10)


def test_a_stale_lock_naming_an_unrelated_live_python_process_does_not_stop_the_start(
    qtbot, tmp_path, sleeper
):
    runtime = tmp_path / "run"
    write_lock(runtime, sleeper.pid)
    began = time.monotonic()
    instance = SingleInstance(runtime)
    assert instance.claim(lock_timeout_ms=3000)
    assert time.monotonic() - began < 3.0  # known stale at once, not after the whole wait
    assert instance.server is not None and instance.server.isListening()
    instance.close()
    assert sleeper.poll() is None  # the other program is left alone


def test_a_kneecare_that_holds_the_lock_but_does_not_answer_is_said(qtbot, tmp_path):
    runtime = tmp_path / "run"
    hung = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)  # kneecare, hung"])
    try:
        write_lock(runtime, hung.pid)
        with pytest.raises(single_instance.SingleInstanceError, match="does not answer"):
            SingleInstance(runtime).claim(lock_timeout_ms=500)
    finally:
        hung.kill()
        hung.wait(timeout=10)


def test_the_peer_uid_is_read_from_the_kernel():
    if not hasattr(socket, "SO_PEERCRED"):
        skip_or_fail("SO_PEERCRED is Linux only")
    left, right = socket.socketpair(socket.AF_UNIX)
    try:
        assert single_instance.peer_uid(left.fileno()) == os.geteuid()
    finally:
        left.close()
        right.close()
    assert select  # (imported for the squatter's code, which runs in its own process)


def test_the_quick_second_launch_tells_a_listener_of_another_user_nothing(qtbot, tmp_path, temp_dir):
    """The launch that looks for a running copy before loading Qt checks the same things: a listener of
    another uid (here in the private fallback folder) hears nothing, and the full start follows (it says
    what is wrong, in a window)."""
    from kneecare.__main__ import _running_copy_came_forward

    data = tmp_path / ("deep-" * 30)  # the runtime folder data/run is too long for a socket: the fallback
    single_instance.fallback_folder().mkdir(mode=0o700)
    squatter, _ = squat(Path(server_name(data / "run")))
    try:
        assert _running_copy_came_forward(data) is False
    finally:
        assert b"activate" not in told(squatter)


def test_the_quick_second_launch_does_not_use_a_fallback_folder_open_to_all(tmp_path, temp_dir):
    from kneecare.__main__ import _running_copy_came_forward

    folder = single_instance.fallback_folder()
    folder.mkdir(mode=0o700)
    folder.chmod(0o777)
    data = tmp_path / ("deep-" * 30)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # would answer, were it used
    listener.bind(server_name(data / "run"))
    listener.listen(1)
    try:
        assert _running_copy_came_forward(data) is False
        listener.setblocking(False)
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected
    finally:
        listener.close()
    assert folder.stat().st_mode & 0o777 == 0o777  # left as it was: never changed
