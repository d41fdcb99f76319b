"""Import members from the spreadsheets coordinators already keep (design §6).

Two steps, so that the window can preview and the command line can dry-run: `plan_import` reads
and checks every row without writing anything (problems as (row, column, message), likely
duplicates flagged); `apply_import` writes the plan in one transaction — all rows or none.
File reading, header synonyms and date parsing live in `tabular`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from peerdesk.domain import groups
from peerdesk.domain.dates import detect_date_order, parse_birth_year, parse_date
from peerdesk.domain.members import ValidationError, search_text_for, validate_profile
from peerdesk.domain.models import Group, Member, database, new_uuid, utcnow
from peerdesk.domain.progress import NO_PROGRESS, Progress
from peerdesk.domain.tabular import (
    MEMBER_FIELDS,
    Problem,
    Table,
    match_columns,
    read_table,
)
from peerdesk.domain.text import fold
from peerdesk.i18n import translate

NAME_FIELDS = ("preferred_name", "first_name", "full_name", "last_name")
FIELD_LABELS = {
    "preferred_name": "Preferred name",
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Full name",
    "pronouns": "Pronouns",
    "phone": "Phone",
    "email": "Email",
    "birth_year": "Birth year",
    "gender": "Gender",
    "ethnicity": "Ethnicity",
    "postal_code": "Postal code",
    "consent_contact": "Consents to contact",
    "emergency_contact": "Emergency contact",
    "joined_on": "Joined on",
}
_YES = {"yes", "y", "true", "1", "x", "oui", "ja", "si", "ok", "consented", "agreed"}
_NO = {"no", "n", "false", "0", "non", "nein", "declined"}
_BATCH = 500


class MemberImportError(ValueError):
    """The import cannot go ahead; str() is one sentence for the user. Nothing was changed."""


@dataclass
class PlannedMember:
    row: int
    values: dict
    duplicate: str = ""  # why it looks like someone already listed ("" when it does not)


@dataclass
class ImportPlan:
    file_name: str
    table: Table
    mapping: dict[str, int]
    unknown: list[str]
    members: list[PlannedMember] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    date_order: str = "iso"

    @property
    def duplicates(self) -> list[PlannedMember]:
        return [m for m in self.members if m.duplicate]

    def warnings(self) -> list[Problem]:
        pattern = translate("Imports", "likely duplicate: {reason}")
        return [Problem(m.row, "", pattern.format(reason=m.duplicate)) for m in self.duplicates]

    def to_import(self, include_duplicates: bool = False) -> list[PlannedMember]:
        return [m for m in self.members if include_duplicates or not m.duplicate]


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped_duplicates: int
    group: str = ""
    group_created: bool = False


def _header(table: Table, mapping: Mapping[str, int], key: str) -> str:
    index = mapping.get(key)
    return table.headers[index] if index is not None else FIELD_LABELS.get(key, key)


def _consent(text: str) -> bool:
    word = fold(text)
    if word in _YES:
        return True
    if word in _NO or not word:
        return False
    raise ValueError(translate("Imports", "'{text}' is not yes or no").format(text=text))


def _contacts(email: str, phone: str) -> list[tuple[str, str]]:
    digits = "".join(c for c in phone if c.isdigit())
    keys = []
    if email:
        keys.append(("email", email.lower()))
    if len(digits) >= 6:
        keys.append(("phone", digits[-9:]))
    return keys


def _name_key(values: dict) -> str:
    return fold(values["full_name"] or values["preferred_name"])


class _DuplicateIndex:
    """People seen so far, by name plus each contact detail (or by name alone without any)."""

    def __init__(self) -> None:
        self.by_contact: dict[tuple, str] = {}
        self.by_name: dict[str, str] = {}

    def add(self, name: str, contacts: list, label: str) -> None:
        self.by_name.setdefault(name, label)
        for contact in contacts:
            self.by_contact.setdefault((name, contact), label)

    def find(self, name: str, contacts: list) -> str:
        for contact in contacts:
            label = self.by_contact.get((name, contact))
            if label:
                if contact[0] == "email":
                    return translate("Imports", "same name and email as {who}").format(who=label)
                return translate("Imports", "same name and phone as {who}").format(who=label)
        if not contacts and name in self.by_name:
            return translate(
                "Imports", "same name as {who}, with no email or phone to tell them apart"
            ).format(who=self.by_name[name])
        return ""


def _database_index() -> _DuplicateIndex:
    index = _DuplicateIndex()
    q = (
        Member.select(Member.preferred_name, Member.full_name, Member.email, Member.phone)
        .where(Member.erased == False)  # noqa: E712
        .tuples()
    )
    for preferred, full, email, phone in q:
        name = fold(full or preferred)
        label = translate("Imports", "{name}, already in the database").format(
            name=full or preferred
        )
        index.add(name, _contacts(email, phone), label)
    return index


def default_mapping(table: Table) -> dict[str, int]:
    return dict(match_columns(table.headers, MEMBER_FIELDS).mapping)


def plan_import(
    table: Table,
    file_name: str = "",
    mapping: Mapping[str, int] | None = None,
    *,
    date_order: str | None = None,
    today: dt.date | None = None,
) -> ImportPlan:
    """Check every row; nothing is written. `mapping` (field -> column index) overrides the guess."""
    today = today or dt.date.today()
    mapping = dict(default_mapping(table) if mapping is None else mapping)
    used = set(mapping.values())
    unknown = [h for i, h in enumerate(table.headers) if i not in used]
    if not any(key in mapping for key in NAME_FIELDS):
        raise MemberImportError(
            translate(
                "Imports",
                "{file} has no name column: add a column headed "
                "'Name', 'First name' or 'Preferred name' and try again.",
            ).format(file=file_name or translate("Imports", "The file"))
        )
    if date_order is None:
        joined = mapping.get("joined_on")
        date_order = (
            detect_date_order(r.values[joined] for r in table.rows) if joined is not None else "iso"
        )
    plan = ImportPlan(file_name, table, mapping, unknown, date_order=date_order)

    def value(row, key: str) -> str:
        index = mapping.get(key)
        return row.values[index] if index is not None and index < len(row.values) else ""

    position = {header: i for i, header in enumerate(table.headers)}
    known = _database_index()
    in_file = _DuplicateIndex()
    for row in table.rows:
        problems: list[Problem] = []

        def problem(key: str, message: str, row=row, problems=problems) -> None:
            problems.append(Problem(row.number, _header(table, mapping, key), message))

        first, last = value(row, "first_name"), value(row, "last_name")
        full = value(row, "full_name") or " ".join(p for p in (first, last) if p)
        preferred = value(row, "preferred_name") or first or (full.split()[0] if full else "")
        data = {key: value(row, key) for key in FIELD_LABELS if key not in NAME_FIELDS}
        data.update(preferred_name=preferred, full_name=full)
        try:
            year = parse_birth_year(data["birth_year"], today=today)
            data["birth_year"] = "" if year is None else str(year)
        except ValueError as exc:
            problem("birth_year", str(exc))
            data["birth_year"] = ""
        try:
            data["consent_contact"] = _consent(data["consent_contact"])
        except ValueError as exc:
            problem("consent_contact", str(exc))
        joined = data.pop("joined_on")
        if joined:
            try:
                data["joined_on"] = parse_date(joined, date_order)
            except ValueError as exc:
                problem("joined_on", str(exc))
        try:
            values = validate_profile(data, today)
        except ValidationError as exc:
            for key, message in exc.errors.items():
                if key == "preferred_name":
                    key = next((k for k in NAME_FIELDS if k in mapping), key)
                    message = translate(
                        "Imports", "no name: the row needs a preferred, first or full name"
                    )
                problem(key, message)
            values = None
        if problems:
            problems.sort(key=lambda p: position.get(p.column, len(position)))
            plan.problems.extend(problems)
            continue
        name, contacts = _name_key(values), _contacts(values["email"], values["phone"])
        duplicate = in_file.find(name, contacts) or known.find(name, contacts)
        in_file.add(name, contacts, translate("Imports", "row {n}").format(n=row.number))
        plan.members.append(PlannedMember(row.number, values, duplicate))
    return plan


def apply_import(
    plan: ImportPlan,
    *,
    group_name: str = "",
    include_duplicates: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ImportResult:
    """Write the plan in one transaction; refuses (changing nothing) while it has problems."""
    if plan.problems:
        n = len(plan.problems)
        pattern = (
            translate(
                "Imports",
                "{file} has 1 problem; nothing was imported. Fix it and import again.",
            )
            if n == 1
            else translate(
                "Imports",
                "{file} has {n} problems; nothing was imported. Fix them and import again.",
            )
        )
        raise MemberImportError(
            pattern.format(file=plan.file_name or translate("Imports", "The file"), n=n)
        )
    chosen = plan.to_import(include_duplicates)
    group_name = " ".join(group_name.split())
    now = utcnow()
    with database.atomic():
        group_id, group_created = None, False
        if group_name:
            try:
                group = groups.get_by_name(group_name)
            except groups.UnknownGroup:
                group, group_created = Group.create(name=group_name), True
            group_id = group.id
        # Raw executemany: peewee's per-value SQL building costs more than SQLite's insert.
        cursor = database.obj.cursor()
        stamp = now.strftime("%Y-%m-%d %H:%M:%S")
        today = now.date().isoformat()
        for start in range(0, len(chosen), _BATCH):
            progress(
                start / max(1, len(chosen)),
                translate("Progress", "Importing members ({n} so far)").format(n=f"{start:,}"),
            )
            batch = chosen[start : start + _BATCH]
            uuids = [new_uuid() for _ in batch]
            cursor.executemany(
                _INSERT_MEMBER,
                [_member_row(u, p.values, stamp) for u, p in zip(uuids, batch, strict=True)],
            )
            if group_id is not None:
                marks = ",".join("?" * len(uuids))
                ids = cursor.execute(f"SELECT id FROM member WHERE uuid IN ({marks})", uuids)
                cursor.executemany(
                    "INSERT INTO membership (uuid, member_id, group_id, role, since) "
                    "VALUES (?, ?, ?, 'participant', ?)",
                    [(new_uuid(), mid, group_id, today) for (mid,) in ids.fetchall()],
                )
        progress(1.0, translate("Progress", "Imported"))
    return ImportResult(len(chosen), len(plan.members) - len(chosen), group_name, group_created)


_INSERT_MEMBER = (
    "INSERT INTO member (uuid, preferred_name, full_name, pronouns, phone, email, consent_contact, "
    "consent_date, emergency_contact, joined_on, active, birth_year, gender, ethnicity, "
    "postal_code, erased, search_text, created_at, updated_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,1,?,?,?,?,0,?,?,?)"
)


def _member_row(uuid: str, v: dict, stamp: str) -> tuple:
    def iso(date):
        return date.isoformat() if date else None

    return (
        uuid,
        v["preferred_name"],
        v["full_name"],
        v["pronouns"],
        v["phone"],
        v["email"],
        int(v["consent_contact"]),
        iso(v["consent_date"]),
        v["emergency_contact"],
        iso(v["joined_on"]),
        v["birth_year"],
        v["gender"],
        v["ethnicity"],
        v["postal_code"],
        search_text_for(v["preferred_name"], v["full_name"], v["email"], v["phone"]),
        stamp,
        stamp,
    )


def summary(plan: ImportPlan, result: ImportResult | None = None, dry_run: bool = False) -> str:
    """One paragraph saying what happened (or would happen) — for the CLI and the window."""
    skipped = len(plan.duplicates) if result is None else result.skipped_duplicates
    count = len(plan.to_import()) if result is None else result.created
    would = dry_run or result is None
    if count == 1 and would:
        head = translate("Imports", "Would import 1 member")
    elif count == 1:
        head = translate("Imports", "Imported 1 member")
    elif would:
        head = translate("Imports", "Would import {count} members")
    else:
        head = translate("Imports", "Imported {count} members")
    where = ""
    if result is not None and result.group:
        where = (
            translate("Imports", " into {group} (new group)")
            if result.group_created
            else translate("Imports", " into {group}")
        )
    source = plan.file_name or translate("Imports", "the file")
    text = translate("Imports", "{what}{where} from {file}.").format(
        what=head.format(count=f"{count:,}"),
        where=where.format(group=result.group if result else ""),
        file=source,
    )
    if skipped:
        rows = ", ".join(str(m.row) for m in plan.duplicates[:10])
        more = "…" if len(plan.duplicates) > 10 else ""
        pattern = (
            translate("Imports", " Skipped 1 likely duplicate (row {rows}).")
            if skipped == 1
            else translate("Imports", " Skipped {n} likely duplicates (rows {rows}).")
        )
        text += pattern.format(n=skipped, rows=rows + more)
    if plan.unknown:
        pattern = (
            translate("Imports", " Ignored column: {names}.")
            if len(plan.unknown) == 1
            else translate("Imports", " Ignored columns: {names}.")
        )
        text += pattern.format(names=", ".join(plan.unknown))
    return text


def import_members_file(
    path: str | Path,
    *,
    group_name: str = "",
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
) -> tuple[ImportPlan, ImportResult | None]:
    """Read, check and (unless dry_run or there are problems) import; duplicates are skipped."""
    plan = plan_import(read_table(path), Path(path).name)
    if dry_run or plan.problems:
        return plan, None
    return plan, apply_import(plan, group_name=group_name, progress=progress)
