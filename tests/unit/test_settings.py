"""Settings survive restarts; a bad file never stops the app and is never overwritten."""

from __future__ import annotations

import json

import pytest

from kneecare.settings import Settings, SettingsError, SettingsStore


def test_settings_round_trip_and_missing_file_gives_defaults(tmp_path):
    store = SettingsStore(tmp_path / "config" / "settings.json")
    assert store.load().settings == Settings()
    changed = Settings().with_changes(program_id="relax", knees="left", movement_minutes=1.5)
    store.save(changed)
    loaded = store.load()
    assert loaded.settings == changed and loaded.warning is None
    assert json.loads(store.path.read_text())["format"] == 1


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("{not json", "is not valid JSON"),
        ('["a list"]', "does not hold a JSON object"),
        ('{"knees": "three"}', "knees: 'three' is not one of"),
        ('{"movement_minutes": 12}', "movement_minutes: 12"),
        ('{"warm_compress": "yes"}', "warm_compress: 'yes' has the wrong type"),
        (b"\xff\xfe\x00garbage", "cannot be read"),
    ],
)
def test_a_bad_settings_file_warns_in_one_line_uses_defaults_and_is_kept_aside(tmp_path, content, why):
    path = tmp_path / "settings.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    store = SettingsStore(path)
    loaded = store.load()
    assert loaded.settings == Settings()
    assert why in loaded.warning
    assert "\n" not in loaded.warning
    aside = list(tmp_path.glob("settings.json.bad-*"))
    assert len(aside) == 1
    assert str(aside[0]) in loaded.warning
    original = content if isinstance(content, bytes) else content.encode()
    assert aside[0].read_bytes() == original
    store.save(Settings(program_id="quick"))  # the next save starts a fresh file
    assert aside[0].read_bytes() == original


def test_unknown_keys_from_a_newer_version_are_ignored(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"knees": "right", "hologram": true}')
    loaded = SettingsStore(path).load()
    assert loaded.settings.knees == "right" and loaded.warning is None


def test_invalid_values_are_refused_when_changed():
    with pytest.raises(SettingsError, match="circle_seconds"):
        Settings().with_changes(circle_seconds=30.0)
