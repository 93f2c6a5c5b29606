import atexit
import os
import pathlib
import shutil
import tempfile
import textwrap

import pytest

from minutes_cli import parse_text

# The tests keep the compiled patterns (see patterns.py) in a folder of their own,
# never in the user's cache: set before any pattern is compiled, and inherited by
# the `minutes` processes the tests start.
_CACHE = tempfile.mkdtemp(prefix="minutes-test-cache-")
os.environ["MINUTES_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

SAMPLES = pathlib.Path(__file__).resolve().parent.parent / "samples"


def minutes(text: str):
    """Parse an inline snippet written with indentation."""
    return parse_text(textwrap.dedent(text).lstrip("\n"))


@pytest.fixture
def samples():
    return SAMPLES
