"""Stage 2: text -> lines.

Splits the decoded text into numbered lines and says what each line looks
like: blank, a Markdown heading, a rule, a list item, a numbered heading, a
table row or plain text. It strips what export tools add (bullets, bold and
italic markers, odd spaces) into `Line.text` and keeps the line as written in
`Line.raw`, so that later stages match clean words and the record can still
quote the document. A form's label set apart from its value with spaces, as a
PDF export lays out a protocol's first page, reads as the label and a colon.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from . import patterns
from .vocabulary import (
    ABSENT_LABELS,
    BULLETS,
    CLOSING_LABELS,
    ELIDED_HYPHEN_BEFORE,
    FACT_LABELS,
    HEADER_LABELS,
    ITEM_NUMBER_WORDS,
    PAGE_FURNITURE,
    PAGE_NUMBERS,
    PEOPLE_COLUMNS,
    PRESENT_LABELS,
    ROLE_LABELS,
    TABLE_COLUMNS,
    alternation,
    key,
)

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000\x0b\x0c\x85"), " ")

_ELIDED_BEFORE = frozenset(ELIDED_HYPHEN_BEFORE)
_TABLE_HEAD_FIRSTS = frozenset(name.split()[0].split("/")[0] for name in TABLE_COLUMNS)
_ODD_CHARS = "".join(map(chr, list(_INVISIBLE) + list(_SPACES)))
_ODD = patterns.compile("[" + _ODD_CHARS + "]")   # for a line; `_has_odd` for a whole text
_RULE_STARTS = frozenset("-*_=|")
_RULE_ENDS = frozenset("-*_=|:")   # a rule ends as it starts, or a table's `:--:` with its colon
_BULLET_STARTS = frozenset(BULLETS + "o")
_SYMBOLS_FROM = "\u2190"   # the first character `_after_symbols` is asked of (arrows and on)
_RULE = patterns.compile(r"^(?:([-*_=])\s*(?:\1\s*){2,}|\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?)$")
_MD_HEADING = patterns.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = patterns.compile(r"^(?:[" + re.escape(BULLETS) + r"]|o(?=\s))(?:\s+|$)")
_BOLD = patterns.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
_ITALIC = patterns.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])(.{1,300}?)(?<=[^\s*_\\])\1(?![\w*])")
_ESCAPE = patterns.compile(r"\\([\\*_#\[\]()<>|`.\-+!])")
_SPACE_RUN = patterns.compile(r"[ \t]+")
# a line to sign on, `Ordförande   ..............................`: a run of dots is a gap
# between columns, and a line of nothing else is a rule
_DOTS = r"[.…]*(?:\.{5}|…{2})[.…]*"
_SIGNATURE_DOTS = patterns.compile(_DOTS)
_COLUMN_GAP = patterns.compile(r"\s{3,}|\t|\s*" + _DOTS + r"\s*")
# The forms of a numbered line, by what opens it: each line tries only the forms its
# first character allows.
_NUMBER_WORDS = tuple(w for w in ITEM_NUMBER_WORDS if w.isalpha())
_NUMBERED_SECTION = (
    # § 12 Ekonomi / §12. / § 3: / § 3 – Budget
    patterns.compile(r"^§\s*(?P<n>\d{1,4})(?P<s>[a-z])?\s*(?:[.:)]|\s[-–—](?=\s))?(?:\s+(?P<t>.*))?$", re.I),
)
_NUMBERED_WORD = (
    # Punkt 3, Paragraf 4, Ärende 5, Punkt 1 – Välkommen, Punkt 1 a) Nulägesanalys
    patterns.compile(r"^(?:" + alternation(_NUMBER_WORDS)
                     + r")\s+(?P<n>\d{1,4})(?:\s?(?P<s>[a-z])(?=[.:)]|\s[-–—]\s))?\s*(?:[.:)]|\s[-–—](?=\s))?"
                     r"(?:\s+(?P<t>.*))?$", re.I),
)
_NUMBERED_DIGIT = (
    # 1. Inledning / 1) Inledning / 1. / a sub-item: 1a. Nuläget / 1 b) Rekrytering
    patterns.compile(r"^(?P<n>\d{1,3})(?:\s?(?P<s>[a-z]))?[.)](?:\s+(?P<t>.*))?$"),
    # 1 Inledning (no dot: the title must start with a capital letter)
    patterns.compile(r"^(?P<n>\d{1,2})\s+(?P<t>\p{Lu}.*)$"),
    # 1: Inledning / 1 – Inledning (a capital after the colon or dash: not `13:30`, `2 – 3 st`)
    patterns.compile(r"^(?P<n>\d{1,2})(?::|\s*[-–—])\s+(?P<t>\p{Lu}.*)$"),
)
# I. Inledning / II) Arbetsmiljö: a Roman numeral up to XXXIX and a title with a capital;
# the line stays text, with the numeral's value and the title
_NUMBERED_ROMAN = patterns.compile(r"^(?P<r>X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})[.)]\s+(?P<t>\p{Lu}.*)$")
# 1.1 Mötets öppnande / 2.3. Ekonomi: an outline's number and a title with a capital; the line
# stays text, its number `major * DECIMAL_BASE + minor`, an item only in a chain of them (`sections`)
_NUMBERED_DECIMAL = patterns.compile(r"^(?P<n>\d{1,2})\.(?P<m>\d{1,2})\.?\s+(?P<t>\p{Lu}.*)$")
DECIMAL_BASE = 100
_ROMAN_LEADS, _ROMAN_SECOND = ("I", "V", "X"), ("I", "V", "X", ".", ")")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# A form's label and its value set apart with spaces, as a PDF export lays out the
# first page of a protocol: `Plats och tid          Kulturhuset, kl. 17.00–19.10`
# reads as `Plats och tid: Kulturhuset, kl. 17.00–19.10`. Not a row of column names
# (`Datum      Tid      Plats`), whose value is another label.
_FORM_LABELS = alternation(list(HEADER_LABELS) + list(PRESENT_LABELS) + list(ABSENT_LABELS) + list(CLOSING_LABELS)
                           + [label for label in ROLE_LABELS if label not in CLOSING_LABELS])
_ITEM_NUMBER = patterns.compile(r"^(?:§\s*\d{1,4}\.?|\d{1,3}[.)])$")
_LABEL_COLUMN = patterns.compile(r"^(?P<label>" + _FORM_LABELS + r") {2,}(?P<value>\S.*)$", re.I)
_LABEL_START = patterns.compile(r"^(?:" + _FORM_LABELS + r")(?:\s|:|$)", re.I)
_LABELLED_CELL = patterns.compile(r"^(?:" + _FORM_LABELS + r")\s*:\s*\S", re.I)   # `Tid: 09.00–09.45`
# ... and a label alone in the right-hand column, its value on the line below:
# `Kultur- och fritidsnämnden          Sammanträdesdatum` is the left column's text
_LABEL_ALONE = patterns.compile(r"^(?:" + _FORM_LABELS + r")\s*:?$", re.I)
# Two labels of one field set apart with a slash, as a form in two languages or with two
# words writes them: `Date/Datum:`, `Deltagare / Attendees:`, `Tid/Plats:` read as the one
# the vocabulary knows (`Datum:`), or both joined with `och` when that is a label of its own.
_TWO_LABELS = patterns.compile(r"^(?P<a>[^/:\d]{2,30}?)\s*/\s*(?P<b>[^/:\d]{2,30}?)\s*:(?P<rest>.*)$")
_TWO_LABELS_WIDTH = 30   # the furthest a label's slash stands from the line's start
_FURNITURE = patterns.compile(r"^(?:" + "|".join(PAGE_FURNITURE) + r")$", re.I)
_PAGE_NUMBER = patterns.compile(r"^(?:" + "|".join(PAGE_NUMBERS) + r")$", re.I)


@dataclass(slots=True, eq=False)
class Line:
    """One line of the document, as written and as cleaned."""

    number: int                 # 1-based line number in the decoded text
    raw: str                    # as written, without the line ending
    text: str = ""              # cleaned: no bullet, no Markdown emphasis, single spaces
    kind: str = "blank"         # blank | rule | heading | bullet | numbered | table | text
    indent: int = 0             # leading spaces (a tab counts four)
    level: int = 0              # heading level (#=1) or bullet depth (1 = top)
    num: int | None = None      # the number of a numbered line
    sub: str = ""               # ... and the letter of a sub-item after it: `1 a)`, `§ 12b`
    numbering: str = ""         # "§", "punkt", "." or "" for the form of the number; "roman", "decimal" on a text line
    title: str = ""             # a numbered line's text after its number
    cells: tuple[str, ...] = ()  # a table row's cells
    bold: bool = False          # the whole line was bold or italic
    blank: bool = True          # kind == "blank": asked of every line by every stage, so stored
    low: str = ""               # `text` casefolded: the form the finders test words in, made once


def split_lines(text: str) -> list[Line]:
    """Split decoded text into classified lines, numbered from 1."""
    # Only CR, LF and CRLF end a line: str.splitlines() would also split on form
    # feeds and other separators, and the line numbers would no longer be the file's.
    raws = (text if "\r" not in text else text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    if raws and raws[-1] == "" and len(raws) > 1:
        raws.pop()  # the final line break ends the last line; it opens no new one
    odd = _has_odd(text)   # one scan of the text spares one per line
    lines = [classify(i, raw, odd) for i, raw in enumerate(raws, 1)]
    if "....." in text or "…" in text and "……" in text:   # ... and so does one for lines to sign on
        lines = [_signature_dots(line, odd) for line in lines]
    if "   " in text:
        _spaced_tables(lines)
    return lines


def joined_lines(above: str, below: str) -> str:
    """The text of two lines an export wrapped, read as one: a word it broke with a hyphen
    joined again (`nätverks-` / `träff`, `Jan Ny-` / `ström (M)`); a compound's hyphen before
    `och` (ELIDED_HYPHEN_BEFORE) kept (`Barn-` / `och utbildningsnämnden`); else with a space."""
    end = above.rstrip()
    if end[-1:] == "-" and end[-2:-1].isalpha() and below[:1].islower() and (
            below.split(None, 1)[0] not in _ELIDED_BEFORE):
        return end[:-1] + below
    return f"{above} {below}"


def _spaced_tables(lines: list[Line]) -> None:
    """`Vad                 Vem      När` / `Begära in offerter    Ahmed    v. 14`: a table of
    tasks, or of minutes kept one item a row, set out with runs of spaces (as a PDF's text
    or a plain-text file lays it out) is read as one set out with tabs: from a row of
    TABLE_COLUMNS' names on, each line with a gap is a row, each of its cells under the
    header's column it stands under."""
    taken = 0     # the lines before this one are read: a header's rows are no header
    for k in [k for k, line in enumerate(lines, 1) if "   " in line.raw]:    # most lines have no gap
        head = lines[k - 1]
        if k <= taken or head.kind != "text" or head.low.split(" ", 1)[0] not in _TABLE_HEAD_FIRSTS:
            continue
        spans = column_spans(head.raw)
        names = [TABLE_COLUMNS.get(key(cell)) for _, cell in spans]
        if len(spans) < 2 or None in names or not ({"what", "who"} <= set(names) or "item" in names and (
                "notes" in names or "decision" in names)):
            continue
        starts = [start for start, _ in spans]
        _as_row(head, [cell for _, cell in spans])
        while k < len(lines) and not lines[k].blank and lines[k].kind != "table" and "   " in lines[k].raw:
            cells = [""] * len(starts)
            for start, cell in column_spans(lines[k].raw):
                column = column_of(start, starts)
                cells[column] = f"{cells[column]} {cell}".lstrip()
            _as_row(lines[k], cells)
            k += 1
        taken = k


