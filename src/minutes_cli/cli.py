"""The `minutes` command: a thin layer that turns options into library calls.

Exit codes: 0 every input parsed, 1 some inputs failed (each named on stderr),
2 a usage error.
"""
from __future__ import annotations

import os
import sys

import click

from . import __version__

TABLE_NAMES = ("meetings", "attendance", "items", "actions", "decisions", "events")


class Failures:
    """Collects what went wrong in a batch, to report at the end: inputs that failed, and
    inputs read and written that may not be minutes at all."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.doubts: list[str] = []

    def add(self, message: str) -> None:
        self.messages.append(message)
        click.echo(f"minutes: {message}", err=True)

    def doubt(self, message: str) -> None:
        self.doubts.append(message)
        click.echo(f"minutes: {message}", err=True)

    def finish(self, total: int) -> None:
        if self.messages or self.doubts:
            if total > 1:
                for listed, what in ((self.messages, "failed"),
                                     (self.doubts, "may not be minutes (their records were written)")):
                    if listed:
                        click.echo(f"minutes: {len(listed)} of {total} inputs {what}:", err=True)
                    for message in listed:
                        click.echo(f"  {message}", err=True)
            sys.exit(1)


class Inputs:
    """The paths to read: the arguments, then those listed in --files-from (read
    lazily, one a line), so that an archive of any size streams through."""

    def __init__(self, files: tuple[str, ...], files_from: str | None) -> None:
        if not files and not files_from:
            raise click.UsageError("give the minutes to read (FILE...) or a list of them (--files-from LIST)")
        if files_from == "-" and "-" in files:
            raise click.UsageError("standard input can hold the list of files or a document, not both")
        if files_from and files_from != "-" and not os.path.isfile(files_from):
            # said here, before any worker process reads the list
            raise click.ClickException(f"{files_from}: No such file. Give a file with one path a line")
        self.files = files
        self.files_from = files_from
        self.seen = 0

    @property
    def total(self) -> int | None:
        return None if self.files_from else len(self.files)

    def __iter__(self):
        for path in self.files:
            self.seen += 1
            yield path
        if self.files_from:
            try:
                handle = sys.stdin if self.files_from == "-" else open(self.files_from, encoding="utf-8")
            except OSError as exc:
                raise click.ClickException(f"{self.files_from}: {exc.strerror}. Give a file with one path a line")
            with handle:
                for line in handle:
                    path = line.rstrip("\r\n")
                    if path.strip():
                        self.seen += 1
                        yield path


def input_options(func):
    func = click.option("--files-from", metavar="LIST",
                        help="Also read the paths to parse from LIST, one a line (- for standard input).")(func)
    func = click.option("--encoding", metavar="NAME",
                        help="Read the files in this encoding (e.g. cp1252) instead of detecting it.")(func)
    func = click.option("--debug", is_flag=True, help="Show the traceback of an unexpected error.")(func)
    func = click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
                        help="Parse with this many processes; the output keeps the input's order.")(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="minutes")
def main() -> None:
    """Read Swedish meeting minutes (minnesanteckningar, protokoll) into
    structured records.

    \b
    Examples:
      minutes parse protokoll.txt
      minutes parse *.txt --format csv -o ut/
      minutes actions --owner Anna *.txt
    """


@main.command()
@click.argument("files", nargs=-1)
@click.option("--format", "fmt", default="json", show_default=True,
              type=click.Choice(["json", "jsonl", "csv", "markdown"]), help="Output format.")
@click.option("-o", "--output", "out_dir", metavar="DIR",
              help="Write one file per input into DIR (for CSV: one file per table).")
@click.option("--table", type=click.Choice(TABLE_NAMES), default=None,
              help="With --format csv: the table to print (default: meetings; with -o: all).")
@click.option("--excel", is_flag=True, help="With --format csv: ';', UTF-8 with BOM and CRLF, for Excel.")
@click.option("--force", is_flag=True, help="Replace output files that exist already.")
@input_options
def parse(files, fmt, out_dir, table, excel, force, encoding, debug, jobs, files_from):
    """Parse minutes into records. FILE may be - for standard input.

    \b
    Examples:
      minutes parse protokoll.txt                    # the record as JSON
      minutes parse *.txt --format jsonl > alla.jsonl
      minutes parse *.txt --format markdown -o ut/   # ut/<namn>.md per file
      minutes parse *.txt --format csv --table actions --excel > att-gora.csv
      cat protokoll.txt | minutes parse -
      find arkiv -name '*.txt' | minutes parse --files-from - --format jsonl > alla.jsonl
    """
    from .batch import (
        InputGuard,
        OutputError,
        Written,
        output_path,
        parse_parallel,
        render,
        write_atomic,
    )
    from .exporters import FORMATS

    inputs = Inputs(files, files_from)
    failures = Failures()
    # JSON needs no models: the record is validated as plain data (validation.py)
    outcomes = progress(parse_parallel(inputs, jobs, encoding=encoding, debug=debug,
                                       fmt=None if fmt == "csv" else fmt,
                                       plain=fmt in ("json", "jsonl")), inputs.total)
    if fmt == "csv":
        _parse_csv(files, outcomes, out_dir, table, excel, force, failures)
        failures.finish(inputs.seen)
        return
    taken = Written()
    guard = InputGuard(files) if out_dir else None
    printed = 0
    many_json = fmt == "json" and (inputs.total is None or inputs.total > 1) and not out_dir
    with _quiet_pipe():
        for outcome in outcomes:
            if outcome.error:
                failures.add(outcome.error)
                continue
            _warn(outcome, failures)
            text = outcome.text if outcome.text is not None else render(outcome.record, fmt)
            if out_dir:
                target = output_path(outcome.path, out_dir, FORMATS[fmt], taken)
                try:
                    write_atomic(target, text, force=force, guard=guard, current=outcome.path)
                except (OutputError, OSError) as exc:
                    failures.add(str(exc) if isinstance(exc, OutputError) else f"{target}: {exc.strerror}")
                continue
            if many_json:
                text = ("[\n" if printed == 0 else ",\n") + text.rstrip("\n")
            sys.stdout.write(text)
            printed += 1
        if many_json:
            sys.stdout.write("\n]\n" if printed else "[]\n")
        sys.stdout.flush()
    failures.finish(inputs.seen)


def _warn(outcome, failures: Failures) -> None:
    """Tell on stderr what the user must know: lines not kept, and text that is not
    minutes, which also makes the exit code 1 (its record is written all the same)."""
    for warning in outcome.notices():
        if warning["code"] == "no_structure":
            failures.doubt(f"{outcome.path}: {warning['message']}")
        elif warning["code"] == "unassigned_line":
            where = f" (line {warning['line']})" if warning["line"] else ""
            click.echo(f"minutes: {outcome.path}: warning: {warning['message']}{where}", err=True)


def _parse_csv(files, outcomes, out_dir, table, excel, force, failures) -> None:
    import io

    from .batch import InputGuard, OutputError, write_atomic
    from .exporters.tables import write_table

    records = []
    for outcome in outcomes:
        if outcome.error:
            failures.add(outcome.error)
        else:
            _warn(outcome, failures)
            records.append(outcome.record)
    tables = [table] if table else (list(TABLE_NAMES) if out_dir else ["meetings"])
    for name in tables:
        buffer = io.StringIO()
        if excel:
            buffer.write("\ufeff")
        write_table(records, name, buffer, excel=excel)
        if out_dir:
            target = os.path.join(out_dir, f"{name}.csv")
            try:
                write_atomic(target, buffer.getvalue(), force=force, guard=InputGuard(files), newline="")
            except (OutputError, OSError) as exc:
                failures.add(str(exc) if isinstance(exc, OutputError) else f"{target}: {exc.strerror}")
        else:
            with _quiet_pipe():
                sys.stdout.write(buffer.getvalue())
                sys.stdout.flush()


def progress(outcomes, total: int | None):
    """A progress bar on stderr for a long batch, and only when stderr is a terminal."""
    if total is None or total < 2 or not sys.stderr.isatty():
        yield from outcomes
        return
    from rich.console import Console
    from rich.progress import track

    yield from track(outcomes, total=total, description="Läser", console=Console(stderr=True),
                     transient=True)


@main.command()
@click.argument("files", nargs=-1)
@click.option("--owner", metavar="NAME", help="Only this owner's actions: a first name, a full name "
              "or initials, in any case, with or without accents.")
@click.option("--open", "still_open", is_flag=True, help="Leave out the actions the minutes mark done "
              "(a status such as `Klar`, a ticked box).")
@click.option("--db", metavar="FILE", help="Answer from an archive made by `minutes index` instead of files.")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "json", "csv"]), help="A table in the terminal, or data for scripts.")
@input_options
def actions(files, owner, still_open, db, fmt, encoding, debug, jobs, files_from):
    """List who is to do what, across all the given minutes.

    \b
    Examples:
      minutes actions *.txt
      minutes actions --owner Anna *.txt
      minutes actions --owner A-M --format csv protokoll/*.txt > anna-maria.csv
      minutes actions --db arkiv.db --owner Anna --open
    """
    from .batch import parse_parallel
    from .query import owner_matches

    if not files and not files_from and not db:
        raise click.UsageError("give the minutes to read (FILE...) or an archive (--db arkiv.db)")
    inputs = Inputs(files, files_from) if files or files_from else ()
    failures = Failures()
    rows = []
    if db:
        from .exporters import archive
        rows = [r for r in archive.actions(_open_db(db, must_exist=True))
                if (not owner or owner_matches(owner, r["owners"], r["owner_mentions"]))
                and not (still_open and r["done"])]
    for outcome in progress(parse_parallel(inputs, jobs, encoding=encoding, debug=debug), len(files)):
        if outcome.error:
            failures.add(outcome.error)
            continue
        record = outcome.record
        for action in record.actions:
            if owner and not owner_matches(owner, action.owners, action.owner_mentions) or (
                    still_open and action.done):
                continue
            rows.append({"owners": action.owners, "owner_mentions": action.owner_mentions,
                         "text": action.text, "item": action.item, "due": action.due,
                         "file": outcome.path, "line": action.line, "meeting_date": record.meeting.date,
                         "status": action.status, "done": action.done})
    with _quiet_pipe():
        _print_actions(rows, fmt)
    failures.finish(getattr(inputs, "seen", 0))


def _open_db(path: str, must_exist: bool = False):
    import sqlite3

    from .exporters import archive
    if must_exist and not os.path.exists(path):
        raise click.ClickException(f"{path}: no such archive. Make one with `minutes index *.txt --db {path}`")
    try:
        return archive.connect(path)
    except sqlite3.DatabaseError as exc:
        raise click.ClickException(f"{path}: not a minutes archive ({exc}). Give another --db file") from None


@main.command()
@click.argument("files", nargs=-1)
@click.option("--db", metavar="FILE", required=True, help="The SQLite archive to create or update.")
@input_options
def index(files, db, encoding, debug, jobs, files_from):
    """Store minutes in an SQLite archive, for `actions --db` and `search`.

    Indexing a file again replaces its rows; an unchanged file is skipped.

    \b
    Example:
      minutes index protokoll/*.txt --db arkiv.db
    """
    from .batch import parse_parallel
    from .exporters import archive

    inputs = Inputs(files, files_from)
    conn = _open_db(db)
    failures = Failures()
    counts: dict[str, int] = {}
    for outcome in progress(parse_parallel(inputs, jobs, encoding=encoding, debug=debug), inputs.total):
        if outcome.error:
            failures.add(outcome.error)
            continue
        key = outcome.path if outcome.path == "-" else os.path.abspath(outcome.path)
        status = archive.index(conn, outcome.record, key)
        counts[status] = counts.get(status, 0) + 1
    conn.close()
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing"
    click.echo(f"{db}: {summary}", err=True)
    failures.finish(inputs.seen)


@main.command()
@click.argument("query")
@click.option("--db", metavar="FILE", required=True, help="An archive made by `minutes index`.")
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(["table", "json"]))
def search(query, db, fmt):
    """Find agenda items by words in their title or text.

    Every word must occur (as the start of a word; case and accents do not matter).

    \b
    Example:
      minutes search --db arkiv.db "bostad"
    """
    from .exporters import archive

    rows = archive.search(_open_db(db, must_exist=True), query)
    with _quiet_pipe():
        if fmt == "json":
            import json
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
            return
        _print_table(f"{len(rows)} träffar för {query!r}", ("Datum", "Möte", "Punkt", "Utdrag", "Fil", "Rad"),
                     [(r["date"] or "", r["meeting"] or "", " ".join(x for x in (r["number"], r["title"]) if x),
                       r["snippet"], os.path.basename(r["path"]), str(r["start_line"])) for r in rows])


@main.command()
@click.argument("files", nargs=-1)
@click.option("-o", "--output", "out", metavar="FILE", default="-", show_default=True,
              help="The .ics file to write; - for standard output.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@input_options
def calendar(files, out, force, encoding, debug, jobs, files_from):
    """Write coming meetings (VEVENT) and actions with a due date (VTODO) as iCalendar.

    Importing the file again after re-parsing updates the events instead of doubling them.

    \b
    Example:
      minutes calendar protokoll/*.txt -o kalender.ics
    """
    from .batch import InputGuard, OutputError, parse_parallel, write_atomic
    from .exporters.ical import to_ical

    inputs = Inputs(files, files_from)
    failures = Failures()
    records = []
    for outcome in progress(parse_parallel(inputs, jobs, encoding=encoding, debug=debug), inputs.total):
        if outcome.error:
            failures.add(outcome.error)
        else:
            records.append(outcome.record)
    export = to_ical(records)
    for reason in export.skipped:
        click.echo(f"minutes: left out of the calendar: {reason}", err=True)
    if out == "-":
        with _quiet_pipe():
            sys.stdout.buffer.write(export.text)
            sys.stdout.flush()
    else:
        try:
            write_atomic(out, export.text.decode("utf-8"), force=force, guard=InputGuard(files), newline="")
        except OutputError as exc:
            failures.add(str(exc))
        else:
            click.echo(f"{out}: {export.events} events, {export.todos} to-dos", err=True)
    failures.finish(inputs.seen)


def _print_actions(rows: list[dict], fmt: str) -> None:
    if fmt == "json":
        import json
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "csv":
        import csv

        from .exporters.tables import yes_no
        writer = csv.writer(sys.stdout, lineterminator="\r\n")
        writer.writerow(["owners", "text", "item", "due", "file", "line", "meeting_date", "status", "done"])
        for r in rows:
            writer.writerow(["; ".join(r["owners"]), r["text"], r["item"] or "", r["due"] or "",
                             r["file"], r["line"], r["meeting_date"] or "", r["status"] or "", yes_no(r["done"]) or ""])
        return
    from .exporters.tables import task_state

    # a status column where the minutes say how far any task has come
    stated = any(task_state(r["status"], r["done"]) for r in rows)
    _print_table(f"{len(rows)} att göra", ("Vem", "Vad", "Punkt", "Senast", "Fil", "Rad")
                 + (("Status",) if stated else ()),
                 [(", ".join(r["owners"]) or "–", r["text"], r["item"] or "", r["due"] or "",
                   os.path.basename(r["file"]), str(r["line"]))
                  + ((task_state(r["status"], r["done"]) or "",) if stated else ())
                  for r in rows])


def _print_table(title: str, columns, rows) -> None:
    """A rich table; the document's text is escaped, so `[...]` in it is not markup."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=escape(title))
    for column in columns:
        table.add_column(column, overflow="fold", ratio=3 if column in ("Vad", "Utdrag") else 1)
    for row in rows:
        table.add_row(*(escape(cell) for cell in row))
    Console().print(table)


@main.command()
def schema():
    """Print the JSON Schema of the record (the fields of CONTRACT.md).

    \b
    Example:
      minutes schema > minutes.schema.json
    """
    import json

    from .records import Minutes
    click.echo(json.dumps(Minutes.model_json_schema(), ensure_ascii=False, indent=2))


class _quiet_pipe:
    """`minutes parse *.txt | head` ends quietly when the reader goes away."""

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if kind is not None and issubclass(kind, BrokenPipeError):
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except OSError:
                pass
            sys.exit(0)
        return False


if __name__ == "__main__":  # pragma: no cover
    main()
