"""The vocabulary of Swedish minutes, as named tables.

Every word the parser recognises lives here, so that a reader sees the whole
grammar in one place and a new label is one line in one table. The patterns
built from these tables are compiled in the stage that uses them.
All entries are lower case; matching is case-insensitive.
"""
from __future__ import annotations

# ---------------------------------------------------------------- documents

#: Words that name the kind of document, as the first word(s) of a title line.
DOCUMENT_KINDS = (
    "minnesanteckningar", "minnesanteckning", "anteckningar", "mötesanteckningar",
    "protokoll", "sammanträdesprotokoll", "styrelseprotokoll", "mötesprotokoll",
    "årsmötesprotokoll", "justerat protokoll", "protokollsutdrag",
    "dagordning och minnesanteckningar", "dagordning och anteckningar", "agenda och anteckningar",
    "agenda och minnesanteckningar", "arbetsutskottsprotokoll",
    "referat", "mötesreferat", "minnesnoteringar", "mötesnoteringar", "stämmoprotokoll",
    "föreningsstämmoprotokoll", "sammanträdesanteckningar",
    # a notice of a meeting, often in the same folder: its kind says it is no minutes
    "kallelse", "kallelse och dagordning", "kallelse med dagordning", "föredragningslista",
)

#: Words that name the kind of document only when a word of what it is from follows:
#: `Sammanfattning från dialogmöte med föreningslivet`, `Dokumentation från workshop om
#: trygghet`; alone (`Sammanfattning`), an item's heading.
DOCUMENT_KINDS_BEFORE_FROM = ("sammanfattning", "dokumentation")
KIND_FROM_WORDS = ("från", "av")

#: Words between the kind and the forum in a title: "Protokoll fört vid sammanträde med ...".
#: Words before a protocol's number, right after its kind: `Protokoll nr 3/2024, Pensionärsrådet`.
NUMBER_WORDS = ("nr", "nr.", "nummer", "no", "no.")

#: Words a title line may end with when the forum goes on on the next line: `Protokoll
#: fört vid styrelsemöte i` / `Föreningen Hembygden`.
#: The words after a compound's first part whose hyphen stands for the part they share
#: (`kultur- och fritidsnämnden`, `barn- eller elevhälsan`): before one of them, a hyphen at
#: a line's end breaks no word.
ELIDED_HYPHEN_BEFORE = ("och", "eller", "samt", "respektive", "resp.")
TITLE_DANGLING_WORDS = ("i", "för", "med", "vid", "på", "hos", "och", "inom", "mellan", "om")

#: What a document's kind may say of its state, in a bracket after it, no part of the
#: forum: `Protokoll (justerat) Kommunstyrelsens arbetsutskott`.
DOCUMENT_STATES = ("justerat", "justerad", "ojusterat", "ojusterad", "utkast", "preliminärt",
                   "preliminär", "reviderat", "reviderad", "korrigerat", "korrigerad")
TITLE_CONNECTORS = (
    "fört vid sammanträde med", "fört vid möte med", "fört vid", "förda vid sammanträde med",
    "förda vid möte med", "förda vid", "förd vid", "från sammanträde med",
    "från möte med", "från mötet med", "av mötet med", "av möte med", "från", "av", "för", "vid", "med", "till",
)

#: Words that close the meeting in its last item or the closing, and give the time it ended
#: when the header gives none: `Mötet avslutades kl. 20.15`, `Ordföranden förklarade mötet
#: avslutat kl. 21.05`, `Sammanträdet avslutas 16.40`, `förklarade stämman avslutad kl. 15.40`.
MEETING_CLOSED_WORDS = ("avslutades", "avslutade", "avslutat", "avslutad", "avslutas", "avslutar", "stängdes",
                        "stängde", "stängt", "stängd", "slutade")

#: What may stand before the place on a date line (`..., kl. 14.00 i Bygdegården`):
#: a preposition, left out of the place, or a word of a meeting held apart, kept.
PLACE_PREPOSITIONS = ("i", "på", "hos", "vid")
REMOTE_PLACE_WORDS = ("via", "digitalt", "digital", "online", "distans", "på distans")
#: ... and a word of a meeting held in one place, before its preposition, left out too:
#: `16 maj kl. 9.30, fysiskt i Örebro`, `på plats i Länsstyrelsens lokaler`.
IN_PERSON_WORDS = ("fysiskt", "fysiskt möte", "på plats")
#: A coming meeting's place given as this one's: `Nästa möte: 20 mars kl. 15, samma lokal`.
SAME_PLACE_WORDS = ("samma lokal", "samma plats", "samma ställe", "samma rum", "som vanligt",
                    "som förra gången", "som i dag", "som idag")
#: ... and its time, or both: `Nästa möte 12 mars, samma tid`, `..., samma tid och plats`
#: (the words of SAME_PLACE_WORDS after `samma` may follow `och`).
SAME_TIME_WORDS = ("samma tid", "samma tider", "samma tidpunkt")
#: How the name of a room or building ends, written in lower case after a date and time:
#: `kl. 14.00 i föreningslokalen`, `i stadshuset`, `i församlingshemmet`, `i klubbstugan`.
PLACE_NOUN_ENDINGS = ("lokalen", "huset", "gården", "hemmet", "stugan", "salen", "rummet", "hallen",
                      "kyrkan", "biblioteket", "skolan", "kontoret")
#: ... and a room named after whose it is: `i skolans bibliotek`, `i kommunhusets sal 3`.
PLACE_NOUNS_AFTER_OWNER = ("bibliotek", "matsal", "aula", "lokal", "lokaler", "sal", "rum",
                           "konferensrum", "samlingssal", "kontor", "personalrum", "fikarum", "mötesrum",
                           "sammanträdesrum", "grupprum", "konferenssal", "möteslokal", "klassrum",
                           # a school's and a university's: `lektionssal 204`, `hörsal B`
                           "lektionssal", "hörsal", "lärosal", "idrottssal", "gymnastiksal", "datasal",
                           "musiksal", "studierum")

# ---------------------------------------------------------------- header labels

#: Header labels and the meeting field each fills.
#: The labels of a forwarded e-mail's header at the top of a document (Outlook's, in
#: Swedish and English): `Från: Linnea Åberg` / `Skickat: den 12 februari 2025 16:04` /
#: `Till: ...` / `Ämne: Anteckningar från arbetsgruppen 11/2`. The subject is read as a
#: title line; the day it was sent gives a year the meeting's date leaves out.
MAIL_HEADER_LABELS = {
    "från": "sender", "from": "sender", "skickat": "sent", "sent": "sent", "datum": "sent", "date": "sent",
    "till": "to", "to": "to", "kopia": "cc", "cc": "cc", "ämne": "subject", "subject": "subject",
    "bifogade filer": "attachments", "bilagor": "attachments", "prioritet": "priority",
}

HEADER_LABELS = {
    "datum": "date",
    "mötesdatum": "date",
    "sammanträdesdatum": "date",
    "dag": "date",
    "datum och tid": "date_time",
    "tid och datum": "date_time",
    "datum/tid": "date_time",
    "tid/datum": "date_time",
    "datum, tid": "date_time", "datum & tid": "date_time", "dag och tid": "date_time", "tid och dag": "date_time",
    "sammanträdesdatum och tid": "date_time", "mötesdatum och tid": "date_time",
    "när": "date_time",
    "datum och plats": "place_time",
    "datum/plats": "place_time",
    "plats/tid": "place_time",
    "tid/plats": "place_time",
    "plats/datum": "place_time",
    "tid": "time",
    "tidpunkt": "time",
    "klockan": "time",
    "mötestid": "time",
    "sammanträdestid": "time",
    "plats": "location",
    "mötesplats": "location",
    "lokal": "location",
    "plats och tid": "place_time",
    "tid och plats": "place_time",
    "sammanträdeslokal": "location",
    "möteslokal": "location",
    "var": "location",
    "adress": "location",
    "dnr": "reference",
    "diarienummer": "reference",
    "diarienr": "reference",
    "ärende": "reference",
    # which paragraphs the protocol holds: `Paragrafer: §§ 40–45`
    "paragrafer": "paragraphs",
    "paragraf": "paragraphs",
    "justerade paragrafer": "paragraphs",
    "protokollsparagrafer": "paragraphs",
    "möte": "title",
    "forum": "title",
    "mötestyp": "title",
    "organ": "title",
    # when and where the minutes are checked and signed (a protocol's first page): not the meeting's
    "justeringens plats och tid": "adjustment",
    "justeringens tid och plats": "adjustment",
    "justeringens plats och datum": "adjustment",
    "plats och tid för justering": "adjustment",
    "tid och plats för justering": "adjustment",
    "justeringsdatum": "adjustment",
    "justeringsdag": "adjustment",
    "justeringens tid": "adjustment", "justeringens datum": "adjustment", "justeringens plats": "adjustment",
    "tid för justering": "adjustment", "datum för justering": "adjustment", "justeringstid": "adjustment",
}

# ---------------------------------------------------------------- people

#: Labels that open a list of people who were present. The value is the group
#: that label gives its people (None: the plain list).
PRESENT_LABELS = {
    "deltagare": None,
    "närvarande": None,
    "närvaro": None,
    "närv": None,           # abbreviated in quick notes: `Närv: Cecilia Holm (ordf), Jonas Ekdahl`
    "deltog": None,
    "deltagande": None,
    "medverkande": None,
    "medverkade": None,
    "mötesdeltagare": None,
    "närvarande ledamöter": "Ledamöter",
    "närvarande styrelseledamöter": "Ledamöter",
    "beslutande": "Beslutande",
    "beslutande ledamöter": "Ledamöter",
    "ledamöter": "Ledamöter",
    "ordinarie ledamöter": "Ledamöter",
    "styrelseledamöter": "Ledamöter",
    "ersättare": "Ersättare",
    "tjänstgörande ersättare": "Tjänstgörande ersättare",
    "ej tjänstgörande ersättare": "Ersättare",
    "suppleanter": "Suppleanter",
    "suppleant": "Suppleanter",
    "närvarande suppleanter": "Suppleanter",
    "närvarande suppleant": "Suppleanter",
    "närvarande ersättare": "Ersättare",
    "tjänstgörande suppleanter": "Suppleanter",
    "övriga närvarande": "Övriga",
    "även närvarande": "Övriga",
    "dessutom närvarande": "Övriga",
    "övriga deltagare": "Övriga",
    "övriga deltagande": "Övriga",
    "övriga": "Övriga",
    "adjungerade": "Adjungerade",
    "adjungerad": "Adjungerade",
    "gäster": "Gäster",
    "gäst": "Gäster",
    "inbjudna": "Gäster",
    "tjänstepersoner": "Tjänstepersoner",
    "tjänstemän": "Tjänstepersoner",
    "närvarande tjänstepersoner": "Tjänstepersoner",
    "närvarande tjänstemän": "Tjänstepersoner",
    # the two sides of a samverkansgrupp (FSG, LSG): `Arbetsgivarföreträdare: ...`
    "arbetsgivarföreträdare": "Arbetsgivare",
    "arbetsgivarrepresentanter": "Arbetsgivare",
    "arbetsgivarrepresentant": "Arbetsgivare",
    "arbetsgivarsidan": "Arbetsgivare",
    "arbetsgivarparten": "Arbetsgivare",
    "arbetstagarföreträdare": "Arbetstagare",
    "arbetstagarrepresentanter": "Arbetstagare",
    "arbetstagarrepresentant": "Arbetstagare",
    "arbetstagarsidan": "Arbetstagare",
    "arbetstagarparten": "Arbetstagare",
    "arbetsgivarens företrädare": "Arbetsgivare",
    "arbetsgivarens representanter": "Arbetsgivare",
    "arbetstagarnas företrädare": "Arbetstagare",
    "arbetstagarnas representanter": "Arbetstagare",
    "fackliga företrädare": "Arbetstagare",
    "fackliga representanter": "Arbetstagare",
    "representation från": None,
    "närvarolista": None,
    "närvaroförteckning": None,
    "deltagarlista": None,
    "deltagarförteckning": None,
    "röstlängd": None,
    "med": None,            # `Med: Anna, Johan` in quick notes
    "vi var": None,         # `... från gårdagens träff. Vi var: Linnea Åberg (fritid), ...` in a letter
    "närvarande var": None,
}

#: Words after a label of people that say whom they came from, on the label's line alone:
#: `Närvarande från föreningarna` / `Gunilla Rosén, DHR`.
PEOPLE_FROM_WORDS = ("från", "för")
#: ... or what kind of bodies sent them, the label's line alone: `Deltagande aktörer` /
#: `Polisen: Johan Ek`, `Närvarande myndigheter och organisationer`.
PEOPLE_BODY_WORDS = ("aktörer", "organisationer", "myndigheter", "verksamheter", "parter", "kommuner",
                     "förvaltningar", "enheter", "föreningar", "företag", "instanser")

#: Words that set apart, at the end of a list of those present, who was not there:
#: `Samtliga ledamöter utom Lars Ek`, and in brackets also `(ej Lars Ek, sjuk)`.
EXCEPT_WORDS = ("utom", "förutom", "med undantag av", "med undantag för")
EXCEPT_BRACKET_WORDS = ("ej", "inte", "ej närvarande", "frånvarande")

#: Labels that open a list of people who were absent.
ABSENT_LABELS = {
    "förhinder": None,
    "anmält förhinder": None,
    "anmälda förhinder": None,
    "frånvarande": None,
    "frånvaro": None,
    "frånv": None,          # abbreviated: `Frånv: Sofie Lind`, `Ej närv: Sofie Lind (sjuk)`
    "ej närv": None,
    "inte närv": None,
    "ej närvarande": None,
    "ej med": None,
    "inte med": None,
    "borta": None,          # quick notes: `Borta: Åke`
    "saknades": None,
    "ej deltagande": None,
    "deltog ej": None,
    "deltog inte": None,
    "ej deltagit": None,    # `Ej deltagit:` above the names, as a network's notes list them
    "inte deltagit": None,
    "har ej deltagit": None,
    "kunde inte delta": None,
    "kunde ej delta": None,
    "inte närvarande": None,
    "anmäld frånvaro": None,
    "anmält frånvaro": None,
    "frånvarande ledamöter": "Ledamöter",
    "frånvarande ersättare": "Ersättare",
    "ej närvarande ledamöter": "Ledamöter",
    "ej närvarande ersättare": "Ersättare",
    "frånvarande suppleanter": "Suppleanter",
    "avanmälda": None,
    "återbud": None,
    "lämnat återbud": None, "avböjt": None, "avböjda": None, "förhindrade": None, "sjukanmälda": None,
    "sjukanmäld": None, "frånvarande med anmälan": None, "frånvarande utan anmälan": None,
    "inbjudna men ej närvarande": None, "inbjudna men inte närvarande": None,
    "meddelat förhinder": None, "meddelade förhinder": None, "har meddelat förhinder": None,
    "anmält återbud": None, "avbud": None, "anmält avbud": None, "ej deltog": None, "inte deltog": None,
    "deltar ej": None, "deltar inte": None, "saknas": None, "förhindrad": None,
}

