"""A damaged, foreign or unwritable file of kept dataclass methods never stops a start: the methods are
compiled as the standard library does, the classes behave the same, and a good file is written back
where it can be."""

from __future__ import annotations

import dataclasses
import marshal
import os
import sys

import pytest

from kneecare.core.method_cache import MethodCache, compiling_through


@pytest.fixture(autouse=True)
def bytecode_written(monkeypatch):
    monkeypatch.setattr("sys.dont_write_bytecode", False)


def make(cache: MethodCache) -> type:
    class Knee:
        side: str
        minutes: float = 2.0

    with compiling_through(cache):
        return dataclasses.dataclass(Knee, frozen=True)


def works(cls: type) -> None:
    left = cls("left")
    assert left == cls("left", 2.0) and hash(left) == hash(cls("left"))
    assert repr(left).endswith("Knee(side='left', minutes=2.0)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        left.side = "right"


def good_file(path) -> bytes:
    cache = MethodCache(path)
    make(cache)
    assert cache.save()
    return path.read_bytes()


def rewritten(good: bytes, change) -> bytes:
    """The good file with every entry after the first changed (the first stays usable)."""
    stamp, kept = marshal.loads(good)
    first = next(iter(kept))
    return marshal.dumps((stamp, {s: code if s == first else change(code) for s, code in kept.items()}))


DAMAGE = {
    "garbage": lambda good: os.urandom(64),
    "truncated": lambda good: good[: len(good) // 2],
    "empty": lambda good: b"",
    "another interpreter": lambda good: marshal.dumps(((sys.hexversion - 1, 0), marshal.loads(good)[1])),
    "not a table": lambda good: marshal.dumps(((sys.hexversion, sys.flags.optimize), ["def f(): pass"])),
    "text, not code": lambda good: marshal.dumps(
        ((sys.hexversion, sys.flags.optimize), dict.fromkeys(marshal.loads(good)[1], "print('no')"))
    ),
    "entries damaged": lambda good: rewritten(good, lambda code: b"\xff" + b"damaged"),
    "entries not code": lambda good: rewritten(good, lambda code: marshal.dumps(42)),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_or_foreign_file_is_compiled_past_and_written_anew(tmp_path, damage):
    path = tmp_path / "methods.marshal"
    good = good_file(path)
    path.write_bytes(DAMAGE[damage](good))
    cache = MethodCache(path)
    works(make(cache))
    assert cache.compiled > 0  # nothing taken from the damaged file
    assert cache.save()
    again = MethodCache(path)
    works(make(again))
    assert again.compiled == 0


def test_a_folder_that_cannot_be_made_leaves_everything_as_it_was(tmp_path):
    """A read-only or full disk fails the same way (OSError); a file in the folder's place fails even
    for root, who may write anywhere."""
    (tmp_path / "__pycache__").write_text("not a folder")
    cache = MethodCache(tmp_path / "__pycache__" / "methods.marshal")
    works(make(cache))
    assert not cache.save()
    assert (tmp_path / "__pycache__").read_text() == "not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["__pycache__"]
