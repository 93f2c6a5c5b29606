"""The `minutes` command: a thin layer over the library."""
from __future__ import annotations

import sys

import click

from . import __version__


@click.group()
@click.version_option(__version__, prog_name="minutes")
def main() -> None:
    """Read Swedish meeting minutes into structured records."""


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", default="json", type=click.Choice(["json", "jsonl"]))
def parse(files, fmt):
    """Parse minutes."""
    from .pipeline import parse_file
    for f in files:
        rec = parse_file(f)
        click.echo(rec.model_dump_json(indent=2 if fmt == "json" else None))
