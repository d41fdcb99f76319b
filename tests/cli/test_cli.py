"""The command line as a user runs it: a subprocess, exit codes and one-sentence errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PASS = "a cli passphrase"


def run(*args, passphrase: str | None = PASS, data_dir=None, stdin=subprocess.DEVNULL):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERDESK_")}
    if passphrase is not None:
        env["PEERDESK_PASSPHRASE"] = passphrase
    argv = [sys.executable, "-m", "peerdesk"]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*argv, *args], capture_output=True, text=True, env=env, stdin=stdin, timeout=120
    )


def assert_one_sentence_error(result, fragment: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli") / "data"
    result = run("demo", "--seed", "3", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert "Created a demo database" in result.stdout
    return folder


def test_init_creates_database_and_prints_recovery_key(tmp_path):
    sheet = tmp_path / "recovery.pdf"
    result = run(
        "init",
        "--organisation",
        "Test Org",
        "--paper",
        "a4",
        "--recovery-sheet",
        str(sheet),
        data_dir=tmp_path / "d",
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d" / "peerdesk.db").exists() and (tmp_path / "d" / "peerdesk.key").exists()
    key_line = result.stdout.strip().splitlines()[-1].strip()
    assert len(key_line.split("-")) == 8
    assert sheet.read_bytes().startswith(b"%PDF")
    check = run("check", data_dir=tmp_path / "d")
    assert check.returncode == 0 and "healthy" in check.stdout


def test_init_refuses_to_overwrite(demo_dir):
    before = (demo_dir / "peerdesk.db").read_bytes()
    result = run("init", data_dir=demo_dir)
    assert_one_sentence_error(result, "already exists")
    assert (demo_dir / "peerdesk.db").read_bytes() == before


def test_init_refuses_empty_passphrase(tmp_path):
    result = run("init", passphrase="", data_dir=tmp_path / "d")
    assert_one_sentence_error(result, "cannot be empty")
    assert not (tmp_path / "d" / "peerdesk.db").exists()


def test_no_passphrase_source_without_terminal(tmp_path):
    result = run("init", passphrase=None, data_dir=tmp_path / "d")
    assert_one_sentence_error(result, "PEERDESK_PASSPHRASE")


def test_passphrase_file(demo_dir, tmp_path):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n")
    result = run(
        "--passphrase-file", str(secret), "list", "groups", passphrase=None, data_dir=demo_dir
    )
    assert result.returncode == 0, result.stderr
    missing = run(
        "--passphrase-file",
        str(tmp_path / "nope"),
        "list",
        "groups",
        passphrase=None,
        data_dir=demo_dir,
    )
    assert_one_sentence_error(missing, "does not exist")


def test_list_groups_json(demo_dir):
    result = run("list", "groups", "--json", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)
    assert len(groups) == 6
    assert {"name", "uuid", "schedule", "members", "signin_style"} <= set(groups[0])
    assert "Tuesday Grief Circle" in {g["name"] for g in groups}


def test_list_members_meetings_resources(demo_dir):
    members = json.loads(run("list", "members", "--json", data_dir=demo_dir).stdout)
    assert len(members) == 120
    in_group = json.loads(
        run(
            "list", "members", "--group", "tuesday grief circle", "--json", data_dir=demo_dir
        ).stdout
    )
    assert 0 < len(in_group) < 120
    meetings = json.loads(
        run(
            "list", "meetings", "--group", "Tuesday Grief Circle", "--json", data_dir=demo_dir
        ).stdout
    )
    assert meetings and {m["group"] for m in meetings} == {"Tuesday Grief Circle"}
    resources = run("list", "resources", data_dir=demo_dir)
    assert resources.returncode == 0 and "Title" in resources.stdout.splitlines()[0]


def test_unknown_group_is_a_user_error(demo_dir):
    assert_one_sentence_error(
        run("list", "members", "--group", "Nope", data_dir=demo_dir), "no group named 'Nope'"
    )


def test_wrong_passphrase(demo_dir):
    before = {p.name: p.read_bytes() for p in demo_dir.iterdir() if p.is_file()}
    result = run("list", "groups", passphrase="wrong", data_dir=demo_dir)
    assert_one_sentence_error(result, "Wrong passphrase.")
    after = {p.name: p.read_bytes() for p in demo_dir.iterdir() if p.is_file()}
    assert before == after


def test_missing_data_dir(tmp_path):
    result = run("list", "groups", data_dir=tmp_path / "nowhere")
    assert_one_sentence_error(result, "does not exist")
    result = run("check", data_dir=tmp_path)
    assert_one_sentence_error(result, "no peerdesk database")


def test_usage_errors_exit_2(demo_dir):
    assert run("list", "things", data_dir=demo_dir).returncode == 2
    assert run("frobnicate").returncode == 2
    assert run("demo", "--scale", "huge", data_dir=demo_dir).returncode == 2


def test_check_healthy(demo_dir):
    result = run("check", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    assert "120 members" in result.stdout


def test_demo_refuses_existing(demo_dir):
    assert_one_sentence_error(run("demo", data_dir=demo_dir), "already exists")
