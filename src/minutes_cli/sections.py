"""Stage 4: blocks -> sections.

Splits a document into its parts: the header, the lists of people present and
absent, the agenda items, the signature block (closing) and the appendices
after it. Every non-blank line ends up in exactly one part; `Structure.owner`
says which, so the record can prove that no line was lost.

Items are found in one of four styles, the first that fits:
`§ 1` paragraphs, a `1.` numbered sequence, Markdown headings, and last
unnumbered heading lines (short, alone between blank lines, no full stop).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import patterns
from .blocks import REFERENCE, Layout
from .grammar.dates import find_dates, find_time_range
from .grammar.names import (
    PeopleLine,
    PersonFact,
    attendance_mode,
    given_word,
    is_org_like,
    is_town,
    led_by_label,
    name_like,
    organizations_line,
    parse_people_line,
    role_like,
    said_below,
    signed_for,
)
from .lines import (
    DECIMAL_BASE,
    Line,
    column_of,
    columns,
    joined_lines,
    tab_spans,
    written_number,
)
from .vocabulary import (
    ABSENT_LABELS,
    ABSENT_SENTENCE_ENDINGS,
    ACTION_COLUMNS,
    AGENDA_GROUP_LABELS,
    AGENDA_HEADINGS,
    AGENDA_STEMS,
    APPENDIX_LABELS,
    ATTENDANCE_MODES,
    CLOSING_LABELS,
    DOCUMENT_KINDS,
    EMPTY_CELLS,
    EXCEPT_BRACKET_WORDS,
    EXCEPT_WORDS,
    FACT_LABELS,
    GENERIC_GROUP_ENDINGS,
    GENERIC_GROUPS,
    GIVEN_NAMES,
    HEADER_LABELS,
    ITEM_NUMBER_WORDS,
    ITEM_TABLE_COLUMNS,
    NARRATED_ENDINGS,
    NEXT_WORD,
    ORG_WORDS,
    PEOPLE_BODY_WORDS,
    PEOPLE_COLUMNS,
    PEOPLE_FROM_WORDS,
    POSTING_NOTICE_TITLES,
    PRESENCE_MARKS,
    PRESENT_LABELS,
    REFERENCE_WORDS,
    REPORT_VERBS,
    ROLE_LABELS,
    ROLE_WORDS,
    SAME_DATE_WORDS,
    SIGNATURE_BLOCK_LABELS,
    STANDARD_ITEMS,
    TICKED_BOXES,
    TODO_HEADINGS,
    UNTICKED_BOXES,
    alternation,
    key,
)

_PEOPLE_LABELS = sorted(
    [(label, "present", group) for label, group in PRESENT_LABELS.items()]
    + [(label, "absent", group) for label, group in ABSENT_LABELS.items()],
    key=lambda entry: len(entry[0]), reverse=True)
_PEOPLE_LABEL_WORDS = [label for label, _, _ in _PEOPLE_LABELS]
_PEOPLE_LABEL = patterns.compile(
    r"^(?P<label>" + alternation(_PEOPLE_LABEL_WORDS) + r")"
    # a group of people may follow the label: `Närvarande politiker`, `Närvarande förtroendevalda:`
    r"(?:\s+(?P<group>" + alternation(GENERIC_GROUPS) + r"|[a-zåäö]+(?:" + alternation(GENERIC_GROUP_ENDINGS)
    + r"))(?=\s*(?::|$))"
    # a qualifier may follow the label: `Närvarande (digitalt):`, `Närvarande via Teams:`,
    # `Närvarande LAG-ledamöter:` (a compound on letters)
    r"|(?P<qualifier>\s*\([^()]{1,30}\)|(?:\s+(?-i:[a-zåäö]+|\p{Lu}{2,6}-[a-zåäö]+)){1,3}(?=\s*:)"
    r"|\s+via\s+\S+(?=\s*:)"
    # ... or whom they came from, a line of its own: `Närvarande från föreningarna`
    r"|\s+(?:" + alternation(PEOPLE_FROM_WORDS) + r")\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}(?=\s*:?\s*$)"
    # ... or what kind of bodies sent them: `Deltagande aktörer`, `Närvarande myndigheter och organisationer`
    r"|(?:\s+(?:och\s+)?(?:" + alternation(PEOPLE_BODY_WORDS) + r")){1,2}(?=\s*:?\s*$)"
    # ... or how they took part, a line of its own: `Närvarande på plats`, `Närvarande digitalt`
    r"|\s+(?:" + alternation(ATTENDANCE_MODES) + r"|via\s+\S+)(?=\s*$)))?"
    r"(?:\s*:\s*(?P<value>.*)|\s+(?P<rest>\S.*)|\s*)$", re.I)
_PEOPLE_HEADS = patterns.heads(_PEOPLE_LABEL_WORDS)
_ABSENT_ENDINGS = tuple(ABSENT_SENTENCE_ENDINGS)
# the last word of each, with the sentence's stop: one set test of a line's last word first
_ABSENT_LAST_WORDS = frozenset(ending.rsplit(" ", 1)[-1] + stop for ending in ABSENT_SENTENCE_ENDINGS
                               for stop in ("", ".", "!"))
_ABSENT_SENTENCE = patterns.compile(
    r"^(?P<names>(?-i:\p{Lu}).*?)\s+(?:" + alternation(ABSENT_SENTENCE_ENDINGS) + r")\s*[.!]?\s*$", re.I)
_MAY_OPEN_PEOPLE = patterns.opens_with(_PEOPLE_LABEL_WORDS)
# `Per Lind, Eva Ahl (ej Lars Ek, sjuk)`, `Samtliga ledamöter utom Lars Ek`, `Hela arbetslaget
# utom Nadia (ledig) och Filip (sjuk)`: who was not there
_EXCEPT = patterns.compile(r"\s*\((?:" + alternation(EXCEPT_WORDS + EXCEPT_BRACKET_WORDS) + r")\s+(?P<bracket>[^()]+)\)"
                           r"|\s+(?:" + alternation(EXCEPT_WORDS) + r")\s+(?P<names>[^()]+?(?:\([^()]*\)[^()]*?)*)\.?$", re.I)
# a second label on the same line: `Närvarande: Lisa Berg, Omar Haddad. Ej närvarande: Per Ek`
_INLINE_PEOPLE_LABEL = patterns.compile(
    r"(?:[.;]\s*|\s+[-–]\s+)(?=(?:" + alternation(_PEOPLE_LABEL_WORDS) + r")\s*:)", re.I)
_CLOSING = patterns.compile(
    r"^(?P<label>" + alternation(CLOSING_LABELS)
    + r")(?:\s*[:,.!]?\s*$|\s*:\s*(?P<value>\S.*)$|(?:\s+|\s*/\s*)(?P<name>(?-i:\p{Lu}).*)$"
    # ... or the day it was signed: `Justerat 2024-03-20`, `Justerat den 20 mars 2024` (`_without_date`)
    + r"|\s+(?P<dated>(?:den\s+)?\d.*)$)", re.I)
_MAY_CLOSE = patterns.opens_with(CLOSING_LABELS)
_SIGNATURE_RULE = patterns.compile(r"\s*(?:_{2,}|\.{4,}|…{2,})\s*")
# `/Anna`, `//Anna Berg`, `/Johanna, sekreterare för kvällen`, `/Sanna (sekr)`: an e-mail's
# sign-off, a role after a comma or in brackets
_SIGNOFF = patterns.compile(r"^/{1,2}\s*(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\s*"
                            r"(?:,\s*(?P<role>[^,]{2,60}?)|\((?P<bracket>[^()]{2,40})\))?\s*$")
_CONTACT = patterns.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:tel|telefon|mobil|mob|e-post|mail|mejl)\b.*|"
                         r"\+?[\d\s()-]{7,}|<?https?://\S+>?|www\.\S+)$", re.I)
_AGENDA_GROUP = patterns.compile(r"^[\p{Lu}][\w\s/&,-]{1,40}:$")
_APPENDIX = patterns.compile(r"^(?:" + "|".join(APPENDIX_LABELS) + r")\b(?:\s*\d+)?", re.I)
_APPENDIX_HEADS = patterns.heads(APPENDIX_LABELS)
_POSTING_NOTICE = frozenset(POSTING_NOTICE_TITLES)
_HEADER_LABEL = patterns.compile(
    r"^(?:" + alternation(HEADER_LABELS) + r")\s*:", re.I)
# `Ordförande: Gunnel Hed` among the header's labels: the meeting's officer, no signature
_OFFICER_LABEL = patterns.compile(r"^(?:" + alternation(ROLE_LABELS) + r")\s*:\s*\S", re.I)
_STANDARD = frozenset(STANDARD_ITEMS)
_AGENDA_HEADINGS = frozenset(AGENDA_HEADINGS)
_TODO_HEADINGS = frozenset(TODO_HEADINGS)
_ITEM_GAP = 4   # the most numbers an agenda drops before a standard item: `3.` then `6. Övriga frågor`
_NEXT = f"{NEXT_WORD} "
# `## 3. Ekonomi`, `## § 12 Budget`, `## Paragraf 31 Ekonomisk rapport`, `## Punkt 2 – Skolan`: a
# Markdown heading's number and its title, in the forms of a numbered line (`lines`)
_HEADING_NUMBER = patterns.compile(r"^(?:§\s*|(?:" + alternation(w for w in ITEM_NUMBER_WORDS if w.isalpha())
                                   + r")\s+)?(\d{1,3})(?:[.):]|\s[-–—](?=\s))?\s+(\S.*)$", re.I)
_AGENDA_LABEL = patterns.compile(r"^([^:.!?]{2,40}?):\s+\S")   # `Ekonomi: Sune redovisade ...`
_TYPED_MARKERS = "-*+–o"   # list markers typed by hand, not Word's glyphs (`_bullet_headings`)
_WRAPPED_LINES = 3   # the most lines a sentence under such a heading is looked for in ...
# the longest list of people read again whole with the line a PDF export wrapped below it
# (about thirty lines): each line joined reads the list again, so a longer one would cost
# the square of its length
_WRAPPED_MAX = 2400
_WRAP_WIDTH = 40     # ... each line of it, but its last, as long as a line a PDF export wrapped
_LEAD_WORDS = 8   # the most words of a heading that opens its block of text (`_leads_prose`)
_ROLE_WORD_SET = frozenset(ROLE_WORDS)
_NOT_SUBGROUPS = FACT_LABELS - set(ROLE_LABELS)   # `Ordförande` may head a group of a list of people
_REFERENCE_HEADS = frozenset(word[:3] for word in REFERENCE_WORDS)
_UNMARKED = "unmarked"   # a table row whose presence cell is empty
_TICKED, _UNTICKED = tuple(TICKED_BOXES), tuple(UNTICKED_BOXES)
# an item's time slot after its title: `Projektidé ... 15:30 – 15:50`
_CLOCK, _UNTIL = r"(?:kl\.?\s*)?\d{1,2}[.:]\d{2}", r"\s*[-–—]\s*\d{1,2}[.:]\d{2}"
_TRAILING_TIME = patterns.compile(r"\s*[-–,(]?\s*" + _CLOCK + _UNTIL + r"\)?\s*$")
# ... or before it, as an agenda by the clock writes it: `09.15 Läget i projektet`, `13.00–13.45 Lunch`
_LEADING_TIME = patterns.compile(r"^" + _CLOCK + r"(?:" + _UNTIL + r")?\s+(?=(?-i:\p{Lu}))", re.I)
_GROUP_LABELS = frozenset(AGENDA_GROUP_LABELS)
# the number before an item's title in a table of minutes: `1. Driftläget`, `§ 3 Ekonomi`
_ROW_NUMBER = patterns.compile(r"^(?:§\s*)?(\d{1,3})[.):]?\s+(\S.*)$")
# `§ 4 Kassörens rapport. Rolf redovisade ...`: a title, then the item's text on its line
_TITLE_THEN_TEXT = patterns.compile(r"^(?P<title>[^.!?]{3,80}?)[.!?]\s+(?=\p{Lu})(?P<text>.{10,})[.!?]$")
_TOPIC_WORDS = 4    # the most words of a point's topic before its text: `Utsättning av öring.`


@dataclass(eq=False)
class PeopleEntry:
    """One line of a list of people."""

    line: Line
    people: PeopleLine
    presence: str                    # present | absent
    group: str | None = None


@dataclass(eq=False)
class PeopleList:
    """A list of people under a label (`Närvarande:`, `Förhinder:`)."""

    presence: str
    label_line: int
    entries: list[PeopleEntry] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)


@dataclass(eq=False)
class ItemSection:
    """An agenda item: its number, title, body lines and group."""

    number: str | None
    title: str
    heading_line: int
    end_line: int
    body: list[Line] = field(default_factory=list)
    title_lines: list[int] = field(default_factory=list)
    group: str | None = None
    group_line: int | None = None
    start_time: str | None = None
    end_time: str | None = None
    reference: str | None = None
    lead: str | None = None    # the text after the title on its line: `§ 4 Kassörens rapport. Bo redovisade ...`
    # minutes kept as a table: the item's rows, each with its cells by what its column holds
    # (`notes`, `decision`, `who`, `due`, ...: ITEM_TABLE_COLUMNS, ACTION_COLUMNS)
    rows: list[tuple[Line, dict[str, str]]] = field(default_factory=list)


@dataclass(eq=False)
class AppendixSection:
    """An appendix after the signature block."""

    title: str | None
    start_line: int
    end_line: int
    body: list[Line] = field(default_factory=list)
    people: list[PeopleList] = field(default_factory=list)
    register: bool = False    # the meeting's own list of attendance: `Bilaga 1 Närvarolista`


@dataclass(eq=False)
class Structure:
    """A document cut into its parts; `owner` says which part holds each line."""

    layout: Layout
    header: list[Line] = field(default_factory=list)
    people: list[PeopleList] = field(default_factory=list)
    items: list[ItemSection] = field(default_factory=list)
    closing: list[Line] = field(default_factory=list)
    appendices: list[AppendixSection] = field(default_factory=list)
    owner: dict[int, str] = field(default_factory=dict)   # line number -> part
    style: str = "none"                                  # how the items were numbered

    @property
    def lines(self) -> list[Line]:
        return self.layout.lines


# ---------------------------------------------------------------- the whole document


def split_sections(layout: Layout) -> Structure:
    structure = Structure(layout)
    lines = layout.lines
    total = len(lines)
    for number in layout.furniture:
        structure.owner[number] = "page"

    heads, style = _strong_headings(layout)
    first_item = heads[0][0] if heads else total + 1
    structure.people = _people_lists(layout, 1, first_item - 1)
    people_end = max((max(p.lines) for p in structure.people if p.lines), default=0)

    header_zone = _header_zone_end(layout)
    closing_from = max(heads[-1][0] + 1 if heads else 1, people_end + 1, header_zone + 1)
    known = frozenset(key(person.name.split()[0]) for plist in structure.people for entry in plist.entries
                      for person in entry.people.people)
    closing_start, closing_end = _find_closing(layout, closing_from, total, known)
    # minutes with no closing may still end with their appendices: `Bilaga: Deltagarlista`;
    # a closing inside them is theirs (`ANSLAGSBEVIS` / ... / `Underskrift: Hanna Borg`)
    appendix_start = _trailing_appendices(layout, closing_from)
    if closing_start and appendix_start and appendix_start < closing_start:
        closing_start = closing_end = None
    elif closing_start:
        appendix_start = None
    body_end = closing_start - 1 if closing_start else (appendix_start or total + 1) - 1
    heads = [h for h in heads if h[0] <= body_end]

    if not heads:
        start = max(people_end, header_zone) + 1
        heads = _unnumbered_headings(layout, start, body_end, after_people=people_end > 0)
        style = "unnumbered" if heads else "none"
    structure.style = style

    for plist in structure.people:
        for number in plist.lines:
            structure.owner[number] = "people"
    front = _front_signatures(layout, structure, heads[0][0] - 1) if heads else []
    for line in front:
        structure.owner[line.number] = "closing"

    items = _build_items(layout, heads, body_end, structure)
    structure.items = items
    header_end = (items[0].group_line or items[0].heading_line) - 1 if items else body_end
    structure.header = [l for l in lines[:header_end]
                        if not l.blank and l.number not in structure.owner]
    for line in structure.header:
        structure.owner[line.number] = "header"

    structure.closing = front
    if closing_start:
        end = [l for l in lines[closing_start - 1:closing_end] if not l.blank and l.number not in layout.furniture]
        for line in end:
            structure.owner[line.number] = "closing"
        structure.closing = front + end
        structure.appendices = _appendices(layout, closing_end + 1, total, structure)
    elif appendix_start:
        structure.appendices = _appendices(layout, appendix_start, total, structure)
    return structure


# ---------------------------------------------------------------- item headings


def _strong_headings(layout: Layout) -> tuple[list[tuple[int, str | None, str, list[int]]], str]:
    """Headings numbered with `§`, a `1.` sequence, or Markdown; (line, number, title, lines)."""
    forms = _numbered_lines(layout)
    paragraphs = _numbered_chain(layout, forms["§"], "§")
    if len(paragraphs) >= 2:
        return paragraphs, "paragraph"
    numbered = _numbered_chain(layout, forms["."], ".") or _numbered_chain(layout, forms["roman"], "roman")
    markdown = _markdown_headings(layout)
    if len(markdown) >= 2 and len(markdown) >= len(numbered):
        return _without_agenda_list(layout, markdown), "markdown"
    if numbered:
        return numbered, "numbered"
    if paragraphs:
        return paragraphs, "paragraph"
    agenda = _agenda_points(forms["."])
    if agenda:
        return agenda, "agenda"
    decimal = _decimal_chain(forms["decimal"])
    if decimal:
        return decimal, "decimal"
    table = _table_items(layout)
    if table:
        return table, "table"
    return [], "none"


def _item_columns(line: Line) -> list[str | None] | None:
    """What each column of a table of minutes holds (`Punkt | Diskussion | Beslut | Ansvarig`),
    from its header row; None for a row that heads no such table."""
    if line.kind != "table":
        return None
    columns = [ITEM_TABLE_COLUMNS.get(k) or ACTION_COLUMNS.get(k) for k in map(key, line.cells)]
    if "item" in columns and ("notes" in columns or "decision" in columns):
        return columns
    return None


def _task_columns(line: Line) -> bool:
    """`Åtgärd | Ansvarig | Status`: the header row of a table of tasks, which names nobody."""
    columns = [ACTION_COLUMNS.get(k) for k in map(key, line.cells)]
    return "what" in columns and "who" in columns


def _row_cells(row: Line, header: Line, columns: list[str | None]) -> dict[str, str] | None:
    """A row's cells by what their columns hold, the empty ones (`–`) left out; None for a
    line that is no row of the table."""
    if row.kind == "rule":
        return {}       # a Markdown table's `|---|---|` under its header row
    if row.blank or row.kind != "table" and "\t" not in row.raw:
        return None     # a row of tabs with one cell (`<tab><tab>Stommen påbörjas v. 34.`) is a line of text
    cells = _under_columns(row, header, len(columns))
    if len(cells) > len(columns):
        return None
    return {column: cell.strip() for column, cell in zip(columns, cells)
            if column and cell.strip() and key(cell) not in EMPTY_CELLS}


def _item_table(layout: Layout, first: int) -> tuple[list[str | None], Line, int]:
    """The columns of the table of minutes whose first item stands on line `first`, its
    header row above it, and the table's last line."""
    lines = layout.lines
    header = next(line for line in reversed(lines[:first - 1]) if _item_columns(line) is not None)
    columns = _item_columns(header)
    end = first
    while end < len(lines) and _row_cells(lines[end], header, columns) is not None:   # lines[end]: line end + 1
        end += 1
    return columns, header, end


