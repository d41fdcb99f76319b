"""Backups: verified, encrypted, unlockable from their key copy, rotated, restorable and migrated."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain import backup, instance_lock, migrations, restore
from peerdesk.domain import db as dbmod
from peerdesk.domain.backup import BackupError
from peerdesk.domain.keys import KeyFile, WrongPassphrase
from peerdesk.domain.models import ALL_MODELS, Member, Note, database
from peerdesk.domain.vault import Vault
from tests.conftest import PASSPHRASE


def dump() -> dict[str, list[tuple]]:
    """Every row of every table, for row-for-row comparisons."""
    db = database.obj
    return {
        m._meta.table_name: db.execute_sql(
            f'SELECT * FROM "{m._meta.table_name}" ORDER BY id'
        ).fetchall()
        for m in ALL_MODELS
    }


def test_backup_restore_round_trip_is_row_for_row(demo_vault):
    before = dump()
    key = database.obj.data_key
    path = demo_vault.automatic_backup()
    assert backup.key_copy_path(path).exists()
    Member.update(preferred_name="Changed").execute()
    Note.delete().execute()
    safety, _db = restore.restore_backup(demo_vault, path, key)
    assert dump() == before
    # the state before the restore was itself kept, and can be restored in turn
    assert safety.exists() and "before-restore" in safety.name
    restore.restore_backup(demo_vault, safety, key)
    assert Note.select().count() == 0


def test_backup_opens_with_recovery_key_from_its_key_copy(demo_vault, tmp_path):
    dest = backup.write_backup(database.obj, tmp_path / "usb" / "copy.db", demo_vault.key_path)
    keyfile = KeyFile.load(tmp_path / "usb" / "copy.key")
    for key in (keyfile.unlock(PASSPHRASE), keyfile.unlock_with_recovery(demo_vault.recovery_key)):
        info = backup.describe(dest, key)
        assert info.problem is None and info.members == demo_vault.counts["members"]


def test_listing_gives_dates_and_counts(demo_vault):
    key = database.obj.data_key
    demo_vault.automatic_backup()
    Member.create(preferred_name="New person")
    demo_vault.automatic_backup()
    infos = demo_vault.list_backups(key)
    assert len(infos) == 2
    assert infos[0].members == infos[1].members + 1  # newest first
    assert infos[0].notes == Note.select().count() and infos[0].meetings > 0
    assert all(isinstance(i.made_at, dt.datetime) for i in infos)


def test_changes_are_tracked_across_backup_lock_and_unlock(vault):
    assert vault.changed_since_backup()
    vault.automatic_backup()
    assert not vault.changed_since_backup()
    dbmod.close_database()
    vault.open(PASSPHRASE)
    Member.select().count()  # reading is not a change
    assert not vault.changed_since_backup()
    Member.create(preferred_name="Ada")
    assert vault.changed_since_backup()


def test_truncated_backup_is_refused_in_one_sentence(demo_vault):
    key = database.obj.data_key
    path = demo_vault.automatic_backup()
    data = path.read_bytes()
    for cut in (len(data) // 2, len(data) - 4096, 1000):
        bad = path.with_name(f"cut-{cut}.db")
        bad.write_bytes(data[:cut])
        with pytest.raises(BackupError, match="incomplete|damaged") as info:
            restore.restore_backup(demo_vault, bad, key)
        assert "\n" not in str(info.value)
    assert Member.select().count() == demo_vault.counts["members"]  # nothing changed


def test_backup_from_a_newer_version_is_refused(demo_vault):
    key = database.obj.data_key
    path = demo_vault.automatic_backup()
    copy = dbmod.connect(path, key)
    copy.execute_sql("UPDATE schema_version SET version = 99")
    copy.close()
    with pytest.raises(BackupError, match="newer version of peerdesk"):
        restore.restore_backup(demo_vault, path, key)
    assert Member.select().count() == demo_vault.counts["members"]


def test_restoring_an_older_backup_migrates_it(demo_vault, monkeypatch):
    key = database.obj.data_key
    path = demo_vault.automatic_backup()  # a version-1 backup

    def step_2(db):
        db.execute_sql('ALTER TABLE "member" ADD COLUMN nickname VARCHAR(20) NOT NULL DEFAULT ""')

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, step_2])
    monkeypatch.setattr(migrations, "LATEST", 2)
    restore.restore_backup(demo_vault, path, key)
    assert migrations.current_version(database.obj) == 2
    assert "nickname" in {c.name for c in database.obj.get_columns("member")}
    assert Member.select().count() == demo_vault.counts["members"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=600 * 24), min_size=1, max_size=80))
def test_rotation_policy(hours_ago):
    now = dt.datetime(2025, 6, 1, 12)
    stamps = sorted({now - dt.timedelta(hours=h) for h in hours_ago}, reverse=True)
    keep = backup.choose_keep(stamps, now)
    assert set(stamps[:10]) <= keep  # the last ten
    for stamp in stamps:
        if now - stamp <= dt.timedelta(days=30):  # the newest of each recent day
            assert max(s for s in stamps if s.date() == stamp.date()) in keep
        if now - stamp <= dt.timedelta(days=365):  # the newest of each month for a year
            assert max(s for s in stamps if (s.year, s.month) == (stamp.year, stamp.month)) in keep
    old = [s for s in stamps[10:] if now - s > dt.timedelta(days=366)]
    assert not keep & set(old)


def test_rotate_removes_thinned_backups_and_their_keys(vault):
    folder = vault.backup_dir
    folder.mkdir(exist_ok=True)
    now = dt.datetime(2025, 6, 1, 12)
    for h in range(0, 24 * 3, 2):
        stamp = (now - dt.timedelta(hours=h)).strftime(backup.STAMP)
        (folder / f"peerdesk-{stamp}.db").write_bytes(b"x")
        (folder / f"peerdesk-{stamp}.key").write_bytes(b"k")
    (folder / "peerdesk-before-v2-20200101-000000.db").write_bytes(b"x")
    backup.rotate(folder, now=now)
    left = sorted(p.name for p in folder.glob("*.db"))
    assert len(left) == 10 + 2 + 1  # last ten, one for each of two older days, the migration one
    assert len(list(folder.glob("*.key"))) == 12


def test_second_copy_of_the_app_is_refused_politely(vault):
    code = textwrap.dedent(f"""
        import sys
        from peerdesk.domain.vault import Vault, VaultError
        try:
            Vault({str(vault.data_dir)!r}).open({PASSPHRASE!r})
        except VaultError as exc:
            print(exc)
            sys.exit(3)
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 3
    assert "already open" in result.stdout and result.stdout.count("\n") == 1
    dbmod.close_database()  # after closing, another copy may open it
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("mounts", "path", "warned"),
    [
        ("server:/home /home nfs4 rw 0 0\n", "/home/ana/peerdesk", "network"),
        ("//nas/share /mnt/share cifs rw 0 0\n", "/mnt/share/peerdesk", "network"),
        ("sshfs#x /media/remote fuse.sshfs rw 0 0\n", "/media/remote/p", "network"),
        ("/dev/sda1 / ext4 rw 0 0\n", "/home/ana/Dropbox/peerdesk", "cloud-sync"),
        ("/dev/sda1 / ext4 rw 0 0\n", "/home/ana/OneDrive - Parish/peerdesk", "cloud-sync"),
        ("/dev/sda1 / ext4 rw 0 0\n", "/Users/ana/Library/Mobile Documents/x", "cloud-sync"),
        ("/dev/sda1 / ext4 rw 0 0\nserver:/x /srv nfs rw 0 0\n", "/home/ana/peerdesk", None),
    ],
)
def test_network_and_sync_folders_are_warned_about(tmp_path, mounts, path, warned):
    mounts_file = tmp_path / "mounts"
    mounts_file.write_text(mounts)
    warning = instance_lock.shared_folder_warning(path, mounts_file)
    if warned is None:
        assert warning is None
    else:
        assert warned in warning and "\n" not in warning


