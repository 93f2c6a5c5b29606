"""JSON and JSON Lines: the record as CONTRACT.md describes it."""
from __future__ import annotations


def to_json(record) -> str:
    """A `Minutes` record, or its plain dict (pipeline's `plain=True`), as indented JSON."""
    if isinstance(record, dict):
        from ..validation import dump_json
        return dump_json(record, indent=2) + "\n"
    return record.model_dump_json(indent=2) + "\n"


def to_jsonl(record) -> str:
    if isinstance(record, dict):
        from ..validation import dump_json
        return dump_json(record) + "\n"
    return record.model_dump_json() + "\n"
