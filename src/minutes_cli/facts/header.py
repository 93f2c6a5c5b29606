"""The meeting: kind, title, date, times, place and reference, from the header."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from .. import patterns
from ..blocks import REFERENCE
from ..grammar.dates import (
    WEEKDAY_INDEX,
    DateMatch,
    TimeRange,
    compact_dates,
    find_dates,
    find_time_range,
    parse_iso,
)
from ..grammar.names import at_home, is_town, place_noun
from ..lines import Line, columns, is_page_furniture, joined_lines
from ..sections import Structure
from ..vocabulary import (
    DOCUMENT_KINDS,
    DOCUMENT_KINDS_BEFORE_FROM,
    DOCUMENT_STATES,
    FACT_LABELS,
    HEADER_LABELS,
    KIND_FROM_WORDS,
    MAIL_HEADER_LABELS,
    MEETING_CLOSED_WORDS,
    MEETING_NOUNS,
    MEETING_NOUNS_DEFINITE,
    NUMBER_WORDS,
    PLACE_PREPOSITIONS,
    REMOTE_PLACE_WORDS,
    TITLE_CONNECTORS,
    TITLE_DANGLING_WORDS,
    VACANT_WORDS,
    WEEKDAYS,
    alternation,
    key,
)

_KIND = patterns.compile(
    r"^(?P<kind>" + alternation(DOCUMENT_KINDS) + r"|(?:" + alternation(DOCUMENT_KINDS_BEFORE_FROM)
    + r")(?=\s+(?:" + alternation(KIND_FROM_WORDS) + r")\s))(?![\w-])[\s,:–-]*(?P<rest>.*)$", re.I)
# `APT-anteckningar Hemtjänsten Norr`, `AU-protokoll 2024-09-17`: the kind, the last part of a compound
_COMPOUND_KIND = patterns.compile(r"^\w+-(?P<kind>" + alternation(DOCUMENT_KINDS) + r")(?![\w-])", re.I)
# `Referensgruppen för cykelstrategin – minnesanteckningar från möte 3`: the kind after the forum
_LATE_KIND = patterns.compile(r"\s*(?:,|\s[–—-])\s+(?P<kind>" + alternation(DOCUMENT_KINDS) + r")(?![\w-])(?P<rest>.*)$",
                              re.I)
_NUMBERED = patterns.compile(r"^(?:" + alternation(NUMBER_WORDS) + r")\s*\d+(?:\s*[/-]\s*\d{2,4}|\s+\d{4})?"
                             r"(?:\s*[,:–-]\s*|\s+(?=\D)|\s*$)", re.I)
_STATE = patterns.compile(r"^\((?:" + alternation(DOCUMENT_STATES) + r")\)[\s,:–-]*", re.I)   # `(justerat)`
_CONNECTOR = patterns.compile(   # ... also at the end of a line the forum goes on below
    r"^(?:" + alternation(TITLE_CONNECTORS) + r")(?:\s+|$)",
    re.I)
_LABEL = patterns.compile(
    r"^(?P<label>" + alternation(HEADER_LABELS)
    + r")(?:\s*[:.]\s*|\s+(?=\d)|\s*$)(?P<value>.*)$", re.I)
# a second label on a header line: `Datum: 15 maj 2023   Tid: 09:30-12:00`
_INLINE_LABEL = patterns.compile(r"\s(?=(?:" + alternation(HEADER_LABELS) + r")\s*:)", re.I)
_PLACE_END = patterns.compile(r",\s*(?=(?:kl|\d))")
_FILLER = patterns.compile(r"\b(?:kl|den|klockan)\b\.?", re.I)
_WORDS = patterns.compile(r"\w+")
_RUN_ON = 2   # the most lines a title line goes on in (`_run_on`)
_YEAR_TAIL = patterns.compile(r"\s+\d{4}$")   # `Årsmöte 2025`: a meeting's word and its year
_MEETING_NOUN_FORMS = MEETING_NOUNS + MEETING_NOUNS_DEFINITE
_MEETING_NUMBER_WORDS = frozenset(MEETING_NOUNS + NUMBER_WORDS)   # `Möte nr 3`: a meeting's word and number's
_MEETING_WORD = patterns.compile(r"(?:" + alternation(MEETING_NOUNS) + r")", re.I)
# `Styrelsemöte i Församlingshemmet`: where, in the meeting's title
_TITLE_PLACE = patterns.compile(r"\s(?:i|på)\s+(?P<place>\S.*)$")
_PLACE_LEAD = patterns.compile(
    r"^[\s,;–—-]*(?:(?:" + alternation(PLACE_PREPOSITIONS) + r")\s+(?=\S))?", re.I)
_REMOTE_PLACE = patterns.compile(r"^(?:" + alternation(REMOTE_PLACE_WORDS) + r")\b", re.I)
_YEAR = patterns.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# `Protokoll nr 4/2023`, `Protokoll 12/2024`: what is left of a title line is the protocol's number
_NUMBER_ONLY = patterns.compile(r"^(?:nr|nummer|no)?\.?\s*\d{1,3}(?:\s*/\s*\d{2,4})?$", re.I)
# `... anteckningarna från nätverksträffen för fritidsgårdar den`: what a sentence's notes are from
# `... från gårdsmötet i onsdags (13 november)`: the forum, without the day it was on
_PROSE_FORUM = patterns.compile(r"\bfrån\s+(?P<forum>[^.!?(]{3,80}?)(?:\s+i\s+(?:"
                                + alternation(day + "s" for day in WEEKDAYS[:7]) + r"))?(?:\s*[,(])?(?:\s+den)?\s*$",
                                re.I)
_MAIL_LABEL = patterns.compile(r"^(?P<label>" + alternation(MAIL_HEADER_LABELS) + r")\s*:\s*(?P<value>.*)$", re.I)
# how many lines of greeting may stand between a forwarded e-mail's header and the minutes' heading
_MAIL_GREETING_LINES = 4
_MAIL_SENDER = tuple(label + ":" for label, field_name in MAIL_HEADER_LABELS.items() if field_name == "sender")
_KINDS = frozenset(DOCUMENT_KINDS)
_DATE_FIELDS = ("date", "date_time")
_CLOSED_WORDS = frozenset(MEETING_CLOSED_WORDS)
_DANGLING = frozenset(TITLE_DANGLING_WORDS)
_TIME_WORDS = patterns.compile(r"(?:\b(?:kl|klockan|tid|ca)\b|[\s.,:;–-])+", re.I)   # what a time line holds but its time
_WEEKDAY_WORD = patterns.compile(r"^(?:" + "|".join(WEEKDAYS) + r")\.?$", re.I)


@dataclass(eq=False)
class MeetingFact:
    """What the header says of the meeting, with the lines it came from."""

    kind: str | None = None
    title: str | None = None
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    reference: str | None = None
    paragraphs: str | None = None         # `Paragrafer: §§ 40–45`
    adjustment_date: str | None = None    # when the minutes are checked (`Justeringens plats och tid`)
    adjustment_place: str | None = None
    adjustment_found: DateMatch | None = None   # its date as written, until the meeting's year is known
    lines: dict[str, int] = field(default_factory=dict)   # field -> line it came from
    preamble: list[Line] = field(default_factory=list)     # header lines that are prose


def meeting_facts(structure: Structure) -> MeetingFact:
    meeting = MeetingFact()
    labelled_date: tuple[DateMatch, int] | None = None
    free_dates: list[tuple[DateMatch, int]] = []
    header = structure.header
    pending: str | None = None       # a label whose value stands on the next line
    bare = False                     # ... and stood alone, with no colon
    letterhead: Line | None = None   # a title line that turned out to stand above the kind
    date_places: dict[int, str] = {}   # line -> the place a date line ends with
    joined: set[int] = set()         # lines read with the one above: a label's end, a title's
    header, sent, greeting = _mail_header(header)
    meeting.preamble.extend(greeting)
    people_start = min((min(p.lines) for p in structure.people if p.lines), default=len(structure.layout.lines) + 1)
    for index, line in enumerate(header):
        if line.number in joined:
            continue
        text = line.text
        if pending:
            field_name, pending = pending, None
            if not _LABEL.match(text) and (not bare or _value_of(field_name, text)):
                labelled_date = _take(meeting, field_name, text, line, labelled_date) or labelled_date
                continue
        label = _LABEL.match(text)
        if not label and index + 1 < len(header) and line.kind == "text" and (len(text) < 20 or "   " in line.raw):
            label = _wrapped_label(line, header[index + 1])
            if label:
                joined.add(header[index + 1].number)
        if (label and HEADER_LABELS[label.group("label").casefold()] == "title"
                and _date_value(label.group("value"), numbered=True)):
            label = None    # `Möte 2023-05-04 13:00-15:00`, `Möte 3, tisdag 15 oktober`: a date line (read below)
        if label and line.kind != "table":
            field_name = HEADER_LABELS[label.group("label").casefold()]
            if (field_name in _DATE_FIELDS and line.number > people_start
                    and any(dated[0].day for dated in (labelled_date, *free_dates) if dated)):
                # `När: 2024-06-28` below the list of people, in minutes with no items: a
                # task's date, read as the body's, not a second date of the meeting
                meeting.preamble.append(line)
                continue
            value = label.group("value").strip()
            if ": " in value:    # `Datum: 15 maj 2023   Tid: 09:30-12:00   Plats: Länsstyrelsen`
                value, others = _inline_labels(value)
                for other, other_value in others:
                    labelled_date = _take(meeting, other, other_value, line, labelled_date) or labelled_date
            if not value:
                pending, bare = field_name, not label.group(0).rstrip().endswith((":", "."))
                continue
            labelled_date = _take(meeting, field_name, value, line, labelled_date) or labelled_date
            continue
        if meeting.kind is None and index <= 2 and "   " in line.raw and _kind_column(meeting, line):
            continue
        if meeting.kind is None and index <= 2:
            kind = _KIND.match(text)
            if kind and (not meeting.title or index == 1):
                meeting.kind = _kind_word(kind.group("kind"))
                meeting.lines["kind"] = line.number
                rest = _forum(kind.group("rest").strip())
                if meeting.title:
                    # `Länsstyrelsen X` / `Minnesanteckningar` / `Nätverksträff ...`: the first
                    # line was a letterhead; the forum is on this line or the next
                    letterhead = header[index - 1]
                    meeting.title = None
                if rest:
                    rest, below = _run_on(rest, header, index)
                    joined.update(l.number for l in below)
                    _title_with_date(meeting, rest, line, free_dates, date_places)
                    if (letterhead is not None and _no_forum(meeting.title) and _title_like(letterhead)
                            and letterhead.text[:1].isupper()):
                        # `Funktionshinderrådet` / `Minnesanteckningar från sammanträde 2024-02-08`
                        meeting.title = letterhead.text.strip()
                        meeting.lines["title"] = letterhead.number
                continue
        if REFERENCE.match(text) and meeting.reference is None:
            meeting.reference = REFERENCE.match(text).group(0).strip()
            meeting.lines["reference"] = line.number
            continue
        dates = find_dates(text)
        if dates and (_mostly_date(text, dates) or _starts_with_date(text, dates) or (
                # `Minnesanteckningar Nätverket` / `Möte 2023-05-04 13:00-15:00`: under the title,
                # the first date near the top after a word for a meeting
                index <= 4 and meeting.title and not free_dates and labelled_date is None
                and _starts_with_date(text, dates, meeting_word=True))):
            free_dates.append((dates[0], line.number))
            _times_from(meeting, text, line)
            if line.kind != "table":
                date_places[line.number] = _place_after(text, dates)
            continue
        first = (_place_first(text, dates) if dates and index <= 4 and meeting.title and not free_dates
                 and labelled_date is None else None)
        if first:       # `Fritidsgården Kometen, tisdag 21/10 kl 16–17.30` under the title
            free_dates.append((dates[0], line.number))
            _times_from(meeting, text, line)
            date_places[line.number] = first
            continue
        if index <= 5 and _time_line(text):
            _times_from(meeting, text, line)    # `Kl. 18:30–20:45` on a line of its own: never the title
            continue
        if (meeting.title is None and _title_like(line) and index <= 4 and not _fact_label(text)
                # `APT Hemtjänst Väst` / `Anteckningar 2024-05-14` / (blank) / `Dagens punkter`, or
                # `Dagordning` / `1. Val av sekreterare`: a kind's line that gives the date has the
                # forum right under it, if anywhere
                and not (letterhead is not None and free_dates and free_dates[-1][1] == meeting.lines.get("kind")
                         and line.number - free_dates[-1][1] > 1)):
            if meeting.kind is not None and text[:1].islower():
                # `PROTOKOLL` / `fört vid årsmöte med Villaföreningen Solbacken`; `Protokoll fört
                # vid` / `årsmöte med ...`
                text = _forum(text)
            text, below = _run_on(text, header, index)
            joined.update(l.number for l in below)
            _title_with_date(meeting, text, line, free_dates, date_places)
            continue
        meeting.preamble.append(line)
    if letterhead is not None and meeting.title is None:
        meeting.title = letterhead.text.strip().rstrip(".") or None   # nothing better stands under it
        meeting.lines["title"] = letterhead.number
    if meeting.title and (_dangles(meeting.title) or _meeting_word(_YEAR_TAIL.sub("", meeting.title))):
        # `Protokoll fört vid styrelsemöte i` / `Föreningen Hembygden`: the forum goes on below;
        # `ÅRSSTÄMMA` (`Årsmöte 2025`) / `Skogsbyns vägsamfällighetsförening`: the meeting's, under a word for it
        below = next((l for l in meeting.preamble if l.number == meeting.lines["title"] + 1), None)
        if below is not None and _title_like(below) and below.text[:1].isupper():
            forum = below.text.strip().rstrip(".")
            if meeting.title.casefold() in MEETING_NOUNS_DEFINITE:
                # `Anteckningar från mötet` / `Samverkansgruppen Väst`: the forum alone
                meeting.title, meeting.lines["title"] = forum, below.number
            else:
                meeting.title = f"{meeting.title} {forum}"
            meeting.preamble.remove(below)
    _settle_date(meeting, labelled_date, free_dates)
    if meeting.date and meeting.date.startswith("--") and sent is not None:
        # `Ämne: Anteckningar 11/2` sent on 12 February 2025: the last such day on or before it
        year = sent.year - ((sent.month, sent.day or 31) < (int(meeting.date[2:4]), int(meeting.date[5:7])))
        meeting.date = f"{year:04d}{meeting.date[1:]}"
    if meeting.date and meeting.date.startswith("--"):
        _year_by_weekday(meeting, structure)
    if meeting.adjustment_found is not None:   # a day without a year takes the meeting's year, or the next
        meeting.adjustment_date = meeting.adjustment_found.iso(base=parse_iso(meeting.date), forward=True)
    if meeting.location is None and date_places.get(meeting.lines.get("date")):
        # the place of the line that gave the meeting's date, not of another date line
        meeting.location = date_places[meeting.lines["date"]]
        meeting.lines["location"] = meeting.lines["date"]
    if meeting.location is None and meeting.title and "date" in meeting.lines:
        # `2017 - 08 – 16, kl 13.15-15` / `Stadsbiblioteket, lilla salen`: the place right under
        # it, or under the time line right under it
        above = meeting.lines["date"] + (meeting.lines.get("time") == meeting.lines["date"] + 1)
        below = next((l for l in meeting.preamble if l.number == above + 1), None)
        if below is not None and _place_line(below.text):
            text = below.text
            times = find_time_range(text)
            if times is not None and times.span[0] > 0:
                # `Digitalt möte via Zoom, kl. 10–11.30`: the place, then the meeting's time
                _set_times(meeting, times, below)
                text = (text[:times.span[0]] + text[times.span[1]:]).strip()
            place = text[_PLACE_LEAD.match(text).end():].strip().rstrip(" .;,–-")
            meeting.location = at_home(text, place)      # `Hos Agneta Wall, Rosenstigen 4`
            meeting.lines["location"] = below.number
    if meeting.location is None and meeting.title and (place := _TITLE_PLACE.search(meeting.title)) and (
            place_noun(place.group("place").split()[0].rstrip(","))):
        # `Medlemsmöte i bygdegården, Västerby`: the title says where, and nothing else does
        meeting.location = place.group("place").rstrip(" .;,")
        if "title" in meeting.lines:
            meeting.lines["location"] = meeting.lines["title"]
    if meeting.date is None:
        _date_in_prose(meeting, meeting.preamble[:6])
    if meeting.end_time is None:
        _end_in_closing(meeting, structure)
    _from_page_header(meeting, structure)
    if meeting.paragraphs is None:
        _paragraphs_column(meeting, structure.header + structure.closing)
    if meeting.reference is None:
        for number in sorted(structure.layout.furniture):
            found = REFERENCE.search(structure.layout.line(number).text)
            if found:
                meeting.reference = found.group(0).strip()
                meeting.lines["reference"] = number
                break
    return meeting


def _mail_header(header: list[Line]) -> tuple[list[Line], DateMatch | None, list[Line]]:
    """A forwarded e-mail's header at the top (`Från:` first, then `Skickat:`, `Till:`,
    `Ämne:`, ...): the header without it but for its subject, which stands in the first
    line's place as a title line; the day the e-mail was sent, with its year; and the lines
    of the e-mail's greeting, when the minutes' own heading follows them."""
    if not header or not header[0].low.startswith(_MAIL_SENDER):
        return header, None, []
    subject: list[Line] = []
    sent = None
    end = 0
    for end, line in enumerate(header):
        found = _MAIL_LABEL.match(line.text)
        if found is None or line.number != header[0].number + end:
            break
        field_name = MAIL_HEADER_LABELS[key(found.group("label"))]
        value = found.group("value").strip()
        if field_name == "subject" and value:
            subject = [replace(line, text=value, raw=value, low=value.casefold(), kind="text")]
        elif field_name == "sent":
            dates = find_dates(value)
            sent = dates[0] if dates and dates[0].has_year and dates[0].day else sent
    else:
        end = len(header)
    for start in range(end, min(end + _MAIL_GREETING_LINES + 1, len(header))):
        line = header[start]
        if _KIND.match(line.text) and _title_like(line):
            # `Ämne: Minnesanteckningar nätverksträff 3 feb` / `Hej alla!` / ... /
            # `Minnesanteckningar – Nätverket för skolbibliotek`: the minutes' own heading under
            # the e-mail's greeting, the title rather than the subject; the greeting is prose
            return header[start:], sent, header[end:start]
    return subject + header[end:], sent, []


def _year_by_weekday(meeting: MeetingFact, structure: Structure) -> None:
    """`Tisdag 4/3` in a document that names the years 2024 and 2025: of the years it
    names and those next to them, the one whose 4 March is a Tuesday."""
    text = structure.layout.line(meeting.lines["date"]).text
    month, day = int(meeting.date[2:4]), int(meeting.date[5:7])
    found = next((d for d in find_dates(text) if (d.month, d.day) == (month, day)), None)
    words = _WORDS.findall(text[:found.start]) if found else []
    if words and words[-1].casefold() == "den":
        words.pop()      # `Tisdagen den 4 mars`
    if not words or not _WEEKDAY_WORD.match(words[-1]):
        return
    weekday = WEEKDAY_INDEX[words[-1][:3].casefold()]
    named = {int(y) for line in structure.lines if line.text for y in _YEAR.findall(line.text)}
    years = set()
    for year in {y + step for y in named for step in (-1, 0, 1)}:
        try:
            if dt.date(year, month, day).weekday() == weekday:
                years.add(year)
        except ValueError:     # 29 February
            continue
    if len(years) == 1:
        meeting.date = f"{years.pop()}{meeting.date[1:]}"


def _inline_labels(value: str) -> tuple[str, list[tuple[str, str]]]:
    """A label's value up to the next label on its line, and the fields and values of
    the labels after it: `15 maj 2023 Tid: 09:30-12:00 Plats: Länsstyrelsen`."""
    cuts = [found.end() for found in _INLINE_LABEL.finditer(value) if value[found.end()].isupper()]
    if not cuts:
        return value, []
    pieces = [value[start:end].strip() for start, end in zip([0, *cuts], [*cuts, len(value)])]
    others = []
    for piece in pieces[1:]:
        found = _LABEL.match(piece)
        if found and found.group("value").strip():
            others.append((HEADER_LABELS[found.group("label").casefold()], found.group("value").strip()))
    return pieces[0], others


def _meeting_word(title: str) -> bool:
    """`Sammanträde`, `Styrelsemöte`, `Årsstämma`: a title of one word that names a meeting."""
    return " " not in title and title.casefold().endswith(_MEETING_NOUN_FORMS)


def _no_forum(title: str | None) -> bool:
    """A title of one word that names a meeting and no forum; `Vecka 42`, `Ht 2023`: a title
    that is only a time; `Nr 4/2023`: only a number."""
    if not title:
        return False
    if _meeting_word(title) or _NUMBER_ONLY.match(title):
        return True
    dates = find_dates(title)
    return bool(dates) and dates[0].start == 0 and dates[-1].end == len(title)


def _forum(text: str) -> str:
    """The forum after a document's kind: `fört vid styrelsemöte i X` -> `Styrelsemöte i X`,
    `nr 3/2024, Pensionärsrådet` -> `Pensionärsrådet`."""
    text = _CONNECTOR.sub("", _NUMBERED.sub("", _STATE.sub("", text)))
    return text[:1].upper() + text[1:]


def _run_on(text: str, header: list[Line], index: int) -> tuple[str, list[Line]]:
    """`Minnesanteckningar från styrgruppsmöte för projektet Unga till` / `arbete, 2025-04-10
    kl. 13.00-15.00 i Arbetsförmedlingens lokaler,` / `Storgatan 12`: a title line that a PDF
    export wrapped, read with the lines it goes on in (one opening in lower case, or after a
    comma), up to `_RUN_ON` of them; the text and the lines joined to it."""
    below: list[Line] = []
    last = header[index]
    for nxt in header[index + 1:index + 1 + _RUN_ON]:
        if (nxt.number != last.number + 1 or nxt.kind != "text" or _LABEL.match(nxt.text) or "@" in nxt.text
                or not (nxt.text[:1].islower() or text.endswith(",") or _dangles(text))):
            break       # (a line with an e-mail address is a contact's, not the title's)
        text, last = joined_lines(text, nxt.text), nxt   # `nätverks-` / `träff för ...`: one word
        below.append(nxt)
    return text, below


def _dangles(title: str) -> bool:
    """`Nätverksträff för folkhälsosamordnare i`: a title line ending with a word that the
    next line goes on from (TITLE_DANGLING_WORDS)."""
    return title.rsplit(None, 1)[-1].casefold() in _DANGLING


def _wrapped_label(line: Line, below: Line):
    """`Justeringens` / `plats och tid: Stadshuset 2024-05-24`: a label that a form's
    narrow column wrapped onto the next line; the two lines read as one. `line` is
    short, or set out in columns."""
    if below.number != line.number + 1 or below.kind != "text":
        return None
    if len(line.text) < 20:
        found = _LABEL.match(f"{line.text} {below.text}")
        if found and len(found.group("label")) > len(line.text) + 1:
            return found
    cells = columns(line.raw) if len(below.text) < 20 else []
    if len(cells) >= 2:
        # `Justeringens      Socialkontoret 2024-05-27` / `plats och tid`: the label's first
        # word in the left column, its value in the right, the rest of the label below
        found = _LABEL.match(f"{cells[0]} {below.text}: {' '.join(cells[1:])}")
        if found and len(found.group("label")) > len(cells[0]) + 1:
            return found
    return None


def _paragraphs_column(meeting: MeetingFact, lines: list[Line]) -> None:
    """`Sekreterare   ..........   Paragrafer 56–60`: the paragraphs the protocol holds,
    in a column of its first page's signature form (which the line's text leaves out,
    as it leaves out a page number)."""
    for line in lines:
        cells = columns(line.raw) if "aragraf" in line.raw else ()
        if len(cells) > 1:
            label = _LABEL.match(cells[-1])
            if label and HEADER_LABELS[label.group("label").casefold()] == "paragraphs":
                meeting.paragraphs = label.group("value").strip() or None
                meeting.lines["paragraphs"] = line.number
                return


def _value_of(field_name: str, text: str) -> bool:
    """Is a line the value of the label alone above it (`Sammanträdesdatum` / `2024-05-21`),
    not a line of its own (`Barn- och utbildningsnämnden   2024-05-21`)?"""
    if field_name in ("date", "date_time", "time"):
        dates = find_dates(text)
        return bool(dates and _mostly_date(text, dates) or not dates and find_time_range(text))
    return True


def _from_page_header(meeting: MeetingFact, structure: Structure) -> None:
    """A header that a PDF or Word export repeats on every page is page furniture, and
    the first page's copy of it is the meeting's: its date and title, when the
    document gives them nowhere else."""
    if meeting.date is not None and meeting.title is not None:
        return
    first_item = structure.items[0].heading_line if structure.items else len(structure.lines) + 1
    for number in sorted(n for n in structure.layout.furniture if n < first_item):
        line = structure.layout.line(number)
        text = line.text
        dates = find_dates(text)
        if dates:
            if meeting.date is None and _mostly_date(text, dates) and dates[0].has_year and dates[0].day:
                meeting.date = dates[0].iso()
                meeting.lines["date"] = number
        elif (meeting.title is None and _title_like(line) and line.kind != "numbered" and not _KIND.match(text)
              and not REFERENCE.match(text) and not is_page_furniture(text)):
            meeting.title = text.strip().rstrip(".")
            meeting.lines["title"] = number


def _date_in_prose(meeting: MeetingFact, lines: list[Line]) -> None:
    """Without a date line, the date of a sentence about the meeting near the top:
    `Här kommer minnesanteckningarna från nätverksmötet den 12 november 2024.`; a day
    without a year only right after what the notes are from, which is the title when
    there is none: `... från nätverksträffen för fritidsgårdar den 3:e mars i Alingsås`."""
    for line in lines:
        text = line.text
        if not _MEETING_WORD.search(text):
            continue
        for found in find_dates(text):
            if found.day is None:
                continue
            forum = _PROSE_FORUM.search(text[:found.start])
            forum = forum.group("forum") if forum and _MEETING_WORD.search(forum.group("forum")) else None
            if not found.has_year and forum is None:
                continue    # `Anmäl dig senast 30 november`, `Temakväll: 3 oktober`
            meeting.date = found.iso()
            meeting.lines["date"] = line.number
            after = text[found.end:]
            times = find_time_range(after)
            if times and not after[:times.span[0]].strip(" ,"):
                # `... från träffen 2024-09-03 kl. 13.00–15.30, Stadshuset i Luleå.`
                _set_times(meeting, times, line)
                if meeting.location is None and (place := _place_after(after, [])):
                    meeting.location = place
                    meeting.lines["location"] = line.number
            if meeting.title is None and forum:
                meeting.title = _forum(forum)
                meeting.lines["title"] = line.number
            return


def _end_in_closing(meeting: MeetingFact, structure: Structure) -> None:
    """`Mötet avslutades kl. 20.15` in the last two items or the closing: the time the
    meeting ended, when the header gave none (and not before it began)."""
    for line in [l for item in structure.items[-2:] for l in item.body] + structure.closing:
        if line.blank or _CLOSED_WORDS.isdisjoint(line.low.replace(".", " ").split()):
            continue
        times = find_time_range(line.text)
        if (times is not None and times.end is None and (meeting.start_time or "") < times.start
                and not find_dates(line.text)):    # `Nästa möte 5 november kl. 18. Mötet avslutades.`
            meeting.end_time = times.start
            meeting.lines["end_time"] = line.number
            return


def _kind_word(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _take(meeting: MeetingFact, field_name: str, value: str, line: Line,
          labelled_date: tuple[DateMatch, int] | None) -> tuple[DateMatch, int] | None:
    """Fill one header field from a label's value."""
    value = value.strip()
    if field_name in ("date", "date_time"):
        dates = find_dates(value) or compact_dates(value)   # `Datum: 240115`
        if dates:     # `Datum/tid: 2023-10-03, 13-15`, `Datum: 7 mars 2024 13–16`: hours after the date
            _times_from(meeting, value[dates[0].end:], line, hours_alone=field_name == "date_time", after_date=True)
        _times_from(meeting, value, line)
        if dates and dates[0].kind not in ("term", "week"):
            # the first such label's: a protocol's `ANSLAG/BEVIS` states its date again
            return labelled_date or (dates[0], line.number)
        return None
    if field_name == "time":
        # `Tid: Tisdag 21 januari 2025, 09.30-12.00`: the time label may give the date as well
        dates = find_dates(value)
        if dates:     # `Tid: Tisdag 21 januari 2025, 13–16`
            _times_from(meeting, value[dates[0].end:], line, after_date=True)
        _times_from(meeting, value, line, hours_alone=not dates)
        if dates and labelled_date is None and dates[0].kind not in ("term", "week") and dates[0].day:
            return dates[0], line.number
        return None
    if field_name == "location":
        meeting.location = meeting.location or value.rstrip(" .;,") or None
        meeting.lines.setdefault("location", line.number)
        return None
    if field_name == "place_time":
        dates = find_dates(value)
        if dates:     # `Plats och tid: Kommunhuset, 7 mars 13–16`
            _times_from(meeting, value[dates[0].end:], line, after_date=True)
        _times_from(meeting, value, line)
        place = _place_before(value, dates) or _place_after(value, dates)
        if place:
            meeting.location = meeting.location or place
            meeting.lines.setdefault("location", line.number)
        return (dates[0], line.number) if dates else None
    if field_name == "reference":
        meeting.reference = meeting.reference or (line.text.strip() if line.text.lower().startswith("dnr")
                                                  else value)
        meeting.lines.setdefault("reference", line.number)
        return None
    if field_name == "paragraphs":
        meeting.paragraphs = meeting.paragraphs or value
        meeting.lines.setdefault("paragraphs", line.number)
        return None
    if field_name == "title":
        meeting.title = meeting.title or value.rstrip(" .")
        meeting.lines.setdefault("title", line.number)
    if field_name == "adjustment" and "adjustment" not in meeting.lines:
        # `Justeringens plats och tid: Kommunhuset 2025-03-18`: its date is not the meeting's
        dates = [d for d in find_dates(value) if d.kind not in ("term", "week")]
        meeting.adjustment_found = dates[0] if dates else None
        meeting.adjustment_place = _place_before(value, dates) or (_place_after(value, dates) if dates else None)
        meeting.lines["adjustment"] = line.number
    return None


