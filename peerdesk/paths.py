"""Where things live: the data folder and bundled resources (also when frozen by PyInstaller)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_FILENAME = "peerdesk.db"
KEY_FILENAME = "peerdesk.key"


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, from a source checkout or a frozen bundle."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        base = Path(sys._MEIPASS) / "resources"
    else:
        base = Path(__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)


def default_data_dir() -> Path:
    """PEERDESK_DATA_DIR if set, else the platform's per-user data folder."""
    env = os.environ.get("PEERDESK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("peerdesk", appauthor=False))


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_FILENAME


def key_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_FILENAME
