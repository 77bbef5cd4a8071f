"""Dataclass methods compiled once and kept between starts are the standard library's own: the same
signature, annotations, names and behaviour as a class the standard library compiled itself; a second
start compiles nothing; the module's `exec` is left as it was."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from pathlib import Path
from typing import Any

import pytest

from kneecare.core.method_cache import METHODS, MethodCache, compiling_through
from kneecare.core.method_cache import default_path as cache_path


@pytest.fixture(autouse=True)
def bytecode_written(monkeypatch):
    """As Python is usually run (the tests' shell may say PYTHONDONTWRITEBYTECODE)."""
    monkeypatch.setattr("sys.dont_write_bytecode", False)


def make_classes() -> dict[str, type]:
    """Fresh classes of the shapes KneeCare uses (frozen, ordered, defaults, factories, post_init,
    init=False, compare=False, inheritance), not yet dataclasses."""

    class Point:
        x: int
        y: float = 0.5
        tags: tuple[str, ...] = ()

    class Named(Point):
        name: str = "p"
        seen: list[int] = dataclasses.field(default_factory=list, compare=False, repr=False)

    class Counter:
        count: int = 0
        doubled: int = dataclasses.field(init=False, default=0)

        def __post_init__(self) -> None:
            self.doubled = self.count * 2

    return {"Point": Point, "Named": Named, "Counter": Counter}


OPTIONS: dict[str, dict[str, bool]] = {
    "Point": {"frozen": True, "order": True},
    "Named": {"frozen": True},
    "Counter": {},
}


def finished(through: MethodCache | None) -> dict[str, Any]:
    made = make_classes()
    out: dict[str, Any] = {}
    for name in ("Point", "Named", "Counter"):  # a base before its subclass, as the lazy dataclass does
        if through is None:
            out[name] = dataclasses.dataclass(made[name], **OPTIONS[name])
        else:
            with compiling_through(through):
                out[name] = dataclasses.dataclass(made[name], **OPTIONS[name])
    return out


METHOD_NAMES = (
    "__init__",
    "__repr__",
    "__eq__",
    "__hash__",
    "__setattr__",
    "__delattr__",
    "__lt__",
    "__ge__",
)


def described(classes: dict[str, Any]) -> list[object]:
    """What a person (or a tool) can see of the generated methods."""
    seen: list[object] = []
    for name, cls in classes.items():
        seen.append((name, str(inspect.signature(cls)), cls.__match_args__, cls.__dataclass_params__.frozen))
        for method in METHOD_NAMES:
            fn = cls.__dict__.get(method)
            if callable(fn):
                code = fn.__code__
                seen.append(
                    (name, method, fn.__qualname__, fn.__annotations__, code.co_filename, code.co_code)
                )
            else:
                seen.append((name, method, fn))
    return seen


def behaviour(classes: dict[str, Any]) -> list[object]:
    point, named, counter = classes["Point"], classes["Named"], classes["Counter"]
    a, b = point(1, 2.0, ("t",)), point(1, 2.0, ("t",))
    n = named(1, name="n", seen=[3])
    out: list[object] = [repr(a), a == b, hash(a) == hash(b), a < point(2), sorted([point(3), a])[0] == a]
    out += [repr(n), n == named(1, name="n"), repr(counter(4)), counter(4).doubled, dataclasses.asdict(n)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.x = 5
    with pytest.raises(TypeError):
        point()
    out.append(dataclasses.replace(a, y=9.0) == point(1, 9.0, ("t",)))
    return out


def test_methods_from_the_cache_are_the_ones_the_standard_library_compiles(tmp_path):
    standard = finished(None)
    first = MethodCache(tmp_path / "methods.marshal")
    compiled = finished(first)
    assert first.compiled > 0 and first.save()
    again = MethodCache(tmp_path / "methods.marshal")
    from_file = finished(again)
    assert again.compiled == 0  # every method came from the file
    assert described(compiled) == described(standard) == described(from_file)
    assert behaviour(compiled) == behaviour(standard) == behaviour(from_file)


def test_annotations_are_the_classes_types_not_the_generated_names(tmp_path):
    """This module, like the cache's, reads annotations lazily (`from __future__ import annotations`);
    the generated methods must not: `__init__` is annotated with the field's own annotation."""
    classes = finished(MethodCache(tmp_path / "methods.marshal"))
    assert classes["Point"].__init__.__annotations__ == {
        "x": "int",
        "y": "float",
        "tags": "tuple[str, ...]",
        "return": None,
    }


def test_the_dataclasses_module_keeps_its_own_exec():
    with compiling_through(MethodCache(None)), compiling_through(MethodCache(None)):
        assert "exec" in vars(dataclasses)
    assert "exec" not in vars(dataclasses)


def test_a_pickled_instance_round_trips(tmp_path):
    first = MethodCache(tmp_path / "methods.marshal")
    finished(first)
    first.save()
    point = finished(MethodCache(tmp_path / "methods.marshal"))["Point"]
    globals()["Point"] = point  # pickle finds classes by module and name
    point.__qualname__ = "Point"
    try:
        assert pickle.loads(pickle.dumps(point(1, 2.0))) == point(1, 2.0)
    finally:
        del globals()["Point"]


def test_nothing_is_written_when_nothing_new_was_compiled_or_bytecode_is_not_written(tmp_path, monkeypatch):
    path = tmp_path / "methods.marshal"
    assert not MethodCache(path).save()  # nothing compiled
    cache = MethodCache(path)
    finished(cache)
    monkeypatch.setattr("sys.dont_write_bytecode", True)
    assert not cache.save() and not path.exists()


def test_the_kept_methods_live_beside_the_bytecode_and_kneecare_uses_them():
    path = cache_path()
    assert path is not None and path.parent.name == "__pycache__"
    assert path.parent.parent == Path(__file__).resolve().parents[2] / "kneecare" / "core"
    assert METHODS.path == path
