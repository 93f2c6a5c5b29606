"""Coming meetings: `Kalendarium` tables, `Nästa möte`, planned-meeting lists,
and the next meeting named in prose (`vid nästa politikerplattform den 28 april`)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import patterns
from ..grammar.dates import (
    DateMatch,
    TimeRange,
    find_dates,
    find_time_range,
    heading_year,
    parse_iso,
    term_year,
)
from ..grammar.names import at_home, is_org_like, is_town, place_noun
from ..lines import Line, column_of, column_spans
from ..sections import ItemSection
from ..vocabulary import (
    ACTION_COLUMNS,
    AGAIN_WORD,
    ATTENDANCE_CHANNELS,
    CALENDAR_COLUMNS,
    CALENDAR_COMPOUND_LEADS,
    CALENDAR_COMPOUND_NOUNS,
    CALENDAR_LABEL_LEADS,
    CALENDAR_LABELS,
    DATE_LEADS,
    EVENT_ENDINGS,
    EVENT_LINK_WORDS,
    EVENT_NOTES,
    EVENT_WHEN_WORDS,
    IN_PERSON_WORDS,
    MEET_AGAIN_VERBS,
    MEETING_NOUNS,
    MEETING_VERBS,
    MONTH_PARTS,
    MONTHS,
    NEXT_MEETING_LABELS,
    NEXT_MEETING_WORDS_ALONE,
    NEXT_WORD,
    OWN_MEETING_LABELS,
    PLACE_PREPOSITIONS,
    PLACE_UNKNOWN,
    PLAIN_EVENT_WORDS,
    POSTING_STEMS,
    REMOTE_PLACE_WORDS,
    SAME_PLACE_WORDS,
    SAME_TIME_WORDS,
    TOPIC_WORDS,
    WEEKDAYS,
    alternation,
    key,
)

_COMPOUND = (r"(?P<lead>" + alternation(CALENDAR_COMPOUND_LEADS) + r")\s+\w+?(?P<noun>"
             + alternation(CALENDAR_COMPOUND_NOUNS) + r")")
_LABEL = patterns.compile(
    r"^(?:(?:" + alternation(CALENDAR_LABEL_LEADS) + r")\s+)?(?P<label>" + alternation(CALENDAR_LABELS) + r"|" + _COMPOUND
    + r")\b[^:]{0,45}?(?::\s*(?P<value>.*)|\s*$)", re.I)
_LABEL_HEADS = patterns.heads(CALENDAR_LABELS + CALENDAR_LABEL_LEADS)
_MAY_LABEL = patterns.opens_with(CALENDAR_LABELS + CALENDAR_LABEL_LEADS)


def _label_kinds(label: re.Match, meeting_title: str | None = None) -> tuple[bool, bool]:
    """Whether a calendar label names the next meeting, and whether this forum's meetings;
    a compound's as its noun's: `Kommande veckomöten` as `Kommande möten`. The meetings of
    a body the title names are its own: `Kommande nätverksträffar` in a network's minutes."""
    word = key(label.group("label"))
    if label.group("lead") is not None:
        word = f"{label.group('lead').casefold()} {label.group('noun').casefold()}"
    return word in NEXT_MEETING_LABELS, word in OWN_MEETING_LABELS or _names_forum(word, meeting_title)


_FORUM_PREFIX = 7   # the letters of a title's word that a compound opens with: `nätverk` of `nätverket`


def _names_forum(label: str, meeting_title: str | None) -> bool:
    """Does the label's last word open with a word of the title (`nätverksträffar` in the
    minutes of `Regionalt nätverk för integration`)?"""
    noun = label.rpartition(" ")[2]
    return bool(meeting_title) and any(
        len(word) >= 5 and noun.startswith(word[:_FORUM_PREFIX]) for word in key(meeting_title).split())


def _label(text: str, low: str | None = None):
    """The calendar label a text opens with (`Nästa möte:`, `Kalendarium`), if any;
    `low`, the text casefolded, when the caller has it (a line's `low`)."""
    may = _MAY_LABEL(text) if low is None else low.startswith(_LABEL_HEADS)
    return _LABEL.match(text) if may else None


