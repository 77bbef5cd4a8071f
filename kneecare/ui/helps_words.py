""" "What seems to help you" in words (Qt context "Helps"): one line per finding of `core.report.findings`,
the same sentence in the report (its own language) and the history's overview (the person's language)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale

from kneecare.core.report import Change, Finding
from kneecare.core.words import fill
from kneecare.i18n import QT_TRANSLATE_NOOP, counted

IN_LINE = {  # a measure inside a sentence
    "tension": QT_TRANSLATE_NOOP("Helps", "tension"),
    "pain": QT_TRANSLATE_NOOP("Helps", "pain"),
    "swelling": QT_TRANSLATE_NOOP("Helps", "swelling"),
}
TIME_OF_DAY = {
    "morning": QT_TRANSLATE_NOOP("Helps", "Sessions before 12:00"),
    "later": QT_TRANSLATE_NOOP("Helps", "Sessions from 12:00"),
}


class Say(Protocol):
    """Texts and numbers in one language: the report's `Words`, or `ShownWords` for the window."""

    def translate(self, context: str, text: str) -> str: ...

    def counted(self, context: str, text: str, n: int) -> str: ...

    def number(self, value: float, places: int = 1) -> str: ...


class ShownWords:
    """The window's language: the translators installed, numbers as the person's locale writes them."""

    def translate(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def counted(self, context: str, text: str, n: int) -> str:
        return counted(context, text, n)

    def number(self, value: float, places: int = 1) -> str:
        return QLocale().toString(float(value), "f", places)


def signed(w: Say, value: float) -> str:
    """A change with its sign (a true minus sign), to one decimal, never "-0.0"."""
    rounded = round(value, 1)
    if rounded == 0:
        return w.number(0.0)
    return ("+" if rounded > 0 else "\u2212") + w.number(abs(rounded))


def change_words(c: Change, w: Say, first: bool = True) -> str:
    """ "tension on average 2.2 points lower after a session (80% interval −2.6 to −1.8)"; after the first
    change of a line, shorter: "pain 0.4 points lower (80% interval −0.5 to −0.3)"."""
    rounded = round(c.mean, 1)
    measure, low, high = w.translate("Helps", IN_LINE[c.measure]), signed(w, c.low), signed(w, c.high)
    if rounded == 0:
        return fill(
            w.translate("Helps", "%1 on average about the same after a session (80% interval %2 to %3)")
            if first
            else w.translate("Helps", "%1 about the same (80% interval %2 to %3)"),
            measure,
            low,
            high,
        )
    if first:
        template = (
            w.translate("Helps", "%1 on average %2 points lower after a session (80% interval %3 to %4)")
            if rounded < 0
            else w.translate(
                "Helps", "%1 on average %2 points higher after a session (80% interval %3 to %4)"
            )
        )
    else:
        template = (
            w.translate("Helps", "%1 %2 points lower (80% interval %3 to %4)")
            if rounded < 0
            else w.translate("Helps", "%1 %2 points higher (80% interval %3 to %4)")
        )
    return fill(template, measure, w.number(abs(rounded)), low, high)


def finding_words(f: Finding, w: Say, name: Callable[[str], str] | Mapping[str, str] | None = None) -> str:
    """One line: "Relax: tension on average 0.6 points lower after a session (80% interval −0.7 to −0.5),
    pain 0.2 points lower (80% interval −0.2 to −0.1); 33 sessions rated before and after". `name`: a
    program's shown name from its id."""
    if f.group == "program":
        who = name.get(f.key, f.key) if isinstance(name, Mapping) else (name or str)(f.key)
    else:
        who = w.translate("Helps", TIME_OF_DAY[f.key])
    changes = ", ".join(change_words(c, w, i == 0) for i, c in enumerate(f.changes))
    return fill(
        w.counted("Helps", "%1: %2; %n session(s) rated before and after", max(c.count for c in f.changes)),
        who,
        changes,
    )


def more_words(needed: int, w: Say) -> str:
    """Under the history's charts, before there is a finding: how many more rated sessions it takes."""
    return w.counted(
        "Helps",
        "Rate %n more session(s) of one program before and after, and this shows what seems to help you.",
        needed,
    )


def about_words(w: Say) -> str:
    """The quiet note under the history's findings: what the numbers are, and what they are not."""
    return w.translate(
        "Helps",
        "From your own 0 to 10 ratings, after minus before. The 80% interval is where the average would "
        "likely stay with more sessions like these. What you noticed, not proof that a program works.",
    )


def suggestion_words(program: str, w: Say) -> str:
    """The set-up panel's one suggestion: the program after which tension drops most clearly."""
    return fill(
        w.translate("Helps", "In your own ratings, tension drops most clearly after %1. Try it next?"),
        program,
    )
