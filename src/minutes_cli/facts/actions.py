"""Actions: who is to do what, by when.

Two families (see SWEDISH_MINUTES.md): labelled lines (`Hemläxa:`, `Ansvarig:`,
`Arbetsgrupp utses:`, `Att göra:`, ...) and sentences whose subject is a person
or an organisation and whose verb commits it to future work (`Karin skickar ut
ppt`, `Nästa gång ska Mölndal delge ...`). A person may commit in the present
tense (`Annika undersöker`); an organisation only with a modal (`Mölndal ska`),
since `Kungsbacka undersöker möjligheten` reports what a member is doing.
Report verbs (`informerar`, `berättar`) never make an action.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .. import patterns
from ..grammar.dates import WEEKDAY_INDEX, DateMatch, find_dates
from ..grammar.names import (
    Directory,
    full_names,
    is_initials,
    is_org_like,
    name_like,
    role_word,
)
from ..lines import Line
from ..vocabulary import (
    ACT_NOUN_ENDINGS,
    ACTION_COLUMNS,
    ACTION_DONE,
    ACTION_LABELS,
    ACTION_OPEN,
    ANSWER_LABELS,
    BEFORE_WORDS,
    CLAUSE_SUBJECTS,
    COLLECTIVE_OWNERS,
    COMMISSION_GIVE_VERBS,
    COMMISSION_NOUN_LINKS,
    COMMISSION_NOUNS,
    COMMISSION_RECEIVE_VERBS,
    COMMISSION_STEM,
    COMMISSION_VERBS,
    COMMITMENT_VERBS,
    COUNT_WORDS,
    DATED_TASK_WORDS,
    DAY_ALONE_NOT_DUE,
    DEADLINE_WORDS,
    DECISION_LABELS,
    DECISION_VERBS,
    DEFINITE_ENDINGS,
    DUE_LABELS,
    DUE_SENTENCE_WORDS,
    EVERYONE,
    EVERYONE_GROUPS,
    EVERYONE_STATE_SUPINES,
    EVERYONE_STATE_VERBS,
    FUTURE_MODALS,
    GAPPED_WORDS,
    GROUP_OWNERS,
    INFINITIVE_LEADS,
    IRREGULAR_PASSIVES,
    LABEL_SOURCE,
    MIDDLE_ADVERBS,
    MONTH_DEADLINE_WORDS,
    MONTH_PARTS,
    MONTHS,
    NAME_PARTICLES,
    NEXT_MEETING_NOUNS,
    NEXT_MEETING_WORDS,
    NEXT_MEETING_WORDS_ALONE,
    NEXT_WORD,
    NOBODY,
    NOT_AGENT_TASK_PASSIVES,
    NOT_INFINITIVES,
    NOT_NAMES,
    NOT_TASK_VERBS,
    OBJECT_SPLIT_VERBS,
    ORG_COMMITMENT_VERBS,
    ORG_UNIT_NOUNS,
    ORG_WORDS,
    OWN_BODIES,
    OWN_BODY_ENDINGS,
    OWNER_ARROWS,
    OWNER_LABELS,
    OWNING_ALONE,
    PARTNER_WORDS,
    PASSIVE_PARTICLES,
    PERFECT_AUXILIARIES,
    PRESENT_PASSIVES,
    PROPOSAL_LABELS,
    QUESTION_LABELS,
    REPORT_VERBS,
    REPORTED_THAT_VERBS,
    REPORTER_PRONOUNS,
    REQUEST_VERBS,
    SEASON_DEADLINES,
    SEASON_SPAN_WORDS,
    SHORT_INFINITIVES,
    SOON_DEADLINES,
    SPAN_DEADLINE_WORDS,
    SPAN_UNITS,
    STATE_VERBS,
    STATUS_LABELS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TASK_BOXES_OPEN,
    TASK_BOXES_TICKED,
    TASK_OWNER_LABELS,
    TODO_HEADINGS,
    TOGETHER_TASK_VERBS,
    WEAK_ACTION_LABELS,
    WEEK_AHEAD_DEADLINES,
    WEEK_DEADLINE_WORDS,
    WEEK_WORDS,
    WEEKDAYS,
    alternation,
    key,
)
from .units import (
    Sentence,
    content,
    join_wrapped,
    line_below,
    sentence_ends_before,
    sentences,
    split_sentences,
    wrapped,
)

_LABEL_ALT = alternation(ACTION_LABELS)
# `Hemläxa till nästa träff:`, `Uppdrag till Mona:`, `Åtgärd (Mona):`: a label may say by
# when, or for whom, before its colon; after a comma too (`Åtgärd: ny plan, ansvarig: Rut`)
_ACTION_LABEL = patterns.compile(
    rf"(?:^|(?<=[.!?;,(–—])|(?<=\s-))\s*(?P<label>{_LABEL_ALT})(?:\s+(?:till|inför)\s+(?P<whom>[^:.!?]{{1,40}}?)"
    rf"|\s*\((?P<who>[^():.!?]{{2,40}})\))?(?:\s*:\s*|\s*(?=[.!]))",
    re.I)

# a comma, a dash, `och` or `men`, and a clause with a name for its subject (found with `str.find`: a
# pattern of the marks, tried at every character of every clause, cost 26 M instructions
# over the 60 benchmark documents)
_SPLICE_MARKS = (", ", "; ", " – ", " - ", " — ", " och ", " men ")
_TODO_HEADINGS = frozenset(TODO_HEADINGS)
_TODO_HEADS = patterns.heads(TODO_HEADINGS)
_TODO_LENGTH = 40   # the longest to-do heading (`Åtgärder till styrgruppens nästa möte`)
_TODO_WHOM = patterns.compile(r"\s+(?:till|inför)\s+")
# `Fråga:` (what is asked: no sentence of it commits), `Svar:` (any sentence of it may),
# `Beslut:` (any sentence may: `Beslut: Rut tar fram ett förslag`, a task decided on),
# `Förslag:` (a sentence after the proposal's may)
_OTHER_LABEL = patterns.compile(
    r"^(?:(?P<asked>" + alternation(QUESTION_LABELS) + r")|(?P<answer>" + alternation(ANSWER_LABELS)
    + r")|(?P<decided>" + alternation(DECISION_LABELS) + r")|" + alternation(PROPOSAL_LABELS) + r")"
    + LABEL_SOURCE + r"\s*:", re.I)
# `tar frågan vidare`, `tar upp det med`: a verb, its object of a few lower-case words (no
# negation) where OBJECT_SPLIT_VERBS write `…`, and what follows it (a particle, `med`).
# Swedish letters, not `\p{Ll}`: `re` has no such class, and the one patterns.py writes for it,
# in each of the three patterns of `_VERB_ALT`, cost 10 ms to compile at a first start
_OBJECT_SPLIT = "|".join(
    r"\s+".join(verb.split()) + r"(?:\s+(?!(?:inte|ej|aldrig)\b)(?-i:[a-zåäöé])[\w-]*){1,3}\s+"
    + r"\s+".join(particle.split())
    for verb, _, particle in (entry.partition(" … ") for entry in OBJECT_SPLIT_VERBS))
_VERB_ALT = f"{alternation(COMMITMENT_VERBS)}|{_OBJECT_SPLIT}"
_COMMIT = patterns.compile(rf"^(?:{_VERB_ALT})(?!\w)", re.I)
_MODAL = patterns.compile(r"^(?:" + alternation(FUTURE_MODALS)
                       + r")(?!\w)", re.I)
# What follows a subject, in this order: a negation or report verb (no task), a modal, a
# commitment verb; one pattern, since it is asked after every subject found
_AFTER_SUBJECT = patterns.compile(
    r"^(?:(?P<stop>(?:inte|ej|icke|aldrig)\b|(?:" + "|".join(REPORT_VERBS) + r")(?!\w))"
    r"|(?P<modal>(?:" + alternation(FUTURE_MODALS) + r")(?!\w))"
    r"|(?P<commit>(?:" + _VERB_ALT + r")(?!\w)))", re.I)
_ADVERB = patterns.compile(r"^(?:" + "|".join(MIDDLE_ADVERBS) + r")\s+", re.I)
# `... och återkommer`, `... och ska ...`: a second verb, one that commits, after `och`
_AND_COMMIT = patterns.compile(
    r"\soch\s+(?:(?P<modal>" + alternation(FUTURE_MODALS) + r")|(?:" + _VERB_ALT + r"))(?!\w)", re.I)
_SUBORDINATOR_SET = frozenset(SUBORDINATORS)
_INFINITIVE_LEADS = frozenset(INFINITIVE_LEADS)
_TOPIC_LENGTH, _TOPIC_WORDS = 50, 5   # the topic before a colon and a sentence: `Julfesten: Mona bokar ...`
_COMMISSION = patterns.compile(
    rf"\b(?:(?:{alternation(COMMISSION_VERBS)})\s+åt\s+"
    rf"|(?:{alternation(COMMISSION_NOUNS)})\s+(?:{alternation(COMMISSION_NOUN_LINKS)})\s+"
    rf"|(?:{alternation(COMMISSION_GIVE_VERBS)})\s+(?=\S+(?:\s+\S+){{0,3}}\s+i\s+uppdrag\b)"
    rf"|(?:{alternation(REQUEST_VERBS)})\s+(?=\S+(?:\s+\S+){{0,3}}\s+att\s))", re.I)
_REQUESTS = tuple(f" {verb} " for verb in REQUEST_VERBS)
_REQUEST_SET = frozenset(REQUEST_VERBS)
# `Förvaltningen får i uppdrag att ...`: who is given the task stands before the verb
_COMMISSION_RECEIVED = patterns.compile(
    rf"(?:^|\s)(?:{alternation(COMMISSION_RECEIVE_VERBS)})\s+i\s+uppdrag\s+att\s+\S", re.I)
# `uppdra åt förvaltningen att ...`, `ge kultur- och fritidsförvaltningen i uppdrag att ...`,
# `uppdra åt tekniska nämnden att ...`: who is given the task, named by a noun in its
# definite form (after an adjective in its own), not a name; or by a unit's noun and
# what it does: `uppdra åt sektor samhällsbyggnad att ...`
_COMMISSIONED_BODY = patterns.compile(
    r"^(?P<who>(?:\p{Ll}[\w]*-\s+och\s+|\p{Ll}\w*[ae]\s+)?\p{Ll}[\w-]*(?:en|et|n)(?:\s+för\s+\p{Ll}[\w-]*)?"
    r"|(?:" + alternation(ORG_UNIT_NOUNS) + r")\s+\p{L}[\w-]*(?:\s+och\s+\p{Ll}[\w-]*)?)"
    r"(?=\s+(?:i\s+uppdrag\s+)?att\s)")
_COMMISSION_TASK = patterns.compile(r"^\s*(?:i\s+uppdrag\s+)?att\s+\S", re.I)
# `Klart: 15 maj`, `Status: pågår`: a line under a task with its deadline or its status
_DUE_LINE = patterns.compile(r"^(?:(?P<status>" + "|".join(STATUS_LABELS) + r")|" + "|".join(DUE_LABELS)
                             + r")\s*:\s*(?P<value>\S.*)$", re.I)
_DUE_HEADS = patterns.heads(DUE_LABELS + STATUS_LABELS)
# a sentence that only gives the deadline of the one before it: `Klart till nästa träff.`
# one sentence already: a dot may end an abbreviation in it (`Klart senast v. 23.`)
_DUE_SENTENCE = patterns.compile(r"^(?:" + alternation(DUE_SENTENCE_WORDS) + r")\s+\S[^!?]*[.!]?$", re.I)
_DUE_SENTENCE_HEADS = patterns.heads(DUE_SENTENCE_WORDS)
_DIGIT = patterns.compile(r"\d")
_RENDERED = ("table", "numbered")   # line kinds whose content is not their text as it stands
_OWNER_LINE = patterns.compile(r"^(?:" + "|".join(OWNER_LABELS) + r")\s*:", re.I)
# `Ansvarig för kallelsen: Maria`: the task between the label and the colon
_OWNER_OF = patterns.compile(
    r"^(?P<label>ansvarig|ansvariga|ansvar)\s+för\s+(?P<task>[^:]{2,80}?)\s*:\s*(?P<owners>\S.*)$", re.I)
_OWNER_TASK = patterns.compile(r"\s+[-–—]\s+")   # the owners, a dash, the task
# a deadline's label after the owners on their line: `Ansvarig: Jonas  Klart: 30/4`
_OWNERS_DUE = patterns.compile(r"[\s,;]\s*(?:" + alternation(DUE_LABELS) + r")\s*:", re.I)
# a to-do list's box, ticked or not, as it stands at the start of the line or after its bullet
_BOX_STATES = {**dict.fromkeys(TASK_BOXES_TICKED, True), **dict.fromkeys(TASK_BOXES_OPEN, False)}
_BOX = patterns.compile(r"^(?:[-*+]\s+)?(" + alternation(_BOX_STATES) + r")")
_TASK_BOXES = frozenset(box for box in _BOX_STATES if len(box) == 1)     # `☐`, as a line's bullet
_MD_TASK_BOX = patterns.compile(r"^(?:[-*+]\s+)?\[[ xX]\]\s+")
# a status by its first words: `Klar`, `Ej påbörjad`, `Pågår sedan mars`
_STATUS_WORDS = {**dict.fromkeys(ACTION_DONE, True), **dict.fromkeys(ACTION_OPEN, False)}
# `Jonna: kontakta rektorn`, `Viktor – boka bussen`, `@Noor - beställa granris` (a chat's mention)
_NAMED_TASK = patterns.compile(r"^@?(?P<who>[^:–—]{2,60}?)(?::|(?P<dash>\s+[-–—]))\s+(?P<task>\p{L}.*)$")
_TRAILING_DUE = patterns.compile(r"\(([^()]{1,30})\)\s*\.?$")
# `Boka lokal (Sara)`, `Skicka ut kallelsen – Leo`: who a line of a to-do list names at its end
_TRAILING_OWNER = patterns.compile(r"(?:\((?P<who>[^()]{2,40})\)|\s[-–—]\s+(?P<who2>[^-–—()]{2,40}?))\s*\.?$")
# ... and in prose, with an arrow too: `Ny rutin tas fram → Mona`, `Kontakta kommunen – Rut`
_OWNER_MARKS = (" – ", " - ", " — ", *OWNER_ARROWS)
_MARK_CHARS = "".join(sorted(set("".join(_OWNER_MARKS))))   # what a mark is written with
_MARK_TAIL = 48     # the longest mark and owners: ` → ` and 40 characters of names
# the committing verbs in -er in the passive: `sammanställer`: `sammanställs`, `bjuder in`: `bjuds in`
_COMMITTED_PASSIVES = tuple(word[:-2] + "s" for word in (verb.split()[0] for verb in COMMITMENT_VERBS)
                            if word.endswith("er") and len(word) > 4)
# a verb in the present passive: `bokas`, `skickas ut`, PRESENT_PASSIVES (`tas fram`, `görs`), and those
_PRESENT_PASSIVE = patterns.compile(r"\b(?:\p{Ll}{2,}as|" + alternation(
    tuple(dict.fromkeys(PRESENT_PASSIVES + _COMMITTED_PASSIVES))) + r")\b")
_OWNER_SPLIT = patterns.compile(r"\s*(?:,|;|\boch\b|&|/)\s*")
# A sentence can commit somebody only if it holds a commitment verb or a modal:
# a cheap test that spares the mention search on every other sentence.
_FIRST_WORD_SET = frozenset(v.split()[0] for v in COMMITMENT_VERBS + FUTURE_MODALS)


_AUXILIARIES = frozenset(PERFECT_AUXILIARIES)


class _Words:
    """Is one of these words or phrases in a text? Answered from `set(text.split())`,
    with the words' punctuated forms in the table, so no word needs stripping.
    With `split`, a phrase is found also with words between its own (`tar Anna
    fram`: the subject between a verb and its particle)."""

    def __init__(self, entries, split: bool = False) -> None:
        variants = lambda w: (w, w + ":", w + ".", w + ",", w + ";", w + "!", w + ")", "(" + w, "(" + w + ":")  # noqa: E731
        self.single = frozenset(v for e in entries if " " not in e for v in variants(e))
        self.phrases: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for entry in entries:
            if " " in entry:
                # a phrase found by its first word, or by the next after an auxiliary, which
                # stands on many lines (`har lovat att`: by `lovat`)
                words = entry.split()
                at = 1 if words[0] in _AUXILIARIES else 0
                self.phrases.setdefault(words[at], []).append(
                    (entry, tuple(" " + w for k, w in enumerate(words) if k != at)))
        self.firsts = frozenset(v for first in self.phrases for v in variants(first))
        # a text none of whose words is one of these holds none of the entries: one test
        # of the line's split words, without making a set of them, clears most lines
        self.words = self.single | self.firsts
        self.split = split

    def found_in(self, low: str, words: set[str] | None = None) -> bool:
        """`low` is the casefolded text; `words`, its split words when the caller has them."""
        if words is None:
            words = set(low.split())
        if not self.single.isdisjoint(words):
            return True
        for word in self.firsts.intersection(words):
            for phrase, rest in self.phrases.get(word.strip("():;,.!"), ()):
                if phrase in low:
                    return True
                if self.split:
                    for w in rest:   # a loop, not all() over a generator: asked of many lines
                        if w not in low:
                            break
                    else:
                        return True
        return False


_COMMITMENTS = _Words(COMMITMENT_VERBS + FUTURE_MODALS, split=True)
_ORG_COMMITMENTS = _Words(ORG_COMMITMENT_VERBS)
_LABELS = _Words(ACTION_LABELS)
_DATED = _Words(DATED_TASK_WORDS)
_UNDATED_CUE = _Words(WEEKDAYS[:14] + SEASON_DEADLINES)
_NOT_TASK_VERBS = frozenset(NOT_TASK_VERBS)
_TOGETHER = frozenset(TOGETHER_TASK_VERBS)
_REPORT_VERBS = frozenset(REPORT_VERBS)


def _may_commit(text: str) -> bool:
    return _COMMITMENTS.found_in(text.casefold())


# `... beslutade att Rut ...`, `Vi kom överens om att Mona ...`: a decision whose clause has a subject
# `Det beslutades att Rut ...` (the group `decided`), `Mona berättade att Rut ...`: a clause
# whose subject may be named
_DECIDED_THAT = patterns.compile(r"\b(?:(?P<decided>" + alternation(DECISION_VERBS) + r")|"
                                 + alternation(REPORTED_THAT_VERBS) + r")\s+att\s+(?=\p{Lu})", re.I)
_REPORTER_PRONOUNS = frozenset(REPORTER_PRONOUNS)
_PRESENT_TENSE = patterns.compile(r"^[\p{Ll}]+r\b")
# `Inbjudan skickas ut av Petra ...`: what is to be done, a verb in the passive, its agent
_AGENT_PASSIVE = patterns.compile(r"^[\p{Lu}\d][^,.;:!?]{0,60}?\s(?P<verb>\p{Ll}{2,}s)(?:\s+(?P<particle>"
                                  + alternation(PASSIVE_PARTICLES) + r"))?\s+av\s+(?P<agent>\p{Lu}.*)$")


def _passive_of(verb: str) -> str | None:
    """`skickar ut`: `skickas ut`, `sammanställer`: `sammanställs`, `tar fram`: `tas fram`;
    None for a verb whose passive takes no agent after its particle (`leder arbetet`)."""
    word, _, rest = verb.partition(" ")
    passive = IRREGULAR_PASSIVES.get(word) or (word[:-1] + "s" if word.endswith("ar") else
                                               word[:-2] + "s" if word.endswith("er") and len(word) > 4 else None)
    if passive is None or rest and rest not in PASSIVE_PARTICLES:
        return None
    return f"{passive} {rest}".rstrip()


# ... of which a passive of COMMITMENT_VERBS is a task with no deadline (`Presentationen skickas ut
# av Oskar`), found by its verb (`_AGENT_TASK_CUE`, with `av`)
_AGENT_TASKS = frozenset(filter(None, map(_passive_of, COMMITMENT_VERBS))) - frozenset(NOT_AGENT_TASK_PASSIVES)
_AGENT_TASK_CUE = _Words(tuple({task.split()[0] for task in _AGENT_TASKS}))
# one test for most lines; of a dated task's words, the last (`senast`, `nästa`): `till`, `på`
# and `vid` stand on most lines, and each sent them on to the phrase tests
_ANY_CUE = _Words(ACTION_LABELS + TODO_HEADINGS + COMMITMENT_VERBS + FUTURE_MODALS + REQUEST_VERBS
                  + tuple({words.split()[-1] for words in DATED_TASK_WORDS}), split=True)
# what joins two mentions: `Anna och Per`, `Rut tillsammans med Mona tar fram ...` (both do it,
# as after the verb: PARTNER_WORDS)
_JOIN_WORDS = (",", "och", "samt", "&", "/", "+", *PARTNER_WORDS)
_JOIN = patterns.compile(r"^\s*(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _JOIN_WORDS)
                         + r")\s*", re.I)
# `till mötet den 11 juni`, `inför styrelsens möte 3/10`, `till nämndens sammanträde den 11 juni`:
# a meeting between the deadline's word and its date, which is the deadline
_MEETING_BEFORE_DATE = (r"(?:\w+s\s+)?\w*?(?:" + alternation(NEXT_MEETING_NOUNS) + r")(?:"
                        + "|".join(DEFINITE_ENDINGS) + r")?\s+")
_DEADLINE_TAIL = r"(?:(?P<weekday>" + alternation(WEEKDAYS) + r")\w*\s+)?(?:den\s+|i\s+)?"   # `senast i augusti 2024`
_DEADLINE = patterns.compile(
    r"\b(?:" + alternation(DEADLINE_WORDS)
    + r"|(?:" + alternation(WEEK_DEADLINE_WORDS) + r")(?=\s+(?:" + alternation(WEEK_WORDS) + r")\s*\d))"
    r":?\s+" + _DEADLINE_TAIL, re.I)
# ... with a meeting between, looked for only when none of those has its date right after it
_MEETING_DEADLINE = patterns.compile(r"\b(?:" + alternation(DEADLINE_WORDS) + r")\s+" + _MEETING_BEFORE_DATE
                                     + _DEADLINE_TAIL, re.I)
# `senast fredag`, `innan sommaren`: a deadline with no date written; a text holds one only
# if one of its words is such a day or time of year (`_UNDATED_CUE`), a cheaper test than the pattern
_UNDATED_DEADLINE = patterns.compile(
    r"\b(?:(?:" + alternation(DEADLINE_WORDS) + r")\s+(?:(?P<day>" + alternation(WEEKDAYS[:14]) + r")|"
    + alternation(SEASON_DEADLINES) + r")|(?:" + alternation(SEASON_SPAN_WORDS) + r")\s+(?:"
    + alternation(SEASON_DEADLINES) + r"))(?!\w)", re.I)
# `snarast`, `så snart som möjligt`: no date, as written
_SOON_CUE = _Words(SOON_DEADLINES)
_WEEK_AHEAD = patterns.compile(r"(?<!\w)(?:" + alternation(WEEK_AHEAD_DEADLINES) + r")(?!\w)", re.I)
_WEEK_CUE = "vecka"     # in each of WEEK_AHEAD_DEADLINES: an `in` test before the search
_FRIDAY = 4        # `date.weekday()`'s, Monday 0
_DAY_ALONE_AHEAD = 273  # the most days ahead a day without a year alone in a task is its deadline (`_day_alone`)
_SOON = patterns.compile(r"(?<!\w)(?:" + alternation(SOON_DEADLINES) + r")(?!\w)", re.I)
# `senast i augusti`, `under november`, `före oktober`: a month alone, with no day or year;
# not `före jul`, Christmas (SEASON_DEADLINES)
_DEADLINE_MONTHS = tuple(month for month in MONTHS if month not in SEASON_DEADLINES)
_MONTH_CUE = _Words(_DEADLINE_MONTHS)
_MONTH_DEADLINE = patterns.compile(
    r"\b(?P<word>" + alternation(DEADLINE_WORDS + MONTH_DEADLINE_WORDS) + r")\s+(?:(?:"
    + alternation(MONTH_PARTS) + r")\s+)?(?P<month>" + alternation(_DEADLINE_MONTHS) + r")(?!\w)(?!\.?\s*\d)", re.I)
# `inom två veckor`, `inom 14 dagar`: a span of time from the meeting
_SPAN_DEADLINE = patterns.compile(
    r"\b(?:" + alternation(SPAN_DEADLINE_WORDS) + r")\s+(?P<count>\d{1,3}|" + alternation(COUNT_WORDS)
    + r")\s+(?P<unit>" + alternation(SPAN_UNITS) + r")(?!\w)", re.I)
_SPAN_HEADS = tuple(word + " " for word in SPAN_DEADLINE_WORDS)
# `till nästa möte`, and with whose meeting it is: `till styrelsens nästa möte`. One
# alternation of the words, then one of the nouns: an alternation of every whole phrase
# (28) made the engine try each phrase at each character, eight times slower.
_NEXT_MEETING = patterns.compile(
    r"(?:" + alternation(NEXT_MEETING_WORDS) + r")\s+(?:\w+s\s+)?" + NEXT_WORD
    + r"\s+(?:\w*?(?:" + alternation(NEXT_MEETING_NOUNS) + r")|(?:" + alternation(NEXT_MEETING_WORDS_ALONE)
    + r")(?!\w))", re.I)
_DEFINITE = ("en", "et", "erna", "arna", "orna", "ningen", "heten", "tionen", "na", "ning", "het", "stöd", "else")
_PERSON_ROLES = ("ören", "aren", "ledaren", "eraren", "ande", "anden")   # `kassören`, `ordföranden`: a person
_NAME_WORDS = frozenset(NAME_PARTICLES + ORG_WORDS)   # lower-case words a name of several words may hold
_ORG_WORD_SET = frozenset(ORG_WORDS)


def _name_word(token: str) -> bool:
    """A word a name of several words goes on with: capitalised, or `von`, `kommun`."""
    return token[:1].isupper() or key(token) in _NAME_WORDS


@dataclass(eq=False)
class ActionFact:
    """A task, its owners and its deadline, with the line it stands on."""

    text: str
    line: int
    owners: list[str] = field(default_factory=list)
    owner_mentions: list[str] = field(default_factory=list)
    item: str | None = None
    due: str | None = None
    due_text: str | None = None
    label: str | None = None
    appendix: int | None = None
    status: str | None = None     # as written: `Pågår`, `Klar`
    done: bool | None = None      # by the status or a to-do list's box: done, still to do, or not said


@dataclass(eq=False)
class Context:
    """What the action finder needs to know about the document."""

    book: Directory
    meeting_date: dt.date | None = None
    next_meeting: str | None = None
    kinds: dict[str, str | None] = field(default_factory=dict)   # span -> kind, once per document
    # the words of the names the document gives: a line whose last word is none of them
    # (`Mona`, `(Mona).`) names no owner at its end, a test before those of an owner's mark
    name_words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.name_words = frozenset(self.book.name_words())


def find_actions(lines: list[Line], item: str | None, ctx: Context,
                 skip: set[int] = frozenset(), heading: str | None = None) -> list[ActionFact]:
    """The actions in one section's lines; under a `heading` that names a to-do list
    (`3. Att göra`), its first list is tasks."""
    actions: list[ActionFact] = []
    previous: Line | None = None
    columns: list[str | None] | None = None     # a `Vad | Vem | När` table's columns
    # the label of a to-do list the lines are in (`Att göra:`)
    todo = _todo_heading(heading) if heading and heading[:4].casefold().startswith(_TODO_HEADS) else None
    todo_text = heading                         # ... as written: `Att ta med till nästa möte` dates its tasks
    listed: list[tuple[Line, str]] = []         # its lines, each a task whatever else reads it
    dated_by: dict[int, str] = {}               # a listed line -> the to-do heading it stands under
    owners_below: dict[int, list[str]] = {}     # `Vem: Magnus` / `Vad: ...`: the line below -> its owners

    def keep(fact: ActionFact, dated: bool = True) -> None:
        """One of the section's actions, under its item, with the deadline its text sets
        (a table's row and a to-do list's line have theirs already)."""
        fact.item = item
        if dated:
            _set_due(fact, ctx)
        if fact.owners and _PARTNER_CUE in fact.text:
            _add_partners(fact, ctx)
        if fact.line in owners_below:
            _add_owners(fact, owners_below.pop(fact.line), ctx)
        actions.append(fact)

    for index, line in enumerate(lines):
        if line.number in skip or line.kind in ("rule",):
            previous = None
            continue
        if todo is not None and not line.blank:
            if line.kind in ("bullet", "numbered"):
                listed.append((line, todo))
                dated_by[line.number] = todo_text
            elif line.kind == "text" and _NAMED_TASK.match(line.text):
                dated_by[line.number] = todo_text   # `Sara: kontrollerar ...` unmarked: a task if she is known
            else:
                todo = None
        if line.kind == "table":
            mapped = [ACTION_COLUMNS.get(key(c)) for c in line.cells]
            if "what" in mapped and "who" in mapped:
                columns = mapped
                continue
            if columns is not None:
                fact = _table_row(line, columns, ctx)
                if fact is not None:
                    keep(fact, dated=False)
                continue
        else:
            columns = None
        text = line.text if line.kind not in _RENDERED else content(line)
        if not text:
            continue
        low = line.low if text is line.text else text.casefold()
        split = low.split()
        due_line = (_DUE_LINE.match(text) if actions and previous is not None and low.startswith(_DUE_HEADS)
                    else None)
        if due_line and line.number - previous.number == 1 and actions[-1].line >= previous.number - 2:
            # `Klart: 15 maj`, `Status: pågår` under the task (and its `Ansvarig:` line)
            value = due_line.group("value").strip(" .")
            if due_line.group("status"):
                _set_status(actions[-1], value)
            else:
                _set_due_or_status(actions[-1], value, ctx)
            previous = line
            continue
        # a bullet, or an unmarked line of a to-do list (`dated_by`), with a separator of
        # `_NAMED_TASK`'s: a colon, or in a to-do list a dash. Tested inline, the colon first:
        # 6,000 of the 14,000 lines of the 60 benchmark documents are bullets, and the dashes'
        # tests on each cost 8 M instructions
        named = (_named_task(text, line, ctx, todo is not None) if (line.kind == "bullet" or line.number in dated_by)
                 and (":" in text or todo is not None and (" – " in text or " - " in text or " — " in text))
                 and (todo is not None or _is_task_box(line)) else None)
        if named is None and todo is None and split and ((final := split[-1]) in ctx.name_words or (
                final[-1] in ").," and final.strip("().,") in ctx.name_words)):
            named = _marked_task(text, text[-_MARK_TAIL:], line, ctx)    # `Ny rutin tas fram → Mona`
        if named is not None:
            keep(named, dated=False)
            previous = line
            continue
        if _ANY_CUE.words.isdisjoint(split) and COMMISSION_STEM not in low:
            # no action label, commitment word or commission: nothing below can match but a
            # passive with its agent (`Presentationen skickas ut av Oskar`)
            if " av " in low and not _AGENT_TASK_CUE.words.isdisjoint(split):
                for fact in _dated_tasks(line, ctx):
                    keep(fact)
            previous = line
            continue
        if len(low) < _TODO_LENGTH and line.kind in ("text", "heading") and low.startswith(_TODO_HEADS) and (
                found := _todo_heading(line.text)) and (nxt := line_below(lines, index)) and (
                nxt.kind == "bullet" or nxt.kind == "text" and _NAMED_TASK.match(nxt.text)):
            todo, todo_text = found, line.text    # `Att göra` alone above its list
            previous = line
            continue
        words = set(split)     # the word tests below share one split of the line
        if not _ANY_CUE.found_in(low, words) and COMMISSION_STEM not in low:
            previous = line
            continue
        labelled = _labelled(text, low, words, line, ctx)
        commissioned = None
        if (labelled is not None and labelled.fact is not None and not labelled.fact.owner_mentions
                and COMMISSION_STEM in low and (commissioned := _commissioned(text, low, line, ctx)) is not None):
            labelled = None     # `Uppdrag till Rut att se över stadgarna.`: read as the commission it is
        if labelled is not None and labelled.fact is None:
            todo, todo_text = labelled.label, text      # `Att göra:` alone: the list below is the tasks
            previous = line
            continue
        if labelled is not None:
            owners_only = labelled.label in TASK_OWNER_LABELS and not labelled.text_has_task
            if (owners_only and labelled.fact.text == text and not (
                    actions and previous is not None and previous.number == line.number - 1
                    and actions[-1].line == previous.number)
                    and (nxt := line_below(lines, index)) is not None
                    and (what := _ACTION_LABEL.match(nxt.text)) is not None
                    and key(what.group("label")) not in OWNER_LABELS):
                # `Vem: Magnus` / `Vad: Kravspecifikation`, under no task: the owners of the task below
                owners_below[nxt.number] = labelled.fact.owner_mentions
                previous = line
                continue
            if owners_only and labelled.fact.text == text and _standalone_owner_line(text) and previous is not None:
                # `Ansvarig: Anna` under the task it belongs to
                target = actions[-1] if actions and actions[-1].line == previous.number else None
                if target is None:
                    target = _task_above(lines, index - 1)
                    target.item, target.label = item, labelled.label
                    _set_due(target, ctx)
                    actions.append(target)
                _add_owners(target, labelled.fact.owner_mentions, ctx)
                if target.due_text is None:
                    _set_due_from(target, text, ctx)     # `Ansvarig: Maja, klart 31 januari.`
                previous = line
                continue
            previous = line
            if not labelled.before:
                keep(labelled.fact)
                continue
            # `Fatima och Roger ansvarar för maten. Affischer sätts upp – ansvarig: Tove.`:
            # the sentences before the owner's are read as any others, and come first
            parts, other = [Sentence(part, line.number) for part in split_sentences(labelled.before)], None
            deferred = labelled.fact
        else:
            deferred = None
            if commissioned is None and (COMMISSION_STEM in low or not _REQUEST_SET.isdisjoint(words)):
                commissioned = _commissioned(text, low, line, ctx)   # not asked twice, nor of most lines
            if commissioned is not None:
                keep(commissioned)
                previous = line
                continue
            other = _OTHER_LABEL.match(text)
            committing = _COMMITMENTS.found_in(low, words)
            if other and committing and (other.group("answer") or other.group("decided")):
                parts = sentences(line)     # `Svar: Förvaltningen återkommer med statistik till nästa möte.`
            elif other and committing and sentence_ends_before(text, len(text) - 2):
                # `Beslut: Vårstädning 27 april. Malin kallar medlemmarna.`: the label's sentence
                # is the decision (or the proposal, or the question), a later one may commit:
                # `Fråga: Kan vi byta lokal? Svar: Mona kollar med hyresvärden.`
                parts = sentences(line)[1:]
            elif other or not committing:
                # no sentence of a line without a commitment word can commit, but a dated task
                if not other and (_DATED.found_in(low, words) or " av " in low and _AGENT_TASK_CUE.found_in(low, words)):
                    for fact in _dated_tasks(line, ctx):
                        keep(fact)
                previous = line
                continue
            else:
                parts = sentences(line)
        for k, sentence in enumerate(parts):
            # a line of one sentence has passed the commitment-word test already
            fact = _committed(sentence, ctx, tested=len(parts) == 1 and not other)
            if fact is not None and k + 1 < len(parts):
                fact.text = _with_due(parts, k).text    # `... tar fram ett förslag. Klart senast 15 maj.`
            elif fact is not None and k and _owns_alone(fact.text):
                fact.text = f"{parts[k - 1].text} {fact.text}"   # `Cykelrensning i juni. Rami ansvarar.`
            nxt = lines[index + 1] if k == len(parts) - 1 and index + 1 < len(lines) and deferred is None else None
            if nxt is not None and not sentence.in_parens and wrapped(line, nxt) and (
                    fact is not None or not _may_commit(sentence.text) or _may_set_deadline(nxt.text)):
                # the last sentence goes on on the next line: the rest of an action's text and
                # its deadline, or what makes it one (its verb, an organisation's deadline)
                following = _continued(lines, index + 1)
                if fact is not None:
                    fact.text = join_wrapped(fact.text, following)
                else:
                    fact = _committed(Sentence(join_wrapped(sentence.text, following), sentence.line), ctx)
            if fact is not None:
                for part in _coordinated(fact, ctx):
                    keep(part)
        if deferred is not None:
            keep(deferred)
        previous = line
    if dated_by:
        found = {fact.line for fact in actions}
        actions.extend(_listed_task(line, label, item, ctx) for line, label in listed if line.number not in found)
        actions.sort(key=lambda fact: fact.line)
        for fact in actions:
            if fact.due_text is None and fact.line in dated_by:
                _set_due_from(fact, dated_by[fact.line], ctx)    # `Att ta med till nästa möte` / `- Sara: ...`
    first = lines[0].number if lines else 0
    for fact in actions:
        at = fact.line - first
        if fact.done is None and 0 <= at < len(lines) and lines[at].number == fact.line:
            fact.done = _box_done(lines[at])    # `- [x] Lina: skriva om Om oss-sidan`
    return actions


def _continued(lines: list[Line], k: int) -> str:
    """The rest of a sentence wrapped onto line `k` and on, up to its end: `Jonas
    sammanställer` / `likheter ... senast 15` / `oktober.`, over at most three lines."""
    following = split_sentences(lines[k].text)[0]
    for _ in range(2):
        if following[-1:] in ".!?" or k + 1 >= len(lines) or not wrapped(lines[k], lines[k + 1]):
            break
        k += 1
        following = join_wrapped(following, split_sentences(lines[k].text)[0])
    return following


def _todo_heading(text: str) -> str | None:
    """`Att göra`, `Åtgärder till nästa möte`: the heading of a to-do list, as its label."""
    head = _TODO_WHOM.split(key(text), 1)[0]
    return head if head in _TODO_HEADINGS else None


def _listed_task(line: Line, label: str, item: str | None, ctx: Context) -> ActionFact:
    """A line of a to-do list that no other rule read: `Boka lokal till våren (Sara)`,
    `Skicka ut kallelsen – Leo`; its owner, when it names one the document knows, at its
    end, or else first, before a word in lower case (`[x] Alva skickade ut releasenoten`)."""
    text = content(line)
    fact = ActionFact(text, line.number, item=item, label=label)
    who = _TRAILING_OWNER.search(text)
    owners = _owner_list(who.group("who") or who.group("who2"), ctx) if who else []
    if not owners and text[:1].isupper():
        owners, kinds, rest = _mention_run(text, ctx)
        if not rest[:1].isspace() or not rest[1:2].islower() or "org" in kinds:
            owners = []
    if owners and all(ctx.book.knows(owner) for owner in owners):
        _add_owners(fact, owners, ctx)
    _set_due(fact, ctx)
    return fact


def _task_above(lines: list[Line], k: int) -> ActionFact:
    """The task on line `k`, that an `Ansvarig:` line below gives an owner: the line's last
    sentence, after what was said before it (`Helena informerade om ... En riskanalys ska
    göras.` / `Ansvarig: Peter`); with the start of its sentence when a wrap put that on the
    line above (`Styrelsen skickar svaret till` / `kommunen senast 30 september.` / `Ansvarig: Lena`)."""
    line = lines[k]
    above = lines[k - 1] if k else None
    if above is not None and wrapped(above, line):
        start = split_sentences(above.text)[-1]
        return ActionFact(f"{start} {content(line)}", above.number)
    return ActionFact(split_sentences(content(line))[-1], line.number)


def _table_row(line: Line, columns: list[str | None], ctx: Context) -> ActionFact | None:
    cells = dict((c, v) for c, v in zip(columns, line.cells) if c and v)
    return _cells_action(cells["what"], cells, line.number, ctx) if cells.get("what") else None


def row_actions(rows: list[tuple[Line, dict[str, str]]], item: str | None, ctx: Context) -> list[ActionFact]:
    """The tasks of an item of minutes kept as a table (`Punkt | Diskussion | Beslut |
    Ansvarig | Klart`): a row with someone in its `Ansvarig` column, or a task in its
    `Åtgärd` column, is a task: the task's column, else the decision, else the notes."""
    actions = []
    for line, cells in rows:
        if "who" in cells or "what" in cells:
            text = cells.get("what") or cells.get("decision") or cells.get("notes") or cells.get("item", "")
            fact = _cells_action(text, cells, line.number, ctx)
            fact.item = item
            actions.append(fact)
    return actions


