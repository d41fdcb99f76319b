"""Automatic backups, Back up to…, Restore from backup… and the damaged-database dialog."""

from __future__ import annotations

import os

import pytest

from peerdesk.domain import db as dbmod
from peerdesk.domain.models import Member
from peerdesk.ui import backups as backups_ui
from peerdesk.ui.dialogs.integrity_dialog import IntegrityDialog
from peerdesk.ui.dialogs.restore_dialog import RestoreDialog
from tests.conftest import PASSPHRASE


@pytest.fixture
def told(monkeypatch):
    messages = []
    monkeypatch.setattr(backups_ui, "tell", lambda _p, title, text: messages.append((title, text)))
    monkeypatch.setattr(backups_ui, "confirm", lambda *_a: True)
    return messages


def wait_for_backups(qtbot, window):
    qtbot.waitUntil(lambda: not window.backups.busy())
    window.backups.wait()


def test_back_up_now_and_on_lock(demo_vault, window_factory, qtbot, told):
    window = window_factory(demo_vault.data_dir)
    assert window.backups.backup_now.isEnabled()
    window.backups.backup_now.trigger()
    wait_for_backups(qtbot, window)
    assert len(list(demo_vault.backup_dir.glob("peerdesk-*.db"))) == 1
    assert window.backups.status.text().startswith("✔ Backed up at")
    window.backups.back_up_if_changed()  # nothing changed: no second backup
    assert not window.backups.busy()

    Member.create(preferred_name="Arrived late")
    window.lock()
    wait_for_backups(qtbot, window)
    assert len(list(demo_vault.backup_dir.glob("peerdesk-*.db"))) == 2
    assert not window.backups.backup_now.isEnabled()


def test_back_up_to_a_chosen_file(demo_vault, window_factory, qtbot, tmp_path, monkeypatch, told):
    window = window_factory(demo_vault.data_dir)
    monkeypatch.setattr(backups_ui, "ask_backup_path", lambda *_a: tmp_path / "usb" / "copy.db")
    window.backups.backup_to.trigger()
    qtbot.waitUntil(lambda: bool(told))
    assert told[0][0] == "Backed up"
    assert (tmp_path / "usb" / "copy.db").exists() and (tmp_path / "usb" / "copy.key").exists()


def test_restore_dialog_lists_dates_and_counts(demo_vault, qtbot, qtmodeltester):
    key = dbmod.database.obj.data_key
    demo_vault.automatic_backup()
    Member.create(preferred_name="Newcomer")
    demo_vault.automatic_backup()
    dialog = RestoreDialog(demo_vault.list_backups(key))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    members = int(dialog.model.item(0, 1).text())
    assert members == demo_vault.counts["members"] + 1
    assert dialog.model.item(1, 1).text() == str(demo_vault.counts["members"])
    assert dialog.restore_button.isEnabled()
    dialog.accept_selected()
    assert dialog.chosen == demo_vault.list_backups(key)[0].path


def test_restore_from_the_menu(demo_vault, window_factory, qtbot, monkeypatch, told):
    window = window_factory(demo_vault.data_dir)
    path = demo_vault.automatic_backup()
    Member.create(preferred_name="Added after the backup")
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, parent, infos: infos[0].path))
    window.backups.restore_action.trigger()
    assert told[-1] == ("Restored", f"The backup {path.name} was restored.")
    assert Member.select().count() == demo_vault.counts["members"]
    assert window.pages.currentIndex() == window.WORKSPACE


def _damage(path):
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle + 50 : middle + 4096 * 2] = os.urandom(4096 * 2 - 50)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("choice", ["restore", "rescue"])
def test_damaged_database_at_unlock(demo_vault, window_factory, qtbot, monkeypatch, choice):
    demo_vault.automatic_backup()
    dbmod.close_database()
    _damage(demo_vault.db_path)
    shown = []
    monkeypatch.setattr(
        IntegrityDialog,
        "launch",
        classmethod(lambda cls, parent, s, m: shown.append(cls(s, m, parent))),
    )
    window = window_factory(demo_vault.data_dir)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.try_unlock()
    assert len(shown) == 1 and window.pages.currentIndex() == window.UNLOCK
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isEnabled()
    (dialog.restore_button if choice == "restore" else dialog.rescue_button).click()
    assert dialog.result.text().startswith("✔"), dialog.error.text()
    assert dialog.continue_button.isVisible() or not dialog.isVisible()
    assert window.pages.currentIndex() == window.WORKSPACE
    assert list((demo_vault.data_dir / "damaged").glob("peerdesk-damaged-*.db"))
    if choice == "restore":
        assert Member.select().count() == demo_vault.counts["members"]


def test_large_file_is_checked_in_the_background(demo_vault, window_factory, qtbot, monkeypatch):
    """Above the size threshold unlocking does not wait for quick_check; damage still surfaces."""
    from peerdesk.domain import integrity
    from peerdesk.domain.db import DatabaseDamaged
    from peerdesk.ui import session as session_mod

    monkeypatch.setattr(session_mod, "BACKGROUND_CHECK_BYTES", 0)
    shown = []
    monkeypatch.setattr(
        IntegrityDialog, "launch", classmethod(lambda cls, parent, s, m: shown.append(m))
    )
    checked = []

    def failing_verify(db):
        checked.append(db.path)
        raise DatabaseDamaged("The database file peerdesk.db is damaged.")

    monkeypatch.setattr(integrity, "verify", failing_verify)
    dbmod.close_database()
    window = window_factory(demo_vault.data_dir)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.try_unlock()
    # Unlocked at once; the check runs afterwards in its own thread and then stops everything.
    assert window.session.integrity_job is not None
    window.session.integrity_job.wait()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert checked == [demo_vault.db_path]
    assert shown == ["The database file peerdesk.db is damaged."]
    assert window.pages.currentIndex() == window.UNLOCK
    assert not dbmod.is_open() and window.session.is_damaged