_PREPOSITION = alternation(PLACE_PREPOSITIONS)   # `i`, `på`, `hos`: before a place, left out of it
# `i Alingsås den `: a place before a date, the preposition kept apart
_PLACE_FIRST = rf"(?P<prep>{_PREPOSITION})\s+(?P<place>(?-i:\p{{Lu}})[\w-]*(?:\s+(?-i:\p{{Lu}})[\w-]*){{0,2}}),?\s+(?:den\s+)?"
# a month alone, written out (`jul` is Christmas too), perhaps after a part of it: `i början av februari`
_FULL_MONTHS = [max((name for name in MONTHS if MONTHS[name] == number), key=len) for number in range(1, 13)]
_MONTH_AHEAD = rf"(?:(?:{alternation(MONTH_PARTS)})\s+)?(?P<month>{alternation(_FULL_MONTHS)})(?!\w)"
_PROSE_MONTH = patterns.compile(_MONTH_AHEAD + r"(?:\s+(?P<year>\d{4})(?!\d))?", re.I)
# what leads up to the next meeting's date: `nästa möte (hålls) (den) `, `Vi ses igen den `
_NEXT_TAIL = (r"(?:\s+(?:den\s+|är\s+|blir\s+)?|\s*:\s*)(?:" + _PLACE_FIRST + r")?"
              r"(?=\d|v(?:ecka|\.)?\s*\d|(?:må|ti|on|to|fr|lö|sö)\w*dag|" + _MONTH_AHEAD + r")")
_PROSE_NEXT = patterns.compile(
    r"\b" + NEXT_WORD + r"\s+(?P<noun>[\p{L}-]+)(?P<gap>(?:\s+(?-i:[\p{Ll}])+){0,3}?,?)" + _NEXT_TAIL, re.I)
# ... after `igen`, found with `str.find` and the verb before it tested apart: one pattern
# of both leads lost the literal `nästa` the engine looks for first (34 M instructions over
# the 60 benchmark documents)
_AGAIN = f" {AGAIN_WORD} "    # a word of its own, not `igenom` (`gick igenom`, on many lines)
_AGAIN_TAIL = patterns.compile(_NEXT_TAIL, re.I)
_MEET_AGAIN = frozenset(MEET_AGAIN_VERBS)
# `Nästa träff blir i Alingsås den `: what a calendar row says before its date ends with the place
_LEAD_PLACE = patterns.compile(r"(?:^|\s)" + _PLACE_FIRST + r"$", re.I)
_MONTH_ROW = patterns.compile(r"^(?P<mon>" + alternation(MONTHS) + r")(?!\w)\.?(?=\s*[:–-])", re.I)
_SENTENCE_END = patterns.compile(r"[.!?]\s+(?=\p{Lu}\p{Ll})")
# `14 nov kl 13-15, 5 dec kl 9-11`: a row of dates each with its own time, set apart so
_NEXT_ROW = patterns.compile(r"\s*(?:[,;]|\boch\b)\s*(?:(?:" + alternation(WEEKDAYS) + r")\.?\s+)?(?:den\s+)?$", re.I)
_WEEKDAY_LEAD = patterns.compile(r"(?:(?:" + alternation(WEEKDAYS) + r")\.?\s+)?(?:den\s+)?", re.I)
_IN_PERSON = alternation(IN_PERSON_WORDS)
_PLACE_PREFIX = patterns.compile(rf"^(?:(?:{_IN_PERSON}|{_PREPOSITION}|via)(?!\w)|[,–@-]|\s)+", re.I)   # not `Idrottshallen`'s I
# `i Partille`, `på plats i Stadshuset`; in lower case a place only if `place_noun`
_PROSE_PLACE = patterns.compile(rf"^,?\s*(?:(?:{_IN_PERSON})\s+)?(?:{_PREPOSITION})\s+(\w[\w -]{{1,40}}?)"
                                rf"\s*(?:[.,;(]|$)", re.I)
# between the dates of one row: `12/2, 18/3 och 22/4`, `mån 13/3, tis 14/3 och ons 15/3`
_LIST_GAP = patterns.compile(r"\s*(?:,|och|&|samt|/)\s*(?:,|och)?\s*(?:(?:" + alternation(WEEKDAYS)
                             + r")\.?\s+)?(?:den\s+)?", re.I)
_ALL = patterns.compile(r"^(?:alla|samtliga)\b\s*", re.I)
# `heldag (plats meddelas senare)`: a note of the day and a place not yet known, no place
_NOTE = patterns.compile(r"^(?P<note>" + alternation(EVENT_NOTES) + r")\b\s*[,.;–-]?\s*", re.I)
# ... a time of day by what happens then, up to a place of its own: `före gudstjänsten i Kyrkan`
_WHEN = patterns.compile(r"^(?P<when>(?:" + alternation(EVENT_WHEN_WORDS)
                         + r")\s+[^,;]+?)(?=\s+(?:" + alternation(PLACE_PREPOSITIONS) + r")\s+(?-i:\p{Lu})|\s*[,;]|\s*$)", re.I)