def _as_row(line: Line, cells: list[str]) -> None:
    line.kind, line.cells = "table", tuple(cells)
    line.text = " ".join(cell for cell in cells if cell)
    line.low = line.text.casefold()
    line.num, line.sub, line.numbering, line.title = None, "", "", ""


def _signature_dots(line: Line, odd: bool) -> Line:
    """`Ordförande   ..............`: a run of dots is a line to sign on, a gap between
    columns; a line of nothing else is a rule."""
    if "....." not in line.raw and "……" not in line.raw:
        return line
    signed = classify(line.number, _SIGNATURE_DOTS.sub("   ", line.raw), odd)
    signed.raw = line.raw
    if signed.blank:
        signed.kind, signed.blank = "rule", False
    return signed


def _has_odd(text: str) -> bool:
    """Does a whole text hold an odd space or an invisible character? One `str` search
    for each such character: over a document it is several times quicker than a
    pattern's character class, which the pattern engine tests at every character
    (over one short line the pattern is the quicker: `_normalise`)."""
    return not text.isascii() and any(c in text for c in _ODD_CHARS) or "\x0b" in text or "\x0c" in text


def clean(text: str) -> str:
    """Remove Markdown emphasis and escapes, odd spaces and runs of spaces."""
    return _tidy(_normalise(text))


