"""The guided session view, the centre of the main window: where we are, the step in large type, the leg
diagram with the moving marker (or a routine's drawing and its rep count), the countdown ring, the breathing
pacer and what comes next.

It renders the controller's signals and decides nothing. One animation timer at the display rate runs only
while a session runs and the view is visible; every moving part is computed from the session clock (the
controller's snapshot), so a pause freezes it and a resume continues without a jump.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QHideEvent,
    QPalette,
    QShowEvent,
    QWindow,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from kneecare.core.plan import Phase, Plan
from kneecare.core.protocol import Motion, Program
from kneecare.core.reps import RepTick, RepTicker, rep_at
from kneecare.core.session import PauseReason, PhaseEnded, SafetyEvent, SessionResult, Snapshot, State
from kneecare.i18n import QT_TRANSLATE_NOOP
from kneecare.session.controller import SessionController
from kneecare.ui import text
from kneecare.ui.widgets import theme
from kneecare.ui.widgets.geometry import ring_fraction
from kneecare.ui.widgets.leg_diagram import LegDiagram
from kneecare.ui.widgets.phase_ring import PhaseRing

if TYPE_CHECKING:
    from kneecare.ui.widgets.breathing import BreathingPacer
    from kneecare.ui.widgets.illustration import Illustration

log = logging.getLogger(__name__)

IDLE_CAPTION = QT_TRANSLATE_NOOP("SessionView", "The backs of your legs, seen from behind")
ANNOUNCEMENTS_KEPT = 20
SPACING = 5  # between the lines of the right column (1 when compact)
COMPACT = 0.4  # in a short window, big text keeps this share of what it has above the body size


def announce(widget: QWidget, message: str) -> bool:
    """Ask the screen reader to say `message` once (Qt 6.8+); False when no assistive technology listens."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # not needed by the first window

    if not QAccessible.isActive():
        return False
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))
    return True


def _set_text(label: QLabel, value: str) -> None:
    """Change a label only when its text changes (a new text costs a relayout and a repaint)."""
    if label.text() != value:
        label.setText(value)


