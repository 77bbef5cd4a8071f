"""Sync through a real sync engine: two Syncthing instances on 127.0.0.1 (their own homes, ports and API
keys; no relays, discovery or NAT), configured through their REST API, keep one folder in step between two
KneeCare data folders; a session recorded on one computer appears in the other's history."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pytest

from tests.helpers.system import need

ONE = Path(__file__).parents[1] / "faults" / "one-session.json"
DEADLINE = 90.0  # seconds for both engines to start, connect and bring the file across
POLL = 0.5


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Engine:
    home: Path
    folder: Path
    gui: int
    listen: int
    key: str
    process: subprocess.Popen[bytes] | None = None
    device: str = ""
    log: BinaryIO | None = None

    def rest(self, method: str, path: str, body: object = None) -> object:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui}{path}", data=data, method=method, headers={"X-API-Key": self.key}
        )
        with urllib.request.urlopen(request, timeout=5) as answer:
            text = answer.read()
        return json.loads(text) if text.strip() else None

    def start(self) -> None:
        subprocess.run(
            ["syncthing", "generate", f"--home={self.home}", "--no-default-folder"],
            check=True,
            capture_output=True,
        )
        self.device = subprocess.run(
            ["syncthing", "serve", f"--home={self.home}", "--device-id"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        env = {**os.environ, "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1", "STHOMEDIR": str(self.home)}
        self.log = log = (self.home / "syncthing.log").open("wb")
        self.process = subprocess.Popen(
            [
                "syncthing",
                "serve",
                f"--home={self.home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                "--no-default-folder",
                f"--gui-address=127.0.0.1:{self.gui}",
                f"--gui-apikey={self.key}",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )

    def ready(self) -> bool:
        try:
            self.rest("GET", "/rest/system/ping")
        except (OSError, urllib.error.URLError):
            return False
        return True

    def configure(self, other: Engine) -> None:
        self.rest(
            "PATCH",
            "/rest/config/options",
            {
                "listenAddresses": [f"tcp://127.0.0.1:{self.listen}"],
                "globalAnnounceEnabled": False,
                "localAnnounceEnabled": False,
                "relaysEnabled": False,
                "natEnabled": False,
                "urAccepted": -1,
                "crashReportingEnabled": False,
                "autoUpgradeIntervalH": 0,
            },
        )
        self.rest(
            "POST",
            "/rest/config/devices",
            {"deviceID": other.device, "name": "other", "addresses": [f"tcp://127.0.0.1:{other.listen}"]},
        )
        self.rest(
            "POST",
            "/rest/config/folders",
            {
                "id": "kneecare",
                "label": "KneeCare",
                "path": str(self.folder),
                "devices": [{"deviceID": self.device}, {"deviceID": other.device}],
                "rescanIntervalS": 2,
                "fsWatcherEnabled": True,
                "fsWatcherDelayS": 1,
            },
        )

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.log is not None:
            self.log.close()


def wait_for(what: str, check, engines: list[Engine]) -> None:
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(POLL)  # a poll interval, not a fixed wait
    logs = "\n".join((e.home / "syncthing.log").read_text(errors="replace")[-2000:] for e in engines)
    pytest.fail(f"{what} did not happen within {DEADLINE:.0f} s; Syncthing said:\n{logs}")


@pytest.fixture
def engines(tmp_path) -> Iterator[tuple[Engine, Engine]]:
    need("syncthing")
    pair = []
    for name in ("a", "b"):
        folder = tmp_path / f"Sync-{name}"
        folder.mkdir(mode=0o700)
        home = tmp_path / f"syncthing-{name}"
        home.mkdir(mode=0o700)
        pair.append(Engine(home, folder, free_port(), free_port(), secrets.token_hex(16)))
    a, b = pair
    try:
        for engine in pair:
            engine.start()
        wait_for("both Syncthing instances answering", lambda: a.ready() and b.ready(), pair)
        a.configure(b)
        b.configure(a)
        yield a, b
    finally:
        for engine in pair:
            engine.stop()


def kneecare(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "kneecare", *args], capture_output=True, text=True, timeout=60, env=env
    )


def sessions(data: Path) -> list[str]:
    done = kneecare("export", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    return [s["started_at"] for s in json.loads(done.stdout)]


def test_a_session_recorded_on_one_computer_reaches_the_other_through_syncthing(engines, tmp_path):
    a, b = engines
    desk, laptop = tmp_path / "desk", tmp_path / "laptop"
    assert kneecare("import", str(ONE), "--data-dir", str(desk)).returncode == 0
    done = kneecare("sync", "--folder", str(a.folder), "--data-dir", str(desk))
    assert done.returncode == 0, done.stderr
    assert "wrote 1 record" in done.stdout
    a.rest("POST", "/rest/db/scan?folder=kneecare")

    def arrived() -> bool:
        if not any(p.suffix == ".kcj" for p in b.folder.iterdir()):
            return False
        synced = kneecare("sync", "--folder", str(b.folder), "--data-dir", str(laptop))
        assert synced.returncode == 0, synced.stderr
        return "1 new session" in synced.stdout

    wait_for("the desk's session arriving on the laptop", arrived, [a, b])
    assert sessions(laptop) == sessions(desk) == ["2026-11-26T09:00:00+01:00"]
    assert not [p for p in b.folder.rglob("*") if "sqlite" in p.name]
