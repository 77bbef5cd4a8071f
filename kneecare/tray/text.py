"""The words of reminders and of the tray's tooltip, as plain functions of what is due (translated under
the "tray" context; with no translator installed they are English)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from kneecare.core.safety import HELD_REMINDER_BODY, HELD_REMINDER_TITLE, HELD_TRAY
from kneecare.core.schedule import Reminder
from kneecare.core.words import fill
from kneecare.i18n import QT_TRANSLATE_NOOP, counted

TITLE = QT_TRANSLATE_NOOP("tray", "Time for your knees")


# The movement nudge (tray/nudges.py): "Start now" is the reminder button of that name.
NUDGE_TITLE = QT_TRANSLATE_NOOP("tray", "Time to move")
NUDGE_BODY = QT_TRANSLATE_NOOP(
    "tray",
    "You have been still for a while. Stand up and walk for a few minutes, or press Start now for two "
    "minutes of calf raises.",
)


def _t(text: str) -> str:
    return QCoreApplication.translate("tray", text)


def _safety(text: str) -> str:
    return QCoreApplication.translate("safety", text)


def reminder_buttons() -> tuple[str, str]:
    """The two buttons of a reminder: start the session now, or snooze it ("Snooze" is the tray menu's
    entry, one translation for both)."""
    return QCoreApplication.translate("tray", "Start now"), QCoreApplication.translate("TrayIcon", "Snooze")


def notice_buttons() -> tuple[str, str]:
    """The two buttons of a notice that invites no session, in the reminder window: open KneeCare (the tray
    menu's entry), or close the notice."""
    open_it = QCoreApplication.translate("TrayIcon", "Open KneeCare")
    return open_it, QCoreApplication.translate("tray", "Close")


def prompt_title() -> str:
    """The title of the reminder window (where there is neither a notification service nor a tray)."""
    return QCoreApplication.translate("tray", "KneeCare reminder")


def nudge_message() -> tuple[str, str]:
    """(title, body) of the movement nudge."""
    return _t(NUDGE_TITLE), _t(NUDGE_BODY)


def held_message() -> tuple[str, str]:
    """(title, body) of the notice that comes instead of a reminder while sessions are on hold."""
    return _safety(HELD_REMINDER_TITLE), _safety(HELD_REMINDER_BODY)


def clock_time(when: datetime, now: datetime) -> str:
    """09:00 today, "tomorrow 09:00", or "Mon 09:00" further on (the day in the person's language)."""
    local = when.astimezone(now.tzinfo)
    days = (local.date() - now.date()).days
    hours = QLocale().toString(QTime(local.hour, local.minute), "HH:mm")
    if days == 0:
        return hours
    if days == 1:
        return fill(QCoreApplication.translate("tray", "tomorrow %1"), hours)
    day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {hours}"


def sessions(done: int, goal: int) -> str:
    return fill(counted("tray", "%1 of %n session(s) today", goal), done)


def reminder_message(reminder: Reminder, program: str, minutes: float, now: datetime) -> tuple[str, str]:
    """(title, body) of a reminder notification."""
    length = (
        counted("tray", "about %n minute(s)", round(minutes))
        if minutes >= 1.5
        else QCoreApplication.translate("tray", "about a minute")
    )
    lines = [
        fill(
            QCoreApplication.translate("tray", "%1: %2, sitting down. %3."),
            program,
            length,
            sessions(reminder.done_today, reminder.goal),
        )
    ]
    if reminder.snoozed:
        lines.insert(0, QCoreApplication.translate("tray", "Here again, as you asked."))
    elif reminder.late:
        due = clock_time(reminder.due, now)
        lines.insert(
            0,
            fill(
                QCoreApplication.translate(
                    "tray", "This one was due at %1, while the computer was asleep or off."
                ),
                due,
            ),
        )
    return _t(TITLE), " ".join(lines)


def tooltip(
    next_due: datetime | None,
    done: int,
    goal: int,
    now: datetime,
    waiting: Reminder | None = None,
    session_running: bool = False,
    held: bool = False,
) -> str:
    lines = ["KneeCare"]
    if session_running:
        lines.append(QCoreApplication.translate("tray", "A session is running"))
    elif held:
        lines.append(_safety(HELD_TRAY))
    elif waiting is not None:
        lines.append(
            fill(
                QCoreApplication.translate("tray", "A session is due (since %1)"),
                clock_time(waiting.due, now),
            )
        )
    if next_due is not None:
        lines.append(fill(QCoreApplication.translate("tray", "Next reminder: %1"), clock_time(next_due, now)))
    else:
        lines.append(QCoreApplication.translate("tray", "No reminders planned"))
    count = sessions(done, goal)
    lines.append(count[:1].upper() + count[1:])
    return "\n".join(lines)