def _cells_action(text: str, cells: dict[str, str], line: int, ctx: Context) -> ActionFact:
    """A task from a table's row: `text`, and the owners, deadline and status of its cells."""
    fact = ActionFact(text, line, label="tabell")
    _add_owners(fact, _owner_list(cells.get("who", ""), ctx) or
                ([cells["who"].strip()] if cells.get("who") else []), ctx)
    if cells.get("due"):
        _set_due_or_status(fact, cells["due"], ctx)
    if cells.get("status"):
        _set_status(fact, cells["status"])
    return fact


def _set_due_or_status(fact: ActionFact, value: str, ctx: Context) -> None:
    """A deadline's value (`15 maj`), or a status where the deadline would stand (`Klar` in a
    `Klart` column or after `Klart:`): how far the task has come, no deadline."""
    due = _due_value(value, ctx)
    if due is None and _status_done(value) is not None:
        _set_status(fact, value)
        return
    fact.due_text = value
    fact.due = due or fact.due


def _set_status(fact: ActionFact, status: str) -> None:
    fact.status = status.strip()
    fact.done = _status_done(fact.status)


def _status_done(status: str) -> bool | None:
    """`Klar`, `Klart 12/3` -> done; `Pågår`, `Ej påbörjad` -> still to do; else None."""
    words = status.casefold().replace(",", " ").replace(".", " ").replace("!", " ").split()
    for count in (2, 1):
        said = _STATUS_WORDS.get(" ".join(words[:count])) if len(words) >= count else None
        if said is not None:
            return said
    return None


