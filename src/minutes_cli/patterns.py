"""Compiling the grammar's patterns, once per machine rather than once per run.

Every pattern is compiled by the standard library's `re`, which compiles about
three times faster than the `regex` package and runs most of these patterns
faster too. The Unicode properties the grammar writes (`\\p{Lu}`, `\\p{Ll}`,
`\\p{L}`) are turned into character classes `re` knows (see `_translate`); a
pattern `re` cannot compile still goes to `regex`.

A pattern is compiled when it is first used, so a run of `minutes parse` never
pays for the forms its document does not have. And a compiled pattern is kept:
`re` turns a pattern into a program of numbers, and those programs are written
to a cache file (`$MINUTES_CACHE_DIR`, else `$XDG_CACHE_HOME/minutes` or
`~/.cache/minutes`; an empty MINUTES_CACHE_DIR keeps none) when the process
ends. The next run reads them back instead of parsing the patterns again: most
of what `minutes parse` of one small file used to spend after its imports. The
file is named after the Python version and `re`'s program format; anything in
it that does not load is compiled afresh, and a cache that cannot be read or
written is simply not used. A save keeps only the programs of patterns this
version defines, so the file does not grow with every upgrade.
"""
from __future__ import annotations

import os
import re
import sys
from array import array

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")


# The patterns this process's modules define: a cache's program for any other
# pattern is an earlier version's, and is not written back.
_known: set = set()


def compile(pattern: str, flags: int = 0):  # noqa: A001 - the name says what it does
    """A compiled pattern, compiled on first use."""
    _known.add((pattern, int(flags)))
    return _Deferred(pattern, flags)


def compile_now(pattern: str, flags: int = 0):
    """The compiled pattern: from the cache when it is there, else compiled by
    `re` (after `_translate`), else by `regex`."""
    flags = int(flags)   # `re.I` is an enum, which `marshal` does not store
    key = (pattern, flags)
    cache = _cache()
    program = cache.programs.get(key)
    if program is not None:
        compiled = _from_program(program)
        if compiled is not None:
            cache.used.add(key)
            return compiled
    source = _translate(pattern)
    if source is not None:
        program = _program(source, flags) if cache.path is not None else None
        if program is not None:
            compiled = _from_program(program)
            if compiled is not None:
                cache.add(key, program)
                return compiled
            cache.path = None   # this Python's `re` works otherwise: compile as usual from now on
        try:
            return re.compile(source, flags)
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


def heads(words) -> tuple[str, ...]:
    """The first letters of a table's words, casefolded, for a cheap test before a
    pattern anchored at the start (`^(?:label|...)`, case-insensitive) is tried on
    a line: `line.low.startswith(heads)` False means that no word of the table can
    open the line."""
    return tuple({w[:4].casefold() for w in words})


def opens_with(words):
    """`heads` as a test of text that is not a line's (and so has no `low` yet)."""
    first = heads(words)
    return lambda text: text[:4].casefold().startswith(first)


# ---------------------------------------------------------------- Unicode properties

# The blocks the character classes cover: every script with upper- and lower-case
# letters (Latin, Greek, Cyrillic, Armenian, Georgian, ...) and the letters before
# U+3000. `\p{L}` outside a class is `[^\W\d_]`, which covers every script.
_BLOCKS = ((0x0000, 0x3000), (0xA640, 0xA800), (0xFF00, 0xFF60))
_PROPERTY = r"\\[pP]\{(\w+)\}"   # compiled (and cached by `re`) when a pattern needs it
_CLASS_CATEGORIES = {"Lu": ("Lu",), "Ll": ("Ll",), "L": ("Lu", "Ll", "Lt", "Lm", "Lo")}
_class_members: dict[str, str] = {}


