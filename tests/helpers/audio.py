"""What Qt Multimedia and Qt's speech plug-ins say on a machine without PipeWire, a sound server or a speech
engine: expected in the tests that build cue players, where there is no audio device on purpose."""

from __future__ import annotations

import pytest

NO_AUDIO_LOGS = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve)",
    r"PulseAudioService",
    r"QSoundEffect",
    r"Text-to-speech plug-in",
    r"Error loading text-to-speech",
)
