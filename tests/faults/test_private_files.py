"""Issue 15.3: history, backups, logs, settings and exports are health data: KneeCare's folders are 0700
and every file it writes 0600 whatever the umask, and a looser set left from before is tightened on start
(only KneeCare's own files: never what else a person keeps in the folder)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from kneecare.logs import setup_logging
from kneecare.paths import AppPaths
from kneecare.settings import Settings, SettingsStore
from tests.faults.support import kneecare

ONE_SESSION = [
    {
        "started_at": "2026-11-26T09:00:00+01:00",
        "program": "daily",
        "knees": "both",
        "status": "completed",
        "planned_seconds": 468,
        "done_seconds": 468,
        "ratings": {"before": {"tension": 6, "pain": 2, "note": "stiff"}, "after": None},
    }
]


def modes(root: Path) -> dict[str, str]:
    """Every folder and file under `root` (and root itself) with its permission bits."""
    found = {".": oct(stat.S_IMODE(root.stat().st_mode))}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def loose(found: dict[str, str], root: Path) -> dict[str, str]:
    """What is not private: folders other than 0700, files other than 0600."""
    return {
        name: mode for name, mode in found.items() if mode != ("0o700" if (root / name).is_dir() else "0o600")
    }


def test_every_folder_and_file_is_private_under_umask_022(tmp_path):
    data = tmp_path / "d"
    started = kneecare("--data-dir", str(data))  # a start: history, its -wal/-shm, a backup, the log
    assert started.returncode == 0, started.stderr
    assert (data / "kneecare.sqlite3").exists() and list((data / "backups").glob("*.sqlite3"))
    export = tmp_path / "mine" / "history.csv"
    export.parent.mkdir()
    export.parent.chmod(0o755)  # the person's own folder, as their umask made it
    source = tmp_path / "mine" / "old.json"
    source.write_text(json.dumps(ONE_SESSION), encoding="utf-8")
    imported = kneecare("import", str(source), "--data-dir", str(data))  # a session record
    assert imported.returncode == 0, imported.stderr
    exported = kneecare("export", "--format", "csv", "--output", str(export), "--data-dir", str(data))
    assert exported.returncode == 0, exported.stderr
    old = os.umask(0o022)
    try:
        paths = AppPaths.under(data)
        SettingsStore(paths.settings).save(Settings(daily_goal=1))  # a settings save
        fresh = AppPaths.under(tmp_path / "e")
        fresh.ensure()
        setup_logging(fresh.log_file)  # a log write in a new folder
        import logging

        logging.getLogger("kneecare.test").warning("a log line")
    finally:
        os.umask(old)
        setup_logging(tmp_path / "unused" / "x.log")
    found = modes(data)
    assert {"kneecare.sqlite3", "kneecare.sqlite3-wal", "config/settings.json", "logs/kneecare.log"} <= set(
        found
    )
    assert loose(found, data) == {}
    assert loose(modes(tmp_path / "e"), tmp_path / "e") == {}
    assert oct(stat.S_IMODE(export.stat().st_mode)) == "0o600"  # the export, in the person's own folder
    assert oct(stat.S_IMODE(export.parent.stat().st_mode)) == "0o755"  # whose folder is left as it was


def test_a_loose_set_from_before_is_tightened_on_start_and_nothing_else_is_touched(tmp_path):
    data = tmp_path / "d"
    assert kneecare("--data-dir", str(data)).returncode == 0
    (data / "my-notes.txt").write_text("mine", encoding="utf-8")  # a person's own file in the folder
    for path in [data, *data.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert loose(modes(data), data)  # the set is loose now, as an older KneeCare left it
    started = kneecare("--data-dir", str(data))
    assert started.returncode == 0, started.stderr
    found = modes(data)
    assert found.pop("my-notes.txt") == "0o644"
    assert loose(found, data) == {}
