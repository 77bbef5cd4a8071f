"""The safety settings: how often the questions come back, and the daily leg question switch."""

from __future__ import annotations

import pytest

from kneecare.settings import Settings, SettingsError, SettingsStore


def test_the_defaults_ask_every_90_days_and_before_each_session():
    assert Settings().screening_interval_days == 90
    assert Settings().daily_question is True


def test_the_safety_settings_survive_a_restart(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings().with_changes(screening_interval_days=30, daily_question=False))
    loaded = store.load()
    assert loaded.warning is None
    assert loaded.settings.screening_interval_days == 30 and loaded.settings.daily_question is False


@pytest.mark.parametrize("days", [0, -5, 366])
def test_an_interval_out_of_range_is_refused_with_its_name(days):
    with pytest.raises(SettingsError, match="screening_interval_days"):
        Settings().with_changes(screening_interval_days=days)


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ('{"screening_interval_days": "often"}', "screening_interval_days: 'often' has the wrong type"),
        ('{"screening_interval_days": 1000}', "screening_interval_days: 1000 is not from 1 to 365"),
        ('{"daily_question": "no"}', "daily_question: 'no' has the wrong type"),
    ],
)
def test_a_bad_safety_value_in_the_file_falls_back_to_safe_defaults(tmp_path, content, why):
    path = tmp_path / "settings.json"
    path.write_text(content)
    loaded = SettingsStore(path).load()
    assert why in loaded.warning
    assert loaded.settings.daily_question is True and loaded.settings.screening_interval_days == 90
