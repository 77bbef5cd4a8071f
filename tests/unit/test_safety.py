"""The safety rules: who must not start a session, who must check first, when the questions come back,
and the daily leg question that holds sessions for the rest of a local day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kneecare.core.clock import FakeClock
from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.protocol import StepKind
from kneecare.core.safety import (
    FIRST_WEEK,
    PRESSURE_REMINDER,
    RED_FLAG,
    RULES,
    SAFETY_PAUSE_TEXT,
    Concern,
    DailyCheck,
    DueReason,
    Effect,
    Gate,
    SafetyFacts,
    Screening,
    Verdict,
    about_safety,
    before_session,
    daily_question_can_be_off,
    pressure_instruction,
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


def test_a_red_flag_holds_sessions_for_the_rest_of_that_local_day_and_the_next_day_starts_afresh():
    clock = FakeClock(datetime(2026, 3, 28, 23, 30, tzinfo=BERLIN))  # the night before clocks go forward
    screening = clear_screening(clock.now() - timedelta(days=2))
    flagged = DailyCheck(clock.now().date(), clock.now(), red_flag=True)

    def facts_now() -> SafetyFacts:
        return SafetyFacts(screening, screening.taken_at, (flagged,), has_sessions=True)

    assert gate(facts_now(), clock.now()) is Gate.RED_FLAG
    clock.advance(29 * 60 + 59)  # 23:59:59
    assert gate(facts_now(), clock.now()) is Gate.RED_FLAG
    clock.advance(2)  # 00:00:01 on the 29th
    assert clock.now().date() == date(2026, 3, 29)
    assert gate(facts_now(), clock.now()) is Gate.ASK_DAILY


def test_a_no_to_the_daily_question_does_not_hold_anything():
    screening = clear_screening(NOW - timedelta(days=1))
    fine = DailyCheck(NOW.date(), NOW, red_flag=False)
    facts = SafetyFacts(
        screening, screening.taken_at, (fine,), has_sessions=True, answered_daily_just_now=True
    )
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


def test_the_red_flag_comes_before_everything_else_even_a_due_screening():
    old = clear_screening(NOW - timedelta(days=200))
    flagged = DailyCheck(NOW.date(), NOW, red_flag=True)
    assert gate(SafetyFacts(old, old.taken_at, (flagged,), has_sessions=True)) is Gate.RED_FLAG


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
