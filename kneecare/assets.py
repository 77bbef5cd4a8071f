"""Finds the shipped `resources/` folder: inside the installed package, else the checkout's top level."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The folder holding programs, drawings, icons and sounds.

    A wheel carries it as `kneecare/resources` (hatchling force-include). An editable install or a plain
    checkout does not, so fall back to the top-level `resources/` beside the package. Only a zipped
    install needs `importlib.resources` (slow to import, so asked last).
    """
    candidates = [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    for folder in candidates:
        if (folder / "programs").is_dir():
            return folder
    from importlib.resources import files

    packaged = Path(str(files("kneecare") / "resources"))
    if (packaged / "programs").is_dir():
        return packaged
    raise FileNotFoundError(
        f"KneeCare's resources are missing (looked in {candidates[0]} and {candidates[1]})"
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def program_files() -> list[Path]:
    return sorted(resource("programs").glob("*.toml"))
