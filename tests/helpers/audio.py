"""What Qt Multimedia and Qt's speech plug-ins say on a machine without PipeWire, a sound server or a speech
engine: expected in the tests that build cue players, where there is no audio device on purpose."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

NO_AUDIO_LOGS = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve)",
    r"PulseAudioService",
    r"QSoundEffect",
    r"Text-to-speech plug-in",
    r"Error loading text-to-speech",
)


@contextmanager
def pulse_server(folder: Path) -> Iterator[dict[str, str]]:
    """A private PulseAudio with a null sink, its runtime folder under `folder`; yields the environment
    (XDG_RUNTIME_DIR, HOME) that reaches it. Needs `pulseaudio` (check with tests.helpers.system.need)."""
    runtime = folder / "rt"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(folder)}
    server = subprocess.Popen(
        [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm=yes",
            "-L", "module-native-protocol-unix", "-L", "module-null-sink sink_name=kneecare_test",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 15
        while not (runtime / "pulse" / "native").exists():
            assert server.poll() is None, "pulseaudio did not start"
            assert time.monotonic() < deadline, "pulseaudio did not open its socket"
            time.sleep(0.05)
        yield env
    finally:
        server.terminate()
        server.wait(10)
