"""Stage 7: each export is produced from samples/ and read back."""
import csv
import io
import json
import sqlite3

import icalendar
import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from minutes_cli import parse_file
from minutes_cli.cli import main
from minutes_cli.exporters.markdown import to_markdown
from minutes_cli.exporters.tables import TABLES
from conftest import SAMPLES

FILES = sorted(str(p) for p in SAMPLES.iterdir())
STYRELSE = str(SAMPLES / "styrelseprotokoll.txt")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def records():
    return [parse_file(f) for f in FILES]


def test_csv_one_file_per_table_for_the_batch(tmp_path):
    result = run("parse", *FILES, "--format", "csv", "-o", tmp_path)
    assert result.exit_code == 1     # the samples hold one text that is not minutes, written all the same
    assert "failed" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    expected = records()
    for table, columns in TABLES.items():
        raw = (tmp_path / f"{table}.csv").read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
        assert list(rows[0].keys()) == columns
        assert {r["sha256"] for r in rows} <= {r.source.sha256 for r in expected}
    actions = list(csv.DictReader(open(tmp_path / "actions.csv", encoding="utf-8", newline="")))
    assert len(actions) == sum(len(r.actions) for r in expected)
    first = next(a for a in actions if a["file"] == "styrelseprotokoll.txt")
    assert first == {"file": "styrelseprotokoll.txt", "sha256": expected[FILES.index(STYRELSE)].source.sha256,
                     "owners": "Per-Olof Svanström", "owner_mentions": "Per-Olof",
                     "text": "Per-Olof skickar ut resultatrapporten till styrelsen senast 31 mars.",
                     "item": "4", "due": "2023-03-31", "due_text": "senast 31 mars", "line": "36",
                     "status": "", "done": ""}
    attendance = list(csv.DictReader(open(tmp_path / "attendance.csv", encoding="utf-8", newline="")))
    assert {"status": "frånvarande", "name": "Maja Åberg"}.items() <= next(
        r for r in attendance if r["name"] == "Maja Åberg").items()
    meetings = list(csv.DictReader(open(tmp_path / "meetings.csv", encoding="utf-8", newline="")))
    styrelse = next(m for m in meetings if m["file"] == "styrelseprotokoll.txt")
    assert (styrelse["date"], styrelse["start_time"], styrelse["items"], styrelse["next_meeting"]) == (
        "2023-03-14", "18:00", "8", "2023-04-18")
    events = list(csv.DictReader(open(tmp_path / "events.csv", encoding="utf-8", newline="")))
    assert [e["next_meeting"] for e in events if e["file"] == "strategisk-grupp.txt"] == ["ja", "", ""]


def test_excel_csv_semicolon_bom_crlf_and_no_formulas(tmp_path):
    text = "Protokoll\nDatum: 2023-01-10\n\n1. Ekonomi\n\nBeslut: =SUMMA(A1) godkänns; allt klart\n"
    path = tmp_path / "formel.txt"
    path.write_text(text, encoding="utf-8")
    raw = run("parse", path, "--format", "csv", "--table", "decisions", "--excel").stdout_bytes
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 2
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == TABLES["decisions"]
    assert rows[1][2] == "'=SUMMA(A1) godkänns; allt klart" and rows[1][3:] == ["1", "6"]


def test_markdown_summary_renders_with_a_clean_structure():
    md = to_markdown(parse_file(STYRELSE))
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[:4] == ["Protokoll – Styrelsemöte med Föreningen Lindängens Vänner", "Närvarande",
                            "Frånvarande", "Punkter"]
    assert "4. Ekonomi" in headings and "Att göra" in headings and "Kommande möten" in headings
    tables = [i for i, t in enumerate(tokens) if t.type == "table_open"]
    assert len(tables) == 2
    rows = sum(1 for t in tokens if t.type == "tr_open")
    assert rows == (1 + 4) + (1 + 1)   # header + actions, header + one coming meeting
    assert "**Beslut:** att avsätta 5 000 kr till vårfesten." in md


def test_markdown_escapes_pipes_and_stars_in_names():
    from minutes_cli import parse_text
    md = to_markdown(parse_text("Deltagare:\nAnna *Stjärna* Berg, Org | Två\n\n1. A\n\nAnna skickar ut | listan.\n"))
    assert "Org \\| Två" in md and "\\|" in md.split("| Vem |")[1]
    html = MarkdownIt("commonmark").enable("table").render(md)
    assert html.count("<tr>") == 2 and "<em>" not in html


