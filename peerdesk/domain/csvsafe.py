"""CSV writing that is safe to open in a spreadsheet (design §3 rule 7).

Every CSV the app writes (exports, reports, import problem lists) goes through here so that
formula neutralisation, the BOM Excel needs, and atomic replacement are done once, correctly.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from numbers import Number
from pathlib import Path
from typing import Any

from peerdesk.domain.files import atomic_output

# A text cell starting with one of these is run as a formula (or a DDE payload) by Excel,
# LibreOffice and Google Sheets; tab and CR are included because Excel strips them first.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Return `value` ready for a CSV cell: numbers unchanged, text neutralised with a leading `'`.

    Numbers stay numbers so spreadsheets can sum them; only text can smuggle a formula
    (a member named "=HYPERLINK(...)" must not become a live link in a funder's spreadsheet).
    None becomes "" and other objects (dates, …) their string form.
    """
    if value is None:
        return ""
    if isinstance(value, Number):  # bool is an int too: written as True/False text
        return value
    text = value if isinstance(value, str) else str(value)
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def write_csv(
    path: str | os.PathLike[str], header: Sequence[Any], rows: Iterable[Sequence[Any]]
) -> int:
    """Write a UTF-8-with-BOM CSV atomically and return the number of data rows written.

    The file appears complete or not at all: rows go to a temporary file in the same folder
    (so os.replace is a rename on one file system), which is flushed and fsynced before it
    replaces `path`. If anything fails — including the `rows` iterator raising midway — the
    temporary file is removed and an existing file at `path` is left untouched. The temporary
    file is created readable by the user only, and the finished file keeps that mode.
    """
    count = 0
    with atomic_output(Path(path)) as raw:
        handle = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        writer = csv.writer(handle)
        writer.writerow([csv_safe(v) for v in header])
        for row in rows:
            writer.writerow([csv_safe(v) for v in row])
            count += 1
        handle.flush()
        handle.detach()  # atomic_output fsyncs, closes and renames the binary file itself
    return count
