"""The shared grammar: dates, times and names as Swedish minutes write them."""
import datetime as dt

import pytest

from minutes_cli.grammar.dates import find_dates, find_time_range
from minutes_cli.grammar.names import Directory, parse_people_line

MEETING = dt.date(2022, 9, 22)


@pytest.mark.parametrize("text,iso", [
    ("2022-09-22", "2022-09-22"),
    ("22 september 2022", "2022-09-22"),
    ("Torsdagen 22 september", "2022-09-22"),
    ("den 22:a september", "2022-09-22"),
    ("22/9 2022", "2022-09-22"),
    ("22/9-22", "2022-09-22"),
    ("2017 - 08 – 16", "2017-08-16"),
    ("28.09.2022", "2022-09-28"),
    ("tis 3 okt.", "2022-10-03"),
    ("Januari 2018", "2018-01"),
    ("v 42", "2022-10-17"),
    ("vecka 42", "2022-10-17"),
    ("V.42, 2022", "2022-10-17"),
    ("senast 3:e okt", "2022-10-03"),
    ("den 3eOkt", "2022-10-03"),            # ordinal glued to the month, as OCR leaves it
    ("Möte 14/11 kl 13", "2022-11-14"),
    ("(2022-11-03)", "2022-11-03"),
    ("tisdagen den 5:e mars -23", "2023-03-05"),   # a two-digit year after a dash
    ("5 mars '23, kl 18", "2023-03-05"),
    ("2022.09.22", "2022-09-22"),            # an ISO date with full stops
    ("den 22 september, 2021", "2021-09-22"),   # a comma before the year
    ("22-09-2022", "2022-09-22"),            # the day first, with dashes
    ("i en föränderlig värld, 24/11-21.", "2021-11-24"),   # the year at a sentence's end
    ("Möte 24/11 2021.", "2021-11-24"),
    ("2–3 oktober 2021", "2021-10-02"),      # a span of days: its first day
    ("14-15/3 2021", "2021-03-14"),
])
def test_date_forms(text, iso):
    (found,) = find_dates(text)
    assert found.iso(base=MEETING) == iso


def test_a_day_without_year_and_without_base_keeps_month_and_day():
    (found,) = find_dates("25 november")
    assert found.iso() == "--11-25"


def test_coming_meeting_in_january_falls_in_the_next_year():
    (found,) = find_dates("12 januari")
    assert found.iso(base=dt.date(2022, 11, 10), forward=True) == "2023-01-12"


def test_a_range_of_days_is_not_a_two_digit_year():
    assert [d.text for d in find_dates("5 mars -24 april")] == ["5 mars", "24 april"]
    assert [d.text for d in find_dates("5 mars-24 mars")] == ["5 mars", "24 mars"]


def test_hours_after_a_day_and_month_are_no_year():
    assert [d.text for d in find_dates("12/3 13.30-15")] == ["12/3"]
    assert [d.text for d in find_dates("den 3/10 14.00")] == ["3/10"]


def test_term_and_numbers_that_are_not_dates():
    assert find_dates("Kalendarium ht 2022")[0].kind == "term"
    assert find_dates("Dnr 851-649-2022") == []
    assert find_dates("budget 2017/2018 med 400tkr") == []
    assert find_dates("rad 120/45, 12345 maj, 3.14159") == []
    assert find_dates("majoritet 12 av 30") == []
    assert find_dates("version 2023.1.5") == []
    assert find_dates("kl 12-15, tel 031-12-34") == []


def test_several_dates_in_order_without_overlaps():
    found = find_dates("Från 2022-09-22 till 5 okt, därefter 12/10 och 28.10.2022")
    assert [d.iso(base=MEETING) for d in found] == ["2022-09-22", "2022-10-05", "2022-10-12", "2022-10-28"]


@pytest.mark.parametrize("text,start,end", [
    ("kl. 15-18", "15:00", "18:00"),
    ("Kl 8:30-10:00", "08:30", "10:00"),
    ("09.00-12.00", "09:00", "12:00"),
    ("9:00 -12:00", "09:00", "12:00"),
    ("15:30 – 15:50", "15:30", "15:50"),
    ("13.15", "13:15", None),
    ("13.00-ca 15.00", "13:00", "15:00"),    # an end not quite sure
    ("13.00 – cirka 15.30", "13:00", "15:30"),
])
def test_time_forms(text, start, end):
    found = find_time_range(text)
    assert (found.start, found.end) == (start, end)


