"""Read the CSV/TSV/XLSX files people actually have, for every import (design §6).

Coordinators bring spreadsheets saved by Excel on Windows (cp1252, semicolons), by Google Sheets
(UTF-8, commas), by a funder's system (UTF-8 with BOM) or as .xlsx. This module turns any of them
into a plain `Table` of stripped strings with the row numbers the user sees in the spreadsheet, and
offers header matching (dates and birth years are read by dates.py) so that each importer only has
to deal with meaning. Every failure to read a file is an `ImportFileError` whose text is one sentence for the user.

No Qt here; openpyxl is imported only when an Excel file is read, to keep the command line fast.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from peerdesk.domain.csvsafe import write_csv
from peerdesk.domain.text import fold
from peerdesk.i18n import translate

__all__ = [
    "ATTENDANCE_FIELDS",
    "MEMBER_FIELDS",
    "RESOURCE_FIELDS",
    "ColumnMatch",
    "ImportFileError",
    "Problem",
    "Row",
    "Table",
    "match_columns",
    "normalize_header",
    "read_table",
    "read_table_bytes",
    "write_problems_csv",
]


class ImportFileError(Exception):
    """The file as a whole cannot be read; str() is one plain sentence to show the user."""


@dataclass(slots=True)
class Row:
    """One data row: `number` is the row number shown by a spreadsheet (the header is usually 1)."""

    number: int
    values: list[str]


@dataclass(slots=True)
class Table:
    """Headers and data rows; every row has exactly one value per header (missing cells are "")."""

    headers: list[str]
    rows: list[Row]


# --------------------------------------------------------------------------------------------
# Reading files


_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and any password-protected Office file
_EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
# C0 controls that never occur in real text tables (tab, LF, VT, FF, CR are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def read_table(path: str | Path) -> Table:
    """Read a .xlsx, .csv, .tsv or .txt file; see `read_table_bytes` for what is accepted."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(
            translate("Imports", "The file {name} does not exist.").format(name=path.name)
        ) from None
    except IsADirectoryError:
        raise ImportFileError(
            translate("Imports", "{name} is a folder, not a file.").format(name=path.name)
        ) from None
    except PermissionError:
        raise ImportFileError(
            translate("Imports", "You do not have permission to open {name}.").format(
                name=path.name
            )
        ) from None
    except OSError as exc:
        reason = (exc.strerror or translate("Imports", "unknown error")).rstrip(".").lower()
        raise ImportFileError(
            translate("Imports", "The file {name} could not be read ({reason}).").format(
                name=path.name, reason=reason
            )
        ) from None
    return read_table_bytes(data, path.name)


def read_table_bytes(data: bytes, name: str) -> Table:
    """Parse file contents; `name` (the file name) picks the format and appears in error messages.

    The content decides before the name does: a zip is read as Excel even when renamed to .csv,
    because "save as" mistakes are common and the user cannot see the difference.
    """
    suffix = Path(name).suffix.lower()
    if data.startswith(_OLE_MAGIC) or suffix == ".xls":
        raise ImportFileError(
            translate(
                "Imports",
                "{name} is an old-style or password-protected Excel file; "
                "save it as .xlsx or CSV without a password and try again.",
            ).format(name=name)
        )
    if suffix in {".ods", ".numbers"}:
        raise ImportFileError(
            translate(
                "Imports", "{name} cannot be read; save it as .xlsx or CSV and try again."
            ).format(name=name)
        )
    if suffix in _EXCEL_SUFFIXES or data.startswith(_ZIP_MAGIC):
        raw = _xlsx_rows(data, name)
    else:
        raw = _text_rows(data, name, suffix)
    return _build_table(raw, name)


def _xlsx_rows(data: bytes, name: str) -> list[list[str]]:
    """Rows of the first worksheet as strings; any failure inside openpyxl means "not readable"."""
    import openpyxl  # lazy: importing openpyxl costs ~100 ms that the CLI should not pay

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # BadZipFile, KeyError, XML errors, …: all mean the same to the user
        raise ImportFileError(
            translate("Imports", "{name} is not a readable Excel file.").format(name=name)
        ) from None
    try:
        if not workbook.worksheets:
            raise ImportFileError(
                translate("Imports", "{name} has no worksheet.").format(name=name)
            )
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some writers store a wrong size; read what is really there
        # iter_rows yields an empty tuple for each missing row, so enumerate gives row numbers.
        return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    except ImportFileError:
        raise
    except Exception:
        raise ImportFileError(
            translate("Imports", "{name} is not a readable Excel file.").format(name=name)
        ) from None
    finally:
        workbook.close()