def _table_body(item: ItemSection, body: list[Line], table: tuple[list[str | None], Line, int]) -> list[Line]:
    """An item of a table of minutes: its rows kept with their cells (`item.rows`), for the
    facts to read each column as what it is; in the body, the text of each row's notes, on
    the row's line, and any lines after the table."""
    columns, header, end = table
    kept: list[Line] = []
    for line in body:
        cells = _row_cells(line, header, columns) if line.number <= end else None
        if cells is None:
            kept.append(line)
            continue
        if line.number == item.heading_line:    # the row's other cells, as its text goes on after the title
            written = zip(columns, _under_columns(line, header, len(columns)))
            item.lead = "\t".join(cell for column, cell in written if column not in ("item", "number") and cell)
        item.rows.append((line, cells))
        if "notes" in cells:
            note = cells["notes"]
            kept.append(replace(line, raw=note, text=note, low=note.casefold(), kind="text", cells=()))
    return kept


def _table_items(layout: Layout) -> list[tuple[int, str | None, str, list[int]]]:
    """Minutes kept as a table, one row an item: `Punkt | Diskussion | Beslut | Ansvarig |
    Klart` over `1. Driftläget | Inga störningar. | – | – | –`. Each row with something in its
    item's column heads an item (its number before the title, or in a column of its own); a
    row with that column empty goes on with the item above. Two items or more."""
    lines = layout.lines
    for header in lines:
        columns = _item_columns(header)
        if columns is None:
            continue
        heads = []
        for row in lines[header.number:]:
            cells = _row_cells(row, header, columns)
            if cells is None:
                break
            if "item" not in cells:
                continue
            numbered = _ROW_NUMBER.match(cells["item"])
            number = cells.get("number") or (numbered.group(1) if numbered else None)
            title = numbered.group(2) if numbered and "number" not in cells else cells["item"]
            heads.append((row.number, number.rstrip(".") if number else None, title.rstrip(":"), [row.number]))
        if len(heads) >= 2:
            return heads
    return []


