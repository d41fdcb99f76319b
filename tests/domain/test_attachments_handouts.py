"""Attachments round-trip byte for byte inside the encrypted database; handouts keep their order."""

from __future__ import annotations

import os
import stat

import pytest

from peerdesk.domain import attachments, handouts, resources
from peerdesk.domain.attachments import AttachmentError
from peerdesk.domain.handouts import HandoutData, HandoutError
from peerdesk.domain.resources import ResourceData


@pytest.fixture
def rid(vault):
    return resources.create_resource(ResourceData(title="Leaflet"))


def test_attachment_round_trip_byte_for_byte(rid, tmp_path, vault):
    payload = bytes(range(256)) * 4000 + b"%PDF\x00\xff"
    source = tmp_path / "leaflet.pdf"
    source.write_bytes(payload)
    info = attachments.attach_file(rid, source)
    assert (info.filename, info.mime_type, info.size) == (
        "leaflet.pdf",
        "application/pdf",
        len(payload),
    )
    assert attachments.attachment_info(rid).size_text == "1000 KB"
    # stored in the database, not as a file: reopen the vault and read it back
    from peerdesk.domain import db

    db.close_database()
    vault.open("correct horse battery staple")
    _info, data = attachments.read_attachment(rid)
    assert data == payload
    copy = attachments.save_copy(rid, tmp_path / "copy.pdf")
    assert copy.read_bytes() == payload
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert payload[:4000] not in vault.db_path.read_bytes()  # encrypted at rest


def test_replace_and_remove(rid):
    attachments.attach_bytes(rid, "a.txt", b"first")
    attachments.attach_bytes(rid, "../../b.png", b"second")
    info, data = attachments.read_attachment(rid)
    assert (info.filename, info.mime_type, data) == ("b.png", "image/png", b"second")
    assert attachments.remove_attachment(rid)
    assert attachments.attachment_info(rid) is None
    with pytest.raises(AttachmentError, match="no attached file"):
        attachments.read_attachment(rid)


def test_size_limit_gives_one_clear_sentence(rid, tmp_path, monkeypatch):
    big = tmp_path / "scan.tiff"
    with open(big, "wb") as fh:
        fh.truncate(attachments.MAX_BYTES + 1)
    with pytest.raises(AttachmentError) as exc:
        attachments.attach_file(rid, big)
    assert str(exc.value).startswith("scan.tiff is 20.0 MB; attachments can be at most 20.0 MB")
    assert attachments.attachment_info(rid) is None
    with pytest.raises(AttachmentError, match="does not exist"):
        attachments.attach_file(rid, tmp_path / "missing.pdf")
    with pytest.raises(AttachmentError, match="empty"):
        attachments.attach_bytes(rid, "e.txt", b"")


def test_private_copies_are_user_only_and_cleared(rid):
    attachments.attach_bytes(rid, "flyer.pdf", b"%PDF-1.4 secret")
    copies = attachments.PrivateCopies()
    first = copies.write(rid)
    second = copies.write(rid)
    assert first != second and first.read_bytes() == b"%PDF-1.4 secret"
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert stat.S_IMODE(os.stat(copies.folder).st_mode) == 0o700
    folder = copies.folder
    copies.clear()
    assert not folder.exists() and not first.exists()


def test_handouts_save_load_reorder(vault):
    ids = [resources.create_resource(ResourceData(title=t)) for t in ("A", "B", "C")]
    hid = handouts.save_handout(HandoutData("Grief night", " Intro ", [ids[2], ids[0], ids[2]]))
    got = handouts.get_handout(hid)
    assert (got.title, got.intro, got.resource_ids) == ("Grief night", "Intro", [ids[2], ids[0]])
    handouts.save_handout(HandoutData("Grief night v2", "", [ids[1], ids[2], ids[0]], id=hid))
    assert handouts.get_handout(hid).resource_ids == [ids[1], ids[2], ids[0]]
    assert handouts.list_handouts()[0]["count"] == 3
    resources.delete_resource(ids[2])
    assert handouts.get_handout(hid).resource_ids == [ids[1], ids[0]]
    with pytest.raises(HandoutError, match="title"):
        handouts.save_handout(HandoutData(" ", "", ids[:1]))
    with pytest.raises(HandoutError, match="at least one"):
        handouts.save_handout(HandoutData("x", "", []))
    with pytest.raises(HandoutError, match="ID 999"):
        handouts.save_handout(HandoutData("x", "", [999]))
    handouts.delete_handout(hid)
    assert handouts.list_handouts() == []
