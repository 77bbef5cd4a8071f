"""Shared test helpers: system-tool checks that skip locally but fail under CI, and time fixtures."""
