"""The command line: formats, batches, standard input, owners, exit codes."""
import json

import pytest
from click.testing import CliRunner

from minutes_cli.cli import main
from conftest import SAMPLES

STYRELSE = str(SAMPLES / "styrelseprotokoll.txt")
GRUPP = str(SAMPLES / "strategisk-grupp.txt")


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_parse_prints_one_json_object_for_one_file():
    result = run("parse", STYRELSE)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["schema_version"] == 1 and record["meeting"]["date"] == "2023-03-14"


def test_parse_many_as_json_array_and_as_jsonl():
    array = json.loads(run("parse", STYRELSE, GRUPP).stdout)
    assert [r["meeting"]["date"] for r in array] == ["2023-03-14", "2023-09-21"]
    lines = run("parse", STYRELSE, GRUPP, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(l)["meeting"]["date"] for l in lines] == ["2023-03-14", "2023-09-21"]


def test_parse_reads_standard_input():
    text = (SAMPLES / "strategisk-grupp.txt").read_text(encoding="utf-8")
    record = json.loads(run("parse", "-", input=text.encode("utf-8")).stdout)
    assert record["meeting"]["title"] == "Länsgruppen för mottagande"
    assert record["source"]["path"] == "<stdin>"


def test_output_dir_writes_one_file_per_input_named_after_it(tmp_path):
    result = run("parse", STYRELSE, GRUPP, "--format", "markdown", "-o", str(tmp_path))
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["strategisk-grupp.md", "styrelseprotokoll.md"]
    assert (tmp_path / "styrelseprotokoll.md").read_text(encoding="utf-8").startswith("# Protokoll")


def test_two_inputs_of_one_name_get_two_outputs_in_a_large_batch(tmp_path):
    from minutes_cli.batch import Written, output_path
    taken = Written()
    out = str(tmp_path)
    first = [output_path(f"a/{n:05d}.txt", out, ".json", taken) for n in range(5000)]   # the table grows
    again = [output_path(f"b/{n:05d}.txt", out, ".json", taken) for n in (0, 1234, 4999)]
    assert first[1234].endswith("01234.json") and len(set(first)) == 5000
    assert [p.rsplit("/", 1)[1][:6] for p in again] == ["00000-", "01234-", "04999-"]
    assert len(set(again) | set(first)) == 5003
    assert not taken.add(first[42]) and taken.add(out + "/ny.json")
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "protokoll.txt").write_text((SAMPLES / "styrelseprotokoll.txt").read_text("utf-8"), "utf-8")
    result = run("parse", str(tmp_path / "a" / "protokoll.txt"), str(tmp_path / "b" / "protokoll.txt"),
                 "-o", str(tmp_path / "ut"))
    assert result.exit_code == 0
    names = sorted(p.name for p in (tmp_path / "ut").iterdir())
    assert len(names) == 2 and "protokoll.json" in names and any(n.startswith("protokoll-") for n in names)


def test_csv_table_to_stdout():
    result = run("parse", STYRELSE, "--format", "csv", "--table", "actions")
    header, *rows = result.stdout.splitlines()
    assert header.startswith("file,sha256,owners")
    assert len(rows) == 4


def test_actions_filters_by_first_name_initials_and_accents():
    result = run("actions", "--owner", "per-olof", "--format", "json", STYRELSE, GRUPP)
    owners = [r["owners"] for r in json.loads(result.stdout)]
    assert owners == [["Per-Olof Svanström"], ["Per-Olof Nyström"]]
    by_initials = json.loads(run("actions", "--owner", "P-O", "--format", "json", GRUPP).stdout)
    assert [r["owner_mentions"] for r in by_initials] == [["P-O"]]
    no_accents = json.loads(run("actions", "--owner", "per-olof svanstrom", "--format", "json", STYRELSE).stdout)
    assert [r["line"] for r in no_accents] == [36]


def test_actions_table_in_the_terminal():
    result = run("actions", "--owner", "Lars", STYRELSE)
    assert result.exit_code == 0 and "Lars Ek" in result.stdout and "undersöker" in result.stdout


def test_missing_file_fails_alone_and_the_batch_goes_on(tmp_path):
    result = run("parse", str(tmp_path / "saknas.txt"), STYRELSE, "--format", "jsonl")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["meeting"]["date"] == "2023-03-14"
    assert "saknas.txt: no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exits_2():
    assert run("parse", STYRELSE, "--format", "pdf").exit_code == 2
    assert run("parse").exit_code == 2


