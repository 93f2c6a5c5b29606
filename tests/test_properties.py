"""Properties over generated minutes-like text and arbitrary text: parsing never
raises, every non-blank line is accounted for, the record validates and
round-trips through JSON."""
from hypothesis import HealthCheck, given, settings

from minutes_cli import parse_text
from minutes_cli.lines import split_lines
from minutes_cli.records import Minutes
from strategies import arbitrary, minutes_like

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def covered(record) -> set[int]:
    """The lines the record says where they went, worked out from the record alone:
    before the first item is header (and people), each item's range is the item,
    after the last item comes the closing and from the first appendix on its range."""
    total = record.source.line_count
    items = record.items
    first = min((i.group_line or i.start_line for i in items), default=total + 1)
    lines = set(range(1, first)) | set(record.source.page_lines)
    for item in items:
        lines |= set(range(item.start_line, item.end_line + 1))
        if item.group_line:
            lines.add(item.group_line)
    last = max((i.end_line for i in items), default=total)
    lines |= set(range(last + 1, total + 1))
    for appendix in record.appendices:
        lines |= set(range(appendix.start_line, appendix.end_line + 1))
    return lines


def check(text: str) -> None:
    record = parse_text(text)
    assert record.source.unassigned_lines == []
    non_blank = {l.number for l in split_lines(text) if not l.blank}
    assert record.source.line_count == len(split_lines(text))
    assert non_blank <= covered(record)
    spans = sorted((i.start_line, i.end_line) for i in record.items)
    assert all(a[1] < b[0] for a, b in zip(spans, spans[1:])), "items overlap"
    again = Minutes.model_validate_json(record.model_dump_json())
    assert again == record
    for fact in record.actions + record.decisions + record.attendees + record.calendar:
        assert 1 <= fact.line <= record.source.line_count


@SETTINGS
@given(minutes_like)
def test_minutes_like_text(text):
    check(text)


@SETTINGS
@given(arbitrary)
def test_arbitrary_text(text):
    check(text)
