"""Help ▸ Keyboard shortcuts: a small dialog listing the window's keys, read from its real QShortcut and
QAction objects (and the menus' Alt+letter keys) each time it opens, so the list cannot drift. Its menu
entry is `window_menus.py`'s; this module loads when the dialog first opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kneecare.core.lazy_dataclass import dataclass


def tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsHelp", text)


@dataclass(frozen=True)
class KeyRow:
    keys: str  # as the platform writes them, e.g. "Ctrl+Q"
    what: str  # what the keys do


def plain(text: str) -> str:
    """A menu or button text without its mnemonic marker and trailing ellipsis ("&Quit" -> "Quit")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _mnemonic(text: str) -> str | None:
    sequence = QKeySequence.mnemonic(text)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText) if not sequence.isEmpty() else None


def key_rows(window: QWidget) -> list[KeyRow]:
    """Every key the window answers: shortcuts (their description is their whatsThis), actions with
    shortcuts (their text), and the menu bar's Alt+letter keys; each key once, in the window's order."""
    rows: list[KeyRow] = []
    seen: set[str] = set()

    def add(sequence: QKeySequence | str | None, what: str) -> None:
        keys = (
            sequence.toString(QKeySequence.SequenceFormat.NativeText)
            if isinstance(sequence, QKeySequence)
            else sequence
        )
        if keys and what and keys not in seen:
            seen.add(keys)
            rows.append(KeyRow(keys, what))

    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled():
            for sequence in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
                add(sequence, shortcut.whatsThis())
    for action in window.findChildren(QAction):
        if action.isVisible() and not action.isSeparator() and action.menu() is None:
            for sequence in action.shortcuts():
                add(sequence, plain(action.text()))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.menu() is not None:
                add(
                    _mnemonic(action.text()),
                    QCoreApplication.translate("ShortcutsHelp", "Open the %1 menu").replace(
                        "%1", plain(action.text())
                    ),
                )
    return rows


class ShortcutsDialog(QDialog):
    """A read-only table of keys and what they do; Esc or Close shuts it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(QCoreApplication.translate("ShortcutsHelp", "Keyboard shortcuts"))
        self.rows = key_rows(window)
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "ShortcutsHelp", "Tab moves between controls; Space or Enter presses the one with the focus."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(QCoreApplication.translate("ShortcutsHelp", "Keyboard shortcuts"))
        self.table.setAccessibleDescription(
            QCoreApplication.translate("ShortcutsHelp", "Each row: the keys, then what they do")
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsHelp", "Keys"),
                QCoreApplication.translate("ShortcutsHelp", "What they do"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, row in enumerate(self.rows):
            self.table.setItem(i, 0, QTableWidgetItem(row.keys))
            self.table.setItem(i, 1, QTableWidgetItem(row.what))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def show_shortcuts(window: QWidget) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
