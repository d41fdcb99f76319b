"""The resources pane, edit form, handout builder and import dialog under pytest-qt."""

from __future__ import annotations

import datetime as dt
import stat

import pytest
from PySide6.QtCore import QModelIndex, Qt

from peerdesk.domain import attachments, handouts, resources
from peerdesk.domain.resources import ResourceData
from peerdesk.ui.panes.resources_pane import ResourcesPane
from peerdesk.ui.resources import attachment_box, seams
from peerdesk.ui.resources.edit_dialog import ResourceDialog
from peerdesk.ui.resources.handout_builder import HandoutBuilder
from peerdesk.ui.resources.handout_model import HandoutItemsModel, encode_ids
from peerdesk.ui.resources.import_dialog import ImportDialog
from peerdesk.ui.resources.list_model import DUE_TEXT, REVIEW_DUE, TITLE

TODAY = dt.date.today()


@pytest.fixture
def library(vault):
    make = lambda title, **kw: resources.create_resource(ResourceData(title=title, **kw))  # noqa: E731
    return {
        "crisis": make(
            "Crisis line",
            category="hotline",
            phone="555-0100",
            tags=["crisis"],
            languages="English, Spanish",
            url="crisis.example.org",
            last_reviewed=TODAY - dt.timedelta(days=30),
            reviewed_by="Sam",
        ),
        "food": make(
            "Food bank",
            category="service",
            phone="555-0101",
            tags=["food"],
            languages="English",
            last_reviewed=TODAY - dt.timedelta(days=400),
        ),
        "book": make("Grief book Zoë", category="book", tags=["grief", "crisis"]),
    }


@pytest.fixture
def pane(qtbot, library, no_dialogs):
    pane = ResourcesPane()
    qtbot.addWidget(pane)
    pane.on_unlocked()
    return pane


def titles(pane):
    return [pane.model.index(r, TITLE).data() for r in range(pane.model.rowCount())]


def test_model_passes_the_tester(pane, qtmodeltester):
    qtmodeltester.check(pane.model)


def test_search_filters_and_sort(pane, qtbot):
    assert titles(pane) == ["Crisis line", "Food bank", "Grief book Zoë"]
    pane.search.setText("zoe")
    qtbot.waitUntil(lambda: titles(pane) == ["Grief book Zoë"])
    pane.search.setText("")
    qtbot.waitUntil(lambda: len(titles(pane)) == 3)
    pane.filters.tag.setCurrentIndex(pane.filters.tag.findData("crisis"))
    assert titles(pane) == ["Crisis line", "Grief book Zoë"]
    pane.filters.category.setCurrentIndex(pane.filters.category.findData("book"))
    assert titles(pane) == ["Grief book Zoë"]
    assert pane.count_label.text() == "1 resources"
    pane.filters.category.setCurrentIndex(0)
    pane.filters.tag.setCurrentIndex(0)
    pane.filters.language.setCurrentIndex(pane.filters.language.findData("Spanish"))
    assert titles(pane) == ["Crisis line"]
    pane.filters.language.setCurrentIndex(0)
    pane.table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(pane) == ["Grief book Zoë", "Food bank", "Crisis line"]


def test_review_due_filter_and_text(pane):
    due = {
        pane.model.index(r, TITLE).data(): pane.model.index(r, REVIEW_DUE).data()
        for r in range(pane.model.rowCount())
    }
    assert due == {"Crisis line": "OK", "Food bank": DUE_TEXT, "Grief book Zoë": DUE_TEXT}
    pane.filters.review_due.setChecked(True)
    assert titles(pane) == ["Food bank", "Grief book Zoë"]
    assert pane.count_label.text() == "2 resources"


def test_mark_reviewed_from_the_pane(pane, monkeypatch, library):
    monkeypatch.setattr(seams, "ask_text", lambda *a, **k: "Alex")
    pane.filters.review_due.setChecked(True)
    pane.table.selectRow(0)
    pane.mark_reviewed()
    assert titles(pane) == ["Grief book Zoë"]
    food = resources.get_resource(library["food"])
    assert (food.last_reviewed, food.reviewed_by) == (TODAY, "Alex")