def _cell_text(value: Any) -> str:
    """What the user would type for this cell: dates as ISO, 1980.0 as "1980", empty as ""."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M") if not value.second else value.strftime("%H:%M:%S")
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)


def _decode(data: bytes, name: str) -> str:
    """UTF-16 with BOM (Excel "Unicode text"), else UTF-8 with or without BOM, else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFileError(
                translate("Imports", "{name} is not a readable text file.").format(name=name)
            ) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d are undefined in cp1252
        return data.decode("latin-1")


def _text_rows(data: bytes, name: str, suffix: str) -> list[list[str]]:
    text = _decode(data, name)
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or (controls > 2 and controls * 100 > len(text)):
        raise ImportFileError(
            translate("Imports", "{name} does not look like a text or spreadsheet file.").format(
                name=name
            )
        )
    text = _CONTROL.sub("", text)  # a few stray control characters (e.g. DOS end-of-file) go
    if not text.strip():
        raise ImportFileError(translate("Imports", "The file {name} is empty.").format(name=name))
    delimiter = _sniff_delimiter(text, suffix)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    try:
        return list(reader)
    except csv.Error:
        raise ImportFileError(
            translate(
                "Imports", "{name} could not be read as a table (a cell may be extremely long)."
            ).format(name=name)
        ) from None


def _sniff_delimiter(text: str, suffix: str) -> str:
    """Pick `,` `;` or tab by counting them in the first non-blank line, outside quotes.

    csv.Sniffer guesses wrongly on short files and on names with commas; the header line is
    what a person would look at, and it rarely contains the delimiter inside a name.
    On a tie, tab beats `;` beats `,` (commas are the likeliest to appear inside header text).
    """
    counts = dict.fromkeys("\t;,", 0)
    padding = counts
    in_quotes = just_closed = False
    field_start = True
    has_content = False
    for ch in text:
        if in_quotes:
            if ch == '"':
                in_quotes, just_closed = False, True
            continue
        if ch == '"' and (field_start or just_closed):  # opening quote, or "" inside quotes
            in_quotes, has_content, field_start = True, True, False
        elif ch in counts:
            counts[ch] += 1
            field_start = True
        elif ch in "\r\n":
            if has_content:
                break
            # a line of only delimiters is blank, but says which delimiter an empty file uses
            if any(counts.values()):
                padding = counts
            counts = dict.fromkeys("\t;,", 0)
            field_start = True
        else:
            field_start = False
            if not ch.isspace():
                has_content = True
        just_closed = False
    if not has_content:
        counts = padding
    best = max(counts, key=lambda d: counts[d])  # dict order gives the tie-break
    if counts[best]:
        return best
    return "\t" if suffix in {".tsv", ".tab"} else ","


def _build_table(raw: list[list[str]], name: str) -> Table:
    """Strip values, skip blank rows (keeping their numbers), name empty and duplicate headers."""
    rows: list[Row] = []
    header: list[str] | None = None
    for number, cells in enumerate(raw, start=1):
        values = [_clean(c) for c in cells]
        if not any(values):
            continue
        if header is None:
            header = values
        else:
            rows.append(Row(number, values))
    if header is None:
        raise ImportFileError(translate("Imports", "The file {name} is empty.").format(name=name))

    # Keep every column that has a header or any data; drop trailing/leading empty padding.
    width = max([len(header)] + [len(r.values) for r in rows])
    used = [False] * width
    for values in [header] + [r.values for r in rows]:
        for i, v in enumerate(values):
            if v:
                used[i] = True
    keep = [i for i in range(width) if used[i]]
    for row in rows:
        padded = row.values + [""] * (width - len(row.values))
        row.values = [padded[i] for i in keep]
    header += [""] * (width - len(header))
    return Table(_unique_headers([header[i] for i in keep], keep), rows)


def _clean(cell: str) -> str:
    return cell.strip().replace("\r\n", "\n").replace("\r", "\n")


def _unique_headers(headers: list[str], positions: list[int]) -> list[str]:
    """Empty header -> "Column N" (N counted as in the file); a repeat -> "Email (2)"."""
    real = {h.casefold() for h in headers if h}
    seen: set[str] = set()
    result = []
    for header, position in zip(headers, positions, strict=True):
        base = header or translate("Imports", "Column {n}").format(n=position + 1)
        candidate, n = base, 1
        while candidate.casefold() in seen or (not header and candidate.casefold() in real):
            n += 1
            candidate = f"{base} ({n})"
        seen.add(candidate.casefold())
        result.append(candidate)
    return result


# --------------------------------------------------------------------------------------------
# Header matching


def normalize_header(text: str) -> str:
    """Comparable form of a header: "E-mail" -> "email", "First Name" -> "firstname".

    Accents, case, spaces, underscores and punctuation do not matter, and a trailing remark in
    brackets ("Email (optional)", "Birth year [YYYY]") is ignored.
    """
    without_remark = re.sub(r"\s*[\(\[][^\)\]]*[\)\]]\s*$", "", text)
    folded = fold(without_remark or text) or fold(text)
    return folded.replace(" ", "")


