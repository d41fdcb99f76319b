"""A resource's attached file (a PDF leaflet, a photo of a flyer), kept inside the encrypted database.

The file never sits on disk unencrypted except as a short-lived private copy for the system
viewer (`PrivateCopies`), which the window removes on lock and at exit.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import mimetypes
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from peerdesk.domain.files import atomic_output
from peerdesk.domain.models import Attachment, Resource, database, utcnow
from peerdesk.i18n import translate

MAX_BYTES = 20 * 1024 * 1024  # leaflets and scans; larger files would bloat every backup


class AttachmentError(ValueError):
    """str() is one sentence for the user."""


@dataclass(frozen=True)
class AttachmentInfo:
    filename: str
    mime_type: str
    size: int
    added_at: dt.datetime

    @property
    def size_text(self) -> str:
        return format_size(self.size)


def format_size(size: int) -> str:
    """1536 -> "1.5 KB"; sizes as people read them (1 KB = 1024 bytes)."""
    if size < 1024:
        if size == 1:
            return translate("Attachments", "1 byte")
        return translate("Attachments", "{n} bytes").format(n=size)
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"
    raise AssertionError("unreachable")


def _too_big(name: str, size: int) -> AttachmentError:
    return AttachmentError(
        translate(
            "Attachments",
            "{name} is {size}; attachments can be at most {most} — "
            "attach a smaller copy, or link to the file with the resource's web address instead.",
        ).format(name=name, size=format_size(size), most=format_size(MAX_BYTES))
    )


def _safe_name(name: str) -> str:
    base = Path(name.replace("\\", "/")).name.strip()
    return base or "attachment"


def attach_bytes(
    resource_id: int, filename: str, data: bytes, mime_type: str | None = None
) -> AttachmentInfo:
    """Attach (or replace) the resource's file."""
    filename = _safe_name(filename)
    if len(data) > MAX_BYTES:
        raise _too_big(filename, len(data))
    if not data:
        raise AttachmentError(
            translate("Attachments", "{name} is empty; there is nothing to attach.").format(
                name=filename
            )
        )
    if Resource.get_or_none(Resource.id == resource_id) is None:
        raise AttachmentError(translate("Attachments", "That resource no longer exists."))
    mime = mime_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    now = utcnow()
    with database.atomic():
        Attachment.delete().where(Attachment.resource == resource_id).execute()
        Attachment.create(
            resource=resource_id,
            filename=filename,
            mime_type=mime,
            size=len(data),
            data=data,
            added_at=now,
        )
    return AttachmentInfo(filename, mime, len(data), now)


def attach_file(resource_id: int, path: str | os.PathLike[str]) -> AttachmentInfo:
    """Read a file from disk and attach it; the size is checked before anything is read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise AttachmentError(
                translate("Attachments", "{name} is not a file.").format(name=path.name)
            )
        if size > MAX_BYTES:
            raise _too_big(path.name, size)
        data = path.read_bytes()
    except FileNotFoundError:
        raise AttachmentError(
            translate("Attachments", "The file {name} does not exist.").format(name=path.name)
        ) from None
    except PermissionError:
        raise AttachmentError(
            translate("Attachments", "You do not have permission to read {name}.").format(
                name=path.name
            )
        ) from None
    except OSError as exc:
        reason = (exc.strerror or "unknown error").rstrip(".").lower()
        raise AttachmentError(
            translate("Attachments", "The file {name} could not be read ({reason}).").format(
                name=path.name, reason=reason
            )
        ) from None
    return attach_bytes(resource_id, path.name, data)


def attachment_info(resource_id: int) -> AttachmentInfo | None:
    row = (
        Attachment.select(
            Attachment.filename, Attachment.mime_type, Attachment.size, Attachment.added_at
        )
        .where(Attachment.resource == resource_id)
        .tuples()
        .first()
    )
    return AttachmentInfo(*row) if row else None


def read_attachment(resource_id: int) -> tuple[AttachmentInfo, bytes]:
    row = Attachment.get_or_none(Attachment.resource == resource_id)
    if row is None:
        raise AttachmentError(translate("Attachments", "This resource has no attached file."))
    info = AttachmentInfo(row.filename, row.mime_type, row.size, row.added_at)
    return info, bytes(row.data)


def remove_attachment(resource_id: int) -> bool:
    return Attachment.delete().where(Attachment.resource == resource_id).execute() > 0


def save_copy(resource_id: int, target: str | os.PathLike[str]) -> Path:
    """Write the attached file to `target` atomically (readable by the user only)."""
    _info, data = read_attachment(resource_id)
    target = Path(target)
    try:
        with atomic_output(target) as fh:
            fh.write(data)
    except OSError as exc:
        reason = (exc.strerror or "unknown error").rstrip(".").lower()
        raise AttachmentError(
            translate("Attachments", "The copy could not be saved ({reason}).").format(
                reason=reason
            )
        ) from None
    return target


class PrivateCopies:
    """Decrypted copies for the system viewer, in a folder only the user can open.

    `clear()` deletes them all (on lock); an atexit hook clears whatever is left at exit.
    """

    def __init__(self) -> None:
        self._folder: Path | None = None
        atexit.register(self.clear)

    def write(self, resource_id: int) -> Path:
        info, data = read_attachment(resource_id)
        if self._folder is None or not self._folder.is_dir():
            self._folder = Path(tempfile.mkdtemp(prefix="peerdesk-view-"))  # mode 0700
        sub = Path(tempfile.mkdtemp(dir=self._folder))  # one per copy: names may repeat
        path = sub / info.filename
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return path

    @property
    def folder(self) -> Path | None:
        return self._folder

    def clear(self) -> None:
        if self._folder is not None:
            with contextlib.suppress(OSError):
                shutil.rmtree(self._folder)
            self._folder = None