_UNKNOWN = patterns.compile(r"\(?\s*(?:" + alternation(PLACE_UNKNOWN) + r")\b[^)]*\)?", re.I)
# a quick test before the search: a word each of PLACE_UNKNOWN holds one of
_UNKNOWN_HINTS = ("plats", "lokal", "meddelas", "bestäms")
# a place in a row's brackets: `(fysiskt i Växjö)`, `(Teams)`
_BRACKET_PLACE = patterns.compile(r"(?:^|\s)(?:" + _PREPOSITION + r")\s+(?P<place>(?-i:\p{Lu}).*)$", re.I)
_REMOTE = frozenset(ATTENDANCE_CHANNELS) | frozenset(REMOTE_PLACE_WORDS)
_SAME_PLACE = frozenset(SAME_PLACE_WORDS)
# between what is on and where: `Årsmöte i Bygdegården`, `Julfest, Folkets hus`
_EVENT_PLACE = patterns.compile(rf"\s*[,–]\s*|\s+(?:{_PREPOSITION})\s+(?=(?-i:\p{{Lu}}))", re.I)
# `... kl. 9.30 digitalt.`, `..., via Teams`: a meeting held apart, after a date in prose
_PROSE_REMOTE = patterns.compile(
    r"^,?\s*((?:via\s+)?(?:" + alternation(sorted(_REMOTE)) + r"))\s*(?:[.,;(]|$)", re.I)
# ... or a place named after a comma alone, up to the sentence's end: `..., Stadshuset.`
_COMMA_PLACE = patterns.compile(r"^\s*,\s*((?-i:\p{Lu})[\w-]*(?:\s+[\w-]+){0,2})\s*(?:[.;(]|$)")
# an item's heading of the next meeting alone: `Nästa styrelsemöte`, `Nästa gång`
_NEXT_HEADING = patterns.compile(r"^" + NEXT_WORD + r"\s+([\p{L}-]+)\s*:?$", re.I)
_WEEKDAY_WORDS = frozenset(WEEKDAYS)
_PLAIN_EVENT = frozenset(PLAIN_EVENT_WORDS)
_TOPIC = frozenset(TOPIC_WORDS)
_EVENT_LINKS = frozenset(EVENT_LINK_WORDS)
_EVENT_WORDS = 4    # the longest title before a row's date: `Resa till Ystad`, `Föreläsning om vår hälsa`
_KL = patterns.compile(r"\bkl(?:ockan)?(?![^\W\d])\.?\s*", re.I)   # not `klubbstugan`'s kl


@dataclass(eq=False)
class EventFact:
    """A coming meeting or event."""

    date: str | None
    line: int
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    title: str | None = None
    next_meeting: bool = False
    own: bool = False            # listed as the group's own coming meetings (`Mötestider`)


@dataclass(eq=False)
class Calendar:
    """The coming events of a document, and which is the next meeting."""

    events: list[EventFact] = field(default_factory=list)
    next_meeting: EventFact | None = None


def find_calendar(items: list[ItemSection], prose: list[Line], meeting_date: dt.date | None,
                  meeting_title: str | None, meeting_place: str | None = None,
                  meeting_times: tuple[str, str | None] | None = None) -> Calendar:
    """The calendar of coming meetings; `meeting_place` and `meeting_times` (start, end) are
    this meeting's, for a row that says it is the same (`samma lokal`, `samma tid`)."""
    calendar = Calendar()
    base_year = meeting_date.year if meeting_date else None
    for item in items:
        label = _label(item.title)
        # a calendar item's heading may give the year alone (`Kommande träffar 2026`); another
        # item's only a term (`Planering ht 2024`), not a year it mentions (`Budget 2026`)
        year = (heading_year if label else term_year)(item.title) or base_year
        if label:
            is_next, own = _label_kinds(label, meeting_title)
            calendar.events.extend(_rows(item.body, meeting_date, year, is_next, own_meetings=own)[0])
            continue
        heading = _NEXT_HEADING.match(item.title)
        if heading and _meeting_noun(heading.group(1), meeting_title):
            # `§ 5 Nästa styrelsemöte` over `Tisdag 19 augusti kl. 07.30.`: as in prose
            calendar.events.extend(_rows(item.body, meeting_date, year, True, stop_at_text=True)[0])
            continue
        calendar.events.extend(_labelled(item.body, meeting_date, year, meeting_title))
    calendar.events.extend(_labelled(prose, meeting_date, base_year, meeting_title))
    dated = {e.date for e in calendar.events}
    for line in prose + [l for item in items for l in item.body]:
        if NEXT_WORD not in line.low:
            if _AGAIN not in line.text:
                continue
            # `Vi ses igen den 4 april`, not `Frågan tas upp igen`: the word before `igen`,
            # asked here (a line in ten of the benchmark's holds `igen`; a call for each cost more)
            if not _meets_again(line.text, line.text.find(_AGAIN)):
                continue
        event = _prose_next(line, meeting_date, base_year, meeting_title)
        if event and event.date not in dated:
            dated.add(event.date)
            calendar.events.append(event)
    calendar.events = _dedupe(calendar.events)
    stem = _forum_stem(meeting_title)
    for event in calendar.events:
        if not event.location:
            continue
        if (event.title is None and stem and ", " in event.location and key(event.location).startswith(stem)
                and not place_noun(event.location)):
            # `22 april kl. 18.30 Kyrkorådet, församlingshemmet`: the forum's own meeting, then
            # where (not `Styrelserummet, plan 2` in a board's minutes)
            title, _comma, place = event.location.partition(", ")
            event.title, event.location = title.strip(), place.strip()
        same_time = next((words for words in SAME_TIME_WORDS if event.location.casefold().startswith(words)), None)
        if same_time:      # `Nästa möte 12 mars, samma tid (och plats)`: this meeting's time
            if event.start_time is None and meeting_times:
                event.start_time, event.end_time = meeting_times
            rest = event.location[len(same_time):].strip(" ,.")
            # `samma tid och plats` is `samma plats`; `samma tid i Stadshuset`, the place
            event.location = (f"samma {rest[4:]}" if rest.casefold().startswith("och ")
                              else _PLACE_PREFIX.sub("", rest)) or None
        if meeting_place and event.location and key(event.location) in _SAME_PLACE:
            event.location = meeting_place     # `Nästa möte: 20 mars kl. 15, samma lokal`
    flagged = [e for e in calendar.events if e.next_meeting]
    if flagged:
        calendar.next_meeting = flagged[0]
    else:
        calendar.next_meeting = (_titled_next(calendar.events, meeting_date, meeting_title)
                                 or _first_own(calendar.events, meeting_date)
                                 or _same_forum(calendar.events, meeting_date, meeting_title))
    return calendar


