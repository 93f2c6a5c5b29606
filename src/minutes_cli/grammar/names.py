"""People: the name forms of Swedish minutes, and who a mention points to.

`parse_people_line` reads one line of a list of people (`Namn, Organisation`,
`Namn (S)`, `Namn, roll, organisation`, `Organisation: Namn`, `Namn – roll`,
several names on one line, a `Vakant` seat). `Directory` resolves a mention in
the text (`Karin`, `A-M`, `Mölndal`) to the fullest name the document gives.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from .. import patterns
from ..vocabulary import (
    ABSENCE_MARKS,
    ABSENCE_REASONS,
    AMONG_WORDS,
    ATTENDANCE_CHANNELS,
    ATTENDANCE_MODES,
    ATTENDANCE_PARTS,
    ATTENDANCE_SPAN_LEADS,
    ATTENDANCE_SPAN_WORDS,
    ATTENDANCE_VERBS,
    BRACKETED_ABSENCE_REASONS,
    CLASS_WORDS,
    COLLECTIVE_OWNERS,
    COUNT_WORDS,
    DEFINITE_ENDINGS,
    GENERIC_GROUP_ENDINGS,
    GENERIC_GROUPS,
    GIVEN_NAMES,
    GROUP_HEAD_JOINS,
    HEADCOUNT_APPROXIMATIONS,
    HEADCOUNT_WORDS,
    MORE_PEOPLE_ENDINGS,
    MUNICIPALITIES,
    NAME_PARTICLES,
    NAME_TITLES,
    NOT_NAMES,
    NOT_ORG_ENDINGS,
    ON_BEHALF_WORDS,
    ORG_ADJECTIVE_ENDINGS,
    ORG_SUFFIXES,
    ORG_WORDS,
    PAIR_WORDS,
    PARTIES,
    PLACE_NOUN_ENDINGS,
    PLACE_NOUNS_AFTER_OWNER,
    PLURAL_ROLES,
    REPLACED_BY_WORDS,
    ROLE_ABBREVIATIONS,
    ROLE_ENDINGS,
    ROLE_LABELS,
    ROLE_MODIFIERS,
    ROLE_ORG_LINKS,
    ROLE_WORDS,
    SHARED_WORDS,
    SIGNED_FOR_WORDS,
    SUBSTITUTE_WORDS,
    SURNAME_ENDINGS,
    VACANT_WORDS,
    WRITER_WORDS,
    alternation,
    key,
)

_NAME_TOKEN = patterns.compile(
    r"^(?:\p{Lu}(?:[\p{Ll}'’]+|\.)?(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?(?:[\p{Ll}'’]+|\.)?)*)$")
_INITIALS = patterns.compile(r"^\p{Lu}\.?(?:-?\p{Lu}\.?){1,2}$")
_EMAIL = patterns.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FIRST_WORD = patterns.compile(r"^\S+[,:]?\s*")
# `Andersson, Eva (S)`: a register's form, the last name first
_LAST_FIRST = patterns.compile(r"^(?P<last>\p{Lu}[\p{Ll}-]+(?:-\p{Lu}[\p{Ll}]+)?),\s+(?P<first>\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?)"
                               r"(?=\s*(?:\(|,|$|[-–—]\s))")
_SURNAME_ENDINGS = tuple(SURNAME_ENDINGS)
_DIGIT = patterns.compile(r"\d")    # asked first: few lines of people hold a digit
# `... samt 14 medlemmar`, `..., ca 20 gäster`: a count of people no name is given for
_COUNTS = alternation(HEADCOUNT_WORDS + tuple(COUNT_WORDS))
_WORD_COUNT = (r"(?:(?:" + alternation(HEADCOUNT_APPROXIMATIONS) + r")\s+(?:\d+|" + _COUNTS + r")|" + _COUNTS
               + r")\s+\p{Ll}")
_COUNT_TAIL = patterns.compile(r"(?:,|\s+(?:samt|och|\+))\s+(?:(?i:\d+\s+\p{Ll}|" + _WORD_COUNT + r")[^,()]*"
                               # ... or a group with its count in brackets: `föräldrar från varje avdelning (7 st)`
                               r"|\p{Ll}[^,()]*\(\s*(?i:ca\.?\s*)?\d+\s*(?i:st|st\.|personer|pers\.?)?\s*\))$")
# `14 medlemmar enligt närvarolista, bland andra `: a count before the names of some of them;
# `ett tjugotal företagare, Amanda Frost ...`, `ca 20 medlemmar samt ...`: before the names of
# some who came besides (not a figure alone: `14 september kl 13-15, Ljungby`)
_COUNT_HEAD = patterns.compile(
    r"^(?:\d+\s+\p{Ll}[^,:()]*?,?\s+(?:" + alternation(AMONG_WORDS) + r")(?!\w)\s*:?\s*|"
    + _WORD_COUNT + r"[^,:()]*?(?:,?\s+(?:" + alternation(AMONG_WORDS) + r")(?!\w)\s*:?\s*|,\s+|\s+(?:samt|och)\s+))",
    re.I)
_SIGNED_FOR_WIDTH = 6    # the most words of `För Vårdförbundet avd. Skåne` under a signature
_ORGANIZATIONS_WIDTH = 80   # the longest line read as a list of organisations alone
_COUNT_TRIES = 3     # the joins from the end of a line a count is looked for after (`_count_tail`)
# ... and the words that may open such a count, in lower case (asked first)
_COUNT_FIRST = frozenset(word.split()[0] for word in HEADCOUNT_APPROXIMATIONS + HEADCOUNT_WORDS + tuple(COUNT_WORDS))
_MORE_TAIL = patterns.compile(r",?\s*(?:" + alternation(MORE_PEOPLE_ENDINGS) + r")$", re.I)
_MORE_ENDINGS = tuple(MORE_PEOPLE_ENDINGS)
_SEMICOLON = patterns.compile(r"\s*;\s*")
_OCH = patterns.compile(r"\s(?:och|samt|&)\s")
_PARENS = patterns.compile(r"\s*\(([^()]*)\)\s*")
_DASH_SPLIT = patterns.compile(r"\s+[-–—]\s+")
# a name a person goes by, between the first name and the last: `Elisabeth "Lisa" Ek`,
# `Elisabeth (Lisa) Ek`; or initials after the name: `Ann-Marie Ljung (A-M)`
_NICKNAME = patterns.compile(
    r"(?<=\w)\s+(?:(?:[\"“”'‘’«»](?P<quoted>\p{Lu}[\p{Ll}-]{1,20})[\"“”'‘’«»]"
    r"|\((?P<bracketed>\p{Lu}\p{Ll}{1,20})\))\s+(?=\p{Lu})"
    r"|\((?P<initials>\p{Lu}(?:-\p{Lu}){1,2})\)\s*$)")
_SHARED = patterns.compile(r"\s*\((?P<word>" + alternation(SHARED_WORDS) + r")\s+(?P<org>[^()]{2,60})\)\s*$", re.I)
_NICKNAME_MARKS = frozenset("\"“”'‘’«»(")   # a part without one of these holds no nickname
_ON_BEHALF = patterns.compile(r"^(?:" + alternation(ON_BEHALF_WORDS) + r")\s+(?=\S)", re.I)
# ... and after the names: `Anna Lund och Sara Ek från Vänersborgs kommun`, up to a comma or `samt`
_FROM_ORG = patterns.compile(r"\s+(?:" + alternation(ON_BEHALF_WORDS) + r")\s+(?P<org>[^,;()]{2,60}?)(?=\s*(?:[,;]|$)|\s+samt\s)")
_FROM_WORDS = tuple(f" {word} " for word in ON_BEHALF_WORDS)
# `Anna Lund/Vänersborg, Ulf Berg/Ale kommun`: a name, a slash and where the person is from
_SLASH_ORG = patterns.compile(r"(?<=\w)\s*/\s*(?P<org>[^,;/()]{2,60}?)(?=\s*(?:[,;]|$))")
_CLASS = r"(?:(?i:" + alternation(CLASS_WORDS) + r")\s+)?\d{1,2}\s?\p{L}?"     # `7A`, `Åk 8`, `Klass 9 b`
_CLASS_AFTER = patterns.compile(r"\s+(?P<class>(?:(?i:" + alternation(CLASS_WORDS) + r")\s+\d{1,2}\s?\p{L}?|\d{1,2}\s?\p{L}))$")
_COLON_FORM = patterns.compile(r"^(?P<left>[^:\d]{1,60}?|" + _CLASS + r"(?=:\s+\p{Lu}))\s*:\s*(?P<right>\S.*)$")
_LIST_SPLIT = patterns.compile(r"\s*(?:,|;|&|/|\boch\b|\bsamt\b)\s*")
_BRACKETS = patterns.compile(r"\([^()]*\)")
_SPLIT_IN_BRACKETS = patterns.compile(r"\([^()]*(?:,|;|&|/|\boch\b|\bsamt\b)[^()]*\)")   # `(Borås, ordf.)`
_PARTY_SET = set(PARTIES)
# `kommunen (Ali Demir, Eva Nord)`: an organisation and its people in a bracket after it
_ORG_BRACKET = patterns.compile(r"(?P<outer>[^(),;]{2,60}?)\s*\((?P<inside>[^()]*(?:,|\boch\b)[^()]*)\)")
_BRACKET_SPLIT = patterns.compile(r"\s*(?:,|\boch\b)\s*")
_WRITER = patterns.compile(r"^(?:" + alternation(WRITER_WORDS) + r")(?:\s*\((?P<name>[^()]+)\)|,?\s+(?P<named>(?-i:\p{Lu}).*))?$",
                           re.I)
_WRITER_FIRST = frozenset(w[0] for w in WRITER_WORDS)   # the first letters, a test before the pattern
_ROLE_FORMS = frozenset(ROLE_ABBREVIATIONS) | frozenset(ROLE_WORDS)   # a role alone, no more words
# `Per Olsson (V) §§ 1-5, Eva Ek (S)`, `Kamrer Peter Wikström, § 12–14`: the paragraphs a
# member took part in, read as they are in brackets (`(§§ 1-5)`), how the member took part
_PARAGRAPHS = patterns.compile(
    r"(?:,\s*|\s+)(§§?\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:,|och)\s*\d+(?:\s*[-–]\s*\d+)?)*)"
    r"(?=\s*(?:$|[,;]|och\s|samt\s))")
_PARTICLES = set(NAME_PARTICLES)
_TITLE = patterns.compile(r"^(?:" + alternation(NAME_TITLES) + r")\s+(?=(?-i:\p{Lu}))", re.I)   # `Dr. Eva Strand`
_MAY_TITLE = patterns.opens_with(NAME_TITLES)
_ORG_WORDS = set(ORG_WORDS)
_ORG_SUFFIX = patterns.compile(r"\w{3}(?:" + "|".join(sorted(ORG_SUFFIXES, key=len, reverse=True)) + r")$")
_SPAN = (r"(?:(?:" + alternation(ATTENDANCE_SPAN_LEADS) + r")\s+)?(?:" + alternation(ATTENDANCE_SPAN_WORDS)
         + r")\s*\d+(?:[.:]\d\d)?(?:\s*(?:[-–]|och|,)\s*\d+(?:[.:]\d\d)?)*")
_MODE = (r"(?:(?:" + alternation(ATTENDANCE_VERBS) + r")\s+)?(?:" + alternation(ATTENDANCE_MODES + ATTENDANCE_PARTS + ABSENCE_REASONS + ABSENCE_MARKS)
         + r"|via\s+(?:" + alternation(ATTENDANCE_CHANNELS) + r")|" + _SPAN + r")")
# how a person took part: `(digitalt)`, `, via Teams`, `– på distans` or ` via Teams` (lower case:
# not `Olle Sjuk`'s last name) at the end, or a part alone
_ATTENDANCE = patterns.compile(r"\s*\(\s*(?P<paren>" + _MODE + "|" + alternation(BRACKETED_ABSENCE_REASONS) + r")\s*\)|(?:^|\s*,|\s+[-–—]|\s(?=(?-i:\p{Ll})))\s*(?P<tail>"
                               + _MODE + r")\s*$|\s*,\s*(?P<inner>" + _MODE + r")\s*(?=\)\s*$)", re.I)
# ... or as the last part of the last bracket, after a comma: `(Länsstyrelsen, till kl. 19.30)`
# `Lisa Åström (C) ersätter Per Sund (KD)`: the words between a substitute and the member
# (or `Per Sund (KD), ersatt av Lisa Åström (C)`: between the member and the substitute);
# a bare `för` after a party's bracket, or between two names of two words or more
# (`Elisabet Norén för Anders Ljung`; `_substitute` asks that both are names alone)
_SUBSTITUTE = patterns.compile(
    r"(?:\s*,?\s+(?P<words>" + alternation([*SUBSTITUTE_WORDS, *REPLACED_BY_WORDS])
    + r")|(?<=\))\s+för|(?<=\w)\s+(?P<bare>för)(?=\s+(?-i:\p{Lu})\w+\s+(?-i:\p{Lu})))\s+(?=(?-i:\p{Lu}))",
    re.I)
# a quick test before the search
_SUBSTITUTE_ENDS = tuple(sorted({w.split()[-1] for w in SUBSTITUTE_WORDS} | {w.split()[0] for w in REPLACED_BY_WORDS}))
# `Elsa Nyberg (för Tomas Vik)`, `Åke Ek (S) (ersätter Lina Berg (S))`: whom a substitute sits
# in for, in a bracket of its own (or who sat in: `Mats Ek (ersätts av Kim Falk)`)
_SUBSTITUTE_BRACKET = patterns.compile(
    r"\s*\((?P<words>" + alternation([*SUBSTITUTE_WORDS, *REPLACED_BY_WORDS, "för"])
    + r")\s+(?P<who>(?-i:\p{Lu})[^()]*(?:\([^()]*\))?)\)", re.I)
_REPLACED_BY = frozenset(REPLACED_BY_WORDS)
_ROLE_ORG_LINKS = frozenset(ROLE_ORG_LINKS)
_ROLE_PREFIX = patterns.compile(r"^(?:\d:[ae]\s+|förste\s+|andre\s+)?(?:" + alternation(ROLE_WORDS) + r")\b", re.I)
# a sports club's team: boys', girls' or an age group's and the age or year of birth
_TEAM = patterns.compile(r"^[PFU]\d{1,2}(?:\d{2})?$")
_AGE = patterns.compile(r"^\d{1,3}(?:\s*år)?$")
# `rektor Eva Lund`, `biträdande rektor Jonas Ek`: a role written before the name
_MAY_LEAD_ROLE = patterns.opens_with(ROLE_MODIFIERS + ROLE_WORDS)
_PLURAL_ROLE = patterns.compile(r"^(?P<role>" + alternation(PLURAL_ROLES) + r")\s+(?=(?-i:\p{Lu}))", re.I)
# ... or two (`Ordförande rektor Eva Berg`: the meeting's role, then the work's)
# ... a role word or a compound of one (`lärarrepresentant Karin Holm`, `Skyddsombud Eva Ek`)
_ROLE_WORD = (r"(?:(?:" + alternation(ROLE_MODIFIERS) + r")\s+)?(?:" + alternation(ROLE_WORDS)
              + r"|[\p{L}-]+?(?:" + alternation(ROLE_ENDINGS) + r"))")
_ROLE_END = r"(?:" + "|".join(DEFINITE_ENDINGS) + r")?\.?\s+"      # `Kocken Ahmed`, `Ordf. Mats`
_ROLE_BEFORE = patterns.compile(r"^(?P<role>" + _ROLE_WORD + r")" + _ROLE_END
                                + r"(?:(?P<second>" + _ROLE_WORD + r")" + _ROLE_END + r")?(?=(?-i:\p{Lu}))", re.I)


@dataclass(eq=False)
class PersonFact:
    """A person as a list of people gives them."""

    name: str
    line: int
    organization: str | None = None
    role: str | None = None
    party: str | None = None
    group: str | None = None
    email: str | None = None
    nickname: str | None = None
    attendance: str | None = None   # how they took part: `digitalt`, `via Teams`
    replaces: str | None = None     # the member a substitute sits in for


@dataclass(eq=False)
class VacancyFact:
    """A seat with nobody in it (`Vakant`)."""

    organization: str | None
    line: int


@dataclass(eq=False)
class OrganizationFact:
    """An organisation a list names with none of its people (`Förhinder: Hjo, Gullspång`,
    `Anmält förhinder` / `Sollefteå kommun`): a member that came or sent nobody."""

    name: str
    line: int
    group: str | None = None


@dataclass(eq=False)
class PeopleLine:
    """What one line of a list of people held."""

    people: list[PersonFact] = field(default_factory=list)
    vacancies: list[VacancyFact] = field(default_factory=list)
    organizations: list[OrganizationFact] = field(default_factory=list)
    colon_org: str | None = None   # the organisation of an `Organisation: Namn` line
    replaced: list[PersonFact] = field(default_factory=list)   # the members its substitutes sit in for


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Case- and accent-insensitive key: `Mårtensson` and `martensson` are one.
    Remembered: a batch folds the same names and words over and over."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


# The tests of a name's or a part's words below depend on the text alone, and a batch of
# one body's minutes repeats its members' lines in every document: remembered, as `fold`,
# in caches small enough (1,024 texts each) that a batch's memory does not grow with it.
@functools.lru_cache(maxsize=1024)
def is_org_like(text: str) -> bool:
    """`Region Halland`, `Almby IK`, `Kommunstyrelseförvaltningen`, `RF-SISU`."""
    tokens = text.split()
    if not tokens:
        return False
    for token in tokens:
        low = token.casefold().strip(".,")
        if low in _ORG_WORDS or _ORG_SUFFIX.search(low) and not low.endswith(NOT_ORG_ENDINGS):
            return True
    if all(t.isupper() and len(t) >= 2 for t in tokens if t.isalpha()) and any(t.isalpha() for t in tokens):
        return True
    return False


@functools.lru_cache(maxsize=1024)
def name_like(text: str, single: bool = False) -> bool:
    """Does `text` look like a person's name? One word only with `single`."""
    tokens = text.split()
    if not tokens or len(tokens) > 6 or len(text) > 60:
        return False
    if len(tokens) == 1 and not single:
        return False
    if tokens[0].casefold() in _PARTICLES:
        return False
    if key(tokens[0]) in NOT_NAMES and (len(tokens) == 1 or key(tokens[0]) not in GIVEN_NAMES):
        return False   # `Inga frågor` is no name, `Inga Berg` is
    capitals = 0
    for token in tokens:
        if token.casefold() in _PARTICLES:
            continue
        if not _NAME_TOKEN.match(token):
            return False
        letters = token.replace("-", "").replace(".", "")
        if len(letters) >= 3 and letters.isupper():
            return False
        capitals += 1
    if capitals == 0 or is_org_like(text):
        return False
    if len(tokens) == 1 and (tokens[0].isupper() and "-" not in tokens[0]):
        return False  # `GR`, `AU`: a group, not a person
    return True


