"""The cue sounds are gentle: quiet, soft at both ends, never clipped, never silent, as long as the planner
thinks; and the committed files are exactly what the committed script makes."""

from __future__ import annotations

import importlib.util
import math
import struct
import wave
from itertools import pairwise
from pathlib import Path

import pytest

from kneecare.assets import resource
from kneecare.core.cues import SOUND_SECONDS, Sound

RATE = 44100
FULL = 32767


def samples(path: Path):
    with wave.open(str(path), "rb") as w:
        params = w.getparams()
        frames = w.readframes(params.nframes)
    return params, list(struct.unpack(f"<{params.nframes}h", frames))


def make_sounds_module():
    spec = importlib.util.spec_from_file_location("make_sounds", resource("sounds", "make_sounds.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("sound", list(Sound))
def test_each_sound_is_quiet_soft_at_both_ends_and_not_silent(sound):
    params, s = samples(resource("sounds", sound.file_name))
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, RATE)
    assert params.nframes / RATE == pytest.approx(SOUND_SECONDS[sound], abs=0.001)
    peak = max(abs(x) for x in s) / FULL
    rms = math.sqrt(sum(x * x for x in s) / len(s)) / FULL
    assert 0.1 <= peak <= 0.35, "quiet, well below full scale (-9 dBFS at most)"
    assert rms >= 0.02, "not silent"
    assert max(abs(x) for x in s) < FULL, "never clipped"
    ms = RATE // 1000
    assert abs(s[0]) / FULL < 0.01, "starts from silence"
    assert max(abs(x) for x in s[:ms]) / FULL < 0.6 * peak, "a soft attack: no click in the first millisecond"
    assert max(abs(x) for x in s[-5 * ms :]) / FULL < 0.02 * peak + 1 / FULL, "fades out to silence"


def test_the_breathing_tones_rise_for_the_inhale_and_fall_for_the_exhale():
    def pitch_trend(sound: Sound) -> float:
        _, s = samples(resource("sounds", sound.file_name))
        third = len(s) // 3
        crossings = [sum(1 for a, b in pairwise(part) if a < 0 <= b) for part in (s[:third], s[2 * third :])]
        return crossings[1] / crossings[0]

    assert pitch_trend(Sound.INHALE) > 1.15
    assert pitch_trend(Sound.EXHALE) < 1 / 1.15


def test_the_chimes_are_told_apart_by_length():
    lengths = [SOUND_SECONDS[s] for s in (Sound.STEP, Sound.SWITCH, Sound.DONE)]
    assert lengths == sorted(set(lengths))


def test_the_committed_files_are_what_the_script_makes(tmp_path):
    made = make_sounds_module().main(tmp_path)
    assert sorted(p.name for p in made) == sorted(s.file_name for s in Sound)
    for path in made:
        fresh_params, fresh = samples(path)
        kept_params, kept = samples(resource("sounds", path.name))
        assert fresh_params == kept_params
        # allow one step of rounding: another machine's libm may differ in the last bit
        assert max(abs(a - b) for a, b in zip(fresh, kept, strict=True)) <= 1, path.name
