"""Sharing the library: CSV export and import (an Open Referral directory: hsds_import.py).

Every import is read into an `ImportPreview` first (what would be added, what is already there,
every problem as (row, column, message)); `apply_import` then writes all of it in one transaction,
or nothing when there is any problem. A resource already in the library (same uuid, or same
title and phone digits) is skipped, so importing the same file twice does not double it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from peerdesk.domain import resources
from peerdesk.domain.csvsafe import write_csv
from peerdesk.domain.dates import detect_date_order, parse_date
from peerdesk.domain.models import Resource, database
from peerdesk.domain.progress import NO_PROGRESS, Progress
from peerdesk.domain.resources import ResourceData, ResourceError
from peerdesk.domain.tabular import (
    RESOURCE_FIELDS,
    ImportFileError,
    Problem,
    Table,
    match_columns,
    read_table,
)
from peerdesk.domain.text import fold
from peerdesk.i18n import translate

LIBRARY_FIELDS = {**RESOURCE_FIELDS, "uuid": ("uuid", "resource uuid")}
EXPORT_HEADER = (
    "Title",
    "Category",
    "Description",
    "Phone",
    "URL",
    "Address",
    "Hours",
    "Languages",
    "Tags",
    "Last reviewed",
    "Reviewed by",
    "UUID",
)
MAX_ZIP_BYTES = 200 * 1024 * 1024  # uncompressed; a county directory is a few MB


class ImportRefused(ValueError):
    """apply_import was asked to write a preview that has problems."""


@dataclass
class ImportPreview:
    source: str  # "library CSV" or "Open Referral directory"
    name: str
    rows: list[tuple[int, ResourceData]] = field(default_factory=list)  # (row, resource) to add
    skipped: list[tuple[int, str, str]] = field(default_factory=list)  # (row, title, reason)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        add = len(self.rows)
        text = (
            translate("Imports", "1 resource to add")
            if add == 1
            else translate("Imports", "{n} resources to add").format(n=add)
        )
        if self.skipped:
            text += translate(
                "Imports", ", {n} skipped (already in the library or inactive)"
            ).format(n=len(self.skipped))
        if self.problems:
            n = len(self.problems)
            text += (
                translate("Imports", "; 1 problem to fix first — nothing will be imported")
                if n == 1
                else translate(
                    "Imports", "; {n} problems to fix first — nothing will be imported"
                ).format(n=n)
            )
        return text + "."


# -- export ----------------------------------------------------------------------------------


def export_library(path: str | Path, progress: Progress = NO_PROGRESS) -> int:
    """Write every resource to a CSV that `read_library_csv` reads back; returns the row count."""
    ids = [rid for (rid,) in Resource.select(Resource.id).order_by(Resource.id).tuples()]

    def rows():
        for i, rid in enumerate(ids):
            if i % 100 == 0:
                progress(i / max(1, len(ids)), translate("Progress", "Writing resources"))
            r = resources.get_resource(rid)
            yield (
                r.title,
                r.category,
                r.description,
                r.phone,
                r.url,
                r.address,
                r.hours,
                r.languages,
                ", ".join(r.tags),
                r.last_reviewed.isoformat() if r.last_reviewed else "",
                r.reviewed_by,
                r.uuid,
            )

    return write_csv(path, EXPORT_HEADER, rows())


# -- shared checks ---------------------------------------------------------------------------


def _unneutralise(value: str) -> str:
    """Undo csvsafe's leading apostrophe ("'+1 555" -> "+1 555") so exports round-trip."""
    if value.startswith("'") and value[1:2] in ("=", "+", "-", "@"):
        return value[1:]
    return value


class Dedup:
    """Knows what the library (and the file so far) already holds."""

    def __init__(self) -> None:
        self.uuids: set[str] = set()
        self.keys: set[tuple[str, str]] = set()
        for uuid, title, phone in Resource.select(
            Resource.uuid, Resource.title, Resource.phone
        ).tuples():
            self.uuids.add(uuid)
            self.keys.add(self._key(title, phone))

    @staticmethod
    def _key(title: str, phone: str) -> tuple[str, str]:
        return fold(title), "".join(ch for ch in phone or "" if ch.isdigit())

    def seen(self, data: ResourceData) -> bool:
        key = self._key(data.title, data.phone)
        if (data.uuid and data.uuid in self.uuids) or key in self.keys:
            return True
        if data.uuid:
            self.uuids.add(data.uuid)
        self.keys.add(key)
        return False