def _box_done(line: Line) -> bool | None:
    """A to-do list's line with a box: ticked (done), empty (to do); None without one."""
    found = _BOX.match(line.raw.lstrip())
    return _BOX_STATES[found.group(1)] if found else None


def _due_value(value: str, ctx: Context) -> str | None:
    """The date of a deadline's value, under its label or in its column: `15/9`, `v. 37`,
    `oktober`, `nästa möte`, `fredag`; read as after `senast`."""
    found = _value_deadline(value, ctx)
    return found[1] if found is not None else None


def _value_deadline(value: str, ctx: Context) -> tuple[str, str | None] | None:
    """A deadline's value alone, in its column, under its label or in brackets, read as
    after `senast`: as written and as a date."""
    return _deadline(f"senast {value}", ctx)


@dataclass(eq=False)
class _Labelled:
    """What a labelled line (`Åtgärd:`, `Ansvarig:`) gave; no fact for a label alone that
    heads a list (`Att göra:`)."""

    fact: ActionFact | None
    label: str
    text_has_task: bool
    before: str = ""    # the sentences before the one an owner's label ends, each still to be read


def _labelled(text: str, low: str, words: set[str], line: Line, ctx: Context) -> _Labelled | None:
    if ":" not in text and "." not in text and "!" not in text:
        return None
    if not _LABELS.found_in(low, words):
        return None
    owner_of = _OWNER_OF.match(text)
    if owner_of:
        owners = _owner_list(owner_of.group("owners"), ctx)
        if owners:
            fact = ActionFact(text.strip(), line.number, label=key(owner_of.group("label")))
            _add_owners(fact, owners, ctx)
            return _Labelled(fact, fact.label, True)
    matches = list(_ACTION_LABEL.finditer(text))
    if not matches:
        return None
    mentions: list[str] = []
    has_task = False
    first_label = key(matches[0].group("label"))
    if matches[0].end() == len(text) and matches[0].start() == 0 and first_label not in OWNER_LABELS and (
            ":" in matches[0].group(0)):
        return _Labelled(None, first_label, False)   # `Att göra:`, `Åtgärder till nästa möte:`
    weak_only = all(key(m.group("label")) in WEAK_ACTION_LABELS for m in matches)
    for k, m in enumerate(matches):
        label = key(m.group("label"))
        # a label's value runs to the next label on the line: `Åtgärd: Boka. Ansvarig: Sofia`
        value = text[m.end():matches[k + 1].start() if k + 1 < len(matches) else len(text)].strip()
        if ":" not in m.group(0):
            value = ""   # `Arbetsgrupp utses.`: the label is a sentence of its own
        elif text[max(0, m.start() - 4):m.start()].rstrip().endswith("("):
            value = value.split(")", 1)[0]     # `Affischer sätts upp senast 1 november (ansvarig: Tove).`
        if label in OWNER_LABELS:
            if ":" in value and (due := _OWNERS_DUE.search(value)) is not None:
                value = value[:due.start()]      # the owners end at a deadline's label
            dash = _OWNER_TASK.search(value)     # `Ansvarig: Siv – kontakta kommunen`
            owners, stopped = _owner_run(value[:dash.start()] if dash else value, ctx)
            subject = _subject(value, ctx, labelled=True) if stopped and not dash else None
            if subject and len(subject) > len(owners):
                owners = subject                 # `Arbetsgrupp utses: Mona och Rut planerar städdagen.`
                has_task = True
            mentions.extend(owners)
            has_task = has_task or bool(dash and value[dash.end():].strip())
            continue
        if value:
            has_task = True
            subject = _subject(value, ctx, labelled=True)
            if not subject and (m.group("whom") or m.group("who")):
                whom = _owner_list(m.group("whom") or m.group("who"), ctx)   # `Uppdrag till Mona: boka lokal`
                subject = whom if whom and all(ctx.book.knows(w) for w in whom) else None
            if not subject and (dash := _OWNER_TASK.search(value, 0, _MARK_TAIL)) is not None:
                # `Åtgärd: Fatima – kontakta föreningarna`: the owners, a dash, the task
                whom, _stopped = _owner_run(value[:dash.start()], ctx)
                subject = whom if whom and all(ctx.book.knows(w) for w in whom) else None
            if subject:
                mentions.extend(subject)
    if weak_only and not mentions and not text.rstrip().endswith((".", "!")):
        return None  # `Uppdrag: Översyn föreningsbidrag (KoF)`: a heading of ongoing work
    if first_label in OWNER_LABELS and not mentions and not has_task and ":" in text:
        return None
    start = matches[0].start()
    # `Risk: leveransen kan dröja till v. 47. Åtgärd: Stefan stämmer av ...`: the task is the
    # label's, not the sentence's before it. An owner's label that opens a sentence owns the
    # line (`Val- och informationskväll. Arbetsgrupp utses: Lasse, Caroline, Helena.`); one
    # inside a sentence owns that sentence (`Kjell köper in dryck. Affischer sätts upp –
    # ansvarig: Tove.`), and the sentences before it are read as any others
    after_sentence = text[:start].rstrip()[-1:] in ".!?"
    later = start and first_label not in OWNER_LABELS and after_sentence
    body, before = text[start:] if later or len(text) > 300 else text, ""
    if start and first_label in OWNER_LABELS and not after_sentence and sentence_ends_before(text, start):
        *earlier, own = split_sentences(text[:start])
        if earlier:
            body, before = f"{own} {text[start:].lstrip()}", " ".join(earlier)
    fact = ActionFact(body.strip(), line.number, label=first_label)
    _add_owners(fact, mentions, ctx)
    return _Labelled(fact, first_label, has_task, before)


