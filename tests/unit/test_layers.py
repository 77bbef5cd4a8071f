"""Every import in kneecare/ follows the layer table in the README (read from it, so the map cannot drift
from the code). Issue 13 ("one shape for the shell") paid the last of the known breaks: the list is empty and
any import that breaks the table fails."""

from __future__ import annotations

from tests.helpers.layers import breaks as why_breaks
from tests.helpers.layers import map_breaks, read_layers

# (importer, imported): breaks accepted for now. Empty since issue 13; add none without a reason.
KNOWN_BREAKS: set[tuple[str, str]] = set()  # issue 13 paid every one; keep it empty


def pairs() -> set[tuple[str, str]]:
    found = set()
    for row in map_breaks():
        importer, target = row.split(" ", 1)[1].split(" (", 1)[0].split(" -> ")
        found.add((importer, target))
    return found


def test_no_import_breaks_the_layer_map_beyond_the_known_debts():
    new = pairs() - KNOWN_BREAKS
    assert not new, "imports that break the README's layer table:\n" + "\n".join(
        row for row in map_breaks() if any(f"{a} -> {b}" in row for a, b in new)
    )


def test_a_debt_that_was_paid_leaves_the_list():
    paid = KNOWN_BREAKS - pairs()
    assert not paid, f"these imports no longer break the map: remove them from KNOWN_BREAKS: {sorted(paid)}"


def test_the_table_catches_what_it_forbids():
    layers = read_layers()
    assert why_breaks(layers, "kneecare.core.plan", "kneecare.ui.text") == "core may not import shell"
    assert why_breaks(layers, "kneecare.core.plan", "kneecare.store.db") == "core may not import store"
    assert why_breaks(layers, "kneecare.store.db", "kneecare.session.controller") is not None
    assert why_breaks(layers, "kneecare.ui.history", "kneecare.app") is not None
    assert why_breaks(layers, "kneecare.ui.text", "sqlite3") is not None
    assert why_breaks(layers, "kneecare.ui.history", "kneecare.store.service") is None
    assert why_breaks(layers, "kneecare.store.sessions", "kneecare.core.stats") is None
    assert why_breaks(layers, "kneecare.__main__", "kneecare.app") is None
