"""Compiling the grammar's patterns: the standard library's `re` where it can,
the `regex` package where a pattern needs it (Unicode properties such as
`\\p{Lu}`, lookbehinds of varying width).

`re` compiles these patterns about three times faster and runs most of them
faster too, which start-up and throughput both feel; the flags are the same
numbers in both modules.
"""
from __future__ import annotations

import re


def compile(pattern: str, flags: int = 0):  # noqa: A001 - the name says what it does
    if "\\p{" not in pattern and "\\P{" not in pattern:   # `re` knows no Unicode property
        try:
            return re.compile(pattern, flags)
        except re.error:
            pass
    import regex

    return regex.compile(pattern, flags)


def opens_with(words):
    """A cheap test of a line's first letters, before a pattern anchored at the
    start (`^(?:label|...)`, case-insensitive) is tried on it: False means that
    no word of the table can open the line."""
    heads = tuple({w[:4].casefold() for w in words})
    return lambda text: text[:4].casefold().startswith(heads)
