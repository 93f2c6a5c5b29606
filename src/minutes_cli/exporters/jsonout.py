"""JSON and JSON Lines: the record as CONTRACT.md describes it."""
from __future__ import annotations

from ..records import Minutes


def to_json(record: Minutes) -> str:
    return record.model_dump_json(indent=2) + "\n"


def to_jsonl(record: Minutes) -> str:
    return record.model_dump_json() + "\n"


def to_json_array(records: list[Minutes]) -> str:
    if len(records) == 1:
        return to_json(records[0])
    inner = ",\n".join(r.model_dump_json(indent=2) for r in records)
    return f"[\n{inner}\n]\n"
