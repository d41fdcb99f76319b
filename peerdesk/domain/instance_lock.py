"""One copy of peerdesk per data folder, and a warning when that folder is shared or synced.

An OS lock (flock / msvcrt) on `peerdesk.lock` is held while the database is open; the OS drops it
when the process dies, so a crash never leaves a stale lock. The file also records whether the last
session closed cleanly, which is how a missing or stale `-wal` journal is told from a normal one.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from peerdesk.i18n import translate

LOCK_FILENAME = "peerdesk.lock"
OPEN, CLOSED = b"open\n", b"closed\n"

# Path parts that mean a cloud-sync client owns the folder.
SYNC_MARKERS = ("dropbox", "onedrive", "google drive", "googledrive", "icloud", "mobile documents")
SYNC_MARKERS_EXACT = ("cloudstorage", "my drive")
NETWORK_FS = ("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "9p", "davfs", "sshfs")


class AlreadyOpen(Exception):
    """str() is one sentence for the user."""


_held: dict[Path, int] = {}  # folder -> fd, for this process


def _lock_fd(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def acquire(folder: Path) -> bytes:
    """Take the folder's lock (idempotent in one process); returns the previous session state."""
    folder = Path(folder).resolve()
    if folder in _held:
        return OPEN
    fd = os.open(folder / LOCK_FILENAME, os.O_RDWR | os.O_CREAT, 0o600)
    if not _lock_fd(fd):
        os.close(fd)
        raise AlreadyOpen(
            "peerdesk is already open on this database in another window or program; "
            "close it there first."
        )
    previous = os.pread(fd, 16, 0)
    _write(fd, OPEN)
    _held[folder] = fd
    return previous


def _write(fd: int, state: bytes) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, state, 0)
    os.fsync(fd)


def release(folder: Path, *, clean: bool = True) -> None:
    fd = _held.pop(Path(folder).resolve(), None)
    if fd is None:
        return
    with contextlib.suppress(OSError):
        if clean:
            _write(fd, CLOSED)
    os.close(fd)  # closing the descriptor drops the lock


def is_held(folder: Path) -> bool:
    return Path(folder).resolve() in _held


def _mount_type(path: Path, mounts_file: Path) -> str | None:
    """The filesystem type of the longest mount point containing `path` (Linux only)."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, fstype = "", None
    text = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, parts[2]
    return fstype


def shared_folder_warning(folder: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """One sentence when the data folder is on a network drive or inside a sync folder."""
    folder = Path(folder).expanduser().resolve()
    lowered = [part.lower() for part in folder.parts]
    for part in lowered:
        if any(marker in part for marker in SYNC_MARKERS) or part in SYNC_MARKERS_EXACT:
            return translate(
                "Database",
                "The data folder {folder} is inside a cloud-sync folder; syncing an open database "
                "can damage it, so keep peerdesk's data in a local folder and use backups instead.",
            ).format(folder=folder)
    fstype = _mount_type(folder, mounts_file) if mounts_file.exists() else None
    if fstype and (fstype in NETWORK_FS or fstype.startswith("fuse.") or fstype == "fuse"):
        return translate(
            "Database",
            "The data folder {folder} is on a network or shared drive ({fstype}); keep peerdesk's "
            "data in a local folder, because a dropped connection can damage an open database.",
        ).format(folder=folder, fstype=fstype)
    return None
