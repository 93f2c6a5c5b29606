"""The whole pipeline: text -> lines -> blocks -> sections -> facts -> record.

`parse_text` and `parse_file` are the library's entry points; the command line
only calls them.
"""
from __future__ import annotations

import gc
import os

from .blocks import split_blocks
from .errors import InputError
from .facts.actions import Context, complete_owners, find_actions, row_actions
from .facts.calendar import find_calendar
from .facts.decisions import (
    find_decisions,
    find_proposals,
    find_questions,
    row_decisions,
)
from .facts.header import meeting_facts
from .facts.people import directory, people_facts
from .grammar.dates import parse_iso
from .lines import split_lines
from .sections import Structure, split_sections
from .text import decode, read_bytes, sha256_hex
from .vocabulary import TASK_OWNER_LABELS

# the labels of an action that a decision's line gives: kept beside the decision
_TASK_LABELS = ("uppdrag", "beslut", "tabell", *TASK_OWNER_LABELS)

def parse_text(text: str, path: str | None = None, *, encoding: str = "utf-8",
               sha256: str | None = None, plain: bool = False):
    """Parse the text of one document of minutes into a validated record: a
    `Minutes` model, or with `plain` the same record as a dict of plain data,
    validated against the models' schema without building the models (see
    validation.py: this is what keeps `minutes parse` quick to start)."""
    if sha256 is None:
        sha256 = sha256_hex(text.encode("utf-8"))
    # The parse builds a new tree of objects and leaves no cycles among them (see
    # tests/test_pipeline.py), so a run of the cycle collector during it can free
    # nothing of it and only walks it; over a long document those walks cost more
    # than their share, the tree being larger each time. The collector is paused
    # while the document is parsed, and left as it was found.
    collecting = gc.isenabled()
    gc.disable()
    try:
        lines = split_lines(text)
        structure = split_sections(split_blocks(lines))
        data = record_data(structure, {"path": path, "sha256": sha256, "encoding": encoding,
                                       "line_count": len(lines)})
        if plain:
            from .validation import validate_plain
            return validate_plain(data)
        from .records import Minutes
        return Minutes.model_validate(data)
    finally:
        if collecting:
            gc.enable()


def parse_bytes(data: bytes, path: str | None = None, *, encoding: str | None = None,
                plain: bool = False):
    """Decode bytes (finding the encoding unless given) and parse them."""
    decoded = decode(data, path=path, encoding=encoding)
    if not decoded.text.strip(" \t\r\n\x0c\x0b\u00a0\u200b\ufeff"):
        raise InputError(path, "the file is empty" if not data else "the file holds only blank lines",
                         "Check that the export from Word or PDF wrote the text, then run minutes again")
    return parse_text(decoded.text, path, encoding=decoded.encoding,
                      sha256=sha256_hex(data), plain=plain)


def parse_file(path: str | os.PathLike, *, encoding: str | None = None, plain: bool = False):
    """Read, decode and parse one file. Raises InputError with the fix for bad input."""
    path = os.fspath(path)
    return parse_bytes(read_bytes(path), path, encoding=encoding, plain=plain)