def _decimal_chain(numbered: list[Line]) -> list[tuple[int, str | None, str, list[int]]]:
    """`1.1 Mötets öppnande` / `1.2 Val av justerare` / `2.1 Ridhuset`: items numbered as an
    outline, where no other numbering gives the items; three or more in order from 1.1 (or
    1.0), each the next part of its number or the first of the next (not `09.15 Fika` /
    `09.30 Läget`, an agenda by the clock)."""
    chain: list[Line] = []
    for line in numbered:
        major, minor = divmod(line.num, DECIMAL_BASE)
        if not chain:
            ok = major in (0, 1) and minor in (0, 1)
        else:
            last_major, last_minor = divmod(chain[-1].num, DECIMAL_BASE)
            ok = (major == last_major and minor == last_minor + 1) or (major == last_major + 1 and minor in (0, 1))
        if ok:
            chain.append(line)
    if len(chain) < 3:
        return []
    return [(line.number, written_number(line), line.title, [line.number]) for line in chain]


def _agenda_points(numbered: list[Line]) -> list[tuple[int, str | None, str, list[int]]]:
    """`1. Ordföranden öppnade mötet.` / `2. Dagordningen godkändes.` / ... `5. Ekonomi: Sune
    redovisade kassan.`: a protocol whose items are the points of one numbered list, each
    its own text, with no headings. Four points or more from 1, two of them a standard item
    (`AGENDA_STEMS`). The title is the label before a colon, or the point's sentence."""
    candidates = [(line, line.title, [line.number]) for line in numbered if line.title]
    chain = _longest_chain(candidates, step=1, from_one=True) if len(candidates) >= 4 else []
    if len(chain) < 4 or sum(any(stem in line.low for stem in AGENDA_STEMS) for line, _, _ in chain) < 2:
        return []
    points = []
    for line, title, title_lines in chain:
        label = _AGENDA_LABEL.match(title) or _TITLE_THEN_TEXT.match(title)
        if label is not None and label.lastgroup == "text" and not _topic(label.group("title")):
            label = None    # `2. Ordföranden hälsade välkommen. Dagordningen godkändes.`: one text
        points.append((line.number, str(line.num), label.group(1).strip() if label else title.rstrip("."),
                       title_lines))
    return points


def _topic(words: str) -> bool:
    """Do a point's first words, before its first full stop, name what it is about (`Ekonomi`,
    `Utsättning av öring`), rather than tell what happened (`Ordföranden hälsade välkommen`)?"""
    split = words.split()
    return len(split) <= _TOPIC_WORDS and not any(w.casefold().endswith(NARRATED_ENDINGS) for w in split)


# the form of each numbering: `§ 1`; digits (`1.`, `1)`, `Punkt 1`); Roman numerals; an outline's (`1.2`)
_FORMS = {"§": "§", ".": ".", "punkt": ".", "roman": "roman", "decimal": "decimal"}


def _numbered_lines(layout: Layout) -> dict[str, list[Line]]:
    """The numbered lines (and those a Roman numeral or an outline's number opens), by their
    form, in one pass."""
    forms: dict[str, list[Line]] = {"§": [], ".": [], "roman": [], "decimal": []}
    furniture = layout.furniture
    for line in layout.lines:
        if line.numbering and line.number not in furniture:
            forms[_FORMS[line.numbering]].append(line)
    return forms


def _numbered_chain(layout: Layout, numbered: list[Line], form: str) -> list[tuple[int, str | None, str, list[int]]]:
    """The longest run of headings numbered 1, 2, 3 ... (for `§`: rising numbers) among
    the `numbered` lines of one `form` (`_numbered_lines`)."""
    candidates = []
    for line in numbered:
        if not _heading_shaped(layout, line):
            continue
        title, title_lines = line.title, [line.number]
        reference = REFERENCE.match(title)
        if reference:   # `§ 45 Dnr KS 2023/123`: the diary number is not the title
            title = title[reference.end():].strip(" ,–-")
        if not title:
            nxt = _next_content(layout, line.number)
            if nxt is not None and _reference_only(nxt.text):
                # `§ 88` / `Dnr BUN 2024/112` / `Remiss – skolskjutsreglemente`: the title under the number
                title_lines = [line.number, nxt.number]
                nxt = _next_content(layout, nxt.number)
            if nxt is None or nxt.kind not in ("text", "heading"):
                continue
            title, title_lines = nxt.text, title_lines + [nxt.number]
        if _is_people_label(title) or len(title) > 250:
            continue
        candidates.append((line, title, title_lines))
    best = _longest_chain(candidates, step=3 if form == "§" else 1, from_one=form != "§")
    if best and form != "§":
        best = _tight_start(numbered, best)
    return [(line.number, written_number(line), title, title_lines) for line, title, title_lines in best]


def _tight_start(numbered: list[Line], chain: list) -> list:
    """`1. Mötets öppnande` / `2. Provfiske 2025` / `Jesper redovisade ...` / `3. Åtgärdsplan`:
    items from 1 whose first headings stand tight as in a list (`_heading_shaped` says no)
    open a chain that starts above 1. The numbered lines right before it, counting down
    to 1 with none between, are its first items."""
    first = chain[0][0]
    want = first.num - 1 if first.num is not None else 0
    if want < 1:
        return chain
    at = numbered.index(first)
    if at < want:
        return chain
    before = numbered[at - want:at]
    if any(line.num != n or not line.title or line.title[:1].islower() or _is_people_label(line.title)
           for n, line in enumerate(before, 1)):
        return chain
    return [(line, line.title, [line.number]) for line in before] + chain


def _reference_only(text: str) -> bool:
    """`Dnr BUN 2024/112`: a line that gives a diary number and nothing else."""
    reference = REFERENCE.match(text) if text[:3].casefold() in _REFERENCE_HEADS else None
    return reference is not None and not text[reference.end():].strip(" ,–-")


def _longest_chain(candidates: list, step: int, from_one: bool) -> list:
    """The longest run of candidates whose numbers rise by 1 (by at most `step`),
    in one pass: the document's own numbering, not a list that restarts at 1.
    With `from_one`, a run starts at 0 or 1 unless no candidate does; and after the run, a
    standard item (`6. Övriga frågor` after `3. Arbetsmiljö`) goes on with it over a gap of
    up to `_ITEM_GAP` numbers, where the writer dropped points from the agenda."""
    if from_one and any(c[0].num in (0, 1) for c in candidates):
        starts = lambda n: n in (0, 1)  # noqa: E731
    else:
        starts = lambda n: True  # noqa: E731
    ends: dict[int, tuple[int, int]] = {}       # last number -> (length, index of the run's end)
    previous: dict[int, int] = {}               # candidate index -> index before it in its run
    best_end, best_len = -1, 0
    for index, (line, _title, _lines) in enumerate(candidates):
        n = line.num
        # a sub-item (`1 b)` after `1 a)`, `§ 12a` after `§ 12`) goes on from its own number
        link = max((ends[m] for m in range(n - step, n + 1 if line.sub else n) if m in ends), default=None)
        if link is not None:
            length, before = link[0] + 1, link[1]
        elif starts(n):
            length, before = 1, -1
        else:
            continue
        if n not in ends or ends[n][0] < length:   # the first run of a length keeps the number
            ends[n] = (length, index)
            previous[index] = before
            if length > best_len:
                best_len, best_end = length, index
    chain, index = [], best_end
    while index >= 0:
        chain.append(candidates[index])
        index = previous[index]
    chain.reverse()
    for candidate in candidates[best_end + 1:] if chain and from_one else ():
        last, n = chain[-1][0].num, candidate[0].num
        if last < n <= last + step or (last + step < n <= last + step + _ITEM_GAP
                                       and key(candidate[1].rstrip(".:")) in _STANDARD):
            chain.append(candidate)     # after the run: its own next number, or a standard item after a gap
    return chain


def _heading_shaped(layout: Layout, line: Line) -> bool:
    """A numbered line that opens an item, not one inside a tight numbered list."""
    prev = layout.lines[line.number - 2] if line.number >= 2 else None
    nxt = layout.lines[line.number] if line.number < len(layout.lines) else None
    if line.numbering == "§":
        return True
    if prev is not None and prev.kind == "numbered" and prev.num == (line.num or 0) - 1:
        return False
    if nxt is not None and nxt.kind == "numbered" and nxt.num == (line.num or 0) + 1:
        return False
    title = line.title
    if title and title[:1].islower():
        return False
    return True


def _markdown_headings(layout: Layout) -> list[tuple[int, str | None, str, list[int]]]:
    """Markdown headings that are items: a heading with text of its own is an
    item; a heading with only sub-headings under it groups the items below it."""
    heads = [l for l in layout.lines if l.kind == "heading" and l.text
             and not _is_people_label(l.text) and not _CLOSING.match(l.text)]
    if not heads:
        return []
    first, top = heads[0], heads[0].level
    if (top == 1 or _opens_document(layout, first)) and all(h.level > top for h in heads[1:]):
        heads = heads[1:]  # the document's title: `# Protokoll`, or `## Projektmöte` above `### 1. Status`
    if not heads:
        return []
    body_after = {}
    for i, head in enumerate(heads):
        stop = heads[i + 1].number if i + 1 < len(heads) else len(layout.lines) + 1
        body_after[head.number] = any(
            not l.blank and l.kind != "rule" for l in layout.lines[head.number:stop - 1])
    result: list[tuple[int, str | None, str, list[int]]] = []
    _select_markdown(heads, body_after, result, group=None)
    return result


def _without_agenda_list(layout: Layout, heads: list) -> list:
    """`## Agenda` / `1. Status` / `2. Övrigt` above `## 1. Status`, or `Dagens program` /
    `● Välkommen` / `● Övrigt` above `Välkommen`: a first heading whose text is only a list
    that names two or more of the items below lists the agenda; it is the header's, no item."""
    listed = []
    for line in layout.lines[heads[0][0]:heads[1][0] - 1]:
        if line.blank:
            continue
        if line.kind not in ("numbered", "bullet"):
            return heads    # most documents: a line of text under the first heading
        listed.append(key(line.title if line.kind == "numbered" else line.text))
    titles = {key(head[2]) for head in heads[1:]}
    return heads[1:] if sum(title in titles for title in listed) >= 2 else heads


