"""Dates and times as Swedish minutes write them.

`find_dates` finds every date expression in a piece of text (ISO dates, OCR'd
ISO dates with spaces, `22 september 2022`, `Torsdagen 22 september`,
`den 22:a sept.`, `22/9 2022`, `22/9-22`, `28.09.2022`, `Januari 2018`,
`v 42`, `ht 2022`); `DateMatch.iso` writes one as ISO 8601, taking a missing
year from a base date. `find_time_range` reads `kl. 15-18`, `09.00-12.00`,
`9:00 -12:00`, `15:30 – 15:50` and single times.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .. import patterns
from ..vocabulary import MONTHS, TERMS, WEEKDAYS, alternation

_DIGIT = patterns.compile(r"\d")
_DIGIT_RUN = patterns.compile(r"\d+")
_DOTTED_HINT = patterns.compile(r"\d\.\d")
_DASH_HINT = patterns.compile(r"\d\s{0,3}[-–—‑]")
_YEAR_HINT = patterns.compile(r"(?:19|20)\d\d")
# The words a form needs, looked for in the casefolded text (a literal first, so
# that `re` skips ahead quickly): a form whose word is absent is not tried.
_MONTH_HINT = patterns.compile(alternation(MONTHS))
_WORD_HINTS = {
    "text": _MONTH_HINT, "month": _MONTH_HINT,
    "week": patterns.compile(r"v(?:ecka)?\.?\s?\d"),
    "term": patterns.compile(f"(?:{alternation(TERMS)})\\s?\\d"),
}
# These forms start with a digit that no digit comes before: a match can start
# only where a run of digits does, so only those places are tried.
_DIGIT_LED = frozenset({"iso", "text", "slash", "dotted", "dashed"})
_MONTH = alternation(MONTHS)
_YEAR = r"(?:19|20)\d{2}"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_DASH = r"[-–—‑]"

_PATTERNS = (
    ("iso", patterns.compile(
        rf"(?<![\d.,/])(?P<y>{_YEAR})\s?{_DASH}\s?(?P<m>1[0-2]|0?[1-9])\s?{_DASH}\s?(?P<d>{_DAY})(?![\d])")),
    # OCR'd, with spaces around the dashes: a form of its own (it gives the same span
    # where both match, and the overlap is dropped)
    ("iso", patterns.compile(
        rf"(?<![\d.,/])(?P<y>{_YEAR})\s{{1,3}}{_DASH}\s{{1,3}}(?P<m>1[0-2]|0\d)\s{{1,3}}{_DASH}\s{{1,3}}(?P<d>{_DAY})(?!\d)")),
    # a weekday or `den` before the day is not part of the match: every reader of
    # the span skips those words, and trying them at every position is slow
    # a span of days is its first day: `2–3 oktober 2024`, `14-15/3`
    # a year may be two digits after a dash or an apostrophe: `5 mars -24`, `5 mars '24`
    # (not the day of a range: `5 mars -24 april`)
    ("text", patterns.compile(
        rf"(?<![\d/.:])(?P<d>{_DAY})(?:\s?{_DASH}\s?{_DAY})?(?::?[ae])?\.?\s*"
        rf"(?P<mon>{_MONTH})(?!\w)\.?(?:,?\s*(?P<y>{_YEAR})(?!\d)"
        rf"|\s?[-'’](?P<yy>\d{{2}})(?![\d:/–-]|[.,]\d|\s*(?:{_MONTH})(?!\w)))?", re.I)),
    ("slash", patterns.compile(
        rf"(?<![\d/.])(?P<d>{_DAY})(?:{_DASH}{_DAY})?/(?P<m>1[0-2]|0?[1-9])(?:(?:\s*{_DASH}\s*|\s+)(?P<y>{_YEAR}|\d{{2}})(?![\d:]|\.\d))?(?![\d/])")),
    ("dotted", patterns.compile(
        rf"(?<![\d.])(?P<d>{_DAY})\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>{_YEAR}|\d{{2}})(?![\d.]\d)")),
    # the day first, with dashes: `12-03-2024` (a full year only: `12-15` is a span of hours)
    ("dashed", patterns.compile(
        rf"(?<![\d.,/])(?<!{_DASH})(?P<d>{_DAY}){_DASH}(?P<m>1[0-2]|0?[1-9]){_DASH}(?P<y>{_YEAR})(?!\d)")),
    # an ISO date with full stops: `2023.10.03`
    ("dotted", patterns.compile(
        rf"(?<![\d.,/])(?P<y>{_YEAR})\.(?P<m>1[0-2]|0[1-9])\.(?P<d>[12]\d|3[01]|0[1-9])(?![\d]|\.\d)")),
    ("month", patterns.compile(rf"(?<!\w)(?P<mon>{_MONTH})\.?\s+(?P<y>{_YEAR})(?!\d)", re.I)),
    ("week", patterns.compile(rf"(?<!\w)(?:vecka|v\.?)\s?(?P<w>[1-4]\d|5[0-3]|0?[1-9])(?!\d)(?:,?\s+(?P<y>{_YEAR})(?![-/.]\d))?", re.I)),
    ("term", patterns.compile(rf"(?<!\w)(?P<t>ht|vt|hösten|våren|höstterminen|vårterminen)\s?(?P<y>{_YEAR}|\d{{2}})(?!\d)", re.I)),
)

_TIME_RANGE = patterns.compile(
    r"(?<![\d/.:,–-])(?P<kl>kl(?:ockan)?\.?\s*)?(?P<h1>[01]?\d|2[0-3])(?:[.:](?P<m1>[0-5]\d))?"
    r"\s*(?:[-–—]|till)\s*(?:kl\.?\s*|ca\.?\s*|cirka\s+)?(?P<h2>[01]?\d|2[0-4])(?:[.:](?P<m2>[0-5]\d))?(?![\d/]|[.:]\d)",
    re.I)
_BARE_HOUR = patterns.compile(r"(?<![\d.:])([01]?\d|2[0-3])(?![\d.:])")
# a single time: `kl` or minutes make an hour a time (find_time_range skips the rest)
_TIME_SINGLE = patterns.compile(
    r"(?<![\d/.:,–-])(?P<kl>kl(?:ockan)?\.?\s*)?(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?"
    r"(?![\d/]|[.:]\d)", re.I)


@dataclass(slots=True, eq=False)
class DateMatch:
    """A date expression found in text: any of year, month, day may be missing."""

    start: int
    end: int
    kind: str                      # iso | text | slash | dotted | month | week | term
    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    text: str = ""
    weekday: int | None = None     # a week's day, ISO (`tisdag v. 12`: 2), if it names one

    @property
    def has_year(self) -> bool:
        return self.year is not None

    def iso(self, base: dt.date | None = None, base_year: int | None = None,
            forward: bool = False) -> str | None:
        """ISO 8601: `YYYY-MM-DD`, `YYYY-MM` for a month, `--MM-DD` without any year.

        A missing year comes from `base` (the meeting date) or `base_year`; with
        `forward`, a day that falls before `base` is taken in the next year (a
        coming meeting in January, written in November)."""
        if self.kind == "term":
            return None
        year = self.year
        if self.kind == "week":
            if year is None and base is not None:
                year, week, _day = base.isocalendar()
                if forward and self.week < week:
                    year += 1       # `v. 14`, written in week 40: next year's
            year = year or base_year
            if year is None:
                return None
            try:
                return dt.date.fromisocalendar(year, self.week, self.weekday or 1).isoformat()
            except ValueError:
                return None
        if year is None:
            if base is not None:
                year = base.year
                if forward and self.month is not None:
                    if (self.month, self.day or 31) < (base.month, base.day):
                        year += 1
            elif base_year is not None:
                year = base_year
        if self.day is None:
            return f"{year:04d}-{self.month:02d}" if year else None
        if year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        try:
            return dt.date(year, self.month, self.day).isoformat()
        except ValueError:
            return None


_WEEK_DATE_GAP = " ,–—-(:"   # what may stand between a week and its day
# ... and a weekday with it: `v. 12, tisdag 17/3`, `vecka 44 onsdagen den 30/10`
_WEEKDAY = r"(?P<wd>" + alternation(WEEKDAYS) + r")\.?"
_WEEK_WEEKDAY_GAP = patterns.compile(rf"[\s,–—(:-]*{_WEEKDAY}(?:\s+den)?[\s,–—(:-]*", re.I)
# a week's day named after it (`v. 12 tisdag`, `vecka 12, torsdag kl 9`) or before it
# (`tisdag v. 12`, `torsdagen i vecka 12`), with no date of its own
_WEEKDAY_AFTER = patterns.compile(rf"[ \t]*,?[ \t]*{_WEEKDAY}(?!\w)", re.I)
_WEEKDAY_BEFORE = patterns.compile(rf"(?<!\w){_WEEKDAY}(?:[ \t]+i)?[ \t]+$", re.I)
# each form of WEEKDAYS (`tisdagen`, `tis`, `tors`) -> its day, Monday 0 (`date.weekday()`'s): by the
# first three letters of the day's name
WEEKDAY_INDEX = {word: next(index for index, day in enumerate(WEEKDAYS[:7]) if day.startswith(word[:3]))
                 for word in WEEKDAYS}


def find_dates(text: str) -> list[DateMatch]:
    """Every date expression in `text`, in order, without overlaps."""
    if not _DIGIT.search(text):
        return []   # every form of date has a digit: most lines are done here
    found: list[DateMatch] = []
    weekly = False      # a week's mark was found (`_WORD_HINTS`)
    low = None
    dash = None
    for kind, pattern in _PATTERNS:
        # each form has a mark without which it cannot match: skip the pattern cheaply
        if kind == "slash" and "/" not in text or kind == "dotted" and not _DOTTED_HINT.search(text):
            continue
        if kind == "iso" or kind == "dashed":
            if dash is None:
                dash = _DASH_HINT.search(text) is not None   # the dashed forms need it: asked once
            if not dash:
                continue
        if kind == "month" and not _YEAR_HINT.search(text):
            continue
        if kind in _WORD_HINTS:
            if low is None:
                low = text.casefold()
            if not _WORD_HINTS[kind].search(low):
                continue
            weekly = weekly or kind == "week"
        if kind in _DIGIT_LED:
            matches = _matches_at(pattern, text)
        else:
            matches = pattern.finditer(text)
        for m in matches:
            match = _to_match(kind, m)
            if match is not None:
                found.append(match)
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    result: list[DateMatch] = []
    for match in found:
        if result and match.start < result[-1].end:
            continue
        if result and result[-1].kind == "week" and match.day is not None and (not (
                gap := text[result[-1].end:match.start]).strip(_WEEK_DATE_GAP) or _WEEK_WEEKDAY_GAP.fullmatch(gap)):
            # `vecka 12, 2024-03-18`, `v. 14 (5/4)`: the week of the date, one expression
            start, end = result[-1].start, match.end + ("(" in gap and text[match.end:match.end + 1] == ")")
            result[-1] = replace(match, start=start, end=end, text=text[start:end])
            continue
        result.append(match)
    if weekly:      # a week's day, asked only of a line with a week's mark: most lines have none
        for k, match in enumerate(result):
            if match.kind == "week":
                result[k] = _week_day(text, match, result[k + 1].start if k + 1 < len(result) else len(text))
    return result


def _week_day(text: str, week: DateMatch, end: int) -> DateMatch:
    """`tisdag v. 12`, `v. 12 tisdag`: the week with its day, the weekday within the match."""
    after = _WEEKDAY_AFTER.match(text, week.end, end)
    before = _WEEKDAY_BEFORE.search(text, max(0, week.start - 20), week.start) if after is None else None
    found = after or before
    if found is None:
        return week
    start, stop = (week.start, after.end()) if after else (before.start(), week.end)
    return replace(week, start=start, end=stop, text=text[start:stop],
                   weekday=WEEKDAY_INDEX[found.group("wd").casefold()] + 1)


# `240503`, `20240503`: a date written as one number, at the end of a title or as a label's value
_COMPACT = patterns.compile(r"(?<![\d/.-])(?P<y>(?:19|20)?\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\s*$")


def compact_dates(text: str) -> list[DateMatch]:
    """The date a text ends with written as one number (`240503`, `20240503`), as file names
    and some templates write it, or []; not read by `find_dates`, for a number in running
    text is more often something else (a sum, a case number)."""
    found = _COMPACT.search(text) if text[-1:].isdigit() else None
    match = _to_match("iso", found) if found is not None else None
    return [match] if match is not None and match.iso() else []


def _matches_at(pattern, text: str):
    """What `pattern.finditer(text)` gives for a pattern that can match only where
    a run of digits starts: it is tried there alone."""
    run = _DIGIT_RUN.search(text)
    while run is not None:
        m = pattern.match(text, run.start())
        if m is not None:
            yield m
        run = _DIGIT_RUN.search(text, m.end() if m is not None else run.end())


def _to_match(kind: str, m) -> DateMatch | None:
    g = m.groupdict()
    year = _year(g.get("y") or g.get("yy"))
    if kind == "term":
        return DateMatch(m.start(), m.end(), kind, year=year, text=m.group(0))
    if kind == "week":
        return DateMatch(m.start(), m.end(), kind, year=year, week=int(g["w"]), text=m.group(0))
    month = MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
    day = int(g["d"]) if g.get("d") else None
    if day is not None:
        try:
            dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February stands
        except ValueError:
            return None
    return DateMatch(m.start(), m.end(), kind, year=year, month=month, day=day, text=m.group(0))


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def term_year(text: str) -> int | None:
    """The year of a term heading: `Kalendarium ht 2022` -> 2022."""
    for match in find_dates(text):
        if match.kind == "term" or match.year:
            return match.year
    return None


_BARE_YEAR = patterns.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")


def heading_year(text: str) -> int | None:
    """The year a calendar's heading gives: its term's (`Mötestider ht 2024`) or a year
    alone (`Kommande träffar 2026`)."""
    year = term_year(text)
    if year is None:
        found = _BARE_YEAR.search(text)
        year = int(found.group(0)) if found else None
    return year


@dataclass(frozen=True, eq=False)
class TimeRange:
    """A time or a time range, and where it stands in the text."""

    start: str | None
    end: str | None
    span: tuple[int, int]


def find_time_range(text: str, hours_alone: bool = False, after_date: bool = False) -> TimeRange | None:
    """The first time or time range in `text`.

    Bare hours (`15-18`) count only after `kl`, where the text is known to be
    a time (`hours_alone`, for a `Tid:` value or a time column), or, for the
    text `after_date`, as its first words (`7 mars 13–16, Trollhättan`)."""
    for m in _TIME_RANGE.finditer(text):
        if m.group("m1") or m.group("m2") or m.group("kl") or hours_alone or (
                after_date and not text[:m.start()].strip(" ,") and int(m.group("h1")) < int(m.group("h2"))):
            h1, h2 = int(m.group("h1")), int(m.group("h2"))
            if h2 == 24:
                h2 = 0
            start = f"{h1:02d}:{m.group('m1') or '00'}"
            end = f"{h2:02d}:{m.group('m2') or '00'}"
            return TimeRange(start, end, m.span())
    for m in _TIME_SINGLE.finditer(text):
        if m.group("kl") or m.group("m"):
            return TimeRange(f"{int(m.group('h')):02d}:{m.group('m') or '00'}", None, m.span())
    if hours_alone:
        bare = _BARE_HOUR.search(text)
        if bare:
            return TimeRange(f"{int(bare.group(1)):02d}:00", None, bare.span())
    return None


def parse_iso(value: str | None) -> dt.date | None:
    """A full ISO date as a date object, else None."""
    if not value or len(value) != 10 or value.startswith("--"):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
