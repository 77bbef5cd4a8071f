"""Dataclasses finished when first used: the standard library's `dataclass` compiles each class's methods
(about half a millisecond a class), so the classes the first window imports but does not use cost it nothing;
and the ones it uses take their compiled methods from the last start (`kneecare/core/method_cache.py`).

`@dataclass(frozen=True)` from here declares the class at once and hands it to `dataclasses.dataclass`,
with the same options, the first time the class is instantiated or asked for its fields
(`dataclasses.fields`, `is_dataclass`, `asdict`, `replace` all ask). From then on it is exactly the
standard library's dataclass. A subclass finishes its bases first. `slots=True` makes a new class, which
cannot wait: use the standard library's decorator for it. A class with its own `__init__` is finished at once.

Threads: while one thread finishes a class, the class has no `__init__` for a moment (the standard
processing must not find the stand-in), so a second thread making an instance in that moment would fail.
KneeCare makes its objects on one thread (the cue helper's reader thread hands raw lines to the main
thread); code that makes a class's first instances on two threads at once calls `finish(cls)` first.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

from kneecare.core.method_cache import METHODS, compiling_through

T = TypeVar("T")
_PARAMS = "__lazy_dataclass_params__"
_FIELDS = "__dataclass_fields__"
_process = dataclasses.dataclass  # the standard library's, which finishes a class
_finishing = threading.RLock()  # one finishing at a time


def finish(cls: type) -> None:
    """Run the standard library's dataclass on every class of `cls`'s MRO still waiting, bases first."""
    with _finishing, compiling_through(METHODS):  # the methods' code kept from the last start
        for klass in reversed(cls.__mro__):
            params = klass.__dict__.get(_PARAMS)
            if params is None:
                continue
            # The stand-ins (set together by `_wait`) go before the real processing, which must see a
            # plain class.
            for name in (_PARAMS, _FIELDS, "__init__"):
                delattr(klass, name)
            _process(klass, **params)


class _Fields:
    """`__dataclass_fields__` until the class is finished: asking for it finishes the class."""

    def __get__(self, instance: object, owner: type) -> dict[str, dataclasses.Field[Any]]:
        finish(owner)
        fields: dict[str, dataclasses.Field[Any]] = getattr(owner, _FIELDS)
        return fields


def _wait(cls: type[T], params: dict[str, bool]) -> type[T]:
    if params.get("slots"):
        raise TypeError(f"{cls.__name__}: slots=True makes a new class; use dataclasses.dataclass for it")
    if "__init__" in cls.__dict__:  # its own __init__ is kept, and nothing would say when it is first used
        return _process(cls, **params)

    def __init__(self: object, *args: object, **kwargs: object) -> None:
        finish(cls)
        cls.__init__(self, *args, **kwargs)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    setattr(cls, _PARAMS, params)
    setattr(cls, _FIELDS, _Fields())
    setattr(cls, "__init__", __init__)  # noqa: B010 (a stand-in method, set on purpose)
    return cls


@overload
def dataclass(cls: type[T], /) -> type[T]: ...


@overload
def dataclass(
    *, frozen: bool = False, order: bool = False, eq: bool = True, init: bool = True, repr: bool = True
) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(field_specifiers=(dataclasses.field, dataclasses.Field))
def dataclass(cls: type[T] | None = None, /, **params: bool) -> type[T] | Callable[[type[T]], type[T]]:
    """`dataclasses.dataclass`, run when the class is first used (see the module's docstring)."""
    if cls is not None:
        return _wait(cls, params)
    return lambda klass: _wait(klass, params)
