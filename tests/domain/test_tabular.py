"""The shared import reader: files as coordinators really have them (design §6)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain.dates import PREFER_NOT, detect_date_order, parse_birth_year, parse_date
from peerdesk.domain.tabular import (
    ATTENDANCE_FIELDS,
    MEMBER_FIELDS,
    RESOURCE_FIELDS,
    ColumnMatch,
    ImportFileError,
    Problem,
    Row,
    Table,
    match_columns,
    normalize_header,
    read_table,
    read_table_bytes,
    write_problems_csv,
)

TODAY = dt.date(2025, 6, 1)


def xlsx_bytes(rows_by_number: dict[int, list]) -> bytes:
    """An .xlsx whose first sheet has the given rows (1-based row numbers; gaps stay empty)."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for number, values in rows_by_number.items():
        for column, value in enumerate(values, start=1):
            sheet.cell(row=number, column=column, value=value)
    workbook.create_sheet("Second")["A1"] = "ignored"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# CSV / TSV reading


def test_excel_cp1252_semicolons(tmp_path):
    path = tmp_path / "membres.csv"
    path.write_bytes(
        "Prénom;Nom;E-mail\r\nJosé;Müller;jose@example.org\r\nZoë;Øster;\r\n".encode("cp1252")
    )
    table = read_table(path)
    assert table == Table(
        headers=["Prénom", "Nom", "E-mail"],
        rows=[Row(2, ["José", "Müller", "jose@example.org"]), Row(3, ["Zoë", "Øster", ""])],
    )
    match = match_columns(table.headers, MEMBER_FIELDS)
    assert match.mapping == {"first_name": 0, "last_name": 1, "email": 2}
    assert match.unknown == []


def test_cp1252_undefined_byte_falls_back_to_latin1():
    table = read_table_bytes(b"Name\nA\x81b\xe9\n", "x.csv")
    assert table.rows == [Row(2, ["A\x81bé"])]


def test_utf8_with_bom():
    table = read_table_bytes("\ufeffName,Email\nNguyễn Thị Ánh,a@b.c\n".encode(), "x.csv")
    assert table.headers == ["Name", "Email"]
    assert table.rows == [Row(2, ["Nguyễn Thị Ánh", "a@b.c"])]


def test_utf8_without_bom():
    table = read_table_bytes("Name\nДмитрий\n".encode(), "x.csv")
    assert table.rows == [Row(2, ["Дмитрий"])]


def test_utf16_excel_unicode_text():
    data = "Name\tEmail\r\nΑλέξανδρος\ta@b.c\r\n".encode("utf-16")
    table = read_table_bytes(data, "export.txt")
    assert table == Table(["Name", "Email"], [Row(2, ["Αλέξανδρος", "a@b.c"])])


def test_quoted_fields_with_commas_and_newlines_keep_row_numbers():
    data = (
        b'Name,Address,Phone\r\n"Smith, Ann","12 High St\r\nFlat 2",555\r\n'
        b'Bo,"say ""hi""",\r\nCy,x,1\r\n'
    )
    table = read_table_bytes(data, "x.csv")
    assert table.rows == [
        Row(2, ["Smith, Ann", "12 High St\nFlat 2", "555"]),
        Row(3, ["Bo", 'say "hi"', ""]),
        Row(4, ["Cy", "x", "1"]),
    ]


def test_blank_lines_are_skipped_but_counted():
    data = b"\n\nName,Email\n\nAnn,a@x\n   \n,,\n\nBo,b@x\n\n"
    table = read_table_bytes(data, "x.csv")
    assert table.headers == ["Name", "Email"]
    assert table.rows == [Row(5, ["Ann", "a@x"]), Row(9, ["Bo", "b@x"])]


def test_spaces_are_stripped_from_values_and_headers():
    table = read_table_bytes(b"Name  ,  Email \nAnn   , a@x  \n", "x.csv")
    assert table == Table(["Name", "Email"], [Row(2, ["Ann", "a@x"])])