def _standalone_owner_line(text: str) -> bool:
    return bool(_OWNER_LINE.match(text))


def _owner_list(value: str, ctx: Context) -> list[str]:
    """`Lasse, Caroline, Helena.` -> the names, up to the first word that is not one."""
    return _owner_run(value, ctx)[0]


def _owner_run(value: str, ctx: Context) -> tuple[list[str], bool]:
    """The names of `_owner_list`, and whether a part that is no name stopped them
    (`Mona och Rut planerar städdagen`: `Rut planerar städdagen`)."""
    owners = []
    value = (split_sentences(value) or [""])[0]   # `Karin, Mats och Annika. Mats sammankallar.`
    for part in _OWNER_SPLIT.split(value.strip(" .")):
        part = part.strip(" .?!")
        if not part:
            continue
        kind = _mention_kind(part, ctx)
        if kind is None:
            return owners, True
        owners.append(part)
    return owners, False


def complete_owners(actions: list[ActionFact], lines: list[Line], book: Directory) -> None:
    """`Maj-Lis sammanställer ...`: an owner no list of people names, whom the text names
    in full once (`Maj-Lis Wern och Olle Ek valdes till revisorer`), is that full name.
    Two full names for one first name (`Anna Berg`, `Anna Lind`) leave the first name."""
    single = {owner for action in actions for owner in action.owners if " " not in owner}
    wanted = {owner for owner in single if not book.knows(owner) and not book.is_org(owner)
              and name_like(owner, single=True)}
    if not wanted:
        return
    found = full_names(wanted, "\n".join([line.text for line in lines if not line.blank]))
    for action in actions:
        owners = [next(iter(found[o])) if len(found.get(o, ())) == 1 else o for o in action.owners]
        action.owners = list(dict.fromkeys(owners))


