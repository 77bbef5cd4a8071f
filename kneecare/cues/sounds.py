"""The cue sounds, in the cue helper process (kneecare/cues/helper.py), played one at a time through a
single `QSoundEffect` at the person's volume. Without an audio output they stay silent: that is logged once
and nothing else changes.

Why one effect for all sounds: with Qt 6.12's PulseAudio backend, two QSoundEffects played one after the
other can leave Qt's event loop spinning on "QSocketNotifier: Invalid socket" warnings (seen in 4 of 5 runs
on a PulseAudio null sink; tests/gui/test_sound_output.py plays a session's sounds on one). One effect whose
source changes never did. The cue planner plays one sound at a time anyway, so nothing is lost.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices, QSoundEffect

from kneecare.core.cues import Sound

log = logging.getLogger(__name__)


class SoundBank(QObject):
    """Plays cue sounds on demand; `device` None means the system's default output. `muted` says why,
    once, when sounds stop working."""

    muted = Signal(str)

    def __init__(
        self, folder: Path, device: QAudioDevice | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._volume = 0.5
        self._problem: str | None = None
        self._urls = {sound: QUrl.fromLocalFile(str(folder / sound.file_name)) for sound in Sound}
        missing = [str(folder / s.file_name) for s in Sound if not (folder / s.file_name).is_file()]
        if missing:
            self._mute_once(f"sound files are missing: {', '.join(missing)}")
        if device is None and not QMediaDevices.audioOutputs():
            self._mute_once("no audio output was found")
        self._effect = QSoundEffect(device, self) if device is not None else QSoundEffect(self)
        self._effect.setVolume(self._volume)
        self._effect.statusChanged.connect(self._status_changed)
        self._effect.setSource(self._urls[Sound.STEP])  # the first sound of every session, ready early

    @property
    def working(self) -> bool:
        """False once a sound could not be loaded or played (no audio output, a missing file)."""
        return self._problem is None

    @property
    def problem(self) -> str | None:
        return self._problem

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def effect(self) -> QSoundEffect:
        return self._effect

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        self._effect.setVolume(self._volume)

    def play(self, sound: Sound) -> None:
        """Play `sound` from its start, cutting the one ringing; nothing at all once sound has failed."""
        if self._volume <= 0.0 or self._problem is not None:
            return
        effect = self._effect
        if effect.source() != self._urls[sound]:
            effect.setSource(self._urls[sound])  # a small WAV: loaded in a few ms, then it plays
        effect.play()

    def _status_changed(self) -> None:
        if self._effect.status() is QSoundEffect.Status.Error:
            name = self._effect.source().fileName()
            self._mute_once(f"{name} cannot be played here (no audio output?)")

    def _mute_once(self, why: str) -> None:
        if self._problem is None:
            self._problem = why
            log.warning("sounds: %s; carrying on without them", why)
            self.muted.emit(why)