# the last name after a first name in running text: `Maj-Lis| Wern och ...`
_LAST_NAME = patterns.compile(r" +(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\w-])")


def full_names(first_names: set[str], text: str) -> dict[str, set[str]]:
    """The full names running text gives these first names: `Maj-Lis Wern och Olle Ek
    valdes till revisorer` gives {`Maj-Lis`: {`Maj-Lis Wern`}, `Olle`: {`Olle Ek`}}.
    `text`: the document's lines joined by line breaks, searched once for each name."""
    found: dict[str, set[str]] = {}
    for first in first_names:
        wanted = first + " "
        at = text.find(wanted)    # a search for the name, not a pattern run over every letter
        while at != -1:
            end = at + len(first)
            if text[end + 1:end + 2].isupper() and not (at and (text[at - 1].isalnum() or text[at - 1] in "-_")):
                last = _LAST_NAME.match(text, end)
                # no test of towns: `Berg` and `Lund` are last names too
                if last is not None and name_like(full := f"{first} {last.group(1)}"):
                    found.setdefault(first, set()).add(full)
            at = text.find(wanted, end)
    return found


def _opens_with_role(part: str) -> bool:
    """`ordförande`, `projektledare #CareConnect`, or a role word after an abbreviation and a
    hyphen: `HR-chef`, `IT-strateg` (a test of the few parts with a hyphen near the start,
    not a longer pattern for every part)."""
    if _ROLE_PREFIX.match(part):
        return True
    dash = part.find("-", 2, 6)
    return dash > 0 and part[:dash].isupper() and bool(_ROLE_PREFIX.match(part[dash + 1:]))


