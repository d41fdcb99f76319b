"""handout, import resources and export resources from the command line."""

from __future__ import annotations

from pypdf import PdfReader

from tests.cli.test_cli import assert_one_sentence_error, run


def test_handout_export_import(tmp_path):
    data = tmp_path / "d"
    assert run("demo", "--seed", "2", data_dir=data).returncode == 0
    pdf = tmp_path / "crisis.pdf"
    result = run(
        "handout", "--tag", "crisis", "--title", "Crisis lines", "-o", str(pdf), data_dir=data
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Crisis lines" in text and "555-0100" in text

    result = run("handout", "--resource", "2", "1", "-o", str(tmp_path / "two.pdf"), data_dir=data)
    assert result.returncode == 0 and "2 resource(s)" in result.stdout

    csv_path = tmp_path / "library.csv"
    result = run("export", "resources", "-o", str(csv_path), data_dir=data)
    assert result.returncode == 0 and "Exported 30" in result.stdout

    other = tmp_path / "other"
    assert run("init", data_dir=other).returncode == 0
    dry = run("import", "resources", str(csv_path), "--dry-run", data_dir=other)
    assert dry.returncode == 0 and "Would add 30" in dry.stdout
    assert "(none)" in run("list", "resources", data_dir=other).stdout
    done = run("import", "resources", str(csv_path), data_dir=other)
    assert done.returncode == 0 and "Added 30" in done.stdout


def test_resource_commands_refuse_bad_input(tmp_path):
    data = tmp_path / "d"
    assert run("init", data_dir=data).returncode == 0
    assert_one_sentence_error(
        run("handout", "--tag", "nothing", "-o", str(tmp_path / "x.pdf"), data_dir=data),
        "No resource has the tag",
    )
    assert_one_sentence_error(
        run("handout", "--resource", "7", "-o", str(tmp_path / "x.pdf"), data_dir=data),
        "no resource with ID 7",
    )
    assert_one_sentence_error(
        run("handout", "--tag", "x", "-o", str(tmp_path / "x.txt"), data_dir=data), ".pdf file"
    )
    assert run("handout", "-o", "x.pdf", data_dir=data).returncode == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("Title,Category\nOk,service\nPizza,restaurant\n", encoding="utf-8")
    problems = tmp_path / "problems.csv"
    result = run("import", "resources", str(bad), "--problems", str(problems), data_dir=data)
    assert_one_sentence_error(result, "nothing was imported")
    assert "problem: row 3, Category" in result.stdout
    assert "restaurant" in problems.read_text(encoding="utf-8-sig")
    assert "(none)" in run("list", "resources", data_dir=data).stdout
    assert_one_sentence_error(
        run("import", "resources", str(tmp_path / "missing.csv"), data_dir=data), "does not exist"
    )
