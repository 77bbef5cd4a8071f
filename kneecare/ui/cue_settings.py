"""The "Sound and voice" settings dialog: each cue sound on or off, the volume, reading steps aloud, the
voice and its speed, with a button to hear each. Says so plainly when there is no sound or no voice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from kneecare.settings import Settings

RATE_STEPS = 10  # the speed slider runs from -10 to 10: a rate of -1 to 1 in tenths


class CueControls(Protocol):
    """What the dialog needs from the cue player (kneecare.cues.player.CuePlayer)."""

    @property
    def voice_available(self) -> bool: ...

    @property
    def voice_starting(self) -> bool: ...

    @property
    def voice_problem(self) -> str | None: ...

    @property
    def voice_missing_language(self) -> str | None: ...

    @property
    def voiceAvailabilityChanged(self) -> SignalInstance: ...  # a Qt signal

    @property
    def sound_problem(self) -> str | None: ...

    def voice_names(self) -> list[str]: ...

    def preview_sound(self, volume: float) -> None: ...

    def test_voice(self, name: str | None, rate: float) -> bool: ...

    def apply_settings(self, settings: Settings) -> None: ...

    def start_voice(self) -> None: ...

    def release(self) -> None: ...


class CueSettingsDialog(QDialog):
    """Opens on the current settings; `chosen` carries the new ones when the person saves."""

    chosen = Signal(Settings)

    def __init__(self, settings: Settings, player: CueControls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cueSettings")
        self.setWindowTitle(self.tr("Sound and voice"))
        self._settings = settings
        self._player = player
        self._voices_filled = False
        sounds = self._build_sounds(settings, player)
        voice = self._build_voice(settings, player)
        player.start_voice()  # starts the cue helper, to list the voices even while reading aloud is off
        self.finished.connect(player.release)  # the helper ends a while after the dialog closes
        self.refresh_voice()
        player.voiceAvailabilityChanged.connect(self.refresh_voice)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(sounds)
        layout.addWidget(voice)
        layout.addWidget(buttons)

    def _build_sounds(self, settings: Settings, player: CueControls) -> QGroupBox:
        """Each sound on or off, the volume with a chime to try it, and why there is no sound, if so."""
        sounds = QGroupBox(self.tr("Sounds"))
        sounds_layout = QVBoxLayout(sounds)
        self.step_box = self._check(self.tr("A chime at each new step"), settings.sound_step)
        self.switch_box = self._check(
            self.tr("A different chime when it is time for the other knee"), settings.sound_switch
        )
        self.done_box = self._check(self.tr("A chime when the session is done"), settings.sound_done)
        self.breathing_box = self._check(
            self.tr("Breathing tones: rising to breathe in, falling to breathe out"), settings.sound_breathing
        )
        self.ticks_box = self._check(
            self.tr("A soft tick for each circle, stroke or repetition"), settings.sound_ticks
        )
        for box in (self.step_box, self.switch_box, self.done_box, self.breathing_box, self.ticks_box):
            sounds_layout.addWidget(box)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(round(settings.sound_volume * 100))
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self.volume_label = QLabel()
        self.volume_slider.valueChanged.connect(self._show_volume)
        self._show_volume(self.volume_slider.value())
        self.preview_button = QPushButton(self.tr("Play a chime"))
        self.preview_button.setAccessibleDescription(self.tr("Plays the step chime at this volume"))
        self.preview_button.clicked.connect(lambda: player.preview_sound(self.volume_slider.value() / 100))
        volume_row = QHBoxLayout()
        volume_row.addWidget(QLabel(self.tr("Volume")))
        volume_row.addWidget(self.volume_slider, 1)
        volume_row.addWidget(self.volume_label)
        volume_row.addWidget(self.preview_button)
        sounds_layout.addLayout(volume_row)
        self.sound_status = self._status(
            self.tr(
                "KneeCare cannot play sounds here: no sound output was found when it started. Connect "
                "speakers or headphones and start KneeCare again to hear them."
            )
            if player.sound_problem
            else ""
        )
        sounds_layout.addWidget(self.sound_status)
        return sounds

    def _build_voice(self, settings: Settings, player: CueControls) -> QGroupBox:
        """Reading aloud on or off, the voice, its speed, a test, and why there is no voice, if so."""
        voice = QGroupBox(self.tr("Voice"))
        voice_layout = QVBoxLayout(voice)
        self.voice_box = self._check(self.tr("Read each step aloud"), settings.voice_enabled)
        voice_layout.addWidget(self.voice_box)
        form = QFormLayout()
        self.voice_combo = QComboBox()
        self.voice_combo.setAccessibleName(self.tr("Voice"))
        self._fill_voices(player.voice_names())
        form.addRow(self.tr("Voice"), self.voice_combo)
        self.rate_slider = QSlider(Qt.Orientation.Horizontal)
        self.rate_slider.setRange(-RATE_STEPS, RATE_STEPS)
        self.rate_slider.setValue(round(settings.voice_rate * RATE_STEPS))
        self.rate_slider.setAccessibleName(self.tr("Speed of the voice"))
        rate_row = QHBoxLayout()
        rate_row.addWidget(QLabel(self.tr("Slower")))
        rate_row.addWidget(self.rate_slider, 1)
        rate_row.addWidget(QLabel(self.tr("Faster")))
        form.addRow(self.tr("Speed"), rate_row)
        voice_layout.addLayout(form)
        self.test_button = QPushButton(self.tr("Test voice"))
        self.test_button.setAccessibleDescription(
            self.tr("Reads a sample sentence with this voice and speed")
        )
        self.test_button.clicked.connect(self.test_voice)
        voice_layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.voice_status = self._status("")
        voice_layout.addWidget(self.voice_status)
        return voice

    def _check(self, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(checked)
        return box

    def _status(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setVisible(bool(text))
        label.setObjectName("cueStatus")
        return label

    def refresh_voice(self) -> None:
        """Show the voices, or say why there are none; the engine may answer after the dialog opened."""
        player = self._player
        available = player.voice_available
        if available and not self._voices_filled:
            self._fill_voices(player.voice_names())
        if available:
            text = ""
        elif player.voice_starting:
            text = self.tr("The speech engine is starting…")
        elif player.voice_missing_language:  # the engine works, but has no voice for the steps' language
            text = player.voice_problem or ""
        else:
            text = self.tr("Steps cannot be read aloud on this computer. %1 The chimes still play.").replace(
                "%1", player.voice_problem or ""
            )
        self.voice_status.setText(text)
        self.voice_status.setVisible(bool(text))
        for widget in (self.voice_box, self.voice_combo, self.rate_slider, self.test_button):
            widget.setEnabled(available)

    def _fill_voices(self, names: list[str]) -> None:
        """The default voice first, then the engine's voices for the steps' language; a chosen one that is
        not among them (uninstalled, or another language's) is kept, marked so."""
        self._voices_filled = bool(names)
        chosen = self.voice_combo.currentData() if self.voice_combo.count() else self._settings.voice_name
        self.voice_combo.clear()
        self.voice_combo.addItem(self.tr("The system's default voice"), None)
        for name in names:
            self.voice_combo.addItem(name, name)
        if isinstance(chosen, str):
            index = self.voice_combo.findData(chosen)
            if index < 0:  # chosen once, not here now (or another language's): keep it, say so
                self.voice_combo.addItem(
                    self.tr("%1 (not available in this language)").replace("%1", chosen), chosen
                )
                index = self.voice_combo.count() - 1
            self.voice_combo.setCurrentIndex(index)

    def _show_volume(self, value: int) -> None:
        self.volume_label.setText(f"{value} %")

    def settings_chosen(self) -> Settings:
        """The settings as the dialog shows them now."""
        name = self.voice_combo.currentData()
        return self._settings.with_changes(
            sound_step=self.step_box.isChecked(),
            sound_switch=self.switch_box.isChecked(),
            sound_done=self.done_box.isChecked(),
            sound_breathing=self.breathing_box.isChecked(),
            sound_ticks=self.ticks_box.isChecked(),
            sound_volume=self.volume_slider.value() / 100,
            voice_enabled=self.voice_box.isChecked(),
            voice_name=name if isinstance(name, str) else None,
            voice_rate=self.rate_slider.value() / RATE_STEPS,
        )

    def test_voice(self) -> None:
        name = self.voice_combo.currentData()
        self._player.test_voice(
            name if isinstance(name, str) else None, self.rate_slider.value() / RATE_STEPS
        )

    def accept(self) -> None:
        chosen = self.settings_chosen()
        super().accept()
        self.chosen.emit(chosen)

    def reject(self) -> None:
        self._player.apply_settings(self._settings)  # undo what the previews and the test changed
        super().reject()


def open_cue_settings(
    parent: QWidget, player: CueControls, settings: Settings, on_chosen: Callable[[Settings], None]
) -> CueSettingsDialog:
    """Open the dialog (window-modal, not blocking); `on_chosen` gets the settings when the person saves."""
    dialog = CueSettingsDialog(settings, player, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(on_chosen)
    dialog.open()
    return dialog


def cue_settings_action(
    parent: QWidget,
    player: CueControls,
    current: Callable[[], Settings],
    on_chosen: Callable[[Settings], None],
) -> QAction:
    """A "Sound and voice…" menu action that opens the dialog on the settings of the moment."""
    action = QAction(QCoreApplication.translate("CueSettingsDialog", "Sound and &voice…"), parent)
    action.setObjectName("soundAndVoiceAction")
    action.triggered.connect(lambda: open_cue_settings(parent, player, current(), on_chosen))
    return action
