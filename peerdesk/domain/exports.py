"""Writing a report (PDF, XLSX, CSV, JSON) and the attendance export, atomically.

The attendance export is de-identified by default: each person appears as a participant code,
an HMAC of their uuid under a random secret kept in the database's settings, so codes are the
same in every export from this database but cannot be turned back into a person. Named exports
add names only (never contact details or notes) under a CONFIDENTIAL line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import itertools
import json
import secrets
from collections.abc import Iterator, Sequence
from pathlib import Path

from peerdesk.domain import reports
from peerdesk.domain.csvsafe import csv_safe, write_csv
from peerdesk.domain.files import atomic_output
from peerdesk.domain.models import Setting, database
from peerdesk.domain.progress import NO_PROGRESS, Progress
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate

REPORT_FORMATS = (".pdf", ".xlsx", ".csv", ".json")
ATTENDANCE_FORMATS = (".csv", ".xlsx")
CODE_SECRET_KEY = "participant_code_secret"
CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "Exports",
    "CONFIDENTIAL: this file names people who attend peer-support groups. "
    "Keep it private and delete it when done.",
)
# Headings for people (XLSX/CSV), in English here and translated when a file is written; the
# JSON keys of design §5 are the dictionary keys and stay English.
FIGURE_LABELS = {
    "meetings_held": QT_TRANSLATE_NOOP("Exports", "Meetings held"),
    "named_attendances": QT_TRANSLATE_NOOP("Exports", "Named attendances"),
    "anonymous_attendances": QT_TRANSLATE_NOOP("Exports", "Anonymous and guest attendances"),
    "total_attendances": QT_TRANSLATE_NOOP("Exports", "Total attendances"),
    "unduplicated_participants": QT_TRANSLATE_NOOP("Exports", "Unduplicated participants"),
    "new_participants": QT_TRANSLATE_NOOP("Exports", "New participants"),
    "returning_participants": QT_TRANSLATE_NOOP("Exports", "Returning participants"),
    "average_attendance": QT_TRANSLATE_NOOP("Exports", "Average attendance per meeting"),
    "retained_participants": QT_TRANSLATE_NOOP("Exports", "Retained participants (3+ attendances)"),
}
DEMOGRAPHIC_LABELS = {
    "age_band": QT_TRANSLATE_NOOP("Exports", "Age band"),
    "gender": QT_TRANSLATE_NOOP("Exports", "Gender"),
    "ethnicity": QT_TRANSLATE_NOOP("Exports", "Ethnicity"),
}


def _tr(text: str) -> str:
    return translate("Exports", text)


def figure_label(name: str) -> str:
    return _tr(FIGURE_LABELS[name])


def demographic_label(name: str) -> str:
    return _tr(DEMOGRAPHIC_LABELS[name])


_BATCH = 20_000


class ExportError(ValueError):
    """str() is one sentence for the user."""


def check_suffix(path: Path, allowed: Sequence[str]) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        raise ExportError(
            translate("Exports", "Choose a file name ending in {endings}.").format(
                endings=", ".join(allowed)
            )
        )
    return suffix


# -- the report --------------------------------------------------------------------------------
def write_report(
    data: dict,
    path: Path,
    *,
    organisation: str = "",
    paper: str = "letter",
    progress: Progress = NO_PROGRESS,
) -> Path:
    """Write `data` (reports.as_dict) to path; the format follows the file name's ending."""
    path = Path(path)
    suffix = check_suffix(path, REPORT_FORMATS)
    progress(0.1, translate("Progress", "Writing {name}").format(name=path.name))
    if suffix == ".pdf":
        from peerdesk.documents.funder_report import build_funder_report

        build_funder_report(path, data, organisation=organisation, paper=paper)
    elif suffix == ".json":
        with atomic_output(path) as fh:
            fh.write(json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
    elif suffix == ".csv":
        header = [
            translate("Exports", "section"),
            translate("Exports", "item"),
            translate("Exports", "value"),
        ]
        write_csv(path, header, _report_csv_rows(data, progress))
    else:
        _write_report_xlsx(data, path, progress)
    progress(1.0, translate("Progress", "Done"))
    return path


def summary_rows(data: dict) -> list[tuple[str, object]]:
    groups = (
        translate("Exports", "All groups") if data["groups"] == "all" else ", ".join(data["groups"])
    )
    return [
        (translate("Exports", "From"), data["from"]),
        (translate("Exports", "To"), data["to"]),
        (translate("Exports", "Groups"), groups),
        *((figure_label(name), data[name]) for name in reports.FIGURES),
    ]


def table_header(first: str) -> list[str]:
    """`first` (already in the reader's language) and the figures' headings."""
    return [first, *(figure_label(name) for name in reports.FIGURES)]


def _report_csv_rows(data: dict, progress: Progress) -> Iterator[list]:
    summary = translate("Exports", "Summary")
    for label, value in summary_rows(data):
        yield [summary, label, value]
    by_month, by_group = (
        translate("Exports", "By month {month}"),
        translate("Exports", "By group {group}"),
    )
    for row in data["by_month"]:
        for name in reports.FIGURES:
            yield [by_month.format(month=row["month"]), figure_label(name), row[name]]
    progress(0.5, translate("Progress", "By group"))
    for row in data["by_group"]:
        for name in reports.FIGURES:
            yield [by_group.format(group=row["group"]), figure_label(name), row[name]]
    for name, rows in data["demographics"].items():
        for row in rows:
            yield [demographic_label(name), row["category"], row["participants"]]


def _write_report_xlsx(data: dict, path: Path, progress: Progress) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = translate("Exports", "Summary")
    _fill(ws, [translate("Exports", "Figure"), translate("Exports", "Value")], summary_rows(data))
    figures = reports.FIGURES
    _fill(
        wb.create_sheet(translate("Exports", "By month")),
        table_header(translate("Exports", "Month")),
        [[row["month"], *(row[n] for n in figures)] for row in data["by_month"]],
    )
    _fill(
        wb.create_sheet(translate("Exports", "By group")),
        table_header(translate("Exports", "Group")),
        [[row["group"], *(row[n] for n in figures)] for row in data["by_group"]],
    )
    progress(0.6, translate("Progress", "Demographics"))
    rows = [
        [demographic_label(name), row["category"], row["participants"]]
        for name, table in data["demographics"].items()
        for row in table
    ]
    header = [
        translate("Exports", "Table"),
        translate("Exports", "Category"),
        translate("Exports", "Participants"),
    ]
    _fill(wb.create_sheet(translate("Exports", "Demographics")), header, rows)
    with atomic_output(path) as fh:
        wb.save(fh)


def _fill(ws, header: list[str], rows) -> None:
    """Header in bold, frozen; numbers as numbers; columns wide enough to read."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(str(h)) for h in header]
    for row in rows:
        ws.append([_cell(v) for v in row])
        widths = [max(w, len(str(v))) for w, v in zip(widths, row, strict=False)]
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 48)


def _cell(value):
    """openpyxl would run a text cell starting with "=" as a formula: neutralise text the CSV way."""
    return value if isinstance(value, int | float) else csv_safe(value)


# -- the attendance export ---------------------------------------------------------------------
def participant_secret() -> bytes:
    """The per-database secret behind participant codes, created on first use."""
    row = Setting.get_or_none(Setting.key == CODE_SECRET_KEY)
    if row is None:
        value = secrets.token_hex(32)
        with database.atomic():
            Setting.insert(key=CODE_SECRET_KEY, value=value).on_conflict_ignore().execute()
        row = Setting.get(Setting.key == CODE_SECRET_KEY)
    return bytes.fromhex(row.value)


def participant_code(secret: bytes, member_uuid: str) -> str:
    digest = hmac.new(secret, member_uuid.encode("ascii"), hashlib.sha256).hexdigest()
    return f"P-{digest[:12].upper()}"


def attendance_header(named: bool) -> list[str]:
    names = (
        [translate("Exports", "Preferred name"), translate("Exports", "Full name")] if named else []
    )
    return [
        translate("Exports", "Date"),
        translate("Exports", "Group"),
        translate("Exports", "Participant code"),
        *names,
        translate("Exports", "Status"),
    ]


def export_attendance(
    start: dt.date,
    end: dt.date,
    path: Path,
    *,
    group_names: Sequence[str] = (),
    named: bool = False,
    progress: Progress = NO_PROGRESS,
) -> int:
    """One row per attendance at held meetings in [start, end]; returns the number of rows."""
    path = Path(path)
    suffix = check_suffix(path, ATTENDANCE_FORMATS)
    if end < start:
        raise ExportError(translate("Exports", "The end date is before the start date."))
    try:
        chosen = reports.resolve_groups(group_names)
    except reports.ReportError as exc:
        raise ExportError(str(exc)) from None
    rows = _attendance_rows(start, end, [g.id for g in chosen] or None, named, progress)
    header = attendance_header(named)
    if suffix == ".csv":
        if named:
            return _write_named_csv(path, header, rows)
        return write_csv(path, header, rows)
    return _write_attendance_xlsx(path, header, rows, named)


def _attendance_rows(start, end, group_ids, named: bool, progress: Progress) -> Iterator[tuple]:
    """Rows straight from one cursor; codes and names are worked out once per person."""
    secret = participant_secret()
    db = database.obj
    where = "m.status = 'held' AND m.date BETWEEN ? AND ?"
    if group_ids is not None:
        where += f" AND m.group_id IN ({','.join(str(int(g)) for g in group_ids)})"
    params = (start.isoformat(), end.isoformat())
    total = db.execute_sql(
        f"SELECT COUNT(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE {where}",
        params,
    ).fetchone()[0]
    people = {}
    for mid, uuid, preferred, full, erased in db.execute_sql(
        "SELECT id, uuid, preferred_name, full_name, erased FROM member"
    ):
        code = participant_code(secret, uuid)
        people[mid] = (code, *(("", "") if erased else (preferred, full))) if named else (code,)
    groups = {gid: name for gid, name in db.execute_sql('SELECT id, name FROM "group"')}
    cursor = db.execute_sql(
        f"SELECT m.date, m.group_id, a.member_id, a.status FROM attendance a "
        f"JOIN meeting m ON m.id = a.meeting_id WHERE {where} ORDER BY m.date, m.group_id, a.id",
        params,
    )
    done = 0
    progress(0.0, translate("Progress", "Exporting {n} attendances").format(n=f"{total:,}"))
    of_total = translate("Progress", "{done} of {total} attendances")
    while batch := cursor.fetchmany(_BATCH):
        for date, gid, mid, status in batch:
            yield (date, groups[gid], *people[mid], status)
        done += len(batch)
        progress(
            done / total if total else 1.0, of_total.format(done=f"{done:,}", total=f"{total:,}")
        )


def _write_named_csv(path: Path, header: list[str], rows) -> int:
    """write_csv with the CONFIDENTIAL line first (the csv module quotes it as one cell)."""
    return write_csv(path, [_tr(CONFIDENTIAL)], itertools.chain([header], rows)) - 1


def _write_attendance_xlsx(path: Path, header: list[str], rows, named: bool) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(translate("Exports", "Attendance"))
    if named:
        ws.append([_tr(CONFIDENTIAL)])
    ws.freeze_panes = "A3" if named else "A2"
    for letter, width in zip("ABCDEF", (12, 28, 18, 20, 28, 12), strict=False):
        ws.column_dimensions[letter].width = width
    bold = Font(bold=True)
    from openpyxl.cell import WriteOnlyCell

    heads = []
    for text in header:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        heads.append(cell)
    ws.append(heads)
    count = 0
    try:
        for row in rows:
            ws.append([_cell(v) for v in row])
            count += 1
    except BaseException:
        with contextlib.suppress(Exception):
            ws.close()  # release openpyxl's temporary sheet file
        raise
    with atomic_output(path) as fh:
        wb.save(fh)
    return count