def test_lock_forgets_filters(pane):
    pane.filters.review_due.setChecked(True)
    pane.on_locked()
    assert pane.model.rowCount() == 0 and not pane.filters.review_due.isChecked()
    assert pane.filters.tag.count() == 1  # only "Any tag": nothing of the data stays


def test_edit_form_validation_and_save(qtbot, library):
    dialog = ResourceDialog(library["crisis"])
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Crisis line"
    dialog.title_edit.setText("  ")
    dialog.url.setText("not a web address")
    dialog.save()
    assert dialog.result() == 0 and not dialog.error.isHidden()
    assert "needs a title" in dialog.error.text() and "spaces" in dialog.error.text()
    assert "border" in dialog.title_edit.styleSheet() and "border" in dialog.url.styleSheet()
    assert "border" not in dialog.phone.styleSheet()
    assert resources.get_resource(library["crisis"]).title == "Crisis line"  # unchanged

    dialog.title_edit.setText("Crisis line 24/7")
    dialog.url.setText("www.crisis.example.org/chat")
    dialog.phone.setText("(555) 0100 ext. 2")
    dialog.reviewed_by.setText("")
    dialog.mark_reviewed()
    assert "who reviewed" in dialog.error.text()
    dialog.reviewed_by.setText("Robin")
    dialog.mark_reviewed()
    dialog.save()
    assert dialog.result() == 1
    saved = resources.get_resource(library["crisis"])
    assert saved.url == "https://www.crisis.example.org/chat"
    assert saved.phone == "(555) 0100 ext. 2"
    assert (saved.last_reviewed, saved.reviewed_by) == (TODAY, "Robin")


def test_tag_completion(qtbot, library):
    dialog = ResourceDialog(library["food"])
    qtbot.addWidget(dialog)
    dialog.show()
    tags = dialog.tags
    tags.setText("food, gr")
    tags.setCursorPosition(len(tags.text()))
    tags.textEdited.emit(tags.text())
    assert tags.completer_.completionPrefix() == "gr"
    assert tags.completer_.currentCompletion() == "grief"
    tags.insert_completion("grief")
    assert tags.text() == "food, grief, "
    dialog.save()
    assert resources.get_resource(library["food"]).tags == ["food", "grief"]


def test_attachment_buttons(qtbot, library, tmp_path, monkeypatch):
    source = tmp_path / "flyer.pdf"
    source.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 10)
    opened = []
    monkeypatch.setattr(seams, "ask_open_path", lambda *a: str(source))
    monkeypatch.setattr(seams, "open_with_system", lambda path: opened.append(path) or True)
    monkeypatch.setattr(seams, "confirm", lambda *a: True)
    from peerdesk.ui import printing

    monkeypatch.setattr(printing, "ask_save_path", lambda *a: str(tmp_path / "copy.pdf"))
    dialog = ResourceDialog(library["crisis"])
    qtbot.addWidget(dialog)
    box = dialog.attachment
    assert box.label.text() == "No file attached" and not box.open_button.isEnabled()
    box.attach_button.click()
    assert box.label.text() == "flyer.pdf (2.5 KB)"
    box.open_button.click()
    viewer_copy = opened[0]
    from pathlib import Path

    assert Path(viewer_copy).read_bytes() == source.read_bytes()
    assert stat.S_IMODE(Path(viewer_copy).stat().st_mode) == 0o600
    box.save_button.click()
    assert (tmp_path / "copy.pdf").read_bytes() == source.read_bytes()
    attachment_box.VIEWER_COPIES.clear()  # what the pane does on lock
    assert not Path(viewer_copy).exists()
    box.remove_button.click()
    assert attachments.attachment_info(library["crisis"]) is None

    monkeypatch.setattr(attachments, "MAX_BYTES", 100)
    box.attach_button.click()
    assert "at most 100 bytes" in dialog.error.text()


