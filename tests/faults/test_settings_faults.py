"""Issue 15.5: a settings file that cannot be settings (nested 100,000 deep, or larger than 1 MiB) is
moved aside with a message instead of stopping every start; a byte order mark is fine."""

from __future__ import annotations

import json

from kneecare.settings import Settings, SettingsStore
from tests.faults.support import kneecare

MAX_SETTINGS_BYTES = 1024 * 1024


def test_settings_nested_100000_deep_are_moved_aside_with_a_message(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    loaded = SettingsStore(path).load()
    assert loaded.settings == Settings()
    assert loaded.warning is not None and "nested too deeply" in loaded.warning
    assert not path.exists() and len(list(tmp_path.glob("settings.json.bad-*"))) == 1


def test_the_app_starts_with_deeply_nested_settings_and_says_so(tmp_path):
    data = tmp_path / "d"
    (data / "config").mkdir(parents=True)
    (data / "config" / "settings.json").write_text("{" + '"a":{' * 100_000, encoding="utf-8")
    done = kneecare("--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "KNEECARE_DIALOG settings" in done.stderr
    assert list((data / "config").glob("settings.json.bad-*"))


def test_a_settings_file_above_1_mib_is_moved_aside(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"daily_goal": 1, "pad": " " * MAX_SETTINGS_BYTES}), encoding="utf-8")
    loaded = SettingsStore(path).load()
    assert loaded.warning is not None and "larger than 1 MiB" in loaded.warning
    assert list(tmp_path.glob("settings.json.bad-*"))


def test_a_byte_order_mark_in_settings_is_fine(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"daily_goal": 1}).encode())
    loaded = SettingsStore(path).load()
    assert loaded.warning is None and loaded.settings.daily_goal == 1


def test_a_bad_reminder_rule_checked_after_the_first_frame_is_said_and_loses_nothing(tmp_path):
    """The reminder rules are checked after the first frame now (core/schedule.py is not imported before
    it): a time that cannot be is still said at start, the file is still kept aside as it was, and only the
    reminders go back to their defaults; the person's other choices stay."""
    data = tmp_path / "d"
    (data / "config").mkdir(parents=True)
    path = data / "config" / "settings.json"
    original = json.dumps({"knees": "right", "daily_question": False, "reminder_times": ["09:00", "25:99"]})
    path.write_text(original, encoding="utf-8")
    done = kneecare("--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    said = [line for line in done.stderr.splitlines() if "KNEECARE_DIALOG settings" in line]
    assert said and "reminder_times[1]" in said[0] and "25:99" in said[0]
    aside = list((data / "config").glob("settings.json.bad-*"))
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == original
    kept = json.loads(path.read_text(encoding="utf-8"))
    assert kept["knees"] == "right" and kept["daily_question"] is False
    assert kept["reminder_times"] == list(Settings().reminder_times)