def _add_partners(fact: ActionFact, ctx: Context) -> None:
    """`Sanna tar ansvar för julbordet tillsammans med Ahmed`: the people the document names
    whom the owners do the task with own it too."""
    for found in _PARTNER.finditer(fact.text):
        mentions, kinds, _rest = _mention_run(fact.text[found.end():], ctx)
        _add_owners(fact, [m for m, kind in zip(mentions, kinds) if kind == "person" and ctx.book.knows(m)], ctx)


def _add_owners(fact: ActionFact, mentions: list[str], ctx: Context) -> None:
    for mention in mentions:
        word = key(mention)
        if word in NOBODY or _everyone(word):
            continue
        if mention not in fact.owner_mentions:
            fact.owner_mentions.append(mention)
            resolved = ctx.book.resolve(mention)
            if resolved not in fact.owners:
                fact.owners.append(resolved)


def _committed(sentence: Sentence, ctx: Context, tested: bool = False) -> ActionFact | None:
    text = sentence.text.strip()
    if not text or text.endswith("?") or len(text) > 400 or not (tested or _may_commit(text)):
        return None
    clause = text[4:] if text[:4].casefold() == "att " else text   # `att Kent kontaktar ...`
    subject = _subject(clause, ctx, labelled=False)
    label = "beslut" if clause is not text else None
    if not subject and (topical := _topic_split(clause)) is not None:
        topic, after = topical    # `Julfesten: Mona bokar lokal.`
        if after[:1].isupper():
            subject = _subject(after, ctx, labelled=False)
            if subject and _OTHER_LABEL.match(text) and key(topic) in DECISION_LABELS:
                label = "beslut"    # `Beslut: Rut tar fram ett förslag`: a task decided on
        elif after[:1].islower() and (ctx.book.knows(topic) or ctx.book.is_org(topic) or is_org_like(topic)):
            # `Mölndal: tar fram en plan till nästa möte.`: a round of reports, whose speaker
            # is the subject of the verb after the colon
            subject = _subject(f"{topic} {after}", ctx, labelled=False)
    if not subject and " att " in clause and (decided := _DECIDED_THAT.search(clause)) is not None:
        # `Det beslutades att Rut tar fram ett förslag`: the task decided on is Rut's; so is
        # the one reported (`Mona berättade att Rut tar fram ...`)
        reported = clause[decided.end():]
        pronoun, _, rest = reported.partition(" ")
        if not decided.group("decided") and pronoun.casefold() in _REPORTER_PRONOUNS:
            reported = f"{clause[:decided.start()].strip()} {rest}"   # `Leif meddelade att han ansvarar ...`
        subject = _subject(reported, ctx, labelled=False)
        if subject and all(ctx.book.knows(owner) for owner in subject):
            label = "beslut" if decided.group("decided") else None
        else:
            subject = None
    after = _after_splice(clause) if not subject else ""
    if after:
        # `12 medlemmar har inte betalat, Jörgen skickar påminnelse.`, `Trollhättan vill ta del
        # av upplägget – Sanna mejlar Mira.`: the clause after a comma or a dash, whose
        # subject is people the document names, is the task; a word of a name must open it
        # (one set test of it), before the subject is looked for
        first = after.split(maxsplit=1)[0].casefold().strip(",.")
        subject = _subject(after, ctx, labelled=False) if first in ctx.name_words else None
        if subject and all(ctx.book.knows(owner) for owner in subject):
            # `En cykelrensning görs i juni; Rami ansvarar.`: the clause before is the task
            text, label = (text if _owns_alone(after) else after), None
        else:
            subject = None
    if not subject:
        return None
    fact = ActionFact(text, sentence.line, label=label)
    _add_owners(fact, subject, ctx)
    return fact


def _topic_split(text: str) -> tuple[str, str] | None:
    """`Julfesten: Mona bokar lokal.`: a topic of a few words, and what follows its colon."""
    if ": " not in text[:_TOPIC_LENGTH]:
        return None
    topic, _colon, after = text.partition(": ")
    return (topic, after) if len(topic.split()) <= _TOPIC_WORDS else None


_CLAUSE_JOINS = (" och ", ", ")


def _coordinated(fact: ActionFact, ctx: Context) -> list[ActionFact]:
    """`Hanna bokar lokal och Annika kontaktar föreläsaren senast 20 september`: clauses
    joined by `och` or a comma, each with a subject of its own that the document names and
    a verb that commits, are a task each, with the deadline its own words give. A clause
    that does not commit (`... och Rut för fikat`, `Lotteri: Karin och Mats ordnar`) is
    not split off."""
    text = fact.text
    for join in _CLAUSE_JOINS:
        at = text.find(join)
        while at != -1:
            start = at + len(join)
            first = text[start:start + 40].split(maxsplit=1)[:1]
            # a name after the join, and words of the clause's own before it (not `Mona och Rut bokar`)
            if first and first[0][:1].isupper() and first[0].casefold().strip(",.") in ctx.name_words and (
                    (said := _mention_run(head := text[:at].rstrip(" ,"), ctx)[2]).strip()):
                tail = _committed(Sentence(text[start:], fact.line), ctx)
                if tail is None and join == " och ":
                    tail = _gapped(said.lstrip(), text[start:], fact.line, ctx)
                leading = _committed(Sentence(head, fact.line), ctx) if tail is not None else None
                if leading is not None and all(ctx.book.knows(owner) for owner in tail.owner_mentions):
                    parts = []
                    for part in (leading, tail):
                        part.label = fact.label
                        parts.extend(_coordinated(part, ctx))
                    return parts
            at = text.find(join, start)
    return [fact]


