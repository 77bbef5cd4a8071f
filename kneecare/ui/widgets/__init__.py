"""Painted widgets; their geometry lives in pure helpers that tests call without a screen."""
