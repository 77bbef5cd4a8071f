"""Issue 15, point 7: a session whose hands-on steps were skipped is recorded as `skipped`, not as done.

Before the fix, pressing Skip through every step recorded the session as `completed` with 0 steps done,
and it counted towards the daily goal, the tray's "done today" and the streak.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.session import Finished, PhaseEnded, SessionMachine, Started, State
from kneecare.store.exchange import export, import_json
from kneecare.store.recorder import SessionRecorder
from kneecare.store.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)
TODAY = date(2026, 11, 26)


def skip_through(store, clock, program, seconds_per_step=2.0):
    """The person starts a session and presses Right on every step, a couple of seconds into each."""
    machine = SessionMachine(clock)
    recorder = SessionRecorder(store.sessions, clock)
    plan = build_plan(program, PlanOptions(knees=KneeChoice.BOTH))
    machine.load(plan)
    recorder.loaded(plan)
    updates = [machine.start()]
    while machine.state is not State.FINISHED:
        clock.advance(seconds_per_step)
        updates.append(machine.skip())
    for update in updates:
        for change in update.changes:
            if isinstance(change, Started):
                recorder.started(change.started_at)
            elif isinstance(change, PhaseEnded):
                recorder.phase_ended(change)
            elif isinstance(change, Finished):
                recorder.finished(change.result)
    assert machine.result is not None
    return machine.result


@pytest.mark.parametrize("program_id", ["daily", "quick", "recovery", "relax", "calf_raises", "stretches"])
def test_a_session_with_every_step_skipped_is_recorded_as_skipped_and_not_counted(
    tmp_path, clock, programs, program_id
):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    result = skip_through(store, clock, programs[program_id])

    assert result.outcome == "skipped"  # (Outcome.SKIPPED)
    assert result.phases_completed == 0
    row = store.sessions.recent()[0]
    assert row.status == "skipped" and row.phases_done == 0
    kind = programs[program_id].category.value
    # Not a session done: not for the daily goal (the tray's "done today"), not for the streak ...
    assert store.sessions.count_on_day(TODAY, BERLIN, (kind,)) == 0
    assert store.sessions.done_days((kind,)) == []
    tally = store.sessions.day_tallies(TODAY, (kind,))[TODAY]
    assert (tally.done, tally.other) == (0, 1)  # shown as ended early
    # ... and the export says what happened, and an import into another history keeps it so.
    out = io.StringIO()
    export(store.conn, "json", out)
    assert [s["status"] for s in json.loads(out.getvalue())] == ["skipped"]
    other, _ = Store.open(tmp_path / "other.sqlite3", NOW)
    assert import_json(other.conn, out.getvalue()).added == 1
    assert other.sessions.recent()[0].status == "skipped"
    assert other.sessions.count_on_day(TODAY, BERLIN, (kind,)) == 0
    other.close()
    store.close()
