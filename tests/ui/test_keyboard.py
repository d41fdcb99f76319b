"""Keyboard use: a whole meeting driven by key presses alone, the tab order of each pane, and
Help → Keyboard shortcuts listing what the window really registers."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.domain import attendance, groups, meetings
from peerdesk.domain.members import search_text_for
from peerdesk.domain.models import Member, Membership
from tests.ui.a11y_walk import tab_order_offenders

TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


@pytest.fixture
def two_groups(vault):
    """Two groups meeting today; the one we want is not the one chosen first."""
    ids = {}
    for name in ("Afternoon Caregivers", "Tonight Circle"):
        ids[name] = groups.create_group(name=name, weekday=TODAY.weekday(), start_time="19:00")
    for preferred, full in (
        ("José", "José García"),
        ("Zoë", "Zoë Schmidt"),
        ("Ánh", "Nguyễn Thị Ánh"),
        ("Siobhan", "Siobhan O'Connor"),
    ):
        m = Member.create(
            preferred_name=preferred, full_name=full, search_text=search_text_for(preferred, full)
        )
        Membership.create(member=m, group=ids["Tonight Circle"])
    vault.group_ids = ids
    return vault


@pytest.fixture
def window(two_groups, window_factory, qtbot):
    window = window_factory(two_groups.data_dir)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_a_whole_meeting_with_the_keyboard_only(window, two_groups, qtbot):
    pane = window.panes[0]
    assert window.current_pane() is pane
    assert pane.group_combo.currentText().startswith("Afternoon Caregivers")

    # choose the group: Alt+G jumps to the group list (its label's mnemonic), Down picks the next
    press(qtbot, Qt.Key.Key_G, ALT)
    assert focused() is pane.group_combo
    press(qtbot, Qt.Key.Key_Down)
    assert pane.group_id() == two_groups.group_ids["Tonight Circle"]
    meeting_id = meetings.meeting_on(pane.group_id(), TODAY)
    assert pane.meeting_id == meeting_id is not None  # today's meeting opened on demand

    # back to the check-in field with Ctrl+F; three people by typing and Enter
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is pane.checkin.search
    for typed in ("jose", "zoe", "anh"):
        type_text(qtbot, typed)
        press(qtbot, Qt.Key.Key_Return)
        assert focused() is pane.checkin.search and pane.checkin.search.text() == ""
    # a walk-in: the last match row adds the typed name
    type_text(qtbot, "Kai Newcomer")
    for _ in range(pane.checkin.results_model.rowCount()):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    names = [r["name"] for r in pane.checkin.checked_model.rows()]
    assert set(names) == {"José García", "Zoë Schmidt", "Nguyễn Thị Ánh", "Kai Newcomer"}
    # undo the walk-in
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert "Kai Newcomer" not in [r["name"] for r in pane.checkin.checked_model.rows()]
    # headcounts: two anonymous, one guest
    press(qtbot, Qt.Key.Key_F7)
    press(qtbot, Qt.Key.Key_F7)
    press(qtbot, Qt.Key.Key_F8)
    assert attendance.headcount(meeting_id) == {
        "named": 3,
        "anonymous": 2,
        "guests": 1,
        "total": 6,
    }
    assert meetings.get_meeting(meeting_id)["status"] == "held"

    # Members with its shortcut, then search it
    press(qtbot, Qt.Key.Key_2, CTRL)
    members_pane = window.panes[1]
    assert window.current_pane() is members_pane
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is members_pane.search
    type_text(qtbot, "schmidt")
    qtbot.waitUntil(lambda: members_pane.model.rowCount() == 1)

    # lock
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert not window.session.is_unlocked
    assert window.pages.currentIndex() == window.UNLOCK
    assert focused() is window.unlock_page.passphrase


def test_tab_goes_left_to_right_in_every_pane(window, qtbot):
    window.resize(1280, 800)
    offenders = {}
    for index, pane in enumerate(window.panes):
        window.show_pane(index)
        qtbot.waitUntil(pane.isVisible)
        found = tab_order_offenders(pane)
        if found:
            offenders[pane.title] = found
    assert offenders == {}


def test_help_lists_every_shortcut_the_window_registers(window, qtbot):
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.table.model() is dialog.model
    listed = {dialog.model.item(row, 0).text() for row in range(dialog.model.rowCount())}
    registered = {
        s.toString(QKeySequence.SequenceFormat.NativeText)
        for action in window.findChildren(QAction)
        for s in action.shortcuts()
    }
    assert registered and registered <= listed
    for keys in ("Ctrl+L", "Ctrl+2", "F7", "Shift+F8", "Ctrl+Z", "Ctrl+P", "Enter", "Esc"):
        assert keys in listed
    assert "Ctrl+L\tLock now\tAnywhere" in window.shortcut_text()
    # a shortcut added later is listed without anyone editing the help
    extra = QAction("Do something new", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+J"))
    window.addAction(extra)
    assert "Ctrl+Shift+J\tDo something new\tAnywhere" in window.shortcut_text()