def _tidy(text: str) -> str:
    """`clean` for text whose odd spaces are gone already (all of classify's)."""
    if "*" in text or "_" in text:
        text = _BOLD.sub(r"\2", text)
        text = _ITALIC.sub(r"\2", text)
        text = text.replace("**", "")
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "  " in text or "\t" in text:
        text = _SPACE_RUN.sub(" ", text)
    return text.strip()


def _normalise(text: str) -> str:
    """Odd spaces to spaces, invisible characters away; most lines have neither."""
    if text.isascii() and "\x0c" not in text and "\x0b" not in text:
        return text
    if _ODD.search(text):
        text = text.translate(_INVISIBLE).translate(_SPACES)
    return text


def _after_symbols(text: str) -> int:
    """Where the text starts after pictures and a space (`📌 Aktuellt`: emoji, symbols of
    Unicode's class So, perhaps with their variation selector): a decoration, as a bullet
    is; 0 when the line opens with none."""
    k = 0
    while k < len(text) and (text[k] == "\ufe0f" or unicodedata.category(text[k]) == "So"):
        k += 1
    if not k or k == len(text) or not text[k].isspace():
        return 0
    return len(text) - len(text[k:].lstrip())


def classify(number: int, raw: str, odd: bool = True) -> Line:
    """Say what one line looks like. `odd`: the text may hold odd spaces or invisible characters."""
    line = Line(number, raw)
    body = _normalise(raw) if odd else raw
    stripped = body.strip()
    if not stripped:
        return line
    line.blank = False
    first = stripped[0]
    if body[0] != first:   # spaces or tabs before the text (most lines have none: indent 0)
        line.indent = len(body) - len(body.lstrip()) if "\t" not in body else (
            len(body.expandtabs(4)) - len(body.expandtabs(4).lstrip()))
    if first in _RULE_STARTS and stripped[-1] in _RULE_ENDS and _RULE.match(stripped):
        line.kind = "rule"
        line.text = ""
        return line
    if "\t" in stripped or first == "|" or "|" in stripped and (stripped.count(" | ") >= 2 or (
            stripped[-1] == "|" and " | " in stripped)):   # `Vad | Vem | När`, `Sara Nilsson | Enhetschef |`
        cells = _cells(stripped)
        if len(cells) == 2 and first != "|" and _page_number_beside(cells[0], cells[1]):
            stripped = cells[0]     # `Regionalt nätverk<tab><tab>Sida 1 av 2`: a page's footer, as with spaces
        elif len(cells) == 2 and first != "|" and _label_and_value(cells):
            stripped = f"{cells[0].rstrip(' :')}: {cells[1]}"   # `Datum:<tab>2025-02-12`, as Word writes a form
        elif len(cells) == 2 and first != "|" and (_ITEM_NUMBER.match(cells[0]) or cells[0] in _BULLET_STARTS):
            # `1.<tab>Inledning`, `●<tab>Linnea Holm`: a point of Word's numbered or bulleted list
            stripped = f"{cells[0]} {cells[1]}"
        elif len(cells) >= 2 and ":" in cells[0] and all(map(_LABELLED_CELL.match, cells)):
            stripped = ", ".join(cells)     # `Datum: 13 maj 2024 | Tid: 09.00 | Plats: Teams`: a form's fields
        elif len(cells) >= 2:
            line.kind, line.cells, line.text = "table", tuple(cells), _tidy(" ".join(cells))
            line.low = line.text.casefold()
            return line
    heading = _MD_HEADING.match(stripped) if first == "#" else None
    if heading:
        line.kind, line.level = "heading", len(heading.group(1))
        line.text = _tidy(heading.group(2).rstrip().rstrip("#"))
        line.low = line.text.casefold()
        line.bold = True
        return line
    depth, rest = 0, stripped
    while rest and (rest[0] in _BULLET_STARTS):
        bullet = _BULLET.match(rest)
        if not bullet:
            break
        depth += 1
        rest = rest[bullet.end():]
    if depth:
        line.kind, line.level = "bullet", depth + line.indent // 2
        if rest[:1] == "[" and rest[2:3] == "]" and rest[1:2] in " xX":
            rest = rest[3:]     # `- [ ] Hampus: ta fram ...`: a Markdown task's box (the raw line keeps it)
        line.text = _tidy(rest)
        line.low = line.text.casefold()
        return line
    if first >= _SYMBOLS_FROM and (after := _after_symbols(stripped)):
        stripped = stripped[after:]     # `📌 Aktuellt`, `✅ Sedan sist`: a picture before the text
        first = stripped[0]
    if "/" in stripped and 1 < stripped.find("/") <= _TWO_LABELS_WIDTH and ":" in stripped:
        stripped = _one_label(stripped)
    if "  " in stripped:
        stripped = _form_columns(stripped)
    line.bold = first in "*_" and _whole_emphasis(stripped)
    line.text = _tidy(stripped)
    line.low = line.text.casefold()
    lead = line.text[:1]
    if lead == "§":
        forms = _NUMBERED_SECTION
    elif lead.isdigit():
        forms = _NUMBERED_DIGIT
    elif line.low.startswith(_NUMBER_WORDS):
        forms = _NUMBERED_WORD
    else:
        line.kind = "text"
        # the second character first: most lines that open with `I` or `V` are words (`Vi`, `Inga`)
        roman = (_NUMBERED_ROMAN.match(line.text) if lead in _ROMAN_LEADS and line.text[1:2] in _ROMAN_SECOND
                 else None)
        if roman is not None:
            # a heading only in a chain of them (`sections`): `V. Lind tar fram ...` is an initial
            line.num, line.numbering = roman_value(roman.group("r")), "roman"
            line.title = roman.group("t").strip()
        return line
    for pattern in forms:
        found = pattern.match(line.text)
        if found:
            line.kind, line.num = "numbered", int(found.group("n"))
            if "s" in found.re.groupindex and found.group("s"):
                line.sub = found.group("s").lower()     # `1 b) Rekrytering`, `§ 12a`
            line.title = (found.group("t") or "").strip()
            first = line.text[:1].lower()
            line.numbering = "§" if first == "§" else ("punkt" if first.isalpha() else ".")
            return line
    line.kind = "text"
    decimal = _NUMBERED_DECIMAL.match(line.text) if lead.isdigit() else None
    if decimal is not None:
        line.num = int(decimal.group("n")) * DECIMAL_BASE + int(decimal.group("m"))
        line.numbering, line.title = "decimal", decimal.group("t").strip()
    return line