def test_bare_hours_need_kl_or_a_time_label():
    assert find_time_range("15-18") is None
    assert find_time_range("15-18", hours_alone=True).start == "15:00"
    assert find_time_range("2022-09-14") is None
    # right after a date the first words are the time; elsewhere, or counting down, they are not
    assert (find_time_range(" 13–16, Trollhättan", after_date=True).start, find_time_range(
        " 13–16, Trollhättan", after_date=True).end) == ("13:00", "16:00")
    assert find_time_range(", plan 3-4", after_date=True) is None
    assert find_time_range(" 16–13", after_date=True) is None


def person(text, **kw):
    found = parse_people_line(text, 1, **kw)
    assert found is not None, text
    return [(p.name, p.organization, p.role, p.party) for p in found.people]


def test_a_profession_before_each_name_after_the_organisations_colon():
    assert person("Skolan: rektor Annika Boström, lärare Jonas Wik") == [
        ("Annika Boström", "Skolan", "rektor", None), ("Jonas Wik", "Skolan", "lärare", None)]
    assert person("kurator Elin Wahl, Östra skolan") == [("Elin Wahl", "Östra skolan", "kurator", None)]


def test_a_compound_role_after_the_organisation_in_brackets():
    assert person("Josefin Berg (kommunen, trygghetssamordnare)") == [
        ("Josefin Berg", "kommunen", "trygghetssamordnare", None)]
    assert person("Per Lind (Region Halland, folkhälsostrateg)") == [
        ("Per Lind", "Region Halland", "folkhälsostrateg", None)]
    # the rest of an organisation's name is no role
    assert person("Eva Ek (Förvaltningen för utbildning, kultur)") == [
        ("Eva Ek", "Förvaltningen för utbildning, kultur", None, None)]


def test_people_joined_by_och_each_with_an_organisation_after_a_comma():
    assert person("Eva Ek, Kungsbacka kommun och Per Ek, Varbergs kommun") == [
        ("Eva Ek", "Kungsbacka kommun", None, None), ("Per Ek", "Varbergs kommun", None, None)]
    assert person("Lina Berg, projektledare, Ale kommun och Jonas Wik") == [
        ("Lina Berg", "Ale kommun", "projektledare", None), ("Jonas Wik", None, None, None)]
    # an organisation's own `och` opens no name
    assert person("Eva Ek, Förvaltningen för utbildning, försörjning och arbete") == [
        ("Eva Ek", "Förvaltningen för utbildning, försörjning och arbete", None, None)]
    assert person("Eva Ek, Kultur och Fritid Borås") == [("Eva Ek", "Kultur och Fritid Borås", None, None)]
    assert person("Eva Ek, Ale kommun och Per Ek, Förvaltningen för utbildning och arbete") == [
        ("Eva Ek", "Ale kommun", None, None), ("Per Ek", "Förvaltningen för utbildning och arbete", None, None)]


def test_a_title_before_a_name_is_no_part_of_it():
    assert person("Dr. Eva Strand, överläkare, Region Halland") == [
        ("Eva Strand", "Region Halland", "överläkare", None)]
    assert person("Docent Per Lind (Göteborgs universitet)") == [("Per Lind", "Göteborgs universitet", None, None)]
    assert person("Dragan Ek; Doris Berg") == [("Dragan Ek", None, None, None), ("Doris Berg", None, None, None)]


def test_a_cut_role_after_a_comma_in_brackets_or_before_the_name_is_written_out():
    assert person("Mats Lind, v. ordf.") == [("Mats Lind", None, "vice ordförande", None)]
    assert person("Mats Lind (v. ordf.)") == [("Mats Lind", None, "vice ordförande", None)]
    assert person("v. ordf. Mats Lind") == [("Mats Lind", None, "vice ordförande", None)]
    assert person("Eva Ek, sekr., Region Halland") == [("Eva Ek", "Region Halland", "sekreterare", None)]


def test_the_part_of_the_meeting_a_person_was_there_for_is_how_they_took_part():
    found = parse_people_line("Anna Berg, Ale kommun (punkt 1-3)", 1).people[0]
    assert (found.organization, found.role, found.attendance) == ("Ale kommun", None, "punkt 1-3")
    found = parse_people_line("Per Lind (S) (fr.o.m. § 4)", 1).people[0]
    assert (found.party, found.role, found.attendance) == ("S", None, "fr.o.m. § 4")
    found = parse_people_line("Eva Ek, ordförande (del av mötet)", 1).people[0]
    assert (found.role, found.attendance) == ("ordförande", "del av mötet")
    # ... and, for the absent, why they were not there
    assert [(p.name, p.role, p.attendance) for p in parse_people_line(
        "Anna Berg (sjuk), Per Lind, anmält förhinder, Olle Sjuk", 1).people] == [
        ("Anna Berg", None, "sjuk"), ("Per Lind", None, "anmält förhinder"), ("Olle Sjuk", None, None)]
    # ... and with no comma or bracket before it
    assert [(p.name, p.organization, p.attendance) for p in parse_people_line(
        "Eva Ek, Ale kommun via Teams; Per Lind digitalt", 1).people] == [
        ("Eva Ek", "Ale kommun", "via Teams"), ("Per Lind", None, "digitalt")]


