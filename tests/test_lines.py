"""Stage 2: text -> lines."""
from minutes_cli.lines import split_lines


def kinds(text):
    return [(l.kind, l.text) for l in split_lines(text)]


def test_crlf_cr_and_lf_all_end_lines_and_numbers_stay_the_files():
    lines = split_lines("Deltagare\r\nAnna Berg\rPer Lind\n\nSlut\n")
    assert [l.number for l in lines] == [1, 2, 3, 4, 5]
    assert [l.text for l in lines] == ["Deltagare", "Anna Berg", "Per Lind", "", "Slut"]


def test_form_feed_and_odd_spaces_do_not_split_or_survive():
    (line,) = split_lines("Punkt\x0c1\u00a0Inledning\u200b")
    assert line.text == "Punkt 1 Inledning"


def test_markdown_heading_bold_and_italic_are_stripped():
    lines = split_lines("## **Brottsförebyggande grupp 1**\n*Samtalsledare:* Anna och Per\n")
    assert lines[0].kind == "heading" and lines[0].level == 2
    assert lines[0].text == "Brottsförebyggande grupp 1"
    assert lines[1].text == "Samtalsledare: Anna och Per"


def test_bullets_from_word_and_nested_markers():
    lines = split_lines("● Första\n❖ Andra\n - o Nästlad\n- \n")
    assert [(l.kind, l.text, l.level) for l in lines[:3]] == [
        ("bullet", "Första", 1), ("bullet", "Andra", 1), ("bullet", "Nästlad", 2)]
    assert lines[3].kind == "bullet" and lines[3].text == ""


def test_pictures_before_a_lines_text_are_a_decoration_not_its_words():
    lines = split_lines("📌 Aktuellt\n✅ Sedan sist\n🗓️ 3. Kalendarium\n⚠ Varning: halt\nLedarmöte 🏕️\n📌\n")
    assert [(l.kind, l.text) for l in lines[:5]] == [
        ("text", "Aktuellt"), ("text", "Sedan sist"), ("numbered", "3. Kalendarium"), ("text", "Varning: halt"),
        ("text", "Ledarmöte 🏕️")]
    assert lines[2].num == 3 and lines[0].raw == "📌 Aktuellt"
    assert lines[5].text == "📌"     # a picture alone is the line's text


def test_numbered_forms():
    lines = split_lines("§ 12 Ekonomi\n§3.\n1. Inledning\n2) Val\nPunkt 4 Övrigt\n5 Avslutning\n24 november är det forum\n")
    got = [(l.kind, l.num, l.title) for l in lines]
    assert got[:6] == [("numbered", 12, "Ekonomi"), ("numbered", 3, ""), ("numbered", 1, "Inledning"),
                       ("numbered", 2, "Val"), ("numbered", 4, "Övrigt"), ("numbered", 5, "Avslutning")]
    assert got[6][0] == "text"  # a date at the start of a sentence is no item number
    lines = split_lines("Punkt 1 – Välkommen\n§ 3 - Budget\n§ 4 -5 grader\n")
    assert [(l.kind, l.num, l.title) for l in lines] == [
        ("numbered", 1, "Välkommen"), ("numbered", 3, "Budget"), ("numbered", 4, "-5 grader")]
    lines = split_lines("1: Inledning\n2 – Ekonomi\n13:30 Lunch\n2 – 3 personer saknas\n")
    assert [(l.kind, l.num, l.title) for l in lines] == [
        ("numbered", 1, "Inledning"), ("numbered", 2, "Ekonomi"), ("text", None, ""), ("text", None, "")]


def test_a_number_and_a_tab_before_the_title_as_word_exports_its_numbered_list():
    lines = split_lines("1.\tInledning\n§ 4\tEkonomi\n3.\tSammanställa indikatorer\tCecilia\tv. 23\n2\tdeltagare\n")
    assert [(l.kind, l.num, l.title) for l in lines[:2]] == [("numbered", 1, "Inledning"), ("numbered", 4, "Ekonomi")]
    # a row of a table with its number in a cell stays a row; so does a count and its noun
    assert [l.kind for l in lines[2:]] == ["table", "table"]


def test_a_bullet_and_a_tab_before_the_text_as_word_exports_its_bulleted_list():
    lines = split_lines("●\tLinnea Holm, Länsstyrelsen\no\tVästerås antog sin plan i juni.\n"
                        "\t-\tKent Lundqvist, Polisen\nVad\tVem\n")
    assert [(l.kind, l.text) for l in lines[:3]] == [
        ("bullet", "Linnea Holm, Länsstyrelsen"), ("bullet", "Västerås antog sin plan i juni."),
        ("bullet", "Kent Lundqvist, Polisen")]
    assert lines[2].level > lines[0].level
    # two words set apart with a tab stay a row of a table
    assert (lines[3].kind, lines[3].cells) == ("table", ("Vad", "Vem"))