def test_calendar_events_and_todos_parse_back(tmp_path):
    out = tmp_path / "kalender.ics"
    result = run("calendar", *FILES, "-o", out)
    assert result.exit_code == 0
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    todos = [c for c in cal.walk("VTODO")]
    assert len(events) == sum(len(r.calendar) for r in records())
    assert len(todos) == sum(1 for r in records() for a in r.actions if a.due and len(a.due) == 10) == 6
    assert [c["TZID"] for c in cal.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    by_summary = {str(e["SUMMARY"]): e for e in events}
    styrelse = next(e for e in events if str(e.get("LOCATION")) == "Föreningslokalen")
    start = styrelse.decoded("DTSTART")
    assert (start.isoformat(), str(start.tzinfo)) == ("2023-04-18T18:00:00+02:00", "Europe/Stockholm")
    month = by_summary["Länsgruppen för mottagande (dag ej bestämd)"]
    assert month.decoded("DTSTART").isoformat() == "2024-01-01" and str(month["LOCATION"]) == "Borås"
    due = {str(t["SUMMARY"]): t.decoded("DUE").isoformat() for t in todos}
    assert due["Per-Olof skickar ut resultatrapporten till styrelsen senast 31 mars."] == "2023-03-31"


def test_calendar_uids_are_stable_across_runs(tmp_path):
    first = icalendar.Calendar.from_ical(run("calendar", *FILES).stdout_bytes)
    second = icalendar.Calendar.from_ical(run("calendar", *FILES).stdout_bytes)
    uids = [str(c["UID"]) for c in first.walk() if c.name in ("VEVENT", "VTODO")]
    assert uids == [str(c["UID"]) for c in second.walk() if c.name in ("VEVENT", "VTODO")]
    assert len(set(uids)) == len(uids)


def test_year_less_dates_are_left_out_of_the_calendar_and_said(tmp_path):
    path = tmp_path / "utan-ar.txt"
    path.write_text("Minnesanteckningar\n\n1. Nästa möte\n\n25 november kl 8:30-10:00\n", encoding="utf-8")
    result = run("calendar", path)
    assert "left out of the calendar" in result.stderr and "--11-25" in result.stderr
    assert b"BEGIN:VEVENT" not in result.stdout_bytes


def counts(db):
    conn = sqlite3.connect(db)
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("meetings", "people", "attendance", "items", "actions", "action_owners",
                      "decisions", "events")}


def test_sqlite_archive_index_reindex_and_queries(tmp_path):
    db = tmp_path / "arkiv.db"
    assert run("index", *FILES, "--db", db).exit_code == 0
    first = counts(db)
    expected = records()
    assert first["meetings"] == len(FILES)
    assert first["items"] == sum(len(r.items) for r in expected)
    assert first["actions"] == sum(len(r.actions) for r in expected)
    assert first["attendance"] == sum(len(r.attendees) + len(r.absent) + len(r.signatories) for r in expected)
    again = run("index", *FILES, "--db", db)
    assert f"{len(FILES)} unchanged" in again.stderr and counts(db) == first
    # a changed file replaces its rows; nothing is doubled
    changed = tmp_path / "styrelse.txt"
    changed.write_text(open(STYRELSE, encoding="utf-8").read(), encoding="utf-8")
    run("index", changed, "--db", db)
    with_copy = counts(db)
    changed.write_text(changed.read_text(encoding="utf-8").replace("Lars undersöker hur ansökan görs.\n", ""),
                       encoding="utf-8")
    assert "1 replaced" in run("index", changed, "--db", db).stderr
    assert counts(db)["actions"] == with_copy["actions"] - 1 and counts(db)["meetings"] == with_copy["meetings"]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("SELECT count(*) FROM items_fts").fetchone()[0] == counts(db)["items"]
    hits = json.loads(run("search", "--db", db, "bostad", "--format", "json").stdout)
    assert [h["title"] for h in hits] == ["Pass 2: Bostadsfrågor"]
    feast = json.loads(run("search", "--db", db, "VARFEST", "--format", "json").stdout)
    assert sorted(h["number"] for h in feast if h["path"].endswith("styrelseprotokoll.txt")) == ["4", "5"]
    owned = json.loads(run("actions", "--db", db, "--owner", "P-O", "--format", "json").stdout)
    assert {r["owners"][0] for r in owned} == {"Per-Olof Svanström", "Per-Olof Nyström"}
    assert ["P-O"] in [r["owner_mentions"] for r in owned]
    anna = json.loads(run("actions", "--db", db, "--owner", "anna", "--format", "json").stdout)
    assert [r["owners"] for r in anna] == [["Anna Bergström"]]


