"""The history's words: every text the history window shows, in the person's language (Qt context
"history"; import messages "exchange"), with dates and numbers as QLocale writes them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kneecare.core.stats import MEASURES, DayTally, Rating, RatingChange, SpanTally, TrendPoint, WeekTotal
from kneecare.core.words import fill
from kneecare.i18n import QT_TRANSLATE_NOOP, counted
from kneecare.store.service import SessionRecord
from kneecare.ui.text import duration_words, mmss


def trouble_text() -> str:
    return translate(
        "history",
        "KneeCare had a problem with your history just now. The details say what happened and what "
        "KneeCare did about it.",
    )


def translate(context: str, text: str) -> str:
    """`text` in the person's language. pyside6-lupdate reads these calls (the history's context is
    "history"); marked tables below are translated where they are shown."""
    return QCoreApplication.translate(context, text) if text else text


def _t(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("history", ...), in the person's language."""
    return translate("history", text)


def first_weekday(locale: QLocale | None = None) -> int:
    """The day the locale begins a week with, Monday 0 to Sunday 6 (Sunday in en_US, Monday in de)."""
    return (locale or QLocale()).firstDayOfWeek().value - 1


def decimal(value: float, places: int = 1) -> str:
    """A number as the person's locale writes it (2.5 in English, 2,5 in German)."""
    return QLocale().toString(float(value), "f", places)


def say_import(text: str) -> str:
    """An import message of kneecare.store.exchange (marked under "exchange") in the person's language."""
    return QCoreApplication.translate("exchange", text)


def say_import_counted(text: str, n: int) -> str:
    """A counted import message (marked under "exchange"), in the plural form the language picks for n."""
    return counted("exchange", text, n)


RANGE_WORDS = {
    7: QT_TRANSLATE_NOOP("history", "7 days"),
    30: QT_TRANSLATE_NOOP("history", "30 days"),
    90: QT_TRANSLATE_NOOP("history", "90 days"),
    365: QT_TRANSLATE_NOOP("history", "1 year"),
}
STATUS_WORDS = {
    "completed": QT_TRANSLATE_NOOP("history", "Completed"),
    "stopped": QT_TRANSLATE_NOOP("history", "Stopped early"),
    "safety_stopped": QT_TRANSLATE_NOOP("history", "Ended for safety"),
    "interrupted": QT_TRANSLATE_NOOP("history", "Interrupted"),
    #: A session gone through to its end with a pressing, moving or exercise step skipped (not done).
    "skipped": QT_TRANSLATE_NOOP("history", "Steps skipped"),
    "in_progress": QT_TRANSLATE_NOOP("history", "In progress"),
}
#: The Knees column of the sessions table.
KNEE_WORDS = {
    "left": QT_TRANSLATE_NOOP("history", "Left"),
    "right": QT_TRANSLATE_NOOP("history", "Right"),
    "both": QT_TRANSLATE_NOOP("history", "Both"),
}
KNEE_PHRASES = {
    "left": QT_TRANSLATE_NOOP("history", "left knee"),
    "right": QT_TRANSLATE_NOOP("history", "right knee"),
    "both": QT_TRANSLATE_NOOP("history", "both knees"),
}
#: What the person was doing: fills %3 of "Reported %1 at %2, during %3" (with the preposition needed).
STEP_WORDS = {
    "position": QT_TRANSLATE_NOOP("history", "settling in"),
    "warm_up": QT_TRANSLATE_NOOP("history", "warming up"),
    "locate": QT_TRANSLATE_NOOP("history", "finding the hollow"),
    "pressure": QT_TRANSLATE_NOOP("history", "pressing"),
    "movement": QT_TRANSLATE_NOOP("history", "the movement"),
    "hold": QT_TRANSLATE_NOOP("history", "a hold"),
    "finish": QT_TRANSLATE_NOOP("history", "the finish"),
    "reps": QT_TRANSLATE_NOOP("history", "the repetitions"),
    "stretch": QT_TRANSLATE_NOOP("history", "a stretch"),
    "timer": QT_TRANSLATE_NOOP("history", "a rest"),
    "intervals": QT_TRANSLATE_NOOP("history", "the intervals"),
}
DISCOMFORT_WORDS = {
    "pain": QT_TRANSLATE_NOOP("history", "pain"),
    "numbness": QT_TRANSLATE_NOOP("history", "numbness"),
    "tingling": QT_TRANSLATE_NOOP("history", "tingling"),
}
MEASURE_WORDS = {
    "tension": QT_TRANSLATE_NOOP("history", "tension"),
    "pain": QT_TRANSLATE_NOOP("history", "pain"),
    "swelling": QT_TRANSLATE_NOOP("history", "swelling"),
}
#: The word the person types to delete everything (in capitals).
CONFIRM_WORD = QT_TRANSLATE_NOOP("history", "DELETE")


