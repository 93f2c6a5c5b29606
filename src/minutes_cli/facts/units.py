"""The running text of a section, cut into sentences that keep their line."""
from __future__ import annotations

from dataclasses import dataclass

from .. import patterns
from ..lines import Line
from ..vocabulary import HYPHEN_KEEPERS, OPEN_ENDINGS

# A sentence ends at . ! ? before a capital letter, a bracket or a quote; not after
# the abbreviations that Swedish minutes are full of.
_ABBREVIATIONS = ("bl.a", "t.ex", "m.m", "m.fl", "d.v.s", "dvs", "ca", "kl", "resp", "ev", "inkl",
                  "exkl", "jfr", "nr", "s.k", "fr.o.m", "t.o.m", "o.s.v", "osv", "st", "tel", "ordf",
                  "sekr", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "okt", "nov", "dec", "obs")
# ... of which these often end a sentence, and do before a capital: `behövs, 40 st. Karin kollar`,
# `lokaler, budget m.m. Anna tar fram`; not before a number (`m.fl. 2024`). (`etc.` is none of
# them: it ends a sentence wherever a full stop may.)
_ENDING_ABBREVIATIONS = frozenset(("m.m", "m.fl", "osv", "o.s.v", "st"))
# where a sentence may end inside a line (the stdlib's `re`: quick to say "nowhere")
_END_HINT = patterns.compile(r"[.!?][\"”’)]?\s")
_END = patterns.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"”(\[]?[\p{Lu}\d])")
_LAST_WORD = patterns.compile(r"([\w.]{1,12})[.!?]$")
_PAREN = patterns.compile(r"\(([^()]{8,})\)")
_CLAUSE_START = patterns.compile(r"^att\s")
_WRAPPED = 50   # a line at least this long, without a full stop, may have been wrapped


@dataclass(slots=True, eq=False)
class Sentence:
    """One sentence of a line."""

    text: str
    line: int
    in_parens: bool = False


def content(line: Line) -> str:
    """What a line says: a table row's cells, a numbered point without its number."""
    if line.kind == "table":
        return " ".join(line.cells)
    return line.title if line.kind == "numbered" and line.title else line.text


def sentences(line: Line) -> list[Sentence]:
    """The sentences of one line; a sentence in brackets counts as one of its own."""
    text = content(line)
    found: list[Sentence] = []
    for part in split_sentences(text):
        found.append(Sentence(part, line.number))
        if "(" not in part:
            continue
        for inner in _PAREN.finditer(part):
            found.append(Sentence(inner.group(1).strip(), line.number, in_parens=True))
    return found


def line_below(lines: list[Line], k: int) -> Line | None:
    """The line right below line `k` of a section's lines, with no blank line between."""
    return lines[k + 1] if k + 1 < len(lines) and lines[k + 1].number == lines[k].number + 1 else None


def wrapped(line: Line, nxt: Line) -> bool:
    """`Sven tar fram en samlad lägesbild till` / `nästa möte. Maja ...`: a sentence a PDF
    export wrapped onto the next line, which goes on there up to its end."""
    if nxt.number != line.number + 1 or nxt.kind != "text" or line.kind not in ("text", "bullet", "numbered"):
        return False
    text = line.text
    if text[-1:] in ("", ".", "!", "?", ":", ";") or not nxt.text[:1].islower() or _CLAUSE_START.match(nxt.text):
        return False   # `att ...` on the next line is a clause of its own
    # a short line ends where its writer ended it, unless on a word no sentence ends on,
    # or broken in two (`till-` / `synen`)
    return (len(text) >= _WRAPPED or text[text.rfind(" ") + 1:].casefold() in OPEN_ENDINGS
            or _broken(text))


def _broken(text: str) -> bool:
    """Does a line end in a word broken in two: a letter, then a dash (`till-`)?"""
    return text[-1:] == "-" and text[-2:-1].isalpha()


def join_wrapped(head: str, tail: str) -> str:
    """A sentence and its rest on the next line, one text: `för till-` / `synen.` is `för
    tillsynen.`, a word broken at the line's end; `Kultur-` / `och fritid` keeps its dash."""
    if _broken(head) and tail[:1].islower() and (
            tail.split(maxsplit=1)[0] not in HYPHEN_KEEPERS):
        return head[:-1] + tail
    return f"{head} {tail}"


def sentence_ends_before(text: str, end: int) -> bool:
    """May a sentence end in `text` before position `end`? A quick test, no more."""
    return _END_HINT.search(text, 0, end) is not None


def split_sentences(text: str) -> list[str]:
    ends = [hint.start() + 1 for hint in _END_HINT.finditer(text)]
    if not ends:
        text = text.strip()
        return [text] if text else []   # no sentence ends inside the text
    parts: list[str] = []
    start = 0
    for end in ends:   # a sentence can end only after one of [.!?]: tried only there
        m = _END.match(text, end)
        if m is None:
            continue
        before = text[start:m.start()].rstrip("\"”’)")
        last_word = _LAST_WORD.search(before[-14:])
        if last_word and (word := last_word.group(1).casefold().rstrip(".")) in _ABBREVIATIONS and not (
                word in _ENDING_ABBREVIATIONS and text[m.end():m.end() + 2].lstrip('"”([')[:1].isupper()):
            continue
        if last_word and len(last_word.group(1)) == 1 and before.endswith(".") and last_word.group(1).isalpha():
            continue  # an initial (`Anna B. Svensson`), a letter cut short (`v. 51`); not a
            # number (`från och med åk 4. Tomas skickar ...`)
        parts.append(text[start:m.start()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return [p for p in parts if p]
