"""Decisions, proposals and questions: told apart from actions.

`Beslut: ...`, `Mötet beslutade att ...`, `Styrelsen beslutar` followed by
`att ...` clauses (each clause a decision of its own); `Förslag: ...`;
`Fråga: ...` with the `Svar: ...` that follows it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import patterns
from ..lines import Line
from ..vocabulary import (
    ANSWER_LABELS,
    CHAIR_FINDS,
    DECISION_ADDRESS_VERBS,
    DECISION_ADVERBS,
    DECISION_APPROVALS,
    DECISION_ASSUMING,
    DECISION_BODY_ENDINGS,
    DECISION_ELECTION_OBJECTS,
    DECISION_ELECTIONS,
    DECISION_ELECTIONS_PRESENT,
    DECISION_FILED,
    DECISION_FOLLOWING,
    DECISION_FOUND_VERBS,
    DECISION_IMPERSONAL,
    DECISION_IMPERSONAL_LEADS,
    DECISION_LABELS,
    DECISION_LEAD_ENDINGS,
    DECISION_LIST_HEADINGS,
    DECISION_MARKS,
    DECISION_NEGATIONS,
    DECISION_OBJECTS,
    DECISION_PASSIVES,
    DECISION_POSTPONED,
    DECISION_SUBJECTS,
    DECISION_VERBS,
    ELECTION_HEADINGS,
    EVERYONE,
    LABEL_SOURCE,
    MEETING_ITSELF,
    MEETING_NOUNS,
    OFFICE_LETTERS,
    PARTIES,
    PROPOSAL_HEADING_NOUNS,
    PROPOSAL_LABELS,
    PROPOSAL_STEMS,
    PROPOSAL_VERBS,
    PROPOSING_VERBS,
    PROTOCOL_HEADINGS,
    QUESTION_LABELS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    alternation,
    key,
)
from .units import (
    content,
    join_wrapped,
    line_below,
    sentence_ends_before,
    split_sentences,
    wrapped,
)

_LIST_HEADINGS = frozenset(DECISION_LIST_HEADINGS)
_LIST_HEADS = patterns.heads(DECISION_LIST_HEADINGS)
# `Beslut:`, and whose decision it is: `Socialnämndens beslut`, `Styrelsens beslut:`,
# `Kultur- och fritidsnämndens beslut`
_LABEL = patterns.compile(rf"^(?:(?:{alternation(DECISION_LABELS)})|(?-i:\p{{Lu}})[\p{{L}}-]+(?:\s+och\s+[\p{{L}}-]+)?s\s+beslut)"
                          rf"\s*(?:(?::|–|-)\s*(?P<value>.*))?$", re.I)
# the verb and what was decided, after whoever decided it
_VERB = alternation(DECISION_VERBS)
_SUBJECT = alternation(DECISION_SUBJECTS)
_ADVERB = rf"(?:(?:{alternation(DECISION_ADVERBS)})\s+)?"
_DECIDED = (rf"(?:{_VERB})\b\s*{_ADVERB}(?!\s*(?:{alternation(DECISION_POSTPONED + DECISION_NEGATIONS)})\b)"
            r":?\s*(?P<value>.*)$")
_PROSE_FORMS = (rf"(?:(?:{_SUBJECT})\s+|(?:{alternation(DECISION_IMPERSONAL_LEADS)})\s+"
                rf"(?=(?:{alternation(DECISION_IMPERSONAL)})\b))?" + _DECIDED
                + rf"|(?:{_SUBJECT})\s+(?:{alternation(DECISION_APPROVALS)})\b"
                + rf"(?!(?<=(?:{alternation(DECISION_ASSUMING)}))\s+att\b)(?P<approved>)")
_PROSE = patterns.compile(rf"^(?:{_PROSE_FORMS})", re.I)
_PROSE_AT = patterns.compile(rf"(?:{_PROSE_FORMS})", re.I)    # ... with `match(text, start)`
# a later sentence of the line that opens as `_PROSE` does, without `besl`: `Peter hälsade
# välkommen. Mötet godkände dagordningen.`, `... Vi kom överens om att ...`. Its first
# word, capitalised after `. `: a literal the engine finds fast. Counted with callgrind over
# the 60 benchmark documents, a loop over each line's sentences in Python cost 26 M, one
# search with `_PROSE`'s forms after any `[.!?]\s+` 68 M, this one on every line 26 M, after
# an `in` test of `. ` (the search's own first two characters) 20 M
_SENTENCE_END = ". "
_LATER_OPENING = patterns.compile(r"\. (?:" + alternation(
    [w[0].upper() + w[1:] for w in DECISION_SUBJECTS + tuple(v for v in DECISION_VERBS if "besl" not in v)]
    + [f"Det {verb}" for verb in DECISION_IMPERSONAL if "besl" not in verb]) + r")\b")
# `Dagordningen godkändes`: the thing decided on, then a verb in the passive; at the start
# of the line or of a later sentence
_PASSIVE = patterns.compile(
    rf"(?:^|(?<=[.!?]\s))(?!det\b)(?P<subject>\p{{Lu}}[^.!?:]{{0,80}}?)\s(?P<verb>{alternation(DECISION_PASSIVES)})\b",
    re.I)
# `Ordföranden ställer proposition på förslagen och finner att nämnden beslutat enligt
# arbetsutskottets förslag`: the chair's finding after a vote, the sentence the decision
_CHAIR_FINDS = patterns.compile(
    rf"^[^.!?]{{0,120}}?\b(?:{alternation(CHAIR_FINDS)})\s+(?:{_SUBJECT}|\p{{Lu}}[\w-]*)\s+"
    rf"(?:{alternation(DECISION_FOUND_VERBS)})\b\s*(?P<value>.*)$", re.I)
# ... after the passive's verb: an agent that is not this meeting, nor all of it (`av mötet`,
# `av alla`, `av en enig styrelse`); also after a passive verb alone (`Antogs av KF i juni`)
_BY_ANOTHER = patterns.compile(r"\s+(?:inte\s+)?av\s+(?!(?:" + alternation(MEETING_ITSELF + EVERYONE + ("en", "ett"))
                               + r")\b)(?P<agent>[\w-]+)", re.I)
# ... unless the agent is the body whose minutes these are, by the meeting's title: the
# agent's stem, then a definite ending, a joining `s` or a meeting's noun (`Styrelsemöte`,
# `Kyrkorådet i Ås`, `Socialnämndens sammanträde`), and the word ends (not `område`)
_TITLE_BODY = r"(?:{stem})(?:en|et|n|t)?s?(?:" + alternation(MEETING_NOUNS) + r")?\b"
# the same after a body the table does not name: `Kultur- och fritidsnämnden beslutar`, or
# its letters (`KPR beslutade att ...`, `AU beslutar`; not a party's, or an office's)
_BODY_PROSE = patterns.compile(
    r"^(?!(?i:" + alternation(SUBJECT_PRONOUNS + ("det", "om", "när", "hur", "innan", "eftersom", "då")) + r")\b)"
    r"(?:(?:\p{Lu}[\p{L}-]*\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*?|\p{Lu}[\p{L}-]*?)"
    r"(?:" + alternation(DECISION_BODY_ENDINGS) + r")|(?!(?:" + alternation(PARTIES + OFFICE_LETTERS)
    + r")\s)\p{Lu}{2,6})\s+" + _DECIDED)
# ... later in the sentence: after an adverbial, with the verb before its subject (`Efter
# diskussion beslutade styrelsen att ...`), or after what the sentence is about (`Motion 1
# om bänkar: årsmötet beslöt att ...`, `Julfesten: Beslutades att ...`, not `Förslag till
# beslut: nämnden beslutar att ...`); only with an `att` clause, or at the end of the line,
# the clauses below it (`Efter diskussion beslutade stämman` / `att anta de nya stadgarna`); the
# test for a proposal looks no further than the colon can stand (a long line: one scan each sentence)
_LATER = patterns.compile(
    rf"^(?:[^.!?:]{{2,60}}?\s+(?:{_VERB})\s+(?:{_SUBJECT})"
    rf"|(?![^:]{{0,61}}?(?:{alternation(PROPOSAL_STEMS)}))[^.!?:]{{2,60}}?:\s*(?:(?:{_SUBJECT})\s+)?(?:{_VERB}))"
    rf"(?:\s+{_ADVERB}(?P<value>att\s+\S.*)|\s*:?)$", re.I)
_LABEL_HEADS = patterns.heads(DECISION_LABELS)
# (the leads whole: the first four letters of `föreslogs` open `Föreningen ...` too)
_PROSE_HEADS = (patterns.heads(DECISION_SUBJECTS + DECISION_VERBS)
                + tuple(f"{lead} " for lead in DECISION_IMPERSONAL_LEADS))
_PASSIVES = tuple(DECISION_PASSIVES)
_RELATIVE = frozenset(RELATIVE_PRONOUNS)
_PRONOUNS = frozenset(SUBJECT_PRONOUNS)
# a quick test of a line before `_passive`, written out in the loop: each verb of
# DECISION_PASSIVES holds one of these, and few lines hold any (586 of the 14,235 non-blank
# lines of the 60 benchmark documents). Counted with callgrind over those documents: the
# last three endings cost 17 M instructions; asked of each section's joined text once
# instead, the six cost 8 M more; as `any()` over the verbs, or in a call, far more
_PASSIVE_TAILS = _DES, _OGS, _OLLS, _ANNS, _ALLS, _GGS, _TTERAS = ("des", "ogs", "ölls", "änns", "älls", "ggs",
                                                                  "tteras")
# ... and of an election's verbs that hold none of them (`utsågs`, `utses`, `väljs`), asked
# only under an item of elections (ELECTION_HEADINGS): three more endings asked of every
# line cost 17 M instructions over those documents
_ELECTION_TAILS = ("ågs", "ljs", "tses")
_ELECTION_HEADS = tuple(ELECTION_HEADINGS)
_ELECTIONS = frozenset(DECISION_ELECTIONS + DECISION_ELECTIONS_PRESENT)
_PRESENT_ELECTIONS = frozenset(DECISION_ELECTIONS_PRESENT)
_ELECTION_OBJECTS = tuple(f" {word} " for word in DECISION_ELECTION_OBJECTS)
_ADDRESS_VERBS = tuple(f" {verb} " for verb in DECISION_ADDRESS_VERBS)   # words of their own (`_addressed`)
# what leads the clauses below a label: `Styrelsen beslutar enligt följande`, `... föreslår kommunstyrelsen besluta`
_LEADS = tuple(DECISION_LEAD_ENDINGS) + tuple(DECISION_FOLLOWING)
_HEADING = patterns.compile(rf"^(?:{alternation(PROTOCOL_HEADINGS)})\s*(?::|$)", re.I)
# `Arbetsutskottets förslag till nämnden`, `Förslag till beslut`: a heading over the decision
# proposed, which the paragraph below words as if it were taken (`Nämnden beslutar att ...`);
# its nouns are tested with `in` before the pattern: a pattern tried on every line costs ten
# times as much
_PROPOSAL_NOUN, _DEMAND_NOUN = PROPOSAL_HEADING_NOUNS
_PROPOSAL_HEADING = patterns.compile(
    r"^(?:[\w-]+s\s+)?(?:" + alternation(PROPOSAL_HEADING_NOUNS) + r")(?:\s+till\s+[\w -]{1,40})?\s*:?$", re.I)
_CLAUSE = patterns.compile(r"^att\s+\S", re.I)
_MARK = patterns.compile(rf"\S\s*\((?:{alternation(DECISION_MARKS)})\)[.!]?$", re.I)   # `... 2027 (beslut).`
_CLAUSE_SPLIT = patterns.compile(r"(?:[,;]\s*|\s+(?:samt|och)\s+)(?=att\s)", re.I)
_JOIN_END = patterns.compile(r"(?:[,;]?\s+(?:samt|och)|[,;])\s*$", re.I)   # ... before the next `att` line
_PROPOSAL = patterns.compile(rf"^(?:{alternation(PROPOSAL_LABELS)}){LABEL_SOURCE}\s*:\s*(?P<value>.+)$", re.I)
# `Mona föreslår att rapporten läggs till handlingarna`: a passive that is proposed, not decided
_PROPOSED_THAT = patterns.compile(rf"\b(?:{alternation(PROPOSING_VERBS)})\s+att\s", re.I)
# `Kerstin Mattsson (S) och Håkan Lind (M) yrkar bifall ...`: who moves, in the line's first sentence
_MOVED = patterns.compile(rf"^\p{{Lu}}[^.!?:]{{1,80}}?\s(?:{alternation(PROPOSAL_VERBS)})\s+\w")
_QUESTION = patterns.compile(rf"^(?:{alternation(QUESTION_LABELS)}){LABEL_SOURCE}\s*:\s*(?P<value>.+)$", re.I)
_ANSWER = patterns.compile(rf"^(?:{alternation(ANSWER_LABELS)}){LABEL_SOURCE}\s*:\s*(?P<value>.+)$", re.I)


@dataclass(eq=False)
class DecisionFact:
    """A decision (`Beslut: ...`, an `att` clause)."""

    text: str
    line: int
    item: str | None = None


@dataclass(eq=False)
class ProposalFact:
    """A proposal (`Förslag: ...`)."""

    text: str
    line: int
    item: str | None = None


@dataclass(eq=False)
class QuestionFact:
    """A question (`Fråga: ...`) and the answer after it."""

    question: str
    line: int
    answer: str | None = None
    answer_line: int | None = None
    item: str | None = None


def find_decisions(lines: list[Line], item: str | None, heading: str | None = None,
                   meeting_title: str | None = None) -> list[DecisionFact]:
    """The decisions of one section's lines; under a `heading` that is a decision label
    alone (`## Beslut`), its first paragraph or list is decisions, as after `Beslut:`.
    `meeting_title` names the body whose decisions they are (`Förslaget godkändes av
    styrelsen` in a board's minutes)."""
    decisions: list[DecisionFact] = []
    open_clauses = False      # after `Styrelsen beslutar`, the `att` lines that follow
    open_paragraph = False    # after a bare `Beslut:`, the lines until a blank line
    open_list = False         # after `Styrelsen beslutade att`, the list below it
    tail = False              # the last decision ends where the line before this one ends
    proposed = False          # in the paragraph under a proposal's heading
    last_number = 0
    low_heading = heading.casefold() if heading and lines else ""
    elections = low_heading.startswith(_ELECTION_HEADS)   # `Val av justerare`: its present forms too
    if low_heading.startswith(_LABEL_HEADS) and (found := _LABEL.match(heading)) and not found.group("value") or (
            low_heading.startswith(_LIST_HEADS) and key(heading) in _LIST_HEADINGS):
        open_clauses = open_paragraph = True
        last_number = lines[0].number - 1
    for k, line in enumerate(lines):
        # `1. Nämnden tillstyrker motionen.`: without its number
        text = line.text if line.kind != "numbered" else content(line)
        low = line.low if text is line.text else text.casefold()
        gap = line.number - last_number > 1
        last_number = line.number
        if tail and wrapped(lines[k - 1], line):
            # `Det beslutades att midsommarfirandet` / `flyttas till hembygdsgården.`
            first, *rest = split_sentences(text)
            decisions[-1].text = join_wrapped(decisions[-1].text, first)
            tail = not rest
            continue
        tail = False
        if (_PROPOSAL_NOUN in low or _DEMAND_NOUN in low) and _PROPOSAL_HEADING.match(text):
            proposed, open_clauses, open_paragraph, open_list = True, False, False, False
            continue
        if proposed and not gap and not ((low.startswith(_LABEL_HEADS) or "s beslut" in low) and _LABEL.match(text)):
            # `Socialnämnden beslutar att ...` under `Arbetsutskottets förslag`, up to a label
            # of the decision (`Beslut`, `Socialnämndens beslut`)
            continue
        proposed = False
        if open_list and line.kind == "bullet" and not gap:
            if decisions and decisions[-1].line == lines[k - 1].number:
                _drop_join(decisions[-1])   # `- anslå 5 000 kr,` / `- bjuda in SKR.`: the point above
            decisions.append(DecisionFact(text, line.number, item))   # each point a decision
            tail = True
            continue
        open_list = False
        if open_paragraph and gap and not _CLAUSE.match(text):
            open_paragraph = False
        if (open_clauses or open_paragraph) and _CLAUSE.match(text):
            if decisions and _CLAUSE.match(decisions[-1].text):
                _drop_join(decisions[-1])
            decisions.extend(_clauses(text, line, item))
            tail = True
            continue
        besl = "besl" in low
        label = _LABEL.match(text) if low.startswith(_LABEL_HEADS) or (besl and "s beslut" in low) else None
        prose = None if label or not low.startswith(_PROSE_HEADS) else _PROSE.match(text)
        sentence = text
        if not (label or prose) and besl:
            label, prose, sentence = _prose_sentence(text, low)
        if not (label or prose) and besl and "(" in text and (marked := _marked(text)):
            decisions.extend(DecisionFact(one, line.number, item) for one in marked)
            continue
        if not (label or prose) and _SENTENCE_END in text and (later := _LATER_OPENING.search(text)):
            prose, sentence = _later_prose(text, later)
        passive = None
        if prose is not None and prose.groupdict().get("approved") is not None or (
                not (label or prose) and (_DES in low or _OGS in low or _OLLS in low or _ANNS in low
                                          or _ALLS in low or _GGS in low or _TTERAS in low
                                          or elections and any(tail in low for tail in _ELECTION_TAILS))
                and (passive := _passive(text, low, meeting_title)) is not None):
            first = split_sentences(sentence if passive is None else text[passive:])[0]
            decisions.append(DecisionFact(first, line.number, item))
            tail = text.endswith(first)
            continue
        found = label or prose
        if open_paragraph and not gap and not found and not _HEADING.match(text):
            if (low.rstrip(" :").endswith(DECISION_LEAD_ENDINGS) or _addressed(low)) and _clause_below(lines, k):
                open_clauses = True     # `Arbetsutskottet föreslår kommunstyrelsen besluta` / `att ...`
                continue
            decisions.append(DecisionFact(text, line.number, item))
            tail = True
            continue
        open_clauses = open_paragraph = False   # `Reservation`, `Expedieras till`: the decision ended
        if not found:
            continue
        value = (found.group("value") or "").strip()
        if value.casefold().rstrip(": ") in DECISION_FOLLOWING:
            value = ""            # `Styrelsen beslutar följande:` / `att ...`: the clauses below
        elif label and value.casefold().rstrip(" :").endswith(_LEADS) and _clause_below(lines, k):
            value = ""            # `Beslut: Styrelsen beslutar enligt följande:` / `att ...`
        if prose and value.casefold() in ("", "att") and _list_below(lines, k):
            open_list = True      # `Styrelsen beslutade att` / `- anslå 5 000 kr` / `- bjuda in ...`
            continue
        if prose and value and not _CLAUSE.match(value):
            value = sentence    # `Mötet beslutade enligt förslaget.`: the sentence is the decision
        elif value and sentence_ends_before(value, len(value) - 1) and (
                _CLAUSE.match(value) or label and _PROSE.match(value)):
            # `att bifalla motionen. Styrelsen får ...`: the clause; `Beslut: Styrelsen beslutar att
            # anlita takläggare. Ola tar in offerter.`: the sentence that says it decides
            value = split_sentences(value)[0]
        if value and not value.endswith("?"):
            decisions.extend(_clauses(value, line, item))
            open_clauses = bool(_CLAUSE.match(value))
            tail = text.endswith(value)
        elif not value:
            open_clauses = True
            open_paragraph = bool(label)
    return decisions


def _prose_sentence(text: str, low: str) -> tuple[re.Match | None, re.Match | None, str]:
    """A decision in words the line does not open with: after a body the table does not
    name, later in the sentence, or in a later sentence of the line (`Frågan diskuterades.
    Mötet beslutade att ...`, `Tre offerter har kommit in. Beslut: ...`); the match as a
    label's or as prose's, and the line from the sentence it is in on."""
    if low.find("besl", 0, 120) >= 0 and (found := _BODY_PROSE.match(text) or _LATER.match(text)):
        return None, found, text
    if " att " in low and (found := _CHAIR_FINDS.match(text)):
        return None, found, text
    if not sentence_ends_before(text, low.rfind("besl")):
        return None, None, text     # no sentence ends before the word: the line has no later one to try
    first, *later = split_sentences(text)
    start = len(first)
    for sentence in later:
        start = text.find(sentence, start)
        rest, folded = text[start:], sentence.casefold()
        if "besl" not in folded:
            continue
        if folded.startswith(_LABEL_HEADS) and (found := _LABEL.match(rest)):
            return found, None, rest
        if (folded.startswith(_PROSE_HEADS) and (found := _PROSE.match(rest))) or (
                found := _BODY_PROSE.match(rest) or _LATER.match(rest)):
            return None, found, rest
    return None, None, text


def _marked(text: str) -> list[str]:
    """`Kassan redovisades. Avgiften höjs till 300 kr (beslut).`: the sentences a bracket
    at their end marks as decided."""
    return [sentence for sentence in split_sentences(text) if _MARK.search(sentence)]


def _later_prose(text: str, opening: re.Match) -> tuple[re.Match | None, str]:
    """The decision of the first later sentence from `opening` on that holds one (see
    `_LATER_OPENING`), and the line from that sentence on."""
    while opening is not None:
        # matched where the sentence starts, not on a copy of the rest: a long line of
        # short sentences would be copied once for each
        if found := _PROSE_AT.match(text, opening.start() + 2):
            return found, text[found.start():]
        opening = _LATER_OPENING.search(text, opening.end())
    return None, text


def _passive(text: str, low: str, meeting_title: str | None) -> int | None:
    """`Dagordningen godkändes`, `Styrelsens förslag till utgiftsstat godkändes`: a decision
    in the passive, its subject one of the things a meeting decides on, or anything it lays
    to its files (`Informationen läggs till handlingarna`); in the line's first sentence or
    a later one (`Peter hälsade välkommen. Dagordningen godkändes.`); or the verb alone,
    the item's title what it decides on (`Godkändes.`). Where its sentence starts, or None."""
    if not any(word in low for word in _PASSIVES):
        return None
    if low.startswith(_PASSIVES):
        # `Godkändes utan ändringar.` under `Föregående protokoll`: the item's title its subject
        verb = next(word for word in _PASSIVES if low.startswith(word))
        if verb in _ELECTIONS and ":" in text:
            return None     # `Utses att justera: Lars Öberg`: a protocol's label of who checks it
        return None if _by_another(text, len(verb), meeting_title) else 0   # not `Antogs av kommunstyrelsen`
    for found in _PASSIVE.finditer(text):
        if _by_another(text, found.end(), meeting_title):
            continue    # `Ärendet återremitterades av Länsstyrelsen`: another body's decision
        if found.group("subject").rsplit(None, 1)[-1].casefold() in _RELATIVE:
            continue    # `... om kommunens handlingsplan som antogs i december`: told of, not taken
        if " att " in found.group("subject") and _PROPOSED_THAT.search(found.group("subject")):
            continue    # `Per Holm (SD) yrkar att ärendet återremitteras`: a proposal
        verb = found.group("verb").casefold()
        if verb in _ELECTIONS:
            if _elected(text, found, verb):
                return found.start()
            continue
        if verb.endswith(DECISION_FILED) or any(word in found.group("subject").casefold() for word in DECISION_OBJECTS):
            return found.start()
    return None


def _elected(text: str, found: re.Match, verb: str) -> bool:
    """`Till justerare valdes Mari Sjö`, `Tomas Rehn utses att justera protokollet`: an
    election, not one told of (`Eva berättade att Per valdes`) nor a task's label
    (`Arbetsgrupp utses:`): in the present, only with what the person is elected to."""
    subject = f" {found.group('subject').casefold()} "
    if (" att " in subject and not subject.startswith(" till att ")) or " om " in subject:
        return False    # (but `Till att jämte ordföranden justera protokollet valdes ...`)
    if subject.split(None, 1)[0] in _PRONOUNS:
        return False
    return verb not in _PRESENT_ELECTIONS or text[found.end():found.end() + 6].casefold().startswith(_ELECTION_OBJECTS)


def _by_another(text: str, at: int, meeting_title: str | None) -> bool:
    """Does an agent other than this meeting's body follow the passive verb ending at `at`?
    `av kommunfullmäktige`, `av styrelsen` in a working group's minutes; not `av mötet`,
    nor `av styrelsen` in the minutes of `Styrelsemöte 12 mars`."""
    found = _BY_ANOTHER.match(text, at)
    if found is None:
        return False
    agent = found.group("agent").casefold()
    if not meeting_title or not agent.endswith(DECISION_BODY_ENDINGS):
        return True
    # the noun without its definite ending, which may be `-n` or `-en` (`styrelse-n`, `nämnd-en`)
    stems = ((agent[:-2],) if agent.endswith("et") else (agent[:-1], agent[:-2]) if agent.endswith("en")
             else (agent[:-1],) if agent.endswith(("n", "t")) else (agent,))
    # a pattern for each agent, rare enough (a passive with its agent) for `re`'s own cache
    return re.search(_TITLE_BODY.format(stem="|".join(map(re.escape, stems))), meeting_title, re.I) is None


def _addressed(low: str) -> bool:
    """`Kyrkorådet föreslår kyrkofullmäktige`: a line that puts the clauses below to a body."""
    return low.rstrip(" :").endswith(DECISION_BODY_ENDINGS) and any(verb in low for verb in _ADDRESS_VERBS)


def _clause_below(lines: list[Line], k: int) -> bool:
    """Does an `att` clause stand on the line right below line `k`?"""
    below = line_below(lines, k)
    return below is not None and bool(_CLAUSE.match(below.text))


def _list_below(lines: list[Line], k: int) -> bool:
    """Does a list start on the line right below line `k`?"""
    below = line_below(lines, k)
    return below is not None and below.kind == "bullet"


def _drop_join(fact: DecisionFact) -> None:
    """`att bifalla medborgarförslaget, samt` / `att uppdra åt ...`, `- anslå 5 000 kr,` /
    `- bjuda in SKR.`: the join before the next clause or point is no part of the decision."""
    fact.text = _JOIN_END.sub("", fact.text)


def _clauses(text: str, line: Line, item: str | None) -> list[DecisionFact]:
    if not _CLAUSE.match(text):
        return [DecisionFact(text, line.number, item)]
    parts = [p.strip(" ,;") for p in _CLAUSE_SPLIT.split(text) if p.strip(" ,;")]
    return [DecisionFact(p, line.number, item) for p in parts]


_PROPOSE_HEADS = patterns.heads(PROPOSAL_LABELS)
_ASK_HEADS = patterns.heads(QUESTION_LABELS + ANSWER_LABELS)


def row_decisions(rows: list[tuple[Line, dict[str, str]]], item: str | None) -> list[DecisionFact]:
    """The decisions of an item of minutes kept as a table: its rows' `Beslut` column."""
    return [DecisionFact(cells["decision"], line.number, item) for line, cells in rows if "decision" in cells]


def find_proposals(lines: list[Line], item: str | None) -> list[ProposalFact]:
    """`Förslag: ...`, and the sentence of a member who `yrkar` (`Sofia Rask (SD) yrkar avslag.`)."""
    proposals = []
    for line in lines:
        if line.low.startswith(_PROPOSE_HEADS) and (m := _PROPOSAL.match(line.text)):
            proposals.append(ProposalFact(m.group("value").strip(), line.number, item))
        elif " yrka" in line.low and _MOVED.match(line.text):
            proposals.append(ProposalFact(split_sentences(line.text)[0], line.number, item))
    return proposals


def find_questions(lines: list[Line], item: str | None) -> list[QuestionFact]:
    questions: list[QuestionFact] = []
    for line in lines:
        if not line.low.startswith(_ASK_HEADS):
            continue
        question = _QUESTION.match(line.text)
        if question:
            questions.append(QuestionFact(question.group("value").strip(), line.number, item=item))
            continue
        answer = _ANSWER.match(line.text)
        if answer and questions and questions[-1].answer is None:
            questions[-1].answer = answer.group("value").strip()
            questions[-1].answer_line = line.number
    return questions