def _titled_next(events: list[EventFact], meeting_date, meeting_title) -> EventFact | None:
    """Without a `Nästa möte` label, the first coming row of a calendar whose title says it
    is the next meeting: `7 maj kl 9-12: Nästa nätverksträff, digitalt`."""
    for event in events:
        words = event.title.split(maxsplit=2) if event.title else ()
        if (len(words) >= 2 and key(words[0]) == NEXT_WORD and _meeting_noun(words[1].rstrip(",.:"), meeting_title)
                and (meeting_date is None or (event.date or "") > meeting_date.isoformat())):
            return event
    return None


def _first_own(events: list[EventFact], meeting_date) -> EventFact | None:
    """Without a `Nästa möte`, the first coming date of the group's own meeting times."""
    if meeting_date is None:
        return None
    coming = sorted((e for e in events if e.own and e.date and len(e.date) == 10
                     and e.date > meeting_date.isoformat()), key=lambda e: (e.date, e.start_time or ""))
    return coming[0] if coming else None


def _same_forum(events: list[EventFact], meeting_date, meeting_title) -> EventFact | None:
    """Without a `Nästa möte`, the first coming event of the same forum:
    `Samverkansråd` on 19 October for the minutes of `Samverkansrådet + C-nätet`."""
    stem = _forum_stem(meeting_title)
    if not stem or meeting_date is None:
        return None
    coming = sorted((e for e in events if e.date and len(e.date) == 10 and e.date > meeting_date.isoformat()
                     and e.title and key(e.title).startswith(stem)), key=lambda e: (e.date, e.start_time or ""))
    return coming[0] if coming else None


def _labelled(lines: list[Line], meeting_date, year, meeting_title: str | None) -> list[EventFact]:
    """`Nästa möte: 12 maj kl 13-15`, or `Planerade möten året ut:` over rows."""
    events: list[EventFact] = []
    read = 0        # the lines up to here were read as the rows of a label above
    for k, line in enumerate(lines):
        if k < read:
            continue    # `Kommande möten:` / `Mötestider hösten:` / rows: the second label's rows are read
        label = _label(line.text, line.low)
        if not label:
            continue
        is_next, own = _label_kinds(label, meeting_title)
        value = (label.group("value") or "").strip()
        # `Mötestider våren 2024: 12/2, ...`, `Kommande träffar 2026`: the label's term or year
        label_year = heading_year(line.text[:label.start("value")] if value else line.text) or year
        if value:
            found = _row(value, line, meeting_date, label_year)
            for event in found:
                event.own = own    # `Mötestider hösten 2024: 3/10, 7/11 och 5/12`
            for event in found[:1]:
                event.next_meeting = is_next
            events.extend(found)
            continue
        found, walked = _rows(lines[k + 1:], meeting_date, label_year, is_next, stop_at_text=True,
                              own_meetings=own, times=find_time_range(line.text))
        events.extend(found)
        read = k + 1 + walked
    return events