class SessionView(QWidget):
    """Header, step, diagram + caption on the left; ring, breathing pacer and what comes next on the right.

    A routine's phases show its drawing instead of the diagram and, when they count repetitions, the rep
    in progress in large type. `repTicked` carries each completed rep once (for a tick sound).
    """

    repTicked = Signal(RepTick)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionView")
        self.controller = controller
        self._phase: Phase | None = None
        self._reduce_setting: bool | None = None
        self._reduce_motion = False
        self._shown = False
        self._watched_window: QWindow | None = None
        self.reps = RepTicker()
        self._window_visibility = QWindow.Visibility.Windowed
        # What was announced to screen readers, newest last (one per step, never one per second).
        self.announcements: list[str] = []
        self.frames = QTimer(self)
        self.frames.setTimerType(Qt.TimerType.PreciseTimer)
        self.frames.timeout.connect(self.advance_frame)
        self._build()
        self._wire()
        self._apply_motion_preference()

    # -- layout --------------------------------------------------------------------------------

    def _label(self, name: str, scale: float, bold: bool = False, muted: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        self._scales[label] = scale
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * self._scaled(scale))
        font.setBold(bold)
        label.setFont(font)
        label.setWordWrap(True)
        if muted:
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _scaled(self, scale: float) -> float:
        """A label's size against the body text, smaller for big text in a compact view."""
        return scale if scale <= 1.0 else 1 + (scale - 1) * (COMPACT if self._compact else 1.0)

    def set_compact(self, on: bool) -> None:
        """Smaller big text (the step's title, its instruction, where and next) when the window is short,
        as at 200% on a 1080p screen, so the view fits without scrolling; body text keeps its size."""
        self._compact = on
        base = self.font().pointSizeF()
        for label, scale in self._scales.items():
            if scale <= 1.0:
                continue
            font = QFont(label.font())
            font.setPointSizeF(base * self._scaled(scale))
            label.setFont(font)
        self._keep_lines()
        self._right.setSpacing(1 if on else SPACING)

    def _keep_lines(self) -> None:
        """Room for two lines of instruction and one of the motion cue, at their fonts' sizes."""
        self.instruction_label.setMinimumHeight(self.instruction_label.fontMetrics().lineSpacing() * 2)
        self.motion_label.setMinimumHeight(self.motion_label.fontMetrics().lineSpacing())

    def _build(self) -> None:
        self._scales: dict[QLabel, float] = {}
        self._compact = False
        # Built the first time a session or a routine needs them (the idle window shows neither).
        self._illustration: Illustration | None = None
        self._pacer: BreathingPacer | None = None
        self.where_label = self._label("where", 1.3)
        self.session_left_label = self._label("sessionLeft", 1.15, muted=True)
        self.title_label = self._label("stepTitle", 2.6, bold=True)
        self.instruction_label = self._label("instruction", 1.5)
        self.instruction_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.diagram = LegDiagram(parent=self)
        self._build_reps()
        self.motion_label = self._label("motionCue", 1.3)
        self.motion_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._keep_lines()

        self._build_ring()
        self.next_label = self._label("next", 1.35)
        self.status_label = self._label("status", 1.3, bold=True)
        self.status_label.hide()

        self._lay_out()

    def _build_reps(self) -> None:
        """The big repetition count and its caption ("of 10"), shown for counted steps."""
        self.rep_label = self._label("repCount", 4.5, bold=True)
        self.rep_label.setAccessibleName(QCoreApplication.translate("SessionView", "Repetition"))
        self.rep_label.setWordWrap(False)
        self.rep_caption = self._label("repOf", 1.3, muted=True)
        self.rep_box = QWidget(self)
        rep_row = QHBoxLayout(self.rep_box)
        rep_row.setContentsMargins(0, 0, 0, 0)
        rep_row.addStretch(1)
        rep_row.addWidget(self.rep_label, 0, Qt.AlignmentFlag.AlignBottom)
        rep_row.addWidget(self.rep_caption, 0, Qt.AlignmentFlag.AlignBottom)
        rep_row.addStretch(1)
        self.rep_box.hide()

    def _build_ring(self) -> None:
        """The countdown ring with the time left and its caption inside."""
        self.time_label = QLabel()
        self.time_label.setObjectName("timeLeft")
        self.time_label.setAccessibleDescription(self.tr("Time left"))
        self.ring_caption = QLabel()
        self.ring_caption.setObjectName("ringCaption")
        self.ring_caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.ring = PhaseRing(self.time_label, self.ring_caption, self)
        self.ring.setAccessibleName(self.tr("Countdown"))

    @property
    def illustration(self) -> Illustration:
        """A routine's drawing, in the diagram's place on the left (hidden until a routine shows one)."""
        if self._illustration is None:
            from kneecare.ui.widgets.illustration import Illustration

            self._illustration = Illustration(self)
            self._illustration.hide()
            self._left.insertWidget(self._left.indexOf(self.diagram) + 1, self._illustration, 1)
        return self._illustration

    @property
    def pacer(self) -> BreathingPacer:
        """The breathing pacer, under the ring (shown during a session)."""
        if self._pacer is None:
            self._build_pacer()
        assert self._pacer is not None
        return self._pacer

    @property
    def breath_label(self) -> QLabel:
        """The pacer's words ("Breathe in")."""
        self.pacer  # noqa: B018 (built with the pacer)
        return self._breath_label

    @property
    def pacer_box(self) -> QWidget:
        """The pacer and its words, side by side."""
        self.pacer  # noqa: B018 (built with the pacer)
        return self._pacer_box

    def _build_pacer(self) -> None:
        from kneecare.ui.widgets.breathing import BreathingPacer

        self._pacer = BreathingPacer(self)
        self._pacer.set_still(self._reduce_motion)
        self._breath_label = self._label("breath", 1.2)
        self._breath_label.setAccessibleDescription(self.tr("Breathing"))
        self._pacer_box = QWidget(self)
        pacer_row = QHBoxLayout(self._pacer_box)
        pacer_row.setContentsMargins(0, 0, 0, 0)
        pacer_row.setSpacing(14)
        pacer_row.addWidget(self._pacer)
        pacer_row.addWidget(self._breath_label, 1)
        self._pacer_box.hide()  # the phase shows it
        self._right.insertWidget(self._right.indexOf(self.ring) + 1, self._pacer_box)

    def _lay_out(self) -> None:
        # The drawing takes the full height on the left; the words and the timer read down the right.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(32)
        left = self._left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(self.diagram, 1)  # a routine's drawing goes under it when first shown
        left.addWidget(self.rep_box)
        left.addWidget(self.motion_label)
        right = self._right = QVBoxLayout()
        right.setSpacing(SPACING)  # with the ring at its smallest, the idle view fits 200% on a 1080p screen
        right.addWidget(self.where_label)
        right.addWidget(self.title_label)
        right.addWidget(self.instruction_label)
        self.setup_slot = QVBoxLayout()
        self.setup_slot.setContentsMargins(0, 4, 0, 0)
        right.addLayout(self.setup_slot)
        right.addSpacing(4)
        right.addWidget(self.ring, 1)  # the breathing pacer goes under it when first shown
        right.addSpacing(4)
        right.addWidget(self.next_label)
        right.addWidget(self.session_left_label)
        right.addWidget(self.status_label)
        outer.addLayout(left, 3)
        outer.addLayout(right, 2)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # A label's text is its name (what a screen reader says); the description says what it is for.
        for label, what in (
            (self.where_label, self.tr("Where you are")),
            (self.title_label, self.tr("Step")),
            (self.instruction_label, self.tr("What to do")),
            (self.motion_label, self.tr("What the hands do")),
            (self.next_label, self.tr("Next")),
            (self.session_left_label, self.tr("Time left in the session")),
            (self.status_label, self.tr("Status")),
        ):
            label.setAccessibleDescription(what)

    def _announce(self, message: str) -> None:
        self.announcements = [*self.announcements[-ANNOUNCEMENTS_KEPT + 1 :], message]
        announce(self.title_label, message)

    def _describe_time(self, left: str, caption: str) -> None:
        """The ring says its state in words: "2:05 left in this step"."""
        self.ring.setAccessibleDescription(f"{left} {caption}".strip())

    def set_setup_widget(self, widget: QWidget) -> None:
        """The set-up form (program, knees, minutes) shown above the ring before and after a session."""
        self.setup_slot.addWidget(widget)

    def _set_status(self, message: str) -> None:
        """A word on the state (paused, a safety note); the line takes no room when there is none."""
        _set_text(self.status_label, message)
        self.status_label.setVisible(bool(message))

    def _wire(self) -> None:
        c = self.controller
        c.phaseStarted.connect(self._show_phase)
        c.progressed.connect(self._show_progress)
        c.paused.connect(self._show_paused)
        c.resumed.connect(self._show_resumed)
        c.safetyReported.connect(self._show_report)
        c.finished.connect(self.show_finished)
        c.started.connect(self.reps.reset)
        c.phaseEnded.connect(self._phase_ended)
        c.stateChanged.connect(self._sync_frames)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._scheme_changed)
        changed = getattr(theme.accessibility_hints(), "motionPreferenceChanged", None)
        if changed is not None:  # Qt 6.12+
            changed.connect(self._apply_motion_preference)

    # -- reduce motion ---------------------------------------------------------------------------

    @property
    def reduce_motion(self) -> bool:
        """Whether the marker and the pacer stay still (the setting, else the system's preference)."""
        return self._reduce_motion

    def set_reduce_motion(self, value: bool | None) -> None:
        """The person's setting: True or False, or None to follow the system's motion preference."""
        self._reduce_setting = value
        self._apply_motion_preference()

    def refresh_motion_preference(self) -> None:
        """The system's preference arrived late or changed: follow it, unless the person chose themselves."""
        self._apply_motion_preference()

    def _apply_motion_preference(self) -> None:
        setting = self._reduce_setting
        reduce = theme.system_prefers_reduced_motion() if setting is None else setting
        self._reduce_motion = reduce
        self.diagram.set_reduce_motion(reduce)
        if self._pacer is not None:
            self._pacer.set_still(reduce)
        self._sync_frames()

    # -- the animation timer ---------------------------------------------------------------------

    @property
    def frames_running(self) -> bool:
        return self.frames.isActive()

    def _window_showing(self) -> bool:
        """Shown, and its window neither minimized nor hidden (as the window system last told us)."""
        hidden = (QWindow.Visibility.Minimized, QWindow.Visibility.Hidden)
        return self._shown and self._window_visibility not in hidden

    def _window_visibility_changed(self, visibility: QWindow.Visibility) -> None:
        self._window_visibility = visibility
        if Shiboken.isValid(self.frames):  # also emitted while the window is torn down
            self._sync_frames()

    def _sync_frames(self, *_: object) -> None:
        """Run the frame timer only while a session runs, something moves and the window can be seen."""
        run = (
            self.controller.state is State.RUNNING
            and not self._reduce_motion
            and self._phase is not None
            and self._window_showing()
        )
        if run and not self.frames.isActive():
            self.frames.start(self._frame_interval_ms())
            self.advance_frame()
        elif not run and self.frames.isActive():
            self.frames.stop()

    def _frame_interval_ms(self) -> int:
        screen = self.screen()
        rate = screen.refreshRate() if screen is not None else 60.0
        return max(7, round(1000.0 / (rate if rate >= 20 else 60.0)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown = True
        handle = self.window().windowHandle()
        if handle is not None and handle is not self._watched_window:
            handle.visibilityChanged.connect(self._window_visibility_changed)
            self._watched_window = handle
            self._window_visibility = handle.visibility()
        self._sync_frames()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._shown = False
        self._sync_frames()

    def advance_frame(self) -> None:
        """One animation frame: move what moves to the session clock's moment."""
        self._show_moment(self.controller.snapshot(), labels=False)

    # -- showing ---------------------------------------------------------------------------------

    def show_ready(self, program: Program, plan: Plan | None) -> None:
        """Before a session: the program, how long it takes, the first step; the chosen knee stands out."""
        self._phase = None
        _set_text(self.where_label, self.tr("Ready when you are"))
        _set_text(self.session_left_label, "")
        self.title_label.setText(program.name)
        self.instruction_label.setText(
            self.tr("%1 Press Start or Space to begin.").replace("%1", program.purpose)
        )
        self.time_label.setText(text.mmss(plan.total_seconds) if plan else "")
        self.ring.set_caption(self.tr("in all"))  # the whole session's length
        self._describe_time(self.time_label.text(), self.ring_caption.text())
        self.ring.set_active(True)
        self.ring.reset(1.0)
        self.next_label.setText(self.tr("First: %1").replace("%1", plan.phases[0].title) if plan else "")
        knees = plan.knees if plan else ()
        self.diagram.set_phase(knees[0] if len(knees) == 1 else None, Motion.STILL, program.circle_seconds)
        self._show_drawing(program.illustration if program.is_routine else None)
        self.rep_box.hide()
        self.motion_label.setText(
            "" if program.is_routine else QCoreApplication.translate("SessionView", IDLE_CAPTION)
        )
        self._hide_pacer()
        self._set_status("")
        self._sync_frames()

    def _show_phase(self, phase: Phase) -> None:
        self._phase = phase
        self.where_label.setText(text.where(phase))
        self.title_label.setText(phase.title)
        self.instruction_label.setText(phase.instruction)
        self.time_label.setText(text.mmss(phase.duration))
        self.ring.set_caption(self.tr("left in this step"))
        self._describe_time(self.time_label.text(), self.ring_caption.text())
        self.ring.reset(1.0)
        plan = self.controller.machine.plan
        nxt = plan.next_phase(phase.index) if plan else None
        self.next_label.setText(text.next_step(phase, nxt))
        self.diagram.set_phase(phase.knee, phase.motion, phase.tempo)
        self._show_drawing(phase.illustration)
        self.rep_box.setVisible(phase.counts_reps)
        self._show_reps(phase, 0.0)
        self.pacer.set_pattern(phase.breathing)
        self.pacer_box.show()
        self.motion_label.setText(text.motion_cue(phase, phase.duration))
        self._set_status(text.cue(phase))
        self._sync_frames()
        self._announce(f"{self.where_label.text()}. {phase.title}. {phase.instruction}")

    def _show_drawing(self, name: str | None) -> None:
        """A routine's drawing in place of the leg diagram; the diagram for everything else."""
        if name is not None or self._illustration is not None:
            self.illustration.set_drawing(name)
            self.illustration.setVisible(name is not None)
        self.diagram.setVisible(name is None)

    def _hide_pacer(self) -> None:
        if self._pacer is not None:
            self._pacer_box.hide()

    def _show_reps(self, phase: Phase, elapsed: float) -> None:
        count = rep_at(phase, elapsed)
        if count is None:
            return
        _set_text(self.rep_label, str(count.current))
        _set_text(self.rep_caption, f"of {count.total}")
        for tick in self.reps.seen(phase, elapsed):
            self.repTicked.emit(tick)

    def _phase_ended(self, ended: PhaseEnded) -> None:
        for tick in self.reps.ended(ended.phase, ended.record.seconds):
            self.repTicked.emit(tick)

    def _show_progress(self, elapsed: float, remaining: float) -> None:
        self._show_moment(self.controller.snapshot(), labels=True)

    def _show_moment(self, snap: Snapshot, labels: bool) -> None:
        """Everything that follows the clock, at one moment of the session."""
        phase = snap.phase
        if phase is None or self._phase is None or phase.index != self._phase.index:
            return
        self.diagram.set_motion_time(snap.phase_elapsed)
        self.ring.set_fraction(ring_fraction(snap.phase_remaining, phase.duration))
        self._show_reps(phase, snap.phase_elapsed)
        breath = self.pacer.set_time(snap.elapsed)
        cue = text.breath_cue(breath.stage.value, phase.breathing)
        if self.breath_label.text() != cue:
            self.breath_label.setText(cue)
            self.pacer.setAccessibleDescription(cue.replace("\n", " "))
        if labels and self.time_label.text() != text.mmss(snap.phase_remaining):
            self.time_label.setText(text.mmss(snap.phase_remaining))
            self._describe_time(self.time_label.text(), self.ring_caption.text())
        if labels:
            _set_text(self.session_left_label, text.session_left(snap.remaining))
            _set_text(self.motion_label, text.motion_cue(phase, snap.phase_remaining))

    def _show_paused(self, reason: PauseReason) -> None:
        self.ring.set_active(False)
        # After "it hurts" the safety panel speaks; a plain pause gets one line.
        self._set_status(self.tr("Paused. Press Space to go on.") if reason is PauseReason.USER else "")
        self._show_moment(self.controller.snapshot(), labels=True)

    def _show_report(self, event: SafetyEvent) -> None:
        self._set_status("")  # the safety panel says what to do

    def _show_resumed(self) -> None:
        self.ring.set_active(True)
        self._set_status("")

    def show_finished(self, result: SessionResult) -> None:
        """After a session: how it ended, how long, how many steps were done."""
        self._phase = None
        self.where_label.setText(text.OUTCOME_LABEL[result.outcome])
        _set_text(self.session_left_label, "")
        self.title_label.setText(text.finish_title(result))
        self.instruction_label.setText(text.finish_summary(result, self.controller.machine.plan))
        self.time_label.setText(text.mmss(result.done_seconds))
        self.ring.set_caption(self.tr("done"))
        self._describe_time(self.time_label.text(), self.ring_caption.text())
        self.ring.set_active(True)
        self.ring.reset(ring_fraction(result.done_seconds, result.planned_seconds))
        self.next_label.setText(self.tr("Press Start or Space for another session."))
        self.diagram.set_phase(None, Motion.STILL, self.diagram.tempo)
        self.rep_box.hide()
        self.motion_label.setText("")
        self._hide_pacer()
        self._set_status(text.safety_note(result))
        self._sync_frames()
        self._announce(
            f"{self.where_label.text()}. {self.title_label.text()}. {self.instruction_label.text()}"
        )

    # -- scheme ----------------------------------------------------------------------------------

    def _scheme_changed(self, *_: object) -> None:
        """Qt swaps the palette with the scheme; the painted widgets read it on their next paint."""
        log.debug("colour scheme changed: %s", QGuiApplication.styleHints().colorScheme().name)
        for widget in (self.diagram, self.ring, self._pacer):
            if widget is not None:
                widget.update()
