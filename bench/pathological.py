"""Linear cost on pathological input: time for n and 10n, and their ratio.

    python bench/pathological.py            # prints one row per input shape

A ratio near 10 is linear; near 100 is quadratic (a regular expression that
backtracks, or a loop over pairs). Not a test: figures to read.
"""
from __future__ import annotations

import sys
import time

from minutes_cli import parse_text

SHAPES = {
    "spaces": lambda n: "Deltagare: " + " " * n + "x",
    "dashes": lambda n: "-" * n + " x",
    "digits": lambda n: "1" * n + " november",
    "dots": lambda n: "." * n + "a",
    "paragraphs §": lambda n: "§" * n + " 1 Titel",
    "stars": lambda n: "**a " * (n // 4),
    "word run": lambda n: "a" * n + ". Bb",
    "at-less email": lambda n: "Anna " + "x" * n,
    "till till": lambda n: "Anna skickar " + "till " * (n // 5),
    "nested bullets": lambda n: "\n".join("  " * (i % 30) + "- o punkt" for i in range(n // 12)),
    "numbered lines": lambda n: "\n".join(f"{i % 9 + 1}. Punkt" for i in range(n // 10)),
    "closing labels": lambda n: "1. A\n\n" + "\n".join("Sekreterare" for _ in range(n // 12)),
    "people lines": lambda n: "Deltagare:\n" + "\n".join(f"Anna Berg{i}, Org" for i in range(n // 16))
                              + "\n\n1. A\n\n" + "\n".join("Anna skickar ut" for _ in range(n // 16)),
    "tabs": lambda n: "\t" * n + "x",
    "item spaces": lambda n: "1. A\n\nText." + " " * n + "Hemläxa: Anna ringer.",
    "heading spaces": lambda n: "# " + " " * n + "x #",
    "long sentence": lambda n: "1. A\n\n" + "Anna ska ringa Per och " * (n // 23),
    "nästa nästa": lambda n: "1. A\n\n" + "nästa möte " * (n // 11),
    "at signs": lambda n: "Antecknat av Anna Berg\n" + "a@" * (n // 2),
    "parens": lambda n: "(" * (n // 2) + "a" + ")" * (n // 2),
    "column gap": lambda n: "a" + " " * n + "b",
    "label column": lambda n: "Plats och tid" + " " * n + "Stadshuset   Datum",
    "signature gap": lambda n: "1. A\n\nJusteras\n\nAnna Berg" + " " * n + "Eva Ek",
    "nickname quotes": lambda n: "Deltagare: Anna " + '"Ankan" ' * (n // 8) + "Berg",
    "body decides": lambda n: "1. A\n\nKultur- " + "och " * (n // 4) + "fritidsnämnden beslutar",
    "town list": lambda n: "Förhinder: " + "Hjo, " * (n // 5) + "Gullspång",
    "date line place": lambda n: "Protokoll\n5 maj 2025 kl. 18 i " + "Bygdegården " * (n // 12),
    "label before colon": lambda n: "1. A\n\nHemläxa till " + "nästa " * (n // 6) + "träff: alla läser.",
    "tab labels": lambda n: "Datum:\t2025-05-05\n" * (n // 17) + "1. A\n",
    "paragraph list": lambda n: "Närvarande:\nPer Olsson (V) §§ " + "1 , " * (n // 4) + "x\n",
    "decision headings": lambda n: "§ 1 A\nBeslut\n" + "Reservation\nAnna reserverar sig.\n" * (n // 33),
    "attendance marks": lambda n: "Närvarande:\nAnna Berg " + "(digitalt) " * (n // 11) + "– via länk\n",
    "first names": lambda n: "1. A\n\nMaj-Lis ska ringa.\n" + "Maj-Lis Wern " * (n // 13) + "\n",
    "later sentences": lambda n: "1. A\n\nGruppen diskuterar. " + "Gruppen talar. " * (n // 15) + "\n",
    "joined clauses": lambda n: "Deltagare: Mona Ek, Rut Berg\n\n1. A\n\n"
                                + "Mona bokar lokal och Rut " * (n // 25) + "bokar lokal.\n",
    "och splices": lambda n: "Deltagare: Mona Ek, Rut Berg\n\n1. A\n\nBoden har ett kafé och Rut har "
                             + "en idé och Mona har " * (n // 20) + "ett förslag och Rut skickar det.\n",
    "passive agents": lambda n: "1. A\n\nGodkändes " + "av mötet och av alla " * (n // 21) + "i dag.\n",
    "page headers": lambda n: "PROTOKOLL\nSammanträdesdatum\n" + "Sida 2\nPROTOKOLL\nSammanträdesdatum\nText.\n" * (n // 40),
    "tab signers": lambda n: "1. A\n\nText.\n\nVid protokollet\t\tJusteras\n" + "Eva Ek\t\tBo Lind\t\t" * (n // 20) + "\n",
    "calendar shares": lambda n: "Datum: 2024-01-10\n\n1. Kommande möten\n" + "- 12 mars\nSamtliga möten kl. 18 i lokalen.\n" * (n // 42),
    "party columns": lambda n: "Närvarande:\n" + "Emma Lund (S)      Per Alm (M)\n" * (n // 32) + "\n1. A\n",
    "bullet tabs": lambda n: "Deltagare\n" + "●\tEva Ek, Kommunen\n" * (n // 18) + "\n1. A\n",
    "closing words": lambda n: "1. A\n\nText.\n\n2. Avslutning\n" + "Mötet avslutades. Ordföranden avslutade.\n" * (n // 40),
    "calendar row cuts": lambda n: "Datum: 2024-01-10\n\n1. Kommande möten\n" + "12 mars kl 13-15, " * (n // 18) + "\n",
    "wrapped brackets": lambda n: "Närvarande: Eva Ek (Region\n" + "Halland), Bo Lind (Ale\n" * (n // 24) + "kommun)\n\n1. A\n",
    "spoken titles": lambda n: "".join(f"§ {k} Kassan. Bo bokar buss senast 1 maj.\n\n" for k in range(1, n // 40)),
    "plural roles": lambda n: "Närvarande: " + "ledamöterna Eva Ek och Bo Lind, " * (n // 32) + "\n\n1. A\n",
    "outline numbers": lambda n: "".join(f"{k // 9 + 1}.{k % 9 + 1} Ärende\nText.\n" for k in range(n // 20)),
    "tight list start": lambda n: "".join(f"{k}. Punkt\n" for k in range(1, n // 10)) + "Text.\n" + "".join(
        f"{k}. Ärende\nText.\n" for k in range(n // 10, n // 10 + 3)),
    "count of people": lambda n: "Närvarande: 17 medlemmar " + "enligt lista " * (n // 13) + ", bland andra Eva Ek\n\n1. A\n",
    "weeks ahead": lambda n: "Protokoll 2024-03-05\n\n1. A\n" + "Eva bokar lokal i veckan. " * (n // 26) + "\n",
    "wrapped titles": lambda n: "Minnesanteckningar från mötet om\n" + "arbete, " * (n // 8) + "\n\n1. A\n",
    "paragraphs in list": lambda n: "Närvarande: " + "Eva Ek (S) §§ 1-5, " * (n // 19) + "Bo Lind\n\n1. A\n",
    "owners then due": lambda n: "1. A\n\nRensning.\nAnsvarig: " + "Eva, " * (n // 5) + " Klart: 30/4\n",
    "owning alone": lambda n: "Deltagare: Mona Ek, Rut Berg\n\n1. A\n\n" + "Städdag i maj; Rut ansvarar. " * (n // 29),
    "together with": lambda n: "Deltagare: Mona Ek, Rut Berg\n\n1. A\n\n"
                               + "Rut tillsammans med Mona " * (n // 25) + "bokar lokal.\n",
    "agenda topics": lambda n: "1. Mötet öppnades.\n2. Dagordningen godkändes.\n" + "".join(
        f"{k}. Ekonomi. Kassören meddelade att kassan är god.\n" for k in range(3, n // 50)),
    "object split": lambda n: "Deltagare: Mona Ek\n\n1. A\n\nMona tar " + "frågan " * (n // 7) + "vidare.\n",
    "named dashes": lambda n: "Deltagare: Mona Ek\n\nAtt göra\n" + "@Mona – boka lokal\n" * (n // 19),
    "gapped names": lambda n: "Deltagare: Mona Ek, Rut Berg\n\n1. A\n\nMona ansvarar för maten"
                              + " och Rut för fikat" * (n // 18) + ".\n",
    "pictures": lambda n: "📌 " * (n // 2) + "Aktuellt\n",
    "decision lead": lambda n: "1. A\n\n" + "Efter diskussion " * (n // 17) + "beslutade stämman\natt anta den.\n",
    "bare för": lambda n: "Tjänstgörande ersättare\nEva Ek " + "för Bo Lind " * (n // 12) + "för Per Ek\n\n1. A\n",
    "group then names": lambda n: "Närvarande: alla " + "och alla " * (n // 9) + "samt Eva Ek\n\n1. A\n",
    "signer lines": lambda n: "1. A\n\nText.\n\nMed vänlig hälsning\nEva Ek\n" + "Ale kommun\n" * (n // 11),
    "role then name": lambda n: "Deltagare: Mona Ek\n\n1. A\n\n" + "Kassören Mona bokar lokal. " * (n // 27),
    "bracket then role": lambda n: "Närvarande: " + "Eva Ek (Ale kommun), värd för dagen, " * (n // 37) + "\n\n1. A\n",
    "place then time": lambda n: "Protokoll\n2024-01-10\n" + "Zoom, kl. 10-11 " * (n // 16) + "\n\n1. A\n",
    "compound kind": lambda n: "APT-anteckningar " + "Hemtjänsten " * (n // 12) + "\n\n1. A\n",
    "definite role": lambda n: "Närvarande: " + "kocken Ahmed Yusuf, " * (n // 20) + "Eva Ek\n\n1. A\n",
    "meeting then date": lambda n: "Datum: 2024-01-10\n\n1. A\n\nRut bokar lokal " + "till mötet den 11 juni "
                                   * (n // 23) + ".\n",
    "labelled cells": lambda n: "Datum: 2024-01-10" + " | Tid: 10-11" * (n // 13) + "\n\n1. A\n",
    "label after comma": lambda n: "Deltagare: Rut Berg\n\n1. A\n\nÅtgärd: plan" + ", ansvarig: Rut" * (n // 15) + "\n",
    "gapped items": lambda n: "".join(f"{k}. Punkt\nText.\n\n" for k in range(1, 4)) + "".join(
        f"{3 + 3 * j}. Övriga frågor\nText.\n\n" for j in range(1, n // 25)),
    "who above what": lambda n: "Deltagare: Rut Berg\n\n1. A\n\n" + "Vem: Rut\nVad: boka lokal\n\n" * (n // 26),
    "person in brackets": lambda n: "Närvarande: " + "IFK Norrby (Stefan Ek), " * (n // 24) + "Eva Ek\n\n1. A\n",
    "partners": lambda n: "Deltagare: Mona Ek, Rut Berg\n\n1. A\n\nRut bokar lokal " + "tillsammans med Mona "
                          * (n // 21) + ".\n",
    "topic paragraphs": lambda n: "".join(f"§ {k}. Ekonomi: Kassören redovisade saldot.\n" for k in range(1, n // 42)),
    "from organisations": lambda n: "Närvarande: " + "Eva Ek från Ale kommun, " * (n // 24) + "Bo Lind\n\n1. A\n",
    "från without comma": lambda n: "Närvarande: Eva Ek " + "från Ale " * (n // 9) + "\n\n1. A\n",
    "slash towns": lambda n: "Närvarande: " + "Eva Ek/Ale, " * (n // 12) + "Bo Lind\n\n1. A\n",
    "both brackets": lambda n: "Närvarande: " + "Eva Ek och Bo Lind (båda Ale kommun), " * (n // 38) + "\n\n1. A\n",
    "numbered people": lambda n: "Närvarande:\n" + "".join(f"{k}. Eva Ek{k}\n" for k in range(1, n // 12))
                                 + "\n§ 1 A\n\n§ 2 B\n",
    "place below name": lambda n: "Deltagare\n" + "Eva Ek\nAle kommun\n\n" * (n // 19) + "1. A\n",
    "markdown agenda": lambda n: "# Möte\n\n## Agenda\n" + "".join(f"{k}. Punkt {k}\n" for k in range(1, n // 60))
                                 + "".join(f"\n## {k}. Punkt {k}\nText.\n" for k in range(1, n // 60)),
    "chat mentions": lambda n: "Deltagare: Mona Ek, Rut Berg\n\n1. A\n\n" + "@Mona och @Rut bokar lokal. " * (n // 28),
    "tab signature row": lambda n: "Underskrifter\tSekreterare" + "\t....\tParagrafer 1–2" * (n // 20)
                                   + "\n\t\tEva Ek\n\n§ 1 A\n\n§ 2 B\n",
    "adjective org": lambda n: "Närvarande\n" + "Eva Ek (C), tekniska nämnden\n" * (n // 29) + "\n1. A\n",
    "group label": lambda n: "Närvarande politiker\n" + "Ale: Eva Ek (S)\n" * (n // 16) + "\n1. A\n",
    "own body passive": lambda n: "Styrelsemöte\n\n1. A\n\n" + "Förslaget godkändes av styrelsen. " * (n // 34),
    "consensus": lambda n: "1. A\n\n" + "Alla var överens om att " * (n // 24) + "vänta.\n",
    "comma place": lambda n: "1. A\n\nNästa möte 7 december kl. 14" + ", Stadshuset" * (n // 12) + "\n",
    "datum för label": lambda n: "1. A\n\nDatum för kommande träffar\n" + "6 nov kl 9-12 i Ale\n" * (n // 20),
    "answer then men": lambda n: "Deltagare: Mona Ek\n\n1. A\n\n" + "Ja, men " * (n // 8) + "Mona bokar lokal.\n",
    "labels then name": lambda n: "1. A\n\nJusteras\n\n" + "Underskrifter\t" + "Sekreterare\t" * (n // 12)
                                  + "Eva Ek\n",
    "tab footer": lambda n: "".join(f"{k}. A\nText.\nNätverket\t\tSida {k} av 9\n\n" for k in range(1, n // 40)),
    "proposed passive": lambda n: "1. A\n\nPer Holm yrkar att " + "ärendet och " * (n // 12) + "ärendet återremitteras.\n",
    "undertecknad": lambda n: "Närvarande: " + "Eva Ek, " * (n // 8) + "samt undertecknad Lisa Falk\n\n1. A\n",
    "note then place": lambda n: "1. A\n\nKommande möten\n" + "16/1 heldag i Östersund\n" * (n // 24),
    "bold colon heads": lambda n: "Anteckningar\n\n" + "**Ekonomi:**\nMona berättade.\n\n" * (n // 32),
    "calendar labels": lambda n: "1. A\n\n" + "Kommande möten:\n" * (n // 16) + "12 maj kl 9 i Ale\n",
    "word md headings": lambda n: "# Rådet\n\n" + "".join(f"## Paragraf {k % 999 + 1} Ekonomi\nText.\n" for k in range(n // 30)),
    "program list": lambda n: "Anteckningar\n\nDagens program\n" + "● Ekonomi\n" * (n // 10) + "\nEkonomi\nText.\n\nÖvrigt\nText.\n",
    "last first list": lambda n: "Närvarande: " + "Andersson, Eva; " * (n // 16) + "Lind, Ulf\n\n1. A\n",
    "two roles": lambda n: "Närvarande:\n" + "Ordförande rektor Eva Berg\n" * (n // 27) + "\n1. A\n",
    "signoff roles": lambda n: "1. A\n\nText.\n\n" + "/Johanna, sekreterare för kvällen\n" * (n // 34),
    "raise with": lambda n: "Deltagare: Mona Ek\n\n1. A\n\n" + "Mona tar upp frågan om det med rektorn. " * (n // 40),
    "own network": lambda n: "Regionalt nätverk\n\n1. A\n\n" + "Kommande nätverksträffar:\n21 nov kl 9\n" * (n // 36),
    "body labels": lambda n: "Deltagande aktörer\n" + "Polisen: Johan Ek, Eva Lind\n" * (n // 28) + "\n1. A\n",
    "compound roles": lambda n: "Närvarande: " + "lärarrepresentant Karin Holm, " * (n // 30) + "Eva Ek\n\n1. A\n",
    "org after role": lambda n: "Närvarande: " + "Peter Wall, förvaltare, Riksbyggen, " * (n // 36) + "Eva Ek\n\n1. A\n",
    "agenda heading": lambda n: "Anteckningar\n\n" + "Punkter\nVälkommen\nTove hälsade välkommen.\n\n" * (n // 44),
    "appendix tail": lambda n: "1. A\n\nText.\n\n" + "Bilaga 1: Deltagarlista\n\n" * (n // 25),
    "role owners": lambda n: "1. A\n\n" + "Kommunikatören lägger ut texten. " * (n // 33),
    "agreed": lambda n: "1. A\n\n" + "Rut redovisade. Det överenskoms att vänta.\n" * (n // 43),
    "week dates": lambda n: "1. A\n\n" + "Per gör det v. 14 (5/4), vecka 12, 2024-03-18.\n" * (n // 48),
    "från samt": lambda n: "Närvarande: " + "Eva och Per från rådet samt " * (n // 28) + "Lotta Nyberg\n\n1. A\n",
    "checked by": lambda n: "1. A\n\nText.\n\n" + "Justerat 2024-03-20 av Per Lind ____ Eva Ek\n" * (n // 44),
    "decision noun": lambda n: "1. A\n\n" + "Beslut togs inte. Beslut fattades om att vänta.\n" * (n // 48),
    "genitive roles": lambda n: "Närvarande: " + "Elevrådets ordförande Alva Berg, " * (n // 33) + "Eva Ek\n\n1. A\n",
    "från own org": lambda n: "Närvarande: " + "Mona Ek (fritids), " * (n // 19) + "Kerstin Ahl från förvaltningen\n\n1. A\n",
    "status table": lambda n: "1. A\n\nAktivitet\tAnsvarig\tKlart\tStatus\n" + "Boka\tEva Ek\tKlar\tEj påbörjad\n" * (n // 31),
    "task boxes": lambda n: "Att göra\n" + "- [x] Eva: boka lokal (fredag)\n" * (n // 31),
    "event when": lambda n: "1. A\n\nKommande aktiviteter\n13 oktober efter " + "högmässan och " * (n // 14) + "i Ås\n",
    "colon heads": lambda n: "Veckomöte\n\n" + "Denna vecka:\n• Sofia uppdaterar rutinen\n\n" * (n // 40),
    "sub-items": lambda n: "".join(f"{k}a. Ekonomi\nText.\n\n{k}b. Budget\nText.\n\n" for k in range(1, n // 40)),
    "town dated": lambda n: "Anteckningar\nDialogmöte\nLuleå 2024-05-16\n\n1. A\n" + "Text. " * (n // 6),
    "headcounts": lambda n: "Närvarande: ett tjugotal " + "företagare och " * (n // 15) + "Eva Ek samt ca 20 gäster\n\n1. A\n",
    "counted group": lambda n: "Närvarande: " + "Eva Ek och " * (n // 11) + "föräldrar (7 st)\n\n1. A\n",
    "plural first names": lambda n: "Närvarande: " + "pedagogerna Sara och Mia, " * (n // 26) + "Eva Ek\n\n1. A\n",
    "presence pairs": lambda n: "Närvarolista\nLedamöter\tNärv.\tErsättare\tNärv.\n"
                                + "Karin Holm (S)\tX\tLeif Ek (S)\t\n" * (n // 29) + "\n§ 1 A\nText.\n",
    "elections": lambda n: "§ 1 Val av justerare\n" + "Till justerare valdes Eva Ek och Per Lind, " * (n // 43) + "utses.\n",
    "day alone": lambda n: "Datum: 2024-09-02\n\n1. A\n" + "Mona skickar ut rutinen den 20/10 till " * (n // 38) + "Per.\n",
    "status lines": lambda n: "Datum: 2024-09-02\n\n1. A\n" + "Mona bokar lokalen.\nStatus: pågår\n" * (n // 34),
    "member lines": lambda n: "Anmält förhinder\n" + "Sollefteå kommun\n" * (n // 17) + "\n1. A\n",
    "member register": lambda n: "Närvaro\nKommun\tNamn\tNärvaro\n" + "Arvidsjaur\t\t-\n" * (n // 14) + "\n1. A\n",
    "table items": lambda n: "Punkt | Diskussion | Beslut | Ansvarig | Klart\n" + "".join(
        f"{k % 999 + 1}. Ekonomi | Text. | Inköp beslutas. | Eva | 1/6\n" for k in range(n // 48)),
    "item groups": lambda n: "".join(f"Beslutsärenden\n\n§ {k} A\nText.\n\n" for k in range(1, n // 28)),
    "initials": lambda n: "Närvarande: " + "AB (Anna Björk), " * (n // 17) + "Per Lind\n\n1. A\n",
    "clause joins": lambda n: "§ 1 A\nBeslut\nNämnden beslutar\n" + "att bifalla förslaget, samt\n" * (n // 28),
    "absent sentences": lambda n: "Närvarande: Eva Ek\n" + "Per Lind och Bo Ek hade förhinder.\n" * (n // 35) + "\n1. A\n",
    "purpose and": lambda n: "Närvarande: Eva Ek, Bo Ek\n\n1. A\n" + "Eva och Bo träffas för att gå igenom "
                             "listan och återkommer.\n" * (n // 60),
    "decided points": lambda n: "1. A\nStyrelsen beslutade att\n" + "- anslå 5 000 kr, samt\n" * (n // 23),
    "page feet once": lambda n: "1. A\n" + "".join(f"Nätverket   2025-05-15   Sida {k} av 9\nText.\n" for k in range(n // 42)),
    "task tables": lambda n: "Frånvarande: Per Lind\n\n" + "Uppföljning\nÅtgärd\tAnsvarig\tStatus\nBoka\tPer\tKlar\n\n" * (n // 44),
    "sign-offs": lambda n: "1. A\n" + "Text.\n\n" * (n // 7) + "Ha det gott!\n/Sanna (sekr)\n",
    "posting notice": lambda n: "1. Kommande möten\n12 maj\n\nANSLAGSBEVIS\n"
                                + "Datum då anslaget tas ned: 2025-11-01\n" * (n // 38),
    "header officers": lambda n: "Protokoll\nDatum: 2025-01-01\n" + "Ordförande: Eva Ek\n" * (n // 19) + "\nVägen\nText.\n",
    "role sentences": lambda n: "Protokoll\nMötet leddes av Anna Berg, " + "anteckningar fördes av Eva Ek, " * (n // 31)
                                + "\n\n1. A\n",
    "officer names": lambda n: "§ 1 Val av justerare\n" + "Anna Berg " * (n // 10) + "\n",
    "address lines": lambda n: "§ 1 A\nBeslut\n" + "Rådet föreslår fullmäktige\natt anta den.\n" * (n // 40),
    "reporter pronouns": lambda n: "Närvarande: Leif Ek\n\n1. A\n" + "Leif meddelade att han ansvarar för fikat. " * (n // 43),
    "officer chains": lambda n: "§ 1 Val av mötesfunktionärer\nTill ordförande för mötet valdes Eva Ek"
                                + ", till justerare Per Lind" * (n // 24) + ".\n",
    "agent passives": lambda n: "Närvarande: Mona Ek\n\n1. A\n" + "Lokalen bokas av Mona och " * (n // 26) + "Mona.\n",
    "nested points": lambda n: "Anteckningar 2025-10-06\n\n" + "* Budget\n  - Vi ligger inom ramen.\n" * (n // 33),
    "writer described": lambda n: "1. A\n" + "Text.\n\n" * (n // 7) + "Oskar Lindeberg, processledare, GR\n",
    "class after names": lambda n: "Närvarande: " + "Maja Lund 7A, " * (n // 14) + "Per Lind\n\n1. A\n",
    "bracket people": lambda n: "Närvarande: " + "kommunen (Ali Demir, Eva Nord), " * (n // 32) + "Per Lind\n\n1. A\n",
    "slash labels": lambda n: "Date/Datum: 2025-01-01\n" + "Deltagare / Attendees: Eva Ek\n" * (n // 30) + "\n1. A\n",
    "titled events": lambda n: "1. Kommande aktiviteter\n" + "- Resa till Ystad 14 maj, Eva bokar buss\n" * (n // 41),
    "signers run together": lambda n: "Närvarande: Eva Ek, Bo Ek\n\n1. A\nText.\n\nJusteras\n" + "Eva Ek Bo Ek " * (n // 13) + "\n",
    "signed-for rows": lambda n: "1. A\nText.\n\nJusteras\n" + "Eva Ek\t\tBo Ek\nFör Kommunal\t\tFör Vision\n" * (n // 38),
    "weeks with days": lambda n: "1. Kommande möten\n" + "v. 12, tisdag 17/3, torsdag v. 14, " * (n // 35) + "v. 20\n",
    "marked decisions": lambda n: "1. A\n" + "Avgiften höjs till 300 kr (beslut). " * (n // 36) + "Klart.\n",
    "elected by the body": lambda n: "§ 1 Val av två justerare\nStämman valde " + "Eva Ek och " * (n // 11) + "Bo Ek.\n",
    "named tasks": lambda n: "Närvarande: Eva Ek\n\nUppföljningsuppgifter\n" + "Eva Ek: Boka lokal, 40 st. Eva ringer.\n" * (n // 39),
    "mail greetings": lambda n: "Från: Eva Ek\nÄmne: Anteckningar\n\nHej!\n\nMinnesanteckningar – Nätverket\n"
                                + "Närvarande: Eva Ek\n" + "Text.\n\n" * (n // 7),
    "people with classes": lambda n: "Närvarande: " + "Maja Lund, 7A, Omar Haddad, 7B, " * (n // 32) + "Per Lind\n\n1. A\n",
    "hyphen-wrapped people": lambda n: "Närvarande: Eva Ny-\n" + "ström (M), Jan Ny-\n" * (n // 20) + "ström (M)\n\n1. A\n",
    "bracket-wrapped people": lambda n: "Närvarande: Eva Ek\n" + "(V), Maja Holm\n" * (n // 15) + "\n1. A\n",
    "spaced task table": lambda n: "1. A\nVad          Vem      När\n" + "Boka lokal   Eva      v. 14\n" * (n // 28),
    "one-word signers": lambda n: "Närvarande: Signy, Lena\n\n1. A\n" + "Text.\n\n" * (n // 7) + "Vid protokollet\nSigny\n",
}


def seconds(text: str) -> float:
    start = time.perf_counter()
    parse_text(text)
    return time.perf_counter() - start


def main(base: int = 20_000) -> int:
    worst = 0.0
    print(f"{'shape':18} {'n':>8} {'t(n) s':>9} {'t(10n) s':>9} {'ratio':>6}")
    for name, make in SHAPES.items():
        small, large = seconds(make(base)), seconds(make(base * 10))
        ratio = large / small if small > 0 else float("inf")
        worst = max(worst, ratio)
        print(f"{name:18} {base:8d} {small:9.4f} {large:9.4f} {ratio:6.1f}")
    print(f"worst ratio: {worst:.1f} (10 is linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000))
