"""Stage 1: bytes -> decoded text.

Finds the encoding (BOM, UTF-8, Windows-1252, Mac Roman, Latin-1), refuses what
is not text with a message that names the fix, and leaves line endings alone:
the lines stage splits them.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import InputError

#: Signatures of files that are documents of another kind, and how to get text out.
_NOT_TEXT = (
    (b"%PDF", "a PDF file", "Save it as text first, e.g. `pdftotext -layout FILE.pdf FILE.txt`"),
    (b"PK\x03\x04", "a zipped document (.docx, .odt or .xlsx)",
     "Save it as plain text (.txt, UTF-8) from Word or LibreOffice, or run "
     "`pandoc FILE.docx -t plain -o FILE.txt`"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Excel file (.doc/.xls)",
     "Save it as plain text (.txt, UTF-8) from Word or LibreOffice"),
    (b"{\\rtf", "an RTF file", "Save it as plain text (.txt, UTF-8), or run `pandoc FILE.rtf -t plain -o FILE.txt`"),
)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Letters that Swedish text is full of, and characters that a wrong 8-bit guess produces.
_SWEDISH = set("åäöÅÄÖéÉü”–’")
_MOJIBAKE = set("ŒŠšœ€…†‡ˆ‰‹›ŽžŸ¶§¬¨∂∑∏πΩ√∫≈≤≥÷◊ﬁﬂ")


# Below this size, Python's own SHA-256 (no OpenSSL to load: ~4 ms of a `minutes parse`
# start-up); above it, hashlib's OpenSSL one, seven times faster per byte. Same digest.
_SMALL_DIGEST = 256 * 1024


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data`, in hex."""
    if len(data) < _SMALL_DIGEST:
        try:
            from _sha256 import sha256            # CPython up to 3.11
        except ImportError:
            try:
                from _sha2 import sha256          # CPython 3.12 and later
            except ImportError:
                from hashlib import sha256
    else:
        from hashlib import sha256
    return sha256(data).hexdigest()


@dataclass(frozen=True, eq=False)
class Decoded:
    """Decoded text and the encoding it was read in."""

    text: str
    encoding: str


def decode(data: bytes, path: str | None = None, encoding: str | None = None) -> Decoded:
    """Decode the bytes of one document; raise InputError for what is not text. A NUL
    character in the text, whatever the encoding (a BOM, then a NUL byte in UTF-8), is
    binary too: the grammar marks what it keeps aside with it."""
    decoded = _decode(data, path, encoding)
    if "\x00" in decoded.text:
        raise _binary(path)
    return decoded


def _binary(path: str | None) -> InputError:
    return InputError(path, "this is a binary file (it contains NUL bytes), not text",
                      "Give minutes the text of the minutes (.txt); export it from "
                      "the program that made the file")


def _decode(data: bytes, path: str | None, encoding: str | None) -> Decoded:
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(path, f"unknown encoding {encoding!r}",
                             "Pass a Python codec name, e.g. --encoding cp1252") from None
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError as exc:
            raise InputError(path, f"the file is not valid {encoding} (byte {exc.start})",
                             "Leave out --encoding to let minutes detect it") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name.replace("-sig", "") + " (BOM)")
            except UnicodeDecodeError:
                break
    for magic, what, fix in _NOT_TEXT:
        if data.startswith(magic):
            raise InputError(path, f"this is {what}, not plain text", fix)
    utf16 = _bomless_utf16(data)
    if utf16:
        return Decoded(data.decode(utf16), utf16)
    if b"\x00" in data:
        raise _binary(path)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = None
    for name in ("cp1252", "mac_roman", "latin-1"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = sum(c in _SWEDISH for c in text) - 3 * sum(c in _MOJIBAKE for c in text)
        if best is None or score > best[0]:
            best = (score, text, name)
    assert best is not None  # latin-1 decodes every byte
    return Decoded(best[1], best[2])


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM shows as a NUL in every other byte of ASCII text, and in few of
    the others: a binary file (a program, an image) has NULs in both."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    for zeros, letters, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.6 * half and letters.count(0) < 0.1 * half:
            try:
                data.decode(name)
                return name
            except UnicodeDecodeError:
                return None
    return None


def read_bytes(path: str) -> bytes:
    """Read a file for decoding; turn the OS's errors into InputError."""
    import os

    if not os.path.exists(path):
        raise InputError(path, "no such file", "Check the path and the file name")
    if os.path.isdir(path):
        raise InputError(path, "this is a folder, not a file",
                         f"Give the files in it, e.g. `minutes parse {path.rstrip('/')}/*.txt`")
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except PermissionError:
        raise InputError(path, "permission denied", "Make the file readable (chmod +r) or copy it") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})", "Check the file and try again") from None
