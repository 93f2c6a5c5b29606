"""Stage 3: lines -> blocks, and page furniture."""
from minutes_cli.blocks import split_blocks
from minutes_cli.lines import split_lines


def test_repeated_date_and_dnr_page_headers_are_furniture():
    text = "\n".join(["Titel 2022-02-23", "", "Text ett.", "", "2022-02-23", "Dnr 12-345-2022", "",
                      "Text två.", "", "2022-02-23", "Dnr 12-345-2022", "", "Slut."])
    layout = split_blocks(split_lines(text))
    assert layout.furniture == {5, 6, 10, 11}


def test_page_numbers_are_furniture_even_once():
    layout = split_blocks(split_lines("Text\nSida 1 av 3\n\n2 (7)\n"))
    assert layout.furniture == {2, 4}


def test_a_question_asked_twice_is_not_furniture():
    layout = split_blocks(split_lines("Vilka hinder finns?\n\nSvar ett.\n\nVilka hinder finns?\n"))
    assert layout.furniture == set()


def test_blocks_are_runs_of_non_blank_lines():
    layout = split_blocks(split_lines("Rubrik\n\nEtt\nTvå\n\nTre\n"))
    assert [(b.start, b.end) for b in layout.blocks] == [(1, 1), (3, 4), (6, 6)]
    assert layout.alone(1) and not layout.alone(3)


def test_a_letterhead_beside_a_page_number_and_a_date_with_a_dnr_recur_as_page_headers():
    text = "\n".join([
        "Länsstyrelsen Västra Götaland                  1 (2)",
        "2023-04-18                                     Dnr 801-4512-2023",
        "", "Text ett.", "",
        "Länsstyrelsen Västra Götaland                  2 (2)",
        "2023-04-18                                     Dnr 801-4512-2023",
        "", "Text två.", "", "Länsstyrelsen Västra Götaland ansvarar för mötet."])
    layout = split_blocks(split_lines(text))
    assert layout.furniture == {6, 7}    # the first page's letterhead stays for the header


def test_a_page_header_on_every_page_is_the_letterhead_the_first_time_its_lines_all_furniture_after():
    page = ["                              PROTOKOLL              {} (3)",
            "                              Sammanträdesdatum",
            "Kulturnämndens presidium      2024-02-07", ""]
    text = "\n".join([*page[:-1], "", "Plats och tid   Kulturhuset, kl. 9–11", "", "§ 1 Ekonomi", "Text ett.",
                      "", "Sammanträdesdatum för hösten bestäms senare.", "", *page, "§ 2 Lokaler", "Text två.",
                      "", *page, "§ 3 Övrigt", "Text tre."])
    text = text.replace("{}", "1", 1).replace("{}", "2", 1).replace("{}", "3", 1)
    layout = split_blocks(split_lines(text))
    # the later pages' headers, each line of them; the first page's is the letterhead,
    # and the label in a sentence of the text is no page's
    assert layout.furniture == {12, 13, 14, 19, 20, 21}
