"""Compiling the grammar's patterns: the standard library's `re` where it can,
the `regex` package where a pattern needs it (Unicode properties such as
`\\p{Lu}`, lookbehinds of varying width).

`re` compiles these patterns about three times faster and runs most of them
faster too, which start-up and throughput both feel; the flags are the same
numbers in both modules. A pattern is compiled when it is first used: a run
of `minutes parse` on one document never pays for the patterns of forms the
document does not have (a third of them, on a typical file).
"""
from __future__ import annotations

import re

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")


def compile(pattern: str, flags: int = 0):  # noqa: A001 - the name says what it does
    """A compiled pattern, compiled on first use."""
    return _Deferred(pattern, flags)


def compile_now(pattern: str, flags: int = 0):
    if "\\p{" not in pattern and "\\P{" not in pattern:   # `re` knows no Unicode property
        try:
            return re.compile(pattern, flags)
        except re.error:
            pass
    import regex

    return regex.compile(pattern, flags)


class _Deferred:
    """Stands for a compiled pattern until it is first asked for something, then
    holds the compiled pattern's methods as its own: later calls cost what calls
    on the pattern itself cost."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):   # only for what the instance does not hold yet
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = self.__dict__.get("compiled")
        if compiled is None:
            compiled = compile_now(*self._source)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
            self.compiled = compiled
        return compiled if name == "compiled" else getattr(compiled, name)

    def __repr__(self) -> str:
        return f"patterns.compile({self._source[0]!r}, {self._source[1]})"


def opens_with(words):
    """A cheap test of a line's first letters, before a pattern anchored at the
    start (`^(?:label|...)`, case-insensitive) is tried on it: False means that
    no word of the table can open the line."""
    heads = tuple({w[:4].casefold() for w in words})
    return lambda text: text[:4].casefold().startswith(heads)