def _times_from(meeting: MeetingFact, text: str, line: Line, hours_alone: bool = False,
                after_date: bool = False) -> None:
    if not meeting.start_time:
        _set_times(meeting, find_time_range(text, hours_alone=hours_alone, after_date=after_date), line)


def _set_times(meeting: MeetingFact, times: TimeRange | None, line: Line) -> None:
    if times and not meeting.start_time:
        meeting.start_time, meeting.end_time = times.start, times.end
        meeting.lines["time"] = line.number


def _place_before(value: str, dates: list[DateMatch]) -> str | None:
    """`Kommunhuset, sammanträdesrum Vänern, tisdagen den 8 april 2025 kl. 13.00–15.45`:
    the place a place-and-time value starts with, up to its date or time."""
    cut = dates[0].start if dates else len(value)
    times = find_time_range(value)
    if times:
        cut = min(cut, times.span[0])
    end = _PLACE_END.search(value)
    if end:
        cut = min(cut, end.start())
    place = _without_date_words(value[:cut]).rstrip(" .;,–-")
    return place if place and not find_dates(place) else None


def _place_first(text: str, dates: list[DateMatch]) -> str | None:
    """`Biblioteket, 2025-10-21`, `Fritidsgården Kometen, tisdag 21/10 kl 16`: the place a
    date line opens with, before a comma (`_place_line`), when only a date and time follow;
    a town needs no comma, as a letter is dated (`Luleå 2024-05-16`, `Luleå den 16 maj 2024`)."""
    if dates[0].day is None or dates[0].kind in ("term", "week"):
        return None
    lead = _without_date_words(text[:dates[0].start])
    place = lead.rstrip(" ,")
    if not place or not (lead.endswith(",") and _place_line(place) or is_town(place)):
        return None
    rest = text[dates[0].start:]
    return place if _mostly_date(rest, find_dates(rest)) else None


