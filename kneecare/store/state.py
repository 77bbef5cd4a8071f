"""Small facts the app keeps between runs (a notice shown once, the last reminder): a key-value table."""

from __future__ import annotations

import sqlite3

from kneecare.store.db import transaction


class AppState:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set(self, key: str, value: str) -> None:
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def delete(self, key: str) -> None:
        with transaction(self.conn):
            self.conn.execute("DELETE FROM app_state WHERE key = ?", (key,))