def test_short_rows_are_padded_and_extra_cells_get_a_column():
    table = read_table_bytes(b"A,B,C\n1\n1,2,3,4\n", "x.csv")
    assert table.headers == ["A", "B", "C", "Column 4"]
    assert table.rows == [Row(2, ["1", "", "", ""]), Row(3, ["1", "2", "3", "4"])]


def test_empty_and_duplicate_headers_are_addressable():
    table = read_table_bytes(b"Email,,Email,Column 2\n1,2,3,4\n", "x.csv")
    assert table.headers == ["Email", "Column 2 (2)", "Email (2)", "Column 2"]
    match = match_columns(table.headers, MEMBER_FIELDS)
    assert match.mapping == {"email": 0}
    assert match.unknown == ["Column 2 (2)", "Email (2)", "Column 2"]


def test_empty_padding_columns_are_dropped():
    table = read_table_bytes(b",Name,,\n,Ann,,\n", "x.csv")
    assert table == Table(["Name"], [Row(2, ["Ann"])])


def test_tab_separated():
    table = read_table_bytes(b"First name\tSurname\tNotes\nAnn\tLee, Jr\tx\n", "x.tsv")
    assert table == Table(["First name", "Surname", "Notes"], [Row(2, ["Ann", "Lee, Jr", "x"])])


def test_delimiter_inside_quoted_header_does_not_fool_the_sniffer():
    table = read_table_bytes(b'"Name, full";Email\n"Lee, Ann";a@x\n', "x.csv")
    assert table == Table(["Name, full", "Email"], [Row(2, ["Lee, Ann", "a@x"])])


def test_escaped_quote_inside_quoted_header():
    table = read_table_bytes(b'"Say ""a,b""";Email\nx;y\n', "x.csv")
    assert table == Table(['Say "a,b"', "Email"], [Row(2, ["x", "y"])])


def test_single_column_file():
    table = read_table_bytes(b"Name\nAnn\nBo\n", "x.csv")
    assert table == Table(["Name"], [Row(2, ["Ann"]), Row(3, ["Bo"])])


def test_header_without_data_is_an_empty_table():
    assert read_table_bytes(b"Name,Email\r\n\r\n", "x.csv") == Table(["Name", "Email"], [])


def test_old_mac_line_endings():
    table = read_table_bytes(b"Name,Email\rAnn,a@x\rBo,b@x", "x.csv")
    assert table.rows == [Row(2, ["Ann", "a@x"]), Row(3, ["Bo", "b@x"])]


def test_stray_control_character_is_dropped():
    table = read_table_bytes(b"Name,Email\nAnn,a@x\n\x1a", "x.csv")
    assert table.rows == [Row(2, ["Ann", "a@x"])]


# ---------------------------------------------------------------------------------------------
# XLSX


def test_xlsx_round_trip(tmp_path):
    path = tmp_path / "members.xlsx"
    path.write_bytes(
        xlsx_bytes(
            {
                1: ["First Name", "Surname ", "Birth year", "Joined", "Phone", "Consent", None],
                2: ["Ann", "Lee", 1980.0, dt.datetime(2024, 3, 5, 0, 0), 5551234, True],
                4: ["  Bo  ", None, 1975, dt.date(2023, 12, 31), 2.5, False, None],
            }
        )
    )
    table = read_table(path)
    assert table.headers == ["First Name", "Surname", "Birth year", "Joined", "Phone", "Consent"]
    assert table.rows == [
        Row(2, ["Ann", "Lee", "1980", "2024-03-05", "5551234", "TRUE"]),
        Row(4, ["Bo", "", "1975", "2023-12-31", "2.5", "FALSE"]),
    ]
    match = match_columns(table.headers, MEMBER_FIELDS)
    assert match.mapping == {
        "first_name": 0,
        "last_name": 1,
        "birth_year": 2,
        "joined_on": 3,
        "phone": 4,
        "consent_contact": 5,
    }