def _without_date_words(text: str) -> str:
    """What stands before a date without the words that go with it: `... IK den`, `tisdagen den`."""
    words = text.split()
    while words and (_WEEKDAY_WORD.match(words[-1].strip(",")) or _FILLER.fullmatch(words[-1].strip(","))):
        words.pop()
    return " ".join(words)


def _place_after(text: str, dates: list[DateMatch]) -> str | None:
    """`Söndagen den 16 mars 2025 kl. 14.00 i Bygdegården`, `2024-04-18, kl. 10–12, Teams`:
    the place a date line ends with, after its date and time (`Tid och plats: 13.00-15.00, Rum 3`:
    after its time), or else between them (`2024-01-25, Stadshuset, kl. 13-15`)."""
    end = max((found.end for found in dates), default=0)
    times = find_time_range(text)
    rest = text[max(end, times.span[1]) if times else end:]
    if times and end < times.span[0] and not rest.strip(" .;,"):
        # `2024-01-25, digitalt via Teams, kl 13-15`: the place between the date and the time
        rest = _without_date_words(text[end:times.span[0]])
    place = rest[_PLACE_LEAD.match(rest).end():].strip().rstrip(" .;,")
    if not place or len(place) > 80 or find_dates(place) or not (
            place[0].isupper() or _REMOTE_PLACE.match(place) or place_noun(place)):
        return None
    return at_home(rest, place)    # `kl 19.00 hos Gun Sjögren`: her home