#: The end of a sentence in the header that says the people before it were absent:
#: `Lisa och Ahmed hade förhinder.`, `Per Lind har lämnat återbud.`
ABSENT_SENTENCE_ENDINGS = ("hade förhinder", "har förhinder", "hade anmält förhinder", "har anmält förhinder",
                           "anmälde förhinder", "hade lämnat återbud", "har lämnat återbud", "lämnade återbud",
                           "hade anmält återbud", "har anmält återbud", "hade anmält frånvaro",
                           "har anmält frånvaro", "anmälde frånvaro", "var frånvarande", "var förhindrad",
                           "var förhindrade", "var sjuk", "var sjuka", "var bortrest", "var bortresta",
                           "kunde inte komma", "kunde ej komma", "kunde inte delta", "kunde ej delta",
                           "kunde inte närvara", "deltog inte", "deltog ej")

#: Column names of a table of people, and what each column holds; a row of only
#: these is its header, and with a name column it opens a list of people.
PEOPLE_COLUMNS = {
    "namn": "name", "deltagare": "name", "ledamot": "name", "ledamöter": "name", "ersättare": "name",
    "organisation": "org", "org": "org", "förvaltning": "org", "kommun": "org", "verksamhet": "org",
    "arbetsplats": "org", "myndighet": "org", "företräder": "org", "representerar": "org", "enhet": "org",
    "roll": "role", "funktion": "role", "titel": "role", "befattning": "role", "uppdrag": "role",
    "parti": "party", "närvaro": "presence", "närvarande": "presence", "närv": "presence",
    # a column whose mark says the person was not there: `Namn | Närvarande | Frånvarande`
    "frånvarande": "absence", "frånv": "absence", "förhinder": "absence",
    "e-post": "email", "epost": "email", "e-postadress": "email", "mejl": "email", "mail": "email",
    "telefon": "phone", "tel": "phone", "mobil": "phone", "telefonnummer": "phone",
}

#: What a presence column says: `X` or `ja` for present, `-` or `nej` for absent.
PRESENCE_MARKS = {
    "x": "present", "ja": "present", "närvarande": "present", "närv": "present", "deltog": "present",
    "✓": "present", "✔": "present", "1": "present",
    "-": "absent", "–": "absent", "nej": "absent", "frånvarande": "absent", "förhinder": "absent",
    "anmält förhinder": "absent", "ej närvarande": "absent", "0": "absent",
}

#: Column names of a table of actions: what, who, by when.
ACTION_COLUMNS = {
    "vad": "what", "åtgärd": "what", "uppgift": "what", "aktivitet": "what", "att göra": "what",
    "åtgärder": "what", "uppgifter": "what", "aktiviteter": "what",
    "vem": "who", "ansvarig": "who", "ansvariga": "who", "vem/vilka": "who", "utförare": "who",
    "när": "due", "klart": "due", "klart när": "due", "deadline": "due", "senast": "due", "datum": "due",
    "klart senast": "due", "klart till": "due", "färdigt": "due", "färdigt senast": "due",
    "tidplan": "due", "tidpunkt": "due", "slutdatum": "due",
    # how far the task has come: `ID | Aktivitet | Ansvarig | Datum | Status`
    "status": "status", "läge": "status", "lägesrapport": "status", "utfört": "status", "klar?": "status",
}

#: Column names of minutes kept as a table, one row an item (`Punkt | Diskussion | Beslut |
#: Ansvarig | Klart`): the item's own columns, and what the others hold; a column not named
#: here is read by ACTION_COLUMNS (who, by when, how far). A table is such minutes when it has
#: an item's column and a column of notes or decisions.
ITEM_TABLE_COLUMNS = {
    "punkt": "item", "ärende": "item", "rubrik": "item", "ämne": "item", "dagordningspunkt": "item",
    "fråga": "item", "ärenden": "item", "punkter": "item",
    "nr": "number", "§": "number", "paragraf": "number", "nr.": "number",
    "diskussion": "notes", "noteringar": "notes", "notering": "notes", "anteckningar": "notes",
    "kommentar": "notes", "kommentarer": "notes", "information": "notes", "beskrivning": "notes",
    "innehåll": "notes", "diskussion/information": "notes", "information/diskussion": "notes",
    "minnesanteckningar": "notes", "sammanfattning": "notes", "diskussion och information": "notes",
    "beslut": "decision", "beslut/åtgärd": "decision", "åtgärd/beslut": "decision", "beslut/åtgärder": "decision",
    "beslut och åtgärder": "decision", "beslut/uppdrag": "decision",
}
#: The names of a table's columns that ITEM_TABLE_COLUMNS and ACTION_COLUMNS give a meaning.
TABLE_COLUMNS = {**ACTION_COLUMNS, **ITEM_TABLE_COLUMNS}
#: What a cell says when it says nothing: `–` in the `Beslut` column of an item of information.
EMPTY_CELLS = ("-", "–", "—", "inget", "inga", "inget beslut", "ingen", "ej aktuellt", "saknas", "n/a")
#: What a task's status says, in a table's status column or its deadline's (`Klar`,
#: `Pågår`, `Ej påbörjad`), by its first words: done, or still to do. Another status
#: (`Se punkt 4`) is kept as written and says neither.
ACTION_DONE = ("klar", "klart", "klara", "avklarad", "avklarat", "avklarade", "avslutad", "avslutat",
               "genomförd", "genomfört", "genomförda", "utförd", "utfört", "gjord", "gjort", "färdig",
               "färdigt", "levererad", "levererat", "ok", "done", "ja", "✓", "✔", "x")
ACTION_OPEN = ("pågår", "pågående", "påbörjad", "påbörjat", "ej påbörjad", "ej påbörjat", "inte påbörjad",
               "inte påbörjat", "ej startad", "ej startat", "ej klar", "ej klart", "inte klar", "inte klart",
               "öppen", "öppet", "kvarstår", "försenad", "försenat", "planerad", "planerat", "vilande",
               "nej", "ej utförd", "ej utfört", "ej gjord", "ej gjort")
#: A to-do list's check boxes, ticked or not: `☑ Boka lokal`, `- [ ] Anna: boka lokal`.
TASK_BOXES_TICKED = ("☑", "☒", "[x]", "[X]")
TASK_BOXES_OPEN = ("☐", "□", "[ ]")

#: Headings inside a list of people that name a generic group, not an organisation.
GENERIC_GROUPS = {
    "övriga", "ledamöter", "ersättare", "gäster", "adjungerade", "tjänstepersoner",
    "tjänstemän", "politiker", "deltagare", "beslutande", "inbjudna", "styrelsen",
    "ordinarie", "suppleanter", "tjänstgörande ersättare", "presidiet", "externa",
    "arbetsgivare", "arbetstagare", "fackliga",
    # the people a council or a school's meeting brings together: `Föräldrar: Hanna Lund (åk 2)`
    "föräldrar", "vårdnadshavare", "elever", "elevrepresentanter", "personal", "personalen", "lärare",
    "medlemmar", "förtroendevalda", "anhöriga", "brukare", "brukarrepresentanter", "ungdomar",
    # ... or the kinds of bodies that sent them: `Föreningar: Åsa Berg (DHR), Tomas Fält (SRF)`
    "föreningar", "organisationer", "myndigheter", "kommuner", "förvaltningar", "företag", "företagare",
}
#: ... and how the compounds of such a group end: `Föräldrarepresentanter:`,
#: `Personalrepresentanter:`, `Fackliga representanter:`, `Kommunala ledamöter:`.
GENERIC_GROUP_ENDINGS = ("representanter", "ledamöter", "ersättare", "deltagare")
#: ... and the words of a school's class or year before its number: `Åk 8: Saga Lind`,
#: `Klass 7A: ...`, or the class alone (`7A: Ella Nyström, Noah Berg`): before a colon, what
#: the names after it represent, read as an organisation is.
CLASS_WORDS = ("klass", "åk", "åk.", "årskurs", "år")

#: Words of an election in brackets after a name: `Ordförande: Lena Borg (omval, 1 år)` names
#: who was elected to the board, not who led the meeting (nor that they came to it).
ELECTION_WORDS = ("omval", "nyval", "fyllnadsval", "kvarstår", "mandattid", "nyvald", "omvald")

#: Labels whose people all carry one role: "*Samtalsledare:* Anna och Per".
ROLE_LABELS = {
    "ordförande": "ordförande",
    "ordf": "ordförande",
    "sekr": "sekreterare",
    "mötesordförande": "ordförande",
    "stämmoordförande": "ordförande", "årsmötesordförande": "ordförande",
    "stämmosekreterare": "sekreterare", "årsmötessekreterare": "sekreterare",
    # the meeting's own, as a stämma's protocol names them: `Mötets ordförande: Carina Dahl`
    "mötets ordförande": "ordförande", "stämmans ordförande": "ordförande", "ordförande för mötet": "ordförande",
    "ordförande för stämman": "ordförande", "mötets sekreterare": "sekreterare",
    "stämmans sekreterare": "sekreterare", "sekreterare för mötet": "sekreterare",
    "sekreterare för stämman": "sekreterare", "mötets justerare": "justerare",
    "vice ordförande": "vice ordförande",
    "sekreterare": "sekreterare",
    "mötessekreterare": "sekreterare",
    "protokollförare": "sekreterare",
    "justerare": "justerare",
    "justeringsperson": "justerare",
    "justeringspersoner": "justerare",
    "justerande": "justerare",
    "utses att justera": "justerare",
    "utsedd att justera": "justerare",
    "samtalsledare": "samtalsledare",
    "moderator": "moderator",
    "processledare": "processledare",
    "mötesledare": "mötesledare",
    "mötet leddes av": "mötesledare",
    "ledare för mötet": "mötesledare",
    "antecknare": "antecknare",
    "föredragande": "föredragande",
    "kallade": None,
}
#: ... told in a sentence, with the one who held the role after it: `Mötet leddes av Gunnel
#: Hed, anteckningar fördes av Lars-Erik Moe.`, `Ordförande för mötet var Eva Ek.` Those
#: that do not end in `av` come before one of ROLE_SENTENCE_VERBS.
ROLE_SENTENCE_LEADS = {
    "mötet leddes av": "mötesledare", "mötet leds av": "mötesledare",
    "anteckningar fördes av": "antecknare", "anteckningarna fördes av": "antecknare",
    "minnesanteckningar fördes av": "antecknare", "minnesanteckningarna fördes av": "antecknare",
    "anteckningar förs av": "antecknare", "antecknat av": "antecknare",
    "protokollet fördes av": "sekreterare", "protokollet förs av": "sekreterare",
    "protokollet justeras av": "justerare", "protokollet justerades av": "justerare",
    "ordförande": "ordförande", "mötesordförande": "ordförande", "mötets ordförande": "ordförande",
    "ordförande för mötet": "ordförande", "sekreterare": "sekreterare", "mötessekreterare": "sekreterare",
    "mötets sekreterare": "sekreterare", "sekreterare för mötet": "sekreterare", "justerare": "justerare",
    "justeringsperson": "justerare", "justeringspersoner": "justerare", "antecknare": "antecknare",
    "mötesledare": "mötesledare", "samtalsledare": "samtalsledare", "moderator": "moderator",
    "processledare": "processledare",
}
ROLE_SENTENCE_VERBS = ("var", "är")
#: The meeting's own officers, elected at it: `Till justerare valdes Olof Berg och Sanna
#: Nyström.`, `Leila Karimi utses att justera protokollet.`, `... utsett Eva Strömberg att
#: föra dagens protokoll.` Those elected were there, with the role the phrase gives, unless
#: a list of people already says whether they were.
OFFICER_ELECTIONS = {
    "justerare": "justerare", "justerare tillika rösträknare": "justerare", "justeringsperson": "justerare",
    "justeringspersoner": "justerare", "justera": "justerare", "jämte ordföranden justera": "justerare",
    "mötesordförande": "ordförande", "stämmoordförande": "ordförande", "årsmötesordförande": "ordförande",
    "mötessekreterare": "sekreterare", "protokollförare": "sekreterare", "föra protokollet": "sekreterare",
    "föra dagens protokoll": "sekreterare", "föra mötets protokoll": "sekreterare",
    # ... and these only for the meeting: `Till ordförande för stämman valdes Lars Eng`, not
    # `Till ordförande omvaldes Karin Åberg` (the board's, for a year)
    "ordförande": "ordförande", "sekreterare": "sekreterare",
}
OFFICER_FOR_MEETING = ("ordförande", "sekreterare")
#: ... the verbs that elect them: after the role (`Till justerare valdes ...`), before it
#: (`Olof Berg valdes till justerare`) or before the one elected (`utsåg Eva Ek till sekreterare`,
#: `Ordföranden anmälde Tomas Wik som protokollförare`: a chair's choice the meeting is told of).
OFFICER_ELECTED_VERBS = ("valdes", "omvaldes", "utsågs", "utses", "väljs", "utsedd", "utsedda")
OFFICER_ELECTING_VERBS = ("valde", "utsåg", "utsett", "utser", "väljer", "utse", "välja", "anmälde", "anmäler")
#: ... the stems of the words for the meeting, after `för` or `vid` (`ordförande för stämman`)
#: or in the item's title (`Val av ordförande för mötet`).
MEETING_STEMS = ("möte", "stämm", "sammanträd")
#: ... and the stems of an item's title under which such elections are read.
OFFICER_ITEM_STEMS = ("val av", "juster", "utse", "protokollför")

