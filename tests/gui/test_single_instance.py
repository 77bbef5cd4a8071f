"""One KneeCare per user: a second launch asks the first to come forward (passing its Wayland activation
token) and steps back; a lock or socket left behind by a crash does not stop the next start."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

from kneecare.platform.single_instance import (
    LOCK_NAME,
    MAX_MESSAGE,
    SOCKET_NAME,
    SingleInstance,
    fallback_folder,
    server_name,
)

SECOND_LAUNCH = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kneecare.platform.single_instance import SingleInstance
    sys.exit(0 if SingleInstance(Path(sys.argv[1])).claim() else 3)
    """
)


def launch(runtime, token="") -> subprocess.Popen:
    env = {**os.environ, "XDG_ACTIVATION_TOKEN": token}
    return subprocess.Popen([sys.executable, "-c", SECOND_LAUNCH, str(runtime)], env=env)


def test_a_second_launch_asks_the_first_to_come_forward_with_its_token_and_exits(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "run")
    assert first.claim()
    with qtbot.waitSignal(first.activationRequested, timeout=10_000) as asked:
        second = launch(tmp_path / "run", token="wayland-token-42")
    assert second.wait(timeout=10) == 3  # it stepped back
    assert asked.args == ["wayland-token-42"]
    with qtbot.waitSignal(first.activationRequested, timeout=10_000) as asked_again:
        third = launch(tmp_path / "run")
    assert third.wait(timeout=10) == 3
    assert asked_again.args == [""]  # X11: no token
    first.close()


def test_the_socket_is_for_this_user_only(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "run")
    assert first.claim()
    mode = Path(server_name(tmp_path / "run")).stat().st_mode & 0o777
    assert mode & 0o077 == 0, oct(mode)
    first.close()


def test_a_socket_and_a_lock_left_by_a_crash_are_recovered(qtbot, tmp_path):
    runtime = tmp_path / "run"
    runtime.mkdir()
    # A socket file nobody listens on, as a killed copy leaves it.
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(runtime / SOCKET_NAME))
    stale.close()
    # A lock file held by a process that was killed while starting.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom PySide6.QtCore import QLockFile\n"
            f"l = QLockFile({str(runtime / LOCK_NAME)!r}); l.setStaleLockTime(0); assert l.tryLock(0)\n"
            "print('locked', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    assert (runtime / LOCK_NAME).exists() and (runtime / SOCKET_NAME).exists()
    instance = SingleInstance(runtime)
    assert instance.claim(lock_timeout_ms=3000)
    assert instance.server is not None and instance.server.isListening()
    instance.close()


def test_a_runtime_folder_with_a_very_long_path_still_gets_a_working_socket(qtbot, tmp_path):
    runtime = tmp_path / ("deep-" * 30) / "run"
    name = Path(server_name(runtime))
    assert name.parent == fallback_folder() and name.suffix == ".sock"  # a private folder of this user's
    first = SingleInstance(runtime)
    assert first.claim()
    with qtbot.waitSignal(first.activationRequested, timeout=10_000):
        second = launch(runtime)
    assert second.wait(timeout=10) == 3
    first.close()


def test_a_launch_while_the_first_is_still_starting_waits_for_it_and_finds_it(qtbot, tmp_path):
    """The app claims without listening, shows its first frame, then listens: the start-up lock is held
    meanwhile, so a second launch in between waits for the socket instead of starting a second copy."""
    first = SingleInstance(tmp_path / "run")
    assert first.claim(listen_now=False)
    assert first.server is None  # not listening yet, as before the first frame
    second = launch(tmp_path / "run", token="between")
    try:
        second.wait(timeout=1.5)  # a bound: it must still be waiting on the lock, not started for itself
        raise AssertionError(f"the second launch did not wait (exit {second.returncode})")
    except subprocess.TimeoutExpired:
        pass
    with qtbot.waitSignal(first.activationRequested, timeout=10_000) as asked:
        first.listen()
    assert second.wait(timeout=10) == 3  # it found the first and stepped back
    assert asked.args == ["between"]
    first.close()


SECOND_WINDOW_LAUNCH = textwrap.dedent(
    """
    import sys
    from kneecare.__main__ import main
    code = main(["--data-dir", sys.argv[1], *sys.argv[2:]])
    print(code, "PySide6" in sys.modules, flush=True)
    """
)


def test_a_launch_while_kneecare_runs_brings_it_forward_without_loading_qt(qtbot, tmp_path):
    """The everyday second launch (KneeCare waits in the tray): `kneecare` finds the running copy, passes
    its token and exits 0 before loading Qt (tens of ms instead of a whole start; benchmarks/startup.py)."""
    first = SingleInstance(tmp_path / "run")  # where `--data-dir tmp_path` keeps its runtime folder
    assert first.claim()
    env = {**os.environ, "XDG_ACTIVATION_TOKEN": "from-the-dock"}
    with qtbot.waitSignal(first.activationRequested, timeout=10_000) as asked:
        second = subprocess.Popen(
            [sys.executable, "-c", SECOND_WINDOW_LAUNCH, str(tmp_path), "--verbose"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    out, err = second.communicate(timeout=30)
    assert out.split() == ["0", "False"]  # exit 0, and Qt never loaded
    assert asked.args == ["from-the-dock"]
    assert "already runs; asked it to come forward" in err  # what --verbose says in a terminal
    first.close()


def test_with_no_copy_listening_the_launch_goes_on_to_a_full_start(qtbot, tmp_path):
    """No socket, or one a crash left behind: the quick path says no, and the full start (its lock, its
    own checks, its window) follows."""
    from kneecare.__main__ import _running_copy_came_forward

    assert _running_copy_came_forward(tmp_path) is False
    runtime = tmp_path / "run"
    runtime.mkdir()
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(runtime / SOCKET_NAME))
    stale.close()
    assert _running_copy_came_forward(tmp_path) is False


def test_the_single_instance_does_not_load_qtnetwork_on_linux():
    code = (
        "import sys, tempfile; from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([])\n"
        "from kneecare.platform.single_instance import SingleInstance\n"
        "i = SingleInstance(Path(tempfile.mkdtemp()) / 'run'); assert i.claim(listen_now=False); i.listen()\n"
        "assert i.server is not None and i.server.isListening(); i.close()\n"
        "print('QtNetwork' if 'PySide6.QtNetwork' in sys.modules else 'without')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "without", done.stderr[-2000:]


def test_the_unix_listener_drops_overlong_or_unfinished_messages_and_still_hears_the_next(qtbot, tmp_path):
    """A connection that sends more than a message's worth without a line end, or closes mid-line, is
    dropped without a word; the next launch's "activate" is heard as before."""
    if sys.platform == "win32":
        return  # Windows listens with QtNetwork's QLocalServer
    first = SingleInstance(tmp_path / "run")
    assert first.claim()
    heard: list[str] = []
    first.activationRequested.connect(heard.append)
    for junk in (b"x" * (MAX_MESSAGE + 10), b"activate half-a-line"):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(first.name)
            client.sendall(junk)
    with qtbot.waitSignal(first.activationRequested, timeout=10_000):
        second = launch(tmp_path / "run", token="after-junk")
    assert second.wait(timeout=10) == 3
    assert heard == ["after-junk"]
    first.close()
    assert not Path(first.name).exists()  # closing removes the socket file it made