def _time_line(text: str) -> bool:
    """`Kl. 18:30–20:45`, `18.30-20.45`: a line that gives the time and nothing else."""
    lead = text[:2].casefold()
    times = find_time_range(text) if (lead[:1].isdigit() or lead in ("kl", "ti")) and len(text) < 40 else None
    return times is not None and not _TIME_WORDS.sub("", text[:times.span[0]] + text[times.span[1]:])


def _place_line(text: str) -> bool:
    """`Stadsbiblioteket, lilla salen`, `Teams`: a short line with no label, sentence or
    date, whose first words name a place (a word such as `-huset`, `-salen`) or a way to
    meet from afar, or that opens with a preposition of place and a name; not a seat left
    empty (`Vakant, Miljökontoret`)."""
    words = text.replace(",", " ").split()
    if not 0 < len(words) <= 6 or words[0].casefold() in VACANT_WORDS or ":" in text or text[-1] in ".!?":
        return False
    return not find_dates(text) and (bool(_REMOTE_PLACE.match(text)) or any(place_noun(w) for w in words[:3])
                                     or place_noun(text)      # `Rum 12`, `Sal Ljusnan`: a room and its name
                                     # `Hos Agneta Wall, Rosenstigen 4`, `I Bygdegården`
                                     or (len(words) > 1 and words[0].casefold() in PLACE_PREPOSITIONS
                                         and words[1][:1].isupper()))