def record_data(structure: Structure, source: dict) -> dict:
    """The facts of a document as the record's plain data (the fields of
    records.Minutes), ready to be validated."""
    meeting = meeting_facts(structure)
    people = people_facts(structure)
    meeting_date = parse_iso(meeting.date)
    calendar = find_calendar(structure.items, meeting.preamble, meeting_date, meeting.title, meeting.location,
                             (meeting.start_time, meeting.end_time) if meeting.start_time else None)
    book = directory(people)
    nxt = calendar.next_meeting
    ctx = Context(book, meeting_date, nxt.date if nxt else None)

    actions, decisions, proposals, questions = [], [], [], []
    sections = [(None, meeting.preamble, None, ())] + [(_item_ref(i), i.body, i.title, i.rows)
                                                       for i in structure.items]
    for ref, body, title, rows in sections:
        found = find_actions(body, ref, ctx, skip=people.role_lines, heading=title)
        if rows:    # minutes kept as a table: a row that names its task's owner is the task
            tasks = row_actions(rows, ref, ctx)
            stated = {task.line for task in tasks}
            found = sorted([a for a in found if a.line not in stated] + tasks, key=lambda a: a.line)
            decisions.extend(row_decisions(rows, ref))
        actions.extend(found)
        decisions.extend(find_decisions(body, ref, title, meeting.title))
        proposals.extend(find_proposals(body, ref))
        questions.extend(find_questions(body, ref))
    decided: dict[int, list[str]] = {}
    for decision in decisions:
        decided.setdefault(decision.line, []).append(decision.text)
    # a decision that gives a task (`uppdrag`, `Beslut:` with its owner, `Ansvarig:` below it)
    actions = [a for a in actions if a.label in _TASK_LABELS
               or not any(text in a.text for text in decided.get(a.line, ()))]
    for index, appendix in enumerate(structure.appendices):
        listed = {n for plist in appendix.people for n in plist.lines}
        for action in find_actions([l for l in appendix.body if l.number not in listed], None, ctx):
            action.appendix = index
            actions.append(action)
    complete_owners(actions, structure.lines, book)
    _no_task_a_place(calendar.events, actions)

    warnings = _warnings(structure, meeting, source)
    return {
        "source": source,
        "meeting": {"kind": meeting.kind, "title": meeting.title, "date": meeting.date,
                    "start_time": meeting.start_time, "end_time": meeting.end_time,
                    "location": meeting.location, "reference": meeting.reference,
                    "paragraphs": meeting.paragraphs,
                    "adjustment_date": meeting.adjustment_date, "adjustment_place": meeting.adjustment_place,
                    "lines": meeting.lines},
        "attendees": [vars(p) for p in people.attendees],
        "absent": [vars(p) for p in people.absent],
        "items": [_item(structure, i) for i in structure.items],
        "actions": [vars(a) for a in actions],
        "decisions": [vars(d) for d in decisions],
        "calendar": [_event(e) for e in calendar.events],
        "next_meeting": _event(nxt) if nxt else None,
        "signatories": [vars(p) for p in people.signatories],
        "appendices": [{"title": a.title, "start_line": a.start_line, "end_line": a.end_line,
                        "people": [vars(p) for p in people.appendix_people[k]]}
                       for k, a in enumerate(structure.appendices)],
        "warnings": warnings,
        "vacancies": [vars(v) for v in people.vacancies],
        "organizations_present": [vars(o) for o in people.organizations_present],
        "organizations_absent": [vars(o) for o in people.organizations_absent],
        "proposals": [vars(p) for p in proposals],
        "questions": [vars(q) for q in questions],
    }


def _no_task_a_place(events: list, actions: list) -> None:
    """`Resa till Ystad 14 maj, Bertil ansvarar för bokning av buss`: what a calendar row
    says after its date that the same line gives as a task is no place."""
    if events and actions:
        tasks = {(a.line, a.text.rstrip(".")) for a in actions}
        for event in events:
            if event.location and (event.line, event.location.rstrip(".")) in tasks:
                event.location = None


def _item_ref(item) -> str:
    return item.number if item.number else item.title


def _item(structure: Structure, item) -> dict:
    lines = structure.lines
    start = item.title_lines[-1]
    body = [l.raw.rstrip() for l in lines[start:item.end_line]
            if l.number not in structure.layout.furniture and structure.owner.get(l.number) != "item-group"]
    body = [l for k, l in enumerate(body) if l.strip() or (k and body[k - 1].strip())]
    while body and not body[0].strip():
        body.pop(0)
    while body and not body[-1].strip():
        body.pop()
    if item.lead:
        body.insert(0, item.lead)
    return {"number": item.number, "title": item.title, "start_line": item.heading_line,
            "end_line": item.end_line, "text": "\n".join(body), "group": item.group,
            "group_line": item.group_line, "reference": item.reference,
            "start_time": item.start_time, "end_time": item.end_time}


def _event(event) -> dict:
    return {"date": event.date, "start_time": event.start_time, "end_time": event.end_time,
            "location": event.location, "title": event.title, "line": event.line}


def _warning(code: str, message: str, line: int | None = None) -> dict:
    return {"code": code, "message": message, "line": line}


def _warnings(structure: Structure, meeting, source: dict) -> list[dict]:
    warnings: list[dict] = []
    unassigned = [l.number for l in structure.lines if not l.blank and l.number not in structure.owner]
    source["unassigned_lines"] = unassigned
    source["page_lines"] = sorted(structure.layout.furniture)
    for number in unassigned:
        warnings.append(_warning("unassigned_line", "no part of the record holds this line", number))
    if not any(not l.blank for l in structure.lines):
        warnings.append(_warning("empty", "the document has no text"))
        return warnings
    if meeting.date is None:
        warnings.append(_warning("no_date", "the document gives no meeting date"))
    strong = structure.style in ("paragraph", "numbered", "markdown", "agenda", "decimal")
    if not (structure.people or strong or meeting.kind or meeting.date or structure.closing):
        warnings.append(_warning("no_structure", "no minutes structure found (no date, no list of people, "
                                                 "no numbered items, no signature); check that this is minutes"))
    return warnings
