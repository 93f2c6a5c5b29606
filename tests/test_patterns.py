"""The grammar's patterns: compiled on first use, so a broken one must be caught here."""
import importlib
import pkgutil
import re

import pytest

import minutes_cli
from minutes_cli import patterns


def _all_patterns():
    found = []
    for module in pkgutil.walk_packages(minutes_cli.__path__, "minutes_cli."):
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            if isinstance(value, patterns._Deferred):
                found.append((f"{module.name}.{name}", value))
            elif isinstance(value, (tuple, dict)):
                items = value.values() if isinstance(value, dict) else value
                for item in items:
                    for part in item if isinstance(item, tuple) else (item,):
                        if isinstance(part, patterns._Deferred):
                            found.append((f"{module.name}.{name}", part))
    return found


PATTERNS = _all_patterns()


def test_the_grammar_has_its_patterns():
    assert len(PATTERNS) > 60


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_every_pattern_compiles(name, pattern):
    assert pattern.compiled.pattern == pattern._source[0]


def test_a_deferred_pattern_answers_like_the_compiled_one():
    deferred = patterns.compile(r"^(?P<n>\d+)\.\s+(?P<t>\p{Lu}\w*)", re.I)
    assert "compiled" not in vars(deferred)               # nothing compiled yet
    found = deferred.match("12. Ekonomi")
    assert found.group("n", "t") == ("12", "Ekonomi")
    assert "regex" in type(deferred.compiled).__module__   # \p{Lu} needs the regex package
    assert [m.group("n") for m in deferred.finditer("1. Inledning")] == ["1"]
    assert patterns.compile(r"\d+").sub("#", "kl 13.15") == "kl #.#"


def test_a_broken_pattern_fails_when_first_used():
    broken = patterns.compile(r"(?P<x>unclosed")
    with pytest.raises(Exception, match="missing"):
        broken.search("text")


def test_opens_with_is_a_cheap_prefix_test():
    may_decide = patterns.opens_with(("beslut", "mötet beslutar"))
    assert may_decide("Beslut: att anta budgeten")
    assert may_decide("MÖTET BESLUTAR att ...")
    assert not may_decide("Anna skickar ut underlaget")
    assert not may_decide("")
