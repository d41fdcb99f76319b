"""Damaged pages, a truncated file, a missing or stale -wal: detected, explained, and recoverable."""

from __future__ import annotations

import os
import shutil

import pytest

from peerdesk.domain import db as dbmod
from peerdesk.domain import restore
from peerdesk.domain.check import run_checks
from peerdesk.domain.models import Member, Note, database
from peerdesk.domain.vault import VaultDamaged
from tests.conftest import PASSPHRASE


def damage_pages(path, fraction=0.5, pages=3):
    data = bytearray(path.read_bytes())
    start = int(len(data) * fraction) // 4096 * 4096
    for offset in range(start + 100, start + pages * 4096, 4096):
        data[offset : offset + 64] = os.urandom(64)
    path.write_bytes(bytes(data))


def open_damaged(vault) -> VaultDamaged:
    with pytest.raises(VaultDamaged) as info:
        vault.open(PASSPHRASE)
    message = str(info.value)
    assert "damaged" in message and "\n" not in message
    return info.value


@pytest.fixture
def backed_up(demo_vault):
    """A demo database with one verified backup, then closed."""
    demo_vault.backup = demo_vault.automatic_backup()
    demo_vault.names = {m.preferred_name for m in Member.select()}
    dbmod.close_database()
    return demo_vault


def test_damaged_pages_are_detected_and_the_backup_restores(backed_up):
    damage_pages(backed_up.db_path)
    damaged = open_damaged(backed_up)
    safety, _db = restore.restore_backup(backed_up, backed_up.backup, damaged.data_key)
    assert safety.parent.name == "damaged"  # the damaged file is kept aside, not deleted
    assert {m.preferred_name for m in Member.select()} == backed_up.names
    assert run_checks() == []


def test_damaged_pages_are_rescued_table_by_table(backed_up):
    damage_pages(backed_up.db_path, fraction=0.8, pages=2)
    damaged = open_damaged(backed_up)
    aside, report, _db = restore.rescue_into_place(backed_up, damaged.data_key)
    assert aside.exists() and aside.parent.name == "damaged"
    assert database.obj.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert run_checks() == []
    assert report.rescued["member"] == Member.select().count() > 0
    assert report.sentence().startswith(("Rescued", "Everything"))
    assert Note.select().count() <= backed_up.counts["notes"]


def test_truncated_file_is_detected(backed_up):
    data = backed_up.db_path.read_bytes()
    backed_up.db_path.write_bytes(data[: len(data) // 2])
    damaged = open_damaged(backed_up)
    restore.restore_backup(backed_up, backed_up.backup, damaged.data_key)
    assert {m.preferred_name for m in Member.select()} == backed_up.names


def _crashed_copy(vault, tmp_path):
    """Make the database look like the app was killed: a -wal with committed work left behind."""
    backed_up_dir = tmp_path / "crash"
    vault.open(PASSPHRASE)
    database.obj.execute_sql("PRAGMA wal_autocheckpoint = 0")
    Member.create(preferred_name="Written just before the crash")
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(f"{vault.db_path}{suffix}", f"{backed_up_dir}{suffix}")
    dbmod.close_database()
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(f"{backed_up_dir}{suffix}", f"{vault.db_path}{suffix}")
    (vault.data_dir / "peerdesk.lock").write_bytes(b"open\n")


def test_a_crash_leftover_wal_is_replayed(backed_up, tmp_path):
    _crashed_copy(backed_up, tmp_path)
    backed_up.open(PASSPHRASE)
    assert dbmod.open_warnings == []
    assert Member.get_or_none(Member.preferred_name == "Written just before the crash")


def test_a_missing_wal_after_a_crash_is_reported(backed_up, tmp_path):
    _crashed_copy(backed_up, tmp_path)
    os.unlink(f"{backed_up.db_path}-wal")
    backed_up.open(PASSPHRASE)
    assert len(dbmod.open_warnings) == 1 and "missing" in dbmod.open_warnings[0]
    assert not Member.get_or_none(Member.preferred_name == "Written just before the crash")
    assert database.obj.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_stale_wal_is_set_aside_not_replayed(backed_up, tmp_path):
    backed_up.open(PASSPHRASE)
    database.obj.execute_sql("PRAGMA wal_autocheckpoint = 0")
    Member.create(preferred_name="Later removed")
    shutil.copy(f"{backed_up.db_path}-wal", tmp_path / "old-wal")
    dbmod.close_database()  # a clean close folds the -wal in and deletes it
    backed_up.open(PASSPHRASE)
    Member.delete().where(Member.preferred_name == "Later removed").execute()
    dbmod.close_database()
    shutil.copy(tmp_path / "old-wal", f"{backed_up.db_path}-wal")  # e.g. a sync tool put it back
    backed_up.open(PASSPHRASE)
    assert len(dbmod.open_warnings) == 1 and "set aside" in dbmod.open_warnings[0]
    assert not Member.get_or_none(Member.preferred_name == "Later removed")
    assert database.obj.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert list((backed_up.data_dir / "damaged").glob("*-wal"))
