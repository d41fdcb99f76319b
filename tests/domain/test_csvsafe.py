"""csv_safe and write_csv: formula neutralisation and all-or-nothing CSV files (design §3.7)."""

from __future__ import annotations

import csv
import os
import sys
from decimal import Decimal

import pytest

from peerdesk.domain.csvsafe import csv_safe, write_csv

BOM = b"\xef\xbb\xbf"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+1 555", "'+1 555"),
        ("-5", "'-5"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain text", "plain text"),
        ("a=b", "a=b"),
        ("", ""),
        (None, ""),
    ],
)
def test_csv_safe_text(value, expected):
    assert csv_safe(value) == expected


@pytest.mark.parametrize("number", [0, 42, -5, 2.5, -0.25, Decimal("-1.50")])
def test_csv_safe_numbers_pass_through_unchanged(number):
    result = csv_safe(number)
    assert result == number
    assert type(result) is type(number)


def test_write_csv_bytes_exact(tmp_path):
    target = tmp_path / "out.csv"
    count = write_csv(target, ["name", "count"], [["=1+1", -3], ["José, Zoë", 2.5], [None, 0]])
    assert count == 3
    assert target.read_bytes() == (
        BOM + b'name,count\r\n\'=1+1,-3\r\n"Jos\xc3\xa9, Zo\xc3\xab",2.5\r\n,0\r\n'
    )


def test_write_csv_reads_back_with_csv_module(tmp_path):
    target = tmp_path / "out.csv"
    write_csv(target, ["a", "b"], [["line1\nline2", "-x"]])
    with open(target, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [["a", "b"], ["line1\nline2", "'-x"]]


def test_write_csv_leaves_no_file_when_rows_raise_midway(tmp_path):
    target = tmp_path / "export.csv"

    def rows():
        yield ["ok", 1]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError, match="database went away"):
        write_csv(target, ["name", "n"], rows())
    assert os.listdir(tmp_path) == []


def test_write_csv_failure_keeps_existing_file(tmp_path):
    target = tmp_path / "export.csv"
    target.write_bytes(b"old contents")

    def rows():
        yield ["ok"]
        raise ValueError("boom")

    with pytest.raises(ValueError):
        write_csv(target, ["x"], rows())
    assert target.read_bytes() == b"old contents"
    assert os.listdir(tmp_path) == ["export.csv"]


def test_write_csv_replaces_existing_file(tmp_path):
    target = tmp_path / "export.csv"
    target.write_bytes(b"old contents")
    assert write_csv(target, ["x"], [[1]]) == 1
    assert target.read_bytes() == BOM + b"x\r\n1\r\n"
    assert os.listdir(tmp_path) == ["export.csv"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_write_csv_file_is_private(tmp_path):
    target = tmp_path / "export.csv"
    write_csv(target, ["x"], [])
    assert target.stat().st_mode & 0o777 == 0o600
