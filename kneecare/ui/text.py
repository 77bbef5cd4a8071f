"""Small formatting helpers for what the window says (times, places in the session, cues, outcomes)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from kneecare.core.plan import Phase, Plan, PlanWords
from kneecare.core.protocol import Breathing, Cue, Motion, StepKind
from kneecare.core.session import Discomfort, Outcome, PhaseStatus, SessionResult
from kneecare.core.words import fill
from kneecare.i18n import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    """`text` in the person's language (the strings are marked with QT_TRANSLATE_NOOP("text", ...))."""
    return QCoreApplication.translate("text", text) if text else text


class _Translated(dict[object, str]):
    """A table of marked strings that answers in the person's language."""

    def __getitem__(self, key: object) -> str:
        return _t(super().__getitem__(key))


KNEE_LABEL = _Translated(
    {"left": QT_TRANSLATE_NOOP("text", "Left knee"), "right": QT_TRANSLATE_NOOP("text", "Right knee")}
)
SIDE_LABEL = _Translated(
    {"left": QT_TRANSLATE_NOOP("text", "Left leg"), "right": QT_TRANSLATE_NOOP("text", "Right leg")}
)
CUE_WORDS = _Translated({Cue.SWITCH: QT_TRANSLATE_NOOP("text", "Switch now"), Cue.CHIME: "", Cue.NONE: ""})

OUTCOME_LABEL = _Translated(
    {
        Outcome.COMPLETED: QT_TRANSLATE_NOOP("text", "Session complete"),
        Outcome.STOPPED: QT_TRANSLATE_NOOP("text", "Session stopped"),
        Outcome.SAFETY_STOPPED: QT_TRANSLATE_NOOP("text", "Session ended for safety"),
        Outcome.INTERRUPTED: QT_TRANSLATE_NOOP("text", "Session interrupted"),
        #: A session that reached its end, but with a pressing, moving or exercise step skipped.
        Outcome.SKIPPED: QT_TRANSLATE_NOOP("text", "Steps skipped"),
    }
)


def plan_words() -> PlanWords:
    """The words the plan puts into the programs' texts, in the person's language. {knee} and {side}
    stand before a noun with "das"/"die" in the German texts, so German says "linke"/"rechte"."""

    def words(text: str) -> tuple[str, ...]:
        return tuple(w.strip().lower() for w in text.split("|") if w.strip())

    return PlanWords(
        #: Fills {knee} and {side} in the program texts ("your left knee").
        left=QCoreApplication.translate("plan", "left"),
        #: Fills {knee} and {side} in the program texts ("your right knee").
        right=QCoreApplication.translate("plan", "right"),
        compress_title=QCoreApplication.translate("plan", "Warm compress"),
        #: {knee} becomes "left" or "right" (the words above).
        compress_one=QCoreApplication.translate(
            "plan",
            "Sit comfortably and rest a warm, never hot, compress behind the {knee} knee "
            "until the timer ends.",
        ),
        compress_both=QCoreApplication.translate(
            "plan",
            "Sit comfortably and rest a warm, never hot, compress behind both knees until the timer ends.",
        ),
        pressure_reminder=QCoreApplication.translate("plan", "Firm, but never painful."),
        #: Words (separated by |) that say "firm" in the translated pressure instructions.
        firm=words(QCoreApplication.translate("plan", "firm")),
        #: Words (separated by |) that say "never painful" in the translated pressure instructions.
        never_painful=words(QCoreApplication.translate("plan", "never painful|never hurts|never hurt")),
    )


