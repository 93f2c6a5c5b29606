"""Stage 4: blocks -> sections. Items in every style; no line is lost."""
from conftest import minutes


def titles(record):
    return [(i.number, i.title) for i in record.items]


def test_paragraph_numbering_with_title_on_next_line():
    r = minutes("""
        Protokoll
        § 45
        Mötets öppnande
        Ordföranden öppnar.
        § 46 Ekonomi
        Kassan är god.
    """)
    assert titles(r) == [("45", "Mötets öppnande"), ("46", "Ekonomi")]


def test_numbered_items_ignore_a_nested_list_inside_an_item():
    r = minutes("""
        1. Inledning

        Vi går igenom:
        1. Budget
        2. Lokaler
        3. Övrigt

        2. Rapporter

        Inga.
    """)
    assert titles(r) == [("1", "Inledning"), ("2", "Rapporter")]
    assert "2. Lokaler" in r.items[0].text


def test_items_numbered_with_roman_numerals_keep_the_numeral_as_their_number():
    r = minutes("""
        Arbetsplatsträff hemtjänsten Söder 2024-04-09

        I. Inledning
        Lena hälsade välkommen.

        II. Arbetsmiljö
        Schemat ses över.

        III) Verksamhetsfrågor
        I samband med bytet av larm utbildas all personal.

        IV. Övrigt
        Inga övriga frågor.
    """)
    assert [(i.number, i.title) for i in r.items] == [
        ("I", "Inledning"), ("II", "Arbetsmiljö"), ("III", "Verksamhetsfrågor"), ("IV", "Övrigt")]
    assert r.items[2].text == "I samband med bytet av larm utbildas all personal."


def test_time_slot_after_title_is_kept_apart():
    r = minutes("""
        1. Projektidé - vårdsvenska 15:30 – 15:50

        Text.
    """)
    item = r.items[0]
    assert (item.title, item.start_time, item.end_time) == ("Projektidé - vårdsvenska", "15:30", "15:50")


def test_agenda_group_labels_are_not_items():
    r = minutes("""
        Erfarenhetsutbyte:

        1. Inledning

        Text.

        Omvärldsbevakning:

        2. Regeringens förslag

        Text.
    """)
    assert titles(r) == [("1", "Inledning"), ("2", "Regeringens förslag")]
    assert [i.group for i in r.items] == ["Erfarenhetsutbyte", "Omvärldsbevakning"]
    assert "Omvärldsbevakning" not in r.items[0].text


def test_markdown_group_heading_without_text_groups_the_items_below():
    r = minutes("""
        # Workshop 2021-11-10

        ## Anteckningar från grupparbeten.

        ### Grupp 1

        Text ett.

        #### Behov

        - punkt

        ## **Grupp 2**

        Text två.
    """)
    assert titles(r) == [(None, "Grupp 1"), (None, "Grupp 2")]
    assert r.items[0].group == "Anteckningar från grupparbeten"
    assert "#### Behov" in r.items[0].text


def test_a_markdown_title_one_level_above_the_items_is_the_documents_title_not_its_one_item():
    r = minutes("""
        ## Projektmöte – ny webbplats

        **Datum:** 2025-02-18
        **Deltagare:** Sofia Ahl, Martin Berg

        ### 1. Status
        Designen är godkänd.

        ### 2. Beslut
        - Lanseringen flyttas till 7 april.

        ### Åtgärder
        - Sofia: informera styrgruppen om tidplanen
    """)
    assert titles(r) == [("1", "Status"), ("2", "Beslut"), (None, "Åtgärder")]
    assert (r.meeting.title, r.meeting.date) == ("Projektmöte – ny webbplats", "2025-02-18")
    assert [(d.line, d.item) for d in r.decisions] == [(10, "2")]
    # below other text, a lone heading one level up is an item of its own
    r = minutes("Minnesanteckningar 2025-02-18\n\n## Läget\nText.\n\n### Pass 1\nText.\n\n### Pass 2\nText.\n")
    assert titles(r)[0] == (None, "Läget")


def test_unnumbered_headings_between_paragraphs():
    r = minutes("""
        Politikerplattformen 2022-02-23

        Utvecklingsmedel inom integration

        Hanna Norberg, Länsstyrelsen

        Nu finns det möjlighet att söka medel.

        Runda – Hur ser läget ut i respektive kommun?

        Kommunerna berättar.

        Tack för ert deltagande!
    """)
    assert titles(r) == [(None, "Utvecklingsmedel inom integration"),
                         (None, "Runda – Hur ser läget ut i respektive kommun?")]


def test_unnumbered_headings_right_above_their_text():
    r = minutes("""
        Minnesanteckningar Nätverket för fritidsgårdar
        Datum: 2024-10-08

        Deltagare: Sara Holm, Leo Ek

        Välkommen och presentation
        Sara hälsade alla välkomna. Leo är ny i nätverket.

        Aktuellt från regionen
        Regionen planerar en ny utbildning i vår.
        Leo skickar ut inbjudan senast 1 november.

        Kommunen informerar
        Nya öppettider från januari.

        Kommande träffar
        3 december kl. 13–15, Teams
    """)
    # short lines with no full stop that open a block of sentences; an organisation's name
    # or a row of dates under a line is no such block
    assert titles(r) == [(None, "Välkommen och presentation"), (None, "Aktuellt från regionen"),
                         (None, "Kommunen informerar")]
    assert r.items[1].text == ("Regionen planerar en ny utbildning i vår.\n"
                               "Leo skickar ut inbjudan senast 1 november.")
    assert [(a.owners, a.due, a.item) for a in r.actions] == [(["Leo Ek"], "2024-11-01", "Aktuellt från regionen")]
    assert [e.date for e in r.calendar] == ["2024-12-03"]


def test_unnumbered_headings_right_above_a_table():
    r = minutes("""
        Minnesanteckningar nätverk för biblioteksutveckling
        2024-09-19, Teams

        Deltagare: Ola Berg, Ystad; Åsa Holm, Trelleborg

        Kommande möten
        Datum | Tid | Plats
        17 oktober | 9.30-11.30 | Teams
        21 november | 10-15 | Ystad bibliotek

        Läsfrämjande
        Ola berättade om Bokstart i Ystad. Åsa skickar ut utvärderingen.
    """)
    assert titles(r) == [(None, "Kommande möten"), (None, "Läsfrämjande")]
    assert (r.meeting.start_time, r.meeting.location) == (None, "Teams")   # the table's times are not the meeting's
    assert [(e.date, e.location) for e in r.calendar] == [("2024-10-17", "Teams"), ("2024-11-21", "Ystad bibliotek")]
    assert [(a.owners, a.item) for a in r.actions] == [(["Åsa Holm"], "Läsfrämjande")]


def test_headings_of_an_agenda_by_the_clock_with_the_time_before_the_title():
    r = minutes("""
        Minnesanteckningar referensgrupp digitalisering
        Tid: 2024-04-10, 09.00–11.30

        09.15 Läget i projektet
        Johan berättade att upphandlingen är klar.

        10.15–11.00 Test av nya surfplattor
        Gruppen testade surfplattorna. Maria tar med synpunkterna till PRO.

        11.15 Sammanfattning
        Anna sammanställer synpunkterna.
    """)
    assert [(i.title, i.start_time, i.end_time) for i in r.items] == [
        ("Läget i projektet", "09:15", None), ("Test av nya surfplattor", "10:15", "11:00"),
        ("Sammanfattning", "11:15", None)]


def test_one_short_line_above_a_sentence_is_no_heading():
    r = minutes("""
        Minnesanteckningar 2024-10-08

        Deltagare: Sara Holm, Leo Ek

        Lerums kommun
        Sara berättade om arbetet.

        Allmänt
        Ingen hade något att ta upp.
    """)
    assert titles(r) == []


def test_word_export_page_headers_are_dropped_from_item_text():
    r = minutes("""
        Nätverket 2022-02-23

        1. Inledning

        Första sidan.

        2022-02-23
        Dnr 851-649-2022

        Andra sidan.

        2022-02-23
        Dnr 851-649-2022

        2. Avslutning

        Slut.
    """)
    assert r.items[0].text == "Första sidan.\n\nAndra sidan."
    assert r.meeting.reference == "Dnr 851-649-2022"
    assert r.source.page_lines == [7, 8, 12, 13]


def test_people_sub_groups_stay_present_and_name_the_organisation():
    r = minutes("""
        Närvaro

        Anna Berg, Ale
        Per Lind, Lerum

        Övriga

        Mira Ek, projektledare #Projekt

        GR

        Patrick Gruczun
        Jeanette Olsson, FoU

        Frånvarande

        Asllan Hajdari, AF

        1. Inledning

        Text.
    """)
    assert [(p.name, p.organization, p.group) for p in r.attendees] == [
        ("Anna Berg", "Ale", None), ("Per Lind", "Lerum", None),
        ("Mira Ek", "#Projekt", "Övriga"), ("Patrick Gruczun", "GR", "GR"), ("Jeanette Olsson", "FoU", "GR")]
    assert [p.name for p in r.absent] == ["Asllan Hajdari"]


