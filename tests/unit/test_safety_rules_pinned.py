"""Safety rules pinned so that a wrong rule fails a test (issue 12, point 7: mutation testing): who may
start, how long the daily leg question stays on, when the questions come back, and the reminder that
pressure is firm but never painful, in English and in another language's words."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kneecare.core.safety import (
    FIRST_WEEK,
    PRESSURE_REMINDER,
    RULES,
    Assessment,
    Concern,
    Screening,
    Verdict,
    assess,
    daily_question_can_be_off,
    daily_question_from,
    next_screening,
    pressure_instruction,
    reminds_firm_not_painful,
)

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2026, 11, 23, 8, 30, tzinfo=BERLIN)
GERMAN_FIRM = ("fest",)
GERMAN_NEVER_PAINFUL = ("nie schmerzhaft",)


def answers(**yes: bool) -> dict[Concern, bool]:
    given = {rule.concern: False for rule in RULES}
    given.update({Concern(k): v for k, v in yes.items()})
    return given


# -- who may start ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verdict", "allowed"),
    [
        (Verdict.CLEAR, True),
        (Verdict.CONFIRMED, True),
        (Verdict.CHECK_FIRST, False),
        (Verdict.BLOCKED, False),
        (Verdict.INCOMPLETE, False),
    ],
)
def test_only_clear_answers_or_a_provider_s_agreement_let_sessions_start(verdict, allowed):
    """Article: "Avoid massaging if you have: known deep vein thrombosis (DVT), severe varicose vein
    inflammation, open wounds, recent knee surgery, skin infection, or uncontrolled bleeding disorders."
    A pregnancy not yet cleared by a provider is held, like a question never answered."""
    assert Assessment(verdict).allows_sessions is allowed


def test_a_pregnant_person_who_has_not_confirmed_a_provider_agreed_is_held():
    """Pregnancy holds sessions until the person says a healthcare provider agreed: that is never assumed."""
    waiting = assess(answers(pregnancy=True))
    assert waiting.verdict is Verdict.CHECK_FIRST and not waiting.allows_sessions
    assert [r.concern for r in waiting.check_first] == [Concern.PREGNANCY]
    agreed = assess(answers(pregnancy=True), provider_agreed=True)
    assert agreed.verdict is Verdict.CONFIRMED and agreed.allows_sessions
    assert not Screening(MONDAY, answers(pregnancy=True)).assessment.allows_sessions


def test_the_questions_left_unanswered_are_named_so_they_can_be_asked():
    """Someone whose answers predate a new question is asked exactly the questions missing."""
    given = answers()
    del given[Concern.SKIN], given[Concern.BLEEDING]
    result = assess(given)
    assert result.verdict is Verdict.INCOMPLETE
    assert [r.concern for r in result.unanswered] == [Concern.SKIN, Concern.BLEEDING]
    assert assess(answers()).unanswered == ()


# -- the daily leg question's first week and the screening interval --------------------------------


def test_the_daily_question_stays_on_for_exactly_seven_days_after_the_first_answers():
    """Screened on Monday 08:30: the daily question may be turned off from the next Monday 08:30, not
    on Sunday evening, and not a day later either."""
    assert timedelta(days=7) == FIRST_WEEK
    assert daily_question_from(MONDAY) == datetime(2026, 11, 30, 8, 30, tzinfo=BERLIN)
    sunday_evening = datetime(2026, 11, 29, 21, 0, tzinfo=BERLIN)
    assert not daily_question_can_be_off(MONDAY, sunday_evening, has_sessions=True)
    assert daily_question_can_be_off(MONDAY, daily_question_from(MONDAY), has_sessions=True)
    assert not daily_question_can_be_off(MONDAY, daily_question_from(MONDAY) - timedelta(seconds=1), True)


@pytest.mark.parametrize("days", [30, 90, 180, 365])
def test_the_questions_come_back_the_chosen_number_of_days_after_they_were_answered(days):
    last = Screening(MONDAY, answers())
    assert next_screening(last, days) == MONDAY + timedelta(days=days)
    assert next_screening(last, days) > MONDAY


# -- firm, but never painful -----------------------------------------------------------------------


def test_a_step_that_only_says_firm_does_not_count_as_the_reminder():
    """Article: "increase to a comfortable firm pressure (not painful)". "Firm" alone leaves out the half
    that keeps people safe, so the reminder is added."""
    assert not reminds_firm_not_painful("Press firmly into the hollow.")
    assert not reminds_firm_not_painful("It should never hurt.")  # nor the other half alone
    assert reminds_firm_not_painful("Press firmly, but it should never hurt.")
    assert (
        pressure_instruction("Press firmly into the hollow.")
        == f"Press firmly into the hollow. {PRESSURE_REMINDER}"
    )


def test_a_german_step_that_already_reminds_is_left_as_written():
    """The German words for firm and never painful are looked for in a German step, not the English."""
    text = "Drücken Sie fest, aber nie schmerzhaft, in die Kniekehle."
    assert reminds_firm_not_painful(text, GERMAN_FIRM, GERMAN_NEVER_PAINFUL)
    reminder = "Fest, aber nie schmerzhaft."
    assert pressure_instruction(text, reminder, GERMAN_FIRM, GERMAN_NEVER_PAINFUL) == text


def test_a_german_step_saying_only_fest_gets_the_german_reminder():
    text = "Drücken Sie fest in die Kniekehle."
    reminded = pressure_instruction(text, "Fest, aber nie schmerzhaft.", GERMAN_FIRM, GERMAN_NEVER_PAINFUL)
    assert reminded == "Drücken Sie fest in die Kniekehle. Fest, aber nie schmerzhaft."


def test_the_reminder_follows_a_step_written_over_several_lines_with_one_space():
    """A program file's multi-line text ends in a line break; the reminder joins it with one space."""
    assert pressure_instruction("  Press into the hollow.\n") == f"Press into the hollow. {PRESSURE_REMINDER}"


def test_a_question_version_this_kneecare_does_not_know_reads_as_today_s_wording():
    """An answer stored with a version from another KneeCare (newer, or a typo in a copied file) still
    shows a question, today's, rather than nothing."""
    from kneecare.core.safety import RULE_BY_CONCERN, Concern, question_asked

    for concern in Concern:
        assert question_asked(concern, 99) == RULE_BY_CONCERN[concern].question