def _list_parts(text: str) -> list[str]:
    """The parts of a list of people or places, split at `,`, `;`, `och`, ..., but not at
    the `och` of a shared last part: `Vård- och omsorgsförvaltningen` stays one."""
    if "(" in text and _SPLIT_IN_BRACKETS.search(text):
        return _bracketed_parts(text)
    parts = [p for p in _LIST_SPLIT.split(text) if p]
    if "- och " not in text:
        return parts
    joined: list[str] = []
    for part in parts:
        if joined and joined[-1].endswith("-"):
            joined[-1] = f"{joined[-1]} och {part}"
        else:
            joined.append(part)
    return joined


def _bracketed_parts(text: str) -> list[str]:
    """`Anna Berg (Borås stad, ordförande), Per Lind (Region VG, sekreterare)`: the parts of a
    list whose brackets hold what splits it; each bracket stays with its part."""
    kept = _BRACKETS.findall(text)
    masked = _BRACKETS.sub("\x00", text)
    parts = []
    for part in _list_parts(masked):
        while "\x00" in part:
            part = part.replace("\x00", kept.pop(0), 1)
        parts.append(part)
    return parts


def role_like(text: str) -> bool:
    """`Samordnare, Vård- och omsorgsförvaltningen`, `projektledare`, `Trafikplanerare`: a
    line that opens with a role word and says what a person is, not a label (`Ansvarig:
    Annika`) or a sentence."""
    return ":" not in text and text[-1:] not in ".!?" and _role_part(text.split(",", 1)[0])


def is_initials(text: str) -> bool:
    return bool(_INITIALS.match(text))


def parse_people_line(text: str, line: int, group: str | None = None,
                      default_org: str | None = None, single: bool = False) -> PeopleLine | None:
    """The people on one line of a list, or None when the line is not one."""
    text = text.strip().rstrip(".,;").strip()
    if "§" in text:
        text = _PARAGRAPHS.sub(r" (\1)", text)
    if text.endswith(_MORE_ENDINGS):
        text = _MORE_TAIL.sub("", text)     # `Eva Ek, Per Lind m.fl.`
    if (text[-1:].islower() or text[-1:] == ")" and _DIGIT.search(text)) and (count := _count_tail(text)):
        text = text[:count]                 # `Eva Ek, Per Lind samt 14 medlemmar`
    if (text[:1].isdigit() or text[:1].islower() and text.split(None, 1)[0] in _COUNT_FIRST) and (
            count := _COUNT_HEAD.match(text)):
        text = text[count.end():]           # `14 medlemmar, bland andra Eva Ek och Per Lind`
    elif text[:1].islower():
        text = _after_group(text)           # `alla förskolechefer samt Agnes Ström`
    if text[:1].lower() in _WRITER_FIRST:
        text = _writer_name(text) or text   # `Undertecknad, Lisa Falk`
    if not text:
        return None
    first = key(text.split()[0])
    if first in VACANT_WORDS:
        rest = _FIRST_WORD.sub("", text).strip() or None
        return PeopleLine(vacancies=[VacancyFact(rest, line)])
    email = None
    found = _EMAIL.search(text) if "@" in text else None
    if found:
        email = found.group(0)
        text = (text[:found.start()] + text[found.end():]).strip(" ,;")
    if ", " in text[:40]:
        # `Andersson, Eva (S)`, or a register's list `Andersson, Eva; Lindberg, Ulf`
        text = ("; ".join(map(_first_name_first, _SEMICOLON.split(text))) if ";" in text
                else _first_name_first(text))
    said = text     # `Elsa Nyberg (för Tomas Vik)` read as `Elsa Nyberg ersätter Tomas Vik`
    if "(" in text and any(end in text for end in _SUBSTITUTE_ENDS):
        said = _SUBSTITUTE_BRACKET.sub(_unbracketed, text)
    sub = _SUBSTITUTE.search(said) if any(end in said for end in _SUBSTITUTE_ENDS) else None
    if sub and sub.start():
        found = _substitute(said, sub, line, group, default_org)
        if found is not None:
            return found
    colon = _COLON_FORM.match(text)
    if colon:     # `Kalmar kommun: Ida Rosén`, `7A: Ella Nyström`
        return _led(_ON_BEHALF.sub("", colon.group("left").strip()), colon.group("right").strip(),
                    line, group, default_org, single=True)
    dash = _DASH_SPLIT.split(text, maxsplit=1) if "–" in text or " - " in text or "—" in text else ()
    if len(dash) == 2 and ":" not in dash[0] and _leads_org(dash[0]):
        # `Borlänge kommun – Ali Mansour, Petra Lund`, `Kalmar – Ida Rosén`: the organisation
        # first, as with a colon; full names only, for a dash has more uses than a colon in a list
        found = _led(dash[0].strip(), dash[1].strip(), line, group, default_org, single=False)
        if found is not None:
            return found
    if any(word in text for word in _FROM_WORDS) and (found := _from_org(text, line, group, default_org, single)):
        return found
    if "/" in text:
        text = _SLASH_ORG.sub(_slash_org, text)
    if _places(text):           # `Hjo, Gullspång`: a line of the list that names nobody
        return organizations_line(text, line, group)
    if ") " in text and text.count("(") == 1 and _role_word(after := text.rpartition(") ")[2]) and after.islower():
        text = f"{text[:-len(after)].rstrip()}, {after}"    # `Elin (9B) ordförande`: her role after the bracket
    if "(" in text and _names_in_bracket(text) and (spread := _ORG_BRACKET.sub(_spread_bracket, text)) != text:
        text = spread   # `kommunen (Ali Demir, Eva Nord)` read as `Ali Demir (kommunen), Eva Nord (kommunen)`
    people = parse_names(text, line, group=group, org=default_org, single=single)
    if not people and ", " in text:
        # `Centrumföreningen, Kerstin Lund`: the organisation first, as with a dash, when the
        # line names nobody read the other way round; full names only
        left, _comma, right = text.partition(", ")
        led = _led(left, right, line, group, default_org, single=False) if _leads_org(left) else None
        people = led.people if led is not None else people
    if not people:
        return None
    if email and len(people) == 1:
        people[0].email = email
    return PeopleLine(people=people)