def test_an_organisation_that_a_list_of_people_shares():
    assert person("Anna Berg och Per Lind (båda Ale kommun)") == [
        ("Anna Berg", "Ale kommun", None, None), ("Per Lind", "Ale kommun", None, None)]
    assert person("Anna Berg, Per Lind, Eva Ek (alla Lerums kommun)") == [
        ("Anna Berg", "Lerums kommun", None, None), ("Per Lind", "Lerums kommun", None, None),
        ("Eva Ek", "Lerums kommun", None, None)]
    assert person("Anna Berg, Per Lind, Ale kommun") == [
        ("Anna Berg", "Ale kommun", None, None), ("Per Lind", "Ale kommun", None, None)]
    assert person("Anna Berg (S) och Per Lind (M), Ale kommun") == [
        ("Anna Berg", "Ale kommun", None, "S"), ("Per Lind", "Ale kommun", None, "M")]
    assert person("Anna Berg, Ale kommun") == [("Anna Berg", "Ale kommun", None, None)]


def test_name_and_organisation():
    assert person("Helena Astvald, Örebro Föreningsråd") == [("Helena Astvald", "Örebro Föreningsråd", None, None)]


def test_party_letters_after_name():
    assert person("Jonas Håård (S)") == [("Jonas Håård", None, None, "S")]


def test_name_role_organisation():
    assert person("Sara Ek, strateg social hållbarhet, Örebro kommun.") == [
        ("Sara Ek", "Örebro kommun", "strateg social hållbarhet", None)]


def test_organisation_with_comma():
    assert person("Stefan Ask, Förvaltningen för utbildning, försörjning och arbete") == [
        ("Stefan Ask", "Förvaltningen för utbildning, försörjning och arbete", None, None)]


def test_organisation_colon_name():
    assert person("Laholm: Anna-Maria Mårtensson") == [("Anna-Maria Mårtensson", "Laholm", None, None)]


def test_organisation_dash_names():
    assert person("Borlänge kommun – Ali Mansour, Petra Lund") == [
        ("Ali Mansour", "Borlänge kommun", None, None), ("Petra Lund", "Borlänge kommun", None, None)]
    assert person("Länsstyrelsen Dalarna – Karin Ek (sammankallande)") == [
        ("Karin Ek", "Länsstyrelsen Dalarna", "sammankallande", None)]
    # the name first is the common form; a dash in a heading names nobody
    assert person("Sanna Björk – Falu kommun") == [("Sanna Björk", "Falu kommun", None, None)]
    assert parse_people_line("Region Halland – projektplan och budget", 1) is None


def test_organisation_comma_names():
    assert person("Centrumföreningen, Kerstin Lund") == [("Kerstin Lund", "Centrumföreningen", None, None)]
    assert person("Tierps kommun, Eva Lund, Per Ek") == [
        ("Eva Lund", "Tierps kommun", None, None), ("Per Ek", "Tierps kommun", None, None)]
    # the name first keeps its reading; an organisation and its part name nobody
    assert person("Anna Berg, Länsstyrelsen") == [("Anna Berg", "Länsstyrelsen", None, None)]
    assert parse_people_line("Kommunen, socialtjänsten", 1) is None


def test_a_town_alone_before_a_dash_is_the_organisation_of_the_names_after_it():
    assert person("Kalmar – Ida Rosén, Mikael Dahl") == [
        ("Ida Rosén", "Kalmar", None, None), ("Mikael Dahl", "Kalmar", None, None)]
    found = parse_people_line("Nybro – vakant", 4)
    assert found.people == [] and found.vacancies[0].organization == "Nybro"


def test_an_abbreviated_serving_substitute_and_the_member_they_sit_in_for():
    found = parse_people_line("Ola Berg (C), tjg ersättare för Anna Ek (C)", 9)
    assert [(p.name, p.party, p.role, p.replaces) for p in found.people] == [
        ("Ola Berg", "C", "tjänstgörande ersättare", "Anna Ek")]
    assert [(p.name, p.party) for p in found.replaced] == [("Anna Ek", "C")]


