"""Validating a record as plain data, without building the pydantic models.

`records.py` is the schema: its models validate every record the library
returns. Building those models costs a `minutes parse` of one small file more
than the parsing itself (importing pydantic's model machinery and generating
sixteen validators takes ~0.2 s, twice `import click, pydantic, regex`). So the
command line validates with pydantic-core directly, against the models' own
core schema, stored beside this file in `record_schema.json`: the same Rust
validator, built in a millisecond.

The stored schema is the models' schema with models as typed dicts. The one
Python validator of the models (a blank `Text` becomes None) cannot be stored;
there the stored schema asks for a non-blank string instead, and a record it
refuses is validated by the models themselves, so the output is always what
the models give. `python -m minutes_cli.validation` writes the file again
after a change to records.py; a test says when it is out of date.
"""
from __future__ import annotations

import os

SCHEMA_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "record_schema.json")

# Python's str.strip() also strips \x1c-\x1f, which Unicode's \s does not hold:
# a value with one character outside both is not blank to either.
_NOT_BLANK = r"[^\s\x1c-\x1f]"

_validator = None
_core = None


def validate_plain(data: dict) -> dict:
    """The record `data` validated: the same dict the models' `model_dump()` gives."""
    global _validator, _core
    if _validator is None:
        _core = _core_module()
        # pydantic-core reads the JSON too: the json module's import is not paid for
        with open(SCHEMA_FILE, "rb") as handle:
            _validator = _core.SchemaValidator(_core.from_json(handle.read()))
    try:
        return _validator.validate_python(data)
    except _core.ValidationError:
        # a blank text to turn into None, or a real error: the models say which
        from .records import Minutes

        return Minutes.model_validate(data).model_dump()


def _core_module():
    """pydantic-core's compiled validator, `pydantic_core._pydantic_core`.

    Importing it as `pydantic_core` does first runs the package's `__init__`,
    which defines the ~80 typed dicts of `core_schema.py` for those who write
    schemas by hand: ~10 ms, an eighth of a `minutes parse` of one small file,
    for a schema this module reads from a file. So the compiled module is
    loaded from the package's folder on its own and registered under its
    name, where a later `import pydantic_core` (the models' fallback) finds it
    and uses the same module, not a second copy. Anything unexpected (another
    layout, a frozen install) falls back to the ordinary import."""
    import sys

    name = "pydantic_core._pydantic_core"
    module = sys.modules.get(name)
    if module is not None:
        return module
    try:
        from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader
        from importlib.util import find_spec, module_from_spec, spec_from_file_location

        for folder in find_spec("pydantic_core").submodule_search_locations:
            for suffix in EXTENSION_SUFFIXES:
                path = os.path.join(folder, "_pydantic_core" + suffix)
                if os.path.isfile(path):
                    loader = ExtensionFileLoader(name, path)
                    module = module_from_spec(spec_from_file_location(name, path, loader=loader))
                    loader.exec_module(module)
                    sys.modules[name] = module
                    return module
    except Exception:
        pass
    import pydantic_core._pydantic_core as module

    return module


def dump_json(data: dict, indent: int | None = None) -> str:
    """`data` as JSON, byte for byte what `Minutes.model_dump_json` writes: the
    validated record holds only strings, integers, booleans, None, lists and
    dicts, which the json module writes the same way. (pydantic-core's `to_json`
    would import pathlib, decimal and uuid first, for types a record never holds.)"""
    import json

    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent)


# ---------------------------------------------------------------- writing the stored schema


def build_schema() -> dict:
    """The core schema of records.Minutes with its models as typed dicts."""
    from .records import Minutes, _no_empty

    def convert(node):
        if isinstance(node, list):
            return [convert(n) for n in node]
        if not isinstance(node, dict):
            return node
        kind = node.get("type")
        if kind == "model":
            fields = node["schema"]["fields"]
            out = {"type": "typed-dict", "extra_behavior": "forbid",
                   "fields": {name: {"type": "typed-dict-field", "schema": convert(f["schema"]),
                                     "required": f["schema"].get("type") != "default"}
                              for name, f in fields.items()}}
            if "ref" in node:
                out["ref"] = _ref(node["ref"])
            return out
        if kind == "function-after":
            if node["function"]["function"] is not _no_empty:
                raise ValueError(f"records.py has a validator the stored schema cannot hold: {node['function']}")
            inner = convert(node["schema"])
            text = inner["schema"] if inner.get("type") == "nullable" else inner
            text["pattern"] = _NOT_BLANK
            return inner
        if kind == "default" and "default_factory" in node:
            out = {k: convert(v) for k, v in node.items() if k not in ("default_factory", "metadata")}
            out["default"] = node["default_factory"]()
            return out
        return {k: _ref(v) if k in ("ref", "schema_ref") else convert(v)
                for k, v in node.items() if k != "metadata"}

    return convert(Minutes.__pydantic_core_schema__)


def _ref(ref: str) -> str:
    """`Person:94125481755264` -> `Person`: the number is an address, new each run."""
    return ref.rsplit(":", 1)[0]


def schema_text() -> str:
    import json

    return json.dumps(build_schema(), ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    with open(SCHEMA_FILE, "w", encoding="utf-8") as out:
        out.write(schema_text())
    print(f"wrote {SCHEMA_FILE}")
