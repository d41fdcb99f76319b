"""Members: search, filtered listing, profiles with validation, merge, delete and erase.

Listing is paged and sorted in SQL so the pane stays fast at 5,000+ members; every write keeps
`Member.search_text` current so search needs no per-row Python.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import fn

from peerdesk.domain.models import (
    PREFER_NOT,
    ROLES,
    Attendance,
    Group,
    Meeting,
    Member,
    Membership,
    Note,
    database,
    utcnow,
)
from peerdesk.domain.text import fold
from peerdesk.i18n import translate

EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")
PHONE_RE = re.compile(r"^[0-9+()./\- ]{3,}(?:\s*(?:x|ext\.?)\s*\d+)?$", re.IGNORECASE)

# Editable profile fields (design §2), in the order the profile form shows them.
PROFILE_FIELDS = (
    "preferred_name",
    "full_name",
    "pronouns",
    "phone",
    "email",
    "consent_contact",
    "consent_date",
    "emergency_contact",
    "joined_on",
    "active",
    "birth_year",
    "gender",
    "ethnicity",
    "postal_code",
)
TEXT_FIELDS = tuple(
    f for f in PROFILE_FIELDS if f not in ("consent_contact", "active", "consent_date", "joined_on")
)
# What erasure removes: everything that says who the person is.
IDENTIFYING_FIELDS = TEXT_FIELDS + ("consent_date", "joined_on")
ERASED_NAME = "(erased)"


class MemberError(ValueError):
    """str() is one sentence for the user."""


class ValidationError(MemberError):
    """`errors` maps a field to a sentence; str() is the first one."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__(next(iter(errors.values())))


def search_text_for(
    preferred_name: str, full_name: str = "", email: str = "", phone: str = ""
) -> str:
    """What search matches against: folded names, the email as typed and folded, phone digits."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    email = (email or "").lower()
    parts = (fold(preferred_name), fold(full_name), email, fold(email), digits)
    return " ".join(p for p in parts if p)


def search_clause(query: str):
    """AND of every folded word of the query, each matched anywhere in search_text."""
    clause = None
    for word in fold(query).split():
        part = Member.search_text.contains(word)
        clause = part if clause is None else clause & part
    return clause


# ---------------------------------------------------------------------------------------------
# Listing


@dataclass(frozen=True)
class MemberRow:
    id: int
    preferred_name: str
    full_name: str
    email: str
    phone: str
    active: bool
    joined_on: object
    consent_contact: bool = False


@dataclass(frozen=True)
class MemberFilter:
    """What the pane's filter bar selects; None means "any"."""

    group_id: int | None = None
    active: bool | None = None
    consent: bool | None = None
    overdue: bool = False


SORT_KEYS = {
    "name": fn.lower(Member.preferred_name),
    "full_name": fn.lower(Member.full_name),
    "email": fn.lower(Member.email),
    "phone": Member.phone,
    "active": Member.active,
    "joined_on": Member.joined_on,
    "consent_contact": Member.consent_contact,
}


def _filtered(query, query_text: str, flt: MemberFilter | None, group_id: int | None, today):
    q = query.where(Member.erased == False)  # noqa: E712
    clause = search_clause(query_text)
    if clause is not None:
        q = q.where(clause)
    flt = flt or MemberFilter()
    gid = group_id if group_id is not None else flt.group_id
    if gid is not None:
        q = q.where(
            Member.id.in_(Membership.select(Membership.member).where(Membership.group == gid))
        )
    if flt.active is not None:
        q = q.where(Member.active == flt.active)
    if flt.consent is not None:
        q = q.where(Member.consent_contact == flt.consent)
    if flt.overdue:
        overdue = Note.select(Note.member).where(
            Note.is_draft == False,  # noqa: E712
            Note.follow_up_done == False,  # noqa: E712
            Note.follow_up_due < (today or dt.date.today()),
        )
        q = q.where(Member.id.in_(overdue))
    return q


def list_members(
    query: str = "",
    offset: int = 0,
    limit: int = 200,
    group_id: int | None = None,
    *,
    filters: MemberFilter | None = None,
    order: str = "name",
    descending: bool = False,
    today: dt.date | None = None,
) -> list[MemberRow]:
    """One page of members matching the search and filters, sorted in SQL by `order`."""
    q = Member.select(
        Member.id,
        Member.preferred_name,
        Member.full_name,
        Member.email,
        Member.phone,
        Member.active,
        Member.joined_on,
        Member.consent_contact,
    )
    q = _filtered(q, query, filters, group_id, today)
    key = SORT_KEYS.get(order, SORT_KEYS["name"])
    ordering = [key.desc() if descending else key.asc()]
    if order != "name":
        ordering.append(fn.lower(Member.preferred_name))
    ordering.append(Member.id.desc() if descending else Member.id.asc())
    q = q.order_by(*ordering).offset(offset).limit(limit)
    return [MemberRow(*row) for row in q.tuples()]


