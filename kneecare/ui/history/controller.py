"""`History`: what the main window's menu and the tray call (show the history window, File > Export,
File > Import). It calls the history service and says the outcome in a message box; no SQL here."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kneecare.core.clock import Clock
from kneecare.core.stats import local_day
from kneecare.core.words import fill
from kneecare.i18n import counted
from kneecare.settings import Settings
from kneecare.store.service import HistoryService, HistoryTrouble, ImportProblem, Store
from kneecare.ui.history.window import HistoryWindow, store_boundary
from kneecare.ui.history.words import say_import, say_import_counted, translate, trouble_text


class History(QObject):
    """What the main window's menu and the tray call: show the history, export, import. `history` is the
    service, or the store to build one on."""

    def __init__(
        self,
        history: HistoryService | Store,
        clock: Clock,
        program_names: Mapping[str, str],
        settings: Callable[[], Settings],
        change_settings: Callable[[Settings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history if isinstance(history, HistoryService) else HistoryService(history, clock)
        self.clock = clock
        self.program_names = program_names
        self.settings = settings
        self.change_settings = change_settings
        self.parent_widget = parent
        self.window: HistoryWindow | None = None
        self._box: QMessageBox | None = None

    @Slot()
    def show(self) -> None:
        """Open (or raise) the history window; it is built the first time it is asked for."""
        if self.window is None:
            self.window = HistoryWindow(
                self.history, self.program_names, self.settings, self.change_settings, self.parent_widget
            )
        else:
            self.window.loaded = False
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    @Slot()
    def refresh(self) -> None:
        """Something changed (a session ended, an import): re-read now if shown, else when next shown."""
        if self.window is None:
            return
        if self.window.isVisible():
            self.window.reload()
        else:
            self.window.loaded = False

    @Slot()
    def export_dialog(self) -> None:
        name = f"kneecare-history-{local_day(self.clock.now()).isoformat()}.json"
        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget,
            translate("history", "Export history"),
            str(Path.home() / name),
            "JSON (*.json);;CSV (*.csv)",
        )
        if path:
            fmt = "csv" if path.lower().endswith(".csv") or chosen.startswith("CSV") else "json"
            #: The title of the message after an export.
            self._tell(translate("history", "Export"), self.export_to(Path(path), fmt))

    def store_trouble(self, error: HistoryTrouble) -> str:
        """What an export or import says when the history failed under it (see `HistoryWindow`)."""
        self.refresh()
        return f"{trouble_text()}\n\n{error.details}"

    @store_boundary
    def export_to(self, path: Path, fmt: str) -> str:
        try:
            count = self.history.export(path, fmt)
        except OSError as e:
            return fill(
                translate("history", "The history could not be written to %1: %2."), path, e.strerror or e
            )
        return fill(counted("history", "Exported %n session(s) to %1.", count), path)

    @Slot()
    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            translate("history", "Import history"),
            str(Path.home()),
            translate("history", "KneeCare JSON export (*.json)"),
        )
        if path:
            #: The title of the message after an import.
            self._tell(translate("history", "Import"), self.import_from(Path(path)))

    @store_boundary
    def import_from(self, path: Path) -> str:
        try:
            result = self.history.import_file(path)
        except OSError as e:
            return fill(translate("history", "%1 could not be read: %2."), path, e.strerror or e)
        except UnicodeDecodeError:
            return fill(translate("history", "%1 is not a text file; nothing was imported."), path)
        except ImportProblem as e:
            return fill(
                translate("history", "%1 was not imported, and nothing changed: %2."),
                path.name,
                e.words.say(say_import),
            )
        self.refresh()
        return result.words(say_import, say_import_counted)

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.parent_widget
        )
        box.setObjectName("historyMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._box = box  # without a parent window, nothing else would keep it open
