"""Markdown: a summary of one meeting that a person wants to read.

Renders cleanly on GitHub and in pandoc: text from the document is escaped,
so a name with `|` or `*` cannot break a table or start emphasis.
"""
from __future__ import annotations

from .. import patterns
from ..records import Minutes
from .tables import task_state

_SPECIAL = patterns.compile(r"([\\`*_{}\[\]<>#|])")


def esc(text: str | None) -> str:
    """Escape Markdown's special characters; keep the text on one line."""
    if not text:
        return ""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def to_markdown(record: Minutes) -> str:
    m = record.meeting
    title = " – ".join(x for x in (m.kind, m.title) if x) or "Möte"
    out = [f"# {esc(title)}", ""]
    facts = [("Datum", m.date), ("Tid", "–".join(x for x in (m.start_time, m.end_time) if x) or None),
             ("Plats", m.location), ("Diarienummer", m.reference), ("Paragrafer", m.paragraphs),
             ("Justering", ", ".join(x for x in (m.adjustment_place, m.adjustment_date) if x) or None)]
    for label, value in facts:
        if value:
            out.append(f"- **{label}:** {esc(value)}")
    if any(v for _, v in facts):
        out.append("")
    for heading, people, bodies in (("Närvarande", record.attendees, record.organizations_present),
                                    ("Frånvarande", record.absent, record.organizations_absent)):
        if people or bodies:
            out += [f"## {heading}", ""]
            out += [f"- {_person(p)}" for p in people]
            if bodies:      # `Förhinder: Hjo, Gullspång`: members listed with none of their people
                out.append("- Organisationer utan namngiven person: " + ", ".join(esc(o.name) for o in bodies))
            out.append("")
    if record.items:
        out += ["## Punkter", ""]
        for item in record.items:
            number = f"{item.number}. " if item.number else ""
            out += [f"### {esc(number + item.title)}", ""]
            ref = item.number or item.title
            decisions = [d for d in record.decisions if d.item == ref]
            actions = [a for a in record.actions if a.item == ref]
            for d in decisions:
                out.append(f"- **Beslut:** {esc(d.text)}")
            for a in actions:
                who = ", ".join(a.owners) or "–"
                out.append(f"- **Att göra** ({esc(who)}): {esc(a.text)}")
            if decisions or actions:
                out.append("")
    if record.actions:
        # a status column where the minutes say how far any task has come
        stated = any(task_state(a.status, a.done) for a in record.actions)
        out += ["## Att göra", "", "| Vem | Vad | När |" + (" Status |" if stated else ""),
                "| --- | --- | --- |" + (" --- |" if stated else "")]
        for a in record.actions:
            status = f" {esc(task_state(a.status, a.done)) or '–'} |" if stated else ""
            out.append(f"| {esc(', '.join(a.owners)) or '–'} | {esc(a.text)} | {esc(a.due or a.due_text) or '–'} |"
                       + status)
        out.append("")
    if record.calendar:
        out += ["## Kommande möten", "", "| Datum | Tid | Plats | Rubrik |", "| --- | --- | --- | --- |"]
        for e in record.calendar:
            time = "–".join(x for x in (e.start_time, e.end_time) if x)
            out.append(f"| {esc(e.date)} | {esc(time)} | {esc(e.location)} | {esc(e.title)} |")
        out.append("")
    if record.signatories:
        out += ["## Underskrifter", ""]
        out += [f"- {_person(p)}" for p in record.signatories]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _person(p) -> str:
    replaces = f"ersätter {p.replaces}" if p.replaces else None
    extra = ", ".join(esc(x) for x in (p.role, p.organization, p.attendance, replaces) if x)
    party = f" ({esc(p.party)})" if p.party else ""
    return f"{esc(p.name)}{party}" + (f", {extra}" if extra else "")
