"""A sync stopped between two of its steps (the app closed, or a step failed on a file): the next sync
completes it with nothing lost and nothing doubled, whichever step it stopped after. Before slices a sync
was one transaction and could not stop midway, so these are plain tests of the sliced sync."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import NoReturn

import pytest

import kneecare.store.sync as sync
from kneecare.core.journal import parse
from kneecare.store.exchange import import_records
from kneecare.store.service import HistoryService
from kneecare.store.sync import device_id
from kneecare.store.sync_folder import SyncFolder
from tests.helpers.sync_history import SESSIONS, merged_in_one_go, shared_folder
from tests.unit.test_sync_store import day, history, record, sessions

OWN = [record(day(100 + n)) for n in range(6)]  # the laptop's own sessions, published in pieces


def broken(*_args: object, **_kwargs: object) -> NoReturn:
    raise OSError(5, "Input/output error")


def shared(service: HistoryService, files: list[str]) -> tuple[object, ...]:
    """What the sync brought: the others' sessions, red flags, tombstones, how far their files were read."""
    conn = service.store.conn
    own = {r.uid for r in OWN}
    marks = ",".join("?" * len(files))
    return (
        {uid: s for uid, s in sessions(service).items() if uid not in own},
        sorted(r[0] for r in conn.execute("SELECT uid FROM daily_checks")),
        sorted(r[0] for r in conn.execute("SELECT uid FROM sync_tombstones")),
        sorted(tuple(r) for r in conn.execute(f"SELECT * FROM sync_read WHERE file IN ({marks})", files)),
    )


def published(service: HistoryService, folder: Path) -> list[str]:
    """Every record uid in this computer's own journal files, as often as it is there."""
    mine = device_id(service.store.conn)
    return sorted(
        line.record.uid
        for path in folder.glob(f"{mine}.*.kcj")
        for line in parse(path.read_bytes()).lines
        if line.record is not None
    )


@pytest.mark.parametrize("how", ["closed", "failed"])
def test_a_sync_stopped_after_any_step_is_completed_by_the_next_with_nothing_lost_or_doubled(
    tmp_path, monkeypatch, how
):
    monkeypatch.setattr(sync, "SLICE_BYTES", 2048)
    monkeypatch.setattr(sync, "PUBLISH_BYTES", 1024)
    folder = shared_folder(tmp_path)
    files = sorted(p.name for p in folder.glob("*.kcj"))
    one_go = merged_in_one_go(tmp_path, folder)
    expected = shared(one_go, files)
    one_go.close()
    probe = history(tmp_path / "probe", "laptop")
    import_records(probe.store.conn, OWN)
    total = sum(1 for _ in probe.sync_steps(shutil.copytree(folder, tmp_path / "probe" / "Sync"), "x"))
    probe.close()
    assert total > 15  # slices of merging and pieces of publishing

    for stop in range(total + 1):
        root = tmp_path / f"stop{stop}"
        copy = shutil.copytree(folder, root / "Sync")
        laptop = history(root, "laptop")
        import_records(laptop.store.conn, OWN)
        steps = laptop.sync_steps(copy, "laptop")
        for _ in range(stop):
            next(steps)
        if how == "closed":
            steps.close()  # the app quits between two steps
        else:  # the next step meets a file it cannot read or write
            with monkeypatch.context() as m:
                m.setattr(SyncFolder, "read", broken)
                m.setattr(SyncFolder, "append", broken)
                m.setattr(SyncFolder, "write_device", broken)
                with pytest.raises(OSError):
                    for _ in steps:
                        pass
        laptop.close()

        laptop = history(root, "laptop")  # started again: the next sync completes the stopped one
        laptop.sync(copy, "laptop")
        assert shared(laptop, files) == expected, f"stopped after step {stop}"
        assert len(sessions(laptop)) == SESSIONS - 1 + len(OWN)
        assert published(laptop, copy) == sorted(r.uid for r in OWN), f"stopped after step {stop}"
        laptop.close()
