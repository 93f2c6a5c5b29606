"""minutes_cli: Swedish meeting minutes as validated, structured records.

    from minutes_cli import parse_file, parse_text
    record = parse_file("protokoll.txt")
    print(record.meeting.date, [a.owners for a in record.actions])
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["parse_text", "parse_file", "parse_bytes", "InputError", "__version__"]


def __getattr__(name: str):
    # Imported on first use, so that `minutes --version` starts without pydantic.
    if name in ("parse_text", "parse_file", "parse_bytes"):
        from . import pipeline
        return getattr(pipeline, name)
    if name == "InputError":
        from .errors import InputError
        return InputError
    raise AttributeError(name)