# -- disk full and read-only folders -----------------------------------------------------------

_FULL_DISK_CHILD = """
import os, resource, signal, sys
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
from peerdesk.domain import backup
from peerdesk.domain.vault import Vault
from peerdesk.domain.csvsafe import write_csv
from peerdesk.domain.models import Member, database
vault = Vault(sys.argv[1])
vault.open(sys.argv[2])
limit = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
out = Path(sys.argv[4])
for label, action in (
    ("backup", lambda: backup.write_backup(database.obj, out / "full.db", vault.key_path)),
    ("export", lambda: write_csv(out / "export.csv", ["name"], [[m.preferred_name * 40] for m in Member.select()] * 20)),
):
    try:
        action()
        print(label, "WROTE")
    except Exception as exc:
        print(label, type(exc).__name__, exc)
"""


def test_disk_full_during_backup_and_export(demo_vault, tmp_path):
    dbmod.close_database()
    out = tmp_path / "out"
    out.mkdir()
    size = demo_vault.db_path.stat().st_size
    before = demo_vault.db_path.read_bytes()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            _FULL_DISK_CHILD,
            str(demo_vault.data_dir),
            PASSPHRASE,
            str(size // 3),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["backup"].startswith("BackupError "), result
    assert "full" in lines["backup"] and lines["backup"].endswith("nothing was written.")
    assert lines["export"].startswith(
        "OSError [Errno 27]"
    )  # the CLI and Job turn it into a sentence
    assert list(out.iterdir()) == []  # no partial file left behind
    assert demo_vault.db_path.read_bytes() == before
    demo_vault.open(PASSPHRASE)
    assert database.obj.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_read_only_folder_is_one_sentence(demo_vault, tmp_path):
    target = tmp_path / "ro"
    target.mkdir()
    if os.geteuid() == 0:  # root ignores permissions: use a read-only filesystem
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(target)])
        if mounted.returncode:
            pytest.skip("cannot make a read-only folder as root here")
    else:
        target.chmod(0o500)
    try:
        with pytest.raises(
            BackupError, match=r"^The folder .* cannot be written to; nothing was written\.$"
        ):
            backup.write_backup(database.obj, target / "b.db")
        assert list(target.iterdir()) == []
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(target)])
        else:
            target.chmod(0o700)


def test_restore_of_a_foreign_backup_needs_its_passphrase(demo_vault, tmp_path):
    other = Vault(tmp_path / "other")
    dbmod.close_database()
    other.create("other passphrase")
    Member.create(preferred_name="Only in other")
    foreign = backup.write_backup(database.obj, tmp_path / "foreign.db", other.key_path)
    dbmod.close_database()
    key = demo_vault.keyfile().unlock(PASSPHRASE)
    demo_vault.open_with_key(key)
    with pytest.raises(BackupError, match="another database"):
        restore.restore_backup(demo_vault, foreign, key, "wrong")
    restore.restore_backup(demo_vault, foreign, key, "other passphrase")
    assert [m.preferred_name for m in Member.select()] == ["Only in other"]
    dbmod.close_database()
    with pytest.raises(WrongPassphrase):
        demo_vault.open(PASSPHRASE)
    demo_vault.open("other passphrase")  # the backup's own key file came with it


def test_key_copies_follow_a_passphrase_change(vault):
    path = vault.automatic_backup()
    dbmod.close_database()
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    copy = KeyFile.load(backup.key_copy_path(path))
    assert backup.describe(path, copy.unlock("a brand new passphrase")).problem is None