def test_numbered_by_a_word_in_any_case():
    lines = split_lines("Ärende 5 Detaljplan för Norra hamnen\nPARAGRAF 6: Val av revisorer\n"
                        "Punktinsatser 7 dagar i veckan\nPer 2 gånger per år\n")
    assert [(l.kind, l.num, l.title, l.numbering) for l in lines] == [
        ("numbered", 5, "Detaljplan för Norra hamnen", "punkt"), ("numbered", 6, "Val av revisorer", "punkt"),
        ("text", None, "", ""), ("text", None, "", "")]


def test_tab_separated_and_pipe_tables():
    lines = split_lines("3 okt\tKl. 18-20\tFöreningarnas Hus\n| Vad | Vem |\n|---|---|\n")
    assert lines[0].kind == "table" and lines[0].cells == ("3 okt", "Kl. 18-20", "Föreningarnas Hus")
    assert lines[1].cells == ("Vad", "Vem") and lines[2].kind == "rule"


def test_a_form_label_and_its_value_set_apart_with_spaces_read_as_label_and_colon():
    lines = split_lines("Plats och tid          Kulturhuset, kl. 17.00–19.10\n"
                        "Beslutande             Eva Strand (S), ordförande\n"
                        "Datum      Tid      Plats\n"
                        "Anna berättar    om läget\n")
    assert [l.text for l in lines] == ["Plats och tid: Kulturhuset, kl. 17.00–19.10",
                                       "Beslutande: Eva Strand (S), ordförande",
                                       "Datum Tid Plats", "Anna berättar om läget"]
    assert lines[0].raw.startswith("Plats och tid          ")
    (line,) = split_lines("Kultur- och fritidsnämnden                Sammanträdesdatum\n")
    assert line.text == "Kultur- och fritidsnämnden"
    (line,) = split_lines("MINNESANTECKNINGAR                                   Sida 1 (2)\n")
    assert line.text == "MINNESANTECKNINGAR"


def test_every_kind_of_line_carries_its_text_casefolded():
    # the finders test a line's words in `low`; a kind of line without it would match nothing
    text = ("## BESLUT\n| Vad | Vem |\n- ÅTGÄRD: Åsa Öberg\n§ 4 Ärenden\nSTYRELSEN BESLUTAR\nGROSSE STRAßE\n\n---\n")
    lines = split_lines(text)
    assert {l.kind for l in lines} == {"heading", "table", "bullet", "numbered", "text", "blank", "rule"}
    assert [l.low for l in lines] == [l.text.casefold() for l in lines]
    assert lines[2].low == "åtgärd: åsa öberg" and lines[5].low == "grosse strasse"


def test_an_odd_space_is_found_in_plain_ascii_and_in_swedish_text_alike():
    # the whole text is searched once for odd characters; each form must be found there
    assert split_lines("Punkt\x0b2 Val\n")[0].text == "Punkt 2 Val"
    assert split_lines("Närvarande:\u2009Åsa Öberg\u200b\n")[0].text == "Närvarande: Åsa Öberg"
    assert split_lines("Mötet öppnas\u00a0kl. 9\r\nSlut")[0].text == "Mötet öppnas kl. 9"


def test_dotted_lines_to_sign_on_are_rules_and_gaps_between_columns():
    lines = split_lines("Ordförande ………………………\n…………………………\nSekreterare   ..........   Justerare\nVi ses snart...\n")
    assert [(l.kind, l.text) for l in lines] == [
        ("text", "Ordförande"), ("rule", ""), ("text", "Sekreterare Justerare"), ("text", "Vi ses snart...")]
    assert lines[0].raw == "Ordförande ………………………"


def test_a_table_of_tasks_set_out_with_spaces_is_a_table_up_to_the_first_line_without_a_gap():
    text = ("Åtgärdslista\n"
            "Åtgärd                 Ansvarig      Klart\n"
            "Boka lokal             Ahmed         v. 14\n"
            "Beställ fika                         1/4\n"
            "Alla tar med sig kalendern.\n"
            "Datum      Tid      Plats\n")
    lines = split_lines(text)
    assert [(l.kind, l.cells) for l in lines] == [
        ("text", ()), ("table", ("Åtgärd", "Ansvarig", "Klart")), ("table", ("Boka lokal", "Ahmed", "v. 14")),
        ("table", ("Beställ fika", "", "1/4")), ("text", ()), ("text", ())]
    assert [l.text for l in lines[1:3]] == ["Åtgärd Ansvarig Klart", "Boka lokal Ahmed v. 14"]