def test_sqlite_interrupted_index_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    from minutes_cli.exporters import archive
    db = tmp_path / "arkiv.db"
    run("index", STYRELSE, "--db", db)
    before = counts(db)
    real = archive._person

    def crash(conn, name):
        if name == "Sara Linde":
            raise KeyboardInterrupt
        return real(conn, name)

    monkeypatch.setattr(archive, "_person", crash)
    with pytest.raises(KeyboardInterrupt):
        conn = archive.connect(str(db))
        archive.index(conn, parse_file(SAMPLES / "strategisk-grupp.txt"), "x")
    assert counts(db) == before


MEETING_WITH_REMOTE_MEMBERS = """Protokoll Kultur- och fritidsnämnden
Datum: 2025-03-11
Justeringens plats och tid: Kulturhuset, 18 mars
Paragrafer: §§ 12–19

Närvarande:
Eva Strand (S), ordförande
Omar Haddad (M) (digitalt)
Lisa Berg, Ale kommun, via Teams

§ 1 Mötets öppnande
Ordföranden öppnar mötet.
"""


def test_the_archive_keeps_how_each_person_took_part_and_adds_the_columns_to_an_older_archive(tmp_path):
    """... and where and when the minutes are checked."""
    doc = tmp_path / "kfn.txt"
    doc.write_text(MEETING_WITH_REMOTE_MEMBERS, encoding="utf-8")
    db = tmp_path / "arkiv.db"

    def stored():
        conn = sqlite3.connect(db)
        return dict(conn.execute("SELECT p.name, a.participation FROM attendance a "
                                 "JOIN people p ON p.id = a.person_id").fetchall())

    assert "1 added" in run("index", doc, "--db", db).stderr
    assert stored() == {"Eva Strand": None, "Omar Haddad": "digitalt", "Lisa Berg": "via Teams"}
    adjustment = "SELECT adjustment_place, adjustment_date, paragraphs FROM meetings"
    assert sqlite3.connect(db).execute(adjustment).fetchall() == [("Kulturhuset", "2025-03-18", "§§ 12–19")]
    # an archive made before the columns were added: opening it adds them, and the next
    # index fills them (the document counts as replaced, not unchanged)
    conn = sqlite3.connect(db)
    for column in ("email", "nickname", "participation", "replaces"):
        conn.execute(f"ALTER TABLE attendance DROP COLUMN {column}")
    for column in ("adjustment_date", "adjustment_place", "paragraphs"):
        conn.execute(f"ALTER TABLE meetings DROP COLUMN {column}")
    conn.commit()
    conn.close()
    assert "1 replaced" in run("index", doc, "--db", db).stderr
    assert stored()["Omar Haddad"] == "digitalt"
    assert sqlite3.connect(db).execute(adjustment).fetchall() == [("Kulturhuset", "2025-03-18", "§§ 12–19")]
    assert "1 unchanged" in run("index", doc, "--db", db).stderr


def test_schema_lists_the_contract_fields():
    schema = json.loads(run("schema").stdout)
    person = schema["$defs"]["Person"]["properties"]
    assert {"name", "organization", "role", "party", "group", "line"} <= set(person)
    assert schema["$defs"]["Action"]["properties"]["due"]["anyOf"][0]["pattern"]


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path):
    minutes = [f for f in FILES if "inte-protokoll" not in f]
    result = run("parse", *minutes, "-o", tmp_path)
    assert result.exit_code == 0 and result.stderr == ""


def test_progress_bar_on_a_terminal(monkeypatch):
    from minutes_cli import cli
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: True, raising=False)
    seen = list(cli.progress(iter(range(3)), 3))
    assert seen == [0, 1, 2]


def test_to_csv_from_python_gives_one_table_of_one_record():
    from minutes_cli.exporters.tables import to_csv
    text = to_csv(parse_file(STYRELSE), "decisions", excel=True)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=";"))
    assert rows[0] == TABLES["decisions"] and len(rows) == 1 + 5


def test_how_a_person_took_part_is_its_own_column_and_stands_in_the_summary():
    from minutes_cli import parse_text
    from minutes_cli.exporters.tables import rows
    record = parse_text("Protokoll styrelsemöte 2025-03-04\n\nNärvarande:\nAnna Berg, ordförande (via Teams)\n"
                        "Per Lind (på distans)\nEva Ek, sekreterare\n\n1. Mötet öppnas\n")
    table = [dict(zip(TABLES["attendance"], row)) for row in rows(record, "attendance")]
    assert [(r["name"], r["role"], r["attendance"]) for r in table] == [
        ("Anna Berg", "ordförande", "via Teams"), ("Per Lind", None, "på distans"), ("Eva Ek", "sekreterare", None)]
    md = to_markdown(record)
    assert "- Anna Berg, ordförande, via Teams" in md and "- Per Lind, på distans" in md


