"""signin-sheet and import attendance from the command line: exit codes and messages."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

PASS = "attendance cli"


def run(*args, data_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERDESK_")}
    env["PEERDESK_PASSPHRASE"] = PASS
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("att") / "data"
    assert run("demo", "--seed", "5", data_dir=folder).returncode == 0
    return folder


def test_signin_sheet_for_a_date(data, tmp_path):
    out = tmp_path / "sheet.pdf"
    result = run(
        "signin-sheet", "--group", "tuesday grief circle", "--date", "2026-03-03",
        "--blank-rows", "3", "-o", str(out), data_dir=data,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = PdfReader(out).pages[0].extract_text()
    assert "Tuesday Grief Circle" in text and "Tuesday 3 March 2026" in text


def test_signin_sheet_errors_are_one_sentence(data, tmp_path):
    result = run("signin-sheet", "--group", "Nope", "-o", str(tmp_path / "x.pdf"), data_dir=data)
    assert result.returncode == 1 and "There is no group named 'Nope'." in result.stderr
    assert "Traceback" not in result.stderr
    result = run("signin-sheet", "--group", "Nope", "-o", str(tmp_path / "x.txt"), data_dir=data)
    assert result.returncode == 1 and "PDF" in result.stderr
    assert run("signin-sheet", "-o", "x.pdf", data_dir=data).returncode == 2


def test_import_attendance_dry_run_then_real(data, tmp_path):
    path = tmp_path / "history.csv"
    path.write_text(
        "Date;Group;Name;Status\n4/3/2020;Imported Circle;Brand New Person;present\n"
        "5/3/2020;Imported Circle;Brand New Person;sleeping\n",
        encoding="cp1252",
    )
    dry = run("import", "attendance", str(path), "--dry-run", data_dir=data)
    assert dry.returncode == 1
    assert "row 2, Date: dates like this one could be day/month" in dry.stdout
    assert "row 3, Status: unknown status 'sleeping'" in dry.stdout
    assert "nothing was imported" in dry.stdout
    real = run("import", "attendance", str(path), "--date-order", "dmy", data_dir=data)
    assert real.returncode == 1 and "nothing was imported" in real.stderr.splitlines()[-1]
    path.write_text("Date;Group;Name\n4/3/2020;Imported Circle;Brand New Person\n")
    ok = run(
        "import", "attendance", str(path), "--date-order", "dmy", "--create-members", data_dir=data
    )
    assert ok.returncode == 0, ok.stderr
    assert "Imported 1 attendance records" in ok.stdout
    listed = run("list", "meetings", "--group", "Imported Circle", data_dir=data)
    assert "2020-03-04" in listed.stdout
    missing = run("import", "attendance", str(tmp_path / "nope.csv"), data_dir=data)
    assert missing.returncode == 1 and "does not exist" in missing.stderr
