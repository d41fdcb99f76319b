"""Library CSV export/import and Open Referral HSDS directory import: good and bad files."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from peerdesk.domain import hsds_import, resource_import, resources
from peerdesk.domain.models import Resource
from peerdesk.domain.resource_import import ImportRefused
from peerdesk.domain.resources import ResourceData
from peerdesk.domain.tabular import ImportFileError

TODAY = dt.date(2026, 3, 1)


def write(path, text, encoding="utf-8"):
    path.write_text(text, encoding=encoding)
    return path


def test_export_then_import_round_trips(vault, tmp_path):
    resources.create_resource(
        ResourceData(
            title="=Crisis line",
            category="hotline",
            phone="+1 555 0100",
            url="crisis.example.org",
            address="1 Main St\nTown",
            hours="24/7",
            languages="English, Español",
            tags=["crisis", "24/7"],
            last_reviewed=dt.date(2025, 5, 1),
            reviewed_by="Sam",
        ),
    )
    resources.create_resource(ResourceData(title="Grief book", category="book"))
    path = tmp_path / "library.csv"
    assert resource_import.export_library(path) == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "'=Crisis line" in path.read_text(encoding="utf-8-sig")  # formula neutralised
    before = [resources.get_resource(r.id) for r in Resource.select().order_by(Resource.id)]

    preview = resource_import.preview_resources(path)
    assert preview.rows == [] and len(preview.skipped) == 2  # already there: nothing doubles

    Resource.delete().execute()
    preview = resource_import.import_resources(path)
    assert preview.ok and len(preview.rows) == 2
    after = [resources.get_resource(r.id) for r in Resource.select().order_by(Resource.id)]
    strip = lambda r: {**vars(r), "id": None}  # noqa: E731
    assert [strip(r) for r in after] == [strip(r) for r in before]


def test_lenient_csv_with_synonyms_semicolons_and_dates(vault, tmp_path):
    path = write(
        tmp_path / "list.csv",
        "Name;Type;Website;Phone;Keywords;Reviewed on\n"
        "Food bank;Services;food.example.org;555-0101;food, basics;25/12/2025\n"
        "Warmline;Helpline;;0800 123;support;3/1/2026\n",
        encoding="cp1252",
    )
    preview = resource_import.preview_resources(path, today=TODAY)
    assert preview.ok, preview.problems
    food, warm = (data for _row, data in preview.rows)
    assert (food.category, food.url, food.last_reviewed) == (
        "service",
        "https://food.example.org",
        dt.date(2025, 12, 25),
    )
    assert (warm.category, warm.phone, warm.last_reviewed) == (
        "hotline",
        "0800 123",
        dt.date(2026, 1, 3),
    )
    assert food.tags == ["food", "basics"]


def test_bad_csv_reports_every_problem_and_imports_nothing(vault, tmp_path):
    path = write(
        tmp_path / "bad.csv",
        "Title,Category,URL,Last reviewed\n"
        "Good one,service,example.org,2025-01-01\n"
        ",service,,\n"
        "Pizza,restaurant,,\n"
        "Broken link,website,two words,\n"
        "Later,service,,2099-01-01\n"
        "Odd date,service,,yesterday\n",
    )
    preview = resource_import.preview_resources(path, today=TODAY)
    got = {(p.row, p.column) for p in preview.problems}
    assert got == {
        (3, "Title"),
        (4, "Category"),
        (5, "URL"),
        (6, "Last reviewed"),
        (7, "Last reviewed"),
    }
    assert "nothing will be imported" in preview.summary()
    with pytest.raises(ImportRefused):
        resource_import.apply_import(preview)
    resource_import.import_resources(path)
    assert Resource.select().count() == 0


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        ("Colour,Size\nred,big\n", "x.csv", "has no Title column"),
        ("", "empty.csv", "is empty"),
    ],
)
def test_unreadable_library_files(vault, tmp_path, content, name, message):
    path = write(tmp_path / name, content)
    with pytest.raises(ImportFileError, match=message):
        resource_import.preview_resources(path)


# -- HSDS -------------------------------------------------------------------------------------

HSDS = {
    "organizations.csv": "id,name,description,url\n"
    "org-1,Example County Services,County help,county.example.org\n"
    "org-2,Helpline Trust,,\n",
    "services.csv": "id,organization_id,name,description,url,email,status\n"
    "3f2504e0-4f89-11d3-9a0c-0305e82c3301,org-1,Food pantry,Free groceries weekly,,,active\n"
    "svc-2,org-2,Helpline Trust crisis line,Talk any time,https://help.example.org,,active\n"
    "svc-3,org-1,Closed clinic,,,,inactive\n",
    "phones.csv": "id,service_id,location_id,organization_id,number,extension,type\n"
    "p1,,loc-1,,555-0111,12,voice\n"
    "p2,svc-2,,,800-555-0199,,hotline\n",
    "locations.csv": "id,organization_id,name\nloc-1,org-1,Main office\n",
    "physical_addresses.csv": "id,location_id,address_1,address_2,city,state_province,postal_code,country\n"
    "a1,loc-1,12 Main St,Suite 4,Demo Town,CA,90000,US\n",
    "service_at_location.csv": "id,service_id,location_id\n"
    "sal1,3f2504e0-4f89-11d3-9a0c-0305e82c3301,loc-1\n",
    "schedules.csv": "id,service_id,description\n"
    "s1,3f2504e0-4f89-11d3-9a0c-0305e82c3301,Tuesdays 10:00–14:00\n",
    "languages.csv": "id,service_id,name\nl1,svc-2,English\nl2,svc-2,Spanish\n",
}


def hsds_folder(tmp_path, overrides=None, drop=()):
    folder = tmp_path / "directory"
    folder.mkdir(parents=True)
    for name, text in {**HSDS, **(overrides or {})}.items():
        if name not in drop:
            write(folder / name, text)
    return folder


def test_hsds_folder_maps_services_onto_resources(vault, tmp_path):
    preview = resource_import.import_resources(hsds_folder(tmp_path))
    assert preview.ok, preview.problems
    assert preview.source == "Open Referral directory"
    assert [s[1] for s in preview.skipped] == ["Closed clinic"]
    by_title = {r.title: resources.get_resource(r.id) for r in Resource.select()}
    pantry = by_title["Food pantry"]
    assert pantry.category == "service"
    assert pantry.phone == "555-0111 ext. 12"  # the location's phone
    assert pantry.address == "12 Main St, Suite 4, Demo Town, CA 90000"
    assert pantry.url == "https://county.example.org"  # the organisation's site
    assert pantry.hours == "Tuesdays 10:00–14:00"
    assert pantry.description.startswith("Offered by Example County Services.")
    assert pantry.uuid == "3f2504e04f8911d39a0c0305e82c3301"
    line = by_title["Helpline Trust crisis line"]
    assert (line.category, line.phone, line.languages) == (
        "hotline",
        "800-555-0199",
        "English, Spanish",
    )
    assert not line.description.startswith("Offered by")  # the name already says who
    # importing the same directory again adds nothing
    again = resource_import.import_resources(hsds_folder(tmp_path / "again"))
    assert again.rows == [] and Resource.select().count() == 2


def test_hsds_zip_with_subfolder_and_singular_names(vault, tmp_path):
    archive = tmp_path / "211.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name, text in HSDS.items():
            singular = {"services.csv": "service.csv", "phones.csv": "phone.csv"}.get(name, name)
            zf.writestr(f"export-2026/{singular}", text)
    assert hsds_import.is_hsds_source(archive)
    preview = resource_import.preview_resources(archive)
    assert preview.ok and len(preview.rows) == 2


def test_hsds_bad_references_are_problems_and_nothing_is_written(vault, tmp_path):
    folder = hsds_folder(
        tmp_path,
        overrides={
            "services.csv": HSDS["services.csv"]
            + "svc-2,org-1,Duplicate id,,,,active\n"
            + "svc-5,org-9,Unknown org,,,,active\n"
            + "svc-6,org-1,,No name here,,,active\n"
            + "svc-7,org-1,Bad link,,not a link,,active\n",
            "service_at_location.csv": HSDS["service_at_location.csv"] + "sal2,svc-99,loc-1\n"
            "sal3,svc-2,loc-404\n",
            "phones.csv": HSDS["phones.csv"] + "p3,svc-42,,,555,,voice\n",
        },
    )
    preview = resource_import.import_resources(folder)
    got = {(p.row, p.column) for p in preview.problems}
    assert got == {
        (5, "id (services.csv)"),
        (6, "organization_id (services.csv)"),
        (7, "name (services.csv)"),
        (8, "url (services.csv)"),
        (3, "service_id (service_at_location.csv)"),
        (4, "location_id (service_at_location.csv)"),
        (4, "service_id (phones.csv)"),
    }
    assert Resource.select().count() == 0


def test_hsds_without_services_file_is_one_sentence(vault, tmp_path):
    folder = hsds_folder(tmp_path, drop=("services.csv",))
    with pytest.raises(ImportFileError, match="has no services.csv"):
        resource_import.preview_resources(folder)
    bad = hsds_folder(tmp_path / "b", overrides={"services.csv": "id,title\n1,x\n"})
    with pytest.raises(ImportFileError, match="services.csv has no name column"):
        resource_import.preview_resources(bad)
