"""The cue sounds as `QSoundEffect`s, one per sound, at the person's volume. Without an audio output they
stay silent: that is logged once and nothing else changes."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices, QSoundEffect

from kneecare.core.cues import Sound

log = logging.getLogger(__name__)


class SoundBank(QObject):
    """Loads every cue sound once and plays it on demand; `device` None means the system's default output."""

    def __init__(
        self, folder: Path, device: QAudioDevice | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._volume = 0.5
        self._silent_reason: str | None = None
        self._effects: dict[Sound, QSoundEffect] = {}
        if device is None and not QMediaDevices.audioOutputs():
            self._mute_once("no audio output was found")
        for sound in Sound:
            effect = QSoundEffect(device, self) if device is not None else QSoundEffect(self)
            effect.setVolume(self._volume)
            self._effects[sound] = effect
            effect.statusChanged.connect(lambda s=sound: self._status_changed(s))
            path = folder / sound.file_name
            if not path.is_file():
                self._mute_once(f"the sound file {path} is missing")
            effect.setSource(QUrl.fromLocalFile(str(path)))

    @property
    def working(self) -> bool:
        """False once a sound could not be loaded or played (no audio output, a missing file)."""
        return self._silent_reason is None

    @property
    def problem(self) -> str | None:
        return self._silent_reason

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    def play(self, sound: Sound) -> None:
        """Play `sound` from its start (a sound still ringing starts again); silently nothing on error."""
        effect = self._effects[sound]
        if self._volume <= 0.0 or effect.status() is QSoundEffect.Status.Error:
            return
        effect.play()

    def is_playing(self, sound: Sound) -> bool:
        return self._effects[sound].isPlaying()

    def status(self, sound: Sound) -> QSoundEffect.Status:
        return self._effects[sound].status()

    def _status_changed(self, sound: Sound) -> None:
        if self._effects[sound].status() is QSoundEffect.Status.Error:
            self._mute_once(f"the {sound.value} sound cannot be played here (no audio output?)")

    def _mute_once(self, why: str) -> None:
        if self._silent_reason is None:
            self._silent_reason = why
            log.warning("sounds: %s; carrying on without them", why)