def test_who_took_the_notes_in_a_bracket_or_after_a_comma():
    assert person("Josefin Laine, gatu- och trafikavdelningen (anteckningar)") == [
        ("Josefin Laine", "gatu- och trafikavdelningen", "antecknare", None)]
    assert person("Per Lind (protokollförare)") == [("Per Lind", None, "sekreterare", None)]
    assert person("Eva Ek, antecknar") == [("Eva Ek", None, "antecknare", None)]


def test_a_role_before_a_colon_is_the_role_of_the_names_after_it():
    assert person("Rektor: Sofia Lund") == [("Sofia Lund", None, "rektor", None)]
    assert person("Projektledare Region Halland: Eva Ek") == [("Eva Ek", "Region Halland", "projektledare", None)]
    assert person("Elevrådet: Moa Lind") == [("Moa Lind", "Elevrådet", None, None)]


def test_a_school_class_before_a_colon_is_what_the_names_after_it_represent():
    assert person("7A: Ella Nyström, Noah Berg") == [("Ella Nyström", "7A", None, None), ("Noah Berg", "7A", None, None)]
    assert person("Åk 8: Saga Lind") == [("Saga Lind", "Åk 8", None, None)]
    # a number with a colon in a role is no class
    assert person("2:e vice ordförande Eva Ek") == [("Eva Ek", None, "2:e vice ordförande", None)]


def test_a_role_in_the_plural_before_names_is_the_role_of_each():
    assert person("kassör Rolf Berg, ledamöterna Anna Öst och Gun Ny") == [
        ("Rolf Berg", None, "kassör", None), ("Anna Öst", None, "ledamot", None), ("Gun Ny", None, "ledamot", None)]
    assert person("ledamöterna Anna Öst och Gun Ny samt ersättarna Bo Lind och Eva Sjö") == [
        ("Anna Öst", None, "ledamot", None), ("Gun Ny", None, "ledamot", None),
        ("Bo Lind", None, "ersättare", None), ("Eva Sjö", None, "ersättare", None)]


def test_an_organisation_in_lower_case_after_the_name():
    assert person("Lena Ahl, socialförvaltningen") == [("Lena Ahl", "socialförvaltningen", None, None)]
    assert person("Kristina Ålund (barn- och utbildningsförvaltningen)") == [
        ("Kristina Ålund", "barn- och utbildningsförvaltningen", None, None)]
    assert person("Per Lind (vård- och omsorgschef)") == [("Per Lind", None, "vård- och omsorgschef", None)]
    assert person("Eva Ek, kommunikatör, regionen") == [("Eva Ek", "regionen", "kommunikatör", None)]


def test_a_registers_last_name_first():
    assert person("Andersson, Eva (S)") == [("Eva Andersson", None, None, "S")]
    assert person("Sjöberg-Holm, Anna (C), ledamot") == [("Anna Sjöberg-Holm", None, "ledamot", "C")]
    # first names alone, or a first name the table does not hold, stay a list of people
    assert [p.name for p in parse_people_line("Linnea, Ahmed, Petra", 3).people] == ["Linnea", "Ahmed", "Petra"]
    assert [p.name for p in parse_people_line("Linnea, Ahmed", 3).people] == ["Linnea", "Ahmed"]


def test_the_end_of_a_list_that_names_no_one_more():
    assert person("Eva Ek, Per Lind samt 14 medlemmar") == [("Eva Ek", None, None, None), ("Per Lind", None, None, None)]
    assert person("Eva Ek, Per Lind m.fl.") == [("Eva Ek", None, None, None), ("Per Lind", None, None, None)]
    assert person("Eva Ek och 2 praktikanter") == [("Eva Ek", None, None, None)]


def test_a_role_of_the_care_in_capitals_is_no_organisation():
    assert person("Olof Berg (MAS)") == [("Olof Berg", None, "medicinskt ansvarig sjuksköterska", None)]
    assert person("Eva Ek, MAR, Kungälvs kommun") == [
        ("Eva Ek", "Kungälvs kommun", "medicinskt ansvarig för rehabilitering", None)]
    assert person("Kim Ek, SKR") == [("Kim Ek", "SKR", None, None)]


def test_a_role_then_where_in_one_bracket():
    assert person("Sara Dahl (rektor, Västerskolan)") == [("Sara Dahl", "Västerskolan", "rektor", None)]
    assert person("Ola Ek (samordnare, Region Halland, Halmstad)") == [
        ("Ola Ek", "Region Halland, Halmstad", "samordnare", None)]
    assert person("Per Ek (Förvaltningen för utbildning, kultur)") == [
        ("Per Ek", "Förvaltningen för utbildning, kultur", None, None)]


def test_a_party_after_a_role_and_a_role_written_short_after_the_party():
    assert person("Åsa Ek, kommunstyrelsens ordförande (S)") == [("Åsa Ek", None, "kommunstyrelsens ordförande", "S")]
    assert person("Jan Ek (S) ordf.") == [("Jan Ek", None, "ordförande", "S")]


