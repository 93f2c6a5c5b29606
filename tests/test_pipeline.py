"""The pipeline's own promises: the cycle collector paused while a document is
parsed, and left as it was found."""
import gc

import pytest

import minutes_cli.pipeline as pipeline
from minutes_cli import parse_text

MINUTES = """\
Minnesanteckningar Nätverket för föreningsstöd

Datum: 2025-09-18
Tid: 13.00-15.30
Plats: Stadshuset, sal B

Deltagare:
Karin Holm, Borås
Ali Haddad, Alingsås
Ingrid Sjöström, ordförande

Förhinder:
Olle Nyberg, Mark

1. Information från kommunerna
Karin berättar om höstens ansökningar. Ali skickar ut underlaget till alla senast 3 oktober.

2. Nästa möte
Nästa möte: 20 november kl 13-15 i Alingsås.

Vid anteckningarna
Ingrid Sjöström
"""


def test_a_parse_leaves_no_cycles_behind_so_a_collection_during_it_could_free_nothing(samples):
    texts = [MINUTES] + [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    for text in texts:
        parse_text(text)          # patterns compiled, caches filled: not garbage of the parse
    gc.collect()
    gc.disable()
    try:
        for text in texts:
            record = parse_text(text)
            assert record.attendees or record.items or record.warnings
            del record
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_the_collector_is_paused_while_the_document_is_parsed(monkeypatch):
    seen = []
    record_data = pipeline.record_data

    def watched(*args):
        seen.append(gc.isenabled())
        return record_data(*args)

    monkeypatch.setattr(pipeline, "record_data", watched)
    assert gc.isenabled()
    record = parse_text(MINUTES)
    assert seen == [False]
    assert gc.isenabled()
    assert [a.owners for a in record.actions] == [["Ali Haddad"]]


def test_a_collector_the_caller_paused_stays_paused_and_a_failed_parse_restores_it(monkeypatch):
    gc.disable()
    try:
        parse_text(MINUTES)
        assert not gc.isenabled()
    finally:
        gc.enable()

    def broken(*args):
        raise RuntimeError("a fault in a stage")

    monkeypatch.setattr(pipeline, "record_data", broken)
    with pytest.raises(RuntimeError):
        parse_text(MINUTES)
    assert gc.isenabled()