#: Role words: a part of a person line that starts with one of these is a role.
ROLE_WORDS = (
    "ordförande", "vice ordförande", "ordf", "v ordf", "v. ordf", "sekreterare", "sekr", "justerare",
    "ledamot", "ersättare", "suppleant", "kassör", "adjungerad", "adj", "ers",
    "strateg", "projektledare", "delprojektledare", "planeringsledare", "samordnare",
    "handläggare", "utvecklingsledare", "verksamhetsutvecklare", "utredare", "chef",
    "enhetschef", "avdelningschef", "förvaltningschef", "kommundirektör", "direktör",
    "sektionschef", "verksamhetschef", "kanslichef", "nämndsekreterare", "controller",
    "ekonom", "koordinator", "processledare", "samtalsledare", "länsråd", "landshövding",
    "rektor", "sakkunnig", "kommunalråd", "oppositionsråd", "konsult",
    "forskare", "doktorand", "praktikant", "student", "ombud", "representant",
    "kommunikatör", "jurist", "utvecklare", "specialist", "expert", "rådgivare",
    "administratör", "assistent", "socialsekreterare", "medarbetare", "ansvarig",
    "tjänsteperson", "tjänsteman", "gäst", "moderator", "föredragande",
    # the professions of a school's, a care unit's or a parish's people: `lärare Jonas Wik`
    "lärare", "förskollärare", "speciallärare", "specialpedagog", "kurator", "skolkurator",
    "skolsköterska", "sjuksköterska", "undersköterska", "psykolog", "skolpsykolog", "läkare",
    "studie- och yrkesvägledare", "syv", "bibliotekarie", "fritidsledare", "fritidspedagog",
    "fältsekreterare", "elevassistent", "arbetsterapeut", "fysioterapeut", "skyddsombud",
    "huvudskyddsombud", "kommunpolis", "polis", "revisor", "kyrkoherde", "präst", "diakon", "kantor",
    "vaktmästare", "föreståndare", "komminister", "kyrkvärd", "kamrer", "organist", "registrator", "arkivarie",
    "kanslist", "ombudsman",
    # a university's (`universitetslektor Elin Sand`), a care unit's and a municipality's
    "universitetslektor", "lektor", "universitetsadjunkt", "adjunkt", "prefekt", "proprefekt",
    "studierektor", "postdoc", "överläkare", "distriktssköterska", "barnläkare", "stödpedagog",
    "biståndshandläggare", "boendestödjare", "skolchef", "förskolechef", "kommunchef", "stadsdirektör",
    "regiondirektör", "ekonomichef", "personalchef", "räddningschef", "fastighetschef", "förvaltare",
    "arkitekt", "planarkitekt", "ingenjör", "miljöinspektör", "bygglovshandläggare", "vd",
    # the police's and the rescue service's: `Kommissarie Roger Wallin`, `insatsledare Per Ek`
    "kommissarie", "poliskommissarie", "polisinspektör", "kriminalinspektör", "inspektör",
    "områdespolis", "insatsledare", "brandchef", "brandman", "brandmästare", "räddningsledare",
    # what a person is at this meeting: `Ylva Grahn (Regionbiblioteket), sammankallande`
    "sammankallande", "mötesledare", "mötesordförande", "mötessekreterare", "protokollförare",
    "stämmoordförande", "årsmötesordförande", "stämmosekreterare", "årsmötessekreterare",
    "facilitator", "processtöd",
    # a preschool's and a home-care unit's staff: `pedagog Therese Nord`
    "pedagog", "barnskötare", "förskolepedagog", "stödassistent", "personlig assistent",
    # a kitchen's, a cleaning unit's and a group home's: `kocken Ahmed Yusuf`, `vårdbiträde Lisa Ek`
    "kock", "kokerska", "måltidsbiträde", "kostchef", "lokalvårdare", "vårdbiträde", "vårdare",
    "handledare", "boendehandledare",
)

#: The endings of a noun in the definite singular: a role (`kassören`, `skyddsombudet`,
#: `rektorn`) or a meeting (`mötet`, `träffen`, `stämman`) as written after `den`, `till`.
DEFINITE_ENDINGS = ("en", "et", "n", "t")

#: A role in the plural before the names that hold it, in a list of people: `kassör Rolf Berg,
#: ledamöterna Anna Öst och Gun Ny`: each name after it holds the role, up to one with a role of its own.
PLURAL_ROLES = {
    "ledamöterna": "ledamot", "ledamöter": "ledamot", "ersättarna": "ersättare", "ersättare": "ersättare",
    "suppleanterna": "suppleant", "suppleanter": "suppleant", "revisorerna": "revisor", "revisorer": "revisor",
    "justerarna": "justerare", "justerare": "justerare", "adjungerade": "adjungerad",
    # a school's, a preschool's and a care unit's staff: `pedagogerna Sara och Mia`
    "pedagogerna": "pedagog", "pedagoger": "pedagog", "lärarna": "lärare", "förskollärarna": "förskollärare",
    "barnskötarna": "barnskötare", "rektorerna": "rektor", "rektorer": "rektor", "kuratorerna": "kurator",
    "samordnarna": "samordnare", "handläggarna": "handläggare", "assistenterna": "assistent",
    "sjuksköterskorna": "sjuksköterska", "undersköterskorna": "undersköterska",
    "elevrepresentanterna": "elevrepresentant", "föräldrarepresentanterna": "föräldrarepresentant",
}

#: The last parts of compounds that name a role (`trygghetssamordnare`, `biståndshandläggare`,
#: `fritidsgårdsföreståndare`), where a bracket's second part may be a role or the rest of an
#: organisation: `(kommunen, trygghetssamordnare)`, not `(Förvaltningen för utbildning, kultur)`.
ROLE_ENDINGS = ("samordnare", "handläggare", "sekreterare", "strateg", "chef", "ledare", "utvecklare", "planerare",
                "assistent", "pedagog", "terapeut", "koordinator", "ansvarig", "rådgivare", "konsulent",
                "inspektör", "ingenjör", "ekonom", "sköterska", "kurator", "ombud", "lärare",
                "föreståndare", "representant")

#: Words between a role and the organisation it is held in, no part of the role:
#: `Anna Berg, representant för Region Halland`, `Eva Ek, ordförande i Lions Club`,
#: `Per Ek, från Kils kommun` (no role at all).
ROLE_ORG_LINKS = ("för", "i", "på", "vid", "hos", "inom", "från")

#: Words that may stand before a role written before the name: `biträdande rektor Jonas Ek`,
#: `tf. förvaltningschef Eva Berg`.
ROLE_MODIFIERS = ("biträdande", "bitr.", "bitr", "tf.", "tf", "t.f.", "tillförordnad", "ställföreträdande",
                  "stf.", "stf", "vice", "förste", "andre", "1:e", "2:e")

#: How a person took part, after the name in brackets or after a comma or dash:
#: `Per Lind (digitalt)`, `Anna Berg, ordförande (via Teams)`, `Olle Ström (deltog på
#: distans)`. Not a role and not an organisation: the person's `attendance`.
ATTENDANCE_VERBS = ("deltog", "deltar", "deltagande", "närvarande", "närvarade", "närvarar",
                    "medverkade", "medverkar", "ansluten", "anslöt", "uppkopplad", "närvaro")
ATTENDANCE_MODES = ("digitalt", "digital", "på distans", "distans", "på länk", "online", "per telefon",
                    "på plats", "fysiskt", "i lokalen")
#: ... for part of the meeting: `(del av mötet)`, or the part of the agenda or the day,
#: a word of ATTENDANCE_SPAN_WORDS and its number, perhaps after one of
#: ATTENDANCE_SPAN_LEADS: `(punkt 1-3)`, `(§§ 4-7)`, `(fr.o.m. punkt 4)`, `(från kl. 14)`.
ATTENDANCE_PARTS = ("del av mötet", "del av tiden", "del av sammanträdet", "delvis")
#: ... and, for the absent, why: `Anna Berg (sjuk)`, `Per Lind, anmält förhinder`.
ABSENCE_REASONS = ("sjuk", "sjukdom", "semester", "ledig", "föräldraledig", "tjänstledig", "tjänsteresa",
                   "förhinder", "anmält förhinder", "annat möte", "vab", "bortrest", "jäv", "kurs", "på kurs",
                   "konferens", "på konferens", "sjukskriven", "föräldraledighet", "annat uppdrag")
#: ... and everyday reasons read only alone in brackets (`Hasse (jobb)`, `Tobbe (resa)`): after a
#: comma or a space they may end an organisation's name (`Förvaltningen för arbete, ...`).
BRACKETED_ABSENCE_REASONS = ("jobb", "jobbar", "arbete", "arbetar", "resa", "på resa", "utlandsresa",
                             "sjukt barn", "sjuka barn", "vård av barn", "familjeskäl", "personliga skäl",
                             "dubbelbokad", "dubbelbokning", "krock", "annat åtagande", "läkarbesök",
                             "begravning")
#: ... and that a person a list of those present names was not there: `Lotta (ej närvarande)`,
#: `Per Lind – frånvarande`. A person marked so, or with a reason of ABSENCE_REASONS but
#: `jäv` (a member who stood aside from one matter), is absent.
ABSENCE_MARKS = ("ej närvarande", "inte närvarande", "frånvarande", "ej på plats", "inte på plats",
                 "deltog ej", "deltog inte", "ej deltagande", "ej deltagit", "inte deltagit", "kunde ej komma",
                 "kunde inte komma")
PRESENT_DESPITE_REASON = ("jäv",)
ATTENDANCE_SPAN_WORDS = ("punkt", "punkterna", "§", "§§", "paragraf", "paragraferna", "ärende", "ärendena",
                         "kl", "kl.", "klockan")
ATTENDANCE_SPAN_LEADS = ("fr.o.m.", "fr.o.m", "fr o m", "from", "t.o.m.", "t.o.m", "t o m", "till och med",
                         "från och med", "från", "till", "efter", "före", "under")
#: ... and `via` with what they took part through: `via Teams`, `via länk`.
ATTENDANCE_CHANNELS = ("teams", "microsoft teams", "zoom", "skype", "google meet", "meet", "webex",
                       "länk", "videolänk", "video", "telefon", "distans", "webben", "nätet")

#: Words before the organisation of an `Organisation: Namn` line that are no part of it:
#: `Från kommunen: Lars Björk, Eva Ek`, `För föreningen: Ulla Sand`; and before the
#: organisation after the names: `Anna Lund och Sara Ek från Vänersborgs kommun`.
ON_BEHALF_WORDS = ("från", "för")
#: ... and the word under a signature before whom the signer signs for: `Karin Öst` /
#: `För arbetsgivaren`, `Maria Svensson` / `För Kommunal`.
SIGNED_FOR_WORDS = ("för",)

#: Words in a bracket at the end of a list of people that give them all what follows:
#: `Anna Berg och Per Lind (båda Ale kommun)`.
SHARED_WORDS = ("båda", "bägge", "alla", "samtliga")
#: ... of which these, inside the list, give it to the two names before the bracket alone:
#: `Ove Lind, Lisa Borg och Maja Tell (båda Region Gävleborg), Per Ek`.
PAIR_WORDS = ("båda", "bägge")

#: Abbreviated roles as they stand in brackets after a name.
ROLE_ABBREVIATIONS = {
    "ordf": "ordförande", "ordf.": "ordförande", "ordförande": "ordförande",
    "v ordf": "vice ordförande", "v. ordf": "vice ordförande", "v.ordf": "vice ordförande",
    "vice ordf": "vice ordförande",
    "sekr": "sekreterare", "sekr.": "sekreterare", "sekreterare": "sekreterare",
    "adj": "adjungerad", "adj.": "adjungerad", "ers": "ersättare", "ers.": "ersättare",
    "just": "justerare", "justerare": "justerare", "ledamot": "ledamot",
    "ersättare": "ersättare", "tjg ers": "tjänstgörande ersättare",
    # who took the notes: `Josefin Laine (anteckningar)`, `Eva Ek, antecknar`
    "antecknare": "antecknare", "anteckningar": "antecknare", "antecknar": "antecknare",
    "för anteckningar": "antecknare", "protokollförare": "sekreterare", "mötessekreterare": "sekreterare",
    # the care's roles in capitals, no organisation's: `Olof Berg (MAS)`
    "mas": "medicinskt ansvarig sjuksköterska", "mar": "medicinskt ansvarig för rehabilitering",
    "ssk": "sjuksköterska", "usk": "undersköterska", "dsk": "distriktssköterska",
}

#: Words between a substitute and the member they sit in for, and the role they give the
#: substitute: `Lisa Åström (C) ersätter Per Sund (KD)`, `Tomas Wall (SD), tjänstgörande
#: ersättare för Jan Berg (SD)`; a bare `för` only after a party mark (`Lisa Åström (C) för
#: Per Sund (KD)`).
SUBSTITUTE_WORDS = {
    "ersätter": None, "tjänstgör för": None, "tjänstgörande för": None, "i stället för": None,
    "istället för": None, "ersättare för": "ersättare",
    "tjänstgörande ersättare för": "tjänstgörande ersättare",
    "tjg ersättare för": "tjänstgörande ersättare", "tjg ers för": "tjänstgörande ersättare",
    "tjg ers. för": "tjänstgörande ersättare",
}
#: ... and the words between a member and whoever sat in for them, the other way round:
#: `Per Sund (KD), ersatt av Lisa Åström (C)`, `Mats Ek, teknisk chef (ersätts av Kim Falk)`.
#: The one who sat in was there, in whichever list the line stands.
REPLACED_BY_WORDS = ("ersätts av", "ersatt av", "ersattes av")

#: Swedish party letters, as they stand in brackets after a name; and a nomination group of
#: a parish's council whose letters no other body's are (`POSK`; not `FK`, Försäkringskassan's).
PARTIES = ("S", "M", "SD", "C", "V", "KD", "L", "MP", "FP", "PP", "FI", "SPI", "NYD", "POSK")
#: Letters of a person's office or of a department, not of a body that decides: `VD beslutade
#: att anställa ...` reports the managing director's decision, `HR beslutade ...` a department's.
OFFICE_LETTERS = ("VD", "HR", "IT")

#: Name particles that stay lower case inside a name.
NAME_PARTICLES = (
    "von", "van", "af", "av", "de", "der", "den", "la", "le", "da", "di", "del", "dos",
    "du", "bin", "ibn", "al", "el", "y", "zu", "ten", "ter",
)

#: A seat without a person.
VACANT_WORDS = ("vakant", "vakans", "vakanta")
#: How Swedish last names commonly end: a register's `Andersson, Eva` is read last name
#: first only when the word before the comma ends so (`Linnea, Ahmed` are two people).
SURNAME_ENDINGS = ("son", "berg", "ström", "lund", "gren", "qvist", "kvist", "holm", "dahl", "strand",
                   "stedt", "sten", "lind", "fors", "bäck", "borg", "blad", "löf", "ek", "ell", "ius",
                   "man", "ander", "gård", "ling", "by", "vik", "näs", "mark", "hag", "ås")
#: The end of a list of people that names no one more: `..., Per Lind m.fl.`, `... samt 14
#: medlemmar` (a count and what they were, after one of the joining words).
MORE_PEOPLE_ENDINGS = ("m.fl", "m. fl", "m fl", "med flera", "mfl")
#: ... and the words after a count that open the names of some of them: `14 medlemmar enligt
#: närvarolista, bland andra Gunnel Ström (ordförande) och Åke Lind`.
AMONG_WORDS = ("bland andra", "bland dem", "bland dessa", "bl.a.", "bl. a.", "bl a", "däribland", "varav")
#: ... and the words after a group no name is given for, before the names of some who came
#: besides: `alla förskolechefer samt Agnes Ström (utvecklingsledare)`, `styrelsen och Eva Ek`.
GROUP_HEAD_JOINS = (" samt ", " och ")
#: A count of people no name is given for, at either end of a list of people: `ett tjugotal
#: företagare, Amanda Frost och Roger Sjögren`, `... samt ca 20 medlemmar`, `..., drygt 30
#: invånare`. The words that may stand before the count, and the counts written as words
#: (besides COUNT_WORDS and a figure): `ett tjugotal`, `ett hundratal`.
HEADCOUNT_APPROXIMATIONS = ("ca", "ca.", "c:a", "cirka", "omkring", "ungefär", "drygt", "knappt", "runt", "närmare",
                            "över", "uppemot", "ytterligare", "ett tiotal", "ett femtontal", "ett tjugotal",
                            "ett trettiotal", "ett fyrtiotal", "ett femtiotal", "ett sextiotal", "ett hundratal")
