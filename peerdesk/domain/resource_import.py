"""Sharing the library: CSV export/import, and importing an Open Referral (HSDS) directory.

Every import is read into an `ImportPreview` first (what would be added, what is already there,
every problem as (row, column, message)); `apply_import` then writes all of it in one transaction,
or nothing when there is any problem. A resource already in the library (same uuid, or same
title and phone digits) is skipped, so importing the same file twice does not double it.
"""

from __future__ import annotations

import datetime as dt
import zipfile
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
    read_table_bytes,
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


class _Dedup:
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


def _accept(
    preview: ImportPreview,
    dedup: _Dedup,
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


def _uuid_or_blank(text: str) -> str:
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
    dedup = _Dedup()

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
            uuid=_uuid_or_blank(get("uuid")),
        )
        _accept(preview, dedup, row.number, data, header, today)
    return preview


# -- Open Referral HSDS ----------------------------------------------------------------------

HSDS_FILES = {
    "services": ("services.csv", "service.csv"),
    "organizations": ("organizations.csv", "organization.csv"),
    "phones": ("phones.csv", "phone.csv"),
    "locations": ("locations.csv", "location.csv"),
    "addresses": (
        "physical_addresses.csv",
        "physical_address.csv",
        "addresses.csv",
        "address.csv",
    ),
    "service_at_location": ("service_at_location.csv", "service_at_locations.csv"),
    "schedules": ("schedules.csv", "schedule.csv", "regular_schedule.csv"),
    "languages": ("languages.csv", "language.csv"),
}
_HSDS_COLUMNS = {
    "services": {
        "id": (),
        "organization_id": (),
        "name": (),
        "description": (),
        "url": ("website",),
        "status": (),
    },
    "organizations": {"id": (), "name": (), "description": (), "url": ("website",)},
    "phones": {
        "service_id": (),
        "location_id": (),
        "organization_id": (),
        "number": ("phone",),
        "extension": (),
    },
    "locations": {"id": (), "name": ()},
    "addresses": {
        "location_id": (),
        "address_1": ("address",),
        "address_2": (),
        "city": (),
        "state_province": ("state", "province"),
        "postal_code": ("zip",),
        "address_type": (),
    },
    "service_at_location": {"service_id": (), "location_id": ()},
    "schedules": {
        "service_id": (),
        "description": (),
        "byday": ("weekday",),
        "opens_at": (),
        "closes_at": (),
    },
    "languages": {"service_id": (), "name": ("language",)},
}
_HOTLINE_WORDS = ("hotline", "helpline", "crisis line", "lifeline", "help line", "warmline")


def is_hsds_source(path: str | Path) -> bool:
    """A folder, or a zip that holds services.csv (an .xlsx is a zip too, but holds none)."""
    path = Path(path)
    if path.is_dir():
        return True
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = {Path(n).name.lower() for n in archive.namelist()}
        return bool(names & set(HSDS_FILES["services"]))
    return False


def _hsds_files(path: Path) -> dict[str, tuple[str, bytes]]:
    """kind -> (file name, contents) for the HSDS files present in a folder or zip."""
    found: dict[str, bytes] = {}
    if path.is_dir():
        for child in path.rglob("*.csv"):
            found.setdefault(child.name.lower(), child.read_bytes())
    else:
        try:
            with zipfile.ZipFile(path) as archive:
                members = [i for i in archive.infolist() if i.filename.lower().endswith(".csv")]
                if sum(i.file_size for i in members) > MAX_ZIP_BYTES:
                    raise ImportFileError(
                        translate(
                            "Imports", "{name} is too large to be a resource directory."
                        ).format(name=path.name)
                    )
                for info in members:
                    found.setdefault(Path(info.filename).name.lower(), archive.read(info))
        except (zipfile.BadZipFile, OSError):
            raise ImportFileError(
                translate("Imports", "{name} is not a readable zip file.").format(name=path.name)
            ) from None
    out = {}
    for kind, names in HSDS_FILES.items():
        for name in names:
            if name in found:
                out[kind] = (name, found[name])
                break
    if "services" not in out:
        raise ImportFileError(
            translate(
                "Imports",
                "{name} has no services.csv; an Open Referral directory needs at least that file.",
            ).format(name=path.name)
        )
    return out


def _records(kind: str, name: str, data: bytes) -> list[tuple[int, dict[str, str]]]:
    table = read_table_bytes(data, name)
    match = match_columns(table.headers, _HSDS_COLUMNS[kind])
    needed = {
        "services": ("id", "name"),
        "organizations": ("id",),
        "locations": ("id",),
        "phones": ("number",),
        "addresses": ("location_id",),
        "service_at_location": ("service_id", "location_id"),
        "schedules": ("service_id",),
        "languages": ("service_id", "name"),
    }[kind]
    missing = [c for c in needed if c in match.missing]
    if missing:
        raise ImportFileError(
            translate("Imports", "{name} has no {column} column.").format(
                name=name, column=missing[0]
            )
        )
    return [(r.number, {k: match.value(r, k) for k in _HSDS_COLUMNS[kind]}) for r in table.rows]


def _join(*parts: str, sep: str = ", ") -> str:
    return sep.join(p.strip() for p in parts if p and p.strip())


