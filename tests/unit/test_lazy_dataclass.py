"""The lazy dataclass is the standard library's dataclass, finished when first used, never before."""

from __future__ import annotations

import ast
import copy
import dataclasses
import inspect
import pickle
from pathlib import Path

import pytest

from kneecare.core import lazy_dataclass
from kneecare.core.lazy_dataclass import dataclass

ROOT = Path(__file__).resolve().parents[2] / "kneecare"


def waiting(cls: type) -> bool:
    return lazy_dataclass._PARAMS in cls.__dict__


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Named(Point):
    name: str = "p"
    seen: list[int] = dataclasses.field(default_factory=list, compare=False)


@dataclass
class Counter:
    count: int = 0
    doubled: int = dataclasses.field(init=False, default=0)

    def __post_init__(self) -> None:
        self.doubled = self.count * 2


@dataclasses.dataclass(frozen=True, order=True)
class StdPoint:
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()


def test_a_class_waits_until_it_is_first_made():
    @dataclass(frozen=True)
    class Late:
        a: int

    assert waiting(Late)
    late = Late(3)
    assert not waiting(Late) and late.a == 3
    # The stand-in (self, *args, **kwargs) is gone: the standard library's __init__ takes the fields.
    assert list(inspect.signature(Late.__init__).parameters) == ["self", "a"]


def test_asking_for_the_fields_finishes_it_too():
    @dataclass
    class Asked:
        a: int
        b: str = "b"

    assert waiting(Asked)
    assert [f.name for f in dataclasses.fields(Asked)] == ["a", "b"]
    assert not waiting(Asked) and dataclasses.is_dataclass(Asked)


def test_once_finished_it_behaves_as_the_standard_librarys():
    point, std = Point(1, 2, ("a",)), StdPoint(1, 2, ("a",))
    assert repr(point).replace("Point", "StdPoint") == repr(std)
    assert point == Point(1, 2, ("a",)) and point != Point(1, 3) and point != std
    assert hash(point) == hash(Point(1, 2, ("a",)))
    assert Point(1) < Point(2) and sorted([Point(2), Point(1, 5)]) == [Point(1, 5), Point(2)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 5  # type: ignore[misc]
    assert dataclasses.replace(point, y=9) == Point(1, 9, ("a",))
    assert dataclasses.asdict(point) == dataclasses.asdict(std)
    assert pickle.loads(pickle.dumps(point)) == point and copy.deepcopy(point) == point
    assert Point.__match_args__ == StdPoint.__match_args__
    with pytest.raises(TypeError):
        Point()  # type: ignore[call-arg]  # x has no default


def test_a_subclass_finishes_its_bases_first():
    @dataclass(frozen=True)
    class Base:
        a: int

    @dataclass(frozen=True)
    class Child(Base):
        b: int = 2

    child = Child(1)
    assert not waiting(Base) and not waiting(Child)
    assert (child.a, child.b) == (1, 2) and [f.name for f in dataclasses.fields(Child)] == ["a", "b"]
    named = Named(1, name="n")
    assert named.seen == [] and named == Named(1, name="n", seen=[4]) and named.y == 0


def test_post_init_and_init_false_fields_work():
    assert Counter(4).doubled == 8 and Counter().count == 0


def test_a_plain_subclass_of_a_waiting_class_finishes_it():
    @dataclass
    class Base:
        a: int = 1

    class Plain(Base):
        def __init__(self) -> None:
            super().__init__(a=7)

    assert Plain().a == 7 and not waiting(Base)


def test_a_class_with_its_own_init_is_finished_at_once_and_keeps_it():
    @dataclass
    class Own:
        a: int

        def __init__(self, value: str) -> None:
            self.a = int(value)

    assert not waiting(Own) and Own("5").a == 5 and dataclasses.is_dataclass(Own)


def test_slots_are_refused():
    with pytest.raises(TypeError, match="slots"):

        @dataclass(slots=True)  # type: ignore[call-overload]
        class Slotted:
            a: int


def test_every_kneecare_dataclass_is_the_lazy_one():
    """The first window's import time depends on it: a class imported there but not used costs nothing.
    Only a class with slots (which the lazy one refuses) may use the standard library's decorator."""
    offenders = []
    for path in ROOT.rglob("*.py"):
        if path.name == "lazy_dataclass.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module == "dataclasses"
                and any(alias.name == "dataclass" for alias in node.names)
                and "slots=True" not in path.read_text(encoding="utf-8")
            ):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
