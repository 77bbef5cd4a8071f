"""The set-up panel's one suggestion, read from the history after the first frame: the program after which
tension drops most clearly (`core.report.clearest`) in the last 90 days, never while a session runs."""

from __future__ import annotations

import logging

from kneecare.core.report import clearest, default_period, findings
from kneecare.core.session import State
from kneecare.session.controller import SessionController
from kneecare.store.service import HistoryService, HistoryTrouble
from kneecare.ui.setup_panel import SetupPanel

log = logging.getLogger(__name__)


def clearest_program(history: HistoryService) -> str | None:
    """The id of the program with the clearest drop in tension over the report's default period (the
    last 90 days), or None when no program's interval lies wholly below zero."""
    sessions = history.logged_since(default_period(history.today()).first)
    best = clearest(findings(sessions))
    return best.key if best is not None else None


def suggest_once(panel: SetupPanel, history: HistoryService, controller: SessionController) -> bool:
    """Show the suggestion if there is one and no session runs; a session that starts drops it. Nothing is
    read when the person turned it off. Whether it is shown."""
    if not panel.settings.value.suggest_helps or controller.state is not State.IDLE:
        return False
    try:
        program = clearest_program(history)
    except HistoryTrouble as e:  # a suggestion is never worth a message
        log.warning("no program suggestion: %s", e.details)
        return False
    if program is None or controller.state is not State.IDLE or not panel.suggest(program):
        return False
    controller.started.connect(panel.drop_suggestion)
    return True
