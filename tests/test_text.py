"""Stage 1: bytes -> text."""
import codecs

import pytest

from minutes_cli.errors import InputError
from minutes_cli.text import decode

SWEDISH = "Närvarande: Åsa Öberg, Växjö – ”ordförande”\n"


def test_utf8_plain_and_with_bom():
    assert decode(SWEDISH.encode("utf-8")).encoding == "utf-8"
    with_bom = decode(codecs.BOM_UTF8 + SWEDISH.encode("utf-8"))
    assert with_bom.text == SWEDISH and "BOM" in with_bom.encoding


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert decode(bom + SWEDISH.encode(codec)).text == SWEDISH


def test_utf16_without_bom_is_recognised_by_its_zero_bytes():
    assert decode(SWEDISH.encode("utf-16-le")).text == SWEDISH


def test_windows_1252_keeps_quotes_and_dashes():
    decoded = decode(SWEDISH.encode("cp1252"))
    assert decoded.text == SWEDISH and decoded.encoding == "cp1252"


def test_mac_roman_is_told_from_cp1252():
    decoded = decode("Mötet hölls på Vårdcentralen i Åre\n".encode("mac_roman"))
    assert decoded.encoding == "mac_roman" and "Åre" in decoded.text


def test_latin1_bytes_that_cp1252_cannot_decode():
    data = "Plats: Lokal ö\n".encode("latin-1") + b"\x81"
    assert decode(data).encoding == "latin-1"


@pytest.mark.parametrize("data,word", [
    (b"%PDF-1.7\n...", "PDF"),
    (b"PK\x03\x04rest-of-zip", ".docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1", ".doc"),
    (b"text\x00\x01\x02binary\x00", "binary"),
])
def test_documents_that_are_not_text_are_named_with_the_fix(data, word):
    with pytest.raises(InputError) as caught:
        decode(data, path="x.bin")
    assert word in str(caught.value) and caught.value.path == "x.bin" and caught.value.fix


def test_encoding_override_and_unknown_encoding():
    assert decode("é".encode("cp1252"), encoding="cp1252").text == "é"
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"x", encoding="no-such-codec")
    with pytest.raises(InputError, match="not valid utf-8"):
        decode(b"\xff\xfe\xfa", encoding="utf-8")


def test_sha256_is_the_same_small_or_large():
    import hashlib

    from minutes_cli.text import _SMALL_DIGEST, sha256_hex

    for data in (b"", "Protokoll styrelsem\u00f6te".encode(), b"x" * (_SMALL_DIGEST + 1)):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
