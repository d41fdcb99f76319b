"""The attendance pane driven as a coordinator would: keyboard check-in, kiosk, paper mode,
sheet preview, group editor and attendance import."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from peerdesk.domain import attendance, groups, meetings
from peerdesk.domain import db as dbmod
from peerdesk.domain.members import search_text_for
from peerdesk.domain.models import Attendance, Member, Membership
from peerdesk.domain.signin import sheet_for_meeting
from peerdesk.ui import printing
from peerdesk.ui.attendance import import_dialog
from peerdesk.ui.attendance.checkin_view import CHECKED_COLUMNS
from peerdesk.ui.attendance.group_editor import GroupEditor
from peerdesk.ui.attendance.models import MatchListModel
from peerdesk.ui.table_model import RowsModel
from tests.conftest import PASSPHRASE

TODAY = dt.date.today()
PEOPLE = [
    ("José", "José García"),
    ("Zoë", "Zoë Schmidt"),
    ("Ánh", "Nguyễn Thị Ánh"),
    ("Siobhan", "Siobhan O'Connor"),
    ("Joseph", "Joseph Okafor"),
]


@pytest.fixture
def circle(vault):
    gid = groups.create_group(name="Tonight Circle", weekday=TODAY.weekday(), start_time="19:00")
    ids = {}
    for preferred, full in PEOPLE:
        m = Member.create(
            preferred_name=preferred, full_name=full, search_text=search_text_for(preferred, full)
        )
        Membership.create(member=m, group=gid)
        ids[preferred] = m.id
    vault.group_id, vault.ids = gid, ids
    return vault


@pytest.fixture
def pane(circle, window_factory, qtbot):
    window = window_factory(circle.data_dir)
    window.show_pane(0)
    with qtbot.waitActive(window):
        window.activateWindow()
    pane = window.panes[0]
    assert pane.group_id() == circle.group_id
    assert pane.meeting_id == meetings.meeting_on(circle.group_id, TODAY)  # created on demand
    pane.window_ = window
    return pane


def test_whole_check_in_with_the_keyboard_only(pane, circle, qtbot):
    view = pane.checkin
    search = view.search
    search.setFocus()
    qtbot.keyClicks(search, "jose")  # accents ignored: José first (starts with), then Joseph
    assert [m.preferred_name for m in view.results_model._matches] == ["José", "Joseph"]
    qtbot.keyClick(search, Qt.Key.Key_Down)  # arrows move the highlight
    qtbot.keyClick(search, Qt.Key.Key_Up)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert search.text() == ""
    qtbot.keyClicks(search, "oconnor")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    # a walk-in: the last row adds the typed name as a new member
    qtbot.keyClicks(search, "Amara Newcomer")
    for _ in range(view.results_model.rowCount()):
        qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    names = [r["name"] for r in view.checked_model.rows()]
    assert names == ["Amara Newcomer", "Siobhan O'Connor", "José García"]
    assert view.checked_model.rows()[0]["first_time"] is True
    walk_in = Member.get(Member.full_name == "Amara Newcomer")
    assert Membership.get(Membership.member == walk_in).group_id == circle.group_id
    # undo the last two check-ins
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r["name"] for r in view.checked_model.rows()] == ["José García"]
    # headcounts: two anonymous, one guest, one taken away again
    qtbot.keyClick(search, Qt.Key.Key_F7)
    qtbot.keyClick(search, Qt.Key.Key_F7)
    qtbot.keyClick(search, Qt.Key.Key_F8)
    qtbot.keyClick(search, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert attendance.headcount(pane.meeting_id) == {
        "named": 1,
        "anonymous": 1,
        "guests": 1,
        "total": 3,
    }
    assert view.total_label.text().startswith("Total 3")
    assert meetings.get_meeting(pane.meeting_id)["status"] == "held"


def test_mark_late_and_remove(pane, circle):
    view = pane.checkin
    attendance.check_in(pane.meeting_id, circle.ids["Zoë"])
    view.reload()
    view.checked.selectRow(0)
    view.mark_selected("late")
    assert Attendance.get().status == "late"
    view.checked.selectRow(0)
    view.remove_selected()
    assert Attendance.select().count() == 0


def test_kiosk_shows_no_name_before_three_letters_and_never_a_full_name(pane, circle, qtbot):
    kiosk = pane.open_kiosk()
    qtbot.addWidget(kiosk)
    assert kiosk.isFullScreen() or kiosk.isVisible()
    qtbot.keyClicks(kiosk.search, "jo")
    assert kiosk.shown_names() == []
    qtbot.keyClicks(kiosk.search, "s")
    shown = kiosk.shown_names()
    assert shown[:2] == ["José G.", "Joseph O."]
    full_names = [full for _p, full in PEOPLE]
    for text in [*shown, kiosk.findChild(type(kiosk.message)).text()]:
        assert not any(full in text for full in full_names)
    qtbot.keyClick(kiosk.search, Qt.Key.Key_Return)
    assert "José G." in kiosk.message.text() and "García" not in kiosk.message.text()
    assert Attendance.select().count() == 1
    # a newcomer by first name
    qtbot.keyClicks(kiosk.search, "kai")
    assert kiosk.shown_names() == ["I'm new here — check me in as “Kai”"]
    kiosk.button.click()
    assert Member.get(Member.preferred_name == "Kai").full_name == ""
    # leaving asks for the passphrase; a wrong one stays in kiosk
    kiosk.close()
    assert kiosk.isVisible() and kiosk.leave_panel.isVisible()
    qtbot.keyClicks(kiosk.passphrase, "not it")
    qtbot.keyClick(kiosk.passphrase, Qt.Key.Key_Return)
    assert kiosk.leave_error.text() == "Wrong passphrase." and kiosk.isVisible()
    qtbot.keyClicks(kiosk.passphrase, PASSPHRASE)
    qtbot.keyClick(kiosk.passphrase, Qt.Key.Key_Return)
    assert not kiosk.isVisible() and pane.kiosk is None
    assert [r["name"] for r in pane.checkin.checked_model.rows()] == ["Kai", "José García"]


def test_locking_closes_the_kiosk(pane, qtbot):
    kiosk = pane.open_kiosk()
    qtbot.addWidget(kiosk)
    kiosk.search.setText("zoe")
    pane.window_.lock()
    assert not dbmod.is_open()
    assert not kiosk.isVisible() and kiosk.search.text() == "" and pane.kiosk is None
    assert pane.checkin.checked_model.rowCount() == 0 and pane.group_combo.count() == 0


def test_paper_mode_follows_the_printed_order(pane, circle, qtbot):
    dialog = pane.open_paper_mode()
    qtbot.addWidget(dialog)
    printed = sheet_for_meeting(pane.meeting_id).roster
    assert dialog.labels() == printed and len(printed) == len(PEOPLE)
    dialog.list.setFocus()
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    ticked = {r["label"] for r in attendance.paper_rows(pane.meeting_id) if r["present"]}
    assert ticked == {printed[0], printed[2]}
    assert dialog.count.text() == "2 of 5 ticked"
    qtbot.keyClicks(dialog.newcomer, "Wrote Their Name")
    qtbot.keyClick(dialog.newcomer, Qt.Key.Key_Return)
    assert (
        "Wrote N." in dialog.labels()
        and dialog.labels() == sheet_for_meeting(pane.meeting_id).roster
    )


def test_signin_sheet_preview_prints_and_saves(pane, qtbot, tmp_path, monkeypatch):
    preview = pane.show_signin_sheet()
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == 1
    target = tmp_path / "sheet"
    monkeypatch.setattr(printing, "ask_save_path", lambda *a: str(target))
    assert preview.save() == tmp_path / "sheet.pdf" and (tmp_path / "sheet.pdf").stat().st_size
    monkeypatch.setattr(printing, "ask_printer", lambda parent: None)
    assert preview.print_() is False
    temp = preview.path
    preview.reject()
    assert not temp.exists()  # the names do not linger on disk


def test_group_editor_and_no_meeting_today(pane, circle, monkeypatch):
    editor = GroupEditor()
    editor.name.setText("Tonight Circle")
    editor.save()
    assert "already a group" in editor.error.text()
    editor.name.setText("Monthly Carers")
    other_day = (TODAY.weekday() + 3) % 7
    editor.weekday.setCurrentIndex(editor.weekday.findData(other_day))
    editor.recurrence.setCurrentIndex(editor.recurrence.findData("weekly"))
    editor.save()
    new_id = editor.group_id
    assert groups.get_group(new_id)["weekday"] == other_day
    monkeypatch.setattr(
        GroupEditor, "ask", classmethod(lambda cls, parent=None, group=None: new_id)
    )
    pane.new_group()
    assert pane.group_id() == new_id and pane.meeting_id is None
    assert pane.today_button.isVisible() and not pane.sheet_button.isEnabled()
    pane.today_button.click()
    assert meetings.get_meeting(pane.meeting_id)["date"] == TODAY
    assert pane.sheet_button.isEnabled()


def test_import_dialog_lists_problems_then_imports(pane, circle, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "old.csv"
    path.write_text("Date,Group,Name\n3/4/2024,Tonight Circle,Zoë Schmidt\n", encoding="utf-8")
    monkeypatch.setattr(import_dialog, "ask_open_path", lambda parent: str(path))
    dialog = pane.import_attendance()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert dialog.problems.rowCount() == 1 and not dialog.import_button.isEnabled()
    assert "date order" in dialog.problems.rows()[0]["message"]
    dialog.result = None
    dialog.order.setCurrentIndex(dialog.order.findData("mdy"))
    qtbot.waitUntil(lambda: dialog.result is not None)
    dialog.job.wait()
    assert dialog.problems.rowCount() == 0 and dialog.import_button.isEnabled()
    dialog.result = None
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    dialog.job.wait()
    assert meetings.meeting_on(circle.group_id, dt.date(2024, 3, 4)) is not None


def test_models_pass_the_model_tester(circle, qtmodeltester):
    matches = MatchListModel()
    matches.set_results(attendance.search_for_checkin(circle.group_id, "jo"), "jo")
    assert matches.rowCount() == 3
    qtmodeltester.check(matches)
    rows = RowsModel(CHECKED_COLUMNS)
    rows.set_rows([{"time": "19:00", "name": "Zoë", "status": "late", "first_time": True}])
    qtmodeltester.check(rows)
    assert rows.index(0, 3).data() == "★ first time"