@pytest.mark.parametrize("command", [[], ["parse"], ["actions"], ["schema"], ["calendar"], ["index"], ["search"]])
def test_every_help_shows_a_runnable_example(command):
    result = run(*command, "--help")
    assert result.exit_code == 0 and "minutes " in result.stdout.split("Example")[-1]


def test_schema_is_the_records_json_schema():
    schema = json.loads(run("schema").stdout)
    assert {"meeting", "attendees", "actions", "next_meeting"} <= set(schema["properties"])


def test_jobs_keep_order_and_content(tmp_path):
    import pathlib
    files = [str(p) for p in sorted(pathlib.Path(SAMPLES).iterdir())] * 3
    one = run("parse", *files, "--format", "jsonl", "--jobs", "1")
    two = run("parse", *files, "--format", "jsonl", "--jobs", "2")
    # the samples hold one text that is not minutes: written, and exit 1 for it
    assert one.exit_code == two.exit_code == 1
    assert f"3 of {len(files)} inputs may not be minutes" in one.stderr
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == len(files)


def test_files_from_a_list_and_from_standard_input(tmp_path):
    listing = tmp_path / "lista.txt"
    listing.write_text(f"{STYRELSE}\n\n{GRUPP}\n", encoding="utf-8")
    from_file = run("parse", "--files-from", str(listing), "--format", "jsonl")
    from_stdin = run("parse", "--files-from", "-", "--format", "jsonl", input=f"{STYRELSE}\n{GRUPP}\n")
    assert from_file.exit_code == from_stdin.exit_code == 0
    assert [json.loads(l)["meeting"]["date"] for l in from_file.stdout.splitlines()] == ["2023-03-14", "2023-09-21"]
    assert from_stdin.stdout == from_file.stdout
    for jobs in ("1", "2"):
        missing = run("parse", "--files-from", str(tmp_path / "saknas.txt"), "--jobs", jobs)
        assert missing.exit_code == 1 and "saknas.txt: No such file" in missing.stderr


def test_version_from_the_launcher_matches_click():
    import subprocess
    import sys
    fast = subprocess.run([sys.executable, "-c", "import sys; sys.argv=['minutes','--version'];"
                           "from minutes_cli.launch import main; main()"], capture_output=True, text=True)
    assert fast.stdout == run("--version").stdout
    assert "click" not in subprocess.run(
        [sys.executable, "-c", "import sys; sys.argv=['minutes','--version'];"
         "from minutes_cli.launch import main; main(); print(sorted(sys.modules))"],
        capture_output=True, text=True).stdout.split("\n", 1)[1]


def test_actions_open_leaves_out_what_the_minutes_mark_done_from_files_and_from_an_archive(tmp_path):
    doc = tmp_path / "styrgrupp.txt"
    doc.write_text("Minnesanteckningar styrgrupp\nDatum: 2024-04-17\n\nNärvarande: Mats Granberg, Ulrika Svahn\n\n"
                   "4. Aktiviteter\nAktivitet\tAnsvarig\tDatum\tStatus\n"
                   "Uppdatera tidplan\tMats Granberg\t2024-05-15\tPågår\n"
                   "Boka möte med Arkivet\tUlrika Svahn\t2024-05-10\tKlar\n"
                   "Skriva rutin\tUlrika Svahn\t2024-06-01\t\n", encoding="utf-8")
    every = json.loads(run("actions", "--format", "json", str(doc)).stdout)
    assert [(r["text"], r["status"], r["done"]) for r in every] == [
        ("Uppdatera tidplan", "Pågår", False), ("Boka möte med Arkivet", "Klar", True), ("Skriva rutin", None, None)]
    still = json.loads(run("actions", "--open", "--format", "json", str(doc)).stdout)
    assert [r["text"] for r in still] == ["Uppdatera tidplan", "Skriva rutin"]
    table = run("actions", "--open", str(doc)).stdout
    assert "Status" in table and "Pågår" in table and "Arkivet" not in table
    csv_out = run("actions", "--format", "csv", str(doc)).stdout.splitlines()
    assert csv_out[0].endswith(",status,done") and csv_out[2].endswith(",Klar,ja")
    db = tmp_path / "arkiv.db"
    assert run("index", str(doc), "--db", str(db)).exit_code == 0
    from_db = json.loads(run("actions", "--db", str(db), "--open", "--owner", "Ulrika", "--format", "json").stdout)
    assert [(r["text"], r["done"]) for r in from_db] == [("Skriva rutin", None)]