def test_a_substitute_and_the_member_they_sit_in_for_stand_in_the_csv_the_summary_and_the_archive(tmp_path):
    from minutes_cli import parse_text
    from minutes_cli.exporters.tables import rows
    text = ("Sammanträdesprotokoll Socialnämnden 2023-03-14\n\nBeslutande:\nMaria Holm (S), ordförande\n"
            "Lisa Åström (C) ersätter Per Sund (KD)\n\n§ 1 Mötet öppnas\n")
    table = [dict(zip(TABLES["attendance"], row)) for row in rows(parse_text(text), "attendance")]
    assert [(r["status"], r["name"], r["replaces"]) for r in table] == [
        ("närvarande", "Maria Holm", None), ("närvarande", "Lisa Åström", "Per Sund"),
        ("frånvarande", "Per Sund", None)]
    assert "- Lisa Åström (C), ersätter Per Sund" in to_markdown(parse_text(text))
    doc, db = tmp_path / "sn.txt", tmp_path / "arkiv.db"
    doc.write_text(text, encoding="utf-8")
    assert "1 added" in run("index", doc, "--db", db).stderr
    stored = sqlite3.connect(db).execute("SELECT p.name, a.status, a.replaces FROM attendance a "
                                         "JOIN people p ON p.id = a.person_id ORDER BY a.line, a.status").fetchall()
    assert ("Lisa Åström", "närvarande", "Per Sund") in stored and ("Per Sund", "frånvarande", None) in stored


def test_where_and_when_the_minutes_are_checked_and_its_paragraphs_stand_in_the_csv_and_the_summary():
    from minutes_cli import parse_text
    from minutes_cli.exporters.tables import rows
    record = parse_text(MEETING_WITH_REMOTE_MEMBERS)
    (meeting,) = [dict(zip(TABLES["meetings"], row)) for row in rows(record, "meetings")]
    assert (meeting["date"], meeting["adjustment_place"], meeting["adjustment_date"], meeting["paragraphs"]) == (
        "2025-03-11", "Kulturhuset", "2025-03-18", "§§ 12–19")
    assert "- **Justering:** Kulturhuset, 2025-03-18" in to_markdown(record)
    assert "- **Paragrafer:** §§ 12–19" in to_markdown(record)


def test_who_signed_stands_in_the_csv_attendance_table_as_in_the_archive(tmp_path):
    from minutes_cli import parse_text
    from minutes_cli.exporters.tables import rows
    record = parse_text("Protokoll föreningsstämma 2025-04-22\n\nNärvarande:\nLinnea Brandt, ordförande\n"
                        "Tomas Wik\n\nFrånvarande:\nGöran Lilja\n\n1. Stämman öppnas\n\n"
                        "Linnea Brandt hälsade alla välkomna.\n\nVid protokollet\n\nTomas Wik\n\n"
                        "Justeras\n\nLinnea Brandt\tSiv Hallberg\n")
    table = [dict(zip(TABLES["attendance"], row)) for row in rows(record, "attendance")]
    assert [(r["status"], r["name"]) for r in table] == [
        ("närvarande", "Linnea Brandt"), ("närvarande", "Tomas Wik"), ("frånvarande", "Göran Lilja"),
        ("undertecknare", "Tomas Wik"), ("undertecknare", "Linnea Brandt"), ("undertecknare", "Siv Hallberg")]
    signed = [r for r in table if r["status"] == "undertecknare"]
    assert [r["line"] for r in signed] == [p.line for p in record.signatories]
    from minutes_cli.exporters import archive
    conn = archive.connect(str(tmp_path / "arkiv.db"))
    archive.index(conn, record, "stamma.txt")
    stored = [tuple(r) for r in conn.execute("SELECT status, COUNT(*) FROM attendance GROUP BY status ORDER BY status")]
    assert stored == [("frånvarande", 1), ("närvarande", 2), ("undertecknare", 3)]


TASKS_WITH_STATUS = """Minnesanteckningar styrgrupp e-arkiv
Datum: 2024-04-17

Närvarande: Mats Granberg, Hanna Öst, Ulrika Svahn

4. Aktiviteter
Aktivitet\tAnsvarig\tDatum\tStatus
Uppdatera tidplan\tMats Granberg\t2024-05-15\tPågår
Boka möte med Arkivet\tUlrika Svahn\t2024-05-10\tKlar

5. Att göra
- [x] Hanna: skicka ut enkäten
"""


