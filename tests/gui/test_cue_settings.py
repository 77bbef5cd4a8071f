"""The "Sound and voice" settings: the person turns sounds on and off, sets the volume, picks a voice and
its speed, hears both before saving, and is told plainly when this computer has no sound or no voice."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kneecare.cues.player import CuePlayer
from kneecare.cues.voice import TEST_SENTENCE
from kneecare.settings import Settings
from kneecare.ui.cue_settings import CueSettingsDialog, cue_settings_action
from tests.helpers.audio import NO_AUDIO_LOGS

pytestmark = NO_AUDIO_LOGS


def open_dialog(qtbot, player: CuePlayer, settings: Settings) -> CueSettingsDialog:
    dialog = CueSettingsDialog(settings, player)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_opens_on_the_current_choices_and_saves_the_new_ones(qtbot, player_for):
    settings = Settings(program_id="relax", sound_volume=0.3, sound_ticks=True)
    player = player_for(settings)
    dialog = open_dialog(qtbot, player, settings)
    assert dialog.step_box.isChecked() and dialog.ticks_box.isChecked()
    assert not dialog.breathing_box.isChecked()
    assert dialog.volume_slider.value() == 30 and dialog.volume_label.text() == "30 %"
    assert dialog.voice_combo.currentData() is None  # the default voice

    qtbot.mouseClick(dialog.switch_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.breathing_box, Qt.MouseButton.LeftButton)
    dialog.volume_slider.setValue(70)
    dialog.voice_combo.setCurrentIndex(2)
    dialog.rate_slider.setValue(-4)
    with qtbot.waitSignal(dialog.chosen) as saved:
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    chosen = saved.args[0]
    assert chosen == settings.with_changes(
        sound_switch=False,
        sound_breathing=True,
        sound_volume=0.7,
        voice_name=player.voice_names()[1],
        voice_rate=-0.4,
    )
    assert chosen.program_id == "relax"  # the rest is left as it was


def test_test_voice_reads_a_sample_in_the_chosen_voice_and_speed(qtbot, player_for):
    player = player_for(Settings())
    dialog = open_dialog(qtbot, player, Settings())
    heard: list[str] = []
    player.voice.wordSpoken.connect(heard.append)
    dialog.voice_combo.setCurrentIndex(dialog.voice_combo.count() - 1)
    dialog.rate_slider.setValue(10)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not player.voice.speaking, timeout=10_000)
    assert heard == re.findall(r"[\w']+", TEST_SENTENCE)
    assert player.voice.voice_name == dialog.voice_combo.currentData()
    assert player.voice.rate == pytest.approx(1.0)


def test_cancel_undoes_what_the_previews_changed(qtbot, player_for):
    settings = Settings(sound_volume=0.4, voice_rate=0.0)
    player = player_for(settings)
    dialog = open_dialog(qtbot, player, settings)
    dialog.volume_slider.setValue(90)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert player.sounds.volume == pytest.approx(0.9)
    dialog.rate_slider.setValue(8)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    chosen: list[Settings] = []
    dialog.chosen.connect(chosen.append)
    dialog.reject()
    assert chosen == []
    assert player.sounds.volume == pytest.approx(0.4)
    qtbot.waitUntil(lambda: player.voice.rate == pytest.approx(0.0), timeout=5000)


def test_without_a_speech_engine_the_voice_section_says_so_and_the_sounds_stay_usable(qtbot, player_for):
    player = player_for(Settings(), engine="no-such-engine")
    dialog = open_dialog(qtbot, player, Settings())
    assert dialog.voice_status.isVisible()
    assert "cannot be read aloud" in dialog.voice_status.text()
    assert "chimes still play" in dialog.voice_status.text()
    for widget in (dialog.voice_box, dialog.voice_combo, dialog.rate_slider, dialog.test_button):
        assert not widget.isEnabled()
    for widget in (dialog.step_box, dialog.volume_slider, dialog.preview_button):
        assert widget.isEnabled()


def test_without_sound_output_the_sounds_section_says_so(qtbot, player_for):
    player = player_for(Settings())
    qtbot.waitUntil(lambda: player.sound_problem is not None, timeout=5000)
    dialog = open_dialog(qtbot, player, Settings())
    assert dialog.sound_status.isVisible()
    assert "no sound output was found" in dialog.sound_status.text()


def test_a_voice_chosen_once_but_no_longer_installed_is_kept_and_marked(qtbot, player_for):
    settings = Settings(voice_name="Gone")
    player = player_for(settings)
    dialog = open_dialog(qtbot, player, settings)
    assert dialog.voice_combo.currentText() == "Gone (not available in this language)"
    assert dialog.settings_chosen().voice_name == "Gone"


def test_the_menu_action_opens_the_dialog_on_the_settings_of_the_moment(qtbot, player_for):
    window = QWidget()
    qtbot.addWidget(window)
    current = Settings(sound_done=False)
    player = player_for(current)
    saved: list[Settings] = []
    action = cue_settings_action(window, player, lambda: current, saved.append)
    assert action.text() == "Sound and &voice…"
    action.trigger()
    dialog = window.findChild(CueSettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.done_box.isChecked()
    dialog.accept()
    assert saved == [current]
