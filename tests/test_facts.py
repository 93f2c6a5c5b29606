"""Stage 5: sections -> facts: meeting, people, actions, decisions, calendar, closing."""
import pytest
from conftest import minutes


def test_header_labels_and_a_year_from_the_date_line():
    r = minutes("""
        Minnesanteckningar

        Samverkansrådet + C-nätet

        22 september 2022

        Datum: Torsdagen 22 september
        Tid: kl. 15-18
        Mötesplats: Föreningarnas Hus, Slottsgatan 13A.
    """)
    m = r.meeting
    assert (m.kind, m.title, m.date, m.start_time, m.end_time, m.location) == (
        "Minnesanteckningar", "Samverkansrådet + C-nätet", "2022-09-22", "15:00", "18:00",
        "Föreningarnas Hus, Slottsgatan 13A")


def test_a_time_line_and_a_place_line_under_the_title_and_date():
    r = minutes("""
        Protokoll styrelsemöte 12 mars 2024
        Kl. 18:30–20:45
        Hembygdsgården, Lillby

        1. Mötet öppnas
        Ordföranden öppnade mötet.
    """)
    m = r.meeting
    assert (m.title, m.date, m.start_time, m.end_time, m.location) == (
        "Styrelsemöte", "2024-03-12", "18:30", "20:45", "Hembygdsgården, Lillby")
    r = minutes("""
        Minnesanteckningar
        Samrådsgruppen för kollektivtrafik
        18.30-20.00
        2024-03-12
    """)
    m = r.meeting
    assert (m.title, m.date, m.start_time, m.end_time) == ("Samrådsgruppen för kollektivtrafik", "2024-03-12",
                                                           "18:30", "20:00")


def test_kind_and_title_on_one_line_and_ocr_date():
    r = minutes("""
        Minnesanteckningar Strategisk grupp integration

        2017 - 08 – 16
    """)
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == (
        "Minnesanteckningar", "Strategisk grupp integration", "2017-08-16")


def test_a_weekday_before_the_date_on_a_line_with_time_and_place():
    r = minutes("""
        Anteckningar från arbetsmöte – Projekt Grön Skolgård
        Onsdag 6 mars 2024, 15:00–16:30, Teams

        Punkt 1 – Status
        Ritningarna är klara.
        Nästa avstämning: 20 mars kl 15.00
    """)
    m = r.meeting
    assert (m.date, m.start_time, m.end_time, m.location) == ("2024-03-06", "15:00", "16:30", "Teams")
    assert [(i.number, i.title) for i in r.items] == [("1", "Status")]
    assert (r.next_meeting.date, r.next_meeting.start_time) == ("2024-03-20", "15:00")


def test_the_place_after_the_date_and_time_on_a_date_line():
    r = minutes("""
        PROTOKOLL FÖRT VID ÅRSMÖTE
        Hembygdsföreningen Bjärka
        Söndagen den 16 mars 2025 kl. 14.00 i Bygdegården

        § 1 Mötets öppnande
    """)
    m = r.meeting
    assert (m.date, m.start_time, m.location, m.lines["location"]) == ("2025-03-16", "14:00", "Bygdegården", 3)
    # a place label wins over the date line, wherever it stands
    r = minutes("""
        Minnesanteckningar
        2024-04-18, kl. 10–12, Teams
        Plats: Stadshuset, rum 3 (och Teams)
    """)
    assert r.meeting.location == "Stadshuset, rum 3 (och Teams)"
    # a date line that is only a date and a time gives no place
    r = minutes("""
        Minnesanteckningar
        18 april 2024 kl. 10.00–12.00
    """)
    assert r.meeting.location is None


def test_the_place_between_the_date_and_the_time():
    r = minutes("""
        Anteckningar – Nätverket för skolbibliotek
        2024-01-25, digitalt via Teams, kl 13-15
    """)
    m = r.meeting
    assert (m.title, m.date, m.start_time, m.end_time, m.location) == (
        "Nätverket för skolbibliotek", "2024-01-25", "13:00", "15:00", "digitalt via Teams")
    # ... on the title's line too, where it is not part of the title
    r = minutes("""
        Minnesanteckningar styrgrupp 2024-01-25 i Stadshuset kl 13-15
    """)
    assert (r.meeting.title, r.meeting.location, r.meeting.start_time) == ("Styrgrupp", "Stadshuset", "13:00")


def test_a_place_under_the_date_line_after_a_preposition():
    r = minutes("""
        Styrelsemöte Koloniföreningen Solrosen
        Tisdag 23 april 2024 kl. 18.30
        Hos Agneta Wall, Rosenstigen 4
    """)
    assert (r.meeting.location, r.meeting.lines["location"]) == ("hos Agneta Wall, Rosenstigen 4", 3)
    r = minutes("""
        Styrelsemöte Koloniföreningen Solrosen
        Tisdag 23 april 2024 kl. 18.30
        I år kom många.
    """)
    assert r.meeting.location is None


def test_the_time_the_meeting_ended_in_its_last_item():
    r = minutes("""
        Protokoll styrelsen
        Datum: 2024-04-23
        Tid: 18.30

        § 1 Öppnande
        Ordföranden öppnade mötet.

        § 2 Mötets avslutande
        Ordföranden tackade och förklarade mötet avslutat kl. 20.15.
    """)
    assert (r.meeting.start_time, r.meeting.end_time, r.meeting.lines["end_time"]) == ("18:30", "20:15", 9)
    # the next meeting's time on a line that also closes this one is not when it ended
    r = minutes("""
        Protokoll styrelsen
        Datum: 2024-04-23
        Tid: 17.30

        § 1 Nästa möte
        Nästa möte 21 maj kl. 18.30, därefter avslutades mötet.
    """)
    assert r.meeting.end_time is None
    # the participle agrees with a stämma or a sammanträde: `avslutad`, `stängd`
    for closed in ("förklarade stämman avslutad kl. 15.40", "förklarade sammanträdet stängt kl. 15.40"):
        r = minutes(f"""
            Årsstämma
            Datum: söndag 21 april 2024, kl. 14.00

            § 1 Stämmans öppnande
            Ordföranden förklarade stämman öppnad.

            § 2 Stämmans avslutande
            Ordföranden tackade de närvarande och {closed}.
        """)
        assert (r.meeting.end_time, r.meeting.lines["end_time"]) == ("15:40", 8), closed


def test_a_nämnds_first_page_place_and_time_other_participants_and_who_adjusts():
    r = minutes("""
        SAMMANTRÄDESPROTOKOLL
        Miljö- och byggnadsnämnden

        Plats och tid: Kommunhuset, sammanträdesrum Vänern, tisdagen den 8 april 2025 kl. 13.00–15.45

        Beslutande ledamöter
        Gunnel Strid (C), ordförande
        Hasse Lindkvist (S), vice ordförande

        Övriga deltagande
        Camilla Ström, förvaltningschef

        Utses att justera: Hasse Lindkvist
        Justeringens plats och tid: Kommunhuset 2025-04-14

        § 31 Val av justerare
    """)
    m = r.meeting
    assert (m.date, m.start_time, m.end_time, m.location) == (
        "2025-04-08", "13:00", "15:45", "Kommunhuset, sammanträdesrum Vänern")
    assert [(p.name, p.organization, p.role, p.group) for p in r.attendees] == [
        ("Gunnel Strid", None, "ordförande", "Ledamöter"),
        ("Hasse Lindkvist", None, "vice ordförande", "Ledamöter"),
        ("Camilla Ström", None, "förvaltningschef", "Övriga")]


def test_a_title_line_that_ends_with_the_date_leaves_no_den_behind():
    r = minutes("Protokoll fört vid styrelsemöte i Idrottsföreningen Kvarnby IK den 5 maj 2025\n\n§ 1 Öppnande\n")
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == (
        "Protokoll", "Styrelsemöte i Idrottsföreningen Kvarnby IK", "2025-05-05")
    r = minutes("Minnesanteckningar från nätverksträffen tisdagen den 4 mars 2025 kl. 9–12\n\n1. Inledning\n")
    assert (r.meeting.title, r.meeting.date) == ("Nätverksträffen", "2025-03-04")


def test_the_kind_an_agenda_shares_its_state_in_a_bracket_and_notes_förda_vid():
    cases = {
        "Agenda och anteckningar – Styrgruppen 2024-05-02": ("Agenda och anteckningar", "Styrgruppen"),
        "Anteckningar förda vid möte med Brukarrådet 2024-05-02": ("Anteckningar", "Brukarrådet"),
        "Protokoll (justerat) Kommunstyrelsens arbetsutskott 2024-05-02":
            ("Protokoll", "Kommunstyrelsens arbetsutskott"),
        "Protokoll (utkast), Styrelsen 2024-05-02": ("Protokoll", "Styrelsen"),
    }
    for title_line, (kind, title) in cases.items():
        r = minutes(f"{title_line}\n\nNärvarande: Anna Berg, Per Holm\n\n1. Läget\n")
        assert (r.meeting.kind, r.meeting.title, r.meeting.date) == (kind, title, "2024-05-02"), title_line


def test_a_summary_or_documentation_from_a_meeting_is_a_kind_but_alone_is_an_items_heading():
    cases = {
        "Sammanfattning från dialogmöte med föreningslivet 2024-05-02":
            ("Sammanfattning", "Dialogmöte med föreningslivet"),
        "Dokumentation från workshop om trygghet, 2024-05-02": ("Dokumentation", "Workshop om trygghet"),
        "Sammanfattning av mötet med Trygghetsrådet 2024-05-02": ("Sammanfattning", "Trygghetsrådet"),
    }
    for title_line, (kind, title) in cases.items():
        r = minutes(f"{title_line}\n\nNärvarande: Anna Berg, Per Holm\n\n1. Läget\n")
        assert (r.meeting.kind, r.meeting.title, r.meeting.date) == (kind, title, "2024-05-02"), title_line
    r = minutes("Nätverksträff 2024-05-02\n\nLäget i kommunerna\nAnna berättade om läget.\n\n"
                "Sammanfattning\nGruppen ser ett behov av fler träffar.\n")
    assert [i.title for i in r.items] == ["Läget i kommunerna", "Sammanfattning"]


def test_more_labels_of_the_date_and_the_time_together():
    for label in ("Datum, tid", "Sammanträdesdatum och tid", "Dag och tid"):
        r = minutes(f"Minnesanteckningar gruppen\n{label}: 2024-05-14 kl 13.00–15.10\n\n1. Inledning\n")
        m = r.meeting
        assert (m.date, m.start_time, m.end_time) == ("2024-05-14", "13:00", "15:10"), label


def test_a_forum_that_goes_on_on_the_line_below_the_title():
    r = minutes("Protokoll fört vid styrelsemöte i\nFöreningen Hembygden\nDatum: 2024-03-10\n\n§ 1 Öppnande\n")
    assert (r.meeting.title, r.meeting.date) == ("Styrelsemöte i Föreningen Hembygden", "2024-03-10")
    # a title that only names the meeting: the forum under it is the meeting's
    r = minutes("ÅRSSTÄMMA\nSkogsbyns vägsamfällighetsförening\nDatum: söndag 21 april 2024, kl. 14.00\n\n"
                "§ 1 Stämmans öppnande\n")
    assert (r.meeting.title, r.meeting.lines["title"]) == ("ÅRSSTÄMMA Skogsbyns vägsamfällighetsförening", 1)
    r = minutes("Protokoll\nStyrelsemöte 2024-03-10\nBrf Linden\n\n§ 1 Öppnande\n")
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == ("Protokoll", "Styrelsemöte Brf Linden", "2024-03-10")
    # ... and a line under it that is not a forum's stays in the preamble
    r = minutes("Årsmöte\nTack till alla som kom.\nDatum: 2024-03-10\n\n§ 1 Öppnande\n")
    assert r.meeting.title == "Årsmöte"


def test_the_kind_after_the_title_and_its_date():
    r = minutes("Styrelsemöte 2024-05-06 – protokoll\n\n§ 1 Öppnande\n")
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == ("Protokoll", "Styrelsemöte", "2024-05-06")
    r = minutes("Nätverksträff 2024-05-06, minnesanteckningar\n\n1. Inledning\n")
    assert (r.meeting.kind, r.meeting.title) == ("Minnesanteckningar", "Nätverksträff")


def test_the_kind_after_the_forum_with_or_without_the_date_after_it():
    r = minutes("Referensgruppen för cykelstrategin – minnesanteckningar från möte 3\n"
                "Tisdag 10 oktober 2023 kl 15.00–16.30\n\n1. Inledning\n")
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == (
        "Minnesanteckningar", "Referensgruppen för cykelstrategin", "2023-10-10")
    r = minutes("Styrgruppen Trygg skola - protokoll från sammanträde 4 maj 2023 kl 13-15\n\n1. Inledning\n")
    assert (r.meeting.kind, r.meeting.title, r.meeting.date, r.meeting.start_time) == (
        "Protokoll", "Styrgruppen Trygg skola", "2023-05-04", "13:00")


def test_a_date_written_as_one_number_at_the_end_of_the_title_or_after_its_label():
    r = minutes("Minnesanteckningar från arbetsplatsträff 240503\n\n1. Inledning\n")
    assert (r.meeting.title, r.meeting.date) == ("Arbetsplatsträff", "2024-05-03")
    r = minutes("Protokoll styrelsen\nDatum: 20240115\n\n1. Inledning\n")
    assert r.meeting.date == "2024-01-15"
    # a number that is no date stays in the title
    r = minutes("Minnesanteckningar projekt 241332\n\n1. Inledning\n")
    assert (r.meeting.title, r.meeting.date) == ("Projekt 241332", None)


def test_a_notice_of_a_meeting_says_so_in_its_kind():
    r = minutes("Kallelse till styrelsemöte\n\nTid: Tisdag 12 mars 2024 kl. 18.30\nPlats: Klubbstugan\n\n"
                "1. Mötets öppnande\n2. Val av justerare\n3. Ekonomi\n4. Mötets avslutande\n")
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == ("Kallelse", "Styrelsemöte", "2024-03-12")


def test_more_kinds_of_notes_a_referat_noteringar_a_stämmoprotokoll():
    r = minutes("Referat från dialogmöte om skolskjutsar, 3 maj 2024\n\n1. Inledning\n")
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == ("Referat", "Dialogmöte om skolskjutsar", "2024-05-03")
    r = minutes("Mötesnoteringar ledningsgruppen 2024-05-03\n\n1. Inledning\n")
    assert (r.meeting.kind, r.meeting.title) == ("Mötesnoteringar", "Ledningsgruppen")


def test_a_protocols_number_after_its_kind_is_no_part_of_the_title():
    r = minutes("Protokoll nr 3 2024, Pensionärsrådet\n6 maj 2024\n\n§ 1 Öppnande\n")
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == ("Protokoll", "Pensionärsrådet", "2024-05-06")
    r = minutes("Protokoll nr 3/2024\nStyrelsen för Brf Eken\n6 maj 2024\n\n§ 1 Öppnande\n")
    assert (r.meeting.kind, r.meeting.title) == ("Protokoll", "Styrelsen för Brf Eken")
    r = minutes("Styrelsemöte nr 4/2024\nDatum: 2024-05-06\n\n§ 1 Öppnande\n")
    assert r.meeting.title == "Styrelsemöte nr 4/2024"     # a number after the forum stays


def test_a_title_line_with_the_date_gives_its_time_too():
    r = minutes("""
        Pensionärsföreningen Lingonet
        Protokoll från styrelsemöte 14/10 2025 kl. 18.00
        Lokal: Träffpunkten, Kyrkvägen 3

        1. Mötet öppnas
    """)
    assert (r.meeting.title, r.meeting.date, r.meeting.start_time, r.meeting.end_time) == (
        "Pensionärsföreningen Lingonet", "2025-10-14", "18:00", None)
    r = minutes("Minnesanteckningar från nätverksträffen tisdagen den 4 mars 2025 kl. 9–12\n\n1. Inledning\n")
    assert (r.meeting.start_time, r.meeting.end_time) == ("09:00", "12:00")


def test_a_time_label_that_gives_the_date_too_and_a_calendar_label_with_its_year():
    r = minutes("""
        Minnesanteckningar
        Regional samverkansgrupp barn och unga
        Tid: Tisdag 21 januari 2025, 09.30-12.00

        1. Övrigt
        Inga övriga frågor.

        Kommande träffar 2026
        18 mars kl. 9.30–12.00, Falkenberg
    """)
    m = r.meeting
    assert (m.date, m.start_time, m.end_time, m.lines["date"]) == ("2025-01-21", "09:30", "12:00", 3)
    assert [(e.date, e.location) for e in r.calendar] == [("2026-03-18", "Falkenberg")]


def test_label_value_on_the_next_line():
    r = minutes("""
        Protokoll
        Datum:
        2023-05-04
        Plats:
        Stadshuset
    """)
    assert (r.meeting.date, r.meeting.location) == ("2023-05-04", "Stadshuset")


def test_no_date_stays_null_with_a_warning():
    r = minutes("""
        Minnesanteckningar

        Närvaro

        Anna Berg, Ale
    """)
    assert r.meeting.date is None and "no_date" in [w.code for w in r.warnings]


ATTENDEES = """
    Deltagare:
    Karin Martinsson, Kungsbacka
    Anna-Maria Mårtensson, Laholm
    Mats Oljelund, Varberg
    Annika Vannerberg, Halmstad
    Gabriella Sjöman, Mölndal

"""


def actions_of(body):
    return [(a.text, a.owners, a.owner_mentions) for a in minutes(ATTENDEES + body).actions]


def test_clauses_joined_by_och_or_a_comma_each_with_its_own_subject_are_a_task_each():
    r = minutes("Datum: 2024-09-03\n" + ATTENDEES + "1. Utbildningsdagen\n\n"
                "Karin bokar lokal och Annika kontaktar föreläsaren senast 20 september.\n"
                "Mats tar fram program, Gabriella skickar inbjudan och Annika beställer fika.\n"
                "Karin och Mats ordnar vinster.\n"
                "Mats skickar underlaget till Karin och Annika.\n"
                "Gabriella ansvarar för att boka lokal och Karin för fikat.\n")
    assert [(a.text, a.owners, a.due) for a in r.actions] == [
        ("Karin bokar lokal", ["Karin Martinsson"], None),
        ("Annika kontaktar föreläsaren senast 20 september.", ["Annika Vannerberg"], "2024-09-20"),
        ("Mats tar fram program", ["Mats Oljelund"], None),
        ("Gabriella skickar inbjudan", ["Gabriella Sjöman"], None),
        ("Annika beställer fika.", ["Annika Vannerberg"], None),
        ("Karin och Mats ordnar vinster.", ["Karin Martinsson", "Mats Oljelund"], None),
        ("Mats skickar underlaget till Karin och Annika.", ["Mats Oljelund"], None),
        # the verb left out after `och`: each name's own task
        ("Gabriella ansvarar för att boka lokal", ["Gabriella Sjöman"], None),
        ("Karin för fikat.", ["Karin Martinsson"], None)]
    assert {a.line for a in r.actions[:2]} == {12}


def test_what_everyone_is_to_do_by_a_deadline_is_a_task_with_no_owner():
    r = minutes("Datum: 2024-09-03\n" + ATTENDEES + "1. Inför nästa möte\n\n"
                "Alla ska läsa handlingarna senast 1 oktober.\n"
                "Alla ska känna sig välkomna.\n"
                "Alla ska ha fått kallelsen senast fredag.\n"
                # what each is to have done by then, not to have got or to be able to
                "Alla ska ha gått webbutbildningen innan årsskiftet.\n"
                "Samtliga ledamöter ska ha läst rapporten senast 20 oktober.\n"
                "Alla ska ha möjlighet att delta senast i januari.\n")
    assert [(a.text, a.owners, a.due) for a in r.actions] == [
        ("Alla ska läsa handlingarna senast 1 oktober.", [], "2024-10-01"),
        ("Alla ska ha gått webbutbildningen innan årsskiftet.", [], None),
        ("Samtliga ledamöter ska ha läst rapporten senast 20 oktober.", [], "2024-10-20")]


def test_an_action_label_then_the_owners_a_dash_and_the_task_after_an_arrow():
    r = minutes("Datum: 2024-03-06\n" + ATTENDEES + "1. Program\n\n"
                "➡ Åtgärd: Karin – kontakta föreningarna om bokbord (v. 12)\n"
                "Åtgärd: Mats och Annika – boka scenen\n"
                "Åtgärd: Ekonomi – se över budgeten\n")
    assert [(a.owners, a.due) for a in r.actions] == [
        (["Karin Martinsson"], "2024-03-22"), (["Mats Oljelund", "Annika Vannerberg"], None), ([], None)]
    assert r.actions[0].text == "Åtgärd: Karin – kontakta föreningarna om bokbord (v. 12)"


def test_unlabelled_action_resolved_to_full_name():
    assert actions_of("1. Inledning\n\nKarin skickar ut ppt\n") == [
        ("Karin skickar ut ppt", ["Karin Martinsson"], ["Karin"])]


def test_initials_in_brackets():
    got = actions_of("1. Ekonomi\n\nBistånd beviljas. (A-M skickar med den klara tjänsteskrivelsen).\n")
    assert got == [("A-M skickar med den klara tjänsteskrivelsen", ["Anna-Maria Mårtensson"], ["A-M"])]


def test_organisation_owner_with_inverted_modal():
    got = actions_of("1. Övrigt\n\nNästa gång ska Mölndal delge nätverket sitt arbete.\n")
    assert got == [("Nästa gång ska Mölndal delge nätverket sitt arbete.", ["Mölndal"], ["Mölndal"])]


def test_subject_between_a_verb_and_its_particle_after_an_opening_phrase():
    got = actions_of("1. Nästa steg\n\nTill nästa möte tar Karin fram ett förslag.\n"
                     "Efter mötet tar Mats med sig frågan till nämnden.\n"
                     "Därefter kontaktar Annika kommunen.\n")
    assert got == [("Till nästa möte tar Karin fram ett förslag.", ["Karin Martinsson"], ["Karin"]),
                   ("Efter mötet tar Mats med sig frågan till nämnden.", ["Mats Oljelund"], ["Mats"]),
                   ("Därefter kontaktar Annika kommunen.", ["Annika Vannerberg"], ["Annika"])]


def test_a_nickname_in_the_list_of_people_names_its_person_in_the_text():
    r = minutes("""
        Närvarande:
        Maria Lindström, ordförande
        Elisabeth "Lisa" Ek, Idrottsalliansen
        Ahmed Al-Hassan, ABF

        1. Bidrag
        Lisa kontaktar föreningarna.
    """)
    assert [(p.name, p.organization, p.group, p.nickname) for p in r.attendees] == [
        ("Maria Lindström", None, None, None), ("Elisabeth Ek", "Idrottsalliansen", None, "Lisa"),
        ("Ahmed Al-Hassan", "ABF", None, None)]
    assert [(a.owners, a.owner_mentions) for a in r.actions] == [(["Elisabeth Ek"], ["Lisa"])]


def test_tasks_given_in_so_many_words():
    got = actions_of("1. Uppdrag\n\nStyrelsen ger Karin i uppdrag att boka lokal.\n"
                     "Mats får i uppdrag att ta fram en budget.\nAnnika har fått i uppdrag att kontakta regionen.\n"
                     "Ansvarig för kallelsen: Gabriella\n")
    assert got == [("Styrelsen ger Karin i uppdrag att boka lokal.", ["Karin Martinsson"], ["Karin"]),
                   ("Mats får i uppdrag att ta fram en budget.", ["Mats Oljelund"], ["Mats"]),
                   ("Annika har fått i uppdrag att kontakta regionen.", ["Annika Vannerberg"], ["Annika"]),
                   ("Ansvarig för kallelsen: Gabriella", ["Gabriella Sjöman"], ["Gabriella"])]


def test_everyday_verbs_of_a_task():
    got = actions_of("1. Fest\n\nKarin ringer kommunen innan nästa möte. Mats håller i nästa träff.\n"
                     "Annika ser till att lokalen är bokad.\nGabriella sammankallar arbetsgruppen.\n")
    assert [owners for _text, owners, _mentions in got] == [
        ["Karin Martinsson"], ["Mats Oljelund"], ["Annika Vannerberg"], ["Gabriella Sjöman"]]


def test_an_owner_and_the_task_after_a_dash_and_a_deadline_of_whose_next_meeting():
    got = actions_of("1. Övrigt\n\n- **Ansvarig:** Karin – kontakta kommunen om bidrag.\n"
                     "- Mats tar fram ett förslag till styrelsens nästa möte.\n")
    assert got == [("Ansvarig: Karin – kontakta kommunen om bidrag.", ["Karin Martinsson"], ["Karin"]),
                   ("Mats tar fram ett förslag till styrelsens nästa möte.", ["Mats Oljelund"], ["Mats"])]
    r = minutes(ATTENDEES + "1. Övrigt\n\nMats tar fram ett förslag till styrelsens nästa möte.\n")
    assert r.actions[0].due_text == "till styrelsens nästa möte"


def test_what_who_when_on_lines_of_their_own_and_a_state_is_no_task():
    got = actions_of("1. Bostäder\n\nVad: Sammanställa statistik över väntetider\nVem: Mats\nNär: 1 december\n\n"
                     "Ansökan ska vara inne senast den 31 januari. Karin ska bli ordförande.\n")
    assert got == [("Vad: Sammanställa statistik över väntetider", ["Mats Oljelund"], ["Mats"])]
    r = minutes(ATTENDEES + "1. Bostäder\n\nVad: Sammanställa statistik\nVem: Mats\nNär: 1 december\n")
    assert r.actions[0].due_text == "1 december"


def test_the_meeting_date_in_the_greeting_of_minutes_sent_as_a_letter():
    r = minutes("""
        Hej alla!

        Här kommer minnesanteckningarna från nätverksmötet den 12 november 2024.

        Närvarande: Anna Holm, Borås stad
    """)
    assert (r.meeting.date, r.meeting.lines["date"]) == ("2024-11-12", 3)
    assert "no_date" not in [w.code for w in r.warnings]


def test_a_to_do_list_of_check_boxes_each_a_person_a_colon_and_a_task():
    got = minutes(ATTENDEES + """
        3. Planering
        ☐ Karin: kontakta skolans rektor om tidplanen (v. 12)
        ☐ Mats: beställa växter senast 20 mars
        - [ ] Annika: informera föräldraföreningen
        - Gabriella: skapa förutsättningar för samverkan
    """).actions
    assert [(a.owners, a.due_text, a.label) for a in got] == [
        (["Karin Martinsson"], "v. 12", "lista"), (["Mats Oljelund"], "senast 20 mars", "lista"),
        (["Annika Vannerberg"], None, "lista")]
    assert got[2].text == "Annika: informera föräldraföreningen"   # without its Markdown box


def test_a_to_do_heading_without_a_colon_makes_its_list_tasks():
    r = minutes("""
        Protokoll styrelsemöte 12 mars 2024

        Närvarande: Per Lind, Eva Ahl, Kalle Öst, Sara Wik

        3. Att göra
        - Kalle: boka lokal till midsommar (v. 20)
        - Sara: beställa nya flaggor senast 1 maj

        4. Trädgården
        Vi diskuterade planteringen.
        Åtgärder till nästa möte
        - Per kontaktar kommunen om bidrag
        - Eva: ta fram en budget

        5. Övrigt
        Att göra-listan från förra året gicks igenom.
        - Kalle: flaggstången är lagad

        6. Att ta med till nästa möte
        - Alla: fundera på teman för vårens träffar
        - Sara: bjuda in grannföreningen
    """)
    assert [(a.owners, a.due, a.item) for a in r.actions] == [
        (["Kalle Öst"], "2024-05-17", "3"), (["Sara Wik"], "2024-05-01", "3"),
        (["Per Lind"], None, "4"), (["Eva Ahl"], None, "4"), ([], None, "6"), (["Sara Wik"], None, "6")]
    # a heading that says by when dates its tasks (the next meeting has no date here)
    assert [a.due_text for a in r.actions] == [
        "v. 20", "senast 1 maj", "till nästa möte", "till nästa möte", "till nästa möte", "till nästa möte"]
    r = minutes("Datum: 2024-11-20\n\nDeltagare: Sara Niemi, Leo Öhman\n\n3. Att ta med till nästa möte\n"
                "- Sara: bjuda in Arbetsförmedlingen\n- Leo: skicka ut information senast 1 december\n\n"
                "4. Nästa möte\nOnsdag 22 januari 2025 kl. 10–12, Teams.\n")
    assert [(a.owners, a.due) for a in r.actions] == [(["Sara Niemi"], "2025-01-22"), (["Leo Öhman"], "2024-12-01")]


def test_under_a_to_do_heading_a_name_and_a_colon_owns_what_follows_verb_or_not():
    r = minutes("""
        # Veckomöte team Syd

        **Närvarande:** Linnea, Ahmed, Petra

        ## Att göra
        - Petra: rutinen för överlämning, senast 2024-09-23
        - Ahmed: nya headset till alla

        ## Ärendeläget
        - Linnea: kön är nere på 42 ärenden
    """)
    assert [(a.owners, a.due, a.item) for a in r.actions] == [
        (["Petra"], "2024-09-23", "Att göra"), (["Ahmed"], None, "Att göra")]


def test_a_sentence_wrapped_onto_the_next_line_keeps_its_end_and_its_deadline():
    got = minutes(ATTENDEES + """
        1. Lägesbild
        Mats redogjorde för lägesbilden. Karin tar fram en samlad lägesbild till
        nästa möte. Det har varit lugnt under våren.
        Annika skickar ut ppt
        inför mötet diskuterades budgeten.
    """).actions
    assert [(a.text, a.due_text) for a in got] == [
        ("Karin tar fram en samlad lägesbild till nästa möte.", "till nästa möte"),
        ("Annika skickar ut ppt", None)]


def test_an_opening_adverb_is_nobody_who_is_to_do_something():
    got = actions_of("1. Planering\n\nTillsammans ska vi ta fram en plan för hösten.\n"
                     "Framöver ska gruppen träffas oftare. Långsiktigt ska arbetet bedrivas i samverkan.\n"
                     "Karin ska vi fråga om lokalen.\nSedan ska Mats boka lokal.\n")
    assert got == [("Sedan ska Mats boka lokal.", ["Mats Oljelund"], ["Mats"])]


def test_organisation_in_present_tense_reports_and_is_no_action():
    assert actions_of("1. Runda\n\nKungsbacka undersöker möjligheten att införa modellen.\n") == []


def test_a_clause_after_a_comma_or_a_dash_whose_subject_is_a_person_named_is_the_task():
    got = actions_of("4. Rapporter\n\n"
                     "Ekonomi: 12 medlemmar har inte betalat, Mats skickar en påminnelse.\n"
                     "Gräsklipparen är trasig, Karin och Annika undersöker vad en reparation kostar.\n"
                     "Lokalen är bokad, Kommunen tar fram en plan.\n"
                     "Vi gick igenom listan, Sverige har ändrat reglerna.\n"
                     "Kungsbacka vill ta del av upplägget – Gabriella mejlar Karin.\n"
                     "Vi hade en bra dag – Mats\n")
    assert got == [
        ("Mats skickar en påminnelse.", ["Mats Oljelund"], ["Mats"]),
        ("Karin och Annika undersöker vad en reparation kostar.",
         ["Karin Martinsson", "Annika Vannerberg"], ["Karin", "Annika"]),
        ("Gabriella mejlar Karin.", ["Gabriella Sjöman"], ["Gabriella"])]


def test_a_clause_after_och_whose_subject_is_a_person_named_is_the_task_when_the_first_commits_to_nothing():
    got = actions_of("3. Runda\n\n"
                     "- Språkcafé: Mölndal har goda erfarenheter och Mats skickar deras upplägg till alla.\n"
                     "Gabriella har redan ringt föreläsaren och Karin bokar lokalen.\n"
                     "Vi tackade Annika och Mats för kaffet.\n")
    assert got == [
        ("Mats skickar deras upplägg till alla.", ["Mats Oljelund"], ["Mats"]),
        ("Karin bokar lokalen.", ["Karin Martinsson"], ["Karin"])]


def test_a_task_reported_after_att_is_its_named_subjects_not_the_reporters():
    got = actions_of("3. Runda\n\n"
                     "Gabriella berättade att Karin tar fram materialet senast fredag.\n"
                     "Mats informerade om att Annika skickar ut underlaget.\n"
                     "Gabriella berättade att kommunen har anställt en samordnare och tar fram en plan.\n"
                     "Karin berättade att Mats skickade ut kallelsen i går.\n")
    assert got == [
        ("Gabriella berättade att Karin tar fram materialet senast fredag.", ["Karin Martinsson"], ["Karin"]),
        ("Mats informerade om att Annika skickar ut underlaget.", ["Annika Vannerberg"], ["Annika"])]


def test_everyone_in_a_group_doing_a_thing_by_a_deadline_is_a_task_with_no_owner():
    got = actions_of("3. Inför budgeten\n\n"
                     "Samtliga ledamöter ska läsa handlingarna senast 1 november.\n"
                     "Alla kommuner ser över sina rutiner till nästa möte.\n"
                     "Alla ledamöter ska känna sig välkomna.\n"
                     "Samtliga ledamöter var närvarande.\n")
    assert got == [("Samtliga ledamöter ska läsa handlingarna senast 1 november.", [], []),
                   ("Alla kommuner ser över sina rutiner till nästa möte.", [], [])]


def test_a_preposition_that_opens_the_sentence_is_no_part_of_a_name():
    got = actions_of("2. Lokaler\n\nEnligt Mats ska Karin boka lokalen.\n"
                     "Med Annika som stöd tar Gabriella fram en plan.\n")
    assert got == [
        ("Enligt Mats ska Karin boka lokalen.", ["Karin Martinsson"], ["Karin"]),
        ("Med Annika som stöd tar Gabriella fram en plan.", ["Gabriella Sjöman"], ["Gabriella"])]


def test_more_verbs_that_commit_to_work():
    got = actions_of("3. Rutin för orosanmälan\n\nMats förankrar rutinen i skolans ledningsgrupp.\n"
                     "Karin tar in tre offerter.\nAnnika begär in underlag från socialtjänsten.\n"
                     "Gabriella återrapporterar till styrelsen.\nMats rapporterade om läget.\n"
                     "Karin pratar med gatuenheten om belysningen.\nAnnika pratade med polisen.\n"
                     "Mats sätter upp information i trapphusen.\nGabriella köper korv och bröd.\n"
                     "Kommunen köper in nya bänkar.\n")
    assert [owners for _, owners, _ in got] == [
        ["Mats Oljelund"], ["Karin Martinsson"], ["Annika Vannerberg"], ["Gabriella Sjöman"],
        ["Karin Martinsson"], ["Mats Oljelund"], ["Gabriella Sjöman"]]


def test_initials_in_brackets_after_a_name_are_how_the_text_names_that_person():
    r = minutes("""
        Anteckningar – Arbetsgrupp Barnkonventionen

        Närvarande: Sofia Hed (SH), Magnus Ståhl (MS), Nora Amin (NA)
        Förhinder: Jesper Lund (JL), Sara Dahl (SD)

        • Uppföljning
          – MS påminner de tre skolor som inte svarat.
          – SH kontaktar Barnombudsmannen om en föreläsare.
    """)
    assert [(p.name, p.organization, p.nickname) for p in r.attendees] == [
        ("Sofia Hed", None, "SH"), ("Magnus Ståhl", None, "MS"), ("Nora Amin", None, "NA")]
    assert [(p.name, p.party, p.nickname) for p in r.absent] == [("Jesper Lund", None, "JL"), ("Sara Dahl", "SD", None)]
    assert [a.owners for a in r.actions] == [["Magnus Ståhl"], ["Sofia Hed"]]


def test_a_promise_an_offer_or_a_request_made_at_the_meeting_is_a_task():
    got = actions_of("2. Städdagen\n\nMats lovade att skicka ut protokollet.\n"
                     "Karin erbjöd sig att hålla i grillen.\nAnnika ombeds kontakta hyresvärden.\n"
                     "Gabriella åtog sig att skriva en artikel.\nMats lovade att det blir bra väder.\n")
    assert [owners for _, owners, _ in got] == [
        ["Mats Oljelund"], ["Karin Martinsson"], ["Annika Vannerberg"], ["Gabriella Sjöman"]]


def test_a_task_with_its_owner_marked_at_its_end():
    got = actions_of("2. Lokaler\n\nNy rutin för nycklarna tas fram → Mats\n"
                     "Affischerna sätts upp senast 1 november (Karin och Annika).\n"
                     "Kontakta hyresvärden om belysningen – Gabriella\n"
                     "Frågan diskuterades (Mats).\nKarin berättade om läget (Annika).\n"
                     "Vi hade en bra dag – Mats\n")
    assert got == [
        ("Ny rutin för nycklarna tas fram → Mats", ["Mats Oljelund"], ["Mats"]),
        ("Affischerna sätts upp senast 1 november (Karin och Annika).",
         ["Karin Martinsson", "Annika Vannerberg"], ["Karin", "Annika"]),
        ("Kontakta hyresvärden om belysningen – Gabriella", ["Gabriella Sjöman"], ["Gabriella"])]


def test_in_a_round_of_reports_the_speaker_before_the_colon_is_the_subject_of_the_verb_after_it():
    r = minutes("""
        Minnesanteckningar Samverkansrådet 2024-03-12

        Deltagare: Eva Ek, Mölndal; Per Lind, Kungsbacka; Ali Said, Region Halland

        1. Runda bordet
        Mölndal: tar fram en plan till nästa möte.
        Kungsbacka: arbetar med en ny strategi.
        Eva: skickar ut enkäten senast 1 april.
        Ekonomi: ska ses över i höst.
        Per: informerade om läget.

        2. Nästa möte
        2024-05-14 kl 9-12
    """)
    assert [(a.owners, a.due) for a in r.actions] == [(["Mölndal"], "2024-05-14"), (["Eva Ek"], "2024-04-01")]


def test_the_chair_named_by_role_commits_as_a_person_does():
    got = actions_of("2. Stadgarna\n\nOrdföranden kontaktar kommunen om lokalen.\n"
                     "Kommunen undersöker frågan om lokalen.\n")
    assert got == [("Ordföranden kontaktar kommunen om lokalen.", ["Ordföranden"], ["Ordföranden"])]


def test_an_abstract_noun_that_ends_like_a_unit_is_no_owner():
    got = actions_of("1. Bostäder\n\nLägenheten ska ha rätt storlek för familjen.\n"
                     "Öppenheten ska vara stor i processen.\nMiljöenheten ska ta fram en plan.\n")
    assert got == [("Miljöenheten ska ta fram en plan.", ["Miljöenheten"], ["Miljöenheten"])]


def test_an_organisation_in_present_tense_commits_when_the_sentence_sets_a_deadline():
    got = actions_of("1. Runda\n\nKungsbacka undersöker möjligheten att införa modellen.\n"
                     "Region Halland tar fram en gemensam rutin till nästa möte.\n"
                     "Till nästa möte tar Kungsbacka fram en tidsplan.\n"
                     "Laholm informerade om läget. Region Halland sammanställer en\n"
                     "lista över kontaktpersoner senast 30 november.\n")
    assert got == [
        ("Region Halland tar fram en gemensam rutin till nästa möte.", ["Region Halland"], ["Region Halland"]),
        ("Till nästa möte tar Kungsbacka fram en tidsplan.", ["Kungsbacka"], ["Kungsbacka"]),
        ("Region Halland sammanställer en lista över kontaktpersoner senast 30 november.",
         ["Region Halland"], ["Region Halland"])]


def test_a_county_named_with_län_is_one_organisation_that_can_own_a_task():
    got = actions_of("1. Omvärld\n\nRegion Jönköpings län ska ta fram en gemensam handlingsplan.\n")
    assert got == [("Region Jönköpings län ska ta fram en gemensam handlingsplan.",
                    ["Region Jönköpings län"], ["Region Jönköpings län"])]


def test_an_adverb_between_subject_and_verb():
    got = actions_of("1. Kallelse\n\nKarin också skickar ut kallelsen. Mats därefter sammanställer svaren.\n"
                     "Annika gärna informerar om läget.\n")
    assert got == [("Karin också skickar ut kallelsen.", ["Karin Martinsson"], ["Karin"]),
                   ("Mats därefter sammanställer svaren.", ["Mats Oljelund"], ["Mats"])]


def test_report_verbs_are_not_actions():
    assert actions_of("1. Runda\n\nMats informerar om läget. Annika berättar om projektet.\n") == []


def test_labelled_actions_and_several_owners():
    got = actions_of("1. Uppdrag\n\nHemläxa: Annika ansvarar för detta.\n\n"
                     "- Val- och informationskväll. Arbetsgrupp utses: Mats, Karin, Annika.\n")
    assert got == [
        ("Hemläxa: Annika ansvarar för detta.", ["Annika Vannerberg"], ["Annika"]),
        ("Val- och informationskväll. Arbetsgrupp utses: Mats, Karin, Annika.",
         ["Mats Oljelund", "Karin Martinsson", "Annika Vannerberg"], ["Mats", "Karin", "Annika"])]


def test_owner_label_on_the_line_after_the_task():
    got = actions_of("1. Fest\n\nBoka lokal till festen.\nAnsvarig: Annika\n")
    assert got == [("Boka lokal till festen.", ["Annika Vannerberg"], ["Annika"])]


def test_an_owner_line_that_gives_a_deadline_dates_the_task_above_it():
    r = minutes("""
        # Projektmöte – Ny webbplats

        **Datum:** 2025-01-20
        **Deltagare:** Elsa Nord, Hugo Berg, Maja Lind

        ## 1. Status
        - Innehållsinventeringen är klar till 80 %.
          - Kvar: nyheter och evenemang.
          - **Ansvarig:** Maja, klart 31 januari.
        - Testmiljön ska sättas upp senast 14 februari.
          - **Ansvarig:** Hugo, klart 31 januari.
    """)
    assert [(a.text, a.owners, a.due) for a in r.actions] == [
        ("Kvar: nyheter och evenemang.", ["Maja Lind"], "2025-01-31"),
        ("Testmiljön ska sättas upp senast 14 februari.", ["Hugo Berg"], "2025-02-14")]


def test_an_owner_line_under_a_wrapped_decision_makes_the_whole_sentence_a_task_with_its_deadline():
    r = minutes("""
        Datum: 2025-09-14
        Närvarande: Lena Åkesson, Per Nyström

        § 3 Skrivelse från kommunen
        Beslut: Styrelsen godkänner ordförandens förslag till svar på skrivelsen från
        kommunen och skickar det senast 30 september.
        Ansvarig: Lena
    """)
    text = ("Beslut: Styrelsen godkänner ordförandens förslag till svar på skrivelsen från "
            "kommunen och skickar det senast 30 september.")
    assert [(a.text, a.line, a.owners, a.due, a.label) for a in r.actions] == [
        (text, 5, ["Lena Åkesson"], "2025-09-30", "ansvarig")]
    assert [d.line for d in r.decisions] == [5]


def test_a_working_group_appointed_under_a_task_for_everyone_is_a_task_of_its_own():
    got = actions_of("1. Fortbildning\n\nHemläxa till nästa träff: alla tar reda på hur många som kan delta.\n"
                     "Arbetsgrupp utses: Karin, Mats och Annika. Mats sammankallar.\n")
    assert got == [
        ("Hemläxa till nästa träff: alla tar reda på hur många som kan delta.", [], []),
        ("Arbetsgrupp utses: Karin, Mats och Annika. Mats sammankallar.",
         ["Karin Martinsson", "Mats Oljelund", "Annika Vannerberg"], ["Karin", "Mats", "Annika"])]


def test_status_heading_with_uppdrag_label_is_not_an_action():
    assert actions_of("1. På gång\n\nUppdrag: Översyn föreningsbidrag (KoF)\n\nRemisstiden är slut.\n") == []


def test_deadline_goes_to_due():
    r = minutes("Datum: 2023-03-14\n" + ATTENDEES + "1. Ekonomi\n\nMats skickar rapporten senast 31 mars.\n")
    (action,) = r.actions
    assert (action.due, action.due_text) == ("2023-03-31", "senast 31 mars")


def test_a_task_for_a_week_is_due_on_its_friday():
    r = minutes("Datum: 2025-04-08\n" + ATTENDEES + "1. Underhåll\n\nMats kontaktar hissfirman under vecka 16.\n"
                "Karin bokar hantverkare till fredag den 25 april.\n"
                "Annika ringer föreningen under mötet.\n")
    assert [(a.due, a.due_text) for a in r.actions] == [
        ("2025-04-18", "under vecka 16"), ("2025-04-25", "till fredag den 25 april"), (None, None)]


def test_a_task_for_a_day_of_a_week_is_due_on_that_day():
    r = minutes("Datum: 2023-10-03\n" + ATTENDEES + "1. Kallelse\n\nMats skickar ut kallelsen senast måndag vecka 47.\n"
                "Karin bokar lokalen senast tisdagen v. 45.\n")
    assert [(a.due, a.due_text) for a in r.actions] == [
        ("2023-11-20", "senast måndag vecka 47"), ("2023-11-07", "senast tisdagen v. 45")]


def test_a_dated_task_in_the_passive_is_its_agents():
    r = minutes("Datum: 2024-02-07\n" + ATTENDEES + "1. Temadag\n\nInbjudan skickas ut av Karin senast 1 mars.\n"
                "Lokalen bokas av Mats och Annika till nästa möte.\nRapporten skickades ut av Karin senast 1 februari.\n"
                "Mötet leds av Karin.\nBidragsansökan skickas in av Mats senast 30 april.\n")
    assert [(a.owners, a.due) for a in r.actions] == [
        (["Karin Martinsson"], "2024-03-01"), (["Mats Oljelund", "Annika Vannerberg"], None),
        (["Mats Oljelund"], "2024-04-30")]


def test_a_dated_task_in_the_passive_of_a_verb_in_er_is_its_agents():
    r = minutes("Datum: 2024-09-04\n" + ATTENDEES + "1. Enkäten\n\nSvaren sammanställs av Annika senast 30 september.\n"
                "Frågan förs vidare av Mats till nästa möte.\nSvaren sammanställdes av Karin senast 1 september.\n"
                "Offerterna beställs (Gabriella).\n\n2. Nästa möte\n6 november kl. 9.30\n")
    assert [(a.owners, a.due) for a in r.actions] == [
        (["Annika Vannerberg"], "2024-09-30"), (["Mats Oljelund"], "2024-11-06"), (["Gabriella Sjöman"], None)]


def test_a_deadline_before_the_next_meeting_is_its_date():
    r = minutes("Datum: 2024-09-04\n" + ATTENDEES + "1. Färdtjänst\n\nMats kontaktar trafikenheten före nästa möte.\n"
                "Karin lämnar synpunkter före nästa sammanträde.\n\n2. Nästa möte\n6 november kl. 9.30\n")
    assert [(a.owners, a.due, a.due_text) for a in r.actions] == [
        (["Mats Oljelund"], "2024-11-06", "före nästa möte"), (["Karin Martinsson"], "2024-11-06", "före nästa sammanträde")]


def test_what_someone_does_at_the_next_meeting_is_their_task_due_then():
    r = minutes("Datum: 2024-02-07\n" + ATTENDEES + "1. Läget\n\nKarin informerar personalen på nästa APT.\n"
                "Mats redovisar resultatet vid nästa möte.\n"
                "Annika berättade att frågan tas upp på nästa möte.\n\n2. Nästa möte\n6 mars kl. 13-15\n")
    assert [(a.owners, a.due, a.due_text) for a in r.actions] == [
        (["Karin Martinsson"], "2024-03-06", "på nästa APT"), (["Mats Oljelund"], "2024-03-06", "vid nästa möte")]


def test_people_who_meet_before_a_deadline_to_do_something_have_a_task():
    r = minutes("Datum: 2024-02-07\n" + ATTENDEES + "1. Planering\n\n"
                "Karin, Mats och Annika träffas innan nästa möte för att planera.\nKarin och Mats träffas ofta.\n")
    assert [a.owners for a in r.actions] == [["Karin Martinsson", "Mats Oljelund", "Annika Vannerberg"]]


def test_a_deadline_as_a_span_from_the_meeting():
    r = minutes("Datum: 2023-10-03\n" + ATTENDEES + "1. Kallelse\n\nMats skickar ut kallelsen inom två veckor.\n"
                "Karin sammanställer svaren inom en månad.\nAnnika återkommer inom några dagar.\n"
                "Mats ser över rutinerna inom ramen för projektet.\n")
    assert [(a.due, a.due_text) for a in r.actions] == [
        ("2023-10-17", "inom två veckor"), ("2023-11-03", "inom en månad"), (None, "inom några dagar"), (None, None)]


def test_a_deadline_by_a_day_of_the_week_or_a_time_of_year():
    r = minutes("Datum: 2024-09-16\n" + ATTENDEES + "1. Ärendeläget\n\n"
                "Mats skriver en FAQ om lösenord senast fredag.\n"
                "Karin ringer leverantören till måndag.\n"
                "Halmstad ser över rutinen innan sommaren.\n"
                "Annika gör en inköpslista före jul.\n"
                "Gabriella berättade om julen och om fredagens konferens.\n"
                "Halmstad sammanställer utfallet till hösten.\n"
                "Gabriella berättade om planerna inför våren.\n")
    assert [(a.owners, a.due, a.due_text) for a in r.actions] == [
        (["Mats Oljelund"], "2024-09-20", "senast fredag"), (["Karin Martinsson"], "2024-09-23", "till måndag"),
        (["Halmstad"], None, "innan sommaren"), (["Halmstad"], None, "till hösten")]


def test_a_deadline_of_as_soon_as_possible_or_during_a_time_of_year_is_written_with_no_date():
    r = minutes("Datum: 2024-09-16\n" + ATTENDEES + "1. Ärendeläget\n\n"
                "Mats tar fram en plan för reservlösningen snarast.\n"
                "Karin ringer leverantören så snart som möjligt.\n"
                "Halmstad ser över rutinen under våren.\n"
                "Annika kontaktar hyresvärden omgående.\n"
                "Gabriella berättade att arbetet gått snabbare än väntat.\n")
    assert [(a.owners, a.due, a.due_text) for a in r.actions] == [
        (["Mats Oljelund"], None, "snarast"), (["Karin Martinsson"], None, "så snart som möjligt"),
        (["Halmstad"], None, "under våren"), (["Annika Vannerberg"], None, "omgående")]


def test_deadline_next_meeting_takes_its_date():
    r = minutes("Datum: 2023-03-14\n" + ATTENDEES + "1. Fest\n\nKarin tar fram en affisch till nästa möte.\n"
                "Hemläxa inför nästa träff: alla läser rapporten.\n\n"
                "2. Nästa möte\n\n18 april kl 18-20\n")
    assert [(a.due, a.due_text) for a in r.actions] == [
        ("2023-04-18", "till nästa möte"), ("2023-04-18", "inför nästa träff")]
    # a compound whose last part is a meeting is the next meeting too; a `genomgång` is not
    r = minutes("Datum: 2023-03-14\n" + ATTENDEES + "1. Budget\n\nNadia tar fram ett förslag till nästa styrgrupp.\n"
                "Karin bokar lokal inför nästa arbetsplatsträff.\nMats ser över listan till nästa genomgång.\n\n"
                "2. Nästa möte\n\n18 april kl 9-10\n")
    assert [(a.due, a.due_text) for a in r.actions] == [
        ("2023-04-18", "till nästa styrgrupp"), ("2023-04-18", "inför nästa arbetsplatsträff"), (None, None)]


def test_a_named_body_decides_as_the_board_does():
    r = minutes("""
        § 1 Val av justerare
        Kultur- och fritidsnämnden beslutar
        att utse Lars Öberg att justera protokollet.
        § 2 Budget
        Kommunstyrelsens arbetsutskott beslutade att godkänna budgeten.
        § 3 Övrigt
        Vi diskuterade om nämnden beslutar
        att något ska göras.
    """)
    assert [(d.text, d.item) for d in r.decisions] == [
        ("att utse Lars Öberg att justera protokollet.", "1"), ("att godkänna budgeten.", "2")]


def test_a_protocols_decision_heading_runs_to_the_next_protocol_heading():
    r = minutes("""
        § 31
        Val av justerare
        Beslut
        Miljö- och byggnadsnämnden beslutar
        att utse Hasse Lindkvist att jämte ordföranden justera dagens protokoll.

        § 32
        Detaljplan för Norra Hamnen
        Förvaltningens förslag till beslut
        Planförslaget godkänns för samråd.
        Beslut
        Miljö- och byggnadsnämnden beslutar att godkänna planförslaget för samråd.
        Reservation
        Tord Eriksson (SD) reserverar sig mot beslutet.
        Expedieras till
        Samhällsbyggnadsförvaltningen

        § 33
        Delegationsbeslut
        Beslut
        Redovisningen läggs till handlingarna.
        Protokollsanteckning
        Amra Begić (M) lämnar en protokollsanteckning.
    """)
    assert [(d.text, d.item) for d in r.decisions] == [
        ("att utse Hasse Lindkvist att jämte ordföranden justera dagens protokoll.", "31"),
        ("att godkänna planförslaget för samråd.", "32"),
        ("Redovisningen läggs till handlingarna.", "33")]


def test_a_question_and_a_proposal_say_whom_they_come_from():
    r = minutes(ATTENDEES + """
        2. Matdistributionen
        Fråga från Mats: Hur följs kvaliteten upp?
        Svar: Genom brukarenkäter två gånger per år.
        Förslag från PRO: att referensgruppen får ta del av enkätresultaten.
    """)
    assert [(q.question, q.answer) for q in r.questions] == [
        ("Hur följs kvaliteten upp?", "Genom brukarenkäter två gånger per år.")]
    assert [p.text for p in r.proposals] == ["att referensgruppen får ta del av enkätresultaten."]
    assert r.actions == []


def test_decision_label_and_att_clauses_each_a_decision():
    r = minutes("""
        § 1 Ekonomi
        Styrelsen beslutar
        att lägga rapporten till handlingarna,
        att avsätta 5 000 kr till festen.
        § 2 Riktlinjer
        Beslut: Efter justeringarna presenteras riktlinjerna för CGH.
        Mötet beslutade att anta förslaget, samt att ge Anna i uppdrag att boka.
    """)
    assert [(d.text, d.item) for d in r.decisions] == [
        ("att lägga rapporten till handlingarna", "1"), ("att avsätta 5 000 kr till festen.", "1"),
        ("Efter justeringarna presenteras riktlinjerna för CGH.", "2"),
        ("att anta förslaget", "2"), ("att ge Anna i uppdrag att boka.", "2")]
    # the decision that gives Anna a task is her action too; the others give nobody one
    assert [(a.text, a.owners, a.label) for a in r.actions] == [
        ("Mötet beslutade att anta förslaget, samt att ge Anna i uppdrag att boka.", ["Anna"], "uppdrag")]


def test_proposals_and_questions_are_told_apart_from_actions():
    r = minutes("""
        1. Övrigt

        Förslag: Ta med fler scenarier.
        Fråga: Hur många barn har tackat nej?
        Svar: Vi behöver stämma av detta.
    """)
    assert [p.text for p in r.proposals] == ["Ta med fler scenarier."]
    assert [(q.question, q.answer) for q in r.questions] == [
        ("Hur många barn har tackat nej?", "Vi behöver stämma av detta.")]
    assert r.actions == []


def test_a_member_who_moves_in_a_protocols_words_makes_a_proposal():
    r = minutes("""
        § 12 Strandskyddsdispens för brygga, Viken 2:7

        Yrkanden
        Sofia Rask (SD) yrkar avslag.
        Anders Nyberg (C) och Kerstin Mattsson (S) yrkar bifall till förvaltningens förslag. Ordföranden ställer proposition.
        Ärendet gäller en brygga som yrkesfiskare ska använda.

        Beslut
        Nämnden beviljar dispens enligt ansökan.
    """)
    assert [(p.text, p.line) for p in r.proposals] == [
        ("Sofia Rask (SD) yrkar avslag.", 4),
        ("Anders Nyberg (C) och Kerstin Mattsson (S) yrkar bifall till förvaltningens förslag.", 5)]
    assert [d.text for d in r.decisions] == ["Nämnden beviljar dispens enligt ansökan."]


def test_kalendarium_table_with_year_from_the_meeting():
    r = minutes("Datum: 2022-09-22\n\n1. Kalendarium ht 2022\n\n"
                "Datum\tTid\tPlats\tRubrik\n3 okt\tKl. 18-20\tFöreningarnas Hus\tTemakväll\n"
                "12 jan\tKl. 15-17\tStadshuset\tRådet\n")
    assert [(e.date, e.start_time, e.end_time, e.location, e.title) for e in r.calendar] == [
        ("2022-10-03", "18:00", "20:00", "Föreningarnas Hus", "Temakväll"),
        ("2023-01-12", "15:00", "17:00", "Stadshuset", "Rådet")]


def test_next_meeting_and_planned_meetings_with_a_month_only():
    r = minutes("""
        Datum: 2017-08-16

        7. Nästa möte

        6 september 12:00 – 16:00 Laholm

        Planerade möten året ut:

        20 oktober 9:00 -12:00 Halmstad (Länsstyrelsen)

        Januari 2018 Varberg
    """)
    assert [(e.date, e.start_time, e.location) for e in r.calendar] == [
        ("2017-09-06", "12:00", "Laholm"), ("2017-10-20", "09:00", "Halmstad (Länsstyrelsen)"),
        ("2018-01", None, "Varberg")]
    assert r.next_meeting.date == "2017-09-06"


def test_next_meeting_named_in_prose():
    r = minutes("""
        Politikerplattformen 2022-02-23

        Frågan lyfts vid nästa politikerplattform den 28 april.
    """)
    assert r.next_meeting.date == "2022-04-28"
    r = minutes("Styrelsemöte 2024-03-05\n\n§ 4 Övrigt\nNästa möte hålls tisdagen den 9 april kl 18.30 hos Eva.\n")
    assert (r.next_meeting.date, r.next_meeting.start_time) == ("2024-04-09", "18:30")
    r = minutes("Styrgrupp 2024-04-18\n\n4. Nästa möte\nTorsdag 23 maj kl. 10–12 via Teams. Petra skickar ut kallelse.\n")
    assert (r.next_meeting.date, r.next_meeting.location) == ("2024-05-23", "Teams")
    r = minutes("Nätverksträff 2024-03-12\n\n2. Övrigt\nVi ses nästa gång den 14 maj.\n")
    assert r.next_meeting.date == "2024-05-14"


def test_signatures_side_by_side_with_roles_below():
    r = minutes("1. Avslutning\n\nMötet avslutas.\n\nVid protokollet\n\nSofia Nyberg\n\nJusteras\n\n"
                "Birgitta Holm\tEva Lind\nOrdförande\tJusterare\n")
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Sofia Nyberg", "sekreterare"), ("Birgitta Holm", "ordförande"), ("Eva Lind", "justerare")]


def test_more_ways_to_name_the_note_taker_and_the_secretary():
    for label, role in (("Vid anteckningarna", "antecknare"), ("Vid datorn", "antecknare"),
                        ("Minnesanteckningar fördes av", "antecknare"), ("Protokollet fördes av", "sekreterare"),
                        ("Mötessekreterare", "sekreterare")):
        r = minutes(f"1. Kommande möten\n\n10 mars kl. 13.15–15.00, Kommunhuset\n\n{label}\nKarl-Johan Svensson\n")
        assert [(p.name, p.role) for p in r.signatories] == [("Karl-Johan Svensson", role)], label
        assert "Karl-Johan" not in r.items[-1].text, label


def test_signatures_side_by_side_set_apart_with_spaces():
    r = minutes("1. Avslutning\n\nMötet avslutas.\n\nJusteras\n\n"
                "Birgitta Holm         Eva Lind\nOrdförande            Justerare\n")
    assert [(p.name, p.role) for p in r.signatories] == [("Birgitta Holm", "ordförande"), ("Eva Lind", "justerare")]


def test_justering_as_a_closing_label_and_as_a_paragraphs_heading():
    r = minutes("§ 4 Avslutning\n\nMötet avslutas.\n\nVid protokollet: Karin Ek\nJustering: Omar Haddad\n")
    assert [(p.name, p.role, p.organization) for p in r.signatories] == [
        ("Karin Ek", "sekreterare", None), ("Omar Haddad", "justerare", None)]
    # in a formal protocol's paragraph `Justering` is a heading: no signature block opens there
    r = minutes("§ 12 Detaljplan för Norra hamnen\n\nBeslut\nNämnden antar detaljplanen.\n\nJustering\n"
                "Paragrafen justeras omedelbart.\n\n§ 13 Avslutning\n\nMötet avslutas.\n\n"
                "Vid protokollet\nKarin Ek\n")
    assert [i.number for i in r.items] == ["12", "13"]
    assert "Paragrafen justeras omedelbart." in r.items[0].text
    assert [(p.name, p.role) for p in r.signatories] == [("Karin Ek", "sekreterare")]


def test_signatures_side_by_side_with_roles_above():
    r = minutes("§ 9 Avslutning\n\nMötet avslutas.\n\nVid protokollet\nRobert Alm\n\n"
                "Ordförande                         Justerande\n"
                "Gunnel Strid                       Hasse Lindkvist\n")
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Robert Alm", "sekreterare"), ("Gunnel Strid", "ordförande"), ("Hasse Lindkvist", "justerare")]


def test_signatures_side_by_side_with_roles_below_in_lower_case():
    r = minutes("§ 16 Avslutning\n\nOrdföranden förklarade sammanträdet avslutat.\n\nJusteras\n\n"
                "Gunilla Strand                  Bertil Holm\n"
                "ordförande                      justerare\n")
    assert [(p.name, p.role) for p in r.signatories] == [("Gunilla Strand", "ordförande"), ("Bertil Holm", "justerare")]
    assert r.appendices == []


def test_a_second_name_under_the_column_of_justeras_beside_vid_protokollet():
    r = minutes("§ 9 Avslutning\n\nOrdföranden avslutade stämman.\n\n"
                "Vid protokollet:                 Justeras:\n"
                "Ingrid Mattsson                  Nils Åberg\n"
                "                                 Berit Sand\n")
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Ingrid Mattsson", "sekreterare"), ("Nils Åberg", "justerare"), ("Berit Sand", "justerare")]


def test_signers_set_apart_with_tabs_take_the_role_of_the_label_they_stand_under():
    # two labels, three names: each name by the tab stop it stands at
    r = minutes("§ 12 Mötets avslutande\n\nOrdföranden avslutade årsmötet.\n\n"
                "Vid protokollet\t\tJusteras\n"
                "Elin Dahl\t\tStig Ek\t\tMaria Lund\n")
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Elin Dahl", "sekreterare"), ("Stig Ek", "justerare"), ("Maria Lund", "justerare")]


def test_signatures_without_a_label_at_the_end_each_name_with_its_role():
    r = minutes("§ 5 Mötets avslutande\nOrdföranden tackade och avslutade mötet.\n\n"
                "Fatima Haddad, sekreterare          Ola Rask, ordförande\n")
    assert [(p.name, p.role) for p in r.signatories] == [("Fatima Haddad", "sekreterare"), ("Ola Rask", "ordförande")]
    assert r.items[-1].text == "Ordföranden tackade och avslutade mötet."
    # a name and a role in a sentence about them stay in the item
    r = minutes("§ 5 Mötets avslutande\nOrdföranden tackade och avslutade mötet.\n\nAnna Berg, kassör, redovisar kassan.\n")
    assert r.signatories == [] and "Anna Berg, kassör, redovisar kassan." in r.items[-1].text


def test_note_taker_with_organisation_and_email():
    r = minutes("1. Avslutning\n\nTack.\n\nAntecknat av Lena Fahlén, Lerums kommun\nlena@lerum.example\n")
    (p,) = r.signatories
    assert (p.name, p.organization, p.email) == ("Lena Fahlén", "Lerums kommun", "lena@lerum.example")
    assert r.appendices == []


def test_action_table_what_who_when():
    r = minutes(ATTENDEES + "1. Att göra\n\n| Vad | Vem | När |\n|---|---|---|\n"
                "| Skicka ut kallelsen | Karin | 15 maj |\n| Boka lokal | Mats, Annika | nästa möte |\n")
    assert [(a.text, a.owners, a.due_text) for a in r.actions] == [
        ("Skicka ut kallelsen", ["Karin Martinsson"], "15 maj"),
        ("Boka lokal", ["Mats Oljelund", "Annika Vannerberg"], "nästa möte")]


def test_action_table_of_a_word_export_with_a_due_column_of_its_own_name():
    r = minutes("Datum: 2025-02-12\n" + ATTENDEES + "1. SIP\n\nÅtgärd\tAnsvarig\tKlart senast\n"
                "Uppdatera rutinen för SIP\tKarin\t2025-03-15\nInformera skolsköterskorna\tMats\tv. 10\n")
    assert [(a.text, a.owners, a.due) for a in r.actions] == [
        ("Uppdatera rutinen för SIP", ["Karin Martinsson"], "2025-03-15"),
        ("Informera skolsköterskorna", ["Mats Oljelund"], "2025-03-07")]


def test_people_table_with_header_row_and_two_party_names_on_a_line():
    r = minutes("""
        Närvarande:
        Namn\tOrganisation
        Anna Berg\tAle kommun
        Per Lind\tLerums kommun

        Ersättare: Eva Ek (S), Ola Lund (M)

        1. Inledning
    """)
    assert [(p.name, p.organization, p.party) for p in r.attendees] == [
        ("Anna Berg", "Ale kommun", None), ("Per Lind", "Lerums kommun", None),
        ("Eva Ek", None, "S"), ("Ola Lund", None, "M")]


def test_a_word_export_sets_labels_and_columns_apart_with_tabs():
    r = minutes("""
        MINNESANTECKNINGAR
        Lokal samverkansgrupp psykisk hälsa

        Datum:	2025-02-12
        Tid:	13.00–15.30
        Plats:	Vårdcentralen Eken, konferensrummet

        Närvarande
        Namn	Funktion	Verksamhet
        Siri Holm	enhetschef	Socialtjänsten
        Britt Ek	sjuksköterska	Vårdcentralen Eken

        1. Föregående anteckningar
    """)
    m = r.meeting
    assert (m.date, m.start_time, m.end_time, m.location) == (
        "2025-02-12", "13:00", "15:30", "Vårdcentralen Eken, konferensrummet")
    assert [(p.name, p.role, p.organization) for p in r.attendees] == [
        ("Siri Holm", "enhetschef", "Socialtjänsten"), ("Britt Ek", "sjuksköterska", "Vårdcentralen Eken")]


def test_date_and_time_under_one_label():
    r = minutes("Protokoll\nDatum och tid: 2023-03-01 kl 9-12\n")
    assert (r.meeting.date, r.meeting.start_time, r.meeting.end_time) == ("2023-03-01", "09:00", "12:00")


def test_owner_named_by_role_and_commissioned_by_decision():
    r = minutes("""
        Beslutande: Lena Ahlström (S), ordförande, Göran Persson (M), Fredrik Nilsson (C)
        Övriga närvarande: Maria Eriksson, kommundirektör

        § 1 Budget
        Arbetsutskottet beslutar
        att uppdra åt kommundirektören att återkomma med en investeringsplan senast den 30 september.
        Ordföranden kallar till ett extra möte.
        Synpunkter ska lämnas senast 1 april.
    """)
    assert [(p.name, p.party, p.role) for p in r.attendees][:3] == [
        ("Lena Ahlström", "S", "ordförande"), ("Göran Persson", "M", None), ("Fredrik Nilsson", "C", None)]
    assert [(a.owners, a.owner_mentions) for a in r.actions] == [
        (["Maria Eriksson"], ["kommundirektören"]), (["Lena Ahlström"], ["Ordföranden"])]
    assert r.decisions[0].text.startswith("att uppdra åt kommundirektören")


def test_bold_numbered_headings_after_an_agenda_list_and_an_email_signoff():
    r = minutes("""
        Minnesanteckningar styrgruppsmöte
        2024-01-18, kl. 10.00-11.30 via Teams

        Närvarande:
        - Anna Holmberg (Borås)
        - Johan Ek (Alingsås)

        Dagordning
        1. Inledning
        2. Nästa steg

        **1. Inledning**
        Anna inleder.

        **2. Nästa steg**
        - Johan och Anna tar fram en kommunikationsplan senast 15/2.

        /Anna
    """)
    assert (r.meeting.date, r.meeting.start_time) == ("2024-01-18", "10:00")
    assert [(i.number, i.title) for i in r.items] == [("1", "Inledning"), ("2", "Nästa steg")]
    assert [(a.owners, a.due) for a in r.actions] == [(["Johan Ek", "Anna Holmberg"], "2024-02-15")]
    assert [p.name for p in r.signatories] == ["Anna Holmberg"]   # `/Anna`: the only Anna present


def test_a_sign_off_by_first_name_stays_a_first_name_when_two_attendees_have_it():
    r = minutes("""
        Minnesanteckningar nätverksträff 2025-10-08
        Deltagare: Tomas Berg (polisen), Tomas Lind (kommunen), Elin Sjö

        1. Inledning
        Tomas B hälsade välkommen.

        /Tomas
    """)
    assert [p.name for p in r.signatories] == ["Tomas"]


def test_a_commission_as_a_noun_with_whom_it_goes_to():
    r = minutes("Datum: 2023-10-03\n" + ATTENDEES + "1. Stadgarna\n\nUppdrag till Mats att se över stadgarna.\n"
                "Styrelsen ger uppdrag åt Karin att boka lokal.\nUppdrag till förvaltningen att utreda frågan.\n")
    assert [(a.owners, a.label) for a in r.actions] == [
        (["Mats Oljelund"], "uppdrag"), (["Karin Martinsson"], "uppdrag"), (["förvaltningen"], "uppdrag")]


def test_bare_beslut_line_before_att_clauses_and_an_owner_in_a_clause():
    r = minutes("""
        Närvarande: Kent Ivarsson, Mira Sundin och Ulla Bengtsson
        § 3. Fasadrenovering
        Beslut
        att anta offerten från Byggab,
        att Kent kontaktar entreprenören för avtal.
    """)
    assert [d.text for d in r.decisions] == ["att anta offerten från Byggab",
                                             "att Kent kontaktar entreprenören för avtal."]
    assert [(a.owners, a.text) for a in r.actions] == [(["Kent Ivarsson"], "att Kent kontaktar entreprenören för avtal.")]


def test_several_dates_on_one_row_and_own_meeting_times_give_the_next_meeting():
    r = minutes("""
        Protokoll styrgruppen
        Datum: 2024-01-22

        1. Mötestider

        Mötestider våren 2024: 12/2, 18/3 och 22/4, alla kl. 13-15.

        Kommande möten:
        - 10 juni (heldag)
    """)
    assert [(e.date, e.start_time, e.end_time, e.location, e.title) for e in r.calendar] == [
        ("2024-02-12", "13:00", "15:00", None, None), ("2024-03-18", "13:00", "15:00", None, None),
        ("2024-04-22", "13:00", "15:00", None, None), ("2024-06-10", None, None, None, "heldag")]
    assert r.next_meeting.date == "2024-02-12"


def test_own_meeting_times_on_a_label_line_in_any_item_give_the_next_meeting():
    r = minutes("""
        Minnesanteckningar nätverksträff
        Datum: 2024-09-05

        3. Övrigt

        Mötestider hösten 2024: 3/10, 7/11 och 5/12, alla kl. 13–16.
    """)
    assert [e.date for e in r.calendar] == ["2024-10-03", "2024-11-07", "2024-12-05"]
    assert r.next_meeting.date == "2024-10-03"
    r = minutes("Minnesanteckningar\nDatum: 2024-09-05\n\n3. Kommande mötesdatum\n\n3/10 och 7/11 kl. 13–16.\n")
    assert r.next_meeting.date == "2024-10-03"
    # the year of the term the label names, though it is not the meeting's
    r = minutes("Minnesanteckningar\nDatum: 2023-03-01\n\n3. Övrigt\n\nMötestider våren 2024: 12/2 och 18/3.\n")
    assert [e.date for e in r.calendar] == ["2024-02-12", "2024-03-18"]


def test_a_calendar_row_of_dates_each_with_its_own_time_after_a_comma():
    r = minutes("""
        Minnesanteckningar styrgruppen
        Datum: 2024-10-08

        4. Kommande möten
        14 nov kl 13-15 i Borås; fredag 5 dec kl 9-11 på Teams och 9 jan kl. 10
        20 januari 9:00-12:00 Halmstad, planering inför 3 februari
    """)
    assert [(e.date, e.start_time, e.end_time, e.location) for e in r.calendar] == [
        ("2024-11-14", "13:00", "15:00", "Borås"), ("2024-12-05", "09:00", "11:00", "Teams"),
        ("2025-01-09", "10:00", None, None),
        # a date in what the row says after its place opens no row
        ("2025-01-20", "09:00", "12:00", "Halmstad, planering inför 3 februari")]


def test_a_calendar_label_of_a_compound_reads_as_that_of_its_noun():
    r = minutes("""
        Veckomöte kommunikationsenheten
        2024-11-18 kl. 09.00–10.00, Teams

        1. Övrigt
        Inget.

        Kommande veckomöten: 25/11, 2/12, 9/12 – alla kl. 9–10 på Teams.
    """)
    assert [(e.date, e.start_time, e.end_time, e.location) for e in r.calendar] == [
        ("2024-11-25", "09:00", "10:00", "Teams"), ("2024-12-02", "09:00", "10:00", "Teams"),
        ("2024-12-09", "09:00", "10:00", "Teams")]
    assert r.next_meeting.date == "2024-11-25"
    r = minutes("Anteckningar APT\nDatum: 2024-11-18\n\n1. Övrigt\nNästa arbetsplatsträff: 16/12 kl. 13.\n")
    assert [(e.date, e.start_time) for e in r.calendar] == [("2024-12-16", "13:00")]


def test_a_meeting_at_a_persons_home_keeps_its_hos():
    r = minutes("""
        Styrelsemöte Byalaget
        Datum: 2024-02-03

        5. Kommande möten
        12 mars kl. 18 hos Ulf Berg, Backvägen 3
        9 april kl. 18 hos Länsstyrelsen
        Nästa möte hålls den 12 mars kl. 18 hos Ulf.
        14 maj kl. 19 hos Petra och Jonas
    """)
    assert [(e.date, e.location) for e in r.calendar] == [
        ("2024-03-12", "hos Ulf Berg, Backvägen 3"), ("2024-04-09", "Länsstyrelsen"),
        ("2024-05-14", "hos Petra och Jonas")]


def test_a_calendar_row_that_names_what_is_on_before_where():
    r = minutes("""
        Protokoll styrelsemöte 2025-01-22

        4. Kalendarium
        12 mars Föreläsning om stenåldern
        15 maj Årsmöte i Bygdegården
        7 juni Sommarfest, Folkets hus
        20 oktober 9:00-12:00 Halmstad (Länsstyrelsen)
    """)
    assert [(e.date, e.title, e.location) for e in r.calendar] == [
        ("2025-03-12", "Föreläsning om stenåldern", None), ("2025-05-15", "Årsmöte", "Bygdegården"),
        ("2025-06-07", "Sommarfest", "Folkets hus"), ("2025-10-20", None, "Halmstad (Länsstyrelsen)")]


def test_a_calendar_rows_place_keeps_its_first_letters():
    r = minutes("""
        Protokoll 2025-05-05

        § 4 Kalendarium
        9 juni kl. 18.30 i klubbstugan
        12 augusti, Idrottshallen
        3 september kl18 i Viared
        8 oktober via Teams
        5 november kl. 9, Hosjö bygdegård
    """)
    assert [(e.date, e.start_time, e.location) for e in r.calendar] == [
        ("2025-06-09", "18:30", "klubbstugan"), ("2025-08-12", None, "Idrottshallen"),
        ("2025-09-03", "18:00", "Viared"), ("2025-10-08", None, "Teams"),
        ("2025-11-05", "09:00", "Hosjö bygdegård")]


def test_calendar_rows_with_a_colon_before_what_is_on_and_months_whose_day_is_not_set():
    r = minutes("""
        Protokoll styrelsemöte 2024-09-10

        § 2 Kalendarium
        Oktober: Höstfest (datum ej bestämt)
        15 november kl. 18: Styrelsemöte
        December: Julbord
    """)
    assert [(e.date, e.start_time, e.location, e.title) for e in r.calendar] == [
        ("2024-10", None, None, "Höstfest (datum ej bestämt)"), ("2024-11-15", "18:00", None, "Styrelsemöte"),
        ("2024-12", None, None, "Julbord")]
    assert r.next_meeting.date == "2024-11-15"


def test_letterhead_above_the_kind():
    r = minutes("Länsstyrelsen Västra Götaland\nMinnesanteckningar\nNätverksträff för samordnare\n2023-05-04\n\n1. Inledning\n")
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == (
        "Minnesanteckningar", "Nätverksträff för samordnare", "2023-05-04")
    r = minutes("Kommunstyrelsen\nProtokoll\n2023-05-04\n\n§ 1 Öppnande\n")
    assert (r.meeting.kind, r.meeting.title) == ("Protokoll", "Kommunstyrelsen")
    # the kind's line gives the date: a heading after a blank line is no forum
    r = minutes("APT Hemtjänst Väst\nAnteckningar 2024-05-14\n\nDagens punkter\n\n1) Schema sommar\n")
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == ("Anteckningar", "APT Hemtjänst Väst", "2024-05-14")
    r = minutes("Länsstyrelsen Dalarna\nMinnesanteckningar 2024-05-14\nNätverket för folkhälsa\n\n1. Inledning\n")
    assert r.meeting.title == "Nätverket för folkhälsa"


def test_deadline_on_its_own_line_and_a_decision_without_att():
    r = minutes("""
        Datum: 2024-04-02
        Deltagare: Karin Ek, Per Lind och Eva Berg

        1. Hemsidan

        Uppdatera kontaktuppgifterna.
        Ansvarig: Karin
        Klart: 15 maj

        Mötet beslutade enligt förslaget.
    """)
    assert [(a.text, a.owners, a.due) for a in r.actions] == [
        ("Uppdatera kontaktuppgifterna.", ["Karin Ek"], "2024-05-15")]
    assert [d.text for d in r.decisions] == ["Mötet beslutade enligt förslaget."]


def test_a_first_name_no_list_gives_is_the_full_name_the_text_gives_once():
    r = minutes("""
        Protokoll årsmöte Kvarnby IK 2025-03-16

        Närvarande: 14 medlemmar enligt bilaga.

        § 5 Val av revisorer
        Maj-Lis Wern och Olle Ek valdes till revisorer för ett år.

        § 8 Övriga frågor
        Maj-Lis sammanställer medlemsregistret till nästa styrelsemöte.
        Olle ska boka lokalen. Kim ska ringa Anna Berg och Anna Lind.
        Anna skickar ut kallelsen.
    """)
    assert [(a.owner_mentions, a.owners) for a in r.actions] == [
        (["Maj-Lis"], ["Maj-Lis Wern"]), (["Olle"], ["Olle Ek"]), (["Kim"], ["Kim"]),
        (["Anna"], ["Anna"])]     # two Annas in the text: which one is not said


def test_a_run_of_names_roles_and_an_adverb_before_the_verb_commits_them_all():
    record = minutes("""
        Protokoll styrelsemöte 2025-05-06

        Närvarande:
        Anna Berg, ordförande
        Per Lind, sekreterare
        Karin Ek

        1. Lokaler

        Karin Ek, Per och ordföranden ska ta fram ett förslag till nästa möte.
        Anna också skickar ut kallelsen senast 20 maj.
        Arbetet med budgeten ska vara klart i juni.
        Lokalfrågan – Karin ska kontakta fastighetsägaren.
        """)
    assert [(a.line, a.owners) for a in record.actions] == [
        (10, ["Karin Ek", "Per Lind", "Anna Berg"]), (11, ["Anna Berg"]), (13, ["Karin Ek"])]
    assert record.actions[2].text == "Karin ska kontakta fastighetsägaren."
    assert record.actions[1].due == "2025-05-20"


def test_an_impersonal_or_passive_decision_is_a_decision_and_a_coming_one_is_not():
    r = minutes("""
        § 3 Lokal
        Det beslutades att hyra Folkets hus för årsmötet.
        Beslöts att höja medlemsavgiften till 200 kr.
        Det har beslutats att ge Eva i uppdrag att boka lokalen.
        § 4 Övrigt
        Det beslutas när offerterna har kommit in.
        Det beslutar vi om på nästa möte.
    """)
    assert [(d.text, d.item) for d in r.decisions] == [
        ("att hyra Folkets hus för årsmötet.", "3"), ("att höja medlemsavgiften till 200 kr.", "3"),
        ("att ge Eva i uppdrag att boka lokalen.", "3")]
    assert [(a.owners, a.label) for a in r.actions] == [(["Eva"], "uppdrag")]


def test_a_formal_protocols_approvals_grants_and_rejections_are_decisions():
    r = minutes("""
        § 4 Styrelsens och revisorernas berättelser
        Berättelserna lades till handlingarna.
        § 5 Ansvarsfrihet
        Stämman beviljade styrelsen ansvarsfrihet för verksamhetsåret 2022.
        § 6 Utgiftsstat
        Styrelsens förslag till utgiftsstat om 85 000 kr godkändes. Kassören redogjorde för läget.
        Årsmötet fastställde medlemsavgiften till 150 kr.
        § 7 Motioner
        Motion 1 om ny brygga avslogs.
        Ansökan om bidrag avslogs av Länsstyrelsen i våras.
        Vi antog att arbetet skulle bli dyrare.
        Länsstyrelsen avslog föreningens ansökan.
        Sofia berättade om kommunens handlingsplan som antogs i december.
    """)
    assert [(d.text, d.item) for d in r.decisions] == [
        ("Berättelserna lades till handlingarna.", "4"),
        ("Stämman beviljade styrelsen ansvarsfrihet för verksamhetsåret 2022.", "5"),
        ("Styrelsens förslag till utgiftsstat om 85 000 kr godkändes.", "6"),
        ("Årsmötet fastställde medlemsavgiften till 150 kr.", "6"),
        ("Motion 1 om ny brygga avslogs.", "7")]


def test_a_nämnds_decisions_in_the_present_passive_and_what_it_lays_to_its_files():
    r = minutes("""
        § 14 Delegationsbeslut
        Delegationsbesluten för februari anmäls och läggs till handlingarna.
        § 15 Uppföljning
        Redovisningen godkänns.
        Röstlängden fastställdes till 23 röstberättigade medlemmar.
        Frågan ställs till kommunen.
        Det läggs till handlingarna.
    """)
    assert [(d.text, d.item) for d in r.decisions] == [
        ("Delegationsbesluten för februari anmäls och läggs till handlingarna.", "14"),
        ("Redovisningen godkänns.", "15"), ("Röstlängden fastställdes till 23 röstberättigade medlemmar.", "15")]


def test_a_decision_that_someone_the_document_names_does_something_is_their_task():
    r = minutes("Datum: 2024-02-07\n" + ATTENDEES + "1. Lokal\n\nDet beslutades att Karin tar fram ett förslag.\n"
                "Vi kom överens om att Mats skickar ut kallelsen.\nStyrelsen beslutade att Kommunen ska stå för kostnaden.\n")
    assert [(a.owners, a.label) for a in r.actions] == [(["Karin Martinsson"], "beslut"), (["Mats Oljelund"], "beslut")]
    assert len(r.decisions) == 3


def test_a_groups_consensus_is_a_decision():
    r = minutes("""
        1. Mötesformer
        Gruppen enades om att ses en gång i månaden.
        Vi kom överens om att byta mötesdag till tisdagar.
        Vi är inte överens om hur frågan ska lösas.
        Överenskoms att Karin bokar lokal.
        Ordföranden redovisade svaren. Det överenskoms att vänta med enkäten.
    """)
    assert [d.text for d in r.decisions] == ["att ses en gång i månaden.", "att byta mötesdag till tisdagar.",
                                             "att Karin bokar lokal.", "att vänta med enkäten."]


def test_a_decision_in_a_later_sentence_of_the_line_in_any_of_its_forms():
    r = minutes("""
        1. Välkommen
        Peter hälsade välkommen. Dagordningen godkändes.
        Ordföranden öppnade mötet. Mötet godkände dagordningen. Karin valdes till sekreterare.
        2. Bilarna
        Omar tar upp att bilarna behöver städas. Vi kom överens om att den som kör sist städar bilen.
        Lisa har ringt verkstaden. Vi bestämde att vänta med däckbytet till oktober.
        Vi diskuterade länge. Vi ses i maj. Det kändes bra.
        Rapporten om däcken kom i går. Den lästes av alla.
    """)
    assert [(d.text, d.line) for d in r.decisions] == [
        ("Dagordningen godkändes.", 2), ("Mötet godkände dagordningen.", 3),
        ("att den som kör sist städar bilen.", 5), ("att vänta med däckbytet till oktober.", 6)]


def test_the_chairs_finding_after_a_vote_and_a_matter_put_off_or_sent_back_are_decisions():
    r = minutes("""
        § 23 Motion om belysning
        Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen beslutar enligt arbetsutskottets förslag.
        § 24 Ny taxa
        Ärendet bordläggs till nästa sammanträde.
        § 25 Detaljplan
        Ärendet återremitterades till förvaltningen.
        Ärendet återremitterades av Länsstyrelsen i fjol.
        Hon fann att beslutet var fel.
    """)
    assert [(d.text, d.item) for d in r.decisions] == [
        ("Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen beslutar enligt "
         "arbetsutskottets förslag.", "23"),
        ("Ärendet bordläggs till nästa sammanträde.", "24"), ("Ärendet återremitterades till förvaltningen.", "25")]


def test_a_passive_verb_alone_decides_on_what_the_items_title_names_but_not_another_bodys():
    r = minutes("""
        Punkt 1. Föregående minnesanteckningar
        Godkändes utan ändringar.
        Punkt 2. Ny policy
        Antogs av kommunfullmäktige i juni.
        Punkt 3. Delårsrapporten
        Lades till handlingarna.
    """)
    assert [(d.text, d.item) for d in r.decisions] == [
        ("Godkändes utan ändringar.", "1"), ("Lades till handlingarna.", "3")]


def test_a_body_named_by_its_letters_decides_but_not_a_party_or_an_office():
    r = minutes("""
        Ärende 4 Trygghetsboende
        Inger lyfte behovet av fler trygghetsboenden. KPR beslutade att skriva till kommunstyrelsen.
        AU beslutar att föreslå nämnden att anta planen.
        SD beslutade att lämna ett särskilt yttrande.
        VD beslutade i våras att anställa en ekonom.
    """)
    assert [d.text for d in r.decisions] == ["att skriva till kommunstyrelsen.",
                                             "att föreslå nämnden att anta planen."]


def test_a_matter_put_off_or_sent_back_is_decided_on_whatever_names_it():
    r = minutes("""
        § 7 Lekplatsen
        Frågan bordläggs till nästa möte då Kalle ska ta fram underlag.
        § 8 Stadgarna
        Punkten bordlades.
        Förslaget återremitterades av kommunen i fjol.
    """)
    assert [(d.text, d.item) for d in r.decisions] == [
        ("Frågan bordläggs till nästa möte då Kalle ska ta fram underlag.", "7"), ("Punkten bordlades.", "8")]


def test_every_passive_of_a_decision_passes_the_quick_test_of_a_line():
    from minutes_cli.facts.decisions import _ELECTION_TAILS, _PASSIVE_TAILS
    from minutes_cli.vocabulary import DECISION_PASSIVES
    assert [word for word in DECISION_PASSIVES
            if not any(tail in word for tail in _PASSIVE_TAILS + _ELECTION_TAILS)] == []


def test_a_list_under_a_decision_sentence_gives_one_decision_a_point():
    r = minutes("""
        § 6 Sommarfesten
        Styrelsen beslutade att
        - anslå 5 000 kr till festen
        - bjuda in musikskolan
        Ingrid ansvarar för lotterierna.
        - Lotterna köps in i maj.
        § 7 Lokal
        Mötet beslutade att
        lokalen hyrs även nästa år.
    """)
    assert [(d.text, d.line) for d in r.decisions] == [
        ("anslå 5 000 kr till festen", 3), ("bjuda in musikskolan", 4),
        ("Mötet beslutade att lokalen hyrs även nästa år.", 8)]


def test_a_decision_wrapped_onto_the_next_line_or_after_another_sentence_is_read_whole():
    r = minutes("""
        § 1 Lokalfrågan
        Hyran för bygdegården diskuterades. Mötet beslutade att
        lokalen hyrs även nästa år.
        § 2 Skrivelse
        Beslut: Styrelsen godkänner ordförandens förslag till svar på skrivelsen från
        kommunen och skickar det senast 30 september.
        Ansvarig: Lena Åkesson
        § 3 Midsommar
        Det beslutades att midsommarfirandet flyttas till
        hembygdsgården i år.
        Per Nyström bokar musiken.
        § 4 Ekonomi
        Beslut:
        Styrelsen godkänner bokslutet och lämnar det till
        revisorerna.

        Ingen fråga om detta. Informationen noterades.
        § 5 Övrigt
        Mötet beslutade att
        Ingen övrig fråga.
    """)
    assert [(d.text, d.line, d.item) for d in r.decisions] == [
        ("Mötet beslutade att lokalen hyrs även nästa år.", 2, "1"),
        ("Styrelsen godkänner ordförandens förslag till svar på skrivelsen från kommunen och "
         "skickar det senast 30 september.", 5, "2"),
        ("att midsommarfirandet flyttas till hembygdsgården i år.", 9, "3"),
        ("Styrelsen godkänner bokslutet och lämnar det till revisorerna.", 14, "4"),
        ("Mötet beslutade att", 19, "5")]


def test_the_decision_proposed_under_a_proposals_heading_is_no_decision():
    r = minutes("""
        § 113 Ekonomisk uppföljning
        Arbetsutskottets förslag till nämnden
        Socialnämnden beslutar att lägga informationen till handlingarna.

        Socialnämndens beslut
        Socialnämnden beslutar enligt arbetsutskottets förslag.

        § 114 Ansökan om föreningsbidrag
        Förslag till beslut
        Socialnämnden beslutar att bevilja Brottsofferjouren 40 000 kr.
        Beslut
        Socialnämnden beslutar att bevilja Brottsofferjouren 30 000 kr.
    """)
    assert [(d.text, d.item) for d in r.decisions] == [
        ("Socialnämnden beslutar enligt arbetsutskottets förslag.", "113"),
        ("att bevilja Brottsofferjouren 30 000 kr.", "114")]


def test_the_list_under_a_decision_log_heading_is_decisions():
    r = minutes("""
        Ledningsgruppsmöte Kultur och fritid
        Datum: 2024-12-03

        3. Beslutslogg
        - Öppettiderna för biblioteket i jul fastställs enligt förslaget.
        - Simhallen stängs vecka 10-20.

        4. Övrigt
        Inga övriga frågor.
    """)
    assert [(d.text, d.item) for d in r.decisions] == [
        ("Öppettiderna för biblioteket i jul fastställs enligt förslaget.", "3"),
        ("Simhallen stängs vecka 10-20.", "3")]


def test_a_decision_label_after_another_sentence_on_the_line():
    r = minutes("""
        §3. Fönsterbyte
        Två offerter har kommit in. Beslut: Styrelsen anlitar Fönsterfirman AB.
        Lars kontaktar firman.
        §4. Tvättstugan
        Bokningstavlan gicks igenom. Beslut:
        att byta till digital bokning,
        att informera medlemmarna i nästa nyhetsbrev.
        §5. Förslag till beslut
        Förslag till beslut: Styrelsen beslutar att godkänna budgeten.
    """)
    assert [(d.text, d.line, d.item) for d in r.decisions] == [
        ("Styrelsen anlitar Fönsterfirman AB.", 2, "3"),
        ("att byta till digital bokning", 6, "4"),
        ("att informera medlemmarna i nästa nyhetsbrev.", 7, "4")]


def test_a_later_sentence_on_a_decisions_a_proposals_or_an_answers_line_may_commit_but_not_on_a_questions():
    r = minutes("""
        Närvarande: Tommy Lindqvist, Sanna Öhman, Malin Vikström, Lasse Burman

        § 5. Vårstädning
        Beslut: Vårstädning av planen lördag 27 april kl. 10. Malin kallar medlemmarna via hemsidan.
        Fråga: Behövs nya räfsor? Kan Lasse ta reda på det?
        Svar: Det är oklart. Lasse ser över förrådet senast 20 april.
        Förslag: Klubben köper en ny gräsklippare. Sanna tar in offerter.
        Förslag: Sanna tar in offerter på en robotklippare.
        Beslut: Tommy skickar ansökan om bidrag.
    """)
    assert [(a.text, a.owners) for a in r.actions] == [
        ("Malin kallar medlemmarna via hemsidan.", ["Malin Vikström"]),
        ("Lasse ser över förrådet senast 20 april.", ["Lasse Burman"]),
        ("Sanna tar in offerter.", ["Sanna Öhman"]),
        # a decision that someone the document names does something is their task, too;
        # a proposal's first sentence is not (nobody has decided it yet)
        ("Beslut: Tommy skickar ansökan om bidrag.", ["Tommy Lindqvist"])]
    assert [d.text for d in r.decisions] == [
        "Vårstädning av planen lördag 27 april kl. 10. Malin kallar medlemmarna via hemsidan.",
        "Tommy skickar ansökan om bidrag."]


def test_an_answer_may_commit_from_its_first_sentence():
    r = minutes("""
        Närvarande: Anna Qvist, Leo Sjö, Agneta Fors

        1. Frågor från rådet
        Fråga: Varför har ledsagningen minskat?
        Svar: Förvaltningen återkommer med statistik till nästa dialogmöte.
        Fråga: Finns det en plan för lekplatserna?
        Svar: Anna skickar tidplanen till rådet.
        Svar: Det vet vi inte än.
    """)
    assert [(a.owners, a.due_text) for a in r.actions] == [
        (["Förvaltningen"], "till nästa dialogmöte"), (["Anna Qvist"], None)]


def test_an_action_label_after_another_sentence_on_the_line_owns_only_what_follows_it():
    r = minutes("""
        Deltagare: Johanna Lilja, Stefan Berg, Nadia Rami

        3. Risker
        Risk: leverantören hinner inte leverera före v. 47. Åtgärd: Stefan stämmer av med upphandlingsenheten.
        Budgeten är oklar. Uppdrag: Nadia tar fram en prognos senast 15 november.
    """)
    assert [(a.text, a.owners, a.due) for a in r.actions] == [
        ("Åtgärd: Stefan stämmer av med upphandlingsenheten.", ["Stefan Berg"], None),
        ("Uppdrag: Nadia tar fram en prognos senast 15 november.", ["Nadia Rami"], "--11-15")]


def test_an_owner_label_inside_a_sentence_owns_that_sentence_and_the_others_are_read_as_any():
    r = minutes("""
        Närvarande: Siv Norén, Kjell Ahlberg, Tove Malm, Fatima Yusuf, Roger Lund

        4. Höstfesten
        Festen hålls 16 november. Fatima och Roger ansvarar för maten. Kjell köper in dryck. Affischer sätts upp senast 1 november – ansvarig: Tove.
        Val- och informationskväll i vår. Arbetsgrupp utses: Siv, Kjell.
    """)
    assert [(a.text, a.owners) for a in r.actions] == [
        ("Fatima och Roger ansvarar för maten.", ["Fatima Yusuf", "Roger Lund"]),
        ("Kjell köper in dryck.", ["Kjell Ahlberg"]),
        ("Affischer sätts upp senast 1 november – ansvarig: Tove.", ["Tove Malm"]),
        ("Val- och informationskväll i vår. Arbetsgrupp utses: Siv, Kjell.", ["Siv Norén", "Kjell Ahlberg"])]


def test_an_owner_label_after_a_dash_or_in_brackets_owns_the_task_before_it():
    r = minutes("""
        Närvarande: Siv Norén, Kjell Ahlberg, Tove Malm, Roger Lund

        4. Höstfesten
        Affischer sätts upp senast 1 november – ansvarig: Tove.
        Lotterivinster samlas in (ansvariga: Kjell och Roger).
        Tidigare år har festen varit välbesökt (Siv: ett rekord i fjol).
    """)
    assert [(a.text, a.owners, a.due) for a in r.actions] == [
        ("Affischer sätts upp senast 1 november – ansvarig: Tove.", ["Tove Malm"], "--11-01"),
        ("Lotterivinster samlas in (ansvariga: Kjell och Roger).", ["Kjell Ahlberg", "Roger Lund"], None)]


def test_a_nämnds_decision_under_its_genitive_heading_in_numbered_points_and_a_task_it_gives():
    r = minutes("""
        Sammanträdesprotokoll Socialnämnden 2023-03-14
        Beslutande: Maria Holm (S), Olof Berg (M)

        § 12 Budgetuppföljning februari
        Socialnämndens beslut
        Socialnämnden godkänner budgetuppföljningen för februari 2023.

        § 13 Yttrande över motion om trygghetsvandringar
        Socialnämndens beslut
        1. Nämnden tillstyrker motionen.
        2. Förvaltningen får i uppdrag att återkomma med en handlingsplan senast 30 juni.

        Sammanfattning
        Motionären föreslår att kommunen inför trygghetsvandringar.
        Styrelsen beslutade att Olof Berg får i uppdrag att bjuda in polisen.
    """)
    assert [(d.text, d.line, d.item) for d in r.decisions] == [
        ("Socialnämnden godkänner budgetuppföljningen för februari 2023.", 6, "12"),
        ("Nämnden tillstyrker motionen.", 10, "13"),
        ("Förvaltningen får i uppdrag att återkomma med en handlingsplan senast 30 juni.", 11, "13"),
        ("att Olof Berg får i uppdrag att bjuda in polisen.", 15, "13")]
    assert [(a.owners, a.due, a.line, a.label) for a in r.actions] == [
        (["Förvaltningen"], "2023-06-30", 11, "uppdrag"), (["Olof Berg"], None, 15, "uppdrag")]


def test_a_numbered_point_in_an_item_can_be_an_action():
    got = actions_of("1. Budget\n\nVi gick igenom budgeten.\n1. Karin skickar ut kallelsen senast 1 april.\n"
                     "2) Mats bokar lokal.\n")
    assert got == [("Karin skickar ut kallelsen senast 1 april.", ["Karin Martinsson"], ["Karin"]),
                   ("Mats bokar lokal.", ["Mats Oljelund"], ["Mats"])]


def test_a_nämnds_signatures_each_label_beside_its_name_under_a_heading():
    r = minutes("""
        § 14 Meddelanden

        Nämnden beslutar att lägga meddelandena till handlingarna.

        Underskrifter

        Sekreterare     Jan Bergh

        Ordförande      Karl Holmberg

        Justerande      Britt Olsson
    """)
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Jan Bergh", "sekreterare"), ("Karl Holmberg", "ordförande"), ("Britt Olsson", "justerare")]
    assert r.items[-1].text == "Nämnden beslutar att lägga meddelandena till handlingarna."


def test_two_closing_labels_side_by_side_name_nobody():
    r = minutes("""
        § 8 Mötets avslutande
        Mötesordföranden förklarade mötet avslutat.

        Vid protokollet                     Justeras

        Mona Fors                           Kerstin Vall
        Sekreterare                         Mötesordförande
    """)
    assert [(p.name, p.role) for p in r.signatories] == [("Mona Fors", "sekreterare"), ("Kerstin Vall", "ordförande")]


def test_a_group_of_people_before_a_colon_is_their_group_not_their_organisation():
    r = minutes("""
        Protokoll
        Föräldrarådet, Ekskolan

        Närvarande
        Föräldrar: Hanna Lund (åk 2), Mikael Ek (åk 4)
        Skolan: rektor Annika Boström

        Frånvarande
        Lärare: Karin Holm

        1. Mötets öppnande
    """)
    assert [(p.name, p.organization, p.group) for p in r.attendees] == [
        ("Hanna Lund", None, "Föräldrar"), ("Mikael Ek", None, "Föräldrar"), ("Annika Boström", "Skolan", None)]
    assert [(p.name, p.organization, p.group) for p in r.absent] == [("Karin Holm", None, "Lärare")]


def test_a_compound_of_a_group_before_a_colon_is_their_group():
    r = minutes("""
        Skolrådet Ekbackens skola 2024-11-19

        Närvarande från skolan: rektor Maria Svensson
        Föräldrarepresentanter: Sara Ek (åk 2), Hassan Ali (åk 4)
        Personalrepresentanter: Jan Holm
        Elevrådet: Wilma (åk 6)

        1. Mötet öppnas
    """)
    assert [(p.name, p.organization, p.group) for p in r.attendees][1:] == [
        ("Sara Ek", None, "Föräldrarepresentanter"), ("Hassan Ali", None, "Föräldrarepresentanter"),
        ("Jan Holm", None, "Personalrepresentanter"), ("Wilma", "Elevrådet", None)]


def test_from_or_for_before_the_organisation_of_a_colon_line_is_no_part_of_it():
    r = minutes("""
        Dialogmöte 2024-03-12

        Närvarande
        Från kommunen: Lars Björk (socialchef), Eva Ek
        För föreningen: Ulla Sand
        Föräldrar: Hanna Lund

        1. Inledning
    """)
    assert [(p.name, p.organization, p.group) for p in r.attendees] == [
        ("Lars Björk", "kommunen", None), ("Eva Ek", "kommunen", None), ("Ulla Sand", "föreningen", None),
        ("Hanna Lund", None, "Föräldrar")]


def test_two_rows_of_labels_each_over_its_row_of_names():
    r = minutes("""
        §11 Mötets avslutande
        Mötesordföranden tackade de närvarande och avslutade årsmötet.

        Sekreterare                         Mötesordförande
        Hanna Lövgren                       Sture Backman

        Justerare                           Justerare
        Åsa Grip                            Nils-Olof Bergkvist
    """)
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Hanna Lövgren", "sekreterare"), ("Sture Backman", "ordförande"),
        ("Åsa Grip", "justerare"), ("Nils-Olof Bergkvist", "justerare")]


def test_names_with_a_row_of_roles_close_the_minutes_without_a_label():
    for block in ("Birgitta Holm\tEva Lind\nOrdförande\tJusterare", "Ordförande      Justerare\nBirgitta Holm   Eva Lind"):
        r = minutes(f"1. Avslutning\n\nMötet avslutas.\n\n{block}\n")
        assert [(p.name, p.role) for p in r.signatories] == [
            ("Birgitta Holm", "ordförande"), ("Eva Lind", "justerare")], block
        assert r.items[-1].text == "Mötet avslutas.", block
    # names alone are not a signature block, nor is a row of roles alone
    for block in ("Birgitta Holm          Eva Lind", "Ordförande      Justerare"):
        r = minutes(f"1. Avslutning\n\nMötet avslutas.\n\n{block}\n")
        assert r.signatories == [] and block in r.items[-1].text, block


def test_a_place_in_lower_case_after_the_date_and_time():
    r = minutes("""
        Protokoll fört vid årsmöte för Föreningen Solrosen
        Söndagen den 16 mars 2025 kl. 14.00 i föreningslokalen, Storgatan 4

        § 1. Årsmötets öppnande
    """)
    assert (r.meeting.date, r.meeting.start_time, r.meeting.location) == (
        "2025-03-16", "14:00", "föreningslokalen, Storgatan 4")
    r = minutes("Styrelsemöte\nTisdag 4 mars 2025 kl. 18.00 i samband med medlemsmötet\n\n§ 1. Öppnande\n")
    assert r.meeting.location is None


def test_a_decision_later_in_the_sentence_after_an_adverbial_or_a_topic():
    r = minutes("""
        § 1 Budget
        Efter diskussion beslutade styrelsen att godkänna budgeten.
        Styrelsen beslutade därefter att säga upp förrådet.
        Motion 1 om nya bänkar: årsmötet beslöt att bifalla motionen.
        § 2 Frågor
        Hur beslutade nämnden att fördela bidragen?
        Efter diskussion beslutade Anna att avstå från att rösta.
        Förslag till beslut: nämnden beslutar att anta detaljplanen.
        Ordförandens förslag: styrelsen beslutar att godkänna avtalet.
    """)
    assert [(d.text, d.line) for d in r.decisions] == [
        ("att godkänna budgeten.", 2), ("att säga upp förrådet.", 3), ("att bifalla motionen.", 4)]


def test_a_task_given_in_the_past_tense_of_uppdra():
    r = minutes("""
        Deltagare: Anna Lind, Per Holm

        1. Lokal
        Uppdrogs åt Per att boka lokal till höstmötet.
        Styrelsen uppdrog åt Anna att kontakta hyresvärden.
    """)
    assert [(a.owners, a.label) for a in r.actions] == [(["Per Holm"], "uppdrag"), (["Anna Lind"], "uppdrag")]


def test_the_signature_block_on_a_protocols_first_page_with_lines_to_sign_on():
    r = minutes("""
        PROTOKOLL
                                                     Sammanträdesdatum
        Socialnämnden                                2025-02-18

        Plats och tid          Rådhuset, sal Ljusnan, kl. 09.00–11.30

        Beslutande             Ingrid Falk (S), ordförande
                               Mats Berglund (M)

        Övriga deltagare       Sara Lund, nämndsekreterare

        Utses att justera      Mats Berglund

        Justeringens
        plats och tid          Rådhuset 2025-02-21

        Underskrifter          Sekreterare     ..........................   Paragrafer 12–13
                                               Sara Lund

                               Ordförande      ..........................
                                               Ingrid Falk

                               Justerande      ..........................
                                               Mats Berglund

        § 12
        Val av justerare
        Mats Berglund utses att justera protokollet.

        § 13
        Meddelanden
        Meddelandena läggs till handlingarna.
    """)
    m = r.meeting
    # `Sammanträdesdatum` alone is the label of the date beside the forum's name, not the title
    assert (m.title, m.date, m.start_time, m.location) == ("Socialnämnden", "2025-02-18", "09:00", "Rådhuset, sal Ljusnan")
    # the label a narrow column wrapped over two lines
    assert (m.adjustment_place, m.adjustment_date, m.lines["adjustment"]) == ("Rådhuset", "2025-02-21", 14)
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Sara Lund", "sekreterare"), ("Ingrid Falk", "ordförande"), ("Mats Berglund", "justerare")]
    assert [i.number for i in r.items] == ["12", "13"]
    assert r.source.unassigned_lines == []


def test_a_header_label_alone_with_its_value_on_the_line_below():
    r = minutes("""
        Minnesanteckningar
        Nätverket för skolbibliotek

        Datum
        14 mars 2024
        Plats
        Stadsbiblioteket, Lärosalen

        1. Välkommen
        Alla hälsades välkomna.

        2. Nästa möte
        Nästa träff blir i maj.
    """)
    m = r.meeting
    assert (m.title, m.date, m.location, m.lines["location"]) == (
        "Nätverket för skolbibliotek", "2024-03-14", "Stadsbiblioteket, Lärosalen", 7)


def test_signatures_over_dotted_lines_with_the_labels_in_a_row_above():
    r = minutes("""
        § 5 Mötets avslutande
        Ordföranden avslutade mötet.

        Vid protokollet                         Justeras

        .............................           .............................
        Ali Hassan                              Maj Ek

        .............................
        Eva Sund, ordförande
    """)
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Ali Hassan", "sekreterare"), ("Maj Ek", "justerare"), ("Eva Sund", "ordförande")]
    assert r.items[-1].text == "Ordföranden avslutade mötet."


def test_a_to_do_list_under_a_label_alone():
    r = minutes("""
        Minnesanteckningar styrgruppen Trygg i Centrum
        Datum: 2024-04-16

        Närvarande: Sara Holm (Polisen), Leo Ek (Fastighetsägarna), Nina Berg

        1. Lägesbild
        Oron i centrum har minskat under våren.

        Att göra:
        - Boka lokal för medborgardialogen (Nina)
        - Skicka ut kallelsen till handlarna – Leo
        - Sara: ta fram statistik över anmälningar senast 30 april
        - Uppdatera hemsidan
        Nina tackade för mötet.
    """)
    # the label alone is no task; each line of its list is one, with the owner it names
    assert [(a.line, a.owners, a.due, a.label, a.item) for a in r.actions] == [
        (10, ["Nina Berg"], None, "att göra", "1"), (11, ["Leo Ek"], None, "att göra", "1"),
        (12, ["Sara Holm"], "2024-04-30", "lista", "1"), (13, [], None, "att göra", "1")]


def test_a_decision_heading_with_a_list_and_a_clause_that_ends_its_sentence():
    r = minutes("""
        # Avstämning digitaliseringsprojektet
        **Datum:** 2025-01-20

        ## 1. Kommunikation
        Elin tar fram en kommunikationsplan inför lanseringen, klar v. 6.

        ## 2. Beslut
        - Lanseringen sker den 3 mars.
        - Projektet förlängs till sommaren.

        ## 3. Motioner
        Mötet beslutade att bifalla motionen. Styrelsen får i uppdrag att kontakta kommunen.
    """)
    assert [(d.line, d.text) for d in r.decisions] == [
        (8, "Lanseringen sker den 3 mars."), (9, "Projektet förlängs till sommaren."),
        (12, "att bifalla motionen.")]
    # the task is the sentence that gives it; `klar v. 6` is a deadline (the Friday of week 6)
    assert [(a.text, a.owners, a.due) for a in r.actions] == [
        ("Elin tar fram en kommunikationsplan inför lanseringen, klar v. 6.", ["Elin"], "2025-02-07"),
        ("Styrelsen får i uppdrag att kontakta kommunen.", ["Styrelsen"], None)]


def test_the_kinds_line_ends_on_its_connector_and_the_forum_goes_on_below():
    r = minutes("Protokoll fört vid sammanträde med\nKultur- och fritidsnämnden\n\n§ 54 Val av justerare\n")
    assert (r.meeting.kind, r.meeting.title) == ("Protokoll", "Kultur- och fritidsnämnden")
    r = minutes("Protokoll fört vid\nårsmöte med Villaföreningen Solbacken\n\n§ 1 Mötets öppnande\n")
    assert r.meeting.title == "Årsmöte med Villaföreningen Solbacken"


def test_the_forum_on_the_line_under_the_kind_and_signers_in_a_row_under_justeras():
    r = minutes("""
        PROTOKOLL
        fört vid årsmöte med Villaföreningen Solbacken
        söndagen den 23 mars 2025 kl. 15.00 i Solbackaskolans matsal

        § 1 Mötets öppnande
        Ordföranden förklarade mötet öppnat.

        § 2 Mötets avslutande
        Ordföranden tackade för visat intresse.

        Vid protokollet
        Lisa Nord

        Justeras
        Bengt Holm, mötesordförande        Erik Sand        Maja Lund
    """)
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == (
        "Protokoll", "Årsmöte med Villaföreningen Solbacken", "2025-03-23")
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Lisa Nord", "sekreterare"), ("Bengt Holm", "mötesordförande"), ("Erik Sand", "justerare"),
        ("Maja Lund", "justerare")]


def test_a_date_without_a_year_takes_the_year_its_weekday_fits():
    page = """
        Anteckningar från arbetsgruppsmöte Fritid för alla
        Tisdag 4/3 kl 14-15.30, Medborgarhuset rum 2

        Närvarande: Hanna (fritidsförvaltningen), Kim (skolan), Lotta (sekr)

        Sommarlovsaktiviteter
        Kim undersöker om skolgårdarna kan hållas öppna i juli.

        Planerade möten 2025: 1/4, 6/5 och 3/6, samtliga kl 14-15.30.

        Vid pennan/Lotta
    """
    r = minutes(page)
    # 4 March is a Tuesday in 2025, not in 2024 or 2026
    assert (r.meeting.date, r.next_meeting.date) == ("2025-03-04", "2025-04-01")
    assert [(p.name, p.role) for p in r.signatories] == [("Lotta", "antecknare")]
    # a weekday no year near the named ones fits leaves the year out
    assert minutes(page.replace("Tisdag 4/3", "Fredag 4/3")).meeting.date == "--03-04"


def test_several_header_labels_on_one_line_and_an_organisation_before_the_names():
    r = minutes("""
        MINNESANTECKNINGAR
        Nätverksträff för integrationssamordnare i Dalarna
        Datum: 15 maj 2023   Tid: 09:30-12:00   Plats: Länsstyrelsen, Falun

        Deltagare
        Falu kommun – Sanna Björk
        Borlänge kommun – Ali Mansour, Petra Lund
        Länsstyrelsen Dalarna – Karin Ek (sammankallande)

        1. Inledning
        Karin hälsade välkommen.
    """)
    m = r.meeting
    assert (m.title, m.date, m.start_time, m.end_time, m.location) == (
        "Nätverksträff för integrationssamordnare i Dalarna", "2023-05-15", "09:30", "12:00", "Länsstyrelsen, Falun")
    assert [(p.name, p.organization, p.role) for p in r.attendees] == [
        ("Sanna Björk", "Falu kommun", None), ("Ali Mansour", "Borlänge kommun", None),
        ("Petra Lund", "Borlänge kommun", None), ("Karin Ek", "Länsstyrelsen Dalarna", "sammankallande")]


def test_the_forum_above_a_kind_whose_title_only_names_a_meeting():
    r = minutes("""
        Kommunala funktionshinderrådet
        Minnesanteckningar från sammanträde 2024-02-08

        Närvarande ledamöter
        Birgitta Öst, ordförande (KD)
        Lena Ahl, socialförvaltningen

        1) Mötets öppnande
        Ordföranden öppnade mötet.
    """)
    assert (r.meeting.kind, r.meeting.title, r.meeting.date, r.meeting.lines["title"]) == (
        "Minnesanteckningar", "Kommunala funktionshinderrådet", "2024-02-08", 1)


def test_a_deadline_in_brackets_at_the_end_of_a_line_of_a_to_do_list():
    r = minutes("""
        Minnesanteckningar 2024-04-16
        Närvarande: Sara Holm, Leo Ek

        1. Lägesbild
        Att göra:
        - Boka lokal för medborgardialogen (v. 18)
        - Leo: skicka ut kallelsen (30 april)
    """)
    assert [(a.line, a.owners, a.due) for a in r.actions] == [
        (6, [], "2024-05-03"), (7, ["Leo Ek"], "2024-04-30")]


def test_suppleanter_a_role_after_an_abbreviation_and_initials_in_brackets():
    r = minutes("""
        Styrelseprotokoll 2023-10-03

        Närvarande ledamöter: Ingrid Sjö (ordförande), Sara Lind, HR-chef, Omar Ali, IT-strateg
        Suppleanter: Rut Berg
        Övriga närvarande
        Ann-Marie Ljung (A-M)

        §1. Mötets öppnande
        A-M ska boka lokal till årsmötet.
    """)
    assert [(p.name, p.group, p.role, p.organization, p.nickname) for p in r.attendees] == [
        ("Ingrid Sjö", "Ledamöter", "ordförande", None, None),
        ("Sara Lind", "Ledamöter", "HR-chef", None, None),
        ("Omar Ali", "Ledamöter", "IT-strateg", None, None),
        ("Rut Berg", "Suppleanter", None, None, None),
        ("Ann-Marie Ljung", "Övriga", None, None, "A-M")]
    assert [a.owners for a in r.actions] == [["Ann-Marie Ljung"]]


def test_an_owner_label_before_a_sentence_and_two_first_names_of_a_longer_name():
    r = minutes("""
        Minnesanteckningar 2023-10-03
        Närvarande: Mona Ek, Rut Berg, Ana María Sánchez Nieto

        1. Städdag
        Arbetsgrupp utses: Mona Ek och Rut Berg planerar städdagen.
        Ansvarig: Rut och Ana María tar fram en affisch.
        Ana María återkommer om översättning till spanska.
    """)
    assert [a.owners for a in r.actions] == [
        ["Mona Ek", "Rut Berg"], ["Rut Berg", "Ana María Sánchez Nieto"], ["Ana María Sánchez Nieto"]]


def test_the_forum_above_a_kind_whose_title_is_only_a_week():
    r = minutes("""
        Ledningsgruppen, Socialförvaltningen
        Minnesanteckningar vecka 42

        Datum: 2023-10-17
    """)
    assert (r.meeting.title, r.meeting.date, r.meeting.lines["title"]) == (
        "Ledningsgruppen, Socialförvaltningen", "2023-10-17", 1)


def test_a_week_and_its_date_on_the_kind_line_or_alone():
    for kind_line, title in (("Minnesanteckningar vecka 12, 2024-03-18", "Ledningsgruppen, Socialförvaltningen"),
                             ("Minnesanteckningar v. 12 (2024-03-18)", "Ledningsgruppen, Socialförvaltningen"),
                             ("Vecka 12 – 2024-03-18", "Ledningsgruppen, Socialförvaltningen")):
        r = minutes("Ledningsgruppen, Socialförvaltningen\n" + kind_line + "\n\nNärvarande: Helena Ahl, Björn Ek\n\n"
                    "1. Ekonomi\nBjörn tar fram en åtgärdsplan till vecka 14.\n")
        assert (r.meeting.title, r.meeting.date) == (title, "2024-03-18"), kind_line
        assert r.actions[0].due == "2024-04-05"
    r = minutes("Minnesanteckningar ledningsgruppen vecka 12, 2024-03-18\n\n1. Ekonomi\nHelena redovisade.\n")
    assert (r.meeting.title, r.meeting.date) == ("Ledningsgruppen", "2024-03-18")


def test_a_substitute_inside_a_list_of_members_on_one_line():
    r = minutes("""
        Sammanträdesprotokoll 2023-06-12

        Beslutande: Anna-Karin Lööf (C), ordförande; Mats Wiklund (S); Jenny Öhman (M), ersättare för Per Ek (M)
        Närvarande: Eva Strand (S), Jonas Falk (V) ersätter Lena Borg (V)

        § 101 Mötets öppnande
        Ordföranden öppnade sammanträdet.
    """)
    assert [(p.name, p.party, p.role, p.replaces) for p in r.attendees] == [
        ("Anna-Karin Lööf", "C", "ordförande", None), ("Mats Wiklund", "S", None, None),
        ("Jenny Öhman", "M", "ersättare", "Per Ek"), ("Eva Strand", "S", None, None),
        ("Jonas Falk", "V", None, "Lena Borg")]
    assert [(p.name, p.party) for p in r.absent] == [("Per Ek", "M"), ("Lena Borg", "V")]


def test_a_member_replaced_by_a_substitute_the_other_way_round_in_a_list_of_those_absent():
    r = minutes("""
        Krisledningsgruppen, minnesanteckningar 2025-01-09

        Deltagare: Jenny Lund, Patrik Öst
        Ej närvarande:
        Mats Jansson, teknisk chef (ersätts av Kim Falk)
        Per Sund (KD), ersatt av Lisa Åström (C)
        Olle Berg

        Lägesbild
        Strömavbrottet pågår.
    """)
    assert [(p.name, p.party, p.replaces) for p in r.attendees] == [
        ("Jenny Lund", None, None), ("Patrik Öst", None, None), ("Kim Falk", None, "Mats Jansson"),
        ("Lisa Åström", "C", "Per Sund")]
    assert [(p.line, p.name, p.role, p.party) for p in r.absent] == [
        (5, "Mats Jansson", "teknisk chef", None), (6, "Per Sund", None, "KD"), (7, "Olle Berg", None, None)]


def test_the_line_that_leads_the_att_clauses_under_a_decision_heading_is_no_decision():
    r = minutes("""
        Sammanträdesprotokoll 2023-06-12

        § 101
        Ekonomisk uppföljning maj

        Arbetsutskottets beslut
        Arbetsutskottet föreslår kommunstyrelsen besluta
        att godkänna uppföljningen,
        att lägga rapporten till handlingarna.
    """)
    assert [(d.line, d.text) for d in r.decisions] == [
        (8, "att godkänna uppföljningen"), (9, "att lägga rapporten till handlingarna.")]


def test_a_list_of_people_laid_out_with_the_organisation_in_a_column_of_its_own():
    r = minutes("""
        Minnesanteckningar 2023-04-18

        Närvarande
        Alingsås kommun            Petra Nyberg
        Borås stad                 Hassan Jama, Lotta Ek
        Länsstyrelsen              Per Hed (sammankallande)

        Förhinder
        Vänersborgs kommun         Eva Lund

        1. Välkommen
        Per hälsade välkommen.
    """)
    assert [(p.name, p.organization, p.role) for p in r.attendees] == [
        ("Petra Nyberg", "Alingsås kommun", None), ("Hassan Jama", "Borås stad", None),
        ("Lotta Ek", "Borås stad", None), ("Per Hed", "Länsstyrelsen", "sammankallande")]
    assert [(p.name, p.organization) for p in r.absent] == [("Eva Lund", "Vänersborgs kommun")]


def test_a_table_of_people_whose_organisation_cell_gives_a_role_after_a_comma():
    r = minutes("Minnesanteckningar nätverket\nDatum: 2024-03-12\n\nNärvarande\nNamn\tOrganisation\n"
                "Maria Fors\tHylte kommun, ordförande\nPer Ek\tHalmstads kommun\n"
                "Stefan Ask\tFörvaltningen för utbildning, försörjning och arbete\n\n1. Inledning\nText.\n")
    assert [(p.name, p.organization, p.role) for p in r.attendees] == [
        ("Maria Fors", "Hylte kommun", "ordförande"), ("Per Ek", "Halmstads kommun", None),
        ("Stefan Ask", "Förvaltningen för utbildning, försörjning och arbete", None)]


def test_a_calendar_table_set_apart_with_spaces_reads_each_cell_under_its_column():
    r = minutes("""
        Minnesanteckningar 2023-04-18

        1. Kommande träffar
        Datum        Tid            Plats                  Rubrik
        12 sep       09.30-12.00    Borås, Stadshuset      Nätverksträff
        14 nov       13.00-16.00                           Temadag om hedersrelaterat våld
        5 dec                       Digitalt
    """)
    assert [(e.line, e.date, e.start_time, e.location, e.title) for e in r.calendar] == [
        (5, "2023-09-12", "09:30", "Borås, Stadshuset", "Nätverksträff"),
        (6, "2023-11-14", "13:00", None, "Temadag om hedersrelaterat våld"),
        (7, "2023-12-05", None, "Digitalt", None)]


def test_a_calendar_row_of_tabs_without_a_header_names_what_is_on_before_where():
    r = minutes("Minnesanteckningar 2024-05-21\n\n3. Kalendarium\n"
                "11 juni\t09.00–12.00\tLedningsgruppen\tGävle\n"
                "3 september\t13.00–16.00\tRegionhuset\tÅrsmöte\n")
    assert [(e.date, e.start_time, e.location, e.title) for e in r.calendar] == [
        ("2024-06-11", "09:00", "Gävle", "Ledningsgruppen"), ("2024-09-03", "13:00", "Regionhuset", "Årsmöte")]


def test_the_writer_in_a_list_and_what_a_signer_is_on_the_line_below_the_name():
    r = minutes("""
        Anteckningar från referensgruppen 2024-04-17

        Närvarande: Agneta, Rolf, Birgitta och jag (Maria)

        Birgitta kontaktar fastighetsbolaget om hissen.

        Enligt uppdrag
        Maria Öberg
        Samordnare, Vård- och omsorgsförvaltningen
    """)
    assert [p.name for p in r.attendees] == ["Agneta", "Rolf", "Birgitta", "Maria"]
    assert [(p.name, p.role, p.organization) for p in r.signatories] == [
        ("Maria Öberg", "Samordnare", "Vård- och omsorgsförvaltningen")]


def test_a_decision_of_the_following_clauses():
    r = minutes("""
        Minnesanteckningar 2022-09-22

        2. Tillgänglighet i centrum
        Styrelsen beslutar följande:
        att skicka en skrivelse till tekniska nämnden,
        att bjuda in trafikplaneraren till nästa möte.
        Mötet beslutade enligt följande:
        - anta budgeten
        - bjuda in revisorn
    """)
    assert [(d.line, d.text) for d in r.decisions] == [
        (5, "att skicka en skrivelse till tekniska nämnden"), (6, "att bjuda in trafikplaneraren till nästa möte."),
        (8, "anta budgeten"), (9, "bjuda in revisorn")]


def test_names_under_a_row_of_closing_labels_take_the_role_of_the_label_above_them():
    r = minutes("""
        Protokoll fört vid föreningsstämma 2024-04-20

        § 1 Stämmans öppnande
        Ordföranden öppnade stämman.

        Vid protokollet                         Justeras
        Karin Lind                              Ulla Berg          Sven Ek
    """)
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Karin Lind", "sekreterare"), ("Ulla Berg", "justerare"), ("Sven Ek", "justerare")]


def test_att_clauses_joined_by_och_are_decisions_of_their_own():
    r = minutes("""
        Protokoll 2024-04-20

        § 5 Budget
        Stämman beslutade att fastställa budgeten och att avgiften för 2024 blir 1 200 kr per fastighet.
    """)
    assert [d.text for d in r.decisions] == [
        "att fastställa budgeten", "att avgiften för 2024 blir 1 200 kr per fastighet."]


def test_the_place_on_the_line_right_under_an_unlabelled_date():
    r = minutes("""
        ANTECKNINGAR
        Arbetsgruppen för digital delaktighet

        2017 - 08 – 16, kl 13.15-15
        Stadsbiblioteket, lilla salen

        Närvarande
        Johan Ek
        Li Wei

        1) Läget i projektet
        Johan ska boka lokal för höstens workshop.
    """)
    m = r.meeting
    assert (m.title, m.date, m.start_time, m.location, m.lines["location"]) == (
        "Arbetsgruppen för digital delaktighet", "2017-08-16", "13:15", "Stadsbiblioteket, lilla salen", 5)


def test_a_calendar_row_that_says_heldag_or_that_the_place_is_not_yet_known_names_no_place():
    r = minutes("""
        Minnesanteckningar 2023-02-03

        5. Kommande möten
        10 mars kl. 9.30–12.00, Regionens hus
        8 september, heldag (plats meddelas senare)
        12 oktober heldag, Borås
        14 november kl. 13-16, plats meddelas senare
        5 december, tid och plats meddelas senare
        19 december 13:00 @ Stadshuset
    """)
    assert [(e.date, e.location, e.title) for e in r.calendar] == [
        ("2023-03-10", "Regionens hus", None), ("2023-09-08", None, "heldag"),
        ("2023-10-12", "Borås", "heldag"), ("2023-11-14", None, None), ("2023-12-05", None, None),
        ("2023-12-19", "Stadshuset", None)]


def test_a_deadline_word_with_a_colon_on_the_actions_line():
    r = minutes("""
        Minnesanteckningar 2024-03-12
        Närvarande: Peter Nyman, Åsa Wik

        § 2 Lägesbild
        Åtgärd: sammanställa statistik för kvartal 1. Ansvarig: Peter. Klart: 15 april.
        Åsa tar fram en affisch, deadline: 30 april.
    """)
    assert [(a.owners, a.due) for a in r.actions] == [(["Peter Nyman"], "2024-04-15"), (["Åsa Wik"], "2024-04-30")]


def test_a_date_line_under_the_title_that_opens_with_a_word_for_a_meeting():
    r = minutes("""
        Minnesanteckningar Samverkansgruppen
        Möte 2023-05-04 13:00-15:00

        1. Inledning
        Anna hälsade välkommen.
    """)
    m = r.meeting
    assert (m.title, m.date, m.start_time, m.end_time) == ("Samverkansgruppen", "2023-05-04", "13:00", "15:00")
    r = minutes("""
        Styrgruppen för Trygg Hemma
        Möte: 2023-05-04, kl. 9-11, Stadshuset
    """)
    m = r.meeting
    assert (m.title, m.date, m.start_time, m.location) == ("Styrgruppen för Trygg Hemma", "2023-05-04", "09:00", "Stadshuset")


def test_two_people_whose_first_names_are_an_older_generations_and_a_suppleant_alone():
    r = minutes("""
        Protokoll 2023-11-14

        Närvarande styrelseledamöter: Birgit Ahl, ordförande, Sune Holm, kassör, Gösta Lind
        Närvarande suppleant: Rut Berg
        Frånvarande: Olle Nyberg, Märta Sjö

        § 1 Mötets öppnande
        Ordföranden öppnade mötet.
    """)
    assert [(p.name, p.role, p.group) for p in r.attendees] == [
        ("Birgit Ahl", "ordförande", "Ledamöter"), ("Sune Holm", "kassör", "Ledamöter"),
        ("Gösta Lind", None, "Ledamöter"), ("Rut Berg", None, "Suppleanter")]
    assert [(p.name, p.organization) for p in r.absent] == [("Olle Nyberg", None), ("Märta Sjö", None)]


def test_a_decision_after_the_topic_and_a_colon_with_its_verb_capitalised():
    r = minutes("""
        Protokoll 2023-11-14

        § 6 Julfesten
        Julfesten: Beslutades att julfesten hålls 9 december.
        Lotteriet: Styrelsen beslutade att köpa vinster för 500 kr.
    """)
    assert [(d.line, d.text) for d in r.decisions] == [
        (4, "att julfesten hålls 9 december."), (5, "att köpa vinster för 500 kr.")]


def test_a_role_written_before_the_name_in_a_list_of_people():
    r = minutes("""
        Föräldraråd Lindskolan – minnesanteckningar

        Datum: 2024-02-06, kl 18:00-19:30

        Närvarande: rektor Kim Falk, biträdande rektor Ola Sund, Tove Ek (åk 3), Rolf Ask
        Frånvarande: Projektledare Emma Holm, Region Halland

        Punkt 1: Skolgården
        Ola återkommer om sandlådan.
    """)
    assert [(p.name, p.role) for p in r.attendees] == [
        ("Kim Falk", "rektor"), ("Ola Sund", "biträdande rektor"), ("Tove Ek", "åk 3"), ("Rolf Ask", None)]
    assert [(p.name, p.role, p.organization) for p in r.absent] == [("Emma Holm", "projektledare", "Region Halland")]
    assert [a.owners for a in r.actions] == [["Ola Sund"]]


def test_a_board_members_role_cut_short_with_a_full_stop_before_the_name():
    r = minutes("""
        Styrelsemöte BRF Linden
        2024-03-05, kl. 19.00, föreningslokalen

        Närvarande: Ordf. Bo Lind, Sekr. Ylva Sten, Kassör Omid Rahimi, Ledamot Tina Ohlsson
        Frånvarande: Suppleant Kurt Berg

        §1. Mötets öppnande
        Bo öppnade mötet.
    """)
    assert [(p.name, p.role) for p in r.attendees] == [
        ("Bo Lind", "ordförande"), ("Ylva Sten", "sekreterare"), ("Omid Rahimi", "kassör"), ("Tina Ohlsson", "ledamot")]
    assert [(p.name, p.role) for p in r.absent] == [("Kurt Berg", "suppleant")]


def test_an_age_in_brackets_after_a_name_is_no_organisation():
    r = minutes("""
        Minnesanteckningar ungdomsrådet 2024-12-02

        Närvarande: Elsa (17), Omar Said (16 år), Tilde Berg (Kulturskolan)

        Öppettider
        Ungdomarna vill ha öppet till kl 22 på fredagar.
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Elsa", None), ("Omar Said", None), ("Tilde Berg", "Kulturskolan")]


def test_the_employers_and_the_unions_side_of_a_samverkansgrupp_are_present():
    r = minutes("""
        Minnesanteckningar FSG Socialförvaltningen
        Datum: 2024-02-15

        Arbetsgivarföreträdare: Helga Sjö, förvaltningschef; Jon Falk, HR-strateg
        Arbetstagarföreträdare: Mia Lund (Kommunal), Erik Nord (Vision)
        Förhinder: Ronja Ek (Vårdförbundet)

        § 1 Mötets öppnande
        Helga öppnade mötet.
    """)
    assert [(p.name, p.role, p.organization, p.group) for p in r.attendees] == [
        ("Helga Sjö", "förvaltningschef", None, "Arbetsgivare"), ("Jon Falk", "HR-strateg", None, "Arbetsgivare"),
        ("Mia Lund", None, "Kommunal", "Arbetstagare"), ("Erik Nord", None, "Vision", "Arbetstagare")]
    assert [(p.name, p.organization) for p in r.absent] == [("Ronja Ek", "Vårdförbundet")]


def test_who_of_a_list_of_those_present_was_not_there():
    r = minutes("""
        Protokoll styrelsemöte 2024-03-12

        Närvarande: Per Lind, Eva Ahl, Sara Wik (ej Lars Ek, sjuk), Kalle Öst (ej röstberättigad)

        1. Mötet öppnas
    """)
    assert [(p.name, p.role) for p in r.attendees] == [
        ("Per Lind", None), ("Eva Ahl", None), ("Sara Wik", None), ("Kalle Öst", "ej röstberättigad")]
    assert [p.name for p in r.absent] == ["Lars Ek"]
    r = minutes("""
        Protokoll styrelsemöte 2024-03-12

        Närvarande: Samtliga ledamöter utom Lars Ek och Eva Ahl

        1. Mötet öppnas
    """)
    assert (r.attendees, [p.name for p in r.absent]) == ([], ["Lars Ek", "Eva Ahl"])
    r = minutes("""
        Minnesanteckningar APT förskolan Solrosen 2024-11-06

        Närvaro: Hela arbetslaget utom Nadia (ledig) och Filip (sjuk).

        1. Information från rektor
    """)
    assert (r.attendees, [(p.name, p.attendance) for p in r.absent]) == (
        [], [("Nadia", "ledig"), ("Filip", "sjuk")])


def test_a_person_marked_as_not_there_in_the_list_of_those_present_is_absent():
    r = minutes("""
        Veckomöte kommunikationsenheten
        2024-11-18 kl. 09.00–10.00, Teams

        Deltagare: Sara, Jonas, Amra, Lotta (ej närvarande)
        Närvarande:
        Fredrik Ek (via Teams)
        Maja Lind – frånvarande
        Kim Berg, sjuk
        Ulf Sten (jäv)
        Ida Holm (ej närvarande § 3)

        1. Läget
        Sara berättade.
    """)
    assert [(p.name, p.attendance) for p in r.attendees] == [
        ("Sara", None), ("Jonas", None), ("Amra", None), ("Fredrik Ek", "via Teams"), ("Ulf Sten", "jäv"),
        ("Ida Holm", None)]
    assert [(p.name, p.attendance) for p in r.absent] == [
        ("Lotta", "ej närvarande"), ("Maja Lind", "frånvarande"), ("Kim Berg", "sjuk")]


def test_a_role_label_in_an_item_names_who_had_the_role_unless_it_records_an_election():
    r = minutes("""
        Protokoll fört vid årsmöte i Lillby Båtklubb 2024-02-25

        § 2 Val av mötesordförande
        Sekreterare: Olof Sand

        § 3 Val av styrelse
        Ordförande: Lena Borg (omval, 1 år)
        Kassör: Sten Ek (nyval, 2 år)
        Vice ordförande: Gustav Holm (vald på 2 år)

        § 4 Avgifter
        Årsmötet beslutade att medlemsavgiften är oförändrad.
    """)
    assert [(p.name, p.role) for p in r.attendees] == [("Olof Sand", "sekreterare")]
    # the header's labels of the meeting's own chair and secretary
    r = minutes("""
        Protokoll fört vid extra föreningsstämma i Brf Lönnen
        Datum: 2024-06-04

        Mötets ordförande: Carina Dahl
        Stämmans sekreterare: Peter Holm
        Justerare: Ali Rahimi

        1. Stämmans öppnande
    """)
    assert [(p.name, p.role) for p in r.attendees] == [
        ("Carina Dahl", "ordförande"), ("Peter Holm", "sekreterare"), ("Ali Rahimi", "justerare")]


def test_a_table_of_tasks_with_pipes_between_the_cells_only():
    r = minutes("""
        Minnesanteckningar föräldraråd 2024-02-06

        Närvarande: Tove Ek, Rolf Ask

        Punkt 3: Vårfesten
        Vad | Vem | När
        Skicka inbjudan | Tove | 1 mars
        Ordna fika | Rolf och Tove | v. 12
    """)
    assert [(a.text, a.owners, a.due) for a in r.actions] == [
        ("Skicka inbjudan", ["Tove Ek"], "2024-03-01"), ("Ordna fika", ["Rolf Ask", "Tove Ek"], "2024-03-22")]


def test_an_empty_cell_of_a_markdown_table_keeps_the_cells_after_it_under_their_columns():
    r = minutes("""
        # Projektmöte 2024-04-02

        Närvarande: Mona Ek, Rut Berg, Kalle Ström

        ## Åtgärdslista

        | Nr | Åtgärd | Ansvarig | Klart | Status |
        |---|---|---|---|---|
        | 1 | Boka lokal för workshop | Rut | 2024-04-15 | Pågår |
        | 2 | Skicka protokoll | Kalle | | Klar |
    """)
    assert [(a.text, a.owners, a.due, a.due_text) for a in r.actions] == [
        ("Boka lokal för workshop", ["Rut Berg"], "2024-04-15", "2024-04-15"),
        ("Skicka protokoll", ["Kalle Ström"], None, None)]


def test_a_second_verb_after_och_that_commits_shares_the_sentences_subject():
    got = actions_of("1. Lokaler\n\n"
                     "Karin har anmält felet till fastighetsägaren och återkommer när det är lagat.\n"
                     "Karin berättade att kommunen har anställt en samordnare och tar fram en plan.\n"
                     "Karin informerade om läget och ska boka ett nytt möte.\n"
                     "Arbetsförmedlingen har avtal med Skatteverket och ska finnas på alla kontor.\n")
    assert got == [
        ("Karin har anmält felet till fastighetsägaren och återkommer när det är lagat.",
         ["Karin Martinsson"], ["Karin"]),
        ("Karin informerade om läget och ska boka ett nytt möte.", ["Karin Martinsson"], ["Karin"])]


def test_med_and_ej_med_in_quick_notes_and_med_vanliga_halsningar_is_no_list():
    r = minutes("""
        Anteckningar från Teams-möte 2024-03-14

        Med: Tove Ek, Rolf Ask (Göteborgs stad)
        Ej med: Kim Falk

        Status
        Piloten är igång.

        Med vänliga hälsningar
        Tove Ek
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [("Tove Ek", None), ("Rolf Ask", "Göteborgs stad")]
    assert [p.name for p in r.absent] == ["Kim Falk"]
    assert [p.name for p in r.signatories] == ["Tove Ek"]


def test_a_week_alone_in_an_actions_sentence_is_its_deadline_in_the_weeks_to_come():
    r = minutes("""
        Minnesanteckningar 2023-10-03

        Närvarande: Tove Ek, Rolf Ask

        1. Utvärdering
        Tove bokar in intervjuer med tre användare v. 44.
        Rolf sammanställer svaren vecka 2.
    """)
    assert [(a.owners, a.due_text, a.due) for a in r.actions] == [
        (["Tove Ek"], "v. 44", "2023-11-03"), (["Rolf Ask"], "vecka 2", "2024-01-12")]


def test_a_month_alone_as_a_deadline_is_that_month_in_the_months_to_come():
    r = minutes("""
        Protokoll kommunstyrelsens arbetsutskott 2024-06-03

        Närvarande: Lena Holmberg, kommundirektör; Arvid Sand, ekonomichef; Tuva Rask

        § 113 Budgetuppföljning
        Lena återkommer med åtgärder senast i augusti.
        Arvid tar fram en ny prognos i slutet av oktober.
        Förvaltningen ska redovisa läget före februari.
        Tuva sammanställer sjukfrånvaron senast i mars 2025.
        Tuva bokar lokal till julfesten före jul.
    """)
    assert [(a.due_text, a.due) for a in r.actions] == [
        ("senast i augusti", "2024-08"), ("i slutet av oktober", "2024-10"),
        ("före februari", "2025-01"), ("senast i mars 2025", "2025-03"), ("före jul", None)]


def test_the_forum_above_a_kind_whose_title_is_only_the_protocols_number():
    r = minutes("""
        Styrgruppsmöte – Projekt Trygg hemgång
        Protokoll nr 4/2023

        Datum: 2023-10-12
    """)
    assert (r.meeting.kind, r.meeting.title) == ("Protokoll", "Styrgruppsmöte – Projekt Trygg hemgång")


def test_the_forum_above_a_kind_and_date_not_a_labelled_line_below_them():
    r = minutes("""
        Regionstyrelsens arbetsutskott
        Protokoll 2023-09-19

        Justerare: Göran Berg
        Sekreterare: Lena Dahl

        § 40 Val av justerare
        Göran Berg utses att justera protokollet.
    """)
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == (
        "Protokoll", "Regionstyrelsens arbetsutskott", "2023-09-19")


def test_a_list_of_people_ends_at_a_label_of_what_follows_it():
    r = minutes("""
        Minnesanteckningar, avstämning Bokstart
        2024-09-19

        Deltagare: Ola Berg, Ystad; Åsa Holm, Trelleborg
        Förhinder: Eva Lund, Skurup

        Vid tangenterna
        Kerstin Lind, Region Skåne
    """)
    assert [(p.name, p.organization) for p in r.absent] == [("Eva Lund", "Skurup")]
    assert [(p.name, p.role) for p in r.signatories] == [("Kerstin Lind", "antecknare")]
    assert r.meeting.title == "Avstämning Bokstart"


def test_a_first_pages_signature_block_each_label_above_the_name_it_gives_its_role():
    r = minutes("""
        KOMMUNFULLMÄKTIGE                    PROTOKOLL
                                             2024-06-17

        Underskrifter   Sekreterare    ..............................
                                       Petter Lund
                        Ordförande     ..............................
                                       Karin Sjö
                        Justerare      ..............................
                                       Anna Ek          Bo Lind

        § 45 Upprop
        Upprop förrättades.
    """)
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Petter Lund", "sekreterare"), ("Karin Sjö", "ordförande"), ("Anna Ek", "justerare"), ("Bo Lind", "justerare")]


def test_the_paragraphs_a_protocol_holds_on_its_first_page():
    first_page = """
        Regionstyrelsens arbetsutskott
        Protokoll 2023-09-19

        Plats och tid          Regionens hus, kl. 09.00–11.45
        Paragrafer             §§ 40–45

        § 40 Val av justerare
        Göran Berg utses att justera protokollet.
    """
    r = minutes(first_page)
    assert (r.meeting.title, r.meeting.location, r.meeting.paragraphs, r.meeting.lines["paragraphs"]) == (
        "Regionstyrelsens arbetsutskott", "Regionens hus", "§§ 40–45", 5)
    r = minutes(first_page.replace("Paragrafer             §§ 40–45", "Justerade paragrafer: 40-45"))
    assert (r.meeting.title, r.meeting.paragraphs) == ("Regionstyrelsens arbetsutskott", "40-45")


def test_a_role_after_the_organisation_on_a_line_of_a_list():
    r = minutes("""
        Protokoll 2023-10-12

        Ledamöter:
        Gun Axelsson, Region Jönköping, ordf.
        Leif Strand, Jönköpings kommun, enhetschef äldreomsorg
        Olof Wallin, Förvaltningen för utbildning, försörjning och arbete
    """)
    assert [(p.name, p.role, p.organization) for p in r.attendees] == [
        ("Gun Axelsson", "ordförande", "Region Jönköping"),
        ("Leif Strand", "enhetschef äldreomsorg", "Jönköpings kommun"),
        ("Olof Wallin", None, "Förvaltningen för utbildning, försörjning och arbete")]


def test_the_date_and_forum_of_notes_sent_as_a_letter_that_gives_no_year():
    r = minutes("""
        Hej alla!

        Här kommer minnesanteckningarna från nätverksträffen för fritidsgårdar den 3:e mars i Alingsås.
        Anmäl er senast 30 mars till vårens utbildning.

        Närvarande: Amir Said (Alingsås), Jessica Lund (Lerum)
    """)
    assert (r.meeting.title, r.meeting.date) == ("Nätverksträffen för fritidsgårdar", "--03-03")
    # the day it was on, and a bracket round the date, are no part of the forum
    r = minutes("Hej alla!\n\nHär kommer anteckningarna från gårdsmötet i onsdags (13 november). Hör av er!\n")
    assert (r.meeting.title, r.meeting.date) == ("Gårdsmötet", "--11-13")


def test_the_time_and_place_after_the_date_of_a_letters_sentence_or_a_title_line():
    r = minutes("""
        Hej alla!

        Här kommer anteckningarna från träffen i nätverket 2024-09-03 kl. 13.00–15.30, Stadshuset i Luleå.

        Deltog gjorde: Annika Lund (socialtjänsten), Petter Ek (polisen)
    """)
    m = r.meeting
    assert (m.date, m.start_time, m.end_time, m.location) == ("2024-09-03", "13:00", "15:30", "Stadshuset i Luleå")
    assert m.lines["location"] == m.lines["time"] == 3
    r = minutes("Minnesanteckningar från nätverksträff 2024-09-03 kl. 13.00–15.30 i Stadshuset\n\n"
                "Närvarande: Anna Berg, Per Holm\n")
    assert (r.meeting.title, r.meeting.start_time, r.meeting.location) == ("Nätverksträff", "13:00", "Stadshuset")
    # a place's own label is the place
    r = minutes("Styrelsemöte 2024-05-06 kl. 18.00, Göteborg\nPlats: Stadshuset, sal 3\n\n"
                "Närvarande: Anna Berg, Per Holm\n")
    assert (r.meeting.title, r.meeting.start_time, r.meeting.location) == ("Styrelsemöte", "18:00", "Stadshuset, sal 3")


def test_a_room_named_after_whose_it_is_is_the_place_not_the_title():
    r = minutes("""
        Skolrådet Ekbackens skola
        Protokoll från möte tisdagen den 19 november 2024 kl. 18.00–19.30 i skolans bibliotek

        Närvarande: Maria Svensson, Oskar Lind
    """)
    m = r.meeting
    assert (m.kind, m.title, m.date, m.start_time, m.location) == (
        "Protokoll", "Skolrådet Ekbackens skola", "2024-11-19", "18:00", "skolans bibliotek")


def test_justerandes_signatur_over_the_name_that_adjusts():
    r = minutes("""
        Kommunstyrelsens arbetsutskott
        Sammanträdesprotokoll 2023-06-07

        Ärende 7
        Information

        Kommundirektören informerade om det ekonomiska läget.

        Justerandes signatur
        Eva Lindgren
    """)
    assert [(p.name, p.role) for p in r.signatories] == [("Eva Lindgren", "justerare")]


def test_a_shelter_a_health_centre_a_library_in_a_bracket_are_organisations():
    r = minutes("""
        Anteckningar från samverkansmöte 2024-09-03

        Närvarande: Hanna Moberg (kvinnojouren), Reza Karimi (hälsocentralen Hertsön),
        Lisa Ek (Stadsbiblioteket), Olle Berg (samordnare)

        1. Läget
        Alla berättade kort om läget.
    """)
    assert [(p.name, p.organization, p.role) for p in r.attendees] == [
        ("Hanna Moberg", "kvinnojouren", None), ("Reza Karimi", "hälsocentralen Hertsön", None),
        ("Lisa Ek", "Stadsbiblioteket", None), ("Olle Berg", None, "samordnare")]


def test_an_organisation_alone_under_forhinder_is_no_person_and_two_first_names_are_two():
    r = minutes("""
        Minnesanteckningar 2023-11-28

        Deltagare
        Socialtjänsten: Lena Holm, Erik Bäck
        Förhinder: Elevhälsan, Ungdomsmottagningen

        1. Incheckning
        Alla berättade kort om läget.
    """)
    assert [p.name for p in r.absent] == []
    r = minutes("""
        Minnesanteckningar 2023-11-28

        Närvarande: Lena Holm, Erik Bäck
        Förhinder: Maria, Johan

        1. Incheckning
        Alla berättade kort om läget.
    """)
    assert [(p.name, p.organization) for p in r.absent] == [("Maria", None), ("Johan", None)]


def test_a_person_doing_something_by_a_deadline_is_a_task_whatever_the_verb():
    r = minutes("""
        Protokoll 2024-01-18

        Närvarande: Karin Ahl, Sofie Berg, Mats Öhman

        §5 Vårstädning
        Sofie sätter upp lappar i trapphusen senast 1 april.
        Mats och Karin målar om cykelförrådet senast 15 maj.
        Karin har redan lämnat in ansökan senast 1 mars.
        Sofie tycker att vi ska vara klara senast 1 april.
        Grannföreningen städar gården senast 30 april.
        Alla lämnar önskemål om tvättider senast 1 mars.
        Alla har fått kallelsen senast 1 mars.
    """)
    assert [(a.owners, a.due) for a in r.actions] == [
        (["Sofie Berg"], "2024-04-01"), (["Mats Öhman", "Karin Ahl"], "2024-05-15"), ([], "2024-03-01")]


def test_a_person_doing_something_by_the_next_meeting_is_a_task_whatever_the_verb():
    r = minutes("""
        Elevrådsmöte 2024-10-09

        Närvarande: Ella Ek (7B), Hugo Lind (9C), Alva Berg (8A)

        2. Skåpen
        Hugo och Alva gör en lista över trasiga skåp till nästa möte.
        Ella läser in sig på reglerna inför nästa möte.
        Hugo har redan tittat på skåpen till nästa möte.

        3. Nästa möte
        23 oktober kl. 12.15.
    """)
    assert [(a.owners, a.due_text, a.due) for a in r.actions] == [
        (["Hugo Lind", "Alva Berg"], "till nästa möte", "2024-10-23"),
        (["Ella Ek"], "inför nästa möte", "2024-10-23")]


def test_a_sentence_that_only_gives_a_deadline_dates_the_task_before_it():
    r = minutes("""
        Minnesanteckningar arbetsgruppen Ungdomens hus 2024-12-02

        Närvarande: Elsa Berg, Tilde Ek, Jonas Frisk

        Lokalen
        Elsa och Tilde ritar ett förslag på hur caféet kan se ut. Klart till nästa träff.
        Jonas tar fram en kostnadsberäkning. Klart senast 20 december.
        Tilde ritade ett förslag förra året. Klart senast 20 december.
        Dörren är trasig. Jonas beställer en ny. Klart senast v. 51.
        Elsa bokar lokalen. Ska vara klart till nästa träff.

        Nästa träff
        Måndag 13 januari 16.00.
    """)
    assert [(a.text, a.owners, a.due) for a in r.actions] == [
        ("Elsa och Tilde ritar ett förslag på hur caféet kan se ut. Klart till nästa träff.",
         ["Elsa Berg", "Tilde Ek"], "2025-01-13"),
        ("Jonas tar fram en kostnadsberäkning. Klart senast 20 december.", ["Jonas Frisk"], "2024-12-20"),
        # a week's abbreviation (`v.`) in the sentence, and `Ska vara klart`
        ("Jonas beställer en ny. Klart senast v. 51.", ["Jonas Frisk"], "2024-12-20"),
        ("Elsa bokar lokalen. Ska vara klart till nästa träff.", ["Elsa Berg"], "2025-01-13")]


def test_a_task_for_everyone_at_the_meeting_has_no_owner():
    r = minutes("""
        Minnesanteckningar nätverket för klimatrådgivare 2023-10-05

        Närvarande: Sofia Bergman, Linköping; Tomas Öberg, Motala

        Ny webbplats
        Jenny visade förslaget. Alla skickar synpunkter till Jenny senast 20 oktober.
        Samtliga tar med sig frågan till sina kommuner.
        Alla ska känna sig välkomna att höra av sig.
        Vi planerar en kampanj om solceller i vår.
    """)
    assert [(a.text, a.owners, a.due) for a in r.actions] == [
        ("Alla skickar synpunkter till Jenny senast 20 oktober.", [], "2023-10-20"),
        ("Samtliga tar med sig frågan till sina kommuner.", [], None)]


def test_a_report_verb_with_a_deadline_of_its_own_is_a_task():
    r = minutes("""
        Minnesanteckningar 2024-03-04

        Närvarande: Sara Blom, Henrik Svärd

        Lokaler
        Simhallen stängs för renovering. Henrik informerar föreningarna senast vecka 16.
        Sara berättar att ansökan om bidrag görs senast 1 april.
    """)
    assert [(a.text, a.owners, a.due) for a in r.actions] == [
        ("Henrik informerar föreningarna senast vecka 16.", ["Henrik Svärd"], "2024-04-19")]


def test_a_place_in_the_brackets_of_a_calendar_row():
    r = minutes("""
        Minnesanteckningar 2024-02-20

        4. Kommande möten
        - 16 april kl. 9.30 (Teams)
        - 11 juni kl. 9.30 (fysiskt i Växjö)
        - 10 september (heldag)
    """)
    assert [(e.date, e.location, e.title) for e in r.calendar] == [
        ("2024-04-16", "Teams", None), ("2024-06-11", "Växjö", "fysiskt i Växjö"), ("2024-09-10", None, "heldag")]


def test_two_people_joined_by_och_share_the_brackets_after_the_second_when_each_has_brackets():
    r = minutes("""
        Minnesanteckningar 2023-03-03

        Närvarande: Amir Said (Alingsås), Patrik Ek och Sanna Berg (Partille), Malin Ek (Vårgårda)
        Frånvarande: Anna Lind och Per Holm (S)
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Amir Said", "Alingsås"), ("Patrik Ek", "Partille"), ("Sanna Berg", "Partille"), ("Malin Ek", "Vårgårda")]
    assert [(p.name, p.party) for p in r.absent] == [("Anna Lind", None), ("Per Holm", "S")]


def test_a_task_given_to_a_body_or_a_role_the_document_does_not_name():
    r = minutes("""
        Protokoll 2023-02-08

        § 13 Ansökan om bistånd
        Utskottet beslutar
        - att bevilja bistånd enligt förslag
        - att uppdra åt förvaltningen att följa upp ärendet i maj
        Nämnden beslutar att ge kultur- och fritidsförvaltningen i uppdrag att ta fram en plan.

        § 14 Motion om belysning
        Kommunfullmäktige beslutar
        att bifalla motionen,
        att uppdra åt tekniska nämnden att genomföra åtgärden.
    """)
    assert [(a.owners, a.label) for a in r.actions] == [
        (["förvaltningen"], "uppdrag"), (["kultur- och fritidsförvaltningen"], "uppdrag"),
        (["tekniska nämnden"], "uppdrag")]


def test_a_task_given_to_a_unit_named_by_its_noun_and_what_it_does():
    r = minutes("""
        Protokoll 2024-02-14

        § 13 Remiss – regional cykelstrategi
        Arbetsutskottet beslutar att uppdra åt sektor samhällsbyggnad att ta fram ett remissvar till den 15 mars 2024.
        Styrelsen beslutar att ge förvaltning Kultur och fritid i uppdrag att utreda frågan.
        Sektorn har tagit fram en sammanställning att utgå från.
    """)
    assert [(a.owners, a.due, a.label) for a in r.actions] == [
        (["sektor samhällsbyggnad"], "2024-03-15", "uppdrag"), (["förvaltning Kultur och fritid"], None, "uppdrag")]


def test_who_led_the_meeting_and_who_took_the_notes_at_the_top_are_there():
    r = minutes("""
        Anteckningar – Arbetsgruppen för Kulturnatten 2023-02-08

        Mötet leddes av: Elin Strand
        Antecknare: Johan Moberg
        Övriga: Fatima Ali, Nils Berg

        Program
        Vi gick igenom programmet.
    """)
    assert sorted((p.name, p.role) for p in r.attendees) == [
        ("Elin Strand", "mötesledare"), ("Fatima Ali", None), ("Johan Moberg", "antecknare"), ("Nils Berg", None)]


def test_an_abbreviated_role_between_names_in_a_list_is_written_out():
    r = minutes("""
        Protokoll 2023-02-08

        Närvarande: Lotta Berg (S), ordf., Alf Nyman (S), Jan Ek (M), sekr.
    """)
    assert [(p.name, p.role) for p in r.attendees] == [
        ("Lotta Berg", "ordförande"), ("Alf Nyman", None), ("Jan Ek", "sekreterare")]


def test_a_task_wrapped_over_three_lines_keeps_its_end_and_its_deadline():
    r = minutes("""
        Minnesanteckningar 2023-09-21

        Deltagare: Jonas Åkesson, Hanna Lundqvist

        Workshop om rutiner
        Gruppen gick igenom varandras rutiner. Jonas sammanställer
        likheter och skillnader och skickar ut till nätverket senast 15
        oktober.
    """)
    assert [(a.text, a.due) for a in r.actions] == [
        ("Jonas sammanställer likheter och skillnader och skickar ut till nätverket senast 15 oktober.",
         "2023-10-15")]


def test_the_next_meeting_in_prose_held_apart_has_that_for_its_place():
    r = minutes("""
        Minnesanteckningar 2023-09-21

        Nästa steg
        Nästa nätverksträff blir den 7 december kl. 9.30 digitalt.
        Nästa möte med styrgruppen är 12 december kl. 13, via Teams.
    """)
    assert [(e.date, e.start_time, e.location) for e in r.calendar] == [
        ("2023-12-07", "09:30", "digitalt"), ("2023-12-12", "13:00", "via Teams")]


def test_the_next_meetings_place_after_a_word_of_meeting_in_person_or_held_apart_before_the_date():
    r = minutes("""
        Minnesanteckningar 2024-03-14

        4. Nästa möte
        Nästa möte är den 16 maj kl. 9.30–12.00, fysiskt i Örebro (Länsstyrelsen).
        Nästa styrgruppsmöte är den 20 maj kl. 10 på plats i Stadshuset.
        Nästa nätverksmöte hålls digitalt den 4 juni kl. 13.
    """)
    assert [(e.date, e.location) for e in r.calendar] == [
        ("2024-05-16", "Örebro (Länsstyrelsen)"), ("2024-05-20", "Stadshuset"), ("2024-06-04", "digitalt")]


def test_the_next_meetings_place_in_lower_case_a_room_with_its_name_or_a_word_of_a_building():
    r = minutes("""
        Protokoll omsorgsnämndens arbetsutskott 2024-03-14

        § 12 Övrigt
        Nästa sammanträde äger rum torsdagen den 11 april kl. 08.30 i sal Vättern.
        Nästa möte med pensionärsrådet hålls den 18 april kl. 10 i församlingshemmet.
        Nästa möte med referensgruppen blir den 25 april i samband med konferensen.
    """)
    assert [(e.date, e.location) for e in r.calendar] == [
        ("2024-04-11", "sal Vättern"), ("2024-04-18", "församlingshemmet"), ("2024-04-25", None)]


def test_a_calendar_labels_time_for_its_rows_and_a_labels_own_row_of_dates_in_a_calendar_item():
    r = minutes("""
        Minnesanteckningar styrgruppen 2024-09-10

        2. Mötesplan
        Mötesdagar hösten 2024 (tisdagar kl. 13–15):
        - 8 oktober
        - 12 november kl. 9–10
        - 10 december (med julfika)

        Kommande möten våren 2025: 14/1 och 11/2, samtliga kl. 9–11 i Alafors.
    """)
    assert [(e.date, e.start_time, e.end_time, e.location) for e in r.calendar] == [
        ("2024-10-08", "13:00", "15:00", None), ("2024-11-12", "09:00", "10:00", None),
        ("2024-12-10", "13:00", "15:00", None),
        ("2025-01-14", "09:00", "11:00", "Alafors"), ("2025-02-11", "09:00", "11:00", "Alafors")]


def test_a_line_under_a_calendars_rows_that_gives_them_all_a_time_and_place():
    r = minutes("""
        Protokoll styrelsen 2023-12-05

        § 9 Mötestider våren 2024
        - 23 januari
        - 20 februari kl. 19 via Teams
        - 19 mars
        Samtliga möten kl. 18.00 i föreningslokalen.
        Alla är välkomna att lämna frågor till styrelsen.
    """)
    assert [(e.date, e.start_time, e.location) for e in r.calendar] == [
        ("2024-01-23", "18:00", "föreningslokalen"), ("2024-02-20", "19:00", "Teams"),
        ("2024-03-19", "18:00", "föreningslokalen")]


def test_the_next_meeting_in_the_same_room_is_in_this_meetings_place():
    r = minutes("""
        Anteckningar – Arbetsgruppen Kulturnatten
        Onsdag 6 mars 2024, kl. 15–16.30, Kulturhuset, rum Saga

        Nästa möte: onsdag 20 mars kl. 15, samma lokal.
    """)
    assert [(e.date, e.location) for e in r.calendar] == [("2024-03-20", "Kulturhuset, rum Saga")]
    # ... and at the same time
    r = minutes("""
        Anteckningar – Arbetsgruppen Kulturnatten
        Onsdag 6 mars 2024, kl. 15–16.30, Kulturhuset, rum Saga

        3. Nästa möte
        20 mars, samma tid och plats
        3 april, samma tid i Stadshuset
    """)
    assert [(e.date, e.start_time, e.end_time, e.location) for e in r.calendar] == [
        ("2024-03-20", "15:00", "16:30", "Kulturhuset, rum Saga"), ("2024-04-03", "15:00", "16:30", "Stadshuset")]


def test_the_next_meeting_named_by_a_compound_or_apt_before_a_colon():
    r = minutes("""
        **Anteckningar från arbetsplatsträff, Enheten för ekonomiskt bistånd**
        **Datum:** 2024-05-14, kl. 13.00–15.00

        **1. Arbetsmiljö**
        Hög arbetsbelastning i mottagningsgruppen.

        **Nästa APT:** 11 juni kl. 13.00
        Nästa ledningsgruppsmöte: 4 juni kl. 8.30, Stadshuset
    """)
    assert [(e.date, e.start_time) for e in r.calendar] == [("2024-06-11", "13:00"), ("2024-06-04", "08:30")]
    assert r.next_meeting.date == "2024-06-11"


def test_a_protocols_letterhead_in_columns_gives_the_kind_and_the_forum():
    r = minutes("""
        Bygg- och miljönämnden                SAMMANTRÄDESPROTOKOLL           1 (4)
                                              Sammanträdesdatum
                                              2023-05-10

        Plats och tid          Kommunhuset, kl. 13.00–15.30
    """)
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == (
        "Sammanträdesprotokoll", "Bygg- och miljönämnden", "2023-05-10")


def test_the_words_of_a_signature_form_sign_nothing():
    r = minutes("""
        Protokoll 2023-05-10

        § 33 Meddelanden
        Meddelandena läggs till handlingarna.

        Justerandes sign          Utdragsbestyrkande
    """)
    assert r.signatories == []


def test_a_signature_form_with_the_place_and_date_above_lines_to_sign_on():
    r = minutes("""
        Protokoll styrelsen 2024-01-15

        2. Avslutning
        Mötet avslutades.

        Ort och datum: Borås 2024-01-20

        .............................
        Eva Ek, sekreterare

        .............................
        Per Lind, ordförande
    """)
    assert [(p.name, p.role) for p in r.signatories] == [("Eva Ek", "sekreterare"), ("Per Lind", "ordförande")]
    assert r.items[-1].text == "Mötet avslutades."


def test_a_decision_label_before_the_line_that_leads_the_att_clauses():
    r = minutes("""
        Protokoll 2024-01-18

        § 4 Ekonomi
        Beslut: Styrelsen beslutar enligt följande:
        att anta budgeten för 2024
        att höja medlemsavgiften till 250 kr
        Beslut: Styrelsen beslutar enligt förslaget.
    """)
    assert [d.text for d in r.decisions] == [
        "att anta budgeten för 2024", "att höja medlemsavgiften till 250 kr", "Styrelsen beslutar enligt förslaget."]


def test_abbreviated_labels_of_roles_at_the_top_and_at_the_signatures():
    r = minutes("""
        Protokoll 2023-06-07

        Ordf: Anna Berg
        Sekr: Per Lind
        Närvarande: Eva Ek, Olle Ahl

        § 1 Öppnande
        Mötet öppnades. Just nu pågår arbetet med budgeten.

        Ordf. Anna Berg
        Sekr: Per Lind
        Just: Eva Ek
    """)
    assert [(p.name, p.role) for p in r.attendees] == [
        ("Eva Ek", None), ("Olle Ahl", None), ("Anna Berg", "ordförande"), ("Per Lind", "sekreterare")]
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Anna Berg", "ordförande"), ("Per Lind", "sekreterare"), ("Eva Ek", "justerare")]


def test_a_task_after_a_topic_and_a_colon():
    got = actions_of("1. Julfesten\n\nJulfesten: Karin bokar lokal.\n"
                     "Lotteri: Karin och Mats ordnar vinster.\nEkonomi: Mats redovisade kassan.\n")
    assert [(text, owners) for text, owners, _ in got] == [
        ("Julfesten: Karin bokar lokal.", ["Karin Martinsson"]),
        ("Lotteri: Karin och Mats ordnar vinster.", ["Karin Martinsson", "Mats Oljelund"])]


def test_a_task_given_as_an_uppgift():
    got = actions_of("1. Lokaler\n\nKarin får i uppgift att boka lokal.\nMats fick i uppgift att ringa hyresvärden.\n")
    assert [owners for _, owners, _ in got] == [["Karin Martinsson"], ["Mats Oljelund"]]


def test_whom_an_action_label_names_before_its_colon_owns_the_task():
    got = actions_of("1. Lokaler\n\nUppdrag till Karin: boka lokal till våren\nÅtgärd (Mats): ring hyresvärden\n"
                     "Hemläxa till nästa träff: läs rapporten.\n")
    assert [(text, owners) for text, owners, _ in got] == [
        ("Uppdrag till Karin: boka lokal till våren", ["Karin Martinsson"]),
        ("Åtgärd (Mats): ring hyresvärden", ["Mats Oljelund"]),
        ("Hemläxa till nästa träff: läs rapporten.", [])]


def test_more_ways_to_say_who_did_not_take_part():
    r = minutes("""
        Minnesanteckningar 2023-06-07

        Deltog: Per Lind, Olle Ahl
        Deltog ej: Eva Ek
        Kunde inte delta: Rut Berg, Sven Holm
    """)
    assert [p.name for p in r.attendees] == ["Per Lind", "Olle Ahl"]
    assert [p.name for p in r.absent] == ["Eva Ek", "Rut Berg", "Sven Holm"]


def test_more_header_labels_for_when_and_where_and_hours_after_a_date():
    r = minutes("""
        Minnesanteckningar

        När: 3 oktober 2023, 13-15
        Var: Stadshuset, rum 3
    """)
    assert (r.meeting.date, r.meeting.start_time, r.meeting.end_time, r.meeting.location) == (
        "2023-10-03", "13:00", "15:00", "Stadshuset, rum 3")
    r = minutes("Minnesanteckningar\n\nDatum/tid: 2023-10-03, 9-12\nMöteslokal: Rum 3\n")
    assert (r.meeting.start_time, r.meeting.end_time, r.meeting.location) == ("09:00", "12:00", "Rum 3")
    r = minutes("Minnesanteckningar\n\nPlats/tid: Stadshuset, 3 oktober 2023 kl 13\n")
    assert (r.meeting.date, r.meeting.start_time, r.meeting.location) == ("2023-10-03", "13:00", "Stadshuset")


def test_a_meetings_time_label_and_a_place_after_the_time_of_a_time_and_place_label():
    r = minutes("Minnesanteckningar\n\nMötesdatum: 6 maj 2024\nMötestid: 13.00-15.00\n")
    assert (r.meeting.date, r.meeting.start_time, r.meeting.end_time) == ("2024-05-06", "13:00", "15:00")
    r = minutes("Minnesanteckningar\n\nSammanträdesdatum: 2024-05-06\nTid och plats: 13.00-15.00, Rum 3\n")
    assert (r.meeting.start_time, r.meeting.location) == ("13:00", "Rum 3")


def test_bare_hours_right_after_a_date_are_its_time():
    r = minutes("""
        Minnesanteckningar
        Länsnätverket för folkhälsa
        Datum: 6 februari 2025 13–16
        Plats: Kulturhuset, Skövde

        1. Erfarenhetsutbyte
        Lidköping har startat en ny grupp för föräldrastöd.

        2. Kommande träffar 2025
        8 maj 9–12, Falköping
        11 september 13–16, digitalt
        Nästa träff blir den 8 maj 9–12 i Falköping.
    """)
    assert (r.meeting.date, r.meeting.start_time, r.meeting.end_time) == ("2025-02-06", "13:00", "16:00")
    assert [(e.date, e.start_time, e.end_time, e.location) for e in r.calendar] == [
        ("2025-05-08", "09:00", "12:00", "Falköping"), ("2025-09-11", "13:00", "16:00", "digitalt")]
    r = minutes("Minnesanteckningar\n\nTid: Tisdag 21 januari 2025, 13-16\n\n1. Inledning\n")
    assert (r.meeting.start_time, r.meeting.end_time) == ("13:00", "16:00")


def test_two_owners_written_with_a_slash_and_no_spaces():
    got = actions_of("1. Lokaler\n\nKarin/Mats tar fram ett förslag till våren.\n")
    assert [owners for _, owners, _ in got] == [["Karin Martinsson", "Mats Oljelund"]]


def test_a_calendar_rows_own_label_gives_the_year_under_a_calendar_heading():
    r = minutes("""
        Protokoll 2023-03-01

        1. Mötestider
        Mötestider våren 2024: 12/2, 18/3 och 22/4, alla kl. 13-15.
    """)
    assert [e.date for e in r.calendar] == ["2024-02-12", "2024-03-18", "2024-04-22"]
    r = minutes("""
        Protokoll 2023-03-01

        1. Kommande möten
        Mötestider hösten 2024
        Tisdag 10 september
        Tisdag 8 oktober
    """)
    assert [e.date for e in r.calendar] == ["2024-09-10", "2024-10-08"]   # the label over its rows
    r = minutes("Protokoll 2023-03-01\n\n1. Kommande möten\nMötesdagar våren 2025\n22 januari, 19 februari\n"
                "Nätverksträffar hösten 2025\n11 september\n")
    assert [e.date for e in r.calendar] == ["2025-01-22", "2025-02-19", "2025-09-11"]


def test_a_rows_days_without_a_year_stay_in_order():
    r = minutes("""
        Protokoll 2023-02-03

        4. Kommande möten
        Vårens möten: 15/1, 12/2 och 11/3 kl. 9-11
        Höstens möten: 12/9, 10/10 och 15/1
    """)
    assert [e.date for e in r.calendar] == [
        "2023-01-15", "2023-02-12", "2023-03-11", "2023-09-12", "2023-10-10", "2024-01-15"]


def test_brackets_that_hold_an_organisation_and_a_role_after_each_name():
    r = minutes("""
        Minnesanteckningar 2023-06-07

        Närvarande: Anna Berg (Borås stad, ordförande), Per Lind (Region VG, sekreterare),
        Olof Wallin (Förvaltningen för utbildning, försörjning och arbete), Eva Ek (S)
    """)
    assert [(p.name, p.role, p.organization, p.party) for p in r.attendees] == [
        ("Anna Berg", "ordförande", "Borås stad", None), ("Per Lind", "sekreterare", "Region VG", None),
        ("Olof Wallin", None, "Förvaltningen för utbildning, försörjning och arbete", None),
        ("Eva Ek", None, None, "S")]


def test_a_name_and_its_organisation_set_apart_with_a_slash():
    r = minutes("""
        Minnesanteckningar 2023-06-07

        Deltagare:
        - Anna Berg / Borås stad
        - Per Lind / Region Västra Götaland
        - Eva Ek / Per Holm
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Anna Berg", "Borås stad"), ("Per Lind", "Region Västra Götaland"), ("Eva Ek", None), ("Per Holm", None)]


def test_both_checkers_under_justeras_and_inga_as_a_first_name():
    r = minutes("""
        Årsmötesprotokoll Bygdeföreningen Norrsand
        Söndagen den 9 mars 2025, kl. 15.00, Bygdegården

        § 1 Mötets öppnande
        Ordförande Tage Nyqvist förklarade mötet öppnat.

        § 2 Övriga frågor
        Inga övriga frågor.

        Vid protokollet
        Elsy Dahl

        Justeras
        Britt Sandell, mötesordförande
        Inga Svärd
        Lars Frost

        Styrelsens kontaktuppgifter finns på hemsidan.
    """)
    assert [(p.name, p.role) for p in r.signatories] == [
        ("Elsy Dahl", "sekreterare"), ("Britt Sandell", "mötesordförande"),
        ("Inga Svärd", "justerare"), ("Lars Frost", "justerare")]
    # `Inga övriga frågor` names nobody
    assert not any(p.name.startswith("Inga ö") for p in r.signatories + r.attendees)


def test_the_next_meeting_with_its_place_before_its_date_and_the_one_after_it():
    r = minutes("""
        Minnesanteckningar nätverket för anhörigstöd
        2024-04-09 kl. 9.30–12.00

        ❖ Lägesrapporter
        Kerstin berättade om nya anhörigcaféet.

        ❖ Nästa träff
        Nästa träff blir i Lerum den 14 maj kl. 9.30.
        Mötet därefter planeras till vecka 36.
        Anhörigcaféet har öppet alla torsdagar.
    """)
    assert [(e.date, e.start_time, e.location) for e in r.calendar] == [
        ("2024-05-14", "09:30", "Lerum"), ("2024-09-02", None, None)]
    assert r.next_meeting.date == "2024-05-14"
    r = minutes("""
        Minnesanteckningar 2024-04-09

        1. Övrigt
        Vi ses nästa gång hos Petra den 3 juni.
    """)
    assert [(e.date, e.location) for e in r.calendar] == [("2024-06-03", "hos Petra")]


def test_the_next_meeting_in_a_month_alone_is_that_month_after_the_meeting():
    r = minutes("""
        Referensgruppen för cykelstrategin, minnesanteckningar
        Tisdag 10 oktober 2023 kl 15.00–16.30

        1. Remissversionen
        Adam tar med synpunkterna till projektgruppen.

        2. Avslut
        Nästa möte blir i januari, Adam kallar.
    """)
    assert [(e.date, e.line) for e in r.calendar] == [("2024-01", 8)]
    assert r.next_meeting.date == "2024-01"
    r = minutes("""
        Minnesanteckningar 2023-10-10

        1. Övrigt
        Nästa träff hålls i början av februari i Borås.
        Vi tar upp frågan på nästa möte i jul.
    """)
    assert [(e.date, e.location) for e in r.calendar] == [("2024-02", "Borås")]


def test_the_next_meeting_in_words_of_meeting_again():
    r = minutes("Minnesanteckningar 2024-03-12\n\n1. Övrigt\nVi ses igen den 4 april kl. 13 i Borås.\n"
                "Frågan tas upp igen den 18 april.\n")
    assert [(e.date, e.start_time, e.location) for e in r.calendar] == [("2024-04-04", "13:00", "Borås")]
    assert r.next_meeting.date == "2024-04-04"


def test_a_forwarded_e_mails_subject_is_the_title_and_its_day_of_sending_the_year():
    r = minutes("""
        Från: Stina Holm
        Skickat: den 3 januari 2025 09:12
        Till: Nätverket för fritidsgårdar
        Ämne: Minnesanteckningar nätverksträffen 19/12

        Hej!

        Här kommer anteckningarna. Vi var sju personer.

        Lokalerna
        Olof tar fram en lista över lediga lokaler.
    """)
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == (
        "Minnesanteckningar", "Nätverksträffen", "2024-12-19")
    assert not any(w.code == "no_date" for w in r.warnings)


def test_who_was_there_in_a_letters_words_vi_var_and_narvarande_var():
    r = minutes("""
        Anteckningar från arbetsgruppen Trygg i centrum 2025-02-11

        Hej alla!
        Vi var: Linnea Åberg (fritid), Mikael Dahl (polisen) och Rana Ali (skolan).

        Trygghetsvandringen
        Vi var överens om att belysningen vid busstationen är dålig.
        Mikael kollar om polisen kan vara med på sommarlovsstarten.
    """)
    assert [p.name for p in r.attendees] == ["Linnea Åberg", "Mikael Dahl", "Rana Ali"]
    assert r.attendees[1].organization == "polisen"
    assert [a.owners for a in r.actions] == [["Mikael Dahl"]]
    r = minutes("""
        Minnesanteckningar föräldrarådet 2025-03-04

        Närvarande var: Hanna Lund, Emil Sjö

        1. Skolgården
        Emil tar kontakt med rektor.
    """)
    assert [p.name for p in r.attendees] == ["Hanna Lund", "Emil Sjö"]


def test_a_meeting_over_two_days_is_dated_by_its_first():
    r = minutes("""
        Minnesanteckningar, planeringsdagar för länets folkhälsosamordnare
        Datum: 2–3 oktober 2024
        Plats: Hotell Fjällgården, Åre

        1. Inledning
        Alla presenterade sig.

        2. Kommande träffar
        13–14 mars 2025, Östersund
    """)
    assert r.meeting.date == "2024-10-02"
    assert [(e.date, e.location) for e in r.calendar] == [("2025-03-13", "Östersund")]


def test_a_list_of_people_set_out_in_columns_with_spaces_under_its_label():
    r = minutes("""
        ANTECKNINGAR
        Möte: Lokalt brottsförebyggande råd, Hylte
        Datum: 2024-05-22

        DELTAGARE
        Namn                 Organisation
        Maria Fors           Hylte kommun, ordförande
        Kent Axelsson        Polisen
        Said Omar            Hyltebostäder

        1) Sommaren
        Said Omar tar fram ett schema för sommarvärdarna.
    """)
    assert [(p.name, p.organization, p.role, p.group) for p in r.attendees] == [
        ("Maria Fors", "Hylte kommun", "ordförande", None), ("Kent Axelsson", "Polisen", None, None),
        ("Said Omar", "Hyltebostäder", None, None)]
    assert [a.owners for a in r.actions] == [["Said Omar"]]


def test_members_with_their_party_in_two_columns_set_apart_with_spaces():
    r = minutes("""
        Kommunstyrelsens arbetsutskott
        SAMMANTRÄDESPROTOKOLL 2024-04-09

        Närvarande ledamöter:   Emma Lund (S), ordförande      Per Alm (M)
                                Kjell Norén (C)                Rana Said (V)
        Ersättare:              Björn Holm (S)

        § 31 Val av justerare
    """)
    assert [(p.name, p.party, p.role, p.group) for p in r.attendees] == [
        ("Emma Lund", "S", "ordförande", "Ledamöter"), ("Per Alm", "M", None, "Ledamöter"),
        ("Kjell Norén", "C", None, "Ledamöter"), ("Rana Said", "V", None, "Ledamöter"),
        ("Björn Holm", "S", None, "Ersättare")]


def test_decided_in_the_words_of_notes_a_proposal_granted_or_endorsed_but_not_a_decision_to_come():
    r = minutes("""
        Minnesanteckningar styrelsen, Koloniföreningen Ängen 2024-08-20

        1. Höstfesten
        Vi bestämde att festen blir lördag 14 september.
        Det bestämdes att Arne köper korv och bröd.

        2. Motion om ny grind
        Mötet biföll motionen.
        Gruppen ställer sig bakom att grinden målas grön.

        3. Vattenavgiften
        Styrelsen beslutar senare om nivån.
        Styrelsen beslutar vid nästa möte om fakturan ska skickas i oktober.
    """)
    assert [d.text for d in r.decisions] == [
        "att festen blir lördag 14 september.", "att Arne köper korv och bröd.", "Mötet biföll motionen.",
        "att grinden målas grön."]


def test_a_word_broken_at_a_lines_end_is_one_word_again_in_the_task_and_the_decision():
    r = minutes("""
        Protokoll miljö- och byggnämnden 2024-04-17

        Närvarande: Rolf Sjögren (C), ordförande; Malin Ros, sekreterare

        § 31 Tillsynsplan
        Malin tar fram en sammanställning av till-
        synen och skickar den till Kultur-
        och fritidsförvaltningen.
        Det beslutades att planen ska gälla från halv-
        årsskiftet.
    """)
    assert [a.text for a in r.actions] == [
        "Malin tar fram en sammanställning av tillsynen och skickar den till Kultur- och fritidsförvaltningen."]
    assert [d.text for d in r.decisions] == ["att planen ska gälla från halvårsskiftet."]


def test_calendar_rows_whose_dates_each_have_a_weekday_and_what_is_on_at_whose_home():
    r = minutes("""
        Minnesanteckningar 2023-02-03

        1. Kommande möten
        mån 13/3, tis 14/3 och ons 15/3 kl 9, Stadshuset
        16/3 Styrelsemöte hos Kalle
        2023-03-20 13.00 Styrgrupp, Rådhuset
    """)
    assert [(e.date, e.start_time, e.location, e.title) for e in r.calendar] == [
        ("2023-03-13", "09:00", "Stadshuset", None), ("2023-03-14", "09:00", "Stadshuset", None),
        ("2023-03-15", "09:00", "Stadshuset", None), ("2023-03-16", None, "hos Kalle", "Styrelsemöte"),
        ("2023-03-20", "13:00", "Rådhuset", "Styrgrupp")]


def test_a_sentence_that_says_the_group_meets_leads_up_to_its_dates_with_a_colon():
    r = minutes("""
        Protokoll Kultur- och fritidsnämnden
        Datum: 2024-03-21

        § 31 Sammanträdesplan
        Nämnden sammanträder följande datum under hösten: 10 september, 8 oktober och 12 november, samtliga kl. 13.00.
        Arbetsutskottet möts: 27 augusti och 24 september.

        § 32 Övrigt
        Nämnden diskuterade följande datum: 5 maj.
    """)
    assert [(e.date, e.start_time, e.line) for e in r.calendar] == [
        ("2024-09-10", "13:00", 5), ("2024-10-08", "13:00", 5), ("2024-11-12", "13:00", 5),
        ("2024-08-27", None, 6), ("2024-09-24", None, 6)]


def test_a_term_with_its_year_before_a_rows_dates_gives_them_that_year():
    r = minutes("""
        Minnesanteckningar nätverket för skolbibliotek
        Datum: 2023-10-03

        4. Kommande möten
        Träffar hösten 2024: 12 september och 10 oktober
    """)
    assert [e.date for e in r.calendar] == ["2024-09-12", "2024-10-10"]


def test_a_pdf_export_whose_page_header_recurs_in_capitals_keeps_its_first_page_for_the_header():
    page = ["                                   SAMMANTRÄDESPROTOKOLL", "                                   Sammanträdesdatum",
            "Tekniska nämndens arbetsutskott     2024-04-10", ""]
    r = minutes("\n".join([
        *page, "Plats och tid    Stadshuset, kl. 8.30–10", "", "Justerare        Ulf Brand", "",
        "Justerandes signatur          Utdragsbestyrkande", "", *page,
        "§ 14 Vinterväghållning", "Arbetsutskottet beslutar att godkänna rapporten.", "",
        "Justerandes signatur          Utdragsbestyrkande", "", *page,
        "§ 15 Parkeringsnorm", "Ärendet bordläggs.", "", "Justerandes signatur          Utdragsbestyrkande"]))
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == (
        "Sammanträdesprotokoll", "Tekniska nämndens arbetsutskott", "2024-04-10")
    assert r.signatories == [] and [i.title for i in r.items] == ["Vinterväghållning", "Parkeringsnorm"]


def test_a_protocols_front_page_with_the_wrapped_label_beside_its_value_paragraphs_and_a_notice():
    r = minutes("""
        Miljönämnden                              PROTOKOLL
        Sammanträdesdatum 2024-10-09

        Plats och tid       Miljökontoret, kl. 14.00–16.10

        Justeringens        Miljökontoret 2024-10-14
        plats och tid

        Underskrifter       Sekreterare  ......................  Paragrafer 88–93
                            Jonna Vik

        ANSLAG/BEVIS
        Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
        Sammanträdesdatum: 2024-10-09
        Datum då anslaget sätts upp: 2024-10-15

        § 88 Val av justerare
        Mötet utser Kerstin Ahl att justera protokollet.
    """)
    m = r.meeting
    # the label's first word beside its value, the rest of it below
    assert (m.adjustment_place, m.adjustment_date, m.lines["adjustment"]) == ("Miljökontoret", "2024-10-14", 6)
    # the paragraphs in a column of the signature form; the date from its first label
    assert (m.paragraphs, m.lines["paragraphs"]) == ("88–93", 9)
    assert (m.date, m.lines["date"]) == ("2024-10-09", 2)


def test_the_meetings_own_bodies_take_on_work_in_the_present_tense_where_an_organisation_reports():
    r = minutes("""
        Protokoll styrelsemöte Brf Linden
        Datum: 2024-09-12

        Närvarande: Hassan Ali, Tove Berg

        § 5 Stadgar och avgifter
        Styrelsen ser över stadgarna inför stämman.
        Valberedningen tar fram ett förslag till nya ledamöter.
        Kommunen undersöker möjligheten till laddstolpar på gatan.
        Styrelsen informerade om läget med fönsterbytet.
    """)
    assert [(a.text, a.owners) for a in r.actions] == [
        ("Styrelsen ser över stadgarna inför stämman.", ["Styrelsen"]),
        ("Valberedningen tar fram ett förslag till nya ledamöter.", ["Valberedningen"])]


def test_a_decision_proposed_and_taken_in_one_phrase_and_a_decision_taken_in_words_of_taking_it():
    r = minutes("""
        Protokoll styrelsemöte Scoutkåren Björnen
        Datum: 2024-11-05

        § 6 Läger
        Föreslogs och beslutades att kåren åker på sommarläger i Dalarna.
        Föreslogs att hyra buss, men frågan utreds vidare.

        § 7 Ekonomi
        Styrelsen tog beslut om att höja medlemsavgiften till 400 kr.
        Mötet fattade beslutet att byta bank.
    """)
    assert [d.text for d in r.decisions] == [
        "att kåren åker på sommarläger i Dalarna.", "att höja medlemsavgiften till 400 kr.", "att byta bank."]


def test_a_room_and_its_number_under_the_time_and_a_place_after_the_titles_date_are_the_meetings_place():
    r = minutes("""
        MINNESANTECKNINGAR
        Möte med förskolechefer
        2024-01-17
        Kl. 8:30-10:00
        Rum 12
    """)
    assert (r.meeting.title, r.meeting.location) == ("Möte med förskolechefer", "Rum 12")
    r = minutes("Protokoll fört vid styrelsesammanträde 2024-02-01 i föreningens lokal\n\n§ 1 Öppnande\nText.\n")
    assert (r.meeting.title, r.meeting.date, r.meeting.location) == (
        "Styrelsesammanträde", "2024-02-01", "föreningens lokal")
    # a phrase that names no place stays in the title
    r = minutes("Anteckningar styrgruppen 2024-05-06 i samverkan med regionen\n\n1. Inledning\nText.\n")
    assert (r.meeting.title, r.meeting.location) == ("Styrgruppen i samverkan med regionen", None)


def test_an_item_headed_next_board_meeting_gives_the_date_under_it():
    r = minutes("""
        Styrelseprotokoll
        Hyresgästföreningen Lönnen
        Datum: 2024-03-05

        § 1 Öppnande
        Ordföranden öppnade mötet.

        § 2 Nästa styrelsemöte
        Tisdag 9 april kl. 18.30 i lokalen.

        § 3 Avslutning
    """)
    assert [(e.date, e.start_time, e.location, e.line) for e in r.calendar] == [("2024-04-09", "18:30", "lokalen", 9)]
    assert r.next_meeting.date == "2024-04-09"


def test_two_first_names_of_todays_pupils_after_a_comma_are_two_people():
    r = minutes("""
        Protokoll elevrådet
        Datum: 2024-10-15

        Närvarande: Tilde Ek, Otto Berg
        Frånvarande: Linnea, Noel

        1. Förra mötet
        Vi gick igenom förra protokollet.
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [("Tilde Ek", None), ("Otto Berg", None)]
    assert [(p.name, p.organization) for p in r.absent] == [("Linnea", None), ("Noel", None)]


def test_a_count_of_those_present_before_the_names_of_some_of_them():
    r = minutes("""
        Anteckningar från byalagsmöte i Västra Bo
        Söndagen den 7 april 2024 kl. 15.00 i bygdegården

        Närvarande: 17 medlemmar enligt närvarolista, bland andra Gunnel Ström (ordförande), Åke Lind (kassör) och Ola Berg.
        Förhinder: 3 medlemmar, bl.a. Siv Holm

        1. Mötet öppnas
        Gunnel öppnade mötet.
    """)
    assert [(p.name, p.role) for p in r.attendees] == [("Gunnel Ström", "ordförande"), ("Åke Lind", "kassör"),
                                                       ("Ola Berg", None)]
    assert [p.name for p in r.absent] == ["Siv Holm"]


def test_a_role_and_a_name_below_a_label_with_its_people_on_its_line_was_there():
    r = minutes("""
        APT – Hemtjänsten Norr
        Datum: måndag 4 mars 2024

        Närvarande: hela arbetsgruppen utom Lisa och Kerstin (semester).
        Enhetschef: Marie Holmgren
        Skyddsombud: Tobias Ek

        1. Arbetsmiljö
        Tobias tog upp vinterdäcken.
    """)
    assert [(p.name, p.role) for p in r.attendees] == [("Marie Holmgren", "enhetschef"), ("Tobias Ek", "skyddsombud")]
    assert [p.name for p in r.absent] == ["Lisa", "Kerstin"]
    r = minutes("""
        APT – Hemtjänsten Norr
        Datum: måndag 4 mars 2024

        Frånvarande:
        Enhetschef: Marie Holmgren
        Skyddsombud: Tobias Ek

        1. Arbetsmiljö
        Tobias tog upp vinterdäcken.
    """)
    assert [p.name for p in r.absent] == ["Marie Holmgren", "Tobias Ek"]


def test_a_universitys_and_a_clinics_titles_before_a_name_are_roles():
    r = minutes("""
        Institutionsstyrelsen, Institutionen för kulturgeografi
        Sammanträdesdag: 2024-03-12

        Närvarande ledamöter
        Universitetslektor Elin Sandell
        Prefekt Stefan Lundin
        Överläkare Anna Lund, Barnkliniken

        § 1 Fastställande av dagordning
        Dagordningen fastställdes.
    """)
    assert [(p.name, p.role, p.organization) for p in r.attendees] == [
        ("Elin Sandell", "universitetslektor", None), ("Stefan Lundin", "prefekt", None),
        ("Anna Lund", "överläkare", "Barnkliniken")]


def test_how_a_person_took_part_after_the_organisation_in_one_bracket():
    r = minutes("""
        Minnesanteckningar
        Vattenrådet för Sävån
        2024-10-22, kl. 18.00–20.30, Församlingshemmet

        Deltagare: Birgitta Lönn (ordf.), Malin Ståhl (Åby kommun, digitalt), Hedvig Sand (Länsstyrelsen, till kl. 19.30)

        1. Mötets öppnande
        Birgitta öppnade mötet.
    """)
    assert [(p.name, p.organization, p.attendance) for p in r.attendees] == [
        ("Birgitta Lönn", None, None), ("Malin Ståhl", "Åby kommun", "digitalt"),
        ("Hedvig Sand", "Länsstyrelsen", "till kl. 19.30")]


def test_applying_gathering_drawing_and_seeing_to_are_tasks():
    r = minutes("""
        Anteckningar från byalagsmöte i Norra Ed
        Söndagen den 7 april 2024 kl. 15.00 i bygdegården

        Närvarande: Gunnel Ström, Åke Lind, Hampus Berg

        1. Valborg
        Hampus och Gunnel samlar ris helgen innan. Åke ritar en karta över brasplatsen.
        Gunnel söker medel från kommunens landsbygdspott före årsskiftet.
        Kommunen söker nya föreningar till bygdepengen.
    """)
    assert [(a.owners, a.due_text) for a in r.actions] == [
        (["Hampus Berg", "Gunnel Ström"], None), (["Åke Lind"], None), (["Gunnel Ström"], "före årsskiftet")]


def test_a_date_line_that_opens_with_the_place_and_a_comma():
    r = minutes("""
        Protokoll ungdomsrådet
        Fritidsgården Kometen, tisdag 22/10 2024 kl 16–17.30

        Närvarande: Alva, Noel, Yasmin

        1. Halloweendisco
        Noel fixar musiken.
    """)
    m = r.meeting
    assert (m.title, m.date, m.start_time, m.end_time, m.location) == (
        "Ungdomsrådet", "2024-10-22", "16:00", "17:30", "Fritidsgården Kometen")
    r = minutes("""
        Protokoll ungdomsrådet
        Ungdomsrådet, tisdag 22/10 2024 kl 16–17.30

        1. Halloweendisco
        Noel fixar musiken.
    """)
    assert (r.meeting.date, r.meeting.location) == ("2024-10-22", None)


def test_what_is_on_before_a_calendar_rows_date_is_its_title_and_what_it_is_about_no_place():
    r = minutes("""
        Minnesanteckningar
        Vattenrådet för Sävån
        2024-10-22, kl. 18.00–20.30, Församlingshemmet

        1. Kommande möten
        Årsmöte 18 mars 2025 kl. 18.00 i Församlingshemmet
        Tisdag 6 maj kl. 18
        Temakväll: onsdag 4 juni om kräftpest
    """)
    assert [(e.date, e.title, e.location) for e in r.calendar] == [
        ("2025-03-18", "Årsmöte", "Församlingshemmet"), ("2025-05-06", None, None),
        ("2025-06-04", "Temakväll om kräftpest", None)]


def test_a_workplace_named_by_its_building_before_a_dash_is_the_organisation_of_those_after_it():
    r = minutes("""
        Anteckningar från Lokala rådet för trygghet
        Datum och tid: 2024-05-21, 14.00-16.00

        Närvarande:
        Polisen – Henrik Vall
        Biblioteket – Sara Ström, Mona Rask

        Ej närvarande:
        Fritidsgården – Petra Nyström

        1. Lägesbild
        Henrik redogjorde för lägesbilden.
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Henrik Vall", "Polisen"), ("Sara Ström", "Biblioteket"), ("Mona Rask", "Biblioteket")]
    assert [(p.name, p.organization) for p in r.absent] == [("Petra Nyström", "Fritidsgården")]


def test_a_role_written_with_a_capital_in_brackets_is_a_role_not_an_organisation():
    r = minutes("""
        Ledningsgruppsmöte Socialförvaltningen
        2024-01-15 kl. 08.30-10.00

        Deltagare: Carina Hall (Socialchef), Jörgen Bäck (IFO-chef), Ali Rahimi (Controller, Ekonomiavdelningen), Thomas Gren (HR)

        Ekonomi
        Ali gick igenom utfallet.
    """)
    assert [(p.name, p.role, p.organization) for p in r.attendees] == [
        ("Carina Hall", "socialchef", None), ("Jörgen Bäck", "IFO-chef", None),
        ("Ali Rahimi", "controller", "Ekonomiavdelningen"), ("Thomas Gren", None, "HR")]


def test_a_signing_labels_names_set_apart_in_columns_on_its_own_line():
    r = minutes("""
        Protokoll från årsmöte med Tallåsens samfällighetsförening
        Datum: Lördag 23 mars 2024

        § 1 Mötets öppnande
        Ordförande Sten Ahlgren förklarade mötet öppnat.

        Vid protokollet: Margareta Wik
        Justeras: Leif Andersson      Eva-Lena Bäck
    """)
    assert [(p.name, p.role, p.organization) for p in r.signatories] == [
        ("Margareta Wik", "sekreterare", None), ("Leif Andersson", "justerare", None),
        ("Eva-Lena Bäck", "justerare", None)]


def test_the_chores_of_a_small_associations_board_are_tasks():
    r = minutes("""
        PROTOKOLL
        Föräldraföreningen vid Ekskolan
        Styrelsemöte 2024-02-06 kl. 19.00, Skolans matsal

        Närvarande: Jessica Ahl (ordf), Martin Fors (kassör), Nina Håkansson

        1. Ekonomi
        Martin sätter in pengarna från kakförsäljningen. Nina lagar dörren till förrådet.
        Jessica granskar bokslutet före årsmötet.
        Vi hyr lokalen av kyrkan som tidigare.
    """)
    assert [(a.owners, a.due_text) for a in r.actions] == [
        (["Martin Fors"], None), (["Nina Håkansson"], None), (["Jessica Ahl"], None)]


def test_away_on_a_course_or_at_a_conference_is_why_a_person_was_absent():
    r = minutes("""
        Anteckningar veckomöte IT-enheten 2024-09-16

        Närvarande: Jonas, Malin, Reza
        Frånvarande: Hanna (kurs), Per Ek (på konferens), Siv Ek, sjukskriven

        - Nya datorer: Malin beställer 40 datorer.
    """)
    assert [(p.name, p.role, p.attendance) for p in r.absent] == [
        ("Hanna", None, "kurs"), ("Per Ek", None, "på konferens"), ("Siv Ek", None, "sjukskriven")]


def test_a_request_to_a_named_person_to_do_something_is_their_task():
    r = minutes("""
        Protokoll styrelsemöte Hembygdsföreningen Ljungen
        Datum: 2024-02-12

        Närvarande: Mona Ek (ordf), Rut Berg, Kalle Ström

        § 4 Ekonomi
        Mona berättade om läget. Vi ber Rut att ta fram en ny budget till nästa möte.
        Styrelsen bad Kalle att ringa hyresvärden senast 1 mars.
        Mona ber om ursäkt för att kallelsen kom sent.
    """)
    assert [(a.owners, a.due, a.label, a.text) for a in r.actions] == [
        (["Rut Berg"], None, None, "Vi ber Rut att ta fram en ny budget till nästa möte."),
        (["Kalle Ström"], "2024-03-01", None, "Styrelsen bad Kalle att ringa hyresvärden senast 1 mars.")]


def test_the_next_meeting_in_a_week_in_prose_is_that_weeks_monday():
    r = minutes("""
        Anteckningar APT Hemtjänsten Väst 2024-10-14

        1. Övrigt
        Inget övrigt. Nästa möte hålls vecka 46 i personalrummet.
    """)
    assert [(e.date, e.location, e.line) for e in r.calendar] == [("2024-11-11", "personalrummet", 4)]
    assert r.next_meeting.date == "2024-11-11"


def test_the_first_of_a_councils_meeting_days_for_next_year_is_its_next_meeting():
    r = minutes("""
        Minnesanteckningar från Pensionärsrådet (KPR)
        Måndag 18 november 2024, kl. 09.30–11.30

        1. Mötesdagar 2025
        Rådet sammanträder 10 februari, 12 maj och 15 september 2025, alla kl. 09.30.
        2. Avslutning
    """)
    assert [e.date for e in r.calendar] == ["2025-02-10", "2025-05-12", "2025-09-15"]
    assert (r.next_meeting.date, r.next_meeting.start_time) == ("2025-02-10", "09:30")


def test_a_decision_labels_sentence_that_says_it_decides_ends_before_a_task_after_it():
    r = minutes("""
        Protokoll extra styrelsemöte
        Datum: 2024-01-09

        Närvarande: Linda Persson, Ola Nord

        § 3 Ridhuset
        Taket läcker. Beslut: Styrelsen beslutar att anlita takläggare. Ola tar in tre offerter till den 20 januari.
    """)
    assert [d.text for d in r.decisions] == ["Styrelsen beslutar att anlita takläggare."]
    assert [(a.owners, a.due) for a in r.actions] == [(["Ola Nord"], "2024-01-20")]


def test_a_meeting_at_a_members_home_after_its_date_and_time_is_held_at_their_home():
    r = minutes("""
        Protokoll nr 2/2024
        Bygdegårdsföreningen Ljusdal
        Styrelsesammanträde den 4 april 2024, kl 19.00 hos Gun Sjögren

        § 1. Ordföranden förklarade mötet öppnat.
    """)
    assert (r.meeting.date, r.meeting.start_time, r.meeting.location) == ("2024-04-04", "19:00", "hos Gun Sjögren")


def test_a_compound_role_after_the_organisation_and_a_comma_is_a_role():
    r = minutes("""
        MINNESANTECKNINGAR
        Arbetsgruppen för Trygg i Centrum
        Onsdag 9 oktober 2024 kl. 10.00-11.30, Polishuset

        Närvarande
        Sanna Berg, Kommunen, trygghetssamordnare
        Eva Ek, Region Halland, folkhälsostrateg
        Bo Ek, Ale kommun, socialförvaltningen

        Punkt 1 – Lägesbild
        Lugnt i centrum.
    """)
    assert [(p.name, p.organization, p.role) for p in r.attendees] == [
        ("Sanna Berg", "Kommunen", "trygghetssamordnare"), ("Eva Ek", "Region Halland", "folkhälsostrateg"),
        ("Bo Ek", "Ale kommun, socialförvaltningen", None)]


def test_a_task_after_a_question_on_the_questions_line():
    r = minutes("""
        Minnesanteckningar Hyresgästföreningen Ekbacken 2024-05-14

        Närvarande: Mona Ek, Rut Berg

        1. Lokalen
        Fråga: Kan vi byta till den större lokalen? Svar: Mona kollar med hyresvärden.
        Fråga från Rut: Värden tar fram en ny plan. När blir den klar?
    """)
    assert [(a.owners, a.text) for a in r.actions] == [(["Mona Ek"], "Svar: Mona kollar med hyresvärden.")]


def test_a_meeting_room_under_the_date_a_town_after_the_titles_date_and_a_forum_under_a_meeting_and_its_year():
    r = minutes("""
        Minnesanteckningar
        Möte med styrgruppen för Hälsoäventyret
        Tisdag 14/1 2025 kl. 9-11
        Mötesrum Kvarnen
    """)
    assert (r.meeting.date, r.meeting.location) == ("2025-01-14", "Mötesrum Kvarnen")
    r = minutes("""
        Anteckningar – Nätverksträff Öst, 2025-02-06, Linköping
    """)
    assert (r.meeting.title, r.meeting.date, r.meeting.location) == ("Nätverksträff Öst", "2025-02-06", "Linköping")
    r = minutes("""
        PROTOKOLL
        Årsmöte 2025
        Villaföreningen Backen
        15 mars 2025
    """)
    assert (r.meeting.title, r.meeting.date) == ("Årsmöte 2025 Villaföreningen Backen", "2025-03-15")


def test_a_deadline_of_this_week_or_the_next_is_that_weeks_friday():
    r = minutes("""
        Anteckningar veckomöte IT-enheten 2024-09-17

        Närvarande: Malin Ek, Tove Lind

        - Nya datorer: Malin beställer 40 datorer i veckan.
        - Säkerhet: Tove skickar ut länken under nästa vecka.
    """)
    assert [(a.owners, a.due, a.due_text) for a in r.actions] == [
        (["Malin Ek"], "2024-09-20", "i veckan"), (["Tove Lind"], "2024-09-27", "under nästa vecka")]


def test_a_title_line_a_pdf_export_wrapped_onto_the_lines_with_its_date_and_place():
    r = minutes("""
        Minnesanteckningar från styrgruppsmöte för projektet Vägen till
        arbete, 2024-04-11 kl. 13.00-15.00 i Arbetsförmedlingens lokaler,
        Storgatan 12

        1. Läget i projektet
        Fatima redogjorde för läget.
    """)
    m = r.meeting
    assert (m.title, m.date, m.start_time, m.end_time, m.location) == (
        "Styrgruppsmöte för projektet Vägen till arbete", "2024-04-11", "13:00", "15:00",
        "Arbetsförmedlingens lokaler, Storgatan 12")


def test_abbreviated_labels_of_those_present_and_absent():
    r = minutes("""
        Styrelsemöte BRF Ängen
        Onsdag 9 april 2025, kl 19.00, i föreningslokalen

        Närv: Cecilia Holm (ordf), Jonas Ekdahl, Pia Ruuth
        Ej närv: Sofie Lind (sjuk)

        1. Tvättstugan
        Jonas beställer reparation av maskin 2.
    """)
    assert [(p.name, p.role) for p in r.attendees] == [
        ("Cecilia Holm", "ordförande"), ("Jonas Ekdahl", None), ("Pia Ruuth", None)]
    assert [(p.name, p.attendance) for p in r.absent] == [("Sofie Lind", "sjuk")]
    assert [a.owners for a in r.actions] == [["Jonas Ekdahl"]]


def test_an_owners_line_with_a_deadlines_label_after_the_owners():
    r = minutes("""
        Styrelsemöte BRF Ängen 2025-04-09
        Närvarande: Cecilia Holm, Jonas Ekdahl

        1. Tvättstugan
        Maskin 2 har gått sönder igen. Jonas beställer reparation.
        Ansvarig: Jonas  Klart: 30/4

        2. Cykelrummet
        Rensning av gamla cyklar.
        Ansvarig: Cecilia; deadline: v. 20
    """)
    assert [(a.line, a.owners, a.due) for a in r.actions] == [
        (5, ["Jonas Ekdahl"], "2025-04-30"), (9, ["Cecilia Holm"], "2025-05-16")]


def test_a_list_of_first_names_each_with_a_class_in_brackets_and_a_role_after_it():
    r = minutes("""
        Elevrådsmöte Kvarnbyskolan
        Torsdag 6/2 2025, kl 12.10–12.50, klassrum B12

        Närvarande:
        Elin (9B) ordförande
        Noah (9A) sekreterare
        Saga (8A)
        Ibrahim (8B)

        - Skolmaten: Elin pratar med kökschefen.
    """)
    assert [(p.line, p.name, p.organization, p.role) for p in r.attendees] == [
        (5, "Elin", "9B", "ordförande"), (6, "Noah", "9A", "sekreterare"), (7, "Saga", "8A", None),
        (8, "Ibrahim", "8B", None)]


def test_a_dated_task_after_a_topic_and_a_colon():
    r = minutes("""
        Elevrådsmöte Kvarnbyskolan 2025-02-06
        Närvarande: Elin Berg, Saga Holm, Ibrahim Nour

        - Skåpen: Ibrahim och Saga gör en lista över trasiga skåp till nästa möte.
        - Skolmaten: Många tycker att det är för lite vegetariskt.
    """)
    assert [(a.line, a.owners, a.due_text) for a in r.actions] == [
        (4, ["Ibrahim Nour", "Saga Holm"], "till nästa möte")]


def test_the_paragraphs_a_member_took_part_in_after_the_name_are_how_the_member_took_part():
    r = minutes("""
        KYRKORÅDET I LUNDBY FÖRSAMLING
        Sammanträdesdatum: 2025-03-18

        Beslutande: Gunilla Forsberg (S) §§ 11-13, Mattias Öberg (POSK)

        Övriga närvarande
        Kamrer Peter Wikström, § 12–14

        § 11 Val av justerare
        Mattias Öberg utses att justera protokollet.
    """)
    assert [(p.name, p.party, p.role, p.attendance) for p in r.attendees] == [
        ("Gunilla Forsberg", "S", None, "§§ 11-13"), ("Mattias Öberg", "POSK", None, None),
        ("Peter Wikström", None, "kamrer", "§ 12–14")]


def test_people_together_with_others_before_the_verb_all_own_the_task():
    r = minutes("""
        Minnesanteckningar styrgrupp 2025-03-04
        Närvarande: Rut Berg, Mona Ek, Kalle Ström

        1. Budget
        Rut tillsammans med Mona tar fram ett förslag till budget till nästa möte.
        Kalle tar fram underlaget tillsammans med ekonomienheten.
    """)
    assert [(a.line, a.owners) for a in r.actions] == [(5, ["Rut Berg", "Mona Ek"]), (6, ["Kalle Ström"])]


def test_a_list_of_action_points_gives_a_task_for_each_point():
    r = minutes("""
        Styrgruppsmöte projekt Ny e-tjänstplattform 2025-01-28
        Deltagare: Johan Eklund, Sara Moberg, Niklas Hed

        4. Nästa steg
        Action points:
        - Sara: uppdatera tidplanen och skicka ut senast fredag
        - Niklas: förankra pilotdriften hos verksamheten
    """)
    assert [(a.line, a.owners, a.due) for a in r.actions] == [
        (6, ["Sara Moberg"], "2025-01-31"), (7, ["Niklas Hed"], None)]


def test_a_body_that_approves_that_or_adopts_or_recommends_decides_but_an_assumption_does_not():
    r = minutes("""
        Styrelsemöte Villaföreningen Ängen 2025-02-10
        Närvarande: Eva Ek, Bo Lind

        § 4 Budget
        Styrelsen godkänner att budgeten flyttar 5 000 kr till lekplatsen.
        Styrelsen antar verksamhetsplanen för 2025.
        Vi antar att kostnaden blir lägre i år.
        § 5 Motioner
        Styrelsen tillstyrker motionen om farthinder.
    """)
    assert [(d.line, d.item) for d in r.decisions] == [(5, "4"), (6, "4"), (9, "5")]


def test_a_label_of_those_present_qualified_by_a_compound_on_letters():
    r = minutes("""
        Protokoll LAG-möte Leader Skärgården 2025-03-04

        Närvarande LAG-ledamöter:
        Anneli Strömberg (ordförande)
        Hamid Rezaei

        § 1 Mötet öppnas
        Ordföranden öppnade mötet.
    """)
    assert [(p.line, p.name, p.role) for p in r.attendees] == [
        (4, "Anneli Strömberg", "ordförande"), (5, "Hamid Rezaei", None)]


def test_two_people_after_a_comma_when_the_second_has_a_hyphenated_first_name():
    r = minutes("""
        Styrelsemöte 2025-03-04
        Närvarande: Anneli Strömberg, Kjell-Åke Persson
        Förhinder: Anna Ek, Dals-Ed
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Anneli Strömberg", None), ("Kjell-Åke Persson", None)]
    assert [(p.name, p.organization) for p in r.absent] == [("Anna Ek", "Dals-Ed")]


def test_two_people_after_a_comma_when_the_second_first_name_came_to_sweden_lately():
    r = minutes("""
        Ledarmöte 2025-10-19
        Närvarande: Viktor Ek, Noor Said
        Förhinder: Elif Demir, Rashid Omar
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [("Viktor Ek", None), ("Noor Said", None)]
    assert [(p.name, p.organization) for p in r.absent] == [("Elif Demir", None), ("Rashid Omar", None)]


def test_the_subject_after_a_topics_colon_owns_the_task_not_names_after_the_verb():
    r = minutes("""
        Jaktlagsmöte 2025-08-17
        Närvarande: Lasse Berg, Gunnar Ek

        - Hundar: Lasse tar med Tasso och Bella.
    """)
    assert [(a.line, a.owners) for a in r.actions] == [(4, ["Lasse Berg"])]


def test_the_quick_labels_of_those_absent():
    r = minutes("""
        Jaktlagsmöte 2025-08-17
        Närvarande: Bengt, Stefan
        Borta: Åke
        Saknades: Ulrika (sjuk)
    """)
    assert [(p.line, p.name, p.attendance) for p in r.absent] == [(3, "Åke", None), (4, "Ulrika", "sjuk")]


def test_the_union_side_of_a_committee_under_fackliga_is_a_group_not_an_organisation():
    r = minutes("""
        Minnesanteckningar Arbetsmiljökommittén 2025-04-24

        Närvarande
        Arbetsgivare: Lotta Sundberg (förvaltningschef)
        Fackliga: Annika Roos (Vision), Tord Lindh (Kommunal)
        Skyddsombud: Sanna Ek
    """)
    assert [(p.name, p.organization, p.role, p.group) for p in r.attendees] == [
        ("Lotta Sundberg", None, "förvaltningschef", "Arbetsgivare"), ("Annika Roos", "Vision", None, "Fackliga"),
        ("Tord Lindh", "Kommunal", None, "Fackliga"), ("Sanna Ek", None, "skyddsombud", None)]


def test_a_calendar_row_that_names_the_forum_itself_then_a_place_is_its_next_meeting():
    r = minutes("""
        KYRKORÅDET I LUNDBY FÖRSAMLING
        Sammanträdesdatum: 2025-03-18

        § 14 Kalendarium
        22 april kl. 18.30 Kyrkorådet, församlingshemmet
        6 maj Visitation med biskopen
    """)
    assert [(e.date, e.title, e.location) for e in r.calendar] == [
        ("2025-04-22", "Kyrkorådet", "församlingshemmet"), ("2025-05-06", None, "Visitation med biskopen")]
    assert r.next_meeting.date == "2025-04-22"
    # a room whose name opens as the forum's is where, in a board's minutes
    for place in ("i styrelserummet", "Styrelserummet, plan 2"):
        r = minutes(f"Styrelsemöte BRF Kastanjen\nDatum: 2025-05-06\n\nNästa möte: 3 juni kl 18.30 {place}\n")
        assert [(e.title, e.location) for e in r.calendar] == [(None, place.removeprefix("i "))], place


def test_people_who_take_on_the_task_the_clause_before_names_own_that_task():
    r = minutes("""
        Styrelsemöte BRF Kastanjen 2025-05-06
        Närvarande: Ove Brandt, Rami Aziz, Karin Lund

        § 5 Övriga frågor
        Cykelrummet är överfullt. En cykelrensning genomförs i juni; Rami ansvarar.
        Städdag i september. Ove och Karin håller i det.
    """)
    assert [(a.line, a.owners, a.due, a.text) for a in r.actions] == [
        (5, ["Rami Aziz"], "2025-06", "En cykelrensning genomförs i juni; Rami ansvarar."),
        (6, ["Ove Brandt", "Karin Lund"], "2025-09", "Städdag i september. Ove och Karin håller i det.")]


def test_a_label_of_those_present_with_how_they_took_part_on_a_line_of_its_own():
    r = minutes("""
        Länsnätverket för folkbibliotek, träff 2025-05-20

        Närvarande på plats
        Ingrid Holm, Bergs bibliotek
        Jonas Ek, Regionbiblioteket (sammankallande)

        Närvarande digitalt
        Petra Sand, Härjedalens bibliotek

        Deltagare via Teams
        Olof Ström

        1. Välkommen
    """)
    assert [(p.line, p.name, p.organization, p.attendance) for p in r.attendees] == [
        (4, "Ingrid Holm", "Bergs bibliotek", "på plats"), (5, "Jonas Ek", "Regionbiblioteket", "på plats"),
        (8, "Petra Sand", "Härjedalens bibliotek", "digitalt"), (11, "Olof Ström", None, "via Teams")]


def test_unmarked_lines_of_a_known_person_and_a_colon_under_a_to_do_heading_are_tasks():
    r = minutes("""
        Krisledningsgruppen, minnesanteckningar 2025-01-09
        Deltagare: Sara Bäck, Fredrik Nilsson, Anette Roos

        Åtgärder
        Sara: kontrollerar hemtjänstens brukare före lunch.
        Fredrik: värmestuga öppnas i Västerby skola.
        Anette: webben uppdateras varannan timme.

        Övrigt
        Kommunen: fler frågor än vanligt till växeln.
    """)
    assert [(a.line, a.owners, a.item) for a in r.actions] == [
        (5, ["Sara Bäck"], "Åtgärder"), (6, ["Fredrik Nilsson"], "Åtgärder"), (7, ["Anette Roos"], "Åtgärder")]


def test_a_verb_with_its_object_before_the_particle_commits():
    r = minutes("""
        APT Barn och unga 2025-06-02
        Närvarande: Camilla Sjöberg, Jamal Hassan, Ronja Pettersson

        3. Arbetsmiljö
        Hög arbetsbelastning lyftes. Camilla tar frågan vidare till ledningsgruppen.
        Jamal för synpunkterna vidare till skyddsombudet.
        Ronja tar den med sig till nätverket.
        Ronja tar inte frågan vidare.
    """)
    assert [(a.line, a.owners) for a in r.actions] == [
        (5, ["Camilla Sjöberg"]), (6, ["Jamal Hassan"]), (7, ["Ronja Pettersson"])]
    assert r.actions[0].text == "Camilla tar frågan vidare till ledningsgruppen."


def test_names_after_och_with_the_verb_left_out_have_the_task_the_verb_gives():
    r = minutes("""
        Hyresgästföreningen Björkhagen, protokoll 2025-04-03
        Närvarande: Gunnel Ahlström, Tobias Lund, Marianne Fält

        § 4 Aktiviteter
        Vårfesten hålls 17 maj. Tobias ansvarar för grillen och Marianne för tipspromenaden.
        Gunnel pratar med värden och Tobias med kommunen.
        Gunnel berättade om festen och Marianne om loppisen.
        Tobias skickar inbjudan till Gunnel och Marianne.
    """)
    assert [(a.line, a.owners, a.text) for a in r.actions] == [
        (5, ["Tobias Lund"], "Tobias ansvarar för grillen"), (5, ["Marianne Fält"], "Marianne för tipspromenaden."),
        (6, ["Gunnel Ahlström"], "Gunnel pratar med värden"), (6, ["Tobias Lund"], "Tobias med kommunen."),
        (8, ["Tobias Lund"], "Tobias skickar inbjudan till Gunnel och Marianne.")]


def test_the_next_meeting_on_a_weekend_day_after_a_compound_label():
    r = minutes("""
        Ledarmöte Scoutkåren Tallbacken
        Söndag 19 oktober 2025, 18.00–19.30, Scoutstugan

        Sedan sist
        Hajken gick bra.

        Nästa ledarmöte: söndag 16 november kl 18
    """)
    assert (r.next_meeting.date, r.next_meeting.start_time, r.next_meeting.line) == ("2025-11-16", "18:00", 7)


def test_a_to_do_lists_lines_that_name_the_owner_then_a_dash_or_a_chat_mention():
    r = minutes("""
        Ledarmöte Scoutkåren Granen 2025-10-19
        Närvarande: Viktor Ek, Noor Said, Elsa Lind

        Att göra
        - Viktor – boka bussen till vårlägret
        - Noor - beställa granris
        @Elsa – uppdatera hemsidan
        - Skicka ut kallelsen – Elsa
    """)
    assert [(a.line, a.owners) for a in r.actions] == [
        (5, ["Viktor Ek"]), (6, ["Noor Said"]), (7, ["Elsa Lind"]), (8, ["Elsa Lind"])]
    r = minutes("Styrelsemöte 2025-10-19\nNärvarande: Viktor Ek, Noor Said\n\nEkonomi\n"
                "Att göra\n@Noor: beställa granris\nViktor – boka bussen\n")
    assert [(a.line, a.owners) for a in r.actions] == [(6, ["Noor Said"]), (7, ["Viktor Ek"])]


def test_an_adverbial_then_the_verb_and_its_subject_at_a_lines_end_lead_the_att_clauses_below():
    r = minutes("""
        PROTOKOLL fört vid extra föreningsstämma i BRF Lönnen 2025-11-06

        § 8 Beslut om ändring av stadgar
        Styrelsens förslag föredrogs. Efter diskussion beslutade stämman
        att anta de nya stadgarna i enlighet med styrelsens förslag,
        att uppdra åt styrelsen att anmäla dem till Bolagsverket.
        Beslutet var enhälligt.
    """)
    assert [(d.line, d.text) for d in r.decisions] == [
        (5, "att anta de nya stadgarna i enlighet med styrelsens förslag"),
        (6, "att uppdra åt styrelsen att anmäla dem till Bolagsverket.")]


def test_a_last_name_alone_as_a_formal_protocol_writes_it_is_the_person_it_belongs_to():
    r = minutes("""
        SAMMANTRÄDESPROTOKOLL Barn- och utbildningsnämndens arbetsutskott 2025-03-11
        Beslutande: Eva Lindström (C), ordförande; Kent Nyman (S)
        Övriga deltagare: Anders Rapp, förvaltningschef; Lina Rapp, nämndsekreterare; Per Holm

        § 23 Information från förvaltningschefen
        Anders Rapp informerar om rekryteringsläget. Holm återkommer med en lägesbild i april.
        Nyman tar fram ett förslag till nästa sammanträde.
        Rapp skickar ut underlaget.
    """)
    assert [(a.line, a.owners) for a in r.actions] == [
        (6, ["Per Holm"]), (7, ["Kent Nyman"]), (8, ["Rapp"])]    # two Rapps: neither
    # a municipality's name is the municipality's, whoever bears it
    r = minutes("Protokoll 2024-03-01\nNärvarande: Per Lund, Eva Rapp\n\n§ 1 Läget\n"
                "Lund undersöker saken till nästa möte.\n")
    assert [a.owners for a in r.actions] == [["Lund"]]


def test_a_coachs_team_after_the_role_is_part_of_the_role_not_an_organisation():
    r = minutes("""
        IK Stjärnan, ungdomssektionen, sektionsmöte 2025-09-10
        Närvarande
        Henrik Sjödin, tränare P12
        Lotta Ek, lagledare F2014
        Pia Lund, tränare Region Skåne
    """)
    assert [(p.name, p.role, p.organization) for p in r.attendees] == [
        ("Henrik Sjödin", "tränare P12", None), ("Lotta Ek", "lagledare F2014", None),
        ("Pia Lund", "tränare", "Region Skåne")]


def test_those_who_took_part_under_medverkande():
    r = minutes("""
        Minnesanteckningar nätverk för energi- och klimatrådgivare 2025-03-06

        Medverkande
        Karin Westlund, Länsstyrelsen Dalarna (mötesledare)
        Johan Lindqvist, Borlänge kommun (digitalt)
        Mötesdeltagare: Sofie Dahl

        09.00 Välkommen
        Karin hälsade välkommen.
    """)
    assert [(p.line, p.name, p.organization) for p in r.attendees] == [
        (4, "Karin Westlund", "Länsstyrelsen Dalarna"), (5, "Johan Lindqvist", "Borlänge kommun"),
        (6, "Sofie Dahl", None)]


def test_a_substitute_and_the_member_joined_by_a_bare_for_between_two_names():
    r = minutes("""
        Sammanträdesprotokoll
        Församlingsrådet i Västerby 2024-09-10

        Beslutande ledamöter
        Karl-Erik Sandin, ordförande
        Helena Forsberg

        Tjänstgörande ersättare
        Ingela Bäck för Sture Lindh

        Närvarande
        Maja Holm, representant för Västerby hembygdsförening
        Jan Ek, ordförande för Lions Club

        § 31 Mötets öppnande
        Ordföranden öppnade mötet.
    """)
    assert [(p.line, p.name, p.replaces, p.group) for p in r.attendees][:3] == [
        (5, "Karl-Erik Sandin", None, "Ledamöter"), (6, "Helena Forsberg", None, "Ledamöter"),
        (9, "Ingela Bäck", "Sture Lindh", "Tjänstgörande ersättare")]
    assert [(p.line, p.name) for p in r.absent] == [(9, "Sture Lindh")]
    # a role before `för` and an organisation after it: no one sat in for anybody
    assert [(p.name, p.role, p.organization) for p in r.attendees][3:] == [
        ("Maja Holm", "representant", "Västerby hembygdsförening"), ("Jan Ek", "ordförande", "Lions Club")]


def test_a_role_and_the_word_that_links_it_to_its_organisation():
    r = minutes("""
        Minnesanteckningar nätverket för folkhälsa 2024-10-02

        Närvarande
        Sanna Lilja, samordnare vid Socialförvaltningen
        Hussein Ali, folkhälsostrateg i Region Örebro län
        Berit Olsson, från Lekebergs kommun

        1. Inledning
        Sanna hälsade välkommen.
    """)
    assert [(p.name, p.role, p.organization) for p in r.attendees] == [
        ("Sanna Lilja", "samordnare", "Socialförvaltningen"),
        ("Hussein Ali", "folkhälsostrateg", "Region Örebro län"),
        ("Berit Olsson", None, "Lekebergs kommun")]


def test_a_sub_group_heading_that_says_whom_its_people_came_from():
    r = minutes("""
        Kommunala pensionärsrådet
        Protokoll 2024-05-14

        Närvarande
        Gösta Berg, PRO
        Från förvaltningen
        Annika Sved, äldrechef
        Från Länsstyrelsen:
        Omar Haddad

        § 1 Val av justerare
        Gösta Berg valdes.
    """)
    assert [(p.name, p.organization, p.group) for p in r.attendees] == [
        ("Gösta Berg", "PRO", None), ("Annika Sved", "förvaltningen", "Från förvaltningen"),
        ("Omar Haddad", "Länsstyrelsen", "Från Länsstyrelsen")]


def test_a_line_of_a_to_do_list_owned_by_the_name_it_opens_with():
    r = minutes("""
        # Veckomöte kommunikationsteamet

        **Datum:** 2024-11-12
        **Närvarande:** Tilda Berg, Oskar Wik, Region Gävleborg

        **Att göra**
        - [x] Tilda skickade ut pressmeddelandet
        - [ ] Oskar bokar fotografen senast fredag
        - [ ] Region Gävleborg återkopplade om logotypen
        - [ ] Nyhetsbrevet december
    """)
    assert [(a.line, a.owners) for a in r.actions] == [
        (7, ["Tilda Berg"]), (8, ["Oskar Wik"]), (9, []), (10, [])]


def test_first_names_of_finnish_balkan_polish_and_persian_swedes_open_a_second_name():
    r = minutes("""
        Minnesanteckningar APT kosten 2024-09-03

        Närvarande
        Lars Öberg, Pekka Korhonen
        Jelena Marković, Agnieszka Nowak
        Sven Ahl, Omid Rahimi

        Förhinder: Ulla Hed, Riitta Laine

        1. Schema
        Lars gick igenom schemat.
    """)
    assert [p.name for p in r.attendees] == [
        "Lars Öberg", "Pekka Korhonen", "Jelena Marković", "Agnieszka Nowak", "Sven Ahl", "Omid Rahimi"]
    assert [(p.name, p.organization) for p in r.absent] == [("Ulla Hed", None), ("Riitta Laine", None)]


def test_after_an_organisation_and_a_colon_each_name_after_a_comma_is_a_person():
    r = minutes("""
        Minnesanteckningar regionala nätverket för integration 2024-02-08

        Närvarande:
        Jönköpings kommun: Elsa Grip, Xerxes Mobarak
        Värnamo kommun: Lina Hjalmarsson, Lilla Edet

        1. Aktuellt
        Elsa hälsade välkommen.
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Elsa Grip", "Jönköpings kommun"), ("Xerxes Mobarak", "Jönköpings kommun"),
        ("Lina Hjalmarsson", "Lilla Edet")]   # a town after the comma is still where she came from


def test_a_group_no_name_is_given_for_then_the_names_of_some_who_came_besides():
    r = minutes("""
        Anteckningar från planeringsdag för förskolorna 2024-11-15

        Närvarande: alla förskolechefer samt Agnes Ström (utvecklingsledare) och Björn Sahl
        Förhinder: styrelsen och Eva Lund

        09.00 Välkommen
        Agnes inledde dagen.
    """)
    assert [(p.line, p.name, p.role) for p in r.attendees] == [
        (3, "Agnes Ström", "utvecklingsledare"), (3, "Björn Sahl", None)]
    assert [(p.line, p.name) for p in r.absent] == [(4, "Eva Lund")]


def test_a_calendar_row_titled_as_the_next_meeting_is_the_next_meeting():
    r = minutes("""
        Minnesanteckningar länsnätverket för bibliotek 2024-02-08

        Närvarande: Eva Lund, Per Ek

        3. Kalendarium
        Vecka 12: Utbildningsdag om lässatsningar, Växjö
        7 maj kl 9-12: Nästa nätverksträff, digitalt
        10 september: Nästa nätverksträff, Jönköping
    """)
    assert [e.date for e in r.calendar] == ["2024-03-18", "2024-05-07", "2024-09-10"]
    assert (r.next_meeting.date, r.next_meeting.start_time, r.next_meeting.line) == ("2024-05-07", "09:00", 7)


def test_a_police_or_rescue_rank_written_before_the_name_is_the_role():
    r = minutes("""
        Minnesanteckningar samverkansmöte Trygg i centrum 2024-09-24

        Deltagare
        Polisen: Kommissarie Roger Wallin, Linn Åkerlund (kommunpolis)
        Räddningstjänsten: insatsledare Per Ek

        Lägesbild
        Roger redogjorde för läget.
    """)
    assert [(p.name, p.organization, p.role) for p in r.attendees] == [
        ("Roger Wallin", "Polisen", "kommissarie"), ("Linn Åkerlund", "Polisen", "kommunpolis"),
        ("Per Ek", "Räddningstjänsten", "insatsledare")]


def test_the_organisation_on_the_lines_below_a_signers_name_is_theirs():
    r = minutes("""
        Minnesanteckningar nätverksträff för integrationssamordnare 2024-03-13

        Närvarande
        Hanna Berglund, Alingsås kommun
        Petra Nyholm

        1. Välkommen
        Petra hälsade välkommen.

        Med vänlig hälsning
        Petra Nyholm
        Samordnare
        Länsstyrelsen i Västra Götalands län
    """)
    assert [(p.line, p.name, p.role, p.organization) for p in r.signatories] == [
        (11, "Petra Nyholm", "Samordnare", "Länsstyrelsen i Västra Götalands län")]
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Hanna Berglund", "Alingsås kommun"), ("Petra Nyholm", "Länsstyrelsen i Västra Götalands län")]


def test_a_day_or_time_not_yet_known_is_no_place_of_the_next_meeting():
    r = minutes("""
        Minnesanteckningar arbetsgruppen för fritidsfrågor 2024-10-03

        Deltagare: Eva Lund, Per Ek

        5. Kommande möten
        v. 46, datum meddelas senare
        12 december (exakt tid meddelas senare), Fritidsgården
        20 januari, tid meddelas senare
    """)
    assert [(e.line, e.date, e.location) for e in r.calendar] == [
        (6, "2024-11-11", None), (7, "2024-12-12", "Fritidsgården"), (8, "2025-01-20", None)]


def test_a_network_lists_who_did_not_take_part_under_ej_deltagit():
    r = minutes("""
        Anteckningar från nätverksträff för folkhälsosamordnare 2024-02-15

        Deltog:
        Ida Sjöberg (Alvesta kommun)
        Rasmus Holm (Region Kronoberg)

        Ej deltagit:
        Sofia Engström (Tingsryds kommun)
        Petter Falk (Uppvidinge kommun)

        1. Inledning
        Ida hälsade välkommen.
    """)
    assert [p.name for p in r.attendees] == ["Ida Sjöberg", "Rasmus Holm"]
    assert [(p.line, p.name, p.organization) for p in r.absent] == [
        (8, "Sofia Engström", "Tingsryds kommun"), (9, "Petter Falk", "Uppvidinge kommun")]


def test_a_convener_and_a_preschools_staff_have_their_roles():
    r = minutes("""
        Föräldrarådet Björkens förskola 2024-10-02

        Deltagare: Josefin (Blåsippan), förskolechef Ulrika Sand och pedagog Therese Nord.
        Nätverket: Ylva Grahn, sammankallande

        1. Välkommen
        Ulrika hälsade välkommen.
    """)
    assert [(p.name, p.role) for p in r.attendees] == [
        ("Josefin", None), ("Ulrika Sand", "förskolechef"), ("Therese Nord", "pedagog"),
        ("Ylva Grahn", "sammankallande")]


def test_words_after_a_bracketed_organisation_or_a_bracket_after_a_role_are_read():
    r = minutes("""
        Minnesanteckningar krisledningsgruppen 2024-01-08

        Närvarande
        Nina Wallin (Länsstyrelsen Kronoberg), värd för dagen
        Anders Wik, kommundirektör (ordf.)
        Lisa Holm, samordnare (Region Halland, till kl. 11)
        Kim Ek, projektledare (tf) Region Halland
        Ola Ek (Växjö kommun), socialförvaltningen

        1. Lägesbild
        Anders inledde.
    """)
    assert [(p.name, p.organization, p.role) for p in r.attendees] == [
        ("Nina Wallin", "Länsstyrelsen Kronoberg", "värd för dagen"),
        ("Anders Wik", None, "kommundirektör, ordförande"),
        ("Lisa Holm", "Region Halland", "samordnare"),
        ("Kim Ek", "Region Halland", "projektledare (tf)"),
        ("Ola Ek", "Växjö kommun, socialförvaltningen", None)]


def test_a_deadline_at_the_next_meeting_named_by_its_body():
    r = minutes("""
        Minnesanteckningar lokal samverkansgrupp (LSG) 2024-04-09

        Närvarande: Helena Strand, Mattias Öberg, Sanna Nygren

        1. Arbetsmiljö
        Mattias sammanställer en handlingsplan till nästa LSG.
        Sanna tar upp frågan om schemat och återkommer till nästa styrelse.

        2. Nästa möte
        7 maj kl. 14.00
    """)
    assert [(a.line, a.owners, a.due, a.due_text) for a in r.actions] == [
        (6, ["Mattias Öberg"], "2024-05-07", "till nästa LSG"),
        (7, ["Sanna Nygren"], "2024-05-07", "till nästa styrelse")]


def test_a_group_in_the_definite_plural_or_the_board_owns_a_task_with_a_deadline():
    r = minutes("""
        Minnesanteckningar biblioteksnätverket 2024-11-14

        Närvarande: Lena Forsberg, Marcus Hed, Tove Lund

        1 Läsfrämjande
        Sommarboken genomförs igen 2025. Kommunerna anmäler intresse till Tove senast 1 mars.
        Styrelsen lämnar synpunkter på planen senast 31 januari.
        Kommunerna berättade om höstens aktiviteter.
    """)
    assert [(a.line, a.owners, a.due) for a in r.actions] == [
        (6, ["Kommunerna"], "2025-03-01"), (7, ["Styrelsen"], "2025-01-31")]


def test_a_title_that_only_names_the_meeting_gives_way_to_the_forum_above_or_below():
    above = minutes("""
        Föräldrarådet Solbackens förskola
        Anteckningar från mötet 2024-10-02
        Tid 17.30-18.30

        Deltagare: Josefin Ek, Martin Lund

        Punkt 1. Välkommen
        Josefin hälsade välkommen.
    """)
    assert (above.meeting.kind, above.meeting.title, above.meeting.date) == (
        "Anteckningar", "Föräldrarådet Solbackens förskola", "2024-10-02")
    below = minutes("""
        Minnesanteckningar från mötet
        Samverkansgruppen Väst
        Datum: 2024-03-04

        Deltagare: Rut Berg, Mona Ek

        1. Inledning
        Rut hälsade välkommen.
    """)
    assert (below.meeting.title, below.meeting.lines["title"]) == ("Samverkansgruppen Väst", 2)


def test_the_time_after_the_place_under_the_date_is_the_meetings_time():
    r = minutes("""
        MINNESANTECKNINGAR
        Biblioteksnätverket Västernorrland, 2024-11-14
        Digitalt möte via Zoom, kl. 10–11.30

        Närvarande
        Härnösand: Lena Forsberg
        Timrå: Jenny Ström

        1 Aktuellt
        Lena berättade om biblioteksplanen.
    """)
    m = r.meeting
    assert (m.date, m.start_time, m.end_time, m.location) == ("2024-11-14", "10:00", "11:30", "Digitalt möte via Zoom")
    assert (m.lines["time"], m.lines["location"]) == (3, 3)


def test_a_role_before_a_first_name_is_no_part_of_the_owner():
    r = minutes("""
        APT-anteckningar Hemtjänsten Norr 2024-06-13

        Närvarande: Jonas Wik, Fatma Ali, Johan Strand, enhetschef Caroline Vik

        Arbetsmiljö
        Skyddsombudet Jonas gör en riskbedömning senast 1 juli.
        Kassören Johan tar fram ett förslag till budget.
        Enhetschef Caroline beställer en taklift.
    """)
    assert [(a.line, a.owners, a.owner_mentions) for a in r.actions] == [
        (6, ["Jonas Wik"], ["Skyddsombudet Jonas"]), (7, ["Johan Strand"], ["Kassören Johan"]),
        (8, ["Caroline Vik"], ["Enhetschef Caroline"])]


def test_a_kind_at_the_end_of_the_titles_first_compound_is_the_kind():
    r = minutes("""
        APT-anteckningar Hemtjänsten Norr
        Torsdag 2024-06-13 kl. 13.30–15.00, personalrummet

        Närvarande: Linnea Ek, Jonas Wik

        Arbetsmiljö
        Jonas berättade om riskbedömningen.
    """)
    assert (r.meeting.kind, r.meeting.title, r.meeting.lines["kind"]) == (
        "Anteckningar", "APT-anteckningar Hemtjänsten Norr", 1)


def test_a_deadline_at_the_next_annual_meeting_is_the_next_meetings():
    r = minutes("""
        Protokoll fört vid föreningsstämma i Brf Lönnen 3 2024-05-22

        Närvarande: Birgitta Holm, Lars Dahl

        12. Motioner
        Motion om laddstolpar: Lars utreder frågan till nästa stämma.
        Birgitta tar fram ett förslag till stadgar till nästa årsstämma.
    """)
    assert [(a.line, a.owners, a.due_text) for a in r.actions] == [
        (6, ["Lars Dahl"], "till nästa stämma"), (7, ["Birgitta Holm"], "till nästa årsstämma")]


def test_who_comes_back_or_coordinates_with_no_object_takes_on_the_clause_before():
    r = minutes("""
        Minnesanteckningar från möte med pensionärsrådet 2024-02-27

        Närvarande: Gunnel Åström, Maja Törnqvist, Josefin Ek, Elin Berg

        2. Äldreomsorgens budget
        Rådet vill ha en fördjupad dragning på nästa möte, Maja återkommer.
        Luciafika för föreningarna fredag 13 december. Josefin och Elin samordnar.
    """)
    assert [(a.line, a.owners, a.text) for a in r.actions] == [
        (6, ["Maja Törnqvist"], "Rådet vill ha en fördjupad dragning på nästa möte, Maja återkommer."),
        (7, ["Josefin Ek", "Elin Berg"], "Luciafika för föreningarna fredag 13 december. Josefin och Elin samordnar.")]


def test_a_role_in_the_definite_before_a_full_name_is_the_persons_role():
    r = minutes("""
        Arbetsplatsträff Kostenheten 2024-10-08

        Närvarande
        Kocken Ahmed Yusuf
        Enhetschefen Marie Eriksson
        Lena Wik, vårdbiträde Petra Ahl, kokerskan Sanna Rönn
    """)
    assert [(p.name, p.role, p.line) for p in r.attendees] == [
        ("Ahmed Yusuf", "kock", 4), ("Marie Eriksson", "enhetschef", 5), ("Lena Wik", None, 6),
        ("Petra Ahl", "vårdbiträde", 6), ("Sanna Rönn", "kokerska", 6)]


def test_a_date_after_the_meeting_a_task_is_for_is_its_deadline():
    r = minutes("""
        Protokoll Socialnämndens arbetsutskott 2024-05-14

        Närvarande: Karin Holm, Annika Berglund, Leila Haddad

        § 42 Uppföljning av budget
        Annika tar fram en åtgärdsplan till nämndens sammanträde den 11 juni.
        Leila sammanställer synpunkterna inför mötet 4/6.
        Karin presenterade utfallet inför mötet den 14 maj.
    """)
    assert [(a.line, a.due, a.due_text) for a in r.actions] == [
        (6, "2024-06-11", "till nämndens sammanträde den 11 juni"), (7, "2024-06-04", "inför mötet 4/6")]


def test_the_people_a_task_is_done_with_own_it_too():
    r = minutes("""
        Arbetsplatsträff Kostenheten 2024-10-08

        Närvarande: Marie Eriksson, Ahmed Yusuf, Sanna Rönn, Lena Wik

        Övrigt
        Sanna tar ansvar för julbordet tillsammans med Ahmed.
        Lena samlar in önskemål om schemat ihop med Marie och Ahmed senast 18/10.
        Marie kontaktar leverantören tillsammans med fastighetsskötaren.
    """)
    assert [(a.line, a.owners) for a in r.actions] == [
        (6, ["Sanna Rönn", "Ahmed Yusuf"]), (7, ["Lena Wik", "Marie Eriksson", "Ahmed Yusuf"]),
        (8, ["Marie Eriksson"])]


def test_a_header_line_of_labelled_fields_set_apart_by_bars_or_tabs_gives_each_field():
    for separator in (" | ", "\t"):
        r = minutes(f"""
            Veckomöte Kommunikationsavdelningen
            Datum: 13 maj 2024{separator}Tid: 09.00–09.45{separator}Plats: Teams

            Deltagare: Lina Berg, Marcus Wallin

            1. Läget
            Lina berättade om webbflytten.
        """)
        m = r.meeting
        assert (m.date, m.start_time, m.end_time, m.location, m.lines["date"], m.lines["location"]) == (
            "2024-05-13", "09:00", "09:45", "Teams", 2, 2)


def test_an_owners_label_after_a_comma_names_the_tasks_owners():
    r = minutes("""
        Minnesanteckningar styrelsemöte Brf Tallkotten 2024-08-27

        Närvarande: Eva Nord, Karl Backman, Samira Aziz

        § 4 Fastighet
        Åtgärd: nya offerter på taket, ansvarig: Samira, klart: 30 september
        Åtgärd: byta lås i cykelrummet, ansvar: Karl och Eva
        Karl, ansvarig för ekonomin, berättade om läget.
    """)
    assert [(a.line, a.owners, a.due) for a in r.actions] == [
        (6, ["Samira Aziz"], "2024-09-30"), (7, ["Karl Backman", "Eva Nord"], None)]


def test_a_meetings_number_before_its_date_leaves_the_date_line_whole():
    r = minutes("""
        PROTOKOLL ELEVRÅDET
        Västra skolan, läsåret 2024/2025
        Möte 3, tisdag 15 oktober 2024, kl. 12.15–12.55, sal 204

        Närvarande: Alva Lind, Liam Ek

        1. Skolmaten
        Alva berättade om enkäten.
    """)
    m = r.meeting
    assert (m.date, m.start_time, m.end_time, m.location, m.lines["date"]) == (
        "2024-10-15", "12:15", "12:55", "sal 204", 3)


def test_a_schools_room_after_the_time_is_the_place():
    r = minutes("""
        Protokoll elevrådet
        Tisdag 15 oktober 2024, kl. 12.15–12.55, lektionssal 204

        Närvarande: Alva Lind, Liam Ek

        1. Skolmaten
        Alva berättade om enkäten.
    """)
    assert (r.meeting.location, r.meeting.lines["location"]) == ("lektionssal 204", 2)


def test_a_month_or_a_weekday_in_a_deadlines_column_or_under_its_label_is_its_date():
    r = minutes("""
        Minnesanteckningar styrelsemöte Brf Tallkotten 2024-08-27

        Närvarande: Eva Nord, Karl Backman, Samira Aziz

        § 5 Uppföljning åtgärdslista
        Åtgärd | Ansvarig | Klart
        Byta lås i cykelrummet | Karl | v. 37
        Rensa förrådet | Eva, Samira | oktober

        § 6 Fastighet
        Samira tar in två offerter på taket.
        Klart: fredag
    """)
    assert [(a.line, a.due_text, a.due) for a in r.actions] == [
        (7, "v. 37", "2024-09-13"), (8, "oktober", "2024-10"), (11, "fredag", "2024-08-30")]


def test_a_line_led_by_its_own_label_takes_no_organisation_from_the_line_above():
    r = minutes("""
        Minnesanteckningar SSP Norra området 2024-11-07

        Närvarande
        Socialtjänst: Hanna Öberg, Patrik Lund
        Rektor: Anneli Strömberg
        Fritid: Sara Hägg
        Björn Carlsson, kurator
    """)
    assert [(p.name, p.organization, p.role) for p in r.attendees] == [
        ("Hanna Öberg", "Socialtjänst", None), ("Patrik Lund", "Socialtjänst", None),
        ("Anneli Strömberg", None, "rektor"), ("Sara Hägg", "Fritid", None), ("Björn Carlsson", "Fritid", "kurator")]


def test_a_workplace_in_lower_case_after_a_name_is_the_persons_organisation():
    r = minutes("""
        Minnesanteckningar SSP Norra området 2024-11-07

        Närvarande: Lena Ahl, socialförvaltningen, Per Ek, rektor, Eva Ek

        Frånvarande
        Johan Eld, fritidsgården Norr
    """)
    assert [(p.name, p.organization, p.role) for p in r.attendees + r.absent] == [
        ("Lena Ahl", "socialförvaltningen", None), ("Per Ek", None, "rektor"), ("Eva Ek", None, None),
        ("Johan Eld", "fritidsgården Norr", None)]


def test_a_standard_item_after_a_gap_in_the_numbers_is_still_an_item():
    r = minutes("""
        Protokoll styrelsemöte Brf Tallkotten 2024-08-27

        Närvarande: Eva Nord, Karl Backman

        1. Mötets öppnande
        Eva öppnade mötet.

        2. Fastighet
        Taket på hus B läcker.

        3. Arbetsmiljö
        1. Ny stege till förrådet.
        2. Brandövning i oktober.

        6. Övriga frågor
        Inga övriga frågor.

        7. Nästa möte
        Tisdag 24 september kl. 19.
    """)
    assert [(i.number, i.title, i.start_line) for i in r.items] == [
        ("1", "Mötets öppnande", 5), ("2", "Fastighet", 8), ("3", "Arbetsmiljö", 11),
        ("6", "Övriga frågor", 15), ("7", "Nästa möte", 18)]
    assert (r.next_meeting.date, r.next_meeting.line) == ("2024-09-24", 19)


def test_a_paragraph_after_a_wider_gap_than_three_is_no_item():
    r = minutes("""
        Protokoll kommunstyrelsens arbetsutskott 2024-05-14

        Närvarande: Karin Holm, Per Lind

        § 41 Val av justerare
        Per Lind utsågs att justera.

        § 42 Budget
        Informationen noteras.

        § 49 Övriga frågor
        Inga.
    """)
    assert [i.number for i in r.items] == ["41", "42"]


def test_a_date_label_below_the_list_of_people_is_not_a_second_date_of_the_meeting():
    r = minutes("""
        Minnesanteckningar projektmöte Nytt kundcenter
        2024-06-12

        Närvarande: Petra Sand, Magnus Ek

        Uppföljning
        Kravspecifikation för telefonisystemet: Magnus tar fram ett utkast.
        När: 2024-06-28
    """)
    assert (r.meeting.date, r.meeting.lines["date"]) == ("2024-06-12", 2)
    assert [(a.line, a.owners, a.due) for a in r.actions] == [(7, ["Magnus Ek"], "2024-06-28")]


def test_a_month_in_the_title_leaves_a_labelled_day_below_the_people_the_meetings_date():
    r = minutes("""
        Styrelsemöte mars 2025

        Närvarande: Lina Berg, Marcus Wallin

        Datum: 2025-03-15

        1. Läget
        Lina berättade.
    """)
    assert (r.meeting.date, r.meeting.lines["date"]) == ("2025-03-15", 5)


def test_who_above_what_in_a_block_owns_the_task_below():
    r = minutes("""
        Minnesanteckningar projektmöte Nytt kundcenter 2024-06-12

        Närvarande: Petra Sand, Magnus Ek, Li Wang, Rebecka Holm

        1. Uppföljning
        Vem: Magnus
        Vad: Kravspecifikation för telefonisystemet
        När: 2024-06-28

        Vem: Li och Rebecka
        Vad: Enkät till medborgarna om öppettider
        När: v. 27

        2. Övrigt
        Åtgärd: boka lokal till höstmötet
        Ansvarig: Petra
        Åtgärd: skicka ut kallelsen
        Ansvarig: Magnus
    """)
    assert [(a.line, a.owners, a.due) for a in r.actions] == [
        (7, ["Magnus Ek"], "2024-06-28"), (11, ["Li Wang", "Rebecka Holm"], "2024-07-05"),
        (15, ["Petra Sand"], None), (17, ["Magnus Ek"], None)]


def test_a_one_line_paragraph_opened_by_its_topic_and_a_colon_is_titled_by_the_topic():
    r = minutes("""
        Protokoll styrelsemöte Hyresgästföreningen Solrosen 2024-10-14

        Närvarande: Bengt Lund, Eva Rask, Ida Pihl

        § 1. Mötet öppnades av ordföranden.
        § 2. Ekonomi: Kassören redovisade saldot, 23 450 kr.
        § 3. Julfest: Beslutades att ha julfest lördag 14 december. Eva och Ida bokar lokal.
        § 4. Mötet avslutades.
    """)
    assert [(i.number, i.title) for i in r.items] == [
        ("1", "Mötet öppnades av ordföranden."), ("2", "Ekonomi"), ("3", "Julfest"), ("4", "Mötet avslutades.")]
    assert r.items[2].text == "Beslutades att ha julfest lördag 14 december. Eva och Ida bokar lokal."
    assert [(a.line, a.owners) for a in r.actions] == [(7, ["Eva Rask", "Ida Pihl"])]


def test_a_person_in_brackets_after_an_organisation_is_that_organisations():
    r = minutes("""
        Minnesanteckningar dialogmöte med föreningslivet 2024-11-26

        Närvarande
        Från kommunen: Camilla Berg (kultur- och fritidschef)
        Föreningar: IFK Norrby (Stefan Ek), Norrby Scoutkår (Malin Kask), PRO Norrby (Gösta Lind)
        Lunds kommun (Anna Ek)
        Per Holm (Region Skåne)
    """)
    assert [(p.name, p.organization, p.line) for p in r.attendees] == [
        ("Camilla Berg", "kommunen", 4), ("Stefan Ek", "IFK Norrby", 5), ("Malin Kask", "Norrby Scoutkår", 5),
        ("Gösta Lind", "PRO Norrby", 5), ("Anna Ek", "Lunds kommun", 6), ("Per Holm", "Region Skåne", 7)]


def test_partners_joined_before_the_verb_by_ihop_med_own_the_task():
    r = minutes("""
        Arbetsplatsträff Kostenheten 2024-10-08

        Närvarande: Marie Eriksson, Ahmed Yusuf

        Övrigt
        Ahmed ihop med Marie tar fram en ny meny till nästa möte.
    """)
    assert [(a.line, a.owners) for a in r.actions] == [(6, ["Ahmed Yusuf", "Marie Eriksson"])]


def test_the_signature_block_on_a_protocols_first_page_set_out_with_tabs():
    r = minutes("""
        SAMMANTRÄDESPROTOKOLL
        Byggnadsnämndens arbetsutskott

        Plats och tid\tStadshuset, rum Dalälven, kl. 13.00–15.10
        \ttorsdagen den 7 november 2024

        Beslutande\tGöran Alm (S), ordförande
        \tSiv Hedlund (M)

        Utses att justera\tSiv Hedlund

        Underskrifter\tSekreterare\t..........................\tParagrafer 71–72
        \t\tMaja Ekholm

        \tOrdförande\t..........................
        \t\tGöran Alm

        \tJusterande\t..........................
        \t\tSiv Hedlund

        § 71
        Val av justerare
        Siv Hedlund utses att justera protokollet.

        § 72
        Delegationsbeslut
        Redovisningen godkänns.
    """)
    # `Paragrafer 71–72` is the page's furniture in a cell of its own, not a column of
    # names: the row is one label and its role, with the name below it, as with spaces
    assert [(p.name, p.role, p.line) for p in r.signatories] == [
        ("Maja Ekholm", "sekreterare", 13), ("Göran Alm", "ordförande", 16), ("Siv Hedlund", "justerare", 19)]


def test_signing_up_creating_and_taking_over_are_commitments_but_declaring_a_conflict_is_not():
    r = minutes("""
        Styrelsemöte Motala Kanotklubb 2024-09-04

        Närvarande: Ylva Berggren, Anton Lind, Petra Sand

        § 4 Tävlingar
        Ylva anmäler ungdomslaget till distriktsmästerskapen före 20/9.
        Anton skapar en anmälningslänk på hemsidan.
        Petra tar över kassan efter Anton från den 1 oktober.

        § 5 Bidrag till bryggan
        Anton Lind anmäler jäv och deltar inte i handläggningen.
    """)
    assert [(a.line, a.owners, a.due) for a in r.actions] == [
        (6, ["Ylva Berggren"], "2024-09-20"), (7, ["Anton Lind"], None), (8, ["Petra Sand"], None)]


def test_the_day_below_justeringens_tid_is_when_the_minutes_are_checked_not_the_meetings():
    r = minutes("""
                                                    PROTOKOLL
        Kultur- och fritidsnämnden                  Sammanträdesdatum
                                                    2024-10-16
        Plats och tid: Kulturhuset, rum Ådalen, kl. 17.00–19.10

        Beslutande
        Maria Holm (S), ordförande
        Kjell Berg (M)

        Justeringens tid
        2024-10-21

        Kultur- och fritidsnämnden                  Sammanträdesdatum
                                                    2024-10-16
        § 31
        Val av justerare
        Kjell Berg utses att justera protokollet.
    """)
    m = r.meeting
    # the day below `Sammanträdesdatum` recurs as the page's furniture; the day below
    # `Justeringens tid` is when the minutes are checked, not the day of the meeting
    assert (m.date, m.lines["date"]) == ("2024-10-16", 3)
    assert (m.adjustment_date, m.lines["adjustment"]) == ("2024-10-21", 11)
    assert [p.name for p in r.attendees] == ["Maria Holm", "Kjell Berg"]


def test_a_chats_mention_with_an_at_sign_names_the_owner():
    r = minutes("""
        # Veckomöte kommunikationsenheten 2024-11-12

        ## Närvarande
        - Sanna Björk
        - Erik Holm

        ## Webben
        - [ ] @Sanna bokar genomgång med webbyrån
        - @Erik och @Sanna tar fram en ny startsida till nästa möte
        - Frågor skickas till webb@kommun.se
    """)
    assert [(a.line, a.owners) for a in r.actions] == [
        (8, ["Sanna Björk"]), (9, ["Erik Holm", "Sanna Björk"])]


def test_a_markdown_heading_over_the_agendas_list_is_no_item():
    r = minutes("""
        # Projektgruppen Nya Biblioteket

        **Datum:** 2024-10-01

        ## Dagordning
        1. Tidplan
        2. Inredning
        3. Övrigt

        ## 1. Tidplan
        Bygget ligger i fas.

        ## 2. Inredning
        Förslag på möbler visades.

        ## 3. Övrigt
        Inget.
    """)
    assert [(i.number, i.title, i.start_line) for i in r.items] == [
        ("1", "Tidplan", 10), ("2", "Inredning", 13), ("3", "Övrigt", 16)]
    assert r.source.unassigned_lines == []


def test_a_markdown_heading_over_a_list_of_its_own_is_an_item():
    r = minutes("""
        # Projektgruppen Nya Biblioteket 2024-10-01

        ## Inredning
        - Möbler
        - Belysning

        ## Övrigt
        Inget.
    """)
    assert [i.title for i in r.items] == ["Inredning", "Övrigt"]


def test_the_organisation_after_fran_is_that_of_the_names_before_it():
    r = minutes("""
        Minnesanteckningar samverkansmöte Fyrbodal 2024-03-05

        Närvarande:
        Anna Lund, Ulf Berg och Sara Ek från Vänersborgs kommun
        Johan Nyman från Trollhättans stad, Lena Ståhl från Uddevalla kommun, Ove Lind

        Läget
        Anna berättade om läget.
    """)
    assert [(p.name, p.organization, p.line) for p in r.attendees] == [
        ("Anna Lund", "Vänersborgs kommun", 4), ("Ulf Berg", "Vänersborgs kommun", 4),
        ("Sara Ek", "Vänersborgs kommun", 4), ("Johan Nyman", "Trollhättans stad", 5),
        ("Lena Ståhl", "Uddevalla kommun", 5), ("Ove Lind", None, 5)]


def test_a_slash_between_a_name_and_a_town_or_organisation_gives_where_the_person_is_from():
    r = minutes("""
        Anteckningar nätverket för överförmyndare 2024-02-13

        Närvarande: Anna Lund/Vänersborg, Ulf Berg/Ale kommun, Sara Ek/Karin Holm
        Förhinder: Per Nyman/Trollhättan

        Rapporter
        Anna berättade om läget.
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Anna Lund", "Vänersborg"), ("Ulf Berg", "Ale kommun"), ("Sara Ek", None), ("Karin Holm", None)]
    assert [(p.name, p.organization) for p in r.absent] == [("Per Nyman", "Trollhättan")]


def test_a_bracket_for_both_inside_a_list_gives_the_two_names_before_it_their_organisation():
    r = minutes("""
        Minnesanteckningar länsnätverket för kulturskolor 2024-09-24

        Närvarande: Ove Lind, Lisa Borg och Maja Tell (båda Region Gävleborg), Per Ek, Eva Ås (alla Hofors kommun)

        Rapporter
        Lisa berättade om läget.
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Ove Lind", None), ("Lisa Borg", "Region Gävleborg"), ("Maja Tell", "Region Gävleborg"),
        ("Per Ek", "Hofors kommun"), ("Eva Ås", "Hofors kommun")]


def test_a_last_name_first_before_a_dash_or_a_town_is_still_one_person():
    r = minutes("""
        Närvarolista nätverket för folkhälsa 2024-01-23

        Närvarande:
        Andersson, Anna – Vänersborg
        Bergström, Ulf, Trollhättans stad
        Karlsson, Per (S)

        Rapporter
        Anna berättade om läget.
    """)
    assert [(p.name, p.organization, p.party) for p in r.attendees] == [
        ("Anna Andersson", "Vänersborg", None), ("Ulf Bergström", "Trollhättans stad", None),
        ("Per Karlsson", None, "S")]


def test_where_a_person_is_from_on_the_line_below_the_name_before_a_blank_line():
    r = minutes("""
        Minnesanteckningar
        Länsnätverket för integration 2024-05-14

        Deltagare
        Anna Lund
        Vänersborgs kommun

        Ulf Berg
        Utvecklingsledare, Trollhättans stad

        Sara Ek
        Länsstyrelsen

        Aktuellt
        Sara berättade om läget.
    """)
    assert [(p.name, p.organization, p.role) for p in r.attendees] == [
        ("Anna Lund", "Vänersborgs kommun", None), ("Ulf Berg", "Trollhättans stad", "Utvecklingsledare"),
        ("Sara Ek", "Länsstyrelsen", None)]
    assert r.source.unassigned_lines == []


def test_a_numbered_list_of_people_under_its_label_is_read_as_people():
    r = minutes("""
        Protokoll årsmöte SPF Seniorerna Norrby 2024-03-12

        Närvarande:
        1. Anna Lund
        2. Ulf Berg, kassör
        3. Sara Ek

        § 1 Mötets öppnande
        Ordföranden öppnade mötet.

        § 2 Val av justerare
        Sara Ek valdes att justera protokollet.
    """)
    assert [(p.name, p.role, p.line) for p in r.attendees] == [
        ("Anna Lund", None, 4), ("Ulf Berg", "kassör", 5), ("Sara Ek", None, 6)]
    assert [i.number for i in r.items] == ["1", "2"]


def test_a_body_choosing_what_to_do_decides():
    r = minutes("""
        Styrelsemöte Vallby Byalag 2024-08-20

        Närvarande: Eva Sand, Nils Öhman

        § 4 Midsommarfirandet
        Styrelsen valde att avvakta med beslut om nästa års firande.
        Nils valde att avstå från att delta i beslutet.

        § 5 Val
        Mötet valde Eva Sand till kassör.
    """)
    # a person's choice is none; an election is one (`test_an_election_is_a_decision`)
    assert [(d.line, d.item) for d in r.decisions] == [(6, "4"), (10, "5")]


def test_an_organisation_in_lower_case_after_its_adjective_is_the_persons_organisation():
    r = minutes("""
        Minnesanteckningar Kommunala pensionärsrådet 2024-03-06

        Närvarande
        Lennart Holm (S), ordförande, kommunstyrelsen
        Rolf Bengtsson (M), tekniska nämnden
        Birgitta Svensson, PRO Ulricehamn

        Anmält förhinder
        Lars Frisk (C), tekniska nämnden
        Eva Ek, brottsförebyggande rådet
        Åsa Lind, ordförande tekniska nämnden

        1. Mötets öppnande
        Ordföranden öppnade mötet.
    """)
    people = r.attendees + r.absent
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Lennart Holm", "kommunstyrelsen", "ordförande"),
        ("Rolf Bengtsson", "tekniska nämnden", None),
        ("Birgitta Svensson", "PRO Ulricehamn", None),
        ("Lars Frisk", "tekniska nämnden", None),
        ("Eva Ek", "brottsförebyggande rådet", None),
        ("Åsa Lind", None, "ordförande tekniska nämnden")]


def test_a_promise_in_the_perfect_is_the_promisers_task():
    r = minutes("""
        Minnesanteckningar nätverket för fritidsgårdar 2024-05-14

        Deltagare: Rut Berg, Kalle Ström, Mona Ek

        1. Sommarlovet
        Rut har åtagit sig att samordna resan till Liseberg.
        Kalle har lovat att boka bussen senast 1 juni.
        Mona har tagit på sig att ringa föräldrarna.
        Mona har lovat mycket förut.
    """)
    assert [(a.line, a.owners) for a in r.actions] == [
        (6, ["Rut Berg"]), (7, ["Kalle Ström"]), (8, ["Mona Ek"])]
    assert r.actions[1].due == "2024-06-01"


def test_a_consensus_said_in_the_past_and_the_decision_as_subject_are_decisions():
    r = minutes("""
        Minnesanteckningar arbetsgruppen för trygghet 2024-05-14

        Deltagare: Rut Berg, Kalle Ström, Mona Ek

        1. Nattvandring
        Gruppen var överens om att starta nattvandringar i höst.
        Alla var eniga om att bjuda in polisen.
        Vi är överens om att läget är svårt.

        2. Belysning
        Frågan diskuterades. Beslutet blev att avvakta kommunens besked.
        Samtliga ledamöter var överens om att det är mörkt.
    """)
    assert [(d.line, d.text) for d in r.decisions] == [
        (6, "att starta nattvandringar i höst."), (7, "att bjuda in polisen."),
        (11, "att avvakta kommunens besked.")]


def test_a_passive_decision_by_the_body_whose_minutes_these_are_is_the_meetings():
    r = minutes("""
        Styrelsemöte Vallby Byalag 2024-08-20

        Närvarande: Eva Sand, Nils Öhman

        § 4 Midsommarfirandet
        Förslaget om nytt datum godkändes av styrelsen.
        Budgeten antogs av kommunfullmäktige i juni.
        Motionen avslogs av valberedningen.
    """)
    assert [d.line for d in r.decisions] == [6]
    other = minutes("""
        Minnesanteckningar arbetsgruppen för midsommar 2024-08-20

        § 4 Midsommarfirandet
        Förslaget om nytt datum godkändes av styrelsen.
    """)
    assert other.decisions == []


def test_a_presence_label_followed_by_a_group_opens_a_list_of_that_group():
    r = minutes("""
        Minnesanteckningar Politikerplattform Mellersta Norrland 2024-04-25

        Närvarande politiker
        Sundsvall: Åsa Lund (S)
        Timrå: Peter Hed (M), Inger Ståhl (S)

        Närvarande förtroendevalda: Erik Norrby (C), Ånge

        Närvarande tjänstepersoner
        Länsstyrelsen: Kristina Berg

        1. Välkomna
        Åsa Lund öppnade mötet.
    """)
    assert [(p.name, p.organization, p.party, p.group) for p in r.attendees] == [
        ("Åsa Lund", "Sundsvall", "S", "Politiker"), ("Peter Hed", "Timrå", "M", "Politiker"),
        ("Inger Ståhl", "Timrå", "S", "Politiker"), ("Erik Norrby", "Ånge", "C", "Förtroendevalda"),
        ("Kristina Berg", "Länsstyrelsen", None, "Tjänstepersoner")]


def test_the_next_meetings_place_in_prose_after_a_comma_before_its_time_or_held_apart_before_a_comma():
    r = minutes("""
        Minnesanteckningar 2023-10-03

        Övrigt
        Nästa sammanträde 12 december kl. 18.30, Församlingshemmet
        Nästa nätverksträff hålls 8 februari 2024 i Sundsvall, kl. 10-15.
        Nästa träff blir digital, onsdagen den 22 november kl. 10.00-11.30.
        Nästa möte 7 december, Anna skickar kallelsen.
    """)
    assert [(e.date, e.start_time, e.location) for e in r.calendar] == [
        ("2023-12-12", "18:30", "Församlingshemmet"), ("2024-02-08", "10:00", "Sundsvall"),
        ("2023-11-22", "10:00", "digital"), ("2023-12-07", None, None)]


def test_a_calendar_label_after_datum_for_opens_the_groups_coming_meetings():
    r = minutes("""
        Minnesanteckningar nätverket för skolkuratorer 2024-10-03

        1. Aktuellt
        Mona berättade om läget.

        2. Datum för kommande träffar
        6 nov 2024 kl 9.00-12.00 i Skellefteå
        4 dec 2024 kl 13.00-15.00 (Teams)
    """)
    assert [(e.date, e.start_time, e.location) for e in r.calendar] == [
        ("2024-11-06", "09:00", "Skellefteå"), ("2024-12-04", "13:00", "Teams")]
    assert r.next_meeting.date == "2024-11-06"


def test_a_calendar_rows_fika_fair_or_camp_is_what_is_on_not_where():
    r = minutes("""
        Minnesanteckningar föreningsrådet 2024-10-03

        1. Kalendarium
        5/12 Julfika
        12/12 Jobbmässa i Sporthallen
        18/6 Sommarläger, Furuvik
    """)
    assert [(e.title, e.location) for e in r.calendar] == [
        ("Julfika", None), ("Jobbmässa", "Sporthallen"), ("Sommarläger", "Furuvik")]


def test_an_answer_or_interjection_before_the_comma_is_no_owner():
    r = minutes("""
        Minnesanteckningar samverkansgruppen 2023-11-08

        Närvarande: Sara Nilsson, Peter Lind, Johan Ek

        1. Trygghetsvandring
        Fråga: Ska skolorna bjudas in?
        Svar: Ja, Sara skickar inbjudan till rektorerna senast 15/11.
        Okej, Peter bokar bussen.
        Skolorna har inte svarat, men Johan kontaktar rektorn.
    """)
    assert [(a.line, a.owners) for a in r.actions] == [
        (7, ["Sara Nilsson"]), (8, ["Peter Lind"]), (9, ["Johan Ek"])]
    assert r.actions[0].due == "2023-11-15"


def test_a_signature_row_of_labels_then_the_name_gives_the_name_its_role():
    r = minutes("""
        SAMMANTRÄDESPROTOKOLL
        Kultur- och fritidsnämnden

        Plats och tid\tBiblioteket, lilla salen, 2024-03-12 kl. 17.00–19.15
        Beslutande\tKerstin Ahl (S), ordförande
        \tJohan Nord (M)
        Utses att justera\tJohan Nord
        Underskrifter\tSekreterare\tPia Rask\tParagrafer 21–24
        \tOrdförande\tKerstin Ahl
        \tJusterande\tJohan Nord

        § 21 Godkännande av dagordning
        Dagordningen godkänns.
    """)
    assert [(p.name, p.role, p.line) for p in r.signatories] == [
        ("Pia Rask", "sekreterare", 8), ("Kerstin Ahl", "ordförande", 9), ("Johan Nord", "justerare", 10)]


def test_a_matter_sent_back_or_put_off_in_the_present_is_a_decision_not_a_task():
    r = minutes("""
        Protokoll barn- och utbildningsnämnden 2024-02-13

        § 8 Budgetuppföljning
        Ärendet återremitteras till förvaltningen.

        § 9 Skolskjutsar
        Nämnden bordlägger ärendet till nästa sammanträde.

        § 10 Lokalfrågan
        Nämnden återremitterar ärendet för ytterligare utredning.
    """)
    assert [(d.line, d.item) for d in r.decisions] == [(4, "8"), (7, "9"), (10, "10")]
    assert r.actions == []


def test_a_passive_after_a_motions_att_is_proposed_not_decided():
    r = minutes("""
        Protokoll barn- och utbildningsnämnden 2024-02-13

        § 8 Budgetuppföljning
        Per Holm (SD) yrkar att ärendet återremitteras.
        Anna Berg (S) föreslår att rapporten läggs till handlingarna.
        Ordföranden finner att nämnden beslutat enligt Anna Bergs förslag.
        Rapporten läggs till handlingarna.
    """)
    assert [d.line for d in r.decisions] == [6, 7]
    assert [p.line for p in r.proposals] == [4]


def test_the_writer_named_after_undertecknad_is_present():
    r = minutes("""
        Minnesanteckningar föräldrarådet 2023-10-03

        Närvarande: Eva Lind, Bo Ek och Karin Sjö samt undertecknad Lisa Falk
        Övriga närvarande:
        Nils Holm
        Undertecknad, Maja Ros (sekr.)

        1. Skolgården
        Eva berättade om planerna.
    """)
    assert [(p.name, p.line, p.role) for p in r.attendees] == [
        ("Eva Lind", 3, None), ("Bo Ek", 3, None), ("Karin Sjö", 3, None), ("Lisa Falk", 3, None),
        ("Nils Holm", 5, None), ("Maja Ros", 6, "sekreterare")]


def test_a_calendar_rows_place_after_a_note_of_the_day_loses_its_preposition():
    r = minutes("""
        Minnesanteckningar nätverket 2024-10-03

        1. Aktuellt
        Mona berättade om läget.

        2. Kommande möten
        16/1 2025 heldag i Östersund
        20/2 halvdag på Mittuniversitetet
        12/3 kväll hos Ulf
    """)
    assert [(e.date, e.title, e.location) for e in r.calendar] == [
        ("2025-01-16", "heldag", "Östersund"), ("2025-02-20", "halvdag", "Mittuniversitetet"),
        ("2025-03-12", "kväll", "hos Ulf")]


def test_a_long_run_of_role_words_before_a_name_is_read_without_exhausting_the_stack():
    # each role word before a name was one more level of recursion: 1,500 of them in a
    # signature row raised RecursionError, and the file was lost
    r = minutes("1. Ärendet\nMona berättade.\n\nJusteras\n\n" + "Sekreterare " * 1500 + "Eva Ek\n")
    assert [i.title for i in r.items] == ["Ärendet"]
    # one role before a name is still read as the name's
    r = minutes("Närvarande:\nrektor Eva Lund\n\n1. Ärendet\n")
    assert [(p.name, p.role) for p in r.attendees] == [("Eva Lund", "rektor")]


def test_labels_in_a_row_read_their_rows_once_and_a_later_label_still_its_own():
    r = minutes("""
        Minnesanteckningar nätverket 2024-10-03

        1. Aktuellt
        Mona berättade om läget.
        Kommande möten:
        Mötestider hösten 2025:
        12/9 kl 9-12 i Ale
        10/10 kl 9-12 i Ale
        Mona bokar lokalerna.
        Kommande träffar:
        14/11 Kungälv
    """)
    assert [(e.line, e.date, e.location) for e in r.calendar] == [
        (7, "2025-09-12", "Ale"), (8, "2025-10-10", "Ale"), (11, "2024-11-14", "Kungälv")]


def test_the_forum_above_the_kinds_dated_line_stays_the_title_above_a_list_of_people_and_an_agenda():
    r = minutes("""
        Samverkansgrupp Socialtjänsten Öst
        Anteckningar 2024-09-12, kl 09:00–10:30, Teams

        Deltog:
        Arbetsgivare: Lena Åkerlund (verksamhetschef)
        Vision: Omar Haddad

        Dagordning
        1. Val av sekreterare
        2. Övrigt

        1. Val av sekreterare
        Omar valdes till sekreterare.

        2. Övrigt
        Inga övriga frågor.

        Nästa samverkan: 10 oktober kl 9–10.30
    """)
    assert (r.meeting.title, r.meeting.lines["title"]) == ("Samverkansgrupp Socialtjänsten Öst", 1)
    # the title names the forum, so `Nästa samverkan` is its next meeting
    assert (r.next_meeting.date, r.next_meeting.start_time) == ("2024-10-10", "09:00")


def test_a_pronoun_before_the_verb_is_its_subject_so_the_name_after_it_owns_nothing():
    got = actions_of("1. Lokalfrågan\n\nVi kontaktar Annika om lokalen.\n"
                     "Hon bjuder in Mats till nästa möte.\n"
                     "Därefter kontaktar Karin kommunen.\n"
                     "Vi ber Mats att boka lokalen.\n")
    assert got == [("Därefter kontaktar Karin kommunen.", ["Karin Martinsson"], ["Karin"]),
                   ("Vi ber Mats att boka lokalen.", ["Mats Oljelund"], ["Mats"])]


def test_coming_meetings_of_the_body_the_title_names_give_the_next_meeting():
    text = """
        Minnesanteckningar – {title}
        Datum: 2024-09-19

        1. Aktuellt
        Karin informerade om de nya medlen.

        2. Kommande nätverksträffar
        Datum	Tid	Plats
        21 november	09.30–12.00	Teams
        6 februari 2025	09.30–15.00	Hudiksvall
    """
    r = minutes(text.format(title="Regionalt nätverk för integration"))
    assert [e.date for e in r.calendar] == ["2024-11-21", "2025-02-06"]
    assert (r.next_meeting.date, r.next_meeting.location) == ("2024-11-21", "Teams")
    # a working group's minutes list the network's meetings: not its own
    r = minutes(text.format(title="Arbetsgruppen för mottagande"))
    assert [e.date for e in r.calendar] == ["2024-11-21", "2025-02-06"]
    assert r.next_meeting is None


def test_a_deadline_at_the_turn_of_a_month_or_the_start_of_school_is_written_with_no_date():
    r = minutes("Datum: 2024-09-16\n" + ATTENDEES + "1. Ärendeläget\n\n"
                "Mats skickar fakturorna före månadsskiftet.\n"
                "Karin uppdaterar rutinen till halvårsskiftet.\n"
                "Halmstad bokar lokalerna innan skolstarten.\n")
    assert [(a.owners, a.due, a.due_text) for a in r.actions] == [
        (["Mats Oljelund"], None, "före månadsskiftet"), (["Karin Martinsson"], None, "till halvårsskiftet"),
        (["Halmstad"], None, "innan skolstarten")]


def test_raising_a_matter_with_someone_is_a_task_raising_it_at_the_meeting_is_not():
    r = minutes("Datum: 2024-11-06\n" + ATTENDEES + "1. Arbetsmiljö\n\n"
                "Mats tar upp frågan om parkeringstillstånd med förvaltningen.\n"
                "Karin tar upp det med rektorerna till nästa möte.\n"
                "Annika tar upp frågan om stressen på eftermiddagarna.\n")
    assert [(a.text, a.owners) for a in r.actions] == [
        ("Mats tar upp frågan om parkeringstillstånd med förvaltningen.", ["Mats Oljelund"]),
        ("Karin tar upp det med rektorerna till nästa möte.", ["Karin Martinsson"])]


def test_a_group_named_by_a_compound_of_a_body_takes_on_work_in_the_present():
    r = minutes("Datum: 2024-03-12\n" + ATTENDEES + "1. Vårens aktiviteter\n\n"
                "Föräldrarådet ordnar fika till vårfesten.\n"
                "Kostgruppen ser över menyn.\n"
                "Socialnämnden ser över riktlinjerna.\n"
                "Kommunen undersöker frågan.\n"
                "Kostgruppen lämnar synpunkter senast 8 mars.\n")
    assert [(a.text, a.owners) for a in r.actions] == [
        ("Föräldrarådet ordnar fika till vårfesten.", ["Föräldrarådet"]),
        ("Kostgruppen ser över menyn.", ["Kostgruppen"]),
        ("Kostgruppen lämnar synpunkter senast 8 mars.", ["Kostgruppen"])]


def test_a_compound_role_in_the_definite_owns_a_task_and_resolves_to_who_holds_it():
    r = minutes("""
        Protokoll styrelsemöte Samordningsförbundet Östra Skaraborg
        Datum: 2024-03-22

        Närvarande: Kristina Ros (M), ordförande, Jan Ek (S)
        Övriga: Camilla Strand, förbundschef

        § 11 Insatsen Steget vidare
        Förbundschefen tar fram en uppföljning till nästa möte.
        Kommunikatören lägger ut informationen på hemsidan.
        Förbundschefen Camilla bokar lokal.
        Vaktmästaren informerade om låsen.
        Förbundschef Camilla skickar ut kallelsen.
    """)
    assert [(a.line, a.owners, a.owner_mentions) for a in r.actions] == [
        (8, ["Camilla Strand"], ["Förbundschefen"]), (9, ["Kommunikatören"], ["Kommunikatören"]),
        (10, ["Camilla Strand"], ["Förbundschefen Camilla"]), (12, ["Camilla Strand"], ["Förbundschef Camilla"])]


def test_a_decision_taken_with_the_decision_as_subject_and_none_taken():
    r = minutes("""
        3. Budget
        Rådet har 15 000 kr kvar. Beslut fattades om att lägga 5 000 kr på en filmkväll.
        Beslut togs om att köpa in nya bollar.
        Det fattades beslut om att flytta mötet till onsdagar.
        Om lokalen: beslut togs inte.
        Beslut togs inte om resan.
        Nämnden beslutade inte i frågan.
        Det togs inget beslut om saken.
    """)
    assert [(d.text, d.line) for d in r.decisions] == [
        ("att lägga 5 000 kr på en filmkväll.", 2), ("att köpa in nya bollar.", 3),
        ("att flytta mötet till onsdagar.", 4)]


def test_an_annual_meetings_own_chair_signs_under_the_compound_label():
    r = minutes("""
        Protokoll fört vid ordinarie föreningsstämma i Brf Aspen 2
        Datum: 2024-05-21

        § 1 Stämmans öppnande
        Ordföranden öppnade stämman.

        Vid protokollet\t\tJusteras
        Lena Dahl\t\tOmar Said

        \t\tStämmoordförande
        \t\tGöran Holm
    """)
    assert [(p.name, p.role, p.line) for p in r.signatories] == [
        ("Lena Dahl", "sekreterare", 8), ("Omar Said", "justerare", 8), ("Göran Holm", "ordförande", 11)]
    r = minutes("Datum: 2024-05-21\n\n1. Öppnande\nStämman öppnades.\n\nÅrsmötessekreterare: Lena Dahl\n")
    assert [(p.name, p.role, p.line) for p in r.signatories] == [("Lena Dahl", "sekreterare", 6)]


def test_how_far_a_task_has_come_from_a_status_column_a_status_in_the_deadlines_column_and_a_box():
    r = minutes("""
        Minnesanteckningar styrgrupp e-arkiv
        Datum: 2024-04-17

        Närvarande: Mats Granberg, Hanna Öst, Ulrika Svahn, Tarik Sed

        4. Aktiviteter
        ID\tAktivitet\tAnsvarig\tDatum\tStatus
        A12\tUppdatera tidplan\tMats Granberg\t2024-05-15\tPågår
        A13\tTa fram utbildningsmaterial\tHanna Öst\t2024-06-01\tEj påbörjad
        A14\tBoka möte med Arkivet\tUlrika Svahn\t2024-05-10\tKlar
        A15\tSkriva rutin\tTarik Sed\tv. 20\tSe punkt 5

        5. Uppföljning
        Vad\tVem\tKlart
        Sammanställa sjukfrånvaro\tTarik Sed\tKlar
        Rutin för avvikelser\tHanna Öst\t2024-04-30

        6. Att göra
        - [ ] Mats: boka lokal till nästa möte
        - [x] Hanna: skicka ut enkäten
        ☑ Ulrika: beställa pärmar
    """)
    assert [(a.line, a.due, a.due_text, a.status, a.done) for a in r.actions] == [
        (8, "2024-05-15", "2024-05-15", "Pågår", False), (9, "2024-06-01", "2024-06-01", "Ej påbörjad", False),
        (10, "2024-05-10", "2024-05-10", "Klar", True), (11, "2024-05-17", "v. 20", "Se punkt 5", None),
        (15, None, None, "Klar", True), (16, "2024-04-30", "2024-04-30", None, None),
        (19, None, "till nästa möte", None, False), (20, None, None, None, True), (21, None, None, None, True)]


def test_a_calendar_of_coming_activities_and_an_event_with_its_place_before_the_date():
    r = minutes("""
        Sammanträde med styrelsen för Vattenrådet
        Datum: 2024-08-27

        § 3 Kommande aktiviteter
        Fältdag vid Svartälven 12 september.
        Rådsmöte 21 november kl 13-16, Borlänge.
        Julfest hos Eva 14 december kl. 18
    """)
    assert [(e.line, e.date, e.start_time, e.location, e.title) for e in r.calendar] == [
        (5, "2024-09-12", None, "Svartälven", "Fältdag"), (6, "2024-11-21", "13:00", "Borlänge", "Rådsmöte"),
        (7, "2024-12-14", "18:00", "hos Eva", "Julfest")]


def test_a_deadline_in_brackets_at_the_end_of_a_task_outside_a_to_do_list():
    r = minutes("""
        Veckomöte – Team Öst
        Måndag 2024-03-04

        Närvarande: Jens, Malin, Sofia, Ahmed

        Denna vecka
        • Sofia uppdaterar rutinen (fredag)
        • Ahmed ringer kunderna i Lund (15/3).
        • Malin tar upp frågan med Jens (se punkt 4)
    """)
    assert [(a.owners, a.due, a.due_text) for a in r.actions] == [
        (["Sofia"], "2024-03-08", "fredag"), (["Ahmed"], "2024-03-15", "15/3"), (["Malin"], None, None)]


def test_a_town_and_a_date_under_the_title_as_a_letter_is_dated():
    for line, times in (("Luleå 2024-05-16", (None, None)), ("Luleå den 16 maj 2024", (None, None)),
                        ("Luleå, 16 maj 2024 kl. 9-12", ("09:00", "12:00"))):
        r = minutes(f"""
            ANTECKNINGAR
            Dialogmöte Trafikverket – kommunerna i Norrbotten
            {line}

            Närvarande
            Trafikverket: Stina Backe, Oskar Nilsson

            Inledning
            Stina hälsade välkommen.
        """)
        m = r.meeting
        assert (m.title, m.date, m.location, (m.start_time, m.end_time)) == (
            "Dialogmöte Trafikverket – kommunerna i Norrbotten", "2024-05-16", "Luleå", times), line


def test_an_organisation_that_takes_the_matter_back_to_answer_owns_a_task_without_a_deadline():
    r = minutes("""
        ANTECKNINGAR
        Dialogmöte Trafikverket – kommunerna i Norrbotten
        Luleå 2024-05-16

        Närvarande
        Trafikverket: Stina Backe, Oskar Nilsson
        Bodens kommun: Erik Lundström

        Vägunderhåll
        Kommunerna framförde att vinterväghållningen har brustit. Trafikverket tar med sig synpunkterna.
        Bodens kommun återkommer med besked om busshållplatserna.
        Trafikverket undersöker saken.
    """)
    assert [(a.line, a.owners) for a in r.actions] == [(10, ["Trafikverket"]), (11, ["Bodens kommun"])]


def test_the_next_meeting_named_by_the_bodys_letters():
    r = minutes("""
        Möte med elevhälsoteamet
        Datum: Onsdag 2024-04-10

        1. Läget i åk 7
        Petra: flera elever har hög frånvaro.

        Nästa EHT: 24/4
    """)
    assert (r.next_meeting.date, r.next_meeting.line) == ("2024-04-24", 7)
    r = minutes("Minnesanteckningar KPR\nDatum: 2024-04-10\n\n1. Färdtjänst\n"
                "Frågan tas upp på nästa KPR den 12 maj.\n")
    assert r.next_meeting.date == "2024-05-12"


def test_a_calendar_row_that_says_when_on_the_day_by_what_else_happens_then_names_no_place():
    r = minutes("""
        Protokoll Kyrkorådet i Bergs församling
        Sammanträdesdag: söndag 8 september 2024

        § 37 Kommande sammanträden
        Söndag 13 oktober efter högmässan
        14 november i samband med årsmötet
        5 december före gudstjänsten i Bergs kyrka
        Gudstjänst 8 december efter kyrkkaffet
    """)
    assert [(e.date, e.location, e.title) for e in r.calendar] == [
        ("2024-10-13", None, "efter högmässan"), ("2024-11-14", None, "i samband med årsmötet"),
        ("2024-12-05", "Bergs kyrka", "före gudstjänsten"), ("2024-12-08", None, "Gudstjänst")]


def test_a_school_holiday_or_a_time_off_as_a_deadline():
    r = minutes("""
        Möte med elevhälsoteamet
        Datum: 2024-03-20

        Deltagare: Karin (rektor), Moa (specialpedagog), Ali (kurator)

        1. Läget i åk 7
        Moa ser över läsförmågan innan påsklovet.
        Ali ska kontakta vårdnadshavarna före sommarlovet.
        Karin bokar möte med mentorerna innan julledigheten.
    """)
    assert [(a.owners, a.due_text) for a in r.actions] == [
        (["Moa"], "innan påsklovet"), (["Ali"], "före sommarlovet"), (["Karin"], "innan julledigheten")]


def test_a_name_over_what_the_writer_is_on_the_last_lines_signs_the_notes():
    r = minutes("""
        Minnesanteckningar
        Arbetsgruppen för säker skolväg
        Tisdag 2024-02-06 kl 15-16.30

        Deltagare: Åsa Nord, Jonas Alm, Tina Rask

        1. Åtgärder
        Åsa tar fram ett förslag på farthinder till nästa möte.

        Åsa Nord
        Trafikplanerare
    """)
    assert [(s.name, s.role, s.line) for s in r.signatories] == [("Åsa Nord", "Trafikplanerare", 10)]
    assert (r.items[-1].end_line, r.source.unassigned_lines) == (8, [])
    # a name over a sentence is what the item says
    r = minutes("Minnesanteckningar\nDatum: 2024-02-06\n\nDeltagare: Åsa Nord, Jonas Alm\n\n1. Åtgärder\n"
                "Jonas visade enkäten.\n\nÅsa Nord\nTar fram ett förslag.\n")
    assert r.signatories == []


def test_the_one_day_a_tasks_sentence_names_is_its_deadline():
    r = minutes("""
        Ledningsgrupp socialförvaltningen
        2024-09-02, kl 8.30-10

        Närvarande: Jenny Holst, Patrik Vall, Sanna Öhman, Mats Ring

        1. Övriga frågor
        Patrik utreder parkeringen och återkommer 16/9.
        Sanna skickar ut rutinen den 20 september.
        Mats sammanställer statistiken från 26/8.
        Jenny följer upp beslutet 30/8.
    """)
    assert [(a.owners, a.due_text, a.due) for a in r.actions] == [
        (["Patrik Vall"], "16/9", "2024-09-16"), (["Sanna Öhman"], "den 20 september", "2024-09-20"),
        (["Mats Ring"], None, None), (["Jenny Holst"], None, None)]


def test_a_status_line_under_a_task_gives_how_far_it_has_come():
    r = minutes("""
        Ledningsgrupp socialförvaltningen
        Datum: 2024-09-02

        Närvarande: Jenny Holst, Sanna Öhman, Mats Ring

        1. Rekrytering
        Sanna annonserar tjänsterna vecka 37.
        Status: pågår

        2. Budget
        Åtgärd: Mats ser över kostnaderna.
        Ansvarig: Mats Ring
        Klart: ja

        3. Lokaler
        Jenny bokar rummet till hösten.

        Status: lokalen är för liten
    """)
    assert [(a.line, a.status, a.done, a.due_text) for a in r.actions] == [
        (7, "pågår", False, "vecka 37"), (11, "ja", True, None), (16, None, None, "till hösten")]


def test_an_election_is_a_decision():
    r = minutes("""
        Årsmötesprotokoll Hembygdsföreningen Gamla Gården
        Söndagen den 23 februari 2025 kl. 14.00 i Bygdegården

        1. Val av mötesordförande och sekreterare
        Till mötesordförande valdes Gun Strand och till sekreterare Oskar Nyman.

        2. Val av justerare
        Till att jämte ordföranden justera protokollet valdes Mari Sjö och Leif Hed.

        3. Val av styrelse
        Till ordförande på ett år omvaldes Bertil Ahl.
        Årsmötet valde Elsa Berg till kassör.
        Hon valdes in i styrelsen redan 2019.

        4. Val av kontaktperson
        Oskar Nyman utses till kontaktperson mot kommunen.
        Arbetsgrupp utses: Gun och Leif.
    """)
    assert [(d.line, d.item) for d in r.decisions] == [(5, "1"), (8, "2"), (11, "3"), (12, "3"), (16, "4")]
    assert r.decisions[0].text == "Till mötesordförande valdes Gun Strand och till sekreterare Oskar Nyman."
    # one told of, or a protocol's label of who checks it, is none
    r = minutes("Protokoll styrelsen\nDatum: 2024-03-12\n\n§ 1 Information\n"
                "Mona berättade att Eva valdes till ordförande i förbundet.\n\n§ 2 Justering\n"
                "Utses att justera: Lars Öberg\n")
    assert r.decisions == []


def test_minutes_kept_as_a_table_one_row_an_item():
    # a working group's notes in a Word table: each row an item, its decision and its task
    r = minutes("""
        Veckomöte enheten för digital utveckling
        2025-01-20

        Deltagare: Anna Björk, Peter Lund, Maria Kron

        Punkt | Diskussion | Beslut | Ansvarig | Klart
        1. Driftläget | Inga större störningar. | – | – | –
        2. E-tjänst för bygglov | Leverantören är försenad. | Vi avvaktar leverans. | Peter | v. 6
        3. Säkerhetsutbildning | Alla ska gå utbildningen. | Obligatorisk för alla. | Maria | 2025-02-28

        Nästa möte: 2025-01-27 kl. 09.00
    """)
    assert [(i.number, i.title, i.start_line) for i in r.items] == [
        ("1", "Driftläget", 7), ("2", "E-tjänst för bygglov", 8), ("3", "Säkerhetsutbildning", 9)]
    assert r.items[0].text.startswith("Inga större störningar.")
    assert [(d.item, d.text, d.line) for d in r.decisions] == [
        ("2", "Vi avvaktar leverans.", 8), ("3", "Obligatorisk för alla.", 9)]
    assert [(a.item, a.owners, a.text, a.due) for a in r.actions] == [
        ("2", ["Peter Lund"], "Vi avvaktar leverans.", "2025-02-07"),
        ("3", ["Maria Kron"], "Obligatorisk för alla.", "2025-02-28")]
    assert r.next_meeting.date == "2025-01-27" and r.source.unassigned_lines == []
    # the same in Markdown, with the rule under the header row
    r = minutes("# Trygghetsvandring 2025-04-02\n\nNärvarande: Ida Lund, Omar Saleh\n\n"
                "| Punkt | Diskussion | Beslut | Ansvarig | Klart |\n|---|---|---|---|---|\n"
                "| 1. Rutten | Samma runda som i fjol. | Rutten fastställs. | Ida | 2025-04-20 |\n"
                "| 2. Inbjudan | Inbjudan ska nå alla föreningar. | – | Omar | v. 16 |\n")
    assert [(i.number, i.title) for i in r.items] == [("1", "Rutten"), ("2", "Inbjudan")]
    assert [(a.owners, a.text) for a in r.actions] == [
        (["Ida Lund"], "Rutten fastställs."), (["Omar Saleh"], "Inbjudan ska nå alla föreningar.")]


def test_minutes_kept_as_a_table_of_tabs_with_empty_cells_and_a_row_that_goes_on():
    # Word's table as text: a tab a cell, so an empty cell is two tabs in a row, and a row
    # with its first cells empty goes on with the item above; its notes are read as text
    r = minutes(
        "Projektmöte ny förskola Ekbacken\nDatum: 2025-05-14\nNärvarande: Sofia Ahl, Erik Nyström, Hanna Berg\n\n"
        "Nr\tÄrende\tNoteringar\tBeslut/Åtgärd\tAnsvarig\tKlart\n"
        "1\tFöregående protokoll\tGenomgånget.\t\t\t\n"
        "2\tTidplan\tBygglovet beräknas klart i juni.\t\tSofia\t2025-05-30\n"
        "\t\tErik kontaktar Skanska om stommen senast 1/6.\t\t\t\n"
        "3\tInventarier\tTre anbud har kommit in.\tAnbudet från Lekia antas.\t\t\n")
    assert [(i.number, i.title) for i in r.items] == [("1", "Föregående protokoll"), ("2", "Tidplan"),
                                                      ("3", "Inventarier")]
    assert [(d.item, d.text) for d in r.decisions] == [("3", "Anbudet från Lekia antas.")]
    assert [(a.line, a.owners, a.text, a.due) for a in r.actions] == [
        (7, ["Sofia Ahl"], "Bygglovet beräknas klart i juni.", "2025-05-30"),
        (8, ["Erik Nyström"], "Erik kontaktar Skanska om stommen senast 1/6.", "2025-06-01")]


def test_the_join_at_the_end_of_an_att_clause_is_no_part_of_the_decision():
    r = minutes("""
        § 45 Medborgarförslag om utegym i Västerby

        Beslut
        Kommunstyrelsen beslutar
        att bifalla medborgarförslaget, samt
        att uppdra åt tekniska förvaltningen att anlägga ett utegym under 2025.

        § 46 Delegationsbeslut
        Kommunstyrelsen beslutar
        att godkänna redovisningen och
        att lägga den till handlingarna.
    """)
    assert [d.text for d in r.decisions] == [
        "att bifalla medborgarförslaget", "att uppdra åt tekniska förvaltningen att anlägga ett utegym under 2025.",
        "att godkänna redovisningen", "att lägga den till handlingarna."]


def test_the_join_at_the_end_of_a_decided_point_in_a_list_is_no_part_of_it():
    r = minutes("""
        Styrgruppsmöte – Projekt Nytt verksamhetssystem
        Datum: 12 mars 2025

        4. Beslutspunkter
        Styrgruppen beslutade
        - att godkänna ändringsbegäran CR-12,
        - att flytta driftstart från 1 april till 22 april.

        5. Sommaravslutning
        Styrgruppen beslutade att
        - anslå 5 000 kr till en gemensam lunch, samt
        - bjuda in projektets referensgrupp.
    """)
    assert [d.text for d in r.decisions] == [
        "att godkänna ändringsbegäran CR-12", "att flytta driftstart från 1 april till 22 april.",
        "anslå 5 000 kr till en gemensam lunch", "bjuda in projektets referensgrupp."]


def test_a_second_verb_that_commits_after_an_infinitive_of_purpose_shares_the_subject():
    # `för att gå igenom`: an infinitive, no clause with a subject of its own between the
    # people and `och återkommer`
    r = minutes("""
        Anteckningar samverkansgrupp
        Datum: 2025-02-11
        Närvarande: Helena Strand, Anita Lundgren, Peter Wall

        3. Arbetsmiljö
        Helena och Anita träffas för att gå igenom orsakerna och återkommer till nästa möte.
    """)
    assert [(a.owners, a.due_text) for a in r.actions] == [
        (["Helena Strand", "Anita Lundgren"], "till nästa möte")]


def test_everyday_reasons_for_absence_in_brackets_are_the_attendance_not_a_role():
    # a club's quick notes give why someone stayed away in a word: work, a trip, a sick child
    r = minutes("""
        Styrelsemöte IK Fram, 7/3-25

        Närv: Olle, Sanna, Micke (jobb)
        Frånv: Hasse (jobb), Tobbe (resa), Jessica (sjukt barn)

        1) Ekonomi
        Kassan ca 48 000 kr.
    """)
    assert [p.name for p in r.attendees] == ["Olle", "Sanna"]
    assert [(p.name, p.role, p.attendance) for p in r.absent] == [
        ("Micke", None, "jobb"), ("Hasse", None, "jobb"), ("Tobbe", None, "resa"),
        ("Jessica", None, "sjukt barn")]


def test_a_sign_off_after_a_slash_with_the_role_in_brackets_or_cut_short():
    r = minutes("""
        Styrelsemöte IK Fram, 7/3-25

        Närv: Olle, Sanna, Micke

        1) Ekonomi
        Micke skickar påminnelse om medlemsavgiften.

        /Sanna (sekr)
    """)
    assert [(p.name, p.role) for p in r.signatories] == [("Sanna", "sekreterare")]
    assert r.items[-1].end_line == 6
    r = minutes("""
        Styrelsemöte IK Fram, 4/4-25

        Närv: Olle, Sanna, Micke

        1) Ekonomi
        Inget nytt.

        /Sanna, sekr.
    """)
    assert [(p.name, p.role) for p in r.signatories] == [("Sanna", "sekreterare")]


def test_a_noun_of_an_act_that_opens_a_sentence_is_nobody_who_is_to_do_it():
    r = minutes("""
        Nätverket för skolbibliotekarier
        Datum: 2025-01-14
        Närvarande: Helena Ek, Jon Berg, Petra Lund

        Läsfrämjande projekt
        Ansökan ska in senast 28 februari, Helena och Jon funderar på att söka tillsammans.
        Inbjudan ska gå ut senast 1 mars. Petra skickar den till rektorerna.
    """)
    assert [(a.owners, a.text) for a in r.actions] == [
        (["Petra Lund"], "Petra skickar den till rektorerna.")]


def test_a_sentence_in_the_header_that_says_who_was_absent():
    # a letter's notes say who stayed away in a sentence, not under a label
    r = minutes("""
        Hej alla!

        Här kommer anteckningarna från nätverksträffen den 14 januari 2025.

        Vi var: Helena (Ekbacken), Jon (Solberga), Ingela (Kvarnskolan) och jag.
        Lisa och Ahmed hade förhinder.

        Boksamtal
        Ingela delar med sig av sina samtalsmallar via Teams.
    """)
    assert [p.name for p in r.attendees] == ["Helena", "Jon", "Ingela"]
    assert [(p.name, p.line) for p in r.absent] == [("Lisa", 6), ("Ahmed", 6)]
    r = minutes("""
        Protokoll styrelsen
        Datum: 2025-03-04

        Närvarande:
        Anna Berg
        Bo Ek
        Per Lind har lämnat återbud.

        § 1 Mötets öppnande
    """)
    assert [p.name for p in r.attendees] == ["Anna Berg", "Bo Ek"]
    assert [p.name for p in r.absent] == ["Per Lind"]


def test_a_letters_last_words_before_the_name_open_the_closing():
    r = minutes("""
        Hej alla!

        Här kommer anteckningarna från nätverksträffen den 14 januari 2025.

        Vi var: Helena (Ekbacken), Jon (Solberga) och Ingela (Kvarnskolan).

        Boksamtal
        Ingela delar med sig av sina samtalsmallar via Teams.

        Nästa träff
        Onsdag 12 mars 2025 kl. 15.00 på Solberga. Jon bokar rum.

        Ha det gott!
        Karin
    """)
    assert [p.name for p in r.signatories] == ["Karin"]
    assert [(i.title, i.end_line) for i in r.items] == [("Boksamtal", 8), ("Nästa träff", 11)]


def test_an_owner_line_below_a_paragraph_gives_its_last_sentence_as_the_task():
    r = minutes("""
        Anteckningar från samverkansgrupp (FSG)
        2025-02-11 kl. 13.00–15.00
        Närvarande: Helena Strand, Peter Wall, Anita Lundgren

        4. Information om organisationsförändring
        Helena informerade om den planerade sammanslagningen av två enheter. En risk- och konsekvensanalys ska göras innan beslut fattas.
        Ansvarig: Peter Wall
        Klart: 15 mars
    """)
    assert [(a.line, a.owners, a.text, a.due) for a in r.actions] == [
        (6, ["Peter Wall"], "En risk- och konsekvensanalys ska göras innan beslut fattas.", "2025-03-15")]


def test_a_table_of_tasks_below_the_people_is_no_list_of_people():
    # after `Frånvarande`, a heading and a tab table of tasks to follow up: the header row
    # names nobody, so the list of people ends and the heading opens an item
    r = minutes(
        "Ledningsgrupp Teknisk förvaltning – veckomöte\n"
        "Datum: ons 19/3 2025, kl 08.15–09.30\n"
        "Närvarande: Martin Ek (förvaltningschef), Sami Rantala (gata/park), Ebba Strand (ekonomi)\n"
        "Frånvarande: Fredrik Ohlsson (fastighet)\n\n"
        "Uppföljning av åtgärder\n"
        "Åtgärd\tAnsvarig\tStatus\n"
        "Budgetunderlag 2026\tEbba\tPågår\n"
        "Upphandling vinterväghållning\tSami\tKlar\n\n"
        "Aktuella frågor\n"
        "- Gata/park: vårstädningen startar 7 april.\n")
    assert [p.name for p in r.absent] == ["Fredrik Ohlsson"]
    assert [i.title for i in r.items] == ["Uppföljning av åtgärder", "Aktuella frågor"]
    assert [(a.line, a.owners, a.text, a.done) for a in r.actions] == [
        (8, ["Ebba Strand"], "Budgetunderlag 2026", False),
        (9, ["Sami Rantala"], "Upphandling vinterväghållning", True)]


def test_a_sentence_that_ends_on_a_number_is_a_sentence_of_its_own():
    # `åk 4.` ends a sentence: a digit before the full stop is no initial (`Anna B. Svensson`)
    r = minutes("""
        Föräldraråd Björkskolan
        Minnesanteckningar 2025-03-11
        Närvarande: Anders Lund, Karin Vesterlund (rektor), Tomas Björk (biträdande rektor)

        2. Frågor från föräldrarna
        Fråga: Hur hanteras mobiltelefoner under lektionstid?
        Svar: Mobilerna samlas in vid lektionsstart från och med åk 4. Tomas skickar ut mobilpolicyn till alla vårdnadshavare.
    """)
    assert [(a.owners, a.text) for a in r.actions] == [
        (["Tomas Björk"], "Tomas skickar ut mobilpolicyn till alla vårdnadshavare.")]


def test_a_pages_foot_with_its_number_once_is_page_furniture_not_a_meeting():
    r = minutes(
        "Minnesanteckningar\nRegionalt nätverk mot våld i nära relationer\nDatum: 2025-05-15\n\n"
        "Närvarande: Åsa Stenberg, Emil Holm\n\n"
        "1. Nästa träff\nOktober 2025, Piteå. Åsa skickar ut kallelse.\n\n"
        "Länsstyrelsen Norrbotten          2025-05-15          Sida 1 av 1\n")
    assert [(e.line, e.date) for e in r.calendar] == [(8, "2025-10")]
    assert r.source.page_lines == [10]
    assert r.items[-1].end_line == 8
    # at the top, once, the same line is the letterhead, whose name and date the header reads
    r = minutes(
        "Länsstyrelsen Norrbotten          2025-05-15          Sida 1 av 1\n"
        "Minnesanteckningar\n\nNärvarande: Åsa Stenberg, Emil Holm\n\n"
        "1. Nästa träff\nOktober 2025, Piteå.\n")
    assert r.source.page_lines == []
    assert r.meeting.date == "2025-05-15"


def test_a_sub_group_heading_of_whom_people_came_from_ends_the_organisation_before_a_colon_above():
    r = minutes("""
        Minnesanteckningar
        Regionalt nätverk mot våld i nära relationer
        Datum: 2025-05-15

        Representation från kommunerna
        Boden: Kent Nilsson, Linda Eriksson
        Piteå: Jenny Berglund
        Från Länsstyrelsen
        Åsa Stenberg, utvecklingsledare
        Emil Holm, handläggare

        1. Inledning
        Åsa hälsade välkommen.
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Kent Nilsson", "Boden"), ("Linda Eriksson", "Boden"), ("Jenny Berglund", "Piteå"),
        ("Åsa Stenberg", "Länsstyrelsen"), ("Emil Holm", "Länsstyrelsen")]


def test_a_reminder_given_at_the_meeting_is_no_task_but_one_to_remind_somebody_is():
    r = minutes("""
        Minnesanteckningar APT Hemtjänsten Norra
        Datum: 2025-11-12

        Närvarande: Sofia Lund, Kjell Berg, Amira Haddad

        4. Övrigt
        Kjell påminner om att parkeringstillstånden går ut vid årsskiftet.
        Sofia påminner bemanningsenheten om larmen nattetid.
    """)
    assert [(a.line, a.owners) for a in r.actions] == [(8, ["Sofia Lund"])]


def test_a_protocols_notice_of_its_posting_at_the_end_is_an_appendix_and_gives_no_meeting():
    r = minutes("""
        Protokoll Kommunstyrelsens arbetsutskott
        Sammanträdesdatum: 2025-10-07

        Beslutande
        Ingrid Moberg (C), ordförande
        Tomas Frisk (S)

        § 115 Kommande sammanträden
        4 november kl. 13.00
        2 december kl. 13.00

        ANSLAGSBEVIS
        Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
        Sammanträdesdatum: 2025-10-07
        Datum då anslaget sätts upp: 2025-10-10
        Förvaringsplats för protokollet: Kommunledningskontoret
        Underskrift: Hanna Borg
    """)
    assert [(e.line, e.date) for e in r.calendar] == [(9, "2025-11-04"), (10, "2025-12-02")]
    assert [(a.title, a.start_line, a.end_line) for a in r.appendices] == [("ANSLAGSBEVIS", 12, 17)]
    assert r.items[-1].end_line == 10
    assert r.signatories == []


def test_a_line_that_says_when_the_protocol_is_checked_and_posted_is_no_coming_meeting():
    r = minutes("""
        Protokoll Kommunstyrelsens arbetsutskott
        Sammanträdesdatum: 2025-10-07

        Beslutande: Ingrid Moberg (C), Tomas Frisk (S)

        § 114 Investeringsbudget 2026
        Arbetsutskottet beslutar
        att ge förvaltningen i uppdrag att ta fram en prioriteringslista till nästa sammanträde.

        § 115 Kommande sammanträden
        4 november kl. 13.00

        Protokollet justeras 2025-10-10 och anslås samma dag på kommunens anslagstavla.
    """)
    assert [(e.line, e.date) for e in r.calendar] == [(11, "2025-11-04")]
    assert [(a.line, a.due) for a in r.actions] == [(8, "2025-11-04")]


def test_who_led_the_meeting_and_took_the_notes_told_in_a_sentence_were_there_with_that_role():
    r = minutes("""
        Byalaget Östra Husby
        Anteckningar från medlemsmöte i bygdegården söndag 16 mars 2025 kl. 15

        Mötet leddes av Gunnel Hed, anteckningar fördes av Lars-Erik Moe, Västerby.
        Ordförande för mötet var Stina Ek. Sekreterare var Anna B. Holm.

        Vägen
        Lars-Erik kontaktar kommunen om bidrag innan 1 maj.
    """)
    assert [(p.line, p.name, p.organization, p.role) for p in r.attendees] == [
        (4, "Gunnel Hed", None, "mötesledare"), (4, "Lars-Erik Moe", "Västerby", "antecknare"),
        (5, "Stina Ek", None, "ordförande"), (5, "Anna B. Holm", None, "sekreterare")]


def test_the_meetings_officers_elected_at_it_were_there_with_their_role():
    r = minutes("""
        PROTOKOLL FÖRT VID ORDINARIE FÖRENINGSSTÄMMA
        Brf Lärkträdet 4
        Datum: 2025-05-22

        § 2 Val av ordförande vid stämman
        Till ordförande för stämman valdes Lars Eng.

        § 3 Anmälan av stämmoordförandens val av protokollförare
        Ordföranden anmälde att han utsett Eva Strömberg att föra dagens protokoll.

        § 5 Val av två justerare tillika rösträknare
        Till justerare tillika rösträknare valdes Olof Berg och Sanna Nyström.

        § 12 Val av styrelse
        Till ordförande på ett år omvaldes Karin Åberg. Till ledamöter valdes Mats Ek och Fatima Said.
    """)
    assert [(p.line, p.name, p.role) for p in r.attendees] == [
        (6, "Lars Eng", "ordförande"), (9, "Eva Strömberg", "sekreterare"),
        (12, "Olof Berg", "justerare"), (12, "Sanna Nyström", "justerare")]


def test_an_officer_elected_whom_a_list_of_people_names_keeps_what_the_list_says():
    r = minutes("""
        Protokoll styrelsemöte 2025-02-11
        Närvarande: Mona Ek, ordförande; Rut Berg; Leila Karimi
        Frånvarande: Kalle Ström

        § 2 Val av justerare
        Leila Karimi utses att justera protokollet. Kalle Ström valdes till justerare i sin frånvaro.
    """)
    assert [(p.name, p.role) for p in r.attendees] == [("Mona Ek", "ordförande"), ("Rut Berg", None), ("Leila Karimi", None)]
    assert [p.name for p in r.absent] == ["Kalle Ström"]


def test_a_line_that_puts_the_clauses_below_to_another_body_is_no_decision_of_its_own():
    r = minutes("""
        Sammanträdesprotokoll Kyrkorådet i Näsby församling
        Sammanträdesdag: torsdagen den 9 oktober 2025

        § 46
        Budget 2026
        Beslut
        Kyrkorådet föreslår kyrkofullmäktige
        att fastställa budget 2026 enligt bilaga,
        att kyrkoavgiften för 2026 ska vara oförändrad.
    """)
    assert [(d.line, d.text) for d in r.decisions] == [
        (8, "att fastställa budget 2026 enligt bilaga"), (9, "att kyrkoavgiften för 2026 ska vara oförändrad.")]


def test_what_one_says_that_he_or_she_will_do_is_a_task_of_the_one_who_says_it():
    r = minutes("""
        Sammanträdesprotokoll Kyrkorådet i Näsby församling 2025-10-09
        Närvarande: Bengt Sjöberg, Agneta Roos, Leif Hammar

        § 47 Övrigt
        Leif meddelade att han ansvarar för adventsinsamlingen tillsammans med Agneta.
        Agneta berättade att hon har besökt konfirmandlägret.
    """)
    assert [(a.line, a.owners) for a in r.actions] == [(5, ["Leif Hammar", "Agneta Roos"])]


def test_to_help_with_something_at_a_coming_event_is_a_task():
    r = minutes("""
        Minnesanteckningar föräldraråd Solrosens förskola 2025-11-04
        Föräldrar: Jimmy Ek, Sara Holm, Hussein Ali

        3. Luciafirande
        Luciatåg för föräldrar fredag 12 december kl. 8.00. Sara och Jimmy hjälper till med glöggen.
    """)
    assert [(a.line, a.owners) for a in r.actions] == [(5, ["Sara Holm", "Jimmy Ek"])]


def test_one_chosen_to_check_todays_protocol_with_the_chair_was_there():
    r = minutes("Sammanträdesprotokoll Kyrkorådet 2025-10-09\n\n§ 44\nJustering\n"
                "Agneta Roos utsågs att jämte ordföranden justera dagens protokoll.\n")
    assert [(p.line, p.name, p.role) for p in r.attendees] == [(5, "Agneta Roos", "justerare")]


def test_a_role_or_a_way_of_taking_part_in_a_table_of_people_is_no_part_of_the_organisation():
    r = minutes("""
        Minnesanteckningar samverkansmöte krisberedskap 2025-11-20
        Deltagare
        Namn\tOrganisation
        Åsa Bergkvist\tLänsstyrelsen (ordf.)
        Linnea Grahn\tFalu kommun (digitalt)
        Torbjörn Ahl\tRegion Dalarna

        Inledning
        Åsa hälsade alla välkomna.
    """)
    assert [(p.line, p.name, p.organization, p.role, p.attendance) for p in r.attendees] == [
        (4, "Åsa Bergkvist", "Länsstyrelsen", "ordförande", None),
        (5, "Linnea Grahn", "Falu kommun", None, "digitalt"),
        (6, "Torbjörn Ahl", "Region Dalarna", None, None)]


def test_the_meetings_officers_elected_in_one_sentence_after_another_were_there():
    r = minutes("""
        Protokoll från medlemsmöte Hyresgästföreningen Björkdalen 22/9-25
        Närvarande: 17 medlemmar enligt bifogad närvarolista.

        Punkt 2. Val av mötesfunktionärer
        Till mötesordförande valdes Gun-Britt Wahlström, till sekreterare Ahmed Nasser och till justerare Ritva Koskinen.

        Punkt 3. Val av justerare
        Till rösträknare valdes Bosse Grön. Till justerare för mötet valdes Eva K. Lind. Till justerare valdes Ola Alm.
    """)
    assert [(p.line, p.name, p.role) for p in r.attendees] == [
        (5, "Gun-Britt Wahlström", "ordförande"), (5, "Ahmed Nasser", "sekreterare"),
        (5, "Ritva Koskinen", "justerare"), (8, "Eva K. Lind", "justerare"), (8, "Ola Alm", "justerare")]


def test_work_to_be_done_in_the_passive_by_a_person_named_is_a_task_without_a_deadline():
    r = minutes("""
        Minnesanteckningar nätverksträff för skolkuratorer 2025-10-09
        Närvaro: Josefin Hammarberg, Kenneth Rask, Oskar Lindeberg

        Elevhälsans uppdrag
        Presentationen skickas ut av Oskar efter mötet.
        Punkten presenteras av Kenneth.
        Protokollet justeras av Josefin Hammarberg.
        Lokalen bokas av Josefin och Kenneth.
        Inbjudan skickades ut av Oskar.
    """)
    assert [(a.line, a.owners) for a in r.actions] == [
        (5, ["Oskar Lindeberg"]), (8, ["Josefin Hammarberg", "Kenneth Rask"])]


def test_a_name_with_what_the_writer_is_on_the_last_line_signs_the_notes():
    body = """
        Minnesanteckningar nätverksträff för skolkuratorer 2025-10-09
        Närvaro: Josefin Hammarberg, Kenneth Rask, Oskar Lindeberg

        1. Inledning
        Oskar presenterade dagens upplägg.

        2. Erfarenhetsutbyte
        Samtal i mindre grupper om hot och våld i skolan.

        {}
    """
    for last, organization, role in [("/Oskar Lindeberg, GR", "GR", None),
                                     ("Oskar Lindeberg, Göteborgsregionen", "Göteborgsregionen", None),
                                     ("Oskar Lindeberg, processledare", None, "processledare")]:
        r = minutes(body.format(last))
        assert [(p.line, p.name, p.organization, p.role) for p in r.signatories] == [
            (10, "Oskar Lindeberg", organization, role)]
        assert r.items[-1].end_line == 8
    for sentence in ("Oskar Lindeberg, GR, berättar om nästa termins fortbildning i Borås.",
                     "Oskar Lindeberg, GR, tackade alla.", "Oskar Lindeberg, GR informerar."):
        r = minutes(body.format(sentence))
        assert r.signatories == [] and r.items[-1].end_line == 10


def test_the_decision_of_a_committee_with_a_double_name_follows_its_heading():
    r = minutes("""
        SAMMANTRÄDESPROTOKOLL Kultur- och fritidsnämnden 2025-10-21

        § 59 Dnr KFN 2025/88
        Föreningsbidrag 2026
        Förslag till beslut
        Kultur- och fritidsnämnden beslutar att anta reviderade riktlinjer för föreningsbidrag.
        Kultur- och fritidsnämndens beslut
        Kultur- och fritidsnämnden beslutar att anta reviderade riktlinjer från 2026-01-01.

        § 60 Dnr KFN 2025/97
        Sommarlovsaktiviteter, återrapport
        Barn- och utbildningsnämndens beslut
        Informationen noteras till protokollet.
    """)
    assert [(d.line, d.text) for d in r.decisions] == [
        (8, "att anta reviderade riktlinjer från 2026-01-01."), (13, "Informationen noteras till protokollet.")]


def test_the_dates_a_committee_meets_in_a_year_it_names_before_them():
    r = minutes("""
        SAMMANTRÄDESPROTOKOLL Kultur- och fritidsnämnden 2025-10-21

        § 61
        Sammanträdesplan
        Nämnden sammanträder 2026 följande datum: 27 januari, 24 februari och 21 april, kl. 13.30.
    """)
    assert [(e.line, e.date, e.start_time) for e in r.calendar] == [
        (5, "2026-01-27", "13:30"), (5, "2026-02-24", "13:30"), (5, "2026-04-21", "13:30")]


def test_tills_nasta_mote_is_the_next_meetings_deadline_as_till_is():
    r = minutes("""
        Anteckningar – arbetsgruppen för Kulturnatten 2025-10-06
        Med: Karin Holmberg, Ali Rezai

        1. Budget
        Ali tittar vidare på sponsorfrågan tills nästa möte.

        2. Nästa möte
        Måndag 20/10 kl 15.
    """)
    assert [(a.line, a.due_text, a.due) for a in r.actions] == [(5, "tills nästa möte", "2025-10-20")]


def test_where_the_meeting_was_held_in_its_title_when_nothing_else_says():
    r = minutes("""
        Protokoll fört vid medlemsmöte i bygdegården, Västerby, 2025-11-15
        Närvarande: Eva Ek, Bo Ek

        § 1 Mötets öppnande
        Eva öppnade mötet.
    """)
    assert (r.meeting.title, r.meeting.location) == ("Medlemsmöte i bygdegården, Västerby", "bygdegården, Västerby")
    r = minutes("""
        Protokoll fört vid möte i styrelsen för Västerby byalag 2025-11-15
        Närvarande: Eva Ek, Bo Ek

        § 1 Mötets öppnande
        Eva öppnade mötet.
    """)
    assert r.meeting.location is None


def test_a_pupils_class_after_the_name_in_a_student_councils_list():
    r = minutes("""
        Protokoll elevrådsmöte Björkskolan 2025-10-14
        Närvarande: Vera Holm (ordförande), Adam Nord 7A, Leila Amini 8 b, Hugo Sten åk 9
        Frånvarande: Ebba Falk (9B) vice ordförande, Nils Ek 7B

        1. Skolmaten
        Adam pratar med kökschefen innan höstlovet.
    """)
    assert [(p.name, p.organization, p.role) for p in r.attendees] == [
        ("Vera Holm", None, "ordförande"), ("Adam Nord", "7A", None), ("Leila Amini", "8 b", None),
        ("Hugo Sten", "åk 9", None)]
    assert [(p.name, p.organization, p.role) for p in r.absent] == [
        ("Ebba Falk", "9B", "vice ordförande"), ("Nils Ek", "7B", None)]
    assert [a.owners for a in r.actions] == [["Adam Nord"]]


def test_a_parish_councils_meetings_of_the_year_under_sammantraden():
    r = minutes("""
        Kyrkorådet i Västra Ryds församling
        Protokoll 2025-11-19

        § 1 Sammanträdets öppnande
        Ordföranden öppnade sammanträdet.

        § 2 Sammanträden 2026
        Kyrkorådet sammanträder 21 januari, 18 mars och 10 juni, alla kl. 18.30.
    """)
    assert [(e.line, e.date, e.start_time) for e in r.calendar] == [
        (8, "2026-01-21", "18:30"), (8, "2026-03-18", "18:30"), (8, "2026-06-10", "18:30")]


def test_an_outing_titled_before_its_date_and_a_task_after_it_is_no_place():
    r = minutes("""
        PRO Västerby, protokoll styrelsemöte 2026-02-03
        Närvarande: Gunnel Åkesson, Bertil Ohlin, Inger Ros

        § 1 Kommande aktiviteter
        - Resa till Ystad 14 maj, Bertil ansvarar för bokning av buss
        - Föreläsning om vår hälsa 21 maj kl 14 i Folkets hus
        - Utflykt 5 juni, Inger bokar lunch.
    """)
    assert [(e.line, e.date, e.title, e.location) for e in r.calendar] == [
        (5, "2026-05-14", "Resa till Ystad", None), (6, "2026-05-21", "Föreläsning om vår hälsa", "Folkets hus"),
        (7, "2026-06-05", "Utflykt", None)]
    assert [(a.line, a.owners) for a in r.actions] == [(5, ["Bertil Ohlin"]), (7, ["Inger Ros"])]


def test_a_forms_labels_in_two_languages_or_two_words_set_apart_with_a_slash():
    r = minutes("""
        Styrgruppsmöte – Projekt Trygg hemtjänst
        Date/Datum: 2026-04-09
        Tid/Plats: 09.00–10.30, Stadshuset
        Deltagare / Attendees: Helena Strand, Mikael Forsberg
        Absent/Frånvarande: Per Eklund

        1. Status
        Mikael tar fram en tidplan till nästa möte.
        Beslut/Decision: Piloten startar v. 18.
    """)
    assert (r.meeting.date, r.meeting.start_time, r.meeting.end_time, r.meeting.location) == (
        "2026-04-09", "09:00", "10:30", "Stadshuset")
    assert [p.name for p in r.attendees] == ["Helena Strand", "Mikael Forsberg"]
    assert [p.name for p in r.absent] == ["Per Eklund"]
    assert [(d.line, d.text) for d in r.decisions] == [(9, "Piloten startar v. 18.")]


def test_a_title_that_a_pdf_export_broke_in_a_word_and_after_a_preposition():
    r = minutes("""
        Minnesanteckningar från nätverks-
        träff för folkhälsosamordnare i
        Fyrbodal
        Datum: 12 mars 2026

        1. Inledning
        Anna hälsade välkommen.
    """)
    assert r.meeting.title == "Nätverksträff för folkhälsosamordnare i Fyrbodal"
    r = minutes("""
        Protokoll fört vid sammanträde med barn-
        och utbildningsnämnden
        Datum: 12 mars 2026

        1. Inledning
        Ordföranden öppnade mötet.
    """)
    assert r.meeting.title == "Barn- och utbildningsnämnden"


def test_officers_named_alone_under_a_title_that_names_their_office():
    r = minutes("""
        Årsmöte IK Tärnan 2026-02-22

        §1 Val av mötessekreterare
        Emma Strand.

        §2 Val av två justerare
        Lars Pettersson och Mona Ali valdes.

        §3 Val av ordförande
        Kjell Berg valdes.

        §4 Motioner
        Eva Lind och Olle Ek presenterade sin motion.
    """)
    assert [(p.line, p.name, p.role) for p in r.attendees] == [
        (4, "Emma Strand", "sekreterare"), (7, "Lars Pettersson", "justerare"), (7, "Mona Ali", "justerare")]


def test_two_signers_names_that_a_pdf_export_ran_together_under_two_places_to_sign():
    r = minutes("""
        KOMMUNSTYRELSEN
        Protokoll 2026-02-23
        Justerare: Britt Nord (M) och Kent Lax (S)

        § 1 Val av justerare
        Britt Nord och Kent Lax utses att justera dagens protokoll.

        Justerare .............................. ..............................
        Britt Nord Kent Lax
    """)
    assert [(s.line, s.name, s.role) for s in r.signatories] == [
        (9, "Britt Nord", "justerare"), (9, "Kent Lax", "justerare")]


def test_a_samverkan_protocols_two_sides_and_whom_each_signer_signs_for():
    r = minutes("""
        PROTOKOLL
        Samverkansgrupp Barn och utbildning 2026-03-05

        Arbetsgivarens företrädare:
        Karin Öst, förvaltningschef

        Arbetstagarnas företrädare:
        Maria Svensson, Kommunal
        Erik Hammar, Vision

        § 1 Arbetsmiljö
        Karin informerade om sjukfrånvaron.

        Justeras
        Karin Öst\t\tMaria Svensson
        För arbetsgivaren\t\tFör Kommunal
    """)
    assert [(p.name, p.group) for p in r.attendees] == [
        ("Karin Öst", "Arbetsgivare"), ("Maria Svensson", "Arbetstagare"), ("Erik Hammar", "Arbetstagare")]
    assert [(s.line, s.name, s.organization) for s in r.signatories] == [
        (15, "Karin Öst", "arbetsgivaren"), (15, "Maria Svensson", "Kommunal")]
    assert r.appendices == []


def test_what_signers_in_columns_are_on_the_row_below_their_names():
    r = minutes("""
        Protokoll samverkan 2026-03-05
        Närvarande: Karin Öst, Maria Svensson

        § 1 Ärende
        Karin informerade.

        Justeras
        Karin Öst\t\tMaria Svensson
        Förvaltningschef\t\tKommunal

        Justeras
        Olle Berg
        För Vision
    """)
    assert [(s.name, s.organization) for s in r.signatories] == [
        ("Karin Öst", None), ("Maria Svensson", "Kommunal"), ("Olle Berg", "Vision")]
    assert r.appendices == []


def test_organisations_with_their_people_in_a_bracket_after_each():
    r = minutes("""
        Anteckningar workshop – Trygg i Norrtull 2025-10-08
        Medverkande: polisen (Jimmy Ek), kommunen (Ali Demir, Eva Nord), Föreningarna (Rut Ahl, PRO, Bo Lund och Ida Sten)

        1. Lägesbild
        Jimmy presenterade polisens lägesbild.
    """)
    assert [(p.name, p.organization) for p in r.attendees] == [
        ("Jimmy Ek", "polisen"), ("Ali Demir", "kommunen"), ("Eva Nord", "kommunen"),
        ("Rut Ahl", "PRO, Föreningarna"), ("Bo Lund", "Föreningarna"), ("Ida Sten", "Föreningarna")]


def test_a_forwarded_e_mails_minutes_heading_under_the_greeting_is_the_title_not_the_subject():
    r = minutes("""
        Från: Tove Lindahl
        Skickat: den 10 mars 2026 08:40
        Till: Nätverket för äldreomsorg
        Ämne: Anteckningar från träffen i tisdags

        Hej allihop!
        Här kommer anteckningarna.

        Minnesanteckningar – Nätverket för äldreomsorg i Sjuhärad
        Datum: 2026-03-09
        Deltagare: Tove Lindahl, Rolf Ek

        1. Bemanning i sommar
        Rolf tar fram siffror till nästa träff.
    """)
    assert (r.meeting.kind, r.meeting.title, r.meeting.date) == (
        "Minnesanteckningar", "Nätverket för äldreomsorg i Sjuhärad", "2026-03-09")
    assert r.meeting.lines["title"] == 9
    assert [p.name for p in r.attendees] == ["Tove Lindahl", "Rolf Ek"]


def test_adjusters_elected_by_the_meeting_in_a_sentence_sign_as_adjusters():
    r = minutes("""
        Protokoll fört vid ordinarie föreningsstämma i Brf Tallkotten
        Datum: 2026-04-22

        § 1 Val av stämmoordförande
        Stämman valde Kjell Nyberg till ordförande för stämman.

        § 2 Val av två justerare tillika rösträknare
        Stämman valde Siv Ahlgren och Bo Kvist.

        § 3 Stämmans avslutande
        Ordföranden avslutade stämman.

        Vid protokollet                Justeras
        Rut Malm                       Kjell Nyberg

        Siv Ahlgren                    Bo Kvist
    """)
    assert [(p.name, p.role, p.line) for p in r.attendees] == [
        ("Kjell Nyberg", "ordförande", 5), ("Siv Ahlgren", "justerare", 8), ("Bo Kvist", "justerare", 8)]
    assert [(s.name, s.role) for s in r.signatories] == [
        ("Rut Malm", "sekreterare"), ("Kjell Nyberg", "justerare"),
        ("Siv Ahlgren", "justerare"), ("Bo Kvist", "justerare")]


def test_a_secretary_the_chair_names_som_protokollforare_is_there():
    r = minutes("""
        Protokoll fört vid årsmöte i Sällskapet Gamla Bilar
        Datum: 2026-03-01

        § 1 Anmälan av ordförandens val av protokollförare
        Ordföranden anmälde Hans Frid som protokollförare.

        § 2 Val av två justerare
        Mia Lök valdes som justerare.
    """)
    assert [(p.name, p.role, p.line) for p in r.attendees] == [
        ("Hans Frid", "sekreterare", 5), ("Mia Lök", "justerare", 8)]


def test_a_sentence_ends_after_st_or_mm_before_a_capital():
    r = minutes("""
        Anteckningar föräldrarådet 2026-02-10
        Närvarande: Sanna Holm, Jörgen Alm

        1. Skolgården
        Nya bänkar behövs, 6 st. Sanna kontaktar fastighetsavdelningen.
        Vi pratade om belysning, staket m.m. Jörgen tar fram en skiss till nästa möte.
        Vi köper 4 st. 2027 också.
    """)
    assert [(a.owners, a.text, a.line) for a in r.actions] == [
        (["Sanna Holm"], "Sanna kontaktar fastighetsavdelningen.", 5),
        (["Jörgen Alm"], "Jörgen tar fram en skiss till nästa möte.", 6)]


def test_a_teams_recap_with_sections_and_follow_up_tasks_written_name_colon_task():
    r = minutes("""
        Mötesanteckningar
        Arbetsgrupp e-arkiv
        4 mars 2026, 10:00–11:00

        Deltagare
        Helena Sjögren
        Farid Nasser
        Ulrika Dahl

        Sammanfattning
        Leverantören har levererat testmiljön. Driftstart är planerad till maj.

        Uppföljningsuppgifter
        Helena Sjögren: Boka workshop med registratorerna
        Farid Nasser och Ulrika Dahl: Skriva testfall, klart 20 mars

        Anteckningar
        Gallring – regler saknas för äldre ärenden, 12 st. Ulrika tar fram en lista.
        Behörigheter – klart för pilotgruppen.
    """)
    assert [(i.title, i.start_line) for i in r.items] == [
        ("Sammanfattning", 10), ("Uppföljningsuppgifter", 13), ("Anteckningar", 17)]
    assert [(a.owners, a.due, a.line) for a in r.actions] == [
        (["Helena Sjögren"], None, 14), (["Farid Nasser", "Ulrika Dahl"], "2026-03-20", 15),
        (["Ulrika Dahl"], None, 18)]
    assert r.actions[2].text == "Ulrika tar fram en lista."
    assert r.signatories == []


def test_a_next_meeting_by_week_and_its_day_is_one_meeting_on_that_day():
    r = minutes("""
        Ledningsgruppen Norra skolområdet
        Anteckningar tisdag 10/3 2026
        Närvarande: Malin Ek, Jonas Blom

        1. Lovskolan
        Jonas undersöker intresset.

        Nästa möte: v. 12, tisdag 17/3 kl. 8.15, Åsens konferensrum
        Kommande möten: torsdag v. 14 kl 8.15
    """)
    assert [(e.date, e.start_time, e.location, e.line) for e in r.calendar] == [
        ("2026-03-17", "08:15", "Åsens konferensrum", 8), ("2026-04-02", "08:15", None, 9)]


def test_an_associations_events_titled_before_their_dates_in_a_list():
    r = minutes("""
        Minnesanteckningar styrelsemöte Kammarkören Aurora
        Datum: 2026-02-08
        Närvarande: Ingrid Holm, Bertil Ström, Ulla Berg

        1. Kommande evenemang
        - Vårkonsert 26 april kl 18 i kyrkan. Ulla ansvarar för affischer.
        - Terminsavslutning med knytkalas 14 juni.
    """)
    assert [(e.date, e.start_time, e.title, e.location, e.line) for e in r.calendar] == [
        ("2026-04-26", "18:00", "Vårkonsert", "kyrkan", 6),
        ("2026-06-14", None, "Terminsavslutning med knytkalas", None, 7)]


def test_a_sentence_marked_beslut_in_a_bracket_is_a_decision():
    r = minutes("""
        Anteckningar styrelsemöte Hembygdsföreningen
        Datum: 2026-02-08
        Närvarande: Ingrid Holm, Bertil Ström

        1. Ekonomi
        Bertil redovisade kassan. Medlemsavgiften höjs till 300 kr från 2027 (beslut). Bertil skickar ut fakturorna.
        Vi väntar på kommunens besked (beslut tas i maj).
    """)
    assert [(d.text, d.line) for d in r.decisions] == [
        ("Medlemsavgiften höjs till 300 kr från 2027 (beslut).", 6)]
    assert [a.text for a in r.actions] == ["Bertil skickar ut fakturorna."]


def test_the_meeting_after_the_next_under_its_own_label():
    r = minutes("""
        Ledningsgruppen Västra skolområdet
        Anteckningar 2026-03-10
        Närvarande: Malin Ek, Jonas Blom

        1. Lovskolan
        Jonas undersöker intresset.

        Nästkommande möte: 17/3 kl. 8.15
        Mötet därefter: 14/4 kl. 8.15
    """)
    assert [(e.date, e.start_time, e.line) for e in r.calendar] == [
        ("2026-03-17", "08:15", 8), ("2026-04-14", "08:15", 9)]
    assert r.next_meeting.date == "2026-03-17"


@pytest.mark.parametrize("label", ["Möte därpå", "Mötet därpå", "Nästnästa möte", "Möte därefter"])
def test_the_meeting_after_the_next_under_other_labels(label):
    r = minutes(f"""
        Arbetsgruppen kultur
        Anteckningar 2026-03-10

        1. Lokaler
        Inget nytt.

        Nästa möte: 17/3 kl. 8.15
        {label}: 14/4 kl. 9
    """)
    assert [(e.date, e.start_time, e.line) for e in r.calendar] == [
        ("2026-03-17", "08:15", 7), ("2026-04-14", "09:00", 8)]
    assert r.next_meeting.date == "2026-03-17"


def test_a_deadlines_short_weekday_before_den_and_a_week_is_that_day():
    r = minutes("""
        Anteckningar arbetsgruppen 2026-10-20
        Närvarande: Rut Berg, Olle Sund

        1. Lokaler
        Rut bokar lokal senast tis den v. 44.
    """)
    assert [(a.owners, a.due) for a in r.actions] == [(["Rut Berg"], "2026-10-27")]


def test_a_one_word_signer_whom_the_list_of_people_names():
    r = minutes("""
        APT förskolan Lärkan
        Tisdag 14 oktober 2026 kl 17.00

        Närvarande: Signy, Lena, Fatima, Erik (förskolechef)

        1. Arbetsmiljö
        Erik bokar en skyddsrond.

        2. Övrigt
        Inget.

        Vid anteckningarna
        Signy
    """)
    assert [(s.name, s.role, s.line) for s in r.signatories] == [("Signy", "antecknare", 13)]
    assert [i.title for i in r.items] == ["Arbetsmiljö", "Övrigt"]
    assert (r.items[-1].start_line, r.items[-1].end_line) == (9, 10)


def test_a_one_word_line_under_the_notes_label_that_nobody_listed_is_no_signer():
    r = minutes("""
        Anteckningar nätverksträff 2026-02-03
        Närvarande: Signy Holm, Lena Ek

        1. Läget
        Alla rapporterade.

        Anteckningar
        Telefoni
    """)
    assert r.signatories == []


def test_a_long_form_label_two_spaces_from_its_column():
    r = minutes("""
        PROTOKOLL
        Kommunfullmäktige

        Sammanträdesdatum 2026-06-15

        Plats och tid     Stadshuset, kl. 18.00–21.10

        Övriga deltagare  Kommundirektör Lars Hed
                          Sekreterare Emma Forsberg

        § 45
        Val av justerare
    """)
    assert [(p.name, p.role, p.group, p.line) for p in r.attendees] == [
        ("Lars Hed", "kommundirektör", "Övriga", 8), ("Emma Forsberg", "sekreterare", "Övriga", 9)]
    assert r.meeting.location == "Stadshuset"


def test_people_each_with_a_class_or_organisation_after_a_comma_on_one_line():
    r = minutes("""
        Elevrådsmöte Norrskolan
        Datum: 2026-09-10
        Närvarande: Maja Lund, 7A, Omar Haddad, 7B, Lisa Ek (sekr), 8C
        Gäster: Eva Berg, Region Halland, Per Lind, Ale kommun

        1. Skolmaten
        Omar tar fram en enkät.
    """)
    assert [(p.name, p.organization, p.role, p.line) for p in r.attendees] == [
        ("Maja Lund", "7A", None, 3), ("Omar Haddad", "7B", None, 3), ("Lisa Ek", "8C", "sekreterare", 3),
        ("Eva Berg", "Region Halland", None, 4), ("Per Lind", "Ale kommun", None, 4)]
    assert [a.owners for a in r.actions] == [["Omar Haddad"]]


def test_a_list_of_people_whose_words_a_pdf_export_broke_with_a_hyphen():
    r = minutes("""
        Sammanträdesprotokoll
        Kultur- och fritidsnämnden 2026-04-21

        Beslutande: Kerstin Åberg (S), ordförande, Jan Ny-
        ström (M), Sanna Lind (V), Ola
        Persson (SD)

        Övriga: Lena Ström, barn-
        och utbildningsförvaltningen, Tove Ek, nämnd-
        sekreterare

        § 21 Bidrag till föreningar
        Ärendet bordläggs.
    """)
    assert [(p.name, p.party, p.role, p.organization, p.line) for p in r.attendees] == [
        ("Kerstin Åberg", "S", "ordförande", None, 4), ("Jan Nyström", "M", None, None, 4),
        ("Sanna Lind", "V", None, None, 4), ("Ola Persson", "SD", None, None, 4),
        ("Lena Ström", None, None, "barn- och utbildningsförvaltningen", 8),
        ("Tove Ek", None, "nämndsekreterare", None, 8)]


def test_a_count_or_frequency_before_the_verb_is_no_owner():
    r = minutes("""
        Protokoll kultur- och fritidsnämnden 2026-04-21
        Närvarande: Kerstin Åberg, Tove Ek

        § 21 Bidrag till föreningar
        Totalt söker 42 föreningar bidrag. Ofta tar föreningarna hjälp av förvaltningen.
        Tove sammanställer ansökningarna.
    """)
    assert [(a.owners, a.line) for a in r.actions] == [(["Tove Ek"], 6)]


def test_a_table_of_tasks_set_out_with_spaces_below_the_next_meeting():
    r = minutes("""
        Styrelsemöte BRF Lönnen
        2026-03-18 kl. 19.00

        Närvarande: Karin Wall (ordf), Leif Sten, Ahmed Farah, Ylva Öberg

        § 1 Underhåll
        Taket ska ses över.

        § 2 Nästa möte
        15 april kl. 19 hos Leif.

        Åtgärdslista
        Vad                          Vem      När
        Begära in offerter tak       Ahmed    v. 14
        Uppdatera hemsidan           Ylva     1/4
        Kalla till städdag           Karin    snarast
    """)
    assert [(a.text, a.owners, a.due, a.line) for a in r.actions] == [
        ("Begära in offerter tak", ["Ahmed Farah"], "2026-04-03", 14),
        ("Uppdatera hemsidan", ["Ylva Öberg"], "2026-04-01", 15),
        ("Kalla till städdag", ["Karin Wall"], None, 16)]
    assert [(e.date, e.line) for e in r.calendar] == [("2026-04-15", 10)]
