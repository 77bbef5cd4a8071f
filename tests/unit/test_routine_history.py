"""Routines go into the same history as knee sessions, with their kind; the daily goal counts knee sessions
only, unless the person chooses to count routines too."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.protocol import goal_kinds
from kneecare.core.session import Finished, PhaseEnded, SessionMachine
from kneecare.settings import Settings, settings_from_dict
from kneecare.store.recorder import SessionRecorder
from kneecare.store.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)


def run_whole(store, clock, plan):
    machine = SessionMachine(clock)
    recorder = SessionRecorder(store.sessions, clock)
    machine.load(plan)
    recorder.loaded(plan)
    recorder.started(machine.start().changes[0].started_at)
    clock.advance(plan.total_seconds)
    for change in machine.tick().changes:
        if isinstance(change, PhaseEnded):
            recorder.phase_ended(change)
        elif isinstance(change, Finished):
            recorder.finished(change.result)
    return store.sessions.recent()[0]


def test_a_routine_is_recorded_like_a_session_with_its_kind(tmp_path, clock, programs):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    row = run_whole(store, clock, build_plan(programs["stretches"], PlanOptions(knees=KneeChoice.LEFT)))
    assert (row.program, row.kind, row.knees, row.status) == ("stretches", "routine", "both", "completed")
    phases = store.sessions.phases(row.id)
    assert len(phases) == row.phase_count == 16
    assert {r["step_kind"] for r in phases} == {"position", "stretch"}
    assert store.sessions.count_on_day(NOW.date(), BERLIN) == 0
    assert store.sessions.count_on_day(NOW.date(), BERLIN, kinds=goal_kinds(count_routines=True)) == 1
    store.close()


def test_a_knee_session_with_a_finish_is_one_knee_record(tmp_path, clock, programs):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    plan = build_plan(
        programs["quick"], PlanOptions(knees=KneeChoice.LEFT, finish_with=programs["elevation"])
    )
    row = run_whole(store, clock, plan)
    assert (row.program, row.kind, row.knees) == ("quick", "knee", "left")
    assert [r["step_kind"] for r in store.sessions.phases(row.id)][-3:] == ["position", "timer", "finish"]
    assert len(store.sessions.recent()) == 1
    assert store.sessions.count_on_day(NOW.date(), BERLIN, kinds=goal_kinds(count_routines=False)) == 1
    store.close()


def test_the_goal_switch_is_a_setting_that_is_off_until_chosen():
    assert Settings().goal_counts_routines is False
    assert settings_from_dict({"goal_counts_routines": True}).goal_counts_routines is True
    assert settings_from_dict({"finish_with": "ankle_pumps"}).finish_with == "ankle_pumps"
