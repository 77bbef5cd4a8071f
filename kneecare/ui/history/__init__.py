"""The history window and File > Export / Import: `History` (controller.py) is what the app holds; the
window (window.py) with its overview (overview.py) and table (table.py) speaks through words.py."""

from kneecare.ui.history.controller import History
from kneecare.ui.history.window import DeleteAllDialog, HistoryWindow
from kneecare.ui.history.words import CONFIRM_WORD, change_sentence

__all__ = ["CONFIRM_WORD", "DeleteAllDialog", "History", "HistoryWindow", "change_sentence"]