def _rows(lines: list[Line], meeting_date, year, is_next: bool, stop_at_text: bool = False,
          own_meetings: bool = False, times: TimeRange | None = None) -> tuple[list[EventFact], int]:
    """The events of the rows below a calendar's label, and how many of the lines were read
    as its rows (and the labels among them); `times`, the time its label gives them all
    (`Mötesdagar hösten 2024 (tisdagar kl. 13–15):`), for a row without its own."""
    events: list[EventFact] = []
    columns: list[str] | None = None
    starts: list[int] = []      # where the header row's columns start, in a table set apart with spaces
    shared = 0                  # the rows above the last `Samtliga ...` under rows have its time
    walked = 0
    for walked, line in enumerate(lines, 1):
        spans = column_spans(line.raw) if line.kind != "table" and "   " in line.raw else []
        cells = line.cells if line.kind == "table" or not spans else tuple(cell for _, cell in spans)
        if len(cells) >= 2:
            mapped = [CALENDAR_COLUMNS.get(key(c)) for c in cells]
            if "date" in mapped and sum(m is not None for m in mapped) >= 2 and not find_dates(line.text):
                if any(ACTION_COLUMNS.get(key(c)) == "who" for c in cells):
                    return events, walked - 1   # `Vad | Vem | När`: a table of tasks, whose dates are deadlines
                columns, starts = mapped, [start for start, _ in spans]
                continue
        if spans and starts and columns:
            cells = _under(spans, starts)   # `12 sep    09.30-12.00    Borås`: each cell under its column
        if line.kind == "table" or (columns and len(cells) >= 2):
            event = _table_row(cells, line, meeting_date, year, columns)
            found = [event] if event else []
        else:
            # `Mötestider våren 2024: 12/2, 18/3 och 22/4`: a row's own label may give the year
            opened = _label(line.text, line.low)
            value = opened.group("value") if opened else None
            row_year = heading_year(line.text[:opened.start("value")]) if value else None
            # `Kommande möten våren 2025: 14/1, 11/2 och 11/3`: the label's value is the row
            found = _row(value or line.text, line, meeting_date, row_year or year)
        if not found:
            if events and _ALL.match(line.text):    # `Samtliga möten kl. 18.00 i föreningslokalen.`
                _share(line.text, events[shared:])
                shared = len(events)
                continue
            relabel = _label(line.text, line.low)
            if relabel:
                is_next = _label_kinds(relabel)[0]
                year = heading_year(line.text) or year     # `Mötestider hösten 2024` over its rows
                times = find_time_range(line.text)
                continue
            if stop_at_text:
                return events, walked - 1
            continue
        labelled = _label(line.text, line.low)
        found[0].next_meeting = (is_next and not events) or bool(
            labelled and _label_kinds(labelled)[0])
        for event in found:
            event.own = own_meetings
            if times is not None and event.start_time is None:
                event.start_time, event.end_time = times.start, times.end
        events.extend(found)
    return events, walked


def _place(rest: str) -> str:
    """The place a row's rest names, without the preposition before it (`i Östersund`) or
    what sets it apart (`, Borås`); but `hos Ulf`, as `at_home` says."""
    return at_home(rest, _PLACE_PREFIX.sub("", rest.strip()).strip(" ,.;–-"))


def _share(text: str, events: list[EventFact]) -> None:
    """`Samtliga möten kl. 18.00 i föreningslokalen.` under a calendar's rows: the time, and
    the place after it, of each row above that gives none of its own."""
    times = find_time_range(text, hours_alone=bool(_KL.search(text)))
    if times is None:
        return
    rest = text[times.span[1]:]
    end = _SENTENCE_END.search(rest)    # `... i föreningslokalen. Kaffe finns.`
    if end:
        rest = rest[:end.start()]
    place = _place(rest) or None
    for event in events:
        if event.start_time is None:
            event.start_time, event.end_time = times.start, times.end
        if event.location is None:
            event.location = place


