"""`kneecare sync` end to end, as a person runs it: two data folders (two computers), one shared folder,
the real command in its own process on each in turn; both histories end the same, and the shared folder
never holds a database."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from kneecare.__main__ import SYNC_FOLDER, main

FIXTURES = Path(__file__).parents[1] / "fixtures" / "db"
ONE = Path(__file__).parents[1] / "faults" / "one-session.json"


def kneecare(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "kneecare", *args], capture_output=True, text=True, timeout=120, env=env
    )


def exported(data: Path) -> list[str]:
    done = kneecare("export", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    return sorted(s["uid"] for s in json.loads(done.stdout))


def test_two_computers_share_one_history_through_a_folder(tmp_path):
    desk, laptop, shared = tmp_path / "desk", tmp_path / "laptop", tmp_path / "Sync"
    shared.mkdir(mode=0o700)
    desk.mkdir()
    shutil.copy(FIXTURES / "v2.sqlite3", desk / "kneecare.sqlite3")  # five sessions, a red flag...
    assert kneecare("import", str(ONE), "--data-dir", str(laptop)).returncode == 0
    assert len(exported(desk)) == 5 and len(exported(laptop)) == 1

    first = kneecare("sync", "--folder", str(shared), "--data-dir", str(desk))
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "Read 0 journals, 0 new sessions, 0 deletions, wrote 9 records."
    second = kneecare("sync", "--data-dir", str(laptop), "--folder", str(shared))
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip().startswith("Read 1 journal, 5 new sessions, 4 safety records, 0 deletions")
    third = kneecare("sync", "--data-dir", str(desk))  # the folder was remembered
    assert third.returncode == 0, third.stderr
    assert "1 new session," in third.stdout

    assert exported(desk) == exported(laptop) and len(exported(desk)) == 6
    settings = json.loads((desk / "config" / "settings.json").read_text(encoding="utf-8"))
    assert settings["sync_folder"] == str(shared)
    assert not [p for p in shared.rglob("*") if "sqlite" in p.name]
    journals = list(shared.glob("*.kcj"))
    assert len(journals) == 2
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in journals)
    assert len(list((shared / "devices").glob("*.json"))) == 2


def test_sync_without_a_folder_or_with_a_missing_one_says_so(tmp_path, capsys):
    assert main(["sync", "--data-dir", str(tmp_path / "d")]) == SYNC_FOLDER
    assert "no sync folder is chosen yet" in capsys.readouterr().err
    assert (
        main(["sync", "--data-dir", str(tmp_path / "d"), "--folder", str(tmp_path / "gone")]) == SYNC_FOLDER
    )
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "d" / "kneecare.sqlite3").exists()


def test_a_folder_others_can_look_into_is_warned_about(tmp_path, capsys):
    shared = tmp_path / "Sync"
    shared.mkdir()
    shared.chmod(0o755)
    assert main(["sync", "--data-dir", str(tmp_path / "d"), "--folder", str(shared)]) == 0
    assert "warning: Other users of this computer can look into" in capsys.readouterr().err