def _names_in_bracket(text: str) -> bool:
    """Does a bracket of the line hold a comma or `och` (a test before `_ORG_BRACKET`)?"""
    return any("," in inside or " och " in inside
               for inside in (chunk.partition(")")[0] for chunk in text.split("(")[1:]))


def _spread_bracket(found: re.Match) -> str:
    """`kommunen (Ali Demir, Eva Nord)` -> `Ali Demir (kommunen), Eva Nord (kommunen)`;
    `fastighetsägare (Sofia Ljung, Hem AB)` -> `Sofia Ljung (Hem AB, fastighetsägare)`: the
    people named in a bracket after what is no name, each with it and what else the bracket
    says; any other bracket as it is (`Eva Ek (Borås, ordf.)`)."""
    outer = found.group("outer").strip()
    pieces = [piece for piece in _BRACKET_SPLIT.split(found.group("inside")) if piece]
    if name_like(outer) or not pieces or not name_like(pieces[0]):
        return found.group(0)
    people: list[list[str]] = []    # each name with what follows it: `(Eva Ek, PRO, Bo Lund, SPF)`
    for piece in pieces:
        if name_like(piece):
            people.append([piece])
        else:
            people[-1].append(piece)
    lead = found.group(0)[:len(found.group(0)) - len(found.group(0).lstrip())]
    return lead + ", ".join(f"{name} ({', '.join([*said, outer])})" for name, *said in people)


def _count_tail(text: str) -> int | None:
    """Where a count of people no name is given for ends the line (`_COUNT_TAIL`), tried
    after each of the last few joins (a comma, `och`, `samt`), not after every one: a long
    line of names joined by `och` is not read again from each."""
    end = len(text)
    for _ in range(_COUNT_TRIES):
        cut = max(text.rfind(",", 0, end), text.rfind(" och ", 0, end), text.rfind(" samt ", 0, end),
                  text.rfind(" + ", 0, end))
        if cut <= 0:
            return None
        if _COUNT_TAIL.match(text, cut):
            return cut
        end = cut
    return None


def _writer_name(part: str) -> str | None:
    """`jag (Maria)`, `undertecknad Lisa Falk`: the one who writes, by name; '' for a bare
    `jag`, who is nobody in a list; None for a part that is no writer."""
    writer = _WRITER.match(part) if part[:1].lower() in _WRITER_FIRST else None
    return None if writer is None else writer.group("name") or writer.group("named") or ""


def said_below(person: PersonFact, text: str, line: int) -> bool:
    """`Maria Öberg` / `Samordnare, Vård- och omsorgsförvaltningen`, `Anna Lund` /
    `Vänersborgs kommun`: a line below a name alone that says what the person is or where
    they are from, and names nobody; gives the person what it says, and says if it did."""
    if not (role_like(text) or (is_org_like(text) or is_town(text)) and ":" not in text
            and parse_people_line(text, line, single=True) is None):
        return False
    found = parse_people_line(f"{person.name}, {text}", line, single=True)
    if not found or len(found.people) != 1:
        return False
    person.role = person.role or found.people[0].role
    person.organization = person.organization or found.people[0].organization
    return True


def signed_for(text: str) -> str | None:
    """`För arbetsgivaren`, `För Kommunal`: whom a signer signs for, on the line under the
    name (SIGNED_FOR_WORDS and a few words, no digits, no colon); else None."""
    words = text.split()
    if (1 < len(words) <= _SIGNED_FOR_WIDTH and words[0].casefold() in SIGNED_FOR_WORDS
            and ":" not in text and not _DIGIT.search(text)):
        return text[len(words[0]):].strip(" ,.")
    return None


def led_by_label(text: str) -> bool:
    """Does a label and a colon lead a line of people (`Kalmar kommun: Ida Rosén`,
    `Rektor: Sofia Lund`)?"""
    return ":" in text and _COLON_FORM.match(text.strip()) is not None


def _after_group(text: str) -> str:
    """The names after a group no name is given for, in lower case and of three words at
    most, and `samt` or `och`: `alla förskolechefer samt Agnes Ström`, `styrelsen och Eva Ek`;
    else `text` as it is."""
    for join in GROUP_HEAD_JOINS:
        head, found, rest = text.partition(join)
        if found and rest[:1].isupper() and head.islower() and len(head.split()) <= 3 and "," not in head:
            return rest
    return text


def _leads_org(text: str) -> bool:
    """Does `text`, before a dash or a comma, name an organisation (`Borlänge kommun`) or a
    town (`Kalmar`) or a place that is a workplace too (`Fritidsgården`, `Biblioteket`) and
    no person, so that the names after it are its people?"""
    return (is_org_like(text) and not name_like(text, single=True) or is_town(text)
            or place_noun(text) and key(text.split()[0]) not in GIVEN_NAMES)


def _led(left: str, right: str, line: int, group: str | None, default_org: str | None,
         single: bool) -> PeopleLine | None:
    """The people of a line led by what they have in common, before a colon or a dash: an
    organisation (`Kalmar kommun: Ida Rosén, Mikael Dahl`), a seat nobody holds (`Tidaholm:
    Vakant`), a role (`Sekreterare: Eva Ek`, `Rektor: Sofia Lund`), a group (`Föräldrar:
    ...`) or a party (`S: ...`)."""
    if key(right.split()[0]) in VACANT_WORDS and key(left) not in ROLE_LABELS:
        return PeopleLine(vacancies=[VacancyFact(left, line)])   # `Tidaholm: Vakant`
    role = org = None
    if _generic_group(left):
        # `Föräldrar: Hanna Lund, Mikael Ek`, `Föräldrarepresentanter: ...`: a group, not an organisation
        people = parse_names(right, line, group=left, single=single)   # nor the one of the line above
        return PeopleLine(people=people) if people else None
    if key(left) in ROLE_LABELS:
        role = ROLE_LABELS[key(left)]
    elif _is_party(left):     # `S: Anna Berg, Per Lind`
        people = parse_names(right, line, group=group, org=default_org, single=single)
        for person in people:
            person.party = person.party or left
        return PeopleLine(people=people) if people else None
    elif _opens_with_role(left):    # `Rektor: Sofia Lund`, `Projektledare Region Halland: Eva Ek`
        role, org = _split_role(left[:1].lower() + left[1:])
    else:
        org = left
    people = parse_names(right, line, group=group, org=org or default_org, single=single)
    for person in people:
        person.role = person.role or role
    return PeopleLine(people=people, colon_org=org if role is None else None) if people else None


def _share_org(people: list[PersonFact], since: int, org: str, word: str | None) -> None:
    """The organisation a list gives several of its people (`(båda Region Gävleborg)`,
    `(alla Hofors kommun)`, `..., Ale kommun` at its end): the two names before it for
    PAIR_WORDS, else all since `since`, each that has none of its own."""
    for person in people[-2:] if word is not None and key(word) in PAIR_WORDS else people[since:]:
        person.organization = person.organization or org


def _slash_org(found: re.Match) -> str:
    """` (Vänersborg)` for `/Vänersborg` after a name, as a bracket gives where a person is
    from; the slash as it stands between two names (`Mona/Rut`)."""
    org = found.group("org").strip()
    return f" ({org})" if _leads_org(org) else found.group(0)


def _from_org(text: str, line: int, group: str | None, default_org: str | None,
              single: bool) -> PeopleLine | None:
    """`Anna Lund och Sara Ek från Vänersborgs kommun`, `Johan Nyman från Trollhättans stad,
    Eva Ek från Region Skåne`: the organisation after `från` (or `för`) is that of the names
    before it, back to the one before; None unless each is an organisation or a town and
    each run before one names people."""
    people: list[PersonFact] = []
    at = 0
    for found in _FROM_ORG.finditer(text):
        org = found.group("org").strip()
        names = parse_names(_unjoined(text[at:found.start()]), line, group=group, org=org,
                            single=single) if _leads_org(org) else []
        if not names:
            return None
        # `Mona Ek (fritids), Fredrik Sand (föräldraföreningen), Kerstin Ahl från ...`: the
        # organisation is of those after the last who names one of their own
        own = [i for i, person in enumerate(names) if person.organization != org]
        for person in names[:own[-1]] if own else ():
            if person.organization == org:
                person.organization = default_org or _group_org(group)
        people.extend(names)
        at = found.end()
    tail = _unjoined(text[at:])
    rest = parse_names(tail, line, group=group, org=default_org, single=single) if tail and people else []
    if not people or tail and not rest:
        return None
    return PeopleLine(people=people + rest)


def _unjoined(run: str) -> str:
    """A run of names between organisations, without what joins it to the one before:
    `..., samt Lotta Nyberg (enhetschef)`, `... och Per Ek`."""
    run = run.strip(" ,;")
    return run.split(maxsplit=1)[1] if run.startswith(("samt ", "och ")) else run