def accept_row(
    preview: ImportPreview,
    dedup: Dedup,
    row: int,
    data: ResourceData,
    column_of: Callable[[str], str],
    today: dt.date,
) -> None:
    try:
        data = resources.cleaned(data, today)
    except ResourceError as exc:
        for name, message in exc.problems.items():
            preview.problems.append(Problem(row, column_of(name), message))
        return
    if dedup.seen(data):
        preview.skipped.append((row, data.title, translate("Imports", "already in the library")))
    else:
        preview.rows.append((row, data))


# -- library CSV -----------------------------------------------------------------------------


def uuid_or_blank(text: str) -> str:
    value = text.strip().lower().replace("-", "")
    return value if len(value) == 32 and all(c in "0123456789abcdef" for c in value) else ""


def preview_library_table(
    table: Table, name: str, progress: Progress = NO_PROGRESS, today: dt.date | None = None
) -> ImportPreview:
    today = today or dt.date.today()
    match = match_columns(table.headers, LIBRARY_FIELDS)
    if "title" in match.missing:
        raise ImportFileError(
            translate(
                "Imports", "{name} has no Title column, so it is not a resource list."
            ).format(name=name)
        )
    preview = ImportPreview(translate("Imports", "library CSV"), name)
    dedup = Dedup()

    def header(key: str) -> str:
        index = match.mapping.get(key)
        return table.headers[index] if index is not None else key

    order = detect_date_order(match.value(r, "last_reviewed") for r in table.rows)
    for i, row in enumerate(table.rows):
        if i % 200 == 0:
            progress(i / max(1, len(table.rows)), translate("Progress", "Checking rows"))

        def get(key: str, row=row) -> str:
            return _unneutralise(match.value(row, key))

        reviewed = None
        if get("last_reviewed"):
            try:
                reviewed = parse_date(get("last_reviewed"), order)
            except ValueError as exc:
                preview.problems.append(Problem(row.number, header("last_reviewed"), str(exc)))
                continue
        data = ResourceData(
            title=get("title"),
            category=get("category"),
            description=get("description"),
            phone=get("phone"),
            url=get("url"),
            address=get("address"),
            hours=get("hours"),
            languages=get("languages"),
            tags=resources.split_tags(get("tags")),
            last_reviewed=reviewed,
            reviewed_by=get("reviewed_by"),
            uuid=uuid_or_blank(get("uuid")),
        )
        accept_row(preview, dedup, row.number, data, header, today)
    return preview


# -- entry points ----------------------------------------------------------------------------


def preview_resources(
    path: str | Path, progress: Progress = NO_PROGRESS, today: dt.date | None = None
) -> ImportPreview:
    """Read a library CSV/XLSX, or an HSDS folder or zip, without changing anything."""
    path = Path(path)
    if not path.exists():
        raise ImportFileError(
            translate("Imports", "The file {name} does not exist.").format(name=path.name)
        )
    from peerdesk.domain import hsds_import  # it builds on this module's shared checks

    if hsds_import.is_hsds_source(path):
        return hsds_import.preview_hsds(path, progress, today)
    return preview_library_table(read_table(path), path.name, progress, today)


def apply_import(preview: ImportPreview, progress: Progress = NO_PROGRESS) -> int:
    """Add every previewed resource in one transaction; returns how many were added."""
    if not preview.ok:
        raise ImportRefused(
            translate("Imports", "{name} has {n} problem(s); nothing was imported.").format(
                name=preview.name, n=len(preview.problems)
            )
        )
    with database.atomic():
        for i, (_row, data) in enumerate(preview.rows):
            if i % 50 == 0:
                progress(i / max(1, len(preview.rows)), translate("Progress", "Adding resources"))
            resources.create_resource(data)
    progress(1.0, translate("Progress", "Done"))
    return len(preview.rows)


def import_resources(
    path: str | Path, *, dry_run: bool = False, progress: Progress = NO_PROGRESS
) -> ImportPreview:
    """Preview, then (unless dry_run or there are problems) apply; returns the preview."""
    preview = preview_resources(path, progress)
    if not dry_run and preview.ok:
        apply_import(preview, progress)
    return preview