def _mostly_date(text: str, dates: list[DateMatch]) -> bool:
    rest = text
    for found in reversed(dates):
        rest = rest[:found.start] + rest[found.end:]
    times = find_time_range(rest)
    if times:
        rest = rest[:times.span[0]] + rest[times.span[1]:]
    rest = _FILLER.sub("", rest)
    words = [w for w in _WORDS.findall(rest) if not _WEEKDAY_WORD.match(w)]
    return not words


def _date_value(value: str, numbered: bool = False) -> bool:
    """Does a label's value open with a date (`2023-05-04 13:00-15:00`), or with
    `numbered` a meeting's number and a date (`3, tisdag 15 oktober 2024`)?"""
    dates = find_dates(value)
    return bool(dates) and _starts_with_date(value.strip(), dates, meeting_word=numbered)


def _starts_with_date(text: str, dates: list[DateMatch], meeting_word: bool = False) -> bool:
    """`2024-01-18, kl. 10.00-11.30 via Teams`: a date line with more after it; a weekday
    may come first (`Onsdag 6 mars 2024, 15:00–16:30, Teams`), and with `meeting_word`, near
    the top of the header, a word for a meeting and its number (`Möte 2023-05-04 13:00-15:00`,
    `Möte nr 3, tisdag 15 oktober 2024`)."""
    lead = [w for w in _WORDS.findall(text[:dates[0].start])
            if not _WEEKDAY_WORD.match(w) and w.casefold() != "den"
            and not (meeting_word and (w.casefold() in _MEETING_NUMBER_WORDS or w.isdigit() and len(w) <= 3))]
    return not lead and dates[0].kind not in ("term", "week") and dates[0].day is not None


