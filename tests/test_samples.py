"""Whole documents: the facts a careful reader takes from each sample."""
import pytest

from minutes_cli import parse_file


@pytest.fixture(scope="module")
def parsed(request):
    from conftest import SAMPLES
    return {p.name: parse_file(p) for p in SAMPLES.iterdir()}


def test_formal_paragraph_protocol(parsed):
    r = parsed["styrelseprotokoll.txt"]
    assert (r.meeting.kind, r.meeting.date, r.meeting.start_time, r.meeting.end_time) == (
        "Protokoll", "2023-03-14", "18:00", "20:15")
    assert [i.number for i in r.items] == [str(n) for n in range(1, 9)]
    assert [(p.name, p.role, p.group) for p in r.attendees][:2] == [
        ("Birgitta Holm", "ordförande", "Ledamöter"), ("Per-Olof Svanström", "kassör", "Ledamöter")]
    assert ("Lars Ek", "Ersättare") in [(p.name, p.group) for p in r.attendees]
    assert [p.name for p in r.absent] == ["Maja Åberg"]
    assert [v.organization for v in r.vacancies] == ["revisor"]
    assert [d.text for d in r.decisions if d.item == "4"] == [
        "att lägga rapporten till handlingarna", "att avsätta 5 000 kr till vårfesten."]
    owners = {a.text: (a.owners, a.due) for a in r.actions}
    assert owners["Per-Olof skickar ut resultatrapporten till styrelsen senast 31 mars."] == (
        ["Per-Olof Svanström"], "2023-03-31")
    assert owners["Gunnar och Eva tar fram en affisch till nästa möte."] == (
        ["Gunnar af Klercker", "Eva Lind"], "2023-04-18")
    assert owners["Åtgärd: Boka scen och ljud. Ansvarig: Sofia Nyberg"][0] == ["Sofia Nyberg"]
    assert (r.next_meeting.date, r.next_meeting.start_time) == ("2023-04-18", "18:00")
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Sofia Nyberg", "sekreterare"), ("Birgitta Holm", "ordförande"), ("Eva Lind", "justerare")]
    assert [q.answer for q in r.questions] == ["Ja, ansökan ska vara inne senast v. 16."]


def test_markdown_group_notes(parsed):
    r = parsed["natverkstraff.md"]
    assert (r.meeting.title, r.meeting.date, r.meeting.location) == (
        "Nätverksträff för integrationssamordnare", "2023-10-05", "Stadsbiblioteket, Göteborg")
    assert [(i.title, i.group) for i in r.items] == [
        ("Pass 1: Samhällsorientering", "Anteckningar från passen"),
        ("Pass 2: Bostadsfrågor", "Anteckningar från passen"), ("Övrigt", None)]
    assert [a.owners for a in r.actions] == [["Jonas Berglund"], ["Kerstin Ölund-Mattsson"], ["Lena Fahlén"]]
    assert (r.next_meeting.date, r.next_meeting.location) == ("2023-12-07", "Borås")
    assert r.signatories[0].email == "lena.fahlen@lerum.example"


def test_word_export_with_page_headers(parsed):
    r = parsed["vaxjo-export.txt"]
    assert r.meeting.reference == "Dnr 2023/145"
    assert len(r.source.page_lines) == 9
    assert [i.title for i in r.items] == ["Läget på arbetsmarknaden", "Projekt Nya vägar",
                                         "Gemensam rekryteringsmässa", "Övriga frågor", "Nästa möte"]
    assert all("Dnr" not in i.text and "Sida" not in i.text for i in r.items)
    assert ("Olle Bergkvist", "Växjö kommun") in [(p.name, p.organization) for p in r.attendees]
    assert [a.owners for a in r.actions] == [["Malin Jönsson"], ["Henrik Sjöström", "Olle Bergkvist"],
                                             ["Region Kronoberg"]]
    assert r.actions[2].due == "2023-09-14"
    assert [(p.name, p.organization) for p in r.signatories] == [("Olle Bergkvist", "Växjö kommun")]


def test_council_notes_with_kalendarium_and_appendix(parsed):
    r = parsed["samverkansrad.txt"]
    assert (r.meeting.title, r.meeting.date, r.meeting.start_time, r.meeting.end_time) == (
        "Rådet för civilsamhället", "2023-10-12", "14:00", "16:30")
    assert [(p.name, p.party) for p in r.attendees if p.party] == [("Ingrid Malm", "S"), ("Johan Kask", "M")]
    assert "Rasmus Tell" in [p.name for p in r.absent]
    assert [(e.date, e.title) for e in r.calendar] == [
        ("2024-01-18", "Rådet för civilsamhället"), ("2024-03-07", "Temakväll om ideellt engagemang")]
    assert r.next_meeting.date == "2024-01-18"
    assert [p.name for p in r.appendices[0].people] == ["Moa Ström", "Ali Hassan"]
    assert "Moa Ström" not in [p.name for p in r.attendees]
    assert [(a.owners, a.appendix) for a in r.actions][-1] == (["Moa Ström"], 0)


def test_group_minutes_with_initials_groups_and_month_only_meeting(parsed):
    r = parsed["strategisk-grupp.txt"]
    assert r.meeting.location == "Borås stad, Stadshuset, rum Viskan"
    assert [(i.number, i.group) for i in r.items] == [
        ("1", "Omvärld"), ("2", "Omvärld"), ("3", "Erfarenhetsutbyte"), ("4", "Erfarenhetsutbyte")]
    assert (r.items[0].start_time, r.items[0].end_time) == ("09:00", "09:15")
    mentions = {a.owner_mentions[0]: a for a in r.actions if a.owner_mentions}
    assert mentions["P-O"].owners == ["Per-Olof Nyström"] and mentions["P-O"].due == "2023-09-30"
    assert mentions["Ulricehamn"].owners == ["Ulricehamn"]
    assert [e.date for e in r.calendar] == ["2023-10-19", "2023-11-16", "2024-01"]


def test_text_that_is_not_minutes_is_parsed_with_a_warning(parsed):
    r = parsed["inte-protokoll.txt"]
    assert "no_structure" in [w.code for w in r.warnings]
    assert r.source.unassigned_lines == []


def test_municipal_protocol_as_a_pdf_export_lays_it_out(parsed):
    r = parsed["protokoll-pdf-layout.txt"]
    m = r.meeting
    assert (m.kind, m.title, m.date, m.start_time, m.end_time, m.location) == (
        "Protokoll", "Kultur- och fritidsnämnden", "2024-02-08", "17:00", "19:10", "Kulturhuset, Lilla salen")
    assert [(p.name, p.party, p.group) for p in r.attendees][:3] == [
        ("Eva Strand", "S", "Beslutande"), ("Lars Öberg", "M", "Beslutande"), ("Nina Falk", "C", "Beslutande")]
    assert [(p.name, p.role) for p in r.attendees if p.group == "Övriga"] == [
        ("Helena Kvist", "förvaltningschef"), ("Jonas Ahl", "nämndsekreterare")]
    assert [(d.item, d.text) for d in r.decisions][:2] == [
        ("1", "att utse Lars Öberg att justera protokollet."), ("2", "att godkänna budgeten för 2024")]
    assert [(a.owners, a.due) for a in r.actions] == [(["Helena Kvist"], "2024-05-15"), (["Förvaltningen"], "2024-04")]
    assert (r.next_meeting.date, r.next_meeting.start_time) == ("2024-03-14", "17:00")
    assert [p.name for p in r.signatories] == ["Jonas Ahl", "Eva Strand", "Lars Öberg"]
    assert len(r.source.page_lines) == 2 and r.source.unassigned_lines == []
