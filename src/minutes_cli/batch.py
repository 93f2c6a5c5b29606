"""Many files at once: parse each, keep going past bad ones, write outputs whole.

The command line's `parse` and `actions` run on this; it works without click.
"""
from __future__ import annotations

import os
import sys
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .errors import InputError, MinutesError
from .text import sha256_hex


class OutputError(MinutesError):
    """An output file that cannot be written: the message says why and what to do."""


@dataclass(eq=False)
class Outcome:
    """What became of one input of a batch."""

    path: str
    record: object | None = None        # Minutes (or its plain dict), when it parsed
    error: str | None = None            # the message for the user, when it did not
    text: str | None = None             # the rendered output, when a worker rendered it
    warnings: list | None = None        # the record's warnings, kept when the record is not

    def notices(self) -> list[dict]:
        """The record's warnings, each a dict of code, message and line."""
        if self.record is None:
            return self.warnings or []
        if isinstance(self.record, dict):
            return self.record["warnings"]
        return [w.model_dump() for w in self.record.warnings]


def render(record, fmt: str) -> str:
    """The text of one record in an output format (json, jsonl, markdown); for
    json and jsonl the record may be the plain dict of `plain=True`."""
    if fmt == "markdown":
        from .exporters.markdown import to_markdown
        return to_markdown(record)
    from .exporters.jsonout import to_json, to_jsonl
    return to_jsonl(record) if fmt == "jsonl" else to_json(record)


def parse_one(path: str, encoding: str | None = None, plain: bool = False):
    """Parse one path; `-` is standard input. `plain`: see pipeline.parse_text."""
    from .pipeline import parse_bytes, parse_file

    if path == "-":
        return parse_bytes(sys.stdin.buffer.read(), "<stdin>", encoding=encoding, plain=plain)
    return parse_file(path, encoding=encoding, plain=plain)


def parse_many(paths: Iterable[str], encoding: str | None = None, debug: bool = False,
               plain: bool = False) -> Iterator[Outcome]:
    """Parse each path in turn; a bad file becomes an Outcome with its error."""
    for path in paths:
        try:
            yield Outcome(path, record=parse_one(path, encoding, plain))
        except InputError as exc:
            yield Outcome(path, error=str(exc))
        except Exception as exc:  # a bug of ours must not stop the batch
            if debug:
                raise
            yield Outcome(path, error=f"{path}: could not be parsed ({type(exc).__name__}: {exc}). "
                                      "Please report this with the file; --debug shows the details")


def _parse_for_pool(job: tuple[str, str | None, str | None, bool]) -> Outcome:
    path, encoding, fmt, plain = job
    outcome = next(parse_many([path], encoding=encoding, plain=plain))
    if fmt and outcome.record is not None:
        # the worker renders: a string crosses back, not a whole record to unpickle
        outcome.text = render(outcome.record, fmt)
        outcome.warnings = outcome.notices()
        outcome.record = None
    return outcome


def parse_parallel(paths: Iterable[str], jobs: int, encoding: str | None = None,
                   debug: bool = False, fmt: str | None = None, plain: bool = False) -> Iterator[Outcome]:
    """`parse_many` over `jobs` processes, in the input's order. Outcomes stream:
    at most a few per process are held while they wait for their turn. With
    `fmt`, each worker renders its record and the outcome carries the text."""
    if jobs <= 1:
        yield from parse_many(paths, encoding=encoding, debug=debug, plain=plain)
        return
    import multiprocessing

    chunk = 8
    with multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn").Pool(jobs) as pool:
        yield from pool.imap(_parse_for_pool, ((p, encoding, fmt, plain) for p in paths), chunksize=chunk)


def output_path(path: str, out_dir: str, ending: str, taken: Written) -> str:
    """`ut/protokoll.json` for `a/protokoll.txt`; a second `b/protokoll.txt` in the
    same batch gets a suffix from its full path instead of overwriting the first."""
    stem = "stdin" if path == "-" else os.path.splitext(os.path.basename(path))[0] or "dokument"
    target = os.path.join(out_dir, stem + ending)
    if not taken.add(target):
        digest = sha256_hex(os.path.abspath(path).encode())[:8]
        target = os.path.join(out_dir, f"{stem}-{digest}{ending}")
        taken.add(target)
    return target


class Written:
    """The output paths a batch has written, as their 64-bit hashes in an open-addressed
    table of machine integers (`array('q')`), a quarter to half full, 16-32 bytes a
    path: a `set` of the same hashes held ~170 (3.4 MB more peak memory for 20,000
    files with `-o`, where the records themselves are streamed)."""

    def __init__(self) -> None:
        self._table = array("q", bytes(8 * 1024))
        self._count = 0

    def add(self, path: str) -> bool:
        """Remember `path`; False when it was remembered already."""
        key = hash(path) or 1        # 0 marks an empty slot
        slot = self._slot(key)
        if self._table[slot]:
            return False
        self._table[slot] = key
        self._count += 1
        if 2 * self._count > len(self._table):     # at most half full: short probes
            old, self._table = self._table, array("q", bytes(16 * len(self._table)))
            for kept in old:
                if kept:
                    self._table[self._slot(kept)] = kept
        return True

    def _slot(self, key: int) -> int:
        """The slot that holds `key`, or the empty one where it goes."""
        table = self._table
        mask = len(table) - 1
        slot = key & mask
        while table[slot] and table[slot] != key:
            slot = (slot + 1) & mask
        return slot


class InputGuard:
    """The real paths of a batch's inputs, resolved once, so that no output is
    written over an input (checking every input for every output would be
    quadratic in a large batch)."""

    def __init__(self, paths: Iterable[str] = ()) -> None:
        self.real = {os.path.realpath(p) for p in paths if p != "-"}

    def protects(self, target: str, current: str | None = None) -> bool:
        real = os.path.realpath(target)
        return real in self.real or (current not in (None, "-") and real == os.path.realpath(current))


def write_atomic(target: str, text: str, force: bool = False, guard: InputGuard | None = None,
                 current: str | None = None, encoding: str = "utf-8", newline: str | None = None) -> None:
    """Write the whole file or nothing: a temporary file beside it, then a rename.
    An existing file is replaced only with `force`; an input file never."""
    if guard is not None and guard.protects(target, current):
        raise OutputError(f"{target}: is one of the input files; it is never overwritten. "
                          "Choose another output folder with -o")
    if os.path.exists(target) and not force:
        raise OutputError(f"{target}: exists already. Pass --force to replace it, or choose another folder")
    folder = os.path.dirname(target) or "."
    os.makedirs(folder, exist_ok=True)
    import tempfile   # here, not at the top: `minutes parse` to stdout never needs it

    handle, temporary = tempfile.mkstemp(prefix=".minutes-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline=newline) as out:
            out.write(text)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
