"""Bad input gets a clear message naming the file and the fix, a non-zero exit
code, no traceback; the other files of the batch are still written."""
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from minutes_cli.cli import main
from conftest import SAMPLES

GOOD = SAMPLES / "strategisk-grupp.txt"


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def batch_with(bad, tmp_path, expect):
    """Run a batch of one bad input and one good file into -o; check both outcomes."""
    out = tmp_path / "ut"
    result = run("parse", bad, GOOD, "-o", out)
    assert result.exit_code == 1, result.output
    assert expect in result.stderr and str(bad) in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.rstrip().endswith(result.stderr.splitlines()[-1])
    assert "1 of 2 inputs failed" in result.stderr
    written = json.loads((out / "strategisk-grupp.json").read_text(encoding="utf-8"))
    assert written["meeting"]["date"] == "2023-09-21"
    return result


def test_missing_path(tmp_path):
    batch_with(tmp_path / "saknas.txt", tmp_path, "no such file. Check the path")


def test_directory(tmp_path):
    folder = tmp_path / "mapp"
    folder.mkdir()
    batch_with(folder, tmp_path, "this is a folder, not a file. Give the files in it")


def test_unreadable_file_message(monkeypatch, tmp_path):
    """Root can read any file, so the OS error is simulated where the file is opened."""
    import builtins
    locked = tmp_path / "last.txt"
    locked.write_text("Protokoll", encoding="utf-8")
    real_open = builtins.open

    def deny(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", deny)
    batch_with(locked, tmp_path, "permission denied. Make the file readable")


@pytest.mark.parametrize("content,expect", [
    (b"", "the file is empty"),
    (b"\n  \r\n\t\n\x0c\n", "the file holds only blank lines"),
])
def test_empty_and_blank_files(tmp_path, content, expect):
    empty = tmp_path / "tom.txt"
    empty.write_bytes(content)
    batch_with(empty, tmp_path, expect)


def test_binary_file(tmp_path):
    binary = tmp_path / "bild.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    batch_with(binary, tmp_path, "binary file (it contains NUL bytes)")


def test_a_program_whose_nuls_fall_like_utf_16s_is_a_binary_file_too(tmp_path):
    # a program's header: NULs in every other byte, as in UTF-16 text, and in the rest too
    program = tmp_path / "protokoll.txt"
    program.write_bytes(b"\x7fELF\x02\x01\x01\x00" + b"\x00\x00\x03\x00>\x00\x01\x00\xd0a\x00\x00" * 40)
    batch_with(program, tmp_path, "binary file (it contains NUL bytes)")


@pytest.mark.parametrize("name,magic,expect", [
    ("protokoll.docx", b"PK\x03\x04\x14\x00\x06\x00", "pandoc"),
    ("protokoll.odt", b"PK\x03\x04\x14\x00\x00\x08", "Save it as plain text"),
    ("protokoll.pdf", b"%PDF-1.4\n%\xe2\xe3", "pdftotext"),
])
def test_documents_given_by_mistake(tmp_path, name, magic, expect):
    document = tmp_path / name
    document.write_bytes(magic + b"\x00" * 64)
    batch_with(document, tmp_path, expect)


def test_text_that_is_not_minutes_is_parsed_and_written_but_exits_1_with_the_fix(tmp_path):
    result = run("parse", SAMPLES / "inte-protokoll.txt")
    assert result.exit_code == 1
    assert "inte-protokoll.txt: no minutes structure found" in result.stderr
    assert "check that this is minutes" in result.stderr and "Traceback" not in result.stderr
    record = json.loads(result.stdout)
    assert record["meeting"]["title"] == "Inköpslista till sommarstugan"
    # in a batch the others are written too, and the end names it apart from what failed
    out = tmp_path / "ut"
    result = run("parse", SAMPLES / "inte-protokoll.txt", GOOD, "-o", out)
    assert result.exit_code == 1
    assert "1 of 2 inputs may not be minutes (their records were written)" in result.stderr
    assert "failed" not in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["inte-protokoll.json", "strategisk-grupp.json"]
    assert record["source"]["unassigned_lines"] == []


def test_other_encodings_come_out_right_and_are_named(tmp_path):
    text = (GOOD).read_text(encoding="utf-8").replace("Plats:", "Plats: ”Sal Ö” –")
    for codec, name in (("cp1252", "cp1252"), ("utf-16", "utf-16 (BOM)"), ("utf-8-sig", "utf-8 (BOM)")):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(text.encode(codec))
        record = json.loads(run("parse", path).stdout)
        assert record["source"]["encoding"] == name
        assert record["meeting"]["location"].startswith("”Sal Ö” – Borås stad")
        assert record["attendees"][0]["name"] == "Per-Olof Nyström"


def test_encoding_option_overrides_detection(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Protokoll\nPlats: Älvsjö\n".encode("latin-1"))
    record = json.loads(run("parse", path, "--encoding", "latin-1").stdout)
    assert record["meeting"]["location"] == "Älvsjö" and record["source"]["encoding"] == "latin-1"
    bad = run("parse", path, "--encoding", "klingon")
    assert bad.exit_code == 1 and "unknown encoding 'klingon'" in bad.stderr


def test_line_endings_form_feeds_and_odd_spaces(tmp_path):
    text = "Protokoll\r\nDatum:\u00a02023-05-04\rTid: kl.\u200b 9-12\n\x0c1. Inledning\r\n\r\nText.\n"
    path = tmp_path / "blandat.txt"
    path.write_bytes(text.encode("utf-8"))
    record = json.loads(run("parse", path).stdout)
    assert (record["meeting"]["date"], record["meeting"]["start_time"]) == ("2023-05-04", "09:00")
    assert [i["title"] for i in record["items"]] == ["Inledning"]
    assert record["source"]["line_count"] == 6 and record["source"]["unassigned_lines"] == []


def test_existing_output_is_replaced_only_with_force(tmp_path):
    out = tmp_path / "ut"
    assert run("parse", GOOD, "-o", out).exit_code == 0
    again = run("parse", GOOD, "-o", out)
    assert again.exit_code == 1 and "exists already. Pass --force" in again.stderr
    assert run("parse", GOOD, "-o", out, "--force").exit_code == 0


def test_input_file_is_never_overwritten(tmp_path):
    source = tmp_path / "mote.json"
    source.write_text((GOOD).read_text(encoding="utf-8"), encoding="utf-8")
    before = source.read_bytes()
    result = run("parse", source, "-o", tmp_path, "--force")
    assert result.exit_code == 1 and "is one of the input files" in result.stderr
    assert source.read_bytes() == before


def test_same_name_in_two_folders_gets_two_outputs(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "protokoll.txt").write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "ut"
    result = run("parse", tmp_path / "a" / "protokoll.txt", tmp_path / "b" / "protokoll.txt", "-o", out)
    assert result.exit_code == 0
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 2 and "protokoll.json" in names and any(n.startswith("protokoll-") for n in names)


def test_output_is_whole_or_absent(tmp_path, monkeypatch):
    """A write that fails half-way leaves no partial file and no temporary file."""
    from minutes_cli import batch
    out = tmp_path / "ut"
    out.mkdir()

    class Boom(OSError):
        strerror = "disk full"

    real_replace = os.replace

    def failing_replace(src, dst):
        raise Boom()

    monkeypatch.setattr(batch.os, "replace", failing_replace)
    result = run("parse", GOOD, "-o", out)
    monkeypatch.setattr(batch.os, "replace", real_replace)
    assert result.exit_code == 1 and "disk full" in result.stderr
    assert list(out.iterdir()) == []


def test_closed_pipe_ends_quietly():
    files = [str(SAMPLES / name) for name in sorted(os.listdir(SAMPLES))] * 20
    proc = subprocess.run(
        f"{sys.executable} -m minutes_cli.cli parse --format jsonl {' '.join(files)} | head -c 100",
        shell=True, capture_output=True, text=True)
    assert len(proc.stdout) == 100
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


def test_debug_shows_the_traceback_of_an_unexpected_error(monkeypatch):
    from minutes_cli import pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(pipeline, "parse_text", broken)
    quiet = run("parse", GOOD)
    assert quiet.exit_code == 1 and "could not be parsed (RuntimeError: a bug)" in quiet.stderr
    assert "Traceback" not in quiet.stderr
    loud = run("parse", GOOD, "--debug")
    assert isinstance(loud.exception, RuntimeError)


def test_a_nul_byte_after_a_bom_is_a_binary_file_too(tmp_path):
    # the BOM settles the encoding before the bytes are looked at: the NUL is found in the text
    odd = tmp_path / "protokoll.txt"
    odd.write_bytes("\ufeffMinnesanteckningar\n\nNärvarande: Anna Berg (Borås\x00 stad)\n".encode("utf-8"))
    batch_with(odd, tmp_path, "binary file (it contains NUL bytes)")