def _first_name_first(text: str) -> str:
    """`Andersson, Eva (S)`: `Eva Andersson (S)`; other text as it is."""
    inverted = _LAST_FIRST.match(text)
    if inverted is None or not _last_first(inverted):
        return text
    return f"{inverted.group('first')} {inverted.group('last')}{text[inverted.end():]}"


def _last_first(found: re.Match) -> bool:
    """`Andersson, Eva`: a last name no first name shares and that ends as last names do, then
    a first name, and no more names; not two first names (`Per, Anna`), nor a town or an
    organisation and a name (`Kungsbacka, Eva`)."""
    last, first, rest = found.group("last"), found.group("first"), found.string[found.end():]
    if any(name_like(part.strip(), single=True) and not _leads_org(part.strip()) for part in rest.split(",")[1:]):
        return False    # `Eva, Anna, Per`: a list of first names (not `Andersson, Anna, Vänersborg`)
    return (key(first.split("-")[0]) in GIVEN_NAMES and key(last) not in GIVEN_NAMES
            and key(last).endswith(_SURNAME_ENDINGS) and key(last) not in MUNICIPALITIES and not is_org_like(last))


def _unbracketed(found) -> str:
    """` ersätter Tomas Vik` for `(för Tomas Vik)`; ` ersatt av Kim Falk` for `(ersatt av Kim Falk)`."""
    words = found.group("words")
    return f" {words if key(words) in _REPLACED_BY else 'ersätter'} {found.group('who')}"


def _substitute(text: str, sub, line: int, group: str | None, default_org: str | None) -> PeopleLine | None:
    """`Lisa Åström (C) ersätter Per Sund (KD)`: the substitute, who is there, and the
    member, who is not. In a list (`Eva Ek (S); Lisa Åström (C), ersättare för Per Sund (KD)`)
    the substitute is the last person before the words, the member the first after them,
    and the others are listed as the line's other people; `Per Sund (KD), ersatt av Lisa Åström (C)`
    names the two the other way round. None when either side names nobody."""
    before = parse_names(text[:sub.start()], line, group=group, org=default_org, single=True)
    after = parse_names(text[sub.end():], line, group=group, single=True)
    if not before or not after or is_org_like(after[0].name):
        return None
    if sub.group("bare") and ("," in text[:sub.start()] or len(before) > 1 or len(after) > 1
                              or key(after[0].name.split()[0]) not in GIVEN_NAMES):
        return None     # `Anna Berg, ordförande för Lions Club`: a bare `för` joins two names alone
    words = key(sub.group("words") or "")
    if words in _REPLACED_BY:
        stand_in, member = after[0], before.pop()
    else:
        stand_in, member = before[-1], after.pop(0)
    stand_in.replaces = member.name
    stand_in.role = stand_in.role or SUBSTITUTE_WORDS.get(words)
    member.organization = member.organization or stand_in.organization
    return PeopleLine(people=before + after, replaced=[member])


def parse_names(text: str, line: int, group: str | None = None, org: str | None = None,
                single: bool = False) -> list[PersonFact]:
    """One or more people written on one line; [] when it is not a line of people."""
    chunks = [c for c in _SEMICOLON.split(text) if c.strip()]
    people: list[PersonFact] = []
    for chunk in chunks:
        found = (_several(chunk, line, single, led=org is not None)
                 or (" och " in chunk and _each_with_org(chunk, line, single)) or _one(chunk, line, single))
        if found is None:
            return []
        people.extend(found)
    for person in people:
        if person.organization is None:
            person.organization = org if org else _group_org(group)
        person.group = group
    return people


def is_town(text: str) -> bool:
    """`Hjo`: a municipality no first name shares (`Nora` and `Mark` are people too)."""
    word = key(text)
    return word in MUNICIPALITIES and word not in GIVEN_NAMES


def at_home(before: str, place: str) -> str:
    """The place without the preposition `before` it had, but for `hos` before a person:
    `hos Ulf` is Ulf's home (not the place `Ulf`), `hos Länsstyrelsen` is Länsstyrelsen."""
    if before.lstrip(" ,–-")[:4].casefold() == "hos " and place:
        who = place.split(",")[0].split(" och ")     # `hos Petra och Jonas`
        if all(name_like(name.strip(), single=True) and not is_org_like(name) for name in who):
            return f"hos {place}"
    return place


def place_noun(text: str) -> bool:
    """`föreningslokalen, Storgatan 4`: a place in lower case, named by its first word, by
    whose it is and a room (`skolans bibliotek`), or by a room and its name or number
    (`sal Ljusnan`, `rum 204`)."""
    words = [word.rstrip(",.;") for word in text.split(maxsplit=2)[:2]]
    if not words:
        return False
    first = words[0].casefold()
    if first.endswith(PLACE_NOUN_ENDINGS):
        return True
    if len(words) < 2:
        return False
    second = words[1]
    return ((first in PLACE_NOUNS_AFTER_OWNER and (second[:1].isupper() or second[:1].isdigit()))
            or (first.endswith("s") and second.casefold() in PLACE_NOUNS_AFTER_OWNER))


def organizations_line(text: str, line: int, group: str | None = None) -> PeopleLine | None:
    """`Sollefteå kommun`, `Härnösand, Kramfors och Timrå`, `Region Västernorrland`: a line
    of a list of people that names organisations only, each a municipality or a name of
    capitals with an organisation's word; None for any other line. (A municipality that is
    a first name too, `Nora`, is read as a person before this is asked.)"""
    text = text.strip().rstrip(".,;").strip()
    if not text or len(text) > _ORGANIZATIONS_WIDTH or text[-1] in "!?:":
        return None
    parts = _list_parts(text)
    for part in parts:
        if not (key(part) in MUNICIPALITIES or is_org_like(part) and not name_like(part)
                and all(word[:1].isupper() or is_org_like(word) for word in part.split())):
            return None
    return PeopleLine(organizations=[OrganizationFact(part, line, group) for part in parts])


def _places(text: str) -> bool:
    """`Hjo, Gullspång och Karlsborg`: a list of municipalities (or other organisations),
    at least one of them a town no first name shares, so `Anna, Nora` stays people."""
    parts = _list_parts(text)
    if len(parts) < 2:
        return False
    town = False
    for part in parts:
        word = key(part)
        if word in MUNICIPALITIES:
            town = town or is_town(part)
        elif not is_org_like(part):
            return False
    return town


def _group_org(group: str | None) -> str | None:
    """A sub-group heading like `GR` stands for the organisation of its people; `Från
    förvaltningen`, `För föreningen` for the one it names after its first word."""
    if group and not _generic_group(group) and key(group) not in ROLE_LABELS:
        return _ON_BEHALF.sub("", group) or None
    return None


def _generic_group(text: str) -> bool:
    """`Föräldrar`, `Ersättare`, `Föräldrarepresentanter`: the people of a kind, no organisation."""
    label = key(text)
    return label in GENERIC_GROUPS or label.endswith(GENERIC_GROUP_ENDINGS)