HEADCOUNT_WORDS = ("flera", "många", "några", "ett tiotal", "ett femtontal", "ett tjugotal", "ett trettiotal",
                   "ett fyrtiotal", "ett femtiotal", "ett sextiotal", "ett hundratal")

#: The one who writes, in a list of people: `Agneta, Rolf och jag (Maria)` names Maria,
#: a bare `jag` nobody.
WRITER_WORDS = ("jag", "undertecknad", "undertecknade", "mig", "mig själv")

#: Adverbs that open a clause, the verb and its subject after them (Swedish puts the
#: verb second): `Framöver ska gruppen ...`, `Tillsammans ska vi ...`. Capitalised at
#: the start of a sentence, they are not a person who is to do something.
CLAUSE_ADVERBS = (
    "tillsammans", "gemensamt", "framöver", "fortsättningsvis", "hädanefter", "härefter",
    "framledes", "därefter", "därför", "dessutom", "vidare", "först", "sist", "slutligen",
    "inledningsvis", "avslutningsvis", "förhoppningsvis", "eventuellt", "kanske", "troligen",
    "troligtvis", "möjligen", "förmodligen", "gärna", "helst", "istället", "samtidigt",
    "löpande", "kontinuerligt", "regelbundet", "långsiktigt", "kortsiktigt", "snart",
    "senare", "tidigare", "idag", "imorgon", "alternativt", "likaså", "annars", "ändå",
    "alltså", "således", "därmed", "främst", "särskilt", "generellt",
    # counts and frequencies before the verb (`Totalt söker 42 föreningar bidrag`)
    "totalt", "sammanlagt", "hittills", "ofta", "oftast", "ibland", "alltid", "aldrig", "ännu",
    "redan", "igen", "återigen", "numera", "fortfarande", "egentligen", "preliminärt", "årligen",
    "huvudsakligen", "normalt", "vanligtvis", "lyckligtvis", "delvis",
)

#: Prepositions that open a sentence before a name (`Enligt Mona ska Rut boka lokalen`,
#: `Med Kalle som stöd tar Mona fram ...`): never a name's first word.
OPENING_PREPOSITIONS = ("enligt", "inför", "under", "med", "utan", "genom", "mellan", "bland", "vid",
                        "mot", "trots", "angående", "gällande", "beträffande", "rörande", "hos", "på", "i",
                        "av")

#: Answers and interjections before a comma (`Svar: Ja, Sara skickar inbjudan`, `Okej,
#: Mona bokar lokal`): never a person who is to do something.
INTERJECTIONS = ("ja", "nej", "jo", "japp", "nja", "nä", "okej", "ok", "okay", "absolut", "visst",
                 "javisst", "jovisst", "precis", "självklart", "givetvis", "naturligtvis", "toppen",
                 "bra", "prima", "perfekt", "tyvärr", "hej", "hejsan")

#: Words that start a sentence but are never a person's first name.
NOT_NAMES = set(CLAUSE_ADVERBS) | set(DOCUMENT_KINDS) | set(OPENING_PREPOSITIONS) | set(INTERJECTIONS) | {
    "vi", "man", "det", "den", "de", "dem", "alla", "var", "varje", "ingen", "några",
    "en", "ett", "hon", "han", "hen", "ni", "du", "jag", "här", "där", "nu", "då",
    "sedan", "efter", "innan", "till", "från", "för", "om", "när", "som",
    "också", "även", "dock", "men", "och", "eller", "samt", "inte", "ej", "mötet",
    "gruppen", "frågan", "ärendet", "punkten", "nätverket", "styrelsen", "nämnden",
    "förslaget", "beslutet", "rapporten", "arbetet", "projektet", "ordföranden",
    "sekreteraren", "presentation", "info", "information", "tack", "övrigt", "övriga",
    "nästa", "föregående", "inget", "inga", "flera", "många", "fler", "mer", "mycket",
    "se", "läs", "obs", "ev", "bl", "tex", "dvs", "ca", "kl", "v", "vecka",
    "diskussion", "samtal", "uppdrag", "förslag", "beslut", "fråga",
    "svar", "länk", "bilaga", "bilagor", "ps", "pp", "ppt", "mail", "mejl",
    "vem", "vad", "hur", "vilka", "vilken", "vilket", "varför", "vart", "varifrån",
    # the words of a protocol's signature form: `Justerandes sign   Utdragsbestyrkande`
    "utdragsbestyrkande", "namnförtydligande", "underskrift", "signatur",
    # the column names of a table's header row: `Namn | Organisation | E-post`, `Datum | Tid | Plats`
    "namn", "datum", "tid", "plats", "rubrik", "e-post", "telefon",
}

#: Nouns of an act, the same in the definite, that open a sentence as a name would
#: (`Ansökan ska in senast 28 februari`): a word that ends so (`Intresseanmälan`) is nobody.
ACT_NOUN_ENDINGS = ("ansökan", "anmälan", "inbjudan", "begäran", "förfrågan", "önskan")

#: Pronouns that are a clause's subject: before a verb, the subject (`Vi kontaktar Mona`: not
#: an opening adverbial with the subject after the verb); right after `ska`, they show that the word
#: before the verb is not (`Anna ska vi fråga`, `Därför ska hon ...`).
SUBJECT_PRONOUNS = ("jag", "du", "han", "hon", "hen", "vi", "ni", "de", "man")
#: ... and, after a promise's `att` (`Rut lovade att det blir bra`), these too: a clause of
#: its own, not what the one before the verb is to do.
CLAUSE_SUBJECTS = (*SUBJECT_PRONOUNS, "det", "detta", "dessa", "den")

#: Subjects that name everybody at the meeting: `Alla skickar synpunkter till Jenny senast
#: 20 oktober` is a task, everyone's ...
EVERYONE = ("alla", "var och en", "samtliga", "alla närvarande", "envar")
#: ... and the group they are, after `alla` or `samtliga`: `Samtliga ledamöter ska läsa
#: handlingarna senast 1 november`.
EVERYONE_GROUPS = ("ledamöter", "deltagare", "medlemmar", "närvarande", "representanter", "kommuner",
                   "verksamheter", "enheter", "rektorer", "chefer")
#: Verbs after `ska` that say how everyone is to be or what they are to have, not what they
#: are to do, by a deadline too: `Alla ska ha fått kallelsen senast fredag`.
EVERYONE_STATE_VERBS = ("ha", "vara", "bli", "känna", "få", "må", "kunna")
#: ... but `ha` and a supine that is none of these is a thing done by then: `Alla ska ha läst
#: handlingarna till nästa möte` (not `ha fått kallelsen`, nor `ha möjlighet`, a noun).
EVERYONE_STATE_SUPINES = ("fått", "haft", "varit", "blivit", "känt", "kunnat", "hunnit")
#: ... and so nobody's in particular: no owner. Nor is a pronoun's (`Vi planerar ...` in a
#: round of reports says what an organisation does).
NOBODY = {*EVERYONE, "vi", "man", "ni"}

#: Collective subjects that can own an action: "Styrelsen ska ...", "AU tar ...".
COLLECTIVE_OWNERS = {
    "kommunen", "länsstyrelsen", "regionen", "förvaltningen", "styrelsen", "nämnden",
    "gruppen", "arbetsgruppen", "styrgruppen", "referensgruppen", "nätverket",
    "kansliet", "sekretariatet", "presidiet", "au", "arbetsutskottet", "ordföranden",
    "sekreteraren", "samordnaren", "projektledaren", "projektgruppen", "ledningsgruppen",
    "valberedningen", "revisorerna", "kassören", "rådet", "samverkansrådet",
    "föreningen", "respektive kommun",
}
#: Groups named in the definite plural, the members of a meeting or the organisations of a
#: network: `Kommunerna lämnar synpunkter till Rasmus senast 8 mars`, `Deltagarna läser
#: rapporten till nästa träff`. Each owns a task, with its deadline (as an organisation does).
GROUP_OWNERS = frozenset({
    "kommunerna", "förvaltningarna", "verksamheterna", "enheterna", "skolorna", "förskolorna",
    "deltagarna", "ledamöterna", "medlemmarna", "representanterna", "rektorerna", "cheferna",
    "nätverksdeltagarna", "samordnarna", "föreningarna",
})
COLLECTIVE_OWNERS |= GROUP_OWNERS
#: ... of them the meeting's own bodies and offices, whose work in the present tense is a
#: task they take on (`Styrelsen ser över stadgarna`, `Kansliet bokar lokal`), where an
#: organisation reports what it does (`Kommunen undersöker ...`, in a round of reports).
OWN_BODIES = frozenset({
    "styrelsen", "nämnden", "förvaltningen", "gruppen", "arbetsgruppen", "styrgruppen",
    "referensgruppen", "nätverket", "kansliet", "sekretariatet", "presidiet", "au", "arbetsutskottet",
    "projektgruppen", "ledningsgruppen", "valberedningen", "rådet", "samverkansrådet",
})
#: ... and a group named by a compound of one of these (`Föräldrarådet ordnar fika`,
#: `Kostgruppen ser över menyn`, `Valberedningen tar fram ett förslag`).
OWN_BODY_ENDINGS = ("gruppen", "rådet", "utskottet", "beredningen")

# ---------------------------------------------------------------- items

#: Words that open a numbered item: "Punkt 3", "Paragraf 4", "Ärende 5".
ITEM_NUMBER_WORDS = ("punkt", "paragraf", "ärende", "§")

#: Stems of the standard items, as a sentence that is its own item names them: `1. Ordföranden
#: öppnade mötet.`, `2. Dagordningen godkändes.`, `8. Mötet avslutades.`
AGENDA_STEMS = ("öppna", "dagordning", "justera", "föregående protokoll", "nästa möte", "avslut", "val av")
#: Endings of a verb in the past tense (`hälsade`, `valdes`, `lästes`, `lydde`): a point's first
#: sentence with one tells what happened (`2. Ordföranden hälsade välkommen. Dagordningen
#: godkändes.`); without one, and short, it names what the point is about (`4. Ekonomi.
#: Kassören meddelade ...`: the title `Ekonomi`).
NARRATED_ENDINGS = ("ade", "des", "tes", "dde", "ddes")

#: Headings over an agenda's items, which may stand right above the first item's own heading:
#: `Punkter` / `Välkommen` / `Tove hälsade välkommen.`
AGENDA_HEADINGS = ("punkter", "mötets punkter", "dagens punkter", "dagordning", "agenda", "ärenden",
                   "ärendelista", "program", "dagens program", "diskussionspunkter", "mötespunkter")

#: A protocol's groups of its items, each on a line of its own above the first item of the
#: group, without the colon a group's label has elsewhere (`Erfarenhetsutbyte:`):
#: `Informationsärenden` / `§ 12 Förvaltningschefen informerar`, later `Beslutsärenden`.
AGENDA_GROUP_LABELS = ("informationsärenden", "informationsärende", "informationspunkter", "beslutsärenden",
                       "beslutsärende", "beslutspunkter", "diskussionsärenden", "anmälningsärenden",
                       "ärenden för beslut", "ärenden för information", "ärenden för kännedom",
                       "för beslut", "för information", "för kännedom", "för diskussion")

#: Titles of the standard items of an agenda (used to recognise unnumbered items).
STANDARD_ITEMS = (
    "öppnande", "mötets öppnande", "sammanträdets öppnande", "välkomna", "välkommen",
    "inledning", "val av ordförande", "val av sekreterare", "val av justerare",
    "val av justeringsperson", "godkännande av dagordning", "godkännande av dagordningen",
    "fastställande av dagordning", "dagordning", "föregående protokoll",
    "föregående mötesprotokoll", "föregående minnesanteckningar", "rapporter",
    "ekonomi", "information", "övriga frågor", "övrigt", "nästa möte", "nästa sammanträde",
    "avslutning", "mötets avslutande", "mötets avslutning", "avslut",
)

# ---------------------------------------------------------------- actions

#: Labels that make what follows an action (a task with an owner).
ACTION_LABELS = (
    "hemläxa", "hemuppgift", "arbetsgrupp utses", "arbetsgrupp", "ansvarig", "ansvariga",
    "att göra", "uppdrag", "åtgärd", "åtgärder", "todo", "to do", "action", "gör",
    "uppgift", "uppföljning", "ansvar", "vad", "vem",
    # the English a project's minutes borrow: `Action points:` / `- Sara: uppdatera tidplanen`
    "actions", "action points", "action items", "actionpunkter", "åtgärdspunkter", "åtgärdslista",
)

#: Headings of a to-do list without a colon, on a line of their own or as an item's title
#: (`3. Att göra` / `- Kalle: boka lokal`): each point of the list below is a task, as
#: after `Att göra:`; also with whom it is for (`Åtgärder till nästa möte`).
TODO_HEADINGS = ("att göra", "åtgärder", "åtgärdslista", "åtgärdspunkter", "todo", "to do", "att göra-lista",
                 "hemläxa", "hemläxor", "hemuppgifter", "uppgifter", "att ta med", "till nästa möte",
                 "inför nästa möte", "till nästa gång", "inför nästa gång", "actions", "action points",
                 "action items", "actionpunkter",
                 # Teams' meeting recap: `Uppföljningsuppgifter` / `Linda Persson: Boka uppstartsmöte`
                 "uppföljningsuppgifter")

#: Action labels that can also head a status paragraph ("Uppdrag: Översyn av X");
#: with these, the line is a task only if it is a sentence or names an owner.
WEAK_ACTION_LABELS = ("uppdrag", "uppföljning", "ansvar", "arbetsgrupp")

#: A decision that gives somebody a task: `att uppdra åt kommundirektören att ...`, `Uppdrogs
#: åt Per att ...`, `ge Anna i uppdrag att ...`, `Per får i uppdrag att ...`. Every form
#: shares COMMISSION_STEM.
COMMISSION_VERBS = ("uppdra", "uppdrar", "uppdras", "uppdrades", "uppdragit", "uppdrog", "uppdrogs")
COMMISSION_GIVE_VERBS = ("ge", "ger", "gav", "ges", "gavs")
#: ... and the verbs of the one who is given it: `Förvaltningen får i uppdrag att ...`.
COMMISSION_RECEIVE_VERBS = ("får", "fick", "har fått", "hade fått", "erhåller", "erhöll")
COMMISSION_STEM = "uppdr"
#: ... and a request, read as one: `Vi ber Mona att ta fram en budget`, `Styrelsen bad Rut att ...`.
REQUEST_VERBS = ("ber", "bad")
#: The units of a municipality's organisation named by a noun and what they do, which
#: a decision gives a task: `uppdra åt sektor samhällsbyggnad att ...`, `ge förvaltning
#: Kultur och fritid i uppdrag att ...`.
ORG_UNIT_NOUNS = ("sektor", "förvaltning", "avdelning", "enhet", "verksamhetsområde", "område",
                  "stab", "staben", "resursenhet")
