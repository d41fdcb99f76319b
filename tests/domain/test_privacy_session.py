"""After a full session of use, no member name or note is readable in any file the app wrote."""

from __future__ import annotations

import tempfile
from pathlib import Path

from peerdesk.domain import backup, restore
from peerdesk.domain import db as dbmod
from peerdesk.domain.models import Attendance, Meeting, Member, Note, database
from tests.conftest import PASSPHRASE


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()} if folder.is_dir() else set()


def test_no_name_in_any_file_after_a_session(demo_vault, tmp_path):
    system_tmp = Path(tempfile.gettempdir())
    tmp_before = {p for p in system_tmp.iterdir() if p.is_file()}
    members = list(Member.select())
    names = {m.preferred_name for m in members} | {m.full_name for m in members if m.full_name}
    secret = "mentioned losing her job at the cannery"
    meeting = Meeting.select().where(Meeting.status == "held").first()
    present = {a.member_id for a in meeting.attendances}
    with database.atomic():
        for member in [m for m in members if m.id not in present][:5]:
            Attendance.create(meeting=meeting, member=member)
            Note.create(member=member, author="Coordinator", body=secret, kind="concern")
    key = database.obj.data_key
    automatic = demo_vault.automatic_backup()
    usb = backup.write_backup(database.obj, tmp_path / "usb" / "copy.db", demo_vault.key_path)
    restore.restore_backup(demo_vault, automatic, key)
    Member.create(preferred_name="Zoë Ørsted-Quist")  # lives in the -wal for now
    names.add("Zoë Ørsted-Quist")

    written = _files(demo_vault.data_dir) | _files(usb.parent)
    written |= {p for p in system_tmp.iterdir() if p.is_file()} - tmp_before
    assert any(p.name.endswith("-wal") for p in written)
    assert {p.suffix for p in written} >= {".db", ".key"}
    needles = {text.encode(enc) for text in {*names, secret} for enc in ("utf-8", "utf-16-le")}
    for path in written:
        data = path.read_bytes()
        for needle in needles:
            if len(needle) >= 6:
                assert needle not in data, (path, needle)
    dbmod.close_database()
    demo_vault.open(PASSPHRASE)
    assert Note.select().where(Note.body == secret).count() == 5
