"""Stage 7: records -> files. Each exporter knows only the records."""
from __future__ import annotations

#: Output formats and the file ending each writes.
FORMATS = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "markdown": ".md"}
