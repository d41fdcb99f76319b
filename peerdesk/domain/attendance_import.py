"""Importing years of attendance from a spreadsheet (design §6): one row per person per meeting.

Rules: a name matches a member's full name, else their preferred name, ignoring case and accents;
an ambiguous or unknown name is a problem row (unknown ones are created with create_members);
groups and held meetings are created as needed; a row already present is skipped, not doubled;
ambiguous day/month dates are settled for the whole file, else the caller must give the order.
The file is checked completely first (no writes), then written in one transaction: all or nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from peewee import fn

from peerdesk.domain.dates import detect_date_order, parse_date
from peerdesk.domain.members import search_text_for
from peerdesk.domain.models import (
    Attendance,
    Group,
    Meeting,
    Member,
    Membership,
    database,
    new_uuid,
    utcnow,
)
from peerdesk.domain.progress import NO_PROGRESS, Progress
from peerdesk.domain.tabular import (
    ATTENDANCE_FIELDS,
    Problem,
    Table,
    match_columns,
    read_table,
)
from peerdesk.domain.text import fold
from peerdesk.i18n import translate

STATUS_WORDS = {
    "": "present",
    "present": "present",
    "attended": "present",
    "here": "present",
    "yes": "present",
    "y": "present",
    "x": "present",
    "1": "present",
    "late": "late",
    "left early": "left early",
    "leftearly": "left early",
    "early": "left early",
}


@dataclass
class AttendanceImport:
    """What an import did (or, for a dry run or a failed one, would do) and what is wrong."""

    rows: int = 0
    added: int = 0
    skipped: int = 0  # already in the database, or repeated in the file
    members_created: int = 0
    groups_created: int = 0
    meetings_created: int = 0
    date_order: str = "iso"
    needs_date_order: bool = False
    problems: list[Problem] = field(default_factory=list)
    written: bool = False

    def summary(self) -> str:
        if self.written:
            pattern = translate(
                "Imports",
                "Imported {added} attendance records from {rows} rows; {skipped} already present; "
                "{members} new members, {groups} new groups, {meetings} new meetings.",
            )
        else:
            pattern = translate(
                "Imports",
                "Would import {added} attendance records from {rows} rows; {skipped} already "
                "present; {members} new members, {groups} new groups, {meetings} new meetings.",
            )
        text = pattern.format(
            added=self.added,
            rows=self.rows,
            skipped=self.skipped,
            members=self.members_created,
            groups=self.groups_created,
            meetings=self.meetings_created,
        )
        if self.problems:
            text += translate("Imports", " {n} problems: nothing was imported.").format(
                n=len(self.problems)
            )
        return text


class _Names:
    """Folded full names and preferred names to member ids."""

    def __init__(self) -> None:
        self.full: dict[str, list[int]] = {}
        self.preferred: dict[str, list[int]] = {}
        rows = Member.select(Member.id, Member.preferred_name, Member.full_name).where(
            Member.erased == False  # noqa: E712
        )
        for mid, pref, full in rows.tuples():
            if full:
                self.full.setdefault(fold(full), []).append(mid)
            self.preferred.setdefault(fold(pref), []).append(mid)

    def find(self, name: str) -> tuple[int | None, str]:
        """(member id, "") or (None, "unknown"|"ambiguous")."""
        key = fold(name)
        for index in (self.full, self.preferred):
            ids = index.get(key, [])
            if len(ids) == 1:
                return ids[0], ""
            if len(ids) > 1:
                return None, "ambiguous"
        return None, "unknown"


def import_attendance(
    source: str | Path | Table,
    *,
    create_members: bool = False,
    dry_run: bool = False,
    date_order: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> AttendanceImport:
    """Check the whole file, then (unless dry_run or anything is wrong) write it all at once."""
    table = source if isinstance(source, Table) else read_table(source)
    result = AttendanceImport(rows=len(table.rows))
    problems = result.problems
    cols = match_columns(table.headers, ATTENDANCE_FIELDS)
    header_row = table.rows[0].number - 1 if table.rows else 1
    for needed in ("date", "group"):
        if needed not in cols.mapping:
            message = translate("Imports", "no '{column}' column found").format(column=needed)
            problems.append(Problem(header_row, needed, message))
    if "name" not in cols.mapping and "member_uuid" not in cols.mapping:
        message = translate("Imports", "no 'name' or 'member uuid' column found")
        problems.append(Problem(header_row, "name", message))
    if problems:
        return result

    date_header = table.headers[cols.mapping["date"]]
    order = date_order or detect_date_order(cols.value(r, "date") for r in table.rows)
    result.date_order = order
    if order in ("ambiguous", "inconsistent"):
        result.needs_date_order = True
        first = next((r for r in table.rows if _ambiguous(cols.value(r, "date"))), table.rows[0])
        message = (
            translate(
                "Imports",
                "dates like this one could be day/month or month/day; "
                "choose the date order (--date-order dmy or mdy)",
            )
            if order == "ambiguous"
            else translate(
                "Imports",
                "this file mixes day/month and month/day dates; choose the date order "
                "(--date-order dmy or mdy)",
            )
        )
        problems.append(Problem(first.number, date_header, message))
        order = "iso"

    names = _Names()
    uuids: dict[str, int] = {}
    if "member_uuid" in cols.mapping:
        uuids = {u: i for i, u in Member.select(Member.uuid, Member.id).tuples()}
    groups = {fold(n): (i, n) for i, n in Group.select(Group.id, Group.name).tuples()}
    new_groups: dict[str, str] = {}
    new_members: dict[str, str] = {}
    wanted: list[tuple[str, dt.date, object, str, int]] = []  # group key, date, member, status, row

    for n, row in enumerate(table.rows):
        if n % 500 == 0:
            progress(0.5 * n / max(1, len(table.rows)), translate("Progress", "checking rows"))
        values = [cols.value(row, k) for k in ("date", "group", "name", "member_uuid", "status")]
        if not any(values):
            result.rows -= 1
            continue
        raw_date, group_name, name, member_uuid, raw_status = values
        ok = True
        try:
            day = parse_date(raw_date, order)
        except ValueError as exc:
            if not result.needs_date_order or not _ambiguous(raw_date):
                problems.append(Problem(row.number, date_header, str(exc)))
            ok = False
        group_name = " ".join(group_name.split())
        gkey = fold(group_name)
        if not gkey:
            message = translate("Imports", "no group given")
            problems.append(Problem(row.number, _header(table, cols, "group"), message))
            ok = False
        status = STATUS_WORDS.get(fold(raw_status))
        if status is None:
            problems.append(
                Problem(
                    row.number,
                    _header(table, cols, "status"),
                    translate(
                        "Imports", "unknown status '{status}' (use present, late or left early)"
                    ).format(status=raw_status),
                )
            )
            ok = False
        member: object = None
        if member_uuid:
            member = uuids.get(member_uuid.strip().lower().replace("-", ""))
            if member is None:
                problems.append(
                    Problem(
                        row.number,
                        _header(table, cols, "member_uuid"),
                        translate("Imports", "no member has this uuid"),
                    )
                )
                ok = False
        elif fold(name):
            member, why = names.find(name)
            if why == "ambiguous":
                problems.append(
                    Problem(
                        row.number,
                        _header(table, cols, "name"),
                        translate(
                            "Imports", "'{name}' matches several members; use the member uuid"
                        ).format(name=name),
                    )
                )
                ok = False
            elif why == "unknown":
                if create_members:
                    member = "new:" + fold(name)
                    new_members.setdefault(fold(name), " ".join(name.split()))
                else:
                    problems.append(
                        Problem(
                            row.number,
                            _header(table, cols, "name"),
                            translate(
                                "Imports",
                                "no member named '{name}' (use --create-members to add them)",
                            ).format(name=name),
                        )
                    )
                    ok = False
        else:
            message = translate("Imports", "no name given")
            problems.append(Problem(row.number, _header(table, cols, "name"), message))
            ok = False
        if ok:
            if gkey not in groups:
                new_groups.setdefault(gkey, group_name)
            wanted.append((gkey, day, member, status, row.number))

    result.members_created = len(new_members)
    result.groups_created = len(new_groups)
    # Which meetings exist, and who is already recorded at them.
    existing_ids = [groups[k][0] for k in {w[0] for w in wanted} if k in groups]
    meetings: dict[tuple[int, dt.date], tuple[int, str]] = {}
    present: set[tuple[int, int]] = set()
    if existing_ids:
        for mid, gid, day, status in (
            Meeting.select(Meeting.id, Meeting.group, Meeting.date, Meeting.status)
            .where(Meeting.group.in_(existing_ids))
            .order_by(Meeting.status == "cancelled", Meeting.id)
            .tuples()
        ):
            meetings.setdefault((gid, _as_date(day)), (mid, status))
        present = set(
            Attendance.select(Attendance.meeting, Attendance.member)
            .join(Meeting)
            .where(Meeting.group.in_(existing_ids))
            .tuples()
        )
    seen: set[tuple[str, dt.date, object]] = set()
    to_add = []
    new_meetings: set[tuple[str, dt.date]] = set()
    for gkey, day, member, status, number in wanted:
        key = (gkey, day, member)
        if key in seen:
            result.skipped += 1
            continue
        seen.add(key)
        existing = meetings.get((groups[gkey][0], day)) if gkey in groups else None
        if existing is None:
            new_meetings.add((gkey, day))
        elif isinstance(member, int) and (existing[0], member) in present:
            result.skipped += 1
            continue
        elif existing[1] == "cancelled":
            problems.append(
                Problem(
                    number,
                    date_header,
                    translate("Imports", "that meeting was cancelled; it cannot have attendance"),
                )
            )
            continue
        to_add.append((gkey, day, member, status))
    result.meetings_created = len(new_meetings)
    result.added = len(to_add)
    if problems or dry_run:
        return result

    with database.atomic():
        progress(0.55, translate("Progress", "writing"))
        now = utcnow()
        for gkey, name in new_groups.items():
            groups[gkey] = (Group.create(name=name).id, name)
        member_ids: dict[str, int] = {}
        for key, name in new_members.items():
            preferred = name.split()[0]
            full = name if len(name.split()) > 1 else ""
            member_ids["new:" + key] = Member.create(
                preferred_name=preferred,
                full_name=full,
                search_text=search_text_for(preferred, full),
            ).id
        memberships = set(
            Membership.select(Membership.group, Membership.member)
            .where(Membership.group.in_([g for g, _ in groups.values()]))
            .tuples()
        )
        rows = []
        for n, (gkey, day, member, status) in enumerate(to_add):
            if n % 2000 == 0:
                progress(0.55 + 0.4 * n / max(1, len(to_add)), translate("Progress", "writing"))
            gid = groups[gkey][0]
            mid = member_ids.get(member, member) if isinstance(member, str) else member
            meeting = meetings.get((gid, day))
            if meeting is None:
                group = Group.get_by_id(gid)
                meeting = (
                    Meeting.create(
                        group=gid,
                        date=day,
                        start_time=group.start_time,
                        location=group.location,
                        status="held",
                    ).id,
                    "held",
                )
                meetings[(gid, day)] = meeting
            elif meeting[1] == "scheduled":
                Meeting.update(status="held").where(Meeting.id == meeting[0]).execute()
                meetings[(gid, day)] = (meeting[0], "held")
            if (gid, mid) not in memberships:
                Membership.create(group=gid, member=mid, since=day)
                memberships.add((gid, mid))
            rows.append((new_uuid(), meeting[0], mid, status, now))
        for start in range(0, len(rows), 500):
            Attendance.insert_many(
                rows[start : start + 500],
                fields=[
                    Attendance.uuid,
                    Attendance.meeting,
                    Attendance.member,
                    Attendance.status,
                    Attendance.checked_in_at,
                ],
            ).execute()
        _first_seen(member_ids.values())
    progress(1.0, translate("Progress", "done"))
    result.written = True
    return result


def _first_seen(member_ids) -> None:
    """New members joined on the date of their first imported meeting."""
    for mid in member_ids:
        first = (
            Meeting.select(fn.MIN(Meeting.date))
            .join(Attendance)
            .where(Attendance.member == mid)
            .scalar()
        )
        Member.update(joined_on=first).where(Member.id == mid).execute()


def _header(table: Table, cols, key: str) -> str:
    index = cols.mapping.get(key)
    return table.headers[index] if index is not None else key


def _ambiguous(value: str) -> bool:
    return detect_date_order([value]) == "ambiguous"


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