def _fact_label(text: str) -> bool:
    """`Justerare: Håkan Berg`, `Vid tangenterna`: a label the grammar knows, with its value
    or alone, no title."""
    colon = text.find(":")
    return key(text[:colon] if colon > 0 else text) in FACT_LABELS


def _title_like(line: Line) -> bool:
    text = line.text
    return (0 < len(text) <= 150 and line.kind in ("text", "heading", "numbered")
            and text[-1] not in ".:;,!?" or (line.kind == "heading" and 0 < len(text) <= 150))


def _kind_column(meeting: MeetingFact, line: Line) -> bool:
    """`Bygg- och miljönämnden          SAMMANTRÄDESPROTOKOLL          1 (4)`: a protocol's
    letterhead in columns, the kind in one, the forum in another (the title, if there is
    none yet). False when no column is a kind."""
    cells = columns(line.raw)
    kind = next((c for c in cells if c.casefold() in _KINDS), None)
    if kind is None or len(cells) < 2:
        return False
    meeting.kind = _kind_word(kind)
    meeting.lines["kind"] = line.number
    others = [c for c in cells if c is not kind and not is_page_furniture(c)]
    if others and meeting.title is None:
        meeting.title = " ".join(others)
        meeting.lines["title"] = line.number
    return True


def _title_with_date(meeting: MeetingFact, text: str, line: Line, free_dates: list,
                     places: dict[int, str]) -> None:
    """A title line may carry the date: `Politikerplattformen 2022-02-23`, and the kind
    after the forum: `Styrgruppen – protokoll från sammanträde 2023-05-04`. A place after
    its date and time goes into `places` under the line's number, the meeting's place
    when that date turns out to be the meeting's."""
    late = _LATE_KIND.search(text) if meeting.kind is None else None
    compound = _COMPOUND_KIND.match(text) if meeting.kind is None and late is None else None
    if compound is not None:
        meeting.kind = _kind_word(compound.group("kind"))   # the title keeps its compound
        meeting.lines["kind"] = line.number
    if late is not None and late.start():
        meeting.kind = _kind_word(late.group("kind"))
        meeting.lines["kind"] = line.number
        rest = late.group("rest")
        rest_dates = find_dates(rest)     # `från möte 3` names no forum; a date is the meeting's
        text = text[:late.start()] + (" " + rest[rest_dates[0].start:] if rest_dates else "")
    dates = [d for d in find_dates(text) if d.kind not in ("week",)] or compact_dates(text)   # `... APT 240503`
    title = text
    if dates:
        found = dates[-1]
        if found.kind != "term":
            free_dates.append((found, line.number))
        before, after = text[:found.start], text[found.end:]
        times = find_time_range(after)
        if times:
            # `Protokoll från styrelsemöte 8/10 2024 kl. 18.00`; `... 2024-09-03 kl. 13–15, Stadshuset`:
            # a place after the time is the meeting's, not the title's
            place = _place_after(after, [])
            head = after[:times.span[0]]
            if place:
                places[line.number] = place    # the meeting's place when this date is its date
                cut = head.find(place)         # `... 2024-01-25, Stadshuset, kl 13-15`: before the time
                if cut >= 0:
                    words = head[:cut].split()
                    if words and words[-1].casefold() in PLACE_PREPOSITIONS:
                        words.pop()            # `... 2024-01-25 i Stadshuset kl 13-15`
                    head = " ".join(words)
            after = head + ("" if place else after[times.span[1]:])
            _set_times(meeting, times, line)
        elif (after[:1] == " " and after.split(maxsplit=1)[0] in PLACE_PREPOSITIONS
              and (place := _place_after(after, []))):
            # `Protokoll fört vid styrelsesammanträde 2024-02-01 i föreningens lokal`
            places[line.number] = place
            after = ""
        after = after.strip()
        if meeting.kind is None and after.lstrip(" ,–-:").casefold() in _KINDS:
            meeting.kind = _kind_word(after.lstrip(" ,–-:"))     # `Styrelsemöte 2024-05-06 – protokoll`
            meeting.lines["kind"] = line.number
            after = ""
        elif after[:1] in ",–-" and (place := after.lstrip(" ,–-").rstrip(" .")) and (
                is_town(place) or _place_line(place)):
            places[line.number] = place      # `Nätverksträff Öst, 2025-02-06, Linköping`
            after = ""
        title = (_without_date_words(before.strip(" ,–-:")) + (" " if after[:1].isalnum() else "")
                 + after).strip(" ,–-:")
    title = title.strip().rstrip(".").strip()
    if title:
        meeting.title = title
        meeting.lines["title"] = line.number


def _settle_date(meeting: MeetingFact, labelled: tuple[DateMatch, int] | None,
                 free: list[tuple[DateMatch, int]]) -> None:
    """The labelled date first; a year it leaves out comes from another header date."""
    candidates = ([labelled] if labelled else []) + free
    with_year = [c for c in candidates if c[0].has_year and c[0].day is not None]
    if labelled and labelled[0].has_year:
        chosen = labelled
    elif with_year:
        chosen = with_year[0]
        if labelled and labelled[0].day and (labelled[0].month, labelled[0].day) != (
                chosen[0].month, chosen[0].day):
            chosen = (labelled[0], labelled[1])
            year = with_year[0][0].year
            meeting.date = labelled[0].iso(base_year=year)
            meeting.lines["date"] = labelled[1]
            return
    elif candidates:
        chosen = candidates[0]
    else:
        return
    meeting.date = chosen[0].iso()
    meeting.lines["date"] = chosen[1]
