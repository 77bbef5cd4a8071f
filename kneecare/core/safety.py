"""The safety rules as data plus pure functions: the screening questions and what each answer means, the
daily leg check, when to ask again, and the words the app uses when it holds or pauses a session.

The UI only shows these; it decides nothing. Every sentence here is shown to the person: keep it calm and
plain, and never claim that KneeCare treats or cures anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from kneecare.core.lazy_dataclass import dataclass

DEFAULT_SCREENING_INTERVAL_DAYS = 90
MIN_SCREENING_INTERVAL_DAYS = 1
MAX_SCREENING_INTERVAL_DAYS = 365
# The daily leg question cannot be turned off until this long after the first screening.
FIRST_WEEK = timedelta(days=7)
# After a "yes" to the daily leg question or a safety report in a session, the daily question is asked
# again before every session for this long, even when the person had turned it off.
DAILY_QUESTION_RETURNS = timedelta(days=14)


class Concern(StrEnum):
    """One screening question; the value is the key stored with the answers."""

    DVT = "dvt"
    VARICOSE = "varicose_inflammation"
    SKIN = "wound_or_infection"
    SURGERY = "recent_knee_surgery"
    BLEEDING = "bleeding_disorder"
    PREGNANCY = "pregnancy"


class Effect(StrEnum):
    """What a "yes" does: no sessions at all, or sessions only after a healthcare provider agreed."""

    BLOCK = "block"
    CHECK_FIRST = "check_first"


@dataclass(frozen=True)
class Rule:
    """One contraindication: the yes/no question, a short name for it, and what to do on a yes."""

    concern: Concern
    effect: Effect
    question: str
    reason: str
    advice: str
    version: int = 1  # raised whenever the question asks about something else; stored with each answer


RULES: tuple[Rule, ...] = (
    Rule(
        Concern.DVT,
        Effect.BLOCK,
        question="Do you have a deep vein thrombosis (DVT), a blood clot in a deep vein of the leg, "
        "or are you being treated for one?",
        reason="A blood clot in a leg vein (DVT)",
        advice="Massage is not advised while there is a clot in a leg. Please leave these sessions aside "
        "and ask your doctor what is safe for you.",
    ),
    Rule(
        Concern.VARICOSE,
        Effect.BLOCK,
        question="Are varicose veins in either leg badly inflamed at the moment: red, hot, hard or sore?",
        reason="Badly inflamed varicose veins",
        advice="Pressing on inflamed veins can make them worse. Please have a doctor look at them before "
        "you use these sessions.",
    ),
    Rule(
        Concern.SKIN,
        Effect.BLOCK,
        question="Is there an open wound, a cut, broken skin or a skin infection at the back of either "
        "knee or on either calf?",
        reason="A wound, broken skin or a skin infection behind the knee or on the calf",
        advice="The sessions press behind the knee and stroke down the calf, so let the skin there heal "
        "first, and have an infection seen by a nurse or doctor. Sessions can wait until the skin is whole "
        "and healthy again.",
        version=2,
    ),
    Rule(
        Concern.SURGERY,
        Effect.BLOCK,
        question="Have you had an operation on a knee recently, or are you still recovering from one?",
        reason="Recent knee surgery",
        advice="A knee that has been operated on needs its own plan. Ask your surgeon or physiotherapist "
        "when pressure behind the knee is safe for you.",
    ),
    Rule(
        Concern.BLEEDING,
        Effect.BLOCK,
        question="Do you have a bleeding or clotting disorder that is not under control?",
        reason="A bleeding disorder that is not under control",
        advice="Firm pressure can cause bruising or bleeding under the skin. Please talk to your doctor "
        "before you use these sessions.",
    ),
    Rule(
        Concern.PREGNANCY,
        Effect.CHECK_FIRST,
        question="Are you pregnant?",
        reason="Pregnancy",
        advice="Please check with your midwife, doctor or another healthcare provider before doing any "
        "pressure-point work. You can go on once they have told you it is fine for you.",
    ),
)

RULE_BY_CONCERN: Mapping[Concern, Rule] = {rule.concern: rule for rule in RULES}

# Earlier wordings, by concern and version, so that stored answers can be read with the question they
# answered. Version 1 of the skin question asked about the back of the knee only.
EARLIER_QUESTIONS: Mapping[tuple[Concern, int], str] = {
    (Concern.SKIN, 1): "Is there an open wound, a cut, or a skin infection at the back of either knee?",
}


def question_asked(concern: Concern, version: int) -> str:
    """The words of a question as it was asked in `version` (answers stored without one are version 1)."""
    rule = RULE_BY_CONCERN[concern]
    if version == rule.version:
        return rule.question
    return EARLIER_QUESTIONS.get((concern, version), rule.question)


def current_versions(answers: Iterable[Concern]) -> dict[Concern, int]:
    """The version of each question answered now, to store with the answers."""
    return {concern: RULE_BY_CONCERN[concern].version for concern in answers}


PROVIDER_AGREED = "provider_agreed"  # stored with the answers when the person confirms it
PROVIDER_CONFIRMATION = "My healthcare provider has told me that pressure-point self-massage is fine for me."


@dataclass(frozen=True)
class DailyQuestion:
    """The quick check before each session, for signs that need a professional rather than massage."""

    question: str
    advice: str


RED_FLAG = DailyQuestion(
    question="Is either of your legs swollen, warm, red or painful at the moment?",
    advice="A leg that is swollen, warm, red or painful should be checked by a doctor or nurse promptly. "
    "Please don't massage it. Sessions stay on hold until the leg is back to normal, or until a health "
    "professional has told you that massage is fine.",
)


class AllClear(StrEnum):
    """How a hold after a "yes" to the daily question ends; the value is stored (`leg_all_clears.how`)."""

    BACK_TO_NORMAL = "back_to_normal"
    PROFESSIONAL_CLEARED = "professional_cleared"


@dataclass(frozen=True)
class LegAllClear:
    """The person said the leg is back to normal, or that a health professional said massage is fine."""

    at: datetime
    how: AllClear


@dataclass(frozen=True)
class FollowUpText:
    """What the follow-up question says while a hold is open, and its answers (buttons, with mnemonics)."""

    heading: str
    question: str
    still_held: str
    no: str
    back_to_normal: str
    professional: str


# Asked at Start, before anything else, while a hold is open. "No" keeps the hold.
FOLLOW_UP = FollowUpText(
    heading="How is your leg now?",
    question="Earlier you told KneeCare that a leg was swollen, warm, red or painful. Is it back to "
    "normal now?",
    still_held="A leg that is still swollen, warm, red or painful needs a doctor or nurse, not massage. "
    "Please have it checked soon; About safety says what to look out for.",
    no="&No, not yet",
    back_to_normal="&Yes, it is back to normal",
    professional="A &professional said it is fine",
)

# One line on the main window and in the tray while a hold is open: the reason and what to do.
HELD_LINE = (
    "Sessions are on hold: you said a leg was swollen, warm, red or painful. Please have it checked; "
    "press Start once it is back to normal."
)
HELD_TRAY = "Sessions on hold: a leg to have checked"
# The reminder that comes instead of an invitation while a hold is open (once a day at most).
HELD_REMINDER_TITLE = "Sessions are on hold"
HELD_REMINDER_BODY = (
    "You told KneeCare that a leg was swollen, warm, red or painful, so there is no session for now. "
    "Please have the leg checked. When it is back to normal, open KneeCare and press Start."
)
# Shown in the set-up panel when the daily question is turned off.
STANDING_LINE = "Not on a leg that is swollen, warm, red or painful."

# What the window says when the person reports sharp pain, numbness or tingling during a session.
SAFETY_PAUSE_TEXT = (
    "Paused. Ease the pressure, or stop. Sharp pain, numbness or tingling means: press more lightly, "
    "or end the session here."
)

# The reminder every apply-pressure step gives (see `pressure_instruction`).
PRESSURE_REMINDER = "Firm, but never painful."
NEVER_PAINFUL_WORDS = ("never painful", "never hurts", "never hurt")

# What to do instead, on every screen that holds a session.
SEE_A_PROFESSIONAL = (
    "What to do instead: talk to a doctor or another health professional about your legs. "
    "They can tell you what is safe for you."
)


class Verdict(StrEnum):
    """What a complete set of screening answers means for sessions."""

    CLEAR = "clear"  # no concern
    CONFIRMED = "confirmed"  # pregnancy, and a healthcare provider has agreed
    CHECK_FIRST = "check_first"  # pregnancy, not yet confirmed: held until confirmed
    BLOCKED = "blocked"  # at least one contraindication
    INCOMPLETE = "incomplete"  # a question was not answered (one added in a newer version)


@dataclass(frozen=True)
class Screening:
    """One set of answers, as given at one moment (aware local time)."""

    taken_at: datetime
    answers: Mapping[Concern, bool]
    provider_agreed: bool = False
    # The version of each question answered; one not given was answered as version 1 (and still counts).
    question_versions: Mapping[Concern, int] = field(default_factory=dict)

    def version_of(self, concern: Concern) -> int:
        return self.question_versions.get(concern, 1)

    @property
    def assessment(self) -> Assessment:
        return assess(self.answers, provider_agreed=self.provider_agreed)

    @property
    def verdict(self) -> Verdict:
        return self.assessment.verdict


@dataclass(frozen=True)
class Assessment:
    verdict: Verdict
    blocking: tuple[Rule, ...] = ()
    check_first: tuple[Rule, ...] = ()
    unanswered: tuple[Rule, ...] = ()

    @property
    def allows_sessions(self) -> bool:
        return self.verdict in (Verdict.CLEAR, Verdict.CONFIRMED)


def assess(answers: Mapping[Concern, bool], *, provider_agreed: bool = False) -> Assessment:
    """What these answers mean: any blocking "yes" blocks; pregnancy holds until a provider agreed."""
    unanswered = tuple(r for r in RULES if r.concern not in answers)
    blocking = tuple(r for r in RULES if answers.get(r.concern) and r.effect is Effect.BLOCK)
    check_first = tuple(r for r in RULES if answers.get(r.concern) and r.effect is Effect.CHECK_FIRST)
    if blocking:
        verdict = Verdict.BLOCKED
    elif unanswered:
        verdict = Verdict.INCOMPLETE
    elif check_first:
        verdict = Verdict.CONFIRMED if provider_agreed else Verdict.CHECK_FIRST
    else:
        verdict = Verdict.CLEAR
    return Assessment(verdict, blocking, check_first, unanswered)


class DueReason(StrEnum):
    """Why the screening questions are asked now."""

    FIRST = "first"
    INTERVAL = "interval"
    NEW_QUESTIONS = "new_questions"
    CHANGED = "changed"  # the person chose "My situation changed"
    REVIEW = "review"  # the person chose to review the answers that hold sessions


def screening_due(last: Screening | None, now: datetime, interval_days: int) -> DueReason | None:
    """Whether the questions must be asked before a session, and why; None when the last answers hold."""
    if last is None:
        return DueReason.FIRST
    if any(rule.concern not in last.answers for rule in RULES):
        return DueReason.NEW_QUESTIONS
    if now - last.taken_at >= timedelta(days=interval_days):
        return DueReason.INTERVAL
    return None


def next_screening(last: Screening, interval_days: int) -> datetime:
    return last.taken_at + timedelta(days=interval_days)


@dataclass(frozen=True)
class DailyCheck:
    """One answer to the daily leg question, on a local calendar day."""

    day: date
    at: datetime
    red_flag: bool


def hold_open(last_red_flag: datetime | None, last_all_clear: datetime | None) -> bool:
    """A "yes" to the daily question holds every session, whatever the date, until an all-clear is
    recorded after it ("back to normal", or a health professional said massage is fine)."""
    if last_red_flag is None:
        return False
    return last_all_clear is None or last_all_clear <= last_red_flag


def daily_question_back_until(
    last_red_flag: datetime | None, last_safety_stop: datetime | None
) -> datetime | None:
    """Until when the daily question is asked whatever the setting: `DAILY_QUESTION_RETURNS` after the
    latest red flag or safety report in a session; None when there was none."""
    latest = max((t for t in (last_red_flag, last_safety_stop) if t is not None), default=None)
    return latest + DAILY_QUESTION_RETURNS if latest is not None else None


def daily_question_back_on(
    last_red_flag: datetime | None, last_safety_stop: datetime | None, now: datetime
) -> bool:
    """Whether the daily question is back on by itself now (see `daily_question_back_until`)."""
    until = daily_question_back_until(last_red_flag, last_safety_stop)
    return until is not None and now < until


def daily_question_can_be_off(first_screened_at: datetime | None, now: datetime, has_sessions: bool) -> bool:
    """The daily question may be turned off only after the first week, and never before the first session."""
    if first_screened_at is None or not has_sessions:
        return False
    return now >= first_screened_at + FIRST_WEEK


def daily_question_from(first_screened_at: datetime) -> datetime:
    """The first moment the daily question may be turned off (once a session has been done)."""
    return first_screened_at + FIRST_WEEK


class Gate(StrEnum):
    """What must happen before a session may start, in the order it is checked."""

    FOLLOW_UP = "follow_up"  # a "yes" to the daily question, with no all-clear since: ask how the leg is
    SCREEN = "screen"  # ask the screening questions
    BLOCKED = "blocked"  # the last answers block sessions
    CHECK_FIRST = "check_first"  # pregnancy: waiting for the person to confirm a provider agreed
    ASK_DAILY = "ask_daily"  # ask the daily leg question
    GO = "go"


@dataclass(frozen=True)
class SafetyFacts:
    """What the store knows that the rules need."""

    last: Screening | None
    first_screened_at: datetime | None
    last_red_flag: datetime | None = None  # the latest "yes" to the daily question
    has_sessions: bool = False
    answered_daily_just_now: bool = False  # a "no", or an all-clear, given for this start
    last_all_clear: datetime | None = None
    last_safety_stop: datetime | None = None  # the latest safety report in a session

    @property
    def held(self) -> bool:
        return hold_open(self.last_red_flag, self.last_all_clear)


def before_session(
    facts: SafetyFacts, now: datetime, *, interval_days: int, daily_question: bool
) -> tuple[Gate, DueReason | None]:
    """The next thing to do before a session can start (and why, when it is the screening)."""
    if facts.held:
        return Gate.FOLLOW_UP, None
    due = screening_due(facts.last, now, interval_days)
    if due is not None:
        return Gate.SCREEN, due
    assert facts.last is not None
    verdict = facts.last.verdict
    if verdict is Verdict.BLOCKED:
        return Gate.BLOCKED, None
    if verdict is Verdict.CHECK_FIRST:
        return Gate.CHECK_FIRST, None
    if facts.answered_daily_just_now:
        return Gate.GO, None
    off_allowed = daily_question_can_be_off(facts.first_screened_at, now, facts.has_sessions)
    back_on = daily_question_back_on(facts.last_red_flag, facts.last_safety_stop, now)
    if daily_question or not off_allowed or back_on:
        return Gate.ASK_DAILY, None
    return Gate.GO, None


def reminds_firm_not_painful(
    instruction: str, firm: tuple[str, ...] = ("firm",), never_painful: tuple[str, ...] = NEVER_PAINFUL_WORDS
) -> bool:
    """Whether an apply-pressure instruction says the pressure is firm but never painful (in English, or
    in the words given for another language)."""
    lowered = instruction.lower()
    return any(w in lowered for w in firm) and any(words in lowered for words in never_painful)


def pressure_instruction(
    instruction: str,
    reminder: str = PRESSURE_REMINDER,
    firm: tuple[str, ...] = ("firm",),
    never_painful: tuple[str, ...] = NEVER_PAINFUL_WORDS,
) -> str:
    """An apply-pressure instruction that always reminds: firm, but never painful (`reminder` and the
    words it looks for are English unless a translation passes its own)."""
    if reminds_firm_not_painful(instruction, firm, never_painful):
        return instruction
    return f"{instruction.rstrip()} {reminder}".strip()


class RecordError(Exception):
    """An answer could not be saved (the disk is full, the file is gone); the message says why."""


class SafetyRecords(Protocol):
    """Where answers and daily checks are kept (the store's `SafetyRepository`). Writes that fail raise
    `RecordError`."""

    def record_screening(self, screening: Screening) -> None: ...

    def latest_screening(self) -> Screening | None: ...

    def first_screened_at(self) -> datetime | None: ...

    def record_daily_check(self, check: DailyCheck) -> None: ...

    def daily_checks_on(self, day: date) -> list[DailyCheck]: ...

    def latest_red_flag(self) -> datetime | None: ...

    def record_all_clear(self, clear: LegAllClear) -> None: ...

    def latest_all_clear(self) -> LegAllClear | None: ...

    def latest_safety_stop(self) -> datetime | None: ...


@dataclass(frozen=True)
class Section:
    """One part of the "About safety" page: a heading, paragraphs, then a list."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    points: tuple[str, ...] = ()


def _as_written(text: str) -> str:
    return text


def about_safety(
    interval_days: int = DEFAULT_SCREENING_INTERVAL_DAYS, translate: Callable[[str], str] = _as_written
) -> tuple[Section, ...]:
    """The "About safety" page, built from the same rules the screening uses. `translate` gives each text
    in the person's language (the UI passes Qt's, context "safety"); {days} is filled after it."""
    sections = (
        Section(
            "Self-care, not treatment",
            (
                "KneeCare guides you through gentle self-massage of the points behind your knees. It is a "
                "way of looking after yourself. It does not diagnose, treat or cure any condition, and it "
                "does not replace advice from a doctor, nurse or physiotherapist.",
            ),
        ),
        Section(
            "When not to do this",
            ("Please don't use these sessions if you have any of the following:",),
            tuple(r.reason for r in RULES if r.effect is Effect.BLOCK),
        ),
        Section(
            "If you are pregnant",
            (
                "Check with your healthcare provider before any pressure-point work, and go on only once "
                "they have agreed.",
            ),
        ),
        Section(
            "During a session",
            (
                "Press firmly, but never so hard that it hurts. If you feel sharp pain, numbness or "
                'tingling, ease the pressure or stop. The red "It hurts / numb / tingling" button, or '
                "the ! key, pauses the session at once.",
            ),
        ),
        Section(
            "When to see a health professional",
            ("Don't massage a leg that shows these signs; have it checked promptly instead:",),
            (
                "swelling or pain in a leg that does not go away",
                "a leg that suddenly feels warm",
                "severe swelling",
                "redness of the skin",
            ),
        ),
        Section(
            "In an emergency",
            (
                "If a painful or swollen leg comes with sudden shortness of breath or chest pain, call "
                "your local emergency number at once.",
            ),
        ),
        Section(
            "Your answers",
            (
                "The safety answers stay on this computer. KneeCare asks the questions again every "
                "{days} days, and you can answer them again at any time with Safety > My situation "
                "changed. Before each session it asks one quick question about your legs.",
                "If you say a leg is swollen, warm, red or painful, sessions stay on hold until you tell "
                "KneeCare the leg is back to normal or a health professional has said massage is fine. "
                "For {back} days after that, or after you report pain, numbness or tingling during a "
                "session, the quick question is asked before every session, even if you turned it off.",
            ),
        ),
    )

    def t(text: str) -> str:
        return (
            translate(text)
            .replace("{days}", str(interval_days))
            .replace("{back}", str(DAILY_QUESTION_RETURNS.days))
        )

    return tuple(
        Section(t(s.heading), tuple(t(p) for p in s.paragraphs), tuple(t(x) for x in s.points))
        for s in sections
    )
