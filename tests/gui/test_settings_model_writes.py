"""SettingsModel writes settings.json only when they change: showing the remembered choices at start
(which goes through `replace`) costs no synced write before the first frame."""

from __future__ import annotations

from pathlib import Path

from kneecare.settings import Settings, SettingsStore
from kneecare.ui.settings_model import SettingsModel


def test_equal_settings_are_said_but_not_written(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    model = SettingsModel(Settings(), SettingsStore(path))
    with qtbot.waitSignal(model.changed):
        model.replace(Settings())
    assert not path.exists()


def test_a_change_is_written(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    model = SettingsModel(Settings(), store)
    model.update(daily_goal=1)
    assert store.load().settings.daily_goal == 1