#: ... and the noun with whom it goes to: `Uppdrag till Rut att se över stadgarna.`
COMMISSION_NOUNS = ("uppdrag", "uppdraget")
COMMISSION_NOUN_LINKS = ("till", "åt")

#: Labels whose value is a list of owners ("Ansvarig: Anna, Per").
OWNER_LABELS = ("ansvarig", "ansvariga", "arbetsgrupp utses", "arbetsgrupp", "ansvar", "vem")
#: ... of which these, on a line of their own, name who does the task on the line above;
#: `Arbetsgrupp utses: ...` appoints a group, a task of its own.
TASK_OWNER_LABELS = ("ansvarig", "ansvariga", "ansvar", "vem")

#: Verbs (present tense) that commit the subject to future work. Multi-word
#: verbs are written as they stand: "tar fram", "ser över".
COMMITMENT_VERBS = (
    "skickar", "skickar ut", "skickar med", "mejlar", "mailar", "mejlar ut", "mailar ut",
    "tar fram", "tar med sig", "tar med", "tar reda på", "tar kontakt", "tar hand om",
    "tar ansvar för", "tar vidare", "förbereder", "justerar", "undersöker", "utreder",
    "ansvarar för", "ansvarar", "återkommer", "återkopplar", "kallar till", "kallar", "bokar",
    "kontaktar", "sammanställer", "ser över", "bjuder in", "stämmer av", "följer upp", "kollar",
    "kollar upp", "ordnar", "fixar", "skriver", "uppdaterar", "samordnar", "planerar",
    "påminner", "hör av sig", "hör med", "beställer", "lägger upp", "lägger ut", "driver vidare",
    "sprider", "formulerar", "bevakar", "tittar på", "tittar vidare", "arbetar vidare",
    "jobbar vidare", "reviderar", "färdigställer", "utarbetar", "för vidare", "vidarebefordrar",
    "distribuerar", "publicerar", "sätter ihop", "skissar", "leder arbetet", "inventerar",
    "kartlägger", "utvärderar", "ringer", "ringer upp", "ser till", "håller i", "lämnar in",
    "köper in", "laddar upp", "lägger in", "delar ut", "skriver ihop", "förmedlar", "hör efter",
    "sammankallar", "kallar in", "förankrar", "tar in", "begär in", "hämtar in", "tar tag i",
    "återrapporterar", "rapporterar tillbaka", "pratar med", "talar med",
    "sätter upp", "köper", "handlar", "handlar in", "hämtar", "gör i ordning", "ställer i ordning",
    "söker", "ansöker om", "samlar", "samlar in", "samlar ihop", "sköter", "ritar",
    "reder ut", "letar fram", "letar upp", "sätter in", "lånar", "hyr", "hyr in", "lagar", "reparerar",
    "åtgärdar", "målar", "bakar", "betalar", "betalar in", "fakturerar", "registrerar", "säger upp",
    "avbokar", "förnyar", "förlänger", "installerar", "testar", "översätter", "dokumenterar", "läser igenom",
    "granskar", "fotograferar", "skaffar", "rekryterar", "annonserar", "kontrollerar", "säkerställer",
    "utformar", "anmäler", "skapar", "tar över", "sätter samman", "levererar", "hjälper till med",
)
#: ... of which those that commit an organisation too, with no deadline: what it takes back
#: from the meeting to answer (`Trafikverket tar med sig synpunkterna`, `Kommunen återkommer
#: med besked`), where another verb reports what it does (`Kungsbacka undersöker ...`).
ORG_COMMITMENT_VERBS = ("tar med sig", "återkommer", "återkopplar")
#: ... and these, with their object where `…` stands, as Swedish mostly puts it: `tar frågan
#: vidare`, `för synpunkterna vidare`, `tar den med sig`; and a verb that commits only with
#: whom it is done: `tar upp frågan med förvaltningen` (not `tar upp frågan om parkering`,
#: what was raised at the meeting).
OBJECT_SPLIT_VERBS = ("tar … vidare", "för … vidare", "driver … vidare", "tar … med sig", "tar upp … med")
#: Words after a name and `och` that stand for the verb before, left out: `Tobias ansvarar
#: för grillen och Marianne för tipspromenaden`, `Karin pratar med rektorn och Mats med kommunen`.
GAPPED_WORDS = ("för", "med", "till", "om")

#: Arrows that point from a task to its owner: `Ny rutin för nycklar tas fram → Mona`.
OWNER_ARROWS = ("→", "->", "=>", "⇒", "➔")
#: Verbs in the present passive that say what is to be done without saying by whom, besides
#: those in -as (`bokas`, `skickas`) and those of COMMITMENT_VERBS in -er (`sammanställer`:
#: `sammanställs`, `förbereder`: `förbereds`): `tas fram`, `görs`, `sätts upp`, `förs vidare`;
#: by the active form each is the passive of, as the rule does not make it.
IRREGULAR_PASSIVES = {"tar": "tas", "ser": "ses", "ger": "ges", "gör": "görs", "lägger": "läggs", "sätter": "sätts",
                      "håller": "hålls", "skriver": "skrivs", "köper": "köps", "får": "fås", "för": "förs"}
PRESENT_PASSIVES = tuple(IRREGULAR_PASSIVES.values())
#: A passive of COMMITMENT_VERBS with its agent after `av` is a task with no deadline too
#: (`Presentationen skickas ut av Oskar`, `Ett förslag tas fram av Mona`), unlike a passive
#: that reports (`Punkten presenteras av Kalle`) or one of these, which the meeting's
#: officers do to its protocol (`Protokollet justeras av Rut Berg`).
NOT_AGENT_TASK_PASSIVES = ("justeras",)

#: Infinitives that do not end in -a (`gå`, `se över`), and words in -a that are no
#: verb: how a task in a to-do list (`☐ Jonna: kontakta rektorn`) is told by its first word.
SHORT_INFINITIVES = ("gå", "få", "se", "stå", "ta", "be", "dra", "nå")
NOT_INFINITIVES = ("bra", "alla", "andra", "extra", "sista", "första", "hela", "nya", "enda")

#: Verbs after a modal that say how a thing is to be, not what somebody is to do:
#: `Ansökan ska vara inne`, `Lokalen ska bli klar`.
STATE_VERBS = ("vara", "bli", "finnas")

#: Modal verbs that turn any verb into a commitment: "Anna ska ringa", "Mölndal kommer att ...",
#: and the task given to the subject: "Eva får i uppdrag att ...".
FUTURE_MODALS = ("ska", "skall", "kommer att", "tar på sig att", "åtar sig att", "lovar att",
                 "får i uppdrag att", "fick i uppdrag att", "har fått i uppdrag att",
                 "ges i uppdrag att", "gavs i uppdrag att",
                 "får i uppgift att", "fick i uppgift att", "har fått i uppgift att",
                 # a promise or an offer made at the meeting: `Rut lovade att skicka ut protokollet`
                 "lovade att", "åtog sig att", "tog på sig att", "erbjuder sig att", "erbjöd sig att",
                 # ... as a perfect: `Rut har åtagit sig att samordna resan`, `Kalle har lovat att ...`
                 "har lovat att", "har åtagit sig att", "har tagit på sig att", "har erbjudit sig att",
                 "ombeds", "ombads", "ombeds att", "ombads att")

#: The auxiliary of a perfect (`har lovat att`, `har fått i uppdrag att`): on so many lines
#: that a phrase it opens is looked for by its next word.
PERFECT_AUXILIARIES = ("har", "hade")

#: Verbs that report what happened at the meeting: never a task.
REPORT_VERBS = (
    "informerar", "berättar", "presenterar", "visar", "hälsar", "delger", "redogör",
    "beskriver", "redovisar", "föredrar", "tipsar", "påtalar", "lyfter", "inleder",
    "avslutar", "tackar", "framför", "konstaterar", "förklarar", "uppmanar", "leder",
    # what a member declares at the meeting, with a verb that commits otherwise
    # (`Rut anmäler laget till cupen`): `Kalle Ström (M) anmäler jäv och deltar inte`
    "anmäler jäv", "anmäler förhinder",
    # what is called to mind at the meeting, where the one reminded is done with
    # (`Kalle påminner kommunerna om enkäten`): `Kjell påminner om att tillstånden går ut`
    "påminner om",
)

#: Verbs that report, before `att` and a clause with a subject of its own, what that subject
#: will do: `Rut berättade att Kalle tar fram materialet senast fredag` is Kalle's task.
REPORTED_THAT_VERBS = ("berättar", "berättade", "informerar om", "informerade om", "meddelar", "meddelade",
                       "säger", "sa", "sade", "nämner", "nämnde", "förklarar", "förklarade")

#: ... and the pronouns that, as that subject, stand for the one who reports: `Leif meddelade
#: att han ansvarar för adventsinsamlingen` is Leif's task.
REPORTER_PRONOUNS = ("han", "hon", "hen")

#: Words that open a clause of its own, with a subject of its own: in `Mona berättade att
#: kommunen har anställt en samordnare och tar fram en plan` the plan is not Mona's.
SUBORDINATORS = ("att", "som", "när", "eftersom", "då", "men", "medan", "där", "vilket", "vilka",
                 "innan", "sedan", "fast", "ifall", "så")

#: Words after which `att` marks an infinitive, not a clause with a subject of its own:
#: `Helena och Anita träffas för att gå igenom orsakerna och återkommer ...`.
INFINITIVE_LEADS = ("för", "syfte")

#: ... of which these are the subject of their clause: in `Sofia berättade om kommunens
#: handlingsplan som antogs i december` the passive is the relative clause's, no decision here.
RELATIVE_PRONOUNS = ("som", "vilken", "vilket", "vilka")

#: Adverbs that may stand between the subject and the verb: "Anna tar också fram".
MIDDLE_ADVERBS = ("också", "även", "gärna", "nu", "då", "sedan", "själv", "därefter", "vidare")

#: The words after a dash at a line's end that keep it: `Kultur-` / `och fritidsnämnden`
#: is a shared ending, where `till-` / `synen` is one word a PDF export broke.
HYPHEN_KEEPERS = ("och", "eller", "samt", "respektive", "resp.", "som")

#: Words a sentence cannot end on: a line that ends on one goes on on the next line,
#: however short it is (`Mötet beslutade att` / `lokalen hyrs även nästa år.`).
OPEN_ENDINGS = ("att", "och", "samt", "eller", "som", "men", "till", "för", "av", "på", "i", "med", "om",
                "från", "mot", "vid", "under", "efter", "inför", "hos", "den", "det", "de", "en", "ett",
                "denna", "detta", "dessa", "sin", "sitt", "sina", "ska", "skall", "kommer", "har", "är")

#: Phrases that put a deadline on an action.
DEADLINE_WORDS = ("senast", "till och med", "t.o.m.", "t.o.m", "före", "innan", "till", "inför", "tills",
                  "by", "deadline", "klar", "klart")   # each also with a colon: `Klart: 15 april`
#: Words after which a day named alone in a task's sentence dates something else, not
#: when the task is done: `skickar ut protokollet från 3/10`, `sammanställer statistik
#: sedan 1 maj`, `bokar lokal på 12/11`.
DAY_ALONE_NOT_DUE = ("från", "fr.o.m.", "fr.o.m", "efter", "sedan", "sen", "av", "om", "per", "mellan", "och",
                     "med", "på", "i", "vid", "den", "t.ex.", "daterat", "daterad", "daterade")
#: ... and words that make a week a deadline: `under vecka 16` (done by its Friday).
WEEK_DEADLINE_WORDS = ("under", "i")
#: A month alone as a deadline, after one of DEADLINE_WORDS or these: `under november`,
#: `i augusti`; between the word and the month, a part of it: `senast i slutet av augusti`.
#: The deadline is the month (`YYYY-MM`); after BEFORE_WORDS (`före oktober`), the one before.
MONTH_DEADLINE_WORDS = ("under", "i")
#: A deadline as a span of time from the meeting: `inom två veckor`, `inom 14 dagar`,
#: `inom en månad`; the word, the counts written out, and each unit's length in days or
#: (for a month) in months.
SPAN_DEADLINE_WORDS = ("inom",)
COUNT_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
               "nio": 9, "tio": 10, "ett par": 2, "några": None}
SPAN_UNITS = {"dag": ("days", 1), "dagar": ("days", 1), "vecka": ("days", 7), "veckor": ("days", 7),
              "veckan": ("days", 7), "månad": ("months", 1), "månader": ("months", 1)}
MONTH_PARTS = ("i slutet av", "i början av", "i mitten av", "slutet av", "början av", "mitten av", "i")
BEFORE_WORDS = ("före", "innan")
#: Times of year a deadline names without a date, after one of DEADLINE_WORDS (`innan
#: sommaren`, `före jul`): the deadline as written, and no date. A day of the week after
#: one (`senast fredag`) is the first such day after the meeting.
SEASON_DEADLINES = ("sommaren", "sommaruppehållet", "semestern", "semestrarna", "midsommar", "jul", "julen",
                    "jullovet", "nyår", "årsskiftet", "påsk", "påsken", "sportlovet", "höstlovet",
                    "påsklovet", "sommarlovet", "februarilovet", "vinterlovet", "julledigheten",
                    "påskledigheten", "sommarledigheten",
                    "terminsstart", "terminsstarten", "terminsslutet", "läsårsstarten", "hösten", "våren",
                    "vintern", "skolstart", "skolstarten", "läsårsslutet",
                    # the turn of a month or a half-year: `före månadsskiftet`
                    "månadsskiftet", "halvårsskiftet", "kvartalsskiftet")
#: ... and the words before a time of year that set no end but when it is done: `under hösten`.
SEASON_SPAN_WORDS = ("under",)
#: A deadline of this week or the next, counted from the meeting: the Friday of the week
#: so many weeks ahead (`Rut skickar ut kallelsen i veckan`, `... nästa vecka`).
WEEK_AHEAD_DEADLINES = {"i veckan": 0, "denna vecka": 0, "den här veckan": 0, "under veckan": 0,
                        "nästa vecka": 1, "kommande vecka": 1, "i nästa vecka": 1, "under nästa vecka": 1,
                        "senast nästa vecka": 1, "under kommande vecka": 1}
#: A deadline of as soon as it can be done: as written, with no date (`Anders tar fram en
#: plan snarast`, `... så snart som möjligt`).
SOON_DEADLINES = ("snarast möjligt", "snarast", "så snart som möjligt", "så snart det går", "så fort som möjligt",
                  "så fort det går", "omgående", "asap")
