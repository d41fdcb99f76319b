"""import members and export contacts, as a user runs them."""

from __future__ import annotations

import csv

from tests.cli.test_cli import assert_one_sentence_error, run


def test_import_members_dry_run_group_duplicates_and_problems(tmp_path):
    data = tmp_path / "d"
    assert run("init", data_dir=data).returncode == 0
    good = tmp_path / "people.csv"
    good.write_bytes(
        "First Name;Surname;E-mail;Shoe size\r\nJosé;García;jose@example.org;42\r\n"
        "Ann;Lee;ann@example.org;38\r\nANN;LEE;ann@example.org;38\r\n".encode("cp1252")
    )
    dry = run("import", "members", str(good), "--dry-run", data_dir=data)
    assert dry.returncode == 0, dry.stderr
    assert "row 4: likely duplicate: same name and email as row 3 (skipped)" in dry.stdout
    assert "Would import 2 members from people.csv." in dry.stdout
    assert "Ignored column: Shoe size." in dry.stdout
    assert "nothing was changed" in dry.stderr
    assert run("list", "members", "--json", data_dir=data).stdout.strip() == "[]"

    done = run("import", "members", str(good), "--group", "Grief circle", data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 members into Grief circle (new group)" in done.stdout
    listed = run("list", "members", "--group", "grief circle", data_dir=data)
    assert "José García" in listed.stdout and "Ann Lee" in listed.stdout

    bad = tmp_path / "bad.csv"
    bad.write_text("Name,Email\nBo,bo@example.org\nCy,not-an-email\n", encoding="utf-8")
    result = run("import", "members", str(bad), data_dir=data)
    assert_one_sentence_error(result, "bad.csv has 1 problem (listed above); nothing was imported.")
    assert "row 3, Email: 'not-an-email' is not an email address" in result.stdout
    assert "Bo" not in run("list", "members", data_dir=data).stdout
    missing = run("import", "members", str(tmp_path / "nope.csv"), data_dir=data)
    assert_one_sentence_error(missing, "The file nope.csv does not exist.")

    out = tmp_path / "contacts.csv"
    assert run("export", "contacts", "-o", str(out), data_dir=data).returncode == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0].startswith("CONFIDENTIAL")
    assert rows[1][:4] == ["Preferred name", "Full name", "Pronouns", "Email"]
    assert len(rows) == 2  # nobody imported has consented to contact
    wrong = run("export", "contacts", "-o", str(tmp_path / "x.pdf"), data_dir=data)
    assert_one_sentence_error(wrong, "name the file something.csv")
