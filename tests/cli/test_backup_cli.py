"""backup, restore, check and change-passphrase as a user runs them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from peerdesk.domain import instance_lock
from tests.cli.test_cli import PASS, assert_one_sentence_error, run


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bk") / "data"
    result = run("init", data_dir=folder)
    assert result.returncode == 0, result.stderr
    recovery = result.stdout.strip().splitlines()[-1].strip()
    return folder, recovery


@pytest.fixture
def data(pristine, tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(pristine[0], folder)
    return folder


def test_backup_and_restore(data, tmp_path):
    result = run("backup", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "0 members" in result.stdout
    assert len(list((data / "backups").glob("peerdesk-*.db"))) == 1
    assert len(list((data / "backups").glob("peerdesk-*.key"))) == 1

    usb = tmp_path / "usb"
    usb.mkdir()
    assert run("backup", "-o", str(usb / "copy.db"), data_dir=data).returncode == 0
    assert (usb / "copy.key").exists()
    result = run("restore", str(usb / "copy.db"), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "Restored copy.db" in result.stdout and "previous state was kept" in result.stdout
    assert run("check", data_dir=data).returncode == 0


def test_restore_refuses_bad_backups_in_one_sentence(data, tmp_path):
    assert_one_sentence_error(run("restore", str(tmp_path / "nope.db"), data_dir=data), "no backup")
    run("backup", "-o", str(tmp_path / "b.db"), data_dir=data)
    cut = tmp_path / "cut.db"
    cut.write_bytes((tmp_path / "b.db").read_bytes()[:5000])
    assert_one_sentence_error(run("restore", str(cut), data_dir=data), "incomplete")
    assert_one_sentence_error(
        run("restore", str(tmp_path / "b.db"), passphrase="wrong", data_dir=data),
        "Wrong passphrase",
    )
    assert run("check", data_dir=data).returncode == 0


def test_check_reports_a_damaged_file(data):
    db = data / "peerdesk.db"
    raw = bytearray(db.read_bytes())
    raw[len(raw) // 2 : len(raw) // 2 + 200] = os.urandom(200)
    db.write_bytes(bytes(raw))
    assert_one_sentence_error(run("check", data_dir=data), "damaged")


def run_with(extra: dict, *args, passphrase=PASS, data_dir=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERDESK_")}
    env.update(extra)
    if passphrase is not None:
        env["PEERDESK_PASSPHRASE"] = passphrase
    argv = [sys.executable, "-m", "peerdesk", "--data-dir", str(data_dir), *args]
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)


def test_change_passphrase_with_passphrase_and_with_recovery_key(data, pristine):
    assert run("backup", data_dir=data).returncode == 0
    new = {"PEERDESK_NEW_PASSPHRASE": "second passphrase"}
    result = run_with(new, "change-passphrase", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert_one_sentence_error(run("check", data_dir=data), "Wrong passphrase")
    assert run("check", passphrase="second passphrase", data_dir=data).returncode == 0

    wrong = {
        "PEERDESK_RECOVERY_KEY": "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
        "PEERDESK_NEW_PASSPHRASE": "third passphrase",
    }
    result = run_with(wrong, "change-passphrase", "--recovery-key", passphrase=None, data_dir=data)
    assert_one_sentence_error(result, "recovery key does not match")
    right = {**wrong, "PEERDESK_RECOVERY_KEY": pristine[1]}
    result = run_with(right, "change-passphrase", "--recovery-key", passphrase=None, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert run("check", passphrase="third passphrase", data_dir=data).returncode == 0
    # the automatic backup's key copy follows the passphrase
    backup_file = next((data / "backups").glob("*.db"))
    restored = run("restore", str(backup_file), passphrase="third passphrase", data_dir=data)
    assert restored.returncode == 0, restored.stderr


def test_second_copy_is_refused(data):
    instance_lock.acquire(data)
    try:
        assert_one_sentence_error(run("check", data_dir=data), "already open")
    finally:
        instance_lock.release(data)
    assert run("check", data_dir=data).returncode == 0


def test_restore_on_a_new_computer(pristine, tmp_path):
    """No data folder yet: the backup and its key copy make one, with the passphrase or recovery key."""
    folder, recovery = pristine
    data = tmp_path / "old"
    shutil.copytree(folder, data)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run("backup", "-o", str(usb / "move.db"), data_dir=data).returncode == 0

    assert_one_sentence_error(
        run("restore", str(usb / "move.db"), passphrase="not it", data_dir=tmp_path / "new1"),
        "neither the passphrase nor the recovery key",
    )
    assert not (tmp_path / "new1" / "peerdesk.db").exists()

    result = run("restore", str(usb / "move.db"), data_dir=tmp_path / "new1")
    assert result.returncode == 0, result.stderr
    assert "into" in result.stdout
    assert run("check", data_dir=tmp_path / "new1").returncode == 0

    result = run("restore", str(usb / "move.db"), passphrase=recovery, data_dir=tmp_path / "new2")
    assert result.returncode == 0, result.stderr
    assert run("list", "groups", data_dir=tmp_path / "new2").returncode == 0  # old passphrase

    (usb / "move.key").unlink()
    assert_one_sentence_error(
        run("restore", str(usb / "move.db"), data_dir=tmp_path / "new3"), "key copy move.key"
    )
