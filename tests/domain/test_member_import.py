"""Member import over the files people really have: each mess with its exact outcome."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.domain import member_import as mi
from peerdesk.domain import members
from peerdesk.domain.models import Group, Member, Membership
from peerdesk.domain.tabular import ImportFileError, Problem, read_table_bytes

TODAY = dt.date(2025, 6, 1)


def plan(data: bytes, name: str = "people.csv", **kwargs) -> mi.ImportPlan:
    return mi.plan_import(read_table_bytes(data, name), name, today=TODAY, **kwargs)


def names() -> list[tuple[str, str]]:
    rows = Member.select().order_by(Member.id)
    return [(m.preferred_name, m.full_name) for m in rows]


def test_excel_cp1252_with_semicolons(vault):
    data = (
        "Prénom;Nom;E-mail;Téléphone;Date de naissance\r\n"
        "José;García;jose@example.org;06 12 34 56 78;14/03/1980\r\n"
        "Zoë;Dupré;zoe@example.org;;1991\r\n"
    ).encode("cp1252")
    p = plan(data)
    assert p.problems == [] and p.unknown == []
    result = mi.apply_import(p)
    assert result == mi.ImportResult(2, 0)
    assert names() == [("José", "José García"), ("Zoë", "Zoë Dupré")]
    jose = Member.get(Member.preferred_name == "José")
    assert (jose.phone, jose.birth_year, jose.email) == (
        "06 12 34 56 78",
        "1980",
        "jose@example.org",
    )
    assert members.list_members("garcia")[0].preferred_name == "José"


def test_utf8_bom_quoted_commas_newlines_blank_lines_and_trailing_spaces(vault):
    data = (
        "\ufeffName,Full name,Email,Emergency contact,Consent\n"
        "\n"
        '"Mary, Jr  ","Mary-Jo O\'Neil ",  mary@example.org  ,"Tom, brother\n555-0100",yes\n'
        ",,,,\n"
        "Αλέξανδρος,Αλέξανδρος Παπαδόπουλος,alex@example.org,,No\n"
    ).encode("utf-8")
    p = plan(data)
    assert p.problems == []
    assert [m.row for m in p.members] == [3, 5]  # records, as a spreadsheet numbers them
    mi.apply_import(p)
    assert names() == [("Mary, Jr", "Mary-Jo O'Neil"), ("Αλέξανδρος", "Αλέξανδρος Παπαδόπουλος")]
    mary = Member.get(Member.email == "mary@example.org")
    assert mary.emergency_contact == "Tom, brother 555-0100"
    assert mary.consent_contact and mary.consent_date == TODAY


def test_duplicates_in_the_file_and_in_the_database_are_flagged_and_skipped(vault):
    members.create_member(
        {"preferred_name": "Ann", "full_name": "Ann Lee", "phone": "555 111 2222"}
    )
    data = (
        b"First name,Last name,Email,Phone\n"
        b"Ann,Lee,,555-111-2222\n"  # already in the database (same name and phone)
        b"Bo,Chan,bo@example.org,\n"
        b"BO,CHAN,BO@example.org,\n"  # same person as row 3
        b"Bo,Chan,other@example.org,\n"  # same name, different email: a different Bo
    )
    p = plan(data)
    assert [(m.row, m.duplicate) for m in p.duplicates] == [
        (2, "same name and phone as Ann Lee, already in the database"),
        (4, "same name and email as row 3"),
    ]
    assert p.warnings()[1] == Problem(4, "", "likely duplicate: same name and email as row 3")
    result = mi.apply_import(p)
    assert result == mi.ImportResult(2, 2)
    assert mi.summary(p, result) == (
        "Imported 2 members from people.csv. Skipped 2 likely duplicates (rows 2, 4)."
    )
    assert Member.select().count() == 3
    assert mi.apply_import(plan(data), include_duplicates=True).created == 4


def test_unknown_column_is_ignored_and_reported(vault):
    p = plan(b"Name,Email,Favourite colour\nAnn,ann@example.org,green\n")
    assert p.unknown == ["Favourite colour"] and p.problems == []
    mi.apply_import(p)
    assert "Ignored column: Favourite colour." in mi.summary(p)
    assert names() == [("Ann", "")]


def test_a_bad_email_row_blocks_the_whole_import(vault):
    data = b"Name,Email,Birth year\nAnn,ann@example.org,1970\nBo,bo(at)example,2031\nCy,,x\n"
    p = plan(data)
    assert p.problems == [
        Problem(
            3,
            "Email",
            "'bo(at)example' is not an email address (it should look like name@example.org).",
        ),
        Problem(3, "Birth year", "birth year 2031 is in the future"),
        Problem(4, "Birth year", "not a birth year: 'x'"),
    ]
    with pytest.raises(mi.MemberImportError, match="has 3 problems; nothing was imported"):
        mi.apply_import(p)
    assert Member.select().count() == 0


def test_ambiguous_dates_are_asked_not_guessed(vault):
    data = b"Name,Joined\nAnn,3/4/2024\nBo,5/6/2024\n"
    p = plan(data)
    assert p.date_order == "ambiguous"
    assert [pr.message for pr in p.problems] == [
        "ambiguous date: '3/4/2024' (day/month or month/day?)",
        "ambiguous date: '5/6/2024' (day/month or month/day?)",
    ]
    p = plan(data, date_order="dmy")
    assert [m.values["joined_on"] for m in p.members] == [dt.date(2024, 4, 3), dt.date(2024, 6, 5)]


def test_mapping_can_be_corrected_and_group_is_created(vault):
    table = read_table_bytes(b"Who,Contact\nAnn,ann@example.org\n", "x.csv")
    with pytest.raises(mi.MemberImportError, match="no name column"):
        mi.plan_import(table, "x.csv")
    p = mi.plan_import(table, "x.csv", {"preferred_name": 0, "email": 1})
    result = mi.apply_import(p, group_name="  New   circle ")
    assert result == mi.ImportResult(1, 0, "New circle", True)
    group = Group.get(Group.name == "New circle")
    assert Membership.select().where(Membership.group == group).count() == 1
    assert mi.apply_import(p, group_name="new circle").group_created is False


def test_cancel_leaves_nothing(vault):
    from peerdesk.domain.progress import Cancelled, Progress

    rows = "".join(f"Person {i},p{i}@example.org\n" for i in range(1200))
    p = plan(("Name,Email\n" + rows).encode())
    progress = Progress()
    calls = []

    def cancel_second(fraction, message):
        calls.append(fraction)
        if len(calls) == 2:
            progress.cancel()

    progress._callback = cancel_second
    with pytest.raises(Cancelled):
        mi.apply_import(p, progress=progress)
    assert Member.select().count() == 0


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.lists(
            st.lists(
                st.sampled_from(
                    ["Name", "Email", "a@b.co", "x", "", ",", '"', ";", "\n", "é", "1999"]
                ),
                max_size=6,
            ),
            max_size=6,
        ).map(lambda rows: "\n".join("".join(r) for r in rows).encode("utf-8")),
    )
)
def test_random_bytes_import_cleanly_or_fail_cleanly(vault, data):
    before = Member.select().count()
    try:
        p = mi.plan_import(read_table_bytes(data, "random.csv"), "random.csv", today=TODAY)
        result = mi.apply_import(p)
    except (ImportFileError, mi.MemberImportError) as exc:
        assert str(exc) and "\n" not in str(exc)
        assert Member.select().count() == before
    else:
        assert Member.select().count() == before + result.created
        assert result.created == len(p.to_import())