def roman_value(numeral: str) -> int:
    """`XIV`: 14."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))


def written_number(line: Line) -> str:
    """The number of a numbered line as written: `II` for `II. Arbetsmiljö`, `1.2` for
    `1.2 Val av justerare`, else its digits."""
    if line.numbering in ("roman", "decimal"):
        return line.text[:line.text.find(line.title)].strip(" .)")
    return f"{line.num}{line.sub}"


def _form_columns(stripped: str) -> str:
    """The text of a line laid out in columns with runs of spaces, as a PDF export
    writes a protocol's first page and its page headers. A label's column may stand two
    spaces from it (`Övriga deltagare  Kommundirektör Lars Hed`), the others three."""
    gap = stripped.rfind("   ")   # the last column (a search, not a pattern: no backtracking)
    left, right = stripped[:gap].rstrip(), stripped[gap:].strip()
    if gap > 0 and _page_number_beside(left, right):
        return left
    column = _LABEL_COLUMN.match(stripped)
    if column:
        # `Plats och tid          Kulturhuset`, not a row of column names (`Datum      Tid`)
        if _LABEL_START.match(column.group("value")):
            return stripped
        return f"{column.group('label')}: {column.group('value')}"
    if gap > 0 and _LABEL_ALONE.match(right) and not _LABEL_START.match(left):
        return left     # `Kultur- och fritidsnämnden          Sammanträdesdatum`
    return stripped


def _one_label(stripped: str) -> str:
    """`Date/Datum: 2026-04-09` -> `Datum: 2026-04-09`; `Tid/Plats: kl. 9, Teams` -> `Tid och
    plats: kl. 9, Teams`; a label that holds its slash (`Datum/tid:`) and any other text stay."""
    two = _TWO_LABELS.match(stripped)
    if two is None or key(stripped[:stripped.find(":")]) in FACT_LABELS:
        return stripped
    a, b = two.group("a"), two.group("b")
    for label in (f"{a} och {b.casefold()}", a, b):
        if key(label) in FACT_LABELS:
            return f"{label}:{two.group('rest')}"
    return stripped


def _page_number_beside(left: str, right: str) -> bool:
    """`MINNESANTECKNINGAR          Sida 1 (2)`: a page number in the last column is no part of
    the title; but `Paragrafer          §§ 40–45` is a label and its value."""
    return is_page_furniture(right) and key(left) not in HEADER_LABELS


def columns(raw: str) -> list[str]:
    """The columns of a line as written, set apart with runs of spaces, tabs or lines to
    sign on: `Ali Hassan          Maj Ek`, `Ordförande   .............   Justerare`."""
    return [cell for _, cell in column_spans(raw)]


def column_of(start: int, starts: list[int]) -> int:
    """The column of a header row that a cell starting at `start` stands under: the last
    that starts at or before it, give or take two places."""
    return max((k for k, s in enumerate(starts) if s <= start + 2), default=0)


def column_spans(raw: str) -> list[tuple[int, str]]:
    """The columns of a line, each with where it starts in the line: a row of a table set
    apart with spaces is read by where its cells stand under the header row's."""
    spans, start = [], 0
    bounds = [(gap.start(), gap.end()) for gap in _COLUMN_GAP.finditer(raw)] + [(len(raw), len(raw))]
    for end, after in bounds:
        piece = raw[start:end]
        if cell := clean(piece):
            spans.append((start + len(piece) - len(piece.lstrip()), cell))
        start = after
    return spans


