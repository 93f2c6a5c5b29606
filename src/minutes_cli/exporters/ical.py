"""iCalendar: one VEVENT per coming meeting, one VTODO per action with a due date.

Times are in Europe/Stockholm. A date without a time is an all-day event; a
month without a day (`Januari 2018`) is an all-day event on the first of the
month that says only the month is known; a date without a year cannot be
placed and is left out (and counted). UIDs come from the document's file name
and the event's own facts, so importing a re-parsed file again updates the
events instead of doubling them.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from ..records import Minutes

ZONE = "Europe/Stockholm"


@dataclass(eq=False)
class CalendarExport:
    """The iCalendar file of a batch, how many events and to-dos it holds, and what it could not hold."""

    text: bytes
    events: int = 0
    todos: int = 0
    skipped: list[str] = field(default_factory=list)   # what could not be placed, and why


def to_ical(records: list[Minutes], now: dt.datetime | None = None) -> CalendarExport:
    import icalendar

    zone = ZoneInfo(ZONE)
    stamp = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//minutes//minnesanteckningar//SV")
    cal.add("version", "2.0")
    cal.add("x-wr-timezone", ZONE)
    export = CalendarExport(b"")
    seen: set[str] = set()
    dates: list[dt.date] = []
    for record in records:
        name = os.path.basename(record.source.path or "dokument")
        forum = record.meeting.title or record.meeting.kind or "Möte"
        for event in record.calendar:
            uid = _uid(name, "event", event.date, event.start_time, event.title or event.location)
            if uid in seen:
                continue
            seen.add(uid)
            component = _event(event, forum, name, zone, export)
            if component is None:
                continue
            component.add("uid", uid)
            component.add("dtstamp", stamp)
            cal.add_component(component)
            dates.append(component.decoded("dtstart") if not isinstance(
                component.decoded("dtstart"), dt.datetime) else component.decoded("dtstart").date())
            export.events += 1
        for action in record.actions:
            if not action.due or len(action.due) != 10:
                continue
            todo = icalendar.Todo()
            todo.add("uid", _uid(name, "todo", action.due, action.text, ";".join(action.owners)))
            todo.add("dtstamp", stamp)
            todo.add("summary", _shorten(action.text))
            todo.add("due", dt.date.fromisoformat(action.due))
            owners = ", ".join(action.owners) or "ingen angiven"
            todo.add("description", f"Ansvarig: {owners}\nPunkt: {action.item or '–'}\n"
                                    f"Ur {name}, rad {action.line}")
            todo.add("status", "COMPLETED" if action.done else "NEEDS-ACTION")   # `Klar`, a ticked box
            cal.add_component(todo)
            dates.append(dt.date.fromisoformat(action.due))
            export.todos += 1
    if export.events:
        first, last = min(dates), max(dates)
        cal.add_missing_timezones(first_date=dt.date(first.year, 1, 1), last_date=dt.date(last.year + 1, 1, 1))
    export.text = cal.to_ical()
    return export


def _event(event, forum: str, name: str, zone: ZoneInfo, export: CalendarExport):
    import icalendar

    if not event.date or event.date.startswith("--"):
        export.skipped.append(f"{name}, rad {event.line}: datum utan år ({event.date})")
        return None
    component = icalendar.Event()
    summary = event.title or forum
    where = f"Ur {name}, rad {event.line}"
    if len(event.date) == 7:   # a month only
        year, month = map(int, event.date.split("-"))
        component.add("dtstart", dt.date(year, month, 1))
        component.add("dtend", dt.date(year, month, 1) + dt.timedelta(days=1))
        component.add("summary", f"{summary} (dag ej bestämd)")
        where = f"Bara månaden är angiven: {event.date}.\n" + where
    else:
        day = dt.date.fromisoformat(event.date)
        if event.start_time:
            start = dt.datetime.combine(day, dt.time.fromisoformat(event.start_time), zone)
            component.add("dtstart", start)
            if event.end_time:
                end = dt.datetime.combine(day, dt.time.fromisoformat(event.end_time), zone)
                component.add("dtend", end if end > start else end + dt.timedelta(days=1))
        else:
            component.add("dtstart", day)
            component.add("dtend", day + dt.timedelta(days=1))
        component.add("summary", summary)
    if event.location:
        component.add("location", event.location)
    component.add("description", where)
    return component


def _uid(*parts) -> str:
    digest = hashlib.sha1("|".join(str(p or "") for p in parts).encode("utf-8")).hexdigest()[:24]
    return f"{digest}@minutes"


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