def test_role_then_organisation_in_one_part():
    assert person("Mariya Melnyk, projektledare #CareConnect") == [
        ("Mariya Melnyk", "#CareConnect", "projektledare", None)]


def test_name_particles_hyphens_and_short_forms():
    assert person("Karin von Stedingk, Förvaltningen förskola skola")[0][0] == "Karin von Stedingk"
    assert person("K-G Granberg, Folkets hus Vintrosa")[0][0] == "K-G Granberg"
    assert person("Ana María Sánchez Nieto, AF")[0][0] == "Ana María Sánchez Nieto"


def test_role_in_brackets_and_after_dash():
    assert person("Birgitta Holm (ordf.)") == [("Birgitta Holm", None, "ordförande", None)]
    assert person("Per Berg – sekreterare") == [("Per Berg", None, "sekreterare", None)]
    # with a bracket too: the bracket's party or role is kept, and the dash is no part of the name
    assert person("Siv Persson – sekreterare (S)") == [("Siv Persson", None, "sekreterare", "S")]
    assert person("Karl Dahl - kassör (M)") == [("Karl Dahl", None, "kassör", "M")]
    assert person("Mats Olofsson – verksamhetschef LSS (ordf)") == [
        ("Mats Olofsson", None, "verksamhetschef LSS, ordförande", None)]


def test_an_organisation_in_lower_case_in_brackets_is_the_organisation_not_a_role():
    assert person("Tomas Berg (polisen)") == [("Tomas Berg", "polisen", None, None)]
    assert person("Elin Sjö (socialtjänsten i Lund)") == [("Elin Sjö", "socialtjänsten i Lund", None, None)]
    assert person("Eva Holm (kommunalråd)") == [("Eva Holm", None, "kommunalråd", None)]
    assert person("Ola Nord (ledamot i nämnden)") == [("Ola Nord", None, "ledamot i nämnden", None)]


def test_a_nickname_between_first_and_last_name_is_kept_apart():
    for text in ('Elisabeth "Lisa" Ek, Idrottsalliansen', "Elisabeth ”Lisa” Ek, Idrottsalliansen",
                 "Elisabeth (Lisa) Ek, Idrottsalliansen"):
        found = parse_people_line(text, 1)
        assert [(p.name, p.organization, p.nickname) for p in found.people] == [
            ("Elisabeth Ek", "Idrottsalliansen", "Lisa")], text
    found = parse_people_line("Anna 'Ankan' Berg, Per (Pelle) Holm och Eva (ordf) Lind", 1)
    assert [(p.name, p.role, p.nickname) for p in found.people] == [
        ("Anna Berg", None, "Ankan"), ("Per Holm", None, "Pelle"), ("Eva Lind", "ordförande", None)]


def test_an_organisation_in_lower_case_with_a_role_in_brackets_after_it():
    assert person("Rasmus Öst, äldreförvaltningen (sekreterare)") == [
        ("Rasmus Öst", "äldreförvaltningen", "sekreterare", None)]
    assert person("Agneta Roos, enhetschef hemtjänst") == [("Agneta Roos", None, "enhetschef hemtjänst", None)]


def test_several_names_on_one_line():
    assert [p[0] for p in person("Anna Fogel, Sara Andersson och Erika Andersson")] == [
        "Anna Fogel", "Sara Andersson", "Erika Andersson"]
    # a first name the table does not know, then a person's name: two people, not a person and a place
    assert person("Jonna Falk, Mattias Berg") == [("Jonna Falk", None, None, None), ("Mattias Berg", None, None, None)]
    assert person("Mai Lundell, Lilla Edet") == [("Mai Lundell", "Lilla Edet", None, None)]


def test_a_list_of_municipalities_is_not_a_list_of_people():
    # network minutes name the member municipalities that sent nobody, or somebody unnamed
    assert person("Hjo, Gullspång, Karlsborg", single=True) == []
    assert person("Mariestad, Töreboda", single=True) == []
    assert person("Lilla Edet och Upplands Väsby", single=True) == []
    # first names, one of them also a town's (Nora), are people
    assert [p[0] for p in person("Anna, Nora, Per", single=True)] == ["Anna", "Nora", "Per"]
    # a person of a municipality is still a person
    assert person("Linnea Ahl, Skövde", single=True) == [("Linnea Ahl", "Skövde", None, None)]


