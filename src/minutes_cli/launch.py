"""The `minutes` program's entry point: answers `--version` before importing
click, and hands everything else to the command line in cli.py."""
from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from . import __version__

        print(f"minutes, version {__version__}")   # the words click's version option prints
        return
    from .cli import main as cli_main

    cli_main()
