"""Finds the shipped `resources/` folder: inside the installed package, else the checkout's top level."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding programs, drawings, icons and sounds.

    A wheel carries it as `kneecare/resources`; an editable install or a plain checkout does not, so fall
    back to the top-level `resources/` beside the package.
    """
    packaged = Path(str(files("kneecare"))) / "resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"KneeCare's resources are missing (looked in {packaged} and {checkout})")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def program_files() -> list[Path]:
    return sorted(resource("programs").glob("*.toml"))
