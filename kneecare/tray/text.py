"""The words of reminders and of the tray's tooltip, as plain functions of what is due."""

from __future__ import annotations

from datetime import datetime

from kneecare.core.schedule import Reminder

TITLE = "Time for your knees"


def clock_time(when: datetime, now: datetime) -> str:
    """09:00 today, "tomorrow 09:00", or "Mon 09:00" further on."""
    local = when.astimezone(now.tzinfo)
    days = (local.date() - now.date()).days
    if days == 0:
        return local.strftime("%H:%M")
    if days == 1:
        return f"tomorrow {local.strftime('%H:%M')}"
    return local.strftime("%a %H:%M")


def sessions(done: int, goal: int) -> str:
    return f"{done} of {goal} session{'s' if goal != 1 else ''} today"


def reminder_message(reminder: Reminder, program: str, minutes: float, now: datetime) -> tuple[str, str]:
    """(title, body) of a reminder notification."""
    length = f"about {round(minutes)} minutes" if minutes >= 1.5 else "about a minute"
    lines = [f"{program}: {length}, sitting down. {sessions(reminder.done_today, reminder.goal)}."]
    if reminder.snoozed:
        lines.insert(0, "Here again, as you asked.")
    elif reminder.late:
        due = clock_time(reminder.due, now)
        lines.insert(0, f"This one was due at {due}, while the computer was asleep or off.")
    return TITLE, " ".join(lines)


def tooltip(
    next_due: datetime | None,
    done: int,
    goal: int,
    now: datetime,
    waiting: Reminder | None = None,
    session_running: bool = False,
) -> str:
    lines = ["KneeCare"]
    if session_running:
        lines.append("A session is running")
    elif waiting is not None:
        lines.append(f"A session is due (since {clock_time(waiting.due, now)})")
    if next_due is not None:
        lines.append(f"Next reminder: {clock_time(next_due, now)}")
    else:
        lines.append("No reminders planned")
    lines.append(sessions(done, goal).capitalize())
    return "\n".join(lines)