_GAPPED = frozenset(GAPPED_WORDS)


def _gapped(said: str, tail: str, line: int, ctx: Context) -> ActionFact | None:
    """`Tobias ansvarar för grillen och Marianne för tipspromenaden`: after `och`, names and
    the word that followed the verb before (GAPPED_WORDS), the verb left out: the names'
    task, as written. `said`: the clause before, from its verb on."""
    mentions, _kinds, rest = _mention_run(tail, ctx)
    word = rest.split(maxsplit=1)[:1]
    if not mentions or not word or word[0] not in _GAPPED:
        return None
    verb = _COMMIT.match(said)
    if verb is None or word[0] not in said[:verb.end()].split()[1:] + said[verb.end():].split(maxsplit=1)[:1]:
        return None
    fact = ActionFact(tail, line)
    _add_owners(fact, mentions, ctx)
    return fact


def _after_splice(clause: str) -> str:
    """What follows the first comma or dash of a clause that a capital follows, or ''."""
    first, start = len(clause), 0
    for mark in _SPLICE_MARKS:
        at = clause.find(mark, 0, first)
        while at != -1:
            k = at + len(mark)
            while clause[k:k + 1] == " ":
                k += 1
            if clause[k:k + 1].isupper():
                first, start = at, k
                break
            at = clause.find(mark, at + 1, first)
    return clause[start:] if start else ""


def _owns_alone(clause: str) -> bool:
    """`Rami ansvarar.`, `Eva och Bo håller i det`: people who take on what the clause
    before says, with no task of their own (OWNING_ALONE)."""
    words = clause.rstrip(" .!").split()
    k = 0
    while k < len(words) and (words[k][:1].isupper() or words[k].casefold() in _JOINERS):
        k += 1
    return 0 < k < len(words) and " ".join(words[k:]).casefold() in _OWNING_ALONE


def _with_due(parts: list[Sentence], k: int) -> Sentence:
    """Sentence `k` of a line, with the next when that one only gives its deadline:
    `Elsa och Tilde ritar ett förslag.` `Klart till nästa träff.`"""
    nxt = parts[k + 1].text if k + 1 < len(parts) else ""
    if nxt[:4].casefold().startswith(_DUE_SENTENCE_HEADS) and _DUE_SENTENCE.match(nxt):
        return Sentence(f"{parts[k].text} {nxt}", parts[k].line)
    return parts[k]


def _dated_tasks(line: Line, ctx: Context) -> Iterator[ActionFact]:
    """The tasks of a line with no commitment word (`_dated_task`), each sentence with
    the next when that one only gives its deadline."""
    parts = sentences(line)
    for k in range(len(parts)):
        fact = _dated_task(_with_due(parts, k), ctx)
        if fact is not None:
            yield fact


def _dated_task(sentence: Sentence, ctx: Context) -> ActionFact | None:
    """`Sofie sätter upp lappar i trapphusen senast 1 april`: people the document names, a
    verb in the present tense that says what they do (not `har`, `tycker`) and a deadline
    make a task, though the verb is none of COMMITMENT_VERBS. A report verb does too when
    the deadline is its own (`Henrik informerar föreningarna senast vecka 16`), not that
    of what is reported (`Eva berättar att ansökan görs senast 1 april`). Everyone's
    (`Alla lämnar önskemål om semester senast 31 januari`) is a task with no owner. So is
    a passive whose agent is such people (`Inbjudan skickas ut av Petra senast 1 mars`)."""
    text = clause = sentence.text.strip()
    if (topical := _topic_split(text)) is not None and topical[1][:1].isupper():
        clause = topical[1]   # `Skåpen: Saga gör en lista till nästa möte`
    mentions, kinds, rest = _mention_run(clause, ctx)
    words = rest.casefold().split()
    verb = words[0] if words else ""
    # `Inbjudan`, `Bidragsansökan` (no mention at all) is no one the document names
    named = bool(mentions) and all(ctx.book.knows(m) for m in mentions)
    agent = _AGENT_PASSIVE.match(clause) if " av " in clause and not named else None
    undated = False     # a task with no deadline: `Presentationen skickas ut av Oskar`
    if agent is not None and _PRESENT_PASSIVE.match(agent.group("verb")):
        # `Inbjudan skickas ut av Petra senast 1 mars`: the agent does it
        mentions, kinds, _rest = _mention_run(agent.group("agent"), ctx)
        does = True
        verb_only, particle = agent.group("verb"), agent.group("particle")
        undated = verb_only in _AGENT_TASKS or bool(particle) and f"{verb_only} {particle}" in _AGENT_TASKS
    else:
        does = (_PRESENT_TENSE.match(verb) is not None and verb not in _NOT_TASK_VERBS) or verb in _TOGETHER
    if (not mentions or not all(kind == "person" and (ctx.book.knows(m) or _everyone(key(m)))
                                or _own_body(key(m)) or key(m) in _GROUP_OWNERS for m, kind in zip(mentions, kinds))
            or not does or not undated and _deadline(text, ctx) is None):
        return None
    if verb in _REPORT_VERBS and not _SUBORDINATOR_SET.isdisjoint(words):
        return None
    fact = ActionFact(text, sentence.line)
    _add_owners(fact, mentions, ctx)
    return fact


def _subject(text: str, ctx: Context, labelled: bool) -> list[str] | None:
    """The owners a clause commits, or None when it commits nobody."""
    direct = _subject_first(text, ctx, labelled) if labelled or _may_lead(text) else None
    if direct is not None:
        return direct
    return _subject_inverted(text, ctx) or (_subject_shared(text, ctx) if " och " in text else None)


def _subject_shared(text: str, ctx: Context) -> list[str] | None:
    """`Jonas har anmält felet och återkommer när den är lagad`, `Mona berättade om planen och
    skickar ut den`: a second verb that commits, after `och`, shares the sentence's subject,
    when no clause with a subject of its own (`att`, `som`, a comma) comes between."""
    found = _AND_COMMIT.search(text)
    if found is None or found.group("modal") and _passive(text[found.end():].lower()):
        return None     # `... och ska finnas på alla kontor`: how a thing is to be
    head = text[:found.start()]
    if "," in head:
        return None
    mentions, kinds, rest = _mention_run(head, ctx)
    words = rest.casefold().split()
    if not mentions or not words or not rest.lstrip()[:1].islower() or any(
            word in _SUBORDINATOR_SET and not (word == "att" and k and words[k - 1] in _INFINITIVE_LEADS)
            for k, word in enumerate(words)):
        return None     # `för att gå igenom ...`: an infinitive, no subject of its own
    return mentions if found.group("modal") or _commits(mentions, kinds, text, ctx) else None


_OWNING_ALONE = frozenset(OWNING_ALONE)
_PARTNER = patterns.compile(r"\s(?:" + alternation(PARTNER_WORDS) + r")\s+", re.I)
_PARTNER_CUE = "med "     # in each of PARTNER_WORDS: an `in` test before the search
_JOINERS = frozenset(w for words in _JOIN_WORDS for w in words.split())   # one word at a time: `tillsammans`, `med`
_ADVERB_WORDS = frozenset(MIDDLE_ADVERBS)
_EVERYONE = frozenset(EVERYONE)
_SUBJECT_PRONOUNS = frozenset(SUBJECT_PRONOUNS)
# the groups whose work in the present tense by a deadline is a task they take on, as the
# meeting's own bodies' is: `Kommunerna anmäler intresse senast 1 mars`
_GROUP_OWNERS = frozenset(GROUP_OWNERS)
_BODY_ENDINGS = tuple(OWN_BODY_ENDINGS)
_EVERYONE_GROUPS = frozenset(EVERYONE_GROUPS)
_STATE_VERBS = frozenset(EVERYONE_STATE_VERBS)
_STATE_SUPINES = frozenset(EVERYONE_STATE_SUPINES)
_LETTERS = patterns.compile(r"[^\W\d_]*")


def _own_body(word: str) -> bool:
    """`styrelsen`, `kansliet`, `kostgruppen`, `föräldrarådet` (casefolded): one of the meeting's
    own bodies, whose work in the present tense is a task it takes on (`Styrelsen ser över
    stadgarna`, `Kostgruppen lämnar synpunkter senast 8 mars`)."""
    return word in OWN_BODIES or word.endswith(_BODY_ENDINGS)


def _state_verb(after_modal: str) -> bool:
    """`ha fått`, `vara`, `känna`: what everyone is to be or have after `ska`; not `ha läst`,
    a thing each is to have done."""
    words = after_modal.split(maxsplit=2)
    if not words or words[0] not in _STATE_VERBS:
        return False
    supine = words[1] if words[0] == "ha" and len(words) > 1 else None
    return supine is None or supine in _STATE_SUPINES or not supine.endswith("t") or supine.endswith("het")


def _everyone(word: str) -> bool:
    """`alla`, `samtliga ledamöter` (casefolded): everybody at the meeting, or each of a group."""
    first, _, rest = word.partition(" ")
    return word in _EVERYONE or (rest in _EVERYONE_GROUPS and first in _EVERYONE)


def _may_lead(text: str) -> bool:
    """Can the words before the clause's first commitment word or modal be a run of
    mentions (and an adverb), as `_subject_first` needs without a label? Each word of
    a mention after its first goes on a name (`_name_word`); a mention's first word
    comes first or after a joiner. A test of the split words that spares the mention
    search in a sentence like `Arbetet med budgeten ska vara klart i maj`, where a
    lower-case word stands between the start and `ska`."""
    open_mention = True   # the next word may start a mention
    for word in text.split():
        core = word.rstrip(".,;:!?)")
        head = core if core.isalpha() else _LETTERS.match(core).group(0)   # `ska/bör`: `ska`
        low = head.casefold()
        if low in _FIRST_WORD_SET:
            return True
        joiner = word.casefold() in _JOINERS or word.endswith(",")
        if not (open_mention or joiner or low in _ADVERB_WORDS or (core and _name_word(core))):
            if low in _EVERYONE_GROUPS and _everyone(f"{key(text.split(maxsplit=1)[0])} {low}"):
                continue    # `Samtliga ledamöter ska ...`
            return False
        open_mention = joiner
    return False


def _subject_first(text: str, ctx: Context, labelled: bool) -> list[str] | None:
    mentions, kinds, rest = _mention_run(text, ctx)
    if not mentions:
        return None
    rest_lower = _ADVERB.sub("", rest.lstrip())   # `Anna också skickar`: the adverb before the verb
    after = _AFTER_SUBJECT.match(rest_lower)
    if after is not None:
        if after.lastgroup == "stop":
            return None
        if after.lastgroup == "modal":
            # `Alla ska känna sig välkomna`: what everyone is to be or feel, more often than a task;
            # but by a deadline a task (`Alla ska läsa handlingarna till nästa möte`), as when
            # everyone does a thing by a deadline in the present (`_dated_task`)
            verb = rest_lower[after.end():]
            everyone = all(_everyone(key(m)) for m in mentions) and (
                _state_verb(verb) or _deadline(text, ctx) is None)
            return None if everyone or _passive(verb) or _pronoun_subject(verb) else mentions
        return mentions if _commits(mentions, kinds, text, ctx) else None
    if labelled and _PRESENT_TENSE.match(rest_lower) and (
            all(kind == "person" for kind in kinds) or any(ctx.book.knows(m) for m in mentions)):
        return mentions
    return None