def _opens_document(layout: Layout, line: Line) -> bool:
    """Is `line` the document's first line with text?"""
    return all(l.blank for l in layout.lines[:line.number - 1])


def _select_markdown(heads: list[Line], body_after: dict[int, bool], result: list,
                     group: tuple[str, int] | None) -> None:
    if not heads:
        return
    top = min(h.level for h in heads)
    tops = [i for i, h in enumerate(heads) if h.level == top]
    if tops[0] > 0:
        _select_markdown(heads[:tops[0]], body_after, result, group)
    for k, i in enumerate(tops):
        head = heads[i]
        children = heads[i + 1:tops[k + 1] if k + 1 < len(tops) else len(heads)]
        if body_after[head.number] or not children:
            number, title = _split_number(head.text)
            result.append((head.number, number, title, [head.number], group))
        else:
            _select_markdown(children, body_after, result, (head.text.rstrip(".:"), head.number))


def _split_number(title: str) -> tuple[str | None, str]:
    found = _HEADING_NUMBER.match(title)
    if found:
        return found.group(1), found.group(2)
    return None, title


_STRONG = ("**", "__")    # how Markdown opens bold, not italics


def _unnumbered_headings(layout: Layout, start: int, end: int,
                         after_people: bool = False) -> list[tuple[int, str | None, str, list[int]]]:
    """Short lines alone between blank lines, with no full stop: unnumbered item titles;
    in a document with fewer than two of these, short lines that open their block of
    sentences, when there are two or more (below a list of people, `after_people`, also a
    word for the document: `Anteckningar` / `Licenser – fler behövs.`)."""
    heads = []
    span = layout.lines[max(0, start - 1):end]
    body = [line for line in span
            if not line.blank and line.number not in layout.furniture and line.kind in ("text", "heading")]
    # an agenda's points name the headings below, an acronym among them (`- SSPF`), or two
    # words that could be a name (`• Belysning Storgatan`)
    listed = {key(line.text) for line in span if line.kind == "bullet"}
    for line in body:
        title = line.text
        if (line.bold and title[-1:] == ":" and line.kind == "text" and line.raw.lstrip()[:2] in _STRONG
                and key(title) not in FACT_LABELS):
            title = title[:-1]      # `**Vikarieanskaffning:**`: a bold heading; not `*Konkreta strategier:*`
        # alone between blank lines, or a whole-bold line that opens its block (Word's headings)
        if (layout.alone(line.number) or (line.bold and _opens_block(layout, line))) and _unnumbered_title(
                title, listed):
            heads.append((line.number, None, title, [line.number]))
    if len(heads) < 2:
        # a document without such headings may have them right above their text: a short line
        # that opens a block of sentences, when there are several (`_leads_prose`)
        leading = [(line.number, None, title, [line.number]) for line in body
                   if _leads_prose(layout, line, listed, after_people)
                   and (title := _lead_title(line.text, listed, after_people))]
        if len(leading) >= 2:
            heads = sorted(heads + leading)
        elif len(bulleted := _bullet_headings(layout, start, end)) >= 2:
            heads = sorted(heads + bulleted)
    # `Inga övriga frågor` right before the next heading is what the item above says,
    # not an item of its own; a standard agenda item stays one wherever it stands
    kept = []
    for k, head in enumerate(heads):
        nxt = _next_content(layout, head[0])
        followed = k + 1 < len(heads) and nxt is not None and nxt.number == heads[k + 1][0]
        if followed and key(head[2]) not in _STANDARD and k > 0:
            continue
        kept.append(head)
    return _without_agenda_list(layout, kept) if len(kept) >= 2 else kept


def _header_zone_end(layout: Layout) -> int:
    """The title line, and the labelled and dated lines right under it, are header."""
    end = 0
    titles = 1          # the title line; after a bare `Minnesanteckningar`, the forum too
    for line in layout.lines:
        if line.blank or line.number in layout.furniture:
            continue
        if titles and not _HEADER_LABEL.match(line.text):
            titles -= 1
            if key(line.text) in DOCUMENT_KINDS:
                titles += 1
            end = line.number
            continue
        if _HEADER_LABEL.match(line.text) or _date_line(line.text) or _OFFICER_LABEL.match(line.text):
            end = line.number
            continue
        break
    return end


def _date_line(text: str) -> bool:
    dates = find_dates(text)
    return bool(dates) and len(text) - sum(d.end - d.start for d in dates) < 12


def _opens_block(layout: Layout, line: Line) -> bool:
    index = layout.block_of.get(line.number)
    return index is not None and layout.blocks[index].start == line.number


def _leads_prose(layout: Layout, line: Line, listed: set[str] | frozenset = frozenset(),
                 after_people: bool = False) -> bool:
    """`Aktuellt från regionen` / `Per berättade om planen. ...`: a line of a few words
    with no full stop that opens a block of sentences, a list or a table is a heading
    whose style the export lost; a name of an organisation only when it is `listed`
    among the agenda's points."""
    index = layout.block_of.get(line.number)
    if index is None or len(line.text.split()) > _LEAD_WORDS:
        return False
    block = layout.blocks[index].lines
    if len(block) > 2 and block[1] is line and key(block[0].text) in _AGENDA_HEADINGS:
        block = block[1:]   # `Punkter` / `Välkommen` / `Tove hälsade välkommen.`: the first item's heading
    text = line.text
    if block[0] is not line or len(block) < 2 or not (
            block[1].kind in ("bullet", "table") or _leads_list(block[1:]) or _sentence_below(block)
            or key(text) in _TODO_HEADINGS):     # `Åtgärdspunkter` / `Linda Persson: Boka uppstartsmöte`
        return False
    # not the name of an organisation (`Lerums kommun`, `Kommunstyrelsen`) or of the document
    # (but below the list of who came: the document's kind stands above it)
    return (after_people or key(text) not in DOCUMENT_KINDS) and not (
        is_org_like(text) and all(w[:1].isupper() or w.casefold() in ORG_WORDS for w in text.split())
        and key(text) not in listed)


def _leads_list(block: list[Line]) -> bool:
    """`Åtgärder från förra mötet:` / `- Skylt vid övergångsstället – klar`: a line that
    leads the list or table below it with a colon."""
    return len(block) > 1 and block[0].text[-1:] == ":" and block[1].kind in ("bullet", "table")


def _sentence_below(block: list[Line]) -> bool:
    """The line below a heading ends a sentence, or a PDF export wrapped the sentence
    onto the lines below it: long lines of text up to one that ends it."""
    for below in block[1:_WRAPPED_LINES + 1]:
        if below.text[-1:] in ".!?":
            return True
        if below.kind != "text" or len(below.text) < _WRAP_WIDTH:
            return False
    return False


def _bullet_headings(layout: Layout, start: int, end: int) -> list[tuple[int, str | None, str, list[int]]]:
    """`● Nytt från Länsstyrelsen` / `Mia informerade om ...`: a Word export whose item
    headings are top-level points of a marker of their own, a glyph Word gives (`●`, `•`, `❖`),
    or one typed (`-`, `*`: a typed point may run on in the line below) with points nested
    under each (`* Budget` / `  - Vi ligger inom ramen.`). Every point with that marker is a
    short title with no full stop, and what follows each is no point with the same marker."""
    by_marker: dict[str, list[Line]] = {}
    for line in layout.lines[max(0, start - 1):end]:
        if line.kind == "bullet" and line.level == 1 and line.number not in layout.furniture:
            by_marker.setdefault(line.raw.lstrip()[:1], []).append(line)
    for marker, points in by_marker.items():
        if len(points) < 2 or not all(len(p.text.split()) <= _LEAD_WORDS and _unnumbered_title(p.text) for p in points):
            continue
        below = [_next_content(layout, p.number) for p in points]
        typed = marker in _TYPED_MARKERS
        if all(nxt is not None and nxt.number <= end and (
                nxt.kind == "bullet" and nxt.level > 1 if typed else
                not (nxt.kind == "bullet" and nxt.raw.lstrip()[:1] == marker)) for nxt in below):
            return [(p.number, None, p.text, [p.number]) for p in points]
    return []


def _unnumbered_title(text: str, listed: set[str] | frozenset = frozenset()) -> bool:
    if text[:1].isdigit() and (slot := _LEADING_TIME.match(text)):
        text = text[slot.end():]    # `09.15 Läget i projektet`: the title after its time
    if len(text) > 110 or len(text.split()) > 16 or len(text) < 3:
        return False
    if text[-1] in ".,;:!" or not text[0].isupper():
        return False
    if text.startswith(("[", "<", "http", "(")) or "@" in text:
        return False
    if ": " in text[:50] or ":\t" in text[:50]:
        return False  # a label line: `Fråga: ...`
    if _is_people_label(text) or _CLOSING.match(text) or _HEADER_LABEL.match(text):
        return False
    if _date_line(text) or text[:3].casefold() in _REFERENCE_HEADS and REFERENCE.match(text):
        return False    # `Dnr KS 2023/118`: the header's reference
    if text[:6].casefold() == _NEXT and find_dates(text):
        return False    # `Nästa veckomöte måndag 24/3 kl 8.00`: the next meeting, no item's title
    if parse_people_line(text, 0) is not None and key(text) not in listed:
        return False  # `Hanna Norberg, Länsstyrelsen`: who presents, not what
    if " " not in text and key(text) in GIVEN_NAMES and key(text) not in listed:
        return False  # `Bengt` alone under the notes: who wrote them
    return True


def _lead_title(text: str, listed: set[str] | frozenset, kinds: bool = False) -> str | None:
    """The title of a line that leads its block: as it stands (`Aktuellt från regionen`,
    `Pass 2: Erfarenhetsutbyte`, with `kinds` a word for the document: `Anteckningar`), or
    without the colon that leads its list (`Denna vecka:` / `• Sofia uppdaterar rutinen`),
    but for a fact's or the header's label (`Att göra:`)."""
    if _unnumbered_title(text, listed) or _topic_title(text) or kinds and key(text) in DOCUMENT_KINDS:
        return text
    title = text[:-1].rstrip() if text[-1:] == ":" else ""
    return title if title and key(title) not in FACT_LABELS and _unnumbered_title(title, listed) else None


def _topic_title(text: str) -> bool:
    """`Förmiddag: Besök på Fritidsgården Kulan`, `Pass 2: Erfarenhetsutbyte`: a short label,
    none of a fact's or the header's, and a title after its colon."""
    label, colon, title = text.partition(": ")
    return (bool(colon) and len(label.split()) <= 2 and label[:1].isupper() and key(label) not in FACT_LABELS
            and _unnumbered_title(title))


