"""The domain: programs, plans, the session machine, safety, schedules. Imports no Qt and no SQLite."""
