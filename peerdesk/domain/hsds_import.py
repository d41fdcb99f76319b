"""Importing a 211-style directory published in the Open Referral HSDS format.

The CSV files services, organizations, phones, locations/physical_addresses and
service_at_location (in a folder or a zip) are joined into resources, with the same preview,
(row, column, message) problems, duplicate check and all-or-nothing rule as the library CSV.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from peerdesk.domain.progress import NO_PROGRESS, Progress
from peerdesk.domain.resource_import import (
    MAX_ZIP_BYTES,
    Dedup,
    ImportPreview,
    accept_row,
    uuid_or_blank,
)
from peerdesk.domain.resources import ResourceData
from peerdesk.domain.tabular import (
    ImportFileError,
    Problem,
    match_columns,
    read_table_bytes,
)
from peerdesk.domain.text import fold
from peerdesk.i18n import translate

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

    dedup = Dedup()
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
            uuid=uuid_or_blank(sid),
        )
        accept_row(
            preview,
            dedup,
            number,
            resource,
            lambda name: col("services", {"title": "name"}.get(name, name)),
            today,
        )
    problems.sort(key=lambda p: (p.column, p.row))
    return preview