def count_members(
    query: str = "", filters: MemberFilter | None = None, today: dt.date | None = None
) -> int:
    return _filtered(Member.select(), query, filters, None, today).count()


# ---------------------------------------------------------------------------------------------
# Profiles


def _date_messages(field: str) -> tuple[str, str]:
    """(not a date, in the future) for a profile's date field, in the current language."""
    if field == "consent_date":
        return (
            translate("Members", "The consent date must be a date like 2025-03-31."),
            translate("Members", "The consent date cannot be in the future ({date})."),
        )
    return (
        translate("Members", "The joined date must be a date like 2025-03-31."),
        translate("Members", "The joined date cannot be in the future ({date})."),
    )


def _clean_date(value, errors: dict, field: str, today: dt.date):
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        date = value
    else:
        try:
            date = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            errors[field] = _date_messages(field)[0]
            return None
    if date > today:
        errors[field] = _date_messages(field)[1].format(date=date.isoformat())
    return date


def validate_profile(data: dict, today: dt.date | None = None) -> dict:
    """Clean a profile; raise ValidationError whose messages say what is wrong and how to fix it."""
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    clean: dict = {}
    for field in TEXT_FIELDS:
        clean[field] = " ".join(str(data.get(field) or "").split())
    if not clean["preferred_name"]:
        errors["preferred_name"] = translate(
            "Members", "A preferred name is required (it can be a first name only)."
        )
    email = clean["email"]
    if email and not EMAIL_RE.match(email):
        errors["email"] = translate(
            "Members", "'{email}' is not an email address (it should look like name@example.org)."
        ).format(email=email)
    phone = clean["phone"]
    if phone and (not PHONE_RE.match(phone) or sum(c.isdigit() for c in phone) < 3):
        errors["phone"] = translate(
            "Members", "'{phone}' is not a phone number (use digits, spaces, + - ( ) only)."
        ).format(phone=phone)
    year = clean["birth_year"]
    if year and year.lower() != PREFER_NOT:
        if not (year.isdigit() and len(year) == 4):
            errors["birth_year"] = translate(
                "Members", "Birth year '{year}' should be four digits like 1980, or '{prefer_not}'."
            ).format(year=year, prefer_not=PREFER_NOT)
        elif int(year) > today.year:
            errors["birth_year"] = translate(
                "Members", "Birth year {year} is in the future."
            ).format(year=year)
        elif int(year) < 1900:
            errors["birth_year"] = translate("Members", "Birth year {year} is before 1900.").format(
                year=year
            )
    elif year:
        clean["birth_year"] = PREFER_NOT
    clean["consent_contact"] = bool(data.get("consent_contact"))
    clean["active"] = bool(data.get("active", True))
    clean["consent_date"] = _clean_date(data.get("consent_date"), errors, "consent_date", today)
    clean["joined_on"] = _clean_date(data.get("joined_on"), errors, "joined_on", today)
    if clean["consent_contact"] and clean["consent_date"] is None:
        clean["consent_date"] = today
    if not clean["consent_contact"]:
        clean["consent_date"] = None
    if errors:
        raise ValidationError(errors)
    return clean


def _search_text(values: dict) -> str:
    return search_text_for(
        values["preferred_name"], values["full_name"], values["email"], values["phone"]
    )


def create_member(data: dict, today: dt.date | None = None) -> int:
    values = validate_profile(data, today)
    if values["joined_on"] is None:
        values["joined_on"] = today or dt.date.today()
    values["search_text"] = _search_text(values)
    return Member.create(**values).id


def _live(member_id: int) -> Member:
    member = Member.get_or_none((Member.id == member_id) & (Member.erased == False))  # noqa: E712
    if member is None:
        raise MemberError(
            translate("Members", "That member no longer exists; the list has been refreshed.")
        )
    return member


def update_member(member_id: int, data: dict, today: dt.date | None = None) -> None:
    _live(member_id)
    values = validate_profile(data, today)
    values["search_text"] = _search_text(values)
    values["updated_at"] = utcnow()
    Member.update(**values).where(Member.id == member_id).execute()


def get_member(member_id: int) -> dict:
    """The profile as plain data (for the detail view), plus id and uuid."""
    member = _live(member_id)
    data = {field: getattr(member, field) for field in PROFILE_FIELDS}
    data.update(id=member.id, uuid=member.uuid)
    return data


def member_groups(member_id: int) -> list[dict]:
    q = (
        Membership.select(Membership, Group.name)
        .join(Group)
        .where(Membership.member == member_id)
        .order_by(fn.lower(Group.name))
    )
    return [
        {
            "group_id": m.group_id,
            "group": m.group.name,
            "role": m.role,
            "since": m.since,
            "until": m.until,
        }
        for m in q
    ]


