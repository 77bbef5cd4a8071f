"""Issue 15, point 5 (its store part): a history that cannot be written (a read-only folder, an immutable
file, a read-only mount) opens read-only for viewing and export, says new sessions cannot be saved and
holds Start with the reason, instead of a traceback. Nothing is moved, nothing lost."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kneecare.store.exchange import export_file
from kneecare.store.store import Store
from tests.faults.history import NOW, real_history, uids
from tests.helpers.system import in_ci

SESSIONS = 30


def cannot(reason: str) -> None:
    """This machine cannot make the setup: skip locally, fail under CI (nothing silently untested)."""
    if in_ci():
        pytest.fail(f"CI must not skip: {reason}")
    pytest.skip(reason)


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


# Root writes into a read-only folder anyway: as root, an immutable file and folder and a read-only mount.
KINDS = ["immutable", "mount"] if os.geteuid() == 0 else ["folder"]


@pytest.fixture(params=KINDS)
def read_only_history(request, tmp_path) -> Iterator[Path]:
    """A data folder holding a real history, made read-only."""
    kind = request.param
    tmp_path = tmp_path / "data"
    tmp_path.mkdir()
    if kind == "folder":
        path = real_history(tmp_path, SESSIONS)
        path.chmod(0o444)
        tmp_path.chmod(0o555)
        yield tmp_path
        tmp_path.chmod(0o755)
    elif kind == "immutable":
        if os.geteuid() != 0 or shutil.which("chattr") is None:
            cannot("chattr +i needs root and chattr (e2fsprogs)")
        path = real_history(tmp_path, SESSIONS)
        done = run("chattr", "+i", str(path), str(tmp_path))
        if done.returncode != 0:
            cannot(f"this file system does not take chattr +i: {done.stderr.strip()}")
        yield tmp_path
        run("chattr", "-i", str(path), str(tmp_path))
    else:
        if os.geteuid() != 0:
            cannot("mounting a read-only tmpfs needs root")
        mount = tmp_path / "mnt"
        mount.mkdir()
        done = run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount))
        if done.returncode != 0:
            cannot(f"tmpfs cannot be mounted here: {done.stderr.strip()}")
        try:
            real_history(mount, SESSIONS)
            done = run("mount", "-o", "remount,ro", str(mount))
            if done.returncode != 0:
                cannot(f"the tmpfs cannot be remounted read-only: {done.stderr.strip()}")
            yield mount
        finally:
            run("umount", str(mount))


def test_a_read_only_history_opens_for_viewing_and_export(read_only_history):
    path = read_only_history / "kneecare.sqlite3"
    before = path.read_bytes()
    store, opened = Store.open(path, NOW)
    assert opened.read_only and store.read_only
    assert "can only be read" in opened.notice and "cannot be saved" in opened.notice
    assert store.sessions.count() == SESSIONS and len(uids(path)) == SESSIONS
    out = read_only_history.parent / "export.json"  # the export goes elsewhere
    assert export_file(store.conn, "json", out) == SESSIONS
    # A write is refused, with the reason, and never silently kept in memory.
    with pytest.raises(Exception) as caught:
        store.state.set("key", "value")
    assert "can only be read" in store.trouble(caught.value, NOW)
    assert store.backup_if_due(NOW) is None
    store.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in read_only_history.iterdir() if "corrupt" in p.name) == []


def test_kneecare_export_and_import_on_a_read_only_history(read_only_history, tmp_path):
    export = tmp_path / "out.json"
    done = run(
        sys.executable, "-m", "kneecare", "export", "--data-dir", str(read_only_history), "-o", str(export)
    )
    assert done.returncode == 0, done.stderr
    assert export.read_text(encoding="utf-8").count('"uid"') == SESSIONS
    done = run(sys.executable, "-m", "kneecare", "import", "--data-dir", str(read_only_history), str(export))
    assert done.returncode == 3 and "can only be read" in done.stderr and "Traceback" not in done.stderr


def test_start_is_held_with_the_reason(read_only_history, qtbot, clock, programs, monkeypatch):
    from kneecare.core.session import SessionMachine
    from kneecare.session.controller import SessionController
    from kneecare.settings import Settings
    from kneecare.startup import store_gate
    from kneecare.ui.main_window import MainWindow

    store, opened = Store.open(read_only_history / "kneecare.sqlite3", NOW)
    assert store_gate.store_notice_kind(opened) == "read_only"
    told: list[str] = []

    class Box:
        def __init__(self, parent: object, kind: str, details: str, critical: bool = False) -> None:
            told.append(kind)

        def open(self) -> None:
            pass

    monkeypatch.setattr(store_gate, "problem_box", Box)
    controller = SessionController(SessionMachine(clock), clock)
    window = MainWindow(list(programs.values()), controller, Settings())
    qtbot.addWidget(window)
    store_gate.hold_starts(window)
    assert not window.start_button.isEnabled()
    assert "can only be read" in window.start_button.toolTip()
    assert window.start_session() is False and told == ["read_only"]
    store.close()
