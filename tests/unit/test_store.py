"""The history database: opened safely, never silently reset, sessions recorded as they happen."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.session import Discomfort, Finished, PhaseEnded, SafetyReported, SessionMachine, Started
from kneecare.core.stats import Rating
from kneecare.store.backup import daily_backup
from kneecare.store.db import NewerDatabaseError, migrate, transaction, user_version
from kneecare.store.recorder import SessionRecorder
from kneecare.store.records import insert_record, load_record
from kneecare.store.schema import CURRENT_VERSION
from kneecare.store.sessions import SessionRepository
from kneecare.store.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)


def test_a_new_database_has_the_current_schema_wal_and_foreign_keys(tmp_path):
    store, opened = Store.open(tmp_path / "k.sqlite3", NOW)
    assert opened.notice is None and opened.migrated_from == 0
    assert user_version(store.conn) == CURRENT_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    store.close()
    store, opened = Store.open(tmp_path / "k.sqlite3", NOW)
    assert opened.migrated_from is None
    store.close()


def test_a_database_from_a_newer_kneecare_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "k.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match=r"newer version of KneeCare.*left untouched"):
        Store.open(path, NOW)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_kept_aside_and_a_new_one_started(tmp_path):
    path = tmp_path / "k.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    store, opened = Store.open(path, NOW)
    aside = list(tmp_path.glob("k.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not sqlite")
    assert str(aside[0]) in opened.notice and "new, empty history" in opened.notice
    assert store.sessions.recent() == []
    store.close()


def start_recorded(store, clock, program):
    """A quick left-knee session started, with a recorder writing it as app.py's signals would."""
    machine = SessionMachine(clock)
    recorder = SessionRecorder(store.sessions, clock)
    plan = build_plan(program, PlanOptions(knees=KneeChoice.LEFT))
    machine.load(plan)
    recorder.loaded(plan)
    feed(recorder, machine.start())
    return machine, recorder, plan


def feed(recorder, update):
    """Hand the machine's changes to the recorder, as the controller's signals do in the app."""
    for change in update.changes:
        if isinstance(change, Started):
            recorder.started(change.started_at)
        elif isinstance(change, PhaseEnded):
            recorder.phase_ended(change)
        elif isinstance(change, SafetyReported):
            recorder.safety_reported(change.event)
        elif isinstance(change, Finished):
            recorder.finished(change.result)


def test_a_session_is_recorded_as_it_happens_and_a_crash_leaves_it_interrupted(tmp_path, clock, programs):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    machine, recorder, _ = start_recorded(store, clock, programs["quick"])
    row = store.sessions.recent()[0]
    assert row.status == "in_progress" and row.program == "quick" and row.knees == "left"
    assert row.zone == "Europe/Berlin"
    clock.advance(40)
    feed(recorder, machine.tick())
    feed(recorder, machine.report(Discomfort.TINGLING))
    # The app dies here. The next start:
    store.close()
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    assert store.sessions.mark_interrupted() == [row.id]
    again = store.sessions.get(row.id)
    assert again.status == "interrupted"
    assert again.phases_done == 3 and again.done_seconds == pytest.approx(35.0)
    assert again.ended_at == NOW + timedelta(seconds=40)  # when the last phase end was written
    assert [r["status"] for r in store.sessions.phases(row.id)] == ["completed"] * 3
    assert store.sessions.safety_events(row.id)[0]["kind"] == "tingling"
    store.close()


def test_phase_rows_skip_the_disk_flush_but_every_other_write_keeps_it(tmp_path, clock, programs):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    conn = store.sessions.conn
    mode, first, commits = ["FULL"], [""], []  # each commit: (its transaction's first write, synchronous)

    def trace(sql: str) -> None:
        words = sql.split()
        if sql.startswith("PRAGMA synchronous ="):
            mode[0] = words[-1]
        elif sql == "BEGIN IMMEDIATE":
            first[0] = ""
        elif sql == "COMMIT":
            commits.append((first[0], mode[0]))
        elif not first[0] and words[0] in ("INSERT", "UPDATE"):
            first[0] = " ".join(words[:3])

    conn.set_trace_callback(trace)
    machine, recorder, plan = start_recorded(store, clock, programs["quick"])
    clock.advance(plan.total_seconds)
    feed(recorder, machine.tick())
    conn.set_trace_callback(None)
    phases = len(plan.phases)
    assert commits[0] == ("INSERT INTO sessions", "FULL")
    assert commits[1 : 1 + phases] == [("INSERT OR REPLACE", "NORMAL")] * phases
    assert commits[-1] == ("UPDATE sessions SET", "FULL")  # the end flushes the phase rows with it
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again
    with pytest.raises(sqlite3.OperationalError), transaction(conn, flush=False):
        conn.execute("INSERT INTO no_such_table VALUES (1)")
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # and after a failed write too
    store.close()


