"""Stories of whole sessions heard by ear: the cue planner on a fake clock, with a simulated voice that
takes a while to speak each sentence and stops when told to."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from kneecare.core.cues import (
    SOUND_SECONDS,
    SPEECH_GAP,
    CueOptions,
    CuePlanner,
    Hush,
    Play,
    Say,
    Sound,
    speech_allowance,
)
from kneecare.core.plan import Knee, KneeChoice, PlanOptions, build_plan
from kneecare.core.protocol import Motion, StepKind
from kneecare.core.session import (
    Discomfort,
    Finished,
    Paused,
    PhaseStarted,
    PhaseStatus,
    Resumed,
    SessionMachine,
    State,
    Update,
)

WORD_SECONDS = 0.4  # how long the simulated voice takes per word
CHIMES = (Sound.STEP, Sound.SWITCH, Sound.DONE)
QUIET = CueOptions(step=True, switch=True, done=True, breathing=False, ticks=False, voice=False)


@dataclass
class Heard:
    """One thing the person heard: when (seconds since the start, on the monotonic clock), what, in which
    phase, and how far into that phase (session clock)."""

    at: float
    cue: Play | Say | Hush
    phase_index: int | None
    phase_elapsed: float
    session_elapsed: float


@dataclass
class Ear:
    """Runs a session on the fake clock and does what the planner says, as the Qt player would: it wakes
    when the planner asks (`next_due`) or on the 250 ms display tick, whichever comes first."""

    clock: object
    machine: SessionMachine
    planner: CuePlanner
    heard: list[Heard] = field(default_factory=list)
    speech_ends: float | None = None  # monotonic moment the current sentence is over
    speech: list[tuple[float, float, str]] = field(default_factory=list)  # (from, to, text)
    display_tick: float = 0.25
    voice_reports_done: bool = True

    def __post_init__(self) -> None:
        self.t0 = self.clock.monotonic()

    @property
    def now(self) -> float:
        return self.clock.monotonic() - self.t0

    def do(self, update: Update) -> None:
        """Feed the machine's answer to the planner, as the controller's signals would."""
        for change in update.changes:
            match change:
                case PhaseStarted(phase):
                    self.perform(self.planner.phase_started(phase))
                case Paused():
                    self.perform(self.planner.paused())
                case Resumed():
                    self.perform(self.planner.resumed())
                case Finished(result):
                    self.perform(self.planner.finished(result.outcome))
        self.perform(self.planner.due(self.machine.snapshot()))

    def perform(self, cues: list) -> None:
        snap = self.machine.snapshot()
        for cue in cues:
            index = snap.phase.index if snap.phase else None
            self.heard.append(Heard(self.now, cue, index, snap.phase_elapsed, snap.elapsed))
            match cue:
                case Say(text):
                    self._end_speech(self.now)
                    self.speech_ends = self.now + WORD_SECONDS * len(text.split())
                    self.speech.append((self.now, self.speech_ends, text))
                case Hush():
                    self._end_speech(self.now)

    def _end_speech(self, at: float) -> None:
        if self.speech_ends is not None:
            start, _, text = self.speech[-1]
            self.speech[-1] = (start, min(at, self.speech_ends), text)
            self.speech_ends = None

    def run(self, seconds: float) -> None:
        """Let `seconds` pass, waking as the player does."""
        until = self.now + seconds
        while self.now < until - 1e-9:
            waits = [self.display_tick, until - self.now]
            snap = self.machine.snapshot()
            due = self.planner.next_due(snap)
            if due is not None:
                waits.append(due)
            deadline = self.machine.next_deadline()
            if deadline is not None:
                waits.append(deadline - self.clock.monotonic())
            if self.speech_ends is not None:
                waits.append(self.speech_ends - self.now)
            self.clock.advance(max(1e-6, min(waits)))
            if self.speech_ends is not None and self.now >= self.speech_ends - 1e-9:
                self.speech_ends = None
                if self.voice_reports_done:
                    self.planner.speech_finished()
            self.do(self.machine.tick())

    def run_to_end(self) -> None:
        while self.machine.state is not State.FINISHED:
            self.run(1.0)

    # -- what was heard ----------------------------------------------------------------------

    def sounds(self, sound: Sound) -> list[Heard]:
        return [h for h in self.heard if h.cue == Play(sound)]

    def said(self) -> list[Heard]:
        return [h for h in self.heard if isinstance(h.cue, Say)]


def start(clock, plan, options: CueOptions, **ear) -> Ear:
    machine = SessionMachine(clock)
    machine.load(plan)
    e = Ear(clock, machine, CuePlanner(options), **ear)
    e.do(machine.start())
    return e


def movement_phase(plan, knee=Knee.LEFT):
    return next(p for p in plan.phases if p.step_kind is StepKind.MOVEMENT and p.knee is knee)


@pytest.fixture
def daily_left(programs):
    return build_plan(programs["daily"], PlanOptions(knees=KneeChoice.LEFT))


# -- ticks ------------------------------------------------------------------------------------------


def test_two_minutes_of_circles_at_one_every_two_seconds_tick_59_times_on_the_beat(clock, daily_left):
    # One tick as each new circle begins; the first circle begins with the step's chime, and the end of
    # the last circle is the next step's chime: 60 circles, 59 ticks.
    movement = movement_phase(daily_left)
    assert (movement.duration, movement.tempo, movement.motion) == (120.0, 2.0, Motion.CIRCLES)
    ear = start(clock, daily_left, CueOptions(ticks=True, voice=False))
    ear.run_to_end()
    ticks = ear.sounds(Sound.TICK)
    assert len(ticks) == 59
    assert {t.phase_index for t in ticks} == {movement.index}  # the other steps have no rhythm
    assert [t.phase_elapsed for t in ticks] == pytest.approx([2.0 * k for k in range(1, 60)])
    assert [t.at for t in ticks] == pytest.approx([movement.offset + 2.0 * k for k in range(1, 60)])


def test_a_ten_minute_pause_in_the_middle_of_the_circles_loses_no_tick_and_adds_none(clock, daily_left):
    movement = movement_phase(daily_left)
    ear = start(clock, daily_left, CueOptions(ticks=True, voice=False))
    ear.run(movement.offset + 51.3)
    ear.do(ear.machine.pause())
    ear.run(600.0)
    assert ear.sounds(Sound.TICK)[-1].phase_elapsed == pytest.approx(50.0)
    ear.do(ear.machine.resume())
    ear.run_to_end()
    ticks = ear.sounds(Sound.TICK)
    assert len(ticks) == 59
    assert [t.phase_elapsed for t in ticks] == pytest.approx([2.0 * k for k in range(1, 60)])
    during_pause = [t for t in ticks if movement.offset + 51.3 < t.at < movement.offset + 651.3]
    assert during_pause == []
    # After the pause the beat goes on where it left off: the 26th tick 0.7 s after resuming.
    assert ticks[25].at == pytest.approx(movement.offset + 651.3 + 0.7)


def test_a_stalled_timer_rings_the_current_beat_once_never_a_burst(clock, daily_left):
    movement = movement_phase(daily_left)
    ear = start(clock, daily_left, CueOptions(ticks=True, voice=False))
    ear.run(movement.offset + 10.5)
    assert len(ear.sounds(Sound.TICK)) == 5
    clock.advance(7.0)  # the app was busy for 7 s: beats at 12, 14, 16 went by
    ear.do(ear.machine.tick())
    assert len(ear.sounds(Sound.TICK)) == 6
    ear.run(2.0)  # ...and the next one comes on its own beat, at 18 s
    assert ear.sounds(Sound.TICK)[-1].phase_elapsed == pytest.approx(18.0)


def test_strokes_tick_once_per_stroke_at_the_chosen_tempo(clock, programs):
    plan = build_plan(
        programs["daily"], PlanOptions(knees=KneeChoice.RIGHT, motion=Motion.STROKES, circle_seconds=3.0)
    )
    ear = start(clock, plan, CueOptions(ticks=True, voice=False))
    ear.run_to_end()
    assert len(ear.sounds(Sound.TICK)) == 39  # 120 s at one stroke every 3 s: 40 strokes


def test_ticks_are_off_unless_asked_for(clock, daily_left):
    ear = start(clock, daily_left, CueOptions())
    ear.run_to_end()
    assert ear.sounds(Sound.TICK) == []
    assert ear.sounds(Sound.INHALE) == ear.sounds(Sound.EXHALE) == []


# -- breathing ------------------------------------------------------------------------------------


def test_breathing_tones_rise_at_each_inhale_and_fall_at_each_exhale_with_the_pacer(clock, daily_left):
    # Daily breathes 4 s in, 6 s out; the pacer runs on the session's seconds, and so do the tones.
    ear = start(clock, daily_left, CueOptions(breathing=True, step=False, switch=False, voice=False))
    ear.run_to_end()
    tones = [h for h in ear.heard if h.cue in (Play(Sound.INHALE), Play(Sound.EXHALE))]
    total = daily_left.total_seconds
    expected = sorted(
        [(10.0 * k, Sound.INHALE) for k in range(1, int(total // 10) + 1) if 10.0 * k < total]
        + [(10.0 * k + 4, Sound.EXHALE) for k in range(int(total // 10) + 1) if 10.0 * k + 4 < total]
    )
    # A turn exactly on a step's start rings nothing extra: that moment belongs to the step.
    starts = {p.offset for p in daily_left.phases}
    expected = [(t, s) for t, s in expected if t not in starts]
    assert [(round(h.session_elapsed, 6), h.cue.sound) for h in tones] == expected
    # and a pause does not shift the pattern
    assert all(h.at == pytest.approx(h.session_elapsed) for h in tones)


def test_breathing_tones_keep_the_pacer_pattern_through_a_pause(clock, daily_left):
    ear = start(clock, daily_left, CueOptions(breathing=True, step=False, switch=False, voice=False))
    ear.run(33.0)
    ear.do(ear.machine.pause())
    ear.run(47.0)
    ear.do(ear.machine.resume())
    ear.run(20.0)
    after = [h for h in ear.heard if isinstance(h.cue, Play) and h.at > 33.0]
    # 34 s: out; 40 s: in; 44 s: out; (50 s is the start of the next step: no tone of its own)
    assert [(round(h.session_elapsed, 6), h.cue.sound) for h in after] == [
        (34.0, Sound.EXHALE),
        (40.0, Sound.INHALE),
        (44.0, Sound.EXHALE),
    ]
    assert [h.at for h in after] == pytest.approx([81.0, 87.0, 91.0])


# -- chimes -------------------------------------------------------------------------------------------


def test_each_step_rings_once_the_knee_change_rings_the_switch_and_the_end_rings_done(clock, programs):
    plan = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.BOTH))
    ear = start(clock, plan, QUIET)
    ear.run_to_end()
    chimes = [(h.at, h.cue.sound) for h in ear.heard if isinstance(h.cue, Play)]
    right = next(p for p in plan.phases if p.knee is Knee.RIGHT)
    expected = [(p.offset, Sound.SWITCH if p is right else Sound.STEP) for p in plan.phases] + [
        (plan.total_seconds, Sound.DONE)
    ]
    assert [s for _, s in chimes] == [s for _, s in expected]
    assert [t for t, _ in chimes] == pytest.approx([t for t, _ in expected])


def test_with_the_switch_chime_off_the_knee_change_rings_the_step_chime(clock, programs):
    plan = build_plan(programs["quick"], PlanOptions(knees=KneeChoice.BOTH))
    ear = start(clock, plan, CueOptions(switch=False, voice=False))
    ear.run_to_end()
    assert ear.sounds(Sound.SWITCH) == []
    assert len(ear.sounds(Sound.STEP)) == len(plan.phases)


@pytest.mark.parametrize("end", ["stop", "safety_stop"])
def test_a_session_ended_early_rings_no_done_chime(clock, daily_left, end):
    ear = start(clock, daily_left, CueOptions(voice=False))
    ear.run(30.0)
    ear.do(ear.machine.stop() if end == "stop" else ear.machine.safety_stop(Discomfort.NUMBNESS))
    assert ear.machine.state is State.FINISHED
    assert ear.sounds(Sound.DONE) == []


def test_with_every_chime_off_the_session_is_silent_but_the_voice_reads_at_once(clock, daily_left):
    ear = start(clock, daily_left, CueOptions(step=False, switch=False, done=False))
    ear.run_to_end()
    assert [h for h in ear.heard if isinstance(h.cue, Play)] == []
    assert [h.phase_elapsed for h in ear.said()] == [0.0] * len(daily_left.phases)


# -- the voice -------------------------------------------------------------------------------------


def test_each_instruction_is_spoken_once_right_after_its_chime(clock, daily_left):
    ear = start(clock, daily_left, CueOptions())
    ear.run_to_end()
    said = ear.said()
    assert [h.cue.text for h in said] == [p.instruction for p in daily_left.phases]
    assert [h.cue.phase_index for h in said] == [p.index for p in daily_left.phases]
    after_chime = SOUND_SECONDS[Sound.STEP] + SPEECH_GAP
    assert [h.phase_elapsed for h in said] == pytest.approx([after_chime] * len(said), abs=1e-6)


def test_ticks_and_breaths_keep_quiet_while_the_voice_reads_and_come_back_after(clock, daily_left):
    movement = movement_phase(daily_left)
    ear = start(clock, daily_left, CueOptions(ticks=True, breathing=True))
    ear.run_to_end()
    talk_from, talk_to, text = next(s for s in ear.speech if s[2] == movement.instruction)
    assert talk_to - talk_from == pytest.approx(WORD_SECONDS * len(text.split()))
    for h in ear.heard:
        if isinstance(h.cue, Play) and h.cue.sound is not Sound.DONE:
            assert not any(a <= h.at < b for a, b, _ in ear.speech), h
    # 1.05 s of chime and gap, then 5.2 s of speech (13 words): the beats at 2, 4 and 6 s are left out,
    # no more.
    assert len(text.split()) == 13
    ticks = [t.phase_elapsed for t in ear.sounds(Sound.TICK) if t.phase_index == movement.index]
    assert ticks[0] == pytest.approx(8.0)


def test_one_sound_at_a_time_a_breathing_tone_wins_over_a_tick(clock, daily_left):
    movement = movement_phase(daily_left)
    ear = start(clock, daily_left, CueOptions(ticks=True, breathing=True, voice=False))
    ear.run_to_end()
    rhythm = [h for h in ear.heard if isinstance(h.cue, Play) and h.phase_index == movement.index]
    # Breathing 4 s in, 6 s out on the session's seconds; the circles begin 70 s in, one every 2 s.
    turns = {70.0 + t: Sound.INHALE if t % 10 == 0 else Sound.EXHALE for t in range(120) if t % 10 in (0, 4)}
    breath = (Sound.INHALE, Sound.EXHALE)
    tones = {round(h.session_elapsed, 6): h.cue.sound for h in rhythm if h.cue.sound in breath}
    assert tones == {t: s for t, s in turns.items() if t > 70.0}
    ringing = [(t, t + SOUND_SECONDS[s]) for t, s in turns.items()]
    ticks = [round(h.session_elapsed, 6) for h in rhythm if h.cue.sound is Sound.TICK]
    beats = [70.0 + 2 * k for k in range(1, 60)]
    assert ticks == [b for b in beats if not any(a <= b < z for a, z in ringing)]
    assert len(ticks) == 59 - 23  # the 23 beats that fall on a turn of the breath give way to its tone


def test_no_sentence_ever_overlaps_a_chime_through_skips_and_pauses_on_both_knees(clock, programs):
    plan = build_plan(programs["recovery"], PlanOptions(knees=KneeChoice.BOTH))
    ear = start(clock, plan, CueOptions(ticks=True, breathing=True))
    ear.run(2.0)  # mid-sentence...
    ear.do(ear.machine.skip())  # ...the person skips: the sentence is cut, the chime rings, then the next
    ear.run(1.5)
    ear.do(ear.machine.pause())  # paused mid-sentence...
    ear.run(30.0)
    ear.do(ear.machine.skip())  # ...skipped while paused: a chime for the feedback, no voice yet
    ear.run(5.0)
    ear.do(ear.machine.resume())
    ear.run(90.0)
    for _ in range(3):
        ear.do(ear.machine.skip())
        ear.run(0.4)
    ear.run_to_end()

    assert ear.sounds(Sound.SWITCH)
    assert not ear.sounds(Sound.DONE)  # the movement, hold and strokes were skipped: not a session done
    rings = [
        (h.at, h.at + SOUND_SECONDS[h.cue.sound]) for h in ear.heard if h.cue in [Play(c) for c in CHIMES]
    ]
    for talk_from, talk_to, text in ear.speech:
        for ring_from, ring_to in rings:
            assert talk_to <= ring_from + 1e-9 or talk_from >= ring_to - 1e-9, (text, ring_from)
    # every step that ran was read to the end at least once
    result = ear.machine.result
    completed = {r.index for r in result.phases if r.status is PhaseStatus.COMPLETED}
    assert len(completed) == len(plan.phases) - 5
    finished_sentences = {
        t for a, b, t in ear.speech if b - a == pytest.approx(WORD_SECONDS * len(t.split()))
    }
    assert {plan.phases[i].instruction for i in completed} <= finished_sentences


def test_a_step_change_mid_sentence_cuts_it_before_the_chime(clock, daily_left):
    ear = start(clock, daily_left, CueOptions())
    ear.run(3.0)
    assert ear.planner.speaking
    ear.do(ear.machine.skip())
    kinds = [type(h.cue) for h in ear.heard if h.at == pytest.approx(3.0)]
    assert kinds == [Hush, Play]
    ear.run(1.1)
    assert ear.said()[-1].cue.text == daily_left.phases[1].instruction


def test_pausing_cuts_the_sentence_and_resuming_reads_it_again_from_the_start(clock, daily_left):
    ear = start(clock, daily_left, CueOptions())
    ear.run(2.5)
    ear.do(ear.machine.pause())
    assert isinstance(ear.heard[-1].cue, Hush)
    ear.run(60.0)
    assert len(ear.said()) == 1
    ear.do(ear.machine.resume())
    said = ear.said()
    assert len(said) == 2 and said[1].cue == said[0].cue
    assert said[1].at == pytest.approx(62.5)


def test_a_pause_after_the_sentence_was_read_does_not_repeat_it(clock, daily_left):
    ear = start(clock, daily_left, CueOptions())
    ear.run(12.0)
    ear.do(ear.machine.pause())
    ear.run(5.0)
    ear.do(ear.machine.resume())
    ear.run(1.0)
    assert len(ear.said()) == 1


def test_turning_the_voice_off_mid_sentence_stops_it_and_the_chimes_carry_on(clock, daily_left):
    ear = start(clock, daily_left, CueOptions())
    ear.run(2.0)
    ear.perform(ear.planner.set_options(CueOptions(voice=False)))
    assert isinstance(ear.heard[-1].cue, Hush)
    ear.run_to_end()
    assert len(ear.said()) == 1
    assert len(ear.sounds(Sound.STEP)) == len(daily_left.phases)


def test_a_voice_that_never_says_it_is_done_does_not_silence_the_ticks_for_good(clock, daily_left):
    movement = movement_phase(daily_left)
    ear = start(clock, daily_left, CueOptions(ticks=True), voice_reports_done=False)
    ear.run_to_end()
    first_tick = ear.sounds(Sound.TICK)[0].phase_elapsed
    allowance = SOUND_SECONDS[Sound.STEP] + SPEECH_GAP + speech_allowance(movement.instruction)
    assert allowance < first_tick <= allowance + 2.0


def test_nothing_is_due_before_a_session_or_after_it(clock, daily_left):
    planner = CuePlanner()
    machine = SessionMachine(clock)
    assert planner.due(machine.snapshot()) == []
    assert planner.next_due(machine.snapshot()) is None
    ear = start(clock, daily_left, CueOptions(ticks=True, breathing=True))
    ear.run_to_end()
    assert ear.planner.due(ear.machine.snapshot()) == []
    assert ear.planner.next_due(ear.machine.snapshot()) is None