#: Deadline words that make a sentence a task when a person the document names does
#: something in the present tense before it, whatever the verb: `Sofie sätter upp lappar
#: i trapphusen senast 1 april`, `Hugo och Alva gör en lista till nästa möte`.
DATED_TASK_WORDS = ("senast", "till nästa", "inför nästa", "innan nästa", "före nästa", "på nästa", "vid nästa")
#: ... and in the present passive with its agent after `av` (`Inbjudan skickas ut av Petra
#: senast 1 mars`, not the past `skickades`): the particles between the verb and `av`.
PASSIVE_PARTICLES = ("ut", "in", "upp", "fram", "över", "ihop", "med", "vidare")
#: ... and verbs in -s that say what people do together: `Kalle och Rut träffas innan nästa
#: möte för att planera`.
TOGETHER_TASK_VERBS = ("träffas", "ses", "möts", "hjälps")
#: What people say, with no object, to take on the task the clause before them names:
#: `En cykelrensning genomförs i juni; Rami ansvarar.`, `Städdag 12 maj. Eva och Bo håller i det.`
OWNING_ALONE = ("ansvarar", "är ansvarig", "är ansvariga", "håller i det", "håller i detta", "håller i den",
                "tar hand om det", "fixar det", "ordnar det", "tar det",
                # `Rådet vill ha en dragning på nästa möte, Maja återkommer.`, `Josefin och Elin samordnar.`
                "återkommer", "återkommer i frågan", "återkommer i ärendet", "återkommer om detta",
                "samordnar", "kollar upp det", "följer upp", "följer upp det", "bevakar frågan")
#: Words before the people a task is done with, who own it too: `Sanna tar ansvar för
#: julbordet tillsammans med Ahmed` is Sanna's and Ahmed's.
PARTNER_WORDS = ("tillsammans med", "ihop med")
#: Verbs in the present tense that say what a person has, thinks or is, not what they do.
NOT_TASK_VERBS = ("har", "är", "blir", "får", "tycker", "anser", "menar", "undrar", "föreslår", "yrkar",
                  "önskar", "hoppas", "tror", "vet", "känner", "kan", "vill", "bör")
#: Labels of a line that gives the deadline of the action above it: `Klart: 15 maj`.
DUE_LABELS = ("klart", "klart till", "klart senast", "klar", "deadline", "senast", "när", "tidpunkt", "tidsplan")
#: Labels of a line that gives the status of the action above it: `Status: pågår`.
STATUS_LABELS = ("status", "lägesstatus", "läge", "utfört", "utförd")
#: ... of which these open a sentence that dates the one before it: `Elsa ritar ett förslag.
#: Klart till nästa träff.`, `Ska vara klart senast v. 23.`
DUE_SENTENCE_WORDS = ("klart", "klar", "färdigt", "färdig", "deadline", "senast", "ska vara klart", "ska vara klar",
                      "ska vara färdigt", "ska vara färdig", "ska vara gjort")

#: Deadlines given as the next meeting: one of these words, `nästa` and one of the
#: nouns (`till nästa möte`, `inför nästa sammanträde`), each also the end of a compound
#: (`till nästa veckomöte`, `inför nästa arbetsplatsträff`, `till nästa styrgrupp`); what is
#: done at it, too (`Kalle redovisar resultatet på nästa möte`) ...
NEXT_MEETING_WORDS = ("till", "tills", "inför", "innan", "före", "senast", "på", "vid")
NEXT_WORD = "nästa"
#: ... and in words of meeting again: `Vi ses igen den 4 april`, `Gruppen träffas igen 12/5`.
MEET_AGAIN_VERBS = ("ses", "träffas", "möts")
AGAIN_WORD = "igen"
NEXT_MEETING_NOUNS = ("möte", "sammanträde", "träff", "avstämning", "styrgrupp", "ledningsgrupp", "apt", "stämma")
#: ... or one of these alone (`till nästa gång`, not `till nästa genomgång`).
NEXT_MEETING_WORDS_ALONE = ("gång",
                            # a meeting named by its body: `till nästa styrelse`, `till nästa LSG`
                            "styrelse", "lsg", "fsg", "csg", "au", "ksau")

# ---------------------------------------------------------------- decisions etc.

#: Labels that make what follows a decision.
DECISION_LABELS = ("beslut", "beslutades", "beslutade", "beslöts", "mötet beslutar",
                   "beslutsförslag antaget", "mötesbeslut")

#: ... and in a bracket at a sentence's end, marking it as decided: `Avgiften höjs till 300 kr (beslut).`
DECISION_MARKS = ("beslut", "beslutat", "beslutades", "beslöts", "beslutas", "taget beslut", "enligt beslut")

#: Headings over a list of the decisions taken, which is decisions as under `Beslut`:
#: `3. Beslutslogg` / `2024-12-03 Öppettider i jul fastställs enligt förslag.`
DECISION_LIST_HEADINGS = ("beslutslogg", "beslutslista", "fattade beslut", "beslut som fattades",
                          "beslutade frågor", "mötets beslut", "dagens beslut")

#: The headings of a formal protocol's paragraph (`§ 32`) besides `Beslut`: each ends
#: the text of the decision above it (`Beslut` / ... / `Reservation` / `Expedieras till`).
PROTOCOL_HEADINGS = (
    "ärendebeskrivning", "ärendet", "bakgrund", "sammanfattning", "sammanfattning av ärendet",
    "beslutsunderlag", "underlag", "förslag till beslut", "förvaltningens förslag till beslut",
    "ordförandens förslag", "arbetsutskottets förslag", "yrkanden", "yrkande", "propositionsordning",
    "beslutsgång", "omröstning", "omröstningsresultat", "reservation", "reservationer",
    "protokollsanteckning", "protokollsanteckningar", "särskilt yttrande", "särskilda yttranden",
    "jäv", "expedieras", "expedieras till", "expediering", "exp", "beslutet skickas till",
    "beslutet expedieras till", "för kännedom", "justering", "omedelbar justering",
)

#: The meeting itself as the agent of a passive decision, which keeps it the meeting's
#: (`Dagordningen godkändes av mötet`); another agent makes it another's (`... av kommunen`).
MEETING_ITSELF = ("mötet", "årsmötet", "stämman", "föreningsstämman", "sammanträdet", "extrastämman")
#: Subjects + verbs that open a decision in prose: "Styrelsen beslutar att ...".
DECISION_SUBJECTS = ("mötet", "styrelsen", "nämnden", "gruppen", "rådet", "utskottet",
                     "arbetsutskottet", "årsmötet", "stämman", "föreningsstämman",
                     "kommunstyrelsen", "fullmäktige", "kommunfullmäktige", "sammanträdet",
                     "presidiet", "nätverket", "styrgruppen", "arbetsgruppen", "vi",
                     # everyone present, as notes word a consensus: `Alla var överens om att ...`
                     "alla", "samtliga")
DECISION_VERBS = ("beslutade", "beslutar", "beslöt", "beslutas", "beslutades", "beslöts", "har beslutat",
                  "har beslutats",
                  # as notes write it (`Vi bestämde att ...`), and a proposal granted (`Mötet biföll förslaget`)
                  "bestämde", "bestämdes", "har bestämt", "biföll", "bifaller",
                  # a body's endorsement: `Rådet ställer sig bakom skrivelsen`
                  "ställer sig bakom", "ställde sig bakom",
                  # a group's consensus, as notes word it: `Gruppen enades om att ses varje månad`,
                  # and as a protocol opens it: `Överenskoms att Anna bokar lokal`
                  "enades om", "enades", "kom överens om", "blev överens om", "överenskoms", "överenskommes",
                  # ... said of the group's mind when it ended (`Gruppen var överens om att avvakta`);
                  # not in the present, which may state a view (`Vi är överens om att det är svårt`)
                  "var överens om", "var eniga om", "var enig om", "blev eniga om", "blev enig om",
                  # the decision as the sentence's subject: `Beslutet blev att vänta med frågan`
                  "beslutet blev",
                  # a decision taken: `Styrelsen tog beslut om att ...`, `Mötet fattade beslutet att ...`
                  "tog beslut om", "tog beslutet", "fattade beslut om", "fattade beslutet",
                  "har tagit beslut om", "har fattat beslut om",
                  # ... with the decision as the subject, or after an impersonal `det`:
                  # `Beslut fattades om att ...`, `Det togs beslut om att ...`
                  "beslut fattades om", "beslut fattades", "beslut togs om", "beslut togs",
                  "fattades beslut om", "fattades beslut", "togs beslut om", "togs beslut",
                  # a choice made: `Styrelsen valde att avvakta` (an election is among
                  # DECISION_APPROVALS: `Stämman valde Eva Ek till ordförande`)
                  "valde att", "väljer att")
#: The verbs of a formal protocol by which the meeting's body approves, sets, grants or
#: turns down (`Stämman beviljade styrelsen ansvarsfrihet`, `Årsmötet fastställde budgeten`,
#: `Mötet godkände dagordningen`, `Styrgruppen godkänner att piloten flyttas`): a decision
#: after one of DECISION_SUBJECTS, and not after another body's name (`Länsstyrelsen avslog
#: ansökan` is news of someone else's decision). A recommendation to the body above is the
#: board's decision too (`Styrelsen tillstyrker motionen`).
DECISION_APPROVALS = ("godkände", "godkänner", "fastställde", "fastställer", "beviljade", "beviljar",
                      "avslog", "avslår", "antog", "antar", "lade till handlingarna", "lägger till handlingarna",
                      "tillstyrker", "tillstyrkte", "avstyrker", "avstyrkte",
                      # a matter put off or sent back: `Nämnden återremitterar ärendet till förvaltningen`
                      "bordlade", "bordlägger", "återremitterade", "återremitterar",
                      # an election: `Årsmötet valde Eva Ek till ordförande`, `Mötet utsåg Per Lind`
                      "valde", "omvalde", "utsåg", "utser")
#: ... of which these, before `att`, assume (`Vi antog att ...`, `Vi antar att ...`): no
#: decision. All of one length, as the look-behind that tests for them must be.
DECISION_ASSUMING = ("antog", "antar")
#: A matter put off or sent back, in the passive, is decided on too: `Ärendet bordläggs`.
DECISION_DEFERRED = ("bordlades", "bordläggs", "återremitterades", "återremitteras")
#: The same in the passive, after the thing decided on: `Dagordningen godkändes`, `Motionen
#: avslogs`, `Rapporten lades till handlingarna`; a decision only when its subject names one
#: of DECISION_OBJECTS (`Ansökan avslogs` may be another body's), and no `det`.
#: An election is a decision too, whoever is elected: `Till justerare valdes Mari Sjö`,
#: `Leila Karimi valdes att justera protokollet`, `Till ordförande omvaldes Bertil Ahl`.
DECISION_ELECTIONS = ("valdes", "omvaldes", "nyvaldes", "utsågs", "utnämndes")   # (not after a pronoun:
#: `Hon valdes in i styrelsen förra året` tells of one)
#: ... and in the present, as a protocol words it, with what the person is elected to or
#: to do after it: `Tomas Rehn utses att justera protokollet`, `Eva Ek väljs till kassör`
#: (not `Arbetsgrupp utses:`, the label of a task).
DECISION_ELECTIONS_PRESENT = ("utses", "väljs", "omväljs")
DECISION_ELECTION_OBJECTS = ("till", "att")
#: The titles of an item of elections, under which the present forms and `utsågs` are read:
#: `Val av justerare`, `Val av styrelse`, `Fyllnadsval`, `Justering av protokollet`.
ELECTION_HEADINGS = ("val", "fyllnadsval", "juster", "utseende av", "utse ", "utnämning")
DECISION_PASSIVES = ("godkändes", "fastställdes", "antogs", "bifölls", "avslogs", "beviljades",
                     "lades till handlingarna",
                     # in the present, as a nämnd's protocol words it: `Rapporten läggs till handlingarna`
                     "godkänns", "fastställs", "läggs till handlingarna",
                     *DECISION_DEFERRED, *DECISION_ELECTIONS, *DECISION_ELECTIONS_PRESENT)
#: ... of which those that end so are decisions whatever their subject: what the meeting lays
#: to its files (`Delegationsbesluten anmäls och läggs till handlingarna`, `Informationen
#: lades till handlingarna`) is the meeting's to lay there, and what it puts off or sends
#: back its own to put off (`Frågan bordläggs till nästa möte`).
DECISION_FILED = ("till handlingarna", *DECISION_DEFERRED)
#: What a meeting approves or turns down, as parts of the subject's words: `Dagordningen`,
#: `Medlemsavgiften`, `Styrelsens förslag till utgiftsstat`, `Styrelsen` (granted discharge).
DECISION_OBJECTS = ("dagordning", "föredragningslist", "protokoll", "budget", "verksamhetsplan",
                    "verksamhetsberättelse", "revisionsberättelse", "berättelse", "förslag", "motion",
                    "yrkande", "rapport", "årsredovisning", "bokslut", "resultaträkning", "balansräkning",
                    "avgift", "ansvarsfrihet", "styrelsen", "stadg", "skrivelse", "policy", "riktlinje",
                    "reglemente", "arvode", "utgiftsstat", "debiteringslängd", "delegationsordning",
                    "handlingsplan", "dispositio", "valberedning", "redovisning", "uppföljning", "röstlängd",
                    "ärende")
#: The verbs that decide after an impersonal `det`: `Det beslutades att ...`, `Det beslöts
#: att ...`. Past tense only: `Det beslutas senare` says a decision is still to come.
DECISION_IMPERSONAL = ("beslutades", "beslöts", "har beslutats", "bestämdes", "överenskoms", "överenskommes",
                       "fattades beslut", "togs beslut")
#: ... and what may stand before those: `Det beslutades att ...`, as an association's
#: protocol words it `Föreslogs och beslutades att ...`.
DECISION_IMPERSONAL_LEADS = ("det", "föreslogs och", "yrkades och")
#: What says, right after the verb, that the decision is still to come: `Styrelsen
#: beslutar senare om saken`, `Nämnden beslutar vid nästa sammanträde`.
DECISION_POSTPONED = ("senare", "längre fram", "vid ett senare tillfälle", "vid nästa", "på nästa",
                      "efter sommaren", "i höst", "i vår")
#: What says, right after the verb, that nothing was decided: `Beslut togs inte`,
#: `Nämnden beslutade inte i frågan`.
DECISION_NEGATIONS = ("inte", "ej", "icke", "aldrig")
#: Adverbs between the verb and what was decided: `Styrelsen beslutade därefter att ...`.
DECISION_ADVERBS = ("därför", "enhälligt", "också", "även", "därefter", "sedan", "slutligen", "dessutom")
#: How the name of a deciding body ends: `Kultur- och fritidsnämnden beslutar`,
#: `Kommunstyrelsens arbetsutskott beslutade`.
DECISION_BODY_ENDINGS = ("nämnden", "nämnd", "styrelsen", "styrelse", "utskottet", "utskott", "rådet",
                         "gruppen", "mötet", "stämman", "fullmäktige", "presidiet", "beredningen",
                         "kommittén", "direktionen", "ledningen", "nätverket")
