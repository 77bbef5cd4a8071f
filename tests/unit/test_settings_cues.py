"""The sound and voice settings: sensible defaults, bad values refused with the key named, a round trip."""

from __future__ import annotations

import json

import pytest

from kneecare.core.cues import CueOptions
from kneecare.settings import Settings, SettingsError, SettingsStore


def test_by_default_steps_chime_and_are_read_aloud_and_the_rhythm_sounds_are_off():
    options = Settings().cue_options()
    assert options == CueOptions(step=True, switch=True, done=True, breathing=False, ticks=False, voice=True)
    assert 0.0 < Settings().sound_volume <= 0.5


def test_without_a_working_speech_engine_the_voice_is_off_and_the_chimes_stay():
    options = Settings().cue_options(voice_works=False)
    assert options.voice is False and options.step and options.switch and options.done


def test_the_person_s_choices_reach_the_planner():
    chosen = Settings().with_changes(
        sound_step=False,
        sound_switch=False,
        sound_done=False,
        sound_breathing=True,
        sound_ticks=True,
        voice_enabled=False,
    )
    assert chosen.cue_options() == CueOptions(
        step=False, switch=False, done=False, breathing=True, ticks=True, voice=False
    )


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"sound_volume": 1.5}, "sound_volume: 1.5 is not from 0 to 1"),
        ({"sound_volume": -0.1}, "sound_volume"),
        ({"voice_rate": 2.0}, "voice_rate: 2.0 is not from -1 to 1"),
        ({"voice_name": "  "}, "voice_name: must not be empty"),
    ],
)
def test_bad_sound_and_voice_values_are_refused_with_the_key_named(changes, named):
    with pytest.raises(SettingsError, match=named):
        Settings().with_changes(**changes)


def test_sound_and_voice_choices_survive_a_restart(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    chosen = Settings().with_changes(sound_volume=0.2, sound_ticks=True, voice_name="Anne", voice_rate=-0.3)
    store.save(chosen)
    assert store.load().settings == chosen


def test_a_file_with_a_bad_volume_is_kept_aside_and_the_defaults_are_used(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"sound_volume": "loud"}))
    loaded = SettingsStore(path).load()
    assert loaded.settings == Settings()
    assert "sound_volume: 'loud' has the wrong type" in loaded.warning
