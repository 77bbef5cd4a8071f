"""The person's settings: defaults, validation, and a JSON file in the config dir (kept aside if bad).

Settings live in a file, not in the database, so that they can be read before the database opens and
survive a damaged database; the file is small and a person can read it.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, fields, replace
from datetime import date, datetime, time
from pathlib import Path
from types import NoneType, UnionType
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin, get_type_hints

from kneecare.core.languages import LANGUAGES
from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.protocol import COMPRESS_MINUTES, MAX_TIMER_SECONDS
from kneecare.core.safety import (
    DEFAULT_SCREENING_INTERVAL_DAYS,
    MAX_SCREENING_INTERVAL_DAYS,
    MIN_SCREENING_INTERVAL_DAYS,
)

if TYPE_CHECKING:
    from kneecare.core.cues import CueOptions  # the cue planner: imported when a session is near
    from kneecare.core.schedule import QuietHours, ReminderRules, RuleError  # with the reminder rules

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
MAX_SETTINGS_BYTES = 1024 * 1024  # a settings file is a few kilobytes; anything larger is not ours


class SettingsError(ValueError):
    """A settings value that is not allowed; the message names the key. `rule` is the reminder rules' own
    error when they are what cannot work (a dialog translates from its fields)."""

    def __init__(self, message: str, rule: RuleError | None = None) -> None:
        super().__init__(message)
        self.rule = rule


@dataclass(frozen=True)
class Settings:
    """Everything the person can choose. None means: follow the program or the system."""

    # The session set-up, remembered between runs.
    program_id: str = "daily"
    knees: str = "both"
    movement_minutes: float | None = None
    warm_compress: bool = False  # a warm compress before a knee session, for compress_minutes (1 or 2)
    compress_minutes: int = 1
    motion: str | None = None
    circle_seconds: float | None = None
    finish_with: str | None = None  # a routine's id to chain after a knee session
    timer_minutes: int | None = None  # a timer's chosen length (legs raised 15-20 min); None: the program's
    # Look and feel.
    reduce_motion: bool | None = None
    high_contrast: bool = False  # black on white (or white on black) with strong outlines
    language: str | None = None  # "en", "de"...; None: the system's language when KneeCare speaks it
    # History: whether routines (stretches, ankle pumps...) count towards the daily goal too.
    goal_counts_routines: bool = False
    # Reminders (read as kneecare.core.schedule.ReminderRules through `reminder_rules()`).
    reminders_enabled: bool = True
    reminder_times: tuple[str, ...] = ("09:00", "19:00")  # local wall time, "HH:MM"
    reminder_days: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)  # Monday is 0
    daily_goal: int = 2
    skip_when_goal_met: bool = True
    quiet_start: str | None = "22:00"  # no reminders from quiet_start to quiet_end; None: no quiet hours
    quiet_end: str | None = "07:00"
    snooze_minutes: int = 30
    recovery_per_day: int = 4
    recovery_days: int = 3
    recovery_started: str | None = None  # ISO date; recovery mode ends by itself after recovery_days
    autostart: bool = False  # start in the tray at login
    # Movement nudges: "stand up and move" once an hour between these times (kneecare.core.nudges).
    nudges_enabled: bool = False
    nudge_start: str = "09:00"
    nudge_end: str = "17:00"
    # Safety: how often the screening questions come back, and the leg question before each session
    # (it stays on in the first week and for the first session whatever this says).
    screening_interval_days: int = DEFAULT_SCREENING_INTERVAL_DAYS
    daily_question: bool = True
    # Sounds and voice (read as kneecare.core.cues.CueOptions through `cue_options()`).
    sound_volume: float = 0.5  # 0 silent .. 1 the sounds' own (already quiet) level
    sound_step: bool = True  # a chime at each new step
    sound_switch: bool = True  # another chime when the knee changes
    sound_done: bool = True  # a chime when the session is completed
    sound_breathing: bool = False  # a tone rising at each inhale, falling at each exhale
    sound_ticks: bool = False  # a soft tick once per circle (or stroke, or counted repetition)
    voice_enabled: bool = True  # read each step's instruction aloud
    voice_name: str | None = None  # None: the speech engine's default voice
    voice_rate: float = 0.0  # -1 slowest .. 0 normal .. 1 fastest
    # History: the quick rating before and after a session (off when the person says "don't ask again").
    ask_ratings: bool = True
    # The name printed on the report for a health professional; kept only when the person ticks "remember".
    report_name: str | None = None
    # The set-up panel's one suggestion of the program after which tension drops most clearly (False: the
    # person dismissed it for good).
    suggest_helps: bool = True
    # Sync: the folder a sync tool keeps in step between the person's computers (None: sync is off), and
    # this computer's name as the others show it (None: the computer's host name).
    sync_folder: str | None = None
    device_name: str | None = None

    def validate(self, rules: bool = True) -> Settings:
        """These settings, or SettingsError naming the first value that cannot work. `rules=False` leaves
        the reminder and nudge rules (and core/schedule.py) for `check_rules`: the start checks them after
        the first frame."""
        _check_choice("knees", self.knees, ("left", "right", "both"))
        if self.motion is not None:
            _check_choice("motion", self.motion, ("circles", "strokes"))
        _check_range("movement_minutes", self.movement_minutes, 1.0, 3.0)
        _check_range("compress_minutes", self.compress_minutes, min(COMPRESS_MINUTES), max(COMPRESS_MINUTES))
        _check_range("circle_seconds", self.circle_seconds, 1.0, 8.0)
        _check_range("timer_minutes", self.timer_minutes, 1, MAX_TIMER_SECONDS // 60)
        _check_range(
            "screening_interval_days",
            self.screening_interval_days,
            MIN_SCREENING_INTERVAL_DAYS,
            MAX_SCREENING_INTERVAL_DAYS,
        )
        if self.language is not None:
            _check_choice("language", self.language, tuple(LANGUAGES))
        if self.sync_folder is not None and not Path(self.sync_folder).is_absolute():
            raise SettingsError("sync_folder: must be an absolute path")
        if self.device_name is not None and not 0 < len(self.device_name.strip()) <= 64:
            raise SettingsError("device_name: 1 to 64 characters")
        if not self.program_id.strip():
            raise SettingsError("program_id: must not be empty")
        if self.finish_with is not None and not self.finish_with.strip():
            raise SettingsError("finish_with: must not be empty (leave it out for nothing more)")
        _check_range("sound_volume", self.sound_volume, 0.0, 1.0)
        _check_range("voice_rate", self.voice_rate, -1.0, 1.0)
        if self.voice_name is not None and not self.voice_name.strip():
            raise SettingsError("voice_name: must not be empty (leave it out for the default voice)")
        if rules:
            self.check_rules()
        return self

    def check_rules(self) -> None:
        """The reminder and nudge rules can work; SettingsError naming what cannot."""
        self.reminder_rules()
        self.nudge_rules()

    def default_rules(self) -> Settings:
        """These settings with the reminders and nudges as they come (everything else kept)."""
        fresh = Settings()
        return replace(self, **{name: getattr(fresh, name) for name in RULE_FIELDS})

    def cue_options(self, voice_works: bool = True) -> CueOptions:
        """The sound and voice choices as the cue planner reads them; no voice when no engine works."""
        from kneecare.core.cues import CueOptions

        return CueOptions(
            step=self.sound_step,
            switch=self.sound_switch,
            done=self.sound_done,
            breathing=self.sound_breathing,
            ticks=self.sound_ticks,
            voice=self.voice_enabled and voice_works,
        )

    def reminder_rules(self) -> ReminderRules:
        """The reminder settings as rules; a value that cannot work raises SettingsError naming it."""
        from kneecare.core.schedule import Recovery, ReminderRules, RuleError

        times = tuple(_parse_time(f"reminder_times[{i}]", t) for i, t in enumerate(self.reminder_times))
        quiet = self._quiet_hours()
        recovery = None
        if self.recovery_started is not None:
            try:
                started = date.fromisoformat(self.recovery_started)
            except ValueError:
                raise SettingsError(
                    f"recovery_started: {self.recovery_started!r} is not a date like 2026-11-26"
                ) from None
            recovery = Recovery(started, self.recovery_days, self.recovery_per_day)
        try:
            return ReminderRules(
                times=times,
                days=frozenset(self.reminder_days),
                daily_goal=self.daily_goal,
                quiet=quiet,
                skip_when_goal_met=self.skip_when_goal_met,
                snooze_minutes=self.snooze_minutes,
                recovery=recovery,
                enabled=self.reminders_enabled,
            )
        except RuleError as e:
            raise SettingsError(f"reminders: {e}", rule=e) from None

    def _quiet_hours(self) -> QuietHours | None:
        from kneecare.core.schedule import QuietHours

        if (self.quiet_start is None) != (self.quiet_end is None):
            raise SettingsError("quiet_start, quiet_end: give both or neither")
        if self.quiet_start is None or self.quiet_end is None:
            return None
        return QuietHours(
            _parse_time("quiet_start", self.quiet_start), _parse_time("quiet_end", self.quiet_end)
        )

    def nudge_rules(self) -> ReminderRules:
        """The movement nudges as reminder rules (off unless chosen), quiet in the reminders' quiet hours."""
        from kneecare.core.nudges import nudge_rules as make_nudge_rules
        from kneecare.core.schedule import RuleError

        start = _parse_time("nudge_start", self.nudge_start)
        end = _parse_time("nudge_end", self.nudge_end)
        try:
            return make_nudge_rules(self.nudges_enabled, start, end, self._quiet_hours())
        except RuleError as e:
            raise SettingsError(f"nudge_start, nudge_end: {e}", rule=e) from None

    def computer_name(self) -> str:
        """This computer's name as the person's other computers show it."""
        import platform  # for sync only: not on the way to the first frame

        return (self.device_name or "").strip() or platform.node().split(".")[0] or "KneeCare"

    def with_changes(self, **changes: Any) -> Settings:
        """These settings with `changes`, validated; the reminder and nudge rules only when they change."""
        return replace(self, **changes).validate(rules=not changes.keys().isdisjoint(RULE_FIELDS))


