"""`SettingsModel`: the one place the person's settings are read and written while the app runs. Every
widget, the tray, the nudges and the gates hold it; a change goes through `update` (or `replace`), is saved
through the `SettingsStore` and said once with `changed`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from kneecare.settings import Settings, SettingsStore


class SettingsModel(QObject):
    """The current settings, their changes, and where they are saved (nowhere without a store: tests)."""

    changed = Signal(Settings)  # the new settings, after each change (already saved)

    def __init__(
        self, settings: Settings, store: SettingsStore | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._value = settings
        self.store = store

    @property
    def value(self) -> Settings:
        return self._value

    def update(self, **changes: Any) -> None:
        """The settings with `changes`, saved and said."""
        self.replace(self._value.with_changes(**changes))

    def replace(self, settings: Settings) -> None:
        """Settings made whole elsewhere (a dialog's result), saved and said. Settings equal to the
        current ones are said but not written again: the window shows the remembered choices at start
        through here, and that must not cost a synced write before the first frame."""
        unchanged = settings == self._value
        self._value = settings
        if self.store is not None and not unchanged:
            self.store.save(settings)
        self.changed.emit(settings)
