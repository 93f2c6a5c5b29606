"""Who was there, who was not, who signed: people facts from the sections."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .. import patterns
from ..grammar.names import (
    Directory,
    OrganizationFact,
    PersonFact,
    VacancyFact,
    fold,
    is_org_like,
    name_like,
    parse_people_line,
    role_like,
    said_below,
    signed_for,
)
from ..lines import Line, column_of, column_spans, is_page_furniture, tab_spans
from ..sections import ItemSection, PeopleList, Structure, closing_label, signing_role
from ..vocabulary import (
    ABSENCE_MARKS,
    ABSENCE_REASONS,
    BRACKETED_ABSENCE_REASONS,
    CLOSING_LABELS,
    ELECTION_WORDS,
    MEETING_STEMS,
    OFFICER_ELECTED_VERBS,
    OFFICER_ELECTING_VERBS,
    OFFICER_ELECTIONS,
    OFFICER_FOR_MEETING,
    OFFICER_ITEM_STEMS,
    PRESENT_DESPITE_REASON,
    ROLE_LABELS,
    ROLE_SENTENCE_LEADS,
    ROLE_SENTENCE_VERBS,
    SHARED_SIGNING_ROLES,
    alternation,
    key,
)

_ROLE_LABEL = patterns.compile(
    r"^(?P<label>" + alternation(ROLE_LABELS)
    + r")\s*:\s*(?P<value>\S.*)$", re.I)
_ROLE_HEADS = patterns.heads(ROLE_LABELS)
# `Mötet leddes av Gunnel Hed, anteckningar fördes av Lars-Erik Moe.`: the roles of a sentence
_BY_LEADS = alternation([lead for lead in ROLE_SENTENCE_LEADS if lead.endswith(" av")])
_VERB_LEADS = alternation([lead for lead in ROLE_SENTENCE_LEADS if not lead.endswith(" av")])
_VERBS = alternation(ROLE_SENTENCE_VERBS)
_ROLE_SENTENCE = patterns.compile(
    rf"(?:^|(?<!\b(?-i:\p{{Lu}}))[.,;]\s+)(?:(?P<by>{_BY_LEADS})|(?P<label>{_VERB_LEADS})\s+(?:{_VERBS}))\s+"
    # the one named, up to the sentence's end or the next sentence of a role after a comma
    rf"(?P<value>(?-i:\p{{Lu}}).*?)(?=\s*(?:(?<!\b(?-i:\p{{Lu}}))[.;](?:\s|$)|$|,\s+(?:{_BY_LEADS}|(?:{_VERB_LEADS})\s+(?:{_VERBS}))\s))",
    re.I)
# ... asked of a line only when a lead's last word stands before `av` or one of the verbs
_ROLE_SENTENCE_JOINTS = {" av ": frozenset(lead.split()[-2] for lead in ROLE_SENTENCE_LEADS if lead.endswith(" av")),
                         **{f" {verb} ": frozenset(lead.split()[-1] for lead in ROLE_SENTENCE_LEADS
                                                   if not lead.endswith(" av")) for verb in ROLE_SENTENCE_VERBS}}
# `Till justerare valdes Olof Berg och Sanna Nyström`, `Leila Karimi utses att justera protokollet`,
# `... utsett Eva Strömberg att föra dagens protokoll`: the meeting's officers elected at it
# (at most twelve words: a run of capitalised words tried from each of its words is linear)
# (a word's full stop is an initial's, `E.`, or inside it: `Olof Berg. Till ...` ends the run)
_NAME_WORD = r"(?-i:\p{Lu})(?:\.|(?:[\w'-]|\.(?=[\w-]))*)(?:\s*\([^()]*\))?"
_NAME_RUN = rf"{_NAME_WORD}(?:(?:\s+och\s+|\s*&\s*|,\s*|\s+){_NAME_WORD}){{0,11}}"
_OFFICERS = alternation(OFFICER_ELECTIONS)
_OFFICER_FOR = r"(?:\s+(?:för|vid)\s+(?P<forum{0}>\w+))?"
_OFFICER_ELECTED = patterns.compile(
    rf"\btill\s+(?P<role_a>{_OFFICERS}){_OFFICER_FOR.format('_a')}\s+(?:{alternation(OFFICER_ELECTED_VERBS)})\s+(?P<names_a>{_NAME_RUN})"
    rf"|(?P<names_b>{_NAME_RUN})\s+(?:{alternation(OFFICER_ELECTED_VERBS)})\s+(?:till|att|som)\s+(?P<role_b>{_OFFICERS})(?!\w){_OFFICER_FOR.format('_b')}"
    rf"|\b(?:{alternation(OFFICER_ELECTING_VERBS)})\s+(?P<names_c>{_NAME_RUN})\s+(?:till|att|som)\s+(?P<role_c>{_OFFICERS})(?!\w){_OFFICER_FOR.format('_c')}"
    # ... and the next of a chain: `Till mötesordförande valdes Eva Ek, (till) sekreterare Ali Nasser och ...`
    rf"|(?:,|\s+och)\s+(?:till\s+)?(?P<role_d>{_OFFICERS})(?!\w){_OFFICER_FOR.format('_d')}\s+(?P<names_d>{_NAME_RUN})",
    re.I)
# ... and under a title that names one office (`Val av två justerare`), a line of names alone
# or with the verb: `Lars Pettersson och Mona Ali valdes.`, `Eva Ek.`, `Stämman valde Eva Sand och Ali Demir.`
_TITLE_OFFICE = patterns.compile(rf"\b(?P<role>{_OFFICERS})(?!\w)", re.I)
_NAMES_ELECTED = patterns.compile(
    rf"^(?:\w+\s+(?:{alternation(OFFICER_ELECTING_VERBS)})\s+)?(?P<names>{_NAME_RUN})(?:\s+(?:{alternation(OFFICER_ELECTED_VERBS)}))?\.?$")
# the offices of a meeting (`justerare`, `ordförande`, `sekreterare`): a signer's role, when none stands by the name
_OFFICES = frozenset(OFFICER_ELECTIONS.values())
# `Lotta (ej närvarande)`, `Bo Ek, sjuk` in a list of those present: not there
_NOT_THERE = frozenset(ABSENCE_MARKS + ABSENCE_REASONS + BRACKETED_ABSENCE_REASONS) - frozenset(PRESENT_DESPITE_REASON)
# `(omval, 1 år)`, `(nyval 2 år)`, `(vald på 2 år)`: an election, in brackets after the name
_ELECTED = patterns.compile(r"\([^()]*(?:\b(?:" + alternation(ELECTION_WORDS) + r")\b|\b\d\s*år\b)[^()]*\)", re.I)
_EMAIL = patterns.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# signatures side by side set apart with spaces, as a PDF export or a typed form does
_SPACE_COLUMNS = patterns.compile(r"\S\s{3,}\S")


@dataclass(eq=False)
class PeopleFacts:
    """The people of a document: present, absent, signing, in appendices."""

    attendees: list[PersonFact] = field(default_factory=list)
    absent: list[PersonFact] = field(default_factory=list)
    vacancies: list[VacancyFact] = field(default_factory=list)
    # organisations listed with none of their people: `Förhinder: Hjo, Gullspång`
    organizations_present: list[OrganizationFact] = field(default_factory=list)
    organizations_absent: list[OrganizationFact] = field(default_factory=list)
    signatories: list[PersonFact] = field(default_factory=list)
    appendix_people: list[list[PersonFact]] = field(default_factory=list)
    role_lines: set[int] = field(default_factory=set)   # lines that named people with a role


def people_facts(structure: Structure) -> PeopleFacts:
    facts = PeopleFacts()
    bodies = (facts.organizations_present, facts.organizations_absent)
    for plist in structure.people:
        _collect(plist, facts.attendees, facts.absent, facts.vacancies, bodies)
    in_header = len(structure.header)
    for at, line in enumerate(structure.header + [l for item in structure.items for l in item.body]):
        found = role_labelled(line, prose=at < in_header)
        if found:
            facts.attendees.extend(found)
            facts.role_lines.add(line.number)
    listed = None
    for item in structure.items:
        low = item.title.casefold()
        elected = _officers_elected(item, low) if any(stem in low for stem in OFFICER_ITEM_STEMS) else None
        if elected:
            listed = listed or {fold(p.name) for p in (*facts.attendees, *facts.absent)}
            facts.attendees.extend(p for p in elected if fold(p.name) not in listed)
    for appendix in structure.appendices:
        if appendix.register:    # `Närvarande: 23 medlemmar enligt bilaga 1` / `Bilaga 1 Närvarolista`
            _collect(appendix.people[0], facts.attendees, facts.absent, facts.vacancies, bodies)
    facts.attendees = _merge(facts.attendees)
    came = {fold(o.name): o for o in facts.organizations_present}
    facts.organizations_present = list(came.values())
    facts.organizations_absent = list({fold(o.name): o for o in facts.organizations_absent
                                       if fold(o.name) not in came}.values())
    present = {fold(a.name) for a in facts.attendees}
    facts.absent = [p for p in _merge(facts.absent) if fold(p.name) not in present]
    facts.signatories = _full_signers(signatories(structure.closing), facts.attendees)
    for appendix in structure.appendices:
        present: list[PersonFact] = []
        for plist in appendix.people:
            _collect(plist, present, present, [])
        facts.appendix_people.append(present)
    _fill_organisations(facts)
    return facts


def role_labelled(line: Line, prose: bool = False) -> list[PersonFact]:
    """`*Samtalsledare:* Anna Berg och Per Lind` names people with a role; with `prose` (the
    header's lines), a sentence too: `Mötet leddes av Gunnel Hed, anteckningar fördes av ...`."""
    found = _ROLE_LABEL.match(line.text) if line.low.startswith(_ROLE_HEADS) and ":" in line.text else None
    if not found:
        return _role_sentences(line) if prose and any(
            _word_before(line.low, joint, words) for joint, words in _ROLE_SENTENCE_JOINTS.items()) else []
    role = ROLE_LABELS[key(found.group("label"))]
    if "(" in found.group("value") and _ELECTED.search(found.group("value")):
        return []   # `Ordförande: Lena Borg (omval, 1 år)`: the board's chair elected, not the meeting's
    parsed = parse_people_line(found.group("value"), line.number, single=True)
    if parsed is None:
        return []
    for person in parsed.people:
        person.role = person.role or role
    return parsed.people


def _word_before(low: str, joint: str, words: frozenset) -> bool:
    """Does one of `words` stand right before `joint` (` av `) in a line?"""
    at = low.find(joint)
    while at > 0:
        if low[low.rfind(" ", 0, at) + 1:at] in words:
            return True
        at = low.find(joint, at + 1)
    return False


def _role_sentences(line: Line) -> list[PersonFact]:
    """`Mötet leddes av Gunnel Hed, anteckningar fördes av Lars-Erik Moe.`, `Ordförande för
    mötet var Eva Ek.`: the people a sentence names with the role they held."""
    people = []
    for found in _ROLE_SENTENCE.finditer(line.text):
        parsed = parse_people_line(found.group("value"), line.number, single=True)
        if parsed is None:
            continue
        role = ROLE_SENTENCE_LEADS[key(found.group("by") or found.group("label"))]
        for person in parsed.people:
            person.role = person.role or role
        people.extend(parsed.people)
    return people


def _officers_elected(item: ItemSection, title: str) -> list[PersonFact]:
    """The meeting's officers an item of elections names (`_OFFICER_ELECTED`), who were
    there: a chair or a secretary only when the words or the item's title name the meeting."""
    people = []
    for number, text in [(item.heading_line, item.lead or "")] + [(line.number, line.text) for line in item.body]:
        chain = -1      # where the last election read ended: the next of a chain starts there
        for found in _OFFICER_ELECTED.finditer(text) if text else ():
            tag = next(tag for tag in ("_a", "_b", "_c", "_d") if found.group("names" + tag))
            if tag == "_d" and found.start() != chain:
                continue
            chain = found.end()
            office = key(found.group("role" + tag))
            forum = (found.group("forum" + tag) or "").casefold()
            if office in OFFICER_FOR_MEETING and not (forum.startswith(MEETING_STEMS)
                                                      or any(stem in title for stem in MEETING_STEMS)):
                continue
            people.extend(_elected_people(found.group("names" + tag), number, office))
    if not people and (office := _title_office(title)) is not None:
        for line in item.body:
            if (found := _NAMES_ELECTED.match(line.text)) is not None:
                people.extend(_elected_people(found.group("names"), line.number, office))
    return people


def _title_office(title: str) -> str | None:
    """The one office an item's title names the election of (`val av två justerare`), but a
    chair or a secretary only of the meeting (`val av mötesordförande`, `... för stämman`)."""
    offices = {key(found.group("role")) for found in _TITLE_OFFICE.finditer(title)}
    if len(offices) != 1:
        return None
    office = offices.pop()
    if office in OFFICER_FOR_MEETING and not any(stem in title for stem in MEETING_STEMS):
        return None
    return office


def _elected_people(names: str, number: int, office: str) -> list[PersonFact]:
    """The people of an election's names, each with the office they were elected to."""
    parsed = parse_people_line(names, number, single=True)
    for person in parsed.people if parsed else ():
        person.role = person.role or OFFICER_ELECTIONS[office]
    return parsed.people if parsed else []


def _collect(plist: PeopleList, present: list, absent: list, vacancies: list,
             bodies: tuple[list, list] | None = None) -> None:
    """The people of a list, each with those present or those absent, and its seats with
    nobody in them; its organisations with none of their people into `bodies` (present, absent)."""
    for entry in plist.entries:
        listed_present = entry.presence == "present"
        for person in entry.people.people:
            if listed_present:
                there = not (person.attendance and person.attendance.casefold() in _NOT_THERE)
            else:
                there = person.replaces is not None     # `Per Sund (KD), ersatt av Lisa Åström (C)`: she came
            (present if there else absent).append(person)
        absent.extend(entry.people.replaced)   # `Lisa Åström (C) ersätter Per Sund (KD)`
        vacancies.extend(entry.people.vacancies)
        if bodies is not None:
            bodies[entry.presence != "present"].extend(entry.people.organizations)


def _give_roles(people: list[PersonFact], roles: list[str | None], under: bool = False) -> None:
    """Roles for people in columns; a role `under` the name says more than the label above it."""
    for person, role in zip(people, roles):
        person.role = role if under else person.role or role


def _merge(people: list[PersonFact]) -> list[PersonFact]:
    """One entry a person: a second mention fills what the first left out."""
    seen: dict[str, PersonFact] = {}
    for person in people:
        key = fold(person.name)
        if key in seen:
            first = seen[key]
            for attr in ("organization", "role", "party", "email", "nickname", "attendance", "replaces"):
                if getattr(first, attr) is None:
                    setattr(first, attr, getattr(person, attr))
        else:
            seen[key] = person
    return list(seen.values())


def _full_signers(signers: list[PersonFact], attendees: list[PersonFact]) -> list[PersonFact]:
    """`/Tomas` signs for the attendee `Tomas Berg`, when no other attendee is a Tomas; a
    signer with no role the office an attendee of that name holds at the meeting."""
    by_first: dict[str, list[str]] = {}
    for person in attendees:
        by_first.setdefault(fold(person.name.split()[0]), []).append(person.name)
    if any(signer.name.count(" ") >= 3 for signer in signers):
        signers = [two for signer in signers for two in _two_signers(signer, attendees)]
    offices = {fold(p.name): p.role for p in attendees if p.role in _OFFICES}
    for signer in signers:
        names = by_first.get(fold(signer.name), ()) if " " not in signer.name else ()
        if len(names) == 1 and " " in names[0]:
            signer.name = names[0]
        if signer.role is None:
            # `Eva Sand      Ali Demir` under the chair's signature, elected `justerare` at the meeting
            signer.role = offices.get(fold(signer.name))
    return _merge(signers)


def _two_signers(signer: PersonFact, attendees: list[PersonFact]) -> list[PersonFact]:
    """`Britt Nord Kent Lax`: two attendees' names that a PDF export ran together on the
    line under two places to sign, read as two signers; any other name as it is."""
    words = signer.name.split()
    known = {fold(p.name) for p in attendees}
    for cut in range(2, len(words) - 1):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        if fold(first) in known and fold(second) in known:
            return [replace(signer, name=first), replace(signer, name=second)]
    return [signer]


def _fill_organisations(facts: PeopleFacts) -> None:
    """A person listed without organisation gets the one the signature block gives."""
    known = {fold(p.name): p for p in facts.signatories if p.organization}
    for person in facts.attendees:
        if person.organization is None and fold(person.name) in known:
            person.organization = known[fold(person.name)].organization


def signatories(closing: list[Line]) -> list[PersonFact]:
    """The people of the signature block, each with the role its label or line gives."""
    people: list[PersonFact] = []
    role: str | None = None
    pending_roles: list[PersonFact] = []
    named: list[PersonFact] = []        # the people of the line just before
    named_at = 0                        # ... and its number
    roles_above: list[str | None] | None = None   # a row of roles, the names in the row below
    above_starts: list[int] = []        # ... and where each of its columns starts
    kept_columns: tuple[list[int], list[str | None], int] | None = None   # ... kept for a name below the row
    labelled = False                    # the row of names just read had its roles from above
    shared = 0                          # the line of the last name a shared role went to
    row_at = 0                          # the line of the last row of names in columns
    for k, line in enumerate(closing):
        if line.kind == "rule":    # a line to sign on, between a role and its name
            continue
        if shared:
            # `Justeras` / `Inga Berg` / `Sven Mattsson`: the label's role goes on to the
            # name right below, not past a blank line
            role = role if line.number == shared + 1 else None
            shared = 0
        text = line.text
        spans = _space_columns(line) if line.kind != "table" else _tab_columns(line)
        cells = list(line.cells) if line.kind == "table" and not spans else [cell for _, cell in spans]
        given = _labels_then_name(cells)
        if given is not None:
            # `Sekreterare   Jan Bergh`, `Underskrifter   Sekreterare   Anders Borg`: labels
            # and the name they give a role, not columns
            opened, cells = ("", given, cells[-1]), []
        else:
            opened = closing_label(text) if not cells else None
        if len(cells) >= 2 and ":" in cells[0] and not any(":" in cell for cell in cells[1:]):
            head = closing_label(cells[0])
            if head is not None and head[2]:
                # `Justeras: Leif Andersson   Eva-Lena Bäck`: the label's value goes on in columns
                opened, cells = (head[0], head[1], ", ".join([head[2], *cells[1:]])), []
        under = named if named_at == line.number - 1 else []
        named = []
        if opened and under and not opened[2] and opened[1] and not (
                any(p.role for p in under) and _name_below(closing, k)):
            # `Lena Fahlén` / `ordförande`: the role under the name; not the label of the
            # name below it, under a name a label above gave its role (`Sekreterare` /
            # `Petter Lund` / `Ordförande` / `Karin Sjö`)
            for person in under:
                person.role = opened[1]
            role = None
            continue
        if opened:
            _label, role, value = opened
            if value:
                found = parse_people_line(value, line.number, single=True)
                if found:
                    for person in found.people:
                        person.role = person.role or role
                    people.extend(found.people)
                    role = None
            continue
        if under and not cells and (whom := signed_for(text)):
            for person in under:    # `Karin Öst` / `För arbetsgivaren`
                person.organization = person.organization or whom
            continue
        if len(under) == 1 and not cells and said_below(under[0], text, line.number):
            # `Maria Öberg` / `Samordnare, Vård- och omsorgsförvaltningen`: what the signer is,
            # or where from (`Petra Nyholm` / `Samordnare` / `Länsstyrelsen i Västra Götalands län`)
            named, named_at = under, line.number     # the next line may say more of them
            continue
        email = _EMAIL.search(text) if "@" in text else None
        if email and people and len(text) < 80 and not name_like(text.split(",")[0]):
            people[-1].email = people[-1].email or email.group(0)
            continue
        if (cells and row_at == line.number - 1 and len(cells) == len(pending_roles)
                and None in map(_column_role, cells) and _describes_row(cells)):
            # `Karin Öst   Maria Svensson` / `Förvaltningschef   Kommunal` (or `För Kommunal`):
            # what each signer in the row above is, or whom they sign for
            for person, cell in zip(pending_roles, cells):
                if role_like(cell) and not signed_for(cell):
                    person.role = person.role or (cell[:1].lower() + cell[1:] if cell[1:2].islower() else cell)
                else:
                    person.organization = person.organization or signed_for(cell) or cell
            continue
        if cells:
            roles = [_column_role(c) for c in cells]
            roles = None if None in roles else [given for given in roles if given]   # `Underskrifter` gives none
            if roles is not None and len(roles) < 2:
                role = roles[0] if roles else None   # `Underskrifter   Sekreterare ....`: one label, its name below
                continue
            if roles and len(pending_roles) == len(roles) and not (labelled and _name_below(closing, k)):
                _give_roles(pending_roles, roles, under=True)   # `Birgitta Holm   Eva Lind` / `Ordförande   Justerare`
                pending_roles = []
                continue
            pending_roles = []
            if roles:
                roles_above = roles     # `Ordförande   Justerande`: the names in the row below
                above_starts = [start for start, _ in spans] if len(spans) == len(roles) else []
                continue
            starts = []
            for column, cell in enumerate(cells):
                found = parse_people_line(cell, line.number, single=True)
                if found:
                    for person in found.people:   # `Justeras` / `Bengt Holm   Erik Sand   Maja Lund`
                        person.role = person.role or role
                    people.extend(found.people)
                    pending_roles.extend(found.people)
                    row_at = line.number
                    starts.extend([spans[column][0] if spans else -1] * len(found.people))
            role = None
            if roles_above and len(pending_roles) == len(roles_above):
                _give_roles(pending_roles, roles_above)   # ... and keep them for a row of roles below,
            elif roles_above and above_starts and spans:
                # `Vid protokollet     Justeras` / `Karin Lind     Ulla Berg     Sven Ek`: each
                # name takes the role of the label it stands under
                _give_roles(pending_roles, [roles_above[column_of(start, above_starts)] for start in starts])
            # ... unless names stand right below that row: `Sekreterare   Ordförande` / names /
            # `Justerare   Justerare` / names
            labelled = bool(roles_above)
            # (not under tabs: a line of one name has no tab stops to read them by)
            kept_columns = ((above_starts, roles_above, line.number)
                            if roles_above and above_starts and line.kind != "table" else None)
            roles_above = None
            continue
        roles_above = None
        found = parse_people_line(text, line.number, single=True)
        if found and found.people:
            indent = len(line.raw) - len(line.raw.lstrip())
            if kept_columns and kept_columns[2] == line.number - 1 and indent:
                # `Vid protokollet     Justeras` / `Eva Ek     Nils Åberg` / `     Berit Sand`:
                # a name set out under a column of the row above takes that column's role
                role = role or kept_columns[1][column_of(indent, kept_columns[0])]
                kept_columns = (*kept_columns[:2], line.number)
            for person in found.people:
                person.role = person.role or role
            people.extend(found.people)
            named, named_at = found.people, line.number
            shared = line.number if role in SHARED_SIGNING_ROLES else 0
            role = role if shared else None
    return _merge(people)


def _describes_row(cells: list[str]) -> bool:
    """`Förvaltningschef   Kommunal`, `För arbetsgivaren   För Kommunal`: a row under a row of
    signers' names that says what each is or whom each signs for, and names nobody."""
    told = [bool(signed_for(c) or role_like(c) or is_org_like(c)) for c in cells]
    return any(told) and all(t or " " not in c for t, c in zip(told, cells))


def _name_below(closing: list[Line], k: int) -> bool:
    """Does a name stand on the line right below closing line `k`?"""
    below = closing[k + 1] if k + 1 < len(closing) else None
    return (below is not None and below.number == closing[k].number + 1
            and parse_people_line(below.text, below.number, single=True) is not None)


def _space_columns(line: Line) -> list[tuple[int, str]]:
    """`Anna Karlsson        Bo Ek`: the columns of a line set out with runs of spaces or
    lines to sign on, each with where it starts; none for a line of one column. A page's
    furniture in a column of its own (`Paragrafer 45–52`) is no column."""
    raw = line.raw
    if not (_SPACE_COLUMNS.search(raw) or "....." in raw or "……" in raw):
        return []
    spans = [(start, cell) for start, cell in column_spans(raw) if not is_page_furniture(cell)]
    return spans if len(spans) > 1 else []


def _tab_columns(line: Line) -> list[tuple[int, str]]:
    """The cells of a row of a table set apart with tabs, each with where it starts (see
    `tab_spans`): `Vid protokollet<tab><tab>Justeras` / `Elin Dahl<tab><tab>Stig Ek<tab><tab>
    Maria Lund`; none for a table with pipes, whose cells stand where their row puts them.
    A page's furniture in a cell of its own (`Paragrafer 34–39`) is no column, as with spaces."""
    spans = tab_spans(line.raw) if "\t" in line.raw and "|" not in line.raw else []
    return [(start, cell) for start, cell in spans if not is_page_furniture(cell)] if len(spans) == len(line.cells) else []


def _labels_then_name(cells: list[str]) -> str | None:
    """The role a row of signature labels gives the one name that ends it, or None for
    a row of another shape."""
    if len(cells) < 2 or _column_role(cells[-1]) is not None:
        return None
    roles = [_column_role(cell) for cell in cells[:-1]]
    return None if None in roles or not any(roles) else [role for role in roles if role][-1]


def _column_role(cell: str) -> str | None:
    """The role a column of signature labels gives the name in it or under it: `Ordförande`,
    `Justeras`; '' for a label that gives none (`Underskrifter`); None for no label."""
    label = key(cell.rstrip(":"))
    role = ROLE_LABELS.get(label) or signing_role(label)
    return role if role is not None else ("" if label in ROLE_LABELS or label in CLOSING_LABELS else None)


def directory(facts: PeopleFacts, extra_names: list[str] = ()) -> Directory:
    """Everyone the document names, ranked: attendees first, then signatories,
    the absent, people in appendices, and full names in the text."""
    book = Directory()
    for rank, group in enumerate((facts.attendees, facts.signatories, facts.absent)):
        for person in group:
            book.add(person.name, rank, person.nickname)
            book.add_org(person.organization)
            if rank < 2:
                book.add_role(person.role, person.name)
    for people in facts.appendix_people:
        for person in people:
            book.add(person.name, 3)
            book.add_org(person.organization)
    for name in extra_names:
        book.add(name, 4)
    return book