def _row(text: str, line: Line, meeting_date, year) -> list[EventFact]:
    """The events of one row: `20 oktober 9:00-12:00 Halmstad`, or several dates
    sharing the rest of the row: `12/2, 18/3 och 22/4, alla kl. 13-15`."""
    found_dates = find_dates(text)
    dates = [d for d in found_dates if d.kind != "term"]
    if dates and found_dates[0].kind == "term" and found_dates[0].year:
        year = found_dates[0].year      # `Möten hösten 2024: 12 september, 10 oktober`
    if not dates:
        month = _MONTH_ROW.match(text)   # `Oktober: Höstfest`: a month, the day not set yet
        if month:
            dates = [DateMatch(0, month.end("mon"), "month", month=MONTHS[month.group("mon").casefold()],
                               text=month.group("mon"))]
    if not dates or dates[0].start > 25 and not _meeting_lead(text[:dates[0].start]) and (
            _event_before(text[:dates[0].start]) is None):   # `Sommaravslutning med knytkalas 14 juni`
        return []
    if dates[0].start > 25:
        year = heading_year(text[:dates[0].start]) or year   # `Nämnden sammanträder 2026 följande datum:`
    if dates[0].start > 8 and _posting_lead(text[:dates[0].start]):
        return []       # `Protokollet justeras 2025-10-10 och anslås samma dag`: no meeting
    run = [dates[0]]
    for found in dates[1:]:
        if _LIST_GAP.fullmatch(text[run[-1].end:found.start]):
            run.append(found)
        else:
            break
    # `14 nov kl 13-15, 5 dec kl 9-11`: a date after a comma and a time opens a row of its own
    cuts = [gap.start() for before, found in zip(dates[len(run) - 1:], dates[len(run):])
            if (gap := _NEXT_ROW.search(text, before.end, found.start)) is not None
            and find_time_range(text[before.end:gap.start()], hours_alone=True) is not None]
    if cuts:
        return [event for start, end in zip([0, *cuts], [*cuts, len(text)])
                for event in _row(text[start:end].lstrip(" ,;"), line, meeting_date, year)]
    rest = text[run[-1].end:]
    sentence_end = _SENTENCE_END.search(rest) if "." in rest or "!" in rest or "?" in rest else None
    if sentence_end:
        rest = rest[:sentence_end.start() + 1]   # `23 maj kl. 10–12 via Teams. Petra skickar ...`
    start = end = None
    times = find_time_range(rest, hours_alone=bool(_KL.search(rest)), after_date=True)
    if times:
        start, end = times.start, times.end
        rest = rest[:times.span[0]] + " " + rest[times.span[1]:]
    rest = _KL.sub("", rest).strip(" ,.;–-")
    if len(run) > 1:
        rest = _ALL.sub("", rest)     # `12/2, 18/3 och 22/4, samtliga kl. 9–11 i Alafors`
    when = _WHEN.match(rest.lstrip(" ,;")) if rest[:12].lstrip(" ,;")[:1].islower() else None
    if when:        # `Söndag 13 oktober efter högmässan`: when on the day, not where
        rest = rest.lstrip(" ,;")[when.end():]
    rest = _place(rest)
    title = None
    folded = rest.casefold()
    if any(hint in folded for hint in _UNKNOWN_HINTS):
        rest = _UNKNOWN.sub("", rest).strip(" ,.;–-")
    note = _NOTE.match(rest)
    if note:
        # `8 september, heldag, Borås`, `16 januari heldag i Östersund`
        title, rest = note.group("note"), _place(rest[note.end():])
    if rest.startswith("(") and rest.endswith(")"):
        inside = rest.strip("()").strip()
        place = _BRACKET_PLACE.search(inside)
        if key(inside) in _REMOTE:
            rest = inside                                      # `(Teams)`: where, from afar
        elif place:
            title, rest = inside, place.group("place")         # `(fysiskt i Växjö)`
        else:
            title, rest = inside or None, ""                   # `(heldag)`: a note, not a place
    elif rest.startswith(":"):
        title, rest = rest[1:].strip() or None, ""           # `15 november kl. 18: Styrelsemöte`: what is on
    elif rest and rest.split(maxsplit=1)[0].rstrip(",.;").casefold().endswith(EVENT_ENDINGS):
        what = _EVENT_PLACE.search(rest)     # `15 maj Årsmöte i Bygdegården`: what, then where
        title, rest = (rest[:what.start()], at_home(what.group(0), rest[what.end():])) if what else (rest, "")
    if title is None and dates[0].start > 2:
        title = _event_before(text[:dates[0].start])
    if rest and rest.split(maxsplit=1)[0].casefold() in _TOPIC:
        title, rest = f"{title} {rest}" if title else rest, ""   # `Temakväll: 3 oktober om konsumtion`
    if title is None and when:
        title = when.group("when")
    if not rest and dates[0].start > 2:
        lead = _LEAD_PLACE.search(text[:dates[0].start])   # `Nästa träff blir i Alingsås den 14 maj`
        rest = at_home(lead.group("prep") + " ", lead.group("place")) if lead else _held_apart(text[:dates[0].start])
    events = []
    for found in run:
        event = EventFact(_iso(found, meeting_date, year), line.number, start, end, rest or None, title)
        if event.date:
            events.append(event)
    _in_order(events, run)
    return events


def _event_before(lead: str) -> str | None:
    """`Årsmöte 17 mars`, `Julfest: lördag 13 december`: what is on, written before the
    date in a word or two that end as an event's (EVENT_ENDINGS), not a weekday's `-dag`
    nor a label (`Nästa möte 12 maj`)."""
    words = lead.split()
    while words and (key(words[-1].strip(",.")) in _WEEKDAY_WORDS or words[-1] == "den"):
        words.pop()     # `Julfest: lördag den 13 december`
    lead = " ".join(words).strip(" ,:;–-")
    if (place := _LEAD_PLACE.search(lead + " ")) is not None:
        lead = lead[:place.start()]     # `Fältdag vid Svartälven 12 september`: what, then where
    words = lead.split()
    if 2 < len(words) <= _EVENT_WORDS and words[1] in _EVENT_LINKS and words[0].casefold().endswith(EVENT_ENDINGS):
        words = words[:1]   # `Resa till Ystad 14 maj`: the event's word, then where or what about
    if not 0 < len(words) <= 2 or not lead[:1].isupper() or not words[-1].casefold().endswith(EVENT_ENDINGS):
        return None
    if any(key(word) in _WEEKDAY_WORDS for word in words) or key(lead) in _PLAIN_EVENT or _label(lead):
        return None
    return lead if lead.replace(" ", "").replace("-", "").isalpha() else None