def _several(chunk: str, line: int, single: bool, led: bool = False) -> list[PersonFact] | None:
    """`Anna Berg, Per Lind och Eva Ek`, `Lena Ek (S), ordförande, Per Lind (M)`:
    a list of names, each perhaps with a role after it, none with an organisation. `led`:
    the line's organisation is known (`Jönköpings kommun: Elsa Grip, Omid Karimi`), so a
    name of two words after a comma is one more person's, whatever its first name."""
    shared = _SHARED.search(chunk) if "(" in chunk else None
    if shared:
        chunk = chunk[:shared.start()]     # `Anna Berg och Per Lind (båda Ale kommun)`
    parts = _list_parts(chunk)
    if len(parts) < 2:
        return None
    people: list[PersonFact] = []
    roles_between = after_role = False
    single_words = all(len(p.split()) == 1 for p in parts)
    shared_org = shared.group("org").strip() if shared else None
    held: str | None = None    # `ledamöterna Anna Öst och Gun Ny`: the role of the names after it
    shared_from = 0            # the first person a bracket for several inside the list can go to
    for index, part in enumerate(parts):
        writer = _writer_name(part)
        if writer is not None:      # `... och jag (Maria)`: the one who writes, by name
            if not writer:
                continue
            part = writer
        part, attendance = _take_attendance(part)
        if not part:    # `Anna Berg (S), digitalt`: how the person before took part
            if not people:
                return None
            people[-1].attendance = people[-1].attendance or attendance
            continue
        plural = _PLURAL_ROLE.match(part) if part[:1].islower() else None
        if plural is not None:
            held, part = PLURAL_ROLES[plural.group("role").casefold()], part[plural.end():]
        elif part[:1].islower():
            held = None
        inner = _SHARED.search(part) if people and "(" in part else None
        if inner is not None:
            part = part[:inner.start()]    # `Lisa Borg, Maja Tell (båda Region Gävleborg), Ove Lind`
        if after_role and _org_after_role(part, people[-1]):
            people[-1].organization = part    # `Peter Wall, förvaltare, Riksbyggen`: where the role is held
            after_role = False
            continue
        name, party, role, org, nickname = _split_name(part)
        role = role or held
        after_role = False
        if (people and (part[:1].islower() or _role_part(part)) and not _PARENS.search(part)
                and _role_before(part) is None):
            # `..., ordförande, ...`, `..., ordf., ...` belongs to the name before; so does
            # `..., socialförvaltningen, ...`, `..., fritidsgården Norr, ...`, as its organisation
            before = people[-1]
            if before.organization is None and part[:1].islower() and _lower_case_place(part):
                before.organization = part
            else:
                before.role = before.role or ROLE_ABBREVIATIONS.get(key(part), part)
            roles_between = after_role = True
            continue
        if not name_like(name, single=True):
            if len(people) >= 2 and index == len(parts) - 1 and is_org_like(part):
                shared_org = part       # `Anna Berg, Per Lind, Ale kommun`: the organisation of them all
                break
            return None
        if len(name.split()) == 1 and not (single or single_words or role and _given_name(name)):
            return None     # (but `pedagogerna Sara och Mia`, `rektor Eva`: first names after a role)
        people.append(PersonFact(name, line, organization=org, party=party, role=role, nickname=nickname,
                                 attendance=attendance))
        if inner is not None:
            _share_org(people, shared_from, inner.group("org").strip(), inner.group("word"))
            shared_from = len(people)
    if shared_org:
        _share_org(people, shared_from, shared_org, shared.group("word") if shared else None)
    joined_by_och = bool(_OCH.search(chunk)) or "/" in chunk
    if joined_by_och and sum(1 for p in people if p.organization or p.party) >= 2:
        _share_marks(people, chunk)
    all_marked = all(p.party or p.role or p.organization for p in people)   # `Anna Ek (S), Per Lind (M)`
    # `Per Lind, Eva Ek`: what follows the first name is a person's name, not an organisation
    given = all(_given_name(p.name) or led and len(p.name.split()) >= 2 and not is_org_like(p.name)
                and not is_town(p.name) for p in people[1:])
    if len(people) < 2 or not (joined_by_och or len(people) >= 3 or all_marked or roles_between or given):
        return None  # `Namn, Organisation` is the common two-part form
    return people


def _org_after_role(part: str, before: PersonFact) -> bool:
    """`Peter Wall, förvaltare, Riksbyggen`, `..., ekonom, Skellefteå kommun`: right after a
    person's role, an organisation, or one word that is no first name in a list of full names."""
    if before.organization is not None or _given_name(part) or "(" in part:
        return False
    if " " not in part:
        return part[:1].isupper() and len(before.name.split()) >= 2 and part.upper() not in _PARTY_SET
    return is_org_like(part) and not name_like(part)


def _each_with_org(chunk: str, line: int, single: bool) -> list[PersonFact] | None:
    """`Eva Ek, Kungsbacka kommun och Per Ek, Varbergs kommun`: people joined by `och`, the
    first with what follows a comma; each after `och` opens with a common first name, and an
    organisation's own `och` (`Förvaltningen för utbildning, försörjning och arbete`) opens none."""
    pieces = chunk.split(" och ")
    if "," not in pieces[0]:
        return None
    parts = pieces[:1]
    for piece in pieces[1:]:
        if piece and given_word(piece.split(maxsplit=1)[0]):
            parts.append(piece)
        else:
            parts[-1] = f"{parts[-1]} och {piece}"    # the `och` of an organisation
    if len(parts) < 2:
        return None    # a test of the words before any parse: most lines with `och` end here
    people: list[PersonFact] = []
    for piece in parts:
        found = _one(piece, line, single)
        if not found:
            return None
        people.extend(found)
    return people


def _share_marks(people: list[PersonFact], chunk: str) -> None:
    """`Amir (Alingsås), Patrik och Sanna (Partille)`: in a list whose people have their
    organisation or party each, one without joined by `och` to the next shares that one's."""
    for person, after in itertools.pairwise(people):
        if not (person.organization or person.party or person.role) and (after.organization or after.party) and (
                f"{person.name} och {after.name}" in chunk or f"{person.name} & {after.name}" in chunk):
            person.organization, person.party = after.organization, after.party


def _given_name(name: str) -> bool:
    """A name of up to four words whose first word is a common first name (`Johan`, `Per Lind`,
    `Kjell-Åke Persson`)."""
    tokens = name.split()
    return 1 <= len(tokens) <= 4 and given_word(tokens[0])


def given_word(word: str) -> bool:
    """A common first name, or one joined of such by a hyphen (`Kjell-Åke`, `Eva-Lena`)."""
    low = key(word)
    return low in GIVEN_NAMES or "-" in low and any(part in GIVEN_NAMES for part in low.split("-"))


def _one(chunk: str, line: int, single: bool) -> list[PersonFact] | None:
    parts = _comma_parts(chunk)
    if len(parts) >= 3 and (runs := _person_runs(parts)):
        people = [found for run in runs for found in (_one(run, line, single) or [None])]
        if None not in people:
            return people   # `Maja Lund, 7A, Omar Haddad, 7B`: each person with what follows
    first, attendance = _take_attendance(parts[0])
    name, party, role, org, nickname = _split_name(first)
    if not name_like(name, single=single):
        return None
    closed = org is not None    # an organisation in a bracket or after a dash, which no comma goes on
    for part in parts[1:]:
        part, mark = _take_attendance(part)
        attendance = attendance or mark
        if not part:
            continue
        if _is_party(part) and party is None:
            party = part            # `Anna Berg, S`
            continue
        if part.endswith(")") and key(_PARENS.sub(" ", part)) in _ROLE_FORMS:
            mark_party, _mark_role, _inner = _marks(part)
            if mark_party:          # `Bo Ek, ordf. (C)`: the party after the role
                party = party or mark_party
                part = ROLE_ABBREVIATIONS.get(key(_PARENS.sub(" ", part)), _PARENS.sub(" ", part).strip())
        if org is None and role is None and part.endswith(")") and is_org_like(_PARENS.sub(" ", part).strip()):
            # `äldreförvaltningen (sekreterare)`: an organisation written in lower case, a mark after it
            org_party, org_role, _inner = _marks(part)
            if org_party or org_role:
                org, party, role = _PARENS.sub(" ", part).strip(), party or org_party, org_role
                continue
        if org is not None and (key(part) in _ROLE_FORMS or part[:1].islower() and (
                _opens_with_role(part) or _role_word(part) or closed and not _lower_case_org(part))):
            # `Bo Ek, Region Halland, ordf.`, `..., enhetschef äldreomsorg`, `..., trygghetssamordnare`:
            # a role after the organisation; after a bracket's, any words in lower case
            # (`Ylva Grahn (Regionbiblioteket), värd för dagen`)
            role = role or ROLE_ABBREVIATIONS.get(key(part), part)
        elif org is not None:
            org = f"{org}, {part}"
        elif part[:1].islower() and _lower_case_place(part):
            org = part              # `Lena Ahl, socialförvaltningen`, `Johan Eld, fritidsgården Norr`
        elif part.isupper() and key(part) in ROLE_ABBREVIATIONS:
            role = role or ROLE_ABBREVIATIONS[key(part)]     # `Eva Ek, MAS`: a role in capitals
        elif part[:1].islower() or _role_part(part):
            role_text, org_start = _split_role(part)
            role_text = ROLE_ABBREVIATIONS.get(key(role_text), role_text)   # `Mats Lind, v. ordf.`
            role = f"{role}, {role_text}" if role else role_text
            org = org_start
        else:
            org = part
    if org and org.endswith(")"):
        # `Ale kommun (ordförande)`, `Ale kommun (S)`: a mark after the organisation
        org_party, org_role, _inner = _marks(org)
        if org_party or org_role:
            org = _PARENS.sub(" ", org).strip()
            party, role = party or org_party, role or org_role
    elif role and role.endswith(")"):
        # `Åsa Ek, kommunstyrelsens ordförande (S)`: the party after the role; `Anders Wik,
        # kommundirektör (ordf.)`: a second role; `Lisa Holm, samordnare (Växjö)`: where
        role_party, role_mark, role_org = _marks(role)
        bare = _PARENS.sub(" ", role).strip()
        if role_party and not party:
            role, party = bare, role_party
        elif role_mark and not role_party and _opens_with_role(role_mark):
            role = f"{bare}, {role_mark}"
        elif role_org and not role_party and org is None:
            role, org = bare, role_org
    if org is not None and nickname is None and _initials_of(org, name):
        nickname, org = org, None   # `Anna Björk, AB`: her initials
    return [PersonFact(name, line, organization=_tidy(org), role=_tidy(role), party=party, nickname=nickname,
                       attendance=attendance)]


def _person_runs(parts: tuple[str, ...]) -> list[str] | None:
    """`Maja Lund, 7A, Omar Haddad, 7B`, `Eva Ek, Region Halland, Per Lind, Ale kommun`: the
    parts of a line cut where a full name with a common first name opens one, each person
    with the class, organisation or role after them; None when no later part opens one."""
    starts = [index for index, part in enumerate(parts) if index and _opens_person(part)]
    if not starts:
        return None
    bounds = [0, *starts, len(parts)]
    return [", ".join(parts[start:end]) for start, end in itertools.pairwise(bounds)]