def _build_items(layout: Layout, heads, body_end: int, structure: Structure) -> list[ItemSection]:
    items: list[ItemSection] = []
    lines = layout.lines
    table = _item_table(layout, heads[0][0]) if structure.style == "table" and heads else None
    for k, head in enumerate(heads):
        number_line, number, title, title_lines = head[:4]
        md_group = head[4] if len(head) > 4 else None
        stop = heads[k + 1][0] - 1 if k + 1 < len(heads) else body_end
        item = ItemSection(number=number, title=title, heading_line=number_line, end_line=number_line,
                           title_lines=title_lines)
        heading = layout.line(number_line)
        reference = REFERENCE.match(heading.title) if heading.kind == "numbered" else None
        if reference is None and len(title_lines) > 2:     # `§ 88` / `Dnr BUN 2024/112` / its title
            reference = REFERENCE.match(layout.line(title_lines[1]).text)
        item.reference = reference.group(0).strip() if reference else None
        slot = _TRAILING_TIME.search(item.title) or (_LEADING_TIME.match(item.title) if item.title[:1].isdigit() else None)
        if slot:
            times = find_time_range(slot.group(0))
            if times:
                item.title = (item.title[:slot.start()] + item.title[slot.end():]).strip(" -–,")
                item.start_time, item.end_time = times.start, times.end
        item.title = item.title.strip().rstrip(":").strip()
        # a title that is a sentence of two words or more (`§ 2 Dagordningen godkändes.`), or a
        # title and sentences after it: the item's text as well, as an association's protocol writes it
        spoken = False
        if heading.kind == "numbered" and len(title_lines) == 1 and item.title[-1:] in ".!?":
            run_on = _TITLE_THEN_TEXT.match(item.title)
            spoken = run_on is not None or len(item.title.split()) >= 2
            label = _AGENDA_LABEL.match(item.title)
            if label is not None and _topic(label.group(1)):
                # `§ 3. Ekonomi: Kassören redovisade saldot.`: the topic, then the item's text
                item.title, item.lead = label.group(1).strip(), item.title[label.end() - 1:]
            elif run_on is not None:
                item.title, item.lead = run_on.group("title").strip(), item.title[run_on.start("text"):]
        if md_group:
            item.group, item.group_line = md_group
            if structure.owner.get(md_group[1]) is None:
                structure.owner[md_group[1]] = "item-group"
        for number_ in title_lines:
            structure.owner[number_] = "item"
        body = [l for l in lines[title_lines[-1]:stop]
                if not l.blank and l.number not in layout.furniture]
        if structure.style == "agenda" or spoken:
            body.insert(0, heading)     # a point of the list is its item's text as well as its title
        elif structure.style == "table":
            body = _table_body(item, [heading] + body, table)
        item.body = body
        for line in body:
            structure.owner[line.number] = "item"
        item.end_line = body[-1].number if body else title_lines[-1]
        items.append(item)
    _agenda_groups(items, structure)
    return items


def _agenda_groups(items: list[ItemSection], structure: Structure) -> None:
    """`Erfarenhetsutbyte:` alone before an item groups the items after it, and so does a
    protocol's `Beslutsärenden` (AGENDA_GROUP_LABELS) without a colon."""
    lines = structure.layout.lines
    group = None
    for k, item in enumerate(items):
        if item.group_line is not None and structure.owner.get(item.group_line) == "item-group":
            group = None
            continue
        probe = item.heading_line - 1
        while probe >= 1 and lines[probe - 1].blank:
            probe -= 1
        candidate = lines[probe - 1] if probe >= 1 else None
        # `Beslutsärenden` asked of the line as it is cleaned, in lower case: `key` of every
        # item's line above cost 1 % of a document's instructions
        if candidate is not None and (_AGENDA_GROUP.match(candidate.text) and not _is_people_label(candidate.text)
                                      or candidate.low.rstrip(" :") in _GROUP_LABELS) and structure.owner.get(
                candidate.number) in (None, "item", "header"):
            group = candidate.text.rstrip(":").strip()
            if k > 0:
                prev = items[k - 1]
                prev.body = [l for l in prev.body if l.number != candidate.number]
                prev.end_line = prev.body[-1].number if prev.body else prev.heading_line
            item.group_line = candidate.number
            structure.owner[candidate.number] = "item-group"
        item.group = item.group or group


# ---------------------------------------------------------------- people


def _people_label_match(text: str):
    text = text.strip("*_ ")
    return _PEOPLE_LABEL.match(text) if _MAY_OPEN_PEOPLE(text) else None


def _is_people_label(text: str) -> bool:
    found = _people_label_match(text)
    return bool(found) and not found.group("rest")


def _label_mode(text: str) -> str | None:
    """How the people of a list took part, as its label's qualifier says: `Närvarande via
    Teams:`, `Närvarande (digitalt):`, `Deltog på distans:`; else None."""
    found = _people_label_match(text)
    qualifier = found.group("qualifier") if found else None
    return attendance_mode(qualifier) if qualifier else None


def people_label(text: str) -> tuple[str, str | None, str | None, str | None] | None:
    """(presence, group, value, organisation) for a line that opens a list of people."""
    found = _people_label_match(text)
    if not found:
        return None
    label = found.group("label").casefold()
    presence, group = next((p, g) for l, p, g in _PEOPLE_LABELS if l == label)
    if group is None and found.group("group"):
        group = found.group("group").capitalize()
    org = None
    if found.group("rest"):
        if label != "representation från":
            return None
        org = found.group("rest").strip(" :")
    return presence, group, (found.group("value") or "").strip() or None, org


def _people_lists(layout: Layout, start: int, end: int) -> list[PeopleList]:
    """Every list of people in lines start..end, each from its label to its last person."""
    lists: list[PeopleList] = []
    lines = layout.lines
    i = start
    while i <= end:
        line = lines[i - 1]
        opened = _opening(line) if not line.blank else None
        if opened is None:
            i += 1
            continue
        plist, i = _read_people(layout, i, end, opened)
        if plist is not None:
            lists.append(plist)
    return lists


def _opening(line: Line) -> tuple[str, str | None, str | None, str | None] | None:
    """`people_label` of a line that opens a list of people. A table row opens one
    as a label cell and its value (`Närvarande:<tab>Anna Berg, ordförande`, as Word
    writes a form), or as the column names of a table of people (`Namn | Roll | Närvaro`)."""
    if line.kind != "table":
        low = line.low   # most lines open with no label's first letters: asked without a call
        if low.startswith(_PEOPLE_HEADS) or low[:1] in "*_":
            return people_label(line.text)
        return _absent_sentence(line) if low[low.rfind(" ") + 1:] in _ABSENT_LAST_WORDS else None
    head = line.cells[0]
    if "name" in (_people_columns(line) or ()):
        return people_label(head) or ("present", None, None, None)
    opened = people_label(head) if head.endswith(":") else None
    if opened is None or opened[2] is not None:
        return None
    presence, group, _value, org = opened
    return presence, group, ", ".join(line.cells[1:]), org


def _absent_sentence(line: Line) -> tuple[str, None, str, None] | None:
    """`Lisa och Ahmed hade förhinder.`, `Per Lind har lämnat återbud.`: a sentence that says
    the people before its end were absent, read as their label and its value."""
    low = line.low
    if low[low.rfind(" ") + 1:] in _ABSENT_LAST_WORDS and low.rstrip(" .!").endswith(
            _ABSENT_ENDINGS) and (said := _ABSENT_SENTENCE.match(line.text)):
        return "absent", None, said.group("names"), None
    return None