def test_party_letters_before_a_colon_after_a_comma_or_after_a_role_and_paragraphs_attended():
    assert person("S: Anna Berg, Per Lind", single=True) == [("Anna Berg", None, None, "S"), ("Per Lind", None, None, "S")]
    assert person("Anna Berg, S") == [("Anna Berg", None, None, "S")]
    assert person("Bo Ek, ordf. (C)") == [("Bo Ek", None, "ordförande", "C")]
    # a member who took part in some paragraphs only
    assert person("Per Olsson (V) §§ 1-5") == [("Per Olsson", None, None, "V")]
    assert person("Lena Ek (S), tjänstgörande ersättare, § 31–33") == [
        ("Lena Ek", None, "tjänstgörande ersättare", "S")]


def test_vacant_seat_is_not_a_person():
    found = parse_people_line("Vakant, Miljökontoret", 3)
    assert found.people == [] and found.vacancies[0].organization == "Miljökontoret"
    found = parse_people_line("Tidaholm: Vakant", 3)
    assert found.people == [] and found.vacancies[0].organization == "Tidaholm"


@pytest.mark.parametrize("text", ["GR", "Övriga", "VÅRT HÅLLBARA ÖREBRO", "1. Inledning",
                                  "Länsråd Daniel Gustafsson hälsar välkomna!", "Erfarenhetsutbyte:"])
def test_lines_that_are_not_people(text):
    assert parse_people_line(text, 1) is None


def test_directory_resolves_first_names_initials_and_prefers_attendees():
    book = Directory()
    book.add("Anna-Maria Mårtensson", 0)
    book.add("Karin Martinsson", 0)
    book.add("Karin Berg", 2)
    book.add("Sara Ek", 0)
    book.add("Sara Lund", 0)
    assert book.resolve("Karin") == "Karin Martinsson"
    assert book.resolve("A-M") == "Anna-Maria Mårtensson"
    assert book.resolve("anna-maria") == "Anna-Maria Mårtensson"
    assert book.resolve("Sara") == "Sara"   # two of them: left as written
    assert book.resolve("Mölndal") == "Mölndal"


def test_two_people_on_one_line_told_from_person_and_place_by_first_name():
    assert [p[0] for p in person("Per Lind, Eva Ek")] == ["Per Lind", "Eva Ek"]
    assert person("Mai Lundell, Lilla Edet") == [("Mai Lundell", "Lilla Edet", None, None)]


def test_marks_after_the_organisation_and_a_role_after_the_party():
    assert person("Anna Berg, Ale kommun (ordförande)") == [("Anna Berg", "Ale kommun", "ordförande", None)]
    assert person("Anna Berg, Ale kommun (S)") == [("Anna Berg", "Ale kommun", None, "S")]
    assert person("Lena Ahlström (S) ordförande") == [("Lena Ahlström", None, "ordförande", "S")]


@pytest.mark.parametrize("text,want", [
    ("Zeynep Kaya, Falkenbergs kommun (digitalt)", ("Zeynep Kaya", "Falkenbergs kommun", None, "digitalt")),
    ("Anna Berg, ordförande (via Teams)", ("Anna Berg", None, "ordförande", "via Teams")),
    ("Per Lind (på distans)", ("Per Lind", None, None, "på distans")),
    ("Olle Ström (deltog digitalt)", ("Olle Ström", None, None, "deltog digitalt")),
    ("Lisa Holm, sekreterare, digitalt", ("Lisa Holm", None, "sekreterare", "digitalt")),
    ("Kent Ask (S) – via länk", ("Kent Ask", None, None, "via länk")),
    ("Mona Eld, Vårgårda kommun, närvarande på plats", ("Mona Eld", "Vårgårda kommun", None, "närvarande på plats")),
])
def test_how_a_person_took_part_is_not_their_role_or_organisation(text, want):
    (found,) = parse_people_line(text, 1).people
    assert (found.name, found.organization, found.role, found.attendance) == want


def test_how_each_of_several_people_took_part_stays_with_that_person():
    found = parse_people_line("Anna Berg (S), Per Lind (M) (digitalt) och Eva Ek (C)", 1)
    assert [(p.name, p.party, p.attendance) for p in found.people] == [
        ("Anna Berg", "S", None), ("Per Lind", "M", "digitalt"), ("Eva Ek", "C", None)]


def test_a_registers_list_of_last_names_first_split_by_semicolons():
    assert person("Andersson, Eva (S); Lindqvist, Ulf (M), ordförande; Karin Sjö") == [
        ("Eva Andersson", None, None, "S"), ("Ulf Lindqvist", None, "ordförande", "M"), ("Karin Sjö", None, None, None)]
    # a part that is no last name and a first name stays as it was
    assert person("Eva Andersson; Ulf Lindqvist, Mölndal") == [
        ("Eva Andersson", None, None, None), ("Ulf Lindqvist", "Mölndal", None, None)]