def test_a_finished_session_counts_for_its_local_day(tmp_path, clock, programs):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    machine, recorder, plan = start_recorded(store, clock, programs["quick"])
    clock.advance(plan.total_seconds)
    feed(recorder, machine.tick())
    row = store.sessions.recent()[0]
    assert row.status == "completed" and row.done_seconds == pytest.approx(plan.total_seconds)
    assert store.sessions.count_on_day(date(2026, 11, 26), BERLIN) == 1
    assert store.sessions.count_on_day(date(2026, 11, 25), BERLIN) == 0
    store.close()


def test_daily_backups_keep_the_newest_seven(tmp_path):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    store.state.set("marker", "kept")
    folder = tmp_path / "backups"
    for day in range(1, 11):
        assert daily_backup(store.conn, folder, date(2026, 11, day)) is not None
    assert daily_backup(store.conn, folder, date(2026, 11, 10)) is None  # once a day
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == [f"kneecare-2026-11-{d:02d}.sqlite3" for d in range(4, 11)]
    copy = sqlite3.connect(folder / kept[-1])
    assert copy.execute("SELECT value FROM app_state WHERE key = 'marker'").fetchone()[0] == "kept"
    copy.close()
    store.close()


def test_the_reminder_log_remembers_what_was_dealt_with(tmp_path):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    assert store.reminders.last_due() is None
    store.reminders.record("fired", NOW, NOW)
    store.reminders.record("snoozed", NOW + timedelta(hours=5), NOW)
    assert store.reminders.last_due() == NOW
    assert [e.kind for e in store.reminders.between(NOW - timedelta(1), NOW + timedelta(1))] == [
        "fired",
        "snoozed",
    ]
    with pytest.raises(ValueError):
        store.reminders.record("exploded", NOW, NOW)
    store.close()


def test_a_file_whose_pages_are_damaged_fails_the_check_and_is_kept_aside(tmp_path):
    path = tmp_path / "k.sqlite3"
    store, _ = Store.open(path, NOW)
    for n in range(300):
        store.state.set(f"key{n}", "x" * 200)
    store.close()
    data = bytearray(path.read_bytes())
    start = len(data) - 5 * 4096  # a page of app_state rows near the end
    data[start + 100 : start + 2000] = b"\xff" * 1900
    path.write_bytes(bytes(data))
    store, opened = Store.open(path, NOW + timedelta(days=1))  # the first start of the next day
    (aside,) = tmp_path.glob("k.sqlite3.corrupt-*[0-9]")  # its -wal and -shm go along
    assert str(aside) in opened.notice and "its integrity check failed (On tree page" in opened.notice
    assert "\n" not in opened.notice
    assert store.state.get("key1") is None  # a new, empty history
    store.close()


def test_the_rating_before_waits_for_the_session_row_and_the_rating_after_joins_it(tmp_path, clock, programs):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    machine = SessionMachine(clock)
    recorder = SessionRecorder(store.sessions, clock)
    plan = build_plan(programs["quick"], PlanOptions(knees=KneeChoice.LEFT))
    recorder.rate_before(plan, Rating(tension=7, pain=3, note="stiff"))
    assert store.sessions.count() == 0  # nothing written before the session exists
    machine.load(plan)
    recorder.loaded(plan)
    recorder.started(machine.start().changes[0].started_at)
    session_id = recorder.session_id
    assert store.sessions.ratings(session_id) == {"before": Rating(7, 3, None, "stiff")}
    recorder.finished(machine.stop().of(Finished)[0].result)
    recorder.rate(recorder.last_session_id, "after", Rating(tension=4, pain=3))
    assert store.sessions.ratings(session_id)["after"] == Rating(4, 3, None)
    # A rating given for a start that was then held (another plan started instead) is not attached.
    recorder.rate_before(plan, Rating(tension=9))
    other = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.LEFT))
    machine.reset()
    machine.load(other)
    recorder.loaded(other)
    recorder.started(machine.start().changes[0].started_at)
    assert store.sessions.ratings(recorder.session_id) == {}
    store.close()


def test_a_deleted_session_comes_back_whole_with_undo(tmp_path, clock, programs):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    machine = SessionMachine(clock)
    recorder = SessionRecorder(store.sessions, clock)
    plan = build_plan(programs["quick"], PlanOptions(knees=KneeChoice.LEFT))
    recorder.rate_before(plan, Rating(tension=6))
    machine.load(plan)
    recorder.loaded(plan)
    recorder.started(machine.start().changes[0].started_at)
    clock.advance(40)
    for change in machine.tick().of(PhaseEnded):
        recorder.phase_ended(change)
    recorder.safety_reported(machine.report(Discomfort.PAIN).of(SafetyReported)[0].event)
    recorder.finished(machine.safety_stop().of(Finished)[0].result)
    session_id = recorder.last_session_id
    kept = load_record(store.conn, session_id)
    assert store.sessions.delete(session_id)
    assert store.sessions.count() == 0
    assert store.conn.execute("SELECT COUNT(*) FROM session_phases").fetchone()[0] == 0
    with transaction(store.conn):
        new_id = insert_record(store.conn, kept)
    assert load_record(store.conn, new_id) == kept
    store.close()