#: What stands for the decisions that follow: `Styrelsen beslutar följande:` / `att ...`.
DECISION_FOLLOWING = ("följande", "enligt följande", "om följande", "det följande")
#: How a line that leads the `att` clauses under a decision heading ends, and is no decision
#: itself: `Arbetsutskottet föreslår kommunstyrelsen besluta` / `att godkänna uppföljningen`.
DECISION_LEAD_ENDINGS = ("besluta", "beslutar", "besluta följande", "beslutar följande")
#: ... and a line that ends with the body a decision is put to (DECISION_BODY_ENDINGS) after
#: one of these verbs: `Kyrkorådet föreslår kyrkofullmäktige` / `att fastställa budget 2026`.
DECISION_ADDRESS_VERBS = ("föreslår", "föreslog", "hemställer hos", "hemställde hos", "överlämnar till")

#: Who a proposal, question or answer comes from, between its label and the colon:
#: `Fråga från Bertil:`, `Förslag från PRO:` (a pattern, for those labels' patterns).
LABEL_SOURCE = r"(?:\s+från\s+[^:]{1,40}?)?"

#: Labels for proposals, questions and answers: kept apart from tasks.
PROPOSAL_LABELS = ("förslag", "förslag till beslut", "yrkande", "idé", "medskick")
#: Stems of the words that make a sentence a proposal, not a decision: `Förslag till beslut:
#: nämnden beslutar att ...`, `Ordförandens yrkande: ...`, `föreslår`.
PROPOSAL_STEMS = ("förslag", "föresl", "yrka")
#: Nouns of a heading over the decision proposed, worded as if it were taken:
#: `Arbetsutskottets förslag till nämnden` / `Socialnämnden beslutar att ...`.
PROPOSAL_HEADING_NOUNS = ("förslag", "yrkande")
#: Verbs whose subject puts a proposal to the meeting, in a formal protocol's words:
#: `Sofia Rask (SD) yrkar avslag.`, `Ordföranden yrkade bifall till förslaget.`
PROPOSAL_VERBS = ("yrkar", "yrkade")
#: ... and with those, the verbs whose `att` clause is what is put to the meeting, not
#: what it decided: `Per Holm (SD) yrkar att ärendet återremitteras`, `Mona föreslår att
#: rapporten läggs till handlingarna`.
PROPOSING_VERBS = (*PROPOSAL_VERBS, "föreslår", "föreslog", "föreslås", "föreslogs", "yrkas", "yrkades",
                   "hemställer", "hemställde")
#: How the chair's finding after a vote on proposals words the decision taken: `Ordföranden
#: ställer proposition på förslagen och finner att nämnden beslutat enligt arbetsutskottets
#: förslag`: `finner att` / `fann att`, the body, then one of DECISION_FOUND_VERBS.
CHAIR_FINDS = ("finner att", "fann att", "finner därmed att", "fann därmed att")
DECISION_FOUND_VERBS = ("beslutat", "beslutade", "har beslutat", "hade beslutat", "beslutar")
QUESTION_LABELS = ("fråga",)
ANSWER_LABELS = ("svar",)

# ---------------------------------------------------------------- calendar

#: Titles of items or labels that hold coming meetings.
CALENDAR_LABELS = (
    "kalendarium", "nästa möte", "nästa sammanträde", "nästa träff", "kommande möten",
    "kommande sammanträden", "planerade möten", "mötestider", "mötesplan", "mötesdatum",
    "sammanträdesplan", "sammanträdesdagar", "kommande träffar", "datum för kommande möten",
    "nästa mötestillfälle", "nästa möten", "möten framöver", "kommande datum",
    "kommande mötesdatum", "kommande mötestider", "nästa avstämning",
    "mötesdagar", "kommande nätverksträffar", "nätverksträffar", "sammanträdestider",
    # a calendar of events, not only meetings: `Kommande aktiviteter` / `Fältdag 12 september`
    "kommande aktiviteter", "planerade aktiviteter", "kommande händelser", "kommande evenemang",
    "viktiga datum",
    # a body's year of meetings: `Sammanträden 2026` / `Kyrkorådet sammanträder 18 mars, ...`
    "sammanträden", "sammanträdesdatum",
    # the one after the next: `Nästa möte: 17/3` / `Mötet därefter: 14/4`
    "mötet därefter", "nästkommande möte", "nästföljande möte",
    "möte därefter", "mötet därpå", "möte därpå", "nästnästa möte",
)
#: ... and what may stand before any of those: `Datum för kommande träffar`, `Tider för nästa möte:`.
CALENDAR_LABEL_LEADS = ("datum för", "datum och tider för", "tider för", "datum och tid för")

#: ... and the compounds of a meeting's noun after this word, read as the label of the noun
#: alone: `Kommande veckomöten:` as `Kommande möten:`. (`Nästa ledningsgruppsmöte:` may be
#: another forum's: the prose of the next meeting reads it, knowing the meeting's title.)
CALENDAR_COMPOUND_LEADS = ("kommande",)
CALENDAR_COMPOUND_NOUNS = ("möten", "träffar", "sammanträden")

#: Labels of those that hold the next meeting first of all.
NEXT_MEETING_LABELS = ("nästa möte", "nästa sammanträde", "nästa träff", "nästa mötestillfälle",
                       "nästa nätverksträff", "nästa styrelsemöte", "nästa avstämning",
                       "nästkommande möte", "nästföljande möte")

#: Labels of lists of the group's own coming meetings (not a calendar of other events).
OWN_MEETING_LABELS = ("mötestider", "kommande möten", "planerade möten", "mötesplan",
                      "sammanträdesplan", "sammanträdesdagar", "kommande sammanträden",
                      "kommande träffar", "nästa möten", "mötesdatum", "datum för kommande möten",
                      "möten framöver", "kommande mötesdatum", "kommande mötestider", "mötesdagar",
                      "sammanträdestider", "sammanträden", "sammanträdesdatum", "mötet därefter",
                      "möte därefter", "mötet därpå", "möte därpå", "nästnästa möte")

#: The words right before a meeting's date in a sentence: `Mötet därefter planeras till
#: vecka 36`, `Höstens första möte blir den 3 september`.
DATE_LEADS = ("den", "till", "på", "från")

#: Verbs that say a group meets, before a colon and its dates: `Nämnden sammanträder
#: följande datum:`, `Gruppen träffas under hösten:` (nouns below, by their stems).
MEETING_VERBS = ("möts", "ses", "samlas")

#: Nouns that name a meeting in prose: "vid nästa politikerplattform den 28 april".
MEETING_NOUNS = ("möte", "sammanträde", "träff", "plattform", "nätverksträff", "styrelsemöte", "avstämning",
                 "mötestillfälle", "nätverksmöte", "råd", "samverkansråd", "forum", "apt", "stämma")
#: ... in the definite: `Föräldrarådet Solbackens förskola` / `Anteckningar från mötet 2024-10-02`,
#: a title that names the meeting and no forum, which the line above it gives.
MEETING_NOUNS_DEFINITE = ("mötet", "sammanträdet", "träffen", "avstämningen", "mötestillfället", "stämman")

#: How the first word of what a calendar row says after its date ends when it names what
#: is on, not where (`15 maj Årsmöte i Bygdegården`, `v. 12 Föreläsning`, `3 okt Temakväll`).
EVENT_ENDINGS = ("möte", "träff", "sammanträde", "stämma", "föreläsning", "konferens", "utbildning",
                 "seminarium", "workshop", "fest", "kurs", "resa", "besök", "vandring", "dag", "kväll",
                 "middag", "lunch", "frukost", "exkursion", "grupp", "nätverk",
                 # `5/12 Julfika`, `Jobbmässa`, `Vårmingel`, `Sommarläger`, `Julbord`
                 "fika", "julbord", "mässa", "mingel", "läger", "webbinarium", "gudstjänst", "utflykt",
                 # an association's: `Vårkonsert 26 april`, `Sommaravslutning 14 juni`, `Loppis 3/5`
                 "konsert", "avslutning", "invigning", "föreställning", "marknad", "loppis", "tävling",
                 "turnering", "repetition", "kickoff")
#: ... and the words after such a word that tell where or what about before the date
#: (`Resa till Ystad 14 maj`, `Studiebesök på museet 19 maj`, `Föreläsning om demens 3/10`).
EVENT_LINK_WORDS = ("till", "på", "i", "vid", "hos", "om", "med")

#: ... and before its date (`Årsmöte 17 mars 2026 kl. 18`), but for a meeting's noun alone,
#: which names no more than the row does (`Möte 7 april`).
PLAIN_EVENT_WORDS = ("möte", "mötet", "möten", "träff", "träffen", "sammanträde", "sammanträdet")

#: Words that open what a calendar row's event is about, no place: `Temakväll: 3 oktober om
#: konsumtion`.
TOPIC_WORDS = ("om", "kring", "angående", "ang.")

#: What a calendar row may say of the day that is no place: `8 september, heldag`.
EVENT_NOTES = ("heldag", "halvdag", "förmiddag", "eftermiddag", "kväll", "lunch till lunch")
#: ... and words after a row's date that say when on the day, by what else happens then, not
#: where: `Söndag 13 oktober efter högmässan`, `14 november i samband med årsmötet`.
EVENT_WHEN_WORDS = ("efter", "direkt efter", "före", "innan", "i samband med", "i anslutning till")
#: ... and of a place, a day or a time not yet known: `(plats meddelas senare)`, `v. 46,
#: datum meddelas senare`.
PLACE_UNKNOWN = ("tid och plats meddelas senare", "tid och plats meddelas", "tid och plats bestäms senare",
                 "tid och plats kommer", "plats meddelas senare", "plats meddelas", "plats bestäms senare",
                 "plats kommer", "lokal meddelas senare", "lokal meddelas", "plats ej klar", "plats oklar",
                 "datum och plats meddelas senare", "datum och tid meddelas senare", "datum meddelas senare",
                 "datum meddelas", "datum bestäms senare", "exakt datum meddelas", "exakt tid meddelas",
                 "tid meddelas senare")

#: Column names of calendar tables.
CALENDAR_COLUMNS = {
    "datum": "date", "dag": "date", "när": "date", "tid": "time", "klockan": "time",
    "plats": "location", "lokal": "location", "var": "location", "rubrik": "title",
    "tema": "title", "aktivitet": "title", "vad": "title", "möte": "title",
    "innehåll": "title", "ämne": "title",
}

# ---------------------------------------------------------------- closing

#: Labels that open the signature block. The value is the role they give.
CLOSING_LABELS = {
    "vid protokollet": "sekreterare",
    "vid pennan": "antecknare",
    "vid tangenterna": "antecknare",
    "vid tangentbordet": "antecknare",
    "vid datorn": "antecknare",
    "vid anteckningarna": "antecknare",
    "antecknat vid mötet": "antecknare",
    "anteckningar fördes av": "antecknare",
    "minnesanteckningar fördes av": "antecknare",
    "minnesanteckningarna fördes av": "antecknare",
    "antecknat av": "antecknare",
    "antecknat": "antecknare",
    "antecknare": "antecknare",
    "anteckningar förda av": "antecknare",
    "minnesanteckningar förda av": "antecknare",
    "minnesanteckningarna förda av": "antecknare",
    "protokollet fört av": "sekreterare",
    "protokollet förs av": "sekreterare",
    "protokollet fördes av": "sekreterare",
    "mötessekreterare": "sekreterare",
    "protokollförare": "sekreterare",
    "sekreterare": "sekreterare",
    "ordförande": "ordförande",
    "mötesordförande": "ordförande",
    # an annual meeting's own, elected for it: `Stämmoordförande` / `Lars Eng`
    "stämmoordförande": "ordförande", "årsmötesordförande": "ordförande",
    "stämmosekreterare": "sekreterare", "årsmötessekreterare": "sekreterare",
    "ordf": "ordförande", "ordf.": "ordförande",        # `Ordf: Anna Berg`, `Sekr. Per Lind`, `Just: Eva Ek`
    "sekr": "sekreterare", "sekr.": "sekreterare",
    "just": "justerare", "just.": "justerare",
    "justeras": "justerare",
    "justerare": "justerare",
    "justerat": "justerare",
    "justerat av": "justerare", "justeras av": "justerare", "justerad av": "justerare",
    "protokollet justerat av": "justerare", "protokollet justerades av": "justerare",
    "justering": "justerare",   # `Justering: Omar Haddad`; alone, a protocol's heading (no name after it)
    "justeringsperson": "justerare",
    "justeringspersoner": "justerare",
    "justerande": "justerare",
    "protokollet justeras": "justerare",
    "justerandes signatur": "justerare",
    "justerandes signaturer": "justerare",
    "justerandes sign": "justerare",
    "justerandes underskrift": "justerare",
    "med vänliga hälsningar": None,
    "med vänlig hälsning": None,
    "vänliga hälsningar": None,
    "hälsningar": None,
    "mvh": None,
    "bästa hälsningar": None, "varma hälsningar": None, "hälsning": None, "vänligen": None,
    # a letter's last words before the name: `Ha det gott!` / `Karin`
    "ha det gott": None, "ha det bra": None, "ha en fin dag": None, "ha en bra dag": None,
    "ha en fin helg": None, "ha en trevlig helg": None, "trevlig helg": None, "allt gott": None,
    "enligt uppdrag": None,
    "underskrifter": None,
    "underskrift": None,
    # a signature form's words: `Ort och datum: Borås 2024-01-20` / `....` / `Eva Ek, sekreterare`
    "ort och datum": None, "ort och dag": None, "namnteckning": None, "namnförtydligande": None,
    # `Minnesanteckningar` alone is the title of notes appended after the closing, no role;
    # `Anteckningar: Ola Svensson` at the end names who took them
    "minnesanteckningar": None,
    "anteckningar": "antecknare",
}

#: A signature's place with the date the minutes give already: `Sälen som ovan`,
#: `Stockholm dag som ovan`.
SAME_DATE_WORDS = ("som ovan", "som ovan.")

#: Roles a closing label gives every name right below it, not the first alone: a
#: protocol has two checkers (`Justeras` / `Inga Berg` / `Sven Mattsson`).
SHARED_SIGNING_ROLES = ("justerare",)

#: Closing labels that open nothing but a signature block, wherever it stands: a
#: protocol's first page may hold it above the items (`Underskrifter   Sekreterare ....`).
SIGNATURE_BLOCK_LABELS = ("underskrifter", "underskrift")

#: Every label of a fact or of the header: `Beslut: ...` and `Justerare: Per Lind` are
#: neither a heading nor the meeting's title.
FACT_LABELS = frozenset(
    (*ACTION_LABELS, *DECISION_LABELS, *PROPOSAL_LABELS, *QUESTION_LABELS, *ANSWER_LABELS, *OWNER_LABELS,
     *DUE_LABELS, *CALENDAR_LABELS, *HEADER_LABELS, *PRESENT_LABELS, *ABSENT_LABELS, *CLOSING_LABELS,
     *ROLE_LABELS))