def set_membership(
    member_id: int, group_id: int, role: str = "participant", today: dt.date | None = None
) -> None:
    """Add the member to a group (or change the role if already in it)."""
    if role not in ROLES:
        raise MemberError(
            translate("Members", "The role must be one of: {roles}.").format(roles=", ".join(ROLES))
        )
    _live(member_id)
    existing = Membership.get_or_none(
        (Membership.member == member_id) & (Membership.group == group_id)
    )
    if existing is None:
        Membership.create(
            member=member_id, group=group_id, role=role, since=today or dt.date.today()
        )
    else:
        Membership.update(role=role).where(Membership.id == existing.id).execute()


def remove_membership(member_id: int, group_id: int) -> None:
    Membership.delete().where(
        (Membership.member == member_id) & (Membership.group == group_id)
    ).execute()


def attendance_history(member_id: int, offset: int = 0, limit: int = 200) -> list[dict]:
    q = (
        Attendance.select(Attendance.status, Meeting.date, Meeting.status, Group.name)
        .join(Meeting)
        .join(Group)
        .where(Attendance.member == member_id)
        .order_by(Meeting.date.desc(), Attendance.id.desc())
        .offset(offset)
        .limit(limit)
        .tuples()
    )
    return [
        {"date": date, "group": group, "status": status, "meeting_status": meeting_status}
        for status, date, meeting_status, group in q
    ]


def attendance_count(member_id: int) -> int:
    return Attendance.select().where(Attendance.member == member_id).count()


# ---------------------------------------------------------------------------------------------
# Merge, delete, erase


def merge_conflicts(keep_id: int, other_id: int) -> dict[str, tuple]:
    """Fields where both records have different non-empty values: field -> (keep, other)."""
    keep, other = get_member(keep_id), get_member(other_id)
    conflicts = {}
    for field in PROFILE_FIELDS:
        a, b = keep[field], other[field]
        if field in ("active", "consent_contact"):
            continue
        if a not in (None, "") and b not in (None, "") and a != b:
            conflicts[field] = (a, b)
    return conflicts


def merge_members(keep_id: int, other_id: int, choices: dict | None = None) -> None:
    """Fold `other` into `keep`: attendance, memberships and notes move over, `other` goes.

    Empty fields of `keep` take `other`'s value; conflicting fields keep `keep`'s value unless
    `choices` names the value to use. A meeting both attended stays one attendance row; a group
    both belong to stays one membership (the earlier "since", facilitator beats participant).
    """
    if keep_id == other_id:
        raise MemberError(translate("Members", "Choose two different members to merge."))
    with database.atomic():
        keep, other = get_member(keep_id), get_member(other_id)
        merged = dict(keep)
        for field in PROFILE_FIELDS:
            if merged[field] in (None, "") and other[field] not in (None, ""):
                merged[field] = other[field]
        merged["active"] = keep["active"] or other["active"]
        merged["consent_contact"] = keep["consent_contact"] or other["consent_contact"]
        if not keep["consent_contact"] and other["consent_contact"]:
            merged["consent_date"] = other["consent_date"]
        dates = [d for d in (keep["joined_on"], other["joined_on"]) if d]
        merged["joined_on"] = min(dates) if dates else None
        merged.update(choices or {})
        update_member(keep_id, merged)

        both = Attendance.select(Attendance.meeting).where(Attendance.member == keep_id)
        Attendance.delete().where(
            (Attendance.member == other_id) & Attendance.meeting.in_(both)
        ).execute()
        Attendance.update(member=keep_id).where(Attendance.member == other_id).execute()

        mine = {m.group_id: m for m in Membership.select().where(Membership.member == keep_id)}
        for theirs in Membership.select().where(Membership.member == other_id):
            ours = mine.get(theirs.group_id)
            if ours is None:
                Membership.update(member=keep_id).where(Membership.id == theirs.id).execute()
                continue
            role = "facilitator" if "facilitator" in (ours.role, theirs.role) else ours.role
            sinces = [d for d in (ours.since, theirs.since) if d]
            Membership.update(role=role, since=min(sinces) if sinces else None).where(
                Membership.id == ours.id
            ).execute()
        Note.update(member=keep_id).where(Note.member == other_id).execute()
        Member.delete().where(Member.id == other_id).execute()


def delete_member(member_id: int) -> None:
    """Remove the person and everything about them, attendance included (figures change)."""
    _live(member_id)
    with database.atomic():
        Member.delete().where(Member.id == member_id).execute()


def erase_member(member_id: int) -> None:
    """Remove who the person was (name, contact, demographics, notes) but keep their attendance.

    The row stays as an anonymous placeholder so past funder figures do not change; it no longer
    appears in any list. secure_delete (always on) overwrites the freed text in the file.
    """
    _live(member_id)
    with database.atomic():
        Note.delete().where(Note.member == member_id).execute()
        Membership.delete().where(Membership.member == member_id).execute()
        blank = {field: "" for field in TEXT_FIELDS}
        blank.update(
            preferred_name=ERASED_NAME,
            consent_contact=False,
            consent_date=None,
            joined_on=None,
            active=False,
            erased=True,
            search_text="",
            updated_at=utcnow(),
        )
        Member.update(**blank).where(Member.id == member_id).execute()