def test_a_running_session_cannot_be_deleted(tmp_path):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    sid = store.sessions.begin(
        program="quick", kind="knee", knees="left", planned_seconds=60, phase_count=1, started_at=NOW
    )
    assert not store.sessions.delete(sid)
    assert store.delete_all() == 0
    assert store.sessions.get(sid).status == "in_progress"
    store.close()


def test_deleting_all_data_leaves_no_session_no_log_and_no_backup(tmp_path):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    for day in range(1, 4):
        store.sessions.begin(
            program="quick",
            kind="knee",
            knees="left",
            planned_seconds=60,
            phase_count=1,
            started_at=NOW + timedelta(days=day),
        )
    store.conn.execute("UPDATE sessions SET status = 'completed'")
    store.reminders.record("fired", NOW, NOW)
    store.conn.execute(
        "INSERT INTO screenings (taken_utc, zone, answers, result) VALUES ('x', 'z', '{}', 'ok')"
    )
    store.backup_if_due(NOW)
    assert list(store.backups.glob("*.sqlite3"))
    assert store.delete_all() == 3
    for table in ("sessions", "ratings", "session_phases", "reminder_events", "screenings"):
        assert store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
    assert list(store.backups.glob("*.sqlite3")) == []
    assert b"quick" not in (tmp_path / "k.sqlite3").read_bytes()  # compacted, not just unlinked rows
    store.close()


def test_the_table_pages_newest_first_without_gaps_or_repeats(tmp_path):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    for n in range(25):
        store.sessions.begin(
            program=("quick", "daily")[n % 2],
            kind="knee",
            knees="left",
            planned_seconds=60,
            phase_count=1,
            started_at=NOW + timedelta(hours=n // 2),  # two sessions share each start hour
        )
    seen = []
    page = store.sessions.lines(limit=10)
    while page:
        seen.extend(line.session.id for line in page)
        page = store.sessions.lines(limit=10, after=page[-1].key)
    assert len(seen) == len(set(seen)) == 25
    starts = [store.sessions.get(i).started_at for i in seen]
    assert starts == sorted(starts, reverse=True)
    store.close()


def test_the_full_check_runs_on_the_first_start_of_each_day(tmp_path):
    path = tmp_path / "k.sqlite3"
    store, opened = Store.open(path, NOW)
    assert opened.checked  # a new file
    store.close()
    store, opened = Store.open(path, NOW + timedelta(hours=3))
    assert not opened.checked  # the same day: the quick look only (the file still has to be a database)
    store.close()
    store, opened = Store.open(path, NOW + timedelta(days=1))
    assert opened.checked
    store.close()


DAY_TOTALS_FROM_SESSIONS = """
    SELECT kind, local_day, SUM(status = 'completed'),
           SUM(status IN ('stopped', 'safety_stopped', 'interrupted')), SUM(status = 'in_progress'),
           ROUND(SUM(done_seconds), 6)
    FROM sessions GROUP BY kind, local_day ORDER BY kind, local_day
"""


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["begin", "finish", "phase", "delete", "interrupt"]),
            st.integers(0, 30),  # which session (or day offset for a new one)
            st.sampled_from(["completed", "stopped", "safety_stopped"]),
            st.sampled_from(["knee", "routine"]),
        ),
        max_size=40,
    )
)
def test_the_day_totals_always_match_the_sessions_they_sum_up(steps):
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    migrate(conn)
    repo = SessionRepository(conn)
    ids: list[int] = []
    for n, (action, which, status, kind) in enumerate(steps):
        if action == "begin" or not ids:
            start = NOW + timedelta(days=which % 5, minutes=n)
            ids.append(
                repo.begin(
                    program="quick",
                    kind=kind,
                    knees="left",
                    planned_seconds=60,
                    phase_count=3,
                    started_at=start,
                )
            )
            continue
        sid = ids[which % len(ids)]
        if action == "finish":
            conn.execute(
                "UPDATE sessions SET status = ?, done_seconds = ? WHERE id = ?", (status, which * 1.5, sid)
            )
        elif action == "phase":
            conn.execute("UPDATE sessions SET done_seconds = done_seconds + 0.1 WHERE id = ?", (sid,))
        elif action == "interrupt":
            repo.mark_interrupted()
        else:
            conn.execute("DELETE FROM sessions WHERE id = ?", (sid,))
            ids.remove(sid)
    totals = [
        tuple(r)
        for r in conn.execute(
            "SELECT kind, local_day, done, ended_early, running, ROUND(seconds, 6) FROM day_totals"
            " ORDER BY kind, local_day"
        )
    ]
    assert totals == [tuple(r) for r in conn.execute(DAY_TOTALS_FROM_SESSIONS)]
    for day, number in conn.execute("SELECT local_day, day_number FROM day_totals"):
        assert date.fromisoformat(day).toordinal() == number