def _commits(mentions: list[str], kinds: list[str], text: str, ctx: Context) -> bool:
    """Does a verb in the present tense commit these mentions? People and the meeting's own
    bodies, yes (`Styrelsen ser över stadgarna`); an organisation reports what it does
    (`Kungsbacka undersöker ...`), unless the sentence sets a deadline (`Region Halland tar
    fram en plan till nästa möte`) or takes the matter back to answer (`Trafikverket tar med
    sig synpunkterna`: ORG_COMMITMENT_VERBS)."""
    return (all(kind == "person" or _own_body(key(m)) for m, kind in zip(mentions, kinds))
            or _ORG_COMMITMENTS.found_in(text.casefold()) or _deadline(text, ctx) is not None)


def _subject_inverted(text: str, ctx: Context) -> list[str] | None:
    """`Nästa gång ska Mölndal delge ...`, `Till nästa möte tar Anna fram ...`."""
    words = text.split()
    for i, word in enumerate(words[1:min(6, len(words) - 1)], 1):
        if word.casefold() not in _FIRST_WORD_SET:
            continue
        tail = " ".join(words[i:])
        modal = _MODAL.match(tail)
        verb = modal or _COMMIT.match(tail)
        if not verb:
            split = _split_verb_subject(tail, len(word), ctx)   # `tar Anna fram`
            if split is None:
                continue
            if not _opens_clause(" ".join(words[:i])):
                return None
            mentions, kinds = split
            return mentions if _commits(mentions, kinds, text, ctx) else None
        if not _opens_clause(" ".join(words[:i])):
            return None
        mentions, kinds, rest = _mention_run(tail[verb.end():].lstrip(), ctx)
        if not mentions:
            return None
        rest = rest.lstrip()
        if modal and (rest[:1].islower() or rest.startswith("att ")) and not _passive(rest):
            return mentions
        if not modal and all(kind == "person" for kind in kinds):
            return mentions
        return None
    return None


def _is_task_box(line: Line) -> bool:
    """A line of a to-do list: a check box for its bullet (`☐`, `- [ ]`)."""
    raw = line.raw.lstrip()
    return raw[:1] in _TASK_BOXES or bool(_MD_TASK_BOX.match(raw))


def _marked_task(text: str, tail: str, line: Line, ctx: Context) -> ActionFact | None:
    """`Ny rutin för nycklar tas fram → Mona`, `Kontakta kommunen om belysningen – Rut`,
    `Affischerna sätts upp (Tove)`: a task to be done, in the imperative or the present
    passive, and at its end (in `tail`) the people the document knows who are to do it."""
    end = tail.rstrip(" .")
    if end.endswith(")"):
        start = end.rfind("(")                      # `... (Karin och Annika).`
        who, mark = end[start + 1:-1], start
    else:
        mark = -1
        for sign in _OWNER_MARKS:       # `... – Rut`, `... → Mona`: the last mark
            mark = max(mark, end.rfind(sign))
        who = end[mark:].lstrip(_MARK_CHARS) if mark >= 0 else ""
    if mark < 0 or not who[:1].isupper() or "(" in who or "–" in who:
        return None
    owners = _owner_list(who, ctx)
    if not owners or not all(ctx.book.knows(owner) and _mention_kind(owner, ctx) == "person" for owner in owners):
        return None
    task = text[:len(text) - len(tail) + mark].strip()
    first = task.split(maxsplit=1)[0] if task else ""
    if not first or ctx.book.knows(first.rstrip(",:")) or not (
            _imperative(first.casefold()) or _PRESENT_PASSIVE.search(task)):
        return None     # `Mona berättade om läget (Rut)`: a name first, not a verb
    fact = ActionFact(text, line.number)
    _add_owners(fact, owners, ctx)
    _set_due(fact, ctx)
    return fact


def _imperative(word: str) -> bool:
    """`kontakta`, `boka`, `se` (över): the first word of a task told to be done."""
    return (word.endswith("a") or word in SHORT_INFINITIVES) and word not in NOT_INFINITIVES


def _named_task(text: str, line: Line, ctx: Context, listed: bool) -> ActionFact | None:
    """`☐ Jonna: kontakta rektorn om tidplanen (v. 12)`: a to-do list, each box a person
    the document knows, a colon and what to do (a verb: `kontakta`, `gå`, `se över`; under
    a to-do heading, `listed`, what it names: `Petra: rutinen för överlämning, senast 23/9`).
    Without the box, `Anna-Maria/Annika: skapa förutsättningar ...` is what they said."""
    found = _NAMED_TASK.match(_MD_TASK_BOX.sub("", text))
    if found is None or found.group("dash") and key(found.group("who").split()[0]) not in ctx.name_words:
        return None     # before a dash, a name's word first (`Boka lokal – Sara` is read from its end)
    verb = found.group("task").split(maxsplit=1)[0].rstrip(",.").casefold()    # `Boka`, as Teams writes it
    if not listed and not _imperative(verb):
        return None
    owners = _owner_list(found.group("who"), ctx)
    if not owners or not all(ctx.book.knows(owner) for owner in owners):
        return None
    fact = ActionFact(text, line.number, label="lista")
    _add_owners(fact, owners, ctx)
    _set_due(fact, ctx)
    return fact


def _opens_clause(lead: str) -> bool:
    """What stands before an inverted verb (`Nästa gång`, `Till nästa möte`): the start
    of the sentence, not the end of another, nor a topic and the subject after its colon
    (`Hundar: Lasse tar med Tasso och Bella`), nor a pronoun that is the subject itself
    (`Vi kontaktar Mona om lokalen`: Mona is whom we contact)."""
    return (lead[:1].isupper() and "." not in lead and "!" not in lead and "?" not in lead and ":" not in lead
            and lead.casefold() not in _SUBJECT_PRONOUNS)


def _split_verb_subject(tail: str, first: int, ctx: Context) -> tuple[list[str], list[str]] | None:
    """`tar Anna fram ett förslag`: a verb with a particle (`tar fram`), its subject
    between the two, as Swedish puts it after an opening adverbial. `first` is the
    length of the verb's first word."""
    mentions, kinds, rest = _mention_run(tail[first:].lstrip(), ctx)
    if not mentions:
        return None
    whole = _COMMIT.match(tail[:first] + " " + rest.lstrip())
    return (mentions, kinds) if whole is not None else None


def _commissioned(text: str, low: str, line: Line, ctx: Context) -> ActionFact | None:
    """`att uppdra åt kommundirektören att ...`, `ge Anna i uppdrag att ...`: a decision
    that gives somebody a task is an action of theirs too; so is a request (`Vi ber Mona att ...`)."""
    if not _gives_task(low):
        return None
    found = _COMMISSION.search(text)
    if found:
        given = text[found.end():]
        mentions, _kinds, rest = _mention_run(given, ctx)
        body = _COMMISSIONED_BODY.match(given) if not mentions else None
        if body:        # `förvaltningen`, or the one the document names by that role
            mentions, rest = [body.group("who")], given[body.end():]
        if not mentions or not _COMMISSION_TASK.match(rest):
            return None
    else:
        found = _COMMISSION_RECEIVED.search(text)
        before = split_sentences(text[:found.start()])[-1:] if found else None
        if not before:
            return None
        # the clause from its start, or from its last `att` (`Styrelsen beslutade att Per ...`)
        clause = before[0].rsplit(" att ", 1)[-1]
        clause = clause[4:] if clause[:4].casefold() == "att " else clause
        mentions, _kinds, rest = _mention_run(clause, ctx)
        if not mentions or rest.strip():
            return None
    # of a line of several sentences, the one that gives the task
    task = next((part for part in split_sentences(text) if _gives_task(part.casefold())), text)
    fact = ActionFact(task, line.number, label="uppdrag" if COMMISSION_STEM in task.casefold() else None)
    _add_owners(fact, mentions, ctx)
    return fact


def _gives_task(low: str) -> bool:
    """Does a casefolded text hold a word of a commission or a request (`_commissioned`)?"""
    if COMMISSION_STEM in low:
        return True
    for verb in _REQUESTS:
        if verb in low:
            return True
    return False


def _pronoun_subject(after_modal: str) -> bool:
    """`Anna ska vi fråga`, `Rut lovade att det blir bra`: a pronoun after the modal is
    the subject, so the word before it was not."""
    words = after_modal.split(maxsplit=1)
    return bool(words) and words[0].casefold().rstrip(",") in CLAUSE_SUBJECTS


def _passive(after_modal: str) -> bool:
    """`ska lämnas`, `kommer att göras`: the verb after the modal is passive; `ska vara
    inne`, `ska bli klar`: it says how a thing is to be, not what somebody is to do."""
    words = [w for w in after_modal.split()[:3] if w not in ("att", "också", "även", "nu", "inte")]
    if words and words[0] in STATE_VERBS:
        return True
    return bool(words) and len(words[0]) > 3 and words[0].endswith("s") and words[0].isalpha()


def _mention_run(text: str, ctx: Context) -> tuple[list[str], list[str], str]:
    """Leading mentions joined by `,`/`och`: (mentions, their kinds, the rest)."""
    mentions: list[str] = []
    kinds: list[str] = []
    pos = 0
    while True:
        found = _mention_at(text, pos, ctx)
        if found is None:
            break
        mention, kind, end = found
        mentions.append(mention)
        kinds.append(kind)
        joined = _JOIN.match(text[end:])
        if joined and _mention_at(text, end + joined.end(), ctx):
            pos = end + joined.end()
            continue
        pos = end
        break
    if not mentions:
        return [], [], text
    return mentions, kinds, text[pos:]


def _mention_at(text: str, pos: int, ctx: Context) -> tuple[str, str, int] | None:
    """The longest person or organisation mention that starts at `pos`: up to four
    words, ended early by punctuation (`Mats, Karin`) or by what is not a word."""
    chunk = text[pos:pos + 160]
    stripped = chunk.lstrip()
    if stripped[:1] == "@":
        stripped = stripped[1:]   # `@Tove bokar demo`: a chat's mention, as Teams and Loop write it
    if not stripped or not stripped[0].isalpha():
        return None
    start = pos + len(chunk) - len(stripped)
    ends: list[int] = []          # where each word of the mention ends, in `text`
    offset = 0
    capital = stripped[0].isupper()
    for token in stripped.split(maxsplit=4)[:4]:
        at = stripped.index(token, offset)
        core = token.rstrip(".,;:!?)")
        if "/" in core:
            core = core[:core.index("/")]   # `Mona/Rut tar fram`: two mentions, the slash between
        if not core or not core[0].isalpha():
            break
        if ends and not (capital and _name_word(core)):
            # no longer span can name anybody: a name of several words is capitalised words
            # (and `von`, `kommun`), and a role noun (`ordföranden`) is one word; but for
            # everyone in a group (`Samtliga ledamöter`)
            if core in _EVERYONE_GROUPS and len(ends) == 1 and key(text[start:ends[0]]) in _EVERYONE:
                ends.append(start + at + len(core))
            break
        if ends and core[:1].islower() and key(core) in _ORG_WORD_SET and ctx.book.knows(text[start:ends[-1]]):
            break                 # `kontaktar Per kommunen`: a known person, then the object
        ends.append(start + at + len(core))
        offset = at + len(token)
        if core != token:
            break                 # punctuation after this word ends the mention
    for end in reversed(ends):
        span = text[start:end].rstrip(".")
        kind = _mention_kind(span, ctx)
        if kind is not None:
            return span, kind, start + len(span)
    return None