def test_first_name_on_the_label_line():
    r = minutes("""
        Deltagare: Helena Astvald, Föreningsrådet
        Caroline Daly, Rättighetscenter

        Förhinder: Johan Kumlin (M)
    """)
    assert [p.name for p in r.attendees] == ["Helena Astvald", "Caroline Daly"]
    assert [(p.name, p.party) for p in r.absent] == [("Johan Kumlin", "M")]


def test_one_municipality_after_an_absence_label_is_no_person():
    # network minutes name the member municipality that sent nobody; the list goes on below it
    r = minutes("""
        Nätverksträff 2025-03-11
        Närvarande: Anna Berg, Falköpings kommun
        Förhinder: Hjo
        Kim Nilsson, Tidaholms kommun
        Förhinder: Nora

        1. Mötets öppnande
    """)
    assert [p.name for p in r.attendees] == ["Anna Berg"]
    assert [(p.name, p.organization) for p in r.absent] == [("Kim Nilsson", "Tidaholms kommun"), ("Nora", None)]
    assert [(o.name, o.line) for o in r.organizations_absent] == [("Hjo", 3)]
    assert r.source.unassigned_lines == []


def test_a_member_that_sent_nobody_as_the_first_point_of_an_absence_list():
    r = minutes("""
        Deltagare
        - Anna Berg, Falköpings kommun

        Förhinder
        - Sala kommun
        - Camilla Rask, Köping
        - Länsstyrelsen bjuder in till en temadag

        1. Mötets öppnande
    """)
    assert [(p.name, p.organization) for p in r.absent] == [("Camilla Rask", "Köping")]
    assert [(o.name, o.line) for o in r.organizations_absent] == [("Sala kommun", 5)]
    assert r.source.unassigned_lines == []
    # an empty point in such a list (a PDF's bullet without its text) is no member
    r = minutes("Deltagare\n- Anna Berg, Falköpings kommun\n\nFörhinder\n- Sala kommun\n-\n- Camilla Rask, Köping\n")
    assert [p.name for p in r.absent] == ["Camilla Rask"]


def test_closing_and_appendix_people_are_not_this_meetings():
    r = minutes("""
        Deltagare: Anna Fogel, Kommunen

        1. Inledning

        Text.

        Med vänliga hälsningar

        Anna Fogel, sekreterare

        Informationsmöte om bostäder

        Representation från kommunen
        Dafina Gerguri, Bosättning

        Dafina tar med sig frågan om busskort.
    """)
    assert [p.name for p in r.attendees] == ["Anna Fogel"]
    assert [(p.name, p.role) for p in r.signatories] == [("Anna Fogel", "sekreterare")]
    assert r.appendices[0].title == "Informationsmöte om bostäder"
    assert [p.name for p in r.appendices[0].people] == ["Dafina Gerguri"]
    (action,) = r.actions
    assert action.owners == ["Dafina Gerguri"] and action.appendix == 0


def test_another_meetings_protocol_attached_after_the_signature_signs_nothing():
    r = minutes("""
        Minnesanteckningar 2024-02-14

        1. Ekonomi
        Budgeten gicks igenom.

        Vid protokollet
        Per Lind

        Protokoll
        Styrelsemöte 2024-01-10
        1. Ekonomi
        Inget att rapportera.
    """)
    assert [(p.name, p.role) for p in r.signatories] == [("Per Lind", "sekreterare")]
    assert [(a.title, a.start_line) for a in r.appendices] == [("Protokoll", 9)]


def test_an_appendix_that_is_the_list_of_attendance_gives_the_meetings_attendees():
    r = minutes("""
        Protokoll fört vid årsmöte i Kvarnby IK 2025-03-16

        Närvarande: 4 medlemmar enligt bilaga 1

        § 1 Mötets öppnande
        Ordföranden Eva Lind öppnade mötet.

        Vid protokollet
        Per Holm

        Bilaga 1 Närvarolista
        Eva Lind
        Per Holm
        Sofia Ek
        Greta Åberg

        Bilaga 2 Presentation från kommunen
        Deltagare: Jonas Ahl, Malmö stad
    """)
    assert [(p.name, p.line) for p in r.attendees] == [
        ("Eva Lind", 12), ("Per Holm", 13), ("Sofia Ek", 14), ("Greta Åberg", 15)]
    assert [a.title for a in r.appendices] == ["Bilaga 1 Närvarolista", "Bilaga 2 Presentation från kommunen"]
    assert [p.name for p in r.appendices[1].people] == ["Jonas Ahl"]   # another meeting's: not an attendee
    assert r.source.unassigned_lines == []


def test_how_the_people_of_a_label_took_part_as_its_qualifier_says():
    r = minutes("""
        Protokoll styrelsemöte 2024-05-21

        Närvarande: Anna Berg, Per Holm
        Närvarande via Teams: Eva Ek, Lars Lind (del av mötet)
        Deltog digitalt: Sara Ek
        Närvarande (på plats):
        Kalle Ek
        Närvarande från skolan: Maria Svensson
        Frånvarande: Olle Berg

        1. Läget
    """)
    assert [(p.name, p.attendance) for p in r.attendees] == [
        ("Anna Berg", None), ("Per Holm", None), ("Eva Ek", "via Teams"), ("Lars Lind", "del av mötet"),
        ("Sara Ek", "digitalt"), ("Kalle Ek", "på plats"), ("Maria Svensson", None)]
    assert [(p.name, p.attendance) for p in r.absent] == [("Olle Berg", None)]


