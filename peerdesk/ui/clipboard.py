"""Copying to the clipboard, remembering what we put there so a lock can take it back."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

_last_copied: str | None = None


def copy_text(text: str) -> None:
    global _last_copied
    QGuiApplication.clipboard().setText(text)
    _last_copied = text


def clear_if_ours() -> bool:
    """Clear the clipboard if it still holds what peerdesk copied; True if it did."""
    global _last_copied
    clipboard = QGuiApplication.clipboard()
    if _last_copied is not None and clipboard.text() == _last_copied:
        clipboard.clear()
        _last_copied = None
        return True
    _last_copied = None
    return False
