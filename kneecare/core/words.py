"""Filling translated message templates: Qt's %1, %2... placeholders, in plain Python so core, store and
UI share one way of doing it (a translation may put the placeholders in any order)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, *values: object) -> str:
    """`template` with %1, %2... replaced by `values`, in one pass: a value that itself contains "%1" is
    never read again. A placeholder with no value stays as written."""
    said = [str(v) for v in values]

    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return said[n - 1] if 1 <= n <= len(said) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