def _meeting_lead(lead: str) -> bool:
    """Is what a calendar row says before its date a sentence of words that opens with
    a meeting and leads up to its date (`Nästa träff blir i Alingsås den`, `Mötet
    därefter planeras till`), so that a date late in the row is its own?"""
    # `Nämnden sammanträder följande datum under hösten:`: a colon leads up to the dates
    colon = lead.rstrip().endswith(":")
    words = [word for word in lead.casefold().replace(",", " ").replace(":", " ").split()
             if not (len(word) == 4 and word.isdigit())]     # the year of the dates: `sammanträder 2026`
    if not (1 if colon else 2) < len(words) <= 8 or not all(word.isalpha() for word in words):
        return False
    if not colon and words[-1] not in DATE_LEADS and not _LEAD_PLACE.search(lead):
        return False
    return any(stem.endswith(MEETING_NOUNS)            # `mötet`, `träffen`, `sammanträdet`
               or colon and word in MEETING_VERBS
               for word in words[:3] for stem in (word, word[:-1], word[:-2]))


def _posting_lead(lead: str) -> bool:
    """Does what stands before a row's date say when the protocol is checked or posted
    (`Protokollet justeras`, `Datum då anslaget tas ned:`)?"""
    return any(word.startswith(POSTING_STEMS) for word in lead.casefold().split())


def _in_order(events: list[EventFact], run: list[DateMatch]) -> None:
    """`15/1, 12/2 och 11/3`, written on 3 February: a row's days without a year are in
    order, so a day that the next year would put after the days that follow it is this
    year's (a term's meetings, the first already held)."""
    if len(events) != len(run) or len(events) < 2:
        return
    for k in range(len(events) - 2, -1, -1):
        this, nxt = events[k], events[k + 1]
        if run[k].year is None and len(this.date) == 10 and len(nxt.date) == 10 and this.date > nxt.date:
            earlier = f"{int(this.date[:4]) - 1:04d}{this.date[4:]}"
            this.date = earlier if parse_iso(earlier) else this.date   # not a 29 February


def _under(spans: list[tuple[int, str]], starts: list[int]) -> tuple[str, ...]:
    """A row's cells by the header column each starts under; a column left empty stays empty."""
    cells = [""] * len(starts)
    for start, cell in spans:
        column = column_of(start, starts)
        cells[column] = f"{cells[column]} {cell}".strip()
    return tuple(cells)


# the words of EVENT_ENDINGS in their definite forms too: `Ledningsgruppen`, `Årsmötet`, `Stämman`
_EVENT_FORMS = tuple(word + ending for word in EVENT_ENDINGS for ending in ("", "en", "et", "n", "t"))


def _names_event(cell: str) -> bool:
    """Does a calendar row's cell name what is on rather than where: `Ledningsgruppen`, `Årsmöte`?"""
    words = cell.split(maxsplit=1)
    return bool(words) and words[0].rstrip(",.;").casefold().endswith(_EVENT_FORMS)


def _table_row(cells: tuple[str, ...], line: Line, meeting_date, year, columns) -> EventFact | None:
    if columns is None:
        columns = ["date", "time", "location", "title"][:len(cells)]
        if len(cells) >= 4 and _names_event(cells[2]) and not _names_event(cells[3]):
            columns[2:4] = ["title", "location"]   # `11 juni<tab>09.00–12.00<tab>Ledningsgruppen<tab>Gävle`
    values: dict[str, str] = {}
    for column, cell in zip(columns, cells):
        if column and cell:
            values.setdefault(column, cell)
    dates = find_dates(values.get("date", ""))
    if not dates:
        return None
    event = EventFact(_iso(dates[0], meeting_date, year), line.number)
    time_text = values.get("time") or values.get("date", "")[dates[0].end:]
    times = find_time_range(time_text, hours_alone="time" in values)
    if times:
        event.start_time, event.end_time = times.start, times.end
    event.location = values.get("location")
    event.title = values.get("title")
    return event if event.date else None


def _iso(found: DateMatch, meeting_date, year) -> str | None:
    """A coming date: its own year, else the year a term heading gives (`våren 2024`)
    when it is not the meeting's, else the first such day after the meeting."""
    if meeting_date is not None and (year is None or year == meeting_date.year):
        return found.iso(base=meeting_date, forward=True)
    return found.iso(base_year=year)