def test_xlsx_header_not_in_first_row():
    table = read_table_bytes(xlsx_bytes({3: [None, "Name"], 6: [None, "Ann"]}), "x.xlsx")
    assert table == Table(["Name"], [Row(6, ["Ann"])])


def test_xlsx_renamed_to_csv_is_still_read():
    table = read_table_bytes(xlsx_bytes({1: ["Name"], 2: ["Ann"]}), "members.csv")
    assert table == Table(["Name"], [Row(2, ["Ann"])])


def test_xlsx_garbage():
    with pytest.raises(ImportFileError) as info:
        read_table_bytes(b"Name,Email\nAnn,a@x\n", "members.xlsx")
    assert str(info.value) == "members.xlsx is not a readable Excel file."


def test_zip_that_is_not_a_workbook():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ImportFileError) as info:
        read_table_bytes(buffer.getvalue(), "members.xlsx")
    assert str(info.value) == "members.xlsx is not a readable Excel file."


def test_empty_xlsx():
    with pytest.raises(ImportFileError) as info:
        read_table_bytes(xlsx_bytes({}), "members.xlsx")
    assert str(info.value) == "The file members.xlsx is empty."


def test_old_xls_is_refused_with_advice():
    with pytest.raises(ImportFileError) as info:
        read_table_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "members.xls")
    assert str(info.value) == (
        "members.xls is an old-style or password-protected Excel file; "
        "save it as .xlsx or CSV without a password and try again."
    )


# ---------------------------------------------------------------------------------------------
# Files that cannot be read


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError) as info:
        read_table(tmp_path / "members.csv")
    assert str(info.value) == "The file members.csv does not exist."


def test_folder_instead_of_file(tmp_path):
    (tmp_path / "members.csv").mkdir()
    with pytest.raises(ImportFileError) as info:
        read_table(tmp_path / "members.csv")
    assert str(info.value) == "members.csv is a folder, not a file."


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n  ", b"\xef\xbb\xbf", b";;;\r\n;;;\r\n"])
def test_empty_file(tmp_path, data):
    path = tmp_path / "members.csv"
    path.write_bytes(data)
    with pytest.raises(ImportFileError) as info:
        read_table(path)
    assert str(info.value) == "The file members.csv is empty."


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        bytes(range(256)) * 4,
        b"Name,Email\nAnn\x00,a@x\n",
        b"\x01\x02\x03\x04\x05\x06\x07\x08 abc",
    ],
)
def test_binary_garbage(data):
    with pytest.raises(ImportFileError) as info:
        read_table_bytes(data, "members.csv")
    assert str(info.value) == "members.csv does not look like a text or spreadsheet file."


def test_huge_cell_is_a_sentence_not_a_crash():
    data = b"Name\n" + b"x" * 200_000 + b"\n"
    with pytest.raises(ImportFileError) as info:
        read_table_bytes(data, "big.csv")
    assert str(info.value) == "big.csv could not be read as a table (a cell may be extremely long)."


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=2000), name=st.sampled_from(["a.csv", "a.tsv", "a.txt", "a.xlsx"]))
def test_arbitrary_bytes_give_a_table_or_import_file_error(data, name):
    try:
        table = read_table_bytes(data, name)
    except ImportFileError as exc:
        assert str(exc)
        assert "\n" not in str(exc)
    else:
        assert isinstance(table, Table)
        assert all(len(row.values) == len(table.headers) for row in table.rows)
        assert all(row.number >= 2 for row in table.rows)


