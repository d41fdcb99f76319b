"""Printing rows as a plain text table or as JSON."""

from __future__ import annotations

import datetime as dt
import json
import sys


def _json_default(value):
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def print_json(rows, stream=None) -> None:
    json.dump(rows, stream or sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
    (stream or sys.stdout).write("\n")


def print_table(rows: list[dict], columns: list[tuple[str, str]], stream=None) -> None:
    """columns: (key, heading) pairs; empty input prints a short sentence instead."""
    out = stream or sys.stdout
    if not rows:
        out.write("(none)\n")
        return
    cells = [[_cell(row.get(key)) for key, _ in columns] for row in rows]
    widths = [
        max(len(heading), *(len(r[i]) for r in cells)) for i, (_, heading) in enumerate(columns)
    ]
    out.write(
        "  ".join(h.ljust(w) for (_, h), w in zip(columns, widths, strict=True)).rstrip() + "\n"
    )
    for r in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
