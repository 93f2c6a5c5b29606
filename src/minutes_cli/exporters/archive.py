"""SQLite: an archive of many meetings, normalised, with full-text search.

Tables: meetings, people, attendance, organization_attendance (organisations
listed with none of their people), items, actions, action_owners, decisions,
events; foreign keys with ON DELETE CASCADE, indexes on what is joined and
filtered, and an FTS5 index over the items' titles and text.
A document is keyed by its path: indexing it again replaces its rows, or
does nothing when its sha256 is unchanged. Each document is one transaction,
so an interrupted run leaves the database as it was before that document.
An archive made by an older version gets the columns and tables added since
when it is opened (ADDED_COLUMNS, ADDED_TABLES), and its documents are indexed
again on the next run.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from ..grammar.names import fold
from ..records import Minutes

SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS meetings (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    encoding TEXT,
    kind TEXT, title TEXT, date TEXT, start_time TEXT, end_time TEXT,
    location TEXT, reference TEXT, adjustment_date TEXT, adjustment_place TEXT, paragraphs TEXT,
    indexed_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    name_key TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attendance (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    status TEXT NOT NULL CHECK (status IN ('närvarande', 'frånvarande', 'undertecknare')),
    organization TEXT, role TEXT, party TEXT, grp TEXT, line INTEGER NOT NULL,
    email TEXT, nickname TEXT, participation TEXT, replaces TEXT
);
CREATE TABLE IF NOT EXISTS organization_attendance (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('närvarande', 'frånvarande')),
    organization TEXT NOT NULL, grp TEXT, line INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    number TEXT, title TEXT NOT NULL, grp TEXT,
    start_line INTEGER NOT NULL, end_line INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
    text TEXT NOT NULL, item TEXT, due TEXT, due_text TEXT, line INTEGER NOT NULL,
    status TEXT, done INTEGER
);
CREATE TABLE IF NOT EXISTS action_owners (
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id),
    name TEXT NOT NULL, mention TEXT
);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
    text TEXT NOT NULL, item TEXT, line INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    date TEXT, start_time TEXT, end_time TEXT, location TEXT, title TEXT,
    is_next INTEGER NOT NULL DEFAULT 0, line INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS attendance_meeting ON attendance(meeting_id);
CREATE INDEX IF NOT EXISTS attendance_person ON attendance(person_id);
CREATE INDEX IF NOT EXISTS organization_attendance_meeting ON organization_attendance(meeting_id);
CREATE INDEX IF NOT EXISTS items_meeting ON items(meeting_id);
CREATE INDEX IF NOT EXISTS actions_meeting ON actions(meeting_id);
CREATE INDEX IF NOT EXISTS actions_item ON actions(item_id);
CREATE INDEX IF NOT EXISTS actions_due ON actions(due);
CREATE INDEX IF NOT EXISTS owners_action ON action_owners(action_id);
CREATE INDEX IF NOT EXISTS owners_person ON action_owners(person_id);
CREATE INDEX IF NOT EXISTS decisions_meeting ON decisions(meeting_id);
CREATE INDEX IF NOT EXISTS decisions_item ON decisions(item_id);
CREATE INDEX IF NOT EXISTS events_meeting ON events(meeting_id);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS people_key ON people(name_key);
CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5(
    title, text, content='items', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS items_fts_insert AFTER INSERT ON items BEGIN
    INSERT INTO items_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS items_fts_delete AFTER DELETE ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
"""


# Columns added to an archive's tables after its first version: an archive made before
# gets them when it is opened, and its documents are indexed again on the next
# `minutes index` (their stored digests are cleared), so that the columns are filled.
# A column is TEXT unless its type follows its name.
ADDED_COLUMNS = {"attendance": ("email", "nickname", "participation", "replaces"),
                 "meetings": ("adjustment_date", "adjustment_place", "paragraphs"),
                 "actions": ("status", "done INTEGER")}