def _read_people(layout: Layout, i: int, end: int, opened) -> tuple[PeopleList | None, int]:
    lines = layout.lines
    presence, group, value, org = opened
    plist = PeopleList(presence, i, lines=[i])
    modes = [(0, _label_mode(lines[i - 1].text))]    # from which entry on a label's mode holds
    read_as = opened if value else None     # how the last line was read: a label's value, or a person
    inline = bool(value)                    # whether the last label had its people on its own line
    rejoined: Line | None = None            # the lines a PDF export wrapped, read as one
    if value:
        entries = _value_entries(lines[i - 1], opened)
        if entries is None:
            return None, i + 1
        plist.entries.extend(entries)
        presence, group = entries[-1].presence, entries[-1].group   # the lines below follow the last label
    colon_org = None
    columns = _people_columns(lines[i - 1])   # of a table of people, from its header row
    header_line = lines[i - 1]                # ... and the row itself
    groups = _column_groups(lines[i - 1])     # `Ledamöter<tab>Ersättare`: a group a column
    marked, unmarked = False, []              # a row marked present; rows with an empty presence cell
    j = i + 1
    last = i
    while j <= end:
        line = lines[j - 1]
        if line.blank:
            colon_org = None
            j += 1
            continue
        if j in layout.furniture or line.kind == "rule":   # a table's `|---|---|` row
            if line.kind == "rule":
                plist.lines.append(j)
            j += 1
            continue
        if line.kind in ("heading", "numbered") and not _is_people_label(line.text):
            numbered = replace(line, text=line.title, low=line.title.casefold(), kind="text") if line.title else None
            if numbered is None or _person(numbered, group, colon_org or org) is None:
                break
            line = numbered     # `1. Anna Lund, Vänersborg`: a list of people numbered, as a roll call's
        above = plist.entries[-1].line if plist.entries else None
        # ... the line above, or the lines above read as one (`(Region), Fatima Ali` under two)
        whole = (_wrapped_people(above, line) if above is not None and last == j - 1
                 and (above.number == last or above is rejoined) else None)
        if whole is not None:
            # `..., Ola Berg` / `(V), Maja Holm (KD)`: the line a PDF export wrapped, read again whole
            if read_as is not None:     # the label's line: its value read again
                again = _value_entries(whole, people_label(whole.text) or read_as)
            else:
                found = _person(whole, group, colon_org or org)
                again = [PeopleEntry(whole, found, plist.entries[-1].presence, plist.entries[-1].group)] if found else None
            if again:
                plist.entries = [e for e in plist.entries if e.line is not above] + again
                rejoined = whole
                plist.lines.append(j)
                last = j
                j += 1
                continue
        relabel = people_label(line.text) or _absent_sentence(line)
        if relabel is not None:
            nxt = _next_content(layout, j)
            if relabel[2] is None and (nxt is None or _listed(nxt, None, None) is None):
                break
            presence, group, value, org = relabel
            colon_org = None
            read_as = relabel if value else None
            inline = bool(value)
            modes.append((len(plist.entries), _label_mode(line.text)))
            plist.lines.append(j)
            if value:
                entries = _value_entries(line, relabel)
                if entries is None:
                    break
                plist.entries.extend(entries)
                presence, group = entries[-1].presence, entries[-1].group
            last = j
            j += 1
            continue
        header = _people_columns(line, spaced=True)
        if header is not None:
            columns, groups, header_line = header, _column_groups(line), line    # the header row of a table of people
            headed = people_label(line.cells[0]) if line.cells else None
            if headed is not None:      # `Närvarande<tab>Roll` below `Frånvarande<tab>Parti`'s rows
                presence, group = headed[0], headed[1]
            plist.lines.append(j)
            last = j
            j += 1
            continue
        row = _table_people(line, columns, header_line, group, org) if columns and line.kind == "table" else None
        if row is not None:
            for found, row_presence, row_group in row:
                if row_presence == _UNMARKED:
                    unmarked.append(len(plist.entries))
                    row_presence = None
                marked = marked or row_presence == "present"
                for person in found.people if row_group != group else ():
                    person.group = row_group
                plist.entries.append(PeopleEntry(line, found, row_presence or presence, row_group))
            plist.lines.append(j)
            last = j
            j += 1
            continue
        if colon_org is not None and led_by_label(line.text):
            colon_org = None    # `Socialtjänst: Hanna Öberg` / `Rektor: Niklas Fors`: a label of its own
        found = _person(line, group, colon_org or org)
        if found is not None:
            if groups:      # each person in a row is of the group of the column they stand in
                cells = line.cells if line.kind == "table" else (line.text,)
                if len(cells) == len(found.people):
                    for person, column_group in zip(found.people, groups):
                        person.group = column_group
            # `Frånvarande: Tobias Hed` / `Antecknare: Lotta Berg`: who had a role was there; so
            # was `Enhetschef: Marie Holm` below a label with its people on its own line
            left = key(line.text.partition(":")[0]) if ":" in line.text else None
            had_role = left is not None and (ROLE_LABELS.get(left) or (inline and left in _ROLE_WORD_SET))
            if inline and group and left and (left in ROLE_LABELS or left.split(None, 1)[0] in PEOPLE_FROM_WORDS):
                # `Övriga deltagare: Lena Alm` / `Justerare: Britt Nord`, `Ledamöter: Rune Hall` /
                # `Från kommunen: Tove Lind`: a label of its own after a group's people on the
                # group's line, not one of the group
                for person in found.people:
                    person.group = None if person.group == group else person.group
            box = _ticked(line) if line.kind == "bullet" else None
            if box is not None:     # `☒ Eva Ek` / `☐ Anna Berg`: a form's boxes, as a table's marks
                marked = marked or box
                if not box:
                    unmarked.append(len(plist.entries))
            elif columns and "presence" in columns and line.kind != "table" and len(found.people) == 1:
                unmarked.append(len(plist.entries))     # `Per Lind<tab>` under `Namn<tab>Närvarande`: no mark
            plist.entries.append(PeopleEntry(line, found, "present" if had_role else presence, group))
            read_as = None
            plist.lines.append(j)
            colon_org = found.colon_org or colon_org
            last = j
            j += 1
            continue
        entry = plist.entries[-1] if plist.entries else None
        if (entry is not None and entry.line.number == j - 1 and len(entry.people.people) == 1
                and (j == end or lines[j].blank) and said_below(entry.people.people[0], line.text, j)):
            # `Anna Lund` / `Vänersborgs kommun`, then a blank line: where she is from, not
            # the heading of the people below it
            plist.lines.append(j)
            last = j
            j += 1
            continue
        nxt = _next_content(layout, j)
        if (_subgroup_heading(line) and nxt is not None and _person(nxt, None, None) is not None
                and people_label(nxt.text) is None):    # a label below opens a list of its own
            group = line.text.strip(" :*")
            first, _, rest = group.partition(" ")
            # `Från Länsstyrelsen`: whom the people below came from, if they say nothing else
            org = rest if rest and first.casefold() in PEOPLE_FROM_WORDS else None
            colon_org = None    # `Piteå: Jenny Berglund` above: no longer where they are from
            plist.lines.append(j)
            last = j
            j += 1
            continue
        if last == j - 1 and line.kind == "text" and (entry is None or entry.line.number != j - 1
                                                      or not entry.people.people) and (
                found := organizations_line(line.text, j, group)):
            # `Anmält förhinder` / `Sollefteå kommun` / `Ånge kommun`: organisations with none of
            # their people named, right under the label or each other (under a line of people
            # such a line may say where they are from)
            plist.entries.append(PeopleEntry(line, found, presence, group))
            plist.lines.append(j)
            last = j
            j += 1
            continue
        break
    if not plist.entries:
        return None, i + 1
    if marked:      # `| Ida Karlsson | Ljungby kommun | |` where the others have an `x`: not there
        for k in unmarked:
            plist.entries[k].presence = "absent"
    for (start, mode), (stop, _next) in zip(modes, modes[1:] + [(len(plist.entries), None)]):
        for entry in plist.entries[start:stop] if mode else ():
            for person in entry.people.people:
                person.attendance = person.attendance or mode    # `Närvarande via Teams: Eva Ek`
    return plist, last + 1


def _ticked(line: Line) -> bool | None:
    """Is the box a point of a list stands in ticked (`☒`, `- [x]`), not ticked (`☐`,
    `- [ ]`), or is it no box (None)?"""
    raw = line.raw.lstrip()
    if raw[:1] in "-*" and raw[1:3] == " [":
        raw = raw[2:]       # Markdown's `- [x] Eva Ek`
    if raw.startswith(_TICKED):
        return True
    return False if raw.startswith(_UNTICKED) else None


def _wrapped_people(above: Line, line: Line) -> Line | None:
    """`Närvarande: ..., Ola Berg` / `(V), Maja Holm (KD)`, `..., Sara` / `Nilsson, sekreterare`,
    `..., Lena Berg (Länsstyrelsen` / `Örebro län), Tomas Ek`: the two lines of a list of people
    that a PDF export wrapped, as one line; None unless the line below goes on with a bracket
    or closes one the line above opened, or ends a name the line above left at a first name;
    `..., Jan Ny-` / `ström (M), ...`, `Tove Ek, nämnd-` / `sekreterare`: a word it broke with
    a hyphen, joined again."""
    if (line.kind != "text" or above.kind != "text" or above.text[-1:] in ".:;" or len(above.text) > _WRAPPED_MAX
            or people_label(line.text)):
        return None
    text = line.text
    hyphen = above.text[-1:] == "-" and above.text[-2:-1].isalpha() and text[:1].islower()
    if not hyphen and text[:1] != "(" and above.text.count("(") <= above.text.count(")"):
        # a first name that ends a long line of several people, and a word that is no first
        # name to begin the next (`Anna` / `Per`, one first name a line, stay two people)
        last = above.text.rsplit(",", 1)[-1].split()
        first = text.split(",", 1)[0].split("(", 1)[0].split()     # `Persson (SD), ...`
        if not ("," in above.text and len(above.text) >= _WRAP_WIDTH and len(last) == 1 and len(first) == 1
                and first[0][:1].isupper() and key(last[0]) in GIVEN_NAMES and key(first[0]) not in GIVEN_NAMES
                and name_like(f"{last[0]} {first[0]}")):
            return None
    joined = joined_lines(above.text, text)
    return replace(above, raw=joined_lines(above.raw, line.raw.strip()), text=joined, low=joined.casefold())


def _value_entries(line: Line, opened) -> list[PeopleEntry] | None:
    """The people after a label on its own line, and after each further label on it
    (`Närvarande: Lisa Berg, Omar Haddad. Ej närvarande: Per Ek`); None when the
    people after the first label are no people."""
    presence, group, value, org = opened
    if "   " in line.raw and len(cells := columns(line.raw)) > 2 and people_label(cells[0]) is not None:
        value = _party_columns(cells[1:]) or value   # `Beslutande:   Emma Lund (S)      Per Alm (M)`
    entries: list[PeopleEntry] = []
    while True:
        split = _INLINE_PEOPLE_LABEL.search(value) if ":" in value else None
        head = value[:split.start()] if split else value
        excepted = _EXCEPT.search(head) if presence == "present" and " " in head else None
        absent = parse_people_line(excepted.group("names") or excepted.group("bracket"), line.number,
                                   group=group, default_org=org, single=True) if excepted else None
        if absent is not None:
            head = head[:excepted.start()] + head[excepted.end():]
        if is_town(head.strip(" .,;")):     # `Förhinder: Hjo`: a member municipality that sent nobody
            found = organizations_line(head, line.number, group)
        else:
            found = (parse_people_line(head, line.number, group=group, default_org=org, single=True)
                     or organizations_line(head, line.number, group))   # `Förhinder: Region Halland`
            if found is None and absent is not None:
                found = PeopleLine()    # `Samtliga ledamöter utom Lars Ek`: all, named by none
        if found is None:
            return entries or None
        entries.append(PeopleEntry(line, found, presence, group))
        if absent is not None:
            entries.append(PeopleEntry(line, absent, "absent", group))
        if split is None:
            return entries
        nxt = people_label(value[split.end():])
        if nxt is None or nxt[2] is None:
            return entries
        presence, group, value, org = nxt


def _people_columns(line: Line, spaced: bool = False) -> list[str] | None:
    """What each column of a table of people holds, for its header row; else None. With
    `spaced`, also of a header row set apart with spaces (`Namn          Organisation`)."""
    cells = line.cells if line.kind == "table" else _spaced_cells(line) if spaced else ()
    if len(cells) < 2:
        return None
    columns = [PEOPLE_COLUMNS.get(key(cell)) for cell in cells]
    if "name" not in columns and _is_people_label(cells[0]):
        columns[0] = "name"     # `Närvarande ledamöter | Roll`: the label heads the column of names
    return columns if all(columns) else None


def _spaced_cells(line: Line) -> list[str]:
    """`Maria Fors           Hylte kommun`: the columns of a text line set apart with spaces."""
    return columns(line.raw) if line.kind == "text" and "   " in line.raw else []


def _column_groups(line: Line) -> list[str | None] | None:
    """`Ledamöter<tab>Ersättare` over two columns of people: the group of each column."""
    if line.kind != "table" or len(line.cells) < 2 or not all(key(c) in PRESENT_LABELS for c in line.cells):
        return None
    return [PRESENT_LABELS[key(c)] for c in line.cells]


