"""Finding a dialog by its title on a private Xvfb screen (xdotool), for end-to-end tests."""

from __future__ import annotations

import subprocess

from tests.helpers.xvfb import x_env

RATING_TITLE = "How do your knees feel?"


def find_named(display: str, title: str, timeout: float = 20.0) -> str:
    """The id of the first visible window whose title contains `title` (waits until one shows)."""
    result = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", title],
        env=x_env(display),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    ids = result.stdout.split()
    if not ids:
        raise AssertionError(f"no visible window titled {title!r}: {result.stderr}")
    return ids[0]