# ... and tables added since, filled in the same way when an older archive gets them
ADDED_TABLES = ("organization_attendance",)


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    had = {row["name"] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.executescript(SCHEMA)
    if "meetings" in had and not had.issuperset(ADDED_TABLES):
        with conn:
            conn.execute("UPDATE meetings SET sha256 = ''")
    conn.execute("PRAGMA foreign_keys = ON")
    _add_columns(conn)
    return conn


def _add_columns(conn: sqlite3.Connection) -> None:
    with conn:
        for table, columns in ADDED_COLUMNS.items():
            have = {row["name"] for row in conn.execute(f"PRAGMA table_info({table})")}
            missing = [c for c in columns if c.split()[0] not in have]
            for column in missing:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {column if ' ' in column else column + ' TEXT'}")
            if missing:
                conn.execute("UPDATE meetings SET sha256 = ''")


def index(conn: sqlite3.Connection, record: Minutes, path: str) -> str:
    """Store one record under `path`: 'added', 'replaced' or 'unchanged'."""
    old = conn.execute("SELECT id, sha256 FROM meetings WHERE path = ?", (path,)).fetchone()
    if old is not None and old["sha256"] == record.source.sha256:
        return "unchanged"
    with conn:   # one transaction: the whole document or nothing
        if old is not None:
            conn.execute("DELETE FROM meetings WHERE id = ?", (old["id"],))
        m, s = record.meeting, record.source
        meeting_id = conn.execute(
            "INSERT INTO meetings (path, sha256, encoding, kind, title, date, start_time, end_time, "
            "location, reference, adjustment_date, adjustment_place, paragraphs) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (path, s.sha256, s.encoding, m.kind, m.title, m.date, m.start_time, m.end_time,
             m.location, m.reference, m.adjustment_date, m.adjustment_place, m.paragraphs)).lastrowid
        for status, people in record.people_by_status():
            for p in people:
                conn.execute(
                    "INSERT INTO attendance (meeting_id, person_id, status, organization, role, party, grp, line, "
                    "email, nickname, participation, replaces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (meeting_id, _person(conn, p.name), status, p.organization, p.role, p.party, p.group, p.line,
                     p.email, p.nickname, p.attendance, p.replaces))
        for status, bodies in record.organizations_by_status():
            for o in bodies:
                conn.execute("INSERT INTO organization_attendance (meeting_id, status, organization, grp, line) "
                             "VALUES (?, ?, ?, ?, ?)", (meeting_id, status, o.name, o.group, o.line))
        known = {p.name for p in record.attendees + record.absent + record.signatories}
        item_ids: dict[str, int] = {}
        for item in record.items:
            item_ids[item.number or item.title] = conn.execute(
                "INSERT INTO items (meeting_id, number, title, grp, start_line, end_line, text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (meeting_id, item.number, item.title, item.group, item.start_line, item.end_line,
                 item.text)).lastrowid
        for a in record.actions:
            action_id = conn.execute(
                "INSERT INTO actions (meeting_id, item_id, text, item, due, due_text, line, status, done) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (meeting_id, item_ids.get(a.item), a.text, a.item, a.due, a.due_text, a.line, a.status,
                 a.done)).lastrowid
            for k, owner in enumerate(a.owners):
                mention = a.owner_mentions[k] if k < len(a.owner_mentions) else None
                person_id = _person(conn, owner) if owner in known else None
                conn.execute("INSERT INTO action_owners (action_id, person_id, name, mention) VALUES (?, ?, ?, ?)",
                             (action_id, person_id, owner, mention))
        for d in record.decisions:
            conn.execute("INSERT INTO decisions (meeting_id, item_id, text, item, line) VALUES (?, ?, ?, ?, ?)",
                         (meeting_id, item_ids.get(d.item), d.text, d.item, d.line))
        nxt = record.next_meeting
        for e in record.calendar:
            is_next = nxt is not None and (e.date, e.start_time, e.line) == (nxt.date, nxt.start_time, nxt.line)
            conn.execute("INSERT INTO events (meeting_id, date, start_time, end_time, location, title, is_next, "
                         "line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (meeting_id, e.date, e.start_time, e.end_time, e.location, e.title, int(is_next), e.line))
    return "added" if old is None else "replaced"


def _person(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM people WHERE name = ?", (name,)).fetchone()
    if row:
        return row["id"]
    return conn.execute("INSERT INTO people (name, name_key) VALUES (?, ?)", (name, fold(name))).lastrowid


def actions(conn: sqlite3.Connection) -> Iterator[dict]:
    """Every action in the archive with its owners, in date order."""
    rows = conn.execute(
        "SELECT a.id, a.text, a.item, a.due, a.line, a.status, a.done, m.path, m.date AS meeting_date "
        "FROM actions a JOIN meetings m ON m.id = a.meeting_id ORDER BY m.date, m.path, a.line")
    for row in rows.fetchall():
        owners = conn.execute("SELECT name, mention FROM action_owners WHERE action_id = ? ORDER BY rowid",
                              (row["id"],)).fetchall()
        yield {"owners": [o["name"] for o in owners], "owner_mentions": [o["mention"] for o in owners if o["mention"]],
               "text": row["text"], "item": row["item"], "due": row["due"], "file": row["path"],
               "line": row["line"], "meeting_date": row["meeting_date"], "status": row["status"],
               "done": None if row["done"] is None else bool(row["done"])}


def search(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[dict]:
    """Items whose title or text holds every word of `query` (word starts; case and
    accents do not matter), best first."""
    words = [w.replace('"', '""') for w in query.split() if w.strip('"')]
    if not words:
        return []
    match = " AND ".join(f'"{w}"*' for w in words)
    rows = conn.execute(
        "SELECT m.path, m.date, m.title AS meeting, i.number, i.title, i.start_line, "
        "snippet(items_fts, 1, '[', ']', '…', 12) AS snippet "
        "FROM items_fts JOIN items i ON i.id = items_fts.rowid JOIN meetings m ON m.id = i.meeting_id "
        "WHERE items_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit))
    return [dict(r) for r in rows.fetchall()]
