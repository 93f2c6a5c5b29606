"""Errors a user can act on: each names the file and says how to fix it."""
from __future__ import annotations


class MinutesError(Exception):
    """Base class of the errors this library raises on purpose."""


class InputError(MinutesError):
    """A file that cannot be read as minutes: the message says why and what to do."""

    def __init__(self, path: str | None, problem: str, fix: str):
        self.path = path
        self.problem = problem
        self.fix = fix
        where = f"{path}: " if path else ""
        super().__init__(f"{where}{problem}. {fix}")