def _table_people(line: Line, columns: list[str], header: Line, group: str | None,
                  org: str | None) -> list[tuple[PeopleLine, str | None, str | None]] | None:
    """A row of a table of people read by its columns: its person (`Anna Berg | Ordförande |
    X`) or, where the columns hold one person after another (`Ledamöter | Närv. | Ersättare |
    Närv.`), each column's, with the group its `header` row names; each with its mark
    (`_table_person`) and group. None for a row of another shape."""
    cells = _under_columns(line, header, len(columns))
    starts = [k for k, column in enumerate(columns) if column == "name"]
    if len(starts) < 2 or len(cells) > len(columns) or len(header.cells) != len(columns) or any(
            key(header.cells[k]) not in PRESENT_LABELS for k in starts):
        row = _table_person(line, cells, columns, group, org)
        return None if row is None else [(*row, group)]
    people = []
    for start, stop in zip(starts, starts[1:] + [len(columns)]):
        row_cells = cells[start:stop]
        if not row_cells or not row_cells[0].strip():
            continue    # an empty seat
        row = _table_person(line, row_cells, columns[start:stop], group, org)
        if row is None:
            return None
        people.append((*row, PRESENT_LABELS[key(header.cells[start])] or group))
    return people or None


def _under_columns(line: Line, header: Line, count: int) -> list[str]:
    """A row's cells under the header's columns: a row set apart with tabs that leaves a
    cell empty (`Per Alm<tab><tab>X` under `Namn<tab>Närvarande<tab>Frånvarande`) has an
    empty cell for each it left out: one tab a cell, as Word writes a table's row, or else
    where the tab stops set its cells."""
    cells = list(line.cells)
    if len(cells) >= count or "\t" not in line.raw or "\t" not in header.raw:
        return cells
    parts = line.raw.rstrip().lstrip(" ").split("\t")     # a tab first: the first cell left empty
    if len(parts) <= count == len(header.raw.strip().split("\t")):
        placed = [part.strip() for part in parts]
    else:
        starts = [start for start, _cell in tab_spans(header.raw)]
        if len(starts) != count:
            return cells
        placed = [""] * count
        for start, cell in tab_spans(line.raw):
            k = column_of(start, starts)
            if placed[k]:
                return cells    # two cells under one column: not set out by tab stops
            placed[k] = cell
    while placed and not placed[-1]:
        placed.pop()
    return placed


def _table_person(line: Line, cells: list[str], columns: list[str], group: str | None,
                  org: str | None) -> tuple[PeopleLine, str | None] | None:
    """A row of a table of people read by its columns (`Anna Berg | Ordförande | X`):
    the person (the people of one cell, or the member of a row with no name), and whether the presence column marks them present or absent (or an
    absence column, `Frånvarande`, absent), or leaves their cell empty (`_UNMARKED`)."""
    if len(cells) > len(columns) or columns.count("name") != 1:
        return None   # `Ledamot | Ersättare`: two people a row, read as a line of names
    values = dict(zip(columns, cells))   # a row may leave its last cells empty
    name, org_cell = values.get("name", ""), values.get("org")
    if not name and org_cell:   # `Arvidsjaur | | -` under `Kommun | Namn | Närvaro`: a member that sent nobody
        found = organizations_line(org_cell, line.number, group)
    elif org_cell and ("," in org_cell or "(" in org_cell):
        # `Hylte kommun, ordförande`, `Länsstyrelsen (ordf.)`: read with the name, as on a line
        found = parse_people_line(f"{name}, {org_cell}", line.number, group=group, single=True)
    else:   # one person, or several of one organisation: `Luleå | Sara Lind, Emil Berg | x`
        found = parse_people_line(name, line.number, group=group, default_org=org_cell or org, single=True)
    if found is None or not (found.people or found.organizations):
        return None
    role = values.get("role")
    for person in found.people:
        if role and not person.role:
            person.role = ROLE_LABELS.get(key(role)) or (role[:1].lower() + role[1:] if role[1:].islower() else role)
        if values.get("party") and not person.party:
            person.party = values["party"].strip("()").upper()
    if values.get("email") and "@" in values["email"] and len(found.people) == 1:
        found.people[0].email = values["email"]
    if values.get("absence") and PRESENCE_MARKS.get(key(values["absence"])) == "present":
        return found, "absent"      # `Per Alm | | X` under `Namn | Närvarande | Frånvarande`
    if "presence" in columns and not values.get("presence"):
        return found, _UNMARKED
    return found, PRESENCE_MARKS.get(key(values.get("presence", "")))


def _party_columns(cells: list[str]) -> str | None:
    """`Emma Lund (S), ordförande      Per Alm (M)`: columns of people, each a name with its
    party or role in brackets, as one line of a list (the name and organisation of
    `Maria Fors      Hylte kommun` is read below); None for columns of another kind."""
    if len(cells) < 2 or not all("(" in cell and name_like(cell.partition("(")[0].strip()) for cell in cells):
        return None
    return "; ".join(cells)


def _person(line: Line, group: str | None, org: str | None) -> PeopleLine | None:
    if line.kind not in ("text", "bullet", "table") or line.kind == "table" and _task_columns(line):
        return None
    cells = line.cells if line.kind == "table" else columns(line.raw) if "   " in line.raw else ()
    if line.kind != "table" and (spread := _party_columns(cells)):
        return parse_people_line(spread, line.number, group=group, default_org=org)
    if len(cells) == 2 and is_org_like(cells[0]) and not name_like(cells[0], single=True):
        # `Borås stad          Hassan Jama, Lotta Ek`: the organisation's column, then its people
        found = parse_people_line(cells[1], line.number, group=group, default_org=cells[0])
        if found is not None and found.people:
            found.colon_org = cells[0]
            return found
    if len(cells) >= 2 and name_like(cells[0]):
        text = ", ".join(cells)     # `Maria Fors          Hylte kommun, ordförande`: name, then the rest
    else:
        text = line.text if line.kind != "table" else ", ".join(line.cells)
    # `Anna` alone on a line of a list of first names (an APT's, a team's) is a person, and so
    # with what she came from or her role (`Saga (8A)`, `Elin, ordförande`); another word alone
    # is more often a sub-group's heading (`Övriga`, `GR`) or a town
    head = text.partition(" (")[0].partition(",")[0]
    single = " " not in head and given_word(head)
    found = parse_people_line(text, line.number, group=group, default_org=org, single=single)
    if found is None and line.kind == "bullet":
        # `- Sala kommun` under `Förhinder`: a member that sent nobody; `-` alone names nobody
        return organizations_line(text, line.number, group) if text else PeopleLine()
    return found


def _listed(line: Line, group: str | None, org: str | None) -> PeopleLine | None:
    """The people of a line of a list, or the organisations of a line of text that names
    only them (`Sollefteå kommun` under `Anmält förhinder`)."""
    found = _person(line, group, org)
    if found is None and line.kind == "text":
        return organizations_line(line.text, line.number, group)
    return found


def _subgroup_heading(line: Line) -> bool:
    """`Övriga`, `GR`, `Ordförande`: a heading inside a list of people; not a label of what
    follows the list (`Kommande möten`, `Nästa möte`, `Justeras`)."""
    text = line.text.strip(" :*")
    if not text or len(text) > 50 or len(text.split()) > 5 or line.kind not in ("text", "heading"):
        return False
    return text[-1] not in ".!?," and not any(map(str.isdigit, text)) and key(text) not in _NOT_SUBGROUPS


def _next_content(layout: Layout, number: int) -> Line | None:
    """The first line after line `number` that says anything (by index: a slice of the
    rest would copy it at every heading, quadratic in a document of many)."""
    lines = layout.lines
    for k in range(number, len(lines)):     # lines[k] is line k + 1
        line = lines[k]
        if not line.blank and line.number not in layout.furniture:
            return line
    return None


# ---------------------------------------------------------------- closing and appendices


def _without_date(text: str) -> str:
    """`Per Lind 2024-03-20` -> `Per Lind`; a text that ends with no date as it is."""
    dates = find_dates(text)
    if not dates or text[dates[-1].end:].strip(" .,"):
        return text.strip()
    words = text[:dates[-1].start].split()
    while words and words[-1].casefold().strip(",") in ("den", "datum"):
        words.pop()
    return " ".join(words).rstrip(" ,–-")


def closing_label(text: str):
    """The closing label a line opens with, its role, and a name or value after it."""
    body = text.strip("*_ ")
    if _MAY_CLOSE(body) and ("__" in body or "...." in body):
        body = _SIGNATURE_RULE.sub(" ", body)     # `Ordförande ____________ Per Lind`: the line signed on
    found = _CLOSING.match(body) if _MAY_CLOSE(body) else None
    if not found:
        signoff = _SIGNOFF.match(text) if text[:1] == "/" else None
        if signoff is None:
            return None
        role = signoff.group("role") or signoff.group("bracket")
        # `/Per Lind, sekr.`, `/Oskar Lindeberg, GR`: a role or an organisation after the name
        if name_like(signoff.group(1), single=True) and (role is None or role_like(role.rstrip("."))
                                                         or is_org_like(role)):
            return "/", None, text.lstrip("/ ")    # the name and its role, read as any signer's
        return None
    label = key(found.group("label"))
    role = CLOSING_LABELS.get(label)
    if found.group("dated") is not None:
        dated = found.group("dated")
        dates = find_dates(dated)
        rest = dated[dates[0].end:].strip(" ,.") if dates and not _without_date(dated[:dates[0].end]) else None
        if role is None or rest is None or rest and not rest.startswith("av "):
            return None     # `Ordförande 2 år`: no closing
        return label, role, rest[3:].strip() or None     # `Justerat 2024-03-20 av Anna Berg och Per Lind`
    value = (found.group("value") or found.group("name") or "").strip() or None
    if value is not None and role is not None:
        value = _without_date(value) or None    # `Justerat av Per Lind 2024-03-20`
    if value is not None and key(value.rstrip(":")) in CLOSING_LABELS:
        # `Vid protokollet          Justeras`: two labels side by side, no name yet;
        # `Underskrifter   Sekreterare`: the block's label, then the first signer's role
        role = role or CLOSING_LABELS[key(value.rstrip(":"))]
        value = None
    return label, role, value


def _find_closing(layout: Layout, start: int, total: int, known: frozenset[str]) -> tuple[int | None, int]:
    """The signature block: a closing label with a name on it or after it; `known`, the
    first names of the lists of people, each of whom may sign by it alone (`Mira`)."""
    lines = layout.lines
    i = max(1, start)
    while i <= total:
        line = lines[i - 1]
        i += 1
        if line.blank or line.kind not in ("text", "heading", "table") or line.number in layout.furniture:
            continue
        opened = closing_label(line.text)
        if opened is None:
            continue
        named = _names_signer(opened, line.number)
        end, scanned = _closing_end(layout, line.number, total, named, known)
        if named or end > line.number:
            return _signers_above(layout, start, line.number, known), end
        i = max(i, scanned)   # the labels it passed over open no block either
    return _unlabelled_closing(layout, start, total, known)


