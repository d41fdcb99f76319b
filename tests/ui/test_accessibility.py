"""Accessibility walk: every focusable control of every pane, page and dialog has a name that a
screen reader can read (its accessible name, button text or buddy label)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from peerdesk.domain import db as dbmod
from peerdesk.domain import groups, meetings
from peerdesk.domain.models import Member, Resource
from tests.ui.a11y_walk import effective_name, tab_order_offenders, unnamed_controls


def test_the_walk_sees_what_a_screen_reader_sees(qtbot):
    """The helper itself: a bare field is caught; a labelled one and a button are not."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bare, labelled = QLineEdit(), QLineEdit()
    bare.setObjectName("bare")
    layout.addWidget(bare)
    layout.addWidget(QLabel("&Name:", buddy=labelled))
    layout.addWidget(labelled)
    layout.addWidget(QPushButton("OK"))
    assert effective_name(labelled) == "Name:"
    assert unnamed_controls(root) == {"bare < QWidget"}


@pytest.fixture
def window(demo_vault, window_factory, qtbot):
    window = window_factory(demo_vault.data_dir)
    pane = window.panes[0]
    window.show_pane(0)
    if pane.meeting_id is None:
        pane.add_meeting_today()
    return window


def test_every_pane_names_its_controls(window):
    offenders = {}
    for index, pane in enumerate(window.panes):
        window.show_pane(index)
        found = unnamed_controls(pane)
        if found:
            offenders[pane.title] = sorted(found)
    assert unnamed_controls(window.sidebar) == set()
    assert offenders == {}


def test_session_pages_name_their_controls(window):
    for page in (window.welcome, window.recovery, window.unlock_page):
        assert unnamed_controls(page) == set(), type(page).__name__


def _dialogs(window, demo_vault, tmp_path):
    """Every dialog that can be built without exec(), on demo data."""
    from peerdesk.ui.attendance.group_editor import GroupEditor
    from peerdesk.ui.attendance.kiosk import KioskWindow
    from peerdesk.ui.attendance.meeting_dialog import MeetingDialog
    from peerdesk.ui.attendance.paper_mode import PaperModeDialog
    from peerdesk.ui.dialogs.integrity_dialog import IntegrityDialog
    from peerdesk.ui.dialogs.restore_dialog import RestoreDialog
    from peerdesk.ui.dialogs.settings_dialog import SettingsDialog
    from peerdesk.ui.members import import_dialog as member_import
    from peerdesk.ui.members.followups_dialog import FollowUpsDialog
    from peerdesk.ui.members.merge_dialog import MergeDialog
    from peerdesk.ui.members.remove_dialog import RemoveDialog
    from peerdesk.ui.resources.edit_dialog import ResourceDialog
    from peerdesk.ui.resources.handout_builder import HandoutBuilder

    pane = window.panes[0]
    meeting = meetings.get_meeting(pane.meeting_id)
    first, second = (m.id for m in Member.select().limit(2))
    resources = [r.id for r in Resource.select().limit(3)]
    demo_vault.automatic_backup()
    csv = tmp_path / "people.csv"
    csv.write_text("Preferred name,Email\nKai,kai@example.org\n", encoding="utf-8")
    yield SettingsDialog(demo_vault, window)
    yield RestoreDialog(demo_vault.list_backups(dbmod.database.obj.data_key), window)
    yield IntegrityDialog(window.session, "The database could not be read.", window)
    yield GroupEditor()
    yield GroupEditor(groups.get_group(pane.group_id()))
    yield MeetingDialog(pane.group_id(), meeting)
    yield PaperModeDialog(meeting)
    yield KioskWindow(demo_vault, meeting["id"], meeting["group_id"], meeting["group"])
    yield pane.show_signin_sheet()
    yield MergeDialog(window, first, second)
    yield RemoveDialog(window, first)
    yield FollowUpsDialog(window)
    yield member_import.ImportDialog(window, str(csv))
    yield ResourceDialog()
    yield ResourceDialog(resources[0])
    yield HandoutBuilder(None, resources)


def test_every_dialog_names_its_controls_in_tab_order(window, demo_vault, tmp_path, qtbot):
    offenders = {}
    for dialog in _dialogs(window, demo_vault, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        found = unnamed_controls(dialog)
        if hasattr(dialog, "leave_panel"):  # the kiosk asks for the passphrase when leaving
            dialog.close()
            assert dialog.leave_panel.isVisible()
            found |= unnamed_controls(dialog)
        found |= set(tab_order_offenders(dialog))
        if found:
            offenders[type(dialog).__name__] = sorted(found)
        dialog.hide()
    assert offenders == {}


def test_member_detail_tabs_name_their_controls(window):
    window.show_pane(1)
    pane = window.panes[1]
    pane.open_member(Member.select().first().id)
    assert unnamed_controls(pane) == set()


def test_unlock_page_names_its_controls_when_locked(window, qtbot):
    window.lock()
    page = window.unlock_page
    assert unnamed_controls(page) == set()
    page.forgot_button.click()
    assert unnamed_controls(page) == set()