def word(table: Mapping[str, str], key: str) -> str:
    """A marked word of `table` in the person's language; a key it does not know, as stored."""
    return _t(table[key]) if key in table else key


def measure_word(measure: str) -> str:
    return word(MEASURE_WORDS, measure)


def weekday(day: date) -> str:
    """The short weekday name in the person's language, from QLocale ("Thu", "Do")."""
    return QLocale().standaloneDayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def _date(day: date, form: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def day_words(day: date, year: bool = False) -> str:
    """A day with its weekday and month in the person's language ("Thu 26 Nov", "Do., 26. Nov.")."""
    if year:
        #: A Qt date format (ddd: short weekday, d: day, MMM: short month, yyyy: year); write it as your
        #: language does.
        return _date(day, translate("history", "ddd d MMM yyyy"))
    #: A Qt date format (ddd: short weekday, d: day, MMM: short month); write it as your language does.
    return _date(day, translate("history", "ddd d MMM"))


def month_day(day: date) -> str:
    """A day and its short month, under a bar of the long ranges ("26 Nov")."""
    #: A Qt date format under the chart's weekly bars (d: day, MMM: short month).
    return _date(day, translate("history", "d MMM"))


def sessions_words(n: int) -> str:
    """Counted sessions: "1 session", "3 sessions"."""
    return counted("history", "%n session(s)", n)


def days_words(n: int) -> str:
    """A streak's length: "1 day", "3 days"."""
    return counted("history", "%n day(s)", n)


def day_detail(tally: DayTally, goal: int) -> str:
    day = day_words(tally.day)
    if not tally.sessions:
        return fill(translate("history", "%1: no sessions"), day)
    text = fill(counted("history", "%1: %n session(s) completed", tally.done), day)
    if tally.other:
        text += fill(translate("history", ", %1 ended early"), tally.other)
    return text + (translate("history", " (goal met)") if tally.done >= goal else "")


def span_detail(span: SpanTally) -> str:
    first = day_words(span.start)
    when = (
        fill(translate("history", "week of %1"), first)
        if span.days == 7
        else f"{first} – {day_words(span.end)}"
    )
    per_day = decimal(span.done_per_day)
    if span.other:
        template = counted("history", "%1: %2 completed a day (%3 in %n day(s), %4 ended early)", span.days)
        return fill(template, when, per_day, span.done, span.other)
    return fill(
        counted("history", "%1: %2 completed a day (%3 in %n day(s))", span.days), when, per_day, span.done
    )


def rating_words(rating: Rating | None) -> str:
    if rating is None:
        return ""
    return " · ".join("–" if rating.value(m) is None else str(rating.value(m)) for m in MEASURES)


def change_sentence(changes: Sequence[RatingChange | None]) -> str:
    """The average change in words: 'On average your tension rating dropped 2.1 points after a session'.

    Rounded to one decimal, as shown; a change under 0.05 points is 'stayed about the same'.
    """
    known = [c for c in changes if c is not None]
    if not known:
        return translate(
            "history", "Rate how your knees feel before and after a session to see here how they compare."
        )
    parts: list[str] = []
    for i, change in enumerate(known):
        rounded = round(change.mean_change, 1)
        first = i == 0
        if rounded < 0:
            template = (
                translate("history", "your %1 rating dropped %2 points after a session")
                if first
                else translate("history", "your %1 rating dropped %2 points")
            )
        elif rounded > 0:
            template = (
                translate("history", "your %1 rating rose %2 points after a session")
                if first
                else translate("history", "your %1 rating rose %2 points")
            )
        else:
            template = (
                translate("history", "your %1 rating stayed about the same after a session")
                if first
                else translate("history", "your %1 rating stayed about the same")
            )
        parts.append(fill(template, measure_word(change.measure), decimal(abs(rounded))))
    body = parts[0]
    if len(parts) > 1:
        #: Joins the measures: "A, B and C".
        body = fill(translate("history", "%1 and %2"), ", ".join(parts[:-1]), parts[-1])
    count = max(c.count for c in known)
    return fill(counted("history", "On average %1 (%n session(s) rated before and after).", count), body)


# The sessions table's columns (kneecare.ui.history.table); "Before" and "After" also head the ratings
# in a session's details.
COLUMNS = (
    QT_TRANSLATE_NOOP("history", "When"),
    QT_TRANSLATE_NOOP("history", "Program"),
    QT_TRANSLATE_NOOP("history", "Knees"),
    QT_TRANSLATE_NOOP("history", "Time done"),
    QT_TRANSLATE_NOOP("history", "How it ended"),
    QT_TRANSLATE_NOOP("history", "Before"),
    QT_TRANSLATE_NOOP("history", "After"),
    QT_TRANSLATE_NOOP("history", "Safety"),
)


def bar_label(day: date, labels: str) -> str:
    """The name under a bar or point (see `core.stats.RangeShape.labels`)."""
    if labels == "weekday":
        return weekday(day)
    return str(day.day) if labels == "day" else month_day(day)


def per_day_summary(span: str, done: int, early: int, goal: int, met: int, days: int) -> str:
    """What the sessions-per-day chart says to a screen reader (its description)."""
    if early:
        return fill(
            translate(
                "history",
                "Sessions per day over the last %1: %2 completed, %3 ended early; the goal of %4 a day"
                " was met on %5 of %6 days.",
            ),
            span,
            done,
            early,
            goal,
            met,
            days,
        )
    return fill(
        translate(
            "history",
            "Sessions per day over the last %1: %2 completed; the goal of %3 a day was met on %4 of %5 days.",
        ),
        span,
        done,
        goal,
        met,
        days,
    )


def week_detail(week: WeekTotal) -> str:
    return fill(
        counted("history", "week of %1: %2 min in %n session(s)", week.sessions),
        day_words(week.start),
        decimal(week.minutes, 0),
    )


def weeks_summary(weeks: Sequence[WeekTotal]) -> str:
    return fill(
        translate("history", "Minutes per week, last %1 weeks: %2 in all."),
        len(weeks),
        decimal(sum(w.minutes for w in weeks), 0),
    )


def trend_detail(point: TrendPoint, name: str) -> str:
    """One point of a before / after chart: the day (or days), the measure and the two means."""
    p = point
    span = day_words(p.start) if p.start == p.end else f"{day_words(p.start)} – {day_words(p.end)}"
    before = "–" if p.before is None else decimal(p.before)
    after = "–" if p.after is None else decimal(p.after)
    #: %1 the day (or days), %2 the measure (tension, pain), %3 and %4 the mean ratings.
    template = translate("history", "%1: %2 before %3, after %4")
    return fill(template, span, name, before, after) + (f" ({sessions_words(p.count)})" if p.count else "")


def trend_summary(name: str, days: int, change: RatingChange | None) -> str:
    summary = fill(
        translate("history", "%1 rating, 0 to 10, mean before and after sessions, last %2."),
        name[:1].upper() + name[1:],
        _t(RANGE_WORDS[days]),
    )
    if change is not None:
        summary += fill(
            translate("history", " Overall %1 before, %2 after."),
            decimal(change.mean_before),
            decimal(change.mean_after),
        )
    return summary


def count_words(total: int) -> str:
    """Above the table: how many sessions, and how to read the ratings."""
    return counted(
        "history", "%n session(s), newest first. Ratings read tension · pain · swelling, 0 to 10.", total
    )


def deleted_words(record: SessionRecord) -> str:
    return fill(
        translate("history", "Deleted the session of %1, %2."),
        day_words(record.started_at.date()),
        f"{record.started_at:%H:%M}",
    )


def deleted_all_words(count: int) -> str:
    return counted("history", "Deleted all data (%n session(s)).", count)


def session_details(r: SessionRecord, names: Mapping[str, str]) -> str:
    """Everything about one session, a line each: when, what, how it ended, steps, reports, ratings."""
    start = r.started_at
    end = f"–{r.ended_at:%H:%M}" if r.ended_at else ""
    of = translate("history", "%1 of %2")
    lines = [
        f"{day_words(start.date(), year=True)}, {start:%H:%M}{end} ({r.zone})",
        f"{names.get(r.program, r.program)}, {word(KNEE_PHRASES, r.knees)}"
        f" · {fill(of, duration_words(r.done_seconds), duration_words(r.planned_seconds))}"
        f" · {word(STATUS_WORDS, r.status)}",
    ]
    skipped = sum(1 for p in r.phases if p.status == "skipped")
    steps = fill(translate("history", "Steps: %1 of %2 done"), r.phases_done, r.phase_count)
    lines.append(steps + (fill(translate("history", ", %1 skipped"), skipped) if skipped else ""))
    for e in r.safety_events:
        knee = f", {word(KNEE_PHRASES, e.knee)}" if e.knee else ""
        #: %1 what was felt (pain, numbness, tingling), %2 the time into the session, %3 the step (one of
        #: "settling in", "pressing", ...).
        reported = translate("history", "Reported %1 at %2, during %3")
        felt = word(DISCOMFORT_WORDS, e.kind)
        lines.append(fill(reported, felt, mmss(e.session_seconds), word(STEP_WORDS, e.step_kind)) + knee)
    before, after = (_t(COLUMNS[c]) for c in (5, 6))
    for moment, rating in ((before, r.before), (after, r.after)):
        if rating is not None:
            lines.append(f"{moment}: {rating_details(rating)}")
    return "\n".join(lines)


def rating_details(rating: Rating) -> str:
    given = [f"{measure_word(m)} {rating.value(m)}" for m in MEASURES if rating.value(m) is not None]
    text = ", ".join(given) if given else translate("history", "no numbers")
    if rating.note:
        text += fill(translate("history", " — “%1”"), rating.note)
    return text
