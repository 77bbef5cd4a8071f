"""The safety rules: who must not start a session, who must check first, when the questions come back,
and the daily leg question whose "yes" holds sessions until an all-clear, whatever the date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kneecare.core.clock import FakeClock
from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.protocol import StepKind
from kneecare.core.safety import (
    DAILY_QUESTION_RETURNS,
    FIRST_WEEK,
    PRESSURE_REMINDER,
    RED_FLAG,
    RULES,
    SAFETY_PAUSE_TEXT,
    Concern,
    DueReason,
    Effect,
    Gate,
    SafetyFacts,
    Screening,
    Verdict,
    about_safety,
    before_session,
    current_versions,
    daily_question_back_on,
    daily_question_back_until,
    daily_question_can_be_off,
    hold_open,
    pressure_instruction,
    question_asked,
    reminds_firm_not_painful,
    screening_due,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)
BLOCKING = [r for r in RULES if r.effect is Effect.BLOCK]


def all_no() -> dict[Concern, bool]:
    return {rule.concern: False for rule in RULES}


def clear_screening(at: datetime = NOW, **yes: bool) -> Screening:
    answers = all_no()
    answers.update({Concern(k): v for k, v in yes.items()})
    return Screening(at, answers)


def gate(facts: SafetyFacts, now: datetime = NOW, interval: int = 90, daily: bool = True) -> Gate:
    return before_session(facts, now, interval_days=interval, daily_question=daily)[0]


def test_every_rule_has_a_question_a_reason_and_advice_in_plain_words():
    assert {r.concern for r in RULES} == set(Concern)
    for rule in [*RULES, RED_FLAG]:
        texts = [rule.question, rule.advice] + ([rule.reason] if hasattr(rule, "reason") else [])
        for text in texts:
            assert text.strip() == text and len(text) >= 8, rule
            assert "  " not in text
        assert rule.question.endswith("?")
    assert [r.concern for r in RULES if r.effect is Effect.CHECK_FIRST] == [Concern.PREGNANCY]


def test_the_six_questions_cover_what_the_seed_says_to_avoid():
    words = " ".join(r.question.lower() for r in RULES)
    for needle in (
        "thrombosis",
        "varicose",
        "wound",
        "infection",
        "operation on a knee",
        "bleeding",
        "pregnant",
    ):
        assert needle in words


@pytest.mark.parametrize("rule", BLOCKING, ids=lambda r: r.concern.value)
def test_each_contraindication_blocks_a_session_and_says_why(rule):
    screening = clear_screening(**{rule.concern.value: True})
    result = screening.assessment
    assert result.verdict is Verdict.BLOCKED and not result.allows_sessions
    assert result.blocking == (rule,)
    facts = SafetyFacts(screening, NOW, has_sessions=True)
    assert gate(facts, NOW + timedelta(hours=1)) is Gate.BLOCKED
    # Even a healthcare provider's agreement about pregnancy does not lift a block.
    both = Screening(NOW, {**screening.answers, Concern.PREGNANCY: True}, provider_agreed=True)
    assert both.verdict is Verdict.BLOCKED


def test_pregnancy_holds_the_session_until_the_person_confirms_a_provider_agreed():
    pregnant = clear_screening(pregnancy=True)
    assert pregnant.verdict is Verdict.CHECK_FIRST
    assert pregnant.assessment.check_first[0].concern is Concern.PREGNANCY
    assert gate(SafetyFacts(pregnant, NOW)) is Gate.CHECK_FIRST
    agreed = replace(pregnant, provider_agreed=True)
    assert agreed.verdict is Verdict.CONFIRMED and agreed.assessment.allows_sessions
    assert gate(SafetyFacts(agreed, NOW)) is Gate.ASK_DAILY


def test_no_answers_at_all_means_the_questions_come_first():
    assert gate(SafetyFacts(None, None)) is Gate.SCREEN
    assert before_session(SafetyFacts(None, None), NOW, interval_days=90, daily_question=True)[1] is (
        DueReason.FIRST
    )


def test_a_question_left_unanswered_is_asked_again_and_never_counts_as_a_no():
    answers = all_no()
    del answers[Concern.BLEEDING]
    old = Screening(NOW, answers)
    assert old.verdict is Verdict.INCOMPLETE and not old.assessment.allows_sessions
    assert screening_due(old, NOW, 90) is DueReason.NEW_QUESTIONS


def test_screening_is_due_again_after_the_interval_and_the_interval_is_a_setting():
    last = clear_screening(NOW)
    assert screening_due(last, NOW + timedelta(days=89, hours=23), 90) is None
    assert screening_due(last, NOW + timedelta(days=90), 90) is DueReason.INTERVAL
    assert screening_due(last, NOW + timedelta(days=30), 30) is DueReason.INTERVAL
    assert screening_due(last, NOW + timedelta(days=29), 30) is None
    facts = SafetyFacts(last, NOW, has_sessions=True)
    assert gate(facts, NOW + timedelta(days=91)) is Gate.SCREEN


DVT_SENTENCE = (
    "If you have risk factors for DVT (swollen, hot, painful leg), seek medical attention rather than "
    "massaging."
)
PROMPTLY_SENTENCE = (
    "For persistent swelling, pain, or sudden changes in a leg (warmth, severe swelling, redness), see a "
    "healthcare professional promptly."
)


def test_a_red_flag_on_monday_still_holds_on_tuesday_wednesday_and_a_week_later_until_the_all_clear():
    """Article: "If you have risk factors for DVT (swollen, hot, painful leg), seek medical attention
    rather than massaging." and "For persistent swelling, pain, or sudden changes in a leg (warmth, severe
    swelling, redness), see a healthcare professional promptly." A swollen, warm or painful leg does not
    get better at midnight: the hold lasts, whatever the date, until an all-clear is recorded."""
    clock = FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN))  # a Monday
    assert clock.now().weekday() == 0
    screening = clear_screening(clock.now() - timedelta(days=2))
    flagged_at = clock.now()

    def facts(clear: datetime | None = None, **extra: object) -> SafetyFacts:
        return SafetyFacts(
            screening,
            screening.taken_at,
            last_red_flag=flagged_at,
            has_sessions=True,
            last_all_clear=clear,
            **extra,  # type: ignore[arg-type]
        )

    assert gate(facts(), clock.now()) is Gate.FOLLOW_UP
    for days in (1, 2, 7):  # Tuesday, Wednesday, the Monday after
        clock.set_wall(flagged_at + timedelta(days=days))
        assert gate(facts(), clock.now()) is Gate.FOLLOW_UP, days
        # Even a "no" to the daily question just now does not open the hold: the follow-up comes first.
        assert gate(facts(answered_daily_just_now=True), clock.now()) is Gate.FOLLOW_UP
    assert hold_open(flagged_at, None)
    # An all-clear before the red flag (an earlier one) does not end it.
    assert gate(facts(flagged_at - timedelta(days=3)), clock.now()) is Gate.FOLLOW_UP
    assert hold_open(flagged_at, flagged_at)
    # The all-clear, recorded a week later, lets the next session through (its own start goes at once).
    clear = clock.now()
    assert not hold_open(flagged_at, clear)
    assert gate(facts(clear, answered_daily_just_now=True), clock.now()) is Gate.GO
    # Later starts ask the daily question again (it is back on anyway after a red flag).
    clock.advance(60 * 60)
    assert gate(facts(clear), clock.now()) is Gate.ASK_DAILY


def test_no_or_esc_to_the_follow_up_records_nothing_so_the_hold_stays():
    """Article: "For persistent swelling, pain, or sudden changes in a leg (warmth, severe swelling,
    redness), see a healthcare professional promptly." Only an all-clear ends the hold; a "no" (or Esc)
    is not one, and neither is a later "no" to the daily question."""
    screening = clear_screening(NOW - timedelta(days=10))
    flagged = NOW - timedelta(days=1)
    facts = SafetyFacts(screening, screening.taken_at, last_red_flag=flagged, has_sessions=True)
    assert facts.held
    # Nothing was recorded for "no": the facts are the same, the gate the same, a day and a month later.
    for later in (NOW, NOW + timedelta(days=1), NOW + timedelta(days=30)):
        assert gate(facts, later) is Gate.FOLLOW_UP
    assert not SafetyFacts(screening, screening.taken_at, has_sessions=True).held


def test_the_follow_up_comes_before_everything_else_even_a_due_screening():
    old = clear_screening(NOW - timedelta(days=200))
    facts = SafetyFacts(old, old.taken_at, last_red_flag=NOW - timedelta(days=3), has_sessions=True)
    assert gate(facts) is Gate.FOLLOW_UP
    blocked = clear_screening(NOW - timedelta(days=1), dvt=True)
    assert gate(replace(facts, last=blocked)) is Gate.FOLLOW_UP


@pytest.mark.parametrize("event", ["red_flag", "safety_stop"])
def test_the_daily_question_comes_back_on_for_14_days_after_a_red_flag_or_a_safety_stop(event):
    """Article: "If you have risk factors for DVT (swollen, hot, painful leg), seek medical attention
    rather than massaging." and "For persistent swelling, pain, or sudden changes in a leg (warmth, severe
    swelling, redness), see a healthcare professional promptly." After a leg problem or a safety stop, the
    leg is checked again before each session for two weeks, even when the person turned the question off."""
    assert timedelta(days=14) == DAILY_QUESTION_RETURNS
    first = NOW - timedelta(days=60)
    screening = clear_screening(first)
    at = NOW
    cleared = at + timedelta(hours=2)  # the hold itself ended soon after a red flag
    facts = SafetyFacts(
        screening,
        first,
        has_sessions=True,
        last_red_flag=at if event == "red_flag" else None,
        last_all_clear=cleared,
        last_safety_stop=at if event == "safety_stop" else None,
    )
    off = SafetyFacts(screening, first, has_sessions=True)
    later = cleared + timedelta(hours=1)
    assert gate(off, later, daily=False) is Gate.GO  # switched off, and nothing happened: not asked
    for when in (later, at + timedelta(days=7), at + DAILY_QUESTION_RETURNS - timedelta(seconds=1)):
        assert daily_question_back_on(facts.last_red_flag, facts.last_safety_stop, when)
        assert gate(facts, when, daily=False) is Gate.ASK_DAILY, when
    assert daily_question_back_until(facts.last_red_flag, facts.last_safety_stop) == at + timedelta(days=14)
    for when in (at + DAILY_QUESTION_RETURNS, at + timedelta(days=15), at + timedelta(days=25)):
        assert not daily_question_back_on(facts.last_red_flag, facts.last_safety_stop, when)
        assert gate(facts, when, daily=False) is Gate.GO, when
    # The latest event counts: a safety stop 10 days after a red flag keeps it on 14 days from the stop.
    both = replace(facts, last_red_flag=at, last_safety_stop=at + timedelta(days=10))
    assert gate(both, at + timedelta(days=20), daily=False) is Gate.ASK_DAILY
    assert gate(both, at + timedelta(days=24), daily=False) is Gate.GO
    assert daily_question_back_until(None, None) is None


def test_a_no_to_the_daily_question_does_not_hold_anything():
    screening = clear_screening(NOW - timedelta(days=1))
    facts = SafetyFacts(screening, screening.taken_at, has_sessions=True, answered_daily_just_now=True)
    assert gate(facts) is Gate.GO


def test_the_daily_question_can_be_turned_off_only_after_the_first_week_and_never_for_the_first_session():
    first = NOW
    screening = clear_screening(first)
    in_week = first + FIRST_WEEK - timedelta(minutes=1)
    after_week = first + FIRST_WEEK
    assert not daily_question_can_be_off(first, in_week, has_sessions=True)
    assert daily_question_can_be_off(first, after_week, has_sessions=True)
    assert not daily_question_can_be_off(first, after_week + timedelta(days=30), has_sessions=False)
    assert not daily_question_can_be_off(None, after_week, has_sessions=True)
    # Turned off: still asked in the first week, and before a first session however late it comes.
    assert gate(SafetyFacts(screening, first, has_sessions=True), in_week, daily=False) is Gate.ASK_DAILY
    assert gate(SafetyFacts(screening, first, has_sessions=False), after_week, daily=False) is Gate.ASK_DAILY
    assert gate(SafetyFacts(screening, first, has_sessions=True), after_week, daily=False) is Gate.GO
    assert gate(SafetyFacts(screening, first, has_sessions=True), after_week, daily=True) is Gate.ASK_DAILY


def test_every_pressure_step_of_every_program_reminds_firm_but_never_painful(programs):
    for program in (p for p in programs.values() if p.category == "knee"):  # routines press nowhere
        plan = build_plan(program, PlanOptions(knees=KneeChoice.BOTH))
        pressure = [p for p in plan.phases if p.step_kind is StepKind.PRESSURE]
        assert pressure, program.id
        for phase in pressure:
            assert reminds_firm_not_painful(phase.instruction), (program.id, phase.instruction)


def test_a_program_written_without_the_reminder_still_gets_it(programs):
    daily = programs["daily"]
    steps = tuple(
        replace(s, instruction="Press into the hollow with your thumbs.")
        if s.kind is StepKind.PRESSURE
        else s
        for s in daily.steps
    )
    plan = build_plan(replace(daily, steps=steps), PlanOptions(knees=KneeChoice.LEFT))
    phase = next(p for p in plan.phases if p.step_kind is StepKind.PRESSURE)
    assert phase.instruction == f"Press into the hollow with your thumbs. {PRESSURE_REMINDER}"
    assert (
        pressure_instruction("Lean in until firm but never painful.")
        == "Lean in until firm but never painful."
    )


def test_the_in_session_pause_says_ease_the_pressure_or_stop():
    assert "Ease the pressure, or stop" in SAFETY_PAUSE_TEXT
    for word in ("pain", "numbness", "tingling"):
        assert word in SAFETY_PAUSE_TEXT


def test_the_about_safety_page_covers_when_not_to_and_when_to_see_a_professional():
    sections = about_safety(30)
    text = " ".join(" ".join((s.heading, *s.paragraphs, *s.points)) for s in sections).lower()
    assert "self-care, not treatment" in text
    assert "does not diagnose, treat or cure" in text
    for rule in BLOCKING:
        assert rule.reason.lower() in text
    for sign in (
        "swelling or pain in a leg that does not go away",
        "suddenly feels warm",
        "severe swelling",
        "redness",
    ):
        assert sign in text
    assert "pregnant" in text and "every 30 days" in text
    assert all(s.heading and (s.paragraphs or s.points) for s in sections)


def test_no_safety_text_promises_to_heal_or_cure():
    texts = [r.question + r.advice + r.reason for r in RULES] + [RED_FLAG.question, RED_FLAG.advice]
    texts += [" ".join((*s.paragraphs, *s.points)) for s in about_safety()]
    for text in texts:
        assert not re.search(r"\b(will (heal|cure|treat)|cures|heals your)\b", text.lower()), text


def test_the_skin_question_covers_the_calf_that_every_knee_program_strokes(programs):
    """Article: "Avoid massaging if you have: ... open wounds, ... skin infection", and every program
    finishes as the article's does: "Lightly stroke down the calf toward the ankle". So the skin question,
    its reason and its advice cover the calf as well as the back of the knee."""
    rule = next(r for r in RULES if r.concern is Concern.SKIN)
    assert rule.effect is Effect.BLOCK
    for words in ("open wound", "cut", "broken skin", "skin infection", "back of either knee", "calf"):
        assert words in rule.question, words
    assert "calf" in rule.reason and "knee" in rule.reason
    assert "calf" in rule.advice
    assert rule.version == 2
    knee_programs = [p for p in programs.values() if p.category == "knee"]
    assert knee_programs
    for program in knee_programs:
        finish = [s for s in program.steps if s.kind is StepKind.FINISH]
        assert any("ankle" in s.instruction or "calf" in s.instruction for s in finish), program.id
    # The About safety page lists the new reason.
    [avoid] = [s for s in about_safety() if s.heading == "When not to do this"]
    assert rule.reason in avoid.points


def test_answers_given_to_an_earlier_wording_still_count_and_keep_their_question():
    """Answers stored without versions were given to version 1 of every question: they still count (no
    screening is forced), and the earlier wording can still be read; a new screening stores version 2."""
    old = clear_screening(NOW - timedelta(days=10))
    assert old.question_versions == {}
    assert old.version_of(Concern.SKIN) == 1
    assert screening_due(old, NOW, 90) is None
    assert gate(SafetyFacts(old, old.taken_at, has_sessions=True), NOW) is Gate.ASK_DAILY
    assert question_asked(Concern.SKIN, 1) == (
        "Is there an open wound, a cut, or a skin infection at the back of either knee?"
    )
    assert question_asked(Concern.SKIN, 2) == next(r for r in RULES if r.concern is Concern.SKIN).question
    assert "calf" not in question_asked(Concern.SKIN, 1) and "calf" in question_asked(Concern.SKIN, 2)
    versions = current_versions(all_no())
    assert versions[Concern.SKIN] == 2 and versions[Concern.DVT] == 1 and set(versions) == set(Concern)
    new = Screening(NOW, all_no(), question_versions=versions)
    assert new.version_of(Concern.SKIN) == 2
