"""Sync meets a damaged or foreign folder: a malformed line, a line cut short (by the sync tool or by a
crash of the writer), a record from a newer KneeCare, and a folder KneeCare cannot write in."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kneecare.core.journal import FORMAT, parse
from kneecare.store.exchange import import_records
from kneecare.store.sync import SyncProblem, device_id
from tests.faults.support import skip_or_fail
from tests.unit.test_sync_store import day, history, record, sessions


@pytest.fixture
def desk_journal(tmp_path) -> Iterator[tuple[Path, Path]]:
    """A folder holding the desk's journal of three sessions; yields the folder and the journal."""
    folder = tmp_path / "Sync"
    folder.mkdir(mode=0o700)
    desk = history(tmp_path, "desk")
    import_records(desk.store.conn, [record(day(n)) for n in range(3)])
    desk.sync(folder, "desk")
    desk.close()
    (journal,) = folder.glob("*.kcj")
    yield folder, journal


def lines(journal: Path) -> list[bytes]:
    return journal.read_bytes().splitlines(keepends=True)


def test_a_malformed_line_is_skipped_with_one_log_line_and_the_rest_is_read(desk_journal, tmp_path, caplog):
    folder, journal = desk_journal
    first, second, third = lines(journal)
    journal.write_bytes(first + b'{"v": 1, "kind": "session", "uid": 42}\n' + second[:40] + b"}\n" + third)
    laptop = history(tmp_path, "laptop")
    with caplog.at_level(logging.WARNING):
        result = laptop.sync(folder, "laptop")
    assert result.sessions == 2 and result.skipped == 2
    assert len([r for r in caplog.records if r.name == "kneecare.core.journal"]) == 2  # one line each
    assert sorted(sessions(laptop)) == sorted([record(day(0)).uid, record(day(2)).uid])
    assert "2 damaged lines were skipped" in result.words()
    laptop.close()


def test_a_line_cut_short_waits_for_the_rest(desk_journal, tmp_path):
    folder, journal = desk_journal
    whole = journal.read_bytes()
    journal.write_bytes(whole[:-30])  # the sync tool has not brought the end yet
    laptop = history(tmp_path, "laptop")
    assert laptop.sync(folder, "laptop").sessions == 2
    assert laptop.sync(folder, "laptop").sessions == 0  # still not complete: nothing is made of it
    journal.write_bytes(whole)
    assert laptop.sync(folder, "laptop").sessions == 1
    assert len(sessions(laptop)) == 3
    laptop.close()


def test_a_crash_mid_write_never_costs_the_next_record(desk_journal, tmp_path):
    folder, journal = desk_journal
    desk = history(tmp_path, "desk")
    with journal.open("ab") as f:
        f.write(b'{"v": 1, "kind": "sess')  # the writer died here
    import_records(desk.store.conn, [record(day(5))])
    assert desk.sync(folder, "desk").written == 1
    assert len(parse(journal.read_bytes()).records) == 4
    laptop = history(tmp_path, "laptop")
    assert laptop.sync(folder, "laptop").sessions == 4
    desk.close()
    laptop.close()


def test_a_record_from_a_newer_kneecare_is_reported_and_left_alone(desk_journal, tmp_path):
    folder, journal = desk_journal
    first, *rest = lines(journal)
    newer = json.dumps({"v": FORMAT + 1, "kind": "session", "uid": "x", "device": "y", "at": "z"}).encode()
    journal.write_bytes(first + newer + b"\n" + b"".join(rest))
    before = journal.read_bytes()
    laptop = history(tmp_path, "laptop")
    result = laptop.sync(folder, "laptop")
    assert result.newer == 1 and result.sessions == 3 and result.skipped == 0
    assert "1 record from a newer KneeCare was left for later" in result.words()
    assert laptop.sync(folder, "laptop").newer == 1  # read again each time, until a KneeCare knows it
    assert journal.read_bytes() == before
    laptop.close()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=False)


@pytest.fixture(params=["mount", "immutable"] if os.geteuid() == 0 else ["folder"])
def read_only_folder(request, desk_journal) -> Iterator[Path]:
    """The shared folder, holding the desk's journal, made read-only (root writes anyway into a folder
    without write permission, so as root: a read-only mount, and an immutable folder)."""
    folder, _ = desk_journal
    if request.param == "folder":
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
    elif request.param == "immutable":
        if shutil.which("chattr") is None:
            skip_or_fail("chattr (e2fsprogs) is missing")
        done = run("chattr", "+i", str(folder))
        if done.returncode:
            skip_or_fail(f"this file system does not take chattr +i: {done.stderr.strip()}")
        yield folder
        run("chattr", "-i", str(folder))
    else:
        mount = folder.parent / "mnt"
        mount.mkdir()
        done = run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount))
        if done.returncode:
            skip_or_fail(f"tmpfs cannot be mounted here: {done.stderr.strip()}")
        try:
            for path in folder.glob("*.kcj"):
                shutil.copy(path, mount / path.name)
            done = run("mount", "-o", "remount,ro", str(mount))
            if done.returncode:
                skip_or_fail(f"the tmpfs cannot be remounted read-only: {done.stderr.strip()}")
            yield mount
        finally:
            run("umount", str(mount))


def test_a_folder_kneecare_cannot_write_in_is_said_and_nothing_is_lost(read_only_folder, tmp_path):
    laptop = history(tmp_path, "laptop")
    import_records(laptop.store.conn, [record(day(9))])
    before = sorted(read_only_folder.iterdir())
    with pytest.raises(SyncProblem, match="cannot write in the sync folder") as raised:
        laptop.sync(read_only_folder, "laptop")
    assert str(read_only_folder) in raised.value.say()
    assert sorted(read_only_folder.iterdir()) == before
    # Its own session is still waiting to be written: nothing was counted as shared.
    published = laptop.store.conn.execute("SELECT COUNT(*) FROM sync_published").fetchone()[0]
    assert published == 0 and record(day(9)).uid in sessions(laptop)
    assert device_id(laptop.store.conn)
    laptop.close()