def mmss(seconds: float) -> str:
    """Whole seconds left, rounded up, so 0:00 shows only when time is really up."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def where(phase: Phase) -> str:
    if phase.warm_compress:
        return QCoreApplication.translate("text", "Before the first knee")
    if phase.knee:
        part = KNEE_LABEL[phase.knee.value]
    elif phase.side:
        part = SIDE_LABEL[phase.side.value]
    else:
        part = QCoreApplication.translate("text", "Both legs")
    if phase.section:
        part = f"{phase.section} · {part}"
    text = fill(
        QCoreApplication.translate("text", "%1 · step %2 of %3"), part, phase.step_number, phase.step_count
    )
    if phase.rounds > 1:
        counted = (
            QCoreApplication.translate("text", " · set %1 of %2")
            if phase.counts_reps
            else QCoreApplication.translate("text", " · round %1 of %2")
        )
        text += fill(counted, phase.round, phase.rounds)
    return text


def cue(phase: Phase) -> str:
    """What to say as a phase starts: "Switch now" between warm and cool water, else nothing."""
    return CUE_WORDS[phase.start_cue]


def duration_words(seconds: float) -> str:
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    if minutes and secs:
        return fill(QCoreApplication.translate("text", "%1 min %2 s"), minutes, secs)
    if minutes:
        return fill(QCoreApplication.translate("text", "%1 min"), minutes)
    return fill(QCoreApplication.translate("text", "%1 s"), secs)


def summary(result: SessionResult) -> str:
    steps = fill(
        QCoreApplication.translate("text", "%1 of %2 steps done"), result.phases_completed, result.phase_count
    )
    if result.phases_skipped:
        steps += fill(QCoreApplication.translate("text", ", %1 skipped"), result.phases_skipped)
    return fill(
        QCoreApplication.translate("text", "%1: %2, %3."),
        OUTCOME_LABEL[result.outcome],
        duration_words(result.done_seconds),
        steps,
    )


def next_step(current: Phase, nxt: Phase | None) -> str:
    """What comes after `current`; names the knee when the next step moves to the other one."""
    if nxt is None:
        return QCoreApplication.translate("text", "Last step")
    if nxt.knee is not None and nxt.knee is not current.knee:
        return fill(
            QCoreApplication.translate("text", "Next: %1 · %2"), KNEE_LABEL[nxt.knee.value], nxt.title
        )
    return fill(QCoreApplication.translate("text", "Next: %1"), nxt.title)


def session_left(seconds: float) -> str:
    return fill(QCoreApplication.translate("text", "%1 left in the session"), mmss(seconds))


HOLD_RELEASE_WARNING = 3


def motion_cue(phase: Phase, remaining: float) -> str:
    """One line on what the hands do now, also the cue that stands in for the animation."""
    if phase.knee is None and phase.step_kind not in KNEE_STEP_KINDS:
        return routine_cue(phase, remaining)
    tempo = f"{phase.tempo:g}"
    match phase.motion:
        case Motion.CIRCLES:
            return fill(
                QCoreApplication.translate("text", "↻  Small circles over BL40 · one every %1 s"), tempo
            )
        case Motion.STROKES:
            return fill(
                QCoreApplication.translate(
                    "text", "↕  Slow strokes up and down across the hollow · one every %1 s"
                ),
                tempo,
            )
        case Motion.HOLD:
            left = max(1, math.ceil(remaining - 1e-9))
            if left <= HOLD_RELEASE_WARNING:
                return fill(QCoreApplication.translate("text", "Release in %1 s"), left)
            return fill(QCoreApplication.translate("text", "Hold still on BL40 · %1 s, then release"), left)
        case Motion.CALF_STROKES:
            return QCoreApplication.translate(
                "text", "↓  Light strokes from the knee down the calf to the ankle"
            )
    if phase.is_release:
        return QCoreApplication.translate("text", "Release: let the hollow rest")
    if phase.step_kind in (StepKind.LOCATE, StepKind.PRESSURE):
        return QCoreApplication.translate("text", "BL40 · Weizhong sits in the middle of the crease")
    return ""


KNEE_STEP_KINDS = (StepKind.LOCATE, StepKind.PRESSURE, StepKind.MOVEMENT, StepKind.HOLD)


def routine_cue(phase: Phase, remaining: float) -> str:
    """The line under a routine's drawing: the hold's countdown, the tempo of the reps, the quiet timer."""
    left = max(1, math.ceil(remaining - 1e-9))
    if phase.is_release:
        return f"{phase.title} · {left} s"
    if phase.step_kind is StepKind.STRETCH:
        if left <= HOLD_RELEASE_WARNING:
            return fill(QCoreApplication.translate("text", "Release in %1 s"), left)
        return fill(QCoreApplication.translate("text", "Hold the stretch · %1 s, then release"), left)
    if phase.counts_reps:
        return fill(
            QCoreApplication.translate("text", "One every %1 s, smooth and steady"), f"{phase.rep_seconds:g}"
        )
    if phase.step_kind is StepKind.TIMER and phase.end_cue is Cue.CHIME:
        return QCoreApplication.translate("text", "Rest quietly; a soft chime marks the end")
    if phase.step_kind is StepKind.INTERVALS:
        return f"{phase.title} · {left} s"
    return ""


def breath_cue(stage: str, breathing: Breathing) -> str:
    """The pacer's label: which way to breathe, through what, and for how long."""
    if stage == "in":
        return fill(
            QCoreApplication.translate("text", "Breathe in\nthrough the nose · %1 s"), f"{breathing.inhale:g}"
        )
    return fill(
        QCoreApplication.translate("text", "Breathe out\nthrough the mouth · %1 s"), f"{breathing.exhale:g}"
    )