def _signers_above(layout: Layout, start: int, first: int, known: frozenset[str]) -> int:
    """`Sälen som ovan` / (blank) / `Erik Ek, sekreterare` / `Eva Stark, mötesordförande` /
    (blank) / `Justeras:`: the signers with their roles, and the place and date above
    them, open the block the label is in; its first line."""
    end = first - 1
    signed = False
    above = layout.lines[end - 1] if end > start else None
    if above is not None and not above.blank and signing_role(layout.lines[first - 1].text) and (
            found := parse_people_line(above.text, end, single=True)) and found.people and found.people[0].role is None:
        first, end = end, end - 1     # `Bertil Rask` / `sekreterare`: the role under the name opened the block
    while True:
        top, end = _block_above(layout, start, end)
        if end < start or end - top > 2 or top == start:
            return first
        block = layout.lines[top - 1:end]
        if _signers(block, known):
            first, end, signed = top, top - 1, True
            continue
        # a calendar's rows are place and date too: only the line above signers
        return top if signed and top == end and _place_date(block[0].text, place_first=True) else first


def _front_signatures(layout: Layout, structure: Structure, end: int) -> list[Line]:
    """`Underskrifter   Sekreterare ....` / `Magnus Ek`: the signature block of a
    protocol's first page, above its items; its lines, or none."""
    for line in layout.lines[:end]:
        if line.blank or line.number in structure.owner or not line.low.startswith(SIGNATURE_BLOCK_LABELS):
            continue
        opened = closing_label(line.text)
        if opened is None or opened[0] not in SIGNATURE_BLOCK_LABELS:
            continue
        named = _names_signer(opened, line.number)
        last, _scanned = _closing_end(layout, line.number, end, named)
        if named or last > line.number:
            return [l for l in layout.lines[line.number - 1:last] if not l.blank and l.number not in structure.owner]
    return []


def _names_signer(opened: tuple, number: int) -> bool:
    """Does a closing label's line (`closing_label`) name the one who signs?"""
    value = opened[2]
    return bool(value) and parse_people_line(value, number, single=True) is not None


def _unlabelled_closing(layout: Layout, start: int, total: int, known: frozenset[str]) -> tuple[int | None, int]:
    """`Fatima Haddad, sekreterare          Ola Rask, ordförande`: a last block of one to
    three lines, each person on it named with the role of one who signs."""
    first, end = _block_above(layout, start, total)
    if end < start or end - first > 2 or first == start:
        return None, total
    block = layout.lines[first - 1:end]
    return (first, end) if _signers(block, known) or _bare_name(block[0], known, described=first == end) and (
        first == end or end == first + 1 and _role_line(block[1])) else (None, total)


def _role_line(line: Line) -> bool:
    """`Trafikplanerare`, `Rektor, Björkskolan`: what the name above it is, on a line of its own."""
    return line.kind == "text" and role_like(line.text)


def _bare_name(line: Line, known: frozenset[str], described: bool = False) -> bool:
    """`Bengt`, `Mona Ek` alone on the notes' last line: whoever wrote them, as after `/`;
    with `described`, also with what they are after a comma (`Oskar Lindeberg, GR`)."""
    text = line.text.strip()
    words = text.partition(",")[0].split() if described else text.split()
    if not (line.kind == "text" and 1 <= len(words) <= 3 and (given_word(words[0]) or key(words[0]) in known)):
        return False
    found = parse_people_line(text, line.number, single=True)
    if found is None or len(found.people) != 1:
        return False
    person = found.people[0]
    return person.name == text or described and text.startswith(person.name + ",") and _describes(
        text[len(person.name) + 1:])


_TELLING = frozenset(verb.split()[0] for verb in REPORT_VERBS)


def _describes(text: str) -> bool:
    """`processledare, GR`, `Partille`: what a writer is, after the name, in at most four
    words, each part a role or an organisation; not a sentence about them (`Polisen
    informerar om läget.`, `kassör, redovisade kassan.`)."""
    text = text.removesuffix(".")
    parts = [part.strip() for part in text.split(",")]
    return len(text.split()) <= 4 and _TELLING.isdisjoint(text.casefold().split()) and all(
        role_like(part) or is_org_like(part) or " " not in part and part[:1].isupper() for part in parts)


def _block_above(layout: Layout, start: int, end: int) -> tuple[int, int]:
    """The first and last line of the last paragraph that ends at or above `end`, from
    `start` on (the last is above `start` when there is none)."""
    lines = layout.lines
    while end >= start and (lines[end - 1].blank or end in layout.furniture):
        end -= 1
    first = end
    while first > start and not lines[first - 2].blank:
        first -= 1
    return first, end


def _signers(block: list[Line], known: frozenset[str]) -> bool:
    """Is each person on these lines named with the role of one who signs, or below a row
    of such roles (`Ordförande          Justerare`)?"""
    rows = [columns(line.raw) for line in block]
    roles = [len(row) for row in rows if _roles_row(row)]
    if len(roles) == len(rows):
        return False
    for line, row in zip(block, rows):
        if _roles_row(row):
            continue
        for column in row:
            found = parse_people_line(column, line.number, single=True)
            if not found or len(found.people) != 1 or not _signer_name(found.people[0], known) or (
                    not signing_role(found.people[0].role or "") and len(row) not in roles):
                return False
    return True


def _roles_row(columns: list[str]) -> bool:
    """`Ordförande          Justerare`: each column the role of one who signs."""
    return all(signing_role(c) for c in columns)


def signing_role(text: str) -> str | None:
    """The role a closing label alone gives its signer (`Justerande`: justerare), if any."""
    return CLOSING_LABELS.get(key(text))


def _closing_end(layout: Layout, start: int, total: int, named: bool = False,
                 known: frozenset[str] = frozenset()) -> tuple[int, int]:
    """The last line of the signature block that opens at `start`, and the
    first line the scan did not take."""
    lines = layout.lines
    last = start
    prev_signature = named
    for j in range(start + 1, total + 1):
        line = lines[j - 1]
        if line.blank:
            prev_signature = False
            continue
        if j in layout.furniture or line.kind == "rule":
            continue
        text = line.text
        opened = closing_label(text)
        if opened is not None or _CONTACT.match(text):
            last = j
            # `Underskrifter` / `Sekreterare: Jan Bergh`: a label below the first may name the signer
            named = named or (opened is not None and _names_signer(opened, j))
            prev_signature = prev_signature or bool(_CONTACT.match(text))
            continue
        if _signature_line(line, known):
            last, named, prev_signature = j, True, True
            continue
        if prev_signature and (is_org_like(text) or _place_date(text) or _role_line(line)) and len(text) < 80:
            last = j
            continue
        if prev_signature and len(cells := _spaced_cells(line)) > 1 and _roles_row(cells):
            last = j    # `Gunilla Strand     Bertil Holm` / `ordförande     justerare`
            continue
        if prev_signature and all(map(signed_for, line.cells or _spaced_cells(line) or (text,))):
            last = j    # `Karin Öst     Maria Svensson` / `För arbetsgivaren     För Kommunal`
            continue
        if _place_date(text):
            last = j
            continue
        break
    else:
        j = total + 1
    return (last if named else start), j


def _signature_line(line: Line, known: frozenset[str]) -> bool:
    if line.kind == "table":
        cells = [c for c in line.cells if c]
        return bool(cells) and all(name_like(c.split(",")[0], single=True) or key(c) in ROLE_LABELS
                                   for c in cells)
    if line.kind not in ("text", "heading", "bullet"):
        return False
    found = parse_people_line(line.text, line.number, single=True)
    return found is not None and any(_signer_name(person, known) for person in found.people)


def _signer_name(person: PersonFact, known: frozenset[str]) -> bool:
    """Could this name sign? `Licenser – fler licenser behövs, 40 st.` under a bare
    `Anteckningar` is a topic and its note: one word signs only when it is a first name
    (`Bengt`), or one of the lists of people names (`Mira` of `Närvarande: Lena, Mira`)."""
    return " " in person.name or given_word(person.name) or key(person.name) in known


def _place_date(text: str, place_first: bool = False) -> bool:
    """`Borås 2024-01-20`, `Sälen som ovan`: where and when the signers signed; with
    `place_first`, not `14 mars Borås`, the row of a calendar."""
    if text.endswith(SAME_DATE_WORDS) and len(text) < 40:
        return True
    dates = find_dates(text)
    return (bool(dates) and (dates[0].start > 0 or not place_first) and len(text) < 40
            and len(text) - (dates[0].end - dates[0].start) < 20)


def _register_title(line: Line) -> tuple[str, str | None, str | None, str | None] | None:
    """`people_label` of an appendix's title that names a list of attendance: `Bilaga 1
    Närvarolista`, `Bilaga 2: Deltagarförteckning`."""
    found = _APPENDIX.match(line.text)
    opened = people_label(line.text[found.end():].strip(" :.–-")) if found else None
    return opened if opened is not None and opened[0] == "present" and opened[2] is None else None


def _trailing_appendices(layout: Layout, after: int) -> int | None:
    """The line that opens the run of blocks at the document's end, after line `after`, each
    of which opens with an appendix's label (`Bilaga: Deltagarlista`, `Bilaga 2 Presentation`);
    None when the last block opens with none."""
    start = None
    for block in reversed(layout.blocks):
        first = next((line for line in block.lines if line.number not in layout.furniture), None)
        if first is None:
            continue    # a page's footer
        if block.start <= after or not _appendix_title(first):
            break
        start = first.number
    return start


def _appendix_title(line: Line) -> bool:
    """`Bilaga 2 Presentation`, or a protocol's notice of its posting (`ANSLAGSBEVIS`)."""
    return len(line.text) < 80 and (line.low.startswith(_APPENDIX_HEADS) and bool(_APPENDIX.match(line.text))
                                    or key(line.text) in _POSTING_NOTICE)


def _appendices(layout: Layout, start: int, total: int, structure: Structure) -> list[AppendixSection]:
    lines = layout.lines
    body = [l for l in lines[start - 1:total] if not l.blank and l.number not in layout.furniture]
    if not body:
        return []
    parts: list[list[Line]] = [[]]
    for line in body:
        if parts[-1] and _appendix_title(line):
            parts.append([])
        parts[-1].append(line)
    appendices = []
    for part in parts:
        if not part:
            continue
        appendix = AppendixSection(title=part[0].text or None, start_line=part[0].number,
                                   end_line=part[-1].number, body=part)
        start, register = part[0].number, _register_title(part[0])
        if register is not None:     # `Bilaga 1 Närvarolista`: the names below are the attendance
            plist, after = _read_people(layout, start, part[-1].number, register)
            if plist is not None:
                appendix.register = True
                appendix.people.append(plist)
                start = after
        appendix.people.extend(_people_lists(layout, start, part[-1].number))
        for line in part:
            structure.owner[line.number] = "appendix"
        appendices.append(appendix)
    return appendices