def test_how_far_a_task_has_come_stands_in_the_csv_the_summary_and_the_archive(tmp_path):
    from minutes_cli import parse_text
    from minutes_cli.exporters.tables import rows
    record = parse_text(TASKS_WITH_STATUS)
    table = [dict(zip(TABLES["actions"], row)) for row in rows(record, "actions")]
    assert [(r["owners"], r["status"], r["done"]) for r in table] == [
        ("Mats Granberg", "Pågår", "nej"), ("Ulrika Svahn", "Klar", "ja"), ("Hanna Öst", None, "ja")]
    md = to_markdown(record)
    assert "| Vem | Vad | När | Status |" in md
    assert "| Mats Granberg | Uppdatera tidplan | 2024-05-15 | Pågår |" in md
    assert "| Hanna Öst | Hanna: skicka ut enkäten | – | klar |" in md
    # minutes that say nothing of it keep the table as it was
    assert "| Vem | Vad | När |\n" in to_markdown(parse_file(STYRELSE))
    doc, db = tmp_path / "styrgrupp.txt", tmp_path / "arkiv.db"
    doc.write_text(TASKS_WITH_STATUS, encoding="utf-8")
    assert "1 added" in run("index", doc, "--db", db).stderr
    stored = "SELECT status, done FROM actions ORDER BY line"
    assert sqlite3.connect(db).execute(stored).fetchall() == [("Pågår", 0), ("Klar", 1), (None, 1)]
    # an archive made before the columns: opening it adds them, the next index fills them
    conn = sqlite3.connect(db)
    for column in ("status", "done"):
        conn.execute(f"ALTER TABLE actions DROP COLUMN {column}")
    conn.commit()
    conn.close()
    assert "1 replaced" in run("index", doc, "--db", db).stderr
    assert sqlite3.connect(db).execute(stored).fetchall() == [("Pågår", 0), ("Klar", 1), (None, 1)]
    kinds = {row[1]: row[2] for row in sqlite3.connect(db).execute("PRAGMA table_info(actions)")}
    assert (kinds["status"], kinds["done"]) == ("TEXT", "INTEGER")
    todos = icalendar.Calendar.from_ical(run("calendar", doc).stdout_bytes).walk("VTODO")
    assert [(str(t["SUMMARY"]), str(t["STATUS"])) for t in todos] == [
        ("Uppdatera tidplan", "NEEDS-ACTION"), ("Boka möte med Arkivet", "COMPLETED")]


NETWORK_BY_MEMBER = """Minnesanteckningar nätverket för folkhälsa i Sjuhärad
Datum: 2024-03-12

Närvarande:
Anna Berg, Borås stad
Lars Ek, Marks kommun

Förhinder: Bollebygd, Herrljunga

1. Mötets öppnande
Anna hälsade välkommen.
"""


def test_members_that_sent_nobody_stand_in_the_csv_the_summary_and_the_archive(tmp_path):
    from minutes_cli import parse_text
    from minutes_cli.exporters.tables import rows
    record = parse_text(NETWORK_BY_MEMBER)
    table = [dict(zip(TABLES["attendance"], row)) for row in rows(record, "attendance")]
    assert [(r["status"], r["name"], r["organization"], r["line"]) for r in table] == [
        ("närvarande", "Anna Berg", "Borås stad", 5), ("närvarande", "Lars Ek", "Marks kommun", 6),
        ("frånvarande", None, "Bollebygd", 8), ("frånvarande", None, "Herrljunga", 8)]
    md = to_markdown(record)
    assert "## Frånvarande\n\n- Organisationer utan namngiven person: Bollebygd, Herrljunga\n" in md
    doc, db = tmp_path / "sjuharad.txt", tmp_path / "arkiv.db"
    doc.write_text(NETWORK_BY_MEMBER, encoding="utf-8")
    assert "1 added" in run("index", doc, "--db", db).stderr
    query = "SELECT status, organization, line FROM organization_attendance ORDER BY line, organization"
    assert sqlite3.connect(db).execute(query).fetchall() == [("frånvarande", "Bollebygd", 8),
                                                             ("frånvarande", "Herrljunga", 8)]
    # an archive made before the table was added: opening it adds the table, and the next
    # index fills it (the document counts as replaced, not unchanged)
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE organization_attendance")
    conn.commit()
    conn.close()
    assert "1 replaced" in run("index", doc, "--db", db).stderr
    assert len(sqlite3.connect(db).execute(query).fetchall()) == 2
    assert "1 unchanged" in run("index", doc, "--db", db).stderr