def _prose_next(line: Line, meeting_date, year, meeting_title) -> EventFact | None:
    """`Frågan lyfts vid nästa politikerplattform den 28 april`, `Vi ses igen den 4 april`:
    the next meeting."""
    for m in _next_leads(line):
        noun = m.groupdict().get("noun")     # none after `igen`
        if noun and not _meeting_noun(noun, meeting_title):
            continue
        after = line.text[m.end():]
        dates = find_dates(after)
        if not dates or dates[0].start > _WEEKDAY_LEAD.match(after).end() + 2:
            month = _PROSE_MONTH.match(after)     # `Nästa möte blir i januari`: a month alone
            if month is None:
                continue   # the date must follow: `nästa möte (hålls) (tisdagen) (den) 9 april`
            given = int(month.group("year")) if month.group("year") else None
            dates = [DateMatch(month.start("month"), month.end(), "month", year=given,
                               month=MONTHS[month.group("month").casefold()])]
        event = EventFact(_iso(dates[0], meeting_date, year), line.number, next_meeting=True)
        rest = line.text[m.end() + dates[0].end:]
        times = find_time_range(rest[:30], after_date=True)
        if times:
            event.start_time, event.end_time = times.start, times.end
            # the place before the time too: `hålls 8 februari i Sundsvall, kl. 10-15`
            before = rest[:times.span[0]].rstrip(" ,")
            rest = f"{before} {rest[times.span[1]:]}" if before else rest[times.span[1]:]
        place = _PROSE_PLACE.match(rest)
        if place is None or not (place.group(1)[0].isupper() or place_noun(place.group(1))):
            place = _PROSE_REMOTE.match(rest)
        if place is None and (named := _COMMA_PLACE.match(rest)) and _names_place(named.group(1)):
            place = named       # `Nästa möte 12 december kl. 18.30, Församlingshemmet`
        if place:
            event.location = at_home(rest, place.group(1))     # `i Partille`, `digitalt`, `via Teams`
        elif m.group("place"):
            event.location = at_home(m.group("prep") + " ", m.group("place"))   # `blir i Alingsås den 14 maj`
        elif m.groupdict().get("gap"):
            event.location = _held_apart(m.group("gap")) or None
        return event if event.date else None
    return None


def _names_place(text: str) -> bool:
    """`Sundsvall`, `Stadshuset`, `Region Halland`, `Kommunhuset sal 3`: a town, a building
    or a room, or an organisation's premises; not a person (`Anna skickar kallelsen`)."""
    return is_town(text) or place_noun(text) or is_org_like(text)


def _meeting_noun(noun: str, meeting_title: str | None) -> bool:
    """Does the noun after `nästa` name a meeting (`styrelsemöte`, `gång`), a body by its
    letters (`Nästa EHT: 24/4`, as `nästa LSG`), or this meeting's forum (`nästa
    politikerplattform` in its minutes)?"""
    if 2 <= len(noun) <= 5 and noun.isupper() and noun.isalpha():
        return True
    noun = key(noun)
    stem = _forum_stem(meeting_title)
    return noun.endswith(MEETING_NOUNS) or noun in NEXT_MEETING_WORDS_ALONE or bool(stem and noun.startswith(stem))


def _forum_stem(meeting_title: str | None) -> str | None:
    """The first eight letters of the title's first word (`samverka` of `Samverkansrådet +
    C-nätet`), by which a row names the same forum; None when the word is too short to."""
    stem = key(meeting_title.split()[0])[:8] if meeting_title else ""
    return stem if len(stem) >= 5 else None


def _next_leads(line: Line):
    """The matches of what leads up to a date in a line: after `nästa` and a meeting's noun
    (`_PROSE_NEXT`), or after a verb of meeting again and `igen` (`_AGAIN_TAIL`)."""
    text = line.text
    if NEXT_WORD in line.low:
        yield from _PROSE_NEXT.finditer(text)
    at = text.find(_AGAIN)
    while at != -1:
        if _meets_again(text, at):
            found = _AGAIN_TAIL.match(text, at + len(_AGAIN) - 1)
            if found is not None:
                yield found
        at = text.find(_AGAIN, at + 1)


def _meets_again(text: str, at: int) -> bool:
    """Is the word before the `igen` at `at` a verb of meeting (`ses`, `träffas`)?"""
    return text[text.rfind(" ", 0, at) + 1:at].casefold() in _MEET_AGAIN


def _held_apart(lead: str) -> str:
    """`Nästa möte hålls digitalt den 4 april`: the word of a meeting held apart in what
    leads up to a date, as its place; else ''."""
    remote = _REMOTE.intersection(lead.casefold().replace(",", " ").split())   # `blir digital, onsdag ...`
    return min(remote) if remote else ""


def _dedupe(events: list[EventFact]) -> list[EventFact]:
    seen: dict[tuple, EventFact] = {}
    for event in events:
        key = (event.date, event.start_time, event.title)
        if key in seen:
            first = seen[key]
            first.next_meeting = first.next_meeting or event.next_meeting
            first.location = first.location or event.location
            continue
        seen[key] = event
    return list(seen.values())