def _opens_person(part: str) -> bool:
    """`Omar Haddad`, `Per Lind (sekr)`: a full name with a common first name, no organisation."""
    words = part.split(maxsplit=2)
    if len(words) < 2 or not given_word(words[0]) or not words[1][:1].isupper():
        return False
    name = _split_name(part)[0]
    return len(name.split()) >= 2 and name_like(name) and not is_org_like(name)


def attendance_mode(text: str) -> str | None:
    """How people took part, when that is all `text` says: `via Teams`, `(digitalt)`, the
    qualifier of a label (`Närvarande via Teams:`); else None."""
    rest, mode = _take_attendance(text.strip())
    return mode if mode and not rest.strip(" ()") else None


@functools.lru_cache(maxsize=1024)
def _take_attendance(part: str) -> tuple[str, str | None]:
    """The part without how the person took part, and that: `Per Lind (digitalt)` ->
    (`Per Lind`, `digitalt`); `digitalt` alone -> (``, `digitalt`)."""
    found = _ATTENDANCE.search(part)
    if found is None:
        return part, None
    mode = found.group("paren") or found.group("tail") or found.group("inner")
    return (part[:found.start()] + " " + part[found.end():]).strip(), mode


def _is_party(text: str) -> bool:
    return text in _PARTY_SET


@functools.lru_cache(maxsize=1024)
def _comma_parts(text: str) -> tuple[str, ...]:
    """Split on commas outside brackets: `Kungsbacka kommun, (Vägmästaren, X)` keeps the bracket."""
    parts, depth, current = [], 0, []
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return tuple(p for p in parts if p)


