"""Makes KneeCare's cue sounds (`resources/sounds/*.wav`) from a few sine partials: a soft attack, a gentle
decay and a low level. Standard library only, and deterministic, so the files can always be remade:

    python resources/sounds/make_sounds.py [OUT_DIR]

The sounds are original to this project (MIT, like the code). A test remakes them and compares.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

RATE = 44100  # samples per second, 16-bit mono: every audio output plays this
FULL_SCALE = 32767

# (seconds, peak level as a part of full scale): quiet on purpose, the person is relaxing.
SPECS: dict[str, tuple[float, float]] = {
    "step": (0.9, 0.30),  # a single soft bell: a new step begins
    "switch": (1.1, 0.30),  # two bells rising: change to the other knee
    "done": (1.8, 0.32),  # three bells of a major chord, the last one held: the session is done
    "inhale": (0.9, 0.16),  # a soft tone gliding up: breathe in
    "exhale": (0.9, 0.16),  # the same tone gliding down: breathe out
    "tick": (0.06, 0.18),  # a short wooden tick: one circle
}

Partial = tuple[float, float, float]  # (frequency ratio, amplitude, decay per second)
BELL: Sequence[Partial] = ((1.0, 1.0, 3.2), (2.0, 0.28, 5.5), (2.76, 0.16, 8.0), (5.4, 0.05, 14.0))


def bell(t: float, freq: float) -> float:
    """A struck bell at `t` seconds after the strike: a few partials, the higher ones dying sooner."""
    if t < 0:
        return 0.0
    attack = min(1.0, t / 0.008)  # 8 ms: soft, no click
    return attack * sum(a * math.exp(-d * t) * math.sin(2 * math.pi * freq * r * t) for r, a, d in BELL)


def notes(strikes: Sequence[tuple[float, float, float]]) -> Callable[[float], float]:
    """Bells struck at given times: (start seconds, frequency, loudness)."""
    return lambda t: sum(level * bell(t - start, freq) for start, freq, level in strikes)


def glide(low: float, high: float, seconds: float) -> Callable[[float], float]:
    """A tone whose pitch slides evenly (in musical steps) from `low` to `high` Hz; a raised-cosine swell."""
    phase = 0.0
    last_t = 0.0

    def sample(t: float) -> float:
        nonlocal phase, last_t
        freq = low * (high / low) ** (t / seconds)
        phase += 2 * math.pi * freq * (t - last_t)
        last_t = t
        swell = math.sin(math.pi * t / seconds) ** 2
        return swell * (math.sin(phase) + 0.18 * math.sin(2 * phase))

    return sample


def tick(t: float) -> float:
    """A short knock: two wooden-sounding partials that die within a few milliseconds."""
    attack = min(1.0, t / 0.002)
    return (
        attack
        * math.exp(-t / 0.009)
        * (math.sin(2 * math.pi * 1250 * t) + 0.5 * math.sin(2 * math.pi * 2730 * t))
    )


VOICES: dict[str, Callable[[float], float]] = {
    "step": notes(((0.0, 659.25, 1.0),)),  # E5
    "switch": notes(((0.0, 587.33, 0.9), (0.24, 880.0, 1.0))),  # D5 then A5
    "done": notes(((0.0, 523.25, 0.8), (0.2, 659.25, 0.8), (0.4, 783.99, 1.0))),  # C5 E5 G5
    "inhale": glide(293.66, 392.0, SPECS["inhale"][0]),  # D4 up to G4
    "exhale": glide(392.0, 293.66, SPECS["exhale"][0]),  # G4 down to D4
    "tick": tick,
}

FADE_OUT = 0.04  # seconds: every sound ends in silence, never cut off mid-wave


def render(name: str) -> list[int]:
    """The 16-bit samples of one sound, scaled to its peak level, with a short fade at the end."""
    seconds, peak = SPECS[name]
    voice = VOICES[name]
    count = round(seconds * RATE)
    raw = [voice(i / RATE) for i in range(count)]
    fade = min(count, round(FADE_OUT * RATE))
    for i in range(fade):
        raw[count - fade + i] *= math.cos(0.5 * math.pi * (i + 1) / fade) ** 2
    loudest = max(abs(x) for x in raw) or 1.0
    return [round(x / loudest * peak * FULL_SCALE) for x in raw]


def write(path: Path, samples: Sequence[int]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def main(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for name in SPECS:
        path = out_dir / f"{name}.wav"
        write(path, render(name))
        made.append(path)
    return made


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    for made in main(target):
        print(made)