def test_a_närvarolista_label_opens_a_list_of_attendees():
    r = minutes("""
        Minnesanteckningar styrgrupp 2025-02-11
        Närvarolista:
        Anna Berg, Region Skåne
        Omar Haddad, Lunds kommun

        1. Inledning
        Anna hälsade välkommen.
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Anna Berg", "Region Skåne"), ("Omar Haddad", "Lunds kommun")]


def test_every_non_blank_line_is_accounted_for(samples):
    from minutes_cli import parse_file
    for path in samples.iterdir():
        record = parse_file(path)
        assert record.source.unassigned_lines == [], path.name


def test_word_bold_headings_with_text_right_under_them():
    r = minutes("""
        Minnesanteckningar – Nätverket
        Datum: 2024-04-11
        Närvarande: Anna Holmberg (Borås), Johan Ek (Alingsås), Per Lind (Mark)

        **Välkommen och presentation**
        Anna hälsar välkomna.

        **Aktuellt från kommunerna**
        Mark ser över sitt introduktionsprogram.
        Johan skickar ut rutinen senast den 30 april.

        Vid protokollet

        Per Lind
        sekreterare

        Justeras

        Anna Holmberg
        ordförande
    """)
    assert [i.title for i in r.items] == ["Välkommen och presentation", "Aktuellt från kommunerna"]
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Anna Holmberg", "Borås"), ("Johan Ek", "Alingsås"), ("Per Lind", "Mark")]
    assert [a.owners for a in r.actions] == [["Johan Ek"]]   # `Mark` is a municipality here
    assert [(p.name, p.role) for p in r.signatories] == [("Per Lind", "sekreterare"),
                                                         ("Anna Holmberg", "ordförande")]


def test_signers_named_with_their_roles_above_the_checkers_label_sign_too():
    r = minutes("""
        Årsmötesprotokoll för Tallbackens IF
        Datum: 2024-02-25

        § 1 Mötets öppnande
        Ordföranden hälsade alla välkomna.

        § 2 Mötets avslutande
        Mötesordföranden förklarade mötet avslutat.

        Tallbacken som ovan

        Rasmus Ek, sekreterare
        Gun Stark, mötesordförande

        Justeras:
        Lotta Ny          Amir Karimi
    """)
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Rasmus Ek", "sekreterare"), ("Gun Stark", "mötesordförande"),
        ("Lotta Ny", "justerare"), ("Amir Karimi", "justerare")]
    assert r.items[-1].text == "Mötesordföranden förklarade mötet avslutat."


def test_anteckningar_with_a_name_at_the_end_names_the_note_taker():
    r = minutes("""
        Minnesanteckningar från brukarrådet 2024-02-20

        1. Brukarnas frågor
        Pia tar med frågan till ledningsgruppen.

        Anteckningar: Olle Svensson
    """)
    assert [(p.name, p.role) for p in r.signatories] == [("Olle Svensson", "antecknare")]


def test_a_calendar_of_places_and_dates_above_the_signature_stays_in_its_item():
    r = minutes("""
        Minnesanteckningar nätverket 2024-02-07

        1. Nästa möte
        Vi ses på plats i Borås.

        14 mars Borås

        Anna Berg, sekreterare

        Vid protokollet
        Anna Berg
    """)
    assert r.items[-1].text == "Vi ses på plats i Borås.\n\n14 mars Borås"
    assert [(p.name, p.role) for p in r.signatories] == [("Anna Berg", "sekreterare")]


def test_paragraph_with_a_diary_number_keeps_it_apart_from_the_title():
    r = minutes("""
        Protokoll
        § 45 Dnr KS 2023/123
        Budget 2024
        Kommunstyrelsen beslutar att anta budgeten.
        § 46 Dnr KS 2023/130 Motion om cykelvägar
        Beslut: Motionen bifalls.
        § 47
        Dnr KS 2023/141
        Remiss – skolskjutsreglemente
        Beslut: Nämnden antar yttrandet.
    """)
    assert [(i.number, i.title, i.reference) for i in r.items] == [
        ("45", "Budget 2024", "Dnr KS 2023/123"), ("46", "Motion om cykelvägar", "Dnr KS 2023/130"),
        ("47", "Remiss – skolskjutsreglemente", "Dnr KS 2023/141")]
    assert r.items[-1].text == "Beslut: Nämnden antar yttrandet."


def test_a_short_line_right_before_the_next_heading_is_text_not_an_item():
    r = minutes("""
        Nätverksträff 2024-03-01

        Information från förvaltningen

        Förvaltningen informerar om läget.

        Inga frågor

        Övriga frågor

        Hemutrustningslån borttaget

        Medskickad fråga: Hur har kommunerna löst detta?
    """)
    assert [i.title for i in r.items] == ["Information från förvaltningen", "Övriga frågor",
                                         "Hemutrustningslån borttaget"]
    assert "Inga frågor" in r.items[0].text


def test_markdown_table_of_people_under_a_heading():
    r = minutes("""
        # Nätverksträff 2024-05-02

        ## Deltagare

        | Namn | Organisation |
        |---|---|
        | Anna Berg | Ale kommun |
        | Per Lind | Lerums kommun |

        ## Lägesrapporter

        Anna skickar ut sammanställningen.
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [("Anna Berg", "Ale kommun"),
                                                               ("Per Lind", "Lerums kommun")]
    assert [a.owners for a in r.actions] == [["Anna Berg"]]


def test_a_table_of_people_with_an_e_mail_column_and_a_row_of_column_names_that_names_nobody():
    r = minutes("""
        Minnesanteckningar referensgrupp 2024-04-10

        Deltagare
        Namn	Organisation	E-post
        Anna Svensson	Vård och omsorg	anna.svensson@lillby.se
        Johan Berg	IT-avdelningen	johan.berg@lillby.se

        Vid protokollet
        Datum	Tid	Plats
    """)
    assert [(p.name, p.organization, p.email) for p in r.attendees] == [
        ("Anna Svensson", "Vård och omsorg", "anna.svensson@lillby.se"),
        ("Johan Berg", "IT-avdelningen", "johan.berg@lillby.se")]
    assert r.signatories == []


def test_a_table_of_people_whose_first_column_is_headed_by_the_presence_label():
    r = minutes("""
        Protokoll från styrelsemöte i Sällskapet Museets Vänner

        Närvarande ledamöter	Roll
        Gunilla Storm	ordförande
        Hans Blom	kassör

        Frånvarande	Parti
        Eva Ek	S

        Punkt 1. Öppnande
        Gunilla öppnade mötet.
    """)
    assert [(p.name, p.role) for p in r.attendees] == [("Gunilla Storm", "ordförande"), ("Hans Blom", "kassör")]
    assert [(p.name, p.party) for p in r.absent] == [("Eva Ek", "S")]


def test_people_labels_with_a_qualifier():
    r = minutes("""
        Närvarande (digitalt): Anna Berg, Ale kommun
        Närvarande via Teams: Per Lind, Lerums kommun
        Frånvarande med förhinder: Eva Ek, Mölndal

        1. Inledning
    """)
    assert [p.name for p in r.attendees] == ["Anna Berg", "Per Lind"]
    assert [p.name for p in r.absent] == ["Eva Ek"]


def test_label_and_names_separated_by_a_tab_as_word_writes_a_form():
    r = minutes("""
        Protokoll styrelsemöte 2024-03-12

        Närvarande:\tAnna Berg, ordförande
        \tPer Holm, sekreterare
        Frånvarande:\tKarin Lind

        1. Övrigt
        Inget att rapportera.
    """)
    assert [(p.name, p.role) for p in r.attendees] == [("Anna Berg", "ordförande"), ("Per Holm", "sekreterare")]
    assert [p.name for p in r.absent] == ["Karin Lind"]
    assert r.attendees[0].line == 3 and r.absent[0].line == 5


def test_present_and_absent_on_one_line_and_the_lines_below_follow_the_last_label():
    r = minutes("""
        Styrelsemöte 2024-03-05
        Närvarande: Lisa Berg, Omar Haddad, Eva Nilsson. Ej närvarande: Per Ek
        Kim Olsson
        Även närvarande: Sara Lind (revisor)

        § 1 Mötet öppnas
    """)
    assert [(p.name, p.group) for p in r.attendees] == [
        ("Lisa Berg", None), ("Omar Haddad", None), ("Eva Nilsson", None), ("Sara Lind", "Övriga")]
    assert [(p.name, p.line) for p in r.absent] == [("Per Ek", 2), ("Kim Olsson", 3)]


def test_the_first_page_of_a_protocol_as_a_pdf_export_lays_it_out():
    r = minutes("""
        PROTOKOLL
        Kultur- och fritidsnämnden
        Sammanträdesdatum 2024-02-08

        Plats och tid          Kulturhuset, Lilla salen, kl. 17.00–19.10

        Beslutande             Eva Strand (S), ordförande
                               Lars Öberg (M), 1:e vice ordförande
                               Tomas Wall (SD), tjänstgörande ersättare för Jan Berg (SD)

        Övriga deltagare       Helena Kvist, förvaltningschef

        § 1 Val av justerare
        Kultur- och fritidsnämnden beslutar
        att utse Lars Öberg att justera protokollet.
    """)
    m = r.meeting
    assert (m.date, m.start_time, m.end_time, m.location) == ("2024-02-08", "17:00", "19:10", "Kulturhuset, Lilla salen")
    assert [(p.name, p.role, p.party, p.organization, p.group) for p in r.attendees] == [
        ("Eva Strand", "ordförande", "S", None, "Beslutande"),
        ("Lars Öberg", "1:e vice ordförande", "M", None, "Beslutande"),
        ("Tomas Wall", "tjänstgörande ersättare", "SD", None, "Beslutande"),
        ("Helena Kvist", "förvaltningschef", None, None, "Övriga")]
    assert r.attendees[2].replaces == "Jan Berg"      # the member he sat in for was not there
    assert [(p.name, p.party, p.line) for p in r.absent] == [("Jan Berg", "SD", 9)]


def test_a_substitute_is_present_and_the_member_they_sit_in_for_is_absent():
    r = minutes("""
        Sammanträdesprotokoll Socialnämnden 2023-03-14
        Beslutande
        Maria Holm (S), ordförande
        Lisa Åström (C) ersätter Per Sund (KD)
        Kent Ny (SD) för Ann Ek (SD)
        Övriga närvarande
        Eva Lund, socialchef, ansvarig för Individ- och familjeomsorgen

        § 12 Budgetuppföljning
    """)
    assert [(p.name, p.party, p.replaces) for p in r.attendees] == [
        ("Maria Holm", "S", None), ("Lisa Åström", "C", "Per Sund"), ("Kent Ny", "SD", "Ann Ek"),
        ("Eva Lund", None, None)]
    assert [(p.name, p.party, p.line) for p in r.absent] == [("Per Sund", "KD", 4), ("Ann Ek", "SD", 5)]
    assert r.source.unassigned_lines == []


def test_a_list_of_first_names_one_a_line():
    r = minutes("""
        APT förskolan Solrosen
        Datum: 2024-01-15

        Deltagare
        Anna
        Per
        Eva Ek
        Karin

        1. Inledning
        Anna hälsade välkommen.
    """)
    assert [p.name for p in r.attendees] == ["Anna", "Per", "Eva Ek", "Karin"]


def test_a_list_of_people_a_pdf_export_wrapped_is_read_whole():
    r = minutes("""
        Protokoll kommunstyrelsens arbetsutskott 2024-02-06

        Närvarande: Anna Berg (S), ordförande, Per Lind (M), Eva Ek (C), Ola Berg
        (V), Maja Holm (KD)
        Övriga: Lena Sjö, kommundirektör, Mikael Ås, ekonomichef, Sara
        Nilsson, sekreterare

        § 1 Öppnande
    """)
    assert [(p.name, p.party, p.role) for p in r.attendees] == [
        ("Anna Berg", "S", "ordförande"), ("Per Lind", "M", None), ("Eva Ek", "C", None), ("Ola Berg", "V", None),
        ("Maja Holm", "KD", None), ("Lena Sjö", None, "kommundirektör"), ("Mikael Ås", None, "ekonomichef"),
        ("Sara Nilsson", None, "sekreterare")]
    assert r.source.unassigned_lines == []
    # a bracket the export wrapped
    r = minutes("""
        Minnesanteckningar samverkansgruppen
        Datum: 2024-02-06

        Närvarande: Anna Karlsson (Region Örebro län, ordf.), Mats Eriksson (Polismyndigheten),
        Sofia Lindqvist (Örebro kommun), Lena Berg (Länsstyrelsen
        Örebro län), Tomas Ek (Räddningstjänsten Bergslagen)

        1. Inledning
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Anna Karlsson", "Region Örebro län"), ("Mats Eriksson", "Polismyndigheten"),
        ("Sofia Lindqvist", "Örebro kommun"), ("Lena Berg", "Länsstyrelsen Örebro län"),
        ("Tomas Ek", "Räddningstjänsten Bergslagen")]


def test_a_forms_boxes_in_a_list_of_people_those_not_ticked_were_not_there():
    r = minutes("""
        Minnesanteckningar styrgruppen
        Datum: 2024-03-12

        Närvarande
        ☒ Eva Ek, Borås stad
        ☐ Anna Berg, Ale kommun
        ☒ Per Lind, Region VG

        1. Inledning
    """)
    assert ([p.name for p in r.attendees], [p.name for p in r.absent]) == (["Eva Ek", "Per Lind"], ["Anna Berg"])
    # a list of boxes none of which is ticked is a list of points
    r = minutes("Minnesanteckningar 2024-03-12\n\nDeltagare\n☐ Eva Ek\n☐ Per Lind\n\n1. Inledning\n")
    assert ([p.name for p in r.attendees], r.absent) == (["Eva Ek", "Per Lind"], [])


def test_more_labels_of_the_absent_below_the_present():
    for label in ("Avböjt", "Förhindrade", "Sjukanmälda", "Lämnat återbud", "Inbjudna men ej närvarande"):
        r = minutes(f"Protokoll styrelsen 2024-03-10\nNärvarande: Per Ström\n{label}: Eva Ek\n\n§ 1 Öppnande\n")
        assert ([p.name for p in r.attendees], [(p.name, p.organization) for p in r.absent]) == (
            ["Per Ström"], [("Eva Ek", None)]), label


def test_a_role_label_below_the_absent_names_someone_who_was_there():
    r = minutes("""
        Minnesanteckningar samverkansgruppen 2023-12-04

        Närvarande: Kristina Ålund, Lotta Berg (polisen)
        Ej närvarande: Tobias Hed (skolhälsovården)
        Antecknare: Lotta Berg
        Sekreterare: Jens Ek

        Lägesbild
        Polisen berättade om läget i centrum.
    """)
    assert [(p.name, p.organization, p.role) for p in r.attendees] == [
        ("Kristina Ålund", None, None), ("Lotta Berg", "polisen", "antecknare"), ("Jens Ek", None, "sekreterare")]
    assert [p.name for p in r.absent] == ["Tobias Hed"]


def test_whom_a_substitute_sits_in_for_in_a_bracket_of_its_own():
    r = minutes("""
        Kyrkorådet, sammanträdesprotokoll 2023-03-07
        Tjänstgörande ersättare
        Elsa Nyberg (för Tomas Vik)
        Åke Ek (S) (ersätter Lina Berg (S))
        Övriga
        Peter Ahl (för kyrkogårdsförvaltningen)

        § 10 Sammanträdets öppnande
    """)
    assert [(p.name, p.party, p.replaces) for p in r.attendees] == [
        ("Elsa Nyberg", None, "Tomas Vik"), ("Åke Ek", "S", "Lina Berg"), ("Peter Ahl", None, None)]
    assert [(p.name, p.party) for p in r.absent] == [("Tomas Vik", None), ("Lina Berg", "S")]


def test_where_and_when_the_minutes_are_checked_is_neither_the_meetings_date_nor_its_title():
    page = """
        Kultur- och fritidsnämnden
        PROTOKOLL

        Plats och tid          Kulturhuset, kl. 17.00–19.10

        Beslutande             Eva Strand (S), ordförande

        Justeringens plats och tid     Kulturhuset, 18 mars

        § 1 Mötets öppnande
        Ordföranden öppnar mötet.
    """
    m = minutes(page).meeting
    assert (m.title, m.date, m.adjustment_place, m.adjustment_date) == (
        "Kultur- och fritidsnämnden", None, "Kulturhuset", "--03-18")
    # with the meeting's date, a day without a year takes its year
    m = minutes(page.replace("PROTOKOLL", "PROTOKOLL 2025-03-11")).meeting
    assert (m.date, m.adjustment_date, m.lines["adjustment"]) == ("2025-03-11", "2025-03-18", 8)


def test_an_attendance_table_with_roles_and_a_presence_column():
    r = minutes("""
        Protokoll styrelsemöte 2024-09-10

        Namn\tRoll\tNärvaro
        Anna Berg\tOrdförande\tX
        Per Lind\tKassör\tX
        Eva Ek\tLedamot\t-
        Ola Nyström\tSuppleant\tFrånvarande

        § 1 Öppnande
        Anna öppnade mötet.
    """)
    assert [(p.name, p.role) for p in r.attendees] == [("Anna Berg", "ordförande"), ("Per Lind", "kassör")]
    assert [(p.name, p.role) for p in r.absent] == [("Eva Ek", "ledamot"), ("Ola Nyström", "suppleant")]
    assert r.source.unassigned_lines == []


def test_a_pipe_table_row_whose_last_cell_is_empty_stays_in_its_table():
    r = minutes("""
        Minnesanteckningar styrgrupp 2025-04-23

        Namn | Funktion | Närvaro
        Cecilia Ström | Socialchef | X
        Sara Nilsson | Enhetschef hemtjänst |
        Ola Persson | Verksamhetsutvecklare | X

        1. Lägesrapport
        Piloten är igång.
    """)
    assert [(p.line, p.name) for p in r.attendees] == [(4, "Cecilia Ström"), (6, "Ola Persson")]
    assert [(p.line, p.name, p.role) for p in r.absent] == [(5, "Sara Nilsson", "enhetschef hemtjänst")]


def test_the_meeting_header_repeated_on_every_page_is_still_the_meetings():
    r = minutes("""
        MINNESANTECKNINGAR                                   Sida 1 (2)
        Samverkansforum Norra länsdelen
        2024-05-22

        Närvarande
        Karin Ölund, Region Norr

        1. Lägesbild
        Ulf redogjorde för lägesbilden.

        MINNESANTECKNINGAR                                   Sida 2 (2)
        Samverkansforum Norra länsdelen
        2024-05-22

        2. Övrigt
        Karin tackade för ett bra möte.
    """)
    m = r.meeting
    assert (m.kind, m.title, m.date) == ("Minnesanteckningar", "Samverkansforum Norra länsdelen", "2024-05-22")
    assert m.lines["date"] in r.source.page_lines


def test_items_as_points_of_words_own_marker_with_their_text_below():
    r = minutes("""
        Minnesanteckningar
        Regionalt nätverk mot våld 2023-04-18

        ● Välkommen och dagordning
        Per hälsade välkommen. Dagordningen godkändes.

        ● Nytt från Länsstyrelsen
        Mia informerade om utlysningen.
        ❖ Ansökan ska vara inne senast 15 maj.
        ❖ Mia skickar ut utlysningen efter mötet.

        ● Erfarenhetsutbyte
        o Borås berättade om skyddat boende.
    """)
    assert titles(r) == [(None, "Välkommen och dagordning"), (None, "Nytt från Länsstyrelsen"),
                         (None, "Erfarenhetsutbyte")]
    assert [(a.line, a.owners) for a in r.actions] == [(10, ["Mia"])]


def test_typed_points_with_a_line_below_are_no_items():
    r = minutes("""
        Minnesanteckningar 2023-04-18

        - Behov av gemensamma mötesplatser
        Många lyfte att lokaler saknas.
        - Föräldraansvar
        Diskuterades kort.
    """)
    assert titles(r) == []


def test_an_acronym_over_its_text_is_a_heading_when_the_agenda_lists_it():
    r = minutes("""
        Minnesanteckningar samverkansgruppen
        Tid: 4 december 2023, 13:15–15:00

        Dagordning
        - Lägesbild
        - SSPF
        - Övrigt

        Lägesbild
        Polisen ser en ökning av ungdomar i centrum. Ylva berättade om fritidsgården.

        SSPF
        Kristina kallar till SSPF-möte i januari.

        BUP
        Kön har kortats under hösten.

        Övrigt
        Inget att ta upp.
    """)
    # the agenda's list names the items below it: the header's, no item
    assert [i.title for i in r.items] == ["Lägesbild", "SSPF", "Övrigt"]
    # `BUP` is not on the agenda: the name of an organisation, part of the item above
    assert "BUP" in r.items[1].text


def test_a_heading_that_could_be_a_name_is_a_heading_when_the_agenda_lists_it():
    for gap in ("", "\n"):    # right above its text, or alone between blank lines
        r = minutes(f"""
            Minnesanteckningar referensgruppen
            Tid: 14 mars 2024 kl. 9–11.30

            Dagordning
            • Lägesbild
            • Belysning Storgatan
            • Nästa träff

            Lägesbild
            Polisen redovisade läget under vintern.

            Belysning Storgatan{gap}
            Jenny har kartlagt mörka platser längs gatan.

            Nästa träff
            Torsdag 16 maj kl. 9.
        """)
        assert [i.title for i in r.items] == ["Lägesbild", "Belysning Storgatan", "Nästa träff"], gap
        assert r.attendees == []


def test_a_protocol_whose_items_are_the_points_of_one_numbered_list():
    r = minutes("""
        Protokoll styrelsemöte 2023-11-14
        Närvarande: Birgit Ahl, Sune Holm, Rut Eng

        1. Ordföranden öppnade mötet.
        2. Dagordningen godkändes.
        3. Ekonomi: Sune redovisade kassan. Revisorerna ska få underlagen senast 31 januari.
        4. Julfesten: Beslutades att julfesten hålls 9 december. Rut bokar lokal.
        5. Nästa möte: 12 december kl. 10.00.
        6. Mötet avslutades.
    """)
    assert titles(r) == [("1", "Ordföranden öppnade mötet"), ("2", "Dagordningen godkändes"), ("3", "Ekonomi"),
                         ("4", "Julfesten"), ("5", "Nästa möte"), ("6", "Mötet avslutades")]
    assert [(a.line, a.owners, a.item) for a in r.actions] == [(6, ["Revisorerna"], "3"), (7, ["Rut Eng"], "4")]
    assert [(d.line, d.item) for d in r.decisions] == [(5, "2"), (7, "4")]   # the agenda approved, too
    assert r.next_meeting.date == "2023-12-12"


def test_a_numbered_list_of_points_with_no_standard_item_is_no_agenda():
    r = minutes("""
        Minnesanteckningar 2023-11-14

        Vi pratade om:
        1. Hur vi når fler unga.
        2. Lokalfrågan i centrum.
        3. Samarbetet med skolan.
        4. Budgeten för nästa år.
    """)
    assert titles(r) == []


def test_headings_right_above_their_text_written_as_a_topic_a_colon_and_a_title():
    r = minutes("""
        Anteckningar från nätverksträffen för fritidsledare

        Förmiddag: Besök på Ungdomens hus
        Vi fick en rundtur och personalen berättade om sitt arbete.

        Eftermiddag: Erfarenhetsutbyte
        Alla kommuner ser fler yngre besökare.
        Beslut: Nätverket ordnar en gemensam utbildningsdag.

        Nästa träff
        Torsdag 25 maj kl 9-15 i Lerum.
    """)
    assert [i.title for i in r.items] == [
        "Förmiddag: Besök på Ungdomens hus", "Eftermiddag: Erfarenhetsutbyte", "Nästa träff"]
    assert [(c.date, c.location) for c in r.calendar] == [("--05-25", "Lerum")]


def test_a_row_of_a_table_of_people_with_an_empty_presence_cell_where_others_are_marked():
    r = minutes("""
        # Minnesanteckningar – Nätverket för folkhälsa 2024-02-20

        ## Närvarande

        | Namn | Organisation | Närvarande |
        |---|---|---|
        | Linnea Sjöberg | Region Kronoberg | x |
        | Ida Karlsson | Ljungby kommun | |
        | Oskar Dahl | Alvesta kommun | x |

        ## 1. Välkommen
        Linnea hälsade välkommen.
    """)
    assert [p.name for p in r.attendees] == ["Linnea Sjöberg", "Oskar Dahl"]
    assert [(p.name, p.organization) for p in r.absent] == [("Ida Karlsson", "Ljungby kommun")]


def test_a_row_of_a_tab_separated_presence_table_whose_mark_was_left_out_altogether():
    # a Word table saved as text: the empty last cell leaves the row a name alone
    r = minutes("Styrelseprotokoll Idrottsföreningen Kvarnen\nDatum: 2024-01-16\n\nNärvaro\n"
                "Namn\tNärvarande\nAnna Berg\tX\nPer Lind\t\nEva Ek\tX\n\n§ 1 Mötets öppnande\n"
                "Anna öppnade mötet.\n")
    assert [(p.line, p.name) for p in r.attendees] == [(6, "Anna Berg"), (8, "Eva Ek")]
    assert [(p.line, p.name) for p in r.absent] == [(7, "Per Lind")]

def test_two_columns_of_people_under_a_row_of_group_labels_set_apart_with_tabs():
    r = minutes("Protokoll 2023-02-08\n\nLedamöter\t\t\tErsättare\nLotta Berg (S), ordf.\t\tAlf Nyman (S)\n"
                "Jan Ek (M)\t\t\tBritt Holm (KD)\nSiv Ahl (C)\n\n§ 12 Val av justerare\nJan Ek utses.\n")
    assert [(p.name, p.group) for p in r.attendees] == [
        ("Lotta Berg", "Ledamöter"), ("Alf Nyman", "Ersättare"), ("Jan Ek", "Ledamöter"), ("Britt Holm", "Ersättare"),
        ("Siv Ahl", "Ledamöter")]


def test_headings_above_a_paragraph_that_a_pdf_export_wrapped_onto_several_lines():
    r = minutes("""
        MINNESANTECKNINGAR
        Regionalt nätverk för våld i nära relationer
        Datum: 2023-09-21

        Lägesbild från kommunerna
        Linköping har anställt en ny samordnare från oktober. Norrköping
        ser ett ökat antal ärenden och har svårt att hinna med uppföljning.

        Workshop om rutiner
        Gruppen gick igenom varandras rutiner och jämförde dem med de
        nationella riktlinjerna för barn som bevittnat våld i hemmet.

        Dnr 851-649-2022
        Ett
    """)
    assert [i.title for i in r.items] == ["Lägesbild från kommunerna", "Workshop om rutiner"]


def test_a_diary_number_alone_between_blank_lines_is_the_headers_reference_not_an_item():
    r = minutes("""
        Protokoll 2023-06-07

        Dnr KS 2023/118

        Ekonomi

        Per redovisade.

        Budget

        Eva redovisade.
    """)
    assert [i.title for i in r.items] == ["Ekonomi", "Budget"]
    assert r.meeting.reference == "Dnr KS 2023/118"


def test_a_paragraphs_title_line_that_goes_on_in_sentences_is_its_items_text_too():
    r = minutes("""
        Styrelsemöte PRO Norrbyn
        Tisdagen den 9 januari 2024 kl. 10.00 i Folkets Hus

        § 1 Ordföranden öppnade mötet.

        § 2 Kassörens rapport. Bo redovisade att kassan är god. Gun bokar buss till Järvsö senast 15 mars.

        § 3 Inledning. Presentationsrunda

        § 4 Nästa styrelsemöte 6 februari kl. 10.00.

        § 5 Dagordningen godkändes.

        Bo Ek, sekreterare
    """)
    assert [i.title for i in r.items] == ["Ordföranden öppnade mötet.", "Kassörens rapport",
                                          "Inledning. Presentationsrunda", "Nästa styrelsemöte 6 februari kl. 10.00.",
                                          "Dagordningen godkändes."]
    assert [(d.text, d.item) for d in r.decisions] == [("Dagordningen godkändes.", "5")]
    assert [(a.owners, a.due, a.line) for a in r.actions] == [(["Gun"], "2024-03-15", 6)]
    assert [(e.date, e.start_time, e.line) for e in r.calendar] == [("2024-02-06", "10:00", 10)]
    assert r.items[1].text == "Bo redovisade att kassan är god. Gun bokar buss till Järvsö senast 15 mars."


def test_items_whose_first_headings_stand_tight_as_in_a_list_still_start_at_one():
    r = minutes("""
        Minnesanteckningar
        Fiskevårdsområdet Storån
        2024-05-14, kl. 18.00–20.00, Bygdegården

        1. Mötets öppnande
        2. Fiskekort 2024
        Kalle redovisade försäljningen.
        3. Utsättning av öring
        Ulla beställer sättfisk senast 1 juni.
        4. Avslutning
    """)
    assert titles(r) == [("1", "Mötets öppnande"), ("2", "Fiskekort 2024"),
                         ("3", "Utsättning av öring"), ("4", "Avslutning")]
    assert r.items[1].text == "Kalle redovisade försäljningen."
    assert r.actions[0].item == "3"


def test_items_numbered_as_an_outline_with_no_number_of_their_own_above_them():
    r = minutes("""
        Protokoll extra styrelsemöte
        Ridklubben Hovslaget
        Datum: 2024-01-09

        1.1 Mötets öppnande
        Linda öppnade mötet.

        1.2 Val av justerare
        Ola valdes till justerare.

        2.1 Ridhuset
        Taket läcker. Ola tar in tre offerter till den 20 januari.

        3.1 Mötets avslutande
        Linda avslutade mötet kl. 19.40.
    """)
    assert titles(r) == [("1.1", "Mötets öppnande"), ("1.2", "Val av justerare"), ("2.1", "Ridhuset"),
                         ("3.1", "Mötets avslutande")]
    assert [(a.owners, a.item) for a in r.actions] == [(["Ola"], "2.1")]
    assert r.meeting.end_time == "19:40"
    r = minutes("""
        Program för länsträffen 2024-03-12

        09.15 Fika
        09.30 Läget i länet
        10.45 Grupparbete
    """)
    assert titles(r) == []


def test_labels_of_those_present_that_say_whom_they_came_from():
    r = minutes("""
        Minnesanteckningar KFR – Kommunala funktionshinderrådet
        Sammanträdesdatum: 2024-03-25

        Närvarande från föreningarna
        Gunilla Rosén, DHR
        Anita Lund, Autism- och Aspergerföreningen

        Närvarande för kommunen:
        Maria Dahlberg (S), ordförande

        Ej närvarande
        Bo Stenberg, Reumatikerföreningen

        14.00–14.15 Inledning
        Ordföranden hälsade välkommen.

        14.15–15.00 Tillgänglighet i centrum
        Linnea redovisade inventeringen.
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Gunilla Rosén", "DHR"), ("Anita Lund", "Autism- och Aspergerföreningen"), ("Maria Dahlberg", None)]
    assert [p.name for p in r.absent] == ["Bo Stenberg"]


def test_a_list_of_people_that_a_pdf_export_wrapped_onto_three_lines():
    r = minutes("""
        Minnesanteckningar styrgruppen Vägen till arbete 2024-04-11

        Deltagare: Malin Sand (Arbetsförmedlingen), Peter Holm (Kommunen,
        arbetsmarknadsenheten), Sara Eld (Samordningsförbundet), Ola Björk
        (Region), Fatima Ali (projektledare)

        1. Läget i projektet
        Fatima redogjorde för läget.
    """)
    assert [(p.name, p.organization, p.role) for p in r.attendees] == [
        ("Malin Sand", "Arbetsförmedlingen", None), ("Peter Holm", "Kommunen, arbetsmarknadsenheten", None),
        ("Sara Eld", "Samordningsförbundet", None), ("Ola Björk", "Region", None),
        ("Fatima Ali", None, "projektledare")]


def test_a_points_topic_before_its_first_full_stop_is_its_title_but_not_a_sentence_that_tells():
    r = minutes("""
        Protokoll fört vid styrelsemöte i Älvdalens fiskeklubb den 11 februari 2025
        Närvarande: Stig Norén, ordf., Kerstin Dal, sekr., Ulf Bäck

        1. Mötet öppnades av ordföranden.
        2. Ordföranden hälsade välkommen. Dagordningen godkändes.
        3. Ekonomi. Kassören meddelade att 18 400 kr finns på kontot.
        4. Utsättning av harr. Ulf kontaktar odlingen i Särna om leverans i juni.
        5. Mötet avslutades.
    """)
    assert titles(r) == [("1", "Mötet öppnades av ordföranden"),
                         ("2", "Ordföranden hälsade välkommen. Dagordningen godkändes"), ("3", "Ekonomi"),
                         ("4", "Utsättning av harr"), ("5", "Mötet avslutades")]
    assert [(a.line, a.owners, a.item) for a in r.actions] == [(7, ["Ulf Bäck"], "4")]


def test_a_name_with_the_role_on_the_line_under_it_above_the_checkers_label_signs():
    r = minutes("""
        Protokoll styrelsemöte 2025-01-14
        Närvarande: Nils Holm, Berit Rask, Åsa Lönn

        § 1 Mötets öppnande
        Ordföranden öppnade mötet.

        Berit Rask
        sekreterare

        Justeras:
        Nils Holm
    """)
    assert [(s.line, s.name, s.role) for s in r.signatories] == [
        (7, "Berit Rask", "sekreterare"), (11, "Nils Holm", "justerare")]
    assert r.items[-1].end_line == 5
    # a seat with nobody in it, or places, above the role name no one
    for above in ("Vakant", "Hjo, Gullspång"):
        r = minutes(f"§ 1 Avslutning\nMötet avslutas.\n\n{above}\nsekreterare\n\nJusteras:\nNils Holm\n")
        assert [(s.name, s.role) for s in r.signatories] == [("Nils Holm", "justerare")], above


def test_a_name_alone_on_the_last_line_is_who_wrote_the_notes_not_an_item():
    r = minutes("""
        Jaktlagsmöte Norrbyns jaktlag 2025-08-17
        Närvarande: Bengt, Stefan, Lasse

        - Pass: Stefan gör passlistan och mejlar ut den senast 25/8.

        Bengt
    """)
    assert r.items == []
    assert [(s.line, s.name, s.role) for s in r.signatories] == [(6, "Bengt", None)]
    r = minutes("""
        Protokoll styrelsemöte 2025-03-14
        Närvarande: Birgitta Holm, Sofia Nyberg

        § 8 Mötets avslutande
        Ordföranden avslutade mötet.

        Sofia Nyberg
    """)
    assert [(s.line, s.name) for s in r.signatories] == [(7, "Sofia Nyberg")]
    assert r.items[-1].end_line == 5
    r = minutes("§ 1 Avslutning\nMötet avslutas.\n\nNärvaro\n")
    assert r.signatories == []


def test_the_next_meeting_with_its_date_alone_after_unnumbered_headings_is_no_item():
    r = minutes("""
        Veckomöte Hemtjänsten Norr
        Måndag 17/3 2025

        Med: Nadia, Jesper, Fatma

        Info
        Nya nyckelrutiner gäller från 1 april.

        Att göra
        - Fatma: beställa nya arbetsskor

        Nästa veckomöte måndag 24/3 kl 8.00
    """)
    assert [i.title for i in r.items] == ["Info", "Att göra"]
    assert (r.next_meeting.line, r.next_meeting.date, r.next_meeting.start_time) == (12, "2025-03-24", "08:00")


def test_headings_with_a_picture_before_them_are_items():
    r = minutes("""
        Ledarmöte Scoutkåren Granen
        Söndag 19 oktober 2025, Scoutstugan

        ✅ Sedan sist
        - Hajken gick bra, 24 scouter deltog.

        📌 Aktuellt
        - Julmarknaden: vi säljer kransar.
    """)
    assert titles(r) == [(None, "Sedan sist"), (None, "Aktuellt")]
    assert r.source.unassigned_lines == []


def test_a_page_footer_with_its_page_number_in_a_column_is_furniture_from_its_first_time():
    footer = "Nätverket för folkbibliotek{gap}Sida {page} av 2"
    text = """
        Minnesanteckningar nätverket för folkbibliotek 2023-10-03
        Plats: Stadsbiblioteket

        Närvarande: Anna Lind, Mikael Öst, Tor Berg

        Förhandsinfo
        Anna hälsade välkommen.
        Tor berättade om sommarlovsboken.

        {first}

        Bokbussen
        Mikael återkommer om leveranstid.

        {second}
    """
    for gap in ("\t\t\t", "          "):
        r = minutes(text.format(first=footer.format(gap=gap, page=1), second=footer.format(gap=gap, page=2)))
        assert r.source.page_lines == [10, 15], repr(gap)
        assert [(i.title, i.end_line) for i in r.items] == [("Förhandsinfo", 8), ("Bokbussen", 13)]
        assert r.appendices == []


def test_a_bold_heading_with_its_colon_inside_the_bold_is_an_item_but_not_an_italic_label():
    r = minutes("""
        Anteckningar ledningsgrupp förskolan
        Datum: 2024-01-16

        Närvarande: Petra Holm, Jonas Vik, Sanna Berg

        **Sjukfrånvaro**
        Petra redovisade siffrorna för december.

        **Vikarieanskaffning:**
        *Konkreta förslag:*
        - Sanna kontaktar bemanningsenheten.

        **Beslut:**
        Vi använder Unikum från mars.
    """)
    assert titles(r) == [(None, "Sjukfrånvaro"), (None, "Vikarieanskaffning")]
    assert (r.items[1].start_line, r.items[1].end_line) == (9, 14)
    assert [d.line for d in r.decisions] == [14]


def test_a_markdown_heading_numbered_with_a_word_gives_its_number_and_title():
    r = minutes("""
        # Kyrkorådet i Norra Ljunga församling

        **Protokoll** 2024-03-12

        ## Närvarande
        - Agneta Moberg, ordförande
        - Stig Ullman

        ## Paragraf 14 Ekonomisk rapport
        Kyrkorådet beslutar att godkänna rapporten.

        ## Punkt 15 – Takrenovering
        Stig begär in två offerter.

        ## Ärende 16: Kommande sammanträden
        - 9 april 18.30, Prästgården
    """)
    assert titles(r) == [("14", "Ekonomisk rapport"), ("15", "Takrenovering"), ("16", "Kommande sammanträden")]
    assert [(e.date, e.location) for e in r.calendar] == [("2024-04-09", "Prästgården")]


def test_a_list_under_a_heading_that_names_the_items_below_is_the_agenda_not_an_item():
    r = minutes("""
        Minnesanteckningar – Länsnätverket för integration
        Datum: 2024-09-19

        Dagens program
        ●	Välkommen
        ●	Aktuellt från länet
        ●	Övrigt

        Välkommen
        Karin hälsade välkommen.

        Aktuellt från länet
        Tomas berättade om väntelistorna.

        Övrigt
        Inget övrigt.
    """)
    assert [(i.title, i.start_line) for i in r.items] == [("Välkommen", 9), ("Aktuellt från länet", 12), ("Övrigt", 15)]
    assert r.meeting.lines["title"] == 1
    # a heading over a list that names no item below is an item
    r = minutes("""
        Minnesanteckningar – Länsnätverket för integration
        Datum: 2024-09-19

        Aktuellt från länet
        ●	Tomas berättade om väntelistorna.
        ●	Karin visade statistiken.

        Övrigt
        Inget övrigt.
    """)
    assert [i.title for i in r.items] == ["Aktuellt från länet", "Övrigt"]


def test_an_email_signoff_with_a_role_after_a_comma_closes_the_minutes():
    r = minutes("""
        Anteckningar från föräldrarådet Solrosens förskola
        Tisdag 12 mars 2024, kl. 18.00-19.30

        Deltog: Johanna Lind, Erik Sand, Samira Haddad

        Vårens aktiviteter
        Samira gör ett schema för bakningen.

        Nästa träff
        Onsdag 15 maj kl. 18 i matsalen.

        /Johanna, sekreterare för kvällen
    """)
    assert [(p.name, p.role, p.line) for p in r.signatories] == [("Johanna Lind", "sekreterare för kvällen", 12)]
    assert r.items[-1].end_line == 10


def test_a_label_of_those_present_that_names_the_kind_of_bodies_they_came_from():
    r = minutes("""
        Anteckningar – samverkanskonferens, regional krisberedskap
        2024-01-22, kl. 09.00–10.00, Teams

        Deltagande aktörer
        Länsstyrelsen: Camilla Björk (ordf), Hannes Lind
        Räddningstjänsten Dala Mitt: Sven Dahl

        Närvarande myndigheter och organisationer
        Trafikverket: Olle Sandberg

        1. Lägesbild
        Kraftigt snöfall väntas under natten.
    """)
    assert [(p.name, p.organization, p.line) for p in r.attendees] == [
        ("Camilla Björk", "Länsstyrelsen", 5), ("Hannes Lind", "Länsstyrelsen", 5),
        ("Sven Dahl", "Räddningstjänsten Dala Mitt", 6), ("Olle Sandberg", "Trafikverket", 9)]


def test_an_agenda_heading_right_above_the_first_items_heading():
    r = minutes("""
        Anteckningar från referensgruppsmöte – vattenprojektet
        Datum: 2024-11-05

        Medverkande: Tove Nyström, Erik Lidström

        Punkter
        Välkommen
        Tove hälsade välkommen.

        Projektets läge
        Provtagningen i tre vattendrag är klar.
    """)
    assert titles(r) == [(None, "Välkommen"), (None, "Projektets läge")]
    assert r.items[0].start_line == 7


def test_an_appendix_at_the_end_of_minutes_with_no_closing():
    r = minutes("""
        Dialogmöte med föreningslivet
        Datum: onsdag 2 oktober 2024 kl. 18.00–20.00

        Medverkande från kommunen: Elin Fors, Tobias Lind

        Bidragsregler
        Tobias gick igenom de nya reglerna för aktivitetsstöd.

        Avslutning
        Nästa dialogmöte hålls i mars 2025.

        Bilaga 1: Deltagarlista

        Bilaga 2 Presentation om aktivitetsstöd
    """)
    assert titles(r) == [(None, "Bidragsregler"), (None, "Avslutning")]
    assert r.items[-1].end_line == 10
    assert [(a.title, a.start_line) for a in r.appendices] == [
        ("Bilaga 1: Deltagarlista", 12), ("Bilaga 2 Presentation om aktivitetsstöd", 14)]


def test_a_closing_that_says_when_and_by_whom_the_minutes_were_checked():
    body = "Protokoll styrelsen\nDatum: 2024-03-14\n\nNärvarande: Anna Berg, Per Lind, Eva Ek\n\n§ 1 Ekonomi\nAnna redovisade.\n\n"
    for closing, lines in (("Justerat 2024-03-20 av Per Lind och Eva Ek", [9, 9]),
                           ("Justerat av Per Lind 2024-03-20\nJusteras av: Eva Ek", [9, 10]),
                           ("Justerat den 20 mars 2024\n\nPer Lind\t\tEva Ek", [11, 11]),
                           ("Justerare ____________ Per Lind\nJusterare ............ Eva Ek", [9, 10])):
        r = minutes(body + closing + "\n")
        assert [(p.name, p.role, p.line) for p in r.signatories] == [
            ("Per Lind", "justerare", lines[0]), ("Eva Ek", "justerare", lines[1])], closing
        assert r.items[-1].end_line == 7
    # a role and a number that is no date opens no closing
    r = minutes(body + "Ordförande 2 år: Per Lind\n")
    assert r.signatories == [] and r.items[-1].end_line == 9


def test_a_line_with_a_colon_that_leads_its_list_is_an_item_heading_in_notes_with_no_other():
    r = minutes("""
        Veckomöte – Team Öst
        2024-03-04

        Närvarande: Jens, Malin, Sofia, Ahmed

        Uppföljning från förra veckan:
        • Jens har skickat offerten
        • Malin har bokat utbildningen

        Denna vecka:
        • Sofia uppdaterar rutinen
        • Ahmed ringer kunderna i Lund

        Att göra:
        • Jens: beställa pärmar
    """)
    assert titles(r) == [(None, "Uppföljning från förra veckan"), (None, "Denna vecka")]
    assert (r.items[0].start_line, r.items[-1].end_line) == (6, 15)
    assert [a.line for a in r.actions] == [11, 12, 15]


def test_sub_items_lettered_after_their_number_are_items_of_their_own():
    for first, second in (("Punkt 1 a) Nulägesanalys", "Punkt 1 b) Rekrytering"), ("1a. Nulägesanalys", "1b. Rekrytering"),
                          ("1 a) Nulägesanalys", "1 b) Rekrytering")):
        r = minutes(f"""
            Minnesanteckningar arbetsgrupp kompetensförsörjning
            Datum: 2024-02-20

            {first}
            Frida har sammanställt pensionsavgångarna.

            {second}
            Åtgärd: Nadia tar kontakt med Vuxenutbildningen.

            2. Kompetensutveckling
            Johan lyfte frågan.
        """)
        assert titles(r) == [("1a", "Nulägesanalys"), ("1b", "Rekrytering"), ("2", "Kompetensutveckling")], first
        assert [(a.item, a.line) for a in r.actions] == [("1b", 8)]
    r = minutes("Protokoll\nDatum: 2024-02-20\n\n§ 12 Ekonomi\nRapporten godkändes.\n\n§ 12a Budget\n"
                "Budgeten fastställdes.\n\n§ 13 Övrigt\nInga frågor.\n")
    assert titles(r) == [("12", "Ekonomi"), ("12a", "Budget"), ("13", "Övrigt")]
    # a day and a month after a number is no sub-item
    r = minutes("Datum: 2024-02-20\n\n1. Ekonomi\nRapporten.\n\n2 april. Inget.\n\n2. Övrigt\nInga frågor.\n")
    assert titles(r) == [("1", "Ekonomi"), ("2", "Övrigt")]


def test_a_heading_over_a_line_that_leads_its_list_with_a_colon_heads_an_item():
    r = minutes("""
        Minnesanteckningar
        Arbetsgruppen för säker skolväg
        Tisdag 2024-02-06 kl 15-16.30

        Uppföljning av förra mötet
        Åtgärder sedan sist:
        - Hastighetsmätning vid Ängsvägen – klar
        - Skylt vid övergångsstället – beställd

        Enkäten till vårdnadshavare
        Jonas visade resultatet av enkäten.
    """)
    assert titles(r) == [(None, "Uppföljning av förra mötet"), (None, "Enkäten till vårdnadshavare")]
    assert (r.items[0].start_line, r.items[0].end_line) == (5, 8)


def test_a_register_of_presence_with_an_absence_column_or_a_pair_of_columns_a_person():
    r = minutes(
        "Protokoll Socialnämnden\nTid: 2024-11-14 kl 13.30–16.00\n\nNärvarolista\n"
        "Ledamöter\tNärv.\tErsättare\tNärv.\n"
        "Karin Holm (S) ordf\tX\tLeif Ek (S)\t\n"
        "Per Alm (M)\tX\tSara Gran (M)\tX\n"
        "Anna Sten (C)\t\tOlle Fors (C)\tX\n\n"
        "§ 101 Val av justerare\nPer Alm väljs att justera protokollet.\n")
    assert [(p.name, p.group, p.line) for p in r.attendees] == [
        ("Karin Holm", "Ledamöter", 6), ("Per Alm", "Ledamöter", 7), ("Sara Gran", "Ersättare", 7),
        ("Olle Fors", "Ersättare", 8)]
    assert [(p.name, p.group, p.line) for p in r.absent] == [("Leif Ek", "Ersättare", 6), ("Anna Sten", "Ledamöter", 8)]
    assert r.attendees[0].role == "ordförande"
    r = minutes(
        "Protokoll Socialnämnden\nDatum: 2024-11-14\n\nNärvarolista\nNamn\tNärvarande\tFrånvarande\n"
        "Karin Holm (S)\tX\t\nPer Alm (M)\t\tX\n\n§ 101 Val av justerare\nPer Alm väljs att justera protokollet.\n")
    assert ([p.name for p in r.attendees], [p.name for p in r.absent]) == (["Karin Holm"], ["Per Alm"])


def test_organisations_listed_with_none_of_their_people():
    # a regional network's register by member: who sent someone, who sent nobody
    r = minutes("""
        Minnesanteckningar nätverket för folkhälsa i Sjuhärad
        2024-05-20 kl. 09.30–12.00, Teams

        Deltagande kommuner
        Härnösand, Kramfors, Sundsvall och Timrå

        Anmält förhinder
        Sollefteå kommun
        Region Västernorrland

        Förhinder: Bollebygd, Länsstyrelsen

        1. Inledning
        Maria inledde mötet.
    """)
    assert r.attendees == [] and r.absent == []
    assert [(o.name, o.line) for o in r.organizations_present] == [
        ("Härnösand", 5), ("Kramfors", 5), ("Sundsvall", 5), ("Timrå", 5)]
    assert [(o.name, o.line) for o in r.organizations_absent] == [
        ("Sollefteå kommun", 8), ("Region Västernorrland", 9), ("Bollebygd", 11), ("Länsstyrelsen", 11)]
    assert [i.title for i in r.items] == ["Inledning"] and r.source.unassigned_lines == []


def test_an_organisation_under_people_is_where_they_are_from_not_a_member_alone():
    # under one name it is her organisation; under two it may be theirs: neither is a member
    # that sent nobody, and a body's name after a blank line heads what follows the list
    r = minutes("""
        Nätverksträff 2024-03-01
        Närvarande:
        Anna Lund
        Vänersborgs kommun

        Deltagare: Per Ek, Sara Öst
        Trollhättans stad

        Socialnämnden
        § 1 Ärendet
        Text.
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Anna Lund", "Vänersborgs kommun"), ("Per Ek", None), ("Sara Öst", None)]
    assert r.organizations_present == [] and r.organizations_absent == []


def test_a_protocols_information_and_decision_items_are_groups_of_the_items_below():
    # a committee's protocol sorts its paragraphs under `Informationsärenden` and
    # `Beslutsärenden`, with no colon: neither stands in the header or the item above it
    r = minutes("""
        Protokoll barn- och utbildningsnämndens arbetsutskott 2025-02-11

        Beslutande: Helena Sjöberg (S), Rolf Ahlgren (M)

        Informationsärenden

        § 12 Förvaltningschefen informerar
        Skolchefen informerar om elevantalet.

        § 13 Ekonomisk uppföljning januari
        Prognosen visar ett underskott.

        Beslutsärenden

        § 14 Skolskjutsar
        Arbetsutskottet beslutar att godkänna riktlinjerna.

        § 15 Övriga frågor
        Inga övriga frågor.
    """)
    assert titles(r) == [("12", "Förvaltningschefen informerar"), ("13", "Ekonomisk uppföljning januari"),
                         ("14", "Skolskjutsar"), ("15", "Övriga frågor")]
    assert [(i.group, i.group_line) for i in r.items] == [
        ("Informationsärenden", 5), ("Informationsärenden", None), ("Beslutsärenden", 13), ("Beslutsärenden", None)]
    assert "Beslutsärenden" not in r.items[1].text and r.items[1].end_line == 11
    assert r.source.unassigned_lines == []


def test_a_register_by_municipality_with_members_that_sent_nobody_and_two_people_in_a_cell():
    r = minutes(
        "Minnesanteckningar länsnätverket för våld i nära relationer\nDatum: 2025-02-04\n\nNärvaro\n"
        "Kommun\tNamn\tNärvaro\nArjeplog\tKarin Nilsson\tx\nArvidsjaur\t\t-\nBoden\tMats Öhman\tx\n"
        "Luleå\tSara Lind, Emil Berg\tx\n\n1. Inledning\nKarin hälsade välkommen.\n")
    assert [(p.name, p.organization, p.line) for p in r.attendees] == [
        ("Karin Nilsson", "Arjeplog", 6), ("Mats Öhman", "Boden", 8), ("Sara Lind", "Luleå", 9),
        ("Emil Berg", "Luleå", 9)]
    assert [(o.name, o.line) for o in r.organizations_absent] == [("Arvidsjaur", 7)]
    assert r.source.unassigned_lines == [] and r.meeting.title == "Länsnätverket för våld i nära relationer"


def test_the_meetings_officers_among_the_header_labels_are_there_and_sign_nothing():
    r = minutes("""
        Anteckningar från medlemsmöte
        Datum: 2025-03-16
        Plats: Bygdegården
        Ordförande: Gunnel Hed
        Sekreterare: Lars-Erik Moe

        Vägen
        Vägföreningen har fått offert på grusning. Lars-Erik kontaktar kommunen om bidrag.

        Fibern
        Det saknas tre anslutningar. Gunnel pratar med IP-Only.
    """)
    assert [(p.name, p.role) for p in r.attendees] == [("Gunnel Hed", "ordförande"), ("Lars-Erik Moe", "sekreterare")]
    assert r.signatories == [] and r.appendices == []
    assert [(i.title, i.start_line, i.end_line) for i in r.items] == [("Vägen", 7, 8), ("Fibern", 10, 11)]
    assert [a.owners for a in r.actions] == [["Lars-Erik Moe"], ["Gunnel Hed"]]


def test_labels_of_the_absent_that_say_they_sent_word_or_were_missed():
    for label in ("Meddelat förhinder", "Anmält återbud", "Avbud", "Ej deltog", "Deltar ej", "Saknas"):
        r = minutes(f"Minnesanteckningar APT 2025-11-12\nNärvarande: Per Ström\n{label}: Eva Ek, Amira Haddad\n\n"
                    "1. Schema\nSofia lägger ut önskelistan på torsdag.\n")
        assert ([p.name for p in r.attendees], [p.name for p in r.absent]) == (
            ["Per Ström"], ["Eva Ek", "Amira Haddad"]), label


def test_typed_points_with_points_nested_under_each_are_the_items():
    for marker in ("*", "-"):
        r = minutes(f"""
            Anteckningar – arbetsgruppen för Kulturnatten
            Måndag 6 okt 2025, 15.00-16.00
            Med: Karin Holmberg, Ali Rezai, Magnus Öhman

            {marker} Programmet
              - Programmet är nästan klart. Ali lägger in de sista punkterna senast fredag.
            {marker} Marknadsföring
              - Affischer trycks v. 42.
              - Magnus hämtar dem på tryckeriet.
            {marker} Budget
              - Vi ligger inom ramen.
        """)
        assert [(i.title, i.start_line, i.end_line) for i in r.items] == [
            ("Programmet", 5, 6), ("Marknadsföring", 7, 9), ("Budget", 10, 11)], marker
        assert [(a.line, a.item) for a in r.actions] == [(6, "Programmet"), (9, "Marknadsföring")]
    # points that run on below, with nothing nested under them, are no items
    r = minutes("""
        Anteckningar – arbetsgruppen för Kulturnatten 2025-10-06

        - Programmet
        är nästan klart.
        - Affischer
        trycks v. 42.
    """)
    assert r.items == []


def test_an_officers_label_after_a_groups_people_on_the_groups_line_is_not_of_the_group():
    r = minutes("""
        KOMMUNFULLMÄKTIGE
        Protokoll 2026-02-23

        Övriga deltagare: Kommundirektör Lena Alm, sekreterare Olof Gran

        Justerare: Britt Nord (M) och Kent Lax (S)

        § 1 Val av justerare
        Britt Nord (M) och Kent Lax (S) utses att justera dagens protokoll.
    """)
    assert [(p.name, p.group, p.role) for p in r.attendees] == [
        ("Lena Alm", "Övriga", "kommundirektör"), ("Olof Gran", "Övriga", "sekreterare"),
        ("Britt Nord", None, "justerare"), ("Kent Lax", None, "justerare")]
    r = minutes("""
        Kyrkorådet, protokoll 2026-01-21

        Övriga närvarande:
        Kyrkoherde Johan Almgren
        Sekreterare: Maria Dahl

        § 1 Sammanträdets öppnande
        Ordföranden öppnade sammanträdet.
    """)
    assert [(p.name, p.group) for p in r.attendees] == [("Johan Almgren", "Övriga"), ("Maria Dahl", "Övriga")]


def test_people_from_an_organisation_after_a_groups_people_on_the_groups_line_are_not_of_the_group():
    r = minutes("""
        Kommunala pensionärsrådet
        Protokoll 2026-02-16

        Närvarande
        Ledamöter: Gösta Nyberg (PRO), Rune Hall (SKPF)
        Från kommunen: Anna-Karin Berg, äldreomsorgschef

        1. Mötets öppnande
        Gösta öppnade mötet.
    """)
    assert [(p.name, p.group, p.organization) for p in r.attendees] == [
        ("Gösta Nyberg", "Ledamöter", "PRO"), ("Rune Hall", "Ledamöter", "SKPF"),
        ("Anna-Karin Berg", None, "kommunen")]


def test_topics_and_their_notes_under_a_bare_notes_word_at_the_end_sign_nothing():
    r = minutes("""
        Minnesanteckningar styrgruppen för fiber
        Datum: 2026-01-20
        Närvarande: Bertil Holm, Nadia Saleh

        1. Läget
        Bertil redovisade utbyggnaden.

        Anteckningar
        Grävning – försenad i Västerby, 3 st. tomter väntar.
        Kostnader – inom ramen.
    """)
    assert r.signatories == []
    assert (r.items[-1].title, r.items[-1].end_line) == ("Läget", 10)
    assert "Kostnader – inom ramen." in r.items[-1].text
