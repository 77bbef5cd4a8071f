"""A person who wonders whether their installation is whole runs `kneecare --self-check`: it loads every
part, opens a throwaway database and the window, says what it checked, and says clearly what is broken."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys

import pytest

from kneecare.assets import resources_dir
from kneecare.selfcheck import run_checks, run_self_check

CHECKS = (
    *("version", "modules", "hashes", "programs", "database", "qt"),
    *("resources", "icons", "translations", "fonts", "main window"),
)


def self_check(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kneecare", "--self-check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_self_check_passes_names_each_check_and_touches_no_personal_folder(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    done = self_check(env)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "KneeCare self-check"
    for name in CHECKS:
        assert any(line.split()[:1] == ["ok"] and f" {name} " in f"{line} " for line in lines), name
    assert lines[-1] == f"All {len(CHECKS)} checks passed."
    assert list(home.iterdir()) == []  # the database and any settings went to a temporary folder


def test_without_a_display_the_self_check_runs_qt_offscreen(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = self_check(env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "platform offscreen" in done.stdout


# Qt's own word on the broken SVG, expected here; and Qt Multimedia's start-up notes on a machine without
# PipeWire, when this test is the first to import it (the modules check imports every module).
@pytest.mark.qt_log_ignore("Cannot read file", r"Couldn't (load|resolve) pipewire")
def test_a_broken_program_and_a_broken_drawing_are_named_and_the_rest_still_checked(qapp, tmp_path):
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    (resources / "programs" / "quick.toml").write_text('id = "quick"\nname = \n')
    (resources / "icons" / "kneecare-tray-symbolic.svg").write_text("<svg><path d=")

    results = {r.name: r for r in run_checks(resources)}
    assert not results["programs"].ok and "quick.toml" in results["programs"].detail
    assert not results["resources"].ok and "kneecare-tray-symbolic.svg" in results["resources"].detail
    for fine in ("modules", "database", "qt", "icons"):
        assert results[fine].ok, results[fine].detail

    out = io.StringIO()
    assert run_self_check(out, resources) == 1
    report = out.getvalue()
    assert "FAIL  programs" in report
    assert report.rstrip().endswith("checks failed: programs, resources, main window.")


def test_a_missing_translation_is_named(qapp, tmp_path, monkeypatch):
    import kneecare.i18n
    from kneecare.core.languages import LANGUAGES
    from kneecare.selfcheck import check_translations

    others = ", ".join(code for code in LANGUAGES if code != "en")
    assert check_translations() == f"{others}: KneeCare's and Qt's own"
    monkeypatch.setattr(kneecare.i18n, "catalogue", lambda language: tmp_path / f"kneecare_{language}.qm")
    with pytest.raises(ValueError, match=r"kneecare_de\.qm does not load"):
        check_translations()


def test_self_check_is_listed_in_help():
    done = subprocess.run(
        [sys.executable, "-m", "kneecare", "--help"], capture_output=True, text=True, check=True
    )
    for option in ("--self-check", "--install-desktop-entry", "--uninstall-desktop-entry"):
        assert option in done.stdout