def tab_spans(raw: str) -> list[tuple[int, str]]:
    """`Elin Dahl<tab><tab>Stig Ek`: the cells of a row set apart with tabs, each with
    where it starts as tab stops of eight places set it out, so that a cell stands under
    the header row's cell it stood under in the document; no cell for a line to sign on."""
    spans, at = [], 0
    for piece in raw.split("\t"):
        if piece.strip(" .…"):
            spans.append((at + len(piece) - len(piece.lstrip()), _tidy(piece)))
        at = (at + len(piece)) // 8 * 8 + 8
    return spans


def _cells(stripped: str) -> list[str]:
    if "\t" not in stripped or stripped.startswith("|"):
        parts = stripped.strip("|").split("|")
        if stripped.startswith("|") and len(parts) > 2:
            # `| 3 | Skicka protokoll | Kalle | | Klar |`: an empty cell keeps the cells after it
            # under their columns; only the row's last empty cells go
            cells = [_tidy(p) if p.strip(" .…") else "" for p in parts]
            while cells and not cells[-1]:
                cells.pop()
            return cells
    else:
        parts = stripped.split("\t")
    return [_tidy(p) for p in parts if p.strip(" .…")]   # no cell for a line to sign on


def _label_and_value(cells: list[str]) -> bool:
    """`Datum:` and its value, or a form's label without its colon (`Plats`), not a row of
    column names (`Datum<tab>Tid`, `Närvarande ledamöter<tab>Roll`)."""
    return cells[0].endswith(":") or bool(_LABEL_ALONE.match(cells[0]) and not _LABEL_START.match(cells[1])
                                          and not cells[1].isdigit()   # `Övriga<tab>14`: a count
                                          and key(cells[1]) not in PEOPLE_COLUMNS)


def _whole_emphasis(stripped: str) -> bool:
    return (stripped.startswith(("**", "__")) and stripped.rstrip(":").endswith(("**", "__"))) or (
        len(stripped) > 2 and stripped[0] == "*" and stripped.rstrip(":")[-1] == "*")


def is_page_furniture(text: str) -> bool:
    """Page numbers and the like, whatever the document (each form has a digit)."""
    return len(text) < 40 and any(map(str.isdigit, text)) and bool(_FURNITURE.match(text))


def is_page_number(text: str) -> bool:
    """`Sida 1 av 2`, `1 (3)`: a page's number, not the paragraphs a page holds."""
    return len(text) < 40 and any(map(str.isdigit, text)) and bool(_PAGE_NUMBER.match(text))
