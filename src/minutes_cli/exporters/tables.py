"""CSV: one table per kind of fact, each row keyed by document and line.

Plain CSV is RFC 4180 with `,`; `excel=True` writes what Swedish Excel opens
right with a double-click: `;` as separator, UTF-8 with BOM, CRLF.
"""
from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Iterator

from ..records import Minutes

_DOC = ["file", "sha256"]

TABLES: dict[str, list[str]] = {
    "meetings": _DOC + ["kind", "title", "date", "start_time", "end_time", "location", "reference",
                        "attendees", "absent", "items", "actions", "decisions", "next_meeting",
                        "adjustment_date", "adjustment_place", "paragraphs"],
    "attendance": _DOC + ["status", "name", "organization", "role", "party", "group", "attendance", "replaces",
                          "line"],
    "items": _DOC + ["number", "title", "group", "start_time", "end_time", "start_line", "end_line", "text"],
    "actions": _DOC + ["owners", "owner_mentions", "text", "item", "due", "due_text", "line", "status", "done"],
    "decisions": _DOC + ["text", "item", "line"],
    "events": _DOC + ["date", "start_time", "end_time", "location", "title", "next_meeting", "line"],
}


def rows(record: Minutes, table: str) -> Iterator[list]:
    """The rows one record gives one table."""
    doc = [os.path.basename(record.source.path) if record.source.path else "-", record.source.sha256]
    m = record.meeting
    if table == "meetings":
        nxt = record.next_meeting.date if record.next_meeting else None
        yield doc + [m.kind, m.title, m.date, m.start_time, m.end_time, m.location, m.reference,
                     len(record.attendees), len(record.absent), len(record.items), len(record.actions),
                     len(record.decisions), nxt, m.adjustment_date, m.adjustment_place, m.paragraphs]
    elif table == "attendance":
        for status, people in record.people_by_status():
            for p in people:
                yield doc + [status, p.name, p.organization, p.role, p.party, p.group, p.attendance, p.replaces,
                             p.line]
        for status, bodies in record.organizations_by_status():
            for o in bodies:    # `Förhinder: Hjo`: the organisation's row, with nobody's name
                yield doc + [status, None, o.name, None, None, o.group, None, None, o.line]
    elif table == "items":
        for i in record.items:
            yield doc + [i.number, i.title, i.group, i.start_time, i.end_time, i.start_line, i.end_line, i.text]
    elif table == "actions":
        for a in record.actions:
            yield doc + ["; ".join(a.owners), "; ".join(a.owner_mentions), a.text, a.item, a.due,
                         a.due_text, a.line, a.status, yes_no(a.done)]
    elif table == "decisions":
        for d in record.decisions:
            yield doc + [d.text, d.item, d.line]
    elif table == "events":
        nxt = record.next_meeting
        for e in record.calendar:
            is_next = nxt is not None and (e.date, e.start_time, e.line) == (nxt.date, nxt.start_time, nxt.line)
            yield doc + [e.date, e.start_time, e.end_time, e.location, e.title, "ja" if is_next else "", e.line]
    else:
        raise KeyError(table)


def yes_no(value: bool | None) -> str | None:
    """A yes or no as the CSV writes it (`ja`, `nej`), or nothing where it is not said."""
    return None if value is None else "ja" if value else "nej"


def task_state(status: str | None, done: bool | None) -> str | None:
    """How far a task has come: its status as written (`Pågår`), or what its box says."""
    return status or (None if done is None else "klar" if done else "ej klar")


def write_table(records: Iterable[Minutes], table: str, out, excel: bool = False,
                header: bool = True) -> None:
    """Write one table for many records to a text stream."""
    writer = csv.writer(out, delimiter=";" if excel else ",", lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    if header:
        writer.writerow(TABLES[table])
    for record in records:
        for row in rows(record, table):
            cells = ["" if v is None else v for v in row]
            if excel:
                cells = [_inert(c) for c in cells]
            writer.writerow(cells)


def _inert(value):
    """Excel would run a cell that starts with = + @ as a formula: quote it."""
    if isinstance(value, str) and value[:1] in ("=", "+", "@"):
        return "'" + value
    return value


def to_csv(record: Minutes, table: str = "meetings", excel: bool = False) -> str:
    out = io.StringIO()
    if excel:
        out.write("\ufeff")
    write_table([record], table, out, excel=excel)
    return out.getvalue()
