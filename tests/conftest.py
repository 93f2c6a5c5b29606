import pathlib
import textwrap

import pytest

from minutes_cli import parse_text

SAMPLES = pathlib.Path(__file__).resolve().parent.parent / "samples"


def minutes(text: str):
    """Parse an inline snippet written with indentation."""
    return parse_text(textwrap.dedent(text).lstrip("\n"))


@pytest.fixture
def samples():
    return SAMPLES