@settings(max_examples=200, deadline=None)
@given(
    data=st.data(),
    ncols=st.integers(min_value=2, max_value=5),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_csv_round_trip(data, ncols, delimiter, encoding):
    headers = [f"Col{i}" for i in range(ncols)]
    cell = st.text(alphabet="ab é,;\"'\n-", max_size=8)
    rows = data.draw(st.lists(st.lists(cell, min_size=ncols, max_size=ncols), max_size=6))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    table = read_table_bytes(buffer.getvalue().encode(encoding), "round.csv")
    assert table.headers == headers
    expected = [
        Row(number, [v.strip() for v in values])
        for number, values in enumerate(rows, start=2)
        if any(v.strip() for v in values)
    ]
    assert table.rows == expected


# ---------------------------------------------------------------------------------------------
# Header matching


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("E-mail", "email"),
        ("First Name", "firstname"),
        ("first_name", "firstname"),
        ("  Prénom ", "prenom"),
        ("Year of birth (YYYY)", "yearofbirth"),
        ("Email [optional]", "email"),
        ("O'Connor?", "oconnor"),
        ("(notes)", "notes"),
        ("", ""),
    ],
)
def test_normalize_header(header, expected):
    assert normalize_header(header) == expected


def test_member_synonyms():
    headers = [
        "Given name",
        "Family Name",
        "Known as",
        "E-mail address",
        "Mobile",
        "DOB",
        "Sex",
        "Race",
        "ZIP code",
        "OK to contact",
        "Emergency contact",
        "Member since",
        "Pronouns",
        "Full name",
        "Notes",
        "Favourite colour",
    ]
    match = match_columns(headers, MEMBER_FIELDS)
    assert match == ColumnMatch(
        mapping={
            "preferred_name": 2,
            "first_name": 0,
            "last_name": 1,
            "full_name": 13,
            "pronouns": 12,
            "phone": 4,
            "email": 3,
            "birth_year": 5,
            "gender": 6,
            "ethnicity": 7,
            "postal_code": 8,
            "consent_contact": 9,
            "emergency_contact": 10,
            "joined_on": 11,
        },
        unknown=["Notes", "Favourite colour"],
        missing=[],
    )


def test_field_keys_are_synonyms_and_missing_fields_are_listed():
    match = match_columns(["preferred_name", "birth_year", "Status"], MEMBER_FIELDS)
    assert match.mapping == {"preferred_name": 0, "birth_year": 1}
    assert match.unknown == ["Status"]
    assert match.missing == [
        "first_name",
        "last_name",
        "full_name",
        "pronouns",
        "phone",
        "email",
        "gender",
        "ethnicity",
        "postal_code",
        "consent_contact",
        "emergency_contact",
        "joined_on",
    ]


def test_stronger_synonym_wins_over_earlier_column():
    match = match_columns(["Name", "Preferred name"], MEMBER_FIELDS)
    assert match.mapping["preferred_name"] == 1
    assert match.unknown == ["Name"]


def test_first_column_wins_and_each_column_is_used_once():
    match = match_columns(["Email", "E-mail", "Phone", "Tel"], MEMBER_FIELDS)
    assert match.mapping == {"email": 0, "phone": 2}
    assert match.unknown == ["E-mail", "Tel"]


def test_attendance_synonyms():
    headers = ["Session date", "Circle", "Attendee", "Member ID", "Attendance"]
    match = match_columns(headers, ATTENDANCE_FIELDS)
    assert match.mapping == {"date": 0, "group": 1, "name": 2, "member_uuid": 3, "status": 4}
    assert match.unknown == []
    assert match.missing == []


def test_resource_synonyms():
    headers = ["Name", "Type", "Website", "Opening hours", "Keywords", "Reviewed on", "Reviewed by"]
    match = match_columns(headers, RESOURCE_FIELDS)
    assert match.mapping == {
        "title": 0,
        "category": 1,
        "url": 2,
        "hours": 3,
        "tags": 4,
        "last_reviewed": 5,
        "reviewed_by": 6,
    }
    assert match.missing == ["description", "phone", "address", "languages"]


def test_column_match_value():
    match = match_columns(["Email", "Name"], MEMBER_FIELDS)
    row = Row(2, ["a@x", "Ann"])
    assert match.value(row, "email") == "a@x"
    assert match.value(row, "preferred_name") == "Ann"
    assert match.value(row, "phone") == ""


