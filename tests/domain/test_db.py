"""The encrypted database: migrations, pragmas, keys, file modes and no plaintext on disk."""

from __future__ import annotations

import stat

import pytest
from peewee import SqliteDatabase

from peerdesk.domain import db as dbmod
from peerdesk.domain import migrations
from peerdesk.domain.keys import EmptyPassphrase, KeyFile, WrongPassphrase, WrongRecoveryKey
from peerdesk.domain.models import ALL_MODELS, Group, Member, database
from peerdesk.domain.vault import Vault, VaultError
from tests.conftest import PASSPHRASE


def test_migrations_from_an_empty_file_reach_latest(vault):
    assert migrations.current_version(database.obj) == migrations.LATEST
    tables = set(database.obj.get_tables())
    assert {m._meta.table_name for m in ALL_MODELS} <= tables


def test_frozen_schema_matches_the_models(vault):
    """Step 1's frozen SQL and models.py must describe the same columns and indexes."""
    reference = SqliteDatabase(":memory:")
    with reference.bind_ctx(ALL_MODELS):
        reference.create_tables(ALL_MODELS)
        for model in ALL_MODELS:
            table = model._meta.table_name
            ours = {(c.name, c.data_type.upper(), c.null) for c in database.obj.get_columns(table)}
            theirs = {(c.name, c.data_type.upper(), c.null) for c in reference.get_columns(table)}
            assert ours == theirs, table
            ours_idx = {
                (i.name, tuple(i.columns), i.unique) for i in database.obj.get_indexes(table)
            }
            theirs_idx = {
                (i.name, tuple(i.columns), i.unique) for i in reference.get_indexes(table)
            }
            assert ours_idx == theirs_idx, table


@pytest.mark.parametrize(
    ("pragma", "expected"),
    [
        ("journal_mode", "wal"),
        ("synchronous", 2),
        ("foreign_keys", 1),
        ("busy_timeout", 5000),
        ("secure_delete", 1),
        ("temp_store", 2),
    ],
)
def test_pragmas_applied_on_every_connection(vault, pragma, expected):
    assert database.obj.execute_sql(f"PRAGMA {pragma}").fetchone()[0] == expected


def test_files_are_private(vault):
    Group.create(name="A")
    for path in (vault.db_path, vault.key_path, vault.db_path.with_name("peerdesk.db-wal")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_wrong_passphrase_changes_nothing(vault):
    Group.create(name="Circle")
    dbmod.close_database()
    before = {p.name: p.read_bytes() for p in vault.data_dir.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase, match="^Wrong passphrase.$"):
        vault.open("not it")
    after = {p.name: p.read_bytes() for p in vault.data_dir.iterdir() if p.is_file()}
    assert before == after


@pytest.mark.parametrize("empty", ["", "   "])
def test_empty_passphrase_refused(tmp_path, empty):
    with pytest.raises(EmptyPassphrase, match="cannot be empty"):
        Vault(tmp_path / "d").create(empty)
    assert not (tmp_path / "d" / "peerdesk.db").exists()


def test_recovery_key_unlocks_and_sets_new_passphrase(vault):
    Group.create(name="Circle")
    dbmod.close_database()
    with pytest.raises(WrongRecoveryKey):
        vault.recover("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "new one")
    data_key = vault.recover(vault.recovery_key.lower().replace("-", " "), "a new passphrase")
    assert len(data_key) == 32
    with pytest.raises(WrongPassphrase):
        vault.open(PASSPHRASE)
    vault.open("a new passphrase")
    assert [g.name for g in Group.select()] == ["Circle"]


def test_change_passphrase_rewraps_only_the_key(vault):
    Group.create(name="Circle")
    dbmod.close_database()
    db_bytes = vault.db_path.read_bytes()
    vault.change_passphrase(PASSPHRASE, "second passphrase")
    assert vault.db_path.read_bytes() == db_bytes
    vault.open("second passphrase")
    assert Group.select().count() == 1


def test_existing_database_is_never_overwritten(vault):
    with pytest.raises(VaultError, match="already exists"):
        Vault(vault.data_dir).create("x")


def test_damaged_key_file_is_one_sentence(vault):
    dbmod.close_database()
    vault.key_path.write_text("{not json")
    with pytest.raises(Exception, match="damaged") as info:
        vault.open(PASSPHRASE)
    assert "\n" not in str(info.value)
    with pytest.raises(Exception, match="damaged"):
        KeyFile.from_bytes(b"\x00\x01")


def test_newer_schema_is_refused(vault):
    database.obj.execute_sql("UPDATE schema_version SET version = 99")
    dbmod.close_database()
    with pytest.raises(VaultError, match="newer version"):
        vault.open(PASSPHRASE)


def test_upgrading_an_old_file_takes_a_verified_backup_first(vault, monkeypatch):
    Member.create(preferred_name="Before")
    dbmod.close_database()

    def step_2(db):
        db.execute_sql('ALTER TABLE "group" ADD COLUMN colour VARCHAR(20) NOT NULL DEFAULT ""')

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, step_2])
    monkeypatch.setattr(migrations, "LATEST", 2)
    vault.open(PASSPHRASE)
    assert migrations.current_version(database.obj) == 2
    assert "colour" in {c.name for c in database.obj.get_columns("group")}
    backups = list(vault.backup_dir.glob("peerdesk-before-v2-*.db"))
    assert len(backups) == 1
    data_key = vault.keyfile().unlock(PASSPHRASE)
    copy = dbmod.connect(backups[0], data_key)
    try:
        assert copy.execute_sql("SELECT version FROM schema_version").fetchone()[0] == 1
        assert copy.execute_sql("SELECT preferred_name FROM member").fetchall() == [("Before",)]
    finally:
        copy.close()


def test_a_failing_migration_step_rolls_back(vault, monkeypatch):
    dbmod.close_database()

    def broken(db):
        db.execute_sql('ALTER TABLE "group" ADD COLUMN half_done INTEGER')
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, broken])
    monkeypatch.setattr(migrations, "LATEST", 2)
    with pytest.raises(RuntimeError):
        vault.open(PASSPHRASE)
    monkeypatch.undo()
    vault.open(PASSPHRASE)
    assert migrations.current_version(database.obj) == 1
    assert "half_done" not in {c.name for c in database.obj.get_columns("group")}


def test_no_member_name_in_any_written_file(demo_vault):
    names = [m.full_name for m in Member.select() if m.full_name] + [
        m.preferred_name for m in Member.select()
    ]
    notes = ["losing job", "crisis line card"]
    assert "Nguyễn Thị Ánh" in names and "José" in names
    dbmod.close_database()
    files = [p for p in demo_vault.data_dir.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"peerdesk.db", "peerdesk.key"}
    for path in files:
        data = path.read_bytes()
        for text in {*names, *notes}:
            for encoding in ("utf-8", "utf-16-le"):
                needle = text.encode(encoding)
                if len(needle) >= 6:
                    assert needle not in data, (path.name, text)
