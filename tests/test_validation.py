"""The record validated as plain data (validation.py) against the models."""
import subprocess
import sys

import pydantic
import pytest

from minutes_cli import parse_file, parse_text
from minutes_cli.validation import SCHEMA_FILE, dump_json, schema_text, validate_plain
from conftest import SAMPLES

DOCUMENTS = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md"))


def test_stored_schema_is_the_models_schema():
    with open(SCHEMA_FILE, encoding="utf-8") as stored:
        assert stored.read() == schema_text(), (
            "records.py has changed: run `python -m minutes_cli.validation` to write record_schema.json again")


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_plain_record_is_the_models_record_byte_for_byte(path):
    model = parse_file(path)
    plain = parse_file(path, plain=True)
    assert dump_json(plain, indent=2) == model.model_dump_json(indent=2)
    assert dump_json(plain) == model.model_dump_json()
    assert plain == model.model_dump()


def test_field_order_comes_from_the_schema_not_the_data():
    data = parse_file(SAMPLES / "styrelseprotokoll.txt").model_dump()
    shuffled = {k: data[k] for k in reversed(list(data))}
    shuffled["meeting"] = {k: data["meeting"][k] for k in reversed(list(data["meeting"]))}
    assert list(validate_plain(shuffled)) == list(data)
    assert list(validate_plain(shuffled)["meeting"]) == list(data["meeting"])


def test_a_blank_text_becomes_none_as_in_the_models():
    data = parse_text("Protokoll styrelsemöte 2024-03-12\n\nNärvarande: Anna Berg, Per Holm\n",
                      plain=True)
    for blank in ("   ", "\x1c", ""):
        data["attendees"][0]["role"] = blank
        assert validate_plain(data)["attendees"][0]["role"] is None
    data["attendees"][0]["role"] = "ordförande"
    assert validate_plain(data)["attendees"][0]["role"] == "ordförande"


def test_a_wrong_record_is_refused_with_the_models_message():
    data = parse_text("Minnesanteckningar 2024-03-12 kl. 13.00-15.00\n", plain=True)
    data["meeting"]["start_time"] = "25:00"
    with pytest.raises(pydantic.ValidationError, match="start_time"):
        validate_plain(data)
    data["meeting"]["start_time"] = None
    data["meeting"]["extra"] = "x"
    with pytest.raises(pydantic.ValidationError, match="extra"):
        validate_plain(data)


def test_parse_as_json_does_not_build_the_models_nor_import_regex():
    code = ("import sys; sys.argv = ['minutes', 'parse', sys.argv[1]];"
            "from minutes_cli.launch import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('MODULES', *(m in sys.modules for m in ('minutes_cli.records', 'pydantic.main', 'regex',"
            " 'pydantic_core.core_schema', 'pydantic_core._pydantic_core')))")
    out = subprocess.run([sys.executable, "-c", code, str(SAMPLES / "strategisk-grupp.txt")],
                         capture_output=True, text=True)
    assert '"schema_version": 1' in out.stdout
    # `re` compiles every pattern; pydantic-core's compiled module is loaded without its package
    assert out.stdout.rstrip().endswith("MODULES False False False False True")


def test_the_models_fallback_after_the_compiled_module_alone_uses_that_same_module():
    # a blank role: the stored schema refuses it and the models turn it into None
    code = ("from minutes_cli.validation import validate_plain\n"
            "from minutes_cli import parse_text\n"
            "data = parse_text('Protokoll styrelsemöte 2024-03-12\\n\\nNärvarande: Anna Berg\\n', plain=True)\n"
            "import sys; assert 'pydantic_core' not in sys.modules\n"
            "data['attendees'][0]['role'] = ' '\n"
            "print(validate_plain(data)['attendees'][0]['role'])\n"
            "import pydantic_core, pydantic_core._pydantic_core as core\n"
            "print(pydantic_core.ValidationError is core.ValidationError is sys.modules[core.__name__].ValidationError)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.split() == ["None", "True"], out.stderr


def test_json_of_awkward_characters_is_the_models_json():
    text = ('Protokoll styrelsemöte 2024-03-12\n\nNärvarande: Anna "Ankan" Berg, Per\tHolm\n\n'
            '1. Övrigt\nAnna skickar ut C:\\mallar\\avtal.docx senast 1 april \u2028 ✅ \x1f\x7f 𝔄.\n')
    model = parse_text(text)
    plain = parse_text(text, plain=True)
    assert "C:\\\\mallar" in dump_json(plain) and "\\u001f" in dump_json(plain) and "✅" in dump_json(plain)
    assert dump_json(plain) == model.model_dump_json()
    assert dump_json(plain, indent=2) == model.model_dump_json(indent=2)