def preview_hsds(
    path: str | Path, progress: Progress = NO_PROGRESS, today: dt.date | None = None
) -> ImportPreview:
    path = Path(path)
    today = today or dt.date.today()
    files = _hsds_files(path)
    data = {kind: _records(kind, *files[kind]) for kind in files}
    preview = ImportPreview(translate("Imports", "Open Referral directory"), path.name)
    problems = preview.problems
    fname = {kind: files[kind][0] for kind in files}

    def col(kind: str, column: str) -> str:
        return f"{column} ({fname[kind]})"

    orgs = {rec["id"]: rec for _n, rec in data.get("organizations", []) if rec["id"]}
    services: dict[str, tuple[int, dict[str, str]]] = {}
    for number, rec in data["services"]:
        sid = rec["id"]
        if not sid:
            message = translate("Imports", "the service has no id")
            problems.append(Problem(number, col("services", "id"), message))
        elif sid in services:
            message = translate("Imports", "the id {id} is used twice").format(id=sid)
            problems.append(Problem(number, col("services", "id"), message))
        else:
            services[sid] = (number, rec)
        if orgs and rec["organization_id"] and rec["organization_id"] not in orgs:
            problems.append(
                Problem(
                    number,
                    col("services", "organization_id"),
                    translate("Imports", "no organization has the id {id}").format(
                        id=rec["organization_id"]
                    ),
                )
            )
    locations = {rec["id"]: rec for _n, rec in data.get("locations", []) if rec["id"]}
    service_locations: dict[str, list[str]] = {}
    for number, rec in data.get("service_at_location", []):
        if rec["service_id"] not in services:
            problems.append(
                Problem(
                    number,
                    col("service_at_location", "service_id"),
                    translate("Imports", "no service has the id {id}").format(id=rec["service_id"]),
                )
            )
        elif locations and rec["location_id"] not in locations:
            problems.append(
                Problem(
                    number,
                    col("service_at_location", "location_id"),
                    translate("Imports", "no location has the id {id}").format(
                        id=rec["location_id"]
                    ),
                )
            )
        else:
            service_locations.setdefault(rec["service_id"], []).append(rec["location_id"])
    addresses: dict[str, str] = {}
    for _number, rec in data.get("addresses", []):
        if rec["address_type"] and rec["address_type"].lower() not in ("physical", "street"):
            continue
        text = _join(
            rec["address_1"],
            rec["address_2"],
            rec["city"],
            _join(rec["state_province"], rec["postal_code"], sep=" "),
        )
        addresses.setdefault(rec["location_id"], text)
    phones: dict[tuple[str, str], str] = {}
    for number, rec in data.get("phones", []):
        if rec["service_id"] and rec["service_id"] not in services:
            problems.append(
                Problem(
                    number,
                    col("phones", "service_id"),
                    translate("Imports", "no service has the id {id}").format(id=rec["service_id"]),
                )
            )
            continue
        text = _join(rec["number"], f"ext. {rec['extension']}" if rec["extension"] else "", sep=" ")
        for kind in ("service", "location", "organization"):
            if rec[f"{kind}_id"]:
                phones.setdefault((kind, rec[f"{kind}_id"]), text)
    hours: dict[str, list[str]] = {}
    for _number, rec in data.get("schedules", []):
        text = rec["description"] or _join(
            rec["byday"], _join(rec["opens_at"], rec["closes_at"], sep="–"), sep=" "
        )
        if text:
            hours.setdefault(rec["service_id"], []).append(text)
    languages: dict[str, list[str]] = {}
    for _number, rec in data.get("languages", []):
        languages.setdefault(rec["service_id"], []).append(rec["name"])

    dedup = _Dedup()
    for i, (sid, (number, rec)) in enumerate(services.items()):
        if i % 200 == 0:
            progress(i / max(1, len(services)), translate("Progress", "Checking services"))
        if rec["status"].lower() in ("inactive", "defunct", "temporarily closed"):
            preview.skipped.append(
                (
                    number,
                    rec["name"],
                    translate("Imports", "{status} in the directory").format(
                        status=rec["status"].lower()
                    ),
                )
            )
            continue
        org = orgs.get(rec["organization_id"], {})
        locs = service_locations.get(sid, [])
        phone = phones.get(("service", sid)) or next(
            (phones[("location", loc)] for loc in locs if ("location", loc) in phones), ""
        )
        phone = phone or phones.get(("organization", rec["organization_id"]), "")
        address = next((addresses[loc] for loc in locs if loc in addresses), "")
        description = rec["description"] or org.get("description", "")
        org_name = org.get("name", "")
        if org_name and fold(org_name) not in fold(rec["name"]):
            description = _join(f"Offered by {org_name}.", description, sep=" ")
        text = fold(f"{rec['name']} {rec['description']}")
        category = (
            "hotline"
            if any(w.replace(" ", "") in text.replace(" ", "") for w in _HOTLINE_WORDS)
            else "service"
        )
        resource = ResourceData(
            title=rec["name"],
            category=category,
            description=description,
            phone=phone,
            url=rec["url"] or org.get("url", ""),
            address=address,
            hours="; ".join(hours.get(sid, [])),
            languages=", ".join(dict.fromkeys(languages.get(sid, []))),
            uuid=_uuid_or_blank(sid),
        )
        _accept(
            preview,
            dedup,
            number,
            resource,
            lambda name: col("services", {"title": "name"}.get(name, name)),
            today,
        )
    problems.sort(key=lambda p: (p.column, p.row))
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
    if is_hsds_source(path):
        return preview_hsds(path, progress, today)
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
