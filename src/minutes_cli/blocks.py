"""Stage 3: lines -> blocks.

A block is a run of non-blank lines. Minutes mark structure with blank lines:
a heading stands alone as a block of one line, a list of people or a table is
one block, a paragraph is one block. Page headers and footers repeated by a
Word or PDF export are found here too: they are lines, not content.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from . import patterns
from .grammar.dates import find_dates
from .lines import Line, columns, is_page_furniture, is_page_number
from .vocabulary import REFERENCE_WORDS, alternation


@dataclass(eq=False)
class Block:
    """A run of non-blank lines."""

    lines: list[Line]

    @property
    def start(self) -> int:
        return self.lines[0].number

    @property
    def end(self) -> int:
        return self.lines[-1].number


@dataclass(eq=False)
class Layout:
    """The lines, their blocks, and the page furniture among them."""

    lines: list[Line]
    blocks: list[Block]
    block_of: dict[int, int]          # line number -> index of its block
    furniture: set[int]               # line numbers of page headers and footers

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    def alone(self, number: int) -> bool:
        """The line is a block of its own (a blank line, or nothing, on each side)."""
        index = self.block_of.get(number)
        return index is not None and len(self.blocks[index].lines) == 1


#: A diary number: `Dnr 851-649-2022`, `Dnr KS 2023/123`, `Diarienummer: 2023.45`.
REFERENCE = patterns.compile(
    r"\b(?:" + alternation(REFERENCE_WORDS) + r")\.?:?\s*\w[\w./:-]*(?:\s\d[\w./:-]*)?", re.I)


def split_blocks(lines: list[Line]) -> Layout:
    furniture = find_furniture(lines)
    blocks: list[Block] = []
    block_of: dict[int, int] = {}
    current: list[Line] = []
    for line in lines:
        if line.blank or line.number in furniture:
            if line.blank and current:
                blocks.append(Block(current))
                current = []
            continue
        current.append(line)
        block_of[line.number] = len(blocks)
    if current:
        blocks.append(Block(current))
    return Layout(lines, blocks, block_of, furniture)


def find_furniture(lines: list[Line]) -> set[int]:
    """Page headers and footers: page numbers anywhere; a date or a `Dnr` line
    that recurs; a short line with a digit, or in capitals, that recurs thrice (after
    its first time when that is at the document's top, the first page's letterhead);
    a line that recurs beside a page number or as a date and a reference (`_page_header`),
    after its first time when that is at the top; and the lines beside those of a page
    header that recur with it (`_beside_furniture`)."""
    counts = Counter([line.text for line in lines if line.text and line.kind != "table"])
    # the answer depends on the text alone, so it is found once per text: furniture (True),
    # not (False), or furniture after its first time ("later")
    verdict: dict[str, bool | str] = {}
    found: set[int] = set()
    first_times: set[str] = set()
    top: set[str] | None = None     # the texts of the first page's letterhead
    for line in lines:
        text = line.text
        if not text or line.kind in ("table", "bullet", "heading"):
            continue
        answer = verdict.get(text)
        if answer is None:
            # a page header that recurs; a page's foot with its number once (`Länsstyrelsen
            # Norrbotten   2025-05-15   Sida 1 av 1`) but at the top, where it is the letterhead
            answer = _furniture_text(text, counts[text]) or (
                (_page_header(line) if counts[text] >= 2 else text[-1:] in _PAGE_NUMBER_ENDS
                 and _numbered_page(line, is_page_number)) and "header")
            if answer in ("thrice", "header"):
                # `SAMMANTRÄDESPROTOKOLL` on every page: at the top the first time, the kind;
                # a page header's first time there, the letterhead
                top = _top_texts(lines) if top is None else top
                answer = "later" if text in top else True
            verdict[text] = answer
        if answer is True or (answer and text in first_times):
            found.add(line.number)
        elif answer:
            first_times.add(text)
    if found:
        found |= _beside_furniture(lines, counts, found)
    return found


_TOP_LINES = 6    # the lines that say anything at a document's top, its letterhead's


def _top_texts(lines: list[Line]) -> set[str]:
    """The texts of the first lines that say anything: the first page's letterhead."""
    texts: list[str] = []
    for line in lines:
        if line.text:
            texts.append(line.text)
            if len(texts) == _TOP_LINES:
                break
    return set(texts)


def _beside_furniture(lines: list[Line], counts: Counter, found: set[int]) -> set[int]:
    """`Sammanträdesdatum` over `Socialnämnden   2024-05-22` on every page: a line of a page
    header with nothing in it to tell it by, on three pages or more and each later time
    right beside furniture."""
    near = {number + step for number in found for step in (-1, 1)}
    times: dict[str, list[int]] = {}
    for number in near - found:
        if 0 < number <= len(lines) and counts[lines[number - 1].text] >= 3:   # lines[k] is line k + 1
            times[lines[number - 1].text] = []
    if not times:
        return set()
    for line in lines:
        if line.text in times:
            times[line.text].append(line.number)
    return {number for numbers in times.values() if all(n in near for n in numbers[1:])
            for number in numbers[1:]}


def _page_header(line: Line) -> bool:
    """`Länsstyrelsen Västra Götaland          2 (3)`, `2023-04-18          Dnr 801-4512-2023`:
    a page header of a PDF export. Its first time at the document's top it is the first
    page's letterhead, whose name or date the header may need; a footer's first time, at
    the first page's foot, is furniture (`Nätverket<tab><tab>Sida 1 av 2`)."""
    if _numbered_page(line, is_page_furniture):
        return True
    if not any(word in line.low for word in REFERENCE_WORDS):
        return False    # no reference: a quick test before the date search
    dates = find_dates(line.text)
    if len(dates) != 1:
        return False
    rest = (line.text[:dates[0].start] + line.text[dates[0].end:]).strip(" ,.-–")
    return bool(REFERENCE.match(rest))


_PAGE_NUMBER_ENDS = "0123456789)-"    # the last character of each of PAGE_NUMBERS: `Sida 1 av 2`, `2 (3)`, `- 3 -`


def _numbered_page(line: Line, furniture: Callable[[str], bool]) -> bool:
    """`Nätverket<tab><tab>Sida 1 av 2`: a line whose last column is the page's number, or
    (`is_page_furniture`) the paragraphs the page holds."""
    return ("   " in line.raw or "\t" in line.raw) and furniture(columns(line.raw)[-1])


def _furniture_text(text: str, repeats: int) -> bool | str:
    """Is a text furniture by itself (True), not (False), or only away from the
    document's top ("thrice")?"""
    if is_page_furniture(text):
        return True
    if repeats < 2 or len(text) > 60:
        return False
    if REFERENCE.match(text) or _date_only(text):
        return True
    # a short line with a digit, or in capitals, on every page: furniture but at the
    # document's top, where it is the first page's letterhead
    return repeats >= 3 and (any(map(str.isdigit, text)) or (text.isupper() and len(text) > 3)) and "thrice"


def _date_only(text: str) -> bool:
    dates = find_dates(text)
    if len(dates) != 1 or dates[0].kind in ("week", "term"):
        return False
    rest = (text[:dates[0].start] + text[dates[0].end:]).strip(" ,.-–")
    return not rest