def _translate(pattern: str) -> str | None:
    """The pattern with `\\p{Lu}`, `\\p{Ll}` and `\\p{L}` written as classes `re`
    knows; None when it holds a property this does not know (`regex` then)."""
    if "\\p{" not in pattern and "\\P{" not in pattern:
        return pattern
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            prop = re.compile(_PROPERTY).match(pattern, i)
            if prop is None:
                out.append(pattern[i:i + 2])
                i += 2
                continue
            name = prop.group(1)
            if pattern[i + 1] == "P" or name not in _CLASS_CATEGORIES:
                return None
            if name == "L" and not in_class:
                out.append(r"[^\W\d_]")
            else:
                members = _members(name)
                out.append(members if in_class else f"[{members}]")
            i = prop.end()
            continue
        if char == "[" and not in_class:
            in_class = True
            out.append(char)
            i += 1
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):   # a `]` first in a class is one of its members
                out.append("]")
                i += 1
            continue
        if char == "]" and in_class:
            in_class = False
        out.append(char)
        i += 1
    return "".join(out)


def _members(name: str) -> str:
    """The characters of a Unicode category, as the inside of a character class."""
    members = _class_members.get(name)
    if members is None:
        import unicodedata

        wanted = _CLASS_CATEGORIES[name]
        runs: list[tuple[int, int]] = []
        for low, high in _BLOCKS:
            for code in range(low, high):
                if unicodedata.category(chr(code)) in wanted:
                    if runs and runs[-1][1] == code - 1:
                        runs[-1] = (runs[-1][0], code)
                    else:
                        runs.append((code, code))
        members = _class_members[name] = "".join(
            re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)
    return members


# ---------------------------------------------------------------- the cache of compiled patterns


def _program(source: str, flags: int):
    """What `re` compiles a pattern to, as plain data that `marshal` can store:
    the steps of `re._compiler.compile`, which hands them to `_sre.compile`."""
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(source, flags)
        # as the bytes of an array: `marshal` reads bytes at once, a list int by int
        code = array("I", _compiler._code(parsed, flags)).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (source, int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
                tuple(indexgroup))
    except Exception:   # another Python's `re`, or a pattern `re` refuses: compile as usual
        return None


def _from_program(program):
    try:
        import _sre

        source, flags, stored, *groups = program
        code = array("I")
        code.frombytes(stored)
        return _sre.compile(source, flags, code.tolist(), *groups)
    except Exception:   # `_sre` checks a program before it runs it
        return None


class _Cache:
    """The compiled patterns of earlier runs, and the ones this run adds."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.programs: dict = {}
        self.used: set = set()
        self.added = False
        if path is None:
            return
        try:
            import marshal

            with open(path, "rb") as handle:
                programs = marshal.loads(handle.read())   # `marshal.load` reads a file in small pieces
            if isinstance(programs, dict):
                self.programs = programs
        except Exception:   # no cache yet, or one that does not load: start afresh
            pass

    def add(self, key, program) -> None:
        if self.path is None:
            return
        self.programs[key] = program
        self.used.add(key)
        if not self.added:
            self.added = True
            import atexit

            atexit.register(self.save)

    def save(self) -> None:
        """Write the programs (when the process ends), replacing the file at once so
        that parallel runs never read half a file."""
        import marshal

        if self.path is None:
            return
        # an earlier version's patterns are not written back: the file stays the
        # size of the grammar, and so does its reading at every start
        self.programs = {key: program for key, program in self.programs.items()
                         if key in _known or key in self.used}
        temporary = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(temporary, "wb") as handle:
                marshal.dump(self.programs, handle)
            os.replace(temporary, self.path)
        except Exception:   # a read-only home, a full disk: the cache is only a saving
            try:
                os.unlink(temporary)
            except OSError:
                pass


_the_cache: _Cache | None = None


def _cache() -> _Cache:
    global _the_cache
    if _the_cache is None:
        _the_cache = _Cache(cache_path())
    return _the_cache


def cache_path() -> str | None:
    """Where the compiled patterns are kept, or None when they are not."""
    folder = os.environ.get("MINUTES_CACHE_DIR")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "minutes")
    if not folder:
        return None
    try:
        import _sre

        magic = _sre.MAGIC
    except (ImportError, AttributeError):
        return None
    version = "-".join(str(part) for part in sys.version_info[:3])
    return os.path.join(folder, f"patterns-{sys.implementation.cache_tag}-{version}-{magic}.marshal")
