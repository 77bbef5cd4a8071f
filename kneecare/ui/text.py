"""Small formatting helpers for what the window says (times, places in the session, cues, outcomes)."""

from __future__ import annotations

import math

from kneecare.core.plan import Phase, Plan
from kneecare.core.protocol import Breathing, Cue, Motion, StepKind
from kneecare.core.session import Discomfort, Outcome, PhaseStatus, SessionResult

KNEE_LABEL = {"left": "Left knee", "right": "Right knee"}
SIDE_LABEL = {"left": "Left leg", "right": "Right leg"}
CUE_WORDS = {Cue.SWITCH: "Switch now", Cue.CHIME: "", Cue.NONE: ""}

OUTCOME_LABEL = {
    Outcome.COMPLETED: "Session complete",
    Outcome.STOPPED: "Session stopped",
    Outcome.SAFETY_STOPPED: "Session ended for safety",
    Outcome.INTERRUPTED: "Session interrupted",
}


def mmss(seconds: float) -> str:
    """Whole seconds left, rounded up, so 0:00 shows only when time is really up."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def where(phase: Phase) -> str:
    if phase.knee:
        part = KNEE_LABEL[phase.knee.value]
    elif phase.side:
        part = SIDE_LABEL[phase.side.value]
    else:
        part = "Both legs"
    if phase.section:
        part = f"{phase.section} · {part}"
    text = f"{part} · step {phase.step_number} of {phase.step_count}"
    if phase.rounds > 1:
        text += f" · {'set' if phase.counts_reps else 'round'} {phase.round} of {phase.rounds}"
    return text


def cue(phase: Phase) -> str:
    """What to say as a phase starts: "Switch now" between warm and cool water, else nothing."""
    return CUE_WORDS[phase.start_cue]


def duration_words(seconds: float) -> str:
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    if minutes and secs:
        return f"{minutes} min {secs} s"
    if minutes:
        return f"{minutes} min"
    return f"{secs} s"


def summary(result: SessionResult) -> str:
    steps = f"{result.phases_completed} of {result.phase_count} steps done"
    if result.phases_skipped:
        steps += f", {result.phases_skipped} skipped"
    return f"{OUTCOME_LABEL[result.outcome]}: {duration_words(result.done_seconds)}, {steps}."


def next_step(current: Phase, nxt: Phase | None) -> str:
    """What comes after `current`; names the knee when the next step moves to the other one."""
    if nxt is None:
        return "Last step"
    if nxt.knee is not None and nxt.knee is not current.knee:
        return f"Next: {KNEE_LABEL[nxt.knee.value]} · {nxt.title}"
    return f"Next: {nxt.title}"


def session_left(seconds: float) -> str:
    return f"{mmss(seconds)} left in the session"


HOLD_RELEASE_WARNING = 3


def motion_cue(phase: Phase, remaining: float) -> str:
    """One line on what the hands do now, also the cue that stands in for the animation."""
    if phase.knee is None and phase.step_kind not in KNEE_STEP_KINDS:
        return routine_cue(phase, remaining)
    tempo = f"{phase.tempo:g}"
    match phase.motion:
        case Motion.CIRCLES:
            return f"↻  Small circles over BL40 · one every {tempo} s"
        case Motion.STROKES:
            return f"↕  Slow strokes up and down across the hollow · one every {tempo} s"
        case Motion.HOLD:
            left = max(1, math.ceil(remaining - 1e-9))
            if left <= HOLD_RELEASE_WARNING:
                return f"Release in {left} s"
            return f"Hold still on BL40 · {left} s, then release"
        case Motion.CALF_STROKES:
            return "↓  Light strokes from the knee down the calf to the ankle"
    if phase.is_release:
        return "Release: let the hollow rest"
    if phase.step_kind in (StepKind.LOCATE, StepKind.PRESSURE):
        return "BL40 · Weizhong sits in the middle of the crease"
    return ""


KNEE_STEP_KINDS = (StepKind.LOCATE, StepKind.PRESSURE, StepKind.MOVEMENT, StepKind.HOLD)


def routine_cue(phase: Phase, remaining: float) -> str:
    """The line under a routine's drawing: the hold's countdown, the tempo of the reps, the quiet timer."""
    left = max(1, math.ceil(remaining - 1e-9))
    if phase.is_release:
        return f"{phase.title} · {left} s"
    if phase.step_kind is StepKind.STRETCH:
        if left <= HOLD_RELEASE_WARNING:
            return f"Release in {left} s"
        return f"Hold the stretch · {left} s, then release"
    if phase.counts_reps:
        return f"One every {phase.rep_seconds:g} s, smooth and steady"
    if phase.step_kind is StepKind.TIMER and phase.end_cue is Cue.CHIME:
        return "Rest quietly; a soft chime marks the end"
    if phase.step_kind is StepKind.INTERVALS:
        return f"{phase.title} · {left} s"
    return ""


def breath_cue(stage: str, breathing: Breathing) -> str:
    """The pacer's label: which way to breathe, through what, and for how long."""
    if stage == "in":
        return f"Breathe in\nthrough the nose · {breathing.inhale:g} s"
    return f"Breathe out\nthrough the mouth · {breathing.exhale:g} s"


def safety_note(result: SessionResult) -> str:
    """After a session with a report of discomfort: a calm word on what to do next time."""
    if not result.safety_events:
        return ""
    kinds = sorted({DISCOMFORT_WORD[e.kind] for e in result.safety_events})
    what = " and ".join(kinds)
    return (
        f"You reported {what}. Next time use a lighter touch; if it comes back, leave this point out "
        "and ask a health professional."
    )


DISCOMFORT_WORD = {
    Discomfort.PAIN: "sharp pain",
    Discomfort.NUMBNESS: "numbness",
    Discomfort.TINGLING: "tingling",
}


FINISH_TITLE = {Outcome.COMPLETED: "Well done", Outcome.SAFETY_STOPPED: "Take care"}


def finish_title(result: SessionResult) -> str:
    if result.outcome in FINISH_TITLE:
        return FINISH_TITLE[result.outcome]
    return "Well done" if result.phases_completed else "Session ended"


def finish_summary(result: SessionResult, plan: Plan | None) -> str:
    """After a session: the time it took and the steps done, counted as the person saw them ("step 5 of
    7" for each knee), so a hold done in three rounds is one step. How it ended is said above it."""
    if plan is None or len(plan.phases) != result.phase_count:
        return summary(result)
    step_of = {p.index: (p.section, p.knee, p.step_number) for p in plan.phases}
    total = len(set(step_of.values()))
    done = {step_of[r.index] for r in result.phases if r.status is PhaseStatus.COMPLETED}
    skipped = {step_of[r.index] for r in result.phases if r.status is PhaseStatus.SKIPPED} - done
    steps = f"{len(done)} of {total} steps done"
    if skipped:
        steps += f", {len(skipped)} skipped"
    return f"{duration_words(result.done_seconds)} in all, {steps}."
