"""The grammar's patterns: compiled on first use, so a broken one must be caught here."""
import importlib
import os
import pkgutil
import re
import subprocess
import sys
from array import array

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
def test_every_pattern_compiles_with_re(name, pattern):
    # `re`, not the regex package: `minutes parse` then never imports regex
    assert isinstance(pattern.compiled, re.Pattern)
    assert pattern.compiled.pattern == patterns._translate(pattern._source[0])


def test_a_deferred_pattern_answers_like_the_compiled_one():
    deferred = patterns.compile(r"^(?P<n>\d+)\.\s+(?P<t>\p{Lu}\w*)", re.I)
    assert "compiled" not in vars(deferred)               # nothing compiled yet
    found = deferred.match("12. Ekonomi")
    assert found.group("n", "t") == ("12", "Ekonomi")
    assert [m.group("n") for m in deferred.finditer("1. Inledning")] == ["1"]
    assert patterns.compile(r"\d+").sub("#", "kl 13.15") == "kl #.#"


def test_unicode_properties_become_classes_re_knows():
    upper = patterns.compile_now(r"^\p{Lu}[\p{Ll}'’-]+$")
    for name in ("Åsa", "Øystein", "Łukasz", "Ćosić", "Жанна", "Ωmega", "Da’ud"):
        assert upper.match(name), name
    for word in ("åsa", "1sa", "_sa", "Å1", "ÅSA"):
        assert not upper.match(word), word
    letters = patterns.compile_now(r"^\p{L}+$")     # outside a class: every script
    assert letters.match("Nässjö") and letters.match("بلال") and letters.match("中文")
    assert not letters.match("a1") and not letters.match("a_b")
    assert patterns.compile_now(r"^[\p{L}-]+$").match("Anna-Karin")
    assert patterns._translate(r"[\]\p{Lu}]") .startswith("[\\]A-Z")   # an escaped ] stays in the class
    assert patterns._translate(r"\p{Greek}") is None    # a property it does not know: left to regex
    assert "regex" in type(patterns.compile_now(r"\p{Greek}+")).__module__


def _run(code: str, cache: str) -> str:
    env = dict(os.environ, MINUTES_CACHE_DIR=cache)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


_PARSE = ("from minutes_cli import parse_text, patterns\n"
          "record = parse_text('Protokoll styrelsemöte 2024-03-14\\n\\nNärvarande: Anna Berg, Per Lind\\n\\n"
          "1. Budget\\nAnna skickar ut förslaget senast 1 april.\\n')\n"
          "print(record.actions[0].owners, record.actions[0].due, len(patterns._cache().programs),"
          " patterns._cache().added)")


def test_compiled_patterns_are_kept_for_the_next_run(tmp_path):
    first = _run(_PARSE, str(tmp_path))
    assert first.startswith("['Anna Berg'] 2024-04-01")
    assert first.rstrip().endswith("True")                 # compiled, and written at exit
    (kept,) = tmp_path.iterdir()
    assert kept.name.startswith("patterns-") and kept.stat().st_size > 1000
    second = _run(_PARSE, str(tmp_path))
    assert second.split()[:3] == first.split()[:3]
    assert second.rstrip().endswith("False")               # every pattern came from the file


def test_a_broken_or_unwritable_cache_is_not_used(tmp_path):
    _run(_PARSE, str(tmp_path))
    (kept,) = tmp_path.iterdir()
    kept.write_bytes(b"\x00not a cache")
    assert _run(_PARSE, str(tmp_path)).startswith("['Anna Berg'] 2024-04-01")
    assert kept.stat().st_size > 1000                       # written again
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    assert _run(_PARSE, str(blocked)).startswith("['Anna Berg'] 2024-04-01")
    assert _run(_PARSE, "").rstrip().endswith("0 False")      # MINUTES_CACHE_DIR= keeps nothing


def test_the_cache_keeps_only_this_versions_patterns(tmp_path):
    import marshal

    _run(_PARSE, str(tmp_path))
    (kept,) = tmp_path.iterdir()
    programs = marshal.loads(kept.read_bytes())
    stale = {(f"(?P<gammal>{n})", 0): patterns._program(f"(?P<gammal>{n})", 0) for n in range(3)}
    kept.write_bytes(marshal.dumps(stale))          # an earlier version's patterns only
    assert _run(_PARSE, str(tmp_path)).rstrip().endswith("True")
    assert set(marshal.loads(kept.read_bytes())) == set(programs)   # the stale ones are gone
    both = {**programs, **stale}
    del both[next(iter(programs))]                  # one of this version's to compile again
    kept.write_bytes(marshal.dumps(both))
    assert _run(_PARSE, str(tmp_path)).rstrip().endswith("True")
    assert set(marshal.loads(kept.read_bytes())) == set(programs)


def test_a_program_that_does_not_load_is_compiled_afresh():
    source, flags = r"(?P<d>\d{1,2}) (?P<m>maj|juni)", int(re.I)
    program = patterns._program(source, flags)
    assert patterns._from_program(program).match("12 Maj").group("d", "m") == ("12", "Maj")
    damaged = program[:2] + (array("I", [99999]).tobytes() + program[2][4:],) + program[3:]
    assert patterns._from_program(damaged) is None


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