def _mention_kind(span: str, ctx: Context) -> str | None:
    """`person`, `org`, or None for a span that names nobody (remembered per document)."""
    try:
        return ctx.kinds[span]
    except KeyError:
        kind = ctx.kinds[span] = _kind_of(span, ctx)
        return kind


def _kind_of(span: str, ctx: Context) -> str | None:
    book = ctx.book
    if span and book.role_holder(span):
        return "person"   # `Ordföranden`, `kommundirektören`: the one who has that role
    shape = _shape(span)
    if shape is not _OPEN:
        return shape
    if book.knows(span) and not (is_initials(span) and book.is_org(span)):
        return "person"
    if book.is_org(span):
        return "org"
    return _guess(span)


_OPEN = "open"   # the span's shape alone does not settle its kind: ask the document


@functools.lru_cache(maxsize=8192)
def _shape(span: str) -> str | None:
    """What the words of a span settle before the document's people are asked;
    the same in every document, so remembered across a batch."""
    if not span or not span[0].isupper():
        return None
    word = key(span)
    if _everyone(word):
        return "person"     # `Alla skickar ...`, `Samtliga ledamöter läser ...`: each, though no owner
    tokens = span.split()
    if not all(_name_word(t) for t in tokens[1:]):
        return None  # `Migrationsverket vilka personer`: a mention is capitalised words
    if word in COLLECTIVE_OWNERS:
        return "person" if word.endswith(_PERSON_ROLES) else "org"
    if len(tokens) == 1 and role_word(word):
        return "person"     # `Kommunikatören lägger ut ...`, `Förbundschefen tar fram ...`: who holds it
    return _OPEN


@functools.lru_cache(maxsize=8192)
def _guess(span: str) -> str | None:
    """The kind of a span the document's people do not know, from its words alone."""
    if is_org_like(span):
        return "org"
    tokens = span.split()
    if len(tokens) == 1:
        single = tokens[0]
        if key(single) in NOT_NAMES or len(single) < 2 or len(single) > 12 or is_initials(single):
            return None
        low = single.casefold()
        if low.endswith(_DEFINITE) and not _ends_like_name(single) or low.endswith(ACT_NOUN_ENDINGS):
            return None     # `Rapporten`, `Ansökan`: a thing, not who is to do it
        return "person" if name_like(single, single=True) else None
    return "person" if name_like(span) else None


def _ends_like_name(word: str) -> bool:
    """Many first names end like a definite noun (`Anna`, `Lena`, `Karen`)."""
    low = word.casefold()
    return low.endswith(("na", "en")) and len(low) <= 7 and not low.endswith(("ningen", "heten"))


def _set_due(fact: ActionFact, ctx: Context) -> None:
    """The deadline an action's sentence sets, or that it gives in brackets at its end, as
    a to-do list does (`(v. 12)`, `(20 mars)`, `(fredag)`: read as after `senast`)."""
    _set_due_from(fact, fact.text, ctx)
    if fact.due_text is None and fact.text.rstrip(" .").endswith(")") and (
            inside := _TRAILING_DUE.search(fact.text)) and (found := _value_deadline(inside.group(1), ctx)):
        fact.due_text, fact.due = inside.group(1), found[1]


def _set_due_from(fact: ActionFact, text: str, ctx: Context) -> None:
    found = _deadline(text, ctx)
    if found is not None:
        fact.due_text, fact.due = found


def _may_set_deadline(text: str) -> bool:
    """Could `_deadline` find one in the first sentence of `text`, the part of a line a
    sentence wrapped onto it goes on in? Every deadline it reads has a digit or `nästa`,
    names a day, a month or a time of year, or a span (`inom två veckor`)."""
    end = text.find(". ")
    if end > 0:
        text = text[:end]
    return (NEXT_WORD in text or _DIGIT.search(text) is not None or _undated(text) is not None or _WEEK_CUE in text
            or _MONTH_CUE.found_in(text.casefold()) or _has_span(text))


def _deadline(text: str, ctx: Context) -> tuple[str, str | None] | None:
    """The deadline a sentence sets, as written and as a date: `till nästa möte`,
    `senast 30 september`, `före v. 42`, `senast fredag`; `innan sommaren`, `under hösten`
    and `snarast` have none."""
    low = text.casefold()
    nxt = _NEXT_MEETING.search(text) if NEXT_WORD in low else None
    if nxt:
        return nxt.group(0), ctx.next_meeting if ctx.next_meeting and len(ctx.next_meeting) == 10 else None
    if len(text) >= 2000:
        return None
    dates = find_dates(text)
    if dates:
        meeting = any(noun in low for noun in NEXT_MEETING_NOUNS)
        # `senast`, `till`, `före`, ...; then `till mötet den 11 juni`
        for m in itertools.chain(_DEADLINE.finditer(text), _MEETING_DEADLINE.finditer(text) if meeting else ()):
            after = [d for d in dates if m.start() <= d.start <= m.end() + 1]   # the date right after the word
            if after:
                return text[m.start():after[0].end].strip(" .,;"), _due(after[0], ctx, m.group("weekday"))
        week = next((d for d in dates if d.kind == "week"), None)   # `bokar in intervjuer v. 14`: a week alone
        if week:
            return text[week.start:week.end], _due(week, ctx)
        alone = _day_alone(text, dates, ctx)
        if alone is not None:
            return alone
    month = _MONTH_DEADLINE.search(text) if _MONTH_CUE.found_in(low) else None
    if month:
        return month.group(0), _month_due(month, ctx)
    span = _SPAN_DEADLINE.search(text) if _has_span(text) else None
    if span:
        return span.group(0), _span_due(span, ctx)
    ahead = _WEEK_AHEAD.search(text) if _WEEK_CUE in low else None
    if ahead is not None:       # `i veckan`, `nästa vecka`: that week's Friday
        due = None
        if ctx.meeting_date:
            weeks = WEEK_AHEAD_DEADLINES[ahead.group(0).casefold()]
            due = ctx.meeting_date + dt.timedelta(days=_FRIDAY - ctx.meeting_date.weekday() + 7 * weeks)
            due = due.isoformat() if due >= ctx.meeting_date else None
        return ahead.group(0), due
    words = set(low.split())
    undated = _undated(text, words)
    if undated is None:
        soon = _SOON.search(text) if _SOON_CUE.found_in(low, words) else None
        return (soon.group(0), None) if soon is not None else None
    day, due = undated.group("day"), None
    if day and ctx.meeting_date:    # the first such day after the meeting
        ahead = (WEEKDAY_INDEX[day.casefold()] - ctx.meeting_date.weekday() - 1) % 7 + 1
        due = (ctx.meeting_date + dt.timedelta(days=ahead)).isoformat()
    return undated.group(0), due


def _undated(text: str, words: set[str] | None = None) -> re.Match | None:
    """`senast fredag`, `innan sommaren`: a deadline that names a day or a time of year;
    `words`, the casefolded text's split words when the caller has them."""
    if _UNDATED_CUE.words.isdisjoint(text.casefold().split() if words is None else words):
        return None
    return _UNDATED_DEADLINE.search(text)


def _has_span(text: str) -> bool:
    """A quick test before `_SPAN_DEADLINE`: does `inom ` stand in the text?"""
    return any(head in text for head in _SPAN_HEADS)


def _span_due(found: re.Match, ctx: Context) -> str | None:
    """`inom två veckor`: the meeting's date and the span after it; none for a count not
    written as one (`inom några dagar`) or without the meeting's date."""
    count = found.group("count")
    count = int(count) if count.isdigit() else COUNT_WORDS[count.casefold()]
    if count is None or ctx.meeting_date is None:
        return None
    unit, size = SPAN_UNITS[found.group("unit").casefold()]
    if unit == "days":
        return (ctx.meeting_date + dt.timedelta(days=count * size)).isoformat()
    month = ctx.meeting_date.month - 1 + count * size
    year, month = ctx.meeting_date.year + month // 12, month % 12 + 1
    day = min(ctx.meeting_date.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day).isoformat()


def _month_due(found: re.Match, ctx: Context) -> str | None:
    """`senast i augusti`: that month, the first after the meeting; `före oktober`: the
    month before it."""
    month = MONTHS[found.group("month").casefold()]
    if key(found.group("word")) in BEFORE_WORDS:
        month = month - 1 or 12
    return DateMatch(found.start("month"), found.end(), "month", month=month).iso(
        base=ctx.meeting_date, forward=True)


def _day_alone(text: str, dates: list, ctx: Context) -> tuple[str, str] | None:
    """`Patrik återkommer 16/9`, `Rut skickar ut protokollet den 20 oktober`: the one day a
    task's sentence names, on or after the meeting's, is when it is done; not a day after
    a word that dates something else (`protokollet från 3/10`, `sedan 1 maj`)."""
    if len(dates) != 1 or dates[0].day is None or ctx.meeting_date is None:
        return None
    found = dates[0]
    before = text[:found.start].split()
    if before and before[-1].casefold() == "den":
        before = before[:-1]
    if not before or before[-1].casefold() in DAY_ALONE_NOT_DUE:
        return None
    due = found.iso(base=ctx.meeting_date, forward=True)
    if due is None or len(due) != 10 or due < ctx.meeting_date.isoformat() or found.year is None and (
            dt.date.fromisoformat(due) - ctx.meeting_date).days > _DAY_ALONE_AHEAD:
        return None     # `följer upp beslutet 1/10` after a meeting on 3/10: a day gone by
    start = text.rfind("den", 0, found.start) if text[:found.start].rstrip().casefold().endswith("den") else found.start
    return text[start:found.end].rstrip(" .,;"), due


def _due(found, ctx: Context, weekday: str | None = None) -> str | None:
    """A deadline's date; a week (`senast v. 42`) ends on its Friday, unless a day of it
    is named (`senast måndag vecka 47`, the date's own when next to the week)."""
    iso = found.iso(base=ctx.meeting_date, forward=True)
    if found.kind == "week" and iso and found.weekday is None:
        day = WEEKDAY_INDEX.get(weekday.casefold(), 4) if weekday else 4
        iso = (dt.date.fromisoformat(iso) + dt.timedelta(days=day)).isoformat()
    return iso
