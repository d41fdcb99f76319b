"""Members pane: large list search/filter/sort, hidden notes, drafts that survive a lock, dialogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from peerdesk.domain import members, notes
from peerdesk.domain.models import Group, Member, database, new_uuid
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.members import import_dialog, remove_dialog
from peerdesk.ui.panes.members_pane import members_model
from tests.conftest import PASSPHRASE


def generate_members(n: int, group_id: int) -> None:
    """Thousands of members in one executemany (the UI is what is under test here)."""
    rows, links = [], []
    for i in range(n):
        name, full = f"Person{i:05d}", f"Person{i:05d} Family{i % 97}"
        email = f"p{i}@example.org"
        uuid = new_uuid()
        rows.append(
            (uuid, name, full, email, int(i % 3 == 0), int(i % 10 != 0),
             members.search_text_for(name, full, email, ""))
        )  # fmt: skip
        if i % 4 == 0:
            links.append(uuid)
    with database.atomic():
        _insert(rows, links, group_id)


def _insert(rows, links, group_id) -> None:
    cursor = database.obj.cursor()
    cursor.executemany(
        "INSERT INTO member (uuid, preferred_name, full_name, email, consent_contact, active, "
        "search_text, phone, pronouns, emergency_contact, birth_year, gender, ethnicity, "
        "postal_code, erased, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,'','','','','','','',0,'2025-01-01','2025-01-01')",
        rows,
    )
    cursor.executemany(
        "INSERT INTO membership (uuid, member_id, group_id, role) "
        "SELECT ?, id, ?, 'participant' FROM member WHERE uuid = ?",
        [(new_uuid(), group_id, u) for u in links],
    )


@pytest.fixture
def big_window(vault, window_factory, qtbot):
    group = Group.create(name="Big group")
    generate_members(3000, group.id)
    zoe = members.create_member({"preferred_name": "Zoë", "full_name": "Zoë Ørsted",
                                 "phone": "555-867-5309", "consent_contact": True})  # fmt: skip
    notes.add_note(zoe, "call back", "follow-up", dt.date.today() - dt.timedelta(days=3))
    window = window_factory(vault.data_dir)
    window.show_pane(1)
    window.group_id, window.zoe = group.id, zoe
    return window


def test_search_filter_and_sort_on_a_large_list(big_window, qtbot, qtmodeltester):
    pane = big_window.current_pane()
    model = pane.model
    # checked apart from the view, whose fetchMore during inserts the tester would count twice
    detached = members_model(pane._fetch)
    detached.set_enabled(True)
    qtmodeltester.check(detached)
    assert model.rowCount() < 3001 and model.canFetchMore(pane.table.rootIndex())  # lazy
    assert pane.count_label.text() == "3,001 members"

    pane.search.setText("ZOE orsted")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.row_object(0).id == big_window.zoe
    pane.search.setText("8675309")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_object(0).preferred_name == "Zoë")
    pane.search.setText("family13")
    qtbot.waitUntil(lambda: pane.count_label.text() == "31 members")

    pane.search.clear()
    pane.apply_search()
    pane.group_filter.setCurrentIndex(pane.group_filter.findData(big_window.group_id))
    assert pane.count_label.text() == "750 members"
    pane.active_filter.setCurrentIndex(pane.active_filter.findData(False))
    pane.consent_filter.setChecked(True)
    # every 4th member is in the group, every 10th inactive, every 3rd consents: i % 60 == 0
    assert pane.count_label.text() == "50 members"
    pane.group_filter.setCurrentIndex(0)
    pane.active_filter.setCurrentIndex(0)
    pane.consent_filter.setChecked(False)
    pane.overdue_filter.setChecked(True)
    assert [model.row_object(r).id for r in range(model.rowCount())] == [big_window.zoe]
    pane.overdue_filter.setChecked(False)

    pane.table.horizontalHeader().sectionClicked.emit(0)  # Name again: descending
    assert model.row_object(0).preferred_name == "Zoë"
    pane.table.horizontalHeader().sectionClicked.emit(2)  # Email, ascending
    assert model.row_object(0).email == ""  # Zoë has none
    assert model.row_object(1).email == "p0@example.org"


def test_notes_hidden_until_asked_and_again_on_switch_and_lock(big_window, qtbot):
    pane = big_window.current_pane()
    panel = pane.detail.notes
    pane.search.setText("zoe")
    pane.apply_search()
    pane.table.selectRow(0)
    assert pane.detail.member_id == big_window.zoe
    pane.detail.tabs.setCurrentIndex(2)
    assert not panel.is_revealed() and panel.timeline.count() == 0
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert panel.is_revealed()
    assert "call back" in panel.timeline.item(0).text()
    assert "OVERDUE" in panel.timeline.item(0).text()

    pane.search.setText("person00002")
    pane.apply_search()
    pane.table.selectRow(0)  # another member: hidden again
    assert not panel.is_revealed() and panel.timeline.count() == 0
    panel.reveal()
    assert panel.timeline.item(0).text() == "No notes yet."

    big_window.lock()
    assert big_window.pages.currentIndex() == MainWindow.UNLOCK
    assert not panel.is_revealed() and panel.timeline.count() == 0
    assert panel.body.toPlainText() == "" and pane.detail.member_id is None


def test_draft_autosaves_and_survives_a_lock(big_window, qtbot):
    pane = big_window.current_pane()
    panel = pane.detail.notes
    pane.open_member(big_window.zoe)
    panel.reveal()
    qtbot.keyClicks(panel.body, "She asked about the caregiver leaflet")
    qtbot.waitUntil(lambda: panel.draft_state.text() == "Draft saved.", timeout=3000)
    assert notes.draft(big_window.zoe).body == "She asked about the caregiver leaflet"
    qtbot.keyClicks(panel.body, " and")  # typed just before Ctrl+L: saved by before_lock
    big_window.lock()
    assert panel.body.toPlainText() == ""

    big_window.session.unlock(PASSPHRASE)
    pane.open_member(big_window.zoe)
    assert not panel.is_revealed()
    panel.reveal()
    assert panel.body.toPlainText() == "She asked about the caregiver leaflet and"
    assert "Draft restored" in panel.draft_state.text()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert notes.draft(big_window.zoe) is None
    assert [n.body for n in notes.timeline(big_window.zoe)][0].endswith("leaflet and")


def test_edit_and_delete_a_note(big_window, qtbot, monkeypatch):
    from peerdesk.ui.members import notes_panel

    pane = big_window.current_pane()
    panel = pane.detail.notes
    pane.open_member(big_window.zoe)
    panel.reveal()
    panel.timeline.setCurrentRow(0)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert notes.open_follow_ups() == []
    panel.timeline.setCurrentRow(0)
    panel.edit_selected()
    panel.body.setPlainText("called back, all fine")
    panel.save()
    assert [n.body for n in notes.timeline(big_window.zoe)] == ["called back, all fine"]
    monkeypatch.setattr(notes_panel, "confirm_delete", lambda parent: False)
    panel.timeline.setCurrentRow(0)
    panel.delete_selected()
    assert len(notes.timeline(big_window.zoe)) == 1
    monkeypatch.setattr(notes_panel, "confirm_delete", lambda parent: True)
    panel.timeline.setCurrentRow(0)
    panel.delete_selected()
    assert notes.timeline(big_window.zoe) == []


def test_profile_validation_and_remove(big_window, qtbot, monkeypatch):
    pane = big_window.current_pane()
    pane.new_member()
    form = pane.detail.profile
    form.fields["preferred_name"].setText("Ada")
    form.fields["email"].setText("ada-at-example")
    form.fields["birth_year"].setText("2999")
    form.save()
    assert "'ada-at-example' is not an email address" in form.error.text()
    assert "Birth year 2999 is in the future." in form.error.text()
    assert form.fields["email"].toolTip().startswith("'ada-at-example'")
    form.fields["email"].setText("ada@example.org")
    form.fields["birth_year"].setText("1990")
    form.save()
    ada = form.member_id
    assert members.get_member(ada)["email"] == "ada@example.org"

    pane.search.setText("ada")
    pane.apply_search()
    pane.table.selectRow(0)
    monkeypatch.setattr(remove_dialog, "ask", lambda parent, member_id: "erase")
    pane.remove_selected()
    assert Member.get_by_id(ada).erased
    assert pane.model.rowCount() == 0


def test_import_dialog_previews_fixes_mapping_and_imports(
    vault, window_factory, qtbot, tmp_path, qtmodeltester, monkeypatch
):
    source = tmp_path / "messy.csv"
    source.write_bytes(
        "Who;E-mail;Colour\r\nJosé ;jose@example.org;red\r\nAnn;ann@example;blue\r\n"
        "Bo;bo@example.org;\r\nBo;bo@example.org;\r\n".encode("cp1252")
    )
    window = window_factory(vault.data_dir)
    dialog = import_dialog.ImportDialog(window, str(source))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.preview_model)
    assert "no name column" in dialog.error.text()
    assert not dialog.import_button.isEnabled()

    combo = dialog.mapping_combos["preferred_name"]
    combo.setCurrentIndex(combo.findText("Who"))
    assert dialog.error.isHidden()
    assert dialog.preview_model.rowCount() == 4
    outcomes = [dialog.preview_model.index(r, 1).data() for r in range(4)]
    assert outcomes == ["New member", "Problem", "New member", "Duplicate (skipped)"]
    assert "1 problem" in dialog.summary.text() and not dialog.import_button.isEnabled()

    saved = tmp_path / "problems.csv"
    monkeypatch.setattr(import_dialog.printing, "ask_save_path", lambda *a: str(saved))
    dialog.save_problems()
    text = saved.read_text(encoding="utf-8-sig")
    assert "3,E-mail,'ann@example' is not an email address" in text
    assert "5,,likely duplicate: same name and email as row 4" in text

    email = dialog.mapping_combos["email"]
    email.setCurrentIndex(0)  # do not import emails: the bad one no longer matters
    assert dialog.import_button.isEnabled()
    dialog.include_duplicates.setChecked(True)
    dialog.group.setCurrentText("Newcomers")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.start_import()
    dialog.job.wait()
    assert dialog.result.created == 4 and dialog.result.group_created
    assert sorted(m.preferred_name for m in Member.select()) == ["Ann", "Bo", "Bo", "José"]


def test_settings_dialog_saves_and_applies_idle_time(vault, window_factory, qtbot, monkeypatch):
    from peerdesk.domain import settings
    from peerdesk.ui.dialogs.settings_dialog import SettingsDialog

    window = window_factory(vault.data_dir)
    dialogs = []

    def fake_launch(cls, win):
        dialog = cls(win.session.vault, win)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        dialog.organisation.setText("Riverside Circle")
        dialog.idle.setValue(12)
        dialog.suppression.setValue(3)  # below the minimum: the spin box refuses it
        dialog.new.setText("new secret")
        dialog.repeat.setText("other")
        dialog.change_passphrase()
        assert dialog.error.text().endswith("The two new passphrases do not match.")
        dialog.current.setText("wrong")
        dialog.repeat.setText("new secret")
        dialog.change_passphrase()
        assert "Wrong passphrase" in dialog.error.text()
        dialog.current.setText(PASSPHRASE)
        dialog.change_passphrase()
        assert dialog.key_status.text().startswith("Passphrase changed")
        dialog.save()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "launch", classmethod(fake_launch))
    window.settings_action.trigger()
    assert settings.get("organisation_name") == "Riverside Circle"
    assert settings.get_int("suppression_k") == 5
    assert window.idle.interval_ms() == 12 * 60_000
    assert "Riverside Circle" in window.windowTitle()
    window.lock()
    window.session.unlock("new secret")


def test_new_recovery_sheet_is_printed(vault, window_factory, qtbot, monkeypatch):
    from peerdesk.ui import printing
    from peerdesk.ui.dialogs.settings_dialog import SettingsDialog

    window = window_factory(vault.data_dir)
    dialog = SettingsDialog(vault, window)
    qtbot.addWidget(dialog)
    printed = []
    monkeypatch.setattr(
        printing,
        "print_pdf",
        lambda path, parent=None: printed.append(Path(path).read_bytes()[:4]) or True,
    )
    dialog.new_recovery_sheet()
    assert "Type the current passphrase first" in dialog.error.text() and not printed
    dialog.current.setText(PASSPHRASE)
    dialog.new_recovery_sheet()
    assert printed == [b"%PDF"]
    assert "sent to the printer" in dialog.key_status.text()
    from peerdesk.domain.keys import WrongRecoveryKey

    with pytest.raises(WrongRecoveryKey):
        vault.keyfile().unlock_with_recovery(vault.recovery_key)