@functools.lru_cache(maxsize=1024)
def _split_name(part: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    """`Jonas Håård (S)` -> name, party; `Anna Ek (ordf.)` -> name, role; `Per Lind – sekreterare`;
    `Elisabeth "Lisa" Ek` -> name, nickname. (name, party, role, organisation, nickname)"""
    title = _TITLE.match(part) if _MAY_TITLE(part) else None
    if title:
        part = part[title.end():]     # `Dr. Eva Strand`: the name without the title
    before = _role_before(part)
    if before is not None:      # `rektor Eva Lund`
        name, party, role, org, nickname = _split_name(before[1])
        return name, party, role or before[0], org or before[2], nickname
    nickname = None
    nick = _NICKNAME.search(part) if not _NICKNAME_MARKS.isdisjoint(part) else None
    if nick and key(nick.group("bracketed") or "") not in ROLE_ABBREVIATIONS:
        nickname = nick.group("quoted") or nick.group("bracketed") or nick.group("initials")
        part = part[:nick.start()] + " " + part[nick.end():]
    party, role, org = _marks(part)
    name = _PARENS.sub(" ", part).strip()
    if party or role or org and org[:1].isdigit():
        # `Lena Ahlström (S) ordförande`, `Elin Berg (9B) ordförande`: lower-case words after
        # the mark are a role
        words = name.split()
        tail = 0
        while tail < len(words) - 1 and words[-1 - tail][:1].islower() and key(words[-1 - tail]) not in _PARTICLES:
            tail += 1
        if tail:
            role = role or " ".join(words[-tail:])
            role = ROLE_ABBREVIATIONS.get(key(role), role)     # `Jan Ek (S) ordf.`
            name = " ".join(words[:-tail])
    pieces = _DASH_SPLIT.split(name, maxsplit=1)
    if len(pieces) == 1 and " / " in name:
        pieces = name.split(" / ", 1)     # `Anna Berg / Borås stad`
    if len(pieces) == 2:
        name, rest = pieces
        if rest[:1].islower() or _opens_with_role(rest):
            role = f"{rest}, {role}" if role else rest     # `Mats Ek – verksamhetschef (ordf)`
        else:
            org = rest
    name = name.strip(" ,–—-")     # `Siv Ek – sekreterare (S)`: no dash
    if org is None and name[-1:].isalnum() and _DIGIT.search(name) and (school := _CLASS_AFTER.search(name)):
        name, org = name[:school.start()], school.group("class")   # `Maja Lund 7A`, `Omar Haddad åk 8`
    if org is not None and " " in org and not (party or role) and _given_name(org) and not _given_name(name):
        name, org = org, name       # `IFK Norrby (Stefan Ek)`: an organisation, its person in brackets
    if org is not None and nickname is None and _initials_of(org, name):
        nickname, org = org, None   # `Sofia Hed (SH)`, `SH (Sofia Hed)`, `Sofia Hed – SH`: her initials
    return name, party, role, org, nickname


def _initials_of(text: str, name: str) -> bool:
    """Is `text` the initials of `name` (`SH` of `Sofia Hed`, `A-M` of `Ann-Marie Ljung`), which
    the notes name the person by, and not an organisation?"""
    return len(text) <= 4 and text.isupper() and fold(text) in _initials(name)


@functools.lru_cache(maxsize=1024)
def _role_before(part: str) -> tuple[str, str, str | None] | None:
    """`rektor Eva Lund`, `biträdande rektor Jonas Ek (åk 2)`, `Kocken Ahmed Yusuf` -> the role
    written before the name (as a role alone, `kock`), the rest, and whose role it is when a
    genitive leads it (`Elevrådets ordförande Alva Berg`: Elevrådet); None unless a full name
    follows, or a common first name (`ordförande Alva`; `projektledare Region Halland` is a
    role and an organisation)."""
    owner, part = _owner(part)
    found = _ROLE_BEFORE.match(part) if part and (_MAY_LEAD_ROLE(part) or role_word(part.split(None, 1)[0])) else None
    if found is None:
        return None
    rest = part[found.end():]
    if _MAY_LEAD_ROLE(rest) and _ROLE_BEFORE.match(rest):
        return None     # `Sekreterare Sekreterare ... Eva Ek`: one role before a name, not a chain
    name = _split_name(rest)[0]
    roles = [ROLE_ABBREVIATIONS.get(key(role), role[:1].lower() + role[1:])    # `Ordf. Mats Lind`
             for role in (found.group("role"), found.group("second")) if role]
    named = name_like(name) if len(name.split()) >= 2 else " " not in name and _given_name(name)
    return (", ".join(dict.fromkeys(roles)), rest, owner) if named else None


def _owner(part: str) -> tuple[str | None, str]:
    """`Elevrådets ordförande Alva`, `kommunstyrelsens ordförande Roger Sjögren`: the body whose
    role follows (`Elevrådet`), and the rest; a genitive of one word that is no role
    (`Rektorns representant` stands in for the rector) nor a first name, in lower case one
    of an organisation's word."""
    first, _space, rest = part.partition(" ")
    if (len(first) > 3 and first[-1] == "s" and (first[:1].isupper() or is_org_like(first[:-1])) and rest
            and not role_word(first[:-1]) and not _given_name(first[:-1])
            and (_MAY_LEAD_ROLE(rest) or role_word(rest.split(None, 1)[0]))):
        return first[:-1], rest
    return None, part


def _marks(part: str) -> tuple[str | None, str | None, str | None]:
    """What brackets say: a party `(S)`, a role `(ordf.)`, `(sekreterare)`, or an organisation `(Borås)`."""
    party = role = org = None
    for inside in _PARENS.findall(part):
        pieces = [piece.strip() for piece in inside.split(",")]
        if len(pieces) > 1 and _opens_with_role(pieces[0]) and all(
                piece[:1].isupper() for piece in pieces[1:]):
            pieces = [pieces[0], ", ".join(pieces[1:])]     # `(rektor, Västerskolan)`: a role, then where
        elif len(pieces) > 1 and not all(
                piece in _PARTY_SET or key(piece) in ROLE_ABBREVIATIONS or _opens_with_role(piece)
                or piece.casefold().endswith(ROLE_ENDINGS) for piece in pieces[1:]):
            pieces = [inside]   # `(Förvaltningen för utbildning, försörjning och arbete)`: one organisation
        for value in pieces:    # `(Borås stad, ordförande)`: an organisation, then a role
            party, role, org = _mark(value.strip(), party, role, org)
    return party, role, org


def _mark(value: str, party: str | None, role: str | None,
          org: str | None) -> tuple[str | None, str | None, str | None]:
    """One thing a bracket says, added to what the others said: (party, role, organisation)."""
    if value.upper() in _PARTY_SET and value.isupper():
        party = value.upper()
    elif key(value) in ROLE_ABBREVIATIONS:
        role = ROLE_ABBREVIATIONS[key(value)]
    elif value[:1].isdigit() and _AGE.match(value):
        pass    # `Elsa (17)`, `Omar (16 år)`: an age, no organisation
    elif value[:1].islower() and not _lower_case_org(value):
        role = value
    elif _role_word(value):
        role = value[:1].lower() + value[1:] if value[1:2].islower() else value   # `(Rektor)`, `(IFO-chef)`
    elif value:
        org = value
    return party, role, org


def _role_word(value: str) -> bool:
    """`Rektor`, `IFO-chef`, `Socialchef`: a role written with a capital, one word."""
    return " " not in value and (_opens_with_role(value) or value.casefold().endswith(ROLE_ENDINGS))


def _role_part(part: str) -> bool:
    """`ordförande`, `projektledare #CareConnect`, `Socialchef`: a part of a person line that
    opens with a role word, or is one compound of a role (`Trafikplanerare`)."""
    return _opens_with_role(part) or _role_word(part)


def _lower_case_org(value: str) -> bool:
    """`(polisen)`, `(kommunen)`, `, socialförvaltningen`, `(socialtjänsten i Lund)`: an
    organisation in lower case, its first word an organisation's (the one after `X- och`
    in `barn- och utbildningsförvaltningen`, the one after an adjective in `tekniska nämnden`);
    not `(ledamot i nämnden)` or `(kommunalråd)`."""
    words = value.split()
    first = 2 if len(words) > 2 and words[0].endswith("-") and words[1] in ("och", "&") else 0
    if len(words) > first + 1 and len(words[first]) > 3 and words[first].endswith(ORG_ADJECTIVE_ENDINGS):
        first += 1
    return is_org_like(words[first]) and all(key(w) not in _ROLE_FORMS for w in words)


def _lower_case_place(value: str) -> bool:
    """An organisation or a workplace in lower case: `socialförvaltningen`, `fritidsgården Norr`."""
    return _lower_case_org(value) or place_noun(value)


def _split_role(part: str) -> tuple[str, str | None]:
    """`projektledare #CareConnect` -> role, organisation; `strateg social hållbarhet` -> role."""
    tokens = part.split()
    for i, token in enumerate(tokens[1:], 1):
        if tokens[i - 1] == "för" and "ersätt" in part:
            return part, None   # `tjänstgörande ersättare för Jan Berg (SD)`: whom the substitute stands for
        if token[:1] == "(" and part.endswith(")"):
            break       # `samordnare (Region Halland)`: the closing bracket is read with the role
        if _TEAM.match(token):
            continue    # `tränare P12`, `lagledare F2014`, `ledare U15`: the team is part of the role
        if token[:1].isupper() or token[:1] in "#@" or token[:1].isdigit():
            role = tokens[:i - 1] if tokens[i - 1] in _ROLE_ORG_LINKS else tokens[:i]
            return " ".join(role), " ".join(tokens[i:])     # `representant för Region Halland`
    return part, None


def _tidy(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip(" ,.;:")
    return value or None


# ---------------------------------------------------------------- resolving mentions


class Directory:
    """Everyone the document names, for resolving `Karin`, `A-M` or `Anna Fogel`."""

    def __init__(self) -> None:
        self._people: list[tuple[int, str]] = []   # (rank, full name); lower rank wins
        self._orgs: set[str] = set()
        self._seen: set[tuple[int, str]] = set()
        # indexes, so that resolving a mention does not walk everyone
        self._by_name: dict[str, list[tuple[int, str]]] = {}
        self._by_first: dict[str, list[tuple[int, str]]] = {}
        self._by_initials: dict[str, list[tuple[int, str]]] = {}
        self._by_last: dict[str, list[tuple[int, str]]] = {}
        self._roles: dict[str, set[str]] = {}
        self._resolved: dict[str, str] = {}        # mention -> name, until the next add

    def add(self, name: str, rank: int, nickname: str | None = None) -> None:
        """`nickname`: a name the person goes by (`Lisa`), which finds them as a first name does."""
        if nickname:
            self._resolved.clear()
            self._by_first.setdefault(fold(nickname), []).append((rank, name))
        if not name or (rank, name) in self._seen:
            return
        entry = (rank, name)
        self._resolved.clear()
        self._seen.add(entry)
        self._people.append(entry)
        folded = fold(name)
        self._by_name.setdefault(folded, []).append(entry)
        if folded.split():
            self._by_first.setdefault(folded.split()[0], []).append(entry)
            if len(folded.split()) > 1:
                self._by_last.setdefault(folded.split()[-1], []).append(entry)
        for form in _initials(name):
            self._by_initials.setdefault(form, []).append(entry)

    def add_role(self, role: str | None, name: str) -> None:
        """`Maria Eriksson, kommundirektör` makes `kommundirektören` name her."""
        if not role:
            return
        word = key(role)
        if " " in word or "," in word:
            return
        definite = word + ("n" if word.endswith("e") else "en")
        self._resolved.clear()
        self._roles.setdefault(definite, set()).add(name)

    def role_holder(self, mention: str) -> str | None:
        holders = self._roles.get(key(mention), set())
        return next(iter(holders)) if len(holders) == 1 else None

    def add_org(self, org: str | None) -> None:
        if org:
            self._orgs.add(fold(org))
            first = fold(org.split()[0]) if org.split() else ""
            if first and len(org.split()) <= 3:
                self._orgs.add(first)   # `Mölndal` for `Mölndal stad`

    def names(self) -> list[str]:
        return [name for _, name in sorted(self._people)]

    def is_org(self, mention: str) -> bool:
        return fold(mention) in self._orgs or key(mention) in COLLECTIVE_OWNERS

    def knows(self, mention: str) -> bool:
        return self._candidates(mention) != []

    def name_words(self) -> set[str]:
        """Every word of everyone's names and initials, in lower case: the words a mention
        of one of them can end on (`→ Mona`, `(Ulf Berg)`, `– MS`)."""
        words = {word for _rank, name in self._people for word in name.casefold().split()}
        return words | set(self._by_first) | set(self._by_initials)

    def resolve(self, mention: str) -> str:
        """The fullest name the document gives for `mention`, else the mention itself."""
        try:
            return self._resolved[mention]
        except KeyError:
            name = self._resolved[mention] = self._resolve(mention)
            return name

    def _resolve(self, mention: str) -> str:
        candidates = self._candidates(mention)
        if not candidates:
            return self.role_holder(mention) or mention
        best = min(rank for rank, _ in candidates)
        names = sorted({name for rank, name in candidates if rank == best}, key=len, reverse=True)
        if len(names) == 1 or all(fold(n).startswith(fold(names[-1])) for n in names):
            return names[0]
        return mention

    def _candidates(self, mention: str) -> list[tuple[int, str]]:
        wanted = fold(mention).strip(".")
        if not wanted:
            return []
        exact = self._by_name.get(wanted, [])
        tokens = wanted.split()
        if len(tokens) == 1 and is_initials(mention):
            return exact or self._by_initials.get(wanted.replace(".", "").replace("-", ""), [])
        if len(tokens) == 1:
            # `Anna` the sign-off and `Anna Holmberg` the attendee: both compete, by rank; a
            # last name alone (`Rapp återkommer`, as a formal protocol writes) when no first name
            # is it, nor a municipality's (`Lund undersöker ...` is Lund's, not Per Lund's)
            return exact + [c for c in self._by_first.get(wanted, []) if c not in exact] or (
                self._by_last.get(wanted, []) if mention[:1].isupper() and wanted not in MUNICIPALITIES else [])
        if exact:
            return exact
        # `Anna F` or a first and last name of a longer name; `Ana María`, the first names of
        # `Ana María Sánchez Nieto`
        found = [(r, n) for r, n in self._by_first.get(tokens[0], [])
                 if (words := fold(n).split())[-1].startswith(tokens[-1]) or words[:len(tokens)] == tokens]
        if not found and _role_head(mention):
            return self._candidates(mention.split(maxsplit=1)[1])   # `Skyddsombudet Jonas`: a role, the name
        return found


def _role_head(mention: str) -> bool:
    """Does a role open `mention`, as written or in the definite: `Ordförande Rut`,
    `Skyddsombudet Jonas`, `Kassören Johan`?"""
    return role_word(mention.split(maxsplit=1)[0])


def role_word(word: str) -> bool:
    """`ordförande`, `lärarrepresentant`, `Kassören`, `Skyddsombudet`, `Kommunikatören`,
    `Förbundschefen`: a role word or a compound of one, as written or in the definite."""
    word = key(word)
    return word in _ROLE_FORMS or word.endswith(ROLE_ENDINGS) or any(
        word.endswith(end) and ((stem := word[:-len(end)]) in _ROLE_FORMS or stem.endswith(ROLE_ENDINGS))
        for end in DEFINITE_ENDINGS)


def _initials(name: str) -> set[str]:
    tokens = [t for t in fold(name).split() if t not in _PARTICLES]
    if not tokens:
        return set()
    given = tokens[0].split("-")
    forms = {"".join(p[:1] for p in given)}
    forms.add("".join(p[:1] for p in given) + "".join(t[:1] for t in tokens[1:]))
    forms.add("".join(t[:1] for t in tokens))
    return {f for f in forms if len(f) >= 2}
