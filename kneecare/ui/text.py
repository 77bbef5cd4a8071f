"""Small formatting helpers for what the window says (times, places in the session, outcomes)."""

from __future__ import annotations

import math

from kneecare.core.plan import Phase
from kneecare.core.protocol import Cue
from kneecare.core.session import Outcome, SessionResult

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