@dataclass(slots=True)
class ColumnMatch:
    """Which column feeds which field; `unknown` headers are ignored, `missing` fields are absent."""

    mapping: dict[str, int]
    unknown: list[str]
    missing: list[str]

    def value(self, row: Row, key: str) -> str:
        """The row's value for a field, "" when the field has no column."""
        index = self.mapping.get(key)
        return "" if index is None else row.values[index]


def match_columns(headers: list[str], fields: Mapping[str, Iterable[str]]) -> ColumnMatch:
    """Assign columns to fields by synonyms; each column feeds at most one field.

    The field key itself ("birth_year") is always a synonym. Matching goes by synonym rank
    across all fields, so a field's own name beats another field's loose synonym ("Preferred
    name" and "Name" both present: the first goes to preferred_name). Among columns with the
    same header, the first (leftmost) wins; the others are reported as unknown.
    """
    normalized = [normalize_header(h) for h in headers]
    ranked: dict[str, list[str]] = {}
    for key, synonyms in fields.items():
        names = [normalize_header(key)]
        for synonym in synonyms:
            n = normalize_header(synonym)
            if n and n not in names:
                names.append(n)
        ranked[key] = names
    mapping: dict[str, int] = {}
    used: set[int] = set()
    depth = max((len(v) for v in ranked.values()), default=0)
    for rank in range(depth):
        for key, names in ranked.items():
            if key in mapping or rank >= len(names):
                continue
            for index, header in enumerate(normalized):
                if index not in used and header == names[rank]:
                    mapping[key] = index
                    used.add(index)
                    break
    unknown = [h for i, h in enumerate(headers) if i not in used]
    missing = [key for key in fields if key not in mapping]
    return ColumnMatch(mapping, unknown, missing)


MEMBER_FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "preferred_name": ("preferred name", "preferred", "nickname", "known as", "name"),
        # English first; then the French/German headers that semicolon (European Excel) files carry
        "first_name": (
            "first name",
            "first",
            "given name",
            "forename",
            "firstname",
            "prénom",
            "vorname",
        ),
        "last_name": (
            "last name",
            "surname",
            "family name",
            "last",
            "lastname",
            "nom",
            "nom de famille",
            "nachname",
        ),
        "full_name": ("full name", "fullname"),
        "pronouns": ("pronouns", "pronoun"),
        "phone": (
            "phone",
            "telephone",
            "tel",
            "mobile",
            "cell",
            "phone number",
            "téléphone",
            "telefon",
        ),
        "email": ("email", "e-mail", "email address", "mail", "courriel"),
        "birth_year": (
            "birth year",
            "year of birth",
            "yob",
            "dob",
            "date of birth",
            "birthdate",
            "birthday",
            "date de naissance",
            "année de naissance",
            "geburtsjahr",
            "geburtsdatum",
        ),
        "gender": ("gender", "sex"),
        "ethnicity": ("ethnicity", "race", "ethnic group"),
        "postal_code": ("postal code", "postcode", "zip", "zip code"),
        "consent_contact": ("consent", "consent to contact", "ok to contact", "may contact"),
        "emergency_contact": ("emergency contact",),
        "joined_on": ("joined", "joined on", "start date", "member since"),
        # notes are deliberately absent: confidential notes are never imported
    }
)

ATTENDANCE_FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "date": ("date", "meeting date", "session date"),
        "group": ("group", "group name", "meeting", "circle"),
        "name": ("name", "member", "participant", "full name", "attendee"),
        "member_uuid": ("uuid", "member uuid", "member id"),
        "status": ("status", "attendance"),
    }
)

RESOURCE_FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "title": ("title", "name", "resource"),
        "category": ("category", "type", "kind"),
        "description": ("description",),
        "phone": ("phone",),
        "url": ("url", "website", "web", "link"),
        "address": ("address",),
        "hours": ("hours", "opening hours"),
        "languages": ("languages", "language"),
        "tags": ("tags", "tag", "keywords"),
        "last_reviewed": ("last reviewed", "reviewed", "reviewed on"),
        "reviewed_by": ("reviewed by",),
    }
)


# --------------------------------------------------------------------------------------------
# Problems


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an import: spreadsheet row number, header of the column, message."""

    row: int
    column: str
    message: str


def write_problems_csv(problems: Iterable[Problem], path: str | Path) -> int:
    """Save problems as "row,column,message" so the user can fix the file in a spreadsheet.

    Cells are formula-neutralised: the messages quote the user's own (untrusted) data.
    Returns the number of problems written.
    """
    header = [
        translate("Imports", "row"),
        translate("Imports", "column"),
        translate("Imports", "message"),
    ]
    return write_csv(path, header, ((p.row, p.column, p.message) for p in problems))