def test_notes_are_never_a_member_field():
    assert "notes" not in MEMBER_FIELDS
    assert match_columns(["Notes"], MEMBER_FIELDS).unknown == ["Notes"]


# ---------------------------------------------------------------------------------------------
# Dates


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["3/4/2025", "13/4/2025", ""], "dmy"),
        (["3.4.2025", "4.25.2025"], "mdy"),
        (["13/4/2025", "4/25/2025"], "inconsistent"),
        (["3/4/2025", "5/6/25"], "ambiguous"),
        (["2025-04-03", "2025-12-31"], "iso"),
        (["3 Apr 2025", "", "2025-01-01"], "iso"),
        (["5/5/2025", "1/1/2025"], "iso"),
        (["3/4/2025", "2025-04-13"], "ambiguous"),
        (["13/13/2025", "3/4/2025"], "ambiguous"),
        ([], "iso"),
    ],
)
def test_detect_date_order(values, expected):
    assert detect_date_order(values) == expected


@pytest.mark.parametrize(
    ("value", "order", "expected"),
    [
        ("2025-04-03", "dmy", dt.date(2025, 4, 3)),
        ("2025-04-03", "mdy", dt.date(2025, 4, 3)),
        ("2025-04-03 00:00:00", "iso", dt.date(2025, 4, 3)),
        ("2025/4/3", "iso", dt.date(2025, 4, 3)),
        ("3/4/2025", "dmy", dt.date(2025, 4, 3)),
        ("3/4/2025", "mdy", dt.date(2025, 3, 4)),
        ("3.4.2025", "dmy", dt.date(2025, 4, 3)),
        ("3-4-2025", "dmy", dt.date(2025, 4, 3)),
        ("03/04/25", "dmy", dt.date(2025, 4, 3)),
        ("03/04/69", "dmy", dt.date(2069, 4, 3)),
        ("03/04/70", "dmy", dt.date(1970, 4, 3)),
        ("03/04/99", "dmy", dt.date(1999, 4, 3)),
        ("3/4/2025 14:30", "dmy", dt.date(2025, 4, 3)),
        ("13/4/2025", "ambiguous", dt.date(2025, 4, 13)),
        ("4/13/2025", "ambiguous", dt.date(2025, 4, 13)),
        ("5/5/2025", "ambiguous", dt.date(2025, 5, 5)),
        ("3 Apr 2025", "mdy", dt.date(2025, 4, 3)),
        ("3 April 2025", "iso", dt.date(2025, 4, 3)),
        ("April 3, 2025", "dmy", dt.date(2025, 4, 3)),
        ("Sept 30 2025", "dmy", dt.date(2025, 9, 30)),
        ("03-Apr-25", "dmy", dt.date(2025, 4, 3)),
        ("Thu 3rd April 2025", "dmy", dt.date(2025, 4, 3)),
        ("  1 MAY 2025  ", "dmy", dt.date(2025, 5, 1)),
    ],
)
def test_parse_date(value, order, expected):
    assert parse_date(value, order) == expected


@pytest.mark.parametrize(
    ("value", "order", "message"),
    [
        ("31/02/2025", "dmy", "not a date: '31/02/2025'"),
        ("2/31/2025", "mdy", "not a date: '2/31/2025'"),
        ("13/4/2025", "mdy", "not a date: '13/4/2025'"),
        ("2025-13-01", "iso", "not a date: '2025-13-01'"),
        ("tomorrow", "dmy", "not a date: 'tomorrow'"),
        ("3/4/025", "dmy", "not a date: '3/4/025'"),
        ("3/4-2025", "dmy", "not a date: '3/4-2025'"),
        ("3 Foo 2025", "dmy", "not a date: '3 Foo 2025'"),
        ("3/4/2025", "ambiguous", "ambiguous date: '3/4/2025' (day/month or month/day?)"),
        ("3/4/2025", "iso", "ambiguous date: '3/4/2025' (day/month or month/day?)"),
        ("  ", "dmy", "no date given"),
    ],
)
def test_parse_date_errors(value, order, message):
    with pytest.raises(ValueError) as info:
        parse_date(value, order)
    assert str(info.value) == message