def test_two_roles_before_a_name_are_both_its_roles():
    assert person("Ordförande rektor Eva Berg") == [("Eva Berg", None, "ordförande, rektor", None)]
    assert person("sekreterare biträdande rektor Ulf Sand, kurator Maja Lind") == [
        ("Ulf Sand", None, "sekreterare, biträdande rektor", None), ("Maja Lind", None, "kurator", None)]
    assert person("Kocken Ahmed Yusuf") == [("Ahmed Yusuf", None, "kock", None)]


def test_a_compound_role_before_a_name():
    assert person("rektor Maria Lind, lärarrepresentant Karin Holm, Skyddsombud Eva Ek (S)") == [
        ("Maria Lind", None, "rektor", None), ("Karin Holm", None, "lärarrepresentant", None),
        ("Eva Ek", None, "skyddsombud", "S")]
    # a compound before one name only is no person: `projektledare Region Halland` stays a role and an organisation
    assert person("Anna Berg, projektledare Region Halland") == [("Anna Berg", "Region Halland", "projektledare", None)]


def test_an_organisation_right_after_a_persons_role_is_that_persons():
    assert person("Peter Wall, förvaltare, Riksbyggen") == [("Peter Wall", "Riksbyggen", "förvaltare", None)]
    assert person("Eva Ek, Peter Wall, ekonom, Skellefteå kommun") == [
        ("Eva Ek", None, None, None), ("Peter Wall", "Skellefteå kommun", "ekonom", None)]
    # with no role between, the organisation at the end is everyone's; a first name stays a person
    assert person("Eva Ek, Peter Wall, Skellefteå kommun") == [
        ("Eva Ek", "Skellefteå kommun", None, None), ("Peter Wall", "Skellefteå kommun", None, None)]
    assert person("Eva Ek, ordförande, Per Lind") == [("Eva Ek", None, "ordförande", None), ("Per Lind", None, None, None)]


def test_an_organisation_after_från_for_the_names_before_it_and_more_people_after_samt():
    assert person("Gunilla, Rolf och Kerstin från rådet, samt Lotta Nyberg (enhetschef)") == [
        ("Gunilla", "rådet", None, None), ("Rolf", "rådet", None, None), ("Kerstin", "rådet", None, None),
        ("Lotta Nyberg", None, "enhetschef", None)]
    assert person("Anna Lund från Kultur- och fritidsförvaltningen samt Per Ek från Region Skåne") == [
        ("Anna Lund", "Kultur- och fritidsförvaltningen", None, None), ("Per Ek", "Region Skåne", None, None)]


def test_an_organisation_after_från_is_not_of_those_before_one_who_names_their_own():
    assert person("Rektor Helena Bäck, Mona Ek (fritids), Fredrik Sand (föräldraföreningen), "
                  "Kerstin Ahl från tekniska förvaltningen") == [
        ("Helena Bäck", None, "rektor", None), ("Mona Ek", None, "fritids", None),
        ("Fredrik Sand", "föräldraföreningen", None, None), ("Kerstin Ahl", "tekniska förvaltningen", None, None)]
    assert person("Helena Bäck, Leif Olsson, Kerstin Ahl från tekniska förvaltningen") == [
        ("Helena Bäck", "tekniska förvaltningen", None, None), ("Leif Olsson", "tekniska förvaltningen", None, None),
        ("Kerstin Ahl", "tekniska förvaltningen", None, None)]


def test_a_bodys_genitive_before_a_role_is_the_organisation_and_a_first_name_may_follow_a_role():
    assert person("Elevrådets ordförande Alva Berg, Kommunens representant Per Ek") == [
        ("Alva Berg", "Elevrådet", "ordförande", None), ("Per Ek", "Kommunen", "representant", None)]
    assert person("Föreningens kassör Eva Lind (S)") == [("Eva Lind", "Föreningen", "kassör", "S")]
    assert person("Per Lind, rektor Eva", single=True) == [("Per Lind", None, None, None), ("Eva", None, "rektor", None)]
    assert person("Elevrådets ordförande Alva", single=True) == [("Alva", "Elevrådet", "ordförande", None)]
    # the rector's stand-in is no rector of a body `Rektorn`
    assert parse_people_line("Rektorns representant Eva Lind", 1) is None


def test_a_compound_role_written_with_a_capital_after_a_comma_is_the_role():
    assert person("Per Lind, Socialchef, Ale kommun") == [("Per Lind", "Ale kommun", "Socialchef", None)]
    assert person("Åsa Nord, Trafikplanerare") == [("Åsa Nord", None, "Trafikplanerare", None)]
    assert person("Eva Ek, Översiktsplanerare, Kils kommun") == [("Eva Ek", "Kils kommun", "Översiktsplanerare", None)]
    # an organisation after a comma stays one
    assert person("Per Lind, Räddningstjänsten") == [("Per Lind", "Räddningstjänsten", None, None)]


