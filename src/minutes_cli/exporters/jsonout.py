"""JSON and JSON Lines: the record as CONTRACT.md describes it."""
from __future__ import annotations

from ..records import Minutes


def to_json(record: Minutes) -> str:
    return record.model_dump_json(indent=2) + "\n"


def to_jsonl(record: Minutes) -> str:
    return record.model_dump_json() + "\n"