def _parse_time(key: str, value: str) -> time:
    """ "HH:MM" (24-hour) -> time; anything else is refused with the key in the message."""
    parts = value.strip().split(":")
    if len(parts) == 2 and all(p.isdigit() and len(p) in (1, 2) for p in parts):
        hour, minute = int(parts[0]), int(parts[1])
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise SettingsError(f"{key}: {value!r} is not a time of day like 09:00")


def format_time(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def _check_choice(key: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise SettingsError(f"{key}: {value!r} is not one of {', '.join(choices)}")


def _check_range(key: str, value: float | None, low: float, high: float) -> None:
    if value is not None and not low <= value <= high:
        raise SettingsError(f"{key}: {value!r} is not from {low:g} to {high:g}")


def _coerce(key: str, value: Any, hint: Any) -> Any:
    """Check one JSON value against the field's type; ints are accepted for floats."""
    options = get_args(hint) if get_origin(hint) in (Union, UnionType) else (hint,)
    if value is None:
        if NoneType in options:
            return None
        raise SettingsError(f"{key}: must not be empty")
    for option in options:
        if option is bool and isinstance(value, bool):
            return value
        if option is int and isinstance(value, int) and not isinstance(value, bool):
            return value
        if option is float and isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if option is str and isinstance(value, str):
            return value
        if get_origin(option) is tuple and isinstance(value, list):
            (item,) = {a for a in get_args(option) if a is not Ellipsis}
            return tuple(_coerce(key, v, item) for v in value)
    raise SettingsError(f"{key}: {value!r} has the wrong type")


# The fields read by `reminder_rules` and `nudge_rules`: what goes back to its defaults when they cannot work.
RULE_FIELDS = (
    "reminders_enabled",
    "reminder_times",
    "reminder_days",
    "daily_goal",
    "skip_when_goal_met",
    "quiet_start",
    "quiet_end",
    "snooze_minutes",
    "recovery_per_day",
    "recovery_days",
    "recovery_started",
    "nudges_enabled",
    "nudge_start",
    "nudge_end",
)


def settings_from_dict(data: Any, rules: bool = True) -> Settings:
    if not isinstance(data, dict):
        raise SettingsError("the file does not hold a JSON object")
    hints = get_type_hints(Settings)
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "format":
            continue
        if key not in known:
            log.info("settings: ignoring unknown key %r (from a newer KneeCare?)", key)
            continue
        values[key] = _coerce(key, value, hints[key])
    return Settings(**values).validate(rules)


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    warning: str | None = None


class SettingsStore:
    """Reads and writes `settings.json`; a bad file is moved aside and reported, never overwritten."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self, rules: bool = True) -> LoadedSettings:
        """The settings in the file, or the defaults and a warning. `rules=False`: the reminder and nudge
        rules are left for `check_rules`."""
        try:
            with self.path.open("rb") as f:
                raw = f.read(MAX_SETTINGS_BYTES + 1)
        except FileNotFoundError:
            return LoadedSettings(Settings())
        except OSError as e:
            return self._reject(f"cannot be read ({e})")
        if len(raw) > MAX_SETTINGS_BYTES:
            return self._reject(f"is larger than {MAX_SETTINGS_BYTES // 1024 // 1024} MiB")
        try:
            text = raw.decode("utf-8-sig")  # a byte order mark, as some editors write, is fine
        except UnicodeDecodeError as e:
            return self._reject(f"cannot be read ({e})")
        try:
            return LoadedSettings(settings_from_dict(json.loads(text), rules))
        except json.JSONDecodeError as e:
            return self._reject(f"is not valid JSON (line {e.lineno}: {e.msg})")
        except RecursionError:
            return self._reject("is nested too deeply to be settings")
        except SettingsError as e:
            return self._reject(f"has a bad value: {e}")

    def check_rules(self, settings: Settings) -> LoadedSettings:
        """Settings from `load(rules=False)` with their reminder and nudge rules checked: when those cannot
        work, the file is kept aside as `load` keeps a bad one, with the same message, and only the
        reminders and nudges go back to their defaults (every other choice stays)."""
        try:
            settings.check_rules()
        except SettingsError as e:
            return self._reject(f"has a bad value: {e}", settings.default_rules(), "its default reminders")
        return LoadedSettings(settings)

    def _reject(
        self, why: str, instead: Settings | None = None, using: str = "its defaults"
    ) -> LoadedSettings:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.bad-{stamp}")
        try:
            self.path.replace(aside)
            where = f"it was kept as {aside}"
        except OSError:
            where = f"it was left at {self.path} and will not be overwritten"
            self._frozen = True
        warning = f"Your settings file {why}; KneeCare is using {using}, and {where}."
        log.warning(warning)
        return LoadedSettings(Settings() if instead is None else instead, warning)

    _frozen = False

    def save(self, settings: Settings) -> None:
        """Write atomically: a crash mid-write leaves the old file whole. A disk that cannot take it (full,
        read-only) costs this save, which is logged; the app goes on with the settings in memory."""
        if self._frozen:
            log.warning("settings not saved: the unreadable file at %s is kept as it is", self.path)
            return
        settings.validate()
        try:
            self._write(settings)
        except OSError as e:
            log.warning("settings not saved to %s: %s", self.path, e)

    def _write(self, settings: Settings) -> None:
        from kneecare.private import private_folder

        private_folder(self.path.parent)
        payload = {"format": FORMAT_VERSION, **asdict(settings)}
        import tempfile

        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(payload, f, indent=2, sort_keys=True)
                f.write("\n")
                f.flush()
                os.fsync(f.fileno())
            Path(tmp).replace(self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