def test_a_bodys_genitive_in_lower_case_before_a_role():
    assert person("näringslivsutvecklare Amanda Frost och kommunstyrelsens ordförande Roger Sjögren") == [
        ("Amanda Frost", None, "näringslivsutvecklare", None), ("Roger Sjögren", "kommunstyrelsen", "ordförande", None)]
    assert person("Eva Lund, skolans rektor Per Ek") == [("Eva Lund", None, None, None), ("Per Ek", "skolan", "rektor", None)]


def test_a_count_of_people_no_name_is_given_for_is_nobody_at_either_end_of_a_list():
    named = [("Amanda Frost", None, None, None), ("Roger Sjögren", None, None, None)]
    for line in ("ett tjugotal företagare, Amanda Frost och Roger Sjögren", "Amanda Frost och Roger Sjögren samt ca 20 medlemmar",
                 "Amanda Frost, Roger Sjögren, drygt 30 invånare", "några föräldrar samt Amanda Frost och Roger Sjögren",
                 "Amanda Frost och Roger Sjögren samt ett hundratal besökare"):
        assert person(line) == named, line
    # a day and a place are no count
    assert parse_people_line("14 september kl 13-15, Ljungby", 1) is None


def test_a_plural_role_before_first_names_and_a_group_counted_in_brackets():
    assert person("Förskolechef Ann Ek, pedagogerna Sara och Mia, föräldrarepresentanter från samtliga "
                  "avdelningar (7 st)") == [("Ann Ek", None, "förskolechef", None), ("Sara", None, "pedagog", None),
                                            ("Mia", None, "pedagog", None)]
    assert person("Ann Ek, Per Lind, föräldrar (12)") == [("Ann Ek", None, None, None), ("Per Lind", None, None, None)]
    assert person("lärarna Eva Ek och Per Lind") == [("Eva Ek", None, "lärare", None), ("Per Lind", None, "lärare", None)]


def test_initials_before_after_a_comma_or_a_dash_are_the_persons_not_an_organisation():
    # a team's notes name everyone by their initials, written in any of these places
    for text in ("AB (Anna Björk), PL (Peter Lund)", "Anna Björk, AB; Peter Lund, PL",
                 "Anna Björk – AB, Peter Lund – PL", "Anna Björk (AB), Peter Lund (PL)"):
        found = parse_people_line(text, 1, single=True).people
        assert [(p.name, p.organization, p.nickname) for p in found] == [
            ("Anna Björk", None, "AB"), ("Peter Lund", None, "PL")], text
    # capitals that are not the name's initials stay an organisation
    assert person("Anna Björk, SKR", single=True) == [("Anna Björk", "SKR", None, None)]
    assert person("AB Volvo (Peter Lund)", single=True) == [("Peter Lund", "AB Volvo", None, None)]


def test_the_kind_of_body_before_a_colon_is_a_group_not_an_organisation():
    # a council's list by the kind of body each member came from
    found = parse_people_line("Föreningar: Åsa Berg, Tomas Fält (Synskadades riksförbund)", 1).people
    assert [(p.name, p.organization, p.group) for p in found] == [
        ("Åsa Berg", None, "Föreningar"), ("Tomas Fält", "Synskadades riksförbund", "Föreningar")]
    found = parse_people_line("Myndigheter: Lena Hård, Polisen", 1, single=True).people
    assert [(p.name, p.organization, p.group) for p in found] == [("Lena Hård", "Polisen", "Myndigheter")]


@pytest.mark.parametrize("text, written, iso", [
    ("Nästa möte v. 12, tisdag 17/3 kl. 8.15", "v. 12, tisdag 17/3", "2026-03-17"),
    ("vecka 12 onsdagen den 18 mars", "vecka 12 onsdagen den 18 mars", "2026-03-18"),
    ("Nästa möte tisdag v. 12", "tisdag v. 12", "2026-03-17"),
    ("träffas torsdagen i vecka 12 kl 9", "torsdagen i vecka 12", "2026-03-19"),
    ("v. 12 fre", "v. 12 fre", "2026-03-20"),
    ("Planering v. 12", "v. 12", "2026-03-16"),
])
def test_a_weeks_named_day_is_part_of_the_week(text, written, iso):
    found = find_dates(text)
    assert [(d.text, d.iso(dt.date(2026, 3, 10))) for d in found] == [(written, iso)]
