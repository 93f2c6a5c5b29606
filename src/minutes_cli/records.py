"""Stage 6: facts -> validated records (the JSON record of ../shared/CONTRACT.md).

The fields of CONTRACT.md, schema version 1, and a few more that no script
has to know about (marked "added"). A value the document does not state is
None or []: never a guess, never an empty string.
"""
from __future__ import annotations

from typing import Annotated, Optional

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

_DATE_FORMS = r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}-\d{2})$"
_TIME_FORM = r"^(?:[01]\d|2[0-3]):[0-5]\d$"


def _no_empty(value: Optional[str]) -> Optional[str]:
    if value is not None and not value.strip():
        return None
    return value


#: `YYYY-MM-DD`, `YYYY-MM` for a month, `--MM-DD` for a day without year.
IsoDate = Annotated[str, Field(pattern=_DATE_FORMS)]
#: `HH:MM`, 24-hour.
IsoTime = Annotated[str, Field(pattern=_TIME_FORM)]
Text = Annotated[Optional[str], AfterValidator(_no_empty)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Source(Model):
    path: Optional[str] = None
    sha256: str
    encoding: str
    line_count: int
    unassigned_lines: list[int] = Field(default_factory=list,
                                        description="added: non-blank lines no part of the record holds")
    page_lines: list[int] = Field(default_factory=list,
                                  description="added: page headers and footers repeated by an export")


class Meeting(Model):
    kind: Text = None
    title: Text = None
    date: Optional[IsoDate] = None
    start_time: Optional[IsoTime] = None
    end_time: Optional[IsoTime] = None
    location: Text = None
    reference: Text = None
    paragraphs: Text = Field(default=None, description="added: the paragraphs the protocol holds (`§§ 40–45`)")
    adjustment_date: Optional[IsoDate] = Field(
        default=None, description="added: when the minutes are checked and signed (`Justeringens plats och tid`)")
    adjustment_place: Text = Field(default=None, description="added: where the minutes are checked and signed")
    lines: dict[str, int] = Field(default_factory=dict, description="added: field -> line it came from")


class Person(Model):
    name: str
    organization: Text = None
    role: Text = None
    party: Text = None
    group: Text = None
    line: int
    email: Text = Field(default=None, description="added")
    nickname: Text = Field(default=None, description="added: the name the person goes by (`Elisabeth \"Lisa\" Ek`)")
    attendance: Text = Field(default=None, description="added: how the person took part, as written "
                                                       "(`digitalt`, `via Teams`, `på plats`)")
    replaces: Text = Field(default=None, description="added: the member a substitute sat in for "
                                                     "(`Lisa Åström (C) ersätter Per Sund (KD)`)")


class Vacancy(Model):
    """added: a seat with nobody in it (`Vakant, Miljökontoret`)."""
    organization: Text = None
    line: int


class Organization(Model):
    """added: an organisation a list of those present or absent names with none of its
    people (`Förhinder: Bollebygd, Herrljunga`, `Deltagande kommuner` / `Kramfors, Timrå`)."""
    name: str
    group: Text = None
    line: int


class Item(Model):
    number: Optional[str] = None
    title: str
    start_line: int
    end_line: int
    text: str
    group: Text = Field(default=None, description="added: the agenda group the item stands under")
    group_line: Optional[int] = Field(default=None, description="added: the line of that group's label")
    reference: Text = Field(default=None, description="added: the item's diary number (Dnr)")
    start_time: Optional[IsoTime] = Field(default=None, description="added: a time slot after the title")
    end_time: Optional[IsoTime] = Field(default=None, description="added")


class Action(Model):
    text: str
    owners: list[str] = Field(default_factory=list)
    owner_mentions: list[str] = Field(default_factory=list)
    item: Optional[str] = None
    due: Optional[IsoDate] = None
    line: int
    due_text: Text = Field(default=None, description="added: the deadline as written")
    label: Text = Field(default=None, description="added: the label that made it an action")
    appendix: Optional[int] = Field(default=None, description="added: index of the appendix it stands in")
    status: Text = Field(default=None, description="added: how far the task has come, as a table writes it "
                         "(`Pågår`, `Klar`)")
    done: Optional[bool] = Field(default=None, description="added: done (a status such as `Klar`, a ticked box), "
                                 "still to do (`Pågår`, an empty box), or null where the document does not say")


class Decision(Model):
    text: str
    item: Optional[str] = None
    line: int


class Proposal(Model):
    """added: `Förslag: ...`"""
    text: str
    item: Optional[str] = None
    line: int


class Question(Model):
    """added: `Fråga: ...` and the `Svar: ...` after it."""
    question: str
    answer: Text = None
    item: Optional[str] = None
    line: int
    answer_line: Optional[int] = None


class Event(Model):
    date: Optional[IsoDate] = None
    start_time: Optional[IsoTime] = None
    end_time: Optional[IsoTime] = None
    location: Text = None
    title: Text = None
    line: int


class Appendix(Model):
    title: Text = None
    start_line: int
    end_line: int
    people: list[Person] = Field(default_factory=list, description="added: people listed in it")


class Warning(Model):
    code: str
    message: str
    line: Optional[int] = None


class Minutes(Model):
    """One document of minutes, as a validated record."""

    schema_version: int = SCHEMA_VERSION
    source: Source
    meeting: Meeting
    attendees: list[Person] = Field(default_factory=list)
    absent: list[Person] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    calendar: list[Event] = Field(default_factory=list)
    next_meeting: Optional[Event] = None
    signatories: list[Person] = Field(default_factory=list)
    appendices: list[Appendix] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)
    vacancies: list[Vacancy] = Field(default_factory=list, description="added")
    organizations_present: list[Organization] = Field(
        default_factory=list, description="added: organisations listed as present with none of their people")
    organizations_absent: list[Organization] = Field(
        default_factory=list, description="added: organisations listed as absent with none of their people")
    proposals: list[Proposal] = Field(default_factory=list, description="added")
    questions: list[Question] = Field(default_factory=list, description="added")

    def people_by_status(self) -> list[tuple[str, list[Person]]]:
        """Who was there, who was not and who signed, under the status words the
        exports write (`närvarande`, `frånvarande`, `undertecknare`)."""
        return [("närvarande", self.attendees), ("frånvarande", self.absent),
                ("undertecknare", self.signatories)]

    def organizations_by_status(self) -> list[tuple[str, list[Organization]]]:
        """The organisations listed with none of their people, under the same status words."""
        return [("närvarande", self.organizations_present), ("frånvarande", self.organizations_absent)]
