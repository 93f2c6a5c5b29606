"""Hypothesis strategies: minutes-like text built from the field guide's pieces."""
from hypothesis import strategies as st

NAMES = ["Anna Fogel", "Karin Martinsson", "K-G Granberg", "Anna-Maria Mårtensson", "Per Åkerman",
         "Karin von Stedingk", "Ana María Sánchez Nieto", "Krister Mc Carthy", "Jonas Håård"]
FIRST = ["Anna", "Karin", "A-M", "K-G", "Per", "Mölndal", "Kommunen", "Alla", "Vi"]
ORGS = ["Örebro kommun", "Länsstyrelsen", "Förvaltningen för utbildning, försörjning och arbete",
        "RF-SISU", "Almby IK", "Region Halland"]
LABELS = ["Deltagare:", "Närvarande:", "Närvaro", "Förhinder:", "Frånvarande", "Övriga", "GR",
          "Ersättare:", "Beslut:", "Förslag:", "Fråga:", "Svar:", "Hemläxa:", "Ansvarig:",
          "Arbetsgrupp utses:", "Uppdrag:", "Nästa möte", "Kalendarium ht 2022", "Datum:", "Tid:",
          "Plats:", "Dnr 851-649-2022", "Vid protokollet", "Justeras", "Med vänliga hälsningar",
          "Antecknat av", "Vid tangenterna", "Bilaga 1", "Erfarenhetsutbyte:", "Minnesanteckningar",
          "Protokoll", "att godkänna dagordningen", "Styrelsen beslutar"]
DATES = ["2022-09-22", "22 september 2022", "Torsdagen 22 september", "den 22:a sept.", "22/9-22",
         "2017 - 08 – 16", "v 42", "ht 2022", "Januari 2018", "28.09.2022", "kl. 15-18",
         "09.00-12.00", "15:30 – 15:50", "13.15"]
VERBS = ["skickar ut ppt", "tar fram ett förslag", "ska delge nätverket", "informerar om läget",
         "undersöker möjligheten", "ansvarar för detta", "kommer att boka", "återkommer senast 30 november"]
MARKERS = ["", "- ", "* ", "● ", "❖ ", " - o ", "1. ", "2) ", "§ 3 ", "Punkt 4 ", "# ", "## ", "### ",
           "**", "\t", "| ", "---", "> "]
JUNK = ["\u00a0", "\u200b", "\x0c", "\t", "\ufeff", "  ", "…", "”", "–", "§", "?", ":", "(", ")", "*"]


def _person():
    return st.one_of(
        st.builds(lambda n, o: f"{n}, {o}", st.sampled_from(NAMES), st.sampled_from(ORGS)),
        st.builds(lambda n, p: f"{n} ({p})", st.sampled_from(NAMES), st.sampled_from(["S", "M", "ordf."])),
        st.builds(lambda o, n: f"{o}: {n}", st.sampled_from(ORGS), st.sampled_from(NAMES)),
        st.sampled_from(NAMES), st.just("Vakant, Miljökontoret"))


def _sentence():
    return st.one_of(
        st.builds(lambda s, v: f"{s} {v}.", st.sampled_from(FIRST), st.sampled_from(VERBS)),
        st.builds(lambda l, d: f"{l} {d}", st.sampled_from(LABELS), st.sampled_from(DATES)),
        st.builds(lambda d, o: f"{d} {o}", st.sampled_from(DATES), st.sampled_from(ORGS)),
        st.text(min_size=0, max_size=40))


def _line():
    body = st.one_of(_person(), _sentence(), st.sampled_from(LABELS), st.sampled_from(DATES))
    return st.builds(lambda m, b, j: m + b + j, st.sampled_from(MARKERS), body,
                     st.sampled_from([""] * 5 + JUNK))


minutes_like = st.lists(st.one_of(_line(), st.just(""), st.just("")), max_size=60).flatmap(
    lambda lines: st.sampled_from(["\n", "\r\n", "\r"]).map(lambda nl: nl.join(lines)))

arbitrary = st.text(max_size=400)
