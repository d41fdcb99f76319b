"""Suppression in every format, formula-safe named exports, read-backs and no partial files."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain import exports, reports, suppression
from peerdesk.domain.models import Attendance, Group, Meeting, Member
from peerdesk.domain.progress import Cancelled, Progress

START, END = dt.date(2024, 1, 1), dt.date(2024, 12, 31)


def _feasible(shown, values, k, total, i, j, d):
    """Moving d people from hidden cell j to hidden cell i keeps every marker true."""

    def ok(idx, v):
        return 1 <= v <= k - 1 if shown[idx] == f"<{k}" else 0 <= v <= total

    return ok(i, values[i] + d) and ok(j, values[j] - d)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=2, max_size=8), st.integers(5, 15))
def test_no_small_count_shown_and_no_hidden_cell_recomputable(counts, k):
    rows = [(f"c{i}", n) for i, n in enumerate(counts)]
    shown = [value for _label, value in suppression.suppress(rows, k)]
    cells, total_shown = shown[:-1], shown[-1]
    total = sum(counts)
    for value in shown:
        assert not (isinstance(value, int) and 1 <= value < k)
    assert total_shown == (f"<{k}" if 0 < total < k else total)
    hidden = [i for i, v in enumerate(cells) if isinstance(v, str)]
    for i, v in enumerate(cells):
        if isinstance(v, int):
            assert v == counts[i]
    # A different table, consistent with everything shown and the total, exists for every hidden
    # cell — unless every cell is already hidden (a tiny total, e.g. one person, stays guessable).
    for i in hidden if len(hidden) < len(cells) else ():
        assert any(
            _feasible(cells, counts, k, total, i, j, d) for j in hidden if j != i for d in (1, -1)
        ), (counts, k, cells)


def test_k_below_five_is_refused():
    with pytest.raises(suppression.SuppressionError):
        suppression.suppress([("a", 3)], 4)


@pytest.fixture
def small_data(vault):
    group = Group.create(name="Grief Circle")
    people = [
        Member.create(preferred_name='=HYPERLINK("x")', full_name="+1 555", gender="woman"),
        Member.create(
            preferred_name="Zoë", full_name="Zoë Ørsted", gender="man", birth_year="1990"
        ),
    ]
    people += [Member.create(preferred_name=f"P{i}", gender="woman") for i in range(12)]
    for day in range(3):
        meeting = Meeting.create(group=group, date=START + dt.timedelta(7 * day), status="held")
        for person in people:
            Attendance.create(meeting=meeting, member=person)
    return people


def _data(k=11):
    return reports.as_dict(reports.compute(START, END), k)


def test_every_report_format_suppresses_small_counts(small_data, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    data = _data()
    gender = {row["category"]: row["participants"] for row in data["demographics"]["gender"]}
    assert (
        gender == {"man": "<11", "woman": 13, "unknown": 0, "total": 14} or "*" in gender.values()
    )
    for ext in exports.REPORT_FORMATS:
        exports.write_report(data, tmp_path / f"r{ext}")
    assert json.loads((tmp_path / "r.json").read_text())["demographics"] == data["demographics"]

    rows = list(csv.reader((tmp_path / "r.csv").open(encoding="utf-8-sig")))
    demo_rows = [r for r in rows if r[0] in exports.DEMOGRAPHIC_LABELS.values()]
    assert demo_rows and all(not (r[2].isdigit() and 1 <= int(r[2]) < 11) for r in demo_rows)

    wb = load_workbook(tmp_path / "r.xlsx")
    assert wb.sheetnames == ["Summary", "By month", "By group", "Demographics"]
    assert wb["By group"]["B2"].value == 3 and wb["By group"].freeze_panes == "A2"
    for (value,) in wb["Demographics"].iter_rows(min_row=2, min_col=3, max_col=3, values_only=True):
        assert not (isinstance(value, int) and 1 <= value < 11)

    pdf = PdfReader(tmp_path / "r.pdf")
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert f"Page 1 of {len(pdf.pages)}" in text and "do not add up" in text
    assert "<11" in text and "Unduplicated participants" in text
    demographics = text[text.index("Demographics") :]
    for line in demographics.splitlines():
        for label in ("man", "woman"):
            if line.startswith(label + " "):
                number = line.split()[-1]
                assert not (number.isdigit() and 1 <= int(number) < 11), line


def test_named_csv_export_neutralises_formulas(small_data, tmp_path):
    target = tmp_path / "a.csv"
    count = exports.export_attendance(START, END, target, named=True)
    assert count == 3 * 14
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    assert rows[0][0].startswith("CONFIDENTIAL")
    assert rows[1] == ["Date", "Group", "Participant code", "Preferred name", "Full name", "Status"]
    assert ['\'=HYPERLINK("x")', "'+1 555"] in [r[3:5] for r in rows[2:]]


def test_de_identified_export_has_stable_codes_and_no_names(small_data, tmp_path):
    exports.export_attendance(START, END, tmp_path / "a.csv")
    exports.export_attendance(START, END, tmp_path / "b.xlsx")
    text = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert "Zoë" not in text and "HYPERLINK" not in text and "CONFIDENTIAL" not in text
    codes = {r[2] for r in list(csv.reader(text.splitlines()))[1:]}
    assert len(codes) == 14 and all(re.fullmatch(r"P-[0-9A-F]{12}", c) for c in codes)
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "b.xlsx")["Attendance"]
    assert {row[2] for row in ws.iter_rows(min_row=2, values_only=True)} == codes


def test_named_xlsx_has_confidential_header_and_safe_names(small_data, tmp_path):
    from openpyxl import load_workbook

    exports.export_attendance(START, END, tmp_path / "n.xlsx", named=True)
    ws = load_workbook(tmp_path / "n.xlsx")["Attendance"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0].startswith("CONFIDENTIAL") and rows[1][3] == "Preferred name"
    assert '\'=HYPERLINK("x")' in [r[3] for r in rows[2:]]


def test_cancelled_export_leaves_no_file(small_data, tmp_path):
    progress = Progress()
    progress.cancel()
    for name in ("a.csv", "a.xlsx"):
        with pytest.raises(Cancelled):
            exports.export_attendance(START, END, tmp_path / name, progress=progress)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_wrong_suffix_is_refused(small_data, tmp_path):
    with pytest.raises(exports.ExportError, match="ending in"):
        exports.export_attendance(START, END, tmp_path / "a.pdf")
