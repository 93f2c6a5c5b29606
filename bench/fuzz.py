"""Fuzz the parser: mutated samples and random text, checking its promises.

    python bench/fuzz.py                 # 100,000 inputs, seed 1
    python bench/fuzz.py 20000 7         # count, seed

Each input is a sample cut, shuffled, duplicated, re-encoded, or sprinkled with
junk bytes and characters, or plain random text. For each it checks: only
InputError may be raised; every non-blank line is accounted for; the record
round-trips through JSON; the plain record of `minutes parse` is the models'
record; every fact's line is inside the document. Prints the
count and every finding (at most 20 shown), and exits 1 if there was one.
"""
from __future__ import annotations

import pathlib
import random
import sys
import time
import traceback

from minutes_cli.errors import InputError
from minutes_cli.pipeline import parse_bytes
from minutes_cli.records import Minutes
from minutes_cli.validation import dump_json

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").iterdir())]
JUNK = ["\u00a0", "\u200b", "\x0c", "\t", "\ufeff", "§", "**", "- o ", "●", "❖", "|", ":", "(", ")",
        "1. ", "§ 9 ", "# ", "\r", "\r\n", "att ", "Beslut: ", "Ansvarig: ", "Nästa möte", "Vakant",
        "kl. 15-18", "2022-09-22", "22/9-22", "v 42", "—", "”", "\x00", "\ud7ff", "é", "ö"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "mac_roman"]


def mutate(rng: random.Random) -> bytes:
    kind = rng.random()
    if kind < 0.1:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(400)))
    if kind < 0.2:
        return "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(160, 0x2FFF)]))
                       for _ in range(rng.randrange(400))).encode("utf-8")
    lines = rng.choice(SAMPLES).split("\n")
    for _ in range(rng.randrange(1, 8)):
        op = rng.randrange(6)
        if not lines:
            break
        i = rng.randrange(len(lines))
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(rng.randrange(len(lines) + 1), lines[i])
        elif op == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3:
            cut = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:cut] + rng.choice(JUNK) + lines[i][cut:]
        elif op == 4:
            lines = lines[:i] if rng.random() < 0.5 else lines[i:]
        else:
            lines[i] = lines[i].upper() if rng.random() < 0.5 else lines[i].lower()
    text = rng.choice(["\n", "\r\n", "\r"]).join(lines)
    codec = rng.choice(ENCODINGS)
    data = text.encode(codec, errors="replace")
    if rng.random() < 0.1 and data:
        k = rng.randrange(len(data))
        data = data[:k] + bytes([rng.randrange(256)]) + data[k + 1:]
    return data


REFUSED = "refused"


def check(data: bytes) -> str | None:
    """None when every promise holds, REFUSED for an InputError, else the problem."""
    try:
        record = parse_bytes(data, "fuzz.txt")
    except InputError:
        return REFUSED
    except Exception:
        return traceback.format_exc(limit=3)
    if record.source.unassigned_lines:
        return f"unassigned lines {record.source.unassigned_lines[:5]}"
    if Minutes.model_validate_json(record.model_dump_json()) != record:
        return "the JSON does not round-trip"
    if dump_json(parse_bytes(data, "fuzz.txt", plain=True)) != record.model_dump_json():
        return "the plain record (minutes parse's JSON) is not the models' record"
    total = record.source.line_count
    for fact in record.actions + record.decisions + record.attendees + record.absent + record.calendar:
        if not 1 <= fact.line <= total:
            return f"line {fact.line} outside 1..{total}"
    return None


def main(count: int = 100_000, seed: int = 1) -> int:
    rng = random.Random(seed)
    findings: list[tuple[bytes, str]] = []
    refused = 0
    start = time.perf_counter()
    for n in range(count):
        data = mutate(rng)
        problem = check(data)
        if problem == REFUSED:
            refused += 1
        elif problem:
            findings.append((data, problem))
        if n and n % 20_000 == 0:
            print(f"  {n} inputs, {len(findings)} findings, {time.perf_counter() - start:.0f} s", flush=True)
    elapsed = time.perf_counter() - start
    print(f"fuzz: {count} inputs (seed {seed}) in {elapsed:.0f} s, {refused} refused with a "
          f"message (InputError), {len(findings)} findings")
    for data, problem in findings[:20]:
        print("----", repr(data[:120]))
        print(problem)
    return 1 if findings else 0


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    sys.exit(main(*args))