#: Words that start an appendix: "Bilaga 1", "Bilagor".
APPENDIX_LABELS = ("bilaga", "bilagor", "bilagt", "appendix")
#: ... and the titles, a line of their own, of a protocol's notice that it was checked and
#: posted (`ANSLAGSBEVIS` / `Datum då anslaget sätts upp: 2025-10-11` / `Förvaringsplats
#: för protokollet: ...`), when it ends the document: what follows is the notice's, not the
#: last item's, and its dates are no coming meetings.
POSTING_NOTICE_TITLES = ("anslagsbevis", "anslag/bevis", "anslag / bevis", "anslag", "bevis",
                         "bevis om anslag", "bevis om justering", "justeringsbevis", "anslagsbevis/justering",
                         "tillkännagivande", "tillkännagivande av justering", "tillkännagivande om justering",
                         "bevis om justering och anslag", "justering och anslag", "anslag och justering")
#: ... and the stems of its words that, before a date, say when the protocol is checked or
#: posted: `Protokollet justeras 2025-10-10 och anslås samma dag`, `Anslaget tas ned 3/11`.
POSTING_STEMS = ("juster", "anslag", "anslå")

# ---------------------------------------------------------------- dates

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "mars": 3, "mar": 3,
    "april": 4, "apr": 4, "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augusti": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen",
    "mån", "tis", "ons", "tors", "tor", "fre", "lör", "sön",
)

#: Terms: "ht 2022" (autumn), "vt 2023" (spring), with the months they span.
TERMS = {"ht": (8, 12), "hösten": (8, 12), "höstterminen": (8, 12),
         "vt": (1, 6), "våren": (1, 6), "vårterminen": (1, 6)}

#: Words for an ISO week: "v 42", "v. 42", "vecka 42".
WEEK_WORDS = ("vecka", "v.", "v")

# ---------------------------------------------------------------- layout

#: Characters that mark a list item in exports from Word and PDF.
BULLETS = "-*•●❖○◦▪■□➢➤➡➔➜►▶→·–—‣⁃◆◇✓✔☐☑☒"
#: Of these, the boxes of a form, ticked and not: in a list of people where some are ticked
#: (`☒ Eva Ek` / `☐ Anna Berg`), those not ticked were not there. Markdown's `- [x]`, `- [ ]` too.
TICKED_BOXES = ("☒", "☑", "✔", "✓", "[x]", "[X]")
UNTICKED_BOXES = ("☐", "□", "[ ]")

#: Lines that are page furniture wherever they stand: "Sida 2 av 5", "2 (7)".
#: The words of a diary number: `Dnr 851-649-2022`, `Diarienummer: 2023.45`.
REFERENCE_WORDS = ("dnr", "diarienummer", "diarienr")

PAGE_NUMBERS = (
    r"sida\s+\d+(\s*(av|\()\s*\d+\)?)?",
    r"sid\.?\s+\d+(\s*(av|\()\s*\d+\)?)?",
    r"\d+\s*\(\s*\d+\s*\)",
    r"\d+\s+av\s+\d+",
    r"-\s*\d+\s*-",
    r"page\s+\d+(\s+of\s+\d+)?",
)
PAGE_FURNITURE = (
    *PAGE_NUMBERS,
    r"(?:paragrafer|§§)\s*\d+\s*[-–]\s*\d+",   # the paragraphs a protocol's pages hold: `Paragrafer 45–52`
)

# ---------------------------------------------------------------- organisations

#: Words that make a capitalised phrase an organisation, not a person:
#: `Region Halland`, `Almby IK`, `Örebro kommun`.
ORG_WORDS = (
    "kommun", "kommunen", "region", "regionen", "län", "länsstyrelsen", "stad", "staden", "ab",
    "ik", "if", "bk", "fk", "hk", "sk", "förening", "föreningen", "förbund", "förbundet",
    "universitet", "högskola", "myndighet", "verket", "nämnd", "nämnden", "förvaltning",
    "förvaltningen", "kyrka", "kyrkan", "församling", "stiftelse", "stiftelsen", "råd",
    "rådet", "center", "centrum", "hus", "huset", "kontor", "kontoret", "enhet", "enheten",
    "bolag", "bolaget", "gruppen", "nätverket", "skola", "skolan", "folkhögskola",
    "arbetsförmedlingen", "migrationsverket", "polisen", "försäkringskassan", "vgr",
    "skr", "rf-sisu", "kfum", "kfuk", "rfsl", "kansli", "kansliet", "sekretariat",
    "avdelning", "avdelningen", "sektion", "sektionen", "direktion", "ideell", "ek.",
)

#: Sweden's 290 municipalities by their short names, lower case. Network minutes
#: name a member municipality for the people it sent (`Hjo`, `Gullspång`), in the
#: lists of people too (`Förhinder: Hjo, Gullspång`): such a list names places, not
#: people. A name that is also a first name (`Nora`) is a person in a list of first names.
MUNICIPALITIES = frozenset(m.replace("_", " ") for m in """
botkyrka danderyd ekerö haninge huddinge järfälla lidingö nacka norrtälje nykvarn nynäshamn
salem sigtuna sollentuna solna stockholm sundbyberg södertälje tyresö täby upplands-bro
upplands_väsby vallentuna vaxholm värmdö österåker
enköping heby håbo knivsta tierp uppsala älvkarleby östhammar
eskilstuna flen gnesta katrineholm nyköping oxelösund strängnäs trosa vingåker
boxholm finspång kinda linköping mjölby motala norrköping söderköping vadstena valdemarsvik
ydre åtvidaberg ödeshög
aneby eksjö gislaved gnosjö habo jönköping mullsjö nässjö sävsjö tranås vaggeryd vetlanda värnamo
alvesta lessebo ljungby markaryd tingsryd uppvidinge växjö älmhult
borgholm emmaboda hultsfred högsby kalmar mönsterås mörbylånga nybro oskarshamn torsås vimmerby
västervik gotland
karlshamn karlskrona olofström ronneby sölvesborg
bjuv bromölla burlöv båstad eslöv helsingborg hässleholm höganäs hörby höör klippan kristianstad
kävlinge landskrona lomma lund malmö osby perstorp simrishamn sjöbo skurup staffanstorp svalöv
svedala tomelilla trelleborg vellinge ystad åstorp ängelholm örkelljunga östra_göinge
falkenberg halmstad hylte kungsbacka laholm varberg
ale alingsås bengtsfors bollebygd borås dals-ed essunga falköping färgelanda grästorp gullspång
göteborg götene herrljunga hjo härryda karlsborg kungälv lerum lidköping lilla_edet lysekil
mariestad mark mellerud munkedal mölndal orust partille skara skövde sotenäs stenungsund
strömstad svenljunga tanum tibro tidaholm tjörn tranemo trollhättan töreboda uddevalla
ulricehamn vara vårgårda vänersborg åmål öckerö
arvika eda filipstad forshaga grums hagfors hammarö karlstad kil kristinehamn munkfors storfors
sunne säffle torsby årjäng
askersund degerfors hallsberg hällefors karlskoga kumla laxå lekeberg lindesberg ljusnarsberg
nora örebro
arboga fagersta hallstahammar kungsör köping norberg sala skinnskatteberg surahammar västerås
avesta borlänge falun gagnef hedemora leksand ludvika malung-sälen mora orsa rättvik smedjebacken
säter vansbro älvdalen
bollnäs gävle hofors hudiksvall ljusdal nordanstig ockelbo ovanåker sandviken söderhamn
härnösand kramfors sollefteå sundsvall timrå ånge örnsköldsvik
berg bräcke härjedalen krokom ragunda strömsund åre östersund
bjurholm dorotea lycksele malå nordmaling norsjö robertsfors skellefteå sorsele storuman umeå
vilhelmina vindeln vännäs åsele
arjeplog arvidsjaur boden gällivare haparanda jokkmokk kalix kiruna luleå pajala piteå älvsbyn
överkalix övertorneå
""".split())

#: Endings of one-word organisations: `Kommunstyrelseförvaltningen`, `Migrationsverket`.
ORG_SUFFIXES = (
    "förvaltningen", "förvaltning", "styrelsen", "verket", "kommun", "rådet", "råd",
    "nämnden", "förbundet", "föreningen", "enheten", "kontoret", "kyrkan", "centret",
    "center", "institutet", "universitetet", "sjukhuset", "bolaget", "bostäder", "porten",
    "skolan", "huset", "gruppen", "nätet", "kansliet", "avdelningen", "myndigheten",
    "kommunen", "regionen", "länet", "staden", "byrån", "tjänsten",
    "hälsan", "vården", "kassan", "mottagningen",   # `Elevhälsan`, `Primärvården`, `Ungdomsmottagningen`
    "jouren", "centralen", "biblioteket", "museet",  # `Kvinnojouren`, `Hälsocentralen Hertsön`, `Stadsbiblioteket`
)
#: ... but not these ends of abstract nouns, an adjective in -en and -heten, which end like
#: `-enheten`: `Lägenheten`, `öppenheten`, `medvetenheten` (not `Miljöenheten`, `Planenheten`).
NOT_ORG_ENDINGS = ("genheten", "penheten", "tenheten")
#: How an adjective in the definite form ends before an organisation's noun written in
#: lower case: `tekniska nämnden`, `kommunala pensionärsrådet`, `brottsförebyggande rådet`.
ORG_ADJECTIVE_ENDINGS = ("a", "ande", "ende")


def key(text: str) -> str:
    """The form a word is looked up in these tables by: lower case, single spaces,
    no surrounding punctuation. Accents stay: `möte` is not `mote`."""
    return " ".join(text.casefold().split()).strip(" .:;,*_")


def alternation(words) -> str:
    """A table as a regular-expression alternation, longest first, so that
    `närvarande ledamöter` is tried before `närvarande`; of one length, alphabetically, so
    that a set's alternation is the same pattern in every run (the kept compiled patterns
    are found by it)."""
    import re

    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))

# ---------------------------------------------------------------- given names

#: Titles written before a name, no part of it nor a role: `Dr. Eva Strand, överläkare`.
NAME_TITLES = ("dr", "dr.", "doktor", "docent", "doc.", "prof.", "professor", "fil. dr", "fil.dr.",
               "med. dr", "med.dr.", "tekn. dr")

#: Common first names in Sweden (lower case). Used to tell `Per Lind, Eva Ek`
#: (two people) from `Mai Lundell, Lilla Edet` (a person and a place), and `Inga Berg`
#: (a name) from `Inga frågor` (a word that is never a name's first, NOT_NAMES); a name
#: that is not here is still a name wherever the layout says so.
GIVEN_NAMES = frozenset("""
anna eva maria karin sara kristina lena emma kerstin marie malin ingrid hanna linda
jenny birgitta sofia elin annika susanne monica ulla johanna carina elisabeth julia
ida helena linnéa camilla sandra ebba åsa cecilia amanda matilda anneli therese
agneta lisa louise frida josefin yvonne emelie sofie ann karolina gunilla anette
maja ellen alice wilma alva ella elsa saga klara astrid selma vera stina tove
lovisa felicia moa my nora agnes signe ester ingela inger britt margareta gun siv
marianne eva-lena anna-karin anna-lena ann-sofie ann-marie marie-louise anna-maria
pia petra jessica veronica erika mikaela isabelle emilia olivia nathalie rebecka
lena-maria gunnel barbro viveka charlotte madeleine pernilla ylva mona katarina
lars mikael anders johan erik per karl peter thomas jan daniel fredrik hans andreas
stefan mohammed mats magnus jonas bengt oskar niklas martin alexander bo gustav
patrik björn nils david henrik christer sven leif simon emil jonathan mattias roger
robert marcus kjell william göran ulf lucas hugo elias oliver axel viktor filip
isak ludvig adam anton rasmus sebastian tobias joakim christian richard kent
rolf tommy åke ingemar gunnar lennart olle claes kenneth dan ove stig tomas
pontus gabriel linus albin theo noah liam leo arvid melvin vincent love sixten
ali ahmed omar hassan mustafa ibrahim yusuf fatima amina aisha mariam zeynep
amir reza mehdi sara-lena per-olof karl-gustav jan-erik lars-erik bengt-göran
k-g p-o j-o a-m l-e kim robin alex sam charlie jamie tim tina lotta mia nina
märta birgit berit rut britta greta ulrika maj maj-britt lisbeth solveig gerd
gunvor irene anita eivor ewa gudrun ann-christin ann-charlotte britt-marie kajsa
hedvig tyra tilda linn lina sanna josefine elisabet marita marika catharina
katrin karina susanna nadia leila yasmin elena irma ingegerd laila lillemor
gösta sune sten arne bertil rune torsten harald ingvar rickard roland conny lasse
janne birger einar folke helge valter ture evert allan alf kurt curt östen örjan
jörgen jens jesper ola pelle tore urban karl-erik nils-erik sven-erik lars-göran
per-erik jan-olof hans-erik bo-göran sture gert bernt håkan kristoffer krister
ronny peder petter ragnar sigvard uno yngve dragan milan goran zoran ahmad hussein
abdi mohamed muhammad khalid tariq samir nabil karim inga inge
linnea tilde thea freja meja elvira stella leah lea alicia tindra idun edith hilma
svea vilma siri sigrid eleonora victoria viktoria ellinor elinor josephine natalie
madelene jennie jennifer angelica evelina michaela caroline carolina kristin cajsa
majvor annelie annica hillevi sonja rebecca elise ronja molly ellie minna emmy hilda
noel otto alfred alvin elliot edvin vidar frans colin sigge ebbe harry loke ivar malte
olof viggo wilmer lukas walter kevin dennis jimmy mathias markus johannes joel hampus
casper benjamin samuel jacob jakob josef kalle torbjörn kristian pär mårten jon andré
oscar carl gustaf niclas nicklas melker elton hamza yasin abdullah maryam nour leyla
noor noura hamid rashid jamal ismail bilal ziad hadi rami fadi walid mahmoud saeed faisal hussain
adnan abdirahman abdullahi layla samira zainab hiba rania amal sana shirin farah ayan hodan
elif emre mehmet murat ayse selin defne
omid nasrin parisa farid dariush yousef fadumo zahra arash navid kaveh babak parvin soraya
tarek khaled emir edin amra senad jasmina haris lejla aida mirza dejan nenad vesna jelena
ivana marija tatjana olga irina natalia svetlana sergej dmitri andrej pavel tomasz piotr
krzysztof agnieszka katarzyna joanna magdalena marta tuula pirjo riitta jukka matti pekka
kari seppo timo heikki mirja marjatta sirpa päivi eija aila raili kaija ritva leena arto
jari juha tero kimmo jarmo
amira aleksandra nikola ana fatma juan dalia christina jonna majken lill bodil felix nelly ines mahmud
youssef mohamud hibo sahra yasmine jasmin nadja hana fatemeh hamed burak deniz aylin snezana dusan pawel
tatiana sergei igor andrei ioana gabriela carlos jose luis miguel pedro pablo diego sofía carmen isabel linh
mira tuva vilda lova hedda cornelia vendela paulina jeanette christoffer wilhelm henning tage tord
nellie lilly tora milo
""".split())