# ---------------------------------------------------------------------------------------------
# Birth years


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1980", 1980),
        (" 1980 ", 1980),
        ("1980.0", 1980),
        ("1980-05-01", 1980),
        ("05/01/1980", 1980),
        ("25/12/1980", 1980),
        ("12/25/1980", 1980),
        ("1.5.1980", 1980),
        ("05/01/80", 1980),
        ("05/01/05", 2005),
        ("05/01/25", 2025),
        ("3 May 1980", 1980),
        ("1900", 1900),
        ("2025", 2025),
        ("", None),
        ("   ", None),
        ("prefer not to say", PREFER_NOT),
        ("Prefer not to say", PREFER_NOT),
        ("Rather not say", PREFER_NOT),
        ("declined", PREFER_NOT),
    ],
)
def test_parse_birth_year(value, expected):
    assert parse_birth_year(value, today=TODAY) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2090", "birth year 2090 is in the future"),
        ("2026-01-01", "birth year 2026 is in the future"),
        ("1899", "birth year 1899 is before 1900"),
        ("45", "not a birth year: '45'"),
        ("unknown", "not a birth year: 'unknown'"),
        ("19801", "not a birth year: '19801'"),
    ],
)
def test_parse_birth_year_errors(value, message):
    with pytest.raises(ValueError) as info:
        parse_birth_year(value, today=TODAY)
    assert str(info.value) == message


def test_parse_birth_year_defaults_to_today():
    next_year = dt.date.today().year + 1
    with pytest.raises(ValueError, match=f"birth year {next_year} is in the future"):
        parse_birth_year(str(next_year))


# ---------------------------------------------------------------------------------------------
# Problems


def test_write_problems_csv(tmp_path):
    path = tmp_path / "problems.csv"
    problems = [
        Problem(2, "E-mail", "not an email: 'x'"),
        Problem(5, "Name", "=cmd|' /C calc'!A0 is not a name"),
        Problem(7, "", "row has no name"),
    ]
    assert write_problems_csv(problems, path) == 3
    assert path.read_bytes() == (
        b"\xef\xbb\xbfrow,column,message\r\n"
        b"2,E-mail,not an email: 'x'\r\n"
        b"5,Name,'=cmd|' /C calc'!A0 is not a name\r\n"
        b"7,,row has no name\r\n"
    )


def test_problem_is_frozen():
    problem = Problem(2, "Email", "x")
    with pytest.raises(AttributeError):
        problem.row = 3  # type: ignore[misc]


@settings(max_examples=150, deadline=None)
@given(
    edits=st.lists(
        st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
        min_size=1,
        max_size=6,
    ),
    cut=st.one_of(st.none(), st.integers(min_value=0)),
)
def test_damaged_xlsx_gives_a_table_or_import_file_error(edits, cut):
    data = bytearray(SMALL_XLSX)
    for position, byte in edits:
        data[position % len(data)] = byte
    if cut is not None:
        data = data[: cut % len(data)]
    try:
        table = read_table_bytes(bytes(data), "damaged.xlsx")
    except ImportFileError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(table, Table)


SMALL_XLSX = xlsx_bytes({1: ["Name", "Birth year"], 2: ["Ann", 1980]})


def test_reader_does_not_load_openpyxl_or_qt_until_needed():
    code = (
        "import sys, peerdesk.domain.tabular, peerdesk.domain.csvsafe;"
        "print('openpyxl' in sys.modules, 'PySide6' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]  # this checkout, not an installed copy
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert result.stdout.split() == ["False", "False"]