def safety_note(result: SessionResult) -> str:
    """After a session with a report of discomfort: a calm word on what to do next time."""
    if not result.safety_events:
        return ""
    kinds = sorted({DISCOMFORT_WORD[e.kind] for e in result.safety_events})
    what = QCoreApplication.translate("text", " and ").join(kinds)
    return fill(
        QCoreApplication.translate(
            "text",
            "You reported %1. Next time use a lighter touch; if it comes back, leave this point out "
            "and ask a health professional.",
        ),
        what,
    )


DISCOMFORT_WORD = _Translated(
    {
        Discomfort.PAIN: QT_TRANSLATE_NOOP("text", "sharp pain"),
        Discomfort.NUMBNESS: QT_TRANSLATE_NOOP("text", "numbness"),
        Discomfort.TINGLING: QT_TRANSLATE_NOOP("text", "tingling"),
    }
)


FINISH_TITLE = _Translated(
    {
        Outcome.COMPLETED: QT_TRANSLATE_NOOP("text", "Well done"),
        Outcome.SAFETY_STOPPED: QT_TRANSLATE_NOOP("text", "Take care"),
        Outcome.SKIPPED: QT_TRANSLATE_NOOP("text", "Session ended"),
    }
)


def finish_title(result: SessionResult) -> str:
    if result.outcome in FINISH_TITLE:
        return FINISH_TITLE[result.outcome]
    return (
        QCoreApplication.translate("text", "Well done")
        if result.phases_completed
        else QCoreApplication.translate("text", "Session ended")
    )


def finish_summary(result: SessionResult, plan: Plan | None) -> str:
    """After a session: the time it took and the steps done, counted as the person saw them ("step 5 of
    7" for each knee), so a hold done in three rounds is one step. How it ended is said above it."""
    if plan is None or len(plan.phases) != result.phase_count:
        return summary(result)
    step_of = {p.index: (p.section, p.knee, p.step_number) for p in plan.phases}
    total = len(set(step_of.values()))
    done = {step_of[r.index] for r in result.phases if r.status is PhaseStatus.COMPLETED}
    skipped = {step_of[r.index] for r in result.phases if r.status is PhaseStatus.SKIPPED} - done
    steps = fill(QCoreApplication.translate("text", "%1 of %2 steps done"), len(done), total)
    if skipped:
        steps += fill(QCoreApplication.translate("text", ", %1 skipped"), len(skipped))
    return fill(
        QCoreApplication.translate("text", "%1 in all, %2."), duration_words(result.done_seconds), steps
    )