def test_new_resource_form_needs_saving_before_attaching(qtbot, vault):
    dialog = ResourceDialog()
    qtbot.addWidget(dialog)
    assert not dialog.attachment.attach_button.isEnabled()
    dialog.title_edit.setText("New line")
    dialog.save()
    assert dialog.result() == 1 and resources.get_resource(dialog.resource_id).title == "New line"


def test_handout_items_model_moves_and_drops(qtmodeltester, library):
    known = {rid: {"id": rid, "title": t, "category": "service"} for t, rid in library.items()}
    model = HandoutItemsModel(lambda ids: {i: known[i] for i in ids if i in known})
    model.set_items([known[library["crisis"]], known[library["food"]]])
    qtmodeltester.check(model)
    ids = lambda: model.ids()  # noqa: E731
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 2)  # first to the end
    assert ids() == [library["food"], library["crisis"]]
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)  # onto itself
    # a drop from the library table inserts at the drop row
    assert model.dropMimeData(
        encode_ids([library["book"]]), Qt.DropAction.CopyAction, 1, 0, QModelIndex()
    )
    assert ids() == [library["food"], library["book"], library["crisis"]]
    # dropping rows already there moves them instead of doubling them
    assert model.dropMimeData(
        model.mimeData([model.index(2)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex()
    )
    assert ids() == [library["crisis"], library["food"], library["book"]]
    assert model.index(0).data().startswith("1. crisis")
    qtmodeltester.check(model)


def test_handout_builder(qtbot, library, monkeypatch, tmp_path):
    from peerdesk.ui import printing

    saved_to = tmp_path / "out.pdf"
    monkeypatch.setattr(printing, "ask_save_path", lambda *a: str(saved_to))
    builder = HandoutBuilder(None, [library["food"], library["crisis"]])
    qtbot.addWidget(builder)
    assert builder.document.pageCount() == 1
    # drag reordering goes through the model's moveRows, as QListView's internal move does
    builder.items.moveRows(QModelIndex(), 1, 1, QModelIndex(), 0)
    builder.list_view.setCurrentIndex(builder.items.index(1))
    builder.move_current(-1)
    builder.move_current(-1)  # already first: nothing happens
    assert builder.items.ids() == [library["food"], library["crisis"]]
    builder.tag_combo.setCurrentText("crisis")
    builder.add_tag()
    assert builder.items.ids() == [library["food"], library["crisis"], library["book"]]
    assert builder.title_edit.text() == "Resources: crisis"
    builder.intro.setPlainText("For tonight.")
    builder.save_handout()
    saved = handouts.get_handout(builder.handout_id)
    assert saved.resource_ids == builder.items.ids() and saved.intro == "For tonight."
    qtbot.waitUntil(lambda: not builder._debounce.isActive())
    builder.save_pdf()
    from pypdf import PdfReader

    text = PdfReader(saved_to).pages[0].extract_text()
    assert text.index("Food bank") < text.index("Crisis line")
    builder.items.set_items([])
    builder.title_edit.setText("")
    builder.save_handout()
    assert "needs a title" in builder.error.text()
    builder.reject()
    assert not builder._tmp.exists()


def test_import_dialog_good_and_bad(qtbot, vault, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("Title,Category,Phone\nFood bank,service,555\nWarmline,hotline,556\n", "utf-8")
    dialog = ImportDialog(str(good))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    dialog.job.wait()
    assert dialog.import_button.isEnabled() and dialog.adds.model().rowCount() == 2
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.import_button.click()
    dialog.job.wait()
    assert dialog.added == 2 and len(resources.list_resources()) == 2

    bad = tmp_path / "bad.csv"
    bad.write_text("Title,Category\nPizza,restaurant\n", "utf-8")
    dialog = ImportDialog(str(bad))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    dialog.job.wait()
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.model().index(0, 1).data() == "Category"
    assert "nothing will be imported" in dialog.summary.text()

    dialog = ImportDialog(str(tmp_path / "missing.csv"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.error.isHidden())
    dialog.job.wait()
    assert "does not exist" in dialog.error.text() and not dialog.import_button.isEnabled()
