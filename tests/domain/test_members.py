"""Members: validation that explains itself, filters, merge, delete and erase."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from peerdesk.domain import db as dbmod
from peerdesk.domain import members, notes, reports
from peerdesk.domain.models import Attendance, Group, Meeting, Member, Membership, Note, database

TODAY = dt.date(2025, 6, 1)


def make(name, **extra):
    data = {"preferred_name": name, **extra}
    return members.create_member(data, today=TODAY)


def held_meeting(group, day):
    return Meeting.create(group=group, date=dt.date(2025, 5, day), status="held")


def test_validation_says_what_is_wrong(vault):
    with pytest.raises(members.ValidationError) as info:
        members.create_member(
            {"preferred_name": " ", "email": "ann.example.org", "birth_year": "2090"}, today=TODAY
        )
    errors = info.value.errors
    assert errors["preferred_name"].startswith("A preferred name is required")
    assert "'ann.example.org' is not an email address" in errors["email"]
    assert errors["birth_year"] == "Birth year 2090 is in the future."
    assert Member.select().count() == 0
    with pytest.raises(members.ValidationError, match="cannot be in the future"):
        make("Ann", joined_on="2030-01-01")
    member_id = make("  José  ", full_name="José  García", birth_year="Prefer not to say")
    data = members.get_member(member_id)
    assert (data["preferred_name"], data["full_name"], data["birth_year"]) == (
        "José",
        "José García",
        "prefer not to say",
    )
    assert data["joined_on"] == TODAY


def test_search_matches_names_email_and_phone_and_filters_combine(vault):
    group = Group.create(name="Grief circle")
    zoe = make("Zoë", full_name="Zoë Ørsted", email="Zoe.O@Example.org", consent_contact=True)
    make("Ann", phone="555-123-4567", active=False)
    Membership.create(member=zoe, group=group)

    def names(query="", **flt):
        rows = members.list_members(query, filters=members.MemberFilter(**flt), today=TODAY)
        return [r.preferred_name for r in rows]

    assert names("zoe orsted") == ["Zoë"]
    assert names("zoe.o@example.org") == ["Zoë"]
    assert names("1234567") == ["Ann"] and names("555 123") == ["Ann"]
    assert names(active=True) == ["Zoë"] and names(active=False) == ["Ann"]
    assert names(consent=True) == ["Zoë"]
    assert names(group_id=group.id) == ["Zoë"]
    assert names(overdue=True) == []
    notes.add_note(zoe, "call back", "follow-up", follow_up_due=dt.date(2025, 5, 1))
    assert names(overdue=True) == ["Zoë"]
    assert members.count_members("", members.MemberFilter(overdue=True), today=TODAY) == 1
    rows = members.list_members(order="phone", descending=True)
    assert [r.preferred_name for r in rows] == ["Ann", "Zoë"]


def test_merge_keeps_attendance_memberships_and_notes(vault):
    grief, carers = Group.create(name="Grief"), Group.create(name="Carers")
    keep = make("Sam", email="sam@example.org", joined_on="2024-01-01")
    other = make("Sammy", full_name="Sam Jones", phone="555-000-1111", joined_on="2023-05-05")
    m1, m2, m3 = (held_meeting(grief, d) for d in (1, 8, 15))
    Attendance.create(meeting=m1, member=keep)
    Attendance.create(meeting=m2, member=keep)
    Attendance.create(meeting=m2, member=other)  # both records attended: counted once
    Attendance.create(meeting=m3, member=other)
    Membership.create(member=keep, group=grief, role="participant", since=dt.date(2024, 1, 1))
    Membership.create(member=other, group=grief, role="facilitator", since=dt.date(2023, 5, 5))
    Membership.create(member=other, group=carers)
    notes.add_note(keep, "note one")
    notes.add_note(other, "note two")

    assert members.merge_conflicts(keep, other) == {
        "preferred_name": ("Sam", "Sammy"),
        "joined_on": (dt.date(2024, 1, 1), dt.date(2023, 5, 5)),
    }
    members.merge_members(keep, other, {"preferred_name": "Sammy"})

    assert not Member.select().where(Member.id == other).exists()
    data = members.get_member(keep)
    assert data["preferred_name"] == "Sammy"
    assert data["full_name"] == "Sam Jones" and data["phone"] == "555-000-1111"
    assert data["email"] == "sam@example.org" and data["joined_on"] == dt.date(2023, 5, 5)
    attended = sorted(a.meeting_id for a in Attendance.select().where(Attendance.member == keep))
    assert attended == [m1.id, m2.id, m3.id]
    assert {(g["group"], g["role"], g["since"]) for g in members.member_groups(keep)} == {
        ("Grief", "facilitator", dt.date(2023, 5, 5)),
        ("Carers", "participant", None),
    }
    assert sorted(n.body for n in notes.timeline(keep)) == ["note one", "note two"]
    assert members.list_members("jones")[0].id == keep
    with pytest.raises(members.MemberError):
        members.merge_members(keep, keep)


def test_delete_removes_the_person_and_their_attendance(vault):
    group = Group.create(name="Recovery")
    gone, stays = make("Gone"), make("Stays")
    meeting = held_meeting(group, 3)
    Attendance.create(meeting=meeting, member=gone)
    Attendance.create(meeting=meeting, member=stays)
    notes.add_note(gone, "private")
    members.delete_member(gone)
    assert Attendance.select().count() == 1 and Note.select().count() == 0
    [row] = reports.compute(dt.date(2025, 5, 1), dt.date(2025, 5, 31)).by_group
    assert row["named_attendances"] == 1
    with pytest.raises(members.MemberError):
        members.delete_member(gone)


def _decrypted_pages(path, key: bytes) -> bytes:
    """Every page of the SQLCipher file decrypted (AES-256-CBC, 4096-byte pages, 80 reserved)."""
    data, size, out = path.read_bytes(), 4096, []
    for i in range(len(data) // size):
        page = data[i * size : (i + 1) * size]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(page[size - 80 : size - 64])).decryptor()
        out.append(decryptor.update(page[16 if i == 0 else 0 : size - 80]) + decryptor.finalize())
    return b"".join(out)


def test_erase_keeps_figures_and_leaves_no_trace_in_the_file(vault):
    group = Group.create(name="Trauma survivors")
    secret = make(
        "Quentin",
        full_name="Quentin Xylophagous",
        email="quentin.xylo@example.org",
        phone="555-987-6543",
        birth_year="1971",
        gender="man",
        postal_code="ZQ9 9QZ",
    )
    other = make("Ruth")
    Membership.create(member=secret, group=group)
    for day in (1, 8):
        meeting = held_meeting(group, day)
        Attendance.create(meeting=meeting, member=secret)
        Attendance.create(meeting=meeting, member=other)
    notes.add_note(secret, "Xylophagous disclosed something confidential")
    notes.save_draft(secret, "Xylophagous draft")
    span = (dt.date(2025, 5, 1), dt.date(2025, 5, 31))
    before = reports.compute(*span).by_group
    key = database.obj.data_key

    database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"Xylophagous" in _decrypted_pages(vault.db_path, key)  # the check can see names

    members.erase_member(secret)
    assert reports.compute(*span).by_group == before
    assert before[0]["unduplicated_participants"] == 2
    assert [r.preferred_name for r in members.list_members()] == ["Ruth"]
    assert members.count_members() == 1
    placeholder = Member.get_by_id(secret)
    assert placeholder.erased and placeholder.preferred_name == members.ERASED_NAME
    assert (placeholder.email, placeholder.phone, placeholder.birth_year) == ("", "", "")
    assert Note.select().count() == 0 and Membership.select().count() == 0
    with pytest.raises(members.MemberError):
        members.get_member(secret)

    database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.close_database()
    plain = _decrypted_pages(vault.db_path, key)
    for trace in (b"Xylophagous", b"xylophagous", b"quentin.xylo", b"5559876543", b"ZQ9 9QZ"):
        assert trace not in plain, trace
    wal = vault.db_path.with_name(vault.db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
